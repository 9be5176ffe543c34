import Foundation
import Testing
import WeifaTestSupport
import WeifaBase
import WeifaDriver
import WeifaEvaluator
import WeifaSemantics

/// One block of a decision-case file (Tests/Fixtures/decisions/README.md describes the format).
struct DecisionCase {
  var id: String
  var kind: String
  var body: String
  var matter: String
  var given: [(name: String, text: String)]
  var expect: String
  /// `charter:` — a folder (relative to the repository) whose charters are loaded before the statutes, for a
  /// question that a charter's own rule answers (e.g. its 公示 period); without it the question goes to the law.
  var charter: String? = nil
}

/// Reads a file of decision cases; a malformed block is an error naming it.
func decisionCases(_ text: String) -> (cases: [DecisionCase], errors: [String]) {
  var cases = [DecisionCase](), errors = [String]()
  for block in text.components(separatedBy: "\n\n") where !block.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
    var fields = [String: String]()
    let lines = block.split(separator: "\n").map(String.init)
    guard let head = lines.first, head.hasPrefix("## ") else { errors.append("block without a ## line: \(block.prefix(40))"); continue }
    for l in lines.dropFirst() {
      guard let r = l.range(of: ": ") else { errors.append("\(head): line without “: ”: \(l)"); continue }
      fields[String(l[..<r.lowerBound])] = String(l[r.upperBound...])
    }
    guard let kind = fields["kind"], let body = fields["body"], let matter = fields["matter"], let given = fields["given"], let expect = fields["expect"] else {
      errors.append("\(head): a field is missing"); continue
    }
    let pairs = given.components(separatedBy: "; ").compactMap { p -> (String, String)? in
      guard let eq = p.firstIndex(of: "=") else { return nil }
      return (String(p[..<eq]), String(p[p.index(after: eq)...]))
    }
    let id = String(head.dropFirst(3).prefix { $0 != " " })
    cases.append(DecisionCase(id: id, kind: kind, body: body, matter: matter, given: pairs, expect: expect, charter: fields["charter"]))
  }
  return (cases, errors)
}

/// The statute (Codes/上位法) loaded once, with an empty charter first so questions go to the law.
let statuteWorkspace: Workspace = {
  let base = repoRoot.appendingPathComponent("Codes/上位法").path
  let names = ((try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []).filter { $0.hasSuffix(".weifa") }.sorted()
  let files = [InputFile(path: "问题.weifa", bytes: Array("@标题 问题\n".utf8))]
    + names.map { InputFile(path: "Codes/上位法/" + $0, bytes: [UInt8](FileManager.default.contents(atPath: base + "/" + $0) ?? Data())) }
  return Analysis(files: files).workspace
}()

/// A charter folder's files (first) and the statutes, for a case with `charter:`.
func charterWorkspace(_ relative: String) -> Workspace {
  func weifaFiles(_ dir: String) -> [InputFile] {
    let base = repoRoot.appendingPathComponent(dir).path
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []).filter { $0.hasSuffix(".weifa") }.sorted()
    return names.map { InputFile(path: dir + "/" + $0, bytes: [UInt8](FileManager.default.contents(atPath: base + "/" + $0) ?? Data())) }
  }
  let own = weifaFiles(relative)
  #expect(!own.isEmpty, "charter: \(relative) holds no .weifa file")
  return Analysis(files: own + weifaFiles("Codes/上位法")).workspace
}

/// The result a case gets: the answer's outcome, in the words of the case files.
func outcome(of c: DecisionCase) -> String {
  let workspace = c.charter.map(charterWorkspace) ?? statuteWorkspace
  let a = Decider(workspace).answer(DecisionQuestion(body: c.body, matter: c.matter, facts: c.given), from: 0)
  switch a.outcome {
  case .result(let r): return r
  case .inputError(let e): return "输入错误（\(e)）"
  case .undecided(let missing): return "无法回答（\(missing.joined(separator: "、"))）"
  }
}

/// Runs a case file and prints the figures per kind; returns passed and total per kind.
func runCorpus(_ relative: String) -> [String: (passed: Int, total: Int)] {
  let text = String(decoding: readBytes(relative), as: UTF8.self)
  let (cases, errors) = decisionCases(text)
  #expect(errors.isEmpty, "\(relative): \(errors)")
  var figures = [String: (passed: Int, total: Int)]()
  var failures = [String]()
  for c in cases {
    let got = outcome(of: c)
    let ok = got == c.expect
    figures[c.kind, default: (0, 0)].total += 1
    if ok { figures[c.kind]!.passed += 1 } else { failures.append("\(c.id) [\(c.kind)] expected \(c.expect), got \(got)") }
  }
  let total = figures.values.reduce(0) { $0 + $1.total }, passed = figures.values.reduce(0) { $0 + $1.passed }
  var report = "\(relative): \(passed)/\(total)\n"
  for k in figures.keys.sorted() { report += "  \(k): \(figures[k]!.passed)/\(figures[k]!.total)\n" }
  if ProcessInfo.processInfo.environment["WEIFA_DECISIONS_FAILURES"] != nil { report += failures.joined(separator: "\n") + "\n" }
  print(report, terminator: "")
  return figures
}

