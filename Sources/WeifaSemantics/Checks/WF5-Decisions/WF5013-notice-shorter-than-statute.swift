import WeifaBase

/// WF5013 notice-shorter-than-statute: a body's 通知 is at least the statute's for the body of that name.
extension DecisionChecks {
  package static let shortNotice = DiagnosticCode(
    "WF5013", "notice-shorter-than-statute", .error,
    summary: .init(zh: "会议通知期限短于法律规定", en: "a meeting's notice is shorter than the statute's"),
    explanation: page(
      zh: """
      ## 说明
      机构的 @通知 短于上位法同名机构的 @通知 时报告：召集村民会议应当提前十天通知村民（《中华人民共和国村民委员会组织法》第二十一条第二款），成员大会应当在会议召开十日前通知全体成员（《中华人民共和国农村集体经济组织法》第二十七条）。期限按《中华人民共和国民法典》第二百零一条计算：通知之日不计入，会议日是第十日。
      ## 为什么
      通知不足，村民来不及安排参会，会议的决定可能被撤销。
      ## 示例
      """, en: """
      ## What
      Raised when a body's @通知 is shorter than that of the higher law's body of the same name: ten days for the 村民会议 (Villagers' Committees Law art. 21 ②) and the 成员大会 (Collective Economic Organisations Law art. 27). Counted by Civil Code art. 201: the day of notice is not counted, the meeting is on the tenth day.
      ## Why
      Too short a notice keeps members away and exposes the decision to annulment.
      ## Example
      """,
      wrong: "=== 某法.weifa ===\n@标题 某法\n@类型 法律\n@机构 村民会议；通知：提前10日\n=== 某村村规民约.weifa ===\n@标题 某村村规民约\n@上位 《某法》\n@机构 村民会议；通知：提前7日\n",
      right: "=== 某法.weifa ===\n@标题 某法\n@类型 法律\n@机构 村民会议；通知：提前10日\n=== 某村村规民约.weifa ===\n@标题 某村村规民约\n@上位 《某法》\n@机构 村民会议；通知：提前10日\n",
      fixZh: "把通知期限改为不短于法律的规定。", fixEn: "Give at least the statute's notice.",
      basisZh: "《中华人民共和国村民委员会组织法》第二十一条；《中华人民共和国农村集体经济组织法》第二十七条；《中华人民共和国民法典》第二百零一条",
      basisEn: "Villagers' Committees Law art. 21; Collective Economic Organisations Law art. 27; Civil Code art. 201"))

  /// The higher law's body of this name.
  static func statuteBody(_ name: String, _ ctx: CheckContext) -> (Body, Charter)? {
    for c in ctx.workspace.charters where c.isHigherLaw {
      if let b = c.bodies.first(where: { $0.name == name }) { return (b, c) }
    }
    return nil
  }

  static func citation(_ loc: Location, _ c: Charter) -> LegalCitation {
    LegalCitation(law: c.title ?? "", article: loc.article.map { c.articles[$0].written ?? c.articles[$0].number })
  }

  /// A statute body's articles: its @依据 (第二十一条、第二十二条), else where it is declared.
  static func citations(_ b: Body, _ c: Charter) -> [LegalCitation] {
    let own = b.basis.compactMap { r -> LegalCitation? in
      guard r.document == nil, let first = r.ordinals.first, first.unit == "条" else { return nil }
      return LegalCitation(law: c.title ?? "", article: first.number)
    }
    return own.isEmpty ? [citation(b.location, c)] : own
  }

  static func notice(_ b: Body, _ ctx: inout CheckContext) {
    guard let mine = b.notice, let days = mine.low.wholeValue, mine.unit?.contains("日") == true || mine.unit?.contains("天") == true,
          let (sb, sc) = statuteBody(b.name, ctx), let law = sb.notice, let need = law.low.wholeValue, days < need else { return }
    ctx.report(shortNotice, mine.span, zh: "\(b.name)的通知期限「\(mine.text)」短于法律规定的「\(law.text)」",
               en: "\(b.name)'s notice “\(mine.text)” is shorter than the statute's “\(law.text)”", basis: citations(sb, sc))
  }
}
