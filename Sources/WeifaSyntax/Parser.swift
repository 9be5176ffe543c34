import WeifaBase

/// The result of parsing one file: a lossless tree and the syntax diagnostics.
package struct ParseResult: Sendable {
  package let tree: SyntaxTree
  package let diagnostics: [Diagnostic]
}

/// Parses Weifa source. Parsing never fails and never hangs: every input gives a tree that
/// spells the input exactly, plus diagnostics. The parser is line-oriented; it resynchronises
/// at every line end, so one bad line never hides the errors of the next.
package enum Parser {
  /// `notes` are what the front end found while reading the file (e.g. decoded from GB18030);
  /// they are reported first, as diagnostics of this file.
  package static func parse(_ source: SourceFile, notes: [InputNote] = []) -> ParseResult {
    // The parser reads the bytes through a buffer pointer: its loops check their bounds themselves
    // (`lineEnd`, `n`), as they did on the array, without the array's check on every access.
    source.bytes.withUnsafeBufferPointer { parse(source, $0, notes: notes) }
  }

  private static func parse(_ source: SourceFile, _ bytes: UnsafeBufferPointer<UInt8>, notes: [InputNote]) -> ParseResult {
    var p = LineParser(source, bytes)
    // What the front end found while reading the file, then the text itself.
    var diagnostics = notes.map { n in
      var d = Diagnostic(n.code, n.message, file: source, range: n.range, notes: n.notes)
      d.severity = n.severity
      return d
    }
    diagnostics += TextScan.diagnostics(source, bytes)
    p.sourceFile()
    diagnostics += p.diagnostics
    if p.suppressedDiagnostics > 0 {
      diagnostics.append(Diagnostic(InputIssues.limitExceeded,
        .init(zh: "语法错误过多：另有 \(p.suppressedDiagnostics) 个未列出（每个文件最多列出 \(Limits.maxSyntaxDiagnostics) 个）",
              en: "too many syntax errors: \(p.suppressedDiagnostics) more not listed (at most \(Limits.maxSyntaxDiagnostics) per file)"),
        file: source, range: p.firstSuppressed))
    }
    return ParseResult(tree: SyntaxTree(source: source, tokens: p.builder.tokens, nodes: p.builder.nodes,
                                        elements: p.builder.elements), diagnostics: diagnostics)
  }
}

/// The parser's state. Productions live in the extensions below, each under its grammar rule.
struct LineParser {
  let b: UnsafeBufferPointer<UInt8>
  let n: Int
  let file: SourceFile
  var pos = 0
  /// End of the current line's content (before its terminator).
  var lineEnd = 0
  var builder: TreeBuilder
  var diagnostics: [Diagnostic] = []
  /// Nesting depth of expressions, bounded so that pathological input cannot exhaust the stack.
  var exprDepth = 0
  /// The field keys seen on the last field line (a bit set over `FieldKey.allCases`), to find
  /// duplicates across continuation lines.
  var lastFieldKeys: FieldMask = 0
  /// The line start `beginLine` last scanned and its end: continuation lines are looked at twice.
  var lastLineStart = -1
  var lastLineEnd = 0
  /// The last answer of `fieldStart`, asked several times at the same place.
  /// (Kept as plain integers: an optional tuple is copied with memcpy.) Index -1: no field there.
  var lastFieldStartAt = -1
  var lastFieldStartLineEnd = -1
  var lastFieldStartIndex = -1
  var lastFieldStartEnd = 0
  static let maxExprDepth = 64
  /// Diagnostics beyond `Limits.maxSyntaxDiagnostics`: how many, and where the first one was.
  var suppressedDiagnostics = 0
  var firstSuppressed = TextRange(0, 0)
  /// Where the last search for each closing bracket on the current line started and what it found,
  /// so that a line of unclosed 《《《… or 【【【… is scanned once, not once per bracket.
  let closings = ClosingCache()
  /// The numbering styles `@编号` declared (or the defaults).
  var styles = LayoutStyles()
  /// Whether a heading, an article or a structure line has been read (`@编号` must come first).
  var declaredStructure = false

  init(_ source: SourceFile, _ bytes: UnsafeBufferPointer<UInt8>) {
    file = source
    b = bytes
    n = b.count
    builder = TreeBuilder(estimatedTokens: n / 6 + 16)
  }

  // MARK: - Primitives

  @inline(__always) func scalar(_ p: Int) -> Unicode.Scalar? {
    p < lineEnd ? Bytes.decode(b, p).0 : nil
  }
  @inline(__always) func next(_ p: Int) -> Int { p + Bytes.length(b, p) }

