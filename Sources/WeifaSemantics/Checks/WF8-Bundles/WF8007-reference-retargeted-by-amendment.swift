import WeifaBase

/// WF8007 reference-retargeted-by-amendment: an article the amendment left word for word unchanged
/// cites an article by number (第四十四条), and after the renumbering that number names another
/// article than it did before.
extension AmendmentChecks {
  package static let retargetedReference = DiagnosticCode(
    "WF8007", "reference-retargeted-by-amendment", .warning,
    summary: .init(zh: "未修改的条文引用的条号，因条文增删或移动，指向了另一条", en: "an unchanged article's reference by number now points at another article after the renumbering"),
    explanation: page(
      zh: """
      ## 说明
      同时读入修改前的版本时，逐条对照两个版本（与 `weifa diff` 相同的对应方法）：一条文字完全未改的条文写有「第X条」这样的引用，修改前它指向某一条，修改后由于增加、删除或移动条文，同一条号指向了另一条，报告此警告，并给出应改成的条号。
      ## 为什么
      增删条文以后忘记改引用，是修订中最常见的差错：文字没变，意思却变了。用条标（【条标】）引用不受重新编号影响。
      ## 示例
      """, en: """
      ## What
      With the version before the amendment loaded too, the two versions are aligned article by article (as `weifa diff` aligns them). When an article left word for word unchanged cites 第X条, and that number named one article before and names another after articles were added, deleted or moved, this is reported with the number to write.
      ## Why
      A reference not updated after articles were added or deleted is the commonest slip of a revision: the words stay, the meaning changes. A reference by label (【条标】) survives renumbering.
      ## Example
      """,
      wrong: "=== 修改前.weifa ===\n@标题 某村村规民约\n@类型 村规民约\n@通过 村民会议；日期：2024年3月12日\n\n第一条【目的】 为了维护本村秩序，制定本规约。\n\n第二条【处理】 违反本规约的，依照本规约第三条的程序处理。\n\n第三条【程序】 处理前应当听取当事人的陈述和申辩。\n=== 修改后.weifa ===\n@标题 某村村规民约\n@类型 村规民约\n@通过 村民会议；日期：2024年3月12日\n@修正 村民会议；日期：2025年6月1日\n\n第一条【目的】 为了维护本村秩序，制定本规约。\n\n第二条【处理】 违反本规约的，依照本规约第三条的程序处理。\n\n第三条【调解】 村民之间的纠纷，可以申请调解。\n\n第四条【程序】 处理前应当听取当事人的陈述和申辩。\n",
      right: "=== 修改前.weifa ===\n@标题 某村村规民约\n@类型 村规民约\n@通过 村民会议；日期：2024年3月12日\n\n第一条【目的】 为了维护本村秩序，制定本规约。\n\n第二条【处理】 违反本规约的，依照本规约第三条的程序处理。\n\n第三条【程序】 处理前应当听取当事人的陈述和申辩。\n=== 修改后.weifa ===\n@标题 某村村规民约\n@类型 村规民约\n@通过 村民会议；日期：2024年3月12日\n@修正 村民会议；日期：2025年6月1日\n\n第一条【目的】 为了维护本村秩序，制定本规约。\n\n第二条【处理】 违反本规约的，依照本规约第四条的程序处理。\n\n第三条【调解】 村民之间的纠纷，可以申请调解。\n\n第四条【程序】 处理前应当听取当事人的陈述和申辩。\n",
      fixZh: "把引用改为该条的新条号（或改用条标引用，如「依照【程序】」）。", fixEn: "Write the article's new number (or cite it by label, 依照【程序】).",
      basisZh: "《中华人民共和国立法法》第五十八条（修改前后的对照文本）", basisEn: "Legislation Law art. 58 (the text before and after)"))

  /// References by number in articles whose words did not change, against the article they meant.
  static func retargeted(from old: Charter, to c: Charter, _ ctx: inout CheckContext) {
    let al = ctx.workspace.alignments.alignment(old: old, new: c)
    var unitOfOldArticle = [Int: Int]()
    for (k, u) in al.old.enumerated() { if let a = u.article { unitOfOldArticle[a] = k } }
    // Each charter's references by number, with the article each names, found once and sorted by
    // place, so a unit takes its own by binary search instead of every unit scanning every reference.
    func numbered(_ ch: Charter) -> [(Ref, Int)] {
      ch.references.compactMap { r -> (Ref, Int)? in
        guard r.inProse, r.document == nil, r.relative == nil, r.anchor == nil, let first = r.ordinals.first, first.unit == "条",
              let a = ch.article(numbered: first.number, near: r.span.lower) else { return nil }
        return (r, a)
      }.sorted { $0.0.span.lower < $1.0.span.lower }
    }
    let oldRefs = numbered(old), newRefs = numbered(c)
    func refs(_ all: [(Ref, Int)], _ u: DiffUnit) -> [(Ref, Int)] {
      var out = [(Ref, Int)]()
      for range in u.ranges {
        var lo = 0, hi = all.count
        while lo < hi { let mid = (lo + hi) / 2; if all[mid].0.span.lower < range.lower { lo = mid + 1 } else { hi = mid } }
        while lo < all.count, all[lo].0.span.lower < range.upper {
          if all[lo].0.span.upper <= range.upper { out.append(all[lo]) }
          lo += 1
        }
      }
      return u.ranges.count > 1 ? out.sorted { $0.0.span.lower < $1.0.span.lower } : out
    }
    for (o, n) in al.newOf.enumerated() {
      guard let n, al.old[o].kind == .article, al.old[o].key == al.new[n].key else { continue }
      let before = refs(oldRefs, al.old[o]), after = refs(newRefs, al.new[n])
      guard before.count == after.count else { continue }
      for ((_, was), (ref, now)) in zip(before, after) {
        // What the old target became: its counterpart in the new version, if it has one.
        let meant = unitOfOldArticle[was].flatMap { al.newOf[$0] }.flatMap { al.new[$0].article }
        guard meant != now else { continue }
        let nowText = c.citation(ofArticle: now) + (c.articles[now].label.map { "【\($0)】" } ?? ""), wasText = old.citation(ofArticle: was)
        let label = old.articles[was].label.map { "【\($0)】" } ?? ""
        if let m = meant {
          ctx.report(retargetedReference, ref.span,
                     zh: "「\(ref.text)」修改前指\(wasText)\(label)，修改后条文重新编号，它指向了\(nowText)；应改为\(c.citation(ofArticle: m))",
                     en: "“\(ref.text)” meant \(wasText)\(label) before the amendment; after the renumbering it names \(nowText): write \(c.citation(ofArticle: m))",
                     notes: [.init(zh: "修改前：\(name(old))", en: "before: \(name(old))")])
        } else {
          ctx.report(retargetedReference, ref.span,
                     zh: "「\(ref.text)」修改前指\(wasText)\(label)，该条已被删去，现在它指向了\(nowText)",
                     en: "“\(ref.text)” meant \(wasText)\(label), which the amendment deleted; now it names \(nowText)",
                     notes: [.init(zh: "修改前：\(name(old))", en: "before: \(name(old))")])
        }
      }
    }
  }
}
