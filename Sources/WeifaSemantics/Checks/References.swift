import WeifaBase
import WeifaSyntax

/// References: every 第X条第X款第X项, 前款, 【条标】 and 《法》第X条 resolves; numbers pinned to labels
/// still agree; items are cited without brackets; sub-directives stand under their block.
package enum ReferenceChecks: Check {
  package static let unresolved = DiagnosticCode(
    "WF3001", "unresolved-reference", .error,
    summary: .init(zh: "引用的条、款、项或标签不存在", en: "a reference to an article, paragraph, item or label that does not exist"),
    explanation: page(
      zh: """
      ## 说明
      正文和字段中的引用——「第十二条第二款」「前款」「本章」「【村民会议】」「《中华人民共和国村民委员会组织法》第二十四条」——必须指向存在的条文或标签。引用其他文件时，该文件须一并检查（同一目录中的文件，或「上位法」目录中的法律）。
      ## 为什么
      引用落空，村民就找不到依据；条文增删后，旧的编号常常指向不存在的条。
      ## 示例
      """, en: """
      ## What
      References in prose and fields — 第十二条第二款, 前款, 本章, 【村民会议】, 《…》第二十四条 — must point at an existing article or label. A reference into another document is checked when that document is loaded too.
      ## Why
      A dangling reference leaves residents without the rule it promises; after articles are added or removed, old numbers often point nowhere.
      ## Example
      """,
      wrong: "第一条【宗旨】 依照本规约第五条的规定，制定本规约。\n",
      right: "第一条【宗旨】 依照本规约第二条的规定，制定本规约。\n第二条【施行】 本规约自通过之日起施行。\n",
      fixZh: "改正编号或标签；用【条标】引用可以避免重新编号带来的问题。", fixEn: "Fix the number or label; citing by 【label】 survives renumbering."))

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

  package static let bracketedItem = DiagnosticCode(
    "WF2004", "bracketed-item-citation", .warning,
    summary: .init(zh: "引用项时不加括号：应写「第三项」而不是「第（三）项」", en: "items are cited without brackets: 第三项, not 第（三）项"),
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

  package static let danglingRelative = DiagnosticCode(
    "WF2005", "dangling-relative-reference", .error,
    summary: .init(zh: "「前款」「前项」等没有可指向的对象", en: "前款, 前项 and the like have nothing to point at"),
    explanation: page(
      zh: """
      ## 说明
      「前款」指本条的上一款，「前两款」指上两款，「前项」指上一项。在一条的第一款中写「前款」，或在只有一款的条中写「前两款」，就没有可指向的内容。
      ## 为什么
      这类引用多半是从别处复制条文时留下的。
      ## 示例
      """, en: """
      ## What
      前款 is the previous paragraph of the same article, 前两款 the two before, 前项 the previous item. In the first paragraph there is no 前款.
      ## Why
      Such references are usually left over from copying text.
      ## Example
      """,
      wrong: "第一条【宗旨】 依照前款规定，制定本规约。\n",
      right: "第一条【宗旨】 为了推进村民自治，制定本规约。\n依照前款规定，本规约适用于本村村民。\n",
      fixZh: "改为具体的条款，如「本条第一款」。", fixEn: "Cite the paragraph by number instead."))

  package static let orphanSubdirective = DiagnosticCode(
    "WF1014", "orphan-subdirective", .error,
    summary: .init(zh: "@职务、@步骤、@加分 等没有所属的上级指令", en: "@职务, @步骤, @加分 … without the block they belong to"),
    explanation: page(
      zh: """
      ## 说明
      @职务 属于它前面的 @机构；@步骤 属于它前面的 @程序；@加分、@扣分、@等级 属于它前面的 @评定。
      ## 为什么
      没有所属机构的职务、没有所属程序的步骤无法被理解。
      ## 示例
      """, en: """
      ## What
      @职务 belongs to the @机构 before it; @步骤 to a @程序; @加分, @扣分 and @等级 to an @评定.
      ## Why
      A role without a body or a step without a procedure means nothing.
      ## Example
      """,
      wrong: "@步骤 提议；机构：村民委员会\n",
      right: "@机构 村民委员会\n@程序 议事程序\n@步骤 提议；机构：村民委员会\n",
      fixZh: "在前面加上所属的指令。", fixEn: "Add the block it belongs to."))

  package static let missingHigher = DiagnosticCode(
    "WF8003", "missing-higher-document", .warning,
    summary: .init(zh: "找不到 @上位 指明的上位文件，无法核对", en: "the document named by @上位 is not loaded, so it cannot be checked against"),
    explanation: page(
      zh: """
      ## 说明
      @上位 指明本文件服从的上位文件（如楼栋公约的上位是小区公约）。检查时需要同时读入该文件：把它放在同一目录，或一并在命令行中给出。
      ## 为什么
      下位文件不得与上位文件相抵触；找不到上位文件，就无法核对。
      ## 示例
      """, en: """
      ## What
      @上位 names the document this one sits under. It must be loaded too: put it in the same directory or name it on the command line.
      ## Why
      A lower document must not contradict a higher one; without the higher one this cannot be checked.
      ## Example
      """,
      wrong: "@标题 某楼栋公约\n@上位 《不存在的小区公约》\n",
      right: "@标题 某楼栋公约\n",
      fixZh: "一并检查上位文件，或改正标题。", fixEn: "Check the higher document together, or fix its title."))

  package static let codes = [unresolved, staleNumber, bracketedItem, danglingRelative, orphanSubdirective, missingHigher]

  package static func run(_ ctx: inout CheckContext) {
    let c = ctx.charter
    for o in c.orphans {
      let parent = ["职务": "@机构", "步骤": "@程序", "加分": "@评定", "扣分": "@评定", "等级": "@评定"][o.keyword] ?? "?"
      ctx.report(orphanSubdirective, o.span, zh: "「@\(o.keyword)」前面没有所属的「\(parent)」", en: "“@\(o.keyword)” has no \(parent) above it")
    }
    for h in c.higher where h.document.flatMap(ctx.workspace.document(named:)) == nil {
      ctx.report(missingHigher, h.span, zh: "找不到上位文件《\(h.document ?? "")》，无法核对本文件是否与其抵触",
                 en: "the higher document 《\(h.document ?? "")》 is not loaded; conflicts with it cannot be checked",
                 notes: [.init(zh: "帮助：把上位文件放在同一目录，或在命令行中一并给出", en: "help: put it in the same directory or name it on the command line")])
    }
    let index = NumberIndex()
    for ref in c.references { check(ref, index, &ctx) }
    // Labels named in fields: cases, exceptions, special votes.
    var named: [NameRef] = []
    for k in c.cases { named += (k.applies + k.notApplies + k.rating + k.matter).filter { $0.label != nil } }
    for r in c.rules { named += r.exceptLabels }
    for b in c.bodies { for s in b.special { named.append(NameRef(name: s.label, label: s.label, span: s.threshold.span)) } }
    for n in named {
      guard let l = n.label, resolveLabel(l, in: ctx.index, ctx.workspace) == nil else { continue }
      ctx.report(unresolved, n.span, zh: "找不到标签【\(l)】", en: "no label 【\(l)】",
                 notes: suggestion(l, Array(c.labels.keys)))
    }
  }

  /// A label in the document or, failing that, in its bundle.
  static func resolveLabel(_ label: String, in doc: Int, _ ws: Workspace) -> (doc: Int, target: LabelTarget)? {
    if let t = ws.charters[doc].labels[label] { return (doc, t) }
    for d in ws.bundle(of: doc) where d != doc { if let t = ws.charters[d].labels[label] { return (d, t) } }
    return nil
  }

  static func suggestion(_ name: String, _ candidates: [String]) -> [LocalizedText] {
    var best: (name: String, score: Double)?
    for c in candidates.sorted() {
      let score = similarity(name, c)
      if score >= 0.5 && score > (best?.score ?? 0) { best = (c, score) }
    }
    guard let best = best?.name else { return [] }
    return [.init(zh: "帮助：是否指「\(best)」？", en: "help: did you mean “\(best)”?")]
  }

  /// Shared characters over the longer length: crude, but good for Chinese names.
  static func similarity(_ a: String, _ b: String) -> Double {
    let sa = Set(a), sb = Set(b)
    return Double(sa.intersection(sb).count) / Double(max(sa.count, sb.count, 1))
  }

  private static func check(_ ref: Ref, _ index: NumberIndex, _ ctx: inout CheckContext) {
    let ws = ctx.workspace
    for o in ref.ordinals where o.bracketed {
      ctx.report(bracketedItem, ref.span, zh: "「第（\(ChineseNumeral.format(o.number))）\(o.unit)」应写作「第\(ChineseNumeral.format(o.number))\(o.unit)」",
                 en: "write 第\(ChineseNumeral.format(o.number))\(o.unit), not 第（\(ChineseNumeral.format(o.number))）\(o.unit)",
                 basis: [LegalCitation(law: "立法技术规范（试行）（一）")])
    }
    var docIndex = ctx.index
    if let title = ref.document {
      guard let d = ws.document(named: title) else { return }   // a law not loaded: nothing to check against
      docIndex = d
    }
    let target = ws.charters[docIndex]
    let sameDoc = docIndex == ctx.index
    if let rel = ref.relative {
      relative(rel, ref, &ctx)
      return
    }
    if ref.ordinals.isEmpty {
      if let l = ref.label, resolveLabel(l, in: docIndex, ws) == nil, !(ref.document != nil && target.labels[l] != nil) {
        ctx.report(unresolved, ref.span, zh: "找不到标签【\(l)】" + (sameDoc ? "" : "（在《\(target.title ?? "")》中）"),
                   en: "no label 【\(l)】" + (sameDoc ? "" : " in 《\(target.title ?? "")》"), notes: suggestion(l, Array(target.labels.keys)))
      }
      return
    }
    // Walk the ordinals: divisions, or 条 → 款 → 项 → 目.
    var article: Int? = sameDoc ? ref.from.article : nil
    var paragraph: Int? = sameDoc ? ref.from.paragraph : nil
    switch ref.anchor {
    case .previousParagraph?:
      // 前款 in a first paragraph has been reported (WF2005); do not resolve through it.
      guard let p = paragraph, p >= 1 else { return }
      paragraph = p - 1
    case .thisArticle?: paragraph = nil
    default: break
    }
    var itemIndex: Int? = nil
    for (k, o) in ref.ordinals.enumerated() {
      let shown = "第\(ChineseNumeral.format(o.number))\(o.unit)"
      let whereZh = sameDoc ? "本文件" : "《\(target.title ?? "")》"
      let whereEn = sameDoc ? "this document" : "《\(target.title ?? "")》"
      switch o.unit {
      case "编", "分编", "章", "节":
        let level: Division.Level = ["编": .part, "分编": .subPart, "章": .chapter, "节": .section][o.unit]!
        if !index.hasDivision(target, docIndex, level, o.number) {
          ctx.report(unresolved, ref.span, zh: "\(whereZh)没有\(shown)", en: "\(whereEn) has no \(shown)")
          return
        }
      case "条":
        guard let a = index.article(target, docIndex, o.number) else {
          // Higher law in Codes/ is an excerpt: an article it does not hold may still exist.
          if target.isHigherLaw { return }
          let last = target.articles.last.map { "第\(ChineseNumeral.format($0.written ?? $0.number))条" } ?? "—"
          ctx.report(unresolved, ref.span, zh: "\(whereZh)没有\(shown)", en: "\(whereEn) has no \(shown)",
                     notes: target.isHigherLaw ? [.init(zh: "注意：\(whereZh)只收录了部分条文", en: "note: \(whereEn) holds an excerpt only")]
                                               : [.init(zh: "注意：最后一条是\(last)", en: "note: the last article is \(last)")])
          return
        }
        article = a; paragraph = nil; itemIndex = nil
        if k == ref.ordinals.count - 1, let l = ref.label, target.articles[a].label != l {
          let now = target.labels[l].flatMap { t -> String? in
            if case .article(let i) = t { return "第\(ChineseNumeral.format(target.articles[i].written ?? target.articles[i].number))条" }
            return nil
          }
          ctx.report(staleNumber, ref.span,
                     zh: "\(shown)的条标是【\(target.articles[a].label ?? "无")】，不是【\(l)】" + (now.map { "；【\(l)】现在是\($0)" } ?? ""),
                     en: "\(shown) is labelled 【\(target.articles[a].label ?? "—")】, not 【\(l)】" + (now.map { "; 【\(l)】 is now \($0)" } ?? ""),
                     notes: [.init(zh: "注意：条文重新编号后，这处引用没有随之更新", en: "note: the articles were renumbered and this reference was not updated")])
          return
        }
      case "款":
        guard let a = article else { return }
        if o.number > target.articles[a].paragraphs.count || o.number < 1 {
          ctx.report(unresolved, ref.span, zh: "第\(ChineseNumeral.format(target.articles[a].written ?? target.articles[a].number))条只有\(ChineseNumeral.format(target.articles[a].paragraphs.count))款，没有\(shown)",
                     en: "article \(target.articles[a].written ?? target.articles[a].number) has \(target.articles[a].paragraphs.count) paragraph(s), not \(o.number)")
          return
        }
        paragraph = o.number - 1; itemIndex = nil
      case "项":
        guard let a = article else { return }
        let p = min(max(paragraph ?? target.articles[a].paragraphs.lastIndex(where: { !$0.items.isEmpty }) ?? 0, 0), max(target.articles[a].paragraphs.count - 1, 0))
        let items = p < target.articles[a].paragraphs.count ? target.articles[a].paragraphs[p].items.count : 0
        if o.number > items || o.number < 1 {
          // Items of another paragraph of the same article also count when no paragraph was named.
          let anyParagraph = paragraph == nil && target.articles[a].paragraphs.contains { $0.items.count >= o.number }
          if !anyParagraph {
            ctx.report(unresolved, ref.span, zh: "所指的款没有\(shown)", en: "the paragraph cited has no item \(o.number)")
            return
          }
        }
        paragraph = p; itemIndex = o.number - 1
      case "目":
        guard let a = article, let p = paragraph, let i = itemIndex, p < target.articles[a].paragraphs.count,
              i < target.articles[a].paragraphs[p].items.count else { return }
        if o.number > target.articles[a].paragraphs[p].items[i].subitems.count {
          ctx.report(unresolved, ref.span, zh: "所指的项没有\(shown)", en: "the item cited has no sub-item \(o.number)")
          return
        }
      default: break
      }
    }
  }

  private static func relative(_ rel: Ref.Relative, _ ref: Ref, _ ctx: inout CheckContext) {
    let need: Int
    switch rel {
    case .previousParagraph: need = 1
    case .previousTwo: need = 2
    case .previousThree: need = 3
    case .previousItem:
      if (ref.from.item ?? 0) < 1 {
        ctx.report(danglingRelative, ref.span, zh: "「前项」没有可指向的项：这里不在第二项或之后", en: "前项 points nowhere: this is not the second item or later")
      }
      return
    default: return
    }
    let have = ref.from.paragraph ?? -1
    if have < need {
      let zh = ref.from.article == nil ? "「\(rel.rawValue)」不在任何条中，没有可指向的款" : "「\(rel.rawValue)」没有可指向的款：这是本条第\(ChineseNumeral.format(max(have, 0) + 1))款"
      ctx.report(danglingRelative, ref.span, zh: zh, en: "\(rel.rawValue) points nowhere: only \(max(have, 0)) paragraph(s) precede it")
    }
  }
}

/// The article and division numbers of each document, built once per run, so that a document of
/// 100,000 articles citing each other is not searched once per reference.
final class NumberIndex {
  private var articles: [Int: [Int: Int]] = [:]
  private var divisions: [Int: Set<Int>] = [:]

  /// The first article of `charter` (document `doc`) whose number, as written or counted, is `number`.
  func article(_ charter: Charter, _ doc: Int, _ number: Int) -> Int? {
    if articles[doc] == nil {
      var map = [Int: Int]()
      for (i, a) in charter.articles.enumerated() where map[a.written ?? a.number] == nil { map[a.written ?? a.number] = i }
      articles[doc] = map
    }
    return articles[doc]![number]
  }

  func hasDivision(_ charter: Charter, _ doc: Int, _ level: Division.Level, _ number: Int) -> Bool {
    if divisions[doc] == nil { divisions[doc] = Set(charter.divisions.map { $0.number &* 8 &+ $0.level.rawValue }) }
    return divisions[doc]!.contains(number &* 8 &+ level.rawValue)
  }
}
