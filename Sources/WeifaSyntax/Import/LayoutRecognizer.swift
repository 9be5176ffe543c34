import WeifaBase

/// The role of a line in a pasted charter (the roles of Tests/Fixtures/layouts/README.md).
package enum LayoutRole: String, Sendable, CaseIterable {
  case title, subtitle, preamble, heading, article, paragraph, item, subitem, verse, adoption, signature, other
}

/// What a line's layout said where the text came from (a Word file): the recogniser weighs it
/// with the words. `title` and `heading(level)` are Word's title and heading styles (or an outline
/// level); `emphasis` a paragraph centred or set all in bold; `item(level)` a paragraph Word
/// numbers at a level below the first (`w:ilvl` ≥ 1) of its list: part of the unit above.
package enum LayoutHint: Sendable, Equatable {
  case title, heading(Int), emphasis, item(Int)
}

/// A remark on one line: what else it could be, or what it carries.
package struct LayoutNote: Sendable, Equatable {
  package enum Kind: String, Sendable { case ambiguous, inline, notNumbering, continuation, styleSwitch, label }
  package var kind: Kind
  package var text: LocalizedText
}

/// One non-blank line as the recogniser reads it.
package struct LayoutLine: Sendable {
  /// 1-based line number in the input.
  package var number: Int
  /// The line's bytes without its line end (a CR before the LF dropped) and, on line 1, without a BOM.
  package var start: Int
  package var end: Int
  /// The first byte after leading white space; the mark is `contentStart..<markEnd`.
  package var contentStart: Int
  package var markEnd: Int
  package var role: LayoutRole
  package var level: Int
  package var style: MarkerStyle?
  /// The number of the mark (`三、` → 3), when it has one.
  package var value: Int?
  package var notes: [LayoutNote] = []
  /// For an unnumbered heading: its rank (0 编, 1 章, 2 节) as Word's heading style or outline
  /// level says; nil where nothing says more than the document's first heading rank.
  package var headingRank: Int?

  package var hasMark: Bool { markEnd > contentStart && role != .signature && isNumbered }
  /// Whether the line's mark is numbering (a role that takes a number, with a style).
  var isNumbered: Bool { style != nil && [.heading, .article, .item, .subitem].contains(role) }
  package var ambiguity: LayoutNote? { notes.first { $0.kind == .ambiguous } }
}

/// The numbering a document uses, per level, as `@编号` declares it.
package struct LayoutNumbering: Sendable, Equatable {
  /// Heading styles that are not `第X章`: the first is 章, a second one 节.
  package var headings: [MarkerStyle] = []
  /// The article style (nil for `第X条`, which needs no declaration, or for verse).
  package var article: MarkerStyle?
  /// Every prose line is one article (verse charters).
  package var everyLine = false
  package var items: [MarkerStyle] = []
  package var subitems: [MarkerStyle] = []
  /// Whether the document uses `第X章` headings (then a heading style of our own is a 节).
  package var ordinalChapters = false

  package var isEmpty: Bool { headings.isEmpty && article == nil && !everyLine && items.isEmpty && subitems.isEmpty }
}

/// The layout of a whole document: every non-blank line classified, and the numbering found.
package struct PastedLayout: Sendable {
  package var lines: [LayoutLine]
  /// Lines in the input, blank ones included.
  package var lineCount: Int
  package var numbering: LayoutNumbering
  /// How many lines are units of the charter (articles and verse lines).
  package var articleCount: Int { lines.reduce(0) { $0 + ($1.role == .article || $1.role == .verse ? 1 : 0) } }
}

