import WeifaBase
import WeifaSemantics

/// One self-contained HTML file: the style sheet inline, no script, no font or image to fetch
/// (a Content-Security-Policy forbids any), every piece of charter text escaped. The screen
/// layout reads on a phone; the print style sheet follows GB/T 9704—2012 (`HTMLStyle`).
package enum HTMLPrinter {
  package static func render(_ book: BookLayout) -> String {
    let w = Words(book.lang)
    var h = [String]()
    let pageTitle = book.title ?? book.documents.first?.title ?? "weifa"
    h += head(title: (book.draft ? w.draftBanner + " " : "") + pageTitle, lang: "zh-CN", css: HTMLStyle.css)
    var bodyClass = [String]()
    if book.annotated { bodyClass.append("annotated") }
    if book.draft { bodyClass.append("draft") }
    h.append(bodyClass.isEmpty ? "<body>" : "<body class=\"\(bodyClass.joined(separator: " "))\">")
    if book.draft { h.append("<div class=\"watermark\" aria-hidden=\"true\">" + escape(w("草稿", "DRAFT")) + "</div>") }
    h.append("<main class=\"book\">")
    if book.draft { h.append("<p class=\"draft-banner\" role=\"note\">" + escape(w.draftBanner) + "</p>") }
    let docHeading: Int
    if let title = book.title {
      h.append("<header class=\"cover\">")
      h.append("<h1 class=\"title\">" + escape(title) + "</h1>")
      h.append("<nav class=\"toc\" aria-label=\"" + escape(w.contents.replacingSpaces) + "\">")
      h.append("<h2 class=\"toc-title\">" + escape(w.contents) + "</h2>")
      h.append("<ol class=\"toc-list\">")
      for doc in book.documents {
        var li = "<li class=\"toc-doc\"><a href=\"#\(doc.anchor)\">" + escape(doc.title) + "</a>"
        if !doc.toc.isEmpty { li += tocList(doc.toc) }
        h.append(li + "</li>")
      }
      h.append("</ol>")
      h.append("</nav>")
      h.append("</header>")
      docHeading = 2
    } else {
      docHeading = 1
    }
    for doc in book.documents { document(doc, book: book, level: docHeading, w: w, into: &h) }
    h.append("</main>")
    h.append("</body>")
    h.append("</html>")
    return h.joined(separator: "\n") + "\n"
  }

  /// The document's start up to `</head>`: no script and nothing to fetch (the
  /// Content-Security-Policy allows the inline style sheet only). Shared with `weifa review`.
  static func head(title: String, lang: String, css: String) -> [String] {
    ["<!DOCTYPE html>", "<html lang=\"\(lang)\">", "<head>", "<meta charset=\"utf-8\">",
     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
     "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
     "<meta name=\"generator\" content=\"weifa\">", "<title>" + escape(title) + "</title>", "<style>", css, "</style>", "</head>"]
  }

  static func tocList(_ entries: [TOCEntry]) -> String {
    "<ol class=\"toc-sub\">" + entries.map { e in
      "<li class=\"toc-d\(e.depth)\"><a href=\"#\(e.anchor)\">" + escape(e.heading) + (e.title.isEmpty ? "" : "\u{3000}" + escape(e.title)) + "</a></li>"
    }.joined() + "</ol>"
  }

  static func document(_ doc: DocumentLayout, book: BookLayout, level: Int, w: Words, into h: inout [String]) {
    h.append("<article class=\"document\" id=\"\(doc.anchor)\">")
    h.append("<header class=\"doc-head\">")
    h.append("<h\(level) class=\"title\">" + escape(doc.title) + "</h\(level)>")
    if !doc.caption.isEmpty {
      h.append("<p class=\"caption\">" + w.open + doc.caption.map(escape).joined(separator: "<br>") + w.close + "</p>")
    }
    h.append("</header>")
    if book.title == nil, !doc.toc.isEmpty {
      h.append("<nav class=\"toc\" aria-label=\"" + escape(w.contents.replacingSpaces) + "\">")
      h.append("<h\(level + 1) class=\"toc-title\">" + escape(w.contents) + "</h\(level + 1)>")
      h.append(tocList(doc.toc))
      h.append("</nav>")
    }
    if book.annotated, let notes = notes(doc.notes, doc.diagnostics, generated: false, w: w) {
      h.append("<aside class=\"notes doc-notes\">" + notes + "</aside>")
    }
    if !doc.preamble.isEmpty {
      h.append("<section class=\"preamble\">")
      for p in doc.preamble { h.append("<p>" + inlines(p, book) + "</p>") }
      h.append("</section>")
    }
    for block in doc.blocks {
      switch block {
      case .division(let d):
        let hl = min(6, level + 1 + d.depth)
        h.append("<h\(hl) class=\"division \(StatuteNumber.levelName(d.level))\" id=\"\(d.anchor)\">" + escape(d.heading)
                 + (d.title.isEmpty ? "" : "\u{3000}" + escape(d.title)) + "</h\(hl)>")
        for p in d.prose { h.append("<p class=\"division-prose\">" + inlines(p, book) + "</p>") }
      case .article(let a):
        article(a, book: book, w: w, into: &h)
      }
    }
    if !doc.closing.isEmpty {
      h.append("<p class=\"signature\">" + doc.closing.map(escape).joined(separator: "<br>") + "</p>")
    }
    h.append("</article>")
  }

  static func article(_ a: ArticleLayout, book: BookLayout, w: Words, into h: inout [String]) {
    h.append("<section class=\"article\(a.generated ? " generated" : "")\" id=\"\(a.anchor)\">")
    h.append("<div class=\"prose\">")
    let head = a.heading.isEmpty && a.label == nil ? ""
      : "<b class=\"art-no\">" + escape(a.heading) + (a.label.map { "<span class=\"art-label\">【" + escape($0) + "】</span>" } ?? "") + "</b>"
    if a.paragraphs.isEmpty { h.append("<p>" + head + "</p>") }
    for (i, p) in a.paragraphs.enumerated() {
      let cls: String
      switch p.kind {
      case .paragraph: cls = ""
      case .item: cls = " class=\"item\""
      case .subitem: cls = " class=\"subitem\""
      }
      // 第一条　…, but 第一条【宗旨】… and 一、… : the bracket or the mark already leaves room.
      let gap = a.gap
      h.append("<p\(cls)>" + (i == 0 ? head + gap : "") + escape(p.marker) + inlines(p.inlines, book) + "</p>")
    }
    h.append("</div>")
    if book.annotated, let notes = notes(a.notes, a.diagnostics, generated: a.generated, w: w) {
      h.append("<aside class=\"notes\">" + notes + "</aside>")
    }
    h.append("</section>")
  }

  static func notes(_ notes: [Note], _ diags: [DiagnosticLine], generated: Bool, w: Words) -> String? {
    var items = [String]()
    if generated {
      items.append("<li class=\"note-generated\"><b>" + escape(w("说明", "Note")) + "</b>" + escape(w("本条文字依据结构化规则生成", "the text of this article was generated from its rules")) + "</li>")
    }
    for n in notes { items.append("<li><b>" + escape(n.tag) + "</b>" + escape(n.text) + "</li>") }
    for d in diags {
      items.append("<li class=\"diag \(d.severity.english)\"><b>" + escape(w.severity(d.severity) + " " + d.code) + "</b>" + escape(d.message)
                   + "<span class=\"line\">" + escape(w("（第\(d.line)行）", " (line \(d.line))")) + "</span></li>")
    }
    return items.isEmpty ? nil : "<ul>" + items.joined() + "</ul>"
  }

  static func inlines(_ xs: [Inline], _ book: BookLayout) -> String {
    xs.map { x -> String in
      switch x {
      case .text(let s): return escape(s)
      case .ref(let printed, let written, let target):
        let title = printed == written ? "" : " title=\"" + escape(written) + "\""
        if let t = target, let anchor = book.anchor(t) {
          return "<a class=\"ref\" href=\"#\(anchor)\"\(title)>" + escape(printed) + "</a>"
        }
        return title.isEmpty ? escape(printed) : "<span class=\"ref\"\(title)>" + escape(printed) + "</span>"
      }
    }.joined()
  }

  /// Escapes text for HTML content and attribute values (the one escaper, `XMLText`).
  package static func escape(_ s: String) -> String { XMLText.escape(s, html: true) }
}
