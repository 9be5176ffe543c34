import WeifaBase

/// WF5004 statutory-matter-wrong-body: a matter the statute reserves to the 村民会议 is decided there.
extension DecisionChecks {
  package static let wrongBody = DiagnosticCode(
    "WF5004", "statutory-matter-wrong-body", .error,
    summary: .init(zh: "法定由村民会议决定的事项交给了别的机构", en: "a matter the statute reserves to the “村民会议” is routed elsewhere"),
    explanation: page(
      zh: """
      ## 说明
      《中华人民共和国村民委员会组织法》第二十四条所列事项（误工补贴、集体收益使用、公益事业、土地承包方案、集体经济项目、宅基地使用方案、征地补偿费、处分集体财产）须经村民会议讨论决定；村民会议可以授权村民代表会议决定（须写明「授权」）。制定和修改村民自治章程、村规民约只能由村民会议决定（第二十七条），不能授权。上位法（Codes/上位法）载入时，按它的事项表判断：与上位法同名的事项，只能由上位法写明的「决定」机构决定，写明「授权」时也可以由上位法写明可授权的机构决定；例如农村集体经济组织成员的确认、章程、承包和宅基地方案、土地补偿费、合并分立只能由成员大会决定（《中华人民共和国农村集体经济组织法》第二十六条、第二十八条），罢免村民委员会成员只能由登记参加选举的村民投票（《中华人民共和国村民委员会组织法》第十六条），撤换和补选居民委员会成员由居民会议决定（《中华人民共和国城市居民委员会组织法》第十条）。
      ## 为什么
      无权机构作出的决定无效，村民可以请求撤销。
      ## 示例
      """, en: """
      ## What
      The matters of Villagers' Committees Law art. 24 are decided by the 村民会议, which may authorise the 村民代表会议 (state 授权). Adopting or amending the 村规民约 or autonomy charter is for the 村民会议 alone (art. 27). With the higher law (Codes/上位法) loaded, a matter named like one of its matters may be decided only by the bodies it names under 决定, or by those under 授权 when the charter states the authorisation (collective members, charter, land and homestead plans, compensation, mergers: the 成员大会 alone, Collective Economic Organisations Law arts. 26, 28; recall: the registered voters, Villagers' Committees Law art. 16; 居民委员会 members replaced: the 居民会议, Urban Residents' Committees Law art. 10).
      ## Why
      A decision by a body without authority is void.
      ## Example
      """,
      wrong: "@标题 某村村规民约\n@事项 宅基地使用方案；决定：村民委员会\n",
      right: "@标题 某村村规民约\n@事项 宅基地使用方案；决定：村民会议\n",
      fixZh: "改由村民会议决定，或写明经村民会议授权由村民代表会议决定。", fixEn: "Route it to the 村民会议, or to the 村民代表会议 with 授权.",
      basisZh: "《中华人民共和国村民委员会组织法》第二十四条、第二十七条", basisEn: "Villagers' Committees Law arts. 24, 27"))

  /// 村组法第二十四条 items and 第二十七条, by the words that name them.
  static let reservedMatters = ["误工补贴", "集体经济所得收益", "集体收益", "公益事业", "土地承包", "集体经济项目", "宅基地", "征地补偿", "集体财产"]

  /// The higher law's matter of this name (the competence matrix: its 决定 and 授权), if loaded.
  static func statuteMatter(_ name: String, _ ctx: CheckContext) -> (Matter, Charter)? {
    for c in ctx.workspace.charters where c.isHigherLaw {
      if let m = c.matters.first(where: { $0.name == name }) { return (m, c) }
    }
    return nil
  }

  /// Where a matter is decided: against the statute's matter of that name when the higher law is
  /// loaded (its 决定 bodies, and its 授权 bodies when the charter states the authorisation),
  /// else, in a village document, against 村组法24 and 27 by the words that name them.
  static func route(_ m: Matter, _ c: Charter, _ ctx: inout CheckContext) {
    guard !m.decider.isEmpty else { return }
    if let (sm, sc) = statuteMatter(m.name, ctx), !sm.decider.isEmpty {
      let allowed = Set(sm.decider.map(\.name)), delegable = Set(sm.delegate.map(\.name))
      let wrong = m.decider.filter { !allowed.contains($0.name) && !(delegable.contains($0.name) && !m.delegate.isEmpty) }
      guard let first = wrong.first else { return }
      let article = sm.location.article.map { sc.articles[$0].written ?? sc.articles[$0].number }
      let basis = LegalCitation(law: sc.title ?? "", article: article)
      let how = sm.decider.map(\.name).joined(separator: "、") + (delegable.isEmpty ? "决定，不能授权" : "决定，可以授权" + sm.delegate.map(\.name).joined(separator: "、") + "（须写明「授权」）")
      ctx.report(wrongBody, first.span, zh: "「\(m.name)」依法由\(how)，不能由「\(wrong.map(\.name).joined(separator: "、"))」决定",
                 en: "“\(m.name)” is for \(sm.decider.map { "“\($0.name)”" }.joined(separator: ", ")) by statute" + (delegable.isEmpty ? ", not delegable" : ", or a delegate that states 授权") + ", not “\(wrong.map(\.name).joined(separator: ", "))”",
                 basis: [basis])
      return
    }
    guard isVillage(c) else { return }
    // `SyntaxText.contains` is `String.contains`, on bytes when both are plain.
    let name = m.name
    func has(_ w: String) -> Bool { SyntaxText.contains(name, w) }
    let charterMatter = (has("村规民约") || has("自治章程")) && (has("制定") || has("修改") || has("修订"))
    let reserved = charterMatter || reservedMatters.contains { has($0) }
    guard reserved else { return }
    let deciders = m.decider.map(\.name)
    if deciders.contains("村民会议") { return }
    // 村组法24③: the collective's property and members' rights follow 集体经济组织法26 (成员大会).
    if !charterMatter && deciders.contains("成员大会") { return }
    if !charterMatter && deciders.contains("村民代表会议") && !m.delegate.isEmpty { return }
    let basis = LegalCitation(law: Law.villagers, article: charterMatter ? 27 : 24)
    let why: LocalizedText = charterMatter
      ? .init(zh: "注意：制定和修改村规民约、自治章程只能由村民会议决定，不能授权", en: "note: only the 村民会议 adopts or amends them; this cannot be delegated")
      : .init(zh: "注意：村民会议可以授权村民代表会议决定，此时写「决定：村民代表会议；授权：村民会议」", en: "note: the 村民会议 may authorise the 村民代表会议; then state 授权")
    ctx.report(wrongBody, m.decider.first!.span, zh: "「\(m.name)」依法由村民会议讨论决定，不能由「\(deciders.joined(separator: "、"))」决定",
               en: "“\(m.name)” is for the 村民会议 by statute, not “\(deciders.joined(separator: ", "))”", notes: [why], basis: [basis])
  }
}
