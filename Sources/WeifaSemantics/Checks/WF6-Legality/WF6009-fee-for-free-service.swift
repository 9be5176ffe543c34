import WeifaBase

/// WF6009 fee-for-free-service.
/// (Found by the pass in `WF6-Legality.swift`.)
extension LegalityChecks {
  package static let mediationFee = DiagnosticCode(
    "WF6009", "fee-for-free-service", .error,
    summary: .init(zh: "规约对依法免费的调解收费", en: "the charter charges for free mediation"),
    explanation: page(
      zh: """
      ## 说明
      人民调解委员会调解民间纠纷，不收取任何费用（《中华人民共和国人民调解法》第四条）。
      \(whyUnlawful.zh)
      ## 示例

      """, en: """
      ## What
      People's mediation committees mediate free of charge (People's Mediation Law art. 4).
      \(whyUnlawful.en)
      ## Example

      """,
      wrong: "第一条【调解】 申请调解的，每次缴纳调解费五十元。\n",
      right: "第一条【调解】 村民之间发生纠纷的，可以向人民调解委员会申请调解，调解不收取费用。\n",
      fixZh: "删除收费。", fixEn: "Remove the fee.",
      basisZh: "《中华人民共和国人民调解法》第四条", basisEn: "《中华人民共和国人民调解法》第四条"))

  /// The words that show it in a 后果 or in prose (`LegalityChecks.prose`).
  static let mediationFeePattern = Pattern(code: mediationFee, words: ["调解费", "调解", "调处"], alsoNeeds: ["收费", "收取", "缴纳", "交纳", "费用", "调解费", "支付", "报酬", "茶水费", "误工补贴"],
    exemptIfSentenceHas: ["不收", "免费", "不得收", "免收", "不收取", "不负担", "不承担", "无需", "不需", "不用", "无偿", "不交", "不缴", "列支", "集体经济收入", "财政", "经费保障"],
    negatable: false, zh: "「%@」依法不收取任何费用", en: "“%@” is free by law", basis: [LegalCitation(law: Law.mediation, article: 4)])
}
