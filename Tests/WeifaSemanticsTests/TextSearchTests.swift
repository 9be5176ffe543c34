import Testing
import WeifaSemantics

/// The byte fast paths (`byteSearch`, `SyntaxText.same/hasPrefix/contains/trimmingSpaces`) give
/// exactly what the plain search and the standard library's Character-based operations give,
/// on Chinese text, ASCII, and the text where bytes and Characters differ (combining marks,
/// a compatibility ideograph canonically equal to 不, CR LF, variation selectors).
@Suite struct TextSearchTests {
  /// The first occurrence by the obvious loop.
  static func naive(_ h: [UInt8], _ n: [UInt8]) -> Int? {
    guard !n.isEmpty else { return 0 }
    guard h.count >= n.count else { return nil }
    for i in 0...(h.count - n.count) where Array(h[i..<(i + n.count)]) == n { return i }
    return nil
  }

  static let pieces = ["村", "民", "不", "得", "过半数", "分之", "，", "。", "a", "b", " ", "\u{3000}", "元", "以上", "半数", "三", "罚款"]

  @Test func byteSearchAgreesWithTheObviousLoop() {
    var rng = SystemRandomNumberGenerator()
    var compared = 0, found = 0
    for _ in 0..<3000 {
      let h = (0..<Int.random(in: 0...40, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
      let n = (0..<Int.random(in: 1...3, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
      let hb = Array(h.utf8), nb = Array(n.utf8)
      let fast = hb.withUnsafeBufferPointer { hp in nb.withUnsafeBufferPointer { np in byteSearch(hp, np) } }
      #expect(fast == Self.naive(hb, nb), "\(h) / \(n)")
      compared += 1
      if fast != nil { found += 1 }
    }
    #expect(compared == 3000 && found > 300)   // both outcomes were exercised
    // Every length around the eight-byte steps, the needle at every place.
    for len in 1...40 {
      let h = [UInt8](repeating: 0xE6, count: len)
      for at in 0..<len {
        var hh = h
        hh[at] = 0x9D
        let n: [UInt8] = [0xE6, 0x9D]
        let fast = hh.withUnsafeBufferPointer { hp in n.withUnsafeBufferPointer { np in byteSearch(hp, np) } }
        #expect(fast == Self.naive(hh, n))
      }
    }
  }

  /// Text where the byte answer and the Character answer could differ.
  static let tricky = ["不得", "\u{F967}得", "不\u{0301}得", "应当\u{FE00}", "村民\r\n", "\r\n村民", "e\u{0301}", "é", "过半数", "过半数\u{0301}",
                       " 村民 ", "\u{3000}村民\u{3000}", "\u{A0}村\u{A0}", "\t不得\t", "", " ", "\u{3000}", "不", "得", "半数以上", "三分之二以上",
                       "村民会议", "村民代表会议", "ab", "a b", "Ａ", "𠀀村", "村\u{200D}民", "不超过1000元"]

  @Test func fastPathsAgreeWithTheStandardLibrary() {
    for a in Self.tricky {
      #expect(SyntaxText.trimmingSpaces(a) == a.trimmingSpaces(), "\(Array(a.unicodeScalars))")
      #expect(SyntaxText.trimmingSpaces(a).utf8.elementsEqual(a.trimmingSpaces().utf8))
      for b in Self.tricky {
        #expect(SyntaxText.same(a, b) == (a == b), "\(Array(a.unicodeScalars)) \(Array(b.unicodeScalars))")
        #expect(SyntaxText.hasPrefix(a, b) == a.hasPrefix(b), "\(Array(a.unicodeScalars)) \(Array(b.unicodeScalars))")
        if !b.isEmpty { #expect(SyntaxText.contains(a, b) == a.contains(b), "\(Array(a.unicodeScalars)) \(Array(b.unicodeScalars))") }
      }
    }
    // The compatibility ideograph is canonically 不: the fast path must not decide it on bytes.
    #expect(SyntaxText.same("\u{F967}得", "不得"))
    #expect(!SyntaxText.isPlain("\u{F967}得") && SyntaxText.isPlain("不得，村民。"))
  }

  /// `BytePairs` never rules out a word the text holds (it is a filter before the search, so a wrong "no" would lose a
  /// finding), and it does rule out most words it does not hold (else it would save nothing).
  @Test func bytePairsNeverMissAWordTheTextHolds() {
    var rng = SystemRandomNumberGenerator()
    var absent = 0, ruledOut = 0
    for _ in 0..<2000 {
      let h = (0..<Int.random(in: 0...30, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
      let pairs = BytePairs(h)
      let hb = Array(h.utf8)
      // Every piece of the text, at every place and length, is a word it holds.
      for i in 0..<hb.count { for j in (i + 1)...min(hb.count, i + 12) {
        guard let w = String(validating: hb[i..<j], as: UTF8.self) else { continue }
        #expect(pairs.mayContain(w), "\(h) / \(w)")
      } }
      let n = (0..<Int.random(in: 1...3, using: &rng)).map { _ in Self.pieces.randomElement(using: &rng)! }.joined()
      if !h.utf8.elementsEqual(n.utf8), Self.naive(hb, Array(n.utf8)) == nil, n.utf8.count > 3 {
        absent += 1
        if !pairs.mayContain(n) { ruledOut += 1 }
      }
    }
    #expect(absent > 200 && ruledOut * 10 >= absent * 7, "ruled out \(ruledOut) of \(absent) absent words")
    // A word of one byte is never ruled out (it has no pair); the empty text rules out every longer word.
    #expect(BytePairs("村民").mayContain("a") && !BytePairs("").mayContain("村民"))
  }
}
