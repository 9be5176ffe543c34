import WeifaBase

/// WF1018 empty-value.
/// Raised by the parser: `field`, `fact` (Directives.swift).
extension SyntaxCodes {
  package static let emptyValue = DiagnosticCode(
    "WF1018", "empty-value", .error,
    summary: .init(zh: "字段没有值", en: "a field without a value"),
    explanation: page(
      zh: """
      ## 说明
      「键：」后面必须有值。
      ## 为什么
      空字段没有意义，多半是漏写。
      ## 示例
      """, en: """
      ## What
      A “key：” must be followed by a value.
      ## Why
      An empty field means nothing; it is usually an omission.
      ## Example
      """,
      wrong: "@机构 村民委员会；任期：\n",
      right: "@机构 村民委员会；任期：5年\n",
      fixZh: "补上值，或删除该字段。", fixEn: "Add the value or remove the field."))
}
