import WeifaBase

// The first pass of `weifa import`: each line of a pasted charter read once, left to right, into a
// few facts about how it starts and how it reads (its numbering mark, its punctuation, whether it
// is a date, a bracketed note, a verse line …). The layout recogniser (LayoutRecognizer.swift)
// decides every line's role from these facts alone, over the whole document.

/// A numbering style, each named by its example as `@编号` writes it (see /work/layout-spec.md §1).
package enum MarkerStyle: String, Sendable, CaseIterable {
  case part = "第一编", chapter = "第一章", section = "第一节", article = "第一条"
  /// Chinese numeral + `、`: `一、` `十一、`.
  case chineseComma = "一、"
  /// Arabic digits (half- or full-width) + `.` `．` or `、`, not followed by a digit.
  case arabic = "1."
  /// `（一）` `(一)` `(三）`.
  case parenChinese = "（一）"
  /// `（1）` `(1)`.
  case parenArabic = "（1）"
  /// `①` … `⑳`.
  case circled = "①"
  /// Arabic digits + a closing bracket: `1）` `2)` (Word's list style).
  case arabicClose = "1）"
  /// A Chinese numeral + a full stop: `一.` `二．` (a slip for `一、`).
  case chineseDot = "一．"
  /// A bullet: `•` `●` `■` `◆` `★` `※` `▪` `►` … (unnumbered list members).
  case bullet = "•"

  /// Whether `@编号` can declare the style (the others are written with a structure line).
  package var declarable: Bool { self != .arabicClose && self != .chineseDot && self != .bullet }

  /// `第X编/章/节/条`: recognised by the parser whether declared or not.
  package var isOrdinal: Bool { self == .part || self == .chapter || self == .section || self == .article }
}

/// What the scan found on one non-blank line.
struct LineFacts {
  /// 1-based line number.
  var number: Int
  /// The line without its line end (a CR before the LF is dropped) and, on line 1, without a BOM.
  var start: Int
  var end: Int
  /// The first byte after leading spaces, tabs and U+3000.
  var contentStart: Int
  /// The end of the content without trailing white space.
  var contentEnd: Int
  /// Display width of the leading white space (U+3000 counts 2).
  var indent: Int
  var style: MarkerStyle?
  var markEnd: Int
  var value: Int?
  /// Scalars of the text after the mark (and the spaces after it), trailing white space excluded.
  var textCount: Int
  /// Scalars of the whole content.
  var count: Int
  /// The last scalar of the content.
  var last: Unicode.Scalar
  /// The last scalar before closing brackets and quotes (`。）` → `。`).
  var lastStop: Unicode.Scalar
  /// Sentence punctuation (，；：。？！ and half-width ,;:?!) before the last scalar of the text.
  var internalPunct: Bool
  /// Any sentence punctuation in the content.
  var anyPunct: Bool
  /// The whole content is one bracketed note: `（…）` or `(…)`.
  var bracketed: Bool
  /// Starts with a dash (`——`): a slogan under the title.
  var dashLed: Bool
  /// Nothing but a date: `2023年6月`, `2023年6月18日`, `二〇二三年六月二十日`, `2022年`.
  var dateOnly: Bool
  /// A short label and a date: `日期：2023年6月`, `时间：2024年1月28日`.
  var labelledDate: Bool
  /// The length of the segments when the line is a verse line (every clause between punctuation
  /// has the same length, 3 to 7 characters, at least two clauses); 0 otherwise.
  var verseLength: Int
  /// Circled numbers (①…⑳) after the start of the line.
  var inlineCircled: Int
  /// Words of an adoption record (通过 修订 施行 …).
  var adoptionWord: Bool
  /// The line states the charter's purpose (制定本…, 订立本…): a preamble.
  var enacting: Bool
  var startsBen: Bool     // 本…
  var startsWei: Bool     // 为…
  var startsJing: Bool    // 经…
  var startsDigit: Bool
  var startsAbove: Bool   // 以上… / 上述…
  var startsNote: Bool    // 注：… 附：… （注 …
  /// A `第X条` mark read as a reference (`第三条规定的…`), not numbering.
  var refAfterMark: Bool
  /// The text after the mark begins with `【`: a label.
  var labelled: Bool
  /// Starts with `@` `＠` `#` `＃` (needs escaping in Weifa source).
  var startsSpecial: Bool
}

