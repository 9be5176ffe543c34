import WeifaBase

/// WF6011 contested-sanction.
/// (Found by the pass in `WF6-Legality.swift`.)
extension LegalityChecks {
  package static let vagueSanction = DiagnosticCode(
    "WF6011", "contested-sanction", .warning,
    summary: .init(zh: "处理措施含糊或可能侵犯名誉", en: "a vague sanction, or one that may harm reputation"),
    explanation: page(
      zh: """
      ## 说明
      「给予相应处罚」没有说明是什么处罚、由谁作出，村（居）委会又无处罚权；「公开谴责」「曝光」可能侵害名誉权（《中华人民共和国民法典》第一千零二十四条）。这些写法有争议，应当改为明确的合法措施。
      \(whyUnlawful.zh)
      ## 示例

      """, en: """
      ## What
      “给予相应处罚” names no measure and no one empowered to take it; public condemnation may harm reputation (Civil Code art. 1024). Contested: state a clear lawful measure.
      \(whyUnlawful.en)
      ## Example

      """,
      wrong: "第一条【黑榜】 三次进入黑榜的农户，给予相应处罚。\n",
      right: "第一条【黑榜】 三次进入黑榜的农户，取消当年评先评优资格。\n",
      fixZh: "写明具体的合法措施。", fixEn: "Name a specific lawful measure.",
      basisZh: "《中华人民共和国民法典》第一千零二十四条", basisEn: "《中华人民共和国民法典》第一千零二十四条"))

  /// The words that show it in a 后果 or in prose (`LegalityChecks.prose`).
  static let vagueSanctionPattern = Pattern(code: vagueSanction, words: ["给予相应处罚", "给予处罚", "予以处罚", "进行处罚", "相应处罚", "惩罚", "严惩", "按照村规处罚", "按村规处罚", "公开谴责", "曝光",
                                 "公开批判", "批斗", "不孝户", "挂牌示众", "黑牌", "张贴姓名", "张贴其姓名"],
    exemptIfSentenceHas: authority, zh: "「%@」含糊或可能侵犯名誉权", en: "“%@” is vague or may harm reputation", basis: [LegalCitation(law: Law.civil, article: 1024)])
}
