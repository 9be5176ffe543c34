import Foundation
import Testing
import WeifaBase
import WeifaDriver
@testable import WeifaRender
import WeifaSemantics
import WeifaTestSupport

/// `weifa review` (issue 12, item 3): the conclusion rule on its own, goldens of one opinion on a
/// charter with known unlawful clauses (Tests/Fixtures/review/charters), the summary of a folder,
/// the JSON schema, and what is never reviewed as a charter.
@Suite struct ReviewTests {
  static let dir = "Tests/Fixtures/review/charters"
  static let village = dir + "/栎溪村村规民约.weifa"

  /// The analysis `weifa review PATHS` makes (the paths and their context, through the loader).
  static func review(_ paths: [String], _ format: ReviewFormat, lang: Language = .zh) -> ReviewResult {
    let (analysis, count) = try! Loader(repository).analyse(paths).get()
    return analysis.review(count: count, format: format, lang: lang)
  }

  /// The book itself, for assertions on the model.
  static func book(_ paths: [String]) -> ReviewBook {
    let (a, count) = try! Loader(repository).analyse(paths).get()
    return ReviewBuilder.book(a.workspace, (0..<count).map { ($0, a.documents[$0].diagnostics) }, lang: .zh)
  }

  static func finding(_ severity: Severity, _ section: ReviewSection) -> ReviewFinding {
    ReviewFinding(code: nil, reviewName: "t", severity: severity, section: section, message: .init(zh: "甲", en: "a"), article: nil, line: 1, column: 1,
                  range: TextRange(0, 0), quote: ("", "", ""), basis: [], why: nil, suggestion: nil, notes: [], anchor: "")
  }

  // MARK: - The rule

  @Test func theRule() {
    let rule = ReviewRule.conclude
    #expect(rule([]).0 == .approve)
    #expect(rule([Self.finding(.warning, .legality), Self.finding(.warning, .procedure), Self.finding(.note, .text)]).0 == .approve)
    #expect(rule([Self.finding(.error, .legality)]).0 == .amend)
    #expect(rule([Self.finding(.error, .text), Self.finding(.warning, .legality)]).0 == .amend)
    // An error of the adoption record outweighs every other finding.
    #expect(rule([Self.finding(.error, .legality), Self.finding(.error, .procedure)]).0 == .refuse)
    #expect(rule([Self.finding(.warning, .procedure)]).0 == .approve)
    // The reasons name what led to the conclusion.
    let (c, reasons) = rule([Self.finding(.error, .legality), Self.finding(.error, .legality), Self.finding(.error, .text)])
    #expect(c == .amend && reasons.map(\.zh) == ["合法性方面有错误 2 项，应当改正。", "文本与结构方面有错误 1 项，应当改正。"])
    #expect(rule([Self.finding(.warning, .legality)]).1.first?.zh.contains("警告 1 项作为修改建议") == true)
  }

  /// The rule applied to charters: a missing adoption record and no text are refused; a wrong
  /// adopting body is refused; unlawful content is amended; a clean charter is accepted.
  @Test func ruleOnCharters() {
    func conclusion(_ text: String) -> ReviewConclusion {
      let a = Analysis(files: [InputFile(path: "t.weifa", bytes: Array(text.utf8))])
      let book = ReviewBuilder.book(a.workspace, [(0, a.documents[0].diagnostics)], lang: .zh)
      return book.opinions[0].conclusion
    }
    let head = "@标题 某村村规民约\n@类型 村规民约\n"
    let adopted = "@通过 村民会议；日期：2024年3月12日\n"
    #expect(conclusion(head + adopted + "第一条 爱护公共财物。\n") == .approve)
    #expect(conclusion(head + "第一条 爱护公共财物。\n") == .refuse)
    #expect(conclusion(head + adopted) == .refuse)
    #expect(conclusion(head + "@通过 村民代表会议；日期：2024年3月12日\n第一条 爱护公共财物。\n") == .refuse)
    #expect(conclusion(head + adopted + "第一条 乱扔垃圾的，罚款五十元。\n") == .amend)
    #expect(conclusion(head + adopted + "第一条 爱护公共财物。\n第三条 见第九条。\n") == .amend)
    #expect(conclusion(head + adopted + "第一条 对乱扔垃圾的，在村微信群中曝光。\n") == .approve)
  }

