import WeifaBase

/// WF1008 invalid-date.
/// Raised by the parser: `date` (Directives.swift).
extension SyntaxCodes {
  package static let invalidDate = DiagnosticCode(
    "WF1008", "invalid-date", .error,
    summary: .init(zh: "日期写法有误或不存在", en: "malformed or impossible date"),
    explanation: page(
      zh: """
      ## 说明
      日期写作「2024年3月12日」或「2024-03-12」，且必须是真实存在的日期。
      ## 为什么
      施行、备案和案例的日期要参与计算。
      ## 示例
      """, en: """
      ## What
      Dates are written 2024年3月12日 or 2024-03-12 and must exist.
      ## Why
      Dates of effect, filing and cases are computed with.
      ## Example
      """,
      wrong: "@施行 2024年2月30日\n",
      right: "@施行 2024年3月1日\n",
      fixZh: "改为真实的日期。", fixEn: "Use a real date."))
}
