import Foundation
import Testing
import WeifaTestSupport
@testable import WeifaCLI
import WeifaDriver
import WeifaBase

/// Issue 7 through the command line: encodings, `weifa fmt`, output safety and bundles.

/// A fresh directory under the system temporary directory.
func temporaryDirectory() -> String {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("weifa-robust-\(UUID().uuidString)").path
  try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  return dir
}

func writeBytes(_ bytes: [UInt8], _ path: String) {
  _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
}

func readAll(_ path: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path) ?? Data()) }

/// Converts UTF-8 text with glibc's iconv, as a Windows editor would have saved it.
func encode(_ text: String, _ encoding: String) -> [UInt8] {
  guard let cd = Optional(iconv_open(encoding, "UTF-8")), cd != iconv_t(bitPattern: -1) else { return [] }
  defer { iconv_close(cd) }
  var input = Array(text.utf8)
  var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
  let n: Int = input.withUnsafeMutableBufferPointer { i in
    output.withUnsafeMutableBufferPointer { o in
      var ip: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(i.baseAddress!).assumingMemoryBound(to: CChar.self)
      var op: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(o.baseAddress!).assumingMemoryBound(to: CChar.self)
      var il = i.count, ol = o.count
      _ = iconv(cd, &ip, &il, &op, &ol)
      return o.count - ol
    }
  }
  return Array(output[0..<n])
}

let sample = """
@标题 测试村村规民约
@类型 村规民约
第一条【宗旨】 为了规范村务，制定本规约。
第二条【施行】 本规约自通过之日起施行。

"""

@Suite struct InputTests {
  @Test func utf8WithAndWithoutBOM() {
    let dir = temporaryDirectory()
    writeBytes(Array(sample.utf8), dir + "/a.weifa")
    writeBytes([0xEF, 0xBB, 0xBF] + Array(sample.utf8), dir + "/b.weifa")
    for f in ["a", "b"] {
      let r = run(["check", dir + "/\(f).weifa"])
      #expect(r.status == 0, "\(f): \(r.err)")
      #expect(!r.err.contains("WF1019"))
    }
  }

