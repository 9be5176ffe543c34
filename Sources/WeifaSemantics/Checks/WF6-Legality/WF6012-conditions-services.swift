import WeifaBase

/// WF6012 conditions-services.
/// (Found by the clause analysis, `Clauses/ClauseAnalysis.swift`, through the pass in `WF6-Legality.swift`.)
extension LegalityChecks {
  package static let serviceDenial = DiagnosticCode(
    "WF6012", "conditions-services", .error,
    summary: .init(zh: "以不出证明、不盖章、不办手续相要挟", en: "certificates or services withheld to enforce the charter"),
    explanation: page(
      zh: """
      ## 说明
      出具证明、盖章、政审意见、居住证明和各类手续，是村（居）民委员会协助政府的职责，不能拿来要挟村（居）民遵守规约（《中华人民共和国村民委员会组织法》第二十七条第二款；《中华人民共和国宪法》第三十三条）。
      \(whyUnlawful.zh)
      ## 示例

      """, en: """
      ## What
      Certificates, stamps, vetting opinions and paperwork are duties a committee performs for the state; it may not withhold them to enforce the charter (Villagers' Committees Law art. 27(2); Constitution art. 33).
      \(whyUnlawful.en)
      ## Example

      """,
      wrong: "第一条【卫生费】 拒不缴纳卫生费的，村委会不予出具任何证明。\n",
      right: "第一条【卫生费】 拒不缴纳卫生费的，由村委会上门说服教育。\n",
      fixZh: "删除该条件；证明和手续依法如实办理，对违反规约的行为采用批评教育等自治措施。", fixEn: "Remove the condition; issue certificates as the law requires and use self-governance measures.",
      basisZh: "《中华人民共和国村民委员会组织法》第二十七条第二款；《中华人民共和国宪法》第三十三条", basisEn: "《中华人民共和国村民委员会组织法》第二十七条第二款；《中华人民共和国宪法》第三十三条"))
}
