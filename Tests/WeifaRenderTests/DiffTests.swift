import Foundation
import Testing
import WeifaBase
import WeifaDriver
import WeifaEvaluator
import WeifaSemantics
import WeifaTestSupport

/// The 修订对照表 (`weifa diff`) of the amended versions in Codes/ and of the fixture pairs, against
/// the goldens in Tests/Fixtures/diff/<case>/: expected.txt, expected.en.txt, expected.html,
/// expected.json and expected.explain.txt (the 修订说明 skeleton). `UPDATE_GOLDEN=1 swift test`
/// rewrites them.
@Suite struct DiffGoldenTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String, old: String, new: String
    var testDescription: String { name }
  }

  static let cases = [
    Case(name: "石门村", old: "Codes/石门村/石门村村规民约.weifa", new: "Codes/石门村/修订/石门村村规民约.weifa"),
    Case(name: "荇洲村", old: "Codes/荇洲村/荇洲村村规民约.weifa", new: "Codes/荇洲村/修订/荇洲村村规民约.weifa"),
    Case(name: "柘溪村微法典", old: "Tests/Fixtures/diff/inputs/bundle-old", new: "Tests/Fixtures/diff/inputs/bundle-new"),
    Case(name: "无关的两个文件", old: "Codes/荇洲村/荇洲村村规民约.weifa", new: "Codes/芡岙村/芡岙村村规民约三字经.weifa"),
  ]

  /// The analysis `weifa diff` makes of one side (through the driver's loader) and its document count.
  static func side(_ path: String) -> (Analysis, Int) {
    let loader = Loader(repository)
    let (files, context) = loader.book(path)!
    return (Analysis(files: files, context: context, siblings: loader.siblings), files.count)
  }

  static func diff(_ c: Case, _ format: DiffFormat, explain: Bool = false, lang: Language = .zh) -> String {
    let (o, oc) = side(c.old), (n, nc) = side(c.new)
    return Analysis.diff(old: o, count: oc, path: c.old, new: n, count: nc, path: c.new, format: format, explain: explain, lang: lang)
  }

  @Test(arguments: cases)
  func golden(_ c: Case) throws {
    let dir = "Tests/Fixtures/diff/\(c.name)"
    checkGolden(Self.diff(c, .text), dir + "/expected.txt")
    checkGolden(Self.diff(c, .text, lang: .en), dir + "/expected.en.txt")
    checkGolden(Self.diff(c, .text, explain: true), dir + "/expected.explain.txt")
    let html = Self.diff(c, .html)
    checkGolden(html, dir + "/expected.html")
    let json = Self.diff(c, .json)
    checkGolden(json, dir + "/expected.json")
    // The JSON parses and names its schema; the HTML is self-contained and printable on A4.
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(obj["schema"] as? String == "weifa.diff/1")
    #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://") && !html.contains("url("))
    #expect(html.contains("size: A4"))
  }

  @Test func bothVersionsInCodesAreClean() {
    for c in Self.cases.prefix(2) {
      for path in [c.old, c.new] {
        #expect(Self.side(path).0.diffRefusals.isEmpty, "\(path)")
      }
    }
  }

  /// What the amended 石门村 must show, worked out by hand from the two files.
  @Test func shimenChangesAreFound() {
    let text = Self.diff(Self.cases[0], .text)
    // 第十三条 moved to the end (第四十六条): matched by its label, not deleted and added.
    #expect(text.contains("━━ 第四十六条【纠纷调解】（移动，条号变动（原第十三条））"))
    // 第四十四条 became 第四十三条 after one article was added and two left: the reference in
    // 第四十三条 (now 第四十二条) was rewritten for that alone.
    #expect(text.contains("依照本规约第四十三条〔原第四十四条〕规定的程序"))
    #expect(text.contains("━━ 第四十二条【处理方式】（条号变动（原第四十三条），引用随条号变动）"))
    // A new article and a deleted one.
    #expect(text.contains("━━ 第十一条【志愿服务】（新增）"))
    #expect(text.contains("━━ 原第十八条【防火巡查】（删除）"))
    // The amount: 一百元 → 一百五十元 is one numeral run.
    #expect(text.contains("每月发放高龄补贴一百〔增：五十〕元") || text.contains("〔增：一百五十〕元"))
    // 村民代表会议: 30 of 45 present, 16 in favour. Before, 到会 过半数: 16 > 30/2 = 15, passes.
    // After, 到会 三分之二以上: 16 < 30 × 2/3 = 20, fails.
    #expect(text.contains("「村民代表会议 到会 30/45、赞成 16」：修改前通过 → 修改后不通过"))
    // 高龄补贴 from 80 to 75 years: a person of 75 gets it only after.
    #expect(text.contains("「年龄=75，户籍=本村」：不适用 → 适用，每月150元"))
  }

  @Test func unrelatedDocumentsSaySo() {
    let text = Self.diff(Self.cases[3], .text)
    #expect(text.contains("两个文件没有一处条文能够对应"))
    #expect(!text.contains("（修改"))
  }
}

/// The alignment and the word diff on small inline charters.
@Suite struct DiffEngineTests {
  static func charter(_ text: String, _ path: String = "t.weifa") -> Charter {
    Analysis(files: [InputFile(path: path, bytes: Array(text.utf8))]).workspace.charters[0]
  }

