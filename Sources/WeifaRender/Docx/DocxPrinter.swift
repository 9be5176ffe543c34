import WeifaBase
import WeifaSemantics

/// `weifa build --to docx`: a Word document of the charter (WordprocessingML in a zip written by
/// `ZipWriter`), laid out after GB/T 9704 by the styles of `DocxParts`. The paragraphs are the
/// lines the text printer prints, one paragraph a line, in the same words: as adopted by default
/// (`FaithfulTextPrinter.lines`), typeset from `BookLayout` with `--typeset` or `--annotated`.
/// So `weifa import` of the file gives back what `--to text` prints. Each line's kind picks its
/// style; an article's number is a run in 黑体; a 目录 is Word's own TOC field, its entries
/// written as the cached result (Word and WPS fill in the page numbers when the fields update).
package enum DocxPrinter {
  package static func render(_ inputs: [RenderInput], in ws: Workspace, options: RenderOptions) -> [UInt8] {
    let lines: [StyledLine]
    if options.annotated || options.extras.contains(.typeset) {
      var typeset = options
      typeset.extras = .all
      lines = typesetLines(BookLayout(inputs, in: ws, options: typeset))
    } else {
      lines = FaithfulTextPrinter.lines(inputs, in: ws, options: options)
    }
    let title = lines.first { $0.kind == .bookTitle || $0.kind == .title }?.text ?? "weifa"
    let hasTOC = lines.contains { $0.kind == .contents }
    return DocxParts.package(document: document(lines), title: title, updateFields: hasTOC)
  }

  /// word/document.xml: one paragraph a line, then the section.
  static func document(_ lines: [StyledLine]) -> String {
    var x = DocxParts.header + "<w:document \(DocxParts.namespaces(relationships: true))><w:body>"
    x.reserveCapacity(lines.reduce(0) { $0 + $1.text.utf8.count } * 2 + 4096)
    var k = 0
    while k < lines.count {
      let line = lines[k]
      if line.kind == .contents {
        // The heading 目录, then the TOC field whose cached result is the entries that follow.
        x += paragraph("TOCHeading", runs(line.text))
        var entries = [StyledLine]()
        while k + 1 < lines.count, case .contentsEntry = lines[k + 1].kind { entries.append(lines[k + 1]); k += 1 }
        x += tocField(entries)
        k += 1
        continue
      }
      x += paragraph(line)
      k += 1
    }
    x += DocxParts.sectionProperties + "</w:body></w:document>"
    return x
  }

  static func paragraph(_ line: StyledLine) -> String {
    switch line.kind {
    case .draft: return paragraph("Draft", runs(line.text))
    case .bookTitle, .title: return paragraph("Title", runs(line.text))
    case .caption: return paragraph("Inscription", runs(line.text))
    case .contents: return paragraph("TOCHeading", runs(line.text))
    case .contentsEntry(let level): return paragraph("TOC\(min(level, 2) + 1)", runs(line.text.stripping("\u{3000}")))
    case .heading(let level): return paragraph("Heading\(min(max(level, 1), 3))", runs(line.text))
    case .preamble, .paragraph, .item, .subitem: return paragraph(line.kind == .item || line.kind == .subitem ? "Item" : "BodyText", runs(line.text))
    case .article:
      let bytes = Array(line.text.utf8)
      var cut = min(line.lead, bytes.count)
      guard cut > 0 else { return paragraph("BodyText", runs(line.text)) }
      // A label written right after the number (第一条【宗旨】) is set with it.
      if bytes[cut...].starts(with: Array("【".utf8)), let close = line.text.utf8[line.text.utf8.index(line.text.utf8.startIndex, offsetBy: cut)...].firstRange(of: Array("】".utf8)) {
        cut = line.text.utf8.distance(from: line.text.utf8.startIndex, to: close.upperBound)
      }
      return paragraph("BodyText", runs(String(decoding: bytes[..<cut], as: UTF8.self), style: "ArticleNumber")
                       + runs(String(decoding: bytes[cut...], as: UTF8.self)))
    case .signature: return paragraph("Signature", runs(line.text))
    case .blank: return paragraph("BodyText", "")
    case .documentBreak: return "<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/></w:pPr><w:r><w:br w:type=\"page\"/></w:r></w:p>"
    }
  }

  static func paragraph(_ style: String, _ runs: String) -> String {
    "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>" + runs + "</w:p>"
  }

  /// Runs of `text`: a tab is Word's `<w:tab/>`, everything else one escaped `<w:t>`.
  static func runs(_ text: String, style: String? = nil) -> String {
    guard !text.isEmpty else { return "" }
    let rPr = style.map { "<w:rPr><w:rStyle w:val=\"\($0)\"/></w:rPr>" } ?? ""
    var out = "<w:r>" + rPr
    var first = true
    for part in text.split(separator: "\t", omittingEmptySubsequences: false) {
      if !first { out += "<w:tab/>" }
      first = false
      if !part.isEmpty { out += "<w:t xml:space=\"preserve\">" + XMLText.escape(String(part)) + "</w:t>" }
    }
    return out + "</w:r>"
  }

  /// The TOC field over headings 1–3, with the entries as its cached result.
  static func tocField(_ entries: [StyledLine]) -> String {
    let begin = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o &quot;1-3&quot; \\h \\z \\u </w:instrText></w:r>"
      + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
    let end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    guard !entries.isEmpty else { return "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr>" + begin + end + "</w:p>" }
    var x = ""
    for (k, e) in entries.enumerated() {
      var level = 0
      if case .contentsEntry(let l) = e.kind { level = l }
      x += "<w:p><w:pPr><w:pStyle w:val=\"TOC\(min(level, 2) + 1)\"/></w:pPr>" + (k == 0 ? begin : "") + runs(e.text.stripping("\u{3000}"))
        + (k == entries.count - 1 ? end : "") + "</w:p>"
    }
    return x
  }

  /// The typeset edition's lines (numbers assigned, labels, caption, 目录, generated prose; with
  /// `--annotated` the notes and diagnostics), from the book every printer shares.
  static func typesetLines(_ book: BookLayout) -> [StyledLine] {
    let w = Words(book.lang)
    var out = [StyledLine]()
    if book.draft { out.append(StyledLine(.draft, "【" + w.draftBanner + "】")) }
    if let title = book.title {
      out += [StyledLine(.bookTitle, title), StyledLine(.contents, w.contents)]
      for doc in book.documents {
        out.append(StyledLine(.contentsEntry(0), doc.title))
        for e in doc.toc { out.append(StyledLine(.contentsEntry(e.depth + 1), PlainTextPrinter.heading(e.heading, e.title))) }
      }
    }
    for (k, doc) in book.documents.enumerated() {
      if k > 0 || book.title != nil { out.append(StyledLine(.documentBreak, "")) }
      out.append(StyledLine(.title, doc.title))
      if !doc.caption.isEmpty {
        out += doc.caption.enumerated().map { i, l in StyledLine(.caption, (i == 0 ? w.open : "") + l + (i == doc.caption.count - 1 ? w.close : "")) }
      }
      out.append(.blank)
      if book.title == nil, !doc.toc.isEmpty {
        out.append(StyledLine(.contents, w.contents))
        for e in doc.toc { out.append(StyledLine(.contentsEntry(e.depth), PlainTextPrinter.heading(e.heading, e.title))) }
        out.append(.blank)
      }
      if book.annotated { out += annotations(doc.notes, doc.diagnostics, w) }
      // A paragraph's own leading full-width spaces (an indent typed into the source) are left to
      // the paragraph style, which indents two characters.
      for p in doc.preamble { out.append(StyledLine(.preamble, unindented(p.plain))) }
      for block in doc.blocks {
        switch block {
        case .division(let d):
          out.append(StyledLine(.heading(d.depth + 1), PlainTextPrinter.heading(d.heading, d.title)))
          for p in d.prose { out.append(StyledLine(.paragraph, unindented(p.plain))) }
        case .article(let a):
          let head = a.heading + (a.label.map { "【\($0)】" } ?? "")
          if a.paragraphs.isEmpty { out.append(StyledLine(.article, head, lead: head.utf8.count)) }
          for (i, p) in a.paragraphs.enumerated() {
            let kind: StyledLine.Kind = i == 0 ? .article : p.kind == .item ? .item : p.kind == .subitem ? .subitem : .paragraph
            let lead = i == 0 ? head + (head.isEmpty ? "" : "\u{3000}") : ""
            out.append(StyledLine(kind, lead + p.marker + p.inlines.plain, lead: i == 0 ? head.utf8.count : 0))
          }
          if book.annotated { out += annotations(a.notes, a.diagnostics, w) }
        }
      }
      if !doc.closing.isEmpty { out += doc.closing.map { StyledLine(.signature, $0) } }
    }
    return out
  }

  static func unindented(_ s: String) -> String {
    String(s.drop { $0 == "\u{3000}" || $0 == " " })
  }

  static func annotations(_ notes: [Note], _ diags: [DiagnosticLine], _ w: Words) -> [StyledLine] {
    var lines = [String]()
    PlainTextPrinter.annotations(notes, diags, w: w, into: &lines)
    return lines.map { StyledLine(.paragraph, $0.stripping("\u{3000}")) }
  }
}
