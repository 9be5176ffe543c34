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
  static func againstHigher(_ scope: Scope, _ aliases: SameActs, _ budget: inout PairBudget, _ ctx: inout CheckContext) {
    let ws = ctx.workspace
    let c = ctx.charter
    var above = ws.higher(than: ctx.index)
    if !c.isHigherLaw { above += ws.charters.indices.filter { ws.charters[$0].isHigherLaw && !above.contains($0) && $0 != ctx.index } }
    for h in above {
      let hc = ws.charters[h]
      var hsolver: Solver?   // built only when a rule above shares an act with one here
      for a in c.rules where !a.overrides.isEmpty {
        for b in hc.rules { claimsPriority(a, in: c, over: b, of: hc, &ctx) }
      }
      for a in c.rules {
        let key = a.conflictKey
        if key.isEmpty { continue }
        for j in aliases.keys(like: key).flatMap({ hc.rulesByConflictKey[$0] ?? [] }) {
          guard budget.take(a.span) else { break }
          if hsolver == nil { hsolver = Solver(scope: scope.merged(with: Scope(ws, h))) }
          contradicts(a, hc.rules[j], in: c, hc, solver: hsolver!, &ctx)
        }
      }
      hintSameActsAbove(c, hc, aliases, &hsolver, { Solver(scope: scope.merged(with: Scope(ws, h))) }, &budget, &ctx)
      // Decision rules of a body with the same name may be stricter below, never looser.
      for body in c.bodies {
        // Against the statute, WF5002 already holds the body to the floor.
        if hc.isHigherLaw && StatutoryFloor.forBody(body.name) != nil { continue }
        guard let hb = hc.bodies.first(where: { $0.name == body.name }) else { continue }
        for (mine, theirs, what) in [(body.quorum, hb.quorum, "法定人数"), (body.vote, hb.vote, "表决")] {
          guard let m = mine, let t = theirs, !t.terms.isEmpty, !m.atLeast(t.terms, defaultPool: what == "表决" ? .attendance : .membership) else { continue }
          ctx.report(contradictsHigher, m.span, zh: "\(body.name)的\(what)「\(m.text)」比《\(hc.title ?? "")》的「\(t.text)」宽松",
                     en: "\(body.name)'s \(what) “\(m.text)” is looser than “\(t.text)” in 《\(hc.title ?? "")》",
                     basis: lowerBasis(c), places: [RelatedPlace(t.span, .init(zh: "上位文件的规定", en: "the higher document's rule"), in: hc.file)])
        }
      }
    }
  }

  /// WF8004: a rule of this document whose 优先于 names a rule of a document above it (on any act).
  static func claimsPriority(_ a: Rule, in ca: Charter, over b: Rule, of cb: Charter, _ ctx: inout CheckContext) {
    guard let at = a.overrides.first(where: { names($0, from: ca, b, cb) })?.span else { return }
    let higherPlace = RelatedPlace(b.span, .init(zh: "上位文件《\(cb.title ?? "")》的规则", en: "the rule of the higher document 《\(cb.title ?? "")》"), in: cb.file)
    ctx.report(lowerClaimsPriority, at, zh: "\(describe(a, ca))写明「优先于」上位文件《\(cb.title ?? "")》的\(describe(b, cb))：下位文件不能优先于上位文件，上位文件的规定仍然适用",
               en: "\(describe(a, ca)) claims priority over \(describe(b, cb)) of the higher document 《\(cb.title ?? "")》; a lower document cannot prevail over a higher one",
               notes: [.init(zh: "帮助：删去「优先于」，改为与上位文件一致；确需不同规定的，应当由上位文件修改或写明例外", en: "help: drop 优先于 and align with the higher document; a different rule needs the higher document to be amended or to state the exception")],
               basis: lowerBasis(ca), places: [higherPlace])
  }

  /// Rule `a` of this document against rule `b` of the document `cb` above it (a lower rule's
  /// 优先于 over `b` excuses nothing: the clash is compared all the same).
  private static func contradicts(_ a: Rule, _ b: Rule, in ca: Charter, _ cb: Charter, solver: Solver, _ ctx: inout CheckContext) {
    let nameA = describe(a, ca), nameB = describe(b, cb)
    let basis = lowerBasis(ca)
    let higherPlace = RelatedPlace(b.span, .init(zh: "上位文件《\(cb.title ?? "")》的规则", en: "the rule of the higher document 《\(cb.title ?? "")》"), in: cb.file)
    guard let (_, person, day) = clash(a, b, ca, cb, solver: solver, across: true) else { return }
    ctx.report(contradictsHigher, a.span, zh: "\(nameA)与《\(cb.title ?? "")》的\(nameB)相抵触：同一行为「\(a.act ?? a.content ?? "")」一为\(a.kind.rawValue)一为\(b.kind.rawValue)",
               en: "\(nameA) contradicts \(nameB) of 《\(cb.title ?? "")》 on “\(a.act ?? a.content ?? "")”", notes: [sampleNote(person, day: day)],
               basis: basis, places: [higherPlace])
  }

  /// Whether a document belongs to an urban community (居民公约, 社区自治章程, 小区公约, 楼栋公约)
  /// rather than a village.
  static func isCommunity(_ c: Charter) -> Bool {
    if let k = c.kind { return ["居民公约", "社区自治章程", "小区公约", "楼栋公约", "业主公约", "管理规约", "小区自治公约", "楼栋自治公约"].contains(k) || k.contains("社区") || k.contains("小区") || k.contains("楼栋") || k.contains("居民") }
    let t = c.title ?? ""
    return t.contains("社区") || t.contains("小区") || t.contains("楼栋") || t.contains("居民")
  }

  /// Why a lower document must keep to the one above it: 村组法27 for a village's documents,
  /// 城居法15 for a community's.
  static func lowerBasis(_ c: Charter) -> [LegalCitation] {
    isCommunity(c) ? [LegalCitation(law: Law.residents, article: 15)] : [LegalCitation(law: Law.villagers, article: 27)]
  }

  /// WF7004 across documents: a rule here and a rule above whose acts are worded almost alike
  /// (not one act, not declared one with @同义行为) and that would contradict if they were one.
  static func hintSameActsAbove(_ c: Charter, _ hc: Charter, _ aliases: SameActs, _ solver: inout Solver?, _ makeSolver: () -> Solver,
                                _ budget: inout PairBudget, _ ctx: inout CheckContext) {
    guard !hc.rulesByActInitial.isEmpty else { return }
    for a in c.rules where !a.writtenAct.isEmpty {
      guard let f = a.writtenAct.unicodeScalars.first, let candidates = hc.rulesByActInitial[f.value] else { continue }
      for j in candidates {
        let b = hc.rules[j]
        guard nearlyAlike(a.writtenAct, b.writtenAct), aliases.canonical(a.conflictKey) != aliases.canonical(b.conflictKey) else { continue }
        guard budget.take(a.span) else { return }
        guard kindOfClash(a, b, across: true) != nil, !related(a, b, c, hc, across: true), commonDay(a, b, c, hc).overlap else { continue }
        if solver == nil { solver = makeSolver() }
        guard solver!.witness(a.applicability + b.applicability) != nil else { continue }
        let w1 = a.act ?? a.content ?? "", w2 = b.act ?? b.content ?? ""
        ctx.report(sameActHint, a.span,
                   zh: "本条与《\(hc.title ?? "")》\(describe(b, hc))的行为可能相同：「\(w1)」与「\(w2)」；如是同一行为，请写「@同义行为 \(w1)、\(w2)」，Weifa 将按同一行为核对是否抵触",
                   en: "this rule's act and that of \(describe(b, hc)) in 《\(hc.title ?? "")》 may be one: “\(w1)” and “\(w2)”; if so, write “@同义行为 \(w1)、\(w2)” and Weifa checks them as one act",
                   places: [RelatedPlace(b.span, .init(zh: "上位文件的规则", en: "the higher document's rule"), in: hc.file)])
        break
      }
    }
  }
}