  // MARK: - One opinion

  @Test func opinionGoldens() {
    checkGolden(Self.review([Self.village], .text).output, "Tests/Fixtures/review/expected/栎溪村村规民约.txt")
    // The edition's style sheet is the HTML goldens' of `build` (Tests/Fixtures/render): it is kept out of this one.
    let html = Self.review([Self.village], .html).output
    #expect(html.contains(HTMLStyle.css))
    #expect(html.contains(ReviewHTMLPrinter.css))
    let page = html.replacingOccurrences(of: HTMLStyle.css, with: "/* HTMLStyle.css */").replacingOccurrences(of: ReviewHTMLPrinter.css, with: "/* ReviewHTMLPrinter.css */")
    checkGolden(page, "Tests/Fixtures/review/expected/栎溪村村规民约.html")
    checkGolden(Self.review([Self.village], .text, lang: .en).output, "Tests/Fixtures/review/expected/栎溪村村规民约.en.txt")
  }

  /// What the opinion on the fixture must say, whatever the wording of the checks: each unlawful
  /// clause by its article, quoted from the source, with its basis and a suggested wording.
  @Test func opinionContents() throws {
    let o = try #require(Self.book([Self.village]).opinions.first)
    #expect(o.title == "栎溪村村规民约" && o.kind == "村规民约" && o.adoption?.body == "村民会议")
    #expect(o.conclusion == .amend)
    #expect(o.basis.first == LegalCitation(law: Law.villagers, article: 27))
    let legality = o.findings(in: .legality)
    for (article, words) in [("第二条", "违者罚款一千元"), ("第三条", "没收其渔具和渔获"), ("第六条", "不享受本村集体收益分配")] {
      let f = try #require(legality.first { $0.article?.zh == article && $0.severity == .error }, "\(article)")
      #expect(f.quoted.contains(words), "\(article): \(f.quoted)")
      #expect(!f.quoted.contains("【"), "\(article): the heading is not quoted")
      #expect(!f.basis.isEmpty && f.suggestion != nil, "\(article)")
      for b in f.basis { #expect(o.basis.contains(b), "\(b.chinese) is in 审查依据") }
    }
    // The contested measure is a warning, never an error; the lawful measures (赔偿损失, 取消评优) raise nothing.
    #expect(legality.contains { $0.article?.zh == "第五条" && $0.severity == .warning })
    #expect(!o.findings.contains { ["第一条", "第七条"].contains($0.article?.zh ?? "") })
    // Anchors are unique and ordered: errors first.
    #expect(Set(o.findings.map(\.anchor)).count == o.findings.count)
    #expect(legality.map(\.severity) == legality.map(\.severity).sorted(by: >))
  }

  // MARK: - A folder

  @Test func folderSummary() throws {
    let text = Self.review([Self.dir], .text).output
    checkGolden(text, "Tests/Fixtures/review/expected/charters-summary.txt")
    #expect(text.hasPrefix("合法性审查汇总"))
    #expect(text.contains("共审查规约 2 件：同意备案 0 件，修改后备案 1 件，不予备案 1 件"))
    let html = Self.review([Self.dir], .html).output
    // The table links every charter to its opinion, and every clause listed to its finding.
    let book = Self.book([Self.dir])
    for o in book.opinions {
      #expect(html.contains("<a href=\"#\(o.anchor)\">") && html.contains("id=\"\(o.anchor)\""))
      for f in o.findings where f.section != .text { #expect(html.contains("<a href=\"#\(f.anchor)\">") && html.contains("id=\"\(f.anchor)\"")) }
    }
    // The worst clauses first: every error is listed before every warning.
    let worst = ReviewWords.worst(book).map(\.finding.severity)
    #expect(worst == worst.sorted(by: >) && worst.first == .error)
  }

  /// Codes/ reviewed as a whole: every charter is accepted (they check clean), the higher law and
  /// the manifest are not reviewed as charters.
  @Test func codesAreAccepted() {
    let book = Self.book(["Codes"])
    #expect(book.opinions.count >= 10)
    for o in book.opinions { #expect(o.conclusion == .approve, "\(o.path): \(o.findings.map(\.message.zh))") }
    #expect(!book.opinions.contains { $0.path.contains("上位法/") || $0.path.hasSuffix("目录.weifa") })
    #expect(book.skipped.filter { $0.reason == .higherLaw }.count == weifaFiles(in: "Codes/上位法").count)
    #expect(book.skipped.contains { $0.reason == .manifest })
  }

  // MARK: - JSON

  @Test func json() throws {
    let text = Self.review([Self.dir], .json).output
    let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(root["schema"] as? String == "weifa.review/1")
    let opinions = try #require(root["opinions"] as? [[String: Any]])
    #expect(opinions.count == 2)
    let village = try #require(opinions.first { ($0["title"] as? String) == "栎溪村村规民约" })
    #expect((village["conclusion"] as? [String: Any])?["id"] as? String == "amend")
    let findings = try #require(village["findings"] as? [[String: Any]])
    let fine = try #require(findings.first { ($0["article"] as? String) == "第二条" })
    #expect(fine["severity"] as? String == "error" && fine["section"] as? String == "legality")
    #expect((fine["quote"] as? String)?.contains("违者罚款一千元") == true)
    #expect((fine["basis"] as? [[String: Any]])?.isEmpty == false && fine["suggestion"] is String)
    // The byte range is the diagnostic's: it points into the file at the marked words.
    let bytes = readBytes(Self.village)
    let start = try #require(fine["start"] as? Int), end = try #require(fine["end"] as? Int)
    #expect(String(decoding: bytes[start..<end], as: UTF8.self) == fine["marked"] as? String)
    let summary = try #require(root["summary"] as? [String: Any])
    #expect((summary["conclusions"] as? [String: Int]) == ["approve": 0, "amend": 1, "refuse": 1])
  }

  // MARK: - Not charters

  /// A file that is not a charter is refused with WF2006, never given an opinion; higher law
  /// alone gives nothing to review.
  @Test func notChartersAreRefused() {
    let r = Self.review(["Tests/Fixtures/review/not-a-charter/说明.weifa"], .text)
    #expect(r.reviewed == 0 && r.output.isEmpty)
    #expect(r.refused.map(\.code.id) == ["WF2006"])
    let law = Self.review(["Codes/上位法"], .html)
    #expect(law.reviewed == 0 && law.refused.isEmpty && law.skipped == weifaFiles(in: "Codes/上位法").count && law.output.isEmpty)
    // Together with a charter: the charter is reviewed, the other refused.
    let both = Self.review([Self.village, "Tests/Fixtures/review/not-a-charter/说明.weifa"], .text)
    #expect(both.reviewed == 1 && both.refused.count == 1)
    #expect(both.output.contains("未审查：Tests/Fixtures/review/not-a-charter/说明.weifa（不是规约（WF2006），不出具审查意见）"), "\(both.output.prefix(400))")
  }

  /// A quote never runs past its line, and is bounded on each side.
  @Test func quotesAreBounded() throws {
    let long = String(repeating: "村民应当爱护环境，", count: 40)
    let text = "@标题 某村村规民约\n@类型 村规民约\n@通过 村民会议；日期：2024年3月12日\n第一条 \(long)违者罚款五十元\n第二条 甲。\n"
    let a = Analysis(files: [InputFile(path: "t.weifa", bytes: Array(text.utf8))])
    let book = ReviewBuilder.book(a.workspace, [(0, a.documents[0].diagnostics)], lang: .zh)
    let f = try #require(book.opinions[0].findings.first { $0.code?.id == "WF6001" })
    #expect(f.quote.before.count <= ReviewBuilder.quoteSide + 2 && f.quote.before.hasPrefix("……"))
    #expect(!f.quoted.contains("\n") && !f.quoted.contains("第二条"))
  }
}
