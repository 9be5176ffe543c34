import Foundation
import Testing
import WeifaTestSupport
import WeifaBase
import WeifaDriver
import WeifaSemantics
import WeifaSyntax

/// Issue 7: any input gets a clear answer — never a crash, a hang or a lost byte.
/// (Encodings as the front end reads them are tested in WeifaCLITests/InputTests.swift.)

/// Parses and checks `bytes` as one file; the tree must spell the input exactly.
func analyzeBytes(_ bytes: [UInt8], path: String = "t.weifa", sourceLocation: SourceLocation = #_sourceLocation) -> Document {
  expectLossless(bytes, path, sourceLocation: sourceLocation)
  return Analysis(files: [InputFile(path: path, bytes: bytes)]).documents[0]
}

func ids(_ doc: Document) -> [String] { doc.diagnostics.map(\.code.id) }

@Suite struct WhiteSpaceAndLineEndTests {
  static let lf = "@标题 测试\n第一条【宗旨】 为了规范村务，制定本规约。\n@机构 村民会议；表决：到会 过半数\n第二条 本规约自通过之日起施行。\n"

  /// The kinds of the nodes, which must not depend on line ends or white space.
  func shape(_ doc: Document) -> [SyntaxKind] { doc.tree.root.preorder().map(\.kind) }

  @Test func crlfAndLoneCRParseLikeLF() {
    let base = analyzeBytes(Array(Self.lf.utf8))
    #expect(base.diagnostics.isEmpty)
    for ending in ["\r\n", "\r"] {
      let doc = analyzeBytes(Array(Self.lf.replacingOccurrences(of: "\n", with: ending).utf8))
      #expect(doc.diagnostics.isEmpty, "\(ending.debugDescription): \(doc.diagnostics.map { $0.message.zh })")
      #expect(shape(doc) == shape(base))
      // Diagnostics still point at the right line.
      let bad = analyzeBytes(Array("@标题 测试\(ending)@义物 x\(ending)".utf8))
      #expect(bad.diagnostics.map { $0.file.location(of: $0.range.lower).line } == [2])
    }
    // Mixed line ends in one file.
    let mixed = analyzeBytes(Array("@标题 测试\r\n第一条 甲。\r第二条 乙。\n第三条 丙。".utf8))
    #expect(mixed.diagnostics.isEmpty)
    #expect(mixed.tree.root.preorder().filter { $0.kind == .article }.count == 3)
  }

  @Test func tabsFullWidthSpacesAndZeroWidthCharacters() {
    let text = "\u{FEFF}@标题\t测试\n\u{3000}\u{3000}第一条【宗旨】\u{3000}为了规范村务。\n@机构\u{200B}村民会议；表决：到会\t过半数\n\t第二条 本规约自通过之日起施行。\n"
    let doc = analyzeBytes(Array(text.utf8))
    #expect(doc.diagnostics.isEmpty, "\(doc.diagnostics.map { $0.message.zh })")
    #expect(doc.tree.root.preorder().filter { $0.kind == .article }.count == 2)
    #expect(doc.tree.root.preorder().contains { $0.kind == .directive && $0.token(.directiveKeyword)?.text == "机构" })
    // Zero-width joiners and spaces inside prose stay prose, byte for byte.
    let prose = analyzeBytes(Array("第一条 村民\u{200D}应当\u{200B}遵守\u{2028}本规约。\n".utf8))
    #expect(prose.diagnostics.isEmpty)
    #expect(Formatter.proseTokens(prose.tree).joined().contains("村民\u{200D}应当\u{200B}遵守\u{2028}本规约"))
  }

  @Test func nulBytesAndControlCharactersParse() {
    for text in ["第一条 村民\u{0}应当遵守本规约。\n", "\u{0}\u{0}\u{0}", "@机构 甲\u{0}；表决：到会 过半数\n", "第一条 \u{1B}[31m红字\u{7}\u{8}。\n"] {
      let doc = analyzeBytes(Array(text.utf8))
      #expect(!doc.diagnostics.contains { $0.code.id == "WF1020" }, "NUL and controls are text, not invalid bytes")
    }
  }

