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
      Articles are numbered consecutively through the whole document (not restarted in each chapter); chapters within a part, sections within a chapter, items within a paragraph, sub-items within an item. A written number out of sequence is reported. Numbers may be left to Weifa: 第？条, （？）.
      ## Why
      Repeated or skipped numbers make references such as 第X条 point at the wrong article (Legislation Law art. 65: numbered in order).
      ## Example
      """,
      wrong: "第一章 总则\n第一条 为了规范村务，制定本规约。\n第二章 村风民俗\n第一条 提倡婚事新办。\n",
      right: "第一章 总则\n第一条 为了规范村务，制定本规约。\n第二章 村风民俗\n第二条 提倡婚事新办。\n",
      fixZh: "按顺序改正序号，或写「第？条」交由 Weifa 编排。", fixEn: "Renumber in order, or write 第？条 and let Weifa number it.",
      basisZh: "《中华人民共和国立法法》第六十五条", basisEn: "Legislation Law of the PRC, art. 65"))

  private struct Counter { var next = 1 }

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
    var article = Counter()
    func visit(_ node: SyntaxNode, chapter: inout Counter) {
      var part = Counter(), subPart = Counter(), section = Counter(), paragraphItems = Counter()
      for child in node.childNodes {
        switch child.kind {
        case .part:
          expect(child.child(.partHeading), &part, "编", excerpt, &out)
          var chapters = Counter()
          visit(child, chapter: &chapters)
        case .subPart:
          expect(child.child(.subPartHeading), &subPart, "分编", excerpt, &out)
          visit(child, chapter: &chapter)     // chapters continue across 分编 within a 编
        case .chapter:
          expect(child.child(.chapterHeading), &chapter, "章", excerpt, &out)
          var inner = Counter()
          visit(child, chapter: &inner)
        case .section:
          expect(child.child(.sectionHeading), &section, "节", excerpt, &out)
          var inner = Counter()
          visit(child, chapter: &inner)
        case .article:
          expect(child.child(.articleHeading), &article, "条", excerpt, &out)
          var inner = Counter()
          visit(child, chapter: &inner)
        case .paragraph:
          paragraphItems = Counter()
          for item in child.childNodes where item.kind == .item {
            expect(item, &paragraphItems, "项", excerpt, &out)
            var subitems = Counter()
            for sub in item.childNodes where sub.kind == .subitem {
              expect(sub.child(.subitemNumber), &subitems, "目", excerpt, &out)
            }
          }
        default: break
        }
      }
    }
    var chapters = Counter()
    visit(tree.root, chapter: &chapters)
  }

  /// Compares a written number with the expected one; `？` takes the expected number.
  private static func expect(_ holder: SyntaxNode?, _ counter: inout Counter, _ unit: String, _ excerpt: Bool, _ out: inout [Diagnostic]) {
    guard let holder else { counter.next += 1; return }
    let numberToken: SyntaxToken?
    if let numeral = holder.child(.numeral_) {
      numberToken = numeral.childTokens.first
    } else {
      numberToken = holder.childTokens.first { $0.kind == .digits || $0.kind == .question }
    }
    guard let token = numberToken, token.kind != .question, let written = ChineseNumeral.parse(token.text) else {
      counter.next += 1
      return
    }
    if written != counter.next && !(excerpt && written > counter.next) {
      let expected = counter.next
      let form: (Int) -> String = { n in
        switch unit {
        case "项": return "（\(ChineseNumeral.format(n))）"
        case "目": return "\(n)."
        default: return "第\(ChineseNumeral.format(n))\(unit)"
        }
      }
      var d = Diagnostic(numberingMismatch,
                         .init(zh: "序号应为「\(form(expected))」，这里写的是「\(form(written))」",
                               en: "expected “\(form(expected))” here, found “\(form(written))”"),
                         file: holder.tree.source, range: holder.range.lower < token.range.lower ? TextRange(holder.range.lower, token.range.upper) : token.range)
      d.notes = [.init(zh: written < expected ? "注意：条的序号应当全文连续编排，不在每章重新编号" : "注意：中间缺少序号",
                       en: written < expected ? "note: numbers run on through the document; they do not restart" : "note: a number is missing in between")]
      if unit == "条" || unit == "章" {
        d.notes.append(.init(zh: "帮助：也可写「第？\(unit)」由 Weifa 自动编号", en: "help: or write 第？\(unit) and let Weifa number it"))
      }
      d.basis = [LegalCitation(law: "中华人民共和国立法法", article: 65)]
      out.append(d)
      counter.next = written + 1   // resynchronise: one finding per break, not one per article after it
    } else {
      counter.next += 1
    }
  }
}
