import WeifaBase

/// The items (项 （一）, 1., 一是; 目 ①, (1)) of an article matched on both sides of a 修订对照表,
/// as `Alignment` matches articles: by identical text, then by similar text (Dice over bigrams),
/// items with items and sub-items with sub-items. So an item added, deleted, moved among the
/// others or renumbered (（三） became （四） because an item was put before it) is marked as
/// such, and its number, rewritten only because of the renumbering, is not a change of substance.
package struct ItemChange: Sendable, Equatable {
  package enum Mark: String, Sendable { case added, deleted, changed, moved, renumbered }
  /// The item's line in the old and in the new unit (an index into `DiffUnit.lines`).
  package var old: Int?
  package var new: Int?
  /// The item's number as written on each side: （三）, 3., ①.
  package var oldMark: String?
  package var newMark: String?
  package var marks: [Mark]
}

enum ItemAlignment {
  struct Item {
    var line: Int
    var role: PrintedLine.Role
    var mark: String
    var key: [UInt32]
    var hash: UInt64
  }

  /// The least similarity for two items to be one item changed, and the most pairs compared
  /// (an article of 200 items against 200: past that only identical items are matched).
  static let similarity = 0.5, maxComparisons = 40_000

  /// The items of an article unit: its lines of role item or sub-item that carry a number.
  static func items(_ u: DiffUnit, _ c: Charter) -> [Item] {
    var out = [Item]()
    for (k, line) in u.lines.enumerated() where (line.role == .item || line.role == .subitem) && line.markEnd > line.range.lower {
      let (key, hash) = Alignment.key(c.file.bytes, [TextRange(line.markEnd, line.range.upper)])
      out.append(Item(line: k, role: line.role, mark: c.file.text(TextRange(line.range.lower, line.markEnd)).trimmingCharacters([" ", "\u{3000}", "\t"]),
                      key: key, hash: hash))
    }
    return out
  }

  /// Old item → the new item it became (indices into the item lists), or nil.
  static func match(_ a: [Item], _ b: [Item]) -> [Int?] {
    var newOf = [Int?](repeating: nil, count: a.count)
    var taken = [Bool](repeating: false, count: b.count)
    // 1. Identical text, once on each side.
    func unique(_ xs: [Item]) -> [String: Int] {
      var seen = [String: Int](), twice = Set<String>()
      for (i, x) in xs.enumerated() where !x.key.isEmpty {
        let k = "\(x.role.rawValue)|\(x.hash)"
        if seen[k] != nil { twice.insert(k) } else { seen[k] = i }
      }
      for k in twice { seen[k] = nil }
      return seen
    }
    let newTexts = unique(b)
    for (k, i) in unique(a).sorted(by: { $0.value < $1.value }) {
      if let j = newTexts[k], !taken[j], a[i].key == b[j].key { newOf[i] = j; taken[j] = true }
    }
    // 2. Similar text, best pairs first.
    let restA = a.indices.filter { newOf[$0] == nil }, restB = b.indices.filter { !taken[$0] }
    if !restA.isEmpty && !restB.isEmpty && restA.count * restB.count <= maxComparisons {
      let gramsB = restB.map { Alignment.bigrams(b[$0].key) }
      var candidates = [(sim: Double, i: Int, j: Int)]()
      for i in restA {
        let g = Alignment.bigrams(a[i].key)
        for (n, j) in restB.enumerated() where a[i].role == b[j].role {
          let s = Alignment.similarity(g, gramsB[n])
          if s >= similarity { candidates.append((s, i, j)) }
        }
      }
      candidates.sort { $0.sim != $1.sim ? $0.sim > $1.sim : ($0.i, $0.j) < ($1.i, $1.j) }
      for c in candidates where newOf[c.i] == nil && !taken[c.j] { newOf[c.i] = c.j; taken[c.j] = true }
    }
    return newOf
  }

  /// What happened to the items of two matched article units, in the order of the new article
  /// (a deleted item after the item before it in the old one); unchanged items left out.
  static func changes(_ ou: DiffUnit, _ oc: Charter, _ nu: DiffUnit, _ nc: Charter) -> (changes: [ItemChange], newLineOfOldLine: [Int: Int]) {
    let a = items(ou, oc), b = items(nu, nc)
    guard !a.isEmpty || !b.isEmpty else { return ([], [:]) }
    let newOf = match(a, b)
    let matched = a.indices.filter { newOf[$0] != nil }
    var inOrder = Set<Int>()
    for k in Alignment.longestIncreasing(matched.map { newOf[$0]! }) { inOrder.insert(matched[k]) }
    var oldOfNew = [Int?](repeating: nil, count: b.count)
    for i in matched { oldOfNew[newOf[i]!] = i }
    var out = [ItemChange]()
    var lines = [Int: Int]()
    var nextOld = 0
    func flushDeleted(upTo limit: Int) {
      while nextOld < limit {
        if newOf[nextOld] == nil { out.append(ItemChange(old: a[nextOld].line, new: nil, oldMark: a[nextOld].mark, newMark: nil, marks: [.deleted])) }
        nextOld += 1
      }
    }
    for (j, item) in b.enumerated() {
      guard let i = oldOfNew[j] else {
        out.append(ItemChange(old: nil, new: item.line, oldMark: nil, newMark: item.mark, marks: [.added]))
        continue
      }
      lines[a[i].line] = item.line
      let moved = !inOrder.contains(i)
      if !moved { flushDeleted(upTo: i) }
      var marks = [ItemChange.Mark]()
      if a[i].key != item.key { marks.append(.changed) }
      if moved { marks.append(.moved) }
      if a[i].mark != item.mark { marks.append(.renumbered) }
      if !marks.isEmpty { out.append(ItemChange(old: a[i].line, new: item.line, oldMark: a[i].mark, newMark: item.mark, marks: marks)) }
    }
    flushDeleted(upTo: a.count)
    return (out, lines)
  }
}