  @Test func traditionalAndSimplifiedMixed() {
    let doc = analyzeBytes(Array("@標題 測試\n@屬性 年齡：數值（周歲）\n@机構 村民會議；表決：到會 過半數\n第一條 本規約。\n第二条 本规约。\n".utf8))
    #expect(doc.diagnostics.filter { $0.severity == .error }.isEmpty, "\(doc.diagnostics.map { $0.message.zh })")
    #expect(doc.tree.root.preorder().filter { $0.kind == .article }.count == 2)
  }
}

@Suite struct TextScanTests {
  @Test func invalidUTF8IsReportedWithLineAndByteOffset() {
    var bytes = Array("第一条 甲。\n第二条 乙".utf8)
    let offset = bytes.count
    bytes += [0xFF, 0xFE, 0x80]
    bytes += Array("。\n".utf8)
    let doc = analyzeBytes(bytes)
    let d = try! #require(doc.diagnostics.first { $0.code.id == "WF1020" })
    #expect(d.range == TextRange(offset, offset + 3))
    #expect(d.severity == .error)
    // One unit for a position: line and character column, as the `-->` line gives them (issue 15).
    #expect(d.message.zh.contains("第2行第6列") && !d.message.zh.contains("字节（") && d.message.zh.contains("FF FE 80"))
    #expect(d.message.en.contains("line 2, column 6") && !d.message.en.contains("offset"))
  }

  @Test func manyInvalidRunsAreListedUpToALimit() {
    var bytes = [UInt8]()
    for _ in 0..<100 { bytes += Array("甲".utf8) + [0xFF] }
    let doc = analyzeBytes(bytes)
    let invalid = doc.diagnostics.filter { $0.code.id == "WF1020" }
    #expect(invalid.count == 21)   // 20 places and one “另有 80 处”
    #expect(invalid.last!.message.zh.contains("另有 80 处"))
  }

  @Test func rawGB18030IsRecognised() {
    // 「第一条 为了规范村务，制定本规约。」 in GB18030, as a Windows editor saves it.
    let gbk: [UInt8] = [0xB5, 0xDA, 0xD2, 0xBB, 0xCC, 0xF5, 0x20, 0xCE, 0xAA, 0xC1, 0xCB, 0xB9, 0xE6, 0xB7, 0xB6, 0xB4, 0xE5, 0xCE, 0xF1,
                        0xA3, 0xAC, 0xD6, 0xC6, 0xB6, 0xA8, 0xB1, 0xBE, 0xB9, 0xE6, 0xD4, 0xBC, 0xA1, 0xA3, 0x0A]
    let doc = analyzeBytes(gbk)
    let d = try! #require(doc.diagnostics.first { $0.code.id == "WF1019" })
    #expect(d.severity == .error)
    #expect(d.notes.contains { $0.zh.contains("iconv -f GB18030 -t UTF-8") })
    #expect(!doc.diagnostics.contains { $0.code.id == "WF1020" }, "one clear message, not one per byte")
  }

  @Test func replacementCharactersAreReported() {
    let doc = analyzeBytes(Array("第一条 为了规范村务，制定本\u{FFFD}\u{FFFD}。\n第二条 乙\u{FFFD}。\n".utf8))
    let found = doc.diagnostics.filter { $0.code.id == "WF1020" }
    #expect(found.count == 2)
    #expect(found[0].message.zh.contains("第1行第15列"))
  }

  @Test func gbkMisreadAsLatin1IsAWarning() {
    let doc = analyzeBytes(Array("µÚÒ»Ìõ ÎªÁË¹æ·¶´åÎñ£¬ÖÆ¶¨±¾¹æÔ¼¡£\n".utf8))
    let d = try! #require(doc.diagnostics.first { $0.code.id == "WF1019" })
    #expect(d.severity == .warning)
    // Latin-1 signs Chinese text uses do not count: ·, ×, °.
    #expect(analyzeBytes(Array("第一条 张·伊万诺夫 3×4 20°C。\n".utf8)).diagnostics.isEmpty)
  }