  @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
    s == " " || s == "\t" || s == "\u{3000}" || s == "\u{A0}" || s == "\u{200B}" || s == "\u{FEFF}"
  }

  /// Sets `lineEnd` for the line starting at `pos`.
  mutating func beginLine() {
    if pos == lastLineStart { lineEnd = lastLineEnd; return }
    var i = pos
    // Eight bytes at a time while none of them is LF or CR.
    if let base = UnsafeRawPointer(b.baseAddress) {
      while i + 8 <= n {
        let x = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        let lf = x ^ 0x0A0A_0A0A_0A0A_0A0A, cr = x ^ 0x0D0D_0D0D_0D0D_0D0D
        let zero = ((lf &- 0x0101_0101_0101_0101) & ~lf) | ((cr &- 0x0101_0101_0101_0101) & ~cr)
        if zero & 0x8080_8080_8080_8080 != 0 { break }
        i += 8
      }
    }
    while i < n {
      let c = b[i]
      if c <= 0x0D && (c == 0x0A || c == 0x0D) { break }
      i += 1
    }
    lineEnd = i
    lastLineStart = pos
    lastLineEnd = i
  }

  mutating func spacesEnd(_ from: Int) -> Int {
    var i = from
    while i < lineEnd {
      let c = b[i]
      if c == 0x20 || c == 0x09 { i += 1; continue }
      // The other spaces start with C2 (U+00A0), E2 (U+200B), E3 (U+3000) or EF (U+FEFF): any
      // other byte ends the run without being decoded.
      if c < 0x80 || (c != 0xC2 && c != 0xE2 && c != 0xE3 && c != 0xEF) { break }
      let (s, len) = Bytes.decode(b, i)
      guard LineParser.isSpace(s) else { break }
      i += len
    }
    return i
  }

  mutating func bump(_ kind: SyntaxKind, to end: Int) {
    guard end > pos else { return }
    builder.token(kind, pos, end)
    pos = end
  }

  mutating func skipSpaces() { bump(.whitespace, to: spacesEnd(pos)) }

  /// A comment starts with # or ＃ not followed by a digit.
  mutating func isCommentStart(_ p: Int) -> Bool {
    guard p < lineEnd else { return false }
    let c = b[p]
    if c != 0x23 && c != 0xEF { return false }   // '#', or the lead byte of ＃ (EF BC 83)
    guard let s = scalar(p), s == "#" || s == "＃" else { return false }
    if let t = scalar(next(p)), ChineseNumeral.asciiDigit(t) != nil { return false }
    return true
  }

  /// Emits the line terminator, if any.
  mutating func newline() {
    pos = lineEnd
    if pos < n {
      if b[pos] == 0x0D && pos + 1 < n && b[pos + 1] == 0x0A { bump(.newline, to: pos + 2) } else { bump(.newline, to: pos + 1) }
    }
  }

  /// Ends a structured line: white space, an optional comment, anything left over (an error), the terminator.
  mutating func structuredLineEnd() {
    skipSpaces()
    if pos < lineEnd && !isCommentStart(pos) {
      let start = pos
      var e = pos
      while e < lineEnd && !(isCommentStart(e) && e > start && LineParser.isSpace(Bytes.decode(b, prevScalarStart(e)).0)) { e = next(e) }
      error(SyntaxCodes.unexpectedText, start, e, zh: "此处有多余内容「\(file.text(TextRange(start, e)).trimmingSpaces())」",
            en: "unexpected text “\(file.text(TextRange(start, e)).trimmingSpaces())”")
      bump(.error, to: e)
      skipSpaces()
    }
    if pos < lineEnd && isCommentStart(pos) { bump(.comment, to: lineEnd) }
    newline()
  }

  mutating func prevScalarStart(_ p: Int) -> Int {
    var i = p - 1
    while i > 0 && b[i] & 0xC0 == 0x80 { i -= 1 }
    return max(i, 0)
  }

  mutating func error(_ code: DiagnosticCode, _ start: Int, _ end: Int, zh: String, en: String, notes: [LocalizedText] = []) {
    let lo = min(start, n), hi = max(lo, min(end, n))
    if diagnostics.count >= Limits.maxSyntaxDiagnostics {
      if suppressedDiagnostics == 0 { firstSuppressed = TextRange(lo, hi) }
      suppressedDiagnostics += 1
      return
    }
    diagnostics.append(Diagnostic(code, LocalizedText(zh: zh, en: en), file: file, range: TextRange(lo, hi), notes: notes))
  }

  /// Whether `p` is at the end of a field value: the line end, `；`, or a comment after white space.
  mutating func atValueEnd(_ p: Int) -> Bool {
    guard p < lineEnd else { return true }
    let c = b[p]
    if c < 0x80 && c != 0x3B && c != 0x23 { return false }   // neither ';' nor '#'
    guard let s = scalar(p) else { return true }
    if s == ";" || s == "；" { return true }
    if isCommentStart(p) && p > 0 && LineParser.isSpace(Bytes.decode(b, prevScalarStart(p)).0) { return true }
    return false
  }

  /// `isDelimiter` for ASCII, by bit: : ; , ( ) [ ] = < > ! | & space tab.
  static let asciiDelimiters: (UInt64, UInt64) = {
    var lo: UInt64 = 0, hi: UInt64 = 0
    for c in Array(":;,()[]=<>!|& \t".utf8) {
      if c < 64 { lo |= 1 << UInt64(c) } else { hi |= 1 << UInt64(c - 64) }
    }
    return (lo, hi)
  }()

  static func isDelimiter(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case ":", "：", ";", "；", "、", "，", ",", "(", ")", "（", "）", "【", "】", "[", "]", "《", "》", "「", "」", "“", "”",
         "=", "＝", "<", ">", "＜", "＞", "≥", "≤", "≠", "!", "！", "|", "&":
      return true
    default: return isSpace(s)
    }
  }

  /// The end of the name starting at `p` (a run of non-delimiters).
  mutating func nameEnd(_ p: Int) -> Int {
    var i = p
    let (lo, hi) = LineParser.asciiDelimiters
    while i < lineEnd {
      let c = b[i]
      if c < 0x80 {
        if c < 64 ? lo & (1 << UInt64(c)) != 0 : hi & (1 << UInt64(c - 64)) != 0 { break }
        i += 1
        continue
      }
      let (s, len) = Bytes.decode(b, i)
      // Most characters of a name (CJK, lead bytes E4–E9) start with a byte no delimiter starts with.
      if LineParser.mayStartDelimiter(c) && LineParser.isDelimiter(s) { break }
      i += len
    }
    return i
  }

  /// The lead bytes of the non-ASCII delimiters (`isDelimiter`, spaces included): C2, E2, E3, EF.
  /// `FastPathTests` checks every scalar of the Basic Multilingual Plane against it.
  @inline(__always) static func mayStartDelimiter(_ lead: UInt8) -> Bool {
    lead == 0xE3 || lead == 0xEF || lead == 0xE2 || lead == 0xC2
  }

  mutating func isDigit(_ p: Int) -> Bool { scalar(p).map { ChineseNumeral.asciiDigit($0) != nil } ?? false }
  mutating func isChineseNumeral(_ p: Int) -> Bool {
    // Every numeral character (〇 一…九 十 百 千 万 零 两 兩 萬) has a three-byte form with lead E3–E9.
    guard p < lineEnd, b[p] >= 0xE3 && b[p] <= 0xE9 else { return false }
    return scalar(p).map(ChineseNumeral.isNumeralScalar) ?? false
  }
  mutating func digitsEnd(_ p: Int) -> Int { var i = p; while isDigit(i) { i = next(i) }; return i }
  mutating func chineseNumeralEnd(_ p: Int) -> Int { var i = p; while isChineseNumeral(i) { i = next(i) }; return i }
  // Fixed arities, so that no call builds a variadic array.
  @inline(__always) func isScalar(_ p: Int, _ a: Unicode.Scalar) -> Bool {
    guard let s = scalar(p) else { return false }
    return s == a
  }
  @inline(__always) func isScalar(_ p: Int, _ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
    guard let s = scalar(p) else { return false }
    return s == a || s == b
  }
  @inline(__always) func isScalar(_ p: Int, _ a: Unicode.Scalar, _ b: Unicode.Scalar, _ c: Unicode.Scalar) -> Bool {
    guard let s = scalar(p) else { return false }
    return s == a || s == b || s == c
  }
  @inline(__always) func isScalar(_ p: Int, _ a: Unicode.Scalar, _ b: Unicode.Scalar, _ c: Unicode.Scalar, _ d: Unicode.Scalar) -> Bool {
    guard let s = scalar(p) else { return false }
    return s == a || s == b || s == c || s == d
  }
  @inline(__always) func isScalar(_ p: Int, _ a: Unicode.Scalar, _ b: Unicode.Scalar, _ c: Unicode.Scalar, _ d: Unicode.Scalar,
                                  _ e: Unicode.Scalar) -> Bool {
    guard let s = scalar(p) else { return false }
    return s == a || s == b || s == c || s == d || s == e
  }
  @inline(__always) func isScalar(_ p: Int, _ a: Unicode.Scalar, _ b: Unicode.Scalar, _ c: Unicode.Scalar, _ d: Unicode.Scalar,
                                  _ e: Unicode.Scalar, _ f: Unicode.Scalar) -> Bool {
    guard let s = scalar(p) else { return false }
    return s == a || s == b || s == c || s == d || s == e || s == f
  }

  /// A word operator must be followed by white space, a bracket, a digit or the value end.
  mutating func wordBoundary(_ p: Int) -> Bool {
    guard let s = scalar(p) else { return true }
    return LineParser.isSpace(s) || s == "(" || s == "（" || atValueEnd(p) || ChineseNumeral.asciiDigit(s) != nil
  }
}

