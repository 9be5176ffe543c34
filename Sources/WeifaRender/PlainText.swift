import WeifaBase
import WeifaSemantics

/// Plain text laid out as a printed statute: headings centred on a 28-character line, each 款 and
/// 项 starting with two full-width spaces (as in Word), a blank line around each chapter, the
/// signature block (落款) set right.
package enum PlainTextPrinter {
  /// GB/T 9704: 28 characters a line.
  static let lineWidth = 28
  static let indent = "\u{3000}\u{3000}"

  package static func render(_ book: BookLayout) -> String {
    let w = Words(book.lang)
    var out = [String]()
    if book.draft {
      out.append(center("【" + w.draftBanner + "】"))
      out.append("")
    }
    if let title = book.title {
      out.append(center(title))
      out.append("")
      out.append(center(w.contents))
      out.append("")
      for doc in book.documents {
        out.append(doc.title)
        for e in doc.toc { out.append(String(repeating: "\u{3000}", count: 2 * (e.depth + 1)) + heading(e.heading, e.title)) }
      }
    }
    for (k, doc) in book.documents.enumerated() {
      if k > 0 || book.title != nil { out += ["", ""] }
      document(doc, book: book, w: w, into: &out)
    }
    while out.last == "" { out.removeLast() }
    return out.joined(separator: "\n") + "\n"
  }

  static func document(_ doc: DocumentLayout, book: BookLayout, w: Words, into out: inout [String]) {
    out.append(center(doc.title))
    if !doc.caption.isEmpty {
      let lines = doc.caption.enumerated().map { i, l in (i == 0 ? w.open : "") + l + (i == doc.caption.count - 1 ? w.close : "") }
      out += lines.map(center)
    }
    out.append("")
    if book.title == nil, !doc.toc.isEmpty {
      out.append(center(w.contents))
      out.append("")
      for e in doc.toc { out.append(String(repeating: "\u{3000}", count: 2 * e.depth) + heading(e.heading, e.title)) }
      out.append("")
    }
    if book.annotated { annotations(doc.notes, doc.diagnostics, w: w, into: &out) }
    for p in doc.preamble { out.append(indent + p.plain) }
    if !doc.preamble.isEmpty { out.append("") }
    for block in doc.blocks {
      switch block {
      case .division(let d):
        if out.last != "" { out.append("") }
        out.append(center(heading(d.heading, d.title)))
        out.append("")
        for p in d.prose { out.append(indent + p.plain) }
      case .article(let a):
        article(a, book: book, w: w, into: &out)
      }
    }
    // The signature block (落款), set right as the other editions set it, two characters in.
    if !doc.closing.isEmpty {
      out.append("")
      out += doc.closing.map(right)
    }
  }

  static func article(_ a: ArticleLayout, book: BookLayout, w: Words, into out: inout [String]) {
    let head = a.heading + (a.label.map { "【\($0)】" } ?? "")
    if a.paragraphs.isEmpty { out.append(indent + head) }
    for (i, p) in a.paragraphs.enumerated() {
      out.append(indent + (i == 0 ? head + "\u{3000}" : "") + p.marker + p.inlines.plain)
    }
    if book.annotated {
      if a.generated { out.append(indent + indent + "［" + w("说明", "Note") + "］" + w("本条文字依据结构化规则生成", "the text of this article was generated from its rules")) }
      annotations(a.notes, a.diagnostics, w: w, into: &out)
    }
  }

  static func annotations(_ notes: [Note], _ diags: [DiagnosticLine], w: Words, into out: inout [String]) {
    for n in notes { out.append(indent + indent + "［" + n.tag + "］" + n.text) }
    for d in diags {
      out.append(indent + indent + "［" + w.severity(d.severity) + " " + d.code + "］" + d.message + w("（第\(d.line)行）", " (line \(d.line))"))
    }
  }

  static func heading(_ h: String, _ title: String) -> String { title.isEmpty ? h : h + "\u{3000}" + title }

  /// Sets a line right on the 28-character measure, two characters in, with full-width spaces.
  static func right(_ s: String) -> String {
    let columns = s.unicodeScalars.reduce(0) { $0 + DisplayWidth.of($1) }
    let pad = (lineWidth * 2 - columns) / 2 - 2
    return pad > 0 ? String(repeating: "\u{3000}", count: pad) + s : s
  }

  /// Centres a line on the 28-character measure with full-width spaces.
  static func center(_ s: String) -> String {
    let columns = s.unicodeScalars.reduce(0) { $0 + DisplayWidth.of($1) }
    let pad = (lineWidth * 2 - columns) / 4
    return pad > 0 ? String(repeating: "\u{3000}", count: pad) + s : s
  }
}
