import WeifaBase

/// WF5004 statutory-matter-wrong-body: a matter the statute reserves to the 村民会议 is decided there.
extension DecisionChecks {
  package static let wrongBody = DiagnosticCode(
    "WF5004", "statutory-matter-wrong-body", .error,
    summary: .init(zh: "法定由村民会议决定的事项交给了别的机构", en: "a matter the statute reserves to the “村民会议” is routed elsewhere"),
    explanation: page(
      zh: """
      ## 说明
      《中华人民共和国村民委员会组织法》第二十四条所列事项（误工补贴、集体收益使用、公益事业、土地承包方案、集体经济项目、宅基地使用方案、征地补偿费、处分集体财产）须经村民会议讨论决定；村民会议可以授权村民代表会议决定（须写明「授权」）。制定和修改村民自治章程、村规民约只能由村民会议决定（第二十七条），不能授权。
      ## 为什么
      无权机构作出的决定无效，村民可以请求撤销。
      ## 示例
      """, en: """
      ## What
      The matters of Villagers' Committees Law art. 24 are decided by the 村民会议, which may authorise the 村民代表会议 (state 授权). Adopting or amending the 村规民约 or autonomy charter is for the 村民会议 alone (art. 27).
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

  /// Where a matter of a village document is decided.
  static func route(_ m: Matter, _ c: Charter, _ ctx: inout CheckContext) {
    guard isVillage(c), !m.decider.isEmpty else { return }
    let charterMatter = (m.name.contains("村规民约") || m.name.contains("自治章程")) && (m.name.contains("制定") || m.name.contains("修改") || m.name.contains("修订"))
    let reserved = charterMatter || reservedMatters.contains { m.name.contains($0) }
    guard reserved else { return }
    let deciders = m.decider.map(\.name)
    if deciders.contains("村民会议") { return }
    if !charterMatter && deciders.contains("村民代表会议") && !m.delegate.isEmpty { return }
    let basis = LegalCitation(law: Law.villagers, article: charterMatter ? 27 : 24)
    let why: LocalizedText = charterMatter
      ? .init(zh: "注意：制定和修改村规民约、自治章程只能由村民会议决定，不能授权", en: "note: only the 村民会议 adopts or amends them; this cannot be delegated")
      : .init(zh: "注意：村民会议可以授权村民代表会议决定，此时写「决定：村民代表会议；授权：村民会议」", en: "note: the 村民会议 may authorise the 村民代表会议; then state 授权")
    ctx.report(wrongBody, m.decider.first!.span, zh: "「\(m.name)」依法由村民会议讨论决定，不能由「\(deciders.joined(separator: "、"))」决定",
               en: "“\(m.name)” is for the 村民会议 by statute, not “\(deciders.joined(separator: ", "))”", notes: [why], basis: [basis])
  }
}
