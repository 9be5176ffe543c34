import Foundation
import Testing
import WeifaTestSupport
import WeifaBase
import WeifaDriver
import WeifaEvaluator
import WeifaRender
import WeifaSemantics

/// Office endings as data (`@终止`, 村组法18 and 33 in Codes/上位法) and English decision answers.
@Suite struct OfficeEndingTests {
  /// The statutes with `charter` first (so questions are asked from it).
  static func workspace(_ charter: String) -> Workspace {
    let base = repoRoot.appendingPathComponent("Codes/上位法").path
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []).filter { $0.hasSuffix(".weifa") }.sorted()
    let files = [InputFile(path: "某村村规民约.weifa", bytes: Array(charter.utf8))]
      + names.map { InputFile(path: "Codes/上位法/" + $0, bytes: [UInt8](FileManager.default.contents(atPath: base + "/" + $0) ?? Data())) }
    return Analysis(files: files).workspace
  }

  static func result(_ ws: Workspace, _ body: String, _ facts: [(String, String)]) -> String {
    let a = Decider(ws).answer(DecisionQuestion(body: body, matter: "一般事项", facts: facts.map { (name: $0.0, text: $0.1) }), from: 0)
    if case .result(let r) = a.outcome { return r }
    return "\(a.outcome)"
  }

  static let charter = """
    @标题 某村村规民约
    @上位 《中华人民共和国村民委员会组织法》
    @属性 迁出本村：是否
    第一条 村民小组组长迁出本村的，其职务终止。
    @终止 村民小组组长；条件：迁出本村；结果：职务终止
    第二条 人民调解委员会委员连续三次被评为不合格的，职务终止。
    @终止 人民调解委员会委员；评议：连续三次被评为不合格
    第三条 村民委员会成员连续三次被评议不称职的，其职务终止。
    @终止 村民委员会成员；评议：连续三次不称职

    """

  @Test func aCharterEndsAnOfficeTheStatuteDoesNotName() {
    let ws = Self.workspace(Self.charter)
    #expect(Self.result(ws, "村民小组组长", [("迁出本村", "是")]) == "职务终止")
    #expect(Self.result(ws, "村民小组组长", [("迁出本村", "否")]) == "职务继续")
    #expect(Self.result(ws, "人民调解委员会委员", [("评议结果", "不合格、不合格、不合格")]) == "职务终止")
    #expect(Self.result(ws, "人民调解委员会委员", [("评议结果", "合格、不合格、不合格")]) == "职务继续")
  }

  /// The charter asks for three ratings, the statute two: the statute still ends the office, and the
  /// checker reports the charter's line (WF5020).
  @Test func theStatuteEndsAnOfficeACharterWouldKeep() {
    let ws = Self.workspace(Self.charter)
    #expect(Self.result(ws, "村民委员会", [("评议结果", "称职、不称职、不称职")]) == "职务终止")
    #expect(Self.result(ws, "村民委员会", [("评议结果", "不称职、称职、不称职")]) == "职务继续")
    // 村组法18 as data: either fact ends it by operation of law.
    #expect(Self.result(ws, "村民委员会", [("丧失行为能力", "否"), ("被判处刑罚", "是")]) == "职务自行终止")
    #expect(Self.result(ws, "村民委员会", [("丧失行为能力", "否"), ("被判处刑罚", "否")]) == "职务继续")
    let diags = Analysis(files: [InputFile(path: "某村村规民约.weifa", bytes: Array(Self.charter.utf8))]
      + Self.statuteFiles()).diagnostics.filter { $0.file.path == "某村村规民约.weifa" }
    #expect(diags.contains { $0.code.id == "WF5020" && $0.message.zh.contains("连续3次") }, "\(diags.map(\.message.zh))")
    #expect(!diags.contains { $0.code.id == "WF5019" })
  }

  static func statuteFiles() -> [InputFile] {
    let base = repoRoot.appendingPathComponent("Codes/上位法").path
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []).filter { $0.hasSuffix(".weifa") }.sorted()
    return names.map { InputFile(path: "Codes/上位法/" + $0, bytes: [UInt8](FileManager.default.contents(atPath: base + "/" + $0) ?? Data())) }
  }

  @Test func ratingRunsAreReadInSeveralWordings() {
    #expect(Termination.readRun("连续两次不称职").map { "\($0.count)\($0.rating)" } == "2不称职")
    #expect(Termination.readRun("连续2次被评议不称职").map { "\($0.count)\($0.rating)" } == "2不称职")
    #expect(Termination.readRun("连续三次被评为不合格的").map { "\($0.count)\($0.rating)" } == "3不合格")
    #expect(Termination.readRun("连续两年评议为不称职").map { "\($0.count)\($0.rating)" } == "2不称职")
    #expect(Termination.readRun("多次不称职") == nil)
    #expect(Termination.readRun("连续次不称职") == nil)
  }

  /// Every question of cases.txt and cases2.txt answered in English: no Chinese outside brackets
  /// (the term's gloss keeps the Chinese once), quotes of the charter's own words, and 《titles》.
  @Test func englishAnswersHaveNoUntranslatedChinese() {
    var bad = [String]()
    for file in ["cases.txt", "cases2.txt"] {
      let text = String(decoding: readBytes("Tests/Fixtures/decisions/" + file), as: UTF8.self)
      for c in decisionCases(text).cases {
        let a = Decider(statuteWorkspace).answer(DecisionQuestion(body: c.body, matter: c.matter, facts: c.given), from: 0)
        let out = Answers.answer(a, body: c.body, matter: c.matter == "一般事项" ? nil : c.matter, lang: .en)
        for line in out.split(separator: "\n") where Self.hasBareChinese(String(line)) { bad.append("\(c.id): \(line)") }
      }
    }
    #expect(bad.isEmpty, "\(bad.count) lines, e.g. \(bad.prefix(5))")
  }

  /// Chinese outside `(…)`, `《…》` and `“…” (as written)`.
  static func hasBareChinese(_ s: String) -> Bool {
    var depth = 0, title = 0, quote = false
    for ch in s {
      switch ch {
      case "(": depth += 1
      case ")": depth = max(0, depth - 1)
      case "《": title += 1
      case "》": title = max(0, title - 1)
      case "“": quote = true
      case "”": quote = false
      default:
        if depth == 0 && title == 0 && !quote, let v = ch.unicodeScalars.first?.value, (0x4E00...0x9FFF).contains(v) { return true }
      }
    }
    return false
  }

  @Test func glossesKeepTheChineseTermOnce() {
    let t = Glossary.english("“村民会议” meets; “村民会议” decides; 村民代表会议 may not")
    #expect(t == "villagers' assembly (村民会议) meets; villagers' assembly decides; villagers' representative assembly (村民代表会议) may not", "\(t)")
    #expect(Glossary.rule("成员 过半数 或 户 三分之二以上") == "more than half of members, or at least 2/3 of households")
    #expect(Glossary.rule("20日前") == "20 days before" && Glossary.rule("10日内") == "within 10 days" && Glossary.rule("提前十日") == "10 days in advance")
    #expect(Glossary.message("到会 > 十八周岁以上村民") == "present (到会) > villagers aged 18+ (十八周岁以上村民)")
  }
}
