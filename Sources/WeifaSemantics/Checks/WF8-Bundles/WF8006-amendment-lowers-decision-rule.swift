import WeifaBase

/// WF8006 amendment-lowers-decision-rule: the amended version asks less of a quorum or a vote
/// than the version it amends (a body's 法定人数 or 表决, a matter's 表决).
extension AmendmentChecks {
  package static let lowersDecision = DiagnosticCode(
    "WF8006", "amendment-lowers-decision-rule", .warning,
    summary: .init(zh: "修改降低了会议的法定人数或表决门槛", en: "the amendment lowers a quorum or a voting threshold"),
    explanation: page(
      zh: """
      ## 说明
      同时读入修改前的版本时（`weifa check 修改后 --with 修改前`，或两者一起检查），比较同名机构的法定人数、表决规则和同名事项的表决规则：修改后的规则比修改前宽松的，报告此警告；低于法律规定的最低标准的，消息中写明（并另报 WF5002）。
      ## 为什么
      降低门槛改变了谁能作出决定，村（居）民应当在表决修改时知道这一点；门槛不得低于《中华人民共和国村民委员会组织法》第二十二条、第二十六条等规定的标准。
      ## 示例
      """, en: """
      ## What
      With the version before the amendment loaded too (`weifa check NEW --with OLD`, or both checked together), the quorum and vote of each body and the vote of each matter are compared by name: a rule looser after the amendment is reported; one below the statutory floor says so (and WF5002 reports it too).
      ## Why
      A lower threshold changes who can decide; the villagers voting on the amendment should know it, and no threshold may fall below the statute (Villagers' Committees Law arts. 22, 26).
      ## Example
      """,
      wrong: "=== 修改前.weifa ===\n@标题 某村村规民约\n@类型 村规民约\n@通过 村民会议；日期：2024年3月12日\n@机构 村民代表会议\n@法定人数：组成人员 三分之二以上\n@表决：到会 三分之二以上\n=== 修改后.weifa ===\n@标题 某村村规民约\n@类型 村规民约\n@通过 村民会议；日期：2024年3月12日\n@修正 村民会议；日期：2025年6月1日\n@机构 村民代表会议\n@法定人数：组成人员 三分之二以上\n@表决：到会 过半数\n",
      right: "=== 修改前.weifa ===\n@标题 某村村规民约\n@类型 村规民约\n@通过 村民会议；日期：2024年3月12日\n@机构 村民代表会议\n@法定人数：组成人员 三分之二以上\n@表决：到会 过半数\n=== 修改后.weifa ===\n@标题 某村村规民约\n@类型 村规民约\n@通过 村民会议；日期：2024年3月12日\n@修正 村民会议；日期：2025年6月1日\n@机构 村民代表会议\n@法定人数：组成人员 三分之二以上\n@表决：到会 三分之二以上\n",
      fixZh: "若降低门槛是有意的，在修订说明中写明理由；否则恢复修改前的规则。", fixEn: "If lowering the threshold is intended, give the reason in the notes on the amendment; otherwise restore the rule.",
      basisZh: "《中华人民共和国村民委员会组织法》第二十二条、第二十六条、第二十七条", basisEn: "Villagers' Committees Law arts. 22, 26, 27"))

  /// Each decision rule of the amended version is at least as strict as the one it replaces.
  static func lowered(from old: Charter, to c: Charter, _ ctx: inout CheckContext) {
    func check(_ what: String, _ whatEn: String, _ owner: String, _ new: Threshold?, _ was: Threshold?, pool: Base.Pool, floor: [ThresholdTerm]?) {
      guard let n = new, let o = was, !o.terms.isEmpty, !n.terms.isEmpty, !n.atLeast(o.terms, defaultPool: pool) else { return }
      let below = floor.map { !$0.isEmpty && !n.atLeast($0, defaultPool: pool) } ?? false
      ctx.report(lowersDecision, n.span,
                 zh: "修改将「\(owner)」的\(what)由「\(o.text)」降为「\(n.text)」" + (below ? "，低于法定标准" : ""),
                 en: "the amendment lowers the \(whatEn) of “\(owner)” from “\(o.text)” to “\(n.text)”" + (below ? ", below the statutory floor" : ""),
                 notes: [.init(zh: "修改前：\(name(old))", en: "before: \(name(old))")],
                 places: [RelatedPlace(o.span, .init(zh: "修改前的规则", en: "the rule before the amendment"), in: old.file)])
    }
    for b in c.bodies {
      guard let ob = old.bodies.first(where: { $0.name == b.name }) else { continue }
      let floor = StatutoryFloor.forBody(b.name)
      check("法定人数", "quorum", b.name, b.quorum, ob.quorum, pool: .membership, floor: floor?.quorum)
      check("表决规则", "vote", b.name, b.vote, ob.vote, pool: .attendance, floor: floor?.vote)
    }
    for m in c.matters {
      guard let om = old.matters.first(where: { $0.name == m.name }) else { continue }
      check("表决规则", "vote", m.name, m.vote, om.vote, pool: .attendance, floor: StatutoryFloor.matterVote(m.name)?.terms)
    }
  }
}
