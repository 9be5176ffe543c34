import WeifaBase

/// WF5007 publicity-too-rare: village affairs are published as often as the law requires.
extension DecisionChecks {
  package static let rarePublicity = DiagnosticCode(
    "WF5007", "publicity-too-rare", .error,
    summary: .init(zh: "村务公开的频率低于法律要求", en: "village affairs published less often than the law requires"),
    explanation: page(
      zh: """
      ## 说明
      村务公开：一般事项至少每季度公布一次；集体财务往来较多的，财务收支每月公布一次；涉及村民利益的重大事项应当随时公布（《中华人民共和国村民委员会组织法》第三十条）。
      ## 为什么
      公开不足是村务监督中最常见的问题。
      ## 示例
      """, en: """
      ## What
      General matters at least quarterly; finances monthly where transactions are many; major matters at once (Villagers' Committees Law art. 30).
      ## Why
      Too little publicity is the commonest failing of village supervision.
      ## Example
      """,
      wrong: "@标题 某村村务公开制度\n@公开 村务；频率：每年\n",
      right: "@标题 某村村务公开制度\n@公开 村务；频率：每季度\n",
      fixZh: "提高公开频率。", fixEn: "Publish more often.",
      basisZh: "《中华人民共和国村民委员会组织法》第三十条", basisEn: "Villagers' Committees Law art. 30"))

  /// How many months may pass between publications: 随时 0, 每月 1, 每两个月 2, 每季度 3, 每半年 6, 每年 12.
  static func frequencyRank(_ s: String) -> Int? {
    // `SyntaxText.contains` is `String.contains`, on bytes when both are plain.
    func has(_ w: String) -> Bool { SyntaxText.contains(s, w) }
    if has("随时") || has("及时") || has("即时") { return 0 }
    if has("季") { return 3 }
    if has("半年") { return 6 }
    if has("月") {
      // 每两个月, 每2个月, 每三个月: the number before 个月 (or 月).
      let digits = s.split(separator: "每").last.map { String($0.prefix { $0 != "个" && $0 != "月" }) } ?? ""
      if digits.isEmpty || digits == "一" || digits == "1" { return 1 }
      return ChineseNumeral.parse(digits == "两" ? "二" : digits) ?? Int(digits) ?? 1
    }
    if has("年") { return 12 }
    return nil
  }

  static func publicity(_ c: Charter, _ ctx: inout CheckContext) {
    guard isVillage(c) else { return }
    // Whether the charter publishes finances monthly: the same for every line, so asked once, when
    // first needed.
    var monthly: Bool?
    func monthlyFinances() -> Bool {
      if let m = monthly { return m }
      let m = c.publicities.contains { q in
        SyntaxText.contains(q.what + (q.content ?? ""), "财务") && (q.frequency.flatMap(frequencyRank) ?? 99) <= 1
      }
      monthly = m
      return m
    }
    for p in c.publicities {
      guard let f = p.frequency, let rank = frequencyRank(f) else { continue }
      let subject = p.what + (p.content ?? "")
      let major = SyntaxText.contains(subject, "重大")
      // 集体财务往来较多的，财务收支情况应当每月公布一次.
      let finances = SyntaxText.contains(subject, "财务")
      let busyFinances = finances && SyntaxText.contains(subject, "较多")
      let needed = major ? 0 : busyFinances ? 1 : 3
      // Finances published less often than monthly, with no line for busy finances (每月): the charter
      // lets a village with many transactions publish them as rarely (村组法30②).
      if !major && !busyFinances && finances && rank > 1 && rank <= needed && !monthlyFinances() {
        ctx.report(rarePublicity, p.span, zh: "「\(p.what)」\(f)公开一次，而集体财务往来较多的，法律要求财务收支情况每月公布一次；本规约没有每月公布的规定",
                   en: "“\(p.what)” is published \(f); with many collective transactions the law requires monthly publication, and the charter has no monthly rule",
                   notes: [.init(zh: "帮助：写明「集体财务往来较多的，财务收支情况每月公布一次」，或改为每月公布", en: "help: add the monthly rule for busy finances, or publish monthly")],
                   basis: [LegalCitation(law: Law.villagers, article: 30, paragraph: 2)])
        continue
      }
      if rank > needed {
        let want = major ? "随时公布" : busyFinances ? "每月公布一次" : "至少每季度公布一次"
        ctx.report(rarePublicity, p.span, zh: "「\(p.what)」\(f)公开一次，法律要求\(want)", en: "“\(p.what)” is published \(f); the law requires \(major ? "at once" : busyFinances ? "monthly" : "at least quarterly")",
                   notes: finances ? [.init(zh: "注意：集体财务往来较多的，财务收支情况应当每月公布一次", en: "note: with many transactions, finances are published monthly")] : [],
                   basis: [LegalCitation(law: Law.villagers, article: 30)])
      }
    }
  }
}