// MARK: - Lines and structure

extension LineParser {
  /// Heading levels; a heading closes every open division at its level or deeper.
  static func level(_ k: SyntaxKind) -> Int {
    switch k {
    case .part: return 1
    case .subPart: return 2
    case .chapter: return 3
    case .section: return 4
    case .article: return 5
    case .paragraph: return 6
    case .item: return 7
    case .subitem: return 8
    default: return 0
    }
  }

  mutating func closeTo(_ level: Int, closingPreamble: Bool) {
    while let k = builder.currentKind, k != .sourceFile {
      // A signature block (@落款) is closed by a heading or an article, not by its own lines.
      let closes = k == .preamble ? closingPreamble : k == .signatureBlock ? level <= 5 : LineParser.level(k) >= level
      if closes { builder.finish() } else { break }
    }
  }

  mutating func isOpen(_ kind: SyntaxKind) -> Bool {
    (0..<builder.depth).contains { builder.kind(at: $0) == kind }
  }

  /// SourceFile ::= Preamble ( Part | SubPart | Chapter | Section | Article )* SignatureBlock?
  mutating func sourceFile() {
    builder.start(.sourceFile)
    builder.start(.preamble)
    while pos < n {
      line()
    }
    closeTo(0, closingPreamble: true)
    builder.finish()
  }

