import Foundation
import Testing
import WeifaTestSupport
import WeifaCLI
import WeifaDriver


/// Runs the CLI in-process and captures what it prints.
func run(_ args: [String]) -> (status: Int32, out: String, err: String) {
  var out = "", err = ""
  let status = CLI.run(args, stdout: { out += $0 }, stderr: { err += $0 })
  return (status, out, err)
}

func temporaryFile(_ text: String, name: String = "t.weifa") -> String {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("weifa-cli-\(UUID().uuidString)")
  try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  let path = dir.appendingPathComponent(name).path
  _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
  return path
}

let broken = """
@标题 测试
@义物 主体：村民
第一条【宗旨】 宗旨。
@机构 村民会议；表决：到会 三分之；金额：100元
第三条【宗旨】 重复。

"""

@Suite struct CLITests {
  @Test func codesCheckClean() {
    let r = run(["check", repoRoot.appendingPathComponent("Codes").path])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.err.contains("0 个错误"))
  }

  @Test func brokenFileInChinese() {
    let path = temporaryFile(broken)
    let r = run(["check", path])
    #expect(r.status == 1)
    #expect(r.out.isEmpty)
    #expect(r.err.contains("错误[WF1001]: 「@义物」不是已知的指令"))
    #expect(r.err.contains("--> \(path):2:1"))
    #expect(r.err.contains("--> \(path):4:16"))
    #expect(r.err.contains("--> \(path):5:1"))
    // The caret row under 三分之 is six columns wide, after 28 columns of 「@机构 村民会议；表决：到会 」.
    #expect(r.err.contains("  | " + String(repeating: " ", count: 27) + "^^^^^^\n"))
    #expect(r.err.contains("检查了 1 个文件：5 个错误，0 个警告"))
  }

  @Test func brokenFileInEnglish() {
    let r = run(["check", temporaryFile(broken), "--lang", "en"])
    #expect(r.status == 1)
    #expect(r.err.contains("error[WF1001]: “@义物” is not a known directive"))
    #expect(r.err.contains("checked 1 file: 5 errors, 0 warnings"))
  }

  @Test func jsonIsValid() throws {
    let r = run(["check", temporaryFile(broken), "--format", "json"])
    #expect(r.status == 1)
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
    let diags = try #require(obj["diagnostics"] as? [[String: Any]])
    #expect(diags.count == 5)
    #expect(diags.first?["code"] as? String == "WF1001")
    #expect(diags.first?["line"] as? Int == 2)
    let basis = diags.first { $0["code"] as? String == "WF2001" }?["basis"] as? [String]
    #expect(basis == ["《中华人民共和国立法法》第六十五条"])
  }

  @Test func sarifIsValid() throws {
    let r = run(["check", temporaryFile(broken), "--format", "sarif"])
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
    #expect(obj["version"] as? String == "2.1.0")
    let runs = try #require(obj["runs"] as? [[String: Any]])
    #expect(runs[0]["columnKind"] as? String == "unicodeCodePoints")
    let results = try #require(runs[0]["results"] as? [[String: Any]])
    #expect(results.count == 5)
    let tool = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect((tool["rules"] as? [Any])?.count == allCodes.count)
  }

  /// Issue 15, item 11: a 公告 built from a charter with no @地方 used to drop the village's name
  /// silently (「村民会议关于公布……」, 「可以到查阅」); now every fact an output needs and the charter
  /// lacks is a warning on stderr naming the directive to add, and the notice never leaves a gap.
  @Test func buildWarnsAboutMissingFacts() {
    let path = temporaryFile("""
    @标题 溪林村村规民约
    @类型 村规民约
    @通过 村民会议；日期：2024年3月12日；应到：1268；实到：903；赞成：861
    第一条 为了推进村民自治，制定本规约。

    """)
    let r = run(["build", path, "--to", "notice"])
    #expect(r.status == 0)
    #expect(r.err.contains("没有 @地方") && r.err.contains("加上一行「@地方"), "\(r.err)")
    #expect(r.err.contains("没有 @施行") && r.err.contains("@施行 2024年4月1日"), "\(r.err)")
    #expect(r.out.contains("村民委员会关于公布《溪林村村规民约》的公告"), "\(r.out)")
    #expect(r.out.contains("可以到村民委员会查阅") && !r.out.contains("可以到查阅"), "\(r.out)")
    // Nothing at all: no broken sentence, and each missing directive is named.
    let bare = run(["build", temporaryFile("第一条 为了推进自治，制定本规约。\n"), "--to", "notice"])
    #expect(!bare.out.contains("可以到查阅") && bare.out.contains("全文在公开栏张贴公布。"), "\(bare.out)")
    for directive in ["@标题", "@地方", "@通过", "@施行"] { #expect(bare.err.contains("加上一行「\(directive)"), "\(directive): \(bare.err)") }
    #expect(run(["build", path, "--to", "notice", "--lang", "en"]).err.contains("warning: 《溪林村村规民约》 has no @地方"))
    // The charters of Codes/ say everything their outputs need.
    for doc in ["Codes/石门村/石门村村规民约.weifa", "Codes/海晴社区/社区自治章程.weifa", "Codes/青溪村微法典"] {
      for to in ["notice", "text", "page"] {
        let b = run(["build", repoRoot.appendingPathComponent(doc).path, "--to", to])
        // Nothing missing; the notice says where it took each fact from (one 说明 line per document).
        let lines = b.err.split(separator: "\n")
        #expect(b.status == 0 && lines.allSatisfy { $0.hasPrefix("说明：") && $0.contains("取自 @通过") } && (to == "notice" || lines.isEmpty),
                "\(doc) --to \(to): \(b.err)")
      }
    }
  }

  @Test func explainEveryCode() {
    for code in allCodes {
      let zh = run(["explain", code.id])
      #expect(zh.status == 0 && zh.out.contains("## 说明") && zh.out.contains("## 修复"), "\(code.id)")
      let en = run(["explain", code.id, "--lang", "en"])
      #expect(en.status == 0 && en.out.contains("## What"), "\(code.id)")
    }
    #expect(run(["explain", "WF9999"]).status == 2)
    #expect(run(["explain", "--list"]).out.split(separator: "\n").count == allCodes.count)
  }

  @Test func usageErrors() {
    #expect(run([]).status == 2)
    #expect(run(["check"]).status == 2)
    #expect(run(["check", "/nonexistent/x.weifa"]).status == 2)
    #expect(run(["check", "--format", "xml", "x"]).status == 2)
    #expect(run(["check", "--bogus", "x"]).status == 2)
    #expect(run(["frobnicate"]).status == 2)
    #expect(run(["--lang", "fr", "check"]).status == 2)
    #expect(run(["help"]).out.contains("用法"))
  }

  @Test func bundleManifestNamesExistingFiles() {
    let path = temporaryFile("@标题 某村《微法典》\n@类型 汇编\n@收录 村规民约.weifa\n", name: "目录.weifa")
    let r = run(["check", (path as NSString).deletingLastPathComponent])
    #expect(r.status == 1)
    #expect(r.err.contains("WF8001"))
  }

  @Test func checkWritesNothing() throws {
    let path = temporaryFile(broken)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    _ = run(["check", path])
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
  }
}
