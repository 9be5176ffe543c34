import WeifaBase

/// WF5006 adoption-vote-fails: the adoption record adds up and meets the vote rule.
extension DecisionChecks {
  package static let badCounts = DiagnosticCode(
    "WF5006", "adoption-vote-fails", .error,
    summary: .init(zh: "通过记录中的人数不一致，或未达到表决要求", en: "the adoption counts are inconsistent or do not meet the rule"),
    explanation: page(
      zh: """
      ## 说明
      @通过 的人数要一致：实到不超过应到，赞成、反对、弃权之和等于实到；并且按通过机构的规则（本汇编中声明的，或法律规定的）应当能够通过。
      ## 为什么
      记录错误会让备案审查退回，票数不够则规约没有通过。
      ## 示例
      """, en: """
      ## What
      The @通过 counts agree (实到 ≤ 应到; 赞成 + 反对 + 弃权 = 实到) and meet the adopting body's rules.
      ## Why
      Wrong records are sent back at filing; too few votes mean the charter did not pass.
      ## Example
      """,
      wrong: "@通过 村民会议；应到：1000；实到：600；赞成：300；反对：200；弃权：100\n",
      right: "@通过 村民会议；应到：1000；实到：600；赞成：400；反对：150；弃权：50\n",
      fixZh: "核对会议记录。", fixEn: "Check the minutes."))

  /// The counts of the adoption agree with each other and meet the adopting body's rule.
  static func counts(_ c: Charter, _ ctx: inout CheckContext) {
    guard let a = c.adopted else { return }
    if let e = a.expected, let t = a.attended, t > e {
      ctx.report(badCounts, a.span, zh: "实到\(t)人多于应到\(e)人", en: "\(t) attended but only \(e) were expected")
    }
    if let t = a.attended, let y = a.yes, let n = a.no, let ab = a.abstain, y + n + ab != t {
      ctx.report(badCounts, a.span, zh: "赞成\(y)、反对\(n)、弃权\(ab)，合计\(y + n + ab)，与实到\(t)人不符", en: "\(y) + \(n) + \(ab) = \(y + n + ab), not the \(t) who attended")
    }
    guard let t = a.attended, let y = a.yes, y <= t else { return }
    // The adopting body's rule, from the bundle or the statute.
    let ws = ctx.workspace
    let declared = ([ctx.index] + ws.bundle(of: ctx.index)).lazy.compactMap { d in ws.charters[d].bodies.first { $0.name == a.body } }.first
    let voteTerms = declared?.vote?.terms ?? StatutoryFloor.forBody(a.body)?.vote
    if let terms = voteTerms, !terms.isEmpty, let e = a.expected {
      let passes = terms.contains { term in
        switch term.base?.pool ?? .attendance {
        case .attendance: return term.holds(count: y, total: t)
        case .membership: return term.holds(count: y, total: e)
        case .households: return true   // not recorded: cannot be decided here
        }
      }
      if !passes {
        ctx.report(badCounts, a.span, zh: "赞成\(y)票，实到\(t)人，未达到「\(terms.map(\.text).joined(separator: " 或 "))」",
                   en: "\(y) in favour of \(t) present does not meet “\(terms.map(\.text).joined(separator: " or "))”")
      }
    }
  }
}
