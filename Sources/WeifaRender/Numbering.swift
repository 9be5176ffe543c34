import WeifaBase
import WeifaSemantics

/// Statute numbering and statute-style numbers (立法法第六十五条; LAW.md §7).
///
/// 编、章、节、条 take Chinese numerals (第一章, 第十一条, 第一百零一条, 第一百一十条); 款 is not
/// numbered; 项 is a Chinese numeral in full-width brackets （一）; 目 an Arabic numeral with a
/// full stop (1.). References cite 第X款, 第X项 without brackets.
package enum StatuteNumber {
  /// 第十一条.
  package static func article(_ n: Int) -> String { "第\(ChineseNumeral.format(n))条" }
  /// 第三章, 第一节, 第二编, 第一分编.
  package static func division(_ level: Division.Level, _ n: Int) -> String { "第\(ChineseNumeral.format(n))\(unit(level))" }
  /// （一）.
  package static func item(_ n: Int) -> String { "（\(ChineseNumeral.format(n))）" }
  /// 1.
  package static func subitem(_ n: Int) -> String { "\(n)." }
  /// 第二款, 第三项, 第一目 — how a reference cites a part of an article.
  package static func cite(_ unit: String, _ n: Int) -> String { "第\(ChineseNumeral.format(n))\(unit)" }

  /// The number a division prints with: the one it has in order, except in higher law, where an
  /// excerpt keeps the numbers the statute was enacted with (第六章 stays 第六章 when the excerpt
  /// starts there). The model keeps no written number for divisions, so it is read from the heading.
  package static func number(of d: Division, in c: Charter) -> Int {
    guard c.isHigherLaw else { return d.number }
    let heading = c.file.text(d.span).drop { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }
    guard heading.first == "第" else { return d.number }
    let numeral = heading.dropFirst().prefix { $0 != "编" && $0 != "分" && $0 != "章" && $0 != "节" }
    return ChineseNumeral.parse(String(numeral)) ?? d.number
  }

  package static func unit(_ level: Division.Level) -> String {
    switch level {
    case .part: return "编"
    case .subPart: return "分编"
    case .chapter: return "章"
    case .section: return "节"
    }
  }

  package static func levelName(_ level: Division.Level) -> String {
    switch level {
    case .part: return "part"
    case .subPart: return "subPart"
    case .chapter: return "chapter"
    case .section: return "section"
    }
  }
}

/// Numbers, dates and fractions as a printed statute writes them.
package enum StatuteText {
  /// 2024年3月12日 (GB/T 9704 7.3.5.4: Arabic, no leading zeros).
  package static func date(_ d: Day) -> String { "\(d.year)年\(d.month)月\(d.day)日" }
  /// 2024-03-12, for JSON and English text.
  package static func iso(_ d: Day) -> String {
    func pad(_ n: Int, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
    return "\(pad(d.year, 4))-\(pad(d.month, 2))-\(pad(d.day, 2))"
  }
  /// A date in the chosen language.
  package static func date(_ d: Day, _ lang: Language) -> String { lang == .zh ? date(d) : iso(d) }

  /// 三分之二, 二分之一; 1 is 全体.
  package static func fraction(_ r: Rational) -> String {
    if r.isInteger { return ChineseNumeral.format(r.num) }
    return "\(ChineseNumeral.format(r.den))分之\(ChineseNumeral.format(r.num))"
  }

  /// The ratio of a threshold term as a statute words it: 过半数, 半数以上, 三分之二以上, 超过三分之二, 全体一致.
  package static func ratio(strict: Bool, _ f: Rational) -> String {
    if f == Rational(1, 2) { return strict ? "过半数" : "半数以上" }
    if f == Rational(1) && !strict { return "全体一致" }
    return strict ? "超过\(fraction(f))" : "\(fraction(f))以上"
  }

  /// A ratio in arithmetic: > 1/2, ≥ 2/3.
  package static func math(strict: Bool, _ f: Rational) -> String { (strict ? "> " : "≥ ") + f.description }

  /// A number in Chinese numerals when it is a whole number, else as written.
  package static func numeral(_ r: Rational) -> String {
    if r.isInteger && r.num >= 0 && r.num < 100_000_000 { return ChineseNumeral.format(r.num) }
    return r.description
  }

  /// Units whose counts a statute writes in Chinese numerals (人数, 期间, 年龄 …). Money stays as
  /// the drafter wrote it.
  static let countUnits: Set<String> = ["人", "名", "年", "日", "天", "个月", "月", "周", "小时", "次", "户", "个", "周岁", "岁", "届", "宗", "桌", "分"]

  /// A quantity in the statute register: 三至七人, 五年, 提前十日; amounts of money as written (每月100元).
  package static func quantity(_ q: Quantity) -> String {
    guard let unit = q.unit, countUnits.contains(unit) else { return q.text }
    var s = q.prefix ?? ""
    s += numeral(q.low)
    if let h = q.high { s += "至" + numeral(h) }
    s += unit
    s += q.suffix ?? ""
    return s
  }
}
