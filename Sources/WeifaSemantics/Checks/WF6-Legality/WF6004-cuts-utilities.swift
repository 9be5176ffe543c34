import WeifaBase

/// WF6004 cuts-utilities.
/// (Found by the pass in `WF6-Legality.swift`.)
extension LegalityChecks {
  package static let utilities = DiagnosticCode(
    "WF6004", "cuts-utilities", .error,
    summary: .init(zh: "规约以停水停电作为处理措施", en: "the charter cuts water or power as a sanction"),
    explanation: page(
      zh: """
      ## 说明
      停水、停电要依照国家规定的程序（《中华人民共和国民法典》第六百五十四条），不能作为村（居）规约的处理措施。
      \(whyUnlawful.zh)
      ## 示例

      """, en: """
      ## What
      Supply may be cut only by the procedures of the Civil Code (art. 654), never as a charter sanction.
      \(whyUnlawful.en)
      ## Example

      """,
      wrong: "第一条【卫生费】 拒不参加卫生保洁的，停水停电。\n",
      right: "第一条【卫生费】 拒不参加卫生保洁的，由村民小组劝导，并在公开栏通报。\n",
      fixZh: "删除，改为劝导、通报等措施。", fixEn: "Remove it; use persuasion or a notice.",
      basisZh: "《中华人民共和国民法典》第六百五十四条", basisEn: "《中华人民共和国民法典》第六百五十四条"))

  /// The words that show it in a 后果 or in prose (`LegalityChecks.prose`).
  static let utilitiesPattern = Pattern(code: utilities, words: ["停水", "停电", "断水", "断电", "供水", "供电", "用水", "用电", "自来水", "水阀", "电梯使用", "垃圾清运", "水电"],
    alsoNeeds: ["停", "断", "不予接通", "关闭", "不再为其提供", "不再提供", "拉闸", "暂停"],
    exemptIfSentenceHas: ["险情", "检修", "计划停电", "抢修", "供电部门", "供水单位", "通知", "公告", "应急", "不得以", "不得停", "不得断", "不得擅自停", "不得采取", "禁止采取", "不得用"],
    negatable: false, needsSanctionCue: true,
    zh: "以「%@」作为处理措施", en: "“%@” used as a sanction", basis: [LegalCitation(law: Law.civil, article: 654)])
}
