import Foundation
import Testing
import WeifaTestSupport
import WeifaBase
import WeifaDriver
import WeifaSyntax

/// Formats `text`; fails the test unless it formats.
func formatted(_ text: String, renumber: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) -> String {
  switch Formatter.format(SourceFile(path: "fmt.weifa", text: text), options: FormatOptions(renumber: renumber)) {
  case .formatted(let bytes, _): return String(decoding: bytes, as: UTF8.self)
  case .refused(let d):
    Issue.record("refused: \(d.map { $0.message.zh })", sourceLocation: sourceLocation)
    return ""
  case .failed(let m):
    Issue.record("failed: \(m.zh)", sourceLocation: sourceLocation)
    return ""
  }
}

/// Formatting twice gives what formatting once gave, and no prose token changes.
func expectCanonical(_ text: String, renumber: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) {
  let once = formatted(text, renumber: renumber, sourceLocation: sourceLocation)
  let twice = formatted(once, renumber: renumber, sourceLocation: sourceLocation)
  #expect(once == twice, "not idempotent", sourceLocation: sourceLocation)
  let before = Formatter.proseTokens(Parser.parse(SourceFile(path: "a", text: text)).tree)
  let after = Formatter.proseTokens(Parser.parse(SourceFile(path: "b", text: once)).tree)
  #expect(before == after, "prose changed", sourceLocation: sourceLocation)
}

let messy = """
@标题   测试村规民约\r
\r
\r
@属性 年龄:数值(周岁)\r
@属性 户籍 ：枚举( 本村 , 外村 )\r
@定义 老人:年龄>=60 且 户籍 = 本村\r
@定义 乙 ：年龄 》= 18|年龄<=3 或 非（年龄 ！= 5）\r
第一章总则\r
第？条[宗旨]为了规范村务，依照本规约第二条的规定，制定本规约。\r
　　村民应当遵守本规约 ; 不得违反：（一）(二)。  \r
(?)遵守法律；\r
?.不得违法；\r
？. 不得违约；\r
(？)爱护公物。\r
第？条 本规约第一条第二款和第二条【施行】。\r
@享有 [补贴]  主体： 老人 ；金额 ：每月　100元\r
@机构 村民会议 # 注释\r
# 一行注释\r
@表决:到会  过半数\r
@案例 张三;事实:年龄＝72,户籍=本村；适用:[补贴]\r
第二条【施行】 本规约自通过之日起施行。
"""

