import Foundation
import Testing
import WeifaTestSupport

/// `weifa diff` end to end: exit statuses, refusals, -o, --lang en.
@Suite struct DiffCLITests {
  static let old = repoRoot.appendingPathComponent("Codes/石门村/石门村村规民约.weifa").path
  static let new = repoRoot.appendingPathComponent("Codes/石门村/修订/石门村村规民约.weifa").path

  @Test func diffsTwoVersions() {
    let r = run(["diff", Self.old, Self.new])
    #expect(r.status == 0)
    #expect(r.out.hasPrefix("修订对照表\n"))
    #expect(r.out.contains("修改后│第三十一条【高龄关爱】"))
    #expect(r.err.isEmpty)
  }

  @Test func englishMarksTheWords() {
    let r = run(["diff", Self.old, Self.new, "--lang", "en"])
    #expect(r.status == 0)
    #expect(r.out.contains("{+"), "added words marked {+…+}")
    #expect(r.out.contains("[-"), "deleted words marked [-…-]")
    #expect(r.out.contains("What changes for whom"))
  }

  @Test func refusesAFileThatDoesNotParse() {
    let bad = temporaryFile("@标题 某村村规民约\n@类型 村规民约\n@属性 年龄：数值（周岁\n\n第一条 本规约自公布之日起施行。\n")
    let r = run(["diff", Self.old, bad])
    #expect(r.status == 1)
    #expect(r.out.isEmpty)
    #expect(r.err.contains("[WF1"), "the syntax error is shown: \(r.err)")
    #expect(r.err.contains("不能比较"))
  }

  @Test func refusesWhatIsNotACharter() {
    let prose = temporaryFile("今天天气很好，我们去公园散步。\n晚上回家吃饭。\n")
    let r = run(["diff", prose, Self.new])
    #expect(r.status == 1)
    #expect(r.err.contains("WF2006"))
  }

  @Test func outputNeverOverwritesAnInput() {
    let copy = temporaryFile(String(decoding: readBytes("Codes/石门村/修订/石门村村规民约.weifa"), as: UTF8.self), name: "新.weifa")
    let before = FileManager.default.contents(atPath: copy)
    let r = run(["diff", Self.old, copy, "-o", copy])
    #expect(r.status == 2)
    #expect(FileManager.default.contents(atPath: copy) == before)
  }

  @Test func writesTheTableWithDashO() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("weifa-diff-\(UUID().uuidString).html").path
    let r = run(["diff", Self.old, Self.new, "--to", "html", "-o", out])
    #expect(r.status == 0 && r.out.isEmpty)
    let html = String(decoding: try #require(FileManager.default.contents(atPath: out)), as: UTF8.self)
    #expect(html.contains("<del>") && html.contains("<ins>"))
    try? FileManager.default.removeItem(atPath: out)
  }

  @Test func usageErrors() {
    #expect(run(["diff", Self.old]).status == 2)
    #expect(run(["diff", Self.old, Self.new, "--to", "html", "--explain"]).status == 2)
    #expect(run(["diff", Self.old, "/no/such/file.weifa"]).status == 2)
    #expect(run(["diff", Self.old, Self.new, "--to", "html", "--format", "json"]).status == 2)
  }

  /// --to docx: a Word file only with -o, never over an input, a zip holding the table.
  @Test func writesAWordTable() throws {
    let none = run(["diff", Self.old, Self.new, "--to", "docx"])
    #expect(none.status == 2 && none.out.isEmpty && none.err.contains("--to docx 需要用 -o 给出输出文件"), "\(none.err)")
    let en = run(["diff", Self.old, Self.new, "--to", "docx", "--lang", "en"])
    #expect(en.err.contains("--to docx needs an output file"))
    #expect(run(["diff", Self.old, Self.new, "--to", "docx", "--explain", "-o", "/tmp/x.docx"]).status == 2)
    let copy = temporaryFile(String(decoding: readBytes("Codes/石门村/修订/石门村村规民约.weifa"), as: UTF8.self), name: "新.weifa")
    let before = FileManager.default.contents(atPath: copy)
    let over = run(["diff", Self.old, copy, "--to", "docx", "-o", copy])
    #expect(over.status == 2 && over.err.contains("不能覆盖输入文件"))
    #expect(FileManager.default.contents(atPath: copy) == before, "the input is left as it was")
    let dir = temporaryDirectory()
    let r = run(["diff", Self.old, Self.new, "--to", "docx", "-o", dir + "/对照表.docx"])
    #expect(r.status == 0 && r.out.isEmpty, "\(r.err)")
    let bytes = readAll(dir + "/对照表.docx")
    #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    // What Word reads back of it: both columns' words (weifa import reads a .docx's paragraphs, table cells included).
    let back = run(["import", dir + "/对照表.docx"])
    #expect(back.out.contains("修改前") && back.out.contains("修改后"), "\(back.err)")
    #expect(back.out.contains("年满八十周岁") && back.out.contains("年满七十五周岁"), "the old and the new words are both in the file")
  }

  @Test func formatJSONIsToJSON() {
    let a = run(["diff", Self.old, Self.new, "--format", "json"]), b = run(["diff", Self.old, Self.new, "--to", "json"])
    #expect(a.status == 0 && a.out == b.out && a.out.contains("\"schema\": \"weifa.diff/1\""))
  }

  @Test func explainNumbersEachChange() {
    let r = run(["diff", Self.old, Self.new, "--explain"])
    #expect(r.status == 0)
    #expect(r.out.contains("三、主要修改内容："))
    #expect(r.out.contains("增加一条，作为第十一条【志愿服务】"))
    #expect(r.out.contains("删去原第十八条【防火巡查】"))
  }
}
