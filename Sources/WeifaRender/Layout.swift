import WeifaBase
import WeifaSemantics

/// What every printed format shows, worked out once: a book of documents, each with its title,
/// 题注, table of contents, divisions and articles, numbers assigned and references resolved.
/// The text, Markdown and HTML printers only lay this out.
package struct BookLayout: Sendable {
  /// The bundle's title (from its 目录.weifa), when several documents print as one book.
  package var title: String?
  package var documents: [DocumentLayout] = []
  package var draft = false
  package var annotated = false
  package var lang: Language = .zh
  /// The anchor of every printed article.
  package var articleAnchors: [ArticleTarget: String] = [:]

  /// The anchor of an article when it is printed in this book.
  package func anchor(_ t: ArticleTarget) -> String? { articleAnchors[t] }
}

package struct DocumentLayout: Sendable {
  package var charter: Int
  package var anchor: String
  package var title: String
  /// The lines of the 题注, without the brackets: 2024年5月18日青溪村村民会议通过 …
  package var caption: [String] = []
  package var preamble: [[Inline]] = []
  package var toc: [TOCEntry] = []
  package var blocks: [Block] = []
  /// The closing signature block (落款), as written.
  package var closing: [String] = []
  /// The annotated edition's notes and diagnostics that belong to no article.
  package var notes: [Note] = []
  package var diagnostics: [DiagnosticLine] = []

  package var articles: [ArticleLayout] {
    blocks.compactMap { if case .article(let a) = $0 { return a } else { return nil } }
  }
}

package struct TOCEntry: Sendable {
  package var depth: Int
  package var heading: String
  package var title: String
  package var anchor: String
}

package enum Block: Sendable {
  case division(DivisionLayout)
  case article(ArticleLayout)
}

package struct DivisionLayout: Sendable {
  package var level: Division.Level
  /// 第一章
  package var heading: String
  package var title: String
  package var anchor: String
  /// Prose written under the heading, before the first article.
  package var prose: [[Inline]] = []
  /// Nesting depth among the levels the document uses (0 for its top level).
  package var depth: Int
}

package struct ArticleLayout: Sendable {
  package var index: Int
  package var number: Int
  /// 第十一条
  package var heading: String
  package var label: String?
  package var anchor: String
  package var paragraphs: [ParagraphLayout] = []
  /// True when the prose was generated from the article's rules.
  package var generated = false
  package var notes: [Note] = []
  package var diagnostics: [DiagnosticLine] = []

  /// What stands between the number and the text: a full-width space after 第X条 (none after a
  /// label, whose bracket leaves room), nothing after 一、 1. （一） ① or an unnumbered article.
  package var gap: String {
    if label != nil || heading.isEmpty { return "" }
    guard let last = heading.unicodeScalars.last else { return "" }
    if "、.．）)".unicodeScalars.contains(last) || (0x2460...0x2473).contains(last.value) { return "" }
    return "\u{3000}"
  }
}

package struct ParagraphLayout: Sendable {
  package enum Kind: Sendable, Equatable { case paragraph, item, subitem }
  package var kind: Kind
  /// （一）, 1. or empty for a paragraph.
  package var marker: String
  package var inlines: [Inline]
}

extension BookLayout {
  package init(_ inputs: [RenderInput], in ws: Workspace, options: RenderOptions) {
    draft = options.draft
    annotated = options.annotated
    lang = options.lang
    let valid = inputs.filter { ws.charters.indices.contains($0.index) }
    if valid.count > 1 { title = BookLayout.bundleTitle(valid.map(\.index), ws) }
    for (k, input) in valid.enumerated() {
      let anchor = valid.count > 1 ? "d\(k + 1)" : "d"
      let doc = DocumentLayout(input, anchor: anchor, in: ws, options: options)
      for a in doc.articles { articleAnchors[ArticleTarget(charter: input.index, article: a.index)] = a.anchor }
      documents.append(doc)
    }
  }

  /// The title of the manifest (目录.weifa) of the bundle the documents come from.
  static func bundleTitle(_ docs: [Int], _ ws: Workspace) -> String? {
    guard let first = docs.first else { return nil }
    let dir = ws.directory(first)
    for (i, c) in ws.charters.enumerated() where ws.directory(i) == dir && !c.includes.isEmpty {
      if let t = c.title, !t.isEmpty { return t }
    }
    return nil
  }
}

