import WeifaBase
import WeifaSemantics
import WeifaEvaluator

/// The 修订对照表 as plain text. Each changed unit is two lines, 修改前 and 修改后, each the whole
/// article as written; within them the words that changed are marked as a 对照表 marks them,
/// in brackets a terminal and a Word paste keep:
///
///     〔删：…〕  words deleted (in the 修改前 line only)
///     〔增：…〕  words added (in the 修改后 line only)
///     第X条〔原第Y条〕  a reference whose words changed only because its article was renumbered
///     （四）〔原（三）〕  an item's number changed only because the items were renumbered
///
/// In English: [-…-], {+…+} and 第X条[was 第Y条]. Articles that only changed number are listed
/// on one line; unchanged ones are counted.
package enum DiffText {
  package static func render(_ r: DiffReport) -> String {
    var out = [String]()
    let multi = r.documents.count > 1
    out.append(r.w("修订对照表", "Table of amendments"))
    if multi {
      out.append(r.w("修改前：", "before: ") + r.oldPath)
      out.append(r.w("修改后：", "after:  ") + r.newPath)
    }
    out.append(r.w("标记：〔删：…〕删去的文字，〔增：…〕增加的文字，第X条〔原第Y条〕、（四）〔原（三）〕只因条号变动而改写的引用和项的序号（不是实质修改）",
                   "marks: [-…-] words deleted, {+…+} words added, 第X条[was 第Y条], （四）[was （三）] a reference or an item's number rewritten only because of renumbering (not a change of substance)"))
    for doc in r.documents {
      out.append("")
      if multi || doc.comparison == nil {
        out.append("══ " + "《\(doc.title)》" + (doc.old == nil ? r.w("（新增文件）", " (document added)") : doc.new == nil ? r.w("（删除文件）", " (document deleted)") : ""))
      }
      guard let cmp = doc.comparison else { continue }
      out.append(r.w("修改前：", "before: ") + r.versionLine(cmp.old) + "　" + cmp.old.file.path)
      out.append(r.w("修改后：", "after:  ") + r.versionLine(cmp.new) + "　" + cmp.new.file.path)
      if cmp.nothingAligned {
        out.append(r.w("两个文件没有一处条文能够对应：它们不像同一规约的两个版本。以下全部列为删除和新增。",
                       "Nothing in one document matches anything in the other: they do not look like two versions of one charter. Everything is listed as deleted and added."))
      }
      out.append(r.summary(cmp))
      for row in r.shown(cmp) {
        out.append("")
        out.append("━━ " + r.citation(row) + r.w("（", " (") + r.marks(row).joined(separator: r.w("，", ", ")) + r.w("）", ")"))
        out.append(contentsOf: column(r.w("修改前", "before"), row.oldUnit == nil ? r.w("（无）", "(none)") : cmp.side(row, old: true, mark(r.lang)), r))
        out.append(contentsOf: column(r.w("修改后", "after "), row.newUnit == nil ? r.w("（删去）", "(deleted)") : cmp.side(row, old: false, mark(r.lang)), r))
      }
      let renumbered = r.renumberedOnly(cmp)
      if !renumbered.isEmpty {
        out.append("")
        out.append(r.w("条号变动、内容未改（\(renumbered.count)）：", "renumbered, text unchanged (\(renumbered.count)): ")
                   + renumbered.map { ($0.oldUnit?.citation ?? "") + "→" + ($0.newUnit?.citation ?? "") }.joined(separator: r.w("、", ", ")))
      }
      if !doc.impacts.isEmpty {
        out.append("")
        out.append(r.w("哪些人受影响（由求值器计算的示例）：", "What changes for whom (samples computed by the evaluator):"))
        for (k, i) in doc.impacts.enumerated() {
          let lines = r.impactLine(i).split(separator: "\n", omittingEmptySubsequences: false)
          out.append("\(k + 1). " + lines[0])
          for l in lines.dropFirst() { out.append("   " + l) }
        }
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// A column's lines: the first after its name and a bar, the rest indented to the bar.
  static func column(_ name: String, _ text: String, _ r: DiffReport) -> [String] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let pad = String(repeating: " ", count: DisplayWidthText.width(name))
    return lines.enumerated().map { (k, l) in (k == 0 ? name : pad) + "│" + l }
  }

  /// How a changed run is marked in text.
  static func mark(_ lang: Language) -> (Comparison.Segment.Op, String, String) -> String {
    { op, words, old in
      switch (op, lang) {
      case (.deleted, .zh): return "〔删：\(words)〕"
      case (.inserted, .zh): return "〔增：\(words)〕"
      case (.renumbered, .zh): return "\(words)〔原\(old)〕"
      case (.deleted, .en): return "[-\(words)-]"
      case (.inserted, .en): return "{+\(words)+}"
      case (.renumbered, .en): return "\(words)[was \(old)]"
      case (.same, _): return words
      }
    }
  }

  /// Every run as its words, unmarked.
  static func plain(_ op: Comparison.Segment.Op, _ words: String, _ old: String) -> String { words }

  // MARK: - 修订说明

  /// The 修订说明 skeleton: one numbered line per change with its article, in the words of a
  /// 修正 decision (将……修改为……；增加一条，作为第X条；删去第X条), each with a reason left to fill.
  package static func explanation(_ r: DiffReport) -> String {
    var out = [String]()
    let blank = r.w("理由：＿＿＿＿＿＿", "reason: ______")
    for doc in r.documents {
      let title = doc.title
      out.append(r.w("关于《\(title)》修订的说明（草稿）", "Notes on the amendment of 《\(title)》 (draft)"))
      out.append("")
      out.append(r.w("一、修订的背景和依据：＿＿＿＿＿＿", "1. Background and basis: ______"))
      out.append(r.w("二、修订的过程（征集民意、审核、表决）：＿＿＿＿＿＿", "2. How it was prepared (consultation, review, vote): ______"))
      out.append(r.w("三、主要修改内容：", "3. The changes:"))
      guard let cmp = doc.comparison else {
        out.append("1. " + (doc.old == nil ? r.w("新增本文件。", "This document is new.") : r.w("废止本文件。", "This document is repealed.")) + blank)
        out.append("")
        continue
      }
      var n = 0
      func line(_ s: String) { n += 1; out.append("\(n). " + s + blank) }
      for row in cmp.rows where row.isSubstantive || row.marks.contains(.moved) {
        let at = row.newUnit?.citation ?? ""
        let label = (row.newUnit ?? row.oldUnit)?.label.map { "【\($0)】" } ?? ""
        if row.marks.contains(.added) {
          line(r.w("增加一条，作为\(at)\(label)：「\(DiffReport.clip(cmp.side(row, old: false, plain)))」。", "Add \(at)\(label): “\(DiffReport.clip(cmp.side(row, old: false, plain)))”. "))
          continue
        }
        if row.marks.contains(.deleted) {
          line(r.w("删去原\(row.oldUnit?.citation ?? "")\(label)。", "Delete former \(row.oldUnit?.citation ?? "")\(label). "))
          continue
        }
        let was = row.marks.contains(.renumbered) || row.marks.contains(.moved) ? r.w("（原\(row.oldUnit?.citation ?? "")）", " (was \(row.oldUnit?.citation ?? ""))") : ""
        var edits = [String]()
        var k = 0
        let segs = row.segments
        while k < segs.count {
          let s = segs[k]
          if s.op == .deleted, k + 1 < segs.count, segs[k + 1].op == .inserted {
            edits.append(r.w("将「\(DiffReport.clip(s.old, 30))」修改为「\(DiffReport.clip(segs[k + 1].new, 30))」", "“\(DiffReport.clip(s.old, 30))” becomes “\(DiffReport.clip(segs[k + 1].new, 30))”"))
            k += 2
            continue
          }
          if s.op == .deleted { edits.append(r.w("删去「\(DiffReport.clip(s.old, 30))」", "delete “\(DiffReport.clip(s.old, 30))”")) }
          if s.op == .inserted { edits.append(r.w("增加「\(DiffReport.clip(s.new, 30))」", "add “\(DiffReport.clip(s.new, 30))”")) }
          k += 1
        }
        // Items added, deleted or moved: said item by item (增加一项，作为第（二）项 …), the
        // article's other words only where they changed too.
        if row.items.contains(where: { !$0.marks.allSatisfy { $0 == .changed || $0 == .renumbered } }) {
          edits = itemEdits(row, cmp, r) + (otherLinesChanged(row, cmp) ? edits : [])
        }
        if row.marks.contains(.moved) && edits.isEmpty {
          line(r.w("原\(row.oldUnit?.citation ?? "")\(label)移作\(at)。", "Move former \(row.oldUnit?.citation ?? "")\(label) to \(at). "))
        } else {
          line(r.w("\(at)\(label)\(was)：", "\(at)\(label)\(was): ") + edits.joined(separator: r.w("；", "; ")) + r.w("。", ". "))
        }
      }
      let renumbered = cmp.count(.renumbered), refs = cmp.count(.referencesRenumbered)
      if renumbered > 0 || refs > 0 {
        n += 1
        out.append("\(n). " + r.w("其余条文的序号相应调整（\(renumbered) 条），引用的条号随之更新（\(refs) 条）。", "The other articles are renumbered accordingly (\(renumbered)) and references updated (\(refs))."))
      }
      if n == 0 { out.append(r.w("（两个版本的条文没有实质修改）", "(no change of substance between the versions)")) }
      out.append("")
      out.append(r.w("四、修改后对村（居）民的影响：", "4. What changes for whom:"))
      if doc.impacts.isEmpty { out.append(r.w("（规则、机构和事项没有变化）", "(no rule, body or matter changed)")) }
      for (k, i) in doc.impacts.enumerated() {
        out.append("\(k + 1). " + r.impactLine(i).replacingLineFeeds())
      }
      out.append("")
    }
    return out.joined(separator: "\n")
  }
}

extension DiffText {
  /// The 修订说明's words for a row's items: 增加一项，作为第（二）项：「…」；删去原第（三）项；原第（二）项移作第（四）项.
  static func itemEdits(_ row: Comparison.Row, _ cmp: Comparison, _ r: DiffReport) -> [String] {
    func text(_ unit: DiffUnit?, _ k: Int?, _ c: Charter) -> String {
      guard let unit, let k, unit.lines.indices.contains(k) else { return "" }
      return DiffReport.clip(c.file.text(TextRange(unit.lines[k].markEnd, unit.lines[k].range.upper)), 30)
    }
    return zip(row.items, r.itemChanges(row)).map { ch, said in
      let now = r.itemName(ch, row, old: false), words = text(row.newUnit, ch.new, cmp.new)
      if ch.marks == [.added] { return r.w("增加一项，作为\(now)：「\(words)」", "add \(now): “\(words)”") }
      if ch.marks == [.deleted] { return r.w("删去原\(r.itemName(ch, row, old: true))", "delete former \(r.itemName(ch, row, old: true))") }
      if ch.marks.contains(.changed) { return said + r.w("为「\(words)」", " to “\(words)”") }
      return said
    }
  }

  /// Whether an article's lines other than its items changed.
  static func otherLinesChanged(_ row: Comparison.Row, _ cmp: Comparison) -> Bool {
    func key(_ u: DiffUnit?, _ c: Charter) -> [UInt32] {
      guard let u else { return [] }
      let ranges = zip(u.lines, u.ranges).filter { $0.0.role != .item && $0.0.role != .subitem }.map(\.1)
      return Alignment.key(c.file.bytes, ranges).key
    }
    return key(row.oldUnit, cmp.old) != key(row.newUnit, cmp.new)
  }
}

/// Display width for the column names (CJK takes two columns).
enum DisplayWidthText {
  static func width(_ s: String) -> Int { s.unicodeScalars.reduce(0) { $0 + DisplayWidth.of($1) } }
}
