import Foundation
import Testing
import WeifaTestSupport
@testable import WeifaCLI
import WeifaDriver
import WeifaBase

/// Issue 15, "a first hour without surprises": what a new user meets in the first commands.

/// Runs the CLI in-process as a terminal would (`terminal`, `NO_COLOR`) and captures what it prints.
func runTTY(_ args: [String], terminal: Bool, noColor: Bool = false) -> (status: Int32, out: String, err: String) {
  var out = "", err = ""
  let status = CLI.run(args, terminal: terminal, noColor: noColor, stdout: { out += $0 }, stderr: { err += $0 })
  return (status, out, err)
}

/// A charter whose seventh article repeats 第六条: the eighth, correctly numbered, must not be reported.
let repeatedSixth = """
@标题 测试村村规民约
@类型 村规民约
第一条 一。
第二条 二。
第三条 三。
第四条 四。
第五条 五。
第六条 六。
第六条 七。
第八条 八。

"""

/// Every command's name, as the usage table lists them.
let commandNames = CommandUsage.all.map(\.name)

/// A seeded generator, so the random inputs are the same in every run.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

// MARK: - 1. Every command explains itself

@Suite struct HelpTests {
  @Test(arguments: commandNames)
  func everyCommandPrintsItsOwnHelp(_ name: String) throws {
    let usage = try #require(CommandUsage.named(name))
    for args in [[name, "--help"], [name, "-h"], ["help", name]] {
      let zh = run(args)
      #expect(zh.status == 0, "\(args): \(zh.err)")
      #expect(zh.err.isEmpty, "\(args)")
      #expect(zh.out.hasPrefix("weifa \(name) — ") && zh.out.contains("用法：") && zh.out.contains("选项："), "\(args)")
      for e in usage.examples { #expect(zh.out.contains(e.line), "\(args) lacks the example \(e.line)") }
      for o in usage.options { #expect(zh.out.contains(o.form), "\(args) lacks \(o.form)") }
      let en = run(args + ["--lang", "en"])
      #expect(en.status == 0 && en.out.contains("Usage:") && en.out.contains("Options:") && !en.out.contains("用法"), "\(args) --lang en")
    }
  }

  /// The commands that used to misread --help: as an option, a file name or a code.
  @Test func helpIsNotAnArgument() {
    let check = run(["check", "--help"])
    #expect(check.status == 0 && !check.err.contains("未知的选项"))
    let file = run(["check", "-h"])
    #expect(file.status == 0 && !file.err.contains("找不到"))
    let explain = run(["explain", "--help"])
    #expect(explain.status == 0 && explain.out.contains("weifa explain WF2001"))
    #expect(run(["help", "check"]).out != run(["help"]).out)
    #expect(run(["help", "frobnicate"]).status == 2)
    // The general help names every command and says where to read more.
    let general = run(["help"]).out
    for name in commandNames where name != "tree" { #expect(general.contains("weifa \(name)"), "\(name)") }
    #expect(general.contains("weifa 命令 --help"))
  }

  /// The examples of every command's help run as printed, from the repository root.
  @Test(arguments: CommandUsage.all.flatMap { u in u.examples.map(\.line) })
  func examplesRunAsPrinted(_ line: String) throws {
    var words = line.split(separator: " ").map(String.init)
    #expect(words.removeFirst() == "weifa")
    let dir = temporaryDirectory()
    for i in words.indices {
      if words[i].hasPrefix("Codes") || words[i].hasPrefix("Tests/") { words[i] = repoRoot.appendingPathComponent(words[i]).path }
      if i > 0 && words[i - 1] == "-o" { words[i] = dir + "/" + words[i] }
      if words[i].hasPrefix("Codes") || words[i].hasPrefix("Tests/") { #expect(FileManager.default.fileExists(atPath: words[i])) }
    }
    let r = run(words)
    #expect(r.status == 0, "\(line): \(r.err)")
    let written = try FileManager.default.contentsOfDirectory(atPath: dir).count
    #expect(!r.out.isEmpty || !r.err.isEmpty || written == 1, "\(line) printed nothing")
  }
}

// MARK: - 2. Garbage does not pass as a clean charter

@Suite struct NotACharterTests {
  @Test func emptyRandomAndBinaryFilesAreNotCharters() {
    var generator = SplitMix(seed: 15)
    let randomChinese = String((0..<200_000).map { _ in Character(Unicode.Scalar(UInt32.random(in: 0x4E00...0x9FA5, using: &generator))!) })
    let binary = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
    for (name, bytes) in [("empty", [UInt8]()), ("chinese", Array(randomChinese.utf8)), ("binary", binary), ("blank", Array("\n\n  \n".utf8))] {
      let dir = temporaryDirectory()
      writeBytes(bytes, dir + "/\(name).weifa")
      let r = run(["check", dir + "/\(name).weifa"])
      #expect(r.status == 1, "\(name): \(r.err.prefix(300))")
      #expect(r.err.contains("错误[WF2006]") && !r.err.contains("0 个错误"), "\(name)")
      #expect(r.err.contains("@标题 某村村规民约"), "\(name): the message shows a minimal charter")
      for to in ["notice", "page"] {
        let b = run(["build", dir + "/\(name).weifa", "--to", to, "--force"])
        #expect(b.status == 1 && b.out.isEmpty && b.err.contains("不是规约"), "\(name) --to \(to)")
      }
      #expect(run(["build", dir + "/\(name).weifa", "--to", "text"]).status == 1)
    }
  }

  @Test func aPathWithNoCharterIsAnError() {
    let empty = temporaryDirectory()
    let other = temporaryDirectory()
    writeBytes(Array("not a charter".utf8), other + "/readme.txt")
    for dir in [empty, other] {
      for command in [["check"], ["test"], ["fmt", "--check"], ["query"]] {
        let r = run(command + [dir])
        #expect(r.status == 2, "\(command) \(dir): \(r.err)")
        #expect(r.err.contains("没有 .weifa 文件"), "\(command): \(r.err)")
      }
      #expect(run(["check", dir, "--lang", "en"]).err.contains("holds no .weifa file"))
      #expect(run(["build", dir, "--to", "html"]).status == 2)
    }
  }

  /// What Codes/ holds — charters, the higher-law excerpts and a bundle manifest — stays clean.
  @Test func codesAreCharters() {
    for f in codesFiles() {
      #expect(!codes(String(decoding: readBytes(f), as: UTF8.self)).contains("WF2006"), "\(f)")
    }
  }
}

// MARK: - 3. One repeated article number is one finding

@Suite struct RenumberHintTests {
  @Test func aRepeatedNumberIsReportedOnce() {
    let path = temporaryFile(repeatedSixth)
    let r = run(["check", path])
    #expect(r.status == 1)
    #expect(r.err.components(separatedBy: "错误[WF2001]").count == 2, "one WF2001, not two: \(r.err)")
    #expect(r.err.contains("「第六条」重号") && r.err.contains("这里应为「第七条」"))
    #expect(!r.err.contains("这里写的是「第八条」"), "the correct 第八条 is not reported")
    #expect(r.err.contains("weifa fmt --renumber \(path)"))
    let en = run(["check", path, "--lang", "en"])
    #expect(en.err.contains("weifa fmt --renumber"))
    // The suggestion does what it says.
    let fixed = run(["fmt", "--renumber", path])
    #expect(fixed.status == 0 && fixed.out.contains("第七条 七。") && fixed.out.contains("第八条 八。"))
  }

  @Test func restartsAndGapsStayOneFindingPerBreak() {
    let restart = run(["check", temporaryFile("第一章 总则\n第一条 一。\n第二条 二。\n第二章 分则\n第一条 三。\n第二条 四。\n")])
    #expect(restart.err.components(separatedBy: "错误[WF2001]").count == 2 && restart.err.contains("不在每章重新编号"), "\(restart.err)")
    let gap = run(["check", temporaryFile("第一条 一。\n第二条 二。\n第四条 四。\n第五条 五。\n")])
    #expect(gap.err.components(separatedBy: "错误[WF2001]").count == 2 && gap.err.contains("中间缺少序号"), "\(gap.err)")
    let inserted = run(["check", temporaryFile("第一条 一。\n第二条 二。\n第二条 新。\n第三条 三。\n第四条 四。\n")])
    #expect(inserted.err.components(separatedBy: "错误[WF2001]").count == 2, "\(inserted.err)")
  }
}

// MARK: - 5. Binary input never reaches the terminal

@Suite struct EscapedOutputTests {
  /// Characters a terminal would act on: C0 controls but the line feed, DEL, C1, bidirectional controls.
  static func controls(_ s: String) -> [Unicode.Scalar] {
    s.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }
  }

  @Test func binaryInputIsEscaped() {
    var bytes = [UInt8]()
    for i in 0..<3000 where i % 256 != 0x0A && i % 256 != 0x0D { bytes.append(UInt8(i % 256)) }   // one long line
    bytes += Array("\n第一条 \u{1B}[2J\u{7}清屏\u{202E}反转\u{0}。\n".utf8)
    let dir = temporaryDirectory()
    writeBytes(bytes, dir + "/binary.weifa")
    for lang in ["zh", "en"] {
      let r = run(["check", dir + "/binary.weifa", "--lang", lang])
      #expect(r.status == 1)
      #expect(Self.controls(r.err).isEmpty, "\(lang): \(Self.controls(r.err).prefix(10).map { String($0.value, radix: 16) })")
      #expect(r.err.contains("\\x7F\\x80\\x81"), "\(lang): DEL and the invalid bytes shown escaped")
      #expect(!r.err.contains("字节（文件第") && !r.err.contains("file offset"), "\(lang)")
    }
    let zh = run(["check", dir + "/binary.weifa"]).err
    // 0x00–0x7F but the line ends are 126 characters; 0x80–0xFF is one run of 128 bytes.
    #expect(zh.contains("第1行第127列有 128 个字节不是有效的 UTF-8：80 81 82 83 84 85 86 87 …"), "\(zh.prefix(2000))")
    // A long line is shown as a window around the place, not whole.
    #expect(zh.split(separator: "\n").allSatisfy { $0.count < 400 })
  }

  @Test func caretsStandUnderTheEscapedText() {
    let dir = temporaryDirectory()
    writeBytes(Array("第一条 甲\u{7}".utf8) + [0xFF] + Array("乙。\n".utf8), dir + "/bell.weifa")
    let r = run(["check", dir + "/bell.weifa"])
    // The bell shows as \x07 (four columns) and the invalid byte as \xFF; the carets stand under
    // \xFF: 第一条 (6 columns), a space, 甲 (2), \x07 (4).
    #expect(r.err.contains("1 | 第一条 甲\\x07\\xFF乙。\n  | " + String(repeating: " ", count: 13) + "^^^^\n"), "\(r.err)")
  }
}

// MARK: - 6. English is complete

@Suite struct EnglishTests {
  /// What is left of English output once quoted charter text and names (“…”, 《…》, 【…】),
  /// the language's directive keywords (@上位: code, like a quoted word), paths, source lines and
  /// command lines of examples are taken out.
  static func unquoted(_ text: String) -> String {
    var out = [String]()
    var inBlock = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") { inBlock.toggle(); continue }            // explain's example blocks
      if inBlock { continue }
      let trimmed = line.drop { $0 == " " }
      if trimmed.hasPrefix("weifa ") { continue }                          // a command line, as typed
      if line.range(of: #"^\s*\d*\s*\| "#, options: .regularExpression) != nil { continue }   // a source line
      var s = String(line)
      // An English gloss keeps the Chinese term once in brackets: villagers' assembly (村民会议).
      for pattern in [#"“[^”]*”"#, #"《[^》]*》"#, #"【[^】]*】"#, #"@[\p{Han}]+"#, #"(?<=[A-Za-z'’)] )\([\p{Han}（）、，0-9]+\)"#] {
        s = s.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
      }
      s = s.split(separator: " ").filter { !$0.contains("/") && !$0.contains(".weifa") }.joined(separator: " ")
      out.append(s)
    }
    return out.joined(separator: "\n")
  }

  /// Han characters and full-width punctuation left over: leaks.
  static func leaks(_ text: String) -> [String] {
    unquoted(text).split(separator: "\n").filter { line in
      line.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) || "，。：；（）、！？「」　".unicodeScalars.contains($0) }
    }.map(String.init)
  }

  static let shimen = repoRoot.appendingPathComponent("Codes/石门村/石门村村规民约.weifa").path
  static let qingxi = repoRoot.appendingPathComponent("Codes/青溪村微法典").path
  static let codesDir = repoRoot.appendingPathComponent("Codes").path

  /// Every command, with the inputs that make it print its messages, headings and labels.
  static func invocations() -> [[String]] {
    let failingCase = temporaryFile("""
    @属性 年龄：数值（周岁）
    @享有【高龄补贴】 主体：年龄 ≥ 80；内容：高龄补贴；金额：每月100元
    @案例 七十九岁；事实：年龄 = 79；适用：【高龄补贴】
    @机构 村民会议；法定人数：成员 过半数；表决：到会 过半数
    @案例 恰好一半；机构：村民会议；成员：100；到会：50；赞成：50；结果：成立

    """)
    let messy = temporaryFile("@标题  测试\n第一条   甲。\n")
    let dir = temporaryDirectory()
    writeBytes([0, 1, 2, 0xFF, 0x1B] + Array("\n第一条 甲。\n".utf8), dir + "/binary.weifa")
    let csv = repoRoot.appendingPathComponent("Tests/Fixtures/batch/石门村居民.csv").path
    let usage = CommandUsage.all.flatMap { u in [[u.name, "--help"], [u.name, "--bogus"]] }
    return usage + [
      [], ["help"], ["frobnicate"], ["--version"],
      ["check", codesDir], ["check", temporaryFile(broken)], ["check", temporaryFile(repeatedSixth)], ["check", dir + "/binary.weifa"],
      ["check", temporaryFile("")], ["check", temporaryDirectory()], ["check"], ["check", "/nonexistent/x.weifa"], ["check", codesDir, "--format", "xml"],
      ["build", temporaryFile(broken), "--to", "html"], ["build", temporaryFile(""), "--to", "page", "--force"], ["build", shimen],
      ["test", codesDir], ["test", failingCase],
      ["query", shimen, "--fact", "年龄=82", "--fact", "户籍=本村"], ["query", shimen, "--fact", "年龄=82"], ["query", shimen, "--fact", "年纪=82"],
      ["query", repoRoot.appendingPathComponent("Codes/海晴社区").path, "--fact", "年龄=70"],
      ["decide", shimen, "--body", "村民会议", "--members", "1210", "--households", "402", "--present", "605", "--present-households", "268", "--yes", "303"],
      ["decide", shimen, "--body", "村民会议", "--members", "1210", "--present", "500", "--yes", "300"],
      ["decide", shimen, "--body", "村民会议", "--members", "1210"],
      ["decide", shimen, "--body", "村民会议", "--members", "1210", "--households", "402", "--need"],
      ["decide", shimen, "--body", "没有的会"], ["decide", shimen, "--body", "村民会议", "--members", "x"],
      ["route", qingxi, "宅基地使用方案"], ["route", qingxi, "没有的事项"],
      ["batch", shimen, "--residents", csv], ["batch", shimen, "--residents", "/nonexistent.csv"],
      ["fmt", "--check", messy], ["fmt", "--check", "--write", messy], ["fmt", temporaryFile(broken)],
      ["explain", "--list"], ["explain", "WF2001"], ["explain", "WF2006"], ["explain", "WF9999"],
      ["import", repoRoot.appendingPathComponent("Tests/Fixtures/layouts/charters/04-village-arabic-dot.txt").path],
      ["import", repoRoot.appendingPathComponent("Tests/Fixtures/layouts/40-heading-or-article.txt").path],
      ["import", dir + "/binary.weifa"], ["import", temporaryFile("", name: "empty.txt")], ["import"],
      ["tree"],
    ]
  }

  @Test func everyCommandSpeaksEnglish() {
    var failures = [String]()
    for args in Self.invocations() {
      let r = run(args + ["--lang", "en"])
      // build prints the charter itself (a Chinese document) on stdout: only its messages are English.
      // batch writes data: its header is in English, its rows are the charter's labels.
      // import prints the charter as Weifa source on stdout: only its notes are English.
      let out = args.first == "build" || args.first == "import" ? "" : args.first == "batch" ? String(r.out.prefix { $0 != "\n" }) : r.out
      let printed = out + r.err
      let leaked = Self.leaks(printed)
      if !leaked.isEmpty { failures.append("weifa \(args.joined(separator: " ")) --lang en:\n  " + leaked.prefix(5).joined(separator: "\n  ")) }
    }
    #expect(failures.isEmpty, "\(failures.count) commands leak Chinese into English:\n\(failures.joined(separator: "\n"))")
  }

  /// And the other way: Chinese output has no English labels.
  @Test func everyCommandSpeaksChinese() {
    let labels = ["error:", "usage:", "Usage:", "help:", "note:", "warning:", "Options:", "Examples:", "unknown option", "cases:", "because", "Result:"]
    var failures = [String]()
    for args in Self.invocations() {
      let r = run(args)
      let found = labels.filter { (args.first == "build" ? r.err : r.out + r.err).contains($0) }
      if !found.isEmpty { failures.append("weifa \(args.joined(separator: " ")): \(found)") }
    }
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
  }

  /// The filter itself: it would have caught what the issue found.
  @Test func theFilterCatchesLeaks() {
    #expect(!Self.leaks("Duties（4）").isEmpty)
    #expect(!Self.leaks("    because：“户籍” = “本村”").isEmpty)
    #expect(!Self.leaks("事项：宅基地使用方案").isEmpty)
    #expect(Self.leaks("  · art. 8(1) 【遵守规约】 “适用本规约的人员应当遵守。”\n --> Codes/石门村/a.weifa:1:1\n3 | 第一条 甲").isEmpty)
  }
}

// MARK: - 7. Colour on a terminal, never when piped or asked not to

@Suite struct ColorTests {
  static let esc = "\u{1B}["

