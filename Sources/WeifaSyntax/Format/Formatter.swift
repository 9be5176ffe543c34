import WeifaBase

/// What `weifa fmt` may change.
package struct FormatOptions: Sendable {
  /// Number every division, article, item and sub-item in order and move the references.
  package var renumber: Bool
  package init(renumber: Bool = false) { self.renumber = renumber }
}

/// The result of formatting one file.
package enum FormatOutcome: Sendable {
  /// The canonical text (which may equal the input) and notes for the user.
  case formatted([UInt8], notes: [LocalizedText])
  /// The file has syntax errors: it cannot be fully parsed, so it is not formatted.
  case refused([Diagnostic])
  /// The formatter could not prove its output equivalent to the input (a bug); nothing is written.
  case failed(LocalizedText)
}

/// The canonical layout of a Weifa file, computed on the lossless tree.
///
/// - Printed lines (headings, articles, paragraphs, items, structure lines) and comments are
///   kept byte for byte, leading white space included: they are the charter as adopted, which
///   `weifa build --to text` prints as written. Only numbers change: `第？条`, `（？）` and `？.`
///   are numbered, and with `--renumber` everything is numbered in order and references move.
/// - Directive and field lines get full-width punctuation `：；（）【】、`, canonical comparison
///   symbols (`≥ ≤ ≠ = > <`), one space where words meet (`@机构 村民会议`,
///   `年龄 ≥ 60 且 户籍 = 本村`), none around punctuation, and no white space before them.
/// - Line ends follow the file's first line end; blank lines are kept single; the file ends
///   with one line end.
///
/// Formatting is idempotent, and `verify` proves that the output parses to the same tree with
/// the same prose.
package enum Formatter {
  package static func format(_ source: SourceFile, options: FormatOptions = FormatOptions()) -> FormatOutcome {
    format(Parser.parse(source), options: options)
  }

  package static func format(_ parsed: ParseResult, options: FormatOptions = FormatOptions()) -> FormatOutcome {
    let errors = parsed.diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty { return .refused(errors) }
    if let bad = parsed.tree.tokens.first(where: { $0.kind == .error }) {
      return .refused([Diagnostic(SyntaxCodes.unexpectedText, .init(zh: "此处无法解析", en: "this cannot be parsed"),
                                  file: parsed.tree.source, range: TextRange(Int(bad.start), Int(bad.end)))])
    }
    let numbering = Numbering(parsed.tree, renumber: options.renumber)
    let out = Layout(parsed.tree, numbering.replacements).render()
    if let problem = verify(parsed, out, renumbered: !numbering.replacements.isEmpty) {
      return .failed(problem)
    }
    return .formatted(out, notes: numbering.notes)
  }

  /// The text of every prose token (paragraphs, item text, titles), in order: what must never change.
  package static func proseTokens(_ tree: SyntaxTree) -> [String] {
    tree.tokens.enumerated().filter { $0.element.kind == .prose }.map { SyntaxToken(tree: tree, index: $0.offset).text }
  }

  /// Re-parses the output and checks that it is the same document: no syntax errors, the same
  /// nodes in the same order, the same words (prose, labels, titles, names, text) byte for byte,
  /// and the same punctuation and operators up to their equivalent forms. Numbers may differ only
  /// where the formatter numbered them.
  static func verify(_ before: ParseResult, _ bytes: [UInt8], renumbered: Bool) -> LocalizedText? {
    let after = Parser.parse(SourceFile(path: before.tree.source.path, bytes: bytes))
    func fail(_ zh: String, _ en: String) -> LocalizedText {
      .init(zh: "格式化未能通过自检（\(zh)），未作改动；请报告此问题", en: "the formatter failed its self-check (\(en)); nothing was changed — please report this")
    }
    if after.diagnostics.contains(where: { $0.severity == .error }) { return fail("结果有语法错误", "its output has syntax errors") }
    if after.tree.nodes.map(\.kind) != before.tree.nodes.map(\.kind) { return fail("结构不同", "the structure differs") }
    let a = significant(before.tree), b = significant(after.tree)
    guard a.count == b.count else { return fail("内容不同", "the content differs") }
    for (x, y) in zip(a, b) {
      let numberKinds: Set<SyntaxKind> = [.digits, .numeral, .question]
      if x.kind == .circled && y.kind == .circled {
        if !renumbered && x.text != y.text { return fail("编号「\(x.text)」被改动", "the number “\(x.text)” changed") }
        continue
      }
      if numberKinds.contains(x.kind) && numberKinds.contains(y.kind) {
        if x.kind != .question && y.kind != .question && !renumbered && ChineseNumeral.parse(x.text) != ChineseNumeral.parse(y.text) {
          return fail("数字「\(x.text)」被改动", "the number “\(x.text)” changed")
        }
        continue
      }
      if x.kind != y.kind { return fail("「\(x.text)」被改动", "“\(x.text)” changed") }
      if Layout.punctuation(x.kind, x.text, inFacts: false) != nil { continue }   // equivalent forms
      if x.kind == .compareOp {
        if Layout.canonicalOperator(x.text) != Layout.canonicalOperator(y.text) { return fail("比较符号「\(x.text)」被改动", "the operator “\(x.text)” changed") }
        continue
      }
      if x.text != y.text { return fail("「\(x.text)」被改动", "“\(x.text)” changed") }
    }
    return nil
  }

  /// The tokens that are not white space, line ends or the byte-order mark.
  static func significant(_ tree: SyntaxTree) -> [(kind: SyntaxKind, text: String)] {
    tree.tokens.indices.compactMap { i in
      let k = tree.tokens[i].kind
      return k == .whitespace || k == .newline ? nil : (k, SyntaxToken(tree: tree, index: i).text)
    }
  }
}

