import WeifaBase

/// A numbering style, as real charters number their articles and items: `一、`, `1.`, `（一）`,
/// `（1）`, `①`. A document declares which level each style numbers (`@编号 条：一、；项：（1）`);
/// `第一条` and `第一章` are always recognised.
package enum MarkStyle: Int, CaseIterable, Sendable {
  /// 一、 二、 十一、 — a Chinese numeral and 、.
  case chineseDun
  /// 1. 1． 1、 (half- or full-width digits), not followed by a digit (1.5米 is prose).
  case arabicDot
  /// （一） (一) (三） — a Chinese numeral in brackets of either width.
  case parenChinese
  /// （1） (1)
  case parenArabic
  /// ① … ⑳
  case circled

  /// How the style is written in `@编号`.
  package var example: String {
    switch self {
    case .chineseDun: return "一、"
    case .arabicDot: return "1."
    case .parenChinese: return "（一）"
    case .parenArabic: return "（1）"
    case .circled: return "①"
    }
  }

  /// `n` numbered in this style: 三、 3. （三） （3） ③.
  package func format(_ n: Int) -> String {
    switch self {
    case .chineseDun: return ChineseNumeral.format(n) + "、"
    case .arabicDot: return "\(n)."
    case .parenChinese: return "（" + ChineseNumeral.format(n) + "）"
    case .parenArabic: return "（\(n)）"
    case .circled: return (1...20).contains(n) ? String(Character(Unicode.Scalar(0x2460 + UInt32(n) - 1)!)) : "(\(n))"
    }
  }

  /// The style a declaration names: its example in any of the accepted spellings
  /// (`1.` `1．` `1、` `１.`, `（一）` `(一)`, `（1）` `(1)`, `①`), or any number written that way.
  package static func named(_ text: String) -> MarkStyle? {
    let b = Array(text.utf8)
    return b.withUnsafeBufferPointer { p in
      guard let m = Marks.at(p, 0, limit: p.count), m.end == p.count else { return nil }
      return m.style
    }
  }

  /// The value of a circled number (① = 1 … ⑳ = 20).
  package static func circledValue(_ s: Unicode.Scalar) -> Int? {
    (0x2460...0x2473).contains(s.value) ? Int(s.value - 0x2460) + 1 : nil
  }
}

/// The structure level a numbering style is declared for (the keys of `@编号`), and the levels a
/// structure line (`@章 总　则`) names.
package enum LayoutLevel: String, CaseIterable, Sendable {
  case part = "编", subPart = "分编", chapter = "章", section = "节", article = "条", paragraph = "款", item = "项", subitem = "目"

  var kind: SyntaxKind {
    switch self {
    case .part: return .part
    case .subPart: return .subPart
    case .chapter: return .chapter
    case .section: return .section
    case .article: return .article
    case .paragraph: return .paragraph
    case .item: return .item
    case .subitem: return .subitem
    }
  }

  /// Matched longest first (分编 before 编).
  static let table = WordTable(LayoutLevel.allCases.map(\.rawValue))
  static let cases = LayoutLevel.allCases
}

/// Where a numbering mark starts and ends in a line, and what it says.
package struct MarkMatch: Sendable {
  package var style: MarkStyle
  /// The numeral's bytes (`三`, `12`, `？`); empty for a circled number.
  package var numeral: Range<Int>
  package var end: Int
}

