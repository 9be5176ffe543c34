import Foundation
import Testing
import WeifaTestSupport
import WeifaBase
import WeifaDriver
import WeifaEvaluator
import WeifaSemantics


func workspace(_ text: String) -> Workspace {
  Analysis(files: [InputFile(path: "t.weifa", bytes: Array(text.utf8))]).workspace
}

func codesWorkspace() -> (Workspace, [Int]) {
  let base = repoRoot.appendingPathComponent("Codes").path
  let paths = (FileManager.default.enumerator(atPath: base)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".weifa") }.sorted()
  let files = paths.map { InputFile(path: "Codes/" + $0, bytes: [UInt8](FileManager.default.contents(atPath: base + "/" + $0) ?? Data())) }
  let a = Analysis(files: files)
  return (a.workspace, Array(files.indices))
}

/// Hand-computed expectations: the arithmetic is worked out in the comments, not taken from the evaluator.
@Suite struct DecisionArithmeticTests {
  let ws = workspace("""
  @机构 村民会议；法定人数：成员 过半数 或 户 三分之二以上；表决：到会 过半数
  @机构 理事会；法定人数：组成人员 三分之二以上；表决：全体 三分之二以上
  @事项【土地承包方案】 土地承包经营方案；决定：村民会议；表决：全体 三分之二以上

  """)

  func stands(_ body: String, _ c: VoteCounts, matter: String? = nil) -> Bool? {
    Decider(ws).decide(body: body, matter: matter, counts: c, from: 0).stands
  }

  @Test func exactlyHalfFailsMajority() {
    // 1200 members: 过半数 needs 601 present. 600 present and no household count: not quorate.
    #expect(stands("村民会议", VoteCounts(members: 1200, households: 330, present: 600, presentHouseholds: 0, yes: 500)) == false)
    // 601 present: quorate; 301 of 601 is more than half (300.5), 300 is not.
    #expect(stands("村民会议", VoteCounts(members: 1200, households: 330, present: 601, presentHouseholds: 0, yes: 301)) == true)
    #expect(stands("村民会议", VoteCounts(members: 1200, households: 330, present: 601, presentHouseholds: 0, yes: 300)) == false)
  }

  @Test func exactlyTwoThirdsOfHouseholdsPasses() {
    // 330 households: two thirds is 220 exactly; 以上 includes it. 219 is short.
    #expect(stands("村民会议", VoteCounts(members: 1200, households: 330, present: 400, presentHouseholds: 220, yes: 201)) == true)
    #expect(stands("村民会议", VoteCounts(members: 1200, households: 330, present: 400, presentHouseholds: 219, yes: 201)) == false)
    // 400 present: more than half is 201; 200 is exactly half and fails.
    #expect(stands("村民会议", VoteCounts(members: 1200, households: 330, present: 400, presentHouseholds: 220, yes: 200)) == false)
  }

  @Test func twoThirdsOfAllMembers() {
    // 7 directors: attendance needs ceil(14/3) = 5; passing needs 2/3 of all 7 = 4.67 → 5.
    #expect(stands("理事会", VoteCounts(members: 7, present: 5, yes: 5)) == true)
    #expect(stands("理事会", VoteCounts(members: 7, present: 5, yes: 4)) == false)
    #expect(stands("理事会", VoteCounts(members: 7, present: 4, yes: 4)) == false)
  }

  @Test func landPlanNeedsTwoThirdsOfAll() {
    // 1200 members: 2/3 of all is 800 exactly. 799 fails although it is a majority of those present.
    #expect(stands("村民会议", VoteCounts(members: 1200, households: 330, present: 1000, presentHouseholds: 300, yes: 800), matter: "土地承包方案") == true)
    #expect(stands("村民会议", VoteCounts(members: 1200, households: 330, present: 1000, presentHouseholds: 300, yes: 799), matter: "土地承包方案") == false)
  }

  @Test func statuteAppliesWithoutADeclaredBody() {
    // No 村民小组会议 declared: the statute's floor (村组法28) decides. 90 members → 2/3 is 60.
    let d = Decider(ws).decide(body: "村民小组会议", matter: nil, counts: VoteCounts(members: 90, households: 27, present: 60, presentHouseholds: 0, yes: 31), from: 0)
    #expect(d.stands == true)
    #expect(d.requirements.contains { $0.source.contains("第二十八条") })
  }

  @Test func minimumCounts() {
    #expect(Rational(1, 2).minimumCount(of: 1200, strict: true) == 601)
    #expect(Rational(1, 2).minimumCount(of: 1201, strict: true) == 601)
    #expect(Rational(2, 3).minimumCount(of: 330, strict: false) == 220)
    #expect(Rational(2, 3).minimumCount(of: 331, strict: false) == 221)
    #expect(Rational(1, 2).minimumCount(of: 1200, strict: false) == 600)
  }
}

@Suite struct ApplicabilityTests {
  let ws = workspace("""
  @属性 年龄：数值（周岁）
  @属性 户籍：枚举（本村、外村）
  @属性 是否低保户：是否
  @定义 老年村民：年龄 ≥ 60 且 户籍 = 本村
  @享有【高龄补贴】 主体：老年村民 且 年龄 ≥ 80；内容：高龄补贴；金额：每月100元
  @享有【百岁补贴】 主体：老年村民 且 年龄 ≥ 100；内容：百岁补贴；金额：每月300元；优先于：【高龄补贴】
  @义务【遵守】 主体：户籍 = 本村；行为：遵守本规约
  @享有【慰问】 主体：是否低保户；内容：困难慰问；金额：每年500元
  @禁止【燃放】 主体：全体；行为：在村道燃放烟花爆竹；除外：年龄 < 0

  """)

