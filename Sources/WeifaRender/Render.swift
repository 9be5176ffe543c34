import WeifaBase
import WeifaSemantics

/// The output formats of `weifa build`.
package enum OutputFormat: String, CaseIterable, Sendable { case text, md, html, json, notice }

package struct RenderOptions: Sendable {
  package var format: OutputFormat
  /// The legal advisor's edition: rules, bodies and diagnostics beside each article.
  package var annotated = false
  /// The input had errors and `--force` was given: mark the output as a draft.
  package var draft = false
  package var lang: Language = .zh
  package init(format: OutputFormat) { self.format = format }
}

/// One document to print, with its diagnostics (for the annotated edition).
package struct RenderInput: Sendable {
  package var index: Int
  package var diagnostics: [Diagnostic]
  package init(index: Int, diagnostics: [Diagnostic]) { self.index = index; self.diagnostics = diagnostics }
}

/// Prints checked documents. A bundle prints as one book, its documents in the order given.
package enum Renderer {
  package static func render(_ inputs: [RenderInput], in workspace: Workspace, options: RenderOptions) -> String {
    // Placeholder until the renderers land: title and article count of each document.
    inputs.map { input in
      let c = workspace.charters[input.index]
      return (c.title ?? c.file.path) + "\n" + c.articles.map { "第\(ChineseNumeral.format($0.number))条 " + $0.paragraphs.map(\.text).joined(separator: "\n") }.joined(separator: "\n") + "\n"
    }.joined(separator: "\n")
  }
}
