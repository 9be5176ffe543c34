import Foundation
import Testing
import WeifaTestSupport
@testable import WeifaCLI
import WeifaDriver

/// `weifa review` end to end: exit statuses, -o, the format from -o's extension, non-charters
/// refused, and English with no Chinese of our own.
@Suite struct ReviewCLITests {
  static let charters = repoRoot.appendingPathComponent("Tests/Fixtures/review/charters").path
  static let village = charters + "/栎溪村村规民约.weifa"
  static let notCharter = repoRoot.appendingPathComponent("Tests/Fixtures/review/not-a-charter/说明.weifa").path

  @Test func producedWhateverTheConclusion() {
    let r = run(["review", Self.charters])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.hasPrefix("合法性审查汇总") && r.out.contains("不予备案") && r.out.contains("修改后备案"))
    #expect(r.err.contains("审查意见 2 件（同意备案 0，修改后备案 1，不予备案 1）"), "\(r.err)")
  }

  @Test func writesHTMLToOutputAndNeverOverAnInput() throws {
    let dir = temporaryDirectory()
    let out = dir + "/审查意见.html"
    let r = run(["review", Self.village, "-o", out])
    #expect(r.status == 0 && r.out.isEmpty, "\(r.err)")
    let html = try String(contentsOfFile: out, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("修改后备案") && html.contains("审查人："))
    // Self-contained: nothing is fetched.
    for external in ["<script", "<link", "src=", "url(", "http://", "https://"] { #expect(!html.contains(external), "\(external)") }
    // The extension picks the format; --format wins.
    #expect(run(["review", Self.village, "-o", dir + "/a.json"]).status == 0)
    #expect(try String(contentsOfFile: dir + "/a.json", encoding: .utf8).contains("\"schema\": \"weifa.review/1\""))
    #expect(run(["review", Self.village, "-o", dir + "/a.txt"]).status == 0)
    #expect(try String(contentsOfFile: dir + "/a.txt", encoding: .utf8).hasPrefix("关于《栎溪村村规民约》的合法性审查意见"))
    #expect(run(["review", Self.village, "--format", "json"]).out.contains("\"schema\": \"weifa.review/1\""))
    // -o never writes over what it reviews.
    let copy = dir + "/村规民约.txt"
    try FileManager.default.copyItem(atPath: Self.village, toPath: copy)
    let before = try Data(contentsOf: URL(fileURLWithPath: copy))
    let over = run(["review", copy, "-o", copy])
    #expect(over.status == 2 && over.err.contains("不能覆盖输入文件"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
    // Nor as a .weifa file, which the next check of the folder would read as a charter.
    #expect(run(["review", Self.village, "-o", dir + "/意见.weifa"]).status == 2 && !FileManager.default.fileExists(atPath: dir + "/意见.weifa"))
  }

  @Test func badOptionsAndInputs() {
    #expect(run(["review"]).status == 2)
    #expect(run(["review", Self.village, "--format", "pdf"]).status == 2)
    #expect(run(["review", Self.village, "--frobnicate"]).status == 2)
    #expect(run(["review", "/nonexistent/x.weifa"]).status == 2)
    let law = run(["review", repoRoot.appendingPathComponent("Codes/上位法").path])
    #expect(law.status == 2 && law.out.isEmpty && law.err.contains("没有可审查的规约"))
  }

  /// A file that is not a charter gets the WF2006 diagnostic, not an opinion.
  @Test func notACharterIsRefused() {
    let r = run(["review", Self.notCharter])
    #expect(r.status == 1 && r.out.isEmpty)
    #expect(r.err.contains("错误[WF2006]") && r.err.contains("不是规约，不出具审查意见"))
    for bytes in [[UInt8](), Array("\n\n".utf8), [0, 1, 2, 0xFF]] {
      let dir = temporaryDirectory()
      writeBytes(bytes, dir + "/x.weifa")
      let g = run(["review", dir + "/x.weifa", "--format", "html"])
      #expect(g.status == 1 && g.out.isEmpty && !g.out.contains("同意备案"), "\(bytes)")
    }
    // With a charter beside it: the charter's opinion is still written.
    let both = run(["review", Self.village, Self.notCharter])
    #expect(both.status == 1 && both.out.contains("关于《栎溪村村规民约》的合法性审查意见") && both.err.contains("WF2006"))
  }

  /// English is complete: what is left once the charter's own words (quoted, in 《》, paths) and
  /// the messages of the checks (theirs to translate) are taken out holds no Chinese.
  @Test func englishIsComplete() {
    for paths in [[Self.charters], [Self.village], [repoRoot.appendingPathComponent("Codes").path]] {
      let r = run(["review"] + paths + ["--lang", "en"])
      #expect(r.status == 0)
      var text = r.out + r.err
      let analysis = try! Loader(POSIXFileSystem()).analyse(paths).get().analysis
      for d in analysis.diagnostics { text = text.replacingOccurrences(of: d.message.en, with: "") }
      let leaked = EnglishTests.leaks(text)
      #expect(leaked.isEmpty, "\(paths): \(leaked.prefix(5))")
      #expect(!r.out.contains("审查") && r.out.contains("Conclusion"))
    }
    let html = run(["review", Self.charters, "--format", "html", "--lang", "en"]).out
    #expect(html.contains("<html lang=\"en\">") && html.contains("Reviewer: ") && !html.contains("审查人"))
  }

  /// And Chinese output has no English labels.
  @Test func chineseIsComplete() {
    for format in ["text", "html"] {
      let r = run(["review", Self.charters, "--format", format])
      // What a reader sees of the HTML: no style sheet, no markup (class names are English).
      let shown = r.out.replacingOccurrences(of: "(?s)<style>.*</style>", with: "", options: .regularExpression)
        .replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
      for label in ["error", "warning", "because", "Rule:", "Reviewer", "Conclusion", "Findings", "basis:", "filing"] {
        #expect(!shown.contains(label) && !r.err.contains(label), "\(format): \(label)")
      }
    }
  }

  @Test func helpStatesTheRule() {
    for lang in ["zh", "en"] {
      let h = run(["review", "--help", "--lang", lang])
      #expect(h.status == 0)
      #expect(h.out.contains(lang == "zh" ? "不予备案" : "filing refused") && h.out.contains(lang == "zh" ? "退出状态" : "Exit status"))
      // The help states the rule every opinion states.
      let rule = Analysis.reviewRule.text(lang == "zh" ? .zh : .en)
      #expect(h.out.contains(rule) && run(["review", Self.village, "--lang", lang]).out.contains(rule))
    }
  }
}
