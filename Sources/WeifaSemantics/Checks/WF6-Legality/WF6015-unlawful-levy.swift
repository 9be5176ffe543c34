import WeifaBase

/// WF6015 unlawful-levy.
/// (Found by the clause analysis, `Clauses/ClauseAnalysis.swift`, through the pass in `WF6-Legality.swift`.)
extension LegalityChecks {
  package static let fee = DiagnosticCode(
    "WF6015", "unlawful-levy", .error,
    summary: .init(zh: "收取村（居）无权设定的费用", en: "levies a fee of public authority"),
    explanation: page(
      zh: """
      ## 说明
      治安费、暂住管理费、人头费、入户费、过路费等是带公权色彩的收费，村（居）民委员会无权设定；公益事业的筹资须经村（居）民会议讨论决定，按自愿原则办理（《中华人民共和国村民委员会组织法》第二十四条、第二十七条第二款；《中华人民共和国城市居民委员会组织法》第十六条）。
      \(whyUnlawful.zh)
      ## 示例

      """, en: """
      ## What
      Security, residence, poll, entry or road fees are levies of public authority a committee cannot set; public works are funded by a meeting's decision, voluntarily (Villagers' Committees Law arts. 24, 27(2); Residents' Committees Law art. 16).
      \(whyUnlawful.en)
      ## Example

      """,
      wrong: "第一条【治安】 本村常住人口每人每年交纳治安费30元。\n",
      right: "第一条【治安】 本村治安巡逻由村民自愿参加。\n",
      fixZh: "删除收费；确需筹资的，经村民会议一事一议决定。", fixEn: "Remove the fee; fund works by a meeting's decision.",
      basisZh: "《中华人民共和国村民委员会组织法》第二十四条、第二十七条第二款；《中华人民共和国城市居民委员会组织法》第十六条；《中华人民共和国宪法》第十三条", basisEn: "《中华人民共和国村民委员会组织法》第二十四条、第二十七条第二款；《中华人民共和国城市居民委员会组织法》第十六条；《中华人民共和国宪法》第十三条"))
}
