import WeifaBase

/// WF5014 proposal-harder-than-statute: the members a charter needs to have a meeting convened
/// are no more than the statute's, by every way the statute allows.
extension DecisionChecks {
  package static let hardProposal = DiagnosticCode(
    "WF5014", "proposal-harder-than-statute", .error,
    summary: .init(zh: "提议召集会议的门槛高于法律规定", en: "proposing a meeting is harder than the statute allows"),
    explanation: page(
      zh: """
      ## 说明
      机构的 @提议 比上位法同名机构的 @提议 更难达到时报告：法律规定的每一种途径（人数、户、代表、居民小组）规约都要保留，比例不能更高。有十分之一以上的村民或者三分之一以上的村民代表提议，应当召集村民会议（《中华人民共和国村民委员会组织法》第二十一条）；有五分之一以上的村民代表提议，应当召集村民代表会议（第二十六条）；有五分之一以上的十八周岁以上的居民、五分之一以上的户或者三分之一以上的居民小组提议，应当召集居民会议（《中华人民共和国城市居民委员会组织法》第十条）。
      ## 为什么
      提议召集是村（居）民的法定权利，规约提高门槛或删去途径，就让村（居）民委员会可以拒绝法律要求召集的会议。
      ## 示例
      """, en: """
      ## What
      Raised when a body's @提议 is harder to meet than the higher law's body's of the same name: every way the statute allows (persons, households, representatives, residents' groups) must remain, at no higher a share (Villagers' Committees Law arts. 21, 26; Urban Residents' Committees Law art. 10).
      ## Why
      Proposing a meeting is a statutory right; a higher threshold or a way left out lets the committee refuse a meeting the law requires.
      ## Example
      """,
      wrong: "=== 某法.weifa ===\n@标题 某法\n@类型 法律\n@机构 村民会议；提议：成员 十分之一以上 或 代表 三分之一以上\n=== 某村村规民约.weifa ===\n@标题 某村村规民约\n@上位 《某法》\n@机构 村民会议；提议：成员 五分之一以上\n",
      right: "=== 某法.weifa ===\n@标题 某法\n@类型 法律\n@机构 村民会议；提议：成员 十分之一以上 或 代表 三分之一以上\n=== 某村村规民约.weifa ===\n@标题 某村村规民约\n@上位 《某法》\n@机构 村民会议；提议：成员 十分之一以上 或 代表 三分之一以上\n",
      fixZh: "保留法律规定的每一种提议途径，比例不高于法律的规定。", fixEn: "Keep every way the statute allows, at no higher a share.",
      basisZh: "《中华人民共和国村民委员会组织法》第二十一条、第二十六条；《中华人民共和国城市居民委员会组织法》第十条",
      basisEn: "Villagers' Committees Law arts. 21, 26; Urban Residents' Committees Law art. 10"))

  static func proposal(_ b: Body, _ ctx: inout CheckContext) {
    guard let mine = b.proposal, !mine.terms.isEmpty, let (sb, sc) = statuteBody(b.name, ctx), let law = sb.proposal else { return }
    // Each way of the statute needs a way of the charter on the same base that is no harder.
    let missing = law.terms.filter { s in
      !mine.terms.contains { t in t.base == s.base && (t.fraction < s.fraction || (t.fraction == s.fraction && (!t.strict || s.strict))) }
    }
    guard !missing.isEmpty else { return }
    ctx.report(hardProposal, mine.span, zh: "\(b.name)的提议门槛「\(mine.text)」高于法律：法律规定「\(missing.map(\.text).joined(separator: "」或「"))」即应当召集",
               en: "\(b.name)'s proposal rule “\(mine.text)” is harder than the statute's: “\(missing.map(\.text).joined(separator: "” or “"))” already obliges the convenor",
               basis: citations(sb, sc))
  }
}
