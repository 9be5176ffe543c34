import Foundation
import Testing
import WeifaTestSupport
import WeifaCLI

/// Issue 11 end to end: soft norms, 参照, 适用范围, amounts as written and adoption records, as
/// `query`, `batch`, `test` and `build --to notice|page` show them.
@Suite struct RealChartersCommandTests {
  static let charter = """
  @标题 青松村村规民约
  @类型 村规民约
  @地方 某某省某某市某某县青松镇青松村
  @通过 村两委研究、党员大会讨论、村民代表会议审议、村民会议表决；日期：2023年6月；方式：入户签字；应到：412户；赞成：371户
  @备案 青松镇人民政府；日期：2023年7月
  @施行 2023年8月1日
  @属性 户籍：枚举（本村、外村）
  @属性 是否外来人员：是否
  @属性 年龄：数值（周岁）
  @属性 是否文明户：是否
  @适用范围 户籍 = 本村

  第一条【卫生】 村民应当保持房前屋后整洁。
  @义务【门前三包】 行为：保持房前屋后整洁
  第二条【婚事新办】 提倡婚事新办、丧事简办。
  @倡导【移风易俗】 行为：婚事新办、丧事简办
  第三条【文明户】 评为文明户的，奖励100—200元。
  @享有【文明户奖励】 主体：户籍 = 本村 且 是否文明户；金额：100至200元
  第四条【高龄】 八十周岁以上的村民，每人每年补助1万元。
  @享有【高龄补助】 主体：户籍 = 本村 且 年龄 ≥ 80；金额：每人每年1万元
  第五条【积分】 积分兑换不超过三百元，另发稻谷100斤。
  @享有【积分兑换】 主体：户籍 = 本村；金额：不超过300元
  @享有【稻谷】 主体：户籍 = 本村；金额：稻谷100斤
  第六条【外来人员】 外来人员参照本规约第一条至第二条执行。
  @参照 主体：是否外来人员；条文：第一条至第二条
  @案例 外来务工人员；事实：户籍 = 外村，是否外来人员 = 是；适用：第一条、【移风易俗】；不适用：【高龄补助】
  @案例 本村老人；事实：户籍 = 本村，年龄 = 85，是否外来人员 = 否；适用：【高龄补助】、第二条

  """

  static let path = temporaryFile(charter, name: "青松村村规民约.weifa")
  static let villager = ["--fact", "户籍=本村", "--fact", "年龄=82", "--fact", "是否文明户=是", "--fact", "是否外来人员=否"]
  static let outsider = ["--fact", "户籍=外村", "--fact", "年龄=30", "--fact", "是否文明户=否", "--fact", "是否外来人员=是"]

  @Test func checksWithOnlyTheSignatureWarning() {
    let r = run(["check", Self.path])
    #expect(r.err.contains("WF5011") || r.out.contains("WF5011"), "\(r.out)\(r.err)")
    #expect(!(r.out + r.err).contains("WF9001"), "1万元 = 10000元, 100至200元 = 100—200元, 不超过300元 = 不超过三百元")
    #expect(!(r.out + r.err).contains("WF7"))
  }

  @Test func casesTestTheReferral() {
    let r = run(["test", Self.path])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.contains("通过 2，失败 0"), "\(r.out)")
    let wrong = temporaryFile(Self.charter.replacingOccurrences(of: "适用：第一条、【移风易俗】；不适用：【高龄补助】", with: "不适用：第一条"), name: "青松村村规民约.weifa")
    #expect(run(["test", wrong]).status == 1, "without the 参照 the outsider would not be bound by 第一条")
  }

  @Test func querySaysSoftNormsRangesCapsAndInKind() {
    let r = run(["query", Self.path] + Self.villager)
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.contains("\n倡导（1）\n  · 第二条【移风易俗】"), "\(r.out)")
    #expect(r.out.contains("金额：100至200元（区间）"))
    #expect(r.out.contains("金额：不超过300元（上限）"))
    #expect(r.out.contains("金额：稻谷100斤（实物）"))
    #expect(r.out.contains("金额：每人每年1万元（每人每年10000元）"))
    let en = run(["query", Self.path, "--lang", "en"] + Self.villager)
    #expect(en.out.contains("Encouraged (not required) (1)"), "\(en.out)")
    #expect(en.out.contains("amount: “100至200元” (a range: 100 to 200 元)"))
    #expect(en.out.contains("amount: “不超过300元” (a cap: at most 300 元)"))
    // Soft norms are not duties: the duties heading lists only 第一条.
    #expect(r.out.contains("义务（1）"))
  }

  @Test func queryCitesTheReferral() {
    let r = run(["query", Self.path] + Self.outsider)
    #expect(r.out.contains("第一条【门前三包】") && r.out.contains("参照：依第六条参照执行"), "\(r.out)")
    #expect(!r.out.contains("【高龄补助】"))
    let en = run(["query", Self.path, "--lang", "en"] + Self.outsider)
    #expect(en.out.contains("by reference: applied under art. 6 (参照执行)"), "\(en.out)")
    let json = run(["query", Self.path, "--format", "json"] + Self.outsider)
    #expect(json.out.contains("\"byReference\": \"第六条\""), "\(json.out)")
  }

  @Test func batchTotalsSumsAndListsTheRest() throws {
    let csv = temporaryFile("编号,户籍,年龄,是否文明户,是否外来人员\n1,本村,82,是,否\n2,外村,30,否,是\n", name: "r.csv")
    let r = run(["batch", Self.path, "--residents", csv])
    #expect(r.status == 0, "\(r.err)")
    let lines = r.out.split(separator: "\n").map(String.init)
    #expect(lines.first == "编号,义务,禁止,权利,享有,一次性合计（元）,每年合计（元）,享有项目,尚不确定", "\(lines)")
    // The 1万元 a year is a sum; the range, the cap and the rice are listed as written. The soft
    // norm is counted in no column.
    #expect(lines.count > 2 && lines[1] == "1,1,0,0,4,0,10000,文明户奖励：100至200元（区间）；高龄补助；积分兑换：不超过300元（上限）；稻谷：稻谷100斤（实物）,0", "\(lines)")
    #expect(lines.count > 2 && lines[2] == "2,1,0,0,0,0,0,,0", "\(lines)")
    let en = run(["batch", Self.path, "--residents", csv, "--lang", "en"])
    #expect(en.out.contains("积分兑换: “不超过300元” (a cap: at most 300 元)"), "\(en.out)")
  }

  @Test func noticePrintsPartialDatesAndTheChain() {
    let r = run(["build", Self.path, "--to", "notice"])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.contains("2023年6月，经村两委研究、党员大会讨论、村民代表会议审议，《青松村村规民约》以入户签字方式由青松村村民会议通过。"), "\(r.out)")
    #expect(!r.out.contains("召开会议"), "signatures are no meeting")
    #expect(r.out.contains("已于2023年7月报青松镇人民政府备案"))
    #expect(r.out.hasSuffix("2023年7月\n"), "signed as precisely as the records are dated")
    let en = run(["build", Self.path, "--to", "notice", "--lang", "en"])
    #expect(en.out.contains("by “入户签字” in 2023-06"), "\(en.out)")
  }

  @Test func pageListsSoftNormsUnderTheirOwnHeading() {
    let r = run(["build", Self.path, "--to", "page"])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.contains("\"k\":\"倡导\""), "the soft norm is in the page's rules")
    #expect(r.out.contains("kinds.push([\"倡导\""), "and gets its own heading")
    #expect(r.out.contains("\"m\":\"100至200元（区间）\""))
  }
}
