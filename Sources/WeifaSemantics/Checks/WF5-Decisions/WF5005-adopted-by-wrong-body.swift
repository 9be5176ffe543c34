import WeifaBase

/// WF5005 adopted-by-wrong-body: the charter is adopted by the meeting the statute names.
extension DecisionChecks {
  package static let wrongAdopter = DiagnosticCode(
    "WF5005", "adopted-by-wrong-body", .error,
    summary: .init(zh: "村规民约、自治章程或居民公约不是由法定的会议通过的", en: "the charter was not adopted by the body the statute names"),
    explanation: page(
      zh: """
      ## 说明
      村民自治章程、村规民约由村民会议制定和修改（《中华人民共和国村民委员会组织法》第二十七条）；居民公约由居民会议讨论制定（《中华人民共和国城市居民委员会组织法》第十五条）；社区自治章程同样由居民会议通过。村民代表会议、村民委员会无权通过。
      ## 为什么
      由无权机构通过的规约没有效力，备案时也会被退回。
      ## 示例
      """, en: """
      ## What
      The 村规民约 and 村民自治章程 are adopted by the 村民会议 (Villagers' Committees Law art. 27); the 居民公约 and 社区自治章程 by the 居民会议 (Urban Residents' Committees Law art. 15).
      ## Why
      A charter adopted by a body without power has no force.
      ## Example
      """,
      wrong: "@标题 某村村规民约\n@类型 村规民约\n@通过 村民代表会议；日期：2024年3月12日\n",
      right: "@标题 某村村规民约\n@类型 村规民约\n@通过 村民会议；日期：2024年3月12日\n",
      fixZh: "提交村民会议（或居民会议）表决通过。", fixEn: "Put it to the 村民会议 (or 居民会议).",
      basisZh: "《中华人民共和国村民委员会组织法》第二十七条；《中华人民共和国城市居民委员会组织法》第十五条", basisEn: "Villagers' Committees Law art. 27; Urban Residents' Committees Law art. 15"))

  /// The body that adopted the charter is the one the statute names for its kind.
  static func adopter(_ c: Charter, _ ctx: inout CheckContext) {
    guard let a = c.adopted else { return }
    let kind = c.kind ?? ""
    if let (body, basis) = statutoryAdopter(kind), a.body != body {
      ctx.report(wrongAdopter, a.span, zh: "\(kind)应当由\(body)通过，这里写的是「\(a.body)」", en: "a \(kind) is adopted by the \(body), not “\(a.body)”", basis: [basis])
    }
  }

  /// The meeting that adopts and amends a charter of this kind, with the article that says so:
  /// 村民会议 for a 村规民约 or 村民自治章程 (村组法27), 居民会议 for a 居民公约 or 社区自治章程 (城居法15).
  static func statutoryAdopter(_ kind: String) -> (String, LegalCitation)? {
    ["村规民约", "村民自治章程"].contains(kind) ? ("村民会议", LegalCitation(law: Law.villagers, article: 27))
      : ["居民公约", "社区自治章程"].contains(kind) ? ("居民会议", LegalCitation(law: Law.residents, article: 15)) : nil
  }
}