/// The hand-computed decision cases (issue 13), each asked of the evaluator against Codes/上位法.
@Suite struct DecisionCorpusTests {
  /// The passes per kind measured on cases.txt; a kind below its floor fails.
  static let floors: [String: Int] = [
    "quorum": 63, "vote": 48, "proposal": 29, "recall": 18, "petition": 9, "competence": 34, "publicity": 13,
    "notice": 17, "period": 21, "term": 13, "composition": 19, "size": 28, "office": 16, "approval": 12,
  ]

  @Test func casesFile() {
    let figures = runCorpus("Tests/Fixtures/decisions/cases.txt")
    #expect(figures.values.reduce(0) { $0 + $1.total } == 340)
    for (kind, floor) in Self.floors {
      #expect((figures[kind]?.passed ?? 0) >= floor, "\(kind): \(figures[kind]?.passed ?? 0) passed, \(floor) before")
    }
  }

  /// Any other file of the same format: `WEIFA_DECISIONS=path/relative/to/repo swift test --filter DecisionCorpusTests`
  /// (`WEIFA_DECISIONS=heldout` for Tests/Fixtures/decisions/heldout.txt).
  @Test(.enabled(if: ProcessInfo.processInfo.environment["WEIFA_DECISIONS"] != nil))
  func namedFile() {
    let path = ProcessInfo.processInfo.environment["WEIFA_DECISIONS"] ?? ""
    let figures = runCorpus(path == "heldout" ? "Tests/Fixtures/decisions/heldout.txt" : path)
    #expect(!figures.isEmpty, "\(path) holds no cases")
  }

  /// cases2.txt (issue 13, second round): composition, incompatible offices with kinship in everyday
  /// words, ratings history, approvals and periods whose last day is a 法定休假日 (民法典203①). Written
  /// before the evaluator was extended; a case that stops passing fails.
  @Test func secondCasesFile() {
    let figures = runCorpus("Tests/Fixtures/decisions/cases2.txt")
    let total = figures.values.reduce(0) { $0 + $1.total }, passed = figures.values.reduce(0) { $0 + $1.passed }
    #expect(total == 82 && passed == total, "cases2.txt: \(passed)/\(total)")
  }

  /// cases4.txt (issue 13, round four): proxies, re-run elections, recall reasons, eligibility from dates,
  /// histories, effective dates, stand-ins and 列席, 推选 competence, publicity as dates and 成员大会 proposals —
  /// every boundary with its computation in `why` (Tests/Fixtures/decisions/README.md, “Round four”).
  @Test func fourthCasesFile() {
    let figures = runCorpus("Tests/Fixtures/decisions/cases4.txt")
    let total = figures.values.reduce(0) { $0 + $1.total }, passed = figures.values.reduce(0) { $0 + $1.passed }
    #expect(total == 95 && passed == total, "cases4.txt: \(passed)/\(total)")
    for kind in ["proxy", "rerun", "eligibility", "history", "effective", "standin"] { #expect(figures[kind] != nil, "cases4.txt has no \(kind) case") }
  }

  /// The held-out set (256 cases written without reading or running the evaluator, never tuned on).
  /// Measured once by the lead on 2026-12-02, after issue 13's evaluator was merged: 256/256, every kind
  /// complete; a case that stops passing fails.
  @Test func heldOutFile() {
    let figures = runCorpus("Tests/Fixtures/decisions/heldout.txt")
    let total = figures.values.reduce(0) { $0 + $1.total }, passed = figures.values.reduce(0) { $0 + $1.passed }
    #expect(total == 256 && passed == 256, "heldout.txt: \(passed)/\(total) (measured 256/256)")
  }

  /// heldout3.txt: 234 cases (K001–K234) written on 2026-12-02 by a data-only writer who opened nothing under Sources/
  /// and never ran weifa. Measured once by the lead on main a9e0d766 (issue 13's third round merged): 234/234, every
  /// kind complete; tuning material from now on. A case that stops passing fails.
  @Test func heldOut3File() {
    let figures = runCorpus("Tests/Fixtures/decisions/heldout3.txt")
    let total = figures.values.reduce(0) { $0 + $1.total }, passed = figures.values.reduce(0) { $0 + $1.passed }
    #expect(total == 234 && passed == 234, "heldout3.txt: \(passed)/\(total) (measured 234/234)")
  }

  /// heldout4.txt: 234 cases (L001–L234) on round four's constructs, written on 2026-12-02 by a data-only writer from the
  /// interface docs of 0dc5721c alone (never opened Sources/, never ran weifa). Measured once by the lead on main f79f1784
  /// (round four merged): 231/234; the three misses (L160–L162) ask for a charter's 公示 period, which the case format could
  /// not name; with the `charter:` line added to them and to L234 (Codes/石门村, as the writer's README says): 234/234.
  /// Tuning material from now on.
  @Test func heldOut4File() {
    let figures = runCorpus("Tests/Fixtures/decisions/heldout4.txt")
    let total = figures.values.reduce(0) { $0 + $1.total }, passed = figures.values.reduce(0) { $0 + $1.passed }
    #expect(total == 234 && passed == 234, "heldout4.txt: \(passed)/\(total) (measured 231/234, 234/234 with charter:)")
  }
}