package enum Marks {
  /// The mark at `p` in `b` (up to `limit`), if one starts there.
  package static func at(_ b: UnsafeBufferPointer<UInt8>, _ p: Int, limit: Int) -> MarkMatch? {
    guard p < limit else { return nil }
    let (s, len) = Bytes.decode(b, p)
    if MarkStyle.circledValue(s) != nil { return MarkMatch(style: .circled, numeral: p..<p, end: p + len) }
    if s == "（" || s == "(" {
      let inner = p + len
      let (ce, chinese) = numeralEnd(b, inner, limit: limit)
      guard ce > inner, ce < limit else { return nil }
      let (c, clen) = Bytes.decode(b, ce)
      guard c == "）" || c == ")" else { return nil }
      return MarkMatch(style: chinese ? .parenChinese : .parenArabic, numeral: inner..<ce, end: ce + clen)
    }
    let (e, chinese) = numeralEnd(b, p, limit: limit)
    guard e > p, e < limit else { return nil }
    let (t, tlen) = Bytes.decode(b, e)
    if chinese {
      // 一、 — and not 一要… or 二〇二三年.
      guard t == "、" else { return nil }
      return MarkMatch(style: .chineseDun, numeral: p..<e, end: e + tlen)
    }
    guard t == "." || t == "．" || t == "、" else { return nil }
    let after = e + tlen
    if after < limit, ChineseNumeral.asciiDigit(Bytes.decode(b, after).0) != nil { return nil }   // 1.5米, 2024.3.1
    return MarkMatch(style: .arabicDot, numeral: p..<e, end: after)
  }

  /// The end of a numeral at `p` (digits, Chinese numerals or ？) and whether it is Chinese.
  static func numeralEnd(_ b: UnsafeBufferPointer<UInt8>, _ p: Int, limit: Int) -> (Int, Bool) {
    guard p < limit else { return (p, false) }
    let (s, len) = Bytes.decode(b, p)
    if s == "？" || s == "?" { return (p + len, false) }
    var i = p
    while i < limit {
      let (x, l) = Bytes.decode(b, i)
      guard ChineseNumeral.asciiDigit(x) != nil else { break }
      i += l
    }
    if i > p { return (i, false) }
    while i < limit {
      let (x, l) = Bytes.decode(b, i)
      guard ChineseNumeral.isNumeralScalar(x) else { break }
      i += l
    }
    return (i, true)
  }
}

/// What `@编号` declared: the syntax kind each style numbers. Without a declaration, （一） and
/// （1） are items and 1. a sub-item inside an article, as in the statutes.
struct LayoutStyles {
  var kinds: [SyntaxKind?] = [nil, .subitem, .item, .item, nil]
  /// `条：每行`: every prose line after the first heading is an unnumbered article (verse).
  var everyLine = false
  /// Whether `1.` is a sub-item only by default (then only inside an article, as before).
  var arabicDotByDefault = true

  func kind(_ s: MarkStyle) -> SyntaxKind? { kinds[s.rawValue] }
}

// MARK: - Parsing

extension LineParser {
  /// The mark at `p` on this line.
  func markAt(_ p: Int) -> MarkMatch? { Marks.at(b, p, limit: lineEnd) }

  /// Mark ::= '（' Numeral '）' | Numeral MARK_SUFFIX | CIRCLED
  mutating func mark(_ m: MarkMatch) {
    builder.start(.mark)
    switch m.style {
    case .circled:
      bump(.circled, to: m.end)
    case .parenChinese, .parenArabic:
      bump(.lparen, to: m.numeral.lowerBound)
      numeral()
      bump(.rparen, to: m.end)
    case .chineseDun, .arabicDot:
      numeral()
      let s = scalar(pos)
      bump(s == "、" ? .separator : .dot, to: m.end)
    }
    builder.finish()
  }

  /// A line numbered in a style the document declared: a division heading, an article, an
  /// item or a sub-item. Returns false when the style numbers nothing at this place.
  mutating func markedLine(_ first: Int, _ m: MarkMatch) -> Bool {
    guard let kind = styles.kind(m.style) else { return false }
    switch kind {
    case .part, .subPart, .chapter, .section:
      closeTo(LineParser.level(kind), closingPreamble: true)
      builder.start(kind)
      skipSpaces()
      markedDivisionHeading(LineParser.headingKind(kind), m)
    case .article:
      closeTo(LineParser.level(.article), closingPreamble: true)
      builder.start(.article)
      skipSpaces()
      builder.start(.articleHeading)
      mark(m)
      if isScalar(spacesEnd(pos), "【") { skipSpaces(); label() }
      builder.finish()
      articleFirstParagraph()
    case .item:
      guard isOpen(.article) else { return false }
      closeTo(LineParser.level(.item), closingPreamble: false)
      skipSpaces()
      builder.start(.item)
      mark(m)
      skipSpaces()
      proseText()
      newline()
    default:
      guard isOpen(.article) else { return false }
      closeTo(LineParser.level(.subitem), closingPreamble: false)
      if !isOpen(.item) {
        error(SyntaxCodes.orphanItem, first, lineEnd, zh: "目「\(m.style.example)」应当出现在某一项之后", en: "a sub-item “\(m.style.example)” must follow an item")
      }
      skipSpaces()
      builder.start(.subitem)
      mark(m)
      skipSpaces()
      proseText()
      newline()
    }
    return true
  }

