import WeifaBase
import WeifaSyntax

/// The checked model of one document (a 文件): the tree with its sugar removed, numbers
/// assigned and every directive read into a typed value. Renderers, the evaluator and the
/// checks work on this, never on syntax.
package struct Charter: Sendable {
  package var file: SourceFile
  package var title: String?
  package var kind: String? { didSet { isHigherLaw = kind.map(Charter.isHigherLawKind) ?? false } }
  package var place: String?
  package var version: String?
  package var shortNames: [String] = []
  package var basis: [Ref] = []
  package var adopted: Adoption?
  package var amendments: [Adoption] = []
  package var filing: Filing?
  package var effective: Day?
  package var repealed: Day?
  package var higher: [Ref] = []
  package var supersedes: [Ref] = []
  package var includes: [(name: String, span: TextRange)] = []

  package var divisions: [Division] = []
  package var articles: [Article] = []
  package var attributes: [Attribute] = []
  package var definitions: [Definition] = []
  package var rules: [Rule] = []
  /// The rules on each act (`Rule.conflictKey`), in order: filled as rules are lowered.
  package var rulesByConflictKey: [String: [Int]] = [:]
  /// The rules whose 行为 or 内容 is written out, by the first character of `Rule.writtenAct`
  /// (for the WF7004 hint): filled as rules are lowered.
  package var rulesByActInitial: [UInt32: [Int]] = [:]
  package var bodies: [Body] = []
  package var matters: [Matter] = []
  package var autonomyList: [NameRef] = []
  package var assistanceList: [NameRef] = []
  /// Groups of wordings that name one act (`@同义行为`), for the conflict checks.
  package var sameActs: [[NameRef]] = []
  package var procedures: [Procedure] = []
  package var ratings: [Rating] = []
  package var publicities: [Publicity] = []
  /// `@休假日` / `@上班日`: the 法定休假日 a higher law declares (民法典203①), and the heads it could not read.
  package var holidays: [HolidayEntry] = []
  /// `@终止`: offices ending by law.
  package var terminations: [Termination] = []
  package var unreadHolidays: [TextRange] = []
  package var cases: [Case] = []
  /// Every reference, in prose and in fields, with where it stands.
  package var references: [Ref] = []
  /// Directive and article labels: label → where it is defined.
  package var labels: [String: LabelTarget] = [:]
  /// The title line as printed, when the document writes it as prose (the first line of the
  /// preamble equal to `@标题`).
  package var titleLine: TextRange?
  /// The closing signature block's lines (after `@落款`), as written.
  package var signature: [TextRange] = []
  /// The lines as printed (`weifa build --to text`), in order. Worked out from the source when
  /// asked (printing, JSON), not at every lowering: `weifa check` never needs them.
  package var printedLines: [PrintedLine] { Charter.printedLines(Parser.parse(file).tree, titleLine: titleLine) }
  /// Sub-directives (职务, 步骤, 加分 …) with no block above them.
  package var orphans: [(keyword: String, span: TextRange)] = []
  /// `@适用范围`: the default 主体 of every rule that has none.
  package var scope: DocumentScope?
  /// `@参照` directives, in order (`Rule.referrals` points into this).
  package var referrals: [Referral] = []

  package init(file: SourceFile) { self.file = file }

  /// Whether this document is higher law (an excerpt of a statute with its real numbers).
  /// Kept as `kind` is set: checks and lookups ask it for every document, often.
  package internal(set) var isHigherLaw = false
  static func isHigherLawKind(_ k: String) -> Bool {
    ["法律", "法规", "行政法规", "地方性法规", "规章", "司法解释"].contains { SyntaxText.same($0, k) }
  }
  /// The names this document answers to: its title and its short names.
  package var names: [String] { (title.map { [$0] } ?? []) + shortNames }
}

