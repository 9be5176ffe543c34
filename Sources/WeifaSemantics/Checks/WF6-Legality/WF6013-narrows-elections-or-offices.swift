import WeifaBase

/// WF6013 narrows-elections-or-offices.
/// (Found by the clause analysis, `Clauses/ClauseAnalysis.swift`, through the pass in `WF6-Legality.swift`.)
extension LegalityChecks {
  package static let elections = DiagnosticCode(
    "WF6013", "narrows-elections-or-offices", .error,
    summary: .init(zh: "缩小选举权、由无权机构罢免或违法终止职务", en: "narrows elections, or recalls or ends offices unlawfully"),
    explanation: page(
      zh: """
      ## 说明
      年满十八周岁的村民都有选举权和被选举权（《中华人民共和国村民委员会组织法》第十三条；居民委员会：《中华人民共和国城市居民委员会组织法》第八条）；罢免须由登记参加选举的村民投票决定（第十六条），任何组织或者个人不得撤换村民委员会成员（第十一条）；村民委员会成员及其近亲属不得担任村务监督机构成员（第三十二条）；职务只在丧失行为能力、被判处刑罚（第十八条）或连续两次被评议不称职（第三十三条）时终止。
      \(whyUnlawful.zh)
      ## 示例

      """, en: """
      ## What
      Every villager of eighteen may vote and stand (Villagers' Committees Law art. 13; residents: art. 8 of the Residents' Committees Law); only the registered voters can recall a member (art. 16) and no one may dismiss one (art. 11); members and their near relatives may not sit on the supervisory body (art. 32); an office ends only as arts. 18 and 33 provide.
      \(whyUnlawful.en)
      ## Example

      """,
      wrong: "第一条【选民】 未缴清村集体各项费用的村民，不得登记参加选举。\n",
      right: "第一条【选民】 年满十八周岁的村民，依照法律登记参加选举。\n",
      fixZh: "删除法律以外的条件；罢免、职务终止和监督机构任职按《村民委员会组织法》第十三条、第十六条、第十八条、第三十二条、第三十三条写。", fixEn: "Keep to the statute's conditions (arts. 13, 16, 18, 32, 33).",
      basisZh: "《中华人民共和国村民委员会组织法》第十一条、第十三条、第十六条、第十八条、第三十二条、第三十三条；《中华人民共和国城市居民委员会组织法》第八条、第十条", basisEn: "《中华人民共和国村民委员会组织法》第十一条、第十三条、第十六条、第十八条、第三十二条、第三十三条；《中华人民共和国城市居民委员会组织法》第八条、第十条"))
}
