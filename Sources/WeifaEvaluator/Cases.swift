import WeifaBase
import WeifaSemantics

/// The outcome of one 案例.
package struct CaseOutcome: Sendable {
  package typealias Kind = CaseKind
  package var document: Int
  package var index: Int
  package var kind: Kind
  package var failures: [LocalizedText]
  package var passed: Bool { failures.isEmpty }
}

/// Runs the 案例 written in a charter against the evaluator.
package enum CaseRunner {
  package static func run(_ ws: Workspace, document doc: Int) -> [CaseOutcome] {
    ws.charters[doc].cases.indices.map { run(ws, doc, $0) }
  }

  static func run(_ ws: Workspace, _ doc: Int, _ i: Int) -> CaseOutcome {
    let k = ws.charters[doc].cases[i]
    var failures = [LocalizedText]()
    let kind = k.kind
    let facts = Facts(Dictionary(k.facts.map { ($0.name, $0.value) }, uniquingKeysWith: { _, b in b }))
    switch kind {
    case .person:
      let docs = [doc] + ws.bundle(of: doc).filter { $0 != doc }
      let results = Applicability(ws).evaluate(docs, facts: facts, asOf: k.date)
      // The rules an entry names (`Workspace.rules(namedBy:from:)`, as WF3003 checks them), as evaluated.
      // A rule not in force on the case's 日期 is left out of `results`: it does not apply.
      func matching(_ n: NameRef) -> (named: Int, results: [RuleResult]) {
        let named = ws.rules(namedBy: n, from: doc).rules
        return (named.count, results.filter { r in named.contains { $0.document == r.document && $0.rule == r.rule } })
      }
      for n in k.applies {
        let label = n.label ?? n.name
        let (named, rs) = matching(n)
        if named == 0 { failures.append(notFound(n)); continue }
        if rs.isEmpty {
          failures.append(.init(zh: "期望【\(label)】适用，实际：案例日期不在其施行期内", en: "expected 【\(label)】 to apply; it is not in force on the case's date"))
          continue
        }
        if !rs.contains(where: { $0.standing == .applies }) {
          failures.append(.init(zh: "期望【\(label)】适用，实际：\(describe(rs.map(\.standing)).zh)", en: "expected 【\(label)】 to apply; got: \(describe(rs.map(\.standing)).en)"))
        }
      }
      for n in k.notApplies {
        let label = n.label ?? n.name
        let (named, rs) = matching(n)
        if named == 0 { failures.append(notFound(n)); continue }
        if rs.contains(where: { if case .notApplies = $0.standing { return false }; if case .overridden = $0.standing { return false }; return true }) {
          failures.append(.init(zh: "期望【\(label)】不适用，实际：\(describe(rs.map(\.standing)).zh)", en: "expected 【\(label)】 not to apply; got: \(describe(rs.map(\.standing)).en)"))
        }
      }
    case .vote:
      let counts = VoteCounts(members: k.members, households: k.households, present: k.present, presentHouseholds: k.presentHouseholds, yes: k.yes)
      let name = k.body.first?.name ?? ""
      let decision = Decider(ws).decide(body: name, matter: k.matter.first.map { $0.label ?? $0.name }, counts: counts, from: doc)
      if decision.requirements.isEmpty {
        failures.append(.init(zh: "找不到机构「\(name)」的议事规则", en: "no decision rules for “\(name)”"))
      }
      let expected = k.result.map(\.name)
      let want: Bool? = expected.contains(where: Case.passWords.contains) ? true : expected.contains(where: Case.failWords.contains) ? false : nil
      if want == nil { failures.append(.init(zh: "结果应写「成立」或「不成立」", en: "the result should be “成立” or “不成立”")) }
      else if decision.stands != want {
        let got = decision.stands.map { $0 ? "成立" : "不成立" } ?? "无法判断（缺少人数）"
        let gotEn = decision.stands.map { $0 ? "passes" : "fails" } ?? "cannot tell (counts are missing)"
        let detail = decision.requirements.flatMap(\.arithmetic).joined(separator: "；")
        let detailEn = decision.requirements.flatMap(\.terms).map { t in
          "“\(t.rule)”: " + (t.need.map { n in "\(t.actual.map(String.init) ?? "?") of at least \(n)" } ?? "counts missing")
        }.joined(separator: "; ")
        failures.append(.init(zh: "期望\(want! ? "成立" : "不成立")，实际\(got)：\(detail)", en: "expected it to \(want! ? "pass" : "fail"); it \(gotEn): \(detailEn)"))
      }
    case .question:
      // The facts as `weifa decide --fact` gives them, the answer's result against 结果.
      let given = k.facts.map { f -> (name: String, text: String) in
        switch f.value {
        case .number(_, _, let raw): return (f.name, raw)
        case .day(let d): return (f.name, "\(d.year)-\(d.month)-\(d.day)")
        case .name(let n), .text(let n): return (f.name, n)
        }
      }
      let body = k.body.first?.name ?? ""
      let a = Decider(ws).answer(DecisionQuestion(body: body, matter: k.matter.first.map { $0.label ?? $0.name }, facts: given), from: doc)
      let expected = k.result.map(\.name).joined(separator: "、")
      let got: String
      switch a.outcome {
      case .result(let r): got = r
      case .inputError(let e): got = "输入错误（\(e)）"
      case .undecided(let m): got = "无法回答（\(m.joined(separator: "、"))）"
      }
      if got != expected && !(expected == "输入错误" && got.hasPrefix("输入错误")) {
        let why = a.conditions.map { $0.arithmetic.zh }.joined(separator: "；")
        failures.append(.init(zh: "期望「\(expected)」，实际「\(got)」" + (why.isEmpty ? "" : "：\(why)"),
                              en: Glossary.english("expected “\(expected)”, got “\(got)” (\(a.conclusion.en))" + (why.isEmpty ? "" : ": " + a.conditions.map { $0.arithmetic.en }.joined(separator: "; ")))))
      }
    case .routing:
      let name = k.matter.first.map { $0.label ?? $0.name } ?? ""
      guard let route = Decider(ws).route(name, from: doc) else {
        failures.append(.init(zh: "找不到事项「\(name)」", en: "no matter “\(name)”"))
        break
      }
      let who = Set(route.matter.decider.map(\.name) + route.matter.delegate.map(\.name))
      for n in k.result where !who.contains(n.name) {
        failures.append(.init(zh: "期望由「\(n.name)」决定，实际由「\(route.matter.decider.map(\.name).joined(separator: "、"))」决定",
                              en: "expected “\(n.name)” to decide; the decider is “\(route.matter.decider.map(\.name).joined(separator: ", "))”"))
      }
    case .grading:
      let name = k.rating.first.map { $0.label ?? $0.name } ?? ""
      guard let (rating, rd) = ws.rating(named: name, from: doc) else {
        failures.append(.init(zh: "找不到评定「\(name)」", en: "no rating “\(name)”"))
        break
      }
      let g = Evaluator(ws, document: rd).grade(rating, facts)
      let expected = k.result.map(\.name)
      if let level = g.level, expected.contains(level) { break }
      if g.level == nil, expected.contains(where: Case.noLevelWords.contains) { break }
      failures.append(.init(zh: "期望「\(expected.joined(separator: "、"))」，实际得分\(g.score)，等级「\(g.level ?? "无")」" + (g.undecided.isEmpty ? "" : "（取决于 \(g.undecided.sorted().joined(separator: "、"))）"),
                            en: "expected “\(expected.joined(separator: ", "))”, got score \(g.score), level " + (g.level.map { "“\($0)”" } ?? "none")
                              + (g.undecided.isEmpty ? "" : " (depends on " + g.undecided.sorted().map { "“\($0)”" }.joined(separator: ", ") + ")")))
    }
    return CaseOutcome(document: doc, index: i, kind: kind, failures: failures)
  }

  /// Why an entry of 适用/不适用 names no rule (WF3003 says it at `weifa check`).
  static func notFound(_ n: NameRef) -> LocalizedText {
    if n.label == nil, let a = ArticleCitation(n.name) {
      return .init(zh: "\(a.text)下没有规则（或没有这一条）", en: "no rule under \(a.text) (or no such article)")
    }
    let label = n.label ?? n.name
    return .init(zh: "找不到规则【\(label)】", en: "no rule 【\(label)】")
  }

  static func describe(_ s: [Standing]) -> LocalizedText {
    let each: [LocalizedText] = s.map {
      switch $0 {
      case .applies: return .init(zh: "适用", en: "applies")
      case .notApplies: return .init(zh: "不适用", en: "does not apply")
      case .dependsOn(let m): return .init(zh: "取决于 " + m.sorted().joined(separator: "、"), en: "depends on " + m.sorted().map { "“\($0)”" }.joined(separator: ", "))
      case .overridden(let by): return .init(zh: "被\(by.zh)排除", en: "switched off by \(by.en)")
      }
    }
    return .init(zh: each.map(\.zh).joined(separator: "；"), en: each.map(\.en).joined(separator: "; "))
  }
}
