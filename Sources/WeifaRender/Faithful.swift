import WeifaBase
import WeifaSemantics

/// The charter as adopted, in plain text: every prose and heading line exactly as written —
/// numbering, brackets, punctuation, spacing — and nothing that is not in the source, unless asked
/// for: `--caption` (the 题注 from `@通过`, `@备案`, `@施行`), `--toc` (目录), `--labels` (labels
/// given by `@条标`) and `--generated-prose` (text for articles written only as rules).
/// `weifa import X.txt` followed by this printer gives back X.txt.
package enum FaithfulTextPrinter {
  package static func render(_ inputs: [RenderInput], in ws: Workspace, options: RenderOptions) -> String {
    lines(inputs, in: ws, options: options).map(\.text).joined(separator: "\n") + "\n"
  }

  /// The lines `render` prints, each with what it is (the .docx printer lays them out by kind).
  package static func lines(_ inputs: [RenderInput], in ws: Workspace, options: RenderOptions) -> [StyledLine] {
    let w = Words(options.lang)
    let valid = inputs.filter { ws.charters.indices.contains($0.index) }
    var out = [StyledLine]()
    if options.draft { out += [StyledLine(.draft, "【" + w.draftBanner + "】"), .blank] }
    if valid.count > 1, let book = BookLayout.bundleTitle(valid.map(\.index), ws) {
      out += [StyledLine(.bookTitle, book), .blank]
      if options.toc {
        out.append(StyledLine(.contents, w.contents))
        for input in valid {
          let c = ws.charters[input.index]
          out.append(StyledLine(.contentsEntry(0), c.title ?? DocumentLayout.fileName(c.file.path)))
          for line in c.printedLines where line.role == .heading {
            out.append(StyledLine(.contentsEntry(line.level), String(repeating: "\u{3000}", count: 2 * line.level) + c.file.text(line.range).trimmingSpaces()))
          }
        }
        out.append(.blank)
      }
    }
    for (k, input) in valid.enumerated() {
      if k > 0 { out += [.blank, StyledLine(.documentBreak, "")] }
      document(ws, input.index, options: options, standalone: valid.count == 1, w: w, into: &out)
    }
    while out.last?.text == "" { out.removeLast() }
    return out
  }

  static func document(_ ws: Workspace, _ i: Int, options: RenderOptions, standalone: Bool, w: Words, into out: inout [StyledLine]) {
    let c = ws.charters[i]
    let printed = c.printedLines
    var lines = printed[...]
    // The title: the document's own title line, else @标题 (else the file name).
    var head = [StyledLine]()
    if c.titleLine == nil {
      head.append(StyledLine(.title, c.title.flatMap { $0.isEmpty ? nil : $0 } ?? DocumentLayout.fileName(c.file.path)))
    } else if let first = lines.first {
      head.append(StyledLine(.title, c.file.text(first.range)))
      lines = lines.dropFirst()
    }
    if options.caption {
      head += DocumentLayout.caption(c, w).map { StyledLine(.caption, w.open + $0 + w.close) }
    }
    if options.toc && standalone {
      let headings = printed.filter { $0.role == .heading }
      if !headings.isEmpty {
        head += [.blank, StyledLine(.contents, w.contents)]
        head += headings.map { StyledLine(.contentsEntry(max($0.level - 1, 0)), String(repeating: "\u{3000}", count: 2 * max($0.level - 1, 0)) + c.file.text($0.range).trimmingSpaces()) }
      }
    }
    out += head
    // A blank line after the title when the source gives none and the title was not written as prose.
    if c.titleLine == nil || options.caption || options.toc, let next = lines.first, next.role != .blank { out.append(.blank) }
    let generator = options.generatedProse ? GeneratedProse(workspace: ws, index: i) : nil
    let printer = ReferencePrinter(workspace: ws, charterIndex: i, faithful: true)
    for line in lines {
      if line.role == .blank { out.append(.blank); continue }
      var (text, lead) = FaithfulTextPrinter.text(line, c, printer)
      let kind = StyledLine.Kind(line)
      if line.opensArticle, let a = line.article, c.articles.indices.contains(a) {
        let art = c.articles[a]
        if options.labels, art.labelHidden, let label = art.label {
          let cut = max(0, min(line.markEnd, line.range.upper) - line.range.lower)
          let bytes = Array(text.utf8)
          let inserted = "【" + label + "】"
          text = String(decoding: bytes[..<min(cut, bytes.count)], as: UTF8.self) + inserted + String(decoding: bytes[min(cut, bytes.count)...], as: UTF8.self)
          lead += inserted.utf8.count
        }
        if let generator, !art.hasProse {
          let generated = generator.paragraphs(article: a)
          if let first = generated.first {
            out.append(StyledLine(kind, text + "\u{3000}" + first.text, lead: lead))
            for (n, item) in first.items.enumerated() { out.append(StyledLine(.item, StatuteNumber.item(n + 1) + item)) }
            for g in generated.dropFirst() {
              out.append(StyledLine(.paragraph, g.text))
              for (n, item) in g.items.enumerated() { out.append(StyledLine(.item, StatuteNumber.item(n + 1) + item)) }
            }
            continue
          }
        }
      }
      out.append(StyledLine(kind, text, lead: line.opensArticle ? lead : 0))
    }
  }

  /// A line as written, except what the drafter left to Weifa: a number written ？ (第？条, （？）,
  /// ？.) gets its number, and a reference by label alone (【宗旨】) or by ？ prints as the article
  /// it names (第一条). Numbers the drafter wrote stay as written, even when out of order (WF2001
  /// reports them; `--typeset` renumbers).
  /// The line, and how many of its bytes are its number (the mark up to `markEnd`).
  static func text(_ line: PrintedLine, _ c: Charter, _ printer: ReferencePrinter) -> (String, Int) {
    let raw = c.file.text(line.range)
    let markBytes = max(0, min(line.markEnd, line.range.upper) - line.range.lower)
    var head = "", body = raw
    if let mark = line.mark, mark.contains("？") || mark.contains("?"), line.markEnd > line.range.lower {
      let cut = line.markEnd - line.range.lower
      let bytes = Array(raw.utf8)
      guard cut <= bytes.count else { return (raw, 0) }
      let lead = String(decoding: bytes[..<cut], as: UTF8.self)
      body = String(decoding: bytes[cut...], as: UTF8.self)
      var number = line.ordinal
      if line.role == .article || line.role == .heading, let a = line.article, c.articles.indices.contains(a) { number = c.articles[a].number }
      head = numbered(lead, line.role == .subitem || mark.hasSuffix(".") || mark.hasSuffix("．") ? String(number) : ChineseNumeral.format(number))
      if line.role == .heading, let d = line.division, c.divisions.indices.contains(d) {
        head = numbered(lead, ChineseNumeral.format(StatuteNumber.number(of: c.divisions[d], in: c)))
      }
      return (head + resolved(body, span: TextRange(line.markEnd, line.range.upper), printer), head.utf8.count)
    }
    let text = resolved(body, span: line.range, printer)
    // The number is printed as written unless a reference inside it was resolved (it never is).
    return (text, text.utf8.starts(with: raw.utf8.prefix(markBytes)) ? markBytes : 0)
  }

  /// `s` with its ？ (or ?) replaced by `number`.
  static func numbered(_ s: String, _ number: String) -> String {
    var out = ""
    for ch in s { if ch == "？" || ch == "?" { out += number } else { out.append(ch) } }
    return out
  }

  /// Prose with the references the drafter left to Weifa printed as resolved.
  static func resolved(_ text: String, span: TextRange, _ printer: ReferencePrinter) -> String {
    printer.inlines(text, span: span).plain
  }
}

/// A line of the printed charter and what it is: the text printer prints `text`, the .docx
/// printer lays it out by `kind` (title, heading, article …), its number (`lead` bytes) in bold.
package struct StyledLine: Sendable, Equatable {
  package enum Kind: Sendable, Equatable {
    case draft, bookTitle, title, caption, contents, contentsEntry(Int), heading(Int)
    case preamble, article, paragraph, item, subitem, signature, blank
    /// The start of the next document of a bundle (a new page in Word; nothing in text).
    case documentBreak
  }
  package var kind: Kind
  package var text: String
  /// How many UTF-8 bytes at the start of `text` are the article's number (and label).
  package var lead = 0

  package init(_ kind: Kind, _ text: String, lead: Int = 0) { self.kind = kind; self.text = text; self.lead = lead }
  package static let blank = StyledLine(.blank, "")
}

extension StyledLine.Kind {
  init(_ line: PrintedLine) {
    switch line.role {
    case .title: self = .title
    case .preamble: self = .preamble
    case .heading: self = .heading(line.level)
    case .article: self = .article
    case .paragraph: self = .paragraph
    case .item: self = .item
    case .subitem: self = .subitem
    case .signature: self = .signature
    case .blank: self = .blank
    }
  }
}