  @Test func gbkFileFromAWindowsEditorIsReadWithANote() throws {
    let dir = temporaryDirectory()
    let gbk = encode(sample, "GB18030")
    #expect(gbk.count > 0 && gbk != Array(sample.utf8))
    writeBytes(gbk, dir + "/gbk.weifa")
    let r = run(["check", dir + "/gbk.weifa"])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.err.contains("提示[WF1019]") && r.err.contains("GB18030") && r.err.contains("iconv -f GB18030 -t UTF-8"))
    #expect(r.err.contains("0 个错误"))
    // The note is a diagnostic like any other: it reaches JSON and SARIF too.
    let json = run(["check", dir + "/gbk.weifa", "--format", "json"])
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
    let diags = try #require(obj["diagnostics"] as? [[String: Any]])
    #expect(diags.first?["code"] as? String == "WF1019" && diags.first?["severity"] as? String == "note")
    // The file is never changed by reading it.
    #expect(readAll(dir + "/gbk.weifa") == gbk)
  }

  @Test func utf16WithBOMAndWithout() {
    let dir = temporaryDirectory()
    let cases: [(String, [UInt8], String)] = [
      ("le", [0xFF, 0xFE] + encode(sample, "UTF-16LE"), "UTF-16LE"),
      ("be", [0xFE, 0xFF] + encode(sample, "UTF-16BE"), "UTF-16BE"),
      ("le-nobom", encode(sample, "UTF-16LE"), "UTF-16LE"),
      ("be-nobom", encode(sample, "UTF-16BE"), "UTF-16BE"),
    ]
    for (name, bytes, label) in cases {
      writeBytes(bytes, dir + "/\(name).weifa")
      let r = run(["check", dir + "/\(name).weifa"])
      #expect(r.status == 0, "\(name): \(r.err)")
      #expect(r.err.contains("WF1019") && r.err.contains(label), "\(name): \(r.err)")
    }
    // A lone surrogate is replaced and reported.
    var broken = [UInt8]([0xFF, 0xFE]) + encode("第一条 甲", "UTF-16LE")
    broken += [0x00, 0xD8]   // a high surrogate with nothing after it
    broken += encode("。\n", "UTF-16LE")
    writeBytes(broken, dir + "/broken16.weifa")
    let r = run(["check", dir + "/broken16.weifa"])
    #expect(r.status == 1)
    #expect(r.err.contains("WF1020"))
  }

  @Test func invalidBytesGetLineAndOffset() {
    let dir = temporaryDirectory()
    var bytes = Array(sample.utf8)
    bytes.insert(contentsOf: [0xFF, 0x80], at: Array("@标题 测试村村规民约\n@类型 村规民约\n第一条【宗旨】 ".utf8).count)
    writeBytes(bytes, dir + "/bad.weifa")
    let r = run(["check", dir + "/bad.weifa"])
    #expect(r.status == 1)
    #expect(r.err.contains("错误[WF1020]") && r.err.contains("第3行") && r.err.contains("FF 80"), "\(r.err)")
    let en = run(["check", dir + "/bad.weifa", "--lang", "en"])
    #expect(en.err.contains("line 3, column 9") && !en.err.contains("offset"), "\(en.err)")
  }

  @Test func decoderUnits() {
    #expect(InputDecoding.decode(Array(sample.utf8), path: "x").encoding == .utf8)
    #expect(InputDecoding.decode(encode(sample, "GB18030"), path: "x").encoding == .gb18030)
    #expect(InputDecoding.decode(encode(sample, "GB18030"), path: "x").bytes == Array(sample.utf8))
    #expect(InputDecoding.decode([0xFF, 0xFE] + encode(sample, "UTF-16LE"), path: "x").bytes == Array(sample.utf8))
    #expect(InputDecoding.decode([0xFF, 0xFE, 0, 0] + encode(sample, "UTF-32LE"), path: "x").bytes == Array(sample.utf8))
    // UTF-8 with a few damaged bytes stays UTF-8 (the parser shows where), and so do NUL bytes.
    var damaged = Array(sample.utf8)
    damaged[10] = 0xFF
    #expect(InputDecoding.decode(damaged, path: "x").encoding == .utf8)
    #expect(InputDecoding.decode(Array("第一条 甲\u{0}\u{0}乙。\n".utf8), path: "x").encoding == .utf8)
    // Neither UTF-8 nor GB18030: passed on unchanged.
    let junk: [UInt8] = [0x80, 0x80, 0xFF, 0xFF, 0x81]
    #expect(InputDecoding.decode(junk, path: "x").bytes == junk)
    #expect(InputDecoding.decode([], path: "x").bytes == [])
  }

  @Test func tooLargeAndNonRegularFilesAreRefused() throws {
    let dir = temporaryDirectory()
    let big = dir + "/big.weifa"
    #expect(FileManager.default.createFile(atPath: big, contents: nil))
    let h = try #require(FileHandle(forWritingAtPath: big))
    try h.truncate(atOffset: UInt64(Limits.maxFileBytes + 1))   // sparse: no disk used
    try h.close()
    let r = run(["check", big])
    #expect(r.status == 2 && r.err.contains("过大"), "\(r.err)")
    let fifo = dir + "/pipe.weifa"
    #expect(mkfifo(fifo, 0o644) == 0)
    let p = run(["check", fifo])
    #expect(p.status == 2 && p.err.contains("不是普通文件"), "\(p.err)")
    let z = run(["check", "/dev/zero"])
    #expect(z.status == 2 && z.err.contains("不是普通文件"))
  }

  @Test func tenMegabyteFileIsChecked() {
    let dir = temporaryDirectory()
    var text = "@标题 大文件\n第一条 总则。\n"
    let line = "村民应当爱护公共设施，不得损坏村道、路灯、水渠等公共财物。\n"
    text += String(repeating: line, count: 10 * 1_048_576 / line.utf8.count)
    writeBytes(Array(text.utf8), dir + "/big.weifa")
    let start = Date()
    let r = run(["check", dir + "/big.weifa"])
    #expect(r.status == 0, "\(r.err.prefix(500))")
    #expect(Date().timeIntervalSince(start) < 300)
  }
}

@Suite struct FmtCommandTests {
  let messyText = "@标题  测试\n@机构 村民会议;表决:到会  过半数\n第？条[宗旨]为了规范村务。\n\n\n第？条 本规约自通过之日起施行。\n"
  let canonical = "@标题 测试\n@机构 村民会议；表决：到会 过半数\n第一条[宗旨]为了规范村务。\n\n第二条 本规约自通过之日起施行。\n"