  func standing(_ facts: [String: Value], _ label: String) -> Standing? {
    Applicability(ws).evaluate([0], facts: Facts(facts)).first { ws.charters[0].rules[$0.rule].label == label }?.standing
  }
  static func n(_ v: Int) -> Value { .number(Rational(v), unit: nil, raw: "\(v)") }

  @Test func eightyTwoYearOld() {
    let f: [String: Value] = ["年龄": Self.n(82), "户籍": .name("本村")]
    #expect(standing(f, "高龄补贴") == .applies)
    #expect(standing(f, "百岁补贴") == .notApplies)
    #expect(standing(f, "遵守") == .applies)
    #expect(standing(f, "慰问") == .dependsOn(["是否低保户"]))
  }

  @Test func specialRuleOverridesGeneral() {
    let f: [String: Value] = ["年龄": Self.n(101), "户籍": .name("本村")]
    #expect(standing(f, "百岁补贴") == .applies)
    if case .overridden = standing(f, "高龄补贴") {} else { Issue.record("高龄补贴 should be overridden by 百岁补贴") }
  }

  @Test func outsiderAndMissingFacts() {
    #expect(standing(["年龄": Self.n(85), "户籍": .name("外村")], "高龄补贴") == .notApplies)
    #expect(standing([:], "高龄补贴") == .dependsOn(["年龄", "户籍"]) || standing([:], "高龄补贴") == .dependsOn(["年龄"]))
    // 年龄 settles three rules and 户籍 two: it is asked first.
    #expect(Applicability.nextQuestions(Applicability(ws).evaluate([0], facts: Facts())).first == "年龄")
  }

  @Test func reasonsShowTheArithmetic() {
    let r = Applicability(ws).evaluate([0], facts: Facts(["年龄": Self.n(82), "户籍": .name("本村")]))
      .first { ws.charters[0].rules[$0.rule].label == "高龄补贴" }!
    #expect(r.reasons.contains { $0.zh.contains("年龄 82 ≥ 80") })
    #expect(r.reasons.contains { $0.zh.contains("老年村民") })
  }

  @Test func factsAreTyped() {
    let ev = Evaluator(ws, document: 0)
    if case .failure(.unknownAttribute(_, let known)) = ev.parseFact("年纪", "3") { #expect(known.contains("年龄")) } else { Issue.record("expected unknownAttribute") }
    if case .failure(.unknownValue) = ev.parseFact("户籍", "本地") {} else { Issue.record("expected unknownValue") }
    if case .failure(.wrongType) = ev.parseFact("年龄", "老") {} else { Issue.record("expected wrongType") }
    if case .success(.name("是")) = ev.parseFact("是否低保户", "是") {} else { Issue.record("expected 是") }
  }
}

/// The compiled evaluator (batch, resident page) agrees with the interpreter on generated persons.
@Suite struct CompiledAgreementTests {
  @Test func compiledMatchesInterpreterOnCodes() {
    let (ws, docs) = codesWorkspace()
    var seed: UInt64 = 20261122
    func next() -> UInt64 { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return seed >> 33 }
    var compared = 0
    for d in docs where !ws.charters[d].rules.isEmpty {
      let compiled = CompiledRules(ws, documents: [d])
      let interp = Applicability(ws)
      var standing = Array(repeating: UInt8(0), count: compiled.rules.count)
      var stack = Array(repeating: UInt8(0), count: compiled.maxStack + 8)
      for _ in 0..<300 {
        var row = Array(repeating: CompiledRules.missing, count: compiled.attributes.count)
        var facts = Facts()
        for (slot, a) in compiled.attributes.enumerated() where next() % 5 != 0 {   // a fifth of the facts missing
          switch a.type {
          case .number:
            let v = Int(next() % 110)
            row[slot] = Int64(v) * CompiledRules.scale
            facts.values[a.name] = .number(Rational(v), unit: nil, raw: "\(v)")
          case .boolean:
            let v = next() % 2 == 0
            row[slot] = v ? 1 : 0
            facts.values[a.name] = .name(v ? "是" : "否")
          case .enumeration(let vs):
            let i = Int(next() % UInt64(vs.count))
            row[slot] = Int64(i)
            facts.values[a.name] = .name(vs[i])
          default: break
          }
        }
        row.withUnsafeBufferPointer { compiled.evaluate($0, into: &standing, stack: &stack) }
        let results = interp.evaluate([d], facts: facts)
        for (i, cr) in compiled.rules.enumerated() {
          guard let r = results.first(where: { $0.rule == cr.index }) else { continue }
          let expected: UInt8
          switch r.standing {
          case .applies: expected = 1
          case .notApplies: expected = 0
          case .dependsOn: expected = 2
          case .overridden: expected = 3
          }
          #expect(standing[i] == expected, "\(ws.charters[d].file.path) rule \(cr.label): compiled \(standing[i]), interpreter \(expected) for \(facts.values)")
          compared += 1
        }
      }
    }
    #expect(compared > 10_000)
  }
}

@Suite struct CodesCasesTests {
  /// Every 案例 in Codes/ passes (the charters' own hand-computed expectations).
  @Test func allCasesPass() {
    let (ws, docs) = codesWorkspace()
    var total = 0
    for d in docs {
      for o in CaseRunner.run(ws, document: d) {
        total += 1
        #expect(o.passed, "\(ws.charters[d].file.path) 案例「\(ws.charters[d].cases[o.index].name)」: \(o.failures.map(\.zh))")
      }
    }
    #expect(total >= 300)
  }
}
