import Foundation
import Testing
import WeifaTestSupport
@testable import WeifaCLI
import WeifaDriver
import WeifaBase

/// `weifa import` through the command line: stdout and stderr, `-o` and its refusals, JSON,
/// encodings, input that is not text, and standard input.
@Suite struct ImportCLITests {
  static let fixture = repoRoot.appendingPathComponent("Tests/Fixtures/layouts/40-heading-or-article.txt").path

  @Test func sourceOnStdoutNotesOnStderr() {
    let r = run(["import", Self.fixture])
    #expect(r.status == 0)
    #expect(r.out.hasPrefix("@标题 椿树湾村村规民约\n@类型 村规民约\n@编号 章：一、；条：1.\n椿树湾村村规民约\n"))
    #expect(r.out.contains("# 导入说明：第11行 读作条；"))
    #expect(r.out.contains("\n@条 四、村民应当爱护公共设施，损坏的照价赔偿。\n"))
    #expect(r.err.contains("第11行：读作条；") && r.err.contains("导入「") && r.err.contains("2 处请核对"), "\(r.err)")
    let en = run(["import", Self.fixture, "--lang", "en"])
    #expect(en.out == r.out, "the source is the same in either language")
    #expect(en.err.contains("line 11: read as an article;") && en.err.contains("2 readings to check"), "\(en.err)")
    #expect(EnglishTests.leaks(en.err).isEmpty, "\(EnglishTests.leaks(en.err))")
  }

  @Test func outputFile() throws {
    let dir = temporaryDirectory()
    let out = dir + "/椿树湾村村规民约.weifa"
    let r = run(["import", Self.fixture, "-o", out])
    #expect(r.status == 0 && r.out.isEmpty, "\(r.err)")
    #expect(String(decoding: readAll(out), as: UTF8.self) == run(["import", Self.fixture]).out)
    #expect(r.err.contains("已写入"))
    // An existing file is left alone without --force.
    writeBytes(Array("旧内容\n".utf8), out)
    let again = run(["import", Self.fixture, "-o", out])
    #expect(again.status == 2 && again.err.contains("已存在") && again.err.contains("--force"))
    #expect(readAll(out) == Array("旧内容\n".utf8))
    #expect(run(["import", Self.fixture, "-o", out, "--force"]).status == 0)
    #expect(readAll(out) != Array("旧内容\n".utf8))
    // Never the input, even with --force.
    let input = dir + "/in.txt"
    writeBytes(readAll(Self.fixture), input)
    let over = run(["import", input, "-o", input, "--force"])
    #expect(over.status == 2 && over.err.contains("不能覆盖输入文件"))
    #expect(readAll(input) == readAll(Self.fixture))
    let files = try FileManager.default.contentsOfDirectory(atPath: dir)
    #expect(!files.contains { $0.hasPrefix(".") }, "no temporary file left: \(files)")
  }

  @Test func json() throws {
    let r = run(["import", Self.fixture, "--format", "json"])
    #expect(r.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
    #expect(object["title"] as? String == "椿树湾村村规民约")
    let outline = try #require(object["outline"] as? [[String: Any]])
    #expect(outline.count == 13)
    let eleven = try #require(outline.first { $0["line"] as? Int == 11 })
    #expect(eleven["role"] as? String == "article" && eleven["level"] as? Int == 1 && eleven["mark"] as? String == "四、")
    let notes = try #require(object["notes"] as? [[String: Any]])
    #expect(notes.contains { $0["line"] as? Int == 11 })
    #expect((object["numbering"] as? [String: Any])?["条"] as? String == "1.")
  }

  @Test func encodingsAndRefusals() {
    let dir = temporaryDirectory()
    let text = "某村村规民约\n一、村民应当遵纪守法。\n二、本规约自公布之日起施行。\n"
    writeBytes(encode(text, "GB18030"), dir + "/gbk.txt")
    let gbk = run(["import", dir + "/gbk.txt"])
    #expect(gbk.status == 0 && gbk.out.contains("\n一、村民应当遵纪守法。\n") && gbk.err.contains("GB18030"), "\(gbk.err)")
    writeBytes([0xFF, 0xFE] + encode(text, "UTF-16LE"), dir + "/utf16.txt")
    #expect(run(["import", dir + "/utf16.txt"]).out == run(["import", dir + "/gbk.txt"]).out)
    // A damaged .docx (a zip cut short) or any binary: exit 2, a clear message, nothing on stdout.
    writeBytes([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array(repeating: 0, count: 64), dir + "/charter.docx")
    let bin = run(["import", dir + "/charter.docx"])
    #expect(bin.status == 2 && bin.out.isEmpty && bin.err.contains("压缩文件已损坏"), "\(bin.err)")
    #expect(run(["import", dir + "/charter.docx", "--lang", "en"]).err.contains("the archive is damaged"))
    writeBytes([0x00, 0x01, 0x02, 0x50] + Array(repeating: 7, count: 64), dir + "/binary.txt")
    #expect(run(["import", dir + "/binary.txt"]).err.contains("不是文本文件"))
    // Empty, or no article: the text is printed, with the note, and the status says so.
    writeBytes([], dir + "/empty.txt")
    let empty = run(["import", dir + "/empty.txt"])
    #expect(empty.status == 1 && empty.err.contains("未找到条文"), "\(empty.err)")
    #expect(run(["import", dir + "/empty.txt", "--lang", "en"]).err.contains("no articles found"))
    writeBytes(Array("只是一段话，没有条文。\n".utf8), dir + "/prose.txt")
    let prose = run(["import", dir + "/prose.txt"])
    #expect(prose.status == 1 && prose.out.contains("只是一段话，没有条文。\n") && prose.err.contains("未找到条文"))
    #expect(run(["import", dir + "/missing.txt"]).status == 2)
    #expect(run(["import"]).status == 2)
    #expect(run(["import", "a.txt", "b.txt"]).status == 2)
  }

  /// `-` reads standard input (the built binary, as a shell pipes into it).
  @Test func standardInput() throws {
    let binary = repoRoot.appendingPathComponent(".build/debug/weifa")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else { return }
    let p = Process()
    p.executableURL = binary
    p.arguments = ["import", "-"]
    let input = Pipe(), output = Pipe(), errors = Pipe()
    p.standardInput = input; p.standardOutput = output; p.standardError = errors
    try p.run()
    input.fileHandleForWriting.write(Data(readAll(Self.fixture)))
    input.fileHandleForWriting.closeFile()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = errors.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0, "\(String(decoding: err, as: UTF8.self))")
    #expect(String(decoding: out, as: UTF8.self) == run(["import", Self.fixture]).out)
    #expect(String(decoding: err, as: UTF8.self).contains("导入「标准输入」"))
  }
}
