import Foundation
import Testing
import WeifaTestSupport
import WeifaBase
import WeifaDriver
import WeifaSyntax

/// Every input that once crashed or hung the parser, the checker or the formatter — found by
/// the libFuzzer harness (`.ci/fuzz.sh`, artifacts kept in Tests/Fuzz/regressions/) or by the
/// stress inputs written while looking for the limits — replayed through the whole pipeline.
@Suite struct FuzzRegressionTests {
  /// Parses, checks and formats `bytes`; the tree must spell the input.
  static func replay(_ bytes: [UInt8], _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
    expectLossless(bytes, label, sourceLocation: sourceLocation)
    let doc = Analysis(files: [InputFile(path: "regression.weifa", bytes: bytes)]).documents[0]
    for d in doc.diagnostics {
      #expect(d.range.lower >= 0 && d.range.lower <= d.range.upper && d.range.upper <= bytes.count,
              "\(label): \(d.code.id) lies outside the file", sourceLocation: sourceLocation)
      _ = TextReport.render(d, lang: .en)
    }
    let parsed = Parser.parse(SourceFile(path: "regression.weifa", bytes: bytes))
    for renumber in [false, true] {
      if case .failed(let m) = Formatter.format(parsed, options: FormatOptions(renumber: renumber)) {
        Issue.record("\(label): formatter failed: \(m.en)", sourceLocation: sourceLocation)
      }
    }
  }

  /// Artifacts of the fuzzer, one file each.
  static func artifacts() -> [String] {
    let dir = repoRoot.appendingPathComponent("Tests/Fuzz/regressions").path
    return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
  }

  @Test(arguments: artifacts())
  func fuzzerArtifacts(_ name: String) {
    Self.replay(readBytes("Tests/Fuzz/regressions/" + name), name)
  }

  /// Trapped: 二〇二四… digit by digit overflowed Int in ChineseNumeral.parse.
  @Test func digitByDigitNumeralOverflow() {
    Self.replay(Array("第二〇二四〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇条 甲。\n@机构 甲；人数：九〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇人\n".utf8), "二〇…")
  }

  /// Trapped: a decimal with a large whole part overflowed in Rational(decimal:); midpoints of
  /// fine decimals overflowed in the solver's sample person.
  @Test func decimalOverflow() {
    Self.replay(Array("""
    @属性 年龄：数值
    @定义 甲：年龄 ≥ 999999999999.123456789
    @定义 乙：年龄 > 0.123456789 且 年龄 < 0.123456791
    第一条 甲。
    @义务 主体：甲 且 乙；行为：打扫
    @禁止 主体：乙；行为：打扫
    @享有 补贴；主体：乙；金额：每月999999999999.999999元
    @享有 补贴；主体：乙；金额：每月0.000001元

    """.utf8), "decimals")
  }

  /// Crashed (stack overflow): the cycle check recursed once per definition in a chain.
  @Test func definitionChainStackOverflow() {
    var text = ""
    for i in 0..<10_000 { text += "@定义 d\(i)：d\(i + 1)\n" }
    Self.replay(Array(text.utf8), "chain")
    var cycle = ""
    for i in 0..<10_000 { cycle += "@定义 c\(i)：c\((i + 1) % 10_000)\n" }
    Self.replay(Array(cycle.utf8), "cycle")
  }

  /// Hung (2^depth steps): definitions that use the next one twice, met by the conflict solver.
  @Test func exponentialDefinitionExpansion() {
    var text = "@属性 年龄：数值\n"
    for i in 0..<40 { text += "@定义 d\(i)：d\(i + 1) 且 d\(i + 1) 或 d\(i + 1)\n" }
    text += "@定义 d40：年龄 ≥ 1\n第一条 甲。\n@义务 主体：d0；行为：打扫\n@禁止 主体：d0；行为：打扫\n"
    let start = Date()
    Self.replay(Array(text.utf8), "exponential")
    #expect(Date().timeIntervalSince(start) < 30)
  }

  /// Hung (quadratic): every unclosed 《 or 【 on a line scanned to the line end again.
  @Test func unclosedBracketsOnOneLine() {
    let start = Date()
    Self.replay(Array(("第一条 " + String(repeating: "《【", count: 15_000) + "\n").utf8), "brackets")
    #expect(Date().timeIntervalSince(start) < 30)
  }

  /// Failed the formatter's self-check (found by `.ci/fuzz.sh --fast`): a name written right after
  /// the keyword or an operator, starting with '#' (`@定义#甲`), got a space before it and became
  /// a comment.
  @Test func formatterKeepsHashWordUnspaced() {
    for text in ["@定义#甲：乙\n", "第一条 甲。\n@条标#乙\n", "@属性＃甲：是否\n", "@机构#甲\n", "@定义 甲：户籍=#本村\n"] {
      let parsed = Parser.parse(SourceFile(path: "hash.weifa", bytes: Array(text.utf8)))
      guard case .formatted(let once, _) = Formatter.format(parsed) else {
        Issue.record("\(text): not formatted"); continue
      }
      let again = Parser.parse(SourceFile(path: "hash.weifa", bytes: once))
      #expect(again.tree.nodes.map(\.kind) == parsed.tree.nodes.map(\.kind), "\(text) → \(String(decoding: once, as: UTF8.self))")
      #expect(!again.tree.tokens.contains { $0.kind == .comment }, "\(String(decoding: once, as: UTF8.self))")
    }
  }

  /// Found by the scrambled-layout formatter test: 《法》[标签] in a field was not a reference
  /// although '[' ≡ '【' in structured lines (lexical.ebnf).
  @Test func squareBracketLabelAfterTitle() {
    let doc = analyze("@程序【议事】 议事程序\n@事项 甲；程序：《本规约》[议事]\n")
    #expect(!doc.diagnostics.contains { $0.severity == .error }, "\(doc.diagnostics.map { $0.message.zh })")
  }
}
