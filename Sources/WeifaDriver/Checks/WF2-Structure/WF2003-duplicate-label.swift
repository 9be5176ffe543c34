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
    var first = [String: TextRange]()
    // Article headings and directives in document order. Neither holds another, so the walk
    // does not go into them (their expressions are most of the tree).
    var found = [SyntaxNode]()
    func walk(_ n: SyntaxNode) {
      if n.kind == .articleHeading || n.kind == .directive { found.append(n); return }
      for c in n.childNodes { walk(c) }
    }
    walk(tree.root)
    for node in found {
      guard let label = node.child(.label), let text = label.token(.labelText)?.text.trimmingSpaces(), !text.isEmpty else { continue }
      if let earlier = first[text] {
        var d = Diagnostic(duplicateLabel, .init(zh: "标签【\(text)】重复", en: "label 【\(text)】 is used twice"),
                           file: tree.source, range: label.range)
        d.relatedPlaces = [RelatedPlace(earlier, .init(zh: "首次使用于此", en: "first used here"))]
        let (line, _) = tree.source.location(of: earlier.lower)
        d.notes = [.init(zh: "注意：第\(line)行已使用同一标签", en: "note: line \(line) uses the same label")]
        out.append(d)
      } else {
        first[text] = label.range
      }
    }
  }
}
