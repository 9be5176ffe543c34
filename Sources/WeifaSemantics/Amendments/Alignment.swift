import Synchronization
import WeifaBase

/// One unit of a document as the 修订对照表 compares it: the preamble (title line and the lines
/// before the first heading or article), a heading (第一章 总则, 一、村风民俗), an article with its
/// paragraphs and items, or the signature block. Built from `Charter.printedLines`, so every
/// layout the language accepts (第X条, 一、, 1., verse lines) gives the same kind of units.
package struct DiffUnit: Sendable {
  package enum Kind: String, Sendable { case preamble, heading, article, signature }
  package var kind: Kind
  /// The article (an index into `Charter.articles`) or division (`Charter.divisions`).
  package var article: Int?
  package var division: Int?
  package var label: String?
  /// The number as written (else as counted): 第三十二条 → 32, 一、 → 1; nil for a verse line.
  package var number: Int?
  /// How the unit is cited: 第三十二条, 「二、村风」第1条, 第三章, 序言.
  package var citation: String
  /// The printed lines, each with the bytes compared (an article's first line without its mark).
  package var lines: [PrintedLine]
  /// The bytes compared on each line (the first line of an article starts after its mark).
  package var ranges: [TextRange]
  /// The text compared, as `Normalize.act` keeps it (white space and punctuation dropped,
  /// variants folded), scalar by scalar: two units with equal keys read the same.
  package var key: [UInt32]
  /// A hash of `key` (FNV-1a), for finding identical texts without hashing strings.
  var hash: UInt64
}

/// How one unit of the old version relates to the new one.
package struct AlignedPair: Sendable {
  package var old: Int?
  package var new: Int?
  /// Matched out of order (the article moved among the others).
  package var moved = false
  /// How the match was found: by label, by identical text, or by similar text near its place.
  package var how: How
  package enum How: String, Sendable { case label, identical, similar, unmatched }
}

