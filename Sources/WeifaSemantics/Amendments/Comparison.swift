import WeifaBase

/// The comparison of two versions of one document, unit by unit (`Alignment`), with the words
/// that changed inside each unit. A reference is one token whose identity is the article it
/// points at (through the alignment), so 第四十四条 that became 第四十五条 only because the
/// articles were renumbered compares equal and is shown as renumbered, not as a change.
package struct Comparison: Sendable {
  /// One run of text in a unit: the same on both sides, deleted, inserted, or a reference
  /// whose words changed only because its target was renumbered.
  package struct Segment: Sendable, Equatable {
    package enum Op: String, Sendable { case same, deleted, inserted, renumbered }
    package var op: Op
    /// The old words (same, deleted, renumbered) and the new (same, inserted, renumbered).
    package var old: String
    package var new: String
  }

  /// What happened to a unit.
  package enum Mark: String, Sendable, CaseIterable {
    case added, deleted, changed, moved, renumbered, referencesRenumbered
    /// Items (项, 目) of the article added, deleted, moved, renumbered or changed (`Row.items`).
    case items
  }

  /// One row of the 修订对照表.
  package struct Row: Sendable {
    package var pair: AlignedPair
    package var marks: [Mark]
    package var segments: [Segment]
    package var oldUnit: DiffUnit?
    package var newUnit: DiffUnit?
    /// What happened to the article's items, when it stands on both sides (unchanged items left out).
    package var items: [ItemChange] = []
    /// Nothing but the article's number and the references that follow it changed.
    package var isUnchanged: Bool { marks.isEmpty }
    package var isSubstantive: Bool { marks.contains { [.added, .deleted, .changed].contains($0) } }
  }

  package var old: Charter
  package var new: Charter
  package var alignment: Alignment
  package var rows: [Row]

  /// Whether no article, heading or preamble of one version was found in the other (two
  /// unrelated documents): the table then says so rather than pretend a match.
  package var nothingAligned: Bool {
    !alignment.old.isEmpty && !alignment.new.isEmpty
      && !alignment.pairs.contains { p in p.old != nil && p.new != nil && alignment.old[p.old!].kind != .signature }
  }

  /// Two documents of different titles where the matches are under a tenth of the larger one's
  /// units (a 【施行】 article, 本规约自…起施行, is alike in every charter) are not two versions of
  /// one document: their few matches are dropped, and the table says nothing aligned.
  static func looksUnrelated(_ a: Alignment, _ old: Charter, _ new: Charter) -> Bool {
    guard old.title != new.title else { return false }
    let units = max(a.old.filter { $0.kind != .signature }.count, a.new.filter { $0.kind != .signature }.count)
    let matched = a.pairs.filter { $0.old != nil && $0.new != nil && a.old[$0.old!].kind != .signature }.count
    return matched > 0 && matched * 10 < units
  }

  /// How many rows carry each mark.
  package func count(_ m: Mark) -> Int { rows.filter { $0.marks.contains(m) }.count }
  package var unchanged: Int { rows.filter(\.isUnchanged).count }

  /// `memo`: where the pair's alignment may already be (the workspace the new version was
  /// checked in, whose WF8007 aligned it), and is kept.
  package init(old: Charter, new: Charter, memo: Alignment.Memo? = nil) {
    self.old = old
    self.new = new
    var alignment = memo?.alignment(old: old, new: new) ?? Alignment(old: old, new: new)
    if Comparison.looksUnrelated(alignment, old, new) { alignment = alignment.withoutMatches() }
    self.alignment = alignment
    var tokens = TokenTable()
    let oldRefs = RefIndex(old), newRefs = RefIndex(new)
    // Article index → unit index on each side, and old article → new article through the alignment.
    var newArticleOfOld = [Int: Int]()
    for (o, n) in alignment.newOf.enumerated() {
      if let n, let a = alignment.old[o].article, let b = alignment.new[n].article { newArticleOfOld[a] = b }
    }
    var rows = [Row]()
    for p in alignment.pairs {
      let ou = p.old.map { alignment.old[$0] }, nu = p.new.map { alignment.new[$0] }
      // The items of an article on both sides: a matched item's number is one token whose key
      // is the item it became, so a number changed only by renumbering compares equal.
      var items = [ItemChange](), newLineOfOld = [Int: Int](), matchedNew = Set<Int>()
      if let ou, let nu, ou.kind == .article, nu.kind == .article {
        (items, newLineOfOld) = ItemAlignment.changes(ou, old, nu, new)
        matchedNew = Set(newLineOfOld.values)
      }
      let ot = ou.map { tokens.tokens(of: $0, in: old, refs: oldRefs, articleKey: { a in newArticleOfOld[a].map { "A\($0)" } ?? "O\(a)" },
                                      itemKey: { k, mark in newLineOfOld[k].map { "I\($0)" } ?? "M" + mark }) } ?? []
      let nt = nu.map { tokens.tokens(of: $0, in: new, refs: newRefs, articleKey: { "A\($0)" }, itemKey: { k, mark in matchedNew.contains(k) ? "I\(k)" : "M" + mark }) } ?? []
      var segments = [Segment]()
      var marks = [Mark]()
      var referenceRenumbered = false
      func text(_ ts: ArraySlice<Token>) -> String { ts.map(\.text).joined() }
      for op in TokenDiff.diff(ot.map(\.key), nt.map(\.key)) {
        switch op {
        case .equal(let o, let n):
          // Equal runs are cut where a reference's words differ.
          var start = 0
          // Only a reference (a key past the scalars) can be equal with other words.
          for k in 0..<o.count where ot[o.lowerBound + k].key >= TokenTable.firstId && ot[o.lowerBound + k].text != nt[n.lowerBound + k].text {
            if k > start { segments.append(Segment(op: .same, old: text(ot[(o.lowerBound + start)..<(o.lowerBound + k)]), new: text(nt[(n.lowerBound + start)..<(n.lowerBound + k)]))) }
            segments.append(Segment(op: .renumbered, old: ot[o.lowerBound + k].text, new: nt[n.lowerBound + k].text))
            if !ot[o.lowerBound + k].isItemNumber { referenceRenumbered = true }
            start = k + 1
          }
          if start < o.count { segments.append(Segment(op: .same, old: text(ot[(o.lowerBound + start)..<o.upperBound]), new: text(nt[(n.lowerBound + start)..<n.upperBound]))) }
        case .delete(let r): segments.append(Segment(op: .deleted, old: text(ot[r]), new: ""))
        case .insert(let r): segments.append(Segment(op: .inserted, old: "", new: text(nt[r])))
        }
      }
      if ou == nil { marks.append(.added) } else if nu == nil { marks.append(.deleted) } else {
        if segments.contains(where: { $0.op == .deleted || $0.op == .inserted }) { marks.append(.changed) }
        if p.moved { marks.append(.moved) }
        if let a = ou?.number, let b = nu?.number, a != b { marks.append(.renumbered) }
        if referenceRenumbered { marks.append(.referencesRenumbered) }
        if !items.isEmpty { marks.append(.items) }
      }
      rows.append(Row(pair: p, marks: marks, segments: segments, oldUnit: ou, newUnit: nu, items: items))
    }
    self.rows = rows
  }

  /// The words of one side of a row, as printed (the article's mark first), with `marked`
  /// applied to each run: (op, words, old words of a renumbered reference) → what to print
  /// (`.same` runs too, so a printer can escape them).
  package func side(_ row: Row, old isOld: Bool, _ marked: (Segment.Op, String, String) -> String) -> String {
    guard let unit = isOld ? row.oldUnit : row.newUnit else { return "" }
    let c = isOld ? old : new
    var out = ""
    if let first = unit.lines.first, first.markEnd > first.range.lower, unit.kind == .article || unit.kind == .heading {
      out += marked(.same, c.file.text(TextRange(first.range.lower, first.markEnd)), "")
    }
    for s in row.segments {
      switch s.op {
      case .same: out += marked(.same, isOld ? s.old : s.new, "")
      case .deleted: if isOld { out += marked(.deleted, s.old, "") }
      case .inserted: if !isOld { out += marked(.inserted, s.new, "") }
      case .renumbered: out += isOld ? marked(.same, s.old, "") : marked(.renumbered, s.new, s.old)
      }
    }
    return out
  }
}

