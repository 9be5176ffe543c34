import Testing
import WeifaTestSupport
import WeifaBase
import WeifaDriver
import WeifaRender
import WeifaSemantics
import WeifaSyntax

/// Issue 11: charters as they are written — numbered 一、 1. （一） ①, unnumbered headings, verse,
/// signature blocks — print back exactly as written, and nothing is added unless asked for.
@Suite struct FaithfulTests {
  static let yiDun = """
  @标题 椿树湾村村规民约
  @类型 村规民约
  @编号 章：一、；条：1.；项：（1）；目：①
  @通过 村民会议；日期：2024年3月12日；应到：1268；实到：903；赞成：861
  　　椿树湾村村规民约
  （2024年3月12日村民会议通过）
  一、总则
  1.本规约依据有关法律法规，结合本村实际制定。
  @条标 依据
  2.村民应当做到：
  （1）爱护公共设施：
  ①不损坏路灯；  ②不占用道路。
  @项 不乱倒垃圾。
  二、遵纪守法。
  3.违反第2条规定的，由村民委员会批评教育。

  @章 附　则
  4.本规约自村民会议通过之日起施行。
  @落款
  　　　　椿树湾村村民委员会
  　　　　2024年3月

  """

  /// The source's prose lines, directives left out: what `build --to text` must print.
  static func printedLines(_ source: String) -> [String] {
    var out = [String]()
    for raw in source.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = String(raw)
      if line.hasPrefix("@项 ") || line.hasPrefix("@章 ") { line = String(line.dropFirst(3)) } else if line.hasPrefix("@") { continue }
      while line.hasSuffix(" ") { line.removeLast() }
      out.append(line)
    }
    return out
  }

  static func lowered(_ text: String) -> (Charter, [Diagnostic]) {
    let doc = analyze(text)
    return (Charter.lower(doc.tree), doc.diagnostics)
  }

  @Test func textPrintsAsWritten() {
    let out = render(Self.yiDun, .text)
    var expected = Self.printedLines(Self.yiDun)
    while expected.last == "" { expected.removeLast() }
    #expect(out == expected.joined(separator: "\n") + "\n")
    #expect(!out.contains("【依据】"))
    #expect(!out.contains("目　　录"))
  }

  @Test func extrasOnlyWhenAsked() {
    #expect(render(Self.yiDun, .text, extras: .labels).contains("1.【依据】本规约依据"))
    let captioned = render(Self.yiDun, .text, extras: .caption)
    #expect(captioned.contains("（2024年3月12日椿树湾村村民会议通过）") || captioned.contains("2024年3月12日村民会议通过）\n"))
    #expect(render(Self.yiDun, .text, extras: .toc).contains("目　　录"))
    #expect(render(Self.yiDun, .md).contains("一、总则"))
    #expect(!render(Self.yiDun, .md).contains("【依据】"))
    #expect(render(Self.yiDun, .md, extras: .labels).contains("【依据】"))
    let html = render(Self.yiDun, .html)
    #expect(html.contains("<b class=\"art-no\">3.</b>违反<a class=\"ref\" href=\"#d-a2\">第2条</a>规定的"))
    #expect(html.contains("椿树湾村村民委员会<br>2024年3月"))
  }

  @Test func modelKnowsThePlaces() throws {
    let (c, diagnostics) = Self.lowered(Self.yiDun)
    #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics.map { $0.message.zh })")
    #expect(c.articles.map(\.mark) == ["1.", "2.", "3.", "4."])
    #expect(c.articles.map(\.written) == [1, 2, 3, 4])
    #expect(c.divisions.map(\.mark) == ["一、", "二、", ""])
    #expect(c.divisions.map(\.title) == ["总则", "遵纪守法。", "附　则"])
    #expect(c.articles[0].label == "依据" && c.articles[0].labelHidden)
    let items = c.articles[1].paragraphs[0].items
    #expect(items.map(\.mark) == ["（1）", nil])
    #expect(items[0].subitems.map(\.mark) == ["①"])
    #expect(c.signature.count == 2)
    #expect(c.titleLine != nil)
    // 第2条 is article 2.
    let ref = try #require(c.references.first { $0.inProse && !$0.ordinals.isEmpty })
    #expect(ref.ordinals.first?.number == 2)
    // The signature is no 款 of the last article.
    #expect(c.articles[3].paragraphs.count == 1)
  }

  @Test func verseLinesAreArticles() {
    let text = "@标题 芦岙村村规民约三字经\n@编号 章：一、；条：每行\n一、爱国守法\n爱祖国，跟党走，\n守法纪，记心头。\n二、孝老爱亲\n敬父母，孝为先。\n"
    let (c, _) = Self.lowered(text)
    #expect(c.articles.count == 3)
    #expect(c.articles.allSatisfy { $0.mark == nil })
    #expect(render(text, .text) == "芦岙村村规民约三字经\n\n一、爱国守法\n爱祖国，跟党走，\n守法纪，记心头。\n二、孝老爱亲\n敬父母，孝为先。\n")
  }

  @Test func numbersLeftToWeifaAreFilledIn() {
    let text = "@标题 测试规约\n第？条【甲】 甲。\n第？条 依照【甲】的规定，但是：\n（？）一；\n（？）二。\n"
    #expect(render(text, .text) == "测试规约\n\n第一条【甲】 甲。\n第二条 依照第一条的规定，但是：\n（一）一；\n（二）二。\n")
  }

  @Test func parenthesisedArticlesAndRestartedNumbers() {
    // （一） as the article level under 一、 headings, numbered again under each heading.
    let text = "@标题 测试公约\n@编号 章：一、；条：（一）\n一、总则\n（一）甲。\n（二）乙。\n二、附则\n（一）丙。\n"
    let (c, diagnostics) = Self.lowered(text)
    #expect(diagnostics.isEmpty, "\(diagnostics.map { $0.message.zh })")
    #expect(c.articles.map(\.written) == [1, 2, 1])
    #expect(render(text, .text) == "测试公约\n\n一、总则\n（一）甲。\n（二）乙。\n二、附则\n（一）丙。\n")
  }

  @Test func aBadDeclarationIsReported() {
    #expect(codes("@标题 测试\n@编号 条：甲、\n").contains("WF1022"))
    #expect(codes("@标题 测试\n@编号 款：一、\n").contains("WF1022"))
    #expect(codes("@标题 测试\n@编号 条：一、；项：一、\n").contains("WF1022"))
    #expect(codes("@标题 测试\n第一条 甲。\n@编号 条：一、\n").contains("WF1022"))
  }

  @Test func articleAndRuleMayShareALabel() {
    let text = "@标题 测试\n@编号 条：一、\n@属性 年龄：数值（周岁）\n一、八十周岁以上的，每月享受高龄补贴一百元。\n@条标 高龄补贴\n@享有【高龄补贴】 主体：年龄 ≥ 80；金额：每月100元\n二、乙。\n@条标 高龄补贴\n"
    #expect(codes(text).filter { $0 == "WF2003" }.count == 1)   // the second article's label only
  }

  @Test func crlfAndIndentsSurvive() {
    let text = "@标题 甲\r\n@编号 条：1、\r\n　　甲\r\n1、　甲。  \r\n\r\n2、乙。\r\n"
    #expect(render(text, .text) == "　　甲\n1、　甲。\n\n2、乙。\n")
  }
}