/// What a label names.
package enum LabelTarget: Sendable {
  case article(Int)
  case rule(Int), body(Int), matter(Int), procedure(Int), rating(Int), publicity(Int), example(Int), other(TextRange)
}

/// A day, as written in a charter.
package struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  package var year: Int, month: Int, day: Int
  package init(_ y: Int, _ m: Int, _ d: Int) { year = y; month = m; day = d }
  package static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
  package var description: String { "\(year)年\(month)月\(day)日" }
  /// Parses 2024年3月12日, 2024-03-12, 2024.3.12, 2024/3/12.
  package static func parse(_ text: String) -> Day? {
    var parts = [Int]()
    var current = ""
    for ch in text {
      if ch.isNumber || "〇零一二三四五六七八九十".contains(ch) { current.append(ch) } else if !current.isEmpty {
        guard let v = ChineseNumeral.parse(current) else { return nil }
        parts.append(v)
        current = ""
      }
    }
    if !current.isEmpty, let v = ChineseNumeral.parse(current) { parts.append(v) }
    guard parts.count == 3 else { return nil }
    let day = Day(parts[0], parts[1], parts[2])
    return day.isValid ? day : nil   // 2月30日 is no day a resident can give
  }

  /// Whether the day exists on the (proleptic Gregorian) calendar: 2024年2月29日 does, 2023年2月29日 does not.
  package var isValid: Bool {
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= Day.length(of: month, in: year)
  }

  package static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

  /// Days in a month of a year.
  package static func length(of month: Int, in year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The day as a count of days (1970年1月1日 is 0), so that consecutive days are consecutive
  /// integers: conditions on dates are decided over whole days. A day past its month's end
  /// (2月30日, as a charter may mistype it) counts on into the next month.
  package var ordinal: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + 1 - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468 + (day - 1)
  }

  /// The day with this ordinal (the inverse of `ordinal` on valid days).
  package init(ordinal z0: Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
}

/// Where something stands: article index (in `Charter.articles`), paragraph and item (0-based).
package struct Location: Hashable, Sendable {
  package var article: Int?
  package var paragraph: Int?
  package var item: Int?
  package var subitem: Int?
  package init(article: Int? = nil, paragraph: Int? = nil, item: Int? = nil, subitem: Int? = nil) {
    self.article = article; self.paragraph = paragraph; self.item = item; self.subitem = subitem
  }
}

/// A heading above articles: 编, 分编, 章 or 节.
package struct Division: Sendable {
  package enum Level: Int, Sendable { case part = 1, subPart, chapter, section }
  package var level: Level
  package var number: Int
  package var title: String
  package var span: TextRange
  /// The numbering as written when it is not 第X章 (一、), and "" for a heading with no number
  /// (`@章 总　则`); nil for 第X章.
  package var mark: String?
  /// The index of the first article under this division and one past the last.
  package var firstArticle: Int
  package var endArticle: Int
}

package struct Article: Sendable {
  /// The number it has in order (what `第？条` gets and what printing uses).
  package var number: Int
  /// The number the drafter wrote, if any.
  package var written: Int?
  package var label: String?
  package var span: TextRange
  package var headingSpan: TextRange
  package var paragraphs: [Paragraph] = []
  /// The numbering as written (第三条, 三、, 3., （三）, ③); nil for an unnumbered article (a verse
  /// line, `@条` without a number).
  package var mark: String?
  /// The label was given by `@条标` and is not printed.
  package var labelHidden = false
  /// Directive count in this article (rules, bodies …), for the printer's generated prose.
  package var hasProse: Bool { paragraphs.contains { !$0.text.isEmpty } }
}

package struct Paragraph: Sendable {
  package var text: String
  package var span: TextRange
  package var items: [Item] = []
}

package struct Item: Sendable {
  package var number: Int
  package var text: String
  package var span: TextRange
  /// The numbering as written (（一）, (1), 1、, ①); nil for an unnumbered item (`@项`).
  package var mark: String?
  package var subitems: [Item] = []
}

