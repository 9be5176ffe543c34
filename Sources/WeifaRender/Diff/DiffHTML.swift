import WeifaBase
import WeifaSemantics
import WeifaEvaluator

/// The 修订对照表 as one self-contained HTML file, printable on A4 (the print style of the HTML
/// edition, `HTMLStyle`, with a three-column table in a smaller size: 修改前 | 修改后 | 说明, as
/// LAW.md §7 describes the 对照文本). Deleted words are struck through (`<del>`) in the 修改前
/// column, added words underlined (`<ins>`) in the 修改后 column, and a reference rewritten
/// only because of renumbering is dotted (`<span class="renum">`) with its old words as a title.
package enum DiffHTML {
  static let css = """
  .diff-meta { text-indent: 0; font-size: 0.85em; margin: 0 0 0.6em; }
  .diff-note { text-indent: 0; font-size: 0.8em; color: #444; margin: 0.3em 0 0.8em; }
  .diff-warning { text-indent: 0; color: #a40000; font-family: var(--hei); margin: 0.5em 0; }
  table.diff { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 0.8em; line-height: 1.6; margin: 0.5em 0 1em; }
  table.diff th, table.diff td { border: 1px solid #555; padding: 0.3em 0.45em; vertical-align: top; text-align: left; overflow-wrap: anywhere; white-space: pre-wrap; }
  table.diff th { font-family: var(--hei); font-weight: normal; text-align: center; background: #f2efe8; }
  table.diff col.c-old, table.diff col.c-new { width: 42%; }
  table.diff col.c-note { width: 16%; }
  table.diff td.note { font-size: 0.9em; }
  table.diff thead { display: table-header-group; }
  table.diff tr { break-inside: avoid; page-break-inside: avoid; }
  del { text-decoration: line-through; text-decoration-thickness: 1.5px; color: #a40000; }
  ins { text-decoration: underline; text-decoration-thickness: 1.5px; color: #0b5a1e; }
  .renum { border-bottom: 1px dotted #2d5a8a; }
  .empty { color: #888; }
  h2.diff-section { font-family: var(--hei); font-size: 1em; margin: 1em 0 0.3em; }
  @media print {
    table.diff { font-size: 12pt; line-height: 1.5; }
    del, ins { color: #000; }
    th { background: none; }
  }
  """

  package static func render(_ r: DiffReport) -> String {
    var h = [String]()
    let title = r.documents.count == 1 ? "《\(r.documents[0].title)》" + r.w("修订对照表", " — table of amendments") : r.w("修订对照表", "Table of amendments")
    h.append("<!DOCTYPE html>")
    h.append("<html lang=\"\(r.lang == .zh ? "zh-CN" : "en")\">")
    h.append("<head>")
    h.append("<meta charset=\"utf-8\">")
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
    h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
    h.append("<meta name=\"generator\" content=\"weifa\">")
    h.append("<title>" + esc(title) + "</title>")
    h.append("<style>")
    h.append(HTMLStyle.css)
    h.append(css)
    h.append("</style>")
    h.append("</head>")
    h.append("<body>")
    h.append("<main class=\"book\">")
    h.append("<h1 class=\"title\">" + esc(title) + "</h1>")
    h.append("<p class=\"diff-note\">" + esc(r.w("删去的文字加删除线，增加的文字加下划线；虚线标出只因条号变动而改写的引用和项的序号（不是实质修改）。",
                                                   "Deleted words are struck through, added words underlined; a dotted line marks a reference or an item's number rewritten only because of renumbering (not a change of substance).")) + "</p>")
    for doc in r.documents {
      h.append("<section class=\"document\">")
      if r.documents.count > 1 || doc.comparison == nil {
        h.append("<h2 class=\"diff-section\">" + esc("《\(doc.title)》" + (doc.old == nil ? r.w("（新增文件）", " (document added)") : doc.new == nil ? r.w("（删除文件）", " (document deleted)") : "")) + "</h2>")
      }
      guard let cmp = doc.comparison else { h.append("</section>"); continue }
      h.append("<p class=\"diff-meta\">" + esc(r.w("修改前：", "Before: ") + r.versionLine(cmp.old) + "　" + cmp.old.file.path) + "<br>"
               + esc(r.w("修改后：", "After: ") + r.versionLine(cmp.new) + "　" + cmp.new.file.path) + "<br>" + esc(r.summary(cmp)) + "</p>")
      if cmp.nothingAligned {
        h.append("<p class=\"diff-warning\">" + esc(r.w("两个文件没有一处条文能够对应：它们不像同一规约的两个版本。以下全部列为删除和新增。",
                                                        "Nothing in one document matches anything in the other: they do not look like two versions of one charter. Everything is listed as deleted and added.")) + "</p>")
      }
      h.append("<table class=\"diff\">")
      h.append("<colgroup><col class=\"c-old\"><col class=\"c-new\"><col class=\"c-note\"></colgroup>")
      h.append("<thead><tr><th>" + esc(r.w("修改前", "Before")) + "</th><th>" + esc(r.w("修改后", "After")) + "</th><th>" + esc(r.w("说明", "Note")) + "</th></tr></thead>")
      h.append("<tbody>")
      for row in r.shown(cmp) {
        let old = row.oldUnit == nil ? "<span class=\"empty\">" + esc(r.w("（无）", "(none)")) + "</span>" : cmp.side(row, old: true, mark)
        let new = row.newUnit == nil ? "<span class=\"empty\">" + esc(r.w("（删去）", "(deleted)")) + "</span>" : cmp.side(row, old: false, mark)
        h.append("<tr><td>" + old + "</td><td>" + new + "</td><td class=\"note\">" + esc(r.citation(row) + "\n" + r.marks(row).joined(separator: r.w("，", ", "))) + "</td></tr>")
      }
      h.append("</tbody></table>")
      let renumbered = r.renumberedOnly(cmp)
      if !renumbered.isEmpty {
        h.append("<p class=\"diff-note\">" + esc(r.w("条号变动、内容未改（\(renumbered.count)）：", "Renumbered, text unchanged (\(renumbered.count)): ")
                                                  + renumbered.map { ($0.oldUnit?.citation ?? "") + "→" + ($0.newUnit?.citation ?? "") }.joined(separator: r.w("、", ", "))) + "</p>")
      }
      if !doc.impacts.isEmpty {
        h.append("<h2 class=\"diff-section\">" + esc(r.w("哪些人受影响", "What changes for whom")) + "</h2>")
        h.append("<table class=\"diff impact\">")
        h.append("<thead><tr><th>" + esc(r.w("条文与变动", "Provision and change")) + "</th><th>" + esc(r.w("示例（由求值器计算）", "Sample (computed by the evaluator)")) + "</th><th>" + esc(r.w("修改前 → 修改后", "Before → after")) + "</th></tr></thead>")
        h.append("<tbody>")
        for i in doc.impacts {
          let place = i.newCitation ?? i.oldCitation.map { r.w("原", "former ") + $0 } ?? ""
          let what = i.name + (place.isEmpty ? "" : "\n" + place) + "\n" + i.parts.map { r.englishPart($0) }.joined(separator: r.w("、", ", "))
          var result = [String]()
          if let b = i.before, let a = i.after { result.append(b.text(r.lang) + " → " + a.text(r.lang)) }
          if let note = i.note { result.append(r.w("（", "(") + note.text(r.lang) + r.w("）", ")")) }
          h.append("<tr><td>" + esc(what) + "</td><td>" + esc(i.sample?.text(r.lang) ?? "") + "</td><td>" + esc(result.joined(separator: "\n")) + "</td></tr>")
          for m in i.more {
            h.append("<tr><td></td><td>" + esc(m.sample.text(r.lang)) + "</td><td>" + esc(m.before.text(r.lang) + " → " + m.after.text(r.lang)) + "</td></tr>")
          }
        }
        h.append("</tbody></table>")
      }
      h.append("</section>")
    }
    h.append("</main>")
    h.append("</body>")
    h.append("</html>")
    return h.joined(separator: "\n") + "\n"
  }

  static func esc(_ s: String) -> String { HTMLPrinter.escape(s) }

  /// How a run is marked in HTML (the words escaped).
  static func mark(_ op: Comparison.Segment.Op, _ words: String, _ old: String) -> String {
    switch op {
    case .same: return esc(words)
    case .deleted: return "<del>" + esc(words) + "</del>"
    case .inserted: return "<ins>" + esc(words) + "</ins>"
    case .renumbered: return "<span class=\"renum\" title=\"" + esc(old) + "\">" + esc(words) + "</span>"
    }
  }
}
