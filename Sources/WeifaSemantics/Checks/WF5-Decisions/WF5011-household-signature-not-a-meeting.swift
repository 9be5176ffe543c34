import WeifaBase

/// WF5011 household-signature-not-a-meeting: adoption by signatures gathered from house to house
/// (入户签字) is not the meeting's vote the statute requires.
extension DecisionChecks {
  package static let signatureAdoption = DiagnosticCode(
    "WF5011", "household-signature-not-a-meeting", .warning,
    summary: .init(zh: "入户签字不是村民会议（居民会议）的表决", en: "signatures gathered from house to house are not the meeting's vote"),
    explanation: page(
      zh: """
      ## 说明
      @通过 写明「方式：入户签字」（或逐户签字、签名），却没有会议的记录（实到人数，或方式中写明的会议表决）时报告。村规民约、村民自治章程由村民会议制定和修改（《中华人民共和国村民委员会组织法》第二十七条）；村民会议要有本村十八周岁以上村民的过半数或者本村三分之二以上的户的代表参加，所作决定经到会人员的过半数通过（第二十二条）。居民公约由居民会议讨论制定（《中华人民共和国城市居民委员会组织法》第十五条）。
      ## 为什么
      入户征求意见、逐户签字可以说明多数户同意，但不是会议：没有召集、讨论和到会表决，备案审查时可能被认为程序不合法。签字可以作为会议表决之外的补充记录。
      ## 示例
      """, en: """
      ## What
      Raised when @通过 records 「方式：入户签字」 (signatures gathered house by house) and nothing shows the meeting (no 实到, no meeting vote in 方式). A 村规民约 or 村民自治章程 is made by the 村民会议 (Villagers' Committees Law art. 27), which needs more than half of the villagers aged 18 or over, or the representatives of two thirds of the households, present, and decides by a majority of those present (art. 22); a 居民公约 is made by the 居民会议 (Urban Residents' Committees Law art. 15).
      ## Why
      Signatures show that most households agree, but they are no meeting: nobody convened, discussed or voted together, and the filing review may find the procedure unlawful. Signatures may complement the meeting's record.
      ## Example
      """,
      wrong: "@标题 某村村规民约\n@类型 村规民约\n@通过 村民会议；方式：入户签字；应到：412户；赞成：371户\n",
      right: "@标题 某村村规民约\n@类型 村规民约\n@通过 村民会议；方式：户代表会议表决，会后入户签字确认；应到：412户；实到：330户；赞成：301户\n",
      fixZh: "召开村民会议（或居民会议）表决，并在 @通过 中记录实到人数（户数）；入户签字可写在「说明」中作为补充。",
      fixEn: "Hold the 村民会议 (or 居民会议) vote and record 实到; mention the signatures in 说明 as a complement.",
      basisZh: "《中华人民共和国村民委员会组织法》第二十二条、第二十七条；《中华人民共和国城市居民委员会组织法》第十五条",
      basisEn: "Villagers' Committees Law arts. 22, 27; Urban Residents' Committees Law art. 15"))

  /// Words of 方式 that mean signatures gathered outside a meeting.
  static let signatureWords = ["签字", "签名", "签章", "盖章"]

  /// An adoption by household signature, with no meeting on the record.
  static func signatures(_ c: Charter, _ ctx: inout CheckContext) {
    for a in [c.adopted].compactMap({ $0 }) + c.amendments {
      guard let m = a.method, signatureWords.contains(where: { m.contains($0) }) else { continue }
      // The record shows the meeting: its attendance, or the meeting's vote in 方式.
      if a.attended != nil || m.contains("会议") || m.contains("大会") { continue }
      let urban = ["居民公约", "社区自治章程"].contains(c.kind ?? "") || (!isVillage(c) && a.body.contains("居民"))
      let meeting = urban ? "居民会议" : "村民会议"
      let basis = urban ? [LegalCitation(law: Law.residents, article: 15)]
                        : [LegalCitation(law: Law.villagers, article: 27), LegalCitation(law: Law.villagers, article: 22)]
      let counted = a.yes.map { y in a.expected.map { "（\($0)户中\(y)户同意）" } ?? "（\(y)户同意）" } ?? ""
      let countedEn = a.yes.map { y in a.expected.map { " (\(y) of \($0) households agreed)" } ?? " (\(y) households agreed)" } ?? ""
      ctx.report(signatureAdoption, a.span,
                 zh: "「\(m)」\(counted)不是\(meeting)的表决：记录中没有会议的到会人数（户数）",
                 en: "“\(m)”\(countedEn) is not a vote of the \(meeting): the record shows no meeting attended",
                 notes: [.init(zh: "帮助：召开\(meeting)表决并记录「实到」，入户签字可写在「说明」中", en: "help: hold the \(meeting) vote and record 实到; mention the signatures in 说明")],
                 basis: basis)
    }
  }
}
