import WeifaBase

/// WF1013 orphan-item.
/// Raised by the parser: `LineParser.line` (Parser.swift).
extension SyntaxCodes {
  package static let orphanItem = DiagnosticCode(
    "WF1013", "orphan-item", .error,
    summary: .init(zh: "项或目的位置不对", en: "an item or sub-item out of place"),
    explanation: page(
      zh: """
      ## 说明
      项「（一）」属于它前面的款，必须出现在条之内、款之后；目「1.」必须出现在项之后。
      ## 为什么
      放错位置的项无法被「第X条第X款第X项」准确引用。
      ## 示例
      """, en: """
      ## What
      An item （一） belongs to the paragraph before it, inside an article; a sub-item 1. follows an item.
      ## Why
      Misplaced items cannot be cited as 第X条第X款第X项.
      ## Example
      """,
      wrong: "第一章 总则\n（一）遵守法律；\n",
      right: "第一章 总则\n第一条 村民应当：\n（一）遵守法律；\n",
      fixZh: "把项放到相应的条、款之下。", fixEn: "Put the item under its article and paragraph."))
}
