import Testing
import WeifaTestSupport
import WeifaBase

@Suite struct NumeralTests {
  @Test func statuteForms() {
    let expected: [Int: String] = [
      1: "一", 10: "十", 11: "十一", 19: "十九", 20: "二十", 21: "二十一", 99: "九十九", 100: "一百", 101: "一百零一",
      110: "一百一十", 111: "一百一十一", 120: "一百二十", 200: "二百", 1000: "一千", 1001: "一千零一", 1010: "一千零一十",
      1100: "一千一百", 1259: "一千二百五十九", 1260: "一千二百六十", 10000: "一万", 10010: "一万零一十", 100000: "十万",
    ]
    for (n, s) in expected {
      #expect(ChineseNumeral.format(n) == s, "format(\(n))")
      #expect(ChineseNumeral.parse(s) == n, "parse(\(s))")
    }
  }

  @Test func roundTripOneToTwoThousand() {
    for n in 1...2000 {
      #expect(ChineseNumeral.parse(ChineseNumeral.format(n)) == n, "\(n) → \(ChineseNumeral.format(n))")
    }
  }

  @Test func otherSpellings() {
    #expect(ChineseNumeral.parse("１２") == 12)
    #expect(ChineseNumeral.parse("二〇二四") == 2024)
    #expect(ChineseNumeral.parse("两百") == 200)
    #expect(ChineseNumeral.parse("一十一") == 11)
  }

  @Test func malformed() {
    for bad in ["十十", "百", "一二", "零零", "一千千", "", "万万"] {
      #expect(ChineseNumeral.parse(bad) == nil, "\(bad) should not parse")
    }
  }

  @Test func displayWidth() {
    let f = SourceFile(path: "w", text: "第二条 ab")
    #expect(f.displayWidth(TextRange(0, 9)) == 6)
    #expect(f.displayWidth(TextRange(0, f.bytes.count)) == 9)
    #expect(f.location(of: 9) == (1, 4))
  }
}
