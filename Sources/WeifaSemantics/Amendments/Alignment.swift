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
  /// The text compared, lines joined by a line feed, normalised (`Normalize.act`) for matching.
  package var key: String
  /// The character bigrams of `key`, hashed and sorted (for `similarity`).
  var grams: [UInt32]
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

  /// Aligns the units of two charters: by label first, then by identical text, then by similar
  /// text near its place, then (bounded) by similar text anywhere; within each kind of unit.
  package init(old oc: Charter, new nc: Charter) {
    let old = Alignment.units(oc), new = Alignment.units(nc)
    self.old = old
    self.new = new
    var newOf = [Int?](repeating: nil, count: old.count)
    var how = [Int: AlignedPair.How]()
    for kind in [DiffUnit.Kind.preamble, .heading, .article, .signature] {
      let os = old.indices.filter { old[$0].kind == kind }, ns = new.indices.filter { new[$0].kind == kind }
      let local = Alignment.match(os.map { old[$0] }, ns.map { new[$0] })
      for (i, m) in local.enumerated() where m.new != nil {
        newOf[os[i]] = ns[m.new!]
        how[os[i]] = m.how
      }
    }
    self.newOf = newOf
    // Moved: a match outside the longest run of matches in order.
    let matchedOld = old.indices.filter { newOf[$0] != nil }
    let inOrder = Set(Alignment.longestIncreasing(matchedOld.map { newOf[$0]! }).map { matchedOld[$0] })
    var oldOfNew = [Int?](repeating: nil, count: new.count)
    for o in matchedOld { oldOfNew[newOf[o]!] = o }
    var pairs = [AlignedPair]()
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
        let moved = !inOrder.contains(o)
        if !moved { flushDeleted(upTo: o) }
        pairs.append(AlignedPair(old: o, new: j, moved: moved, how: how[o] ?? .similar))
        emitted[o] = true
      } else {
        pairs.append(AlignedPair(old: nil, new: j, how: .unmatched))
      }
    }
    flushDeleted(upTo: old.count)
    self.pairs = pairs
  }

  // MARK: - Units

  /// The units of a charter, in order.
  package static func units(_ c: Charter) -> [DiffUnit] {
    var out = [DiffUnit]()
    var current: DiffUnit?
    func close() {
      if var u = current {
        u.key = Normalize.act(u.ranges.map { c.file.text($0) }.joined(separator: "\n"))
        u.grams = bigrams(u.key)
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

  private static func unit(_ kind: DiffUnit.Kind, citation: String) -> DiffUnit {
    DiffUnit(kind: kind, citation: citation, lines: [], ranges: [], key: "", grams: [])
  }

  /// The hashed character bigrams of a text, sorted (a text of one character is its own gram).
  static func bigrams(_ s: String) -> [UInt32] {
    let u = Array(s.unicodeScalars)
    if u.count < 2 { return u.map { $0.value } }
    var out = [UInt32]()
    out.reserveCapacity(u.count - 1)
    for i in 0..<(u.count - 1) { out.append(u[i].value &* 0x9E37_79B1 ^ u[i + 1].value) }
    out.sort()
    return out
  }

  /// Dice's coefficient of two sorted gram lists: 2·|common| / (|a| + |b|), linear in their sizes.
  package static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
    if a.isEmpty && b.isEmpty { return 1 }
    var i = 0, j = 0, common = 0
    while i < a.count && j < b.count {
      if a[i] == b[j] { common += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
    }
    return Double(2 * common) / Double(a.count + b.count)
  }

  // MARK: - Matching

  /// Matches units of one kind: old index → (new index, how), or nil.
  static func match(_ olds: [DiffUnit], _ news: [DiffUnit]) -> [(new: Int?, how: AlignedPair.How)] {
    var result = [(new: Int?, how: AlignedPair.How)](repeating: (nil, .unmatched), count: olds.count)
    var taken = [Bool](repeating: false, count: news.count)
    func pair(_ i: Int, _ j: Int, _ how: AlignedPair.How) { result[i] = (j, how); taken[j] = true }
    // 1. Labels that each side uses once.
    func unique(_ units: [DiffUnit], _ key: (DiffUnit) -> String?) -> [String: Int] {
      var seen = [String: Int](), twice = Set<String>()
      for (i, u) in units.enumerated() {
        guard let k = key(u), !k.isEmpty else { continue }
        if seen[k] != nil { twice.insert(k) } else { seen[k] = i }
      }
      for k in twice { seen[k] = nil }
      return seen
    }
    let newLabels = unique(news) { $0.label }
    let oldLabels = unique(olds) { $0.label }
    // A label kept over a text rewritten from end to end is still the same article, but two
    // unrelated charters share labels too (【森林防火】): a label match needs some words in common.
    for (label, i) in oldLabels {
      guard let j = newLabels[label] else { continue }
      if olds[i].number != nil && olds[i].number == news[j].number || similarity(olds[i].grams, news[j].grams) >= labelSimilarity { pair(i, j, .label) }
    }
    // 2. Identical text, once on each side.
    let newTexts = unique(news) { $0.key }
    let oldTexts = unique(olds) { $0.key }
    for (text, i) in oldTexts where result[i].new == nil { if let j = newTexts[text], !taken[j] { pair(i, j, .identical) } }
    // 3. Similar text near its place: between consecutive anchors (matches in order), each
    // unmatched old unit against the unmatched new units within `window` of where it would stand.
    let anchored = olds.indices.filter { result[$0].new != nil }
    let run = longestIncreasing(anchored.map { result[$0].new! }).map { anchored[$0] }
    var candidates = [(sim: Double, i: Int, j: Int)]()
    var lowO = 0, lowN = 0
    for bound in run.map({ Optional($0) }) + [nil] {
      let highO = bound ?? olds.count, highN = bound.map { result[$0].new! } ?? news.count
      let gapO = (lowO..<highO).filter { result[$0].new == nil }
      let gapN = (lowN..<highN).filter { !taken[$0] }
      if !gapO.isEmpty && !gapN.isEmpty {
        for (k, i) in gapO.enumerated() {
          let centre = gapO.count == 1 ? 0 : k * (gapN.count - 1) / (gapO.count - 1)
          for c in max(0, centre - window)...min(gapN.count - 1, centre + window) {
            let j = gapN[c]
            let s = similarity(olds[i].grams, news[j].grams)
            let sameNumber = olds[i].number != nil && olds[i].number == news[j].number
            if s >= nearSimilarity || (sameNumber && s >= sameNumberSimilarity) { candidates.append((s + (sameNumber ? 0.05 : 0), i, j)) }
          }
        }
      }
      if let b = bound { lowO = b + 1; lowN = result[b].new! + 1 }
    }
    candidates.sort { $0.sim != $1.sim ? $0.sim > $1.sim : ($0.i, $0.j) < ($1.i, $1.j) }
    for c in candidates where result[c.i].new == nil && !taken[c.j] { pair(c.i, c.j, .similar) }
    // 4. Moved and changed: what is left, anywhere, with a higher bar, when few enough remain.
    let restO = olds.indices.filter { result[$0].new == nil }, restN = news.indices.filter { !taken[$0] }
    if !restO.isEmpty && !restN.isEmpty && restO.count * restN.count <= maxFreeComparisons {
      var far = [(sim: Double, i: Int, j: Int)]()
      for i in restO { for j in restN {
        let s = similarity(olds[i].grams, news[j].grams)
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