/// A reference, resolved later: 第十二条第二款, 前款, 【条标】, 《法名》第X条.
package struct Ref: Sendable {
  package enum Relative: String, Sendable { case previousParagraph = "前款", previousTwo = "前两款", previousThree = "前三款", previousItem = "前项", thisArticle = "本条", thisParagraph = "本款", thisItem = "本项", thisSection = "本节", thisChapter = "本章", thisPart = "本编" }
  package var document: String?
  package var label: String?
  /// Ordinals in order: (unit, number, bracketed) — unit is 编/分编/章/节/条/款/项/目.
  package var ordinals: [(unit: String, number: Int, bracketed: Bool)] = []
  package var relative: Relative?
  /// A relative reference written just before the ordinals (前款第一项, 本条第二款): they count from it.
  package var anchor: Relative?
  package var span: TextRange
  /// Where the reference stands.
  package var from: Location
  /// True when the reference stands in prose (false: in a field such as 依据).
  package var inProse: Bool

  package var text: String {
    var s = document.map { "《\($0)》" } ?? ""
    for o in ordinals { s += "第\(ChineseNumeral.format(o.number))\(o.unit)" }
    if let l = label { s += "【\(l)】" }
    if let r = relative { s += r.rawValue }
    return s
  }
}

/// A name used in a list field, with its span.
package struct NameRef: Sendable {
  package var name: String
  package var label: String?
  package var span: TextRange
}

// MARK: - Types and expressions

package enum AttributeType: Sendable, Equatable {
  case number(unit: String?)
  case boolean
  case enumeration([String])
  case date
  case text
  /// The type did not parse; the parser has reported it, and nothing is checked against it.
  case unknown
  package var chinese: String {
    switch self {
    case .number(let u): return u.map { "数值（\($0)）" } ?? "数值"
    case .boolean: return "是否"
    case .enumeration(let v): return "枚举（" + v.joined(separator: "、") + "）"
    case .date: return "日期"
    case .text: return "文本"
    case .unknown: return "未知类型"
    }
  }
}

extension AttributeType {
  /// Units whose values are whole: a person is 82 周岁, never 82.5; a household has 4 人.
  /// `数值（年，小数）` declares a fractional value, `数值（整数）` or `数值（万元，整数）` a whole one.
  static let wholeUnits: Set<String> = ["周岁", "岁", "人", "名", "位", "户", "个", "次", "口", "间", "套", "栋", "幢", "辆", "台", "头", "只", "条", "件", "张", "年", "个月", "月", "日", "天", "届", "胎", "票", "分", "项", "处", "层"]

  /// Whether a number of this type is an integer (decided by its unit, or declared).
  package var isWhole: Bool {
    guard case .number(let unit?) = self else { return false }
    let parts = unit.split(whereSeparator: { "，,、；;".contains($0) }).map { String($0.filter { !$0.isWhitespace }) }
    if parts.contains("小数") { return false }
    if parts.contains("整数") { return true }
    return parts.first.map { AttributeType.wholeUnits.contains($0) } ?? false
  }
}

package struct Attribute: Sendable {
  package var name: String
  package var type: AttributeType
  package var span: TextRange
  package var nameSpan: TextRange
}

package struct Definition: Sendable {
  package var name: String
  package var expr: Expr
  package var span: TextRange
  package var nameSpan: TextRange
}

package enum CompareOp: String, Sendable {
  case eq = "=", ne = "≠", gt = ">", ge = "≥", lt = "<", le = "≤"
}

/// A value in a condition, a fact or a case.
package enum Value: Sendable, Equatable, CustomStringConvertible {
  /// A number; `raw` keeps the text, so an enumeration value such as 五星 is still recognised.
  case number(Rational, unit: String?, raw: String)
  case day(Day)
  case name(String)
  case text(String)
  /// The value as a name, as an enumeration would spell it.
  package var asName: String? {
    switch self {
    case .name(let n): return n
    case .number(_, _, let raw): return raw
    default: return nil
    }
  }
  package var description: String {
    switch self {
    case .number(_, _, let raw): return raw
    case .day(let d): return d.description
    case .name(let n): return n
    case .text(let t): return "「\(t)」"
    }
  }
}