/// Lays out the lines of one tree.
struct Layout {
  let tree: SyntaxTree
  let index: TreeIndex
  let replacements: [Int: String]
  let bytes: [UInt8]

  init(_ tree: SyntaxTree, _ replacements: [Int: String]) {
    self.tree = tree
    index = TreeIndex(tree)
    self.replacements = replacements
    bytes = tree.source.bytes
  }

  /// Nodes whose tokens are laid out as one unit, their inner white space kept (prose, titles,
  /// text, quantities …) or normalised to one space (quantities, ratios, dates).
  static let atomic: Set<SyntaxKind> = [.proseText, .title, .reference, .quantity, .date, .quoted_, .textValue, .name_, .ratio]
  /// Atomic nodes whose words are the law's own: not even their punctuation is touched.
  static let verbatim: Set<SyntaxKind> = [.proseText, .title, .quoted_, .textValue, .name_]

  /// One unit of a structured line.
  struct Piece {
    var text: String
    var kind: SyntaxKind        // the token's kind, or the atomic node's
    var parent: SyntaxKind?     // the node the token (or atomic node) belongs to
    var grandparent: SyntaxKind?
  }

  func render() -> [UInt8] {
    let tokens = tree.tokens
    var lineEnd = "\n"
    if let nl = tokens.first(where: { $0.kind == .newline }) { lineEnd = text(Int(nl.start), Int(nl.end)) }
    var lines = [String]()
    var i = 0
    while i < tokens.count {
      var j = i
      while j < tokens.count && tokens[j].kind != .newline { j += 1 }
      lines.append(line(i..<j))
      i = j + 1
    }
    // Blank lines: none at the start or the end, never two in a row.
    var out = [String]()
    for l in lines {
      if l.isEmpty && (out.isEmpty || out.last!.isEmpty) { continue }
      out.append(l)
    }
    while out.last?.isEmpty == true { out.removeLast() }
    var text = out.map { $0 + lineEnd }.joined()
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { text = "\u{FEFF}" + text }
    return Array(text.utf8)
  }

  func text(_ a: Int, _ b: Int) -> String { String(decoding: bytes[a..<b], as: UTF8.self) }
  func tokenText(_ t: Int) -> String {
    if let r = replacements[t] { return r }
    let tok = tree.tokens[t]
    return text(Int(tok.start), Int(tok.end))
  }

  /// The outermost atomic node above token `t`, if any.
  func atomicAncestor(_ t: Int) -> Int? {
    var found: Int?
    var p = index.parent(ofToken: t)
    while let n = p {
      if Layout.atomic.contains(index.kind(n)) { found = n }
      p = index.parent(ofNode: n)
    }
    return found
  }

  /// Whether token `t` belongs to a directive or one of its field lines.
  func inDirective(_ t: Int) -> Bool {
    var p = index.parent(ofToken: t)
    while let n = p {
      let k = index.kind(n)
      if k == .directive || k == .fieldLine { return true }
      p = index.parent(ofNode: n)
    }
    return false
  }

