import WeifaBase
import WeifaSemantics

/// The output formats of `weifa build`.
package enum OutputFormat: String, CaseIterable, Sendable { case text, md, html, json, notice, page }

package struct RenderOptions: Sendable {
  package var format: OutputFormat
  /// The legal advisor's edition: rules, bodies and diagnostics beside each article.
  package var annotated = false
  /// The input had errors and `--force` was given: mark the output as a draft.
  package var draft = false
  package var lang: Language = .zh
  /// What the printed charter adds to the source (nothing by default: it prints as adopted).
  package var extras: PrintExtras = []
  // The annotated edition shows everything the rules say.
  package var caption: Bool { annotated || extras.contains(.caption) }
  package var toc: Bool { annotated || extras.contains(.toc) }
  package var labels: Bool { annotated || extras.contains(.labels) }
  package var generatedProse: Bool { annotated || extras.contains(.generatedProse) }
  package init(format: OutputFormat) { self.format = format }
}

/// Additions to the charter as written, each asked for by its own option of `weifa build`.
package struct PrintExtras: OptionSet, Sendable {
  package let rawValue: Int
  package init(rawValue: Int) { self.rawValue = rawValue }
  /// `--caption`: the 题注 under the title, composed from @通过, @修正, @备案 and @施行.
  package static let caption = PrintExtras(rawValue: 1)
  /// `--toc`: a 目录 of the headings.
  package static let toc = PrintExtras(rawValue: 2)
  /// `--labels`: the labels given by @条标, after the article's number.
  package static let labels = PrintExtras(rawValue: 4)
  /// `--generated-prose`: text composed from the rules of an article written only as rules.
  package static let generatedProse = PrintExtras(rawValue: 8)
  /// `--typeset`: plain text laid out as a printed statute (centred headings, indented
  /// paragraphs, numbers assigned in order), with all of the above.
  package static let typeset = PrintExtras(rawValue: 16)
  /// Everything a typeset edition shows.
  package static let all: PrintExtras = [.caption, .toc, .labels, .generatedProse, .typeset]
}

/// One document to print, with its diagnostics (for the annotated edition).
package struct RenderInput: Sendable {
  package var index: Int
  package var diagnostics: [Diagnostic]
  package init(index: Int, diagnostics: [Diagnostic]) { self.index = index; self.diagnostics = diagnostics }
}

/// Prints checked documents. A bundle prints as one book, its documents in the order given.
///
/// - `text`: plain UTF-8 text laid out as a printed statute (full-width indents, centred headings).
/// - `md`: Markdown.
/// - `html`: one self-contained HTML file with print CSS after GB/T 9704 and a phone layout.
/// - `json`: the checked model, schema `weifa.model/1` (see `ModelJSON`).
/// - `notice`: the 公告 announcing the adopted charter.
/// - `page`: the resident's page — the HTML edition plus "与我有关的条款" and the vote panel (`PagePrinter`).
///
/// Every printer works from `BookLayout` (numbers assigned, references resolved, prose generated
/// for articles that have none) and never fails: an empty document prints its title only.
package enum Renderer {
  package static func render(_ inputs: [RenderInput], in workspace: Workspace, options: RenderOptions) -> String {
    switch options.format {
    case .text:
      if options.annotated || options.extras.contains(.typeset) {
        var typeset = options
        typeset.extras = .all
        return PlainTextPrinter.render(BookLayout(inputs, in: workspace, options: typeset))
      }
      return FaithfulTextPrinter.render(inputs, in: workspace, options: options)
    case .md: return MarkdownPrinter.render(BookLayout(inputs, in: workspace, options: options))
    case .html: return HTMLPrinter.render(BookLayout(inputs, in: workspace, options: options))
    case .json: return ModelJSON.render(inputs, in: workspace, options: options)
    case .notice: return NoticePrinter.render(inputs, in: workspace, options: options)
    case .page: return PagePrinter.render(inputs, in: workspace, options: options)
    }
  }
}

extension Renderer {
  /// What the output needs and the documents do not say, each naming the directive to add
  /// (`weifa build` prints them on stderr): a title for every printed format (else the file name
  /// stands in), and for the 公告 the place, the adoption with its date and the 施行 day.
  package static func missingFacts(_ inputs: [RenderInput], in workspace: Workspace, options: RenderOptions) -> [LocalizedText] {
    let docs = inputs.map(\.index).filter { workspace.charters.indices.contains($0) }
    var out = [LocalizedText]()
    if options.format != .json {
      for d in docs where (workspace.charters[d].title ?? "").isEmpty {
        let file = DocumentLayout.fileName(workspace.charters[d].file.path)
        out.append(.init(zh: "警告：\(workspace.charters[d].file.path) 没有 @标题，标题暂用文件名「\(file)」；加上一行「@标题 \(file)」（写规约的正式名称）",
                         en: "warning: \(workspace.charters[d].file.path) has no @标题; the file name “\(file)” stands in; add a line “@标题 \(file)” with the charter's name"))
      }
    }
    if options.format == .notice { out += NoticePrinter.missingFacts(docs, in: workspace) }
    return out
  }
}
