import WeifaBase

/// WF5002 decision-below-statutory-floor: quorum and vote rules at least as strict as the statute (`StatutoryFloor`).
extension DecisionChecks {
  package static let belowFloor = DiagnosticCode(
    "WF5002", "decision-below-statutory-floor", .error,
    summary: .init(zh: "法定人数或表决规则低于法律规定", en: "a quorum or voting rule below the statutory floor"),
    explanation: page(
      zh: """
      ## 说明
      村民会议须有十八周岁以上村民过半数或三分之二以上的户的代表参加，决定须经到会人员过半数通过（《中华人民共和国村民委员会组织法》第二十二条）；村民代表会议须有三分之二以上组成人员参加、到会人员过半数同意（第二十六条）；村民小组会议见第二十八条；居民会议见《中华人民共和国城市居民委员会组织法》第九条；土地承包方案须经全体成员或全体村民代表三分之二以上同意（《中华人民共和国农村土地承包法》第十九条）。章程可以比法律更严，不能更宽。
      ## 为什么
      低于法定标准作出的决定可能被撤销。注意「过半数」不含本数，「半数以上」含本数：恰好一半时「半数以上」通过而「过半数」不通过（《中华人民共和国民法典》第一千二百五十九条），所以「半数以上」低于法律要求。
      ## 示例
      """, en: """
      ## What
      The statutes set floors: 村民会议 (Villagers' Committees Law art. 22), 村民代表会议 (art. 26), 村民小组会议 (art. 28), 居民会议 (Urban Residents' Committees Law art. 9), land-contract plans (Rural Land Contracting Law art. 19). A charter may be stricter, never looser.
      ## Why
      A decision below the floor can be set aside. 过半数 excludes exactly half while 半数以上 includes it (Civil Code art. 1259), so 半数以上 is below the floor.
      ## Example
      """,
      wrong: "@机构 村民会议；法定人数：成员 过半数 或 户 三分之二以上；表决：到会 半数以上\n",
      right: "@机构 村民会议；法定人数：成员 过半数 或 户 三分之二以上；表决：到会 过半数\n",
      fixZh: "改为不低于法律规定的比例。", fixEn: "Use a ratio no lower than the statute's.",
      basisZh: "《中华人民共和国村民委员会组织法》第二十二条、第二十六条、第二十八条；《中华人民共和国城市居民委员会组织法》第九条；《中华人民共和国农村土地承包法》第十九条；《中华人民共和国民法典》第一千二百五十九条",
      basisEn: "Villagers' Committees Law arts. 22, 26, 28; Urban Residents' Committees Law art. 9; Rural Land Contracting Law art. 19; Civil Code art. 1259"))

  /// A body the statute names (村民会议 …) against its floors.
  static func bodyFloor(_ b: Body, _ f: StatutoryFloor, _ ctx: inout CheckContext) {
    // A rule that did not parse has been reported already; it is not held to the floor.
    if let q = b.quorum, !q.terms.isEmpty, !q.atLeast(f.quorum, defaultPool: .membership) { belowFloor(q, "法定人数", f.quorum, f.basis, &ctx) }
    if let v = b.vote, !v.terms.isEmpty, !v.atLeast(f.vote, defaultPool: .attendance) { belowFloor(v, "表决", f.vote, f.basis, &ctx) }
  }

  /// Reports `t` (a 法定人数 or 表决) below the statute's `floor`.
  static func belowFloor(_ t: Threshold, _ what: String, _ floor: [ThresholdTerm], _ basis: LegalCitation, _ ctx: inout CheckContext) {
    var notes: [LocalizedText] = [.init(zh: "注意：法律要求「\(floor.map(\.text).joined(separator: " 或 "))」", en: "note: the statute requires “\(floor.map(\.text).joined(separator: " or "))”")]
    if t.text.contains("半数以上") {
      notes.append(.init(zh: "注意：「半数以上」含本数，恰好一半即通过；「过半数」不含本数（《中华人民共和国民法典》第一千二百五十九条）",
                         en: "note: 半数以上 includes exactly half; 过半数 does not (Civil Code art. 1259)"))
    }
    ctx.report(belowFloor, t.span, zh: "\(what)「\(t.text)」低于法律规定", en: "\(what) “\(t.text)” is below the statutory floor",
               notes: notes, basis: [basis] + (t.text.contains("半数以上") ? [LegalCitation(law: Law.civil, article: 1259)] : []))
  }
}