  @Test func colourFollowsTheTerminalNoColorAndTheFlag() {
    let path = temporaryFile(repeatedSixth)
    #expect(!run(["check", path]).err.contains(Self.esc), "piped (the default in process): no colour")
    let tty = runTTY(["check", path], terminal: true)
    #expect(tty.err.contains("\u{1B}[1;31m错误[WF2001]\u{1B}[0m"), "severity and code in red on a terminal")
    #expect(tty.err.contains("\u{1B}[1;31m^^^^"), "carets coloured")
    #expect(!runTTY(["check", path], terminal: true, noColor: true).err.contains(Self.esc), "NO_COLOR")
    #expect(!runTTY(["check", path, "--color", "never"], terminal: true).err.contains(Self.esc), "--color never")
    #expect(runTTY(["check", path, "--color", "always"], terminal: false).err.contains(Self.esc), "--color always when piped")
    #expect(runTTY(["--color", "always", "check", path], terminal: false, noColor: true).err.contains(Self.esc), "the flag wins over NO_COLOR")
    #expect(run(["check", path, "--color", "sometimes"]).status == 2)
    // Machine output is never coloured.
    #expect(!runTTY(["check", path, "--format", "json", "--color", "always"], terminal: true).out.contains(Self.esc))
    // Colour changes nothing but the escapes.
    let plain = run(["check", path]).err
    let coloured = runTTY(["check", path], terminal: true).err.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    #expect(plain == coloured)
  }
}

// MARK: - 12. Machine output and unknown options

@Suite struct MachineOutputTests {
  static func json(_ s: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any])
  }

  @Test(arguments: commandNames)
  func unknownOptionsAreRejectedWithTheUsage(_ name: String) {
    let r = run([name, "--bogus", "x"])
    #expect(r.status == 2, "\(name)")
    #expect(r.err.contains("未知的选项「--bogus」") && r.err.contains("用法：") && r.err.contains("weifa \(name) --help"), "\(name): \(r.err)")
    #expect(r.out.isEmpty)
    let en = run([name, "--bogus", "x", "--lang", "en"])
    #expect(en.err.contains("unknown option “--bogus”") && en.err.contains("usage:"), "\(name)")
  }

  @Test func formatJSONEverywhere() throws {
    let codes = repoRoot.appendingPathComponent("Codes").path
    let shimen = repoRoot.appendingPathComponent("Codes/石门村").path
    let test = run(["test", codes, "--format", "json"])
    #expect(test.status == 0, "\(test.err)")
    let t = try Self.json(test.out)
    #expect((t["cases"] as? Int ?? 0) > 300 && t["failed"] as? Int == 0 && (t["byKind"] as? [String: Int])?["person"] != nil)
    let decide = run(["decide", shimen, "--body", "村民会议", "--members", "1210", "--present", "700", "--yes", "400", "--format", "json"])
    #expect(decide.status == 0, "\(decide.err)")
    let d = try Self.json(decide.out)
    #expect(d["stands"] as? Bool == true && d["body"] as? String == "村民会议")
    let reqs = try #require(d["requirements"] as? [[String: Any]])
    let first = try #require((reqs.first?["terms"] as? [[String: Any]])?.first)
    #expect(first["need"] as? Int == 606 && first["actual"] as? Int == 700)
    let need = try Self.json(run(["decide", shimen, "--body", "村民会议", "--members", "1210", "--need", "--format", "json"]).out)
    #expect(need["stands"] == nil && need["requirements"] != nil)
    let route = try Self.json(run(["route", repoRoot.appendingPathComponent("Codes/青溪村微法典").path, "宅基地使用方案", "--format", "json"]).out)
    #expect(route["decidedBy"] as? [String] == ["村民会议"] && (route["procedures"] as? [Any])?.count == 1)
    let list = try Self.json(run(["explain", "--list", "--format", "json"]).out)
    let entries = try #require(list["codes"] as? [[String: Any]])
    #expect(entries.count == allCodes.count && entries.allSatisfy { ($0["helpUri"] as? String)?.hasPrefix("file://") == true })
    let one = try Self.json(run(["explain", "WF2006", "--format", "json"]).out)
    #expect(one["name"] as? String == "not-a-charter" && (one["explanation"] as? String)?.contains("## 说明") == true)
    // A value outside the choices is a usage error, not a path.
    #expect(run(["test", codes, "--format", "xml"]).status == 2)
    #expect(run(["decide", shimen, "--body", "村民会议", "--format", "yaml"]).status == 2)
  }

  @Test func sarifPointsAtRealPages() throws {
    let r = run(["check", temporaryFile(broken), "--format", "sarif"])
    let obj = try Self.json(r.out)
    let driver = try #require((((obj["runs"] as? [[String: Any]])?.first?["tool"]) as? [String: Any])?["driver"] as? [String: Any])
    let info = try #require(driver["informationUri"] as? String)
    // file: URIs of the checkout the binary was built from (Weifa has no public address yet): they must exist.
    #expect(info.hasPrefix("file://") && info.hasSuffix("/README.md"))
    #expect(FileManager.default.fileExists(atPath: String(info.dropFirst("file://".count)).removingPercentEncoding ?? ""), "\(info)")
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.count == allCodes.count)
    for (rule, code) in zip(rules, allCodes) {
      let uri = try #require(rule["helpUri"] as? String, "\(code.id)")
      #expect(uri.hasPrefix("file://") && uri.contains("/Sources/"), "\(code.id): \(uri)")
      #expect(FileManager.default.fileExists(atPath: String(uri.dropFirst("file://".count)).removingPercentEncoding ?? ""), "\(code.id): \(uri)")
      // The page is in the file that declares the code, named for it.
      #expect(FileManager.default.fileExists(atPath: repoRoot.appendingPathComponent(code.sourcePath).path), "\(code.id): \(code.sourcePath)")
    }
  }
}
