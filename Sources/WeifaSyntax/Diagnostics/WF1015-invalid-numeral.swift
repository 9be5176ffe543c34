import WeifaBase

/// WF1015 invalid-numeral.
/// Raised by the parser: `numeral` (Parser.swift) and `number` (Directives.swift).
extension SyntaxCodes {
  package static let invalidNumeral = DiagnosticCode(
    "WF1015", "invalid-numeral", .error,
    summary: .init(zh: "中文数字写法有误", en: "malformed Chinese numeral"),
    explanation: page(
      zh: """
      ## 说明
      序号和数量中的中文数字要合乎规范，如「十一」「二十」「一百零一」「一百一十」。
      ## 为什么
      写错的数字无法确定是多少，编号和引用都会出错。
      ## 示例
      """, en: """
      ## What
      Chinese numerals must be well formed: 十一, 二十, 一百零一, 一百一十.
      ## Why
      A malformed numeral has no value; numbering and references break.
      ## Example
      """,
      wrong: "第十十条 本规约自通过之日起施行。\n",
      right: "第一条 本规约自通过之日起施行。\n",
      fixZh: "改为规范的中文数字。", fixEn: "Write a well-formed numeral."))
}
