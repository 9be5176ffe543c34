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
