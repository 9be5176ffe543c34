import WeifaBase

/// WF6008 restricts-marriage.
/// (Found by the pass in `WF6-Legality.swift`.)
extension LegalityChecks {
  package static let marriage = DiagnosticCode(
    "WF6008", "restricts-marriage", .error,
    summary: .init(zh: "规约限制婚姻自由", en: "the charter restricts the freedom of marriage"),
    explanation: page(
      zh: """
      ## 说明
      婚姻自由受法律保护（《中华人民共和国宪法》第四十九条；《中华人民共和国民法典》第一千零四十一条、第一千零四十二条）。规约不能限制与谁结婚、何时结婚，或为结婚设定条件。（禁止包办、买卖婚姻和借婚姻索取财物是合法的。）
      \(whyUnlawful.zh)
      ## 示例

      """, en: """
      ## What
      Marriage is free (Constitution art. 49; Civil Code arts. 1041, 1042); a charter may not restrict whom or when one marries. (Banning arranged marriages and bride-price extortion is lawful.)
      \(whyUnlawful.en)
      ## Example

      """,
      wrong: "第一条【婚嫁】 本村村民不得与外村人结婚。\n",
      right: "第一条【婚嫁】 提倡婚事新办，禁止借婚姻索取财物。\n",
      fixZh: "删除限制。", fixEn: "Remove the restriction.",
      basisZh: "《中华人民共和国宪法》第四十九条；《中华人民共和国民法典》第一千零四十一条、第一千零四十二条", basisEn: "《中华人民共和国宪法》第四十九条；《中华人民共和国民法典》第一千零四十一条、第一千零四十二条"))

  /// The words that show it in a 后果 or in prose (`LegalityChecks.prose`).
  static let marriagePattern = Pattern(code: marriage, words: ["结婚", "通婚", "婚嫁", "嫁娶", "婚姻", "婚事", "择配", "结亲", "婚配", "嫁人", "娶妻", "再嫁", "再婚", "嫁到", "离婚", "悔婚", "订婚", "彩礼", "同居"],
    alsoNeeds: ["不得与", "禁止与", "不准与", "须经", "须听", "须报", "方可", "不得早于", "不得外嫁", "不得自行", "父母之命", "长辈同意", "家族同意", "族中", "不得嫁",
                "不得通婚", "不得再婚", "三年内不得", "双倍返还", "偿还", "利息", "分开居住", "批准", "同意后", "不予出具"],
    exemptIfSentenceHas: ["借婚姻", "包办", "买卖婚姻", "干涉", "法定婚龄", "婚姻自由", "自愿", "婚姻登记机关"], negatable: false,
    zh: "对「%@」设定限制或条件", en: "restrictions on “%@”", basis: [LegalCitation(law: Law.constitution, article: 49), LegalCitation(law: Law.civil, article: 1041)])
}