/// A condition over a person's attributes.
package indirect enum Expr: Sendable {
  case and([Expr])
  case or([Expr])
  case not(Expr)
  case compare(name: String, op: CompareOp, value: Value, span: TextRange)
  case member(name: String, values: [Value], negated: Bool, span: TextRange)
  /// A boolean attribute or a definition, by name.
  case ref(String, span: TextRange)
  /// A part that did not parse; it makes the condition unknown.
  case invalid(TextRange)
}

// MARK: - Rules

package enum RuleKind: String, Sendable, CaseIterable {
  case obligation = "义务", prohibition = "禁止", right = "权利", benefit = "享有"
  /// A soft norm (`@倡导`, `@提倡`, `@鼓励`): hortatory, never a conflict, never violated.
  case advocacy = "倡导"
}

/// A quantity such as 3至7人, 每月100元, 提前10日.
package struct Quantity: Sendable, Equatable {
  package var prefix: String?
  package var low: Rational
  package var high: Rational?
  package var unit: String?
  package var suffix: String?
  package var span: TextRange
  package var text: String
  /// What the number bounds (`Amounts`): exact, a range (low…high), a cap or a floor (`low` is the
  /// number written), or no number (相应的奖励). Quantities of other fields keep `.exact`/`.range`.
  package var bound: AmountBound = .exact
  /// A cap or floor that excludes its number (不满, 超过); 以下, 以上, 不超过 include it.
  package var strict = false
  /// A rate's denominators: 每人每年 → [人, 年], 每盒 → [盒], 100元/户 → [户].
  package var per: [String] = []
  /// The words before the number: what is given in kind (稻谷, 义务工) or how (奖励).
  package var lead: String?
  package static func == (a: Quantity, b: Quantity) -> Bool {
    a.prefix == b.prefix && a.low == b.low && a.high == b.high && a.unit == b.unit && a.suffix == b.suffix
      && a.bound == b.bound && a.strict == b.strict && a.per == b.per && a.lead == b.lead
  }
}

package struct Rule: Sendable {
  package var kind: RuleKind
  package var label: String?
  package var head: String?
  package var subject: Expr?
  package var condition: Expr?
  package var act: String?
  package var content: String?
  package var amount: Quantity?
  package var exceptLabels: [NameRef] = []
  package var exceptCondition: Expr?
  package var overrides: [Ref] = []
  package var consequences: [NameRef] = []
  package var basis: [Ref] = []
  package var effective: Day?
  package var repealed: Day?
  package var location: Location
  package var span: TextRange
  /// The text conflicts are keyed on: the act (or content of a benefit), normalised.
  package var actKey: String { Normalize.act(act ?? content ?? head ?? "") }
  /// `actKey` without the deontic words (`Rule.conflictKey(of:)`), computed once when the rule
  /// is lowered: the conflict check asks for it once per rule and per document above.
  package var conflictKey = ""
  /// The 行为 (else 内容) as written, normalised and without deontic words, in its own order;
  /// empty when the rule has neither. Computed once when the rule is lowered (WF7004).
  package var writtenAct = ""
  /// True when the rule had no 主体 and `subject` is the document's `@适用范围`.
  package var subjectFromScope = false
  /// The `@参照` (indices into `Charter.referrals`) that extend the rule to more persons.
  package var referrals: [Int] = []
}

/// `@适用范围 本村村民 或 是否在本村居住`: who the rules of the document are about by default.
package struct DocumentScope: Sendable {
  package var expr: Expr
  package var span: TextRange
}