/// Reads the lines of `bytes` (UTF-8; invalid bytes read as U+FFFD) into `LineFacts`, one pass,
/// one reused scalar buffer. Blank lines (spaces, tabs, U+3000 only) are counted, not returned.
struct LineScanner {
  static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

  static func scan(_ bytes: [UInt8]) -> (lines: [LineFacts], lineCount: Int) {
    var out = [LineFacts]()
    var buf = [Unicode.Scalar]()
    buf.reserveCapacity(256)
    var offsets = [Int]()
    offsets.reserveCapacity(256)
    var lineStart = 0
    var number = 0
    let n = bytes.count
    if n == 0 { return ([], 0) }
    while lineStart < n || (lineStart == n && number == 0) {
      number += 1
      var lineEnd = lineStart
      while lineEnd < n && bytes[lineEnd] != 0x0A { lineEnd += 1 }
      let next = lineEnd + 1
      var end = lineEnd
      if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
      var start = lineStart
      if number == 1 && end - start >= 3 && bytes[start] == 0xEF && bytes[start + 1] == 0xBB && bytes[start + 2] == 0xBF { start += 3 }
      buf.removeAll(keepingCapacity: true)
      offsets.removeAll(keepingCapacity: true)
      var i = start
      while i < end {
        let (s, len) = UTF8Scan.decode(bytes, i)
        buf.append(s)
        offsets.append(i)
        i += len
      }
      offsets.append(end)
      if let f = facts(buf, offsets, number: number, start: start, end: end) { out.append(f) }
      lineStart = next
      if lineEnd >= n { break }
    }
    return (out, number)
  }

