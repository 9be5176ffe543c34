// The benchmark's generator (Sources/weifa-bench/Generator.swift and Corpus.swift, compiled into
// this target through the symbolic links BenchGenerator.swift and BenchCorpus.swift): what it
// makes checks clean, is deterministic, is sized like real charters, and the batch rules it
// specifies are what Weifa's compiled evaluator computes, row by row and 64 rows at a time.
import Foundation
import WeifaBenchSupport
import Testing
import WeifaTestSupport
import WeifaBase
import WeifaDriver
import WeifaEvaluator
import WeifaSemantics

private let benchRepo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Codes/上位法, parsed and lowered once: the context the corpus is checked against.
private let benchLaw: PreparedContext = {
  let dir = benchRepo.appendingPathComponent("Codes/上位法").path
  let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".weifa") }.sorted()
  return PreparedContext(names.map { InputFile(path: "Codes/上位法/" + $0, bytes: [UInt8](FileManager.default.contents(atPath: dir + "/" + $0) ?? Data())) })
}()

@Suite struct BenchGeneratorTests {
  let generator = CharterGenerator(seed: 2025)

  /// Charters of every kind check without errors or warnings, and their 案例 pass.
  @Test func generatedChartersCheckClean() {
    var kinds = Set<String>()
    for i in Array(0..<24) + [999, 4096, 19_999] {
      let file = InputFile(path: "corpus/\(i).weifa", bytes: Array(generator.charter(index: i).utf8))
      let a = Analysis(files: [file], prepared: benchLaw)
      let problems = a.diagnostics.filter { $0.severity == .error || $0.severity == .warning }
      #expect(problems.isEmpty, "charter \(i): \(problems.prefix(3).map { TextReport.render($0, lang: .zh) }.joined(separator: "\n"))")
      for o in CaseRunner.run(a.workspace, document: 0) {
        #expect(o.passed, "charter \(i) 案例「\(a.workspace.charters[0].cases[o.index].name)」: \(o.failures.map(\.zh))")
      }
      kinds.insert(a.workspace.charters[0].kind ?? "")
    }
    #expect(kinds == ["村规民约", "居民公约", "村民自治章程", "社区自治章程"])
  }

  /// The real-layout twin of each charter (一、 headings, 1. articles, @条标) checks as clean, its
  /// 案例 pass, and it has the same articles and rules.
  @Test func realLayoutChartersCheckClean() {
    for i in Array(0..<12) + [4096] {
      let file = InputFile(path: "corpus/real-\(i).weifa", bytes: Array(generator.realLayoutCharter(index: i).utf8))
      let a = Analysis(files: [file], prepared: benchLaw)
      let problems = a.diagnostics.filter { $0.severity == .error || $0.severity == .warning }
      #expect(problems.isEmpty, "charter \(i): \(problems.prefix(3).map { TextReport.render($0, lang: .zh) }.joined(separator: "\n"))")
      for o in CaseRunner.run(a.workspace, document: 0) {
        #expect(o.passed, "charter \(i) 案例「\(a.workspace.charters[0].cases[o.index].name)」: \(o.failures.map(\.zh))")
      }
      let statute = Analysis(files: [InputFile(path: "corpus/\(i).weifa", bytes: Array(generator.charter(index: i).utf8))], prepared: benchLaw)
      let (c, s) = (a.workspace.charters[0], statute.workspace.charters[0])
      #expect(c.articles.count == s.articles.count && c.rules.count == s.rules.count && c.divisions.count == s.divisions.count)
      #expect(c.articles.first?.mark == "1." && c.articles.first?.labelHidden == true)
    }
  }

  /// Sized like real ones: 20–60 articles for a 规约 or 公约, 50–150 for an autonomy charter;
  /// with prose, rules, bodies and references.
  @Test func sizedLikeRealCharters() {
    for i in 0..<40 {
      let file = InputFile(path: "corpus/\(i).weifa", bytes: Array(generator.charter(index: i).utf8))
      let c = Analysis(files: [file]).workspace.charters[0]
      let range = (c.kind ?? "").contains("章程") ? 50...150 : 20...60
      #expect(range.contains(c.articles.count), "charter \(i): \(c.articles.count) articles for a \(c.kind ?? "")")
      #expect(!c.rules.isEmpty && !c.bodies.isEmpty && !c.references.isEmpty, "charter \(i)")
    }
  }

  /// The same seed gives the same bytes; another seed gives other charters and residents.
  @Test func deterministic() {
    #expect(CharterGenerator(seed: 2025).charter(index: 7) == generator.charter(index: 7))
    #expect(CharterGenerator(seed: 7).charter(index: 7) != generator.charter(index: 7))
    let spec = BatchSpec.make(rules: 100)
    let p1 = Population(seed: 1, attributes: spec.used.attributes), p2 = Population(seed: 1, attributes: spec.used.attributes)
    var a = [UInt8](), b = [UInt8](), c = [UInt8]()
    for i in 0..<500 { p1.row(i, into: &a); p2.row(i, into: &b); Population(seed: 2, attributes: spec.used.attributes).row(i, into: &c) }
    #expect(a == b)
    #expect(a != c)
  }