/// `@参照 主体：外来人员；条文：第三条至第五条`: the rules of those articles (or labels) apply
/// also to persons satisfying 主体 (and 条件): 参照执行.
package struct Referral: Sendable {
  package var subject: Expr?
  package var condition: Expr?
  /// What `条文` names: single references and runs (第三条至第五条: both ends).
  package var provisions: [(from: Ref, to: Ref?)] = []
  /// The rules it reaches (indices into `Charter.rules`), resolved once the document is read.
  package var rules: [Int] = []
  package var note: String?
  package var location: Location
  package var span: TextRange
  /// 主体 and 条件 together: whom the rules reach through this 参照.
  package var who: Expr? {
    switch (subject, condition) {
    case let (s?, c?): return .and([s, c])
    case let (s?, nil): return s
    case let (nil, c?): return c
    default: return nil
    }
  }
}

/// A date as an adoption record writes it: 2024年3月12日, 2023年6月 or 2022年.
package struct PartialDate: Sendable, Equatable, CustomStringConvertible {
  package var year: Int
  package var month: Int?
  package var day: Int?
  package init(_ year: Int, _ month: Int? = nil, _ day: Int? = nil) { self.year = year; self.month = month; self.day = day }
  /// The day, when the whole date is written.
  package var full: Day? { month.flatMap { m in day.map { Day(year, m, $0) } } }
  /// The first and the last day the date may be.
  package var earliest: Day { Day(year, month ?? 1, day ?? 1) }
  package var latest: Day {
    let m = month ?? 12
    return Day(year, m, day ?? Day.length(of: m, in: year))
  }
  package var description: String {
    "\(year)年" + (month.map { "\($0)月" } ?? "") + (month != nil ? day.map { "\($0)日" } ?? "" : "")
  }
  /// Whether this date is certainly before `d` (every day it may be is before), certainly
  /// after, or not known from what is written: 2023年6月 against 2023年6月15日 is unknown.
  package func certainlyBefore(_ d: Day) -> Bool { latest < d }
  package func certainlyAfter(_ d: Day) -> Bool { d < earliest }
}


/// Normalisation used to compare acts: white space and punctuation are ignored.
package enum Normalize {
  /// An act as a key: white space and punctuation dropped, traditional characters folded to
  /// simplified (`ChineseVariants`) and full-width ASCII to half-width, so 在樓道堆放雜物 and
  /// 在楼道堆放杂物, ６０分贝 and 60分贝 are one act. Prose itself is never changed.
  package static func act(_ s: String) -> String {
    // Most acts keep every character as it is: then the string itself is the key.
    guard s.unicodeScalars.contains(where: { dropped($0) || folded($0) != $0 }) else { return s }
    // The kept scalars' UTF-8, decoded once (the same string as appending them one by one).
    var out = [UInt8]()
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars where !dropped(u) { appendUTF8(folded(u).value, &out) }
    return String(decoding: out, as: UTF8.self)
  }

  /// Whether `act` drops a scalar: white space and the punctuation that does not change an act.
  @inline(__always) package static func dropped(_ u: Unicode.Scalar) -> Bool {
    if u.isASCII {
      switch u { case " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", ",", ".", ";", ":": return true; default: return false }
    }
    switch u {
    case "，", "。", "、", "；", "：", "「", "」", "“", "”": return true
    // Unicode's White_Space beyond ASCII.
    case "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}"..."\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}": return true
    default: return false
    }
  }

  /// A scalar as `act` keeps it: full-width ASCII half-width, traditional characters simplified.
  @inline(__always) package static func folded(_ u: Unicode.Scalar) -> Unicode.Scalar {
    if u.value >= 0xFF01 && u.value <= 0xFF5E { return Unicode.Scalar(u.value - 0xFEE0)! }
    return ChineseVariants.simplified(u)
  }

  /// The key of an act whatever the order of its coordinated words: its first two characters
  /// (the verb, mostly: 燃放, 堆放, 饲养) and the rest as a sorted multiset, so 燃放烟花爆竹 and
  /// 燃放爆竹烟花, 在楼道、楼梯间堆放杂物 and 在楼梯间、楼道堆放杂物 meet. A different act that
  /// shares words stays apart: 在楼道堆放杂物 and 在屋顶堆放杂物 have different characters.
  package static func orderFree(_ key: String) -> String {
    // On scalar values and UTF-8 bytes (not a String.UnicodeScalarView built scalar by scalar).
    var u = [UInt32]()
    u.reserveCapacity(key.utf8.count)
    for s in key.unicodeScalars { u.append(s.value) }
    guard u.count > 3 else { return key }
    // Already in order: the key is its own sorted form (the same scalars, so the same string).
    var ordered = true
    for i in 3..<u.count where u[i] < u[i - 1] { ordered = false; break }
    if ordered { return key }
    if u.count <= 64 {
      // Insertion sort: acts are short, and integers sort the same whatever the algorithm.
      for i in 3..<u.count {
        let v = u[i]
        var j = i
        while j > 2 && u[j - 1] > v { u[j] = u[j - 1]; j -= 1 }
        u[j] = v
      }
    } else {
      u[2...].sort()
    }
    var out = [UInt8]()
    out.reserveCapacity(key.utf8.count)
    for v in u { appendUTF8(v, &out) }
    return String(decoding: out, as: UTF8.self)
  }
}

