import WeifaBase
import WeifaSemantics

/// The charter as adopted, in plain text: every prose and heading line exactly as written —
/// numbering, brackets, punctuation, spacing — and nothing that is not in the source, unless asked
/// for: `--caption` (the 题注 from `@通过`, `@备案`, `@施行`), `--toc` (目录), `--labels` (labels
/// given by `@条标`) and `--generated-prose` (text for articles written only as rules).
/// `weifa import X.txt` followed by this printer gives back X.txt.
package enum FaithfulTextPrinter {
  package static func render(_ inputs: [RenderInput], in ws: Workspace, options: RenderOptions) -> String {
    let w = Words(options.lang)
    let valid = inputs.filter { ws.charters.indices.contains($0.index) }
    var out = [String]()
    if options.draft { out += ["【" + w.draftBanner + "】", ""] }
    if valid.count > 1, let book = BookLayout.bundleTitle(valid.map(\.index), ws) {
      out += [book, ""]
      if options.toc {
        out += [w.contents]
        for input in valid {
          let c = ws.charters[input.index]
          out.append(c.title ?? DocumentLayout.fileName(c.file.path))
          for line in c.printedLines where line.role == .heading {
            out.append(String(repeating: "\u{3000}", count: 2 * line.level) + c.file.text(line.range).trimmingSpaces())
          }
        }
        out.append("")
      }
    }
    for (k, input) in valid.enumerated() {
      if k > 0 { out += ["", ""] }
      document(ws, input.index, options: options, standalone: valid.count == 1, w: w, into: &out)
    }
    while out.last == "" { out.removeLast() }
    return out.joined(separator: "\n") + "\n"
  }

  static func document(_ ws: Workspace, _ i: Int, options: RenderOptions, standalone: Bool, w: Words, into out: inout [String]) {
    let c = ws.charters[i]
    let printed = c.printedLines
    var lines = printed[...]
    // The title: the document's own title line, else @标题 (else the file name).
    var head = [String]()
    if c.titleLine == nil {
      head.append(c.title.flatMap { $0.isEmpty ? nil : $0 } ?? DocumentLayout.fileName(c.file.path))
    } else if let first = lines.first {
      head.append(c.file.text(first.range))
      lines = lines.dropFirst()
    }
    if options.caption {
      head += DocumentLayout.caption(c, w).map { w.open + $0 + w.close }
    }
    if options.toc && standalone {
      let headings = printed.filter { $0.role == .heading }
      if !headings.isEmpty {
        head += ["", w.contents]
        head += headings.map { String(repeating: "\u{3000}", count: 2 * max($0.level - 1, 0)) + c.file.text($0.range).trimmingSpaces() }
      }
    }
    out += head
    // A blank line after the title when the source gives none and the title was not written as prose.
    if c.titleLine == nil || options.caption || options.toc, let next = lines.first, next.role != .blank { out.append("") }
    let generator = options.generatedProse ? GeneratedProse(workspace: ws, index: i) : nil
    let printer = ReferencePrinter(workspace: ws, charterIndex: i, faithful: true)
    for line in lines {
      if line.role == .blank { out.append(""); continue }
      var text = FaithfulTextPrinter.text(line, c, printer)
      if line.opensArticle, let a = line.article, c.articles.indices.contains(a) {
        let art = c.articles[a]
        if options.labels, art.labelHidden, let label = art.label {
          let cut = max(0, min(line.markEnd, line.range.upper) - line.range.lower)
          let bytes = Array(text.utf8)
          text = String(decoding: bytes[..<cut], as: UTF8.self) + "【" + label + "】" + String(decoding: bytes[cut...], as: UTF8.self)
        }
        if let generator, !art.hasProse {
          let generated = generator.paragraphs(article: a)
          if let first = generated.first {
            out.append(text + "\u{3000}" + first.text)
            for (n, item) in first.items.enumerated() { out.append(StatuteNumber.item(n + 1) + item) }
            for g in generated.dropFirst() {
              out.append(g.text)
              for (n, item) in g.items.enumerated() { out.append(StatuteNumber.item(n + 1) + item) }
            }
            continue
          }
        }
      }
      out.append(text)
    }
  }

  /// A line as written, except what the drafter left to Weifa: a number written ？ (第？条, （？）,
  /// ？.) gets its number, and a reference by label alone (【宗旨】) or by ？ prints as the article
  /// it names (第一条). Numbers the drafter wrote stay as written, even when out of order (WF2001
  /// reports them; `--typeset` renumbers).
  static func text(_ line: PrintedLine, _ c: Charter, _ printer: ReferencePrinter) -> String {
    let raw = c.file.text(line.range)
    var head = "", body = raw
    if let mark = line.mark, mark.contains("？") || mark.contains("?"), line.markEnd > line.range.lower {
      let cut = line.markEnd - line.range.lower
      let bytes = Array(raw.utf8)
      guard cut <= bytes.count else { return raw }
      let lead = String(decoding: bytes[..<cut], as: UTF8.self)
      body = String(decoding: bytes[cut...], as: UTF8.self)
      var number = line.ordinal
      if line.role == .article || line.role == .heading, let a = line.article, c.articles.indices.contains(a) { number = c.articles[a].number }
      head = numbered(lead, line.role == .subitem || mark.hasSuffix(".") || mark.hasSuffix("．") ? String(number) : ChineseNumeral.format(number))
      if line.role == .heading, let d = line.division, c.divisions.indices.contains(d) {
        head = numbered(lead, ChineseNumeral.format(StatuteNumber.number(of: c.divisions[d], in: c)))
      }
      return head + resolved(body, span: TextRange(line.markEnd, line.range.upper), printer)
    }
    return resolved(body, span: line.range, printer)
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
