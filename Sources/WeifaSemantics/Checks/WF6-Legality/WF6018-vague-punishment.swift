import WeifaBase

/// WF6018 vague-punishment: a sanction that names no lawful measure — said vaguely (严肃处理, 严惩, 按……论处), or a
/// measure no law gives a charter (法律未授权的处理措施: 把车轮锁起来, 在其家门口挂黄旗), found by the sentence's shape
/// (`Clauses/SentenceShape.swift`) when no word names it.
/// (Found by the clause analysis, `Clauses/ClauseAnalysis.swift`, through the pass in `WF6-Legality.swift`.)
extension LegalityChecks {
  package static let vaguePunishment = DiagnosticCode(
    "WF6018", "vague-punishment", .error,
    summary: .init(zh: "含糊的或法律未授权的处罚（严肃处理、严惩、论处，或规约自创的处理措施）", en: "a punishment that is vague or that no law gives a charter"),
    explanation: page(
      zh: """
      ## 说明
      「严肃处理」「从严处理」「严惩」「按……论处」没有写明任何措施，而村（居）民委员会本来就无权处罚（《中华人民共和国行政处罚法》第十六条）；七部门指导意见要求不得滥用强制处罚。
      规约自己想出来的处理办法也是一样：对违反规约的人「把车轮锁起来」「在其家门口挂黄旗」「当场把东西扔掉」，这些措施哪部法律都没有授予村（居）委会、村民小组、物业或执勤队。村规民约对违约行为只能采用自治措施：批评教育、责令改正、恢复原状、赔偿损失、取消当年评先评优、如实通报事实、移交有关部门依法处理（《中华人民共和国村民委员会组织法》第二十七条第二款：不得有侵犯村民的人身权利、民主权利和合法财产权利的内容）。
      \(whyUnlawful.zh)
      ## 示例

      """, en: """
      ## What
      “Dealt with severely”, “severe punishment” or “treated as …” names no measure, and a committee has no power to punish (Administrative Penalties Law art. 16); the seven ministries' guidance forbids charters to abuse coercive penalties.
      The same holds for a measure a charter invents: “lock the wheels”, “hang a yellow flag at the door”, “throw the goods away on the spot” — no law gives a committee, a villagers' group, a property manager or a patrol such a power. A charter may answer a breach only by self-governing means: education, an order to correct it, restoring the original state, compensation, withdrawing this year's honours, a truthful notice of the facts, or referral to the competent authorities (Organic Law of Villagers' Committees art. 27(2): a charter may not infringe villagers' personal, democratic or lawful property rights).
      \(whyUnlawful.en)
      ## Example

      """,
      wrong: "第一条【破坏】 破坏村集体设施的，一律严肃处理。\n",
      right: "第一条【破坏】 破坏村集体设施的，责令恢复原状，并赔偿损失。\n",
      fixZh: "写明具体的合法措施：批评教育、责令改正、恢复原状、赔偿损失、取消当年评先评优资格，或移交有关部门依法处理。", fixEn: "Name a lawful measure: education, an order to correct, restoring the original state, compensation, withdrawing this year's honours, or referral to the competent authorities.",
      basisZh: "《中华人民共和国行政处罚法》第十六条；《中华人民共和国村民委员会组织法》第二十七条第二款", basisEn: "《中华人民共和国行政处罚法》第十六条；《中华人民共和国村民委员会组织法》第二十七条第二款"))
}