  /// Applies the script: the equal and deleted runs spell `a`, the equal and inserted runs spell `b`.
  static func spell(_ ops: [TokenDiff.Op], _ a: [Int], _ b: [Int]) -> ([Int], [Int]) {
    var x = [Int](), y = [Int]()
    for op in ops {
      switch op {
      case .equal(let o, let n): x += a[o]; y += b[n]; #expect(Array(a[o]) == Array(b[n]))
      case .delete(let r): x += a[r]
      case .insert(let r): y += b[r]
      }
    }
    return (x, y)
  }

  @Test func tokenDiffSpellsBothSides() {
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<300 {
      let a = (0..<Int.random(in: 0...40, using: &rng)).map { _ in Int.random(in: 0...4, using: &rng) }
      let b = (0..<Int.random(in: 0...40, using: &rng)).map { _ in Int.random(in: 0...4, using: &rng) }
      let (x, y) = Self.spell(TokenDiff.diff(a, b), a, b)
      #expect(x == a && y == b)
    }
  }

  @Test func tokenDiffIsMinimalWithoutLoneEquals() {
    // abcdef → abXdef: one deletion and one insertion, the rest equal.
    let ops = TokenDiff.diff([1, 2, 3, 4, 5, 6], [1, 2, 9, 4, 5, 6])
    #expect(ops == [.equal(old: 0..<2, new: 0..<2), .delete(2..<3), .insert(2..<3), .equal(old: 3..<6, new: 3..<6)])
    #expect(TokenDiff.diff([1, 2, 3], [1, 2, 3]) == [.equal(old: 0..<3, new: 0..<3)])
  }

  @Test func tokenDiffGivesUpPastItsCap() {
    let a = Array(0..<2000), b = Array(2000..<4000)
    // Nothing in common: with a small cap the middle is one replacement, without search.
    #expect(TokenDiff.diff(a, b, maxCost: 10) == [.delete(0..<2000), .insert(0..<2000)])
  }

  static let old = """
  @标题 某村村规民约
  @类型 村规民约

  第一条【目的】 为了维护本村秩序，制定本规约。

  第二条【调解】 村民之间的纠纷，可以申请调解委员会调解。

  第三条【处理】 违反本规约的，依照本规约第四条的程序处理。

  第四条【程序】 处理前应当听取当事人的陈述和申辩。

  """

  /// `old` with a new 第二条, which pushes the later articles one on; the reference in
  /// 【处理】 to 第四条 follows its article to 第五条 when `updated`.
  static func inserted(updated: Bool) -> Comparison {
    let new = old.replacingOccurrences(of: "第二条【调解】", with: "第二条【宣传】 村民委员会应当宣传本规约。\n\n第三条【调解】")
      .replacingOccurrences(of: "第三条【处理】 违反本规约的，依照本规约第四条", with: "第四条【处理】 违反本规约的，依照本规约第" + (updated ? "五" : "四") + "条")
      .replacingOccurrences(of: "第四条【程序】", with: "第五条【程序】")
    return Comparison(old: charter(old), new: charter(new))
  }

  @Test func renumberedReferenceIsNotAChange() {
    let cmp = Self.inserted(updated: true)
    let row = cmp.rows.first { $0.newUnit?.label == "处理" }!
    #expect(row.marks == [.renumbered, .referencesRenumbered])
    #expect(row.segments.contains { $0.op == .renumbered && $0.old == "第四条" && $0.new == "第五条" })
    #expect(cmp.rows.first { $0.newUnit?.label == "宣传" }?.marks == [.added])
  }

  @Test func staleReferenceIsAChange() {
    // The same renumbering with the reference left as it was: now it names another article.
    let cmp = Self.inserted(updated: false)
    let row = cmp.rows.first { $0.newUnit?.label == "处理" }!
    #expect(row.marks.contains(.changed))
  }

  @Test func movedArticleWithoutLabelIsMatchedByText() {
    let old = "@标题 甲\n@编号 条：一、\n\n一、爱护公共设施，不得损坏路灯和健身器材。\n二、垃圾分类投放，保持房前屋后整洁。\n三、邻里和睦相处，纠纷协商解决。\n"
    let new = "@标题 甲\n@编号 条：一、\n\n一、邻里和睦相处，纠纷协商解决。\n二、爱护公共设施，不得损坏路灯和健身器材。\n三、垃圾分类投放，保持房前屋后整洁。\n"
    let cmp = Comparison(old: Self.charter(old), new: Self.charter(new))
    let articles = cmp.rows.filter { ($0.newUnit ?? $0.oldUnit)?.kind == .article }
    #expect(articles.count == 3, "every article matched, none deleted and added")
    #expect(articles.filter { $0.marks.contains(.moved) }.count == 1)
    #expect(!articles.contains { $0.marks.contains(.changed) })
  }

  /// A charter where every one of 1,000 articles changed: each is still matched to its
  /// counterpart (by number and similar text within the window), in bounded time.
  @Test func everyArticleChangedStaysLinear() {
    func text(_ word: String) -> String {
      "@标题 大村规约\n\n" + (1...1000).map { "第\(ChineseNumeral.format($0))条 本村村民应当遵守第\($0)项约定，\(word)，并接受村民委员会的监督。\n" }.joined(separator: "\n")
    }
    let start = Date()
    let cmp = Comparison(old: Self.charter(text("爱护环境")), new: Self.charter(text("保护环境")))
    let seconds = Date().timeIntervalSince(start)
    #expect(cmp.rows.filter { $0.marks == [.changed] }.count == 1000)
    #expect(seconds < 30, "took \(seconds) s")
  }
}
