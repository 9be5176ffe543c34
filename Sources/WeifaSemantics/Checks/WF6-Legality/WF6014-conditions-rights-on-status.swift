import WeifaBase

/// WF6014 conditions-rights-on-status.
/// (Found by the clause analysis, `Clauses/ClauseAnalysis.swift`, through the pass in `WF6-Legality.swift`.)
extension LegalityChecks {
  package static let status = DiagnosticCode(
    "WF6014", "conditions-rights-on-status", .error,
    summary: .init(zh: "因上访、生育、户籍来源或居住状况剥夺权利", en: "rights taken for petitioning, family planning, residence or origin"),
    explanation: page(
      zh: """
      ## 说明
      公民有提出批评、申诉、控告、检举的权利（《中华人民共和国宪法》第四十一条）；村（居）民在法律面前一律平等（第三十三条），不能因户口迁入时间、居住地、来源或生育情况整体剥夺其权利；集体成员不因外出务工、经商等丧失成员身份（《中华人民共和国农村集体经济组织法》第十八条）。规约不得有侵犯村民人身权利、民主权利和合法财产权利的内容（《中华人民共和国村民委员会组织法》第二十七条第二款）。
      \(whyUnlawful.zh)
      ## 示例

      """, en: """
      ## What
      Citizens may criticise and complain to the state (Constitution art. 41) and are equal before the law (art. 33): rights may not be taken for petitioning, for origin, residence or family planning (Collective Economic Organisations Law art. 18; Villagers' Committees Law art. 27(2)).
      \(whyUnlawful.en)
      ## Example

      """,
      wrong: "第一条【上访】 越级上访的，取消其当年享受的一切福利待遇。\n",
      right: "第一条【上访】 村民可以依法向有关机关反映问题，任何人不得打击报复。\n",
      fixZh: "删除该条件。", fixEn: "Remove the condition.",
      basisZh: "《中华人民共和国宪法》第三十三条、第四十一条；《中华人民共和国农村集体经济组织法》第十八条；《中华人民共和国村民委员会组织法》第二十七条第二款", basisEn: "《中华人民共和国宪法》第三十三条、第四十一条；《中华人民共和国农村集体经济组织法》第十八条；《中华人民共和国村民委员会组织法》第二十七条第二款"))
}
