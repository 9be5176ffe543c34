import WeifaBase

/// The parent of every token and node of a tree, computed once without recursion (the tree
/// stores children before parents, the root last).
struct TreeIndex {
  let tree: SyntaxTree
  /// Parent node of each token, and of each node (-1 for the root).
  var tokenParent: [Int32]
  var nodeParent: [Int32]

  init(_ tree: SyntaxTree) {
    self.tree = tree
    tokenParent = Array(repeating: -1, count: tree.tokens.count)
    nodeParent = Array(repeating: -1, count: tree.nodes.count)
    for (n, node) in tree.nodes.enumerated() {
      let start = Int(node.childStart)
      for k in 0..<Int(node.childCount) {
        let e = tree.elements[start + k]
        if e >= 0 { tokenParent[Int(e)] = Int32(n) } else { nodeParent[Int(~e)] = Int32(n) }
      }
    }
  }

  func kind(_ node: Int) -> SyntaxKind { tree.nodes[node].kind }
  func parent(ofToken t: Int) -> Int? { let p = Int(tokenParent[t]); return p >= 0 ? p : nil }
  func parent(ofNode n: Int) -> Int? { let p = Int(nodeParent[n]); return p >= 0 ? p : nil }

  /// Whether token `t` lies under a node of one of `kinds`.
  func tokenIsUnder(_ t: Int, _ kinds: Set<SyntaxKind>) -> Bool {
    var p = parent(ofToken: t)
    while let n = p {
      if kinds.contains(kind(n)) { return true }
      p = parent(ofNode: n)
    }
    return false
  }
}

/// The numbers `weifa fmt` writes: `第？条`, `（？）` and `？.` filled in, and with `--renumber`
/// every division, article, item and sub-item numbered in order, and every numeric reference in
/// the same document moved along with the article (or item, or division) it pointed at.
struct Numbering {
  /// The new text of numeral tokens, by token index.
  var replacements: [Int: String] = [:]
  /// Notes for the user (e.g. that an excerpt of higher law keeps its numbers).
  var notes: [LocalizedText] = []

  private struct Counter { var last = 0 }
  private let tree: SyntaxTree
  private let renumber: Bool
  /// Old written article number → new number (first article with that number).
  private var articleMap: [Int: Int] = [:]
  /// Article label → new number.
  private var labelMap: [String: Int] = [:]
  /// Per division level: old written number → new number; nil where the old number is ambiguous.
  private var divisionMap: [SyntaxKind: [Int: Int?]] = [:]
  /// Per article (new number) and paragraph (0-based): old written item number → new number.
  private var itemMap: [Int: [[Int: Int]]] = [:]

  init(_ tree: SyntaxTree, renumber requested: Bool) {
    self.tree = tree
    let excerpt = Numbering.isHigherLaw(tree)
    renumber = requested && !excerpt
    if requested && excerpt {
      notes.append(.init(zh: "注意：上位法节选保留其原有条号，未重新编号", en: "note: an excerpt of higher law keeps its article numbers; it was not renumbered"))
    }
    var articles = Counter()
    var chapters = Counter()
    visit(tree.root, articles: &articles, chapters: &chapters)
    if renumber { references() }
  }

  static func isHigherLaw(_ tree: SyntaxTree) -> Bool {
    guard let pre = tree.root.child(.preamble) else { return false }
    for d in pre.childNodes where d.kind == .directive && d.token(.directiveKeyword).flatMap({ DirectiveKeyword.lookup($0.text) }) == .kind {
      let k = d.child(.directiveHead)?.significantText ?? ""
      return ["法律", "法规", "行政法规", "地方性法规", "规章", "司法解释"].contains(k)
    }
    return false
  }

  /// Chapters run on within a part (across its 分编), sections within a chapter, articles through
  /// the whole document, items within a paragraph, sub-items within an item — as the checker counts.
  private mutating func visit(_ node: SyntaxNode, articles: inout Counter, chapters: inout Counter) {
    var parts = Counter(), subParts = Counter(), sections = Counter()
    for child in node.childNodes {
      switch child.kind {
      case .part:
        number(child.child(.partHeading), &parts, .part)
        var inner = Counter()
        visit(child, articles: &articles, chapters: &inner)
      case .subPart:
        number(child.child(.subPartHeading), &subParts, .subPart)
        visit(child, articles: &articles, chapters: &chapters)
      case .chapter:
        number(child.child(.chapterHeading), &chapters, .chapter)
        var inner = Counter()
        visit(child, articles: &articles, chapters: &inner)
      case .section:
        number(child.child(.sectionHeading), &sections, .section)
        var inner = Counter()
        visit(child, articles: &articles, chapters: &inner)
      case .article:
        let heading = child.child(.articleHeading)
        let (old, new) = number(heading, &articles, .article)
        if let old, articleMap[old] == nil { articleMap[old] = new }
        if let l = heading?.child(.label)?.token(.labelText)?.text.trimmingSpaces(), !l.isEmpty, labelMap[l] == nil { labelMap[l] = new }
        var paragraphs = [[Int: Int]]()
        for p in child.childNodes where p.kind == .paragraph {
          var items = Counter()
          var map = [Int: Int]()
          for item in p.childNodes where item.kind == .item {
            let (oldItem, newItem) = number(item, &items, .item)
            if let oldItem, map[oldItem] == nil { map[oldItem] = newItem }
            var subitems = Counter()
            for sub in item.childNodes where sub.kind == .subitem { number(sub.child(.subitemNumber) ?? sub.child(.mark), &subitems, .subitem) }
          }
          paragraphs.append(map)
        }
        itemMap[new] = paragraphs
        var inner = Counter()
        visit(child, articles: &articles, chapters: &inner)
      default: break
      }
    }
  }

