import WeifaBase

/// WF5020 termination-differs-from-statute: a charter's `@终止` for an office a higher law ends
/// (its `@终止`) asks for a different run of ratings (连续三次 where the statute says 连续两次) or ends it
/// on a fact the statute's endings for that office do not name.
extension DecisionChecks {
  package static let terminationDiffers = DiagnosticCode(
    "WF5020", "termination-differs-from-statute", .error,
    summary: .init(zh: "职务终止的情形与上位法不同", en: "an office ends otherwise than the higher law says"),
    explanation: page(
      zh: """
      ## 说明
      上位法的 @终止 写了某职务依法终止的情形（《中华人民共和国村民委员会组织法》第十八条：丧失行为能力或者被判处刑罚；第三十三条：连续两次被评议不称职）。
      本文件对同一职务写的 @终止 要求的连续评议次数与上位法不同，或以上位法没有的事实终止职务时报告。
      次数多于上位法：上位法已终止的职务仍被答成继续；次数少于上位法或另加事由：村民委员会成员只能依第十六条罢免，不能另设终止事由。
      ## 为什么
      职务的终止由法律规定，村规民约不能放宽也不能另加。
      ## 示例
      """, en: """
      ## What
      The higher law's @终止 states when an office ends by law (Villagers' Committees Law art. 18: loss of capacity or a criminal sentence; art. 33: two consecutive ratings of unfit).
      Raised when this document's @终止 for the same office asks for a different number of consecutive ratings, or ends it on a fact the higher law does not name.
      More ratings: an office the law ends would be said to continue; fewer, or another ground: a committee member can otherwise only be recalled (art. 16).
      ## Why
      The law fixes when an office ends; a charter can neither relax nor add to it.
      ## Example
      """,
      wrong: "=== 某法.weifa ===\n@标题 某法\n@类型 法律\n@终止 村民委员会成员；评议：连续两次不称职\n=== 某村村规民约.weifa ===\n@标题 某村村规民约\n@上位 《某法》\n@终止 村民委员会成员；评议：连续三次不称职\n",
      right: "=== 某法.weifa ===\n@标题 某法\n@类型 法律\n@终止 村民委员会成员；评议：连续两次不称职\n=== 某村村规民约.weifa ===\n@标题 某村村规民约\n@上位 《某法》\n@终止 村民委员会成员；评议：连续两次不称职\n",
      fixZh: "按上位法写终止的情形，或删去这一行（上位法的终止情形直接适用）。", fixEn: "Write the higher law's grounds, or remove the line (the higher law's endings apply anyway).",
      basisZh: "《中华人民共和国村民委员会组织法》第十六条、第十八条、第三十三条", basisEn: "Villagers' Committees Law arts. 16, 18, 33"))

  /// The higher laws' endings of an office, with where they stand.
  static func statuteTerminations(_ office: String, _ ctx: CheckContext) -> [(Termination, LegalCitation)] {
    var out = [(Termination, LegalCitation)]()
    for c in ctx.workspace.charters where c.isHigherLaw {
      for t in c.terminations where t.covers(office) || Termination(office: office, location: t.location, span: t.span).covers(t.office) {
        out.append((t, citation(t.location, c)))
      }
    }
    return out
  }

  static func terminationAgainstStatute(_ c: Charter, _ ctx: inout CheckContext) {
    for t in c.terminations where !t.office.isEmpty {
      let statute = statuteTerminations(t.office, ctx)
      guard !statute.isEmpty else { continue }
      if let run = t.run {
        let same = statute.filter { $0.0.run?.rating == run.rating }
        if let (s, cite) = same.first, let law = s.run, law.count != run.count {
          let zh = run.count > law.count ? "上位法规定连续\(law.count)次被评议\(law.rating)的，职务终止；这里要求连续\(run.count)次"
            : "上位法规定连续\(law.count)次被评议\(law.rating)才终止职务；这里连续\(run.count)次即终止"
          let en = run.count > law.count ? "the higher law ends the office after \(law.count) consecutive ratings of “\(law.rating)”; this asks for \(run.count)"
            : "the higher law ends the office only after \(law.count) consecutive ratings of “\(law.rating)”; this ends it after \(run.count)"
          ctx.report(terminationDiffers, t.span, zh: zh, en: en, basis: [cite])
        } else if same.isEmpty, let (s, cite) = statute.first(where: { $0.0.run != nil }), let law = s.run {
          ctx.report(terminationDiffers, t.span, zh: "上位法以连续\(law.count)次被评议\(law.rating)终止该职务，这里以「\(run.rating)」终止",
                     en: "the higher law ends the office on \(law.count) consecutive ratings of “\(law.rating)”; this ends it on “\(run.rating)”", basis: [cite])
        }
      }
      if let e = t.condition {
        let lawful = Set(statute.flatMap { s in s.0.condition.map(names(in:)) ?? [] })
        for n in names(in: e) where !lawful.contains(n) {
          ctx.report(terminationDiffers, t.span, zh: "上位法没有以「\(n)」终止该职务的规定", en: "the higher law does not end the office on “\(n)”",
                     basis: statute.map(\.1))
        }
      }
    }
  }
}
