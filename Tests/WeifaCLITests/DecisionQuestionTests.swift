import Foundation
import Testing
import WeifaTestSupport
import WeifaCLI

/// Issue 13 end to end: `weifa decide --fact` on Codes/石门村 (with Codes/上位法 above it), each
/// answer worked out by hand in the comment.
@Suite struct DecisionQuestionTests {
  let shimen = repoRoot.appendingPathComponent("Codes/石门村/石门村村规民约.weifa").path
  let jianxi = repoRoot.appendingPathComponent("Codes/枧溪社区/枧溪社区居民自治章程.weifa").path

  @Test func proposalAtExactlyATenth() {
    // 1200 villagers: a tenth is 120 exactly; 以上 includes it. 119 is short (村组法21).
    let yes = run(["decide", shimen, "--body", "村民会议", "--matter", "提议召集", "--fact", "十八周岁以上村民=1200", "--fact", "提议人数=120"])
    #expect(yes.status == 0 && yes.out.contains("结论：应当召集"), "\(yes.out)\(yes.err)")
    #expect(yes.out.contains("需提议人数至少 120，实为 120"))
    let no = run(["decide", shimen, "--body", "村民会议", "--matter", "提议召集", "--fact", "十八周岁以上村民=1200", "--fact", "提议人数=119"])
    #expect(no.status == 1 && no.out.contains("结论：无须召集"))
  }

  @Test func residentsGroupsAreABase() {
    // 12 groups: a third is 4 (城居法10②); 3 is short.
    let yes = run(["decide", jianxi, "--body", "居民会议", "--matter", "提议召集", "--fact", "居民小组数=12", "--fact", "提议小组数=4"])
    #expect(yes.status == 0 && yes.out.contains("应当召集"), "\(yes.out)\(yes.err)")
    let no = run(["decide", jianxi, "--body", "居民会议", "--matter", "提议召集", "--fact", "居民小组数=12", "--fact", "提议小组数=3"])
    #expect(no.out.contains("无须召集"))
  }

  @Test func noticeCountsAsTheLawCounts() {
    // 2025-03-01 to 2025-03-11 is 10 days: the day of notice is not counted (民法典201); to 03-10 is 9.
    let ok = run(["decide", shimen, "--body", "村民会议", "--fact", "通知日期=2025-03-01", "--fact", "会议日期=2025-03-11"])
    #expect(ok.status == 0 && ok.out.contains("期限已满足"), "\(ok.out)\(ok.err)")
    let short = run(["decide", shimen, "--body", "村民会议", "--fact", "通知日期=2025-03-01", "--fact", "会议日期=2025-03-10"])
    #expect(short.status == 1 && short.out.contains("= 9 日"))
  }

  @Test func badFactsAreErrorsNamingTheField() {
    let feb30 = run(["decide", shimen, "--body", "村民会议", "--fact", "通知日期=2025-02-18", "--fact", "会议日期=2025-02-30"])
    #expect(feb30.status == 2 && feb30.err.contains("会议日期 不是有效日期") && feb30.out.isEmpty)
    let tooMany = run(["decide", shimen, "--body", "村民会议", "--fact", "十八周岁以上村民=300", "--fact", "提议人数=301", "--matter", "提议召集"])
    #expect(tooMany.status == 2 && tooMany.err.contains("提议人数 > 十八周岁以上村民"))
    let negative = run(["decide", shimen, "--body", "村民会议", "--fact", "到会=-3", "--fact", "十八周岁以上村民=10"])
    #expect(negative.status == 2 && negative.err.contains("到会 为负数"))
    let absurd = run(["decide", shimen, "--body", "村民会议", "--fact", "到会=99999999999999999999"])
    #expect(absurd.status == 2)
    let unknown = run(["decide", shimen, "--body", "村民会议", "--fact", "提议人=1"])
    #expect(unknown.status == 2 && unknown.err.contains("是否指"))
    let noEquals = run(["decide", shimen, "--body", "村民会议", "--fact", "提议人数"])
    #expect(noEquals.status == 2)
  }

  @Test func unknownMatterIsAnErrorWithSuggestions() {
    let r = run(["decide", shimen, "--body", "村民会议", "--matter", "宅基地方案", "--fact", "决定机构=村民会议"])
    #expect(r.status == 2 && r.err.contains("宅基地使用方案"))
  }

  @Test func competenceFromTheMatrix() {
    // 村组法27: the 村规民约 is for the 村民会议 alone, not delegable.
    let r = run(["decide", shimen, "--body", "村民代表会议", "--matter", "制定和修改村民自治章程、村规民约", "--members", "45", "--present", "40", "--yes", "30"])
    #expect(r.status == 1 && r.out.contains("无权决定") && r.out.contains("《中华人民共和国村民委员会组织法》"), "\(r.out)\(r.err)")
  }

  @Test func needListsProposalsAndNotice() {
    let r = run(["decide", shimen, "--body", "村民会议", "--members", "1200", "--fact", "村民代表总数=45", "--need"])
    #expect(r.status == 0)
    #expect(r.out.contains("至少 120") && r.out.contains("至少 15") && r.out.contains("10 日"), "\(r.out)")
  }

  @Test func jsonAnswerIsValid() throws {
    let r = run(["decide", shimen, "--body", "村民会议", "--matter", "提议召集", "--fact", "十八周岁以上村民=1200", "--fact", "提议人数=120", "--format", "json"])
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
    #expect(obj["result"] as? String == "应当召集")
    #expect((obj["conditions"] as? [[String: Any]])?.first?["met"] as? Bool == true)
    let bad = run(["decide", shimen, "--body", "村民会议", "--fact", "会议日期=2025-13-01", "--fact", "通知日期=2025-12-20", "--format", "json"])
    let badObj = try #require(try JSONSerialization.jsonObject(with: Data(bad.out.utf8)) as? [String: Any])
    #expect(bad.status == 2 && badObj["error"] as? String == "会议日期 不是有效日期")
  }

  @Test func englishAnswer() {
    let r = run(["decide", shimen, "--body", "村民会议", "--matter", "提议召集", "--fact", "十八周岁以上村民=1200", "--fact", "提议人数=119", "--lang", "en"])
    #expect(r.out.contains("Result: no duty to convene"), "\(r.out)")
  }

  @Test func oldDecideSaysWhichConditionFailedOnce() {
    // 500 of 1210 is short of 606: the meeting could not be held; the charter repeats the statute's rule, shown once.
    let r = run(["decide", shimen, "--body", "村民会议", "--members", "1210", "--present", "500", "--yes", "303"])
    #expect(r.status == 1)
    #expect(r.out.contains("会议不能召开"))
    #expect(r.out.components(separatedBy: "需到会至少606").count == 2, "\(r.out)")
    let motion = run(["decide", shimen, "--body", "村民会议", "--members", "1210", "--present", "700", "--yes", "300"])
    #expect(motion.out.contains("会议有效，但表决未达到"))
  }
}
