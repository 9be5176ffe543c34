import WeifaBase
import WeifaSyntax

/// WF2001 numbering-mismatch: articles, chapters, sections, items and sub-items are numbered in
/// order (higher law, an excerpt, may skip). Read on the tree (`StructureChecks.check`).
extension StructureChecks {
  package static let numberingMismatch = DiagnosticCode(
    "WF2001", "numbering-mismatch", .error,
    summary: .init(zh: "编号与顺序不符（重号、跳号或每章重新编号）", en: "a number out of sequence (repeated, skipped or restarted)"),
    explanation: page(
      zh: """
      ## 说明
      条的序号在全文中连续编排（不在每章重新从第一条开始）；章在编内连续，节在章内连续，项在款内连续，目在项内连续。写明的序号与实际顺序不符时报告此错误。序号也可写作「第？条」「（？）」由 Weifa 自动编排。
      ## 为什么
      重号、跳号会使「第X条」的引用指向错误的条文，也不符合《中华人民共和国立法法》第六十五条「依次表述」的要求。
      ## 示例
      """, en: """
      ## What
      Articles are numbered consecutively through the whole document (not restarted in each chapter); chapters within a part, sections within a chapter, items within a paragraph, sub-items within an item. A written number out of sequence is reported. Numbers may be left to Weifa: “第？条”, “（？）”.
      ## Why
      Repeated or skipped numbers make references such as “第X条” point at the wrong article (Legislation Law art. 65: numbered in order).
      ## Example
      """,
      wrong: "第一章 总则\n第一条 为了规范村务，制定本规约。\n第二章 村风民俗\n第一条 提倡婚事新办。\n",
      right: "第一章 总则\n第一条 为了规范村务，制定本规约。\n第二章 村风民俗\n第二条 提倡婚事新办。\n",
      fixZh: "按顺序改正序号（weifa fmt --renumber 文件 会重新编号并更新引用），或写「第？条」交由 Weifa 编排。", fixEn: "Renumber in order (weifa fmt --renumber FILE does it and updates the references), or write “第？条” and let Weifa number it.",
      basisZh: "《中华人民共和国立法法》第六十五条", basisEn: "Legislation Law of the PRC, art. 65"))

  /// One run of numbers that count together (the articles of a document, the chapters of a
  /// part, the items of a paragraph …): an id per run, the numbered places in order.
  private struct Counter {
    let id: Int
    init(_ runs: inout [[(SyntaxNode?, String, Bool)]]) { id = runs.count; runs.append([]) }
  }

  /// Kinds of higher law. Codes/ holds excerpts of them with their real article numbers, so
  /// numbers there must increase but may skip (a 节选).
  package static let higherLawKinds: Set<String> = ["法律", "法规", "行政法规", "地方性法规", "规章", "司法解释"]

  /// The document's `@类型`, if any.
  package static func documentKind(_ tree: SyntaxTree) -> String? {
    guard let pre = tree.root.child(.preamble) else { return nil }
    for d in pre.childNodes where d.kind == .directive && d.token(.directiveKeyword).map({ DirectiveKeyword(rawValue: $0.text) }) == .kind {
      return d.child(.directiveHead)?.significantText
    }
    return nil
  }

  static func numbering(_ tree: SyntaxTree, _ out: inout [Diagnostic]) {
    let excerpt = documentKind(tree).map(higherLawKinds.contains) ?? false
    // First the numbered places of each run, in document order; then each run is compared with
    // its expected sequence, looking one place ahead to tell a wrong number from a new start.
    var runs = [[(SyntaxNode?, String, Bool)]]()
    let article = Counter(&runs)
    // Each place notes whether it opens a division (the first article of a chapter), where a
    // repeated number is a restart rather than a slip.
    var opening = false
    /// Places of the article run where numbering legitimately starts again at 1.
    var restarts = Set<Int>()
    /// The numbering style of the headings (一、 in 一、总则), when they have one.
    var headingStyle: MarkStyle?
    func add(_ holder: SyntaxNode?, _ counter: Counter, _ unit: String) {
      runs[counter.id].append((holder, unit, opening))
      opening = false
    }
    func visit(_ node: SyntaxNode, chapter: Counter) {
      let part = Counter(&runs), subPart = Counter(&runs), section = Counter(&runs)
      if [.part, .subPart, .chapter, .section].contains(node.kind) { opening = true }
      for child in node.childNodes {
        switch child.kind {
        case .part:
          add(child.child(.partHeading), part, "编")
          visit(child, chapter: Counter(&runs))
        case .subPart:
          add(child.child(.subPartHeading), subPart, "分编")
          visit(child, chapter: chapter)     // chapters continue across 分编 within a 编
        case .chapter:
          if headingStyle == nil, let m = child.child(.chapterHeading)?.child(.mark) { headingStyle = MarkStyle.named(m.significantText) }
          add(child.child(.chapterHeading), chapter, "章")
          visit(child, chapter: Counter(&runs))
        case .section:
          add(child.child(.sectionHeading), section, "节")
          visit(child, chapter: Counter(&runs))
        case .article:
          // 一、 1. （一） numbering may start again under each heading (一、总则 / 1. 2. …, 二、… / 1. …).
          let heading = child.child(.articleHeading)
          // An article numbered in the headings' style (四、 among 一、总则 … 五、附则) counts with them.
          if let m = heading?.child(.mark), let style = headingStyle, MarkStyle.named(m.significantText) == style {
            add(heading, chapter, "章")
            visit(child, chapter: Counter(&runs))
            continue
          }
          if opening, heading?.child(.mark) != nil, let (_, n) = number(heading), n == 1, !runs[article.id].isEmpty {
            runs[article.id].append((nil, "条", true))   // a break: the run goes on from 1
            restarts.insert(runs[article.id].count)
          }
          add(heading, article, "条")
          visit(child, chapter: Counter(&runs))
        case .paragraph:
          let items = Counter(&runs)
          for item in child.childNodes where item.kind == .item {
            add(item, items, "项")
            let subitems = Counter(&runs)
            for sub in item.childNodes where sub.kind == .subitem {
              add(sub.child(.subitemNumber) ?? sub.child(.mark), subitems, "目")
            }
          }
        default: break
        }
      }
    }
    visit(tree.root, chapter: Counter(&runs))
    for run in runs where !run.isEmpty {
      let written = run.map { number($0.0) }
      var next = 1
      var previous: Int?
      for (i, (holder, unit, opens)) in run.enumerated() {
        if holder == nil && restarts.contains(i + 1) && run.count > i + 1 && unit == "条" { next = 1; continue }
        guard let holder, let (token, n) = written[i] else { next += 1; continue }
        defer { previous = n }
        if n == next || (excerpt && n > next) { next += 1; continue }
        // A wrong number whose successor is where the sequence expects it is one slip (第六条
        // written twice before 第八条): the sequence goes on from its place. Otherwise the numbers
        // start again from the one written (a restart, a gap, an inserted article): one finding
        // per break, not one per place after it.
        let following = written[(i + 1)...].first { $0 != nil }.flatMap { $0?.1 }
        let slip = following == next + 1
        let kind: Break = previous == n && !opens ? .repeated : slip ? .slip : n < next ? .restart : .gap
        report(holder, token, unit, expected: next, written: n, kind, out: &out)
        next = slip ? next + 1 : n + 1
      }
    }
  }

