import WeifaBase

/// WF6010 repealed-law-cited.
/// (Found by the pass in `WF6-Legality.swift`.)
extension LegalityChecks {
  package static let repealed = DiagnosticCode(
    "WF6010", "repealed-law-cited", .error,
    summary: .init(zh: "引用了已经废止的法律", en: "a repealed law is cited"),
    explanation: page(
      zh: """
      ## 说明
      《民法典》自2021年1月1日起施行，《婚姻法》《继承法》《民法通则》《收养法》《担保法》《合同法》《物权法》《侵权责任法》《民法总则》同时废止（《中华人民共和国民法典》第一千二百六十条）。
      \(whyUnlawful.zh)
      ## 示例

      """, en: """
      ## What
      Since 2021-01-01 the Civil Code replaces the Marriage, Succession, General Principles, Adoption, Guarantee, Contract, Property, Tort and General Provisions laws (Civil Code art. 1260).
      \(whyUnlawful.en)
      ## Example

      """,
      wrong: "第一条【依据】 依据《中华人民共和国婚姻法》，倡导婚事新办。\n",
      right: "第一条【依据】 依据《中华人民共和国民法典》，倡导婚事新办。\n",
      fixZh: "改为引用《中华人民共和国民法典》的相应条文。", fixEn: "Cite the Civil Code instead.",
      basisZh: "《中华人民共和国民法典》第一千二百六十条", basisEn: "《中华人民共和国民法典》第一千二百六十条"))

  /// A repealed law cited without 书名号: 根据婚姻法规定.
  static func bareRepealedLaw(_ sentence: Substring) -> (Range<Substring.Index>, String)? {
    for law in repealedLaws {
      guard let r = sentence.firstByteRange(of: law) else { continue }
      let before = sentence[..<r.lowerBound]
      if before.hasSuffix("《") || before.hasSuffix("民法典") { continue }
      if ["根据", "依据", "依照", "按照", "按"].contains(where: { before.hasSuffix($0) || before.hasSuffix($0 + "《") }) || sentence[r.upperBound...].hasPrefix("规定") || sentence[r.upperBound...].hasPrefix("第") {
        return (r, law)
      }
    }
    return nil
  }

  static let repealedLaws = ["民法通则", "物权法", "婚姻法", "合同法", "继承法", "担保法", "侵权责任法", "民法总则", "收养法"]

  /// Laws cited with 书名号 (《中华人民共和国婚姻法》) in references and @依据.
  static func repealedCitations(_ c: Charter, _ ctx: inout CheckContext) {
    var seen = Set<Int>()
    for ref in c.references + c.basis {
      guard let d = ref.document, seen.insert(ref.span.lower).inserted else { continue }
      let bare = d.hasPrefix("中华人民共和国") ? String(d.dropFirst(7)) : d
      if repealedLaws.contains(bare) {
        ctx.report(repealed, ref.span, zh: "《\(d)》已于2021年1月1日废止", en: "《\(d)》 was repealed on 2021-01-01",
                   notes: [.init(zh: "帮助：改为引用《中华人民共和国民法典》的相应条文", en: "help: cite the Civil Code instead")],
                   basis: [LegalCitation(law: Law.civil, article: 1260)])
      }
    }
  }

  /// A repealed law named in prose without 书名号 (`bareRepealedLaw`), found by `prose`.
  static func reportBareRepealedLaw(_ law: String, at range: TextRange, _ ctx: inout CheckContext) {
    ctx.report(repealed, range, zh: "「\(law)」已于2021年1月1日废止", en: "“\(law)” was repealed on 2021-01-01",
               notes: [.init(zh: "帮助：改为引用《中华人民共和国民法典》的相应条文", en: "help: cite the Civil Code instead")],
               basis: [LegalCitation(law: Law.civil, article: 1260)])
  }
}
