import WeifaBase

/// WF6018 vague-punishment.
/// (Found by the clause analysis, `Clauses/ClauseAnalysis.swift`, through the pass in `WF6-Legality.swift`.)
extension LegalityChecks {
  package static let vaguePunishment = DiagnosticCode(
    "WF6018", "vague-punishment", .error,
    summary: .init(zh: "含糊的处罚（严肃处理、严惩、论处）", en: "a punishment that names no lawful measure"),
    explanation: page(
      zh: """
      ## 说明
      「严肃处理」「从严处理」「严惩」「按……论处」没有写明任何措施，而村（居）民委员会本来就无权处罚（《中华人民共和国行政处罚法》第十六条）；七部门指导意见要求不得滥用强制处罚。
      \(whyUnlawful.zh)
      ## 示例

      """, en: """
      ## What
      “Dealt with severely”, “severe punishment” or “treated as …” names no measure, and a committee has no power to punish (Administrative Penalties Law art. 16).
      \(whyUnlawful.en)
      ## Example

      """,
      wrong: "第一条【破坏】 破坏村集体设施的，一律严肃处理。\n",
      right: "第一条【破坏】 破坏村集体设施的，责令恢复原状，并赔偿损失。\n",
      fixZh: "写明具体的合法措施：批评教育、责令改正、恢复原状、赔偿损失、取消当年评先评优资格，或移交有关部门依法处理。", fixEn: "Name a lawful measure.",
      basisZh: "《中华人民共和国行政处罚法》第十六条", basisEn: "《中华人民共和国行政处罚法》第十六条"))
}