  /// Parses one line (and a directive's continuation lines) according to how it starts.
  /// Divisions stay open until a heading of their level or above closes them:
  ///
  /// Preamble ::= ( Directive | Paragraph )*
  /// Part ::= PartHeading ( Directive | Paragraph )* ( SubPart | Chapter | Section | Article )*
  /// SubPart ::= SubPartHeading ( Directive | Paragraph )* ( Chapter | Section | Article )*
  /// Chapter ::= ChapterHeading ( Directive | Paragraph )* ( Section | Article )*
  /// Section ::= SectionHeading ( Directive | Paragraph )* Article*
  /// Article ::= ArticleHeading? Paragraph? ( Directive | Paragraph )*
  mutating func line() {
    beginLine()
    if lineEnd - pos > Limits.maxLineBytes {
      overlongLine()
      return
    }
    let first = spacesEnd(pos)
    if first >= lineEnd || isCommentStart(first) {
      skipSpaces()
      if pos < lineEnd { bump(.comment, to: lineEnd) }
      newline()
      return
    }
    let s = scalar(first)!
    if s == "@" || s == "＠" {
      if let (level, kwEnd) = structureKeywordAt(next(first)) {
        declaredStructure = true
        structureLine(level, keywordEnd: kwEnd)
        return
      }
      if let (v, _) = Tables.directives.match(b, spacesEnd(next(first)), limit: lineEnd), Tables.directiveCases[v] == .signature {
        signatureBlock()
        return
      }
      skipSpaces()
      if isFieldStart(next(first)) {
        error(SyntaxCodes.orphanFieldLine, first, lineEnd, zh: "字段行前面没有所属的指令", en: "this field line has no directive above it")
        fieldLine(allowed: nil, seen: 0)
      } else {
        directive()
      }
      return
    }
    if let heading = headingAt(first) {
      declaredStructure = true
      let kind: SyntaxKind
      switch heading {
      case 0: kind = .part
      case 1: kind = .subPart
      case 2: kind = .chapter
      case 3: kind = .section
      default: kind = .article
      }
      closeTo(LineParser.level(kind), closingPreamble: true)
      builder.start(kind)
      skipSpaces()
      switch kind {
      case .article:
        articleHeading()
        skipSpaces()
        if pos < lineEnd {
          builder.start(.paragraph)
          proseText()
          newline()
        } else {
          newline()
        }
      case .part: divisionHeading(.partHeading)
      case .subPart: divisionHeading(.subPartHeading)
      case .chapter: divisionHeading(.chapterHeading)
      default: divisionHeading(.sectionHeading)
      }
      return
    }
    if let m = markAt(first), !isDefault(m.style) {
      if markedLine(first, m) {
        declaredStructure = true
        return
      }
    } else if itemNumberEnd(first) != nil {
      closeTo(7, closingPreamble: false)
      if !isOpen(.paragraph) {
        error(SyntaxCodes.orphanItem, first, lineEnd, zh: "项「（…）」应当出现在条中某一款之后", en: "an item “（…）” must follow a paragraph of an article")
      }
      skipSpaces()
      item()
      return
    }
    if styles.arabicDotByDefault && subitemNumberEnd(first) != nil && isOpen(.article) {
      closeTo(8, closingPreamble: false)
      if !isOpen(.item) {
        error(SyntaxCodes.orphanItem, first, lineEnd, zh: "目「1.」应当出现在某一项之后", en: "a sub-item “1.” must follow an item")
      }
      skipSpaces()
      subitem()
      return
    }
    if styles.everyLine && !isOpen(.preamble) && !isOpen(.signatureBlock) {
      // 条：每行 — a verse line is an unnumbered article.
      closeTo(LineParser.level(.article), closingPreamble: true)
      builder.start(.article)
      skipSpaces()
      builder.start(.paragraph)
      proseText()
      newline()
      return
    }
    closeTo(6, closingPreamble: false)
    skipSpaces()
    paragraph()
  }

