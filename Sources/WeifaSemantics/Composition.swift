import Synchronization
import WeifaBase

/// A body's composition as written (`@组成`), read as structure where it can be (issue 13) — the one
/// recogniser `check` (WF5015–WF5017), `decide` and `route` use. The value is text up to `；`; its
/// clauses (split at `，`) are read one by one:
///
/// | written | part |
/// |---|---|
/// | `村民委员会成员和村民代表`, `主任、副主任和委员`, `其余为理事` | the members by office (`category`) |
/// | `主任1人`, `副主任一至二人`, `理事长一名`, `妇女成员不少于2人`, `村民委员会成员不超过2人`, `可以设副理事长` | a count (`count`) |
/// | `应当有妇女成员`, `其中应有具备财会、管理知识的人员` | at least one (`count`, low 1) |
/// | `村民代表占组成人员五分之四以上`, `妇女村民代表 三分之一以上` | a share of the 组成人员 (`share`) |
/// | `单数`, `一般为单数` | an odd number of members (`odd`) |
/// | `村民代表每五户至十五户推选一人` | households per member (`perHouseholds`) |
/// | `村民委员会成员及其近亲属不得担任` | an office barred from the body (`excluded`) |
/// | `一般在一百户至七百户的范围内设立` | the households of the body's area (`area`) |
/// | `由村民会议推选产生`, `或者由各村民小组推选若干人`, `每户派1名代表` | how members are chosen or take part (`selection`, described only) |
///
/// A clause read as none of these is kept in `unread`: the composition is then free text in part,
/// which WF5017 notes, and nothing in that clause is checked.
package struct Composition: Sendable, Equatable {
  package enum Part: Sendable, Equatable {
    case category(String)
    /// `high` nil: no cap (不少于2人, 应当有).
    case count(String, low: Int, high: Int?)
    case share(String, Rational, strict: Bool, text: String)
    case odd
    case perHouseholds(String, low: Int, high: Int)
    case excluded(String, relatives: Bool)
    case area(low: Int, high: Int)
    case selection(String)
  }
  package var text: String
  package var parts: [Part]
  package var unread: [String]
  /// The names counted in a clause that counts among the others (`其中应当有妇女成员`, `其中党员2人`): a
  /// class of the members, not seats of its own.
  package var within: [String] = []
  /// Whether every clause was read.
  package var structured: Bool { unread.isEmpty }

  package init(_ text: String) {
    self.text = text
    var parts = [Part](), unread = [String]()
    for raw in text.split(whereSeparator: { Text.isOneOf($0, "，,。") }) {
      let clause = Self.strip(String(raw))
      guard !clause.isEmpty else { continue }
      if let p = Self.read(clause) {
        parts += p
        if String(raw).trimmingSpaces().hasPrefix("其中") { for case .count(let n, _, _) in p { within.append(n) } }
      } else { unread.append(clause) }
    }
    self.parts = parts; self.unread = unread
  }

  // MARK: Reading a clause

  static func strip(_ s: String) -> String {
    var t = s.trimmingSpaces()
    for lead in ["其中", "并且", "并", "且", "另"] where Text.hasPrefix(t, lead) { t.removeFirst(lead.count) }
    return t.trimmingSpaces()
  }

  static func read(_ c: String) -> [Part]? {
    if ["单数", "一般为单数", "由单数成员组成", "为单数"].contains(where: { Text.same(c, $0) }) { return [.odd] }
    if let r = Text.range(c, "不得担任") {
      var name = String(c[..<r.lowerBound]).trimmingSpaces()
      let relatives = name.hasSuffix("及其近亲属")
      if relatives { name.removeLast("及其近亲属".count) }
      let names = name.split(separator: "、").map { String($0).trimmingSpaces() }
      guard !names.isEmpty, names.allSatisfy(isName), c[r.upperBound...].allSatisfy({ $0 == " " }) || c[r.upperBound...].hasSuffix("成员") else { return nil }
      return names.map { Part.excluded($0, relatives: relatives) }
    }
    if let a = area(c) { return [a] }
    if let p = perHouseholds(c) { return [p] }
    if let s = share(c) { return [s] }
    for lead in ["应当有", "应有"] where Text.hasPrefix(c, lead) {
      let name = String(c.dropFirst(lead.count))
      return isName(name) ? [.count(name, low: 1, high: nil)] : nil
    }
    for lead in ["可以设", "可设"] where Text.hasPrefix(c, lead) {
      let name = String(c.dropFirst(lead.count))
      return isName(name) ? [.count(name, low: 0, high: nil)] : nil
    }
    if let n = count(c) { return [n] }
    // How members are chosen or take part (由……推选, 每户派1名代表, 每个居民小组选举的代表二至三人参加): described, not counted.
    if ["由", "或者由", "或由", "可以由"].contains(where: { Text.hasPrefix(c, $0) }) || ["推选", "选举", "产生", "派", "参加"].contains(where: { Text.contains(c, $0) }) { return [.selection(c)] }
    var body = c
    for lead in ["其余为", "其余是"] where Text.hasPrefix(body, lead) { body.removeFirst(lead.count) }
    // 主任、副主任和委员; 楼栋长1人、副楼栋长1人和单元联络员: each office named, counted where a number follows.
    var out = [Part]()
    for item in body.split(whereSeparator: { Text.isOneOf($0, "、和及") }).map({ String($0).trimmingSpaces() }) {
      if let n = count(item) { out.append(n) } else if isName(item) { out.append(.category(item)) } else { return nil }
    }
    return out.isEmpty ? nil : out
  }

  /// A name of an office or a class of members: no verb of choosing, no number, not too long.
  static func isName(_ s: String) -> Bool {
    guard !s.isEmpty, s.count <= 16 else { return false }
    let verbs = ["由", "推选", "选举", "产生", "组成", "可以", "应当", "不得", "负责", "担任", "不超过", "不少于", "设立"]
    if verbs.contains(where: { Text.contains(s, $0) }) { return false }
    // A number of persons (五个, 两人) is no name; 十八周岁 in a class of members is.
    let chars = Array(s)
    for (i, ch) in chars.enumerated() where Text.isOneOf(ch, "一二两三四五六七八九十") && i + 1 < chars.count && Text.isOneOf(chars[i + 1], "人名个户位") { return false }
    return !s.unicodeScalars.contains { ("0"..."9").contains($0) } && !Text.contains(s, "分之")
  }

  /// 一, 二, 15 … (a whole number written either way).
  static func number(_ s: Substring) -> Int? { Int(s) ?? ChineseNumeral.parse(String(s)) }

  /// The prefix of `s` made of numeral characters, and the rest.
  static func leadingNumber(_ s: Substring) -> (Int, Substring)? {
    let digits = s.prefix { Text.isDigit($0) || Text.isOneOf($0, "零一二两三四五六七八九十百千") }
    guard !digits.isEmpty else { return nil }
    let n = digits == "两" ? 2 : number(digits)
    return n.map { ($0, s.dropFirst(digits.count)) }
  }

  /// 主任1人, 副主任一至二人, 理事长一名, 妇女成员不少于2人, 村民委员会成员不超过2人, 共5人.
  static func count(_ c: String) -> Part? {
    let bounds: [(String, Bool)] = [("不少于", true), ("至少", true), ("不超过", false), ("最多", false), ("不多于", false), ("共", true)]
    var name = Substring(c), rest = Substring("")
    var bound: (String, Bool)?
    for (word, floor) in bounds {
      if let r = Text.range(c, word) { name = c[..<r.lowerBound]; rest = c[r.upperBound...]; bound = (word, floor); break }
    }
    if bound == nil {
      guard let i = c.firstIndex(where: { Text.isDigit($0) || Text.isOneOf($0, "一二两三四五六七八九十") }) else { return nil }
      name = c[..<i]; rest = c[i...]
    }
    let n = String(name).trimmingSpaces()
    guard isName(n), let (low, after) = leadingNumber(rest) else { return nil }
    var high: Int? = low
    var tail = after
    if tail.hasPrefix("至") || tail.hasPrefix("到") || tail.hasPrefix("—") || tail.hasPrefix("-") {
      guard let (h, t) = leadingNumber(tail.dropFirst()) else { return nil }
      high = h; tail = t
    }
    guard tail == "人" || tail == "名" || tail == "人以上" || tail == "名以上" || tail == "人以下" || tail == "名以下" else { return nil }
    if tail.hasSuffix("以上") { high = nil }
    var lo = low
    if tail.hasSuffix("以下") { lo = 0 }
    switch bound {
    case (_, true)?: return .count(n, low: lo, high: bound?.0 == "共" ? high : nil)
    case (_, false)?: return .count(n, low: 0, high: low)
    case nil: return .count(n, low: lo, high: high)
    }
  }

  /// 村民代表占组成人员五分之四以上, 妇女村民代表 三分之一以上, 村民代表 过半数.
  static func share(_ c: String) -> Part? {
    let words: [(String, Rational, Bool)] = [("过半数", Rational(1, 2), true), ("半数以上", Rational(1, 2), false)]
    var name: String?, ratio: (Rational, Bool)?, ratioText = ""
    if let r = Text.range(c, "分之") {
      var start = r.lowerBound
      while start > c.startIndex, Text.isOneOf(c[c.index(before: start)], "零一二两三四五六七八九十0123456789") { start = c.index(before: start) }
      let den = c[start..<r.lowerBound]
      var end = r.upperBound
      while end < c.endIndex, Text.isOneOf(c[end], "零一二两三四五六七八九十0123456789") { end = c.index(after: end) }
      let num = c[r.upperBound..<end]
      guard let p = number(num), let q = number(den), q > 0 else { return nil }
      var head = String(c[..<start]), tail = String(c[end...])
      var strict = false
      for lead in ["超过", "多于"] where head.hasSuffix(lead) { head.removeLast(lead.count); strict = true }
      for lead in ["不少于", "不低于"] where head.hasSuffix(lead) { head.removeLast(lead.count) }
      guard tail == "以上" || tail == "" || head != String(c[..<start]) else { return nil }
      if tail == "以上" { tail = "" }
      guard tail.isEmpty else { return nil }
      name = head; ratio = (Rational(p, q), strict); ratioText = String(c[start...])
    } else {
      for (w, f, s) in words where c.hasSuffix(w) { name = String(c.dropLast(w.count)); ratio = (f, s); ratioText = w }
    }
    guard var n = name?.trimmingSpaces(), let (f, strict) = ratio else { return nil }
    for of in ["占组成人员的", "占组成人员", "应当占", "占"] where n.hasSuffix(of) { n.removeLast(of.count); break }
    n = n.trimmingSpaces()
    if n.hasSuffix("应当") { n.removeLast(2) }
    guard isName(n) else { return nil }
    return .share(n, f, strict: strict, text: ratioText)
  }

  /// 村民代表每五户至十五户推选一人, 一般每五户至十五户选举代表一人.
  static func perHouseholds(_ c: String) -> Part? {
    guard let r = Text.range(c, "每") else { return nil }
    var name = String(c[..<r.lowerBound]).trimmingSpaces()
    if name.hasSuffix("一般") { name.removeLast(2) }
    guard let (lo, a) = leadingNumber(c[r.upperBound...]) else { return nil }
    var rest = a
    if rest.hasPrefix("户") { rest = rest.dropFirst() }
    guard rest.hasPrefix("至") || rest.hasPrefix("到"), let (hi, b) = leadingNumber(rest.dropFirst()), b.hasPrefix("户") else { return nil }
    var tail = String(b.dropFirst())
    for verb in ["推选", "选举", "选出", "产生"] where tail.hasPrefix(verb) { tail.removeFirst(verb.count) }
    guard tail.hasSuffix("一人") || tail.hasSuffix("1人") || tail.hasSuffix("一名") else { return nil }
    let who = String(tail.dropLast(2))
    if name.isEmpty { name = who.isEmpty ? "代表" : who }
    guard isName(name), lo <= hi else { return nil }
    return .perHouseholds(name, low: lo, high: hi)
  }

  /// 一般在一百户至七百户的范围内设立.
  static func area(_ c: String) -> Part? {
    guard Text.hasSuffix(c, "设立"), let r = Text.range(c, "在") else { return nil }
    guard let (lo, a) = leadingNumber(c[r.upperBound...]), a.hasPrefix("户至") || a.hasPrefix("户到"),
          let (hi, b) = leadingNumber(a.dropFirst(2)), b.hasPrefix("户") else { return nil }
    return .area(low: lo, high: hi)
  }

  // MARK: Questions

  /// The share of the 组成人员 required of `name`'s members.
  package var shares: [(name: String, fraction: Rational, strict: Bool, text: String)] {
    parts.compactMap { if case .share(let n, let f, let s, let t) = $0 { return (n, f, s, t) } else { return nil } }
  }
  package var counts: [(name: String, low: Int, high: Int?)] {
    parts.compactMap { if case .count(let n, let l, let h) = $0 { return (n, l, h) } else { return nil } }
  }
  package var exclusions: [(name: String, relatives: Bool)] {
    parts.compactMap { if case .excluded(let n, let r) = $0 { return (n, r) } else { return nil } }
  }
  package var odd: Bool { parts.contains(.odd) }
  package var perHouseholds: (name: String, low: Int, high: Int)? {
    for p in parts { if case .perHouseholds(let n, let l, let h) = p { return (n, l, h) } }
    return nil
  }
  package var area: (low: Int, high: Int)? {
    for p in parts { if case .area(let l, let h) = p { return (l, h) } }
    return nil
  }

  /// Whether an office as held (村民委员会主任, 理事长, 会计) is of the class `name` names
  /// (村民委员会成员, 理事会成员, 财务人员, 会计人员).
  package static func office(_ held: String, isOf name: String) -> Bool {
    guard !held.isEmpty else { return false }
    var stem = name
    for suffix in ["成员", "人员"] where stem.hasSuffix(suffix) && stem.count > suffix.count { stem.removeLast(suffix.count) }
    if Text.contains(held, stem) { return true }
    if stem.hasSuffix("会"), stem.count > 2 { return Text.contains(held, String(stem.dropLast())) }
    return false
  }
}

