import WeifaBase

/// WF6017 controls-property.
/// (Found by the clause analysis, `Clauses/ClauseAnalysis.swift`, through the pass in `WF6-Legality.swift`.)
extension LegalityChecks {
  package static let property = DiagnosticCode(
    "WF6017", "controls-property", .error,
    summary: .init(zh: "干预村（居）民自有财产、定价和交易自由", en: "the charter controls residents' own goods, prices or purchases"),
    explanation: page(
      zh: """
      ## 说明
      村（居）民对自己的房屋、产品和钱财依法享有占有、使用、收益和处分的权利（《中华人民共和国民法典》第二百四十条）：村里不能统一定价、强制收购、指定商家或强制投保。
      \(whyUnlawful.zh)
      ## 示例

      """, en: """
      ## What
      Residents own, use and dispose of their property (Civil Code art. 240): a village may not fix prices, force sales, name the shop or impose insurance.
      \(whyUnlawful.en)
      ## Example

      """,
      wrong: "第一条【出租】 本村农户出租房屋，租金标准由村委会统一核定，不得自行议价。\n",
      right: "第一条【出租】 提倡本村农户出租房屋时签订书面合同。\n",
      fixZh: "改为倡导性条款，不强制。", fixEn: "Make it advice, not a duty.",
      basisZh: "《中华人民共和国民法典》第二百四十条", basisEn: "《中华人民共和国民法典》第二百四十条"))
}
