import WeifaBase
import WeifaSemantics
import WeifaEvaluator

/// `weifa diff OLD NEW --to docx -o FILE.docx`: the 修订对照表 as a Word document, with the
/// package, fonts, A4 page and footers of `weifa build --to docx` (`DocxParts`, zipped by
/// `ZipWriter`). Each document is a table of two columns, 修改前 | 修改后 (the header row repeats on
/// every page); above each pair of cells a row across both columns names the article and what
/// happened to it (修改、新增、移动、条号变动 …, the items too). Deleted words are struck through in
/// the 修改前 cell, added words underlined in the 修改后 cell, and a reference (or an item's
/// number) rewritten only because of renumbering is underlined with dots and followed by
/// 〔原…〕. The cells are set in 仿宋_GB2312 小四 (12 pt), the names in 黑体; what changes for
/// whom follows the table, one numbered paragraph a change.
package enum DiffDocx {
  /// The text block of the page (A4 less the margins of `DocxParts.sectionProperties`), in twips.
  static let width = 11906 - 1587 - 1474
  /// 小四 (12 pt) in half-points, and its exact line pitch in twips (1.5 lines).
  static let cellSize = 24, cellPitch = 360
  /// The 〔原…〕 after a renumbered reference: 小五 (9 pt).
  static let noteSize = 18

  package static func render(_ r: DiffReport) -> [UInt8] {
    let title = r.documents.count == 1 ? "《\(r.documents[0].title)》" + r.w("修订对照表", " — table of amendments") : r.w("修订对照表", "Table of amendments")
    var x = DocxParts.header + "<w:document \(DocxParts.namespaces(relationships: true))><w:body>"
    x += styled("Title", run(title))
    x += plain(r.w("删去的文字加删除线，增加的文字加下划线；加点线并注〔原…〕的是只因条号变动而改写的引用或项的序号（不是实质修改）。",
                   "Deleted words are struck through, added words underlined; dotted with [was …]: a reference or item number rewritten only because of renumbering (not a change of substance)."))
    for doc in r.documents {
      if r.documents.count > 1 || doc.comparison == nil {
        x += styled("Heading1", run("《\(doc.title)》" + (doc.old == nil ? r.w("（新增文件）", " (document added)") : doc.new == nil ? r.w("（删除文件）", " (document deleted)") : "")))
      }
      guard let cmp = doc.comparison else { continue }
      x += plain(r.w("修改前：", "Before: ") + r.versionLine(cmp.old) + "　" + cmp.old.file.path)
      x += plain(r.w("修改后：", "After: ") + r.versionLine(cmp.new) + "　" + cmp.new.file.path)
      x += plain(r.summary(cmp))
      if cmp.nothingAligned {
        x += plain(r.w("两个文件没有一处条文能够对应：它们不像同一规约的两个版本。以下全部列为删除和新增。",
                       "Nothing in one document matches anything in the other: they do not look like two versions of one charter. Everything is listed as deleted and added."), bold: true)
      }
      x += table(r, cmp)
      let renumbered = r.renumberedOnly(cmp)
      if !renumbered.isEmpty {
        x += plain(r.w("条号变动、内容未改（\(renumbered.count)）：", "Renumbered, text unchanged (\(renumbered.count)): ")
                   + renumbered.map { ($0.oldUnit?.citation ?? "") + "→" + ($0.newUnit?.citation ?? "") }.joined(separator: r.w("、", ", ")))
      }
      if !doc.impacts.isEmpty {
        x += styled("Heading2", run(r.w("哪些人受影响（由求值器计算的示例）", "What changes for whom (samples computed by the evaluator)")))
        for (k, i) in doc.impacts.enumerated() {
          for (n, line) in r.impactLine(i).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            x += plain((n == 0 ? "\(k + 1). " : "　　") + line)
          }
        }
      }
    }
    x += DocxParts.sectionProperties + "</w:body></w:document>"
    return DocxParts.package(document: x, title: title, updateFields: false)
  }

  /// The two-column table of one document's changed units.
  static func table(_ r: DiffReport, _ cmp: Comparison) -> String {
    let half = width / 2
    let border = ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" }.joined()
    var x = "<w:tbl><w:tblPr><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>\(border)</w:tblBorders>"
      + "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
      + "<w:tblGrid><w:gridCol w:w=\"\(half)\"/><w:gridCol w:w=\"\(width - half)\"/></w:tblGrid>"
    // The header row, repeated at the top of every page.
    x += "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" + cell(half, [cellParagraph(run(r.w("修改前", "Before"), heading: true, size: cellSize), centred: true)], shade: true)
      + cell(width - half, [cellParagraph(run(r.w("修改后", "After"), heading: true, size: cellSize), centred: true)], shade: true) + "</w:tr>"
    for row in r.shown(cmp) {
      let note = r.citation(row) + r.w("（", " (") + r.marks(row).joined(separator: r.w("，", ", ")) + r.w("）", ")")
      x += "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + cell(width, [cellParagraph(run(note, heading: true, size: cellSize))], span: 2) + "</w:tr>"
      let old = row.oldUnit == nil ? [cellParagraph(run(r.w("（无）", "(none)"), size: cellSize))] : side(cmp, row, old: true, r)
      let new = row.newUnit == nil ? [cellParagraph(run(r.w("（删去）", "(deleted)"), size: cellSize))] : side(cmp, row, old: false, r)
      x += "<w:tr>" + cell(half, old) + cell(width - half, new) + "</w:tr>"
    }
    return x + "</w:tbl>" + plain("")
  }

  /// One side of a row as cell paragraphs: a paragraph a line, the runs marked.
  static func side(_ cmp: Comparison, _ row: Comparison.Row, old: Bool, _ r: DiffReport) -> [String] {
    var paragraphs = [String](), runs = ""
    _ = cmp.side(row, old: old) { op, words, was in
      let mark: RunMark = switch op { case .same: .none; case .deleted: .struck; case .inserted: .underlined; case .renumbered: .dotted }
      for (k, part) in words.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if k > 0 { paragraphs.append(cellParagraph(runs)); runs = "" }
        if !part.isEmpty { runs += run(String(part), mark: mark, size: cellSize) }
      }
      if op == .renumbered { runs += run(r.w("〔原\(was)〕", "[was \(was)]"), size: noteSize) }
      return ""
    }
    paragraphs.append(cellParagraph(runs))
    return paragraphs
  }

  enum RunMark { case none, struck, underlined, dotted }

  /// One run of text (escaped; a tab is Word's tab).
  static func run(_ text: String, mark: RunMark = .none, heading: Bool = false, size: Int? = nil) -> String {
    guard !text.isEmpty else { return "" }
    // In the order of EG_RPrBase (rFonts, strike, sz, szCs, u), which Word enforces.
    var rPr = heading ? DocxParts.fontsXML(DocxParts.heading) : ""
    if mark == .struck { rPr += "<w:strike/>" }
    if let size { rPr += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>" }
    switch mark {
    case .none, .struck: break
    case .underlined: rPr += "<w:u w:val=\"single\"/>"
    case .dotted: rPr += "<w:u w:val=\"dotted\"/>"
    }
    let body = text.split(separator: "\t", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "<w:t xml:space=\"preserve\">" + XMLText.escape(String($0)) + "</w:t>" }
      .joined(separator: "<w:tab/>")
    return "<w:r>" + (rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>") + body + "</w:r>"
  }

  /// A paragraph in a cell: exact 18 pt lines, no indent (its runs carry the cell's size, so
  /// the body's 3号 default does not show through).
  static func cellParagraph(_ runs: String, centred: Bool = false) -> String {
    "<w:p><w:pPr><w:spacing w:line=\"\(cellPitch)\" w:lineRule=\"exact\"/><w:ind w:firstLine=\"0\"/>"
      + (centred ? "<w:jc w:val=\"center\"/>" : "") + "<w:rPr><w:sz w:val=\"\(cellSize)\"/><w:szCs w:val=\"\(cellSize)\"/></w:rPr></w:pPr>" + runs + "</w:p>"
  }

  static func cell(_ w: Int, _ paragraphs: [String], span: Int = 1, shade: Bool = false) -> String {
    "<w:tc><w:tcPr><w:tcW w:w=\"\(w)\" w:type=\"dxa\"/>" + (span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : "")
      + (shade || span > 1 ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(shade ? "E7E6E6" : "F2F2F2")\"/>" : "") + "</w:tcPr>"
      + (paragraphs.isEmpty ? cellParagraph("") : paragraphs.joined()) + "</w:tc>"
  }

  /// A paragraph of the document's own style.
  static func styled(_ style: String, _ runs: String) -> String {
    "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>" + runs + "</w:p>"
  }

  /// A paragraph of body text without the first-line indent (the lines about the table).
  static func plain(_ text: String, bold: Bool = false) -> String {
    "<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/><w:ind w:firstLine=\"0\"/></w:pPr>" + run(text, heading: bold) + "</w:p>"
  }
}
