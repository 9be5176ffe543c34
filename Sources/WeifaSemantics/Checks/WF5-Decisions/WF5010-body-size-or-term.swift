import WeifaBase

/// WF5010 body-size-or-term: the size and term of the bodies the statutes shape.
extension DecisionChecks {
  package static let bodyShape = DiagnosticCode(
    "WF5010", "body-size-or-term", .error,
    summary: .init(zh: "机构的人数或任期不符合法律规定", en: "a body's size or term is outside the statute"),
    explanation: page(
      zh: """
      ## 说明
      村民委员会由三至七人组成，每届任期五年（《中华人民共和国村民委员会组织法》第六条、第十一条）；居民委员会五至九人，任期五年（《中华人民共和国城市居民委员会组织法》第七条、第八条）；人民调解委员会委员三至九人，任期三年（《中华人民共和国人民调解法》第八条、第九条）。其他机构按上位法同名机构的 @人数 和 @组成 检查（载入 Codes/上位法 时）：成员代表大会多于二十人（《中华人民共和国农村集体经济组织法》第二十八条），理事会三至七名单数成员（第二十九条）。
      ## 为什么
      人数、任期与法律不符的组织不能依法履职。
      ## 示例
      """, en: """
      ## What
      村民委员会: 3–7 members, 5-year term; 居民委员会: 5–9, 5 years; 人民调解委员会: 3–9, 3 years. Other bodies are held to the higher law's body of the same name (@人数, and 单数 in its @组成) when Codes/上位法 is loaded: 成员代表大会 more than 20 (Collective Economic Organisations Law art. 28), 理事会 3–7 and odd (art. 29).
      ## Why
      A body of the wrong shape cannot act lawfully.
      ## Example
      """,
      wrong: "@机构 村民委员会；人数：3至9人；任期：3年\n",
      right: "@机构 村民委员会；人数：3至7人；任期：5年\n",
      fixZh: "改为法定的人数和任期。", fixEn: "Use the statutory size and term."))

  static func shape(_ b: Body, _ ctx: inout CheckContext) {
    let rules: [String: (lo: Int, hi: Int, term: Int, basis: LegalCitation)] = [
      "村民委员会": (3, 7, 5, LegalCitation(law: Law.villagers, article: 6)),
      "居民委员会": (5, 9, 5, LegalCitation(law: Law.residents, article: 7)),
      "人民调解委员会": (3, 9, 3, LegalCitation(law: Law.mediation, article: 8)),
    ]
    guard let r = rules[b.name] else { statuteShape(b, &ctx); return }
    if let s = b.size {
      let lo = s.low, hi = s.high ?? s.low
      if lo < Rational(r.lo) || hi > Rational(r.hi) {
        ctx.report(bodyShape, s.span, zh: "\(b.name)的人数「\(s.text)」超出法定的\(ChineseNumeral.format(r.lo))至\(ChineseNumeral.format(r.hi))人",
                   en: "\(b.name) has “\(s.text)”; the statute says \(r.lo) to \(r.hi)", basis: [r.basis])
      }
    }
    if let t = b.term, t.unit?.contains("年") == true, t.low != Rational(r.term) || t.high != nil {
      ctx.report(bodyShape, t.span, zh: "\(b.name)的任期「\(t.text)」不是法定的\(ChineseNumeral.format(r.term))年",
                 en: "\(b.name)'s term “\(t.text)” is not the statutory \(r.term) years",
                 basis: [b.name == "人民调解委员会" ? LegalCitation(law: Law.mediation, article: 9)
                         : b.name == "居民委员会" ? LegalCitation(law: Law.residents, article: 8) : LegalCitation(law: Law.villagers, article: 11)])
    }
  }

  /// Other bodies against the higher law's body of the same name (issue 13): its @人数 (成员代表大会
  /// 不少于21人, 理事会 3至7人, as data) and 单数 where its @组成 says so (集体经济组织法28, 29).
  static func statuteShape(_ b: Body, _ ctx: inout CheckContext) {
    guard let s = b.size, let (sb, sc) = statuteBody(b.name, ctx), let law = sb.size else { return }
    let lo = s.low, hi = s.high ?? s.low
    let lawHigh = law.high ?? ((law.prefix ?? "").contains("不少于") || (law.prefix ?? "").contains("至少") ? nil : law.low)
    if lo < law.low || (lawHigh.map { hi > $0 } ?? false) {
      ctx.report(bodyShape, s.span, zh: "\(b.name)的人数「\(s.text)」不符合法律规定的「\(law.text)」", en: "\(b.name) has “\(s.text)”; the statute says “\(law.text)”",
                 basis: citations(sb, sc))
    } else if (sb.composition ?? "").contains("单数"), s.high == nil, let n = s.low.wholeValue, n % 2 == 0 {
      ctx.report(bodyShape, s.span, zh: "\(b.name)的人数「\(s.text)」是双数，法律规定由单数成员组成", en: "\(b.name) has an even “\(s.text)”; the statute wants an odd number",
                 basis: citations(sb, sc))
    }
  }
}
