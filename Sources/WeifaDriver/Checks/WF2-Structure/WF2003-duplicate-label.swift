import WeifaBase
import WeifaSyntax

/// WF2003 duplicate-label: article labels and directive labels are unique in a document. Read on
/// the tree (`StructureChecks.check`).
extension StructureChecks {
  package static let duplicateLabel = DiagnosticCode(
    "WF2003", "duplicate-label", .error,
    summary: .init(zh: "条标或标签重复", en: "a label used twice"),
    explanation: page(
      zh: """
      ## 说明
      条标【…】和指令的标签【…】在同一文件中必须唯一。
      ## 为什么
      标签是稳定的引用目标：重新编号后，【村民会议】仍然指向同一条。重复的标签使引用不明确。
      ## 示例
      """, en: """
      ## What
      Article labels 【…】 and directive labels are unique within a document.
      ## Why
      Labels are stable reference targets across renumbering; a repeated label makes references ambiguous.
      ## Example
      """,
      wrong: "第一条【宗旨】 为了规范村务，制定本规约。\n第二条【宗旨】 本规约适用于本村村民。\n",
      right: "第一条【宗旨】 为了规范村务，制定本规约。\n第二条【适用范围】 本规约适用于本村村民。\n",
      fixZh: "给其中一个换一个名字。", fixEn: "Rename one of them."))

  static func labels(_ tree: SyntaxTree, _ out: inout [Diagnostic]) {
    // Each label's first place: where, in which article, and whether it names the article.
    var first = [String: (range: TextRange, article: Int, ofArticle: Bool)]()
    // Article headings and directives in document order, with the article they stand in. Neither
    // holds another, so the walk does not go into them (their expressions are most of the tree).
    var found = [(node: SyntaxNode, article: Int)]()
    var articles = 0
    func walk(_ n: SyntaxNode) {
      if n.kind == .article { articles += 1 }
      if n.kind == .articleHeading || n.kind == .directive { found.append((n, articles)); return }
      for c in n.childNodes { walk(c) }
    }
    walk(tree.root)
    for (node, article) in found {
      // @条标 宗旨 names its article as 第一条【宗旨】 does.
      let isArticleLabel = node.kind == .articleHeading
        || node.token(.directiveKeyword).map { DirectiveKeyword.lookup($0.text) == .articleLabel } == true
      let labelRange: TextRange
      let text: String
      if node.kind == .directive, isArticleLabel, let head = node.child(.directiveHead) {
        labelRange = head.range
        text = head.significantText
      } else if let label = node.child(.label), let t = label.token(.labelText)?.text.trimmingSpaces() {
        labelRange = label.range
        text = t
      } else { continue }
      guard !text.isEmpty else { continue }
      if let earlier = first[text] {
        // An article and a rule written in it may share a name (第二条【高龄补贴】 and
        // @享有【高龄补贴】): 【高龄补贴】 then names the article, and the rule is in it.
        if earlier.article == article && article > 0 && earlier.ofArticle != isArticleLabel { continue }
        var d = Diagnostic(duplicateLabel, .init(zh: "标签【\(text)】重复", en: "label 【\(text)】 is used twice"),
                           file: tree.source, range: labelRange)
        d.relatedPlaces = [RelatedPlace(earlier.range, .init(zh: "首次使用于此", en: "first used here"))]
        let (line, _) = tree.source.location(of: earlier.range.lower)
        d.notes = [.init(zh: "注意：第\(line)行已使用同一标签", en: "note: line \(line) uses the same label")]
        out.append(d)
      } else {
        first[text] = (labelRange, article, isArticleLabel)
      }
    }
  }
}