// MARK: - Tokens

/// A token of a unit's text: one Unicode scalar, a number, one whole reference, or an item's number.
struct Token: Sendable {
  var key: Int
  var text: String
  /// The number of an item (（三）), keyed by the item it is, not by its words.
  var isItemNumber = false
}

/// Interns the identities of references (and anything longer than one scalar) as integers
/// above the scalar range, shared by both sides of a comparison.
struct TokenTable {
  private var ids = [String: Int]()

  /// The first interned id: above every Unicode scalar.
  static let firstId = 0x20_0000

  mutating func id(_ s: String) -> Int {
    if let k = ids[s] { return k }
    let k = TokenTable.firstId + ids.count
    ids[s] = k
    return k
  }

  /// The tokens of `unit`: its ranges scalar by scalar, a line feed between lines, each
  /// reference in prose as one token keyed by its target (`articleKey` names an article), and
  /// each item's number as one token keyed by `itemKey` (the line in the unit, the number).
  mutating func tokens(of unit: DiffUnit, in c: Charter, refs: RefIndex, articleKey: (Int) -> String, itemKey: (Int, String) -> String) -> [Token] {
    var out = [Token]()
    let bytes = c.file.bytes
    for (n, r) in unit.ranges.enumerated() {
      if n > 0 { out.append(Token(key: 10, text: "\n")) }
      var pos = r.lower
      let line = unit.lines[n]
      if line.role == .item || line.role == .subitem, line.markEnd > r.lower, line.markEnd <= r.upper {
        let mark = c.file.text(TextRange(r.lower, line.markEnd))
        out.append(Token(key: id(itemKey(n, mark.trimmingCharacters([" ", "\u{3000}", "\t"]))), text: mark, isItemNumber: true))
        pos = line.markEnd
      }
      while pos < r.upper {
        if let ref = refs.starting[pos], ref.span.upper <= r.upper {
          let text = c.file.text(ref.span)
          out.append(Token(key: id(refs.key(ref, in: c, articleKey: articleKey) ?? "T" + Normalize.act(text)), text: text))
          pos = ref.span.upper
          continue
        }
        let len = RefIndex.scalarLength(bytes[pos])
        var end = min(pos + len, r.upper)
        // A number is one token (2024, 一百五十, ８００): 100元 → 150元 reads as one change.
        if let kind = NumeralRun.kind(bytes, pos, end) {
          while end < r.upper, refs.starting[end] == nil {
            let next = min(end + RefIndex.scalarLength(bytes[end]), r.upper)
            guard NumeralRun.kind(bytes, end, next) == kind else { break }
            end = next
          }
        }
        let text = c.file.text(TextRange(pos, end))
        let key = text.unicodeScalars.count == 1 ? Int(text.unicodeScalars.first!.value) : id(text)
        out.append(Token(key: key, text: text))
        pos = end
      }
    }
    return out
  }
}

