import Foundation
import Testing
import WeifaTestSupport
import WeifaRender

/// The resident's page as a file: self-contained, escaped, no evaluation of strings.
@Suite struct PageTests {
  static let hostile = """
  @属性 户籍：枚举（本村、外村）
  @属性 年龄：数值（周岁）
  第一条【敬老】</script><script>alert(1)</script>\u{2028}本村村民年满七十周岁的，每月领取敬老金100元。
  @享有【敬老】 主体：户籍 = 本村；条件：年龄 >= 70；内容：</script><b>敬老金</b>&amp;\u{2028}；金额：每月100元
  @机构 村民会议；法定人数：成员 过半数 或 户 三分之二以上；表决：到会 过半数

  """

  @Test func selfContainedAndEscaped() throws {
    let page = render(Self.hostile, .page)
    // One data block and one script, closed where the printer closed them.
    #expect(page.components(separatedBy: "</script>").count == 3)
    #expect(page.components(separatedBy: "<script").count == 3)
    let data = try #require(PageDifferentialTests.between(page, "<script type=\"application/json\" id=\"wf-data\">", "</script>"))
    #expect(!data.contains("<") && !data.contains(">") && !data.contains("&") && !data.contains("\u{2028}"))
    #expect(data.contains("\\u003c/script\\u003e"))
    #expect((try? JSONSerialization.jsonObject(with: Data(data.utf8))) != nil)
    // Nothing fetched, nothing evaluated.
    for banned in ["http://", "https://", "src=", "eval(", "new Function", "innerHTML", "@import", "url("] {
      #expect(!page.contains(banned), "the page contains \(banned)")
    }
    #expect(page.contains("default-src 'none'"))
    // The charter text is there for readers without scripts; the panels wait for the script.
    #expect(page.contains("<main class=\"book\">"))
    #expect(page.contains("id=\"wf-app\" class=\"wf-app\" hidden"))
    #expect(page.contains("与我有关的条款"))
  }

  @Test func everyCodesCharterBuildsAPage() {
    for c in RenderCase.all() {
      let page = c.render([(.page, false)])[0]
      #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("id=\"wf-data\""), "\(c.name)")
      #expect(page.utf8.count < 300 * 1024, "\(c.name): \(page.utf8.count) bytes")
    }
  }
}

/// Issue 15, item 10: the page answers first. A short answer at the top (这些与您有关, 还需回答),
/// the few questions that matter first and the rest on demand, and each reason in plain words
/// built from the rule's conditions (「因为您年满80周岁、户籍在本村」) instead of 「适用于：适用人员」.
@Suite struct PageAnswerTests {
  static let charter = """
  @标题 测试村村规民约
  @类型 村规民约
  @属性 年龄：数值（周岁）
  @属性 户籍：枚举（本村、外村）
  @属性 是否党员：是否
  @属性 是否被剥夺政治权利：是否
  @属性 是否在本村居住：是否
  @定义 适用人员：户籍 = 本村 或 是否在本村居住
  @定义 老年村民：户籍 = 本村 且 年龄 ≥ 60

  第一条【遵守规约】 本村村民和在本村居住的人员应当遵守本规约。
  @义务【遵守规约】 主体：适用人员；行为：遵守本规约
  第二条【高龄补贴】 本村八十周岁以上的老年村民，每月享受高龄补贴一百元。
  @享有【高龄补贴】 主体：老年村民 且 年龄 ≥ 80；金额：每月100元
  第三条【选举权】 年满十八周岁、未被剥夺政治权利的村民有选举权。
  @权利【选举权】 主体：户籍 = 本村 且 年龄 > 17 且 非 是否被剥夺政治权利；内容：参加村民委员会选举
  第四条【党员带头】 党员应当带头遵守本规约。
  @义务【党员带头】 主体：是否党员；行为：带头遵守本规约

  """

  @Test func pageHasTheAnswerFirst() {
    let page = render(Self.charter, .page)
    let answer = page.range(of: "id=\"wf-answer\"")?.lowerBound
    let questions = page.range(of: "id=\"wf-questions\"")?.lowerBound
    #expect(answer != nil && questions != nil && answer! < questions!, "the answer panel comes before the questions")
    for part in ["这些与您有关", "还需回答", "id=\"wf-summary\"", "id=\"wf-need\"", "id=\"wf-more\""] { #expect(page.contains(part), "\(part)") }
    #expect(!page.contains("适用于："))
  }

  @Test func reasonsInPlainWords() throws {
    guard let node = PageDifferentialTests.findNode() else {
      if ProcessInfo.processInfo.environment["WEIFA_NO_NODE"] == "1" { return }
      Issue.record("NODE IS MISSING: the page's reasons were NOT checked. Install nodejs, or set WEIFA_NO_NODE=1 to skip on purpose.")
      return
    }
    let page = render(Self.charter, .page)
    let got = try runPageScript(page, node: node, """
      const slot = (n) => D.attrs.findIndex((a) => a.n === n);
      function person(facts) {
        const row = D.attrs.map(() => null);
        for (const [n, v] of Object.entries(facts)) {
          const a = D.attrs[slot(n)];
          row[slot(n)] = a.t === "enum" ? a.v.indexOf(v) : a.t === "bool" ? (v ? 1 : 0) : v * 1000;
        }
        return row;
      }
      for (const facts of [{ 年龄: 82, 户籍: "本村", 是否党员: true, 是否被剥夺政治权利: false }, { 户籍: "外村", 是否在本村居住: true }]) {
        const row = person(facts), s = WF.standings(D, row);
        D.rules.forEach((R, i) => { if (s[i] === 1) { lines.push(R.h + " " + WF.reason(D, i, row)); } });
      }
      // explain gives the value run gives, for every rule and many persons.
      let disagree = 0;
      for (let n = 0; n < 2000; n++) {
        const row = D.attrs.map((a, k) => (n >> k) % 3 === 0 ? null : a.t === "enum" ? (n >> (k + 2)) % 2 : a.t === "bool" ? (n >> (k + 1)) % 2 : ((n * 7 + k) % 100) * 1000);
        D.rules.forEach((R) => { if (WF.explain(D.attrs, R.p, row).t !== WF.run(R.p, row)) { disagree++; } });
      }
      lines.push("disagree " + disagree);
      """)
    #expect(got == [
      "第一条【遵守规约】 因为您户籍在本村",
      "第二条【高龄补贴】 因为您户籍在本村、年满80周岁",
      "第三条【选举权】 因为您户籍在本村、年满18周岁、未被剥夺政治权利",
      "第四条【党员带头】 因为您是党员",
      "第一条【遵守规约】 因为您在本村居住",
      "disagree 0",
    ])
  }
}