  static func headingKind(_ division: SyntaxKind) -> SyntaxKind {
    switch division {
    case .part: return .partHeading
    case .subPart: return .subPartHeading
    case .chapter: return .chapterHeading
    default: return .sectionHeading
    }
  }

  /// A heading numbered as the document declared (`一、总则`): the mark, then the title.
  mutating func markedDivisionHeading(_ kind: SyntaxKind, _ m: MarkMatch) {
    builder.start(kind)
    mark(m)
    skipSpaces()
    if pos < lineEnd && !isCommentStart(pos) { title() }
    structuredLineEnd()
    builder.finish()
  }

  /// The rest of an article's first line is its first paragraph.
  mutating func articleFirstParagraph() {
    skipSpaces()
    if pos < lineEnd {
      builder.start(.paragraph)
      proseText()
    }
    newline()
  }

  /// The level a structure line (`@章 总　则`) names, and where its keyword ends: the keyword must
  /// be followed by white space or the line end (so `@条标` stays a directive).
  mutating func structureKeywordAt(_ p: Int) -> (LayoutLevel, Int)? {
    guard let (v, e) = LayoutLevel.table.match(b, p, limit: lineEnd) else { return nil }
    if e < lineEnd, !LineParser.isSpace(Bytes.decode(b, e).0) { return nil }
    return (LayoutLevel.cases[v], e)
  }

  /// StructureLine ::= '@' STRUCTURE_KEYWORD SPACE?
  ///
  /// One line whose role is stated: a heading with no number (`@章 总　则`), an article among
  /// headings of its style, an unnumbered item, or prose that would otherwise read as structure.
  /// The text after the one separating space is the line as printed.
  mutating func structureLine(_ level: LayoutLevel, keywordEnd: Int) {
    let kind = level.kind
    // `@条 四、…` numbered in the style of the headings around it stands beside them, not under one.
    var textStart = keywordEnd
    if textStart < lineEnd, LineParser.isSpace(Bytes.decode(b, textStart).0) { textStart = next(textStart) }
    let sibling = kind == .article ? markAt(spacesEnd(textStart)).flatMap { styles.kind($0.style) } : nil
    switch kind {
    case .article where sibling.map({ LineParser.level($0) < LineParser.level(.article) }) == true:
      closeTo(LineParser.level(sibling!), closingPreamble: true)
    case .part, .subPart, .chapter, .section, .article:
      closeTo(LineParser.level(kind), closingPreamble: true)
    case .paragraph:
      closeTo(LineParser.level(.paragraph), closingPreamble: false)
    default:
      closeTo(LineParser.level(kind), closingPreamble: false)
      if !isOpen(kind == .item ? .article : .item) {
        error(SyntaxCodes.orphanItem, pos, lineEnd,
              zh: kind == .item ? "「@项」应当出现在条之内" : "「@目」应当出现在某一项之后",
              en: kind == .item ? "“@项” must stand inside an article" : "“@目” must follow an item")
      }
    }
    builder.start(kind)
    let headingKind: SyntaxKind? = kind == .article ? .articleHeading : kind == .paragraph || kind == .item || kind == .subitem ? nil : LineParser.headingKind(kind)
    if let headingKind { builder.start(headingKind) }
    builder.start(.structureLine)
    skipSpaces()
    bump(.atSign, to: next(pos))
    bump(.structureKeyword, to: keywordEnd)
    // Exactly one white-space character separates the keyword from the printed text.
    if pos < lineEnd, LineParser.isSpace(Bytes.decode(b, pos).0) { bump(.whitespace, to: next(pos)) }
    builder.finish()
    let m = markAt(spacesEnd(pos))
    switch kind {
    case .part, .subPart, .chapter, .section:
      if let m { skipSpaces(); mark(m) }
      if pos < lineEnd && !isCommentStart(spacesEnd(pos)) { title() }
      structuredLineEnd()
      builder.finish()
    case .article:
      if let m { skipSpaces(); mark(m) }
      builder.finish()
      articleFirstParagraph()
    case .paragraph:
      proseText()
      newline()
    default:
      if let m { skipSpaces(); mark(m) }
      proseText()
      newline()
    }
  }