  /// Notes ride on the input file: the same bytes under the same path parse the same way
  /// whatever the process read before (no process-global table).
  @Test func notesFromTheFrontEndTravelWithTheFile() {
    let bytes = Array("第一条 甲。\n".utf8)
    let note = InputNote(InputIssues.nonUTF8, .init(zh: "已按 GB18030 读取", en: "read as GB18030"))
    let noted = Analysis(files: [InputFile(path: "notes-test.weifa", bytes: bytes, notes: [note])]).documents[0]
    #expect(ids(noted) == ["WF1019"])
    #expect(ids(analyzeBytes(bytes, path: "notes-test.weifa")).isEmpty, "the same bytes and path without the note")
  }
}

@Suite struct LimitTests {
  @Test func overlongLineIsKeptButNotAnalysed() {
    let long = "第一条 " + String(repeating: "依照第一条【甲】和《乙》", count: 6000) + "\n第一条 乙。\n"
    #expect(long.utf8.count > Limits.maxLineBytes)
    let doc = analyzeBytes(Array(long.utf8))
    let limit = doc.diagnostics.filter { $0.code.id == "WF1021" }
    #expect(limit.count == 1)
    #expect(limit[0].message.zh.contains("第1行过长"))
    #expect(doc.diagnostics.count == 1, "nothing else is reported about that line: \(ids(doc))")
    #expect(doc.tree.root.preorder().filter { $0.kind == .article }.count == 1, "the next line is parsed as usual")
    // A continuation line that is too long is not taken as a field line.
    let field = "@机构 甲\n@组成：" + String(repeating: "甲", count: 30_000) + "\n"
    #expect(ids(analyzeBytes(Array(field.utf8))).contains("WF1021"))
  }

  @Test func hugeNumbersAreReportedNotComputed() {
    let cases: [(String, String)] = [
      ("第99999999999999999999条 甲。\n", "WF1021"),
      ("第一条 依照第10000000000000条。\n", "WF1021"),
      ("@机构 村民委员会；任期：10000000000000年\n", "WF1021"),
      ("@机构 村民委员会；人数：" + String(repeating: "9", count: 5000) + "人\n", "WF1021"),
      ("@施行 99999999999999999999年1月1日\n", "WF1008"),
      ("第九九九九九九九九九九九九条 甲。\n", "WF1015"),          // not a numeral at all
      ("第二〇二四〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇条 甲。\n", "WF1021"),   // digit by digit, past Int
      ("@机构 甲；表决：成员 " + String(repeating: "9", count: 30) + "分之" + String(repeating: "9", count: 30) + "以上\n", "WF1021"),
    ]
    for (text, code) in cases {
      let doc = analyzeBytes(Array(text.utf8))
      #expect(ids(doc).contains(code), "\(text.prefix(40)): \(ids(doc))")
    }
    #expect(ChineseNumeral.parse("二〇二四〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇") == nil)
    #expect(ChineseNumeral.exceedsLimit("10000000000000"))
    #expect(!ChineseNumeral.exceedsLimit("1000000000000"))
    #expect(ChineseNumeral.format(Int.min).hasPrefix("负"))
  }

  @Test func arithmeticOnHugeValuesNeverTraps() {
    let big = Rational(Limits.maxNumber)
    let tiny = Rational(1, 999_983)
    _ = big * big * big + tiny - big * tiny
    #expect(Rational(decimal: "99999999999999999999") == nil)
    #expect(Rational(decimal: "999999999999.123456789") != nil)
    #expect(Rational(2, 3).minimumCount(of: Int.max / 2, strict: true) == Int.max)
    #expect(Rational(2, 3).minimumCount(of: 30, strict: false) == 20)
    // Through the checker: comparisons and sample persons with huge bounds.
    let doc = analyzeBytes(Array("""
    @属性 年龄：数值
    @定义 甲：年龄 ≥ 999999999999.999999 且 年龄 < 1000000000000
    第一条 甲。
    @义务 主体：甲；行为：打扫
    @禁止 主体：年龄 > 0.000001；行为：打扫

    """.utf8))
    #expect(doc.tree.root.preorder().contains { $0.kind == .definitionHead })   // it ran to the end
  }