  @Test func printsToStdoutAndLeavesTheFile() {
    let path = temporaryFile(messyText)
    let r = run(["fmt", path])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out == canonical)
    #expect(readAll(path) == Array(messyText.utf8))
  }

  @Test func checkSaysWhichFilesAreNotFormatted() {
    let dir = temporaryDirectory()
    writeBytes(Array(messyText.utf8), dir + "/messy.weifa")
    writeBytes(Array(canonical.utf8), dir + "/clean.weifa")
    let r = run(["fmt", "--check", dir])
    #expect(r.status == 1)
    #expect(r.err.contains("未格式化：\(dir)/messy.weifa"))
    #expect(!r.err.contains("clean.weifa"))
    #expect(run(["fmt", "--check", dir + "/clean.weifa"]).status == 0)
    #expect(run(["fmt", "--check", repoRoot.appendingPathComponent("Codes").path]).status == 0, "Codes/ is formatted")
  }

  @Test func writeIsAtomicAndKeepsPermissions() throws {
    let dir = temporaryDirectory()
    let path = dir + "/a.weifa"
    writeBytes(Array(messyText.utf8), path)
    #expect(chmod(path, 0o640) == 0)
    let r = run(["fmt", "--write", path])
    #expect(r.status == 0, "\(r.err)")
    #expect(readAll(path) == Array(canonical.utf8))
    let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    #expect(mode == 0o640)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["a.weifa"], "no temporary file left behind")
    // Idempotent: a second run changes nothing.
    let again = run(["fmt", "--write", path])
    #expect(again.status == 0 && !again.err.contains("已格式化"))
    #expect(run(["fmt", "--check", path]).status == 0)
  }

  @Test func writeThroughASymbolicLinkKeepsTheLink() throws {
    let dir = temporaryDirectory()
    writeBytes(Array(messyText.utf8), dir + "/real.weifa")
    try FileManager.default.createSymbolicLink(atPath: dir + "/link.weifa", withDestinationPath: "real.weifa")
    #expect(run(["fmt", "--write", dir + "/link.weifa"]).status == 0)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.weifa") == "real.weifa")
    #expect(readAll(dir + "/real.weifa") == Array(canonical.utf8))
  }

  @Test func refusesToRewriteWhatItCannotParse() {
    let bad = "@标题 测试\n@义物 主体：村民\n第？条 甲。\n"
    let path = temporaryFile(bad)
    let r = run(["fmt", "--write", path])
    #expect(r.status == 1)
    #expect(r.err.contains("WF1001") && r.err.contains("未格式化"))
    #expect(readAll(path) == Array(bad.utf8))
    #expect(run(["fmt", path]).out.isEmpty)
    // Invalid bytes, an overlong line: also refused, also untouched.
    let dir = temporaryDirectory()
    let invalid = Array("第一条 甲".utf8) + [0xFF, 0x0A]
    writeBytes(invalid, dir + "/inv.weifa")
    #expect(run(["fmt", "--write", dir + "/inv.weifa"]).status == 1)
    #expect(readAll(dir + "/inv.weifa") == invalid)
  }

  @Test func nonUTF8FilesAreFormattedToStdoutButNeverRewritten() {
    let dir = temporaryDirectory()
    let gbk = encode(messyText, "GB18030")
    writeBytes(gbk, dir + "/gbk.weifa")
    let out = run(["fmt", dir + "/gbk.weifa"])
    #expect(out.status == 0 && out.out == canonical)
    let w = run(["fmt", "--write", dir + "/gbk.weifa"])
    #expect(w.status == 1 && w.err.contains("不是 UTF-8"))
    #expect(readAll(dir + "/gbk.weifa") == gbk)
    #expect(run(["fmt", "--check", dir + "/gbk.weifa"]).status == 1)
  }

  @Test func renumberUpdatesReferences() {
    let text = "第一条 见第二条。\n第？条 新条。\n第二条 旧的第二条。\n"
    let r = run(["fmt", "--renumber", temporaryFile(text)])
    #expect(r.out == "第一条 见第三条。\n第二条 新条。\n第三条 旧的第三条。\n")
  }

  @Test func usage() {
    #expect(run(["fmt"]).status == 2)
    #expect(run(["fmt", "--check", "--write", "x"]).status == 2)
    #expect(run(["fmt", "--bogus", "x"]).status == 2)
    #expect(run(["fmt", repoRoot.appendingPathComponent("Codes").path]).status == 2, "a directory needs --check or --write")
    #expect(run(["fmt", "/nonexistent/x.weifa"]).status == 2)
  }
}

