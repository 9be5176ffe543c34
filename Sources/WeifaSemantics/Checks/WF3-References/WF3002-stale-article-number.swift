import WeifaBase

/// WF3002 stale-article-number: a number pinned to a label (第十二条【村民会议】) still names that
/// article. Found by the reference walk (`WF3-References.swift`) at the article a reference names.
extension ReferenceChecks {
  package static let staleNumber = DiagnosticCode(
    "WF3002", "stale-article-number", .error,
    summary: .init(zh: "引用的条号与其条标不再对应（重新编号后未更新）", en: "a number pinned to a label no longer matches it (renumbered)"),
    explanation: page(
      zh: """
      ## 说明
      写作「第十二条【村民会议】」的引用同时给出编号和条标。如果第十二条的条标不是【村民会议】，说明条文重新编号后引用没有更新。
      ## 为什么
      编号引用在增删条文后会悄悄指向别的条；同时写出条标，Weifa 就能发现。
      ## 示例
      """, en: """
      ## What
      A reference written 第十二条【村民会议】 gives both a number and a label. If article 12 is not labelled 【村民会议】, the articles were renumbered and the reference was not updated.
      ## Why
      A number silently points elsewhere after articles move; pinning it to a label lets Weifa notice.
      ## Example
      """,
      wrong: "第一条【村民会议】 村民会议由本村十八周岁以上的村民组成。\n第二条【召集】 村民会议由村民委员会召集，依照第二条【村民会议】的规定。\n",
      right: "第一条【村民会议】 村民会议由本村十八周岁以上的村民组成。\n第二条【召集】 村民会议由村民委员会召集，依照第一条【村民会议】的规定。\n",
      fixZh: "把编号改为条标现在所在的条。", fixEn: "Change the number to where the label now is."))

  /// Article `a` of `target`, cited as `shown`, is not labelled `label`.
  static func staleNumber(_ ref: Ref, _ shown: String, article a: Int, label l: String, in target: Charter, _ ctx: inout CheckContext) {
    let now = target.labels[l].flatMap { t -> String? in
      if case .article(let i) = t { return "第\(ChineseNumeral.format(target.articles[i].written ?? target.articles[i].number))条" }
      return nil
    }
    ctx.report(staleNumber, ref.span,
               zh: "\(shown)的条标是【\(target.articles[a].label ?? "无")】，不是【\(l)】" + (now.map { "；【\(l)】现在是\($0)" } ?? ""),
               en: "\(shown) is labelled 【\(target.articles[a].label ?? "—")】, not 【\(l)】" + (now.map { "; 【\(l)】 is now \($0)" } ?? ""),
               notes: [.init(zh: "注意：条文重新编号后，这处引用没有随之更新", en: "note: the articles were renumbered and this reference was not updated")])
  }
}