  /// SignatureBlock ::= Directive Paragraph*
  ///
  /// `@落款` and the prose lines after it: the closing signature (body, date), part of no article.
  mutating func signatureBlock() {
    closeTo(1, closingPreamble: true)
    builder.start(.signatureBlock)
    skipSpaces()
    directive()
  }

  /// Whether a style is read as without a declaration (（一） and （1） items, 1. sub-items).
  func isDefault(_ s: MarkStyle) -> Bool {
    switch s {
    case .parenChinese, .parenArabic: return styles.kind(s) == .item
    case .arabicDot: return styles.arabicDotByDefault
    default: return false
    }
  }

  /// A line longer than `Limits.maxLineBytes` is kept as one error token and not analysed, so no
  /// stage (references, checks, reports that print the line) does work proportional to it.
  mutating func overlongLine() {
    let (line, _) = file.location(of: pos)
    error(InputIssues.limitExceeded, pos, next(pos),
          zh: "第\(line)行过长（\(lineEnd - pos) 字节，上限 \(Limits.maxLineBytes) 字节），未作分析",
          en: "line \(line) is too long (\(lineEnd - pos) bytes, limit \(Limits.maxLineBytes)); it was not analysed",
          notes: [.init(zh: "帮助：一款写作一行；过长的行多半是换行符丢失（如 Mac 旧格式或网页复制），请分行",
                        en: "help: a paragraph is one line; such a line usually lost its line breaks — split it")])
    bump(.error, to: lineEnd)
    newline()
  }

  /// Which heading (0 编, 1 分编, 2 章, 3 节, 4 条) starts at `p`, if any: 第 + numeral or ？ + unit.
  mutating func headingAt(_ p: Int) -> Int? {
    guard let s = scalar(p), s == "第" else { return nil }
    let numStart = next(p)
    var numEnd = numStart
    if isScalar(numStart, "？", "?") { numEnd = next(numStart) } else {
      numEnd = digitsEnd(numStart)
      if numEnd == numStart { numEnd = chineseNumeralEnd(numStart) }
    }
    guard numEnd > numStart, let (u, _) = Tables.ordinalUnits.match(b, numEnd, limit: lineEnd) else { return nil }
    // Words.ordinalUnits: 分编, 编, 章, 节, 条, 款, 项, 目
    switch u {
    case 1: return 0
    case 0: return 1
    case 2: return 2
    case 3: return 3
    case 4: return 4
    default: return nil
    }
  }

  /// Numeral ::= DIGITS | CHINESE_NUMERAL | '？'
  mutating func numeral() {
    builder.start(.numeral_)
    if isScalar(pos, "？", "?") {
      bump(.question, to: next(pos))
    } else if isDigit(pos) {
      let start = pos, end = digitsEnd(pos)
      numberLimit(start, end)
      bump(.digits, to: end)
    } else {
      let start = pos, end = chineseNumeralEnd(pos)
      if numberLimit(start, end) {
      } else if ChineseNumeral.parse(utf8: b, start..<end) == nil {
        error(SyntaxCodes.invalidNumeral, start, end, zh: "「\(file.text(TextRange(start, end)))」不是规范的中文数字",
              en: "“\(file.text(TextRange(start, end)))” is not a well-formed Chinese numeral")
      }
      bump(.numeral, to: end)
    }
    builder.finish()
  }

