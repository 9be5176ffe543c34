import Foundation
import Testing
import WeifaTestSupport
import WeifaDriver
import WeifaEvaluator
import WeifaRender
import WeifaSemantics

/// The resident page's JavaScript against the Swift evaluator: for every Codes/ charter with
/// rules, thousands of generated persons (standings from `CompiledRules.evaluate`) and meeting
/// counts (`Decider.decide`, requirement by requirement, arithmetic lines included) are run
/// through the script extracted from the built page under Node, and every answer must match.
/// Without Node the test fails loudly, unless WEIFA_NO_NODE=1.
@Suite struct PageDifferentialTests {
  static let persons = 3000
  static let votes = 3000

  @Test func pageLogicMatchesSwift() throws {
    let env = ProcessInfo.processInfo.environment
    guard let node = Self.findNode() else {
      if env["WEIFA_NO_NODE"] == "1" { return }
      Issue.record("NODE IS MISSING: the resident page's JavaScript was NOT checked against the Swift evaluator. Install nodejs, or set WEIFA_NO_NODE=1 to skip on purpose.")
      return
    }
    var charters = 0, personCount = 0, voteCount = 0, mismatches = 0
    for c in RenderCase.all() where !c.isBundle {
      let a = c.analysis()
      let ws = a.workspace
      let docs = [0]
      guard !ws.charters[0].rules.isEmpty else { continue }
      charters += 1
      let page = Renderer.render([RenderInput(index: 0, diagnostics: [])], in: ws, options: RenderOptions(format: .page))
      let data = try #require(Self.between(page, "<script type=\"application/json\" id=\"wf-data\">", "</script>"))
      let script = try #require(Self.between(page, "<script id=\"wf-logic\">\n", "\n</script>"))
      #expect(!data.contains("<") && !data.contains("\u{2028}"), "\(c.name): raw < in the JSON")
      let model = PageModel(ws, documents: docs)
      let compiled = model.compiled

      // Persons: values near every constant the programs compare with, and some at random.
      var seed: UInt64 = 0x5EED_0000 &+ UInt64(charters)
      func next() -> UInt64 { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return seed >> 33 }
      var constants = Array(repeating: [Int64](), count: compiled.attributes.count)
      for r in compiled.rules {
        for o in r.program + r.except { if case .compare(let s, _, let v) = o { constants[Int(s)].append(v) } }
      }
      var rows = [[Int64?]]()
      var expected = [String]()
      var standing = Array(repeating: UInt8(0), count: compiled.rules.count)
      var stack = Array(repeating: UInt8(0), count: compiled.maxStack + 8)
      for _ in 0..<Self.persons {
        var row = [Int64?](repeating: nil, count: compiled.attributes.count)
        for (slot, at) in compiled.attributes.enumerated() where next() % 4 != 0 {
          switch at.type {
          case .number, .date:
            if !constants[slot].isEmpty && next() % 3 != 0 {
              let k = constants[slot][Int(next() % UInt64(constants[slot].count))]
              row[slot] = k + [-1000, -1, 0, 0, 1, 1000][Int(next() % 6)]
            } else if case .date = at.type {
              row[slot] = Int64(19500101 + Int(next() % 800000))
            } else {
              row[slot] = Int64(next() % 120_000)
            }
          case .boolean: row[slot] = Int64(next() % 2)
          case .enumeration(let vs): row[slot] = Int64(next() % UInt64(vs.count))
          default: break
          }
        }
        rows.append(row)
        let flat = row.map { $0 ?? CompiledRules.missing }
        flat.withUnsafeBufferPointer { compiled.evaluate($0, into: &standing, stack: &stack) }
        expected.append(standing.prefix(compiled.rules.count).map(String.init).joined())
      }
      // Meetings: small counts (exact halves and thirds) and large ones, some not given.
      let decider = Decider(ws)
      var votes = [(spec: Int, counts: WeifaEvaluator.VoteCounts)]()
      var expectedVotes = [String]()
      if !model.decisions.isEmpty {
        for _ in 0..<Self.votes {
          let s = Int(next() % UInt64(model.decisions.count))
          let big = next() % 2 == 0
          func n(_ limit: Int?) -> Int? {
            if next() % 8 == 0 { return nil }
            let top = limit ?? (big ? 2000 : 13)
            return top <= 0 ? 0 : Int(next() % UInt64(top + 1))
          }
          let members = n(nil), households = n(nil)
          let present = n(next() % 5 == 0 ? nil : members), presentHouseholds = n(next() % 5 == 0 ? nil : households)
          let yes = n(next() % 5 == 0 ? nil : present)
          let counts = VoteCounts(members: members, households: households, present: present, presentHouseholds: presentHouseholds, yes: yes)
          votes.append((s, counts))
          let spec = model.decisions[s]
          let d = decider.decide(body: spec.body, matter: spec.matter, counts: counts, from: spec.document)
          expectedVotes.append(Self.describe(d.stands, d.requirements.map { ($0.what, $0.rule, $0.source, $0.met, $0.arithmetic) }))
        }
      }
      // Run the page's own script under Node.
      func num(_ v: Int64?) -> String { v.map { String($0) } ?? "null" }
      func num(_ v: Int?) -> String { v.map { String($0) } ?? "null" }
      var input = "{\"rows\":[" + rows.map { "[" + $0.map(num).joined(separator: ",") + "]" }.joined(separator: ",") + "],\"votes\":["
      input += votes.map { v in
        "{\"s\":\(v.spec),\"c\":{\"members\":\(num(v.counts.members)),\"households\":\(num(v.counts.households)),\"present\":\(num(v.counts.present)),\"presentHouseholds\":\(num(v.counts.presentHouseholds)),\"yes\":\(num(v.counts.yes))}}"
      }.joined(separator: ",") + "]}"
      let dir = FileManager.default.temporaryDirectory.appendingPathComponent("weifa-page-\(getpid())-\(charters)")
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: dir) }
      try input.write(to: dir.appendingPathComponent("input.json"), atomically: true, encoding: .utf8)
      try data.write(to: dir.appendingPathComponent("data.json"), atomically: true, encoding: .utf8)
      try script.write(to: dir.appendingPathComponent("page.js"), atomically: true, encoding: .utf8)
      try Self.driver.write(to: dir.appendingPathComponent("driver.js"), atomically: true, encoding: .utf8)
      try Self.run(node, [dir.appendingPathComponent("driver.js").path, dir.path])
      let out = (try? String(contentsOf: dir.appendingPathComponent("out.txt"), encoding: .utf8)) ?? ""
      let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let gotRows = Array(lines.prefix(rows.count))
      let gotVotes = Array(lines.dropFirst(rows.count).prefix(votes.count))
      #expect(gotRows.count == rows.count && gotVotes.count == votes.count, "\(c.name): node gave \(lines.count) lines")
      for (i, e) in expected.enumerated() where i < gotRows.count && gotRows[i] != e {
        mismatches += 1
        if mismatches < 10 { Issue.record("\(c.name) person \(i) \(rows[i]): Swift \(e), page \(gotRows[i])") }
      }
      for (i, e) in expectedVotes.enumerated() where i < gotVotes.count && gotVotes[i] != e {
        mismatches += 1
        if mismatches < 10 { Issue.record("\(c.name) vote \(i): Swift \(e), page \(gotVotes[i])") }
      }
      personCount += rows.count
      voteCount += votes.count
    }
    print("PageDifferentialTests: \(charters) charters, \(personCount) persons, \(voteCount) votes compared, \(mismatches) mismatches")
    #expect(charters > 0)
    #expect(mismatches == 0)
  }

  static func describe(_ stands: Bool?, _ reqs: [(String, String, String, Bool?, [String])]) -> String {
    func b(_ x: Bool?) -> String { x.map { $0 ? "true" : "false" } ?? "null" }
    return ([b(stands)] + reqs.map { [$0.0, $0.1, $0.2, b($0.3), $0.4.joined(separator: "/")].joined(separator: ";") }).joined(separator: "|")
  }

  /// Loads the page's script as a plain script (it defines `globalThis.WF` when there is no document).
  static let driver = #"""
  const fs = require("fs"), vm = require("vm"), path = require("path");
  const dir = process.argv[2];
  vm.runInThisContext(fs.readFileSync(path.join(dir, "page.js"), "utf8"));
  const D = JSON.parse(fs.readFileSync(path.join(dir, "data.json"), "utf8"));
  const inp = JSON.parse(fs.readFileSync(path.join(dir, "input.json"), "utf8"));
  const out = [];
  for (const row of inp.rows) out.push(WF.standings(D, row).join(""));
  const b = (x) => x === null ? "null" : String(x);
  for (const v of inp.votes) {
    const r = WF.decide(D.dec[v.s], v.c);
    out.push([b(r.stands)].concat(r.requirements.map((q) => [q.what, q.rule, q.source, b(q.met), q.arithmetic.join("/")].join(";"))).join("|"));
  }
  fs.writeFileSync(path.join(dir, "out.txt"), out.join("\n") + "\n");
  """#

  static func between(_ s: String, _ start: String, _ end: String) -> String? {
    guard let a = s.range(of: start), let b = s.range(of: end, range: a.upperBound..<s.endIndex) else { return nil }
    return String(s[a.upperBound..<b.lowerBound])
  }

  static func findNode() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for d in path.split(separator: ":") {
      let p = String(d) + "/node"
      if FileManager.default.isExecutableFile(atPath: p) { return p }
    }
    return nil
  }

  /// Runs node; its answers go to a file (no pipe: reading a pipe while other suites run in
  /// parallel has crashed Foundation on Linux).
  static func run(_ exe: String, _ args: [String]) throws {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: exe)
    p.arguments = args
    try p.run()
    p.waitUntilExit()
    if p.terminationStatus != 0 { Issue.record("node exited with \(p.terminationStatus)") }
  }
}