  @Test func deepNestingIsBounded() {
    for text in ["@定义 a：" + String(repeating: "（", count: 100_000) + "b", "@定义 a：" + String(repeating: "非 ", count: 20_000) + "b",
                 "@定义 a：" + String(repeating: "（非 ", count: 10_000) + "b"] {
      let doc = analyzeBytes(Array(text.utf8))
      #expect(ids(doc).contains("WF1021"), "\(ids(doc).prefix(5))")
    }
  }

  @Test func longDefinitionChainsAndCyclesDoNotExhaustTheStack() {
    // A chain of 10,000 definitions, each using the next twice: no stack overflow, no 2^n work.
    var chain = "@属性 年龄：数值\n"
    for i in 0..<10_000 { chain += "@定义 d\(i)：d\(i + 1) 且 d\(i + 1)\n" }
    chain += "@定义 d10000：年龄 ≥ 1\n第一条 甲。\n@义务 主体：d0；行为：打扫\n@禁止 主体：d0；行为：打扫\n"
    let doc = analyzeBytes(Array(chain.utf8))
    #expect(!doc.diagnostics.contains { $0.message.zh.hasPrefix("定义循环") })
    // A cycle through 10,000 definitions is reported once, briefly.
    var cycle = ""
    for i in 0..<10_000 { cycle += "@定义 c\(i)：c\((i + 1) % 10_000)\n" }
    let c = analyzeBytes(Array(cycle.utf8))
    let cyc = c.diagnostics.filter { $0.message.zh.hasPrefix("定义循环") }
    #expect(cyc.count == 1)
    #expect(cyc[0].message.zh.count < 200)
  }

  @Test func conflictPairsAreBounded() {
    var text = "@属性 年龄：数值\n第一条 甲。\n"
    for i in 0..<300 { text += "@义务 主体：年龄 ≥ \(i)；行为：打扫卫生\n@禁止 主体：年龄 ≥ \(i)；行为：打扫卫生\n" }
    let doc = analyzeBytes(Array(text.utf8))
    #expect(ids(doc).contains("WF1021"))
    #expect(doc.diagnostics.count <= Limits.maxCheckDiagnostics + 2)
  }

  @Test func syntaxDiagnosticsAreCapped() {
    let doc = analyzeBytes(Array(String(repeating: "@义物 甲\n", count: 3000).utf8))
    let syntax = doc.diagnostics.filter { $0.code.id == "WF1001" }
    #expect(syntax.count <= Limits.maxSyntaxDiagnostics)
    let cap = try! #require(doc.diagnostics.first { $0.code.id == "WF1021" })
    #expect(cap.message.zh.contains("另有"))
  }

  @Test func pathologicalBracketsAndReferencesAreLinear() {
    // Each of these was quadratic (or worse) before: 《《《…, 【【【…, long reference chains.
    let n = 20_000
    let inputs = [
      "第一条 " + String(repeating: "《", count: n) + "\n",
      "第一条 " + String(repeating: "【", count: n) + "\n",
      "第一条 见第一条" + String(repeating: "第一款", count: n / 3) + "\n",
      "第一条 " + String(repeating: "依照前款规定。", count: n / 7) + "\n",
      "@依据 " + String(repeating: "《甲》第一条、", count: n / 8) + "\n",
      "@机构 甲；组成：" + String(repeating: "「", count: n) + "\n",
    ]
    for text in inputs {
      let start = Date()
      _ = analyzeBytes(Array(text.utf8))
      #expect(Date().timeIntervalSince(start) < 20, "\(text.prefix(12))… took too long")
    }
  }

  @Test func manyArticlesAndALargeFileAreAnsweredInBoundedTime() {
    // 10,000 articles citing each other, 5,000 labels, 2 MB: a small multiple of the real sizes.
    var text = "@标题 测试\n"
    for i in 1...10_000 {
      text += "第\(ChineseNumeral.format(i))条" + (i % 2 == 0 ? "【标\(i)】" : "") + " 本村村民应当遵守本规约第\(ChineseNumeral.format(max(1, i - 1)))条的规定。\n"
    }
    let start = Date()
    let doc = analyzeBytes(Array(text.utf8))
    #expect(doc.diagnostics.isEmpty, "\(ids(doc).prefix(5))")
    #expect(Date().timeIntervalSince(start) < 60)
  }
}