  /// Reports a number above `Limits.maxNumber` (it is then ignored, never computed with); whether it was one.
  @discardableResult
  mutating func numberLimit(_ start: Int, _ end: Int) -> Bool {
    // Above 10^12 takes at least 13 digits, hence at least 13 bytes.
    if end - start < 13 { return false }
    let text = file.text(TextRange(start, end))
    guard ChineseNumeral.exceedsLimit(text) else { return false }
    let shown = text.count > 24 ? String(text.prefix(20)) + "…" : text
    error(InputIssues.limitExceeded, start, end, zh: "数字「\(shown)」过大（上限为一万亿），不予计算",
          en: "the number “\(shown)” is too large (the limit is 10^12); it is ignored")
    return true
  }

  /// PartHeading ::= ( '第' Numeral '编' | Mark | StructureLine Mark? ) Title? LINE_END
  /// SubPartHeading ::= ( '第' Numeral '分编' | Mark | StructureLine Mark? ) Title? LINE_END
  /// ChapterHeading ::= ( '第' Numeral '章' | Mark | StructureLine Mark? ) Title? LINE_END
  /// SectionHeading ::= ( '第' Numeral '节' | Mark | StructureLine Mark? ) Title? LINE_END
  mutating func divisionHeading(_ kind: SyntaxKind) {
    builder.start(kind)
    bump(.di, to: next(pos))
    numeral()
    if let (_, end) = Tables.ordinalUnits.match(b, pos, limit: lineEnd) { bump(.ordinalUnit, to: end) }
    skipSpaces()
    if pos < lineEnd && !isCommentStart(pos) { title() }
    structuredLineEnd()
    builder.finish()
  }

  /// Title ::= PROSE
  mutating func title() {
    builder.start(.title)
    var e = pos
    while e < lineEnd && !(isCommentStart(e) && LineParser.isSpace(Bytes.decode(b, prevScalarStart(e)).0)) { e = next(e) }
    // Keep trailing white space out of the title.
    var t = e
    while t > pos, LineParser.isSpace(Bytes.decode(b, prevScalarStart(t)).0) { t = prevScalarStart(t) }
    bump(.prose, to: t)
    builder.finish()
  }

  /// ArticleHeading ::= '第' Numeral '条' Label? | Mark Label? | StructureLine Mark?
  mutating func articleHeading() {
    builder.start(.articleHeading)
    bump(.di, to: next(pos))
    numeral()
    if let (_, end) = Tables.ordinalUnits.match(b, pos, limit: lineEnd) { bump(.ordinalUnit, to: end) }
    let afterSpaces = spacesEnd(pos)
    if isScalar(afterSpaces, "【", "[") {
      skipSpaces()
      label()
    }
    builder.finish()
  }

  /// Paragraph ::= StructureLine? ProseText LINE_END Directive* Item*
  mutating func paragraph() {
    builder.start(.paragraph)
    proseText()
    newline()
  }

  mutating func itemNumberEnd(_ p: Int) -> Int? {
    guard isScalar(p, "（", "(") else { return nil }
    let numStart = next(p)
    var e = numStart
    if isScalar(e, "？", "?") { e = next(e) } else {
      e = chineseNumeralEnd(numStart)
      if e == numStart { e = digitsEnd(numStart) }
    }
    guard e > numStart, isScalar(e, "）", ")") else { return nil }
    return next(e)
  }

  /// Item ::= ( '（' Numeral '）' | Mark | StructureLine Mark? ) ProseText LINE_END Directive* Subitem*
  mutating func item() {
    builder.start(.item)
    bump(.lparen, to: next(pos))
    numeral()
    bump(.rparen, to: next(pos))
    skipSpaces()
    proseText()
    newline()
  }

  mutating func subitemNumberEnd(_ p: Int) -> Int? {
    var e = p
    if isScalar(e, "？", "?") { e = next(e) } else { e = digitsEnd(p) }
    guard e > p, isScalar(e, ".", "．") else { return nil }
    let after = next(e)
    if isDigit(after) { return nil }   // 1.5, 2024.3.1
    return after
  }

