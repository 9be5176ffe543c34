import WeifaBase

/// Bodies, thresholds, matters, procedures and publicity against the statutes: the WF5 pass. It
/// walks bodies, matters and procedures in document order and asks each code of its unit; the
/// ratios themselves (WF5001, WF5003) are read here. Each code is declared with its page in a file
/// named for it, with the part of the pass that is its own; the floors are `StatutoryFloor`.
package enum DecisionChecks: Check {
  package static let codes = [invalidRatio, belowFloor, halfOrMore, wrongBody, wrongAdopter, badCounts, rarePublicity, matterLists, stepWithoutBody, bodyShape,
                                     signatureAdoption, effectiveTooEarly, shortNotice, hardProposal, badComposition, incompatibleOffice, unreadComposition, unreadHoliday,
                                     unreadTermination, terminationDiffers, proxyAboveStatute]

  package static func run(_ ctx: inout CheckContext) {
    let c = ctx.charter
    holidays(c, &ctx)
    terminations(c, &ctx)
    // Statutes state their own floors; checking them against themselves says nothing.
    if c.isHigherLaw { return }
    for b in c.bodies { body(b, &ctx) }
    for m in c.matters { matter(m, c, &ctx) }
    for p in c.procedures {
      for s in p.steps {
        stepBody(s, &ctx)
        for t in [s.vote, s.quorum].compactMap({ $0 }) { ratios(t, &ctx, floorApplies: false) }
      }
    }
    adopter(c, &ctx)
    counts(c, &ctx)
    signatures(c, &ctx)
    effectiveDate(c, &ctx)
    publicity(c, &ctx)
    lists(c, &ctx)
    terminationAgainstStatute(c, &ctx)
    proxies(c, &ctx)
  }

  private static func ratios(_ t: Threshold, _ ctx: inout CheckContext, floorApplies: Bool) {
    for term in t.terms {
      if term.fraction > Rational(1) || term.fraction <= Rational(0) || (term.fraction == Rational(1) && term.strict) {
        ctx.report(invalidRatio, term.span, zh: "比例「\(term.text)」不可能达到或没有意义", en: "the ratio “\(term.text)” cannot be met or means nothing")
      } else if term.text.contains("以下") || term.text.contains("以内") {
        ctx.report(invalidRatio, term.span, zh: "「\(term.text)」是上限，不能作为到会或通过的条件", en: "“\(term.text)” is an upper bound, not a rule for attending or passing")
      } else if !floorApplies && term.text.contains("半数以上") {
        ctx.report(halfOrMore, term.span, zh: "「半数以上」包括恰好一半，恰好一半赞成即可通过", en: "半数以上 includes exactly half: an even split passes",
                   notes: [.init(zh: "帮助：若本意是多数通过，应写「过半数」", en: "help: write 过半数 for a majority")],
                   basis: [LegalCitation(law: Law.civil, article: 1259)])
      }
    }
  }

  private static func body(_ b: Body, _ ctx: inout CheckContext) {
    let floor = StatutoryFloor.forBody(b.name)
    for t in [b.quorum, b.vote, b.proposal].compactMap({ $0 }) { ratios(t, &ctx, floorApplies: floor != nil) }
    for s in b.special {
      ratios(s.threshold, &ctx, floorApplies: false)
      if let mf = StatutoryFloor.matterVote(s.label), !s.threshold.terms.isEmpty, !s.threshold.atLeast(mf.terms, defaultPool: .attendance) {
        belowFloor(s.threshold, "表决", mf.terms, mf.basis, &ctx)
      }
    }
    if let f = floor { bodyFloor(b, f, &ctx) }
    shape(b, &ctx)
    notice(b, &ctx)
    proposal(b, &ctx)
    // The compositions are read once here (`Composition` reads prose): the body's own and that
    // of the statute's body of the same name, for the three codes that look at them.
    let own = b.structure
    let statute = statuteStructure(b.name, ctx)
    composition(b, own, statute, &ctx)
    incompatible(b, own, statute, &ctx)
    unread(b, own, &ctx)
  }

  /// The higher law's body of a body's name, with its composition as read.
  typealias StatuteBody = (body: Body, charter: Charter, structure: Composition?)

  /// `statuteBody(name, ctx)` with its composition, read once per workspace (`Workspace.compositions`).
  static func statuteStructure(_ name: String, _ ctx: CheckContext) -> StatuteBody? {
    let ws = ctx.workspace
    for d in ws.charters.indices where ws.charters[d].isHigherLaw {
      let c = ws.charters[d]
      if let i = c.bodies.firstIndex(where: { $0.name == name }) {
        return (c.bodies[i], c, ws.compositions.structure(document: d, body: i, c.bodies[i]))
      }
    }
    return nil
  }

  static func isVillage(_ c: Charter) -> Bool {
    // `SyntaxText.contains` and `.hasPrefix` are the String operations, on bytes when plain.
    let kind = c.kind ?? "", title = c.title ?? ""
    return SyntaxText.contains(kind, "村") || title.hasSuffix("村规民约") || c.bodies.contains { SyntaxText.hasPrefix($0.name, "村民") }
      || SyntaxText.contains(title, "村") && !SyntaxText.contains(title, "社区")
  }

  private static func matter(_ m: Matter, _ c: Charter, _ ctx: inout CheckContext) {
    if let v = m.vote {
      ratios(v, &ctx, floorApplies: false)
      if let mf = StatutoryFloor.matterVote(m.name), !v.terms.isEmpty, !v.atLeast(mf.terms, defaultPool: .attendance) { belowFloor(v, "表决", mf.terms, mf.basis, &ctx) }
    }
    route(m, c, &ctx)
  }
}
