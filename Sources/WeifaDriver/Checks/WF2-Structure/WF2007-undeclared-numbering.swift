import WeifaBase
import WeifaSyntax

/// WF2007 undeclared-numbering: lines numbered 一、 二、 …, 1. 2. … or ① ② … that the document
/// reads as prose because `@编号` does not declare their style — most often a charter pasted
/// from Word. Read on the tree (`StructureChecks.check`): one finding per style, at its first line.
extension StructureChecks {
  package static let undeclaredNumbering = DiagnosticCode(
    "WF2007", "undeclared-numbering", .warning,
    summary: .init(zh: "有按「一、」「1.」等编号的行，但「@编号」没有声明，被当作正文", en: "lines numbered like “一、” or “1.” read as prose: “@编号” does not declare their style"),
    explanation: page(
      zh: """
      ## 说明
      多数村规民约用「一、」「1.」「（一）」「①」编号。Weifa 只有在「@编号」声明了某种编号样式时，才把以它开头的行当作条、项或目；否则这些行只是正文，不能被引用，规则和案例也无法指向它们。发现两行以上按顺序编号（一、二、……）却没有声明的，报告此警告。
      ## 为什么
      未声明时，「第三条」之类的引用找不到条文，诊断、查询结果和居民页面也无法指出规则所在的位置。
      ## 示例
      """, en: """
      ## What
      Most real charters number with 一、, 1., （一） or ①. Weifa reads a line starting with such a mark as an article, item or sub-item only when “@编号” declares the style; otherwise the line is plain prose, which cannot be cited and to which no rule or case can point. Two or more lines numbered in sequence (一、 二、 …) with no declaration are reported.
      ## Why
      Undeclared, a reference such as “第三条” finds no article, and diagnostics, answers and the residents' page cannot say where a rule stands.
      ## Example
      """,
      wrong: "@标题 溪林村村规民约\n一、村民应当遵守本规约。\n二、村民应当爱护公共财物。\n",
      right: "@标题 溪林村村规民约\n@编号 条：一、\n一、村民应当遵守本规约。\n二、村民应当爱护公共财物。\n",
      fixZh: "在文件开头声明编号，如「@编号 条：一、」（有「一、总则」这类标题时写「@编号 章：一、；条：1.」）；从 Word 粘贴的原文可以用 weifa import 转换。",
      fixEn: "Declare the numbering at the top, e.g. “@编号 条：一、” (with headings such as 一、总则: “@编号 章：一、；条：1.”); text pasted from Word can be converted with weifa import."))

  /// The styles a document's `@编号` declares.
  static func declaredStyles(_ tree: SyntaxTree) -> Set<MarkStyle> {
    var out = Set<MarkStyle>()
    guard let pre = tree.root.child(.preamble) else { return out }
    for d in pre.childNodes where d.kind == .directive {
      guard let head = d.child(.directiveHead)?.child(.numberingHead) else { continue }
      for t in head.childTokens where t.kind == .text { if let s = MarkStyle.named(t.text) { out.insert(s) } }
    }
    return out
  }

  static func undeclaredNumbering(_ tree: SyntaxTree, _ out: inout [Diagnostic]) {
    let declared = declaredStyles(tree)
    // Per style: the prose lines that start with its mark, with the number written.
    var found = [MarkStyle: [(range: TextRange, number: Int)]]()
    let bytes = tree.source.bytes
    func visit(_ n: SyntaxNode) {
      for c in n.childNodes {
        switch c.kind {
        case .paragraph:
          if c.child(.structureLine) == nil, let prose = c.child(.proseText) {
            let start = prose.range.lower
            let limit = min(prose.range.upper, start + 64)
            let m = bytes.withUnsafeBufferPointer { Marks.at($0, start, limit: limit) }
            if let m, !declared.contains(m.style), m.end < prose.range.upper {
              let numeral = String(decoding: bytes[m.numeral], as: UTF8.self)
              let value = m.style == .circled
                ? String(decoding: bytes[start..<m.end], as: UTF8.self).unicodeScalars.first.flatMap(MarkStyle.circledValue)
                : ChineseNumeral.parse(numeral)
              if let value { found[m.style, default: []].append((TextRange(start, m.end), value)) }
            }
          }
          visit(c)
        case .directive, .fieldLine: continue
        default: visit(c)
        }
      }
    }
    visit(tree.root)
    for style in MarkStyle.allCases {
      guard let lines = found[style], lines.count >= 2 else { continue }
      // Numbered in sequence somewhere: a 1 (or 一) followed by a 2.
      guard let first = lines.firstIndex(where: { $0.number == 1 }), lines[(first + 1)...].contains(where: { $0.number == 2 }) else { continue }
      let example = style.example
      var d = Diagnostic(undeclaredNumbering,
                         .init(zh: "有 \(lines.count) 行以「\(example)」式编号开头，但「@编号」没有声明这种样式，这些行被当作正文，不是条或项",
                               en: "\(lines.count) lines start with numbers in the style “\(example)”, but “@编号” does not declare it: they are read as prose, not as articles or items"),
                         file: tree.source, range: lines[first].range)
      d.notes = [
        .init(zh: "帮助：若这是条的编号，在文件开头加「@编号 条：\(example)」；若上面还有「一、总则」这样的标题，写「@编号 章：一、；条：\(example)」",
              en: "help: if these number the articles, add “@编号 条：\(example)” at the top; with headings such as 一、总则 above them, “@编号 章：一、；条：\(example)”"),
        .init(zh: "帮助：从 Word 粘贴的规约原文可以用 weifa import 原文.txt -o 规约.weifa 转换，原文每个字都保留",
              en: "help: a charter pasted from Word converts with weifa import TEXT.txt -o CHARTER.weifa, every character kept"),
      ]
      out.append(d)
    }
  }
}