  /// Subitem ::= ( SubitemNumber | Mark | StructureLine Mark? ) ProseText LINE_END Directive*
  mutating func subitem() {
    builder.start(.subitem)
    subitemNumber()
    skipSpaces()
    proseText()
    newline()
  }

  /// SubitemNumber ::= ( DIGITS | '？' ) ( '.' | '、' )
  mutating func subitemNumber() {
    builder.start(.subitemNumber)
    if isScalar(pos, "？", "?") { bump(.question, to: next(pos)) } else { bump(.digits, to: digitsEnd(pos)) }
    bump(.dot, to: next(pos))
    builder.finish()
  }
}

// MARK: - Prose and references

extension LineParser {
  /// ProseText ::= ( PROSE | Reference )*
  mutating func proseText() {
    builder.start(.proseText)
    var runStart = pos
    var i = pos
    while i < lineEnd {
      let c = b[i]
      // Every reference starts with 第 (E7 AC AC), 《 or 【 (E3 80 8A/90), 前 (E5 89 8D) or 本 (E6 9C AC).
      // A byte from E3 on is never inside a UTF-8 sequence (continuation bytes are 80–BF), so
      // stepping byte by byte meets the same candidates as stepping scalar by scalar.
      if c >= 0xE3 && c <= 0xE7 && i + 1 < lineEnd {
        let d = b[i + 1]
        if (c == 0xE7 && d == 0xAC) || (c == 0xE3 && d == 0x80) || (c == 0xE5 && d == 0x89) || (c == 0xE6 && d == 0x9C),
           let end = referenceEnd(i, inProse: true) {
          bump(.prose, to: i)
          reference(end: end)
          i = pos
          runStart = pos
          continue
        }
      }
      // Skip the continuation bytes of a three-byte character at once (they are never candidates).
      if c >= 0xE0 && c <= 0xEF && i + 2 < lineEnd && b[i + 1] & 0xC0 == 0x80 && b[i + 2] & 0xC0 == 0x80 {
        i += 3
        continue
      }
      i += 1
    }
    _ = runStart
    bump(.prose, to: lineEnd)
    builder.finish()
  }

  /// The end of a reference starting at `p`, or nil if none starts there.
  mutating func referenceEnd(_ p: Int, inProse: Bool) -> Int? {
    guard let s = scalar(p) else { return nil }
    if s == "《" {
      guard let close = closing(p, "》") else { return nil }
      var e = close
      // In a structured line '[' ≡ '【' (lexical.ebnf); in prose only 【 opens a label.
      let bracket: Unicode.Scalar? = isScalar(e, "【") ? "】" : !inProse && isScalar(e, "[") ? "]" : nil
      if let b = bracket, let l = closing(e, b) { return l }
      while let o = ordinalEnd(e) { e = o }
      if e > close, isScalar(e, "【"), let l = closing(e, "】") { return l }
      if e > close, !inProse, isScalar(e, "["), let l = closing(e, "]") { return l }
      return e
    }
    if s == "【" || (!inProse && s == "[") {
      return closing(p, s == "【" ? "】" : "]")
    }
    if s == "第" {
      guard var e = ordinalEnd(p) else { return nil }
      while let o = ordinalEnd(e) { e = o }
      // 第十二条【村民会议】: a number pinned to a label, so renumbering cannot silently break it.
      if isScalar(e, "【"), let l = closing(e, "】") { return l }
      if !inProse, isScalar(e, "["), let l = closing(e, "]") { return l }
      return e
    }
    if s == "前" || s == "本" {
      guard let (_, e) = Tables.relativeRefs.match(b, p, limit: lineEnd) else { return nil }
      if let t = scalar(e), Words.relativeRefBlockers.contains(t) { return nil }
      return e
    }
    return nil
  }

  /// The offset after the bracket closing the one at `p`, on this line.
  mutating func closing(_ p: Int, _ close: Unicode.Scalar) -> Int? {
    if let known = closings.lookup(close, from: p, lineEnd: lineEnd) { return known }
    var i = next(p)
    while i < lineEnd {
      let (s, len) = Bytes.decode(b, i)
      if s == close {
        closings.store(close, from: p, lineEnd: lineEnd, end: i + len, at: i)
        return i + len
      }
      i += len
    }
    closings.store(close, from: p, lineEnd: lineEnd, end: nil, at: lineEnd)
    return nil
  }