/// The compositions of a workspace's bodies, each read once however many checks ask
/// (`Workspace.compositions`): a statute's body is compared with every charter body of its name,
/// and `Composition` reads prose. A memo scoped to a workspace (the same answer whoever asks
/// first), keyed by document and body index and holding the text it read, so a body whose
/// composition is not the one read is read again rather than answered wrongly.
package final class CompositionMemo: Sendable {
  private let read = Mutex<[Int: [(body: Int, text: String, structure: Composition)]]>([:])
  package init() {}

  /// `b.structure`, for body `i` of document `d`.
  package func structure(document d: Int, body i: Int, _ b: Body) -> Composition? {
    guard let text = b.composition else { return nil }
    func hit(_ all: [Int: [(body: Int, text: String, structure: Composition)]]) -> Composition? {
      all[d]?.first { $0.body == i && $0.text.utf8.elementsEqual(text.utf8) }?.structure
    }
    if let s = read.withLock({ hit($0) }) { return s }
    let s = Composition(text)
    read.withLock { all in if hit(all) == nil { all[d, default: []].append((i, text, s)) } }
    return s
  }
}

/// The string operations of reading a composition, on bytes when the text is plain
/// (`SyntaxText.isPlain`: one scalar per Character, already NFC), where bytes decide what
/// Characters would; else the standard library's Character-based operations.
private enum Text {
  static func same(_ a: String, _ b: String) -> Bool { SyntaxText.same(a, b) }
  static func hasPrefix(_ s: String, _ p: String) -> Bool { SyntaxText.hasPrefix(s, p) }
  static func contains(_ s: String, _ p: String) -> Bool { SyntaxText.contains(s, p) }
  static func hasSuffix(_ s: String, _ p: String) -> Bool {
    guard SyntaxText.isPlain(s) && SyntaxText.isPlain(p) else { return s.hasSuffix(p) }
    let u = s.utf8, v = p.utf8
    return u.count >= v.count && u.suffix(v.count).elementsEqual(v)
  }
  /// `set.contains(ch)`: on the scalar when `ch` is one scalar that no other Character equals —
  /// not a CJK compatibility ideograph (U+F900–U+FAFF, U+2F800–U+2FA1F: each is canonically
  /// equal to a unified one, 六 to U+F9D3) —, else as Characters.
  static func isOneOf(_ ch: Character, _ set: StaticString) -> Bool {
    let scalars = ch.unicodeScalars
    guard scalars.count == 1, let v = scalars.first?.value, !(0xF900...0xFAFF).contains(v), !(0x2F800...0x2FA1F).contains(v) else {
      return set.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }.contains(ch)
    }
    return set.withUTF8Buffer { u in
      var i = 0
      while i < u.count {
        let (w, n) = SyntaxText.scalar(u, i)
        if w == v { return true }
        i += n
      }
      return false
    }
  }

  /// `("0"..."9").contains(ch)`, on the scalar when `ch` is one.
  static func isDigit(_ ch: Character) -> Bool {
    let scalars = ch.unicodeScalars
    guard scalars.count == 1, let v = scalars.first?.value else { return ("0"..."9").contains(ch) }
    return v >= 0x30 && v <= 0x39
  }

  static func range(_ s: String, _ p: String) -> Range<String.Index>? {
    guard SyntaxText.isPlain(s) && SyntaxText.isPlain(p) else { return s.firstRange(of: p) }
    return s.firstByteRange(of: p)
  }
}
