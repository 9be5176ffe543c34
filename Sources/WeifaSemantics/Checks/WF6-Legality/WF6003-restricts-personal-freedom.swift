import WeifaBase

/// WF6003 restricts-personal-freedom.
/// (Found by the pass in `WF6-Legality.swift`.)
extension LegalityChecks {
  package static let freedom = DiagnosticCode(
    "WF6003", "restricts-personal-freedom", .error,
    summary: .init(zh: "规约限制人身自由", en: "the charter restricts personal freedom"),
    explanation: page(
      zh: """
      ## 说明
      公民的人身自由不受侵犯（《中华人民共和国宪法》第三十七条）；限制人身自由的处罚只能由法律设定、由公安机关等执行（《中华人民共和国行政处罚法》第十条、第十八条）。扣留、关押、禁闭、游街示众都不得写入规约。
      \(whyUnlawful.zh)
      ## 示例

      """, en: """
      ## What
      Personal freedom is inviolable (Constitution art. 37); only law may restrict it (Administrative Penalties Law arts. 10, 18).
      \(whyUnlawful.en)
      ## Example

      """,
      wrong: "第一条【偷盗】 偷盗集体财物的，由治保会扣留至赔偿为止。\n",
      right: "第一条【偷盗】 偷盗集体财物的，责令赔偿损失，并移交公安机关依法处理。\n",
      fixZh: "删除，改为移交公安机关依法处理。", fixEn: "Remove it; refer to the police.",
      basisZh: "《中华人民共和国宪法》第三十七条；《中华人民共和国行政处罚法》第十条、第十八条", basisEn: "《中华人民共和国宪法》第三十七条；《中华人民共和国行政处罚法》第十条、第十八条"))

  /// The words that show it in a 后果 or in prose (`LegalityChecks.prose`). 看管 is left to the
  /// clause analysis, which tells 予以看管 from 看管好子女 and 犬只无人看管.
  static let freedomPattern = Pattern(code: freedom, words: ["限制人身自由", "扣留", "关押", "拘禁", "禁闭", "游街", "示众", "留置", "不得外出", "禁止外出", "不得离开本村", "不得进入本村", "带至村部"],
    exemptIfSentenceHas: authority, zh: "「%@」限制人身自由", en: "“%@” restricts personal freedom",
    basis: [LegalCitation(law: Law.constitution, article: 37), LegalCitation(law: Law.penalties, article: 10)])
}
