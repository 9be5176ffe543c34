import Foundation
import Testing
import WeifaBase
import WeifaDriver
import WeifaRender
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
    Case(name: "桐柏村-项与评定", old: "Tests/Fixtures/diff/inputs/items-old.weifa", new: "Tests/Fixtures/diff/inputs/items-new.weifa"),
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

  /// 桐柏村 第三条: （二） moved to （四）, （三） deleted, （四） renumbered （三）, a new （二）;
  /// worked out by hand from the two files.
  @Test func itemsAreMarkedAsItems() throws {
    let c = Self.cases[4]
    let text = Self.diff(c, .text)
    #expect(text.contains("━━ 第三条【村风民俗】（修改，项：新增第（二）项；删除原第（三）项；第（三）项序号变动（原第（四）项）；第（四）项移动、序号变动（原第（二）项））"), "\(text)")
    // The number of the moved item is rewritten only because of the renumbering: marked so, not as a change.
    #expect(text.contains("（四）〔原（二）〕不在公共场所堆放杂物"))
    #expect(Self.diff(c, .text, lang: .en).contains("items: item （二） added; former item （三） deleted; item （三） renumbered (was item （四）); item （四） moved, renumbered (was item （二）)"))
    #expect(Self.diff(c, .html).contains("项：新增第（二）项；删除原第（三）项"))
    let json = try #require(try JSONSerialization.jsonObject(with: Data(Self.diff(c, .json).utf8)) as? [String: Any])
    let rows = try #require(((json["documents"] as? [[String: Any]])?.first?["rows"]) as? [[String: Any]])
    let row = try #require(rows.first { ($0["new"] as? [String: Any])?["citation"] as? String == "第三条" })
    let items = try #require(row["items"] as? [[String: Any]])
    #expect(items.map { $0["marks"] as? [String] ?? [] } == [["added"], ["deleted"], ["renumbered"], ["moved", "renumbered"]])
    #expect((items[0]["new"] as? [String: Any])?["mark"] as? String == "（二）")
    #expect((row["marks"] as? [String])?.contains("items") == true)
  }

  /// The impact section of 桐柏村: the 特别表决 and the rating get samples the evaluator computed;
  /// a size change is shown in its words.
  @Test func impactCoversSpecialVotesAndRatings() {
    let text = Self.diff(Self.cases[4], .text)
    // 特别表决 【公益项目】 到会 过半数 → 三分之二以上: 301 of 601 present passes before (301 > 300.5), not after (< 400.67).
    #expect(text.contains("村民会议（第二条）　变动：特别表决\n   「村民会议 到会 601/1200、赞成 301（公益项目）」：修改前通过 → 修改后不通过"), "\(text)")
    // 志愿服务 3 times: 60 before (the bonus needs 4), 70 after (≥ 3) and 二星.
    #expect(text.contains("星级文明户（第四条）　变动：加分\n   「当年违约次数=0，志愿服务次数=3，庭院整洁=否」：得分 60，未达任何等级 → 得分 70，等级「二星」"))
    #expect(text.contains("村务监督委员会（第五条）　变动：人数\n   人数：3至5人 → 人数：5人"))
  }

  /// A change no sample can show says so: a level no score can reach, raised further.
  @Test func noSampleIsSaidNotSilent() {
    func charter(_ minimum: Int) -> String {
      "@标题 甲村村规民约\n@类型 村规民约\n@属性 庭院整洁：是否\n\n第一条【评定】 每年评定文明户。\n@评定 文明户；对象：户；初始：60分\n@加分 庭院整洁；条件：庭院整洁；分值：10分\n@等级 五星；最低：\(minimum)分\n"
    }
    let old = Analysis(files: [InputFile(path: "old.weifa", bytes: Array(charter(95).utf8))])
    let new = Analysis(files: [InputFile(path: "new.weifa", bytes: Array(charter(96).utf8))])
    let text = Analysis.diff(old: old, count: 1, path: "old.weifa", new: new, count: 1, path: "new.weifa", format: .text, explain: false, lang: .zh)
    #expect(text.contains("文明户（第一条）　变动：等级\n   （在搜索范围内没有找到答案不同的示例）"), "\(text)")
    let en = Analysis.diff(old: old, count: 1, path: "old.weifa", new: new, count: 1, path: "new.weifa", format: .text, explain: false, lang: .en)
    #expect(en.contains("(no differing sample found within the search bounds)"))
  }

  /// The Word table: a zip of the docx parts, two columns, the deleted words struck through and
  /// the added ones underlined, A4 and the fonts of `build --to docx`.
  @Test func docxIsATwoColumnTable() throws {
    let (o, oc) = Self.side(Self.cases[0].old), (n, nc) = Self.side(Self.cases[0].new)
    let bytes = Analysis.diffDocx(old: o, count: oc, path: Self.cases[0].old, new: n, count: nc, path: Self.cases[0].new, lang: .zh)
    let zip = try ZipArchive(bytes)
    let doc = String(decoding: try #require(try zip.data(named: "word/document.xml")), as: UTF8.self)
    let styles = String(decoding: try #require(try zip.data(named: "word/styles.xml")), as: UTF8.self)
    #expect(try zip.data(named: "[Content_Types].xml") != nil && zip.entry("word/footer1.xml") != nil)
    #expect(doc.components(separatedBy: "<w:gridCol ").count - 1 == 2, "two columns")
    #expect(doc.contains("<w:tblHeader/>") && doc.contains(">修改前<") && doc.contains(">修改后<"))
    // 高龄补贴 一百元 → 一百五十元: the old number struck through, the new one underlined.
    #expect(doc.contains("<w:strike/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr><w:t xml:space=\"preserve\">一百</w:t>"))
    #expect(doc.contains("<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/><w:u w:val=\"single\"/></w:rPr><w:t xml:space=\"preserve\">一百五十</w:t>"))
    // The reference rewritten by the renumbering: dotted, with its old words.
    #expect(doc.contains("<w:u w:val=\"dotted\"/>") && doc.contains("〔原第四十四条〕"))
    #expect(doc.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4")
    #expect(styles.contains("仿宋_GB2312") && doc.contains("w:eastAsia=\"黑体\""))
    #expect(doc.contains("哪些人受影响"))
  }

  /// A bundle against an unrelated bundle: documents paired by file name but of other charters
  /// say nothing aligned (their 【施行】 articles alike are not a match), the rest are added and deleted.
  @Test func unrelatedBundlesSaySo() {
    let text = Self.diff(Case(name: "", old: "Tests/Fixtures/diff/inputs/bundle-old", new: "Codes/青溪村微法典"), .text)
    #expect(text.contains("══ 《青溪村村规民约》\n修改前：《柘溪村村规民约》"))
    #expect(text.contains("两个文件没有一处条文能够对应"))
    #expect(!text.contains("（修改"), "no garbled match")
    #expect(text.contains("══ 《柘溪村红白理事会章程》（删除文件）") && text.contains("══ 《青溪村祖德家训》（新增文件）"))
  }

  /// Bundles: each document of the old 《微法典》 against its counterpart in the new one.
  @Test func bundlesArePairedByTitle() {
    let text = Self.diff(Self.cases[2], .text)
    #expect(text.contains("══ 《柘溪村村务公开制度》（删除文件）"))
    #expect(text.contains("（新增文件）"))
    #expect(!text.contains("两个文件没有一处条文能够对应"))
  }

  /// `weifa check` with both versions builds the pair's alignment (WF8007); the 修订对照表 of the
  /// same pair then takes it, not a second one.
  @Test func checkAndDiffShareTheAlignment() {
    let tag = UUID().uuidString
    let old = "@标题 共享村规约\n@类型 村规民约\n@通过 村民会议；日期：2024年3月12日\n\n第一条【目的】 为了维护本村秩序\(tag)，制定本规约。\n\n第二条【处理】 依照本规约第三条的程序处理。\n\n第三条【程序】 处理前应当听取陈述。\n"
    let new = old.replacingOccurrences(of: "@通过 村民会议；日期：2024年3月12日\n", with: "@通过 村民会议；日期：2024年3月12日\n@修正 村民会议；日期：2025年6月1日\n")
      .replacingOccurrences(of: "第三条【程序】", with: "第三条【调解】 可以申请调解。\n\n第四条【程序】")
    let analysis = Analysis(files: [InputFile(path: "shared/old.weifa", bytes: Array(old.utf8)), InputFile(path: "shared/修订/new.weifa", bytes: Array(new.utf8))])
    #expect(analysis.diagnostics.contains { $0.code == AmendmentChecks.retargetedReference }, "WF8007 ran on the pair")
    let ws = analysis.workspace
    #expect(ws.alignments.built == 1, "the check aligned the pair once")
    #expect(ws.alignments.cached(old: ws.charters[0], new: ws.charters[1]) != nil, "and left the alignment for the diff")
    let report = DiffReport(old: ws, documents: [0], path: "old", new: ws, documents: [1], path: "new", lang: .zh)
    #expect(report.documents.first?.comparison?.rows.isEmpty == false)
    #expect(ws.alignments.built == 1, "the 修订对照表 and its impacts took the check's alignment")
    // The same files read again (each side of `weifa diff` is its own analysis): the same pair.
    let other = Analysis(files: [InputFile(path: "shared/old.weifa", bytes: Array(old.utf8))]).workspace
    _ = DiffReport(old: other, documents: [0], path: "old", new: ws, documents: [1], path: "new", lang: .zh)
    #expect(ws.alignments.built == 1)
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
