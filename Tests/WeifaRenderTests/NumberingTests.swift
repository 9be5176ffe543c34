import Testing
import WeifaTestSupport
import WeifaBase
import WeifaRender
import WeifaSemantics

/// Statute numbering per 立法法第六十五条 and LAW.md §7, for 1 to 200 and beyond.
@Suite struct NumberingTests {
  /// The tricky ones, written out by hand.
  static let handWritten: [(Int, String)] = [
    (1, "一"), (2, "二"), (9, "九"), (10, "十"), (11, "十一"), (12, "十二"), (19, "十九"), (20, "二十"), (21, "二十一"),
    (30, "三十"), (40, "四十"), (55, "五十五"), (90, "九十"), (99, "九十九"),
    (100, "一百"), (101, "一百零一"), (102, "一百零二"), (109, "一百零九"), (110, "一百一十"), (111, "一百一十一"),
    (112, "一百一十二"), (119, "一百一十九"), (120, "一百二十"), (121, "一百二十一"), (130, "一百三十"), (150, "一百五十"),
    (199, "一百九十九"), (200, "二百"),
    (201, "二百零一"), (210, "二百一十"), (401, "四百零一"), (410, "四百一十"), (1000, "一千"), (1001, "一千零一"),
    (1010, "一千零一十"), (1100, "一千一百"), (1259, "一千二百五十九"), (1260, "一千二百六十"),
  ]

  @Test func handWrittenArticles() {
    for (n, numeral) in Self.handWritten {
      #expect(StatuteNumber.article(n) == "第\(numeral)条", "article \(n)")
      #expect(StatuteNumber.division(.chapter, n) == "第\(numeral)章")
      #expect(StatuteNumber.item(n) == "（\(numeral)）")
      #expect(StatuteNumber.cite("款", n) == "第\(numeral)款")
    }
  }

  /// An independent spelling of 1…999 (units, tens with 十 alone at the head, 零 for a missing ten).
  static func reference(_ n: Int) -> String {
    let d = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    let h = n / 100, t = (n / 10) % 10, u = n % 10
    var s = ""
    if h > 0 { s += d[h] + "百" }
    if t > 0 { s += (h == 0 && t == 1 ? "" : d[t]) + "十" } else if h > 0 && u > 0 { s += "零" }
    if u > 0 { s += d[u] }
    return s
  }

  @Test func oneToTwoHundredAndBeyond() {
    var seen = Set<String>()
    for n in 1...999 {
      let s = StatuteNumber.article(n)
      #expect(s == "第\(Self.reference(n))条", "article \(n)")
      #expect(ChineseNumeral.parse(String(s.dropFirst().dropLast())) == n, "round trip \(n)")
      #expect(!s.hasSuffix("零条"), "no trailing 零 in \(s)")
      #expect(seen.insert(s).inserted)
    }
    for (n, numeral) in Self.handWritten where n <= 999 { #expect(Self.reference(n) == numeral, "reference spelling of \(n)") }
  }

  @Test func subitemsAndLevels() {
    #expect(StatuteNumber.subitem(1) == "1.")
    #expect(StatuteNumber.subitem(12) == "12.")
    #expect(StatuteNumber.division(.part, 2) == "第二编")
    #expect(StatuteNumber.division(.subPart, 3) == "第三分编")
    #expect(StatuteNumber.division(.section, 1) == "第一节")
  }

  @Test func ratiosAndQuantities() {
    #expect(StatuteText.ratio(strict: true, Rational(1, 2)) == "过半数")
    #expect(StatuteText.ratio(strict: false, Rational(1, 2)) == "半数以上")
    #expect(StatuteText.ratio(strict: false, Rational(2, 3)) == "三分之二以上")
    #expect(StatuteText.ratio(strict: true, Rational(2, 3)) == "超过三分之二")
    #expect(StatuteText.ratio(strict: false, Rational(1, 10)) == "十分之一以上")
    #expect(StatuteText.date(Day(2024, 3, 2)) == "2024年3月2日")
    #expect(StatuteText.iso(Day(2024, 3, 2)) == "2024-03-02")
  }

  /// A draft written with 第？条 gets its numbers; written numbers that skip are renumbered, and
  /// references by the old number or by 【条标】 print the number the article has now.
  @Test func draftsGetNumbersAndReferencesFollow() {
    let text = """
    @标题 测试村村规民约
    @类型 村规民约
    第？章 总则
    第？条【宗旨】 为了推进村民自治，制定本规约。
    第？条【适用】 本规约适用于本村村民。依照【宗旨】和【处理】的规定。
    第？章 附则
    第？条【处理】 违反本规约的，依照【适用】处理。
    第？条【施行】 本规约自公布之日起施行，但是：
    （？）第一项；
    其中前款第（一）项除外。

    """
    let out = render(text, .text, extras: .all)
    #expect(out.contains("第一章　总则"))
    #expect(out.contains("第二章　附则"))
    #expect(out.contains("第一条【宗旨】"))
    #expect(out.contains("第四条【施行】"))
    #expect(out.contains("依照第一条和第三条的规定。"))
    #expect(out.contains("违反本规约的，依照第二条处理。"))
    #expect(out.contains("前款第一项除外"))
    #expect(!out.contains("？"))
  }

  @Test func writtenNumbersThatSkipAreRenumbered() {
    let text = """
    @标题 测试规约
    @类型 村规民约
    第一条【甲】 甲。
    第三条【乙】 乙，依照第一条的规定。
    第四条【丙】 丙，依照第三条第一款和【乙】的规定。

    """
    let out = render(text, .text, extras: .all)
    #expect(out.contains("第二条【乙】"))
    #expect(out.contains("第三条【丙】　丙，依照第二条第一款和第二条的规定。"))
  }

  @Test func adjacentLabelsAreListed() {
    let text = "@标题 测试规约\n第一条【甲】 甲。\n第二条【乙】 依照【甲】【乙】的规定，以及【甲】【甲】。\n"
    let out = render(text, .text)
    #expect(out.contains("依照第一条、第二条的规定，以及第一条。"))
  }
}