// MARK: - Decision rules

/// What a ratio counts over.
package enum Base: String, Sendable, CaseIterable {
  case members = "成员", allMembers = "全体成员", households = "户", componentMembers = "组成人员", present = "到会"
  case presentPeople = "到会人员", all = "全体", representatives = "代表", allRepresentatives = "全体代表"
  case registeredVoters = "登记选民", voters = "投票"
  /// 居民小组 (城居法10: 三分之一以上的居民小组) and 有选举权的村民 (村组法16: 罢免的联名).
  case groups = "小组", electors = "有选举权"

  /// The count a ratio's denominator is: membership, households or attendance.
  package enum Pool: Sendable { case membership, households, attendance }
  package var pool: Pool {
    switch self {
    case .households: return .households
    case .present, .presentPeople, .voters: return .attendance
    default: return .membership
    }
  }
}

/// One alternative of a decision rule: `base relation fraction`.
package struct ThresholdTerm: Sendable, Equatable {
  package var base: Base?
  /// True for 过半数 and 超过 (strictly more); false for 以上 and 不少于 (at least).
  package var strict: Bool
  package var fraction: Rational
  package var text: String
  package var span: TextRange
  package static func == (a: ThresholdTerm, b: ThresholdTerm) -> Bool { a.base == b.base && a.strict == b.strict && a.fraction == b.fraction }
  /// Whether `count` of `total` meets this term.
  package func holds(count: Int, total: Int) -> Bool {
    guard total > 0 else { return false }
    let lhs = Rational(count, total)
    return strict ? lhs > fraction : lhs >= fraction
  }
}

/// A decision rule: alternatives joined by 或.
package struct Threshold: Sendable {
  package var terms: [ThresholdTerm]
  package var span: TextRange
  package var text: String
}

package struct Role: Sendable {
  package var name: String
  package var size: Quantity?
  package var duties: String?
  package var selection: String?
  package var term: Quantity?
  package var span: TextRange
}

