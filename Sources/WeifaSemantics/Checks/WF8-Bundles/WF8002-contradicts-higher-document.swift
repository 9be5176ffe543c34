import WeifaBase

/// WF8002 contradicts-higher-document: rules on the same act and decision rules of a body of the
/// same name, compared with the documents above (`@上位`, transitively, and the statutes loaded).
/// Run within the conflict pass (`ConflictChecks.run`), whose comparison of two rules and budget
/// of pairs it shares.
extension ConflictChecks {
  package static let contradictsHigher = DiagnosticCode(
    "WF8002", "contradicts-higher-document", .error,
    summary: .init(zh: "下位文件的规定与上位文件或法律相抵触", en: "a lower document contradicts a higher one or the statute"),
    explanation: page(
      zh: """
      ## 说明
      楼栋公约不得与小区公约相抵触，小区公约不得与社区自治章程相抵触，规约不得与法律相抵触（《中华人民共和国村民委员会组织法》第二十七条；《中华人民共和国城市居民委员会组织法》第十五条）。Weifa 比较 @上位 所指文件（及一并检查的法律）中同一行为的规则，以及同名机构的议事规则。
      ## 为什么
      相抵触的下位规定无效。
      ## 示例
      """, en: """
      ## What
      A lower document must not contradict a higher one or the statute (Villagers' Committees Law art. 27). Rules on the same act and decision rules of the same body are compared with the documents named by @上位 and the loaded law.
      ## Why
      A contradicting lower rule is void.
      ## Example
      """,
      wrong: "=== 小区公约.weifa ===\n@标题 某小区公约\n@属性 年龄：数值\n@禁止【停车】 主体：年龄 ≥ 18；行为：在楼道停放电动车\n=== 楼栋公约.weifa ===\n@标题 某楼栋公约\n@上位 《某小区公约》\n@属性 年龄：数值\n@权利【停车】 主体：年龄 ≥ 18；行为：在楼道停放电动车\n",
      right: "=== 小区公约.weifa ===\n@标题 某小区公约\n@属性 年龄：数值\n@禁止【停车】 主体：年龄 ≥ 18；行为：在楼道停放电动车\n=== 楼栋公约.weifa ===\n@标题 某楼栋公约\n@上位 《某小区公约》\n@属性 年龄：数值\n@义务【畅通】 主体：年龄 ≥ 18；行为：保持楼道畅通\n",
      fixZh: "改为与上位文件一致，或更严格。", fixEn: "Align with the higher document or be stricter.",
      basisZh: "《中华人民共和国村民委员会组织法》第二十七条；《中华人民共和国城市居民委员会组织法》第十五条", basisEn: "Villagers' Committees Law art. 27; Urban Residents' Committees Law art. 15"))

  /// Every rule of the document against the rules on the same act above it, then the decision
  /// rules of its bodies against those of the bodies of the same name above.
  static func againstHigher(_ scope: Scope, _ budget: inout PairBudget, _ ctx: inout CheckContext) {
    let ws = ctx.workspace
    let c = ctx.charter
    var above = ws.higher(than: ctx.index)
    if !c.isHigherLaw { above += ws.charters.indices.filter { ws.charters[$0].isHigherLaw && !above.contains($0) && $0 != ctx.index } }
    for h in above {
      let hc = ws.charters[h]
      var hsolver: Solver?   // built only when a rule above shares an act with one here
      for a in c.rules {
        let key = a.conflictKey
        if key.isEmpty { continue }
        for j in hc.rulesByConflictKey[key] ?? [] {
          guard budget.take(a.span) else { break }
          if hsolver == nil { hsolver = Solver(scope: scope.merged(with: Scope(ws, h))) }
          contradicts(a, hc.rules[j], in: c, hc, solver: hsolver!, &ctx)
        }
      }
      // Decision rules of a body with the same name may be stricter below, never looser.
      for body in c.bodies {
        // Against the statute, WF5002 already holds the body to the floor.
        if hc.isHigherLaw && StatutoryFloor.forBody(body.name) != nil { continue }
        guard let hb = hc.bodies.first(where: { $0.name == body.name }) else { continue }
        for (mine, theirs, what) in [(body.quorum, hb.quorum, "法定人数"), (body.vote, hb.vote, "表决")] {
          guard let m = mine, let t = theirs, !t.terms.isEmpty, !m.atLeast(t.terms, defaultPool: what == "表决" ? .attendance : .membership) else { continue }
          ctx.report(contradictsHigher, m.span, zh: "\(body.name)的\(what)「\(m.text)」比《\(hc.title ?? "")》的「\(t.text)」宽松",
                     en: "\(body.name)'s \(what) “\(m.text)” is looser than “\(t.text)” in 《\(hc.title ?? "")》")
        }
      }
    }
  }

  /// Rule `a` of this document against rule `b` of the document `cb` above it.
  private static func contradicts(_ a: Rule, _ b: Rule, in ca: Charter, _ cb: Charter, solver: Solver, _ ctx: inout CheckContext) {
    guard let (_, person) = clash(a, b, ca, cb, solver: solver, across: true) else { return }
    let nameA = describe(a, ca), nameB = describe(b, cb)
    ctx.report(contradictsHigher, a.span, zh: "\(nameA)与《\(cb.title ?? "")》的\(nameB)相抵触：同一行为「\(a.act ?? a.content ?? "")」一为\(a.kind.rawValue)一为\(b.kind.rawValue)",
               en: "\(nameA) contradicts \(nameB) of 《\(cb.title ?? "")》 on “\(a.act ?? a.content ?? "")”", notes: [sampleNote(person)],
               basis: [LegalCitation(law: Law.villagers, article: 27)])
  }
}
