import WeifaBase

/// WF6011 contested-sanction.
/// (Found by the pass in `WF6-Legality.swift`.)
extension LegalityChecks {
  package static let vagueSanction = DiagnosticCode(
    "WF6011", "contested-sanction", .warning,
    summary: .init(zh: "有争议的措施（说明两方面的理由）", en: "a contested measure (both sides stated)"),
    explanation: page(
      zh: """
      ## 说明
      有些措施合法与否取决于条文没有写明的事实，检查器报告警告并说明两方面的理由，由审查人判断：停发本村自设的福利或奖励（是否纯属本村自有、是否经村民会议决定，《中华人民共和国村民委员会组织法》第二十四条）；扣减当年集体分红（《中华人民共和国农村集体经济组织法》第十三条）；业主公约约定的违约金（《中华人民共和国民法典》第二百八十条、第五百八十五条）；严于法律的表决门槛（《中华人民共和国村民委员会组织法》第二十二条、第二十六条）；移风易俗的硬性限制；要求逐级、有序信访（《中华人民共和国宪法》第四十一条）；押金和保证金；黑榜点名、曝光（《中华人民共和国民法典》第一千零二十四条、第一千零三十四条）；小区限制饲养动物。
      ## 为什么
      这些条款可能合法，也可能侵犯村（居）民的合法权益；写明事实和依据，或改为明确的合法措施，可以消除争议。
      ## 示例

      """, en: """
      ## What
      Some measures are lawful or not depending on facts the text does not settle; the checker warns and states both sides for the reviewer: withholding the village's own welfare or rewards (Villagers' Committees Law art. 24), cutting a year's collective dividend (Collective Economic Organisations Law art. 13), penalties agreed in owners' covenants (Civil Code arts. 286, 585), thresholds stricter than the statute (arts. 22, 26), hard limits on customs, rules on how to petition (Constitution art. 41), deposits, naming people on blacklists (Civil Code arts. 1024, 1034), limits on keeping animals.
      ## Why
      Such clauses may be lawful or may infringe residents' rights; stating the facts and the basis, or using a clear lawful measure, settles it.
      ## Example

      """,
      wrong: "第一条【黑榜】 乱倒垃圾的农户，户主姓名在村黑榜上公布一个月。\n",
      right: "第一条【黑榜】 每月如实公布各村民小组的环境卫生检查结果，不公开个人信息。\n",
      fixZh: "写明事实和依据（本村自设、经村民会议决定、只及于本人、依照地方规定），或改为批评教育、取消当年评先评优资格等明确的合法措施。", fixEn: "State the facts and the basis, or use a clear lawful measure.",
      basisZh: "《中华人民共和国村民委员会组织法》第二十四条、第二十七条；《中华人民共和国民法典》第一千零二十四条", basisEn: "《中华人民共和国村民委员会组织法》第二十四条、第二十七条；《中华人民共和国民法典》第一千零二十四条"))

  /// The words that show it in a 后果 or in prose (`LegalityChecks.prose`).
  static let vagueSanctionPattern = Pattern(code: vagueSanction, words: ["给予相应处罚", "给予处罚", "予以处罚", "进行处罚", "相应处罚", "惩罚", "严惩", "按照村规处罚", "按村规处罚", "公开谴责", "曝光",
                                 "公开批判", "批斗", "不孝户", "挂牌示众", "黑牌", "张贴姓名", "张贴其姓名"],
    exemptIfSentenceHas: authority, zh: "「%@」含糊或可能侵犯名誉权", en: "“%@” is vague or may harm reputation", basis: [LegalCitation(law: Law.civil, article: 1024)])
}
