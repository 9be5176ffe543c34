import WeifaBase

/// References, the pass of WF3001 and WF3002: every 第X条第X款第X项, 前款, 【条标】 and 《法》第X条
/// resolves (WF3001), numbers pinned to labels still agree (WF3002) and what a 案例 names is
/// there (WF3003). The walk over each
/// reference also asks the two structure codes written on references: items cited without
/// brackets (WF2004) and 前款/前项 with something to point at (WF2005). Each code is declared
/// with its page in a file named for it, with the part of the walk that is its own.
package enum ReferenceChecks: Check {
  package static let codes = [unresolved, staleNumber, unresolvedCaseTarget, bracketedItem, danglingRelative]

  package static func run(_ ctx: inout CheckContext) {
    let index = NumberIndex()
    for ref in ctx.charter.references { check(ref, index, &ctx) }
    namedLabels(&ctx)
    caseTargets(&ctx)
  }

  /// A label in the document or, failing that, in its bundle.
  static func resolveLabel(_ label: String, in doc: Int, _ ws: Workspace) -> (doc: Int, target: LabelTarget)? {
    if let t = ws.charters[doc].labels[label] { return (doc, t) }
    for d in ws.bundle(of: doc) where d != doc { if let t = ws.charters[d].labels[label] { return (d, t) } }
    return nil
  }

  /// 「帮助：是否指「…」？」 for the names closest to `name` (`Suggest`, edit distance), or nothing.
  package static func suggestion(_ name: String, _ candidates: [String]) -> [LocalizedText] {
    Suggest.note(name, among: candidates.sorted()).map { [$0] } ?? []
  }

  private static func check(_ ref: Ref, _ index: NumberIndex, _ ctx: inout CheckContext) {
    let ws = ctx.workspace
    bracketedItems(ref, &ctx)
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
          staleNumber(ref, shown, article: a, label: l, in: target, &ctx)
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
