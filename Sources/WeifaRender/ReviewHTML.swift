import WeifaBase
import WeifaSemantics

/// `weifa review --format html`: the opinions as one self-contained file for print — the print
/// style sheet of `build --to html` (`HTMLStyle`: A4, GB/T 9704 margins, 仿宋 body, 小标宋 title)
/// and a few rules of its own (`css`), no script, nothing fetched (a Content-Security-Policy
/// forbids it). Several charters get a summary first (a table of charters × classes, the worst
/// clauses first), each entry linking to the opinion's anchor; every opinion starts a new page
/// and ends with the signature block (审查人、审查日期、盖章).
package enum ReviewHTMLPrinter {
  package static func render(_ book: ReviewBook) -> String {
    let w = Words(book.lang)
    var h = [String]()
    let pageTitle = book.hasSummary ? w("合法性审查意见", "Legality review") : book.opinions.first.map { ReviewWords.title($0, w) } ?? "weifa"
    h += HTMLPrinter.head(title: pageTitle, lang: book.lang == .zh ? "zh-CN" : "en", css: HTMLStyle.css + "\n" + css)
    h.append("<body class=\"review\">")
    h.append("<main class=\"book\">")
    if book.hasSummary { summary(book, w, &h) }
    for o in book.opinions { opinion(o, w, &h) }
    h.append("</main>")
    h.append("</body>")
    h.append("</html>")
    return h.joined(separator: "\n") + "\n"
  }

  static func e(_ s: String) -> String { HTMLPrinter.escape(s) }

  static func summary(_ book: ReviewBook, _ w: Words, _ h: inout [String]) {
    h.append("<section class=\"document summary\" id=\"summary\">")
    h.append("<header class=\"doc-head\"><h1 class=\"title\">" + e(w("合法性审查汇总", "Legality review: summary")) + "</h1></header>")
    h.append("<p class=\"tally\">" + e(ReviewWords.tally(book, w)) + "</p>")
    let classes = ReviewWords.classes(book)
    h.append("<table class=\"grid\">")
    var head = "<thead><tr><th>" + e(w("规约", "Charter")) + "</th><th>" + e(w("结论", "Conclusion")) + "</th>"
    for c in classes { head += "<th class=\"class\" title=\"" + e(c.summary.text(w.lang)) + "\">" + e(c.id) + "</th>" }
    head += "<th class=\"family\">" + e(w("程序", "Procedure")) + "</th><th class=\"family\">" + e(w("文本", "Text")) + "</th></tr></thead>"
    h.append(head)
    h.append("<tbody>")
    for o in book.opinions {
      var row = "<tr><td class=\"name\"><a href=\"#\(o.anchor)\">《" + e(o.title) + "》</a></td>"
      row += "<td class=\"verdict \(o.conclusion.rawValue)\">" + e(o.conclusion.name.text(w.lang)) + "</td>"
      let cells = classes.map { c in o.findings(in: .legality).filter { $0.code?.id == c.id } } + [o.findings(in: .procedure), o.findings(in: .text)]
      for fs in cells { row += cell(fs) }
      h.append(row + "</tr>")
    }
    h.append("</tbody>")
    h.append("</table>")
    if !classes.isEmpty {
      h.append("<ul class=\"legend\">")
      for c in classes { h.append("<li><b>" + e(c.id) + "</b>" + e(c.summary.text(w.lang)) + "</li>") }
      h.append("</ul>")
    }
    for s in book.skipped {
      h.append("<p class=\"skipped\">" + e(w("未审查：", "Not reviewed: ") + s.path + w("（\(s.text.zh)）", " (\(s.text.en))")) + "</p>")
    }
    let worst = ReviewWords.worst(book)
    if !worst.isEmpty {
      h.append("<h2 class=\"division\">" + e(w("问题条款（最严重的在前）", "The clauses found, the worst first")) + "</h2>")
      h.append("<ol class=\"worst\">")
      for (o, f) in worst {
        let place = "《\(o.title)》" + (f.article.map { w($0.zh, " " + $0.en) } ?? "")
        h.append("<li class=\"\(f.severity.english)\"><a href=\"#\(f.anchor)\">" + e(place) + "</a> " + e(ReviewWords.tag(f, w)) + e(f.message.text(w.lang)) + "</li>")
      }
      h.append("</ol>")
    }
    h.append("</section>")
  }

  /// A table cell: how many findings of a class, marked by the worst of them.
  static func cell(_ fs: [ReviewFinding]) -> String {
    guard let worst = fs.map(\.severity).max() else { return "<td class=\"n\"></td>" }
    return "<td class=\"n \(worst.english)\">\(fs.count)</td>"
  }

  static func opinion(_ o: ReviewOpinion, _ w: Words, _ h: inout [String]) {
    h.append("<article class=\"document opinion\" id=\"\(o.anchor)\">")
    h.append("<header class=\"doc-head\"><h1 class=\"title\">" + e(ReviewWords.title(o, w)) + "</h1></header>")
    h.append("<h2 class=\"division\">" + e(ReviewWords.chapter(0, w)) + "</h2>")
    h.append("<dl class=\"facts\">")
    var facts: [(String, String)] = [
      (w("名称", "Title"), "《\(o.title)》"), (w("类型", "Kind"), o.kind.map { w($0, "“\($0)”") } ?? w("未载明", "not stated")),
      (w("制定", "Adopted"), o.adoption.map { ReviewWords.adoption($0, w) } ?? w("没有通过记录", "no adoption record")),
    ]
    for m in o.amendments { facts.append((w("修改", "Amended"), ReviewWords.adoption(m, w))) }
    facts.append((w("备案", "Filing"), ReviewWords.filing(o, w)))
    if let d = o.effective { facts.append((w("施行", "In force"), StatuteText.date(d, w.lang))) }
    facts.append((w("文件", "File"), o.path))
    for (k, v) in facts { h.append("<dt>" + e(k) + "</dt><dd>" + e(v) + "</dd>") }
    h.append("</dl>")
    h.append("<h2 class=\"division\">" + e(ReviewWords.chapter(1, w)) + "</h2>")
    h.append("<ol class=\"basis\">")
    for line in ReviewWords.basisLines(o.basis, w) { h.append("<li>" + e(line) + "</li>") }
    h.append("</ol>")
    h.append("<h2 class=\"division\">" + e(ReviewWords.chapter(2, w)) + "</h2>")
    for s in ReviewSection.allCases {
      let fs = o.findings(in: s)
      h.append("<h3 class=\"section-head\">" + e(ReviewWords.sectionHeading(s, w)) + "<span class=\"count\">" + e(ReviewWords.counts(fs, w)) + "</span></h3>")
      for f in fs { finding(f, w, &h) }
    }
    // The conclusion and the signature block stay together on one page.
    h.append("<section class=\"closing\">")
    h.append("<h2 class=\"division\">" + e(ReviewWords.chapter(3, w)) + "</h2>")
    h.append("<p class=\"conclusion \(o.conclusion.rawValue)\">" + e(w(o.conclusion.name.zh, ReviewWords.sentence(o.conclusion.name.en))) + "</p>")
    for r in o.reasons { h.append("<p>" + e(r.text(w.lang)) + "</p>") }
    h.append("<p class=\"rule\">" + e(ReviewRule.text.text(w.lang)) + "</p>")
    h.append("<div class=\"sign\">")
    for line in ReviewWords.signature(w) { h.append("<p>" + e(line) + "</p>") }
    h.append("</div>")
    h.append("</section>")
    h.append("</article>")
  }

  static func finding(_ f: ReviewFinding, _ w: Words, _ h: inout [String]) {
    h.append("<section class=\"finding \(f.severity.english)\" id=\"\(f.anchor)\">")
    var head = "<p class=\"finding-head\">"
    if let a = f.article { head += "<span class=\"art-no\">" + e(a.text(w.lang)) + "</span> " }
    head += "<span class=\"tag\">" + e(ReviewWords.tag(f, w)) + "</span>" + e(f.message.text(w.lang)) + "</p>"
    h.append(head)
    if !f.quoted.isEmpty {
      h.append("<blockquote class=\"quote\">" + e(f.quote.before) + "<mark>" + e(f.quote.marked) + "</mark>" + e(f.quote.after) + "</blockquote>")
    }
    var rows = [(String, String)]()
    if let why = f.why { rows.append((ReviewWords.whyLabel(f, w), why.text(w.lang))) }
    if !f.basis.isEmpty { rows.append((w("依据", "Basis"), ReviewWords.basisInline(f.basis, w))) }
    if let s = f.suggestion { rows.append((w("建议修改为", "Suggested wording"), s.text(w.lang))) }
    rows.append((w("位置", "Where"), w("第\(f.line)行第\(f.column)列", "line \(f.line), column \(f.column)")))
    for (k, v) in rows { h.append("<p class=\"row\"><b>" + e(k) + "</b>" + e(v) + "</p>") }
    h.append("</section>")
  }

  /// The rules of the opinion beyond the edition's style sheet.
  static let css = """
  .review p.row, .review .finding-head, .review .tally, .review .skipped, .review .rule, .review .sign p { text-indent: 0; }
  .review .facts { display: grid; grid-template-columns: max-content 1fr; column-gap: 1em; margin: 0 0 0.5em 2em; }
  .review .facts dt { font-family: var(--hei); }
  .review .facts dd { margin: 0; overflow-wrap: anywhere; }
  .review ol.basis, .review ol.worst { margin: 0 0 0.5em 2em; padding-left: 1.5em; }
  .review .section-head { font-family: var(--kai); font-size: 1em; margin: 0.6em 0 0.2em 2em; }
  .review .section-head .count { margin-left: 1em; font-family: var(--fangsong); color: #444; }
  .review .finding { margin: 0.3em 0 0.8em 2em; padding-left: 0.8em; border-left: 3px solid #b9ad94; break-inside: avoid; page-break-inside: avoid; }
  .review .finding.error { border-left-color: #a40000; }
  .review .finding.warning { border-left-color: #c08a00; }
  .review .finding .tag { font-family: var(--hei); margin-right: 0.3em; }
  .review .finding.error .tag, .review li.error { color: #a40000; }
  .review .finding.warning .tag { color: #8a5a00; }
  .review .quote { margin: 0.2em 0; padding: 0.1em 0.6em; font-family: var(--kai); background: #f6f4ee; }
  .review .quote mark { background: none; border-bottom: 2px solid #a40000; color: inherit; }
  .review p.row { text-align: left; }
  .review p.row b { font-family: var(--hei); font-weight: normal; margin-right: 0.5em; }
  .review .conclusion { font-family: var(--hei); font-size: 1.2em; text-indent: 2em; margin: 0.3em 0; }
  .review .conclusion.refuse, .review td.verdict.refuse { color: #a40000; }
  .review .conclusion.amend, .review td.verdict.amend { color: #8a5a00; }
  .review .rule { font-size: 0.85em; line-height: 1.6; color: #444; margin-top: 0.6em; }
  .review .sign { margin: 2.5em 0 0 45%; white-space: nowrap; }
  .review .sign p { line-height: 2.4; }
  .review table.grid { border-collapse: collapse; width: 100%; font-size: 0.8em; line-height: 1.5; margin: 0.5em 0; }
  .review table.grid th, .review table.grid td { border: 1px solid #888; padding: 0.15em 0.3em; text-align: center; }
  .review table.grid td.name { text-align: left; min-width: 6em; }
  .review table.grid td.verdict { white-space: nowrap; }
  .review table.grid th.class, .review table.grid th.family { writing-mode: vertical-rl; white-space: nowrap; padding: 0.3em 0.1em; font-weight: normal; }
  .review table.grid td.n { min-width: 1.4em; padding: 0.15em 0.1em; }
  .review table.grid td.n.error { background: #f3d6d6; }
  .review table.grid td.n.warning { background: #f6ead0; }
  .review table.grid a, .review ol.worst a { color: inherit; }
  .review ul.legend { list-style: none; margin: 0.3em 0 0.8em; padding: 0; font-size: 0.8em; line-height: 1.6; }
  .review ul.legend b { font-family: var(--hei); font-weight: normal; margin-right: 0.5em; }
  .review .summary + .opinion, .review .opinion + .opinion { break-before: page; page-break-before: always; }
  @media print {
    .review .finding, .review .quote { letter-spacing: 0; }
    .review p.row, .review .quote, .review .finding-head { font-size: 14pt; line-height: 1.6; }
    .review table.grid { font-size: 9pt; letter-spacing: 0; }
    .review table.grid td.n.error { background: none; font-weight: bold; }
    .review table.grid td.n.warning { background: none; }
    .review .closing { break-inside: avoid; page-break-inside: avoid; }
    .review ol.worst, .review ol.basis li, .review .facts { font-size: 14pt; line-height: 1.6; }
    .review ol.worst { font-size: 12pt; }
  }
  """
}