  /// How a number breaks the sequence.
  private enum Break { case repeated, slip, restart, gap }

  /// The number written in a heading or item, with its token; nil for `？` or none.
  private static func number(_ holder: SyntaxNode?) -> (SyntaxToken, Int)? {
    guard let holder else { return nil }
    if let mark = holder.child(.mark) { return number(mark) }
    if let circled = holder.token(.circled), let s = circled.text.unicodeScalars.first, let v = MarkStyle.circledValue(s) { return (circled, v) }
    let numberToken: SyntaxToken?
    if let numeral = holder.child(.numeral_) {
      numberToken = numeral.childTokens.first
    } else {
      numberToken = holder.childTokens.first { $0.kind == .digits || $0.kind == .question }
    }
    guard let token = numberToken, token.kind != .question, let written = ChineseNumeral.parse(token.text) else { return nil }
    return (token, written)
  }

  private static func report(_ holder: SyntaxNode, _ token: SyntaxToken, _ unit: String, expected: Int, written: Int, _ kind: Break, out: inout [Diagnostic]) {
    // The number in the style it is written in (三、 3. （三） ③), or as statutes write it.
    let style = (holder.kind == .mark ? holder : holder.child(.mark)).flatMap { m in MarkStyle.named(m.significantText) }
    let form: (Int) -> String = { n in
      if let style { return style.format(n) }
      switch unit {
      case "项": return "（\(ChineseNumeral.format(n))）"
      case "目": return "\(n)."
      default: return "第\(ChineseNumeral.format(n))\(unit)"
      }
    }
    let message: LocalizedText = kind == .repeated
      ? .init(zh: "「\(form(written))」重号：上一个也是「\(form(written))」，这里应为「\(form(expected))」",
              en: "“\(form(written))” twice: the one before is “\(form(written))” too; “\(form(expected))” is expected here")
      : .init(zh: "序号应为「\(form(expected))」，这里写的是「\(form(written))」",
              en: "expected “\(form(expected))” here, found “\(form(written))”")
    var d = Diagnostic(numberingMismatch, message, file: holder.tree.source,
                       range: holder.range.lower < token.range.lower ? TextRange(holder.range.lower, token.range.upper) : token.range)
    switch kind {
    case .restart: d.notes = [.init(zh: "注意：条的序号应当全文连续编排，不在每章重新编号", en: "note: numbers run on through the document; they do not restart")]
    case .gap: d.notes = [.init(zh: "注意：中间缺少序号", en: "note: a number is missing in between")]
    case .repeated, .slip: break   // the numbers after it are where they should be: nothing more to say
    }
    let path = holder.tree.source.path
    d.notes.append(.init(zh: "帮助：运行 weifa fmt --renumber \(path) 按顺序重新编号并更新引用（加 --write 改写文件）",
                         en: "help: weifa fmt --renumber \(path) renumbers in order and updates the references (add --write to rewrite the file)"))
    if (unit == "条" || unit == "章") && style == nil {
      d.notes.append(.init(zh: "帮助：也可写「第？\(unit)」由 Weifa 自动编号", en: "help: or write “第？\(unit)” and let Weifa number it"))
    }
    d.basis = [LegalCitation(law: "中华人民共和国立法法", article: 65)]
    out.append(d)
  }
}
