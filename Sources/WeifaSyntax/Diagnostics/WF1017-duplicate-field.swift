import WeifaBase

/// WF1017 duplicate-field.
/// Raised by the parser: `field` (Directives.swift).
extension SyntaxCodes {
  package static let duplicateField = DiagnosticCode(
    "WF1017", "duplicate-field", .error,
    summary: .init(zh: "同一指令中字段重复", en: "a field given twice in one directive"),
    explanation: page(
      zh: """
      ## 说明
      同一条指令中每个字段只能写一次。
      ## 为什么
      两个值互相矛盾时不知道以哪个为准。
      ## 示例
      """, en: """
      ## What
      Each field may appear once in a directive.
      ## Why
      Two values leave it unclear which one holds.
      ## Example
      """,
      wrong: "@机构 村民委员会；任期：5年；任期：3年\n",
      right: "@机构 村民委员会；任期：5年\n",
      fixZh: "删除多余的一个。", fixEn: "Remove one of them."))
}