extension DocumentLayout {
  init(_ input: RenderInput, anchor: String, in ws: Workspace, options: RenderOptions) {
    let i = input.index
    let c = ws.charters[i]
    charter = i
    self.anchor = anchor
    title = c.title.flatMap { $0.isEmpty ? nil : $0 } ?? DocumentLayout.fileName(c.file.path)
    caption = options.caption ? DocumentLayout.caption(c, Words(options.lang)) : []
    let typeset = options.extras.contains(.typeset)
    let printer = ReferencePrinter(workspace: ws, charterIndex: i, faithful: !typeset)
    let source = SourceProse(c)
    preamble = source.preamble().filter { line in c.titleLine.map { !(line.span.lower < $0.upper && $0.lower < line.span.upper) } ?? true }
      .map { printer.inlines($0.text, span: $0.span) }
    closing = c.signature.map { c.file.text($0).trimmingSpaces() }

    // Divisions and articles, merged in source order.
    let levels = Set(c.divisions.map(\.level.rawValue)).sorted()
    let generator = GeneratedProse(workspace: ws, index: i)
    let annotator = Annotator(workspace: ws, index: i, lang: options.lang)
    var nextDivision = 0
    func emitDivisions(upTo article: Int) {
      while nextDivision < c.divisions.count, c.divisions[nextDivision].firstArticle <= article {
        let d = c.divisions[nextDivision]
        let depth = levels.firstIndex(of: d.level.rawValue) ?? 0
        let anchorD = "\(anchor)-s\(nextDivision + 1)"
        // As written: 一、 before the title, or no number at all (@章 总　则).
        let asWritten = typeset ? nil : d.mark
        let heading = asWritten.map { $0 + d.title } ?? StatuteNumber.division(d.level, StatuteNumber.number(of: d, in: c))
        var layout = DivisionLayout(level: d.level, heading: heading, title: asWritten == nil ? d.title : "", anchor: anchorD, depth: depth)
        layout.prose = source.divisionProse(nextDivision).map { printer.inlines($0.text, span: $0.span) }
        blocks.append(.division(layout))
        toc.append(TOCEntry(depth: depth, heading: heading, title: d.title, anchor: anchorD))
        nextDivision += 1
      }
    }
    var inArticle = [Bool](repeating: false, count: input.diagnostics.count)
    for (a, art) in c.articles.enumerated() {
      emitDivisions(upTo: a)
      // The number as written (三、 or 第十二条), unless it is left to Weifa (第？条) or typeset.
      let written = !typeset && art.written != nil ? art.mark : nil
      let heading = written ?? (art.mark == nil && !typeset ? "" : StatuteNumber.article(art.number))
      var layout = ArticleLayout(index: a, number: art.number, heading: heading,
                                 label: art.label.flatMap { $0.isEmpty || (art.labelHidden && !options.labels) ? nil : $0 }, anchor: "\(anchor)-a\(art.number)")
      for p in art.paragraphs {
        if !p.text.isEmpty {
          layout.paragraphs.append(ParagraphLayout(kind: .paragraph, marker: "", inlines: printer.inlines(p.text, span: p.span)))
        }
        func marker(_ item: Item, _ generated: String) -> String {
          guard !typeset, let m = item.mark else { return typeset || item.mark != nil ? generated : "" }
          return m.contains("？") || m.contains("?") ? generated : m
        }
        for item in p.items {
          layout.paragraphs.append(ParagraphLayout(kind: .item, marker: marker(item, StatuteNumber.item(item.number)),
                                                   inlines: printer.inlines(item.text, span: item.span, excluding: item.subitems.map(\.span))))
          for sub in item.subitems {
            layout.paragraphs.append(ParagraphLayout(kind: .subitem, marker: marker(sub, StatuteNumber.subitem(sub.number)), inlines: printer.inlines(sub.text, span: sub.span)))
          }
        }
      }
      if !art.hasProse && options.generatedProse {
        let generated = generator.paragraphs(article: a)
        if !generated.isEmpty {
          layout.generated = true
          layout.paragraphs = []
          for g in generated {
            layout.paragraphs.append(ParagraphLayout(kind: .paragraph, marker: "", inlines: [.text(g.text)]))
            for (n, item) in g.items.enumerated() {
              layout.paragraphs.append(ParagraphLayout(kind: .item, marker: StatuteNumber.item(n + 1), inlines: [.text(item)]))
            }
          }
        }
      }
      if options.annotated {
        layout.notes = annotator.notes(article: a)
        for (k, d) in input.diagnostics.enumerated()
        where d.file.path == c.file.path && d.range.lower >= art.span.lower && d.range.lower < max(art.span.upper, art.span.lower + 1) {
          layout.diagnostics.append(DocumentLayout.line(d, options.lang))
          inArticle[k] = true
        }
      }
      blocks.append(.article(layout))
    }
    emitDivisions(upTo: Int.max)
    if !options.toc { toc = [] }
    if options.annotated {
      notes = annotator.notes(article: nil)
      diagnostics = input.diagnostics.enumerated().filter { !inArticle[$0.offset] }.map { DocumentLayout.line($0.element, options.lang) }
    }
  }

