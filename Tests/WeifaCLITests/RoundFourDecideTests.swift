import Foundation
import Testing
import WeifaTestSupport
import WeifaCLI

/// Issue 13, round four, end to end on Codes/石门村 (Codes/上位法 above it) and Codes/青溪村微法典: each answer
/// worked out by hand in the comment (the rules: Tests/Fixtures/decisions/README.md, “Round four”).
@Suite struct RoundFourDecideTests {
  let shimen = repoRoot.appendingPathComponent("Codes/石门村/石门村村规民约.weifa").path
  let qingxi = repoRoot.appendingPathComponent("Codes/青溪村微法典").path

  @Test func proxiesAtTheLimit() {
    // 村组法15④ data: 受托上限 3人 — three passes, four fails; a daughter-in-law is no near relative (民法典1045②).
    let three = run(["decide", shimen, "--body", "村民委员会选举", "--fact", "受托人数=3", "--fact", "亲属关系=儿子", "--fact", "受托人有选举权=是"])
    #expect(three.status == 0 && three.out.contains("结论：委托有效"), "\(three.out)\(three.err)")
    let four = run(["decide", shimen, "--body", "村民委员会选举", "--fact", "受托人数=4", "--fact", "亲属关系=儿子", "--format", "json"])
    #expect(four.status == 1 && four.out.contains("\"result\": \"委托无效\"") && four.out.contains("受托 4 人，超过上限 3 人"), "\(four.out)")
    let inLaw = run(["decide", shimen, "--body", "村民委员会选举", "--fact", "受托人数=1", "--fact", "亲属关系=儿媳"])
    #expect(inLaw.status == 1 && inLaw.out.contains("儿媳不是近亲属"))
    // The charter's own limit of two binds where it is stricter (青溪村村级组织运作制度第七条).
    let strict = run(["decide", qingxi, "--body", "村民委员会选举", "--fact", "受托人数=3", "--fact", "亲属关系=女儿"])
    #expect(strict.status == 1 && strict.out.contains("委托无效") && strict.out.contains("超过上限 2 人"), "\(strict.out)")
  }

  @Test func eighteenOnTheElectionDay() {
    // Born 2008-03-15: the 18th birthday is 2026-03-15, the election day itself — may vote; a day later, not.
    let day = run(["decide", shimen, "--body", "村民委员会选举", "--fact", "出生日期=2008-03-15", "--fact", "选举日期=2026-03-15"])
    #expect(day.status == 0 && day.out.contains("有选举权"), "\(day.out)\(day.err)")
    let late = run(["decide", shimen, "--body", "村民委员会选举", "--fact", "出生日期=2008-03-16", "--fact", "选举日期=2026-03-15"])
    #expect(late.status == 1 && late.out.contains("无选举权") && late.out.contains("17 周岁"))
  }

  @Test func historiesAndTheirErrors() {
    // 民主评议 at least yearly (村组法33): nothing in 2025 fails; an impossible date is an error (exit 2).
    let gap = run(["decide", shimen, "--body", "民主评议", "--fact", "举行日期=2024-11-20、2026-01-10", "--fact", "起始年份=2024", "--fact", "截止年份=2026"])
    #expect(gap.status == 1 && gap.out.contains("不符合") && gap.out.contains("2025年"), "\(gap.out)\(gap.err)")
    let bad = run(["decide", shimen, "--body", "成员大会", "--fact", "举行日期=2025-06-01、2025-02-30", "--fact", "起始年份=2025", "--fact", "截止年份=2025"])
    #expect(bad.status == 2 && bad.err.contains("举行日期 不是有效日期") && bad.out.isEmpty)
  }

  @Test func decisionsBeforeTheLaw() {
    // 集体经济组织法 施行 2025-05-01: a 成员大会 decision the day before has no rule in force.
    let before = run(["decide", shimen, "--body", "成员大会", "--fact", "成员总数=600", "--fact", "到会=450", "--fact", "赞成=420", "--fact", "决定日期=2025-04-30"])
    #expect(before.status == 1 && before.out.contains("尚未施行"), "\(before.out)")
    let on = run(["decide", shimen, "--body", "成员大会", "--fact", "成员总数=600", "--fact", "到会=450", "--fact", "赞成=420", "--fact", "决定日期=2025-05-01"])
    #expect(on.status == 0 && on.out.contains("结论：通过"))
  }

  @Test func needCitesTheArticleThatStatesTheRule() {
    // The statute's 村民会议: 提议 and 通知 are 村组法21, the quorum 22; 全体代表 is not counted from the members.
    let law = repoRoot.appendingPathComponent("Codes/上位法/村民委员会组织法.weifa").path
    let r = run(["decide", law, "--body", "村民会议", "--members", "1200", "--matter", "个别调整承包地", "--need"])
    #expect(r.status == 0 && r.out.contains("提议召集「成员 十分之一以上」——《中华人民共和国村民委员会组织法》第二十一条"), "\(r.out)")
    #expect(r.out.contains("通知「提前10日」——《中华人民共和国村民委员会组织法》第二十一条"))
    #expect(r.out.contains("「全体代表 三分之二以上」：需给出村民代表总数") && !r.out.contains("「全体代表 三分之二以上」：成员1200"))
  }

  @Test func englishDiagnosticsNameTheLaw() {
    let dir = temporaryDirectory()
    writeBytes(Array("@标题 低门槛村村规民约\n@类型 村规民约\n@机构 村民会议；法定人数：成员 三分之一以上\n第一条【宗旨】 为了测试，制定本规约。\n".utf8), dir + "/低门槛村村规民约.weifa")
    let r = run(["check", dir + "/低门槛村村规民约.weifa", "--with", repoRoot.appendingPathComponent("Codes/上位法").path, "--lang", "en"])
    #expect(r.err.contains("basis: Villagers' Committees Law art. 22 (《中华人民共和国村民委员会组织法》)"), "\(r.err)")
  }

  @Test func anUnquotedListInACaseIsAnError() {
    let dir = temporaryDirectory()
    writeBytes(Array("@标题 测试村村规民约\n@类型 村规民约\n第一条【宗旨】 为了测试，制定本规约。\n@案例 评议；机构：村民委员会；事实：评议结果 = 称职、不称职、不称职；结果：职务终止\n".utf8), dir + "/测试村村规民约.weifa")
    let r = run(["check", dir + "/测试村村规民约.weifa"])
    #expect(r.status == 1 && r.err.contains("值是列表时请写在「」中") && r.err.contains(":4:"), "\(r.err)")
  }

  @Test func missingDatesNameOnlyWhatWasNotGiven() {
    // The birth date given, the election day not: the answer asks for the election day alone (not both again).
    let one = run(["decide", shimen, "--body", "村民委员会选举", "--fact", "出生日期=2008-03-15"])
    #expect(one.out.contains("结论：无法回答：还需要选举日期") && !one.out.contains("还需要出生日期"), "\(one.out)\(one.err)")
    let none = run(["decide", shimen, "--body", "村民委员会选举", "--fact", "公示开始日期=2026-03-03"])
    #expect(none.out.contains("还需要公示结束日期") && !none.out.contains("还需要公示开始日期"), "\(none.out)\(none.err)")
  }
}
