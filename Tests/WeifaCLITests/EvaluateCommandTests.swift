import Foundation
import Testing
import WeifaTestSupport
import WeifaCLI

/// End to end: the evaluator's commands on the Codes/ charters, with hand-checked answers.
@Suite struct EvaluateCommandTests {
  let shimen = repoRoot.appendingPathComponent("Codes/石门村/石门村村规民约.weifa").path

  @Test func testRunsEveryCase() {
    let r = run(["test", repoRoot.appendingPathComponent("Codes").path])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.contains("失败 0"))
  }

  @Test func failingCaseShowsExpectedAndActual() {
    let path = temporaryFile("""
    @属性 年龄：数值（周岁）
    @享有【高龄补贴】 主体：年龄 ≥ 80；内容：高龄补贴；金额：每月100元
    @案例 七十九岁；事实：年龄 = 79；适用：【高龄补贴】
    @机构 村民会议；法定人数：成员 过半数；表决：到会 过半数
    @案例 恰好一半；机构：村民会议；成员：100；到会：50；赞成：50；结果：成立

    """)
    let r = run(["test", path])
    #expect(r.status == 1)
    #expect(r.err.contains("期望【高龄补贴】适用，实际：不适用"))
    #expect(r.err.contains("期望成立，实际不成立"))
    #expect(r.out.contains("通过 0，失败 2"))
  }

  @Test func queryListsWhatAppliesWithReasons() {
    let r = run(["query", shimen, "--fact", "年龄=82", "--fact", "户籍=本村"])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.contains("第三十二条【高龄补贴】"))
    #expect(r.out.contains("金额：每月100元"))
    #expect(r.out.contains("年龄 82 ≥ 80"))
    #expect(r.out.contains("建议接着回答"))
  }

  @Test func queryReadsAFactsFile() {
    // Numbers, strings, true/false and null (unknown) in the JSON facts file; --fact wins over it.
    let facts = temporaryFile(#"{"年龄": 82, "户籍": "本村", "是否党员": true, "是否低保户": null}"#, name: "facts.json")
    let r = run(["query", shimen, "--facts", facts])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.contains("年龄 82 ≥ 80"))
    #expect(r.out.contains("第十条【党员带头】"))
    let younger = run(["query", shimen, "--facts", facts, "--fact", "年龄=30"])
    #expect(!younger.out.contains("第三十二条【高龄补贴】"))
    let bad = run(["query", shimen, "--facts", temporaryFile("[1, 2]", name: "facts.json")])
    #expect(bad.status == 2 && bad.err.contains("JSON 对象"))
  }

  @Test func queryRejectsUnknownAttributes() {
    let r = run(["query", shimen, "--fact", "年纪=82"])
    #expect(r.status == 2)
    #expect(r.err.contains("没有属性「年纪」") && r.err.contains("年龄"))
    #expect(run(["query", shimen, "--fact", "户籍=火星"]).err.contains("没有取值「火星」"))
  }

  @Test func queryJSONIsValid() throws {
    let r = run(["query", shimen, "--fact", "年龄=101", "--fact", "户籍=本村", "--format", "json"])
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
    let rules = try #require(obj["rules"] as? [[String: Any]])
    // At 101 the 百岁补贴 applies and overrides the 高龄补贴 (优先于).
    let old = try #require(rules.first { $0["label"] as? String == "高龄补贴" })
    #expect((old["standing"] as? [String: Any])?["overriddenBy"] != nil)
  }

  @Test func decideShowsArithmetic() {
    // 1210 members: more than half is 606; 605 present fails that, but 268 of 402 households is two thirds.
    let r = run(["decide", shimen, "--body", "村民会议", "--members", "1210", "--households", "402", "--present", "605",
                 "--present-households", "268", "--yes", "303"])
    #expect(r.status == 0, "\(r.out)\(r.err)")
    #expect(r.out.contains("需到会至少606，实为605，未达到"))
    #expect(r.out.contains("需到会户至少268，实为268，达到"))
    #expect(r.out.contains("第二十二条"))
    #expect(r.out.contains("决定通过"))
    // 302 of 605 is not more than half.
    let fail = run(["decide", shimen, "--body", "村民会议", "--members", "1210", "--households", "402", "--present", "605",
                    "--present-households", "268", "--yes", "302"])
    #expect(fail.status == 1)
    #expect(fail.out.contains("决定不成立"))
    #expect(run(["decide", shimen, "--body", "村民会议", "--members", "10", "--present", "20", "--yes", "1"]).status == 2)
  }

  @Test func decideNeed() {
    let r = run(["decide", shimen, "--body", "村民会议", "--members", "1210", "--households", "402", "--need"])
    #expect(r.out.contains("需到会至少606"))
    #expect(r.out.contains("需赞成至少304"))
  }

  @Test func routeShowsProcedure() {
    let r = run(["route", repoRoot.appendingPathComponent("Codes/青溪村微法典").path, "宅基地使用方案"])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.contains("决定：村民会议"))
    #expect(r.out.contains("程序：四议两公开"))
    #expect(run(["route", shimen, "不存在的事项"]).status == 1)
  }

  @Test func batchStreamsAndReportsBadRows() throws {
    let csv = temporaryFile("编号,年龄,户籍,是否低保户\n张三,82,本村,否\n李四,abc,本村,否\n王五,101,本村,否\n赵六,30\n", name: "r.csv")
    let r = run(["batch", shimen, "--residents", csv])
    #expect(r.status == 1)
    let lines = r.out.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[1].hasPrefix("张三,") && lines[1].contains("高龄补贴"))
    #expect(lines[2].hasPrefix("王五,") && lines[2].contains("百岁补贴") && !lines[2].contains("高龄补贴"))
    #expect(r.err.contains("第3行") && r.err.contains("第5行"))
    #expect(r.err.contains("处理了 2 人，跳过 2 行"))
  }

  /// Issue 15, item 4: a 案例 names the rules of an article by the article as printed
  /// (`适用：第二条`) or by the rule's name, and whatever `test` cannot look up `check` reports
  /// first (WF3003). Before, `适用：第二条` checked clean and `test` failed with 「找不到规则【第二条】」.
  @Test func checkReportsFirstWhatTestCannotFind() {
    let dir = repoRoot.appendingPathComponent("Tests/Fixtures/checks/WF3003").path
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".weifa") }.sorted()
    #expect(files.count >= 6)
    for f in files {
      let path = dir + "/" + f
      let check = run(["check", path]), test = run(["test", path])
      if f.hasPrefix("clean-") {
        #expect(check.status == 0 && test.status == 0, "\(f): \(check.err)\(test.err)")
      } else {
        // Every failing case of the file is one that check reported.
        let reported = check.err.components(separatedBy: "\n").filter { $0.hasPrefix("错误[WF3003]") }.count
        let failed = test.err.components(separatedBy: "\n").filter { $0.hasPrefix("失败 案例") }.count
        #expect(check.status == 1 && reported >= failed && failed > 0, "\(f): \(check.err)\(test.err)")
      }
    }
    let byArticle = run(["test", dir + "/clean-by-article-and-name.weifa"])
    #expect(byArticle.out.contains("通过 4，失败 0"), "\(byArticle.err)")
  }

  /// Issue 15, item 4: misspelt directives, fields, labels, attribute names and values get "did
  /// you mean" by edit distance, not a list of every directive.
  @Test func misspellingsGetDidYouMean() {
    let path = temporaryFile("""
    @标题 溪林村村规民约
    @类型 村规民约
    @属性 年龄：数值（周岁）
    @属性 户籍：枚举（本村、外村）
    第一条【高龄补贴】 本村八十周岁以上的村民，每月享受高龄补贴一百元。
    @享有 高龄补贴；主休：年龄 ≥ 80；金额：每月100元
    @禁至 乱倒垃圾
    @案例 张大爷；事实：年令 = 82，户籍 = 本材；适用：【高龄补帖】

    """)
    let r = run(["check", path])
    #expect(r.status == 1)
    #expect(r.err.contains("是否指「@禁止」？") && !r.err.contains("可用的指令有"), "\(r.err)")
    #expect(r.err.contains("是否指「主体」？"), "\(r.err)")
    #expect(r.err.contains("是否指「年龄」？"), "\(r.err)")
    #expect(r.err.contains("是否指「本村」？"), "\(r.err)")
    #expect(r.err.contains("是否指「高龄补贴」？"), "\(r.err)")
    // Nothing close: no guess, and the list stays.
    let far = run(["check", temporaryFile("@天气 晴\n")])
    #expect(far.err.contains("可用的指令有") && !far.err.contains("是否指"))
    let query = run(["query", shimen, "--fact", "年令=82"])
    #expect(query.err.contains("是否指「年龄」？"), "\(query.err)")
  }
}
