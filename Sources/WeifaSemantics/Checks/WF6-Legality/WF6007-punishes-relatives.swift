import WeifaBase

/// WF6007 punishes-relatives.
/// (Found by the pass in `WF6-Legality.swift`.)
extension LegalityChecks {
  package static let relatives = DiagnosticCode(
    "WF6007", "punishes-relatives", .error,
    summary: .init(zh: "规约因一人的行为处理其家属", en: "the charter punishes relatives for someone else's act"),
    explanation: page(
      zh: """
      ## 说明
      责任自负：一人违反规约，不能因此取消其子女、配偶、家属的待遇或入学等权利（《中华人民共和国宪法》第四十六条保障受教育的权利）。
      \(whyUnlawful.zh)
      ## 示例

      """, en: """
      ## What
      Liability is personal: relatives may not lose benefits or schooling for another's act (Constitution art. 46).
      \(whyUnlawful.en)
      ## Example

      """,
      wrong: "第一条【违建】 违章建房的，其子女不予办理入学证明。\n",
      right: "第一条【违建】 违章建房的，责令恢复原状，并移交有关部门依法处理。\n",
      fixZh: "只针对行为人本人，采用自治措施。", fixEn: "Address the person who acted, with self-governance measures.",
      basisZh: "《中华人民共和国宪法》第四十六条", basisEn: "《中华人民共和国宪法》第四十六条"))

  /// The words that show it in a 后果 or in prose (`LegalityChecks.prose`).
  static let relativesPattern = Pattern(code: relatives, words: ["家属", "子女", "亲属", "家人", "家庭成员", "家庭其他成员", "配偶", "连带", "株连", "孙辈", "三代以内", "血亲", "父母"],
    alsoNeeds: ["取消", "不予", "停止", "处罚", "停发", "剥夺", "扣除", "不得享受", "不享受", "罚", "不得参加", "不出具", "代为", "偿还", "不得申请", "不得安排", "不得录用", "就业"],
    exemptIfSentenceHas: ["不株连", "不连带", "不得株连", "不涉及", "不影响", "不因", "不得以", "不追究", "出嫁", "外嫁", "离婚", "丧偶", "入赘", "招婿", "监护人"], negatable: false,
    needsPossessive: true, zh: "因他人的行为处理其「%@」", en: "“%@” sanctioned for another's act", basis: [LegalCitation(law: Law.constitution, article: 46)])
}
