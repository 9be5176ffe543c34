import WeifaBase

/// WF6016 violates-dignity.
/// (Found by the clause analysis, `Clauses/ClauseAnalysis.swift`, through the pass in `WF6-Legality.swift`.)
extension LegalityChecks {
  package static let dignity = DiagnosticCode(
    "WF6016", "violates-dignity", .error,
    summary: .init(zh: "以游街、挂牌、示众、辱骂等方式侮辱人格", en: "the charter shames or humiliates a person"),
    explanation: page(
      zh: """
      ## 说明
      公民的人格尊严不受侵犯，禁止用任何方法对公民进行侮辱（《中华人民共和国宪法》第三十八条；《中华人民共和国民法典》第一千零二十四条）。游街、挂牌、示众、点名辱骂都是侮辱。
      \(whyUnlawful.zh)
      ## 示例

      """, en: """
      ## What
      A person's dignity is inviolable and insult in any form is forbidden (Constitution art. 38; Civil Code art. 1024): parading, placards, pillorying and public abuse are insults.
      \(whyUnlawful.en)
      ## Example

      """,
      wrong: "第一条【偷盗】 对偷盗者，由村干部押着游街示众。\n",
      right: "第一条【偷盗】 偷盗财物的，报告公安机关依法处理。\n",
      fixZh: "改为批评教育，如实通报行为（不公开个人信息）。", fixEn: "Educate, and notice the conduct without personal details.",
      basisZh: "《中华人民共和国宪法》第三十八条；《中华人民共和国民法典》第一千零二十四条", basisEn: "《中华人民共和国宪法》第三十八条；《中华人民共和国民法典》第一千零二十四条"))
}