  @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
    s == " " || s == "\t" || s == "\u{3000}" || s == "\u{A0}" || s == "\u{FEFF}" || s == "\r" || s == "\u{0B}" || s == "\u{0C}"
  }

  @inline(__always) static func isSentencePunct(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "，", "；", "：", "。", "？", "！", ",", ";", ":", "?", "!", "．": return true
    default: return false
    }
  }

  /// Clause ends: what ends a sentence or a list member, so that the next line starts afresh.
  @inline(__always) static func isStop(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "。", "；", "：", "？", "！", ".", ";", ":", "?", "!", "．", "…": return true
    default: return false
    }
  }

  @inline(__always) static func isCloser(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "）", ")", "”", "’", "」", "』", "】", "]", "》", "\"": return true
    default: return false
    }
  }

  @inline(__always) static func chineseDigit(_ s: Unicode.Scalar) -> Bool {
    switch s {
    case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "零", "〇", "两", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖", "拾": return true
    default: return false
    }
  }

  @inline(__always) static func digit(_ s: Unicode.Scalar) -> Int? { ChineseNumeral.asciiDigit(s) }

  static func matches(_ buf: [Unicode.Scalar], _ at: Int, _ word: [Unicode.Scalar]) -> Bool {
    guard at >= 0, at + word.count <= buf.count else { return false }
    for k in 0..<word.count where buf[at + k] != word[k] { return false }
    return true
  }

  static func contains(_ buf: [Unicode.Scalar], _ from: Int, _ word: [Unicode.Scalar]) -> Bool {
    guard let first = word.first, buf.count - from >= word.count else { return false }
    var i = from
    while i + word.count <= buf.count {
      if buf[i] == first && matches(buf, i, word) { return true }
      i += 1
    }
    return false
  }

  static func words(_ list: [String]) -> [[Unicode.Scalar]] { list.map { Array($0.unicodeScalars) } }

  static let adoptionWords = words(["通过", "修订", "施行", "生效", "签字", "应到", "实到", "赞成", "表决", "制定", "修正"])
  static let enactingWords = words(["制定本", "订立本", "制定以下", "制定如下", "拟定本", "特制定", "订立以下", "制订本"])
  static let referenceFollowers = words(["规定", "的", "所", "至", "第", "、第", "和第", "或", "之", "中", "以"])

  /// The value of a run of Chinese numeral characters, written positionally (`二〇二三`) or as a
  /// numeral (`二十`).
  static func chineseValue(_ buf: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
    var text = String.UnicodeScalarView()
    text.append(contentsOf: buf[range])
    return ChineseNumeral.parse(String(text))
  }

  /// Reads a mark at `i`: its style, where it ends, and its number.
  static func mark(_ buf: [Unicode.Scalar], _ i: Int) -> (MarkerStyle, Int, Int?)? {
    let n = buf.count
    guard i < n else { return nil }
    let s = buf[i]
    // 第X编/章/节/条 (and 分编).
    if s == "第" {
      var j = i + 1
      var value: Int?
      if j < n, digit(buf[j]) != nil {
        var v = 0
        while j < n, let d = digit(buf[j]) { v = min(v * 10 + d, 1_000_000); j += 1 }
        value = v
      } else if j < n, buf[j] == "？" || buf[j] == "?" {
        j += 1
      } else {
        while j < n && (chineseDigit(buf[j]) || buf[j] == "万") { j += 1 }
        if j > i + 1 { value = chineseValue(buf, (i + 1)..<j) }
      }
      guard j > i + 1, j < n else { return nil }
      switch buf[j] {
      case "编": return (.part, j + 1, value)
      case "章": return (.chapter, j + 1, value)
      case "节": return (.section, j + 1, value)
      case "条": return (.article, j + 1, value)
      case "分": if j + 1 < n && buf[j + 1] == "编" { return (.part, j + 2, value) }; return nil
      default: return nil
      }
    }
    if let d = digit(s) {
      var j = i + 1, v = d
      while j < n, let e = digit(buf[j]) { v = v * 10 + e; j += 1; if j - i > 3 { return nil } }
      guard j < n else { return nil }
      let sep = buf[j]
      if sep == "）" || sep == ")" { return (.arabicClose, j + 1, v) }
      guard sep == "." || sep == "．" || sep == "、" else { return nil }
      // 1.5米 is a number, not a mark.
      if j + 1 < n, digit(buf[j + 1]) != nil { return nil }
      return (.arabic, j + 1, v)
    }
    if chineseDigit(s) {
      var j = i
      while j < n && chineseDigit(buf[j]) && j - i < 6 { j += 1 }
      guard j < n, let v = chineseValue(buf, i..<j) else { return nil }
      if buf[j] == "、" { return (.chineseComma, j + 1, v) }
      if (buf[j] == "." || buf[j] == "．") && !(j + 1 < n && (digit(buf[j + 1]) != nil || chineseDigit(buf[j + 1]))) { return (.chineseDot, j + 1, v) }
      return nil
    }
    switch s {
    case "•", "●", "○", "■", "□", "◆", "◇", "★", "☆", "※", "▪", "►", "▶", "◎", "√", "✓":
      return i + 1 < n ? (.bullet, i + 1, nil) : nil
    default: break
    }
    if s == "（" || s == "(" {
      var j = i + 1
      while j < n && isSpace(buf[j]) && buf[j] != "\u{3000}" { j += 1 }
      let numStart = j
      if j < n, digit(buf[j]) != nil {
        var v = 0
        while j < n, let d = digit(buf[j]) { v = v * 10 + d; j += 1; if j - numStart > 3 { return nil } }
        while j < n && buf[j] == " " { j += 1 }
        guard j < n, buf[j] == "）" || buf[j] == ")" else { return nil }
        return (.parenArabic, j + 1, v)
      }
      while j < n && chineseDigit(buf[j]) && j - numStart < 6 { j += 1 }
      guard j > numStart, let v = chineseValue(buf, numStart..<j) else { return nil }
      while j < n && buf[j] == " " { j += 1 }
      guard j < n, buf[j] == "）" || buf[j] == ")" else { return nil }
      return (.parenChinese, j + 1, v)
    }
    let v = s.value
    if v >= 0x2460 && v <= 0x2473 { return (.circled, i + 1, Int(v - 0x2460) + 1) }     // ①–⑳
    if v >= 0x2474 && v <= 0x2487 { return (.parenArabic, i + 1, Int(v - 0x2474) + 1) } // ⑴–⒇
    if v >= 0x3220 && v <= 0x3229 { return (.parenChinese, i + 1, Int(v - 0x3220) + 1) } // ㈠–㈩
    return nil
  }

  /// `2023年6月18日`, `2023年6月`, `2022年`, `二〇二三年六月二十日` and nothing else.
  static func isDateOnly(_ buf: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
    var i = from
    func run() -> Bool {
      let s = i
      while i < to && (digit(buf[i]) != nil || chineseDigit(buf[i])) { i += 1 }
      return i > s && i - s <= 4
    }
    guard run(), i < to, buf[i] == "年" else { return false }
    i += 1
    if i == to { return true }
    guard run(), i < to, buf[i] == "月" else { return false }
    i += 1
    if i == to { return true }
    guard run(), i < to, buf[i] == "日" || buf[i] == "号" else { return false }
    return i + 1 == to
  }

  /// The clause length of a verse line, or 0.
  static func verseLength(_ buf: [Unicode.Scalar], _ from: Int, _ to: Int) -> Int {
    var length = -1, current = 0, clauses = 0
    var i = from
    while i <= to {
      let s: Unicode.Scalar = i < to ? buf[i] : "。"
      if isSentencePunct(s) || s == "、" {
        if current > 0 {
          if length == -1 { length = current } else if length != current { return 0 }
          clauses += 1
        }
        current = 0
      } else if !isSpace(s) {
        // Only Han characters make a verse clause.
        guard s.value >= 0x3400 && s.value <= 0x9FFF else { return 0 }
        current += 1
      }
      i += 1
    }
    return clauses >= 2 && (3...7).contains(length) ? length : 0
  }

  static func facts(_ buf: [Unicode.Scalar], _ offsets: [Int], number: Int, start: Int, end: Int) -> LineFacts? {
    let n = buf.count
    var c = 0
    var indent = 0
    while c < n && isSpace(buf[c]) { indent += buf[c] == "\u{3000}" ? 2 : 1; c += 1 }
    if c == n { return nil }
    var e = n
    while e > c && isSpace(buf[e - 1]) { e -= 1 }
    var style: MarkerStyle?, markEnd = c, value: Int?
    if let (st, me, v) = mark(buf, c) { style = st; markEnd = me; value = v }
    var t = markEnd
    while t < e && isSpace(buf[t]) { t += 1 }
    let last = buf[e - 1]
    var stopIndex = e - 1
    while stopIndex > c && isCloser(buf[stopIndex]) { stopIndex -= 1 }
    var internalPunct = false, anyPunct = false, inlineCircled = 0
    var i = c
    while i < e {
      let s = buf[i]
      if isSentencePunct(s) {
        anyPunct = true
        if i >= t && i < e - 1 && !(s == "．") { internalPunct = true }
      }
      if i > c, s.value >= 0x2460 && s.value <= 0x2473 { inlineCircled += 1 }
      i += 1
    }
    let first = buf[c]
    let bracketed = (first == "（" || first == "(") && (last == "）" || last == ")") && e - c >= 3
    let dashLed = first == "—" || first == "─" || (first == "-" && c + 1 < e && buf[c + 1] == "-")
    let dateOnly = isDateOnly(buf, c, e)
    var labelledDate = false
    if !dateOnly, e - c <= 30, let k = buf[c..<e].firstIndex(where: { $0 == "：" || $0 == ":" }), k - c <= 8,
       !buf[c..<k].contains(where: { isSentencePunct($0) }) {
      var d = k + 1
      while d < e && isSpace(buf[d]) { d += 1 }
      labelledDate = isDateOnly(buf, d, e)
    }
    // Records and enacting clauses are sentences, not pages: longer lines are neither.
    let short = e - c <= 1000
    let adoption = short && adoptionWords.contains { contains(buf, c, $0) }
    let enacting = short && enactingWords.contains { contains(buf, c, $0) }
    var refAfterMark = false
    if style == .article, markEnd < e, !isSpace(buf[markEnd]) {
      refAfterMark = referenceFollowers.contains { matches(buf, markEnd, $0) }
    }
    let noteStart = first == "注" || first == "附" || ((first == "（" || first == "(") && c + 1 < e && (buf[c + 1] == "注" || buf[c + 1] == "附"))
    return LineFacts(
      number: number, start: start, end: end, contentStart: offsets[c], contentEnd: offsets[e], indent: indent,
      style: style, markEnd: offsets[markEnd], value: value,
      textCount: e - t, count: e - c, last: last, lastStop: buf[stopIndex],
      internalPunct: internalPunct, anyPunct: anyPunct, bracketed: bracketed, dashLed: dashLed, dateOnly: dateOnly, labelledDate: labelledDate,
      verseLength: style == nil ? verseLength(buf, c, e) : 0, inlineCircled: inlineCircled,
      adoptionWord: adoption, enacting: enacting,
      startsBen: first == "本", startsWei: first == "为", startsJing: first == "经", startsDigit: digit(first) != nil || (chineseDigit(first) && dateOnly),
      startsAbove: matches(buf, c, ["以", "上"]) || matches(buf, c, ["上", "述"]), startsNote: noteStart,
      refAfterMark: refAfterMark, labelled: t < e && (buf[t] == "【" || buf[t] == "["),
      startsSpecial: first == "@" || first == "＠" || first == "#" || first == "＃")
  }
}