/// Classifies the lines of a charter pasted from Word (plain text: `一、`, `1.`, `（一）`, `第X条`,
/// verse …) into title, preamble, headings, articles, paragraphs, items, adoption records and the
/// signature block. Pure and linear: one scan (`LineScanner`), then passes over the lines' facts.
///
/// The numbering styles are inferred from the whole document, not from word lists: which styles
/// occur and in which nesting order (a style first seen inside another one's unit is its child),
/// whether a style's lines read as short titles over lines of another style (headings) or as
/// sentences (articles), whether a line's number continues the sequence of an enclosing list.
package enum LayoutRecognizer {
  package static func recognize(_ bytes: [UInt8], hints: [Int: LayoutHint] = [:]) -> PastedLayout {
    let (facts, lineCount) = LineScanner.scan(bytes)
    var r = Recognition(facts)
    if !hints.isEmpty { r.hints = facts.map { hints[$0.number] } }
    r.run()
    return PastedLayout(lines: r.lines, lineCount: lineCount, numbering: r.numbering)
  }
}

/// The recogniser's working state over the facts of one document.
struct Recognition {
  let f: [LineFacts]
  var lines: [LayoutLine]
  /// The layout hint of each line (empty for plain text).
  var hints: [LayoutHint?] = []
  var numbering = LayoutNumbering()
  /// The article style, or nil with `verse` for verse charters.
  var articleStyle: MarkerStyle?
  var verse = false
  var verseLength = 0
  /// A numbered style whose lines are headings over the articles (`一、总则` over `1.`).
  /// Numbered styles whose lines are headings over the articles (`一、总则` over `1.`), outermost
  /// first: their ranks follow `baseRank`.
  var headingStyles: [MarkerStyle] = []
  /// The document has `第X章` (or `第X编`) headings: a heading style of its own is one rank below.
  let hasChapters: Bool
  /// The rank of the first heading style of our own: 章, or 节 under `第X章`.
  var baseRank: Int { hasChapters ? 2 : 1 }

  init(_ facts: [LineFacts]) {
    f = facts
    hasChapters = facts.contains { $0.style == .chapter || $0.style == .part }
    lines = facts.map {
      LayoutLine(number: $0.number, start: $0.start, end: $0.end, contentStart: $0.contentStart, markEnd: $0.markEnd,
                 role: .paragraph, level: 0, style: $0.style, value: $0.value)
    }
  }

  // MARK: - Line tests

  /// The line's layout says it is a heading: Word's heading style or outline level, or a short
  /// centred or bold line that names a topic (not a bracketed or dash-led subtitle, not a date).
  func hintedHeading(_ i: Int) -> Bool {
    guard i < hints.count, let h = hints[i] else { return false }
    let x = f[i]
    if x.bracketed || x.dashLed || x.dateOnly || x.labelledDate { return false }
    switch h {
    // A title style past the first line is another document's title (a bundle printed as one
    // file), not a heading of this one: read as the text reads it.
    case .item, .title: return false
    case .heading: return x.textCount > 0 && x.textCount <= 40 && x.last != "。" && x.last != "；"
    case .emphasis: return titleLike(i) && x.last != "。" && x.last != "."
    }
  }

  /// A short line that names a topic: no sentence punctuation but perhaps a final 。, a few words.
  func titleLike(_ i: Int) -> Bool {
    let x = f[i]
    return x.textCount > 0 && x.textCount <= 15 && !x.internalPunct && (LineScanner.isStop(x.last) ? x.last == "。" || x.last == "." : true)
      && !(x.last == "，" || x.last == "," || x.last == "、")
  }

  /// The line does not end a clause: the next line continues it (a line wrapped in Word).
  func wraps(_ i: Int) -> Bool {
    let x = f[i]
    return !LineScanner.isStop(x.lastStop)
  }

  func isVerse(_ i: Int) -> Bool { verse && f[i].style == nil && f[i].verseLength == verseLength }

  func adoptionLike(_ i: Int) -> Bool {
    let x = f[i]
    if x.style != nil { return false }
    if x.bracketed { return x.adoptionWord }
    return x.adoptionWord && !x.enacting && !x.startsWei && (x.startsBen || x.startsDigit || x.startsJing || x.dateOnly)
  }

  /// A line of the closing signature block: a date, or a short name without sentence punctuation.
  func signatureLike(_ i: Int) -> Bool {
    let x = f[i]
    if x.dateOnly || x.labelledDate { return true }
    if x.anyPunct || x.count > 30 || x.verseLength > 0 { return false }
    if x.style != nil && !x.dateOnly { return false }
    if x.adoptionWord { return false }
    return true
  }