@Suite struct OutputSafetyTests {
  @Test func outputNeverOverwritesAnInput() throws {
    let dir = temporaryDirectory()
    let path = dir + "/a.weifa"
    writeBytes(Array(sample.utf8), path)
    try FileManager.default.createSymbolicLink(atPath: dir + "/alias.weifa", withDestinationPath: path)
    try FileManager.default.linkItem(atPath: path, toPath: dir + "/hard.weifa")   // the same file under another name
    for o in [path, dir + "/./a.weifa", dir + "/../" + (dir as NSString).lastPathComponent + "/a.weifa", dir + "/alias.weifa", dir + "/hard.weifa"] {
      let r = run(["build", path, "--to", "text", "-o", o])
      #expect(r.status == 2, "\(o)")
      #expect(r.err.contains("不能覆盖输入文件"), "\(o): \(r.err)")
      #expect(readAll(path) == Array(sample.utf8))
    }
    // A bundle: -o may not name any of its files.
    let b = run(["build", dir, "--to", "text", "-o", path])
    #expect(b.status == 2)
    #expect(readAll(path) == Array(sample.utf8))
    // Elsewhere it writes, atomically.
    let r = run(["build", path, "--to", "text", "-o", dir + "/out.txt"])
    #expect(r.status == 0, "\(r.err)")
    #expect(FileManager.default.fileExists(atPath: dir + "/out.txt"))
  }

  /// Charter text with quotes, backslashes, NUL, other controls, U+2028/2029 and a BOM.
  static let hostile = "@标题 \"引号\"\\反斜杠\u{0}空字符\u{1B}[31m\u{7}\u{2028}行分隔\u{2029}</script>\n@义物 \"x\"\u{0}\u{2028}\n第一条【宗旨\"\u{0}】 \u{FEFF}<script>alert(1)</script>\u{2028}。\n第一条【宗旨\"\u{0}】 重复。\n"

  @Test func jsonAndSarifStayValid() throws {
    let path = temporaryFile(Self.hostile)
    for format in ["json", "sarif"] {
      let r = run(["check", path, "--format", format])
      #expect(r.status == 1)
      let data = Data(r.out.utf8)
      let obj = try JSONSerialization.jsonObject(with: data)
      #expect(obj is [String: Any], "\(format)")
      #expect(!r.out.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(format): raw control characters")
      #expect(!r.out.contains("\u{2028}") && !r.out.contains("\u{2029}"), "\(format): raw line separators")
    }
    let json = run(["check", path, "--format", "json"])
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
    let diags = try #require(obj["diagnostics"] as? [[String: Any]])
    #expect(diags.contains { ($0["message"] as? String)?.contains("\u{0}") == true || ($0["message"] as? String)?.contains("\"") == true })
  }

  @Test func htmlPrintsCharterTextAsText() {
    let path = temporaryFile("@标题 测试<script>alert(1)</script>\n第一条【宗旨</b>】 <script>alert(\"x\")</script>&amp; 为了规范村务。\n")
    for format in ["html", "page"] {
      let r = run(["build", path, "--to", format])
      #expect(r.status == 0, "\(format): \(r.err)")
      #expect(!r.out.contains("<script>alert") && !r.out.contains("</b>】"), "\(format): charter text was not escaped")
      #expect(r.out.contains("&lt;script&gt;alert"), "\(format)")
    }
  }

  @Test func jsonEscapesEverything() throws {
    // (U+FEFF is left out: it is valid in JSON, but Foundation's parser drops it.)
    let all = String(String.UnicodeScalarView((0..<0x80).compactMap(Unicode.Scalar.init) + ["\u{2028}", "\u{2029}", "\u{A0}", "中"]))
    // The one quoter, plain and script-safe (the resident page): both read back as the same text,
    // and the script-safe form has no `<`, `>` or `&` left to end a <script> element.
    for scriptSafe in [false, true] {
      let quoted = JSONText.quote(all, scriptSafe: scriptSafe)
      let back = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
      #expect(back == [all])
      #expect(!scriptSafe || !quoted.contains { "<>&".contains($0) })
    }
  }
}

