import WeifaBase

/// WF6002 unlawful-confiscation.
/// (Found by the pass in `WF6-Legality.swift`.)
extension LegalityChecks {
  package static let confiscation = DiagnosticCode(
    "WF6002", "unlawful-confiscation", .error,
    summary: .init(zh: "规约设定了没收财物", en: "the charter confiscates property"),
    explanation: page(
      zh: """
      ## 说明
      没收违法所得、没收非法财物是行政处罚（《中华人民共和国行政处罚法》第九条），规约无权设定。
      \(whyUnlawful.zh)
      ## 示例

      """, en: """
      ## What
      Confiscation is an administrative penalty (Administrative Penalties Law art. 9); a charter cannot set it.
      \(whyUnlawful.en)
      ## Example

      """,
      wrong: "第一条【赌博】 聚众赌博的，没收赌资。\n",
      right: "第一条【赌博】 发现聚众赌博的，及时报告公安机关依法处理。\n",
      fixZh: "删除没收，改为移交有关部门依法处理。", fixEn: "Remove it; refer the matter to the authorities.",
      basisZh: "《中华人民共和国行政处罚法》第九条", basisEn: "《中华人民共和国行政处罚法》第九条"))

  /// The words that show it in a 后果 or in prose (`LegalityChecks.prose`).
  static let confiscationPattern = Pattern(code: confiscation, words: ["没收", "收缴", "扣押", "暂扣", "扣下", "充公", "收归集体", "归集体所有"], exemptIfSentenceHas: authority + ["土地归", "土地属于", "依法属于", "所有权"],
    needsSanctionCue: true, zh: "「%@」是没收或扣押财物，规约无权设定", en: "“%@” confiscates or seizes property", basis: [LegalCitation(law: Law.penalties, article: 9)])
}