  /// One line, without its line end.
  func line(_ range: Range<Int>) -> String {
    let tokens = tree.tokens
    var first = range.lowerBound
    while first < range.upperBound && tokens[first].kind == .whitespace { first += 1 }
    if first == range.upperBound { return "" }
    // A comment line: kept as written.
    if tokens[first].kind == .comment {
      var s = ""
      for t in first..<range.upperBound { s += tokenText(t) }
      return s
    }
    // A printed line (a heading, an article, a paragraph, an item, a structure line): it is the
    // charter as adopted, so it stays byte for byte, leading white space included — only the
    // numbers left to Weifa (？) or renumbered change.
    if !inDirective(first) {
      var s = ""
      for t in range.lowerBound..<range.upperBound {
        // The byte order mark is written once, before the first line.
        if tokens[t].start == 0, tokenText(t).hasPrefix("\u{FEFF}") { s += String(tokenText(t).unicodeScalars.dropFirst()); continue }
        s += tokenText(t)
      }
      return s
    }
    // A structured line: pieces joined canonically.
    var pieces = [Piece]()
    var gaps = [Bool]()        // whether white space preceded each piece
    var gap = false
    var t = first
    while t < range.upperBound {
      let kind = tokens[t].kind
      if kind == .whitespace && atomicAncestor(t) == nil { gap = true; t += 1; continue }
      if let a = atomicAncestor(t) {
        var end = t
        while end < range.upperBound && atomicAncestor(end) == a { end += 1 }
        // Trim white space at the edges of the unit.
        var lo = t, hi = end
        while lo < hi && tokens[lo].kind == .whitespace { lo += 1 }
        while hi > lo && tokens[hi - 1].kind == .whitespace { hi -= 1 }
        let akind = index.kind(a)
        var s = ""
        for k in lo..<hi {
          if tokens[k].kind == .whitespace && !Layout.verbatim.contains(akind) { s += " "; continue }
          if !Layout.verbatim.contains(akind), replacements[k] == nil, let p = Layout.punctuation(tokens[k].kind, tokenText(k), inFacts: false) {
            s += p
          } else {
            s += tokenText(k)
          }
        }
        let parent = index.parent(ofNode: a)
        pieces.append(Piece(text: s, kind: akind, parent: parent.map(index.kind), grandparent: parent.flatMap(index.parent(ofNode:)).map(index.kind)))
        gaps.append(gap || lo > t)
        gap = hi < end
        t = end
        continue
      }
      let parent = index.parent(ofToken: t)
      let inFacts = parent.map { index.kind($0) == .factList } ?? false
      var s = tokenText(t)
      if replacements[t] == nil {
        if let p = Layout.punctuation(kind, s, inFacts: inFacts) { s = p } else if kind == .compareOp { s = Layout.canonicalOperator(s) }
      }
      pieces.append(Piece(text: s, kind: kind, parent: parent.map(index.kind), grandparent: parent.flatMap(index.parent(ofNode:)).map(index.kind)))
      gaps.append(gap)
      gap = false
      t += 1
    }
    var s = ""
    for (k, p) in pieces.enumerated() {
      if k > 0 && Layout.space(between: pieces[k - 1], p, hadGap: gaps[k]) { s += " " }
      s += p.text
    }
    return s
  }

  /// The canonical form of a punctuation token, or nil if the token is not punctuation.
  static func punctuation(_ kind: SyntaxKind, _ text: String, inFacts: Bool) -> String? {
    switch kind {
    case .atSign: return "@"
    case .colon: return "："
    case .semicolon: return "；"
    case .lparen: return "（"
    case .rparen: return "）"
    case .labelOpen: return "【"
    case .labelClose: return "】"
    case .separator: return inFacts ? "，" : "、"
    case .equals: return "="
    case .dot: return "."
    case .question: return "？"
    default: return nil
    }
  }

  /// Comparison symbols in their canonical form; word operators (不小于 …) as written.
  static func canonicalOperator(_ text: String) -> String {
    switch Variants.foldWord(text) {
    case ">=", "》=", "≥": return "≥"
    case "<=", "《=", "≤": return "≤"
    case "!=", "≠": return "≠"
    case "=": return "="
    case ">", "》": return ">"
    case "<", "《": return "<"
    default: return text
    }
  }

  /// Whether one space separates two pieces of a structured line.
  static func space(between a: Piece, _ b: Piece, hadGap: Bool) -> Bool {
    if b.kind == .comment { return true }
    // '#' after white space starts a comment (lexical.ebnf): a word written right after the
    // keyword or an operator (`@定义#甲`) gets no space it did not have.
    if !hadGap && (b.text.utf8.first == UInt8(ascii: "#") || b.text.utf8.starts(with: "＃".utf8)) { return false }
    if a.kind == .atSign { return false }
    if [.colon, .semicolon, .separator, .rparen, .labelClose].contains(b.kind) { return false }
    if [.colon, .semicolon, .separator, .lparen, .labelOpen].contains(a.kind) { return false }
    if a.kind == .directiveKeyword { return b.kind != .labelOpen }
    if a.kind == .labelClose && (a.grandparent == .directive || a.grandparent == .articleHeading) { return true }
    if a.kind == .ordinalUnit && a.parent == .articleHeading { return b.kind != .labelOpen }
    if a.kind == .ordinalUnit && b.kind == .title { return true }
    if a.kind == .rparen && a.parent == .item { return false }
    if a.kind == .dot && a.parent == .subitemNumber { return true }
    if b.kind == .lparen && (a.kind == .setOp || a.kind == .typeKeyword) { return false }
    if b.kind == .lparen { return hadGap }
    if [.compareOp, .equals, .andOp, .orOp].contains(a.kind) || [.compareOp, .equals, .andOp, .orOp, .setOp].contains(b.kind) { return true }
    if a.kind == .notOp { return true }
    if a.kind == .base && b.kind == .ratio { return true }
    return hadGap
  }
}
