import WeifaBase
import WeifaSyntax

/// One line of the charter as adopted: what `weifa build --to text` prints, byte for byte, and
/// what the outline (`weifa build --to outline`) describes.
package struct PrintedLine: Sendable, Equatable {
  package enum Role: String, Sendable {
    case title, preamble, heading, article, paragraph, item, subitem, signature, blank
  }
  package var role: Role
  /// The bytes printed: the line as written, without a structure line's `@章 ` and without a
  /// trailing comment or white space.
  package var range: TextRange
  /// The nesting depth, counted as the layout fixtures count it: a heading 1 (a sub-heading 2 …),
  /// an article one deeper than the heading over it, an item one deeper than its article; 0 for
  /// the title, preamble, signature and blank lines.
  package var level: Int = 0
  /// The numbering as written at the start of the line (一、 第三条 （1） ①), if any.
  package var mark: String?
  /// Where the numbering ends in `range` (for printing a label after it), or `range.lower`.
  package var markEnd: Int
  /// The article the line belongs to, if any.
  package var article: Int?
  /// Whether the line is the first of its article (its heading line).
  package var opensArticle = false
  /// An item's or sub-item's place among its siblings (1, 2 …), for numbering `（？）` and `？.`.
  package var ordinal = 0
  /// The division a heading line opens (an index into `Charter.divisions`).
  package var division: Int?
}

extension Charter {
  /// The lines as printed, in order: every prose and heading line; directive and comment lines
  /// left out; blank lines kept where the source has them (a run of blank lines that only
  /// surrounded left-out lines becomes one, and none leads or trails).
  static func printedLines(_ tree: SyntaxTree, titleLine: TextRange?) -> [PrintedLine] {
    var walker = LineWalker(tree: tree, titleLine: titleLine)
    walker.walk(tree.root)
    walker.endLine()
    var out = [PrintedLine]()
    out.reserveCapacity(walker.lines.count)
    // A blank line is kept unless it follows another blank with only left-out lines between.
    var lastWasBlank = true
    for (line, droppedBefore) in walker.lines {
      if line.role == .blank {
        if lastWasBlank && (droppedBefore || out.isEmpty) { continue }
        if lastWasBlank && out.last?.role == .blank { continue }
        lastWasBlank = true
        out.append(line)
      } else {
        lastWasBlank = false
        out.append(line)
      }
    }
    while out.last?.role == .blank { out.removeLast() }
    return out
  }
}

/// Walks the tokens in order, gathering each line's printed bytes and the structure it sits in.
private struct LineWalker {
  let tree: SyntaxTree
  let titleLine: TextRange?
  var lines: [(PrintedLine, droppedBefore: Bool)] = []
  /// The current line: the first and last printed bytes, whether anything was left out.
  var start: Int?
  var end = 0
  var dropped = false
  /// Whether a left-out line came since the last printed one.
  var droppedSince = false
  var role: PrintedLine.Role = .preamble
  var mark: String?
  var markEnd: Int?
  var opensArticle = false
  /// Heading depth (0 outside any heading) and the article count.
  var headingDepth = 0
  var depthOfKind: [SyntaxKind: Int] = [:]
  var article: Int?
  var articles = 0
  var inArticle = false
  var items = 0
  var divisions = 0
  var division: Int?
  var subitems = 0
  var ordinal = 0

  init(tree: SyntaxTree, titleLine: TextRange?) {
    self.tree = tree
    self.titleLine = titleLine
    // The depth of each division kind among the kinds this document uses.
    var used = Set<SyntaxKind>()
    func scan(_ n: SyntaxNode) {
      for c in n.childNodes where [.part, .subPart, .chapter, .section].contains(c.kind) {
        used.insert(c.kind)
        scan(c)
      }
    }
    scan(tree.root)
    var d = 0
    for k in [SyntaxKind.part, .subPart, .chapter, .section] where used.contains(k) {
      d += 1
      depthOfKind[k] = d
    }
  }

  mutating func walk(_ node: SyntaxNode) {
    switch node.kind {
    case .directive, .fieldLine:
      // Left out, continuation lines included.
      let raw = tree.nodes[node.index]
      dropped = true
      for k in Int(raw.tokenStart)..<Int(raw.tokenEnd) where tree.tokens[k].kind == .newline {
        dropped = true
        endLine()
      }
      return
    case .structureLine:
      dropped = true   // `@章 ` is not printed; the text after it is
      return
    case .part, .subPart, .chapter, .section:
      let saved = (headingDepth, inArticle, article)
      divisions += 1
      division = divisions - 1
      headingDepth = depthOfKind[node.kind] ?? headingDepth + 1
      inArticle = false
      article = nil
      children(of: node)
      (headingDepth, inArticle, article) = (saved.0, false, nil)
      return
    case .partHeading, .subPartHeading, .chapterHeading, .sectionHeading:
      role = .heading
      mark = node.child(.mark)?.cleanText
      if let m = node.child(.mark) { markEnd = m.range.upper }
    case .article:
      articles += 1
      article = articles - 1
      inArticle = true
      opensArticle = true
      role = .article
      mark = nil
      children(of: node)
      inArticle = false
      return
    case .articleHeading:
      role = .article
      if let m = node.child(.mark) {
        mark = m.cleanText
        markEnd = m.range.upper
      } else if node.token(.di) != nil {
        let toks = node.childTokens.filter { $0.kind == .di || $0.kind == .ordinalUnit }
        mark = toks.map(\.text).joined(separator: node.child(.numeral_)?.cleanText ?? "")
        markEnd = toks.last?.range.upper
      }
    case .paragraph:
      if start == nil && !opensArticle { role = inArticle ? .paragraph : .preamble }
      items = 0
    case .item:
      role = .item
      items += 1
      subitems = 0
      ordinal = items
      mark = Lowerer.itemMark(node)
      markEnd = node.child(.mark)?.range.upper ?? node.token(.rparen)?.range.upper
    case .subitem:
      role = .subitem
      subitems += 1
      ordinal = subitems
      mark = Lowerer.itemMark(node)
      markEnd = node.child(.mark)?.range.upper ?? node.child(.subitemNumber)?.range.upper
    case .signatureBlock:
      for child in node.children {
        switch child {
        case .node(let n) where n.kind == .paragraph:
          role = .signature
          children(of: n)
        case .node(let n): walk(n)
        case .token(let t): token(t)
        }
      }
      return
    default: break
    }
    children(of: node)
  }