@Suite struct BundleSafetyTests {
  /// A bundle directory with one charter.
  func bundle() -> String {
    let dir = temporaryDirectory() + "/微法典"
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    writeBytes(Array(sample.utf8), dir + "/村规民约.weifa")
    return dir
  }

  @Test func symbolicLinkOutOfTheBundleIsNotFollowed() throws {
    let dir = bundle()
    let outside = (dir as NSString).deletingLastPathComponent + "/secret.weifa"
    writeBytes(Array("@标题 秘密\n".utf8), outside)
    try FileManager.default.createSymbolicLink(atPath: dir + "/secret.weifa", withDestinationPath: outside)
    let r = run(["check", dir])
    #expect(r.status == 2)
    #expect(r.err.contains("汇编目录之外") && r.err.contains("secret.weifa"), "\(r.err)")
    // Named explicitly, it is read.
    #expect(run(["check", outside]).status == 0)
    // A link to a directory outside is refused the same way.
    try FileManager.default.removeItem(atPath: dir + "/secret.weifa")
    try FileManager.default.createSymbolicLink(atPath: dir + "/etc", withDestinationPath: "/etc")
    let e = run(["check", dir])
    #expect(e.status == 2 && e.err.contains("汇编目录之外"))
    // A link that stays inside is fine.
    try FileManager.default.removeItem(atPath: dir + "/etc")
    try FileManager.default.createDirectory(atPath: dir + "/附件", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: dir + "/附件/规约.weifa", withDestinationPath: "../村规民约.weifa")
    let ok = run(["check", dir])
    #expect(ok.status == 0, "\(ok.err)")
  }

  @Test func symbolicLinkLoopsAreClearErrors() throws {
    let dir = bundle()
    try FileManager.default.createSymbolicLink(atPath: dir + "/loop", withDestinationPath: ".")
    let r = run(["check", dir])
    #expect(r.status == 2 && r.err.contains("循环的符号链接"), "\(r.err)")
    try FileManager.default.removeItem(atPath: dir + "/loop")
    try FileManager.default.createSymbolicLink(atPath: dir + "/a.weifa", withDestinationPath: "b.weifa")
    try FileManager.default.createSymbolicLink(atPath: dir + "/b.weifa", withDestinationPath: "a.weifa")
    let r2 = run(["check", dir])
    #expect(r2.status == 2 && r2.err.contains("循环的符号链接"), "\(r2.err)")
    let r3 = run(["check", dir + "/a.weifa"])
    #expect(r3.status == 2 && r3.err.contains("循环的符号链接"), "\(r3.err)")
    try FileManager.default.removeItem(atPath: dir + "/a.weifa")
    try FileManager.default.removeItem(atPath: dir + "/b.weifa")
    try FileManager.default.createSymbolicLink(atPath: dir + "/gone.weifa", withDestinationPath: "missing.weifa")
    let r4 = run(["check", dir])
    #expect(r4.status == 2 && r4.err.contains("失效的符号链接"), "\(r4.err)")
  }

  @Test func unreadableFilesAndDirectoriesAreClearErrors() throws {
    let dir = bundle()
    let locked = dir + "/锁定.weifa"
    writeBytes(Array(sample.utf8), locked)
    #expect(chmod(locked, 0o000) == 0)
    defer { chmod(locked, 0o644) }
    let r = run(["check", dir])
    if geteuid() == 0 {
      // root reads anything: the file is simply read.
      #expect(r.status == 0 || r.status == 1)
    } else {
      #expect(r.status == 2 && r.err.contains("没有读取权限") && r.err.contains("锁定.weifa"), "\(r.err)")
    }
    let sub = dir + "/子目录"
    try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
    #expect(chmod(sub, 0o000) == 0)
    defer { chmod(sub, 0o755) }
    let d = run(["check", dir])
    if geteuid() != 0 { #expect(d.status == 2 && d.err.contains("无法读取目录"), "\(d.err)") }
    // Whoever runs the tests: a pipe in a bundle is an error, not a hang.
    chmod(sub, 0o755)
    #expect(mkfifo(sub + "/管道.weifa", 0o644) == 0)
    let p = run(["check", dir])
    #expect(p.status == 2 && p.err.contains("不是普通文件"), "\(p.err)")
  }
}
