import Foundation
import Testing
import WeifaTestSupport
import WeifaRender

/// The resident page answers for the reader's today: a rule not yet in force (施行 later) or
/// already repealed (废止) on that day is set apart (standing 4), as `weifa query --as-of` leaves
/// it out; without a day every rule counts, as `weifa query` without `--as-of` does.
@Suite struct PageDateTests {
  static let charter = """
  @标题 测试村村规民约
  @类型 村规民约
  @施行 2024年1月1日
  @属性 年龄：数值（周岁）

  第一条【敬老】 本村关心老年人。
  @享有【敬老金】 主体：年龄 >= 60；内容：敬老金；金额：每月50元

  第二条【新补贴】 本村自二〇三〇年起发放新补贴。
  @享有【新补贴】 主体：年龄 >= 60；内容：新补贴；金额：每月20元；施行：2030年1月1日

  第三条【旧补贴】 旧补贴已于二〇二五年停发。
  @享有【旧补贴】 主体：年龄 >= 60；内容：旧补贴；金额：每月10元；废止：2025年7月1日

  """

  @Test func standingsFollowTheDay() throws {
    guard let node = PageDifferentialTests.findNode() else {
      if ProcessInfo.processInfo.environment["WEIFA_NO_NODE"] == "1" { return }
      Issue.record("NODE IS MISSING: the page's date handling was NOT checked. Install nodejs, or set WEIFA_NO_NODE=1 to skip on purpose.")
      return
    }
    let page = render(Self.charter, .page)
    let data = try #require(PageDifferentialTests.between(page, "<script type=\"application/json\" id=\"wf-data\">", "</script>"))
    #expect(data.contains("\"f\":20300101") && data.contains("\"u\":20250701") && data.contains("\"f\":20240101"))
    let got = try runPageScript(page, node: node, """
      const row = [70000];   // 70 周岁 (numbers are ×1000)
      for (const d of [null, 20231231, 20250101, 20250701, 20261122, 20300101]) { lines.push(WF.standings(D, row, d).join("")); }
      """)
    // 敬老金, 新补贴, 旧补贴: 1 applies, 4 not in force that day.
    #expect(got == ["111", "444", "141", "144", "144", "114"])
  }
}