  static func line(_ d: Diagnostic, _ lang: Language) -> DiagnosticLine {
    DiagnosticLine(severity: d.severity, code: d.code.id, message: d.message.text(lang), line: d.file.location(of: d.range.lower).line)
  }

  static func fileName(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    return name.hasSuffix(".weifa") ? String(name.dropLast(6)) : name
  }

  /// The 题注: who adopted the document and when, each later amendment in order, the 备案, and
  /// the date it takes effect when no article says so.
  static func caption(_ c: Charter, _ w: Words) -> [String] {
    let place = Place(c)
    var lines = [String]()
    if let a = c.adopted {
      let body = place.qualified(a.body)
      if let d = a.date {
        lines.append(w(StatuteText.date(d) + body + "通过", "Adopted by \(body) on \(StatuteText.iso(d))"))
      } else if let note = a.note, !note.isEmpty {
        lines.append(w(note, "\(body): \(note)"))
      } else if !body.isEmpty {
        lines.append(w(body + "通过", "Adopted by \(body)"))
      }
    }
    for m in c.amendments {
      let body = place.qualified(m.body)
      let verb = amendmentVerb(m.note)
      let date = m.date.map { StatuteText.date($0) } ?? ""
      lines.append(w(date + body + verb, "Amended by \(body)" + (m.date.map { " on " + StatuteText.iso($0) } ?? "") + (m.note.map { " (\($0))" } ?? "")))
    }
    if let f = c.filing, !f.organ.isEmpty {
      lines.append(w((f.date.map(StatuteText.date) ?? "") + "报" + f.organ + "备案", "Filed with \(f.organ)" + (f.date.map { " on " + StatuteText.iso($0) } ?? "")))
    }
    if let e = c.effective, !c.articles.contains(where: { a in a.paragraphs.contains { $0.text.contains("施行") } }) {
      lines.append(w("自" + StatuteText.date(e) + "起施行", "In force from \(StatuteText.iso(e))"))
    }
    return lines
  }

  /// 修订, 第一次修正, 依照《…》修订: the first clause of the note when it names the change, else 修正.
  static func amendmentVerb(_ note: String?) -> String {
    guard let note, !note.isEmpty else { return "修正" }
    let first = note.split(separator: "，", maxSplits: 1).first.map(String.init) ?? note
    if first.hasSuffix("修正") || first.hasSuffix("修订") { return first }
    return note.contains("修订") ? "修订" : "修正"
  }
}

/// Prose the model keeps no place for: the 序言 before the first heading and words under a
/// division heading before its first article, read back from the source lines.
struct SourceProse {
  let charter: Charter
  init(_ c: Charter) { charter = c }

  struct Line { var text: String; var span: TextRange }

  /// Where each heading starts, in order.
  var headingStarts: [Int] {
    (charter.divisions.map(\.span.lower) + charter.articles.map(\.headingSpan.lower)).sorted()
  }

  func preamble() -> [Line] {
    prose(from: 0, to: headingStarts.first ?? charter.file.bytes.count)
  }

  func divisionProse(_ d: Int) -> [Line] {
    guard charter.divisions.indices.contains(d) else { return [] }
    let div = charter.divisions[d]
    let start = div.span.upper
    let end = headingStarts.first { $0 > div.span.lower } ?? charter.file.bytes.count
    return prose(from: start, to: end)
  }

  func prose(from start: Int, to end: Int) -> [Line] {
    let file = charter.file
    guard start < end, !file.bytes.isEmpty else { return [] }
    var out = [Line]()
    var line = file.lineIndex(of: start)
    if file.lineStarts[line] < start { line += 1 }   // the heading's own line
    while line < file.lineStarts.count, file.lineStarts[line] < end {
      let range = file.lineRange(line)
      line += 1
      let raw = file.text(range)
      let trimmed = raw.stripping(" \t\u{3000}\r\u{FEFF}")
      guard let first = trimmed.first else { continue }
      if first == "@" || first == "＠" { continue }
      if first == "#" || first == "＃" {
        let next = trimmed.dropFirst().first
        if !(next?.isNumber ?? false) { continue }
      }
      // Keep the exact bytes of the prose so references (by byte span) line up.
      let lead = raw.prefix { " \t\u{3000}\u{FEFF}".contains($0) }.utf8.count
      out.append(Line(text: trimmed, span: TextRange(range.lower + lead, range.upper)))
    }
    return out
  }
}

extension String {
  func stripping(_ set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
