import WeifaBase

/// WF2004 bracketed-item-citation: 第三项, not 第（三）项. Found on each reference by the reference
/// pass (`WF3-References.swift`).
extension ReferenceChecks {
  package static let bracketedItem = DiagnosticCode(
    "WF2004", "bracketed-item-citation", .warning,
    summary: .init(zh: "引用项时不加括号：应写「第三项」而不是「第（三）项」", en: "items are cited without brackets: “第三项”, not “第（三）项”"),
    explanation: page(
      zh: """
      ## 说明
      依照立法技术规范，引用项写作「第三项」，不写「第（三）项」。
      ## 为什么
      统一的写法便于检索和自动核对。
      ## 示例
      """, en: """
      ## What
      By the drafting conventions an item is cited as 第三项, not 第（三）项.
      ## Why
      One form is easier to search and to check.
      ## Example
      """,
      wrong: "第一条【事项】 下列事项由村民会议决定：\n（一）土地承包方案；\n第二条【公开】 第一条第一款第（一）项的事项应当公开。\n",
      right: "第一条【事项】 下列事项由村民会议决定：\n（一）土地承包方案；\n第二条【公开】 第一条第一款第一项的事项应当公开。\n",
      fixZh: "去掉括号。", fixEn: "Drop the brackets.",
      basisZh: "全国人大常委会法工委《立法技术规范（试行）（一）》第9条", basisEn: "NPCSC Legislative Affairs Commission, Drafting Conventions (I), item 9"))

  /// Every bracketed ordinal of one reference.
  static func bracketedItems(_ ref: Ref, _ ctx: inout CheckContext) {
    for o in ref.ordinals where o.bracketed {
      ctx.report(bracketedItem, ref.span, zh: "「第（\(ChineseNumeral.format(o.number))）\(o.unit)」应写作「第\(ChineseNumeral.format(o.number))\(o.unit)」",
                 en: "write 第\(ChineseNumeral.format(o.number))\(o.unit), not 第（\(ChineseNumeral.format(o.number))）\(o.unit)",
                 basis: [LegalCitation(law: "立法技术规范（试行）（一）")])
    }
  }
}
