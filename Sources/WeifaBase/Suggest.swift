/// "Did you mean": the few known words closest to a misspelt one, by edit distance over Unicode
/// scalars (a Chinese character is one step: 年令 → 年龄, 禁至 → 禁止). The one helper every
/// diagnostic that names a known set uses — directives, fields, labels, attributes, values.
package enum Suggest {
  /// How far a word of `length` scalars may be from a suggestion: one edit for a word of two or
  /// three characters, two for a longer one, none for a single character (any one-character word
  /// is one edit from it).
  package static func allowedDistance(_ length: Int) -> Int {
    length <= 1 ? 0 : length <= 3 ? 1 : 2
  }

  /// Words longer than this are not compared: a misspelt keyword is short, and a line of garbage
  /// must not cost a distance table per known word.
  package static let maxLength = 24

  /// The candidates within `allowedDistance` of `word`, closest first (ties in the order given),
  /// without duplicates or `word` itself, at most `limit`.
  package static func closest<S: Sequence>(_ word: String, among candidates: S, limit: Int = 3) -> [String] where S.Element == String {
    let w = Array(word.unicodeScalars)
    guard !w.isEmpty, w.count <= maxLength else { return [] }
    let allowed = allowedDistance(w.count)
    guard allowed > 0 else { return [] }
    var found: [(word: String, distance: Int, order: Int)] = []
    var seen = Set<String>()
    for (i, c) in candidates.enumerated() where c != word && !seen.contains(c) {
      seen.insert(c)
      let s = Array(c.unicodeScalars)
      if abs(s.count - w.count) > allowed { continue }
      let d = distance(w, s, bound: allowed)
      if d <= allowed { found.append((c, d, i)) }
    }
    return found.sorted { ($0.distance, $0.order) < ($1.distance, $1.order) }.prefix(limit).map(\.word)
  }

  /// The optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two
  /// neighbours: 龄年 → 年龄 is one edit); anything over `bound` is returned as `bound + 1`.
  package static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int = .max) -> Int {
    if a.isEmpty { return min(b.count, bound == .max ? b.count : bound + 1) }
    if b.isEmpty { return min(a.count, bound == .max ? a.count : bound + 1) }
    let m = b.count
    var before = [Int](repeating: 0, count: m + 1)   // row i - 2
    var previous = Array(0...m)                       // row i - 1
    var current = [Int](repeating: 0, count: m + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMin = i
      for j in 1...m {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var v = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, before[j - 2] + 1) }
        current[j] = v
        rowMin = min(rowMin, v)
      }
      if bound != .max, rowMin > bound { return bound + 1 }
      (before, previous, current) = (previous, current, before)
    }
    return bound == .max ? previous[m] : min(previous[m], bound + 1)
  }

  /// 「帮助：是否指「A」或「B」？」 for the closest candidates, or nothing when none is close.
  /// `prefix` goes before each name (「@」 for directives).
  package static func note<S: Sequence>(_ word: String, among candidates: S, prefix: String = "") -> LocalizedText? where S.Element == String {
    didYouMean(closest(word, among: candidates), prefix: prefix)
  }

  /// 「帮助：是否指「A」或「B」？」 for these names (at most three), nil for none.
  package static func didYouMean(_ names: [String], prefix: String = "") -> LocalizedText? {
    guard !names.isEmpty else { return nil }
    let best = names.prefix(3)
    return .init(zh: "帮助：是否指" + best.map { "「\(prefix)\($0)」" }.joined(separator: "或") + "？",
                 en: "help: did you mean " + best.map { "“\(prefix)\($0)”" }.joined(separator: " or ") + "?")
  }
}
