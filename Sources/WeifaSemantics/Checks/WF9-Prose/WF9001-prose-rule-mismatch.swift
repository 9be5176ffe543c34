import WeifaBase

/// Prose is the law; the directive under it states the same thing for the machine. When the
/// prose says 三分之二以上 and the rule says 过半数 (or 7日 against 5日, 100元 against 200元),
/// one of them is wrong.
package enum ProseChecks: Check {
  package static let mismatch = DiagnosticCode(
    "WF9001", "prose-rule-mismatch", .warning,
    summary: .init(zh: "条文正文与其下的规则所写的数字或比例不一致", en: "the prose and its rule state different numbers or ratios"),
    explanation: page(
      zh: """
      ## 说明
      正文说「三分之二以上」，规则却写「过半数」；正文说「七日」，规则写「5日」；正文说「一百元」，规则写「200元」。Weifa 把规则中的比例和数量与它所在款（或条）的正文对照，正文写了同类数字却没有一个相符时报告。
      ## 为什么
      正文是村民读到的法律，规则是 Weifa 计算的依据，两者不一致，计算结果就会与条文不符。
      ## 示例
      """, en: """
      ## What
      The prose says 三分之二以上 while its rule says 过半数; 七日 against 5日; 一百元 against 200元. Ratios and quantities of a rule are compared with the prose of its paragraph (or article).
      ## Why
      Residents read the prose; Weifa computes with the rule. They must agree.
      ## Example
      """,
      wrong: "第一条【村民会议】 村民会议所作决定应当经到会人员的三分之二以上通过。\n@机构 议事会；表决：到会 过半数\n",
      right: "第一条【村民会议】 村民会议所作决定应当经到会人员的三分之二以上通过。\n@机构 议事会；表决：到会 三分之二以上\n",
      fixZh: "改正正文或规则，使两者一致。", fixEn: "Make the prose and the rule agree."))

  package static let codes = [mismatch]

  /// A ratio stated in prose.
  struct ProseRatio: Equatable { let fraction: Rational; let strict: Bool }
  /// A quantity stated in prose: value and normalised unit.
  struct ProseAmount: Equatable { let value: Rational; let unit: String }

  /// The units, longest first (sorted once: two units of one length cannot both begin a text,
  /// so the order among them does not matter).
  static let unitsLongestFirst: [String] = unitClasses.keys.sorted(by: { $0.count > $1.count })
  static let unitClasses: [String: String] = ["元": "元", "万元": "万元", "日": "日", "天": "日", "个工作日": "工作日", "工作日": "工作日",
                                              "年": "年", "个月": "月", "月": "月", "周岁": "岁", "岁": "岁", "人": "人", "名": "人", "户": "户"]

  package static func run(_ ctx: inout CheckContext) {
    let c = ctx.charter
    // The prose of each set of articles, and its ratios and amounts, read once however many
    // directives ask (keyed by the articles, not by the text: hashing long text is costly).
    var memo = ProseMemo()
    for r in c.rules { if let q = r.amount { amount(q, memo.stated(articles(r.location, r.basis, c), c), &ctx) } }
    for b in c.bodies {
      let key = articles(b.location, b.basis, c)
      for t in [b.quorum, b.vote, b.proposal].compactMap({ $0 }) { ratio(t, memo.ratios(key, c), &ctx) }
      // Sizes are left out: prose often states them as a sum (主任一人和委员二至四人).
      for q in [b.term, b.notice].compactMap({ $0 }) { quantity(q, memo.amounts(key, c), &ctx) }
    }
    for m in c.matters {
      let key = articles(m.location, m.basis, c)
      if let v = m.vote { ratio(v, memo.ratios(key, c), &ctx) }
      if let q = m.publicNotice { quantity(q, memo.amounts(key, c), &ctx) }
    }
  }

  /// What has been read from the prose of each set of articles.
  struct ProseMemo {
    var texts = [[Int]: String]()
    var amountsRead = [[Int]: [ProseAmount]]()
    var ratiosRead = [[Int]: [ProseRatio]]()
    var statedRead = [[Int]: [Quantity]]()
    /// The amounts of the prose as `Amounts.scan` reads them (ranges, caps, rates).
    mutating func stated(_ key: [Int], _ c: Charter) -> [Quantity] {
      if let a = statedRead[key] { return a }
      let a = Amounts.scan(text(key, c)).map(\.quantity)
      statedRead[key] = a
      return a
    }
    mutating func text(_ key: [Int], _ c: Charter) -> String {
      if let t = texts[key] { return t }
      let t = ProseChecks.text(of: key, c)
      texts[key] = t
      return t
    }
    mutating func amounts(_ key: [Int], _ c: Charter) -> [ProseAmount] {
      if let a = amountsRead[key] { return a }
      let a = ProseChecks.amounts(in: text(key, c))
      amountsRead[key] = a
      return a
    }
    mutating func ratios(_ key: [Int], _ c: Charter) -> [ProseRatio] {
      if let r = ratiosRead[key] { return r }
      let r = ProseChecks.ratios(in: text(key, c))
      ratiosRead[key] = r
      return r
    }
  }

  /// The articles whose prose a directive formalises (indices, ascending): the article it stands
  /// in, and the articles of this document its 依据 cites (a body described over several
  /// articles names them there).
  static func articles(_ loc: Location, _ basis: [Ref], _ c: Charter) -> [Int] {
    var articles = Set<Int>()
    if let a = loc.article { articles.insert(a) }
    for r in basis where r.document == nil || r.document == c.title {
      if let n = r.ordinals.first(where: { $0.unit == "条" })?.number,
         let a = c.articles.firstIndex(where: { ($0.written ?? $0.number) == n }) { articles.insert(a) }
    }
    return articles.sorted()
  }

  static func text(of articles: [Int], _ c: Charter) -> String {
    articles.map { a in
      c.articles[a].paragraphs.map { p in p.text + p.items.map { $0.text + $0.subitems.map(\.text).joined() }.joined() }.joined()
    }.joined()
  }

  static func ratios(in text: String) -> [ProseRatio] {
    var out = [ProseRatio]()
    if SyntaxText.contains(text, "过半数") { out.append(ProseRatio(fraction: Rational(1, 2), strict: true)) }
    if SyntaxText.contains(text, "半数以上") { out.append(ProseRatio(fraction: Rational(1, 2), strict: false)) }
    // Scalars, not Characters: every sign read here is one scalar, and grapheme breaking is slow.
    guard SyntaxText.contains(text, "分之") else { return out }
    let chars = Array(text.unicodeScalars)
    var i = 0
    while i < chars.count {
      if chars[i] == "分", i + 1 < chars.count, chars[i + 1] == "之" {
        var s = i
        while s > 0, ChineseNumeral.isNumeralScalar(chars[s - 1]) { s -= 1 }
        var e = i + 2
        while e < chars.count, ChineseNumeral.isNumeralScalar(chars[e]) { e += 1 }
        if let den = ChineseNumeral.parse(scalars(chars[s..<i])), let num = ChineseNumeral.parse(scalars(chars[(i + 2)..<e])), den > 0 {
          let strict = s >= 2 && chars[s - 2] == "超" && chars[s - 1] == "过"
          out.append(ProseRatio(fraction: Rational(num, den), strict: strict))
        }
        i = e
        continue
      }
      i += 1
    }
    return out
  }

  static func scalars(_ s: ArraySlice<Unicode.Scalar>) -> String {
    var v = String.UnicodeScalarView()
    v.append(contentsOf: s)
    return String(v)
  }

  /// The first unit of `unitsLongestFirst` that `chars` spells from `at` on.
  static func unit(_ chars: [Unicode.Scalar], at: Int) -> String? {
    for u in unitsLongestFirst {
      var k = at, matched = true
      for x in u.unicodeScalars {
        guard k < chars.count, chars[k] == x else { matched = false; break }
        k += 1
      }
      if matched { return u }
    }
    return nil
  }

  static func amounts(in text: String) -> [ProseAmount] {
    var out = [ProseAmount]()
    let chars = Array(text.unicodeScalars)
    @inline(__always) func isNum(_ u: Unicode.Scalar) -> Bool { ("0"..."9").contains(u) || ChineseNumeral.isNumeralScalar(u) }
    var i = 0
    while i < chars.count {
      if isNum(chars[i]) {
        var e = i
        while e < chars.count, isNum(chars[e]) || chars[e] == "." { e += 1 }
        var restAt = e
        // 三至七人: the first number takes the unit of the second.
        if e < chars.count, "至到～~-".unicodeScalars.contains(chars[e]) {
          var f = e + 1
          while f < chars.count, isNum(chars[f]) { f += 1 }
          if f > e + 1 { restAt = f }
        }
        // 三分之二 is a ratio, 第十二条 an ordinal: skip both.
        let prev: Unicode.Scalar = i > 0 ? chars[i - 1] : " "
        let ratio = restAt + 1 < chars.count && chars[restAt] == "分" && chars[restAt + 1] == "之"
        if prev != "第" && !ratio, let unit = unit(chars, at: restAt) {
          let numberText = scalars(chars[i..<e])
          if let v = Rational(decimal: numberText) ?? ChineseNumeral.parse(numberText).map({ Rational($0) }) {
            out.append(ProseAmount(value: v, unit: unitClasses[unit]!))
          }
        }
        i = e
        continue
      }
      i += 1
    }
    return out
  }

  private static func ratio(_ t: Threshold, _ stated: @autoclosure () -> [ProseRatio], _ ctx: inout CheckContext) {
    let stated = stated()
    guard !stated.isEmpty else { return }
    for term in t.terms where !stated.contains(ProseRatio(fraction: term.fraction, strict: term.strict)) {
      let statedText = stated.map { $0.fraction == Rational(1, 2) ? ($0.strict ? "过半数" : "半数以上") : $0.fraction.chinese + ($0.strict ? "（超过）" : "以上") }
      ctx.report(mismatch, term.span, zh: "规则写的是「\(term.text)」，正文写的是「\(statedText.joined(separator: "、"))」",
                 en: "the rule says “\(term.text)” but the prose says “\(statedText.joined(separator: ", "))”")
    }
  }

  /// A rule's `金额` or `标准` against the amounts its prose states, in the same unit: they must
  /// say the same (`Amounts.agree`: 1万元 = 10000元, a range only the same range, a cap the same
  /// cap). An amount with no number (相应的奖励) is not compared.
  private static func amount(_ q: Quantity, _ all: @autoclosure () -> [Quantity], _ ctx: inout CheckContext) {
    guard q.bound != .unquantified, let unit = q.unit else { return }
    let stated = all().filter { $0.unit == unit }
    guard !stated.isEmpty, !stated.contains(where: { Amounts.agree(q, $0) }) else { return }
    let zh = stated.map { Amounts.describe($0, .zh) }.joined(separator: "、")
    let en = stated.map { Amounts.describe($0, .en) }.joined(separator: ", ")
    // A fixed sum inside a stated range: the prose lets the deciding body choose.
    if q.bound == .exact, let r = stated.first(where: { $0.bound == .range }), let h = r.high, r.low <= q.low, q.low <= h {
      ctx.report(mismatch, q.span, zh: "规则写的是确定数额「\(q.text)」，正文写的是区间「\(r.text)」；如按区间执行，规则应写「\(Amounts.plain(r.low))至\(Amounts.plain(h))\(unit)」",
                 en: "the rule gives the fixed amount “\(q.text)” but the prose a range “\(r.text)”; to follow the range write “\(Amounts.plain(r.low))至\(Amounts.plain(h))\(unit)”")
      return
    }
    ctx.report(mismatch, q.span, zh: "规则写的是「\(Amounts.describe(q, .zh))」，正文写的是「\(zh)」", en: "the rule says \(Amounts.describe(q, .en)) but the prose says \(en)")
  }

  private static func quantity(_ q: Quantity, _ all: @autoclosure () -> [ProseAmount], _ ctx: inout CheckContext) {
    guard let u = q.unit, let unit = unitClasses[u] else { return }
    let stated = all().filter { $0.unit == unit }
    guard !stated.isEmpty else { return }
    let values = [q.low] + (q.high.map { [$0] } ?? [])
    for v in values where !stated.contains(where: { $0.value == v }) {
      let shown = stated.map { "\($0.value)\($0.unit)" }.joined(separator: "、")
      ctx.report(mismatch, q.span, zh: "规则写的是「\(q.text)」，正文写的是「\(shown)」", en: "the rule says “\(q.text)” but the prose says “\(shown)”")
      return
    }
  }
}
