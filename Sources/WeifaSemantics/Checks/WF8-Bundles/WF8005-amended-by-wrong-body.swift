import WeifaBase

/// WF8005 amended-by-wrong-body: an `@修正` record names a body that may not amend the charter.
extension AmendmentChecks {
  package static let wrongAmender = DiagnosticCode(
    "WF8005", "amended-by-wrong-body", .error,
    summary: .init(zh: "村规民约、自治章程或居民公约的修改不是由法定的会议通过的", en: "the amendment was not adopted by the body the statute names"),
    explanation: page(
      zh: """
      ## 说明
      村民会议可以制定和修改村民自治章程、村规民约（《中华人民共和国村民委员会组织法》第二十七条）；修改不在可以授权村民代表会议的事项之列。居民公约、社区自治章程由居民会议讨论制定，修改也由居民会议通过（《中华人民共和国城市居民委员会组织法》第十五条）。`@修正` 记录写明的机构不是这两种会议的，报告此错误。
      ## 为什么
      修订程序参照制定程序：由无权机构作出的修改没有效力，备案时会被退回，修改前的版本仍然有效。
      ## 示例
      """, en: """
      ## What
      The 村民会议 makes and amends the 村民自治章程 and 村规民约 (Villagers' Committees Law art. 27); amending is not among the matters it may delegate to the 村民代表会议. The 居民公约 and 社区自治章程 are made, and amended, by the 居民会议 (Urban Residents' Committees Law art. 15). An `@修正` record naming another body is reported.
      ## Why
      An amendment follows the procedure of adoption: one made by a body without power has no force, and the version before it stays in force.
      ## Example
      """,
      wrong: "@标题 某村村规民约\n@类型 村规民约\n@通过 村民会议；日期：2024年3月12日\n@修正 村民代表会议；日期：2025年6月1日\n",
      right: "@标题 某村村规民约\n@类型 村规民约\n@通过 村民会议；日期：2024年3月12日\n@修正 村民会议；日期：2025年6月1日\n",
      fixZh: "把修改草案提交村民会议（或居民会议）表决通过，`@修正` 写明该会议。", fixEn: "Put the amendment to the 村民会议 (or 居民会议) and name it in `@修正`.",
      basisZh: "《中华人民共和国村民委员会组织法》第二十七条；《中华人民共和国城市居民委员会组织法》第十五条", basisEn: "Villagers' Committees Law art. 27; Urban Residents' Committees Law art. 15"))

  /// Every `@修正` of a charter whose kind the statute gives to one meeting names that meeting.
  static func amender(_ c: Charter, _ ctx: inout CheckContext) {
    let kind = c.kind ?? ""
    guard let (body, basis) = DecisionChecks.statutoryAdopter(kind) else { return }
    for a in c.amendments where a.body != body {
      ctx.report(wrongAmender, a.span, zh: "\(kind)的修改应当由\(body)通过，这里写的是「\(a.body)」",
                 en: "a \(kind) is amended by the \(body), not “\(a.body)”", basis: [basis])
    }
  }
}