  /// NumberingHead ::= LEVEL ':' NUMBERING_STYLE+ ( ';' LEVEL ':' NUMBERING_STYLE+ )*
  ///
  /// `章：一、；条：1.；项：（1） （一）；目：①` — each level with the styles that number it.
  /// The parser reads it at once: the lines below are read with these styles.
  mutating func numberingHead() {
    builder.start(.numberingHead)
    var declared = styles
    var seen = Set<Int>()
    if declaredStructure {
      error(SyntaxCodes.invalidNumbering, pos, lineEnd, zh: "「@编号」应当写在第一个标题或条文之前", en: "“@编号” must come before the first heading or article")
    }
    while pos < lineEnd && !isCommentStart(pos) {
      let entryStart = pos
      guard let (v, e) = LayoutLevel.table.match(b, pos, limit: lineEnd) else {
        let end = valueEnd(pos)
        error(SyntaxCodes.invalidNumbering, pos, end, zh: "「\(file.text(TextRange(pos, end)).trimmingSpaces())」不是层级；层级写作 编、章、节、条、项、目，如「条：一、」",
              en: "“\(file.text(TextRange(pos, end)).trimmingSpaces())” is not a level; write 编 章 节 条 项 目, e.g. “条：一、”")
        bump(.error, to: end)
        if !numberingSeparator() { break }
        continue
      }
      let level = LayoutLevel.cases[v]
      bump(.name, to: e)
      skipSpaces()
      guard isScalar(pos, "：", ":") else {
        error(SyntaxCodes.invalidNumbering, entryStart, pos, zh: "层级「\(level.rawValue)」后面应有「：」和编号样式", en: "the level “\(level.rawValue)” needs “：” and a numbering style")
        let end = valueEnd(pos)
        bump(.error, to: end)
        if !numberingSeparator() { break }
        continue
      }
      bump(.colon, to: next(pos))
      skipSpaces()
      var any = false
      while pos < lineEnd && !atNumberingEntryEnd(pos) {
        var e = pos
        while e < lineEnd && !LineParser.isSpace(Bytes.decode(b, e).0) && !atNumberingEntryEnd(e) { e = next(e) }
        let word = file.text(TextRange(pos, e))
        if level == .article && (word == "每行" || word == "無" || word == "每句") {
          declared.everyLine = true
          any = true
          bump(.text, to: e)
        } else if let style = MarkStyle.named(word), level != .paragraph {
          if seen.contains(style.rawValue) {
            error(SyntaxCodes.invalidNumbering, pos, e, zh: "编号样式「\(word)」已用于另一层级；每种样式只能编一个层级",
                  en: "the style “\(word)” already numbers another level; each style numbers one level")
          }
          seen.insert(style.rawValue)
          declared.kinds[style.rawValue] = level.kind
          if style == .arabicDot { declared.arabicDotByDefault = false }
          any = true
          bump(.text, to: e)
        } else {
          error(SyntaxCodes.invalidNumbering, pos, e,
                zh: "「\(word)」不是编号样式；可用的有 一、 1. （一） （1） ①" + (level == .article ? " 和 每行" : ""),
                en: "“\(word)” is not a numbering style; the styles are 一、 1. （一） （1） ①" + (level == .article ? " and 每行 (every line)" : ""))
          bump(.error, to: e)
        }
        skipSpaces()
      }
      if !any {
        error(SyntaxCodes.invalidNumbering, entryStart, pos, zh: "层级「\(level.rawValue)」后面缺少编号样式", en: "the level “\(level.rawValue)” has no numbering style")
      }
      if !numberingSeparator() { break }
    }
    styles = declared
    builder.finish()
  }

  /// Whether `p` ends a numbering entry: `；`, or a comment after white space.
  mutating func atNumberingEntryEnd(_ p: Int) -> Bool {
    guard p < lineEnd else { return true }
    let s = Bytes.decode(b, p).0
    if s == ";" || s == "；" { return true }
    return isCommentStart(p) && p > 0 && LineParser.isSpace(Bytes.decode(b, prevScalarStart(p)).0)
  }

  mutating func valueEnd(_ p: Int) -> Int {
    var e = p
    while e < lineEnd && !atNumberingEntryEnd(e) { e = next(e) }
    return e
  }

  /// Consumes `；` between entries; false at the end of the head.
  mutating func numberingSeparator() -> Bool {
    skipSpaces()
    guard isScalar(pos, "；", ";") else { return false }
    bump(.semicolon, to: next(pos))
    skipSpaces()
    return true
  }
}