  mutating func children(of node: SyntaxNode) {
    for child in node.children {
      switch child {
      case .node(let n): walk(n)
      case .token(let t): token(t)
      }
    }
  }

  mutating func token(_ t: SyntaxToken) {
    switch t.kind {
    case .newline: endLine()
    case .comment: dropped = true
    case .whitespace:
      if start == nil { start = t.range.lower }   // leading white space is printed
    default:
      if start == nil { start = t.range.lower }
      end = t.range.upper
    }
  }

  mutating func endLine() {
    defer {
      start = nil
      end = 0
      dropped = false
      mark = nil
      markEnd = nil
      opensArticle = false
      ordinal = 0
      role = inArticle ? .paragraph : role == .signature ? .signature : .preamble
    }
    guard let s = start, end > s else {
      if dropped {
        droppedSince = true
      } else {
        lines.append((PrintedLine(role: .blank, range: TextRange(start ?? 0, start ?? 0), markEnd: start ?? 0), droppedSince))
        droppedSince = false
      }
      return
    }
    // Trailing white space is not printed (a line may keep it in the source).
    let bytes = tree.source.bytes
    var e = end
    while e > s {
      if bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09 { e -= 1; continue }
      if e - 3 >= s && bytes[e - 3] == 0xE3 && bytes[e - 2] == 0x80 && bytes[e - 1] == 0x80 { e -= 3; continue }   // U+3000
      if e - 2 >= s && bytes[e - 2] == 0xC2 && bytes[e - 1] == 0xA0 { e -= 2; continue }   // U+00A0
      break
    }
    guard e > s else {
      lines.append((PrintedLine(role: .blank, range: TextRange(s, s), markEnd: s), droppedSince))
      droppedSince = false
      return
    }
    end = e
    var r = role
    if r == .preamble, let t = titleLine, t.lower >= s, t.upper <= end { r = .title }
    var line = PrintedLine(role: r, range: TextRange(s, end), mark: mark, markEnd: markEnd ?? s, article: inArticle ? article : nil,
                           opensArticle: opensArticle, ordinal: ordinal, division: r == .heading ? division : nil)
    line.level = level(of: r)
    lines.append((line, droppedSince))
    droppedSince = false
  }

  func level(of role: PrintedLine.Role) -> Int {
    switch role {
    case .heading: return headingDepth
    case .article: return headingDepth + 1
    case .paragraph: return headingDepth + (inArticle ? 1 : 0)
    case .item: return headingDepth + 2
    case .subitem: return headingDepth + 3
    default: return 0
    }
  }
}

extension Charter {
  /// The article numbered `n` (as written, else as counted). When numbering starts again under
  /// each heading (一、总则 1. 2. …, 二、村风 1. …), several articles have the number: the one under
  /// the same heading as `offset` (a reference's place) is meant, else the first.
  package func article(numbered n: Int, near offset: Int? = nil) -> Int? {
    var first: Int?
    for (i, a) in articles.enumerated() where (a.written ?? a.number) == n {
      guard let offset else { return i }
      if first == nil { first = i }
      if let d = divisions.lastIndex(where: { $0.span.lower <= offset }),
         divisions[d].firstArticle <= i && i < divisions[d].endArticle { return i }
    }
    return first
  }
}

extension Charter {
  /// How people cite article `a`: 第十二条 (also for 三、 and 3., as drafters cite them); under a
  /// heading when numbering starts again under each heading (「二、村风」第1条); an unnumbered
  /// article (a verse line) by its first words (「爱祖国，跟党走……」).
  package func citation(ofArticle a: Int, english: Bool = false) -> String {
    guard articles.indices.contains(a) else { return "" }
    let art = articles[a]
    if art.mark == nil && !isHigherLaw {
      let text = art.paragraphs.first?.text ?? ""
      let words = text.count > 10 ? String(text.prefix(10)) + "……" : text
      return english ? "the line “\(words)”" : "「\(words)」"
    }
    let n = art.written ?? art.number
    var s = english ? "art. \(n)" : "第\(ChineseNumeral.format(n))条"
    if !isHigherLaw, articles.lazy.filter({ ($0.written ?? $0.number) == n }).count > 1,
       let d = divisions.lastIndex(where: { $0.firstArticle <= a && a < $0.endArticle }) {
      let heading = (divisions[d].mark ?? "") + divisions[d].title
      s = english ? "\(s) under “\(heading)”" : "「\(heading)」" + s
    }
    return s
  }
}
