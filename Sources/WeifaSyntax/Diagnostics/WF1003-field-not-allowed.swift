import WeifaBase

/// WF1003 field-not-allowed.
/// Raised by the parser: `field` (Directives.swift): a `FieldKey` the directive does not take.
extension SyntaxCodes {
  package static let fieldNotAllowed = DiagnosticCode(
    "WF1003", "field-not-allowed", .error,
    summary: .init(zh: "该字段不属于这个指令", en: "the field does not belong to this directive"),
    explanation: page(
      zh: """
      ## 说明
      每个指令只接受特定的字段，例如 @机构 有「法定人数」「表决」，@享有 有「金额」。
      ## 为什么
      把字段写在错误的指令上，通常说明写错了位置或混淆了概念。
      ## 示例
      """, en: """
      ## What
      Each directive takes certain fields only: @机构 takes 法定人数 and 表决, @享有 takes 金额.
      ## Why
      A field on the wrong directive usually means the text is in the wrong place.
      ## Example
      """,
      wrong: "@机构 村民会议；金额：100元\n",
      right: "@机构 村民会议；表决：到会 过半数\n",
      fixZh: "把字段移到正确的指令上，或删除。", fixEn: "Move the field to the right directive, or remove it."))
}
