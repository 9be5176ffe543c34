import WeifaBase
import WeifaSyntax

/// What the number of an amount bounds: 100元 (exact), 100—200元 (a range), 不超过1000元 (a
/// cap), 不少于50元 (a floor), or no number at all (相应的奖励, 按规定缴纳).
package enum AmountBound: String, Sendable, Equatable {
  case exact, range, atMost, atLeast, unquantified
}

/// Amounts as charters write them, in prose and in `金额`/`标准` fields: the one recogniser.
///
/// - 1万元 = 10000元, 3千元 = 3000元, 1.5万元 = 15000元, 一万元 = 10000元;
/// - ranges 100—200元, 100～200元, 100-200元, 100至200元, 100到200元, 100元至200元,
///   100元以上200元以下;
/// - caps 不超过1000元, 1000元以下, 150元以内, 最高1000元, 最多, 至多, 不高于 (the number
///   included, 民法典第一千二百五十九条), 不满, 低于, 少于 (excluded); floors 不少于, 不低于,
///   至少, 最低, 以上 (included), 超过, 高于, 多于 (excluded);
/// - rates 每盒2元, 每人每年30元, 每户每月, 每人每次, 100元/户;
/// - in kind 稻谷100斤, 义务工2天 (the words before the number are its `lead`);
/// - no number: 相应的奖励, 按规定缴纳, 给予适当补助 (`unquantified`).
///
/// `Lowerer` reads every `金额` and `标准` with `field(_:span:)`; WF9001 reads prose with `scan(_:)`
/// and compares with `agree(_:_:)`; the evaluator sums only `Quantity.money`; `describe` is how
/// query, batch and the page say a range or a cap.
package enum Amounts {
  /// Units, by the unit they are compared in and the factor to it.
  static let units: [String: (unit: String, factor: Int)] = [
    "元": ("元", 1), "块": ("元", 1), "块钱": ("元", 1), "万元": ("元", 10000), "千元": ("元", 1000), "百元": ("元", 100),
    "斤": ("斤", 1), "公斤": ("公斤", 1), "千克": ("公斤", 1), "吨": ("吨", 1),
    "日": ("日", 1), "天": ("日", 1), "个工作日": ("工作日", 1), "工作日": ("工作日", 1), "个工日": ("工日", 1), "工日": ("工日", 1),
    "年": ("年", 1), "个月": ("月", 1), "月": ("月", 1), "周岁": ("岁", 1), "岁": ("岁", 1),
    "人": ("人", 1), "名": ("人", 1), "户": ("户", 1), "次": ("次", 1), "小时": ("小时", 1), "亩": ("亩", 1),
  ]
  static let unitsLongestFirst: [[Unicode.Scalar]] = units.keys.sorted { $0.count > $1.count }.map { Array($0.unicodeScalars) }

  /// Words before a number that make it a cap or a floor, and whether they exclude the number.
  static let before: [(word: [Unicode.Scalar], bound: AmountBound, strict: Bool)] = ([
    ("不超过", .atMost, false), ("不高于", .atMost, false), ("不大于", .atMost, false), ("最高", .atMost, false),
    ("最多", .atMost, false), ("至多", .atMost, false), ("不满", .atMost, true), ("低于", .atMost, true),
    ("少于", .atMost, true), ("不足", .atMost, true),
    ("不少于", .atLeast, false), ("不低于", .atLeast, false), ("至少", .atLeast, false), ("最低", .atLeast, false),
    ("超过", .atLeast, true), ("高于", .atLeast, true), ("多于", .atLeast, true),
  ] as [(String, AmountBound, Bool)]).map { (Array($0.0.unicodeScalars), $0.1, $0.2) }.sorted { $0.word.count > $1.word.count }
  /// Words after a unit: 以下 and 以内 cap, 以上 floors; each includes the number.
  static let after: [(word: [Unicode.Scalar], bound: AmountBound)] = ([("以下", .atMost), ("以内", .atMost), ("以上", .atLeast)] as [(String, AmountBound)])
    .map { (Array($0.0.unicodeScalars), $0.1) }
  static let rangeMarks: Set<Unicode.Scalar> = ["至", "到", "—", "–", "－", "-", "~", "～", "〜", "‐"]

  /// One amount found in a text, with where it stands (scalar offsets).
  package struct Found: Sendable {
    package var quantity: Quantity
    package var start: Int
    package var end: Int
  }

  @inline(__always) static func isDigit(_ u: Unicode.Scalar) -> Bool { ChineseNumeral.asciiDigit(u) != nil }
  @inline(__always) static func isNum(_ u: Unicode.Scalar) -> Bool { isDigit(u) || ChineseNumeral.isNumeralScalar(u) }
  @inline(__always) static func isLetter(_ u: Unicode.Scalar) -> Bool {
    u.value >= 0x4E00 && u.value <= 0x9FFF
  }

  static func matches(_ s: [Unicode.Scalar], _ at: Int, _ word: [Unicode.Scalar]) -> Bool {
    guard at >= 0, at + word.count <= s.count else { return false }
    for k in word.indices where s[at + k] != word[k] { return false }
    return true
  }

  /// The number at `i` (digits with a decimal point, or a Chinese numeral): its value and end.
  static func number(_ s: [Unicode.Scalar], _ i: Int) -> (Rational, Int)? {
    guard i < s.count, isNum(s[i]) else { return nil }
    var e = i
    if isDigit(s[i]) {
      var t = ""
      while e < s.count, let d = ChineseNumeral.asciiDigit(s[e]) { t += String(d); e += 1 }
      if e + 1 < s.count, s[e] == "." || s[e] == "．", let d = ChineseNumeral.asciiDigit(s[e + 1]) {
        t += "." + String(d)
        e += 2
        while e < s.count, let d = ChineseNumeral.asciiDigit(s[e]) { t += String(d); e += 1 }
      }
      return Rational(decimal: t).map { ($0, e) }
    }
    // A Chinese numeral; 万 and 千 at its end may be the unit's (一万元 is 10000元 either way).
    while e < s.count, ChineseNumeral.isNumeralScalar(s[e]) { e += 1 }
    var v = String.UnicodeScalarView()
    v.append(contentsOf: s[i..<e])
    guard let n = ChineseNumeral.parse(String(v)) else { return nil }
    return (Rational(n), e)
  }

  /// The unit at `i`, longest first: its comparison unit, factor and end.
  static func unit(_ s: [Unicode.Scalar], _ i: Int) -> (String, Int, Int)? {
    for u in unitsLongestFirst where matches(s, i, u) {
      var v = String.UnicodeScalarView()
      v.append(contentsOf: u)
      let (unit, factor) = units[String(v)]!
      return (unit, factor, i + u.count)
    }
    return nil
  }

  /// What a rate counts by: 每人, 每户, 每年, 每盒 ….
  static let rateWords: [[Unicode.Scalar]] = ["人", "户", "年", "月", "日", "天", "次", "季度", "季", "半年", "周", "盒", "包", "袋", "瓶", "箱",
    "亩", "斤", "公斤", "吨", "个", "件", "只", "头", "辆", "间", "套", "名", "位", "场", "桌", "平方米", "立方米", "小时"]
    .map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

  /// The rate words right before `i` (每人每年 → [人, 年]) and where they start.
  static func perBefore(_ s: [Unicode.Scalar], _ i: Int) -> ([String], Int) {
    var per = [String](), start = i
    outer: while true {
      for w in rateWords where matches(s, start - w.count, w) && start - w.count - 1 >= 0 && s[start - w.count - 1] == "每" {
        per.insert(String(String.UnicodeScalarView(w)), at: 0)
        start -= w.count + 1
        continue outer
      }
      break
    }
    return (per, start)
  }

  /// A cap or floor word ending at `i`, or up to two letters before it (最高奖励1000元).
  static func boundBefore(_ s: [Unicode.Scalar], _ i: Int) -> (AmountBound, Bool, Int)? {
    for gap in 0...2 {
      if gap > 0 && !(i - gap >= 0 && isLetter(s[i - gap])) { return nil }
      for w in before where matches(s, i - gap - w.word.count, w.word) {
        return (w.bound, w.strict, i - gap - w.word.count)
      }
    }
    return nil
  }

  /// Every amount in `text`, in order. A number counts only with a unit of `units` after it
  /// (三分之二 is a ratio, 第十二条 an ordinal, 3楼 a place).
  package static func scan(_ text: String, span: TextRange = TextRange(0, 0)) -> [Found] {
    let s = Array(text.unicodeScalars)
    var out = [Found]()
    var i = 0
    while i < s.count {
      guard isNum(s[i]), i == 0 || !isNum(s[i - 1]) else { i += 1; continue }
      guard let (v1, e1) = number(s, i) else { i += 1; continue }
      if i > 0 && s[i - 1] == "第" || (e1 + 1 < s.count && s[e1] == "分" && s[e1 + 1] == "之") { i = e1; continue }
      var low = v1, high: Rational?, e = e1
      var u1 = unit(s, e1)
      if let (_, _, ue) = u1 { e = ue }
      // A range: 100—200元, 100元至200元, 三至七人.
      if e < s.count, rangeMarks.contains(s[e]), let (v2, e2) = number(s, e + 1), let u2 = unit(s, e2), u1 == nil || u1!.0 == u2.0 {
        if u1 == nil { u1 = u2 }
        low = v1 * Rational(u1!.1)
        high = v2 * Rational(u2.1)
        e = u2.2
      } else if let u = u1 {
        low = v1 * Rational(u.1)
      }
      guard let (unitName, _, _) = u1 else { i = e1; continue }
      var q = Quantity(prefix: nil, low: low, high: high, unit: unitName, suffix: nil, span: span, text: "")
      q.bound = high == nil ? .exact : .range
      let (per, perStart) = perBefore(s, i)
      q.per = per
      var start = perStart
      if high == nil, let (b, strict, at) = boundBefore(s, perStart) {
        q.bound = b
        q.strict = strict
        // 每户不超过200元: the rate may stand before the cap.
        let (more, moreStart) = perBefore(s, at)
        q.per = more + q.per
        start = moreStart
      }
      if let w = after.first(where: { matches(s, e, $0.word) }) {
        if high == nil && q.bound == .exact { q.bound = w.bound; q.suffix = String(String.UnicodeScalarView(w.word)) }
        e += w.word.count
      }
      // 100元/户, 100元/人/年.
      while e + 1 < s.count, s[e] == "/" || s[e] == "／", isLetter(s[e + 1]) {
        var f = e + 1
        while f < s.count, isLetter(s[f]), f - e <= 2 { f += 1 }
        q.per.append(String(String.UnicodeScalarView(s[(e + 1)..<f])))
        e = f
      }
      q.text = String(String.UnicodeScalarView(s[start..<e]))
      // 100元以上200元以下 is a range.
      if let last = out.last, last.end == start, last.quantity.bound == .atLeast, !last.quantity.strict, q.bound == .atMost, !q.strict,
         last.quantity.unit == q.unit, last.quantity.per == q.per {
        var r = last.quantity
        r.bound = .range
        r.high = q.low
        r.text += q.text
        out[out.count - 1] = Found(quantity: r, start: last.start, end: e)
      } else {
        out.append(Found(quantity: q, start: start, end: e))
      }
      i = e
    }
    return out
  }

  /// A `金额` or `标准` as written: its first amount, with the words before it as its lead, or
  /// an unquantified amount when it has no number with a unit.
  package static func field(_ text: String, span: TextRange) -> Quantity {
    let trimmed = text.trimmingSpaces()
    // White space inside an amount (每月　100元) is read past, and kept in the text.
    let found = scan(String(String.UnicodeScalarView(trimmed.unicodeScalars.filter { !($0 == " " || $0 == "\u{3000}" || $0 == "\t") })), span: span)
    guard var q = found.first?.quantity else {
      var q = Quantity(prefix: nil, low: Rational(0), high: nil, unit: nil, suffix: nil, span: span, text: trimmed)
      q.bound = .unquantified
      q.lead = trimmed.isEmpty ? nil : trimmed
      return q
    }
    let s = Array(trimmed.unicodeScalars)
    var leadEnd = found[0].start
    while leadEnd > 0, !isLetter(s[leadEnd - 1]) && !isDigit(s[leadEnd - 1]) { leadEnd -= 1 }
    let lead = String(String.UnicodeScalarView(s[0..<leadEnd]))
    q.lead = lead.isEmpty ? nil : lead
    q.text = trimmed
    // The prefix as the quantity grammar names it (每月, 不超过 …), else the rate as written.
    let folded = Variants.foldWord(trimmed)
    q.prefix = prefixesLongestFirst.first { SyntaxText.hasPrefix(folded, $0.word) && !(q.per.count > 1 && $0.rate) }?.word
      ?? (q.per.isEmpty ? nil : q.per.map { "每" + $0 }.joined())
    return q
  }

  /// The quantity grammar's prefixes, longest first (sorted once, as `field` used to sort them on
  /// every call), each with whether it starts with 每.
  static let prefixesLongestFirst: [(word: String, rate: Bool)] =
    Words.quantityPrefixes.sorted { $0.count > $1.count }.map { ($0, $0.hasPrefix("每")) }

  /// Whether a rule's amount and one stated in prose say the same: the same unit and the same
  /// shape with the same numbers (1万元 = 10000元; a range only equals the same range; a cap the
  /// same cap). A fixed amount inside a stated range is not the range: the rule would give 150元
  /// where the charter lets the deciding body choose between 100元 and 200元. Rates are compared
  /// when both sides state one (每月 against 每年 differ).
  package static func agree(_ rule: Quantity, _ prose: Quantity) -> Bool {
    guard rule.unit == prose.unit, rule.bound == prose.bound else { return false }
    if !rule.per.isEmpty && !prose.per.isEmpty && rule.per != prose.per { return false }
    switch rule.bound {
    case .exact: return rule.low == prose.low
    case .range: return rule.low == prose.low && rule.high == prose.high
    case .atMost, .atLeast: return rule.low == prose.low && rule.strict == prose.strict
    case .unquantified: return true
    }
  }

  /// A number as people write it: 10000, 1.5.
  package static func plain(_ r: Rational) -> String {
    if r.isInteger { return String(r.num) }
    var den = r.den, places = 0
    while den % 10 == 0 || den % 2 == 0 || den % 5 == 0, places < 6 {
      if den % 10 == 0 { den /= 10 } else if den % 2 == 0 { den /= 2 } else { den /= 5 }
      places += 1
    }
    guard den == 1 else { return r.description }
    var scale = 1
    for _ in 0..<places { scale *= 10 }
    let n = r.num * (scale / r.den)
    var digits = String(abs(n))
    while digits.count <= places { digits = "0" + digits }
    let cut = digits.index(digits.endIndex, offsetBy: -places)
    var frac = String(digits[cut...])
    while frac.hasSuffix("0") { frac.removeLast() }
    return (n < 0 ? "-" : "") + digits[..<cut] + (frac.isEmpty ? "" : "." + frac)
  }

  /// The amount in the words Weifa uses for it: 100至200元, 不超过1000元, 每人每年30元.
  static func canonical(_ q: Quantity, _ lang: Language) -> String {
    let zh = lang == .zh, unit = q.unit ?? ""
    let per = zh ? q.per.map { "每" + $0 }.joined() : q.per.map { " per \($0)" }.joined()
    let n = plain(q.low), h = plain(q.high ?? q.low)
    switch q.bound {
    case .unquantified: return q.text
    case .exact: return zh ? per + n + unit : "\(n) \(unit)\(per)"
    case .range: return zh ? "\(per)\(n)至\(h)\(unit)" : "\(n) to \(h) \(unit)\(per)"
    case .atMost: return zh ? "\(per)\(q.strict ? "不满" : "不超过")\(n)\(unit)" : "\(q.strict ? "less than" : "at most") \(n) \(unit)\(per)"
    case .atLeast: return zh ? "\(per)\(q.strict ? "超过" : "不少于")\(n)\(unit)" : "\(q.strict ? "more than" : "at least") \(n) \(unit)\(per)"
    }
  }

  /// What an amount is, as query, batch and the page say it: the text as written and, unless it
  /// is a plain sum as Weifa would write it, what it is — 「100—200元（区间：100至200元）」,
  /// 「不超过1000元（上限）」, 「1000元以下（上限：不超过1000元）」, 「1万元（10000元）」,
  /// 「稻谷100斤（实物）」, 「相应的奖励（未写明数额）」; in English “100—200元” (a range: 100 to
  /// 200 元), “不超过1000元” (a cap: at most 1000 元).
  package static func describe(_ q: Quantity, _ lang: Language) -> String {
    let zh = lang == .zh
    let inKind = q.lead != nil && q.unit != nil && q.unit != "元" && q.bound != .unquantified
    let canon = canonical(q, .zh)
    let kind: String?
    switch q.bound {
    case .unquantified: kind = zh ? "未写明数额" : "no amount stated"
    case .exact: kind = inKind ? (zh ? "实物" : "in kind") : nil
    case .range: kind = zh ? "区间" : "a range"
    case .atMost: kind = zh ? "上限" : "a cap"
    case .atLeast: kind = zh ? "下限" : "a floor"
    }
    let kinds = (inKind && q.bound != .exact ? [zh ? "实物" : "in kind"] : []) + (kind.map { [$0] } ?? [])
    // The written text shows the amount already when it is the canonical form (after its lead).
    let shown = q.bound == .unquantified || q.text == canon || q.text == (q.lead ?? "") + canon
    if zh {
      let parts = kinds.joined(separator: "，") + (shown ? "" : (kinds.isEmpty ? "" : "：") + canon)
      return parts.isEmpty ? q.text : "\(q.text)（\(parts)）"
    }
    if kinds.isEmpty && shown { return "“\(q.text)”" }
    let parts = kinds.joined(separator: ", ") + (q.bound == .unquantified ? "" : (kinds.isEmpty ? "" : ": ") + canonical(q, .en))
    return "“\(q.text)” (\(parts))"
  }
}

