import WeifaBase
import WeifaSemantics

// MARK: - Decision questions

/// A decision question (issue 13): a body that meets or acts (or 村民 / 成员 for signatures by
/// individuals), the matter, and the facts by name (`十八周岁以上村民=1201`, `通知日期=2025-03-01`).
/// The names are those of `DecisionFacts.names`; `weifa decide --fact` and the corpus test pass them.
package struct DecisionQuestion: Sendable {
  package var body: String
  package var matter: String?
  package var facts: [(name: String, text: String)]
  package init(body: String, matter: String?, facts: [(name: String, text: String)]) {
    self.body = body; self.matter = matter; self.facts = facts
  }
}

/// One condition checked, with the charter's rule and the statute's floor side by side.
package struct DecisionCondition: Sendable {
  /// What is checked: 法定人数, 表决, 提议, 通知, 决定权 …
  package var what: LocalizedText
  /// The rule checked, as written (成员 过半数 或 户 三分之二以上).
  package var rule: String
  /// Where the rule is written: the charter's title, or the statute (with `basis`).
  package var source: String
  package var basis: LegalCitation?
  package var met: Bool?
  /// The arithmetic: 需到会至少 601，实为 600.
  package var arithmetic: LocalizedText
  /// The rule in English, where the evaluator wrote it; otherwise English shows `Glossary.rule(rule)`.
  package var ruleEn: String? = nil

  /// The rule as the answer's language shows it.
  package func ruleText(_ lang: Language) -> String { lang == .zh ? rule : (ruleEn ?? Glossary.rule(rule)) }
  /// Where the rule is written, in the answer's language.
  package func sourceText(_ lang: Language) -> String { lang == .zh ? source : (basis.map(Glossary.citation) ?? (source.hasPrefix("《") ? source : Glossary.rule(source))) }
}

/// The answer to a `DecisionQuestion`.
package struct DecisionAnswer: Sendable {
  package enum Outcome: Sendable, Equatable {
    /// The result, in the words of the statutes (通过, 不能召开（未达法定人数）, 应当召集, 期限不足 …).
    case result(String)
    /// The facts contradict each other or are not valid values: the field and the broken relation
    /// (到会 > 十八周岁以上村民, 会议日期 不是有效日期).
    case inputError(String)
    /// Facts needed to answer are missing.
    case undecided([String])
  }
  package var outcome: Outcome
  package var conditions: [DecisionCondition] = []
  /// The result as the conclusion line says it.
  package var conclusion: LocalizedText

  /// The results that say no: the decision does not stand, a condition of the law is not met.
  static let negative: Set<String> = [
    "不通过", "不能召开（未达法定人数）", "选举无效（参加投票未过半数）", "投票无效（参加投票未过半数）", "未当选", "无须召集", "不能提出罢免要求",
    "不构成法定审计事项", "不能提出书面请求", "期限不足", "超过期限", "撤销权消灭", "不符合", "任期已届满", "组成不合法", "不在一般设立范围内",
    "无权决定", "不得担任", "尚在监事会起诉期限内",
    "委托无效", "无须另行选举", "无选举权", "不能登记参加选举", "尚未施行", "公示期不足", "法律未规定提议召集（由章程规定）",
  ]

  /// Whether the result is a yes (nil when there is no result).
  package var favourable: Bool? {
    guard case .result(let r) = outcome else { return nil }
    return !Self.negative.contains(r)
  }
}

/// The facts of a question, read once: integers, dates, month lists and yes/no, each checked.
package struct DecisionFacts: Sendable {
  package var text: [String: String] = [:]
  package init(_ facts: [(name: String, text: String)]) {
    for (n, v) in facts { text[n] = v }
  }

  package struct Invalid: Error, Sendable { package var message: String }

  /// A whole count: negative, fractional or absurd values are errors naming the field.
  package func count(_ name: String) throws(Invalid) -> Int? {
    guard let raw = text[name]?.trimmingSpaces() else { return nil }
    if raw.hasPrefix("-") || raw.hasPrefix("−") { throw Invalid(message: "\(name) 为负数") }
    if let n = Int(raw) {
      guard n <= Limits.maxNumber else { throw Invalid(message: "\(name) 超出可处理的范围") }
      return n
    }
    if raw.contains(".") { throw Invalid(message: "\(name) 不是整数") }
    if let n = ChineseNumeral.parse(raw) { return n }
    throw Invalid(message: "\(name) 不是整数")
  }

  /// A date: an invalid calendar date (2月30日) is an error naming the field.
  package func date(_ name: String) throws(Invalid) -> Day? {
    guard let raw = text[name] else { return nil }
    guard let d = Day.parse(raw) else { throw Invalid(message: "\(name) 不是有效日期") }
    return d
  }

  /// 是 / 否.
  package func flag(_ name: String) -> Bool? {
    guard let raw = text[name]?.trimmingSpaces() else { return nil }
    return ["是", "有", "yes", "true"].contains(raw) ? true : ["否", "无", "no", "false"].contains(raw) ? false : nil
  }

  /// Months of a year (1、4、7、10): each 1 to 12.
  package func months(_ name: String) throws(Invalid) -> [Int]? {
    guard let raw = text[name] else { return nil }
    var out = [Int]()
    for part in raw.split(whereSeparator: { "、,，;； ".contains($0) }) {
      guard let m = Int(part) ?? ChineseNumeral.parse(String(part)), m >= 1, m <= 12 else { throw Invalid(message: "\(name) 超出 1 至 12") }
      out.append(m)
    }
    return out
  }

  /// A list of words (称职、不称职).
  package func words(_ name: String) -> [String]? {
    text[name].map { $0.split(whereSeparator: { "、,，".contains($0) }).map { String($0).trimmingSpaces() } }
  }

  /// Whether any of `names` is given.
  package func has(_ names: String...) -> Bool { names.contains { text[$0] != nil } }

  /// The first of `names` given, as a count.
  package func first(_ names: [String]) throws(Invalid) -> Int? {
    for n in names { if let v = try count(n) { return v } }
    return nil
  }
}

extension Day {
  /// 2025-03-01, for English answers.
  package var iso: String {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(year)-\(two(month))-\(two(day))"
  }
}
