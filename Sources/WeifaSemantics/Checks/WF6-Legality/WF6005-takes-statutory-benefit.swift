import WeifaBase

/// WF6005 takes-statutory-benefit.
/// (Found by the pass in `WF6-Legality.swift`.)
extension LegalityChecks {
  package static let benefits = DiagnosticCode(
    "WF6005", "takes-statutory-benefit", .error,
    summary: .init(zh: "规约取消了法定的社会救助或保障待遇", en: "the charter takes away a statutory benefit"),
    explanation: page(
      zh: """
      ## 说明
      最低生活保障等社会救助由县级人民政府民政部门审批、停发（《社会救助暂行办法》第十一条、第十三条），村（居）民委员会只协助，规约不能取消。
      \(whyUnlawful.zh)
      ## 示例

      """, en: """
      ## What
      Minimum living allowances are granted and stopped by county civil affairs departments (Interim Measures on Social Assistance arts. 11, 13); a charter cannot take them away.
      \(whyUnlawful.en)
      ## Example

      """,
      wrong: "第一条【赡养】 不赡养老人的，取消其家庭低保。\n",
      right: "第一条【赡养】 不赡养老人的，由村民委员会批评教育，并由人民调解委员会调解。\n",
      fixZh: "删除；对不履行义务的行为采用自治措施。", fixEn: "Remove it; use self-governance measures.",
      basisZh: "《社会救助暂行办法》第四条、第十一条、第十三条", basisEn: "《社会救助暂行办法》第四条、第十一条、第十三条"))

  /// The words that show it in a 后果 or in prose (`LegalityChecks.prose`).
  static let benefitsPattern = Pattern(code: benefits, words: ["低保", "最低生活保障", "救助", "扶贫", "养老金", "养老保险", "医保", "医疗保险", "特困", "五保", "残疾人", "地力保护补贴", "粮食补贴"],
    alsoNeeds: ["取消", "停发", "停止", "不予", "扣发", "扣除", "不得申请", "不予受理", "不予办理"],
    exemptIfSentenceHas: ["民政", "依法决定", "县级人民政府", "不得取消", "不得停发", "不影响", "依法审批", "不得以"], negatable: false,
    zh: "规约不能取消或停发「%@」", en: "a charter cannot take away “%@”", basis: [LegalCitation(law: Law.relief, article: 11), LegalCitation(law: Law.relief, article: 13)])
}
