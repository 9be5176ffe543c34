import Foundation
import Testing
import WeifaTestSupport
import WeifaBase
import WeifaDriver
import WeifaSyntax

@Suite struct ParserTests {
  @Test func recognisesStructure() {
    let doc = analyze("""
    @标题 某村村规民约
    第一章 总则
    第一条【宗旨】 为了规范村务，依据本规约第二条第一款和前款，制定本规约。
    村民应当遵守下列规定：
    （一）遵守法律；
    1. 不得违法；
    第二条 本规约自通过之日起施行。
    @享有【补贴】 主体：年龄 ≥ 80；金额：每月100元

    """)
    #expect(Parser.parse(doc.source).diagnostics.isEmpty, "\(doc.diagnostics.map { $0.message.zh })")
    let kinds = doc.tree.root.preorder().map(\.kind)
    #expect(kinds.filter { $0 == .article }.count == 2)
    #expect(kinds.filter { $0 == .paragraph }.count == 3)
    #expect(kinds.contains(.item) && kinds.contains(.subitem) && kinds.contains(.chapter))
    #expect(kinds.filter { $0 == .reference }.count == 2)   // 第二条第一款, 前款 (本规约 is prose)
    let directive = doc.tree.root.preorder().first { $0.kind == .directive && $0.token(.directiveKeyword)?.text == "享有" }
    #expect(directive != nil)
    // The directive attaches to the paragraph it follows.
    let para = doc.tree.root.preorder().last { $0.kind == .paragraph }!
    #expect(para.childNodes.contains { $0.kind == .directive })
  }

  @Test func proseIsNeverARule() {
    let doc = analyze("第一条 禁止在村道上晾晒谷物。\n应当爱护公共设施。\n")
    #expect(!doc.tree.root.preorder().contains { $0.kind == .directive })
    #expect(doc.diagnostics.isEmpty)
  }

  @Test func fullWidthHalfWidthAndTraditionalAreEquivalent() {
    let a = analyze("@屬性 年齡:數值(周歲)\n@機構 村民會議;表決:到會 過半數\n第十條 本規約。\n", path: "a")
    #expect(a.diagnostics.filter { $0.code.id != "WF2001" && $0.severity == .error }.isEmpty, "\(a.diagnostics.map { $0.message.zh })")
    let b = analyze("＠机构 村民会议；法定人数：成员 过半数 或 户 ２/３以上\n@机构 [甲] 乙\n", path: "b")
    #expect(b.diagnostics.isEmpty, "\(b.diagnostics.map { $0.message.zh })")
  }

  @Test func wordOperatorsNeedSpaces() {
    let doc = analyze("@属性 年龄：数值\n@定义 甲：非农业户口\n@定义 乙：非 甲 且 年龄 不小于 18\n")
    // Syntax is clean; the checker then says 非农业户口 is an undeclared name (one word, not 非 + name).
    #expect(Parser.parse(doc.source).diagnostics.isEmpty)
    #expect(doc.diagnostics.contains { $0.code.id == "WF4001" && $0.message.zh.contains("非农业户口") })
    let defs = doc.tree.root.preorder().filter { $0.kind == .definitionHead }
    #expect(defs[0].preorder().contains { $0.kind == .nameRef })
    #expect(!defs[0].preorder().contains { $0.childTokens.contains { $0.kind == .notOp } })
    #expect(defs[1].preorder().contains { $0.childTokens.contains { $0.kind == .notOp } })
    #expect(defs[1].preorder().contains { $0.kind == .comparison })
  }

  @Test func commentsAndHashInText() {
    let doc = analyze("# 注释行\n第一条 #3楼住户应当遵守本公约。\n@机构 楼栋自治小组 # 行尾注释\n")
    #expect(doc.diagnostics.isEmpty)
    let comments = doc.tree.tokens.filter { $0.kind == .comment }.count
    #expect(comments == 2)
    let para = doc.tree.root.preorder().first { $0.kind == .paragraph }!
    #expect(para.text.contains("#3楼"))
  }

  @Test func manyErrorsInOneRun() {
    let text = """
    @标题 测试
    @义物 主体：村民
    第一条【宗旨】 宗旨。
    @机构 村民会议；表决：到会 三分之；金额：100元
    @属性 年龄：整数
    第三条【宗旨】 重复。
    @施行 2024年2月30日
    @定义 老人：年龄 ≥

    """
    let diags = analyze(text).diagnostics
    let found = diags.map { d -> String in
      let (line, col) = d.file.location(of: d.range.lower)
      return "\(d.code.id)@\(line):\(col)"
    }
    // The two declarations nothing uses are reported too (WF4005, warnings).
    #expect(found == ["WF1001@2:1", "WF1006@4:16", "WF1003@4:20", "WF4005@5:5", "WF1009@5:8", "WF2001@6:1", "WF2003@6:4", "WF1008@7:5", "WF4005@8:5", "WF1005@8:12"])
  }

  @Test func hostileInputsTerminate() {
    let cases: [String] = [
      "", "\n", "\r\n\r\r", "@", "@@@@", "＠机构", "第", "第？条", "第十十条", "（", "（一", "1.", "@定义 a：" + String(repeating: "（", count: 5000),
      "@定义 a：" + String(repeating: "非 ", count: 5000) + "b", "@属性 a：枚举（" + String(repeating: "x、", count: 1000),
      "【" + String(repeating: "甲", count: 10000), "@机构 x；表决：" + String(repeating: "或", count: 3000),
      "@案例 x；事实：" + String(repeating: "a=", count: 2000), "\u{FEFF}@标题 x", "第一条\u{0}\u{0}【x",
      "@依据 《" + String(repeating: "》", count: 100), "@机构 甲；人数：至至至；任期：年年",
    ]
    for c in cases { expectLossless(Array(c.utf8), String(c.prefix(20))) }
    // Invalid UTF-8.
    expectLossless([0xFF, 0xFE, 0x40, 0xE6, 0x9C, 0x0A, 0xE7, 0xAC, 0xAC, 0xC0, 0x80], "invalid utf8")
  }
}

@Suite struct CodesMutationTests {
  /// The mutation test: each Codes/ file truncated at every line and with each line deleted
  /// in turn parses without trapping and round-trips byte for byte.
  @Test(arguments: codesFiles())
  func survivesTruncationAndDeletion(_ path: String) {
    let bytes = readBytes(path)
    let source = SourceFile(path: path, bytes: bytes)
    let starts = source.lineStarts + [bytes.count]
    for k in 1..<starts.count {
      expectLossless(Array(bytes[0..<starts[k]]), "\(path) truncated at line \(k)")
      // Also cut in the middle of a line (possibly inside a UTF-8 sequence).
      let mid = (starts[k - 1] + starts[k]) / 2
      expectLossless(Array(bytes[0..<mid]), "\(path) cut at byte \(mid)")
      var deleted = Array(bytes[0..<starts[k - 1]])
      deleted += bytes[starts[k]...]
      expectLossless(deleted, "\(path) without line \(k)")
      _ = StructureChecks.check(Parser.parse(SourceFile(path: path, bytes: deleted)).tree)
    }
  }
}