package struct Body: Sendable {
  package var name: String
  package var label: String?
  package var composition: String?
  /// Where `composition` is written (the value of `@组成`).
  package var compositionSpan: TextRange?
  package var size: Quantity?
  package var term: Quantity?
  package var convenor: [NameRef] = []
  package var proposal: Threshold?
  package var quorum: Threshold?
  package var vote: Threshold?
  package var voteMethod: String?
  package var special: [(label: String, threshold: Threshold)] = []
  package var notice: Quantity?
  package var sessions: String?
  package var reportsTo: [NameRef] = []
  package var delegate: [NameRef] = []
  package var basis: [Ref] = []
  package var roles: [Role] = []
  /// 委托 / 受托上限: who may vote for a member by written proxy, and how many one holder may take (集体经济组织法27①).
  package var proxy: String?
  package var proxyLimit: Quantity?
  /// 列席: who may attend without a vote (村组法22③, 32) — never counted as present or voting.
  package var observers: String?
  /// 代行 / 代行条件: the bodies that stand in for this one, and the yes/no fact that must hold (集体经济组织法64).
  package var standIn: [NameRef] = []
  package var standInCondition: String?
  package var location: Location
  package var span: TextRange
  package var nameSpan: TextRange

  package init(name: String, label: String? = nil, location: Location, span: TextRange, nameSpan: TextRange) {
    self.name = name; self.label = label; self.location = location; self.span = span; self.nameSpan = nameSpan
  }

  /// The composition read as structure (`Composition`): members by office, counts, shares, 单数,
  /// households per member, barred offices.
  package var structure: Composition? { composition.map(Composition.init) }
}

/// An office that ends by law (职务终止), `@终止`: the office, the facts that end it (`条件`, 村组法18), the
/// run of ratings that ends it (`评议：连续两次不称职`, 村组法33) and the words of the result
/// (`结果：职务自行终止`; `职务终止` when none is written).
package struct Termination: Sendable {
  package var office: String
  package var condition: Expr?
  /// The `条件` as written.
  package var conditionText: String?
  /// The `评议` as written.
  package var review: String?
  package var result: String?
  package var basis: [Ref] = []
  package var note: String?
  package var location: Location
  package var span: TextRange

  /// The words of the answer when the office ends.
  package var outcome: String { result ?? "职务终止" }

  /// `评议` read: `连续两次不称职`, `连续2次被评议不称职`, `连续三次评为不合格` → (2, 不称职); nil when it is not
  /// “连续 N 次 [被评议|被评为|评为|评议] RATING”.
  package var run: (count: Int, rating: String)? { review.flatMap(Termination.readRun) }

  package static func readRun(_ text: String) -> (count: Int, rating: String)? {
    var t = text.trimmingSpaces()
    guard t.hasPrefix("连续") else { return nil }
    t.removeFirst(2)
    guard let ci = t.firstIndex(where: { $0 == "次" || $0 == "年" || $0 == "届" }) else { return nil }
    let numeral = String(t[..<ci])
    guard let n = Int(numeral) ?? ChineseNumeral.parse(numeral), n >= 1, n <= 100 else { return nil }
    var rest = String(t[t.index(after: ci)...])
    for p in ["被民主评议为", "被评议为", "被评议", "被评为", "评议为", "评为", "评议", "为", "被"] where rest.hasPrefix(p) { rest.removeFirst(p.count); break }
    while let last = rest.last, "的。，".contains(last) { rest.removeLast() }
    guard !rest.isEmpty, rest.count <= 8 else { return nil }
    return (n, rest)
  }

  /// Whether this line ends the office `name` (an office held, or the members of a body: 村民委员会 →
  /// 村民委员会成员, and 主任 of a charter's 村民委员会 as one of them).
  package func covers(_ name: String) -> Bool {
    if office == name { return true }
    for suffix in ["成员", "委员", "组成人员"] where office.hasSuffix(suffix) {
      let body = String(office.dropLast(suffix.count))
      if !body.isEmpty && (name == body || name.hasPrefix(body)) { return true }
    }
    return false
  }
}

