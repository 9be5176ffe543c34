import WeifaBase

/// WF1011 unexpected-text.
/// Raised by the parser: `structuredLineEnd` (Parser.swift), `field`, `fact`, `refList` (Directives.swift); the formatter refuses a file with it (Format/Formatter.swift).
extension SyntaxCodes {
  package static let unexpectedText = DiagnosticCode(
    "WF1011", "unexpected-text", .error,
    summary: .init(zh: "结构行中有多余或无法识别的内容", en: "unexpected text in a structured line"),
    explanation: page(
      zh: """
      ## 说明
      结构行的某处出现了不符合该位置写法的内容，例如值后面多了文字，或引用没有用《》。
      ## 为什么
      无法识别的内容不会被检查。
      ## 示例
      """, en: """
      ## What
      Part of a structured line does not fit there: extra words after a value, a reference without 《》.
      ## Why
      What is not understood is not checked.
      ## Example
      """,
      wrong: "@依据 村组法第二十七条\n",
      right: "@依据 《中华人民共和国村民委员会组织法》第二十七条\n",
      fixZh: "删除多余内容，或按语法改写。", fixEn: "Remove the extra text or rewrite it per the grammar."))
}