  // MARK: - The passes

  mutating func run() {
    guard !f.isEmpty else { return }
    var first = 0
    // Title: the first line, unless it is numbered or a sentence.
    if f[0].style == nil && f[0].count <= 60 && (f[0].last != "。" && !f[0].internalPunct || hints.first == .title) {
      lines[0].role = .title
      first = 1
      // Subtitles: bracketed lines and slogans right under the title.
      while first < f.count && f[first].style == nil && f[first].count <= 60
              && (f[first].bracketed || f[first].dashLed || ((f[first].adoptionWord || f[first].dateOnly) && !f[first].anyPunct && f[first].count <= 30)) {
        lines[first].role = .subtitle
        first += 1
      }
    }
    // The signature block, from the end: dates and short names after the last numbered line.
    let lastNumbered = f.lastIndex { $0.style != nil } ?? -1
    var sig = f.count
    while sig - 1 >= first && sig - 1 > lastNumbered && f.count - (sig - 1) <= 6 && signatureLike(sig - 1) { sig -= 1 }
    if sig < f.count && sig > first {
      for i in sig..<f.count { lines[i].role = .signature }
    } else {
      sig = f.count
    }
    let bodyEnd = sig
    detectVerse(first, bodyEnd)
    inferStyles(first, bodyEnd)
    mapHeadingLevels(first, bodyEnd)
    structure(first, bodyEnd)
    numbering = declaredNumbering()
  }

  /// Verse charters: most unnumbered lines are clauses of one length (三字经, 四字, 七言).
  mutating func detectVerse(_ from: Int, _ to: Int) {
    var counts = [Int: Int](), unnumbered = 0
    for i in from..<max(from, to) where f[i].style == nil {
      unnumbered += 1
      if f[i].verseLength > 0 { counts[f[i].verseLength, default: 0] += 1 }
    }
    guard let (len, count) = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else { return }
    if count >= 4 && count * 2 >= unnumbered {
      verse = true
      verseLength = len
    }
  }

  /// The next line after `i` within the body, if any.
  func nextLine(_ i: Int, _ to: Int) -> Int? { i + 1 < to ? i + 1 : nil }

  /// Whether line `i` (of style `s`) is followed by a unit of another style or a verse line: it
  /// heads them.
  func hasChildren(_ i: Int, _ to: Int) -> Bool {
    guard let j = nextLine(i, to) else { return false }
    if isVerse(j) { return true }
    guard let t = f[j].style, t != f[i].style else { return false }
    // A heading style at or above this line's is a sibling's or a parent's, not a child.
    if let s = f[i].style, let k = headingStyles.firstIndex(of: s), headingStyles[...k].contains(t) { return false }
    if let s = f[i].style, !headingStyles.contains(s), headingStyles.contains(t) { return false }
    return !(t == .part || t == .chapter || t == .section)
  }