  /// The end of an ordinal (第 + numeral + unit) at `p`.
  mutating func ordinalEnd(_ p: Int) -> Int? {
    guard isScalar(p, "第") else { return nil }
    var e = next(p)
    if isScalar(e, "（", "(") {
      let inner = next(e)
      var ie = chineseNumeralEnd(inner)
      if ie == inner { ie = digitsEnd(inner) }
      guard ie > inner, isScalar(ie, "）", ")") else { return nil }
      e = next(ie)
    } else {
      let start = e
      e = digitsEnd(start)
      if e == start { e = chineseNumeralEnd(start) }
      guard e > start else { return nil }
    }
    guard let (u, end) = Tables.ordinalUnits.match(b, e, limit: lineEnd) else { return nil }
    if u == 7, let t = scalar(end), t == "标" || t == "的" { return nil }   // 第一目标
    return end
  }

  /// Reference ::= DocTitle? ( Label | Ordinal+ Label? ) | DocTitle | RelativeRef
  mutating func reference(end: Int) {
    builder.start(.reference)
    let s = scalar(pos)!
    if s == "《" {
      docTitle()
      if isScalar(pos, "【") || (pos < end && isScalar(pos, "[")) { label() } else {
        while pos < end, ordinalEnd(pos) != nil { ordinal() }
        if pos < end, isScalar(pos, "【", "[") { label() }
      }
    } else if s == "【" || s == "[" {
      label()
    } else if s == "第" {
      while pos < end, ordinalEnd(pos) != nil { ordinal() }
      if pos < end, isScalar(pos, "【", "[") { label() }
    } else {
      relativeRef(end: end)
    }
    builder.finish()
  }

  /// RelativeRef ::= RELATIVE_REF
  mutating func relativeRef(end: Int) {
    builder.start(.relativeRef)
    bump(.relativeRefWord, to: end)
    builder.finish()
  }

  /// Ordinal ::= '第' ( Numeral | '（' Numeral '）' ) ORDINAL_UNIT
  mutating func ordinal() {
    builder.start(.ordinal)
    bump(.di, to: next(pos))
    if isScalar(pos, "（", "(") {
      bump(.lparen, to: next(pos))
      numeral()
      bump(.rparen, to: next(pos))
    } else {
      numeral()
    }
    if let (_, e) = Tables.ordinalUnits.match(b, pos, limit: lineEnd) { bump(.ordinalUnit, to: e) }
    builder.finish()
  }

  /// DocTitle ::= '《' DOC_TITLE_TEXT '》'
  mutating func docTitle() {
    builder.start(.docTitle)
    let start = pos
    bump(.titleOpen, to: next(pos))
    var e = pos
    while e < lineEnd {
      let (s, len) = Bytes.decode(b, e)
      if s == "》" { break }
      e += len
    }
    bump(.titleText, to: e)
    if isScalar(pos, "》") { bump(.titleClose, to: next(pos)) } else {
      error(SyntaxCodes.unclosedBracket, start, pos, zh: "书名号「《」没有闭合", en: "“《” is not closed")
    }
    builder.finish()
  }

  /// Label ::= '【' LABEL_TEXT '】'
  mutating func label() {
    builder.start(.label)
    let start = pos
    let open = scalar(pos)!
    let close: Unicode.Scalar = open == "[" ? "]" : "】"
    bump(.labelOpen, to: next(pos))
    var e = pos
    while e < lineEnd {
      let (s, len) = Bytes.decode(b, e)
      if s == close || s == "】" || s == "]" { break }
      e += len
    }
    bump(.labelText, to: e)
    if isScalar(pos, "】", "]") { bump(.labelClose, to: next(pos)) } else {
      error(SyntaxCodes.unclosedBracket, start, pos, zh: "方括号「【」没有闭合", en: "“【” is not closed")
    }
    builder.finish()
  }
}

/// The result of the last search for each closing bracket. A search from `from` that found the
/// bracket at `at` (or none before the line end) answers every later search that starts in
/// `from..<at` on the same line: there is no such bracket in between.
final class ClosingCache {
  private var entries: [(close: Unicode.Scalar, lineEnd: Int, from: Int, at: Int, end: Int?)] = []

  func lookup(_ close: Unicode.Scalar, from p: Int, lineEnd: Int) -> Int?? {
    for e in entries where e.close == close && e.lineEnd == lineEnd && e.from <= p && p < e.at { return .some(e.end) }
    return .none
  }

  func store(_ close: Unicode.Scalar, from p: Int, lineEnd: Int, end: Int?, at: Int) {
    if let k = entries.firstIndex(where: { $0.close == close }) {
      entries[k] = (close, lineEnd, p, at, end)
    } else {
      entries.append((close, lineEnd, p, at, end))
    }
  }
}
