import Foundation
import Testing
import WeifaBase
import WeifaDriver
import WeifaEvaluator
import WeifaSemantics
import WeifaTestSupport

/// A conflict's sample person is one a resident could be: every value it names is accepted back
/// by `weifa query --fact` (the evaluator's fact parser), and written as a 案例 of the charter
/// the two rules it names both apply to that person (issue 19).
@Suite struct SamplePersonTests {
  /// The NAME = VALUE pairs of a note 「注意：例如 年龄 = 60，户籍 = 本村 的人…同时适用两条」.
  static func person(_ d: Diagnostic) -> [(String, String)]? {
    guard let note = d.notes.first(where: { $0.zh.hasPrefix("注意：例如 ") })?.zh else { return nil }
    var body = note.dropFirst("注意：例如 ".count)
    guard let end = body.range(of: " 的人") else { return nil }
    body = body[..<end.lowerBound]
    if body == "任何人" { return [] }
    return body.components(separatedBy: "，").compactMap { pair in
      let kv = pair.components(separatedBy: " = ")
      return kv.count == 2 ? (kv[0], kv[1]) : nil
    }
  }

  /// Every conflict in the conflict corpus (both parts: only the sample values are read) and
  /// in the fixtures of the conflict codes.
  static func conflicts() -> [(Analysis, Diagnostic)] {
    var dirs = [String]()
    for part in ["Tests/Fixtures/conflicts/tuning", "Tests/Fixtures/conflicts/heldout"] {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: repoRoot.appendingPathComponent(part).path)) ?? []
      dirs += names.sorted().map { part + "/" + $0 }
    }
    for code in ["WF7001", "WF7002", "WF7003", "WF8002"] {
      let base = "Tests/Fixtures/checks/" + code
      let names = (try? FileManager.default.contentsOfDirectory(atPath: repoRoot.appendingPathComponent(base).path)) ?? []
      dirs += names.filter { $0.hasPrefix("raises-") && !$0.hasSuffix(".txt") }.sorted().map { base + "/" + $0 }
    }
    var out = [(Analysis, Diagnostic)]()
    for dir in dirs {
      guard case .success(let loaded) = Loader(repository).analyse([dir]) else { continue }
      for d in loaded.analysis.diagnostics where ["WF7001", "WF7002", "WF7003", "WF8002"].contains(d.code.id) {
        out.append((loaded.analysis, d))
      }
    }
    return out
  }

  @Test func everySampleValueIsAcceptedByQueryFact() throws {
    let all = Self.conflicts()
    #expect(all.count >= 60, "conflicts found: \(all.count)")
    var checked = 0
    for (analysis, d) in all {
      // Findings on decision rules (WF8002 on a body's threshold) have no sample person.
      guard let person = Self.person(d) else {
        #expect(d.code.id == "WF8002" && !d.message.zh.contains("相抵触：同一行为"), "a conflict of rules without a sample person in \(d.file.path)")
        continue
      }
      let doc = try #require(analysis.workspace.charters.firstIndex { $0.file.path == d.file.path })
      var scope = Scope(analysis.workspace, doc)
      for h in analysis.workspace.higher(than: doc) { scope = scope.merged(with: Scope(analysis.workspace, h)) }
      let ev = Evaluator(scope: scope)
      for (name, value) in person {
        switch ev.parseFact(name, value) {
        case .success: checked += 1
        case .failure(let e): Issue.record("\(d.file.path): --fact \(name)=\(value) is refused: \(e.message.zh)")
        }
      }
    }
    #expect(checked > 0)
  }

  /// In-document conflicts: the sample person written as a 案例 that names both rules passes.
  @Test func theSampleAsACaseAppliesBothRules() throws {
    var ran = 0
    for (analysis, d) in Self.conflicts() where d.code.id == "WF7001" || d.code.id == "WF7003" {
      guard let person = Self.person(d), let doc = analysis.workspace.charters.firstIndex(where: { $0.file.path == d.file.path }) else { continue }
      let c = analysis.workspace.charters[doc]
      // The two rules: the one the finding is on and the related one.
      let spans = [d.range] + d.related.map(\.range)
      let rules = spans.compactMap { s in c.rules.first { $0.span.lower == s.lower } }
      let labels = rules.compactMap(\.label)
      guard labels.count == 2, !person.isEmpty else { continue }
      let facts = person.map { "\($0.0) = \($0.1)" }.joined(separator: "，")
      // A day on which both rules are in force, when the note names one.
      let day = d.notes.first { $0.zh.hasPrefix("注意：") }.flatMap { n -> String? in
        guard let at = n.zh.range(of: "的人在"), let end = n.zh.range(of: "同时适用") else { return nil }
        return String(n.zh[at.upperBound..<end.lowerBound])
      }
      let text = String(decoding: c.file.bytes, as: UTF8.self)
        + "\n@案例 样例；事实：\(facts)；适用：【\(labels[0])】、【\(labels[1])】" + (day.map { "；日期：\($0)" } ?? "") + "\n"
      let ws = Analysis(files: [InputFile(path: c.file.path, bytes: Array(text.utf8))]).workspace
      let outcomes = CaseRunner.run(ws, document: 0)
      let mine = try #require(outcomes.last)
      #expect(mine.passed, "\(d.file.path): 案例「事实：\(facts)」: \(mine.failures.map(\.zh))")
      ran += 1
    }
    #expect(ran >= 20, "cases run: \(ran)")
  }
}
