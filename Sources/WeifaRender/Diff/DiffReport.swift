import WeifaBase
import WeifaSemantics
import WeifaEvaluator

/// `weifa diff OLD NEW`: the 修订对照表 of two versions (立法法58: 修改前后的对照文本), each document
/// of OLD paired with one of NEW by title (then by file name), every pair compared unit by unit
/// (`Comparison`) with what changes for whom (`Impact`). Printed as text (`DiffText`), HTML
/// (`DiffHTML`) or JSON (`DiffJSON`, schema `weifa.diff/1`); `--explain` prints the 修订说明
/// skeleton instead (`DiffText.explanation`).
package struct DiffReport: Sendable {
  /// One document of either version and how it compares.
  package struct Document: Sendable {
    package var old: Int?
    package var new: Int?
    package var comparison: Comparison?
    package var impacts: [Impact]
    package var title: String
  }

  package var oldWorkspace: Workspace
  package var newWorkspace: Workspace
  package var oldPath: String
  package var newPath: String
  package var documents: [Document]
  package var lang: Language

  /// Compares documents `oldDocs` of `ows` with `newDocs` of `nws`.
  package init(old ows: Workspace, documents oldDocs: [Int], path oldPath: String,
               new nws: Workspace, documents newDocs: [Int], path newPath: String, lang: Language) {
    oldWorkspace = ows
    newWorkspace = nws
    self.oldPath = oldPath
    self.newPath = newPath
    self.lang = lang
    var docs = [Document]()
    var takenNew = Set<Int>()
    func name(_ c: Charter) -> String { DiffReport.fileName(c) }
    var newOf = [Int: Int]()
    // By title first (each title once on the new side), then by file name.
    for o in oldDocs {
      guard let t = ows.charters[o].title else { continue }
      if let n = newDocs.first(where: { !takenNew.contains($0) && nws.charters[$0].title == t }) { newOf[o] = n; takenNew.insert(n) }
    }
    for o in oldDocs where newOf[o] == nil {
      if let n = newDocs.first(where: { !takenNew.contains($0) && name(nws.charters[$0]) == name(ows.charters[o]) }) { newOf[o] = n; takenNew.insert(n) }
    }
    // Two single documents are compared whatever their titles (that is what was asked).
    if oldDocs.count == 1 && newDocs.count == 1 && newOf.isEmpty { newOf[oldDocs[0]] = newDocs[0]; takenNew.insert(newDocs[0]) }
    for o in oldDocs {
      let oc = ows.charters[o]
      if let n = newOf[o] {
        let cmp = Comparison(old: oc, new: nws.charters[n], memo: nws.alignments)
        // A manifest (or any document without a printed line) has nothing to set side by side.
        if cmp.rows.isEmpty { continue }
        docs.append(Document(old: o, new: n, comparison: cmp, impacts: Impact.of(cmp, old: ows, o, new: nws, n),
                             title: nws.charters[n].title ?? oc.title ?? name(oc)))
      } else {
        docs.append(Document(old: o, new: nil, comparison: nil, impacts: [], title: oc.title ?? name(oc)))
      }
    }
    for n in newDocs where !takenNew.contains(n) {
      let nc = nws.charters[n]
      docs.append(Document(old: nil, new: n, comparison: nil, impacts: [], title: nc.title ?? name(nc)))
    }
    documents = docs
  }

  /// The words of the report in its language.
  func w(_ zh: String, _ en: String) -> String { lang == .zh ? zh : en }

  /// How a version is named in the heading: its title and 版本, and the path.
  func versionLine(_ c: Charter) -> String {
    (c.title.map { "《\($0)》" } ?? DiffReport.fileName(c)) + (c.version.map { "（\($0)）" } ?? "")
  }

  /// The words for a row's marks: 修改、移动、条号变动（原第十二条）.
  func marks(_ row: Comparison.Row) -> [String] {
    row.marks.map { m in
      switch m {
      case .added: return w("新增", "added")
      case .deleted: return w("删除", "deleted")
      case .changed: return w("修改", "changed")
      case .moved: return w("移动", "moved")
      case .renumbered: return w("条号变动（原\(row.oldUnit?.citation ?? "")）", "renumbered (was \(row.oldUnit?.citation ?? ""))")
      case .referencesRenumbered: return w("引用随条号变动", "references follow the renumbering")
      case .items: return w("项：", "items: ") + itemChanges(row).joined(separator: w("；", "; "))
      }
    }
  }

  /// What happened to each item of a row's article: 新增第（三）项、删除原第（五）项、第（四）项移动、序号变动（原第（三）项）.
  func itemChanges(_ row: Comparison.Row) -> [String] {
    row.items.map { ch in
      if ch.marks == [.added] { return w("新增", "") + itemName(ch, row, old: false) + w("", " added") }
      if ch.marks == [.deleted] { return w("删除原", "former ") + itemName(ch, row, old: true) + w("", " deleted") }
      let parts = ch.marks.map { m -> String in
        switch m {
        case .changed: return w("修改", "changed")
        case .moved: return w("移动", "moved")
        case .renumbered: return w("序号变动（原\(itemName(ch, row, old: true))）", "renumbered (was \(itemName(ch, row, old: true)))")
        case .added, .deleted: return ""
        }
      }
      return itemName(ch, row, old: false) + w("", " ") + parts.joined(separator: w("、", ", "))
    }
  }

  /// How an item is cited on one side: 第（三）项, 第1项, 第①目 (item （三）, sub-item ①).
  func itemName(_ ch: ItemChange, _ row: Comparison.Row, old: Bool) -> String {
    let role = ch.new.flatMap { row.newUnit?.lines[$0].role } ?? ch.old.flatMap { row.oldUnit?.lines[$0].role }
    var m = Substring((old ? ch.oldMark : ch.newMark) ?? "")
    while let l = m.last, "、.．".contains(l) { m = m.dropLast() }
    return w("第\(m)" + (role == .subitem ? "目" : "项"), (role == .subitem ? "sub-item " : "item ") + m)
  }

  /// Where a row stands: its new citation, else (deleted) its old one.
  func citation(_ row: Comparison.Row) -> String {
    if let n = row.newUnit { return n.citation + (n.label.map { n.kind == .article ? "【\($0)】" : "" } ?? "") }
    return w("原", "former ") + (row.oldUnit?.citation ?? "") + (row.oldUnit?.label.map { row.oldUnit?.kind == .article ? "【\($0)】" : "" } ?? "")
  }

  /// The rows a table shows: every row that changed in substance, moved, or whose references
  /// follow a renumbering; rows only renumbered are counted and listed in one line.
  func shown(_ cmp: Comparison) -> [Comparison.Row] {
    cmp.rows.filter { !$0.isUnchanged && $0.marks != [.renumbered] }
  }

  /// The rows that only changed number.
  func renumberedOnly(_ cmp: Comparison) -> [Comparison.Row] { cmp.rows.filter { $0.marks == [.renumbered] } }

  /// The summary line of counts.
  func summary(_ cmp: Comparison) -> String {
    let parts: [(Comparison.Mark, String, String)] = [(.changed, "修改", "changed"), (.added, "新增", "added"), (.deleted, "删除", "deleted"),
                                                     (.moved, "移动", "moved"), (.renumbered, "条号变动", "renumbered"),
                                                     (.referencesRenumbered, "引用随条号变动", "references renumbered"), (.items, "项有变动", "items changed")]
    let counts = parts.map { w("\($0.1) \(cmp.count($0.0))", "\($0.2) \(cmp.count($0.0))") } + [w("未修改 \(cmp.unchanged)", "unchanged \(cmp.unchanged)")]
    return w("对照 \(cmp.rows.count) 处（条、章、序言）：", "\(cmp.rows.count) units compared (articles, headings, preamble): ") + counts.joined(separator: w("，", ", "))
  }

  /// The impact's line: sample, before → after; or why no sample is shown.
  func impactLine(_ i: Impact) -> String {
    let place = i.newCitation ?? i.oldCitation.map { w("原", "former ") + $0 } ?? ""
    var s = i.name + (place.isEmpty ? "" : w("（\(place)）", " (\(place))")) + w("　变动：", " — changed: ") + i.parts.map { englishPart($0) }.joined(separator: w("、", ", "))
    func line(_ sample: LocalizedText?, _ b: LocalizedText, _ a: LocalizedText) -> String {
      let who = sample.map { $0.text(lang) }.flatMap { $0.isEmpty ? nil : "「" + $0 + "」" + w("：", ": ") } ?? ""
      return "\n" + who + b.text(lang) + " → " + a.text(lang)
    }
    if i.parts == ["行为"] || i.parts == ["内容"], let b = i.before, let a = i.after {
      s += "\n" + (i.sample.map { w("适用于", "applies to ") + "「" + $0.text(lang) + "」" + w("等：", " and others: ") } ?? "") + b.text(lang) + " → " + a.text(lang)
    } else if let b = i.before, let a = i.after {
      s += line(i.sample, b, a)
      for m in i.more { s += line(m.sample, m.before, m.after) }
    }
    if let note = i.note { s += "\n" + w("（", "(") + note.text(lang) + w("）", ")") }
    return s
  }

  func englishPart(_ p: String) -> String {
    guard lang == .en else { return p }
    let table = ["主体": "subject", "条件": "condition", "除外": "exception", "金额": "amount", "类别": "kind", "施行": "dates",
                 "新增": "added", "删除": "deleted", "法定人数": "quorum", "表决": "vote", "特别表决": "special vote", "人数": "size",
                 "任期": "term", "决定": "decider", "公示": "public notice", "步骤": "steps", "行为": "act", "内容": "content",
                 "提议": "proposal", "通知": "notice", "联名": "petition", "批准": "approval", "期限": "period",
                 "初始分": "initial score", "加分": "bonuses", "扣分": "deductions", "等级": "levels", "对象": "who is rated"]
    return table[p] ?? p
  }

  /// The file name of a document's path.
  static func fileName(_ c: Charter) -> String { c.file.path.split(separator: "/").last.map(String.init) ?? c.file.path }

  /// A text cut to `n` characters with an ellipsis.
  static func clip(_ s: String, _ n: Int = 40) -> String {
    let flat = s.replacingLineFeeds()
    return flat.count > n ? String(flat.prefix(n)) + "……" : flat
  }
}

extension String {
  /// Line feeds as a space (a quoted phrase stays on one line).
  func replacingLineFeeds() -> String { String(map { $0 == "\n" ? " " : $0 }) }
}