  /// Numbers one heading (or item, or sub-item); returns its old written number and its new one.
  @discardableResult
  private mutating func number(_ holder: SyntaxNode?, _ counter: inout Counter, _ level: SyntaxKind) -> (Int?, Int) {
    guard let holder else { counter.last += 1; return (nil, counter.last) }
    // A numbering mark as written (三、 3. （三） ③) holds the number.
    let numbered = holder.child(.mark) ?? holder
    let token: SyntaxToken? = numbered.child(.numeral_)?.childTokens.first
      ?? numbered.childTokens.first { $0.kind == .digits || $0.kind == .question || $0.kind == .circled }
    guard let token else { counter.last += 1; return (nil, counter.last) }
    let written = token.kind == .question ? nil
      : token.kind == .circled ? token.text.unicodeScalars.first.flatMap(MarkStyle.circledValue) : ChineseNumeral.parse(token.text)
    let new: Int
    if renumber || written == nil { new = counter.last + 1 } else { new = written! }
    counter.last = new
    if token.kind == .question || (renumber && written != new) {
      replacements[token.index] = Numbering.spell(new, like: token.kind, subitem: level == .subitem)
    }
    if let written, level != .article && level != .item && level != .subitem {
      var map = divisionMap[level] ?? [:]
      if map[written] != nil { map[written] = .some(nil) } else { map[written] = .some(new) }
      divisionMap[level] = map
    }
    return (written, new)
  }

  /// A number in the style of the token it replaces: Arabic stays Arabic, ？ becomes Chinese
  /// (Arabic for sub-items, which are written 1. 2. 3.).
  static func spell(_ n: Int, like kind: SyntaxKind, subitem: Bool = false) -> String {
    if kind == .circled { return MarkStyle.circled.format(n) }
    return kind == .digits || subitem ? String(n) : ChineseNumeral.format(n)
  }

  /// Moves the numbers of references in this document along with what they point at.
  private mutating func references() {
    let names = Numbering.documentNames(tree)
    for node in tree.root.preorder() where node.kind == .reference {
      if let title = node.child(.docTitle)?.token(.titleText)?.text.trimmingSpaces(), !names.contains(title) { continue }
      let label = node.child(.label)?.token(.labelText)?.text.trimmingSpaces()
      var article: Int?
      var paragraph: Int?
      let ordinals = node.childNodes.filter { $0.kind == .ordinal }
      for (k, o) in ordinals.enumerated() {
        guard let numeral = o.child(.numeral_), let token = numeral.childTokens.first, token.kind != .question,
              let old = ChineseNumeral.parse(token.text) else { article = nil; continue }
        let unit = o.token(.ordinalUnit).map { Variants.foldWord($0.text) } ?? ""
        var new: Int?
        switch unit {
        case "条":
          new = (k == ordinals.count - 1 ? label.flatMap { labelMap[$0] } : nil) ?? articleMap[old]
          article = new
          paragraph = nil
        case "款":
          paragraph = old - 1
        case "项":
          if let a = article, let paragraphs = itemMap[a] {
            let p = paragraph ?? paragraphs.lastIndex { !$0.isEmpty } ?? 0
            if p >= 0 && p < paragraphs.count { new = paragraphs[p][old] }
          }
        case "编": new = divisionMap[.part]?[old] ?? nil
        case "分编": new = divisionMap[.subPart]?[old] ?? nil
        case "章": new = divisionMap[.chapter]?[old] ?? nil
        case "节": new = divisionMap[.section]?[old] ?? nil
        default: break
        }
        if let new, new != old { replacements[token.index] = Numbering.spell(new, like: token.kind) }
      }
    }
  }

  /// The document's title and short names: a reference 《本规约的标题》第X条 is to this document.
  static func documentNames(_ tree: SyntaxTree) -> Set<String> {
    var out = Set<String>()
    guard let pre = tree.root.child(.preamble) else { return out }
    for d in pre.childNodes where d.kind == .directive {
      switch d.token(.directiveKeyword).flatMap({ DirectiveKeyword.lookup($0.text) }) {
      case .title?: if let h = d.child(.directiveHead) { out.insert(h.significantText) }
      case .shortName?:
        for n in d.child(.directiveHead)?.preorder() ?? [] where n.kind == .name_ { out.insert(n.significantText) }
      default: break
      }
    }
    return out
  }
}
