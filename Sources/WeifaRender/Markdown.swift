import WeifaBase
import WeifaSemantics

/// Markdown (CommonMark): the title as a heading, the 题注 under it, chapters as headings, one
/// Markdown paragraph per 款, 项 and 目; the annotated edition adds a quote block after each
/// article. All charter text is escaped, so a `*` or `<` in a charter prints as itself.
package enum MarkdownPrinter {
  package static func render(_ book: BookLayout) -> String {
    let w = Words(book.lang)
    var out = [String]()
    if book.draft { out.append("> **" + w.draftBanner + "**") }
    let docLevel: Int
    if let title = book.title {
      out.append("# " + escape(title))
      out.append("**" + w.contents.replacingSpaces + "**")
      var list = [String]()
      for doc in book.documents {
        list.append("- " + escape(doc.title))
        for e in doc.toc { list.append(String(repeating: "  ", count: e.depth + 1) + "- " + escape(heading(e.heading, e.title))) }
      }
      out.append(list.joined(separator: "\n"))
      docLevel = 2
    } else {
      docLevel = 1
    }
    for doc in book.documents {
      out.append(String(repeating: "#", count: docLevel) + " " + escape(doc.title))
      if !doc.caption.isEmpty {
        let lines = doc.caption.enumerated().map { i, l in (i == 0 ? w.open : "") + escape(l) + (i == doc.caption.count - 1 ? w.close : "") }
        out.append(lines.joined(separator: "\\\n"))
      }
      if book.title == nil, !doc.toc.isEmpty {
        out.append("**" + w.contents.replacingSpaces + "**")
        out.append(doc.toc.map { String(repeating: "  ", count: $0.depth) + "- " + escape(heading($0.heading, $0.title)) }.joined(separator: "\n"))
      }
      if book.annotated, let q = quote(doc.notes, doc.diagnostics, w: w) { out.append(q) }
      for p in doc.preamble { out.append(escape(p.plain)) }
      for block in doc.blocks {
        switch block {
        case .division(let d):
          out.append(String(repeating: "#", count: min(6, docLevel + 1 + d.depth)) + " " + escape(heading(d.heading, d.title)))
          for p in d.prose { out.append(escape(p.plain)) }
        case .article(let a):
          let number = a.heading + (a.label.map { "【\($0)】" } ?? "")
          let head = number.isEmpty ? "" : "**" + escape(number) + "**"
          if a.paragraphs.isEmpty && !head.isEmpty { out.append(head) }
          for (i, p) in a.paragraphs.enumerated() {
            out.append((i == 0 && !head.isEmpty ? head + (a.label == nil ? a.gap : "\u{3000}") : "") + escape(p.marker + p.inlines.plain))
          }
          if book.annotated {
            var notes = a.notes
            if a.generated { notes.insert(Note(tag: w("说明", "Note"), text: w("本条文字依据结构化规则生成", "the text of this article was generated from its rules")), at: 0) }
            if let q = quote(notes, a.diagnostics, w: w) { out.append(q) }
          }
        }
      }
      if !doc.closing.isEmpty { out.append(doc.closing.map(escape).joined(separator: "  \n")) }
    }
    return out.joined(separator: "\n\n") + "\n"
  }

  static func quote(_ notes: [Note], _ diags: [DiagnosticLine], w: Words) -> String? {
    var lines = notes.map { "> - **" + escape($0.tag) + "**　" + escape($0.text) }
    lines += diags.map { "> - **" + escape(w.severity($0.severity) + " " + $0.code) + "**　" + escape($0.message) + w("（第\($0.line)行）", " (line \($0.line))") }
    return lines.isEmpty ? nil : lines.joined(separator: "\n")
  }

  static func heading(_ h: String, _ title: String) -> String { title.isEmpty ? h : h + "\u{3000}" + title }

  /// Backslash-escapes Markdown punctuation, and a line start that would open a list or heading.
  package static func escape(_ s: String) -> String {
    var out = ""
    for ch in s {
      if "\\`*_[]<>#|~!&".contains(ch) { out.append("\\") }
      out.append(ch)
    }
    // 1. or 1) at the start of a line would open an ordered list; - + = a bullet or a heading.
    let digits = out.prefix { $0.isASCII && $0.isNumber }.count
    if digits > 0, let next = out.dropFirst(digits).first, next == "." || next == ")" {
      return String(out.prefix(digits)) + "\\" + String(out.dropFirst(digits))
    }
    if let f = out.first, "-+=".contains(f) { return "\\" + out }
    return out
  }
}

extension String {
  /// 目　　录 → 目录 for a Markdown label.
  var replacingSpaces: String { String(filter { $0 != "\u{3000}" }) }
}
