import WeifaBase
import WeifaSemantics
import WeifaRender

/// What `weifa review` produced: the printed opinions, the files refused because they are not
/// charters (their WF2006 diagnostic), and how many opinions and of which conclusion.
package struct ReviewResult: Sendable {
  package var output: String
  package var refused: [Diagnostic]
  package var reviewed: Int
  /// Files named that are higher law or a manifest, and so were not reviewed.
  package var skipped: Int
  /// The number of opinions with each conclusion, in the order 同意备案, 修改后备案, 不予备案.
  package var conclusions: [(name: LocalizedText, count: Int)]
}

extension Analysis {
  /// The conclusion rule of `weifa review`, as its help, the README and every opinion state it.
  package static var reviewRule: LocalizedText { ReviewRule.text }

  /// `weifa review`: the 合法性审查意见 of each of the first `count` documents (the rest are
  /// context), built from their diagnostics and model (`ReviewBuilder`), printed in `format`.
  /// A document that is not a charter (WF2006) is refused, not reviewed; higher law and
  /// manifests are listed as not reviewed.
  package func review(count: Int, format: ReviewFormat, lang: Language) -> ReviewResult {
    var refused = [Diagnostic]()
    var docs = [(index: Int, diagnostics: [Diagnostic])]()
    for i in 0..<min(count, documents.count) {
      let d = documents[i].diagnostics
      if let not = d.first(where: { $0.code == StructureChecks.notACharter }) { refused.append(not); continue }
      docs.append((i, d))
    }
    let book = ReviewBuilder.book(workspace, docs, refused: refused.map(\.file.path), lang: lang)
    let output = book.opinions.isEmpty ? "" : ReviewPrinter.render(book, format: format)
    let tally = ReviewConclusion.allCases.map { c in (c.name, book.opinions.filter { $0.conclusion == c }.count) }
    return ReviewResult(output: output, refused: refused, reviewed: book.opinions.count, skipped: book.skipped.count - refused.count, conclusions: tally)
  }
}