@Suite struct FormatterTests {
  @Test func canonicalLayout() {
    let out = formatted(messy)
    #expect(out == """
    @标题 测试村规民约\r
    \r
    @属性 年龄：数值（周岁）\r
    @属性 户籍：枚举（本村、外村）\r
    @定义 老人：年龄 ≥ 60 且 户籍 = 本村\r
    @定义 乙：年龄 ≥ 18 | 年龄 ≤ 3 或 非（年龄 ≠ 5）\r
    第一章总则\r
    第一条[宗旨]为了规范村务，依照本规约第二条的规定，制定本规约。\r
    　　村民应当遵守本规约 ; 不得违反：（一）(二)。  \r
    (一)遵守法律；\r
    1.不得违法；\r
    2. 不得违约；\r
    (二)爱护公物。\r
    第二条 本规约第一条第二款和第二条【施行】。\r
    @享有【补贴】 主体：老人；金额：每月　100元\r
    @机构 村民会议 # 注释\r
    # 一行注释\r
    @表决：到会 过半数\r
    @案例 张三；事实：年龄 = 72，户籍 = 本村；适用：【补贴】\r
    第二条【施行】 本规约自通过之日起施行。\r

    """)
    expectCanonical(messy)
  }

  /// Numbers as real charters write them (三、, ③) are renumbered in their own style, and the
  /// references move with them.
  @Test func renumbersMarksInTheirStyle() {
    let text = "@标题 甲\n@编号 条：一、；项：①\n一、甲，依照第三条：\n①一；\n③二。\n三、乙。\n四、丙。\n"
    #expect(formatted(text, renumber: true) == "@标题 甲\n@编号 条：一、；项：①\n一、甲，依照第二条：\n①一；\n②二。\n二、乙。\n三、丙。\n")
    #expect(formatted(text) == text)
  }

  @Test func renumberMovesReferencesWithTheirArticles() {
    let text = """
    第一条【甲】 依照第二条和第二条【乙】以及第三条第一款第二项的规定。
    第？条【新】 新加的一条，见第一条。
    第二条【乙】 原来排第二，见《本规约》第三条和《其他规约》第三条。
    第三条【丙】 原来排第三：
    （一）甲；
    （二）乙。

    """
    let header = "@标题 本规约\n"
    let out = formatted(header + text, renumber: true)
    #expect(out == header + """
    第一条【甲】 依照第三条和第三条【乙】以及第四条第一款第二项的规定。
    第二条【新】 新加的一条，见第一条。
    第三条【乙】 原来排第二，见《本规约》第四条和《其他规约》第三条。
    第四条【丙】 原来排第三：
    （一）甲；
    （二）乙。

    """)
    expectCanonical(header + text, renumber: true)
    // The renumbered document checks clean where the original had a numbering error.
    #expect(codes(header + text).contains("WF2001"))
    #expect(!codes(out).contains("WF2001"))
    // Without --renumber only the ？ is filled in.
    #expect(formatted(header + text).contains("第二条【新】 新加的一条") && formatted(header + text).contains("第二条【乙】 原来排第二"))
  }

  @Test func renumberKeepsTheStyleOfEachNumber() {
    let out = formatted("第1条 甲，见第3条。\n第？条 乙。\n第3条 丙。\n第五条 丁，见第五条。\n", renumber: true)
    #expect(out == "第1条 甲，见第3条。\n第二条 乙。\n第3条 丙。\n第四条 丁，见第四条。\n")
  }

  @Test func higherLawExcerptsKeepTheirNumbers() {
    let law = "@标题 中华人民共和国某法\n@类型 法律\n第二十四条 甲。\n第二十七条 乙。\n第？条 丙。\n"
    guard case .formatted(let bytes, let notes) = Formatter.format(SourceFile(path: "law", text: law), options: FormatOptions(renumber: true)) else {
      Issue.record("not formatted"); return
    }
    #expect(String(decoding: bytes, as: UTF8.self).contains("第二十七条 乙。\n第二十八条 丙。"))
    #expect(!notes.isEmpty)
  }

  @Test func refusesFilesWithSyntaxErrors() {
    for bad in ["@义物 主体：村民\n", "@机构 甲；表决：到会 三分之\n", "第一条 " + String(repeating: "甲", count: 30_000) + "\n"] {
      guard case .refused(let errors) = Formatter.format(SourceFile(path: "bad", text: bad)) else {
        Issue.record("formatted a file with syntax errors: \(bad.prefix(20))"); continue
      }
      #expect(!errors.isEmpty)
    }
    // Invalid UTF-8 given as bytes.
    guard case .refused = Formatter.format(SourceFile(path: "bad", bytes: Array("第一条 甲".utf8) + [0xFF, 0x0A])) else {
      Issue.record("formatted invalid UTF-8"); return
    }
  }

  @Test func keepsByteOrderMarkLineEndsAndEdgeCases() {
    #expect(formatted("\u{FEFF}第一条 甲。") == "\u{FEFF}第一条 甲。\n")
    #expect(formatted("第一条 甲。\r第二条 乙。\r") == "第一条 甲。\r第二条 乙。\r")
    #expect(formatted("") == "")
    #expect(formatted("\n\n\n") == "")
    #expect(formatted("   \n第一条 甲。\n\n\n\n第二条 乙。\n\n") == "第一条 甲。\n\n第二条 乙。\n")
  }

  @Test func wordOperatorsKeepTheirSpaces() {
    let text = "@属性 甲：是否\n@属性 年龄：数值\n@定义 乙：非 甲 且 年龄 不小于 18\n@定义 丙：非农业户口\n@定义 丁：甲 或者 （年龄 大于 3 并且 年龄 小于 9）\n"
    let out = formatted(text)
    #expect(out.contains("@定义 乙：非 甲 且 年龄 不小于 18\n"))
    #expect(out.contains("@定义 丙：非农业户口\n"))
    #expect(out.contains("@定义 丁：甲 或者 （年龄 大于 3 并且 年龄 小于 9）\n"))
    expectCanonical(text)
  }

  /// Every charter in Codes/ is already in canonical form, and formatting it changes no prose.
  @Test(arguments: codesFiles())
  func codesAreCanonical(_ path: String) {
    let text = String(decoding: readBytes(path), as: UTF8.self)
    #expect(formatted(text) == text, "\(path) is not formatted")
    expectCanonical(text)
    expectCanonical(text, renumber: true)
  }

  /// Scrambling the layout of a Codes/ charter (spaces, punctuation widths, line ends, comparison
  /// forms) formats back to the original. (Brackets are left alone: inside text values they are
  /// the drafter's words, which the formatter never touches.)
  @Test(arguments: codesFiles())
  func scrambledCodesFormatBack(_ path: String) {
    let text = String(decoding: readBytes(path), as: UTF8.self)
    var scrambled = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var l = String(line)
      if l.hasPrefix("@") {
        l = l.replacingOccurrences(of: "：", with: " : ").replacingOccurrences(of: "；", with: " ;  ")
          .replacingOccurrences(of: "【", with: "[").replacingOccurrences(of: "】", with: "]")
          .replacingOccurrences(of: " ≥ ", with: ">=").replacingOccurrences(of: " = ", with: "＝")
      }
      // White space before a directive goes; before a printed line it is the drafter's.
      scrambled += (l.hasPrefix("@") ? "\u{3000}" : "") + l + "\r\n"
    }
    let out = formatted(scrambled)
    let expected = (text.hasSuffix("\n") ? text : text + "\n").replacingOccurrences(of: "\n", with: "\r\n")
    #expect(out == expected, "\(path) did not format back")
  }
}