extension Quantity {
  /// The least and the most the amount can be (nil: not bounded that way, or no number).
  package var minimum: Rational? {
    switch bound {
    case .exact, .range, .atLeast: return low
    case .atMost, .unquantified: return nil
    }
  }
  package var maximum: Rational? {
    switch bound {
    case .exact: return low
    case .range: return high
    case .atMost: return low
    case .atLeast, .unquantified: return nil
    }
  }

  /// The period a sum of money is counted in: 每月, 每年, 每人 (once per person), 一次性; nil
  /// when the rate is per something else (每盒, 每亩), which a total of a person cannot count.
  package var period: String? {
    let time: [String: String] = ["月": "每月", "年": "每年", "季度": "每季度", "季": "每季度", "半年": "每半年", "日": "每日", "天": "每日",
                                  "次": "每次", "周": "每周"]
    if let t = per.first(where: { time[$0] != nil }) { return time[t] }
    if per.isEmpty { return prefix.flatMap { $0.hasPrefix("每") ? $0 : nil } ?? "一次性" }
    if per.allSatisfy({ $0 == "人" || $0 == "户" }) { return "每" + per[0] }
    return nil
  }

  /// The sum of money a resident gets, when the amount is one: exact, in 元 (or with no unit, as
  /// `每月100` was always read), at a rate a person's total can count. A range, a cap, an amount
  /// in kind or none written is reported as written instead (`Amounts.describe`).
  package var money: Rational? {
    guard bound == .exact, unit == nil || unit == "元", period != nil else { return nil }
    return low
  }
}
