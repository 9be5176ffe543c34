import WeifaBase

/// WF1001 unknown-directive.
/// Raised by the parser: `LineParser.directive` (Directives.swift): the word after 「@」 is not a `DirectiveKeyword`.
extension SyntaxCodes {
  package static let unknownDirective = DiagnosticCode(
    "WF1001", "unknown-directive", .error,
    summary: .init(zh: "「@」后不是已知的指令", en: "the word after “@” is not a known directive"),
    explanation: page(
      zh: """
      ## 说明
      以「@」开头的行是结构行，「@」后必须紧跟一个指令关键词，如 @属性、@定义、@义务、@禁止、@权利、@享有、@机构、@事项、@程序、@案例。
      ## 为什么
      正文不会以「@」开头，所以「@」行一定是写给 Weifa 看的；关键词写错时，这一行的含义就丢了，必须指出来。
      ## 示例
      """, en: """
      ## What
      A line that starts with “@” is a structured line; the “@” must be followed by a directive keyword such as @属性, @定义, @义务, @禁止, @权利, @享有, @机构, @事项, @程序, @案例.
      ## Why
      Prose never starts with “@”, so such a line is meant for Weifa; a misspelt keyword would silently lose its meaning.
      ## Example
      """,
      wrong: "第一条【宗旨】 为了规范村务，制定本规约。\n@义物 主体：村民；行为：遵守本规约\n",
      right: "第一条【宗旨】 为了规范村务，制定本规约。\n@义务 主体：村民；行为：遵守本规约\n@属性 年龄：数值（周岁）\n@定义 村民：年龄 ≥ 0\n",
      fixZh: "改正拼写；可用的指令见 Grammar/README.md。", fixEn: "Correct the keyword; Grammar/README.md lists them."))
}