/// Numerals, for grouping: a run of digits (ASCII or full-width, with a decimal point) or of
/// Chinese numerals is one token.
enum NumeralRun {
  enum Kind { case digits, chinese }
  static let chinese: Set<Unicode.Scalar> = Set("〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟".unicodeScalars)

  static func kind(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Kind? {
    if end - start == 1 { return (bytes[start] >= 0x30 && bytes[start] <= 0x39) || bytes[start] == 0x2E ? .digits : nil }
    guard let s = String(validating: bytes[start..<end], as: UTF8.self)?.unicodeScalars.first else { return nil }
    if s.value >= 0xFF10 && s.value <= 0xFF19 { return .digits }
    return chinese.contains(s) ? .chinese : nil
  }
}

/// The references of a charter that stand in prose, by where they start, and what they point at.
struct RefIndex {
  var starting = [Int: Ref]()

  init(_ c: Charter) {
    for r in c.references where r.inProse && r.span.upper > r.span.lower { starting[r.span.lower] = r }
  }

  /// The identity of a reference's target: an article of this document (by `articleKey`, plus
  /// the paragraphs and items below it as written), a label, or nil (compared by its words).
  func key(_ r: Ref, in c: Charter, articleKey: (Int) -> String) -> String? {
    guard r.document == nil, r.relative == nil, r.anchor == nil else { return nil }
    if let first = r.ordinals.first, first.unit == "条", let a = c.article(numbered: first.number, near: r.span.lower) {
      let rest = r.ordinals.dropFirst().map { "\($0.unit)\($0.number)" }.joined()
      return articleKey(a) + "|" + rest + (r.label.map { "【\($0)】" } ?? "")
    }
    if r.ordinals.isEmpty, let l = r.label { return "L" + l }
    return nil
  }

  /// The length of the UTF-8 sequence a lead byte starts (1 for a stray continuation byte).
  static func scalarLength(_ b: UInt8) -> Int {
    if b < 0xC0 { return 1 }
    if b < 0xE0 { return 2 }
    if b < 0xF0 { return 3 }
    return 4
  }
}