/// The alignment of two versions of one document: which old unit became which new unit.
package struct Alignment: Sendable {
  package var old: [DiffUnit]
  package var new: [DiffUnit]
  /// Every unit of both sides once, in the order of the new version (a deleted unit after the
  /// unit before it in the old version).
  package var pairs: [AlignedPair]
  /// Old unit → new unit it became.
  package var newOf: [Int?]
  /// How many pairs of articles (or headings) were matched.
  package var matched: Int { pairs.filter { $0.old != nil && $0.new != nil }.count }

  /// Candidates are compared only within this many places of where an unmatched unit would
  /// stand, so that a charter whose every article changed costs (n · window), not n².
  package static let window = 8
  /// Beyond this many comparisons the last pass (moved and changed articles, anywhere) is skipped.
  package static let maxFreeComparisons = 20_000
  /// The least similarity (Dice over character bigrams) for a match near its place, for a match
  /// with the same number, and for a match anywhere.
  package static let nearSimilarity = 0.45, sameNumberSimilarity = 0.3, farSimilarity = 0.6
  /// The least similarity for a match by label when the numbers differ.
  package static let labelSimilarity = 0.2

  // MARK: - Shared

  /// The alignments a workspace has made, by the two versions' paths and bytes (`Workspace.alignments`):
  /// `weifa check` (WF8007) and the 修订对照表 with its impact section ask for the same pair and
  /// get it built once. Scoped to one workspace (no process-global state); safe across the
  /// threads that check its documents.
  package final class Memo: Sendable {
    private let pairs = Mutex<[(key: PairKey, alignment: Alignment)]>([])
    private let builds = Atomic<Int>(0)
    package init() {}

    /// How many alignments this memo built (not found).
    package var built: Int { builds.load(ordering: .relaxed) }

    /// The alignment of `oc` and `nc` if this memo holds one, else nil.
    package func cached(old oc: Charter, new nc: Charter) -> Alignment? {
      let key = PairKey(oc, nc)
      return pairs.withLock { $0.first { $0.key == key }?.alignment }
    }

    /// The alignment of `oc` and `nc`, built once however many ask.
    package func alignment(old oc: Charter, new nc: Charter) -> Alignment {
      if let hit = cached(old: oc, new: nc) { return hit }
      let a = Alignment(old: oc, new: nc)
      builds.add(1, ordering: .relaxed)
      let key = PairKey(oc, nc)
      pairs.withLock { list in if !list.contains(where: { $0.key == key }) { list.append((key, a)) } }
      return a
    }
  }

  /// Two versions by content: the same files read twice (each side of `weifa diff` is its own
  /// analysis) are the same pair.
  struct PairKey: Equatable, Sendable {
    var oldPath: String, newPath: String
    var oldBytes: [UInt8], newBytes: [UInt8]
    init(_ oc: Charter, _ nc: Charter) { oldPath = oc.file.path; newPath = nc.file.path; oldBytes = oc.file.bytes; newBytes = nc.file.bytes }
  }

  /// Aligns the units of two charters: by label first, then by identical text, then by similar
  /// text near its place, then (bounded) by similar text anywhere; within each kind of unit.
  /// (`Memo.alignment(old:new:)` gives the same, built once per pair.)
  package init(old oc: Charter, new nc: Charter) {
    let old = Alignment.units(oc), new = Alignment.units(nc)
    self.old = old
    self.new = new
    var newOf = [Int?](repeating: nil, count: old.count)
    var how = [AlignedPair.How](repeating: .similar, count: old.count)
    var grams = Grams(old: old, new: new)
    for kind in [DiffUnit.Kind.preamble, .heading, .article, .signature] {
      let os = old.indices.filter { old[$0].kind == kind }, ns = new.indices.filter { new[$0].kind == kind }
      guard !os.isEmpty && !ns.isEmpty else { continue }
      let local = Alignment.match(os, ns, old, new, &grams)
      for (i, m) in local.enumerated() where m.new != nil {
        newOf[os[i]] = ns[m.new!]
        how[os[i]] = m.how
      }
    }
    self.newOf = newOf
    // Moved: a match outside the longest run of matches in order.
    let matchedOld = old.indices.filter { newOf[$0] != nil }
    var inOrder = [Bool](repeating: false, count: old.count)
    for k in Alignment.longestIncreasing(matchedOld.map { newOf[$0]! }) { inOrder[matchedOld[k]] = true }
    var oldOfNew = [Int?](repeating: nil, count: new.count)
    for o in matchedOld { oldOfNew[newOf[o]!] = o }
    var pairs = [AlignedPair]()
    pairs.reserveCapacity(old.count + new.count)
    var nextOld = 0
    var emitted = [Bool](repeating: false, count: old.count)
    func flushDeleted(upTo limit: Int) {
      while nextOld < limit {
        if newOf[nextOld] == nil && !emitted[nextOld] { pairs.append(AlignedPair(old: nextOld, new: nil, how: .unmatched)); emitted[nextOld] = true }
        nextOld += 1
      }
    }
    for j in new.indices {
      if let o = oldOfNew[j] {
        let moved = !inOrder[o]
        if !moved { flushDeleted(upTo: o) }
        pairs.append(AlignedPair(old: o, new: j, moved: moved, how: how[o]))
        emitted[o] = true
      } else {
        pairs.append(AlignedPair(old: nil, new: j, how: .unmatched))
      }
    }
    flushDeleted(upTo: old.count)
    self.pairs = pairs
  }

  /// The same units with nothing matched: every new unit added, then every old one deleted.
  package func withoutMatches() -> Alignment {
    var a = self
    a.newOf = Array(repeating: nil, count: old.count)
    a.pairs = new.indices.map { AlignedPair(old: nil, new: $0, how: .unmatched) } + old.indices.map { AlignedPair(old: $0, new: nil, how: .unmatched) }
    return a
  }

  // MARK: - Units

  /// The units of a charter, in order.
  package static func units(_ c: Charter) -> [DiffUnit] {
    var out = [DiffUnit]()
    var current: DiffUnit?
    let bytes = c.file.bytes
    func close() {
      if var u = current {
        (u.key, u.hash) = Alignment.key(bytes, u.ranges)
        out.append(u)
      }
      current = nil
    }
    for line in c.printedLines where line.role != .blank {
      switch line.role {
      case .title, .preamble:
        if current?.kind != .preamble { close(); current = unit(.preamble, citation: "序言") }
        current!.lines.append(line); current!.ranges.append(line.range)
      case .signature:
        if current?.kind != .signature { close(); current = unit(.signature, citation: "落款") }
        current!.lines.append(line); current!.ranges.append(line.range)
      case .heading:
        close()
        var u = unit(.heading, citation: c.file.text(line.range).trimmingCharacters([" ", "\u{3000}"]))
        u.division = line.division
        if let d = line.division, c.divisions.indices.contains(d) {
          u.number = c.divisions[d].number
          u.label = c.divisions[d].title.isEmpty ? nil : Normalize.act(c.divisions[d].title)
        }
        u.lines = [line]
        u.ranges = [TextRange(line.markEnd, line.range.upper)]
        current = u
        close()
      case .article, .paragraph, .item, .subitem:
        guard let a = line.article else {
          if current?.kind != .preamble { close(); current = unit(.preamble, citation: "序言") }
          current!.lines.append(line); current!.ranges.append(line.range)
          continue
        }
        if current?.article != a {
          close()
          var u = unit(.article, citation: c.citation(ofArticle: a))
          u.article = a
          let art = c.articles[a]
          u.label = art.label
          u.number = art.mark == nil ? nil : (art.written ?? art.number)
          current = u
        }
        current!.lines.append(line)
        current!.ranges.append(line.opensArticle ? TextRange(line.markEnd, line.range.upper) : line.range)
      case .blank:
        break
      }
    }
    close()
    return out
  }

  /// The text of `ranges` as compared: scalar by scalar as `Normalize.act` keeps them (so the
  /// line feeds between lines are dropped too), and its FNV-1a hash.
  package static func key(_ bytes: [UInt8], _ ranges: [TextRange]) -> (key: [UInt32], hash: UInt64) {
    var key = [UInt32]()
    key.reserveCapacity(ranges.reduce(0) { $0 + max(0, $1.upper - $1.lower) } / 3 + 4)
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for r in ranges where r.upper > r.lower && r.upper <= bytes.count {
      _ = transcode(bytes[r.lower..<r.upper].makeIterator(), from: UTF8.self, to: UTF32.self, stoppingOnError: false) { v in
        guard let s = Unicode.Scalar(v), !Normalize.dropped(s) else { return }
        let f = Normalize.folded(s).value
        key.append(f)
        hash = (hash ^ UInt64(f)) &* 0x100_0000_01b3
      }
    }
    return (key, hash)
  }

  private static func unit(_ kind: DiffUnit.Kind, citation: String) -> DiffUnit {
    DiffUnit(kind: kind, citation: citation, lines: [], ranges: [], key: [], hash: 0)
  }

  /// The hashed character bigrams of a key, sorted (a key of one character is its own gram).
  static func bigrams(_ u: [UInt32]) -> [UInt32] {
    if u.count < 2 { return u }
    var out = [UInt32](unsafeUninitializedCapacity: u.count - 1) { buf, n in
      for i in 0..<(u.count - 1) { buf[i] = u[i] &* 0x9E37_79B1 ^ u[i + 1] }
      n = u.count - 1
    }
    out.sort()
    return out
  }

  /// The bigrams of each unit, made when a similarity first needs them: most units are matched
  /// by label or identical text and never need theirs.
  struct Grams {
    var old: [[UInt32]?], new: [[UInt32]?]
    let oldUnits: [DiffUnit], newUnits: [DiffUnit]
    init(old: [DiffUnit], new: [DiffUnit]) {
      self.old = Array(repeating: nil, count: old.count)
      self.new = Array(repeating: nil, count: new.count)
      oldUnits = old
      newUnits = new
    }
    /// The similarity of old unit `i` and new unit `j` (1 for equal keys, without grams).
    mutating func similarity(_ i: Int, _ j: Int) -> Double {
      if oldUnits[i].hash == newUnits[j].hash && oldUnits[i].key == newUnits[j].key { return 1 }
      if old[i] == nil { old[i] = Alignment.bigrams(oldUnits[i].key) }
      if new[j] == nil { new[j] = Alignment.bigrams(newUnits[j].key) }
      return Alignment.similarity(old[i]!, new[j]!)
    }
  }

  /// Dice's coefficient of two sorted gram lists: 2·|common| / (|a| + |b|), linear in their sizes.
  package static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
    if a.isEmpty && b.isEmpty { return 1 }
    var i = 0, j = 0, common = 0
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        while i < a.count && j < b.count {
          if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
      }
    }
    return Double(2 * common) / Double(a.count + b.count)
  }

  // MARK: - Matching

  /// Matches units of one kind, `os` of `old` against `ns` of `new`: for each of `os`, the place
  /// in `ns` it matched (and how), or nil.
  static func match(_ os: [Int], _ ns: [Int], _ old: [DiffUnit], _ new: [DiffUnit], _ grams: inout Grams) -> [(new: Int?, how: AlignedPair.How)] {
    var result = [(new: Int?, how: AlignedPair.How)](repeating: (nil, .unmatched), count: os.count)
    var taken = [Bool](repeating: false, count: ns.count)
    func pair(_ i: Int, _ j: Int, _ how: AlignedPair.How) { result[i] = (j, how); taken[j] = true }
    func sim(_ i: Int, _ j: Int) -> Double { grams.similarity(os[i], ns[j]) }
    func sameNumber(_ i: Int, _ j: Int) -> Bool { old[os[i]].number != nil && old[os[i]].number == new[ns[j]].number }
    // 1. Labels that each side uses once.
    func uniqueLabels(_ idx: [Int], _ units: [DiffUnit]) -> [String: Int] {
      var seen = [String: Int](), twice = Set<String>()
      for (i, u) in idx.enumerated() {
        guard let k = units[u].label, !k.isEmpty else { continue }
        if seen[k] != nil { twice.insert(k) } else { seen[k] = i }
      }
      for k in twice { seen[k] = nil }
      return seen
    }
    let newLabels = uniqueLabels(ns, new)
    // A label kept over a text rewritten from end to end is still the same article, but two
    // unrelated charters share labels too (【森林防火】): a label match needs some words in common.
    for (label, i) in uniqueLabels(os, old).sorted(by: { $0.value < $1.value }) {
      guard let j = newLabels[label] else { continue }
      if sameNumber(i, j) || sim(i, j) >= labelSimilarity { pair(i, j, .label) }
    }
    // 2. Identical text, once on each side (by hash, the keys compared when hashes meet).
    func uniqueTexts(_ idx: [Int], _ units: [DiffUnit]) -> [UInt64: Int] {
      var seen = [UInt64: Int](minimumCapacity: idx.count), twice = Set<UInt64>()
      for (i, u) in idx.enumerated() where !units[u].key.isEmpty {
        if seen[units[u].hash] != nil { twice.insert(units[u].hash) } else { seen[units[u].hash] = i }
      }
      for k in twice { seen[k] = nil }
      return seen
    }
    let newTexts = uniqueTexts(ns, new)
    for (h, i) in uniqueTexts(os, old).sorted(by: { $0.value < $1.value }) where result[i].new == nil {
      if let j = newTexts[h], !taken[j], old[os[i]].key == new[ns[j]].key { pair(i, j, .identical) }
    }
    // 3. Similar text near its place: between consecutive anchors (matches in order), each
    // unmatched old unit against the unmatched new units within `window` of where it would stand.
    let anchored = os.indices.filter { result[$0].new != nil }
    let run = longestIncreasing(anchored.map { result[$0].new! }).map { anchored[$0] }
    var candidates = [(sim: Double, i: Int, j: Int)]()
    var lowO = 0, lowN = 0
    var gapO = [Int](), gapN = [Int]()
    for k in 0...run.count {
      let bound = k < run.count ? run[k] : nil
      let highO = bound ?? os.count, highN = bound.map { result[$0].new! } ?? ns.count
      gapO.removeAll(keepingCapacity: true)
      gapN.removeAll(keepingCapacity: true)
      for i in lowO..<max(lowO, highO) where result[i].new == nil { gapO.append(i) }
      for j in lowN..<max(lowN, highN) where !taken[j] { gapN.append(j) }
      if !gapO.isEmpty && !gapN.isEmpty {
        for (k, i) in gapO.enumerated() {
          let centre = gapO.count == 1 ? 0 : k * (gapN.count - 1) / (gapO.count - 1)
          for c in max(0, centre - window)...min(gapN.count - 1, centre + window) {
            let j = gapN[c]
            let s = sim(i, j)
            let same = sameNumber(i, j)
            if s >= nearSimilarity || (same && s >= sameNumberSimilarity) { candidates.append((s + (same ? 0.05 : 0), i, j)) }
          }
        }
      }
      if let b = bound { lowO = b + 1; lowN = result[b].new! + 1 }
    }
    candidates.sort { $0.sim != $1.sim ? $0.sim > $1.sim : ($0.i, $0.j) < ($1.i, $1.j) }
    for c in candidates where result[c.i].new == nil && !taken[c.j] { pair(c.i, c.j, .similar) }
    // 4. Moved and changed: what is left, anywhere, with a higher bar, when few enough remain.
    let restO = os.indices.filter { result[$0].new == nil }, restN = ns.indices.filter { !taken[$0] }
    if !restO.isEmpty && !restN.isEmpty && restO.count * restN.count <= maxFreeComparisons {
      var far = [(sim: Double, i: Int, j: Int)]()
      for i in restO { for j in restN {
        let s = sim(i, j)
        if s >= farSimilarity { far.append((s, i, j)) }
      } }
      far.sort { $0.sim != $1.sim ? $0.sim > $1.sim : ($0.i, $0.j) < ($1.i, $1.j) }
      for c in far where result[c.i].new == nil && !taken[c.j] { pair(c.i, c.j, .similar) }
    }
    return result
  }

  /// The positions of a longest strictly increasing subsequence of `xs` (patience sorting,
  /// O(n log n)).
  package static func longestIncreasing(_ xs: [Int]) -> [Int] {
    var tails = [Int](), tailIndex = [Int](), prev = [Int](repeating: -1, count: xs.count)
    for (i, x) in xs.enumerated() {
      var lo = 0, hi = tails.count
      while lo < hi { let mid = (lo + hi) / 2; if tails[mid] < x { lo = mid + 1 } else { hi = mid } }
      if lo > 0 { prev[i] = tailIndex[lo - 1] }
      if lo == tails.count { tails.append(x); tailIndex.append(i) } else { tails[lo] = x; tailIndex[lo] = i }
    }
    var out = [Int]()
    var k = tailIndex.last ?? -1
    while k >= 0 { out.append(k); k = prev[k] }
    return out.reversed()
  }
}

extension String {
  /// The string without the given characters at either end.
  func trimmingCharacters(_ set: Set<Character>) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