  /// The article style and the heading style, from the numbered lines of the body.
  mutating func inferStyles(_ from: Int, _ to: Int) {
    guard from < to else { return }
    let numbered = (from..<to).filter { f[$0].style != nil && !(f[$0].style == .article && f[$0].refAfterMark) }
    let ordinalHeadings: Set<MarkerStyle> = [.part, .chapter, .section]
    if numbered.contains(where: { f[$0].style == .article }) {
      articleStyle = .article
      // A style of short titles over the articles (`一、总则` over `第一条`) is a heading style.
      var byStyle = [MarkerStyle: (lines: Int, titles: Int, children: Int)]()
      for i in numbered {
        guard let s = f[i].style, s != .article, !ordinalHeadings.contains(s) else { continue }
        var e = byStyle[s] ?? (0, 0, 0)
        e.lines += 1
        if titleLike(i) { e.titles += 1 }
        if let j = nextLine(i, to), f[j].style == .article { e.children += 1 }
        byStyle[s] = e
      }
      var seen = Set<MarkerStyle>()
      for i in numbered {
        guard let s = f[i].style, seen.insert(s).inserted, let e = byStyle[s] else { continue }
        let hinted = numbered.filter { f[$0].style == s && hintedHeading($0) }.count
        if e.titles * 2 >= e.lines, e.children * 2 >= e.lines, e.children >= 1 || hinted * 2 > e.lines { headingStyles.append(s) }
        else if hinted * 2 > e.lines, e.children >= 1 { headingStyles.append(s) }
      }
      return
    }
    let top = numbered.filter { !ordinalHeadings.contains(f[$0].style ?? .article) }
    guard let firstLine = top.first, let outermost = f[firstLine].style else {
      if verse { articleStyle = nil }
      return
    }
    // The outermost style heads the next one when its lines are short titles with units under
    // them; then the same question for the style under it (一、 over （一） over 1.).
    var t = outermost
    while true {
      let tLines = top.filter { f[$0].style == t }
      // Titles, strictly: no full stop either (a short article ends with one).
      let titles = tLines.filter { titleLike($0) && f[$0].last != "。" && f[$0].last != "." }.count
      let children = tLines.filter { hasChildren($0, to) }.count
      // Word said these are headings (a heading style, centred or bold): one unit under them is enough.
      let hinted = tLines.filter { hintedHeading($0) }.count * 2 > tLines.count && children >= 1
      guard hinted || titles * 2 >= tLines.count && children * 2 >= tLines.count && children >= 1, headingStyles.count < 3 else {
        articleStyle = t
        return
      }
      headingStyles.append(t)
      // The articles are what the headings head: the commonest style right under them, or verse.
      var under = [MarkerStyle: Int](), verseUnder = 0
      for i in tLines {
        guard let j = nextLine(i, to) else { continue }
        if isVerse(j) { verseUnder += 1 } else if let s = f[j].style, !headingStyles.contains(s) { under[s, default: 0] += 1 }
      }
      guard let best = under.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }), best.value >= verseUnder,
            !ordinalHeadings.contains(best.key) else {
        articleStyle = nil
        return
      }
      t = best.key
    }
  }

  /// Whether line `i` is a unit that starts the body (ends the preamble).
  func startsBody(_ i: Int, _ to: Int) -> Bool {
    let x = f[i]
    if let s = x.style {
      if s == .article && x.refAfterMark { return false }
      return true
    }
    if isVerse(i) { return true }
    return unnumberedHeading(i, to)
  }

  /// A short unnumbered line without punctuation standing over a unit: `总　则`, `村风民俗`.
  func unnumberedHeading(_ i: Int, _ to: Int) -> Bool {
    let x = f[i]
    if x.style == nil && hintedHeading(i) && nextLine(i, to) != nil { return true }
    guard x.style == nil, !x.anyPunct, !x.dateOnly, x.count <= 12, !x.bracketed, !x.dashLed, x.verseLength == 0 else { return false }
    if i > 0 && lines[i - 1].role != .title && lines[i - 1].role != .subtitle && wraps(i - 1) && lines[i - 1].role != .heading { return false }
    guard let j = nextLine(i, to) else { return false }
    if isVerse(j) { return true }
    guard let s = f[j].style else { return false }
    return s == articleStyle || headingStyles.contains(s) || s == .chapter || s == .section || s == .part
  }

  /// Word's heading levels (1-based) → ranks (0 编, 1 章, 2 节), for unnumbered headings.
  /// A level that a numbered heading carries (第一章 in Heading 1, 一、总则 in Heading 1) has that
  /// heading's rank, and the other levels keep their distance from it; without one, the distinct
  /// levels of the unnumbered headings, outermost first, are 章 and 节 (编, 章, 节 when there are
  /// three), starting one rank down in a document that has 第X章.
  var levelRanks: [Int: Int] = [:]

  mutating func mapHeadingLevels(_ from: Int, _ to: Int) {
    guard !hints.isEmpty, from < to else { return }
    var known = [Int: Int](), unnumbered = Set<Int>()
    for i in from..<to {
      guard i < hints.count, case .heading(let level)? = hints[i] else { continue }
      if let s = f[i].style {
        if s == .part || s == .chapter || s == .section || headingStyles.contains(s) { known[level] = known[level] ?? rank(s) }
      } else {
        unnumbered.insert(level)
      }
    }
    let levels = unnumbered.sorted()
    if let anchor = known.keys.min(), let anchorRank = known[anchor] {
      for l in levels { levelRanks[l] = known[l] ?? min(2, max(0, anchorRank + l - anchor)) }
    } else {
      let base = levels.count >= 3 && !hasChapters ? 0 : baseRank
      for (k, l) in levels.enumerated() { levelRanks[l] = min(2, base + k) }
    }
  }

  /// The rank of an unnumbered heading: its Word level's, else the first rank of the document.
  func unnumberedRank(_ i: Int) -> Int {
    if i < hints.count, case .heading(let level)? = hints[i], let r = levelRanks[level] { return r }
    return baseRank
  }

  /// The heading rank of a style (0 编, 1 章, 2 节).
  func rank(_ s: MarkerStyle?) -> Int {
    switch s {
    case .part: return 0
    case .chapter: return 1
    case .section: return 2
    default: return baseRank + (s.flatMap { headingStyles.firstIndex(of: $0) } ?? 0)
    }
  }

  mutating func note(_ i: Int, _ kind: LayoutNote.Kind, zh: String, en: String) {
    lines[i].notes.append(LayoutNote(kind: kind, text: LocalizedText(zh: zh, en: en)))
  }

  /// The main pass: headings, articles, lists, paragraphs, with a stack of open headings and of
  /// the list styles open in the current article.
  mutating func structure(_ from: Int, _ to: Int) {
    var i = from
    // The preamble: prose before the first unit.
    while i < to && !startsBody(i, to) {
      lines[i].role = adoptionLike(i) ? .adoption : .preamble
      i += 1
    }
    var headings = [Int]()           // ranks of the open headings
    var inArticle = false
    var articleLevel = 1
    var lastArticle: Int?            // the number of the last article
    var list = [(style: MarkerStyle?, value: Int)]()   // open list styles (nil: unnumbered items)
    var unnumberedItemsUntil = -1    // lines up to this index are unnumbered items
    var unnumberedItemLevel = 0
    var lastUnit = -1                // the last heading, article, item or verse line
    func openHeading(_ r: Int) -> Int {
      while let top = headings.last, top >= r { headings.removeLast() }
      headings.append(r)
      return headings.count
    }
    while i < to {
      let x = f[i]
      defer { i += 1 }
      if i <= unnumberedItemsUntil {
        lines[i].role = unnumberedItemLevel == articleLevel + 1 ? .item : .subitem
        lines[i].level = unnumberedItemLevel
        note(i, .ambiguous, zh: "没有编号的项；也可读作一款", en: "unnumbered item; ambiguous: paragraph")
        lastUnit = i
        continue
      }
      if let s = x.style, !(s == .article && x.refAfterMark) {
        if s == .part || s == .chapter || s == .section {
          lines[i].role = .heading
          lines[i].level = openHeading(rank(s))
          inArticle = false; list = []; lastUnit = i
          continue
        }
        if headingStyles.contains(s) {
          if hasChildren(i, to) || (titleLike(i) && x.last != "。" && x.last != ".") || hintedHeading(i) {
            lines[i].role = .heading
            lines[i].level = openHeading(rank(s))
            if x.last == "。" || x.last == "." {
              note(i, .ambiguous, zh: "以句号结尾，也可读作一条（其下各条为项）", en: "ends with a full stop; ambiguous: an article with items")
            }
            inArticle = false; list = []; lastUnit = i
            continue
          }
          // A sentence among the headings, heading nothing: an article at the headings' level.
          while let top = headings.last, top >= rank(s) { headings.removeLast() }
          articleLevel = headings.count + 1
          lines[i].role = .article
          lines[i].level = articleLevel
          note(i, .ambiguous, zh: "与章标题同一编号样式，但是完整的句子，下面没有条，读作一条；也可读作章标题",
               en: "a sentence in the headings' numbering style with no articles under it, read as an article; ambiguous: heading")
          inArticle = true; list = []; lastArticle = x.value; lastUnit = i
          continue
        }
        if s == articleStyle {
          // `1.` under an item ending with a colon, restarting at 1: a sub-list, not a new article;
          // so is a line Word numbers at a deeper level of its list.
          var restart = inArticle && !list.isEmpty && x.value == 1 && (lastArticle ?? 0) >= 1 && i > 0
            && (f[i - 1].lastStop == "：" || f[i - 1].lastStop == ":")
          if inArticle, i < hints.count, case .item = hints[i] { restart = true }
          if !restart {
            articleLevel = headings.count + 1
            lines[i].role = .article
            lines[i].level = articleLevel
            inArticle = true; list = []; lastArticle = x.value ?? (lastArticle.map { $0 + 1 }); lastUnit = i
            if x.inlineCircled >= 2 { inlineNote(i) }
            continue
          }
        }
        // A list style inside an article.
        if !inArticle {
          // A numbered line before any article: read it as an article of its own style.
          articleLevel = headings.count + 1
          lines[i].role = .article
          lines[i].level = articleLevel
          note(i, .ambiguous, zh: "编号样式与其他条不同，读作一条", en: "numbered unlike the other articles, read as an article")
          inArticle = true; list = []; lastArticle = x.value; lastUnit = i
          continue
        }
        if let k = list.lastIndex(where: { $0.style == s }) {
          list.removeSubrange((k + 1)...)
          list[k].value = x.value ?? list[k].value
        } else {
          // A new list starts at 1; a number that continues the articles is an article whose
          // style changed (`五、` … then `６、`).
          if let v = x.value, v != 1, let last = lastArticle, v == last + 1 {
            articleLevel = headings.count + 1
            lines[i].role = .article
            lines[i].level = articleLevel
            let parent = list.isEmpty ? "" : String(lines[lastUnit].role == .item || lines[lastUnit].role == .subitem ? "上一项" : "")
            note(i, .styleSwitch, zh: "编号样式改变，但编号接续上一条（\(last)→\(v)），读作一条；也可读作\(parent.isEmpty ? "项" : "上一项的目")",
                 en: "the numbering style changes but the number continues the articles (\(last)→\(v)): read as an article; ambiguous: a sub-item")
            lines[i].notes[lines[i].notes.count - 1].kind = .ambiguous
            inArticle = true; list = []; lastArticle = v; lastUnit = i
            continue
          }
          list.append((s, x.value ?? 1))
        }
        lines[i].level = articleLevel + list.count
        lines[i].role = list.count == 1 ? .item : .subitem
        if x.inlineCircled >= 2 { inlineNote(i) }
        lastUnit = i
        continue
      }
      // Unnumbered lines.
      if isVerse(i) {
        articleLevel = headings.count + 1
        lines[i].role = .verse
        lines[i].level = articleLevel
        inArticle = true; list = []; lastUnit = i
        continue
      }
      if unnumberedHeading(i, to) {
        lines[i].role = .heading
        let r = unnumberedRank(i)
        lines[i].level = openHeading(r)
        if r != baseRank { lines[i].headingRank = r }
        if hintedHeading(i) {
          note(i, .ambiguous, zh: "Word 中是标题样式、居中或加粗的短行，读作标题", en: "a short line in a heading style, centred or bold in Word, read as a heading")
        } else {
          note(i, .ambiguous, zh: "没有编号的短行，下面是条文，读作标题", en: "a short unnumbered line over articles, read as a heading")
        }
        lines[i].notes[lines[i].notes.count - 1].kind = .label
        inArticle = false; list = []; lastUnit = i
        continue
      }
      if !inArticle {
        // Prose after a heading and before its first article.
        lines[i].role = .paragraph
        lines[i].level = headings.count
        continue
      }
      // Unnumbered items: a line ending with a colon, then lines ending with semicolons, the last
      // with a full stop (喜事新办，不讲排场；…).
      if i > 0 && (f[i - 1].lastStop == "：" || f[i - 1].lastStop == ":") {
        var j = i
        while j < to && f[j].style == nil && !isVerse(j) && (f[j].lastStop == "；" || f[j].lastStop == ";") { j += 1 }
        if j > i && j < to && f[j].style == nil && (f[j].lastStop == "。" || f[j].lastStop == ".") && j - i + 1 >= 2 {
          unnumberedItemsUntil = j
          unnumberedItemLevel = lines[i - 1].level + 1
          lines[i].role = unnumberedItemLevel == articleLevel + 1 ? .item : .subitem
          lines[i].level = unnumberedItemLevel
          note(i, .ambiguous, zh: "没有编号的项；也可读作一款", en: "unnumbered item; ambiguous: paragraph")
          lastUnit = i
          continue
        }
      }
      lines[i].role = .paragraph
      if !list.isEmpty && i > 0 && (lines[i - 1].role == .item || lines[i - 1].role == .subitem) && wraps(i - 1) {
        lines[i].level = lines[i - 1].level
        note(i, .continuation, zh: "上一项换行后的接续", en: "continuation (wrapped line) of the item above")
      } else {
        lines[i].level = articleLevel
        list = []
        if i > 0 && wraps(i - 1) {
          note(i, .continuation, zh: "上一行换行后的接续", en: "continuation (wrapped line)")
        }
      }
      if x.startsDigit || (x.style == nil && f[i].refAfterMark) {
        note(i, .notNumbering, zh: "行首的数字不是编号", en: "not numbering: a number at the line start")
      }
    }
    // The tail: lines after the last unit that are records, notes or remarks about the whole text.
    var outside = false
    var k = max(lastUnit + 1, from)
    while k < to {
      if lines[k].role == .paragraph || lines[k].role == .verse {
        if adoptionLike(k) && !f[k].startsNote {
          lines[k].role = .adoption; lines[k].level = 0; outside = true
        } else if f[k].bracketed || f[k].startsNote || f[k].startsAbove || outside || verse {
          lines[k].role = .other; lines[k].level = 0; outside = true
          if f[k].startsAbove {
            note(k, .ambiguous, zh: "说的是以上各条，不属于最后一条；也可读作最后一条的一款", en: "about all the articles above, outside the last one; ambiguous: a paragraph of the last article")
          }
        }
      }
      k += 1
    }
    // Notes on number-led prose and labels.
    for i in from..<to where lines[i].role != .heading {
      if f[i].style == .article && f[i].refAfterMark {
        if lines[i].role == .paragraph || lines[i].role == .preamble {
          note(i, .notNumbering, zh: "行首的「第X条」是引用，不是编号", en: "not numbering: a reference at the line start")
        }
      }
      if f[i].labelled && lines[i].role == .article && f[i].style == .article {
        note(i, .label, zh: "条标", en: "label")
      }
    }
  }

  mutating func inlineNote(_ i: Int) {
    note(i, .inline, zh: "行内有 \(f[i].inlineCircled) 个带圈编号的项", en: "inline: \(f[i].inlineCircled) circled items run in")
  }

  /// The styles per level, as `@编号` will declare them: each style at the level where it is used most.
  func declaredNumbering() -> LayoutNumbering {
    var n = LayoutNumbering()
    n.ordinalChapters = hasChapters
    n.headings = headingStyles
    if verse && articleStyle == nil { n.everyLine = true }
    if let a = articleStyle, a != .article { n.article = a }
    var uses = [MarkerStyle: (items: Int, subitems: Int)]()
    for l in lines {
      guard let s = l.style, !s.isOrdinal, s != articleStyle, !headingStyles.contains(s) else { continue }
      if l.role == .item { uses[s, default: (0, 0)].items += 1 }
      if l.role == .subitem { uses[s, default: (0, 0)].subitems += 1 }
    }
    for s in MarkerStyle.allCases {
      guard let u = uses[s] else { continue }
      if u.items >= u.subitems { n.items.append(s) } else { n.subitems.append(s) }
    }
    return n
  }
}
