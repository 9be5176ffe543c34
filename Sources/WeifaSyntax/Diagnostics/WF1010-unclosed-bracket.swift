import WeifaBase

/// WF1010 unclosed-bracket.
/// Raised by the parser: `label`, `docTitle` (Parser.swift) and `parenExpr`, `typeSpec`, `refList`, `quoted`, `comparison` (Directives.swift).
extension SyntaxCodes {
  package static let unclosedBracket = DiagnosticCode(
    "WF1010", "unclosed-bracket", .error,
    summary: .init(zh: "括号没有闭合", en: "unclosed bracket"),
    explanation: page(
      zh: """
      ## 说明
      结构行里的【】《》（）「」必须在同一行内配对。
      ## 为什么
      未闭合的括号会让后面的内容全被误读。
      ## 示例
      """, en: """
      ## What
      【】, 《》, （） and 「」 in a structured line must close on the same line.
      ## Why
      An unclosed bracket swallows the rest of the line.
      ## Example
      """,
      wrong: "@依据 《中华人民共和国村民委员会组织法\n",
      right: "@依据 《中华人民共和国村民委员会组织法》\n",
      fixZh: "补上右括号。", fixEn: "Add the closing bracket."))
}