  /// The batch charter checks clean and every one of its rules compiles (none is left out).
  @Test func batchCharterCompilesEveryRule() {
    let spec = BatchSpec.make(rules: 100)
    let a = Analysis(files: [InputFile(path: "batch.weifa", bytes: Array(spec.charter.utf8))], prepared: benchLaw)
    let problems = a.diagnostics.filter { $0.severity == .error || $0.severity == .warning }
    #expect(problems.isEmpty, "\(problems.prefix(3).map { TextReport.render($0, lang: .zh) })")
    let compiled = CompiledRules(a.workspace, documents: [0])
    #expect(spec.rules.count >= 100)
    #expect(compiled.rules.map(\.label) == spec.rules.map(\.label))
  }

  /// Weifa's compiled evaluator gives, for generated residents, exactly the rules the spec says apply.
  @Test func compiledRulesAgreeWithTheSpec() {
    let spec = BatchSpec.make(rules: 100)
    let ws = Analysis(files: [InputFile(path: "batch.weifa", bytes: Array(spec.charter.utf8))]).workspace
    let compiled = CompiledRules(ws, documents: [0])
    let population = Population(seed: 99, attributes: spec.used.attributes)
    var standing = [UInt8](repeating: 0, count: compiled.rules.count)
    var stack = [UInt8](repeating: 0, count: compiled.maxStack + 8)
    for i in 0..<3000 {
      let person = population.person(i)
      let row = compiled.attributes.enumerated().map { slot, a -> Int64 in
        let v = person[a.name]!
        switch a.type {
        case .number: return Int64(v) * 10   // the population holds ×100, the evaluator ×1000
        case .enumeration(let values):
          let catalog = Catalog.attributes.first { $0.name == a.name }!
          guard case .enumeration(let spelled) = catalog.type else { return CompiledRules.missing }
          return Int64(values.firstIndex(of: spelled[v])!)
        default: return Int64(v)   // yes/no 0 or 1, dates yyyymmdd
        }
      }
      row.withUnsafeBufferPointer { compiled.evaluate($0, into: &standing, stack: &stack) }
      let want = specApplies(spec, person)
      #expect(standing.map { $0 == 1 } == want, "resident \(i)")
      if standing.map({ $0 == 1 }) != want { break }
    }
  }

  /// 64 rows at a time give the standings one row at a time gives (1 and 2; 0 and 3 alike), on
  /// the batch charter and on every charter of Codes/, with a fifth of the facts missing.
  @Test func blockEvaluationMatchesRowEvaluation() {
    let spec = BatchSpec.make(rules: 100)
    var cases: [(Workspace, Int)] = [(Analysis(files: [InputFile(path: "batch.weifa", bytes: Array(spec.charter.utf8))]).workspace, 0)]
    let codes = benchRepo.appendingPathComponent("Codes").path
    let paths = (FileManager.default.enumerator(atPath: codes)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".weifa") }.sorted()
    let codesWS = Analysis(files: paths.map { InputFile(path: "Codes/" + $0, bytes: [UInt8](FileManager.default.contents(atPath: codes + "/" + $0) ?? Data())) }).workspace
    for d in codesWS.charters.indices where !codesWS.charters[d].rules.isEmpty { cases.append((codesWS, d)) }
    var rng = BenchRNG(seed: 42)
    var compared = 0
    for (ws, d) in cases {
      let compiled = CompiledRules(ws, documents: [d])
      let slots = compiled.attributes.count
      var standing = [UInt8](repeating: 0, count: compiled.rules.count)
      var stack = [UInt8](repeating: 0, count: compiled.maxStack + 8)
      var applies = [UInt64](repeating: 0, count: compiled.rules.count)
      var unknown = [UInt64](repeating: 0, count: compiled.rules.count)
      var scratch = [UInt64](repeating: 0, count: compiled.blockScratch)
      for _ in 0..<12 {
        let rows = rng.range(1, 64)
        var columns = [Int64](repeating: CompiledRules.missing, count: max(1, slots) * 64)
        var table = [[Int64]]()
        for j in 0..<rows {
          var row = [Int64](repeating: CompiledRules.missing, count: slots)
          for (s, a) in compiled.attributes.enumerated() where !rng.chance(0.2) {
            switch a.type {
            case .number: row[s] = Int64(rng.range(-5, 120)) * (rng.chance(0.9) ? 1000 : 1) + (rng.chance(0.1) ? 500 : 0)
            case .boolean: row[s] = Int64(rng.below(2))
            case .enumeration(let vs): row[s] = Int64(rng.below(max(1, vs.count)))
            case .date: row[s] = Int64(rng.range(1990, 2030) * 10000 + rng.range(1, 12) * 100 + rng.range(1, 28))
            default: break
            }
            columns[s * 64 + j] = row[s]
          }
          table.append(row)
        }
        compiled.evaluateBlock(columns, rows: rows, applies: &applies, unknown: &unknown, scratch: &scratch)
        for (j, row) in table.enumerated() {
          row.withUnsafeBufferPointer { compiled.evaluate($0, into: &standing, stack: &stack) }
          for i in compiled.rules.indices {
            let bit: UInt64 = 1 << UInt64(j)
            let block: UInt8 = applies[i] & bit != 0 ? 1 : unknown[i] & bit != 0 ? 2 : 0
            let single: UInt8 = standing[i] == 3 ? 0 : standing[i]
            #expect(block == single, "\(ws.charters[d].file.path) rule \(compiled.rules[i].label), row \(row)")
            compared += 1
          }
        }
      }
    }
    #expect(compared > 10_000)
  }
}
