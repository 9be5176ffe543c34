import Testing
@testable import WeifaSemantics

/// `ClauseText.string` encodes the normalised scalars itself (for speed); it must give what building the string scalar by
/// scalar gives, for every width of UTF-8 and for values that are no scalar.
@Suite struct ClauseTextTests {
  static func slow(_ t: ClauseText, _ r: Range<Int>) -> String {
    var s = String.UnicodeScalarView()
    for i in r { if let u = Unicode.Scalar(t.scalars[i]) { s.append(u) } }
    return String(s)
  }

  @Test func stringMatchesScalarByScalarConstruction() {
    var g = SystemRandomNumberGenerator()
    let pool: [UInt32] = [0x41, 0x7A, 0x20, 0xE9, 0x3B1, 0x7FF, 0x800, 0x4E0D, 0x7F5A, 0xFF0C, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF]
    for _ in 0..<300 {
      let n = Int.random(in: 0...40, using: &g)
      var t = ClauseText(Substring(""), base: 0)
      t.scalars = (0..<n).map { _ in pool.randomElement(using: &g)! }
      // (Values that are no scalar are dropped by both: a lone surrogate, one above U+10FFFF.)
      if n > 0, Bool.random(using: &g) { t.scalars[Int.random(in: 0..<n, using: &g)] = [0xD800, 0xDFFF, 0x110000].randomElement(using: &g)! }
      let lo = Int.random(in: 0...n, using: &g), hi = Int.random(in: lo...n, using: &g)
      #expect(t.string(lo..<hi) == Self.slow(t, lo..<hi))
      #expect(Array(t.string(lo..<hi).utf8) == Array(Self.slow(t, lo..<hi).utf8))
    }
    let real = ClauseText(Substring("严禁偷盗，违者罚款壹仟元。ＡＢＣ１２３"), base: 0)
    #expect(real.string(0..<real.count) == "严禁偷盗，违者罚款一千元。ABC123")
  }

  /// `scalarsContain` (one pass, positions tried by the list's first scalars) answers as testing each word in turn does.
  @Test func scalarsContainMatchesWordByWordSearch() {
    var g = SystemRandomNumberGenerator()
    let alphabet: [UInt32] = Array("不得罚款违者由村委会停水电的，。".unicodeScalars.map(\.value)) + [0x1000 + 0x4E0D]   // (a scalar whose hash collides with 不)
    for _ in 0..<400 {
      var t = ClauseText(Substring(""), base: 0)
      t.scalars = (0..<Int.random(in: 0...30, using: &g)).map { _ in alphabet.randomElement(using: &g)! }
      let words: [[UInt32]] = (0..<Int.random(in: 0...6, using: &g)).map { _ in (0..<Int.random(in: 1...3, using: &g)).map { _ in alphabet.randomElement(using: &g)! } }
      let lo = Int.random(in: 0...t.count, using: &g), hi = Int.random(in: lo...t.count, using: &g)
      let naive = words.contains { w in w.count <= hi - lo && (lo...(hi - w.count)).contains { i in Array(t.scalars[i..<(i + w.count)]) == w } }
      #expect(ClauseAnalysis.scalarsContain(t, lo..<hi, ScalarWords(words)) == naive)
    }
  }
}
