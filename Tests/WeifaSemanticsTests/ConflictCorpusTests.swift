import Foundation
import Testing
import WeifaBase
import WeifaDriver
import WeifaTestSupport

/// The conflict corpus (Tests/Fixtures/conflicts, issue 19): each case directory is checked as
/// `weifa check DIR` does, and the conflict-family codes it raises (WF7001–WF7004, WF8002,
/// WF8004) are compared with the ones its expect.txt names. `tuning/` is what the detector was
/// improved against; `heldout/` (every case whose number is a multiple of 3, set aside before
/// any change) was never looked at while tuning. Figures are printed per class and part.
@Suite struct ConflictCorpusTests {
  static let family: Set<String> = ["WF7001", "WF7002", "WF7003", "WF7004", "WF8002", "WF8004"]

  struct Case: Sendable {
    var path: String
    var klass: String
    var expected: Set<String>
  }

  static func cases(_ part: String) -> [Case] {
    let base = "Tests/Fixtures/conflicts/" + part
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: repoRoot.appendingPathComponent(base).path)) ?? []).sorted()
    return names.compactMap { name in
      let text = String(decoding: FileManager.default.contents(atPath: repoRoot.appendingPathComponent(base + "/" + name + "/expect.txt").path) ?? Data(), as: UTF8.self)
      var klass = "", expected = Set<String>()
      for line in text.split(separator: "\n") {
        if line.hasPrefix("class:") { klass = line.dropFirst(6).trimmingCharacters(in: .whitespaces) }
        if line.hasPrefix("expect:") {
          for part in line.dropFirst(7).split(separator: "+") {
            let code = part.trimmingCharacters(in: .whitespaces)
            if code == "none" || code.isEmpty { continue }
            expected.insert(code == "lower-claims-priority" ? "WF8004" : code)
          }
        }
      }
      return klass.isEmpty ? nil : Case(path: base + "/" + name, klass: klass, expected: expected)
    }
  }

  static func reported(_ c: Case) -> Set<String> {
    guard case .success(let loaded) = Loader(repository).analyse([c.path]) else { return ["unreadable"] }
    return Set(loaded.analysis.diagnostics.map(\.code.id).filter(family.contains))
  }

  /// Agreement per class, printed; returns (agreeing, total) and the disagreements.
  static func measure(_ part: String) -> (agree: Int, total: Int, byClass: [String: (Int, Int)], wrong: [String]) {
    var byClass = [String: (Int, Int)]()
    var agree = 0, hinted = 0
    var wrong = [String]()
    let all = cases(part)
    for c in all {
      let got = reported(c)
      let ok = got == c.expected
      var t = byClass[c.klass] ?? (0, 0)
      t.1 += 1
      if ok { t.0 += 1; agree += 1 } else { wrong.append("\(c.path): expected \(c.expected.sorted()), got \(got.sorted())") }
      // Not agreement: a conflict expected where only the hint that the acts may be one was given.
      if !ok && got == ["WF7004"] && !c.expected.isEmpty { hinted += 1 }
      byClass[c.klass] = t
    }
    let table = byClass.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.0)/\($0.value.1)" }.joined(separator: ", ")
    print("conflict corpus \(part): \(agree)/\(all.count) agree (\(table)); \(hinted) more given only the WF7004 hint")
    return (agree, all.count, byClass, wrong)
  }

  @Test func tuningPart() {
    let m = Self.measure("tuning")
    #expect(m.total >= 100)
    for w in m.wrong { print("  tuning miss: " + w) }
    #expect(m.agree >= Self.tuningFloor, "conflict corpus (tuning) regressed: \(m.agree)/\(m.total)")
  }

  /// The held-out part: only its figures are printed, never its cases, so that it stays unseen.
  @Test func heldOutPart() {
    let m = Self.measure("heldout")
    #expect(m.total >= 45)
    #expect(m.agree >= Self.heldOutFloor, "conflict corpus (held out) regressed: \(m.agree)/\(m.total)")
  }

  /// Figures reached; a change that lowers them fails.
  static let tuningFloor = 88
  static let heldOutFloor = 43
}