package struct Matter: Sendable {
  package var name: String
  package var label: String?
  package var category: String?
  package var decider: [NameRef] = []
  package var delegate: [NameRef] = []
  package var vote: Threshold?
  package var procedure: [Ref] = []
  package var publicNotice: Quantity?
  package var filing: String?
  package var basis: [Ref] = []
  /// 联名: the signatures that may demand the matter (罢免, 审计).
  package var petition: Threshold?
  /// 批准: the authorities that approve the matter after the vote.
  package var approval: String?
  /// 期限: the period the matter is done in (选举日的二十日前, 五日内).
  package var deadline: Quantity?
  /// 理由: what a petition must state (罢免: 说明要求罢免的理由, 村组法16①).
  package var reasons: String? = nil
  package var location: Location
  package var span: TextRange
  package var nameSpan: TextRange
}

package struct Step: Sendable {
  package var name: String
  package var body: [NameRef] = []
  package var vote: Threshold?
  package var quorum: Threshold?
  package var publicNotice: Quantity?
  package var deadline: Quantity?
  package var content: String?
  /// 会期: how often the step must be held (民主评议每年至少一次, 村组法33).
  package var sessions: String? = nil
  package var span: TextRange
}

package struct Procedure: Sendable {
  package var name: String
  package var label: String?
  package var steps: [Step] = []
  package var applies: [NameRef] = []
  package var basis: [Ref] = []
  package var filing: String?
  /// 委托 / 受托上限 of a ballot (村组法15④).
  package var proxy: String? = nil
  package var proxyLimit: Quantity? = nil
  package var location: Location
  package var span: TextRange
}

package struct ScoreRule: Sendable {
  package var text: String
  package var condition: Expr?
  package var points: Quantity?
  package var span: TextRange
}

package struct Level: Sendable {
  package var name: String
  package var minimum: Quantity?
  package var condition: Expr?
  package var span: TextRange
}

package struct Rating: Sendable {
  package var name: String
  package var label: String?
  package var object: [NameRef] = []
  package var initial: Quantity?
  package var period: String?
  package var bonuses: [ScoreRule] = []
  package var deductions: [ScoreRule] = []
  package var levels: [Level] = []
  package var location: Location
  package var span: TextRange
}

package struct Publicity: Sendable {
  package var what: String
  package var label: String?
  package var content: String?
  package var frequency: String?
  package var body: [NameRef] = []
  package var method: String?
  package var basis: [Ref] = []
  package var location: Location
  package var span: TextRange
}

/// 通过 or 修正: who adopted the document, when, and the counts.
package struct Adoption: Sendable {
  /// The adopting body: the last of `chain`.
  package var body: String
  /// The whole date (nil when only a year or a month is written: see `when`).
  package var date: Day?
  /// The date as written, possibly a year (2022年) or a month (2023年6月).
  package var when: PartialDate?
  /// The bodies the text went through, in order (村两委研究、党员大会讨论、村民代表会议审议、村民会议表决),
  /// each without its verb; one body for a plain record.
  package var chain: [String] = []
  /// The chain as written (with the verbs), when the head names more than one body.
  package var chainText: String?
  /// 方式: how it was adopted (入户签字, 举手表决 …).
  package var method: String?
  package var expected: Int?
  package var attended: Int?
  package var yes: Int?
  package var no: Int?
  package var abstain: Int?
  package var note: String?
  package var span: TextRange
}

package struct Filing: Sendable {
  package var organ: String
  package var date: Day?
  /// The date as written, possibly a year or a month.
  package var when: PartialDate?
  package var span: TextRange
}

/// A 案例: a person, a vote, a routing question or a grading, with the expected outcome.
package struct Case: Sendable {
  package var name: String
  package var label: String?
  package var facts: [(name: String, value: Value, span: TextRange)] = []
  package var applies: [NameRef] = []
  package var notApplies: [NameRef] = []
  package var result: [NameRef] = []
  package var body: [NameRef] = []
  package var matter: [NameRef] = []
  package var rating: [NameRef] = []
  package var members: Int?
  package var households: Int?
  package var present: Int?
  package var presentHouseholds: Int?
  package var yes: Int?
  package var date: Day?
  package var location: Location
  package var span: TextRange
}
