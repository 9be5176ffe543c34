import WeifaBase
import WeifaSemantics

// MARK: - The fact names

extension DecisionFacts {
  /// Every fact a decision question takes (`DecisionFactNames.all`, documented in `weifa decide --help`).
  package static var names: [(name: String, zh: String, en: String)] { DecisionFactNames.all }

  /// The counts (whole, non-negative numbers); every other fact is a date, a yes/no, a list or a word.
  static let countNames: Set<String> = [
    "成员", "十八周岁以上村民", "十八周岁以上居民", "成员总数", "组成人员", "有选举权的村民", "登记选民", "参加投票", "得票", "户数", "到会户数", "到会",
    "在线参加", "委托参加", "赞成", "反对", "村民代表总数", "赞成代表数", "村委会成员", "妇女代表", "妇女成员", "人数较少民族成员", "居民小组数",
    "小组代表", "提议人数", "提议户数", "提议小组数", "提议代表数", "联名人数", "联名代表数", "要求审计人数", "书面请求人数", "推选户数",
    "受托人数", "应选名额", "当选人数", "另行选举名额", "得票名次", "起始年份", "截止年份", "列席", "出席人数",
  ]

  /// Counts that cannot exceed another: (part, whole). Checked in this order; the first broken one is the error.
  static let atMost: [(String, String)] = [
    ("到会", "成员"), ("到会", "十八周岁以上村民"), ("到会", "十八周岁以上居民"), ("到会", "成员总数"), ("到会", "组成人员"), ("到会", "小组代表"),
    ("到会户数", "户数"), ("到会户数", "到会"), ("在线参加", "到会"), ("委托参加", "到会"), ("赞成", "到会"),
    ("参加投票", "登记选民"), ("得票", "参加投票"), ("赞成", "参加投票"), ("赞成代表数", "村民代表总数"), ("赞成代表数", "赞成"),
    ("联名人数", "有选举权的村民"), ("联名代表数", "村民代表总数"), ("提议人数", "十八周岁以上村民"), ("提议人数", "十八周岁以上居民"),
    ("提议代表数", "村民代表总数"), ("提议户数", "户数"), ("提议小组数", "居民小组数"), ("要求审计人数", "十八周岁以上村民"),
    ("妇女代表", "村民代表总数"), ("妇女成员", "组成人员"), ("人数较少民族成员", "组成人员"), ("村民代表总数", "组成人员"), ("村委会成员", "组成人员"),
    ("当选人数", "应选名额"), ("列席", "出席人数"), ("另行选举名额", "应选名额"),
  ]

  /// Dates that cannot come after another: (earlier, later, the error's words).
  static let order: [(String, String, String)] = [
    ("通知日期", "会议日期", "通知日期 晚于 会议日期"), ("提供查阅日期", "会议日期", "提供查阅日期 晚于 会议日期"),
    ("公布日期", "申诉日期", "申诉日期 早于 公布日期"), ("收到申诉日期", "处理决定日期", "处理决定日期 早于 收到申诉日期"),
    ("产生日期", "移交完成日期", "移交完成日期 早于 产生日期"), ("决定作出日期", "起诉日期", "起诉日期 早于 决定作出日期"),
    ("任期开始", "查询日期", "查询日期 早于 任期开始"), ("收到请求日期", "查询日期", "查询日期 早于 收到请求日期"),
    ("出生日期", "选举日期", "出生日期 晚于 选举日期"), ("居住开始日期", "选举日期", "居住开始日期 晚于 选举日期"),
    ("上次公布日期", "查询日期", "上次公布日期 晚于 查询日期"), ("公示开始日期", "公示结束日期", "公示结束日期 早于 公示开始日期"),
  ]

  /// Checks every fact's value and the relations between them.
  func validate() throws(Invalid) {
    for n in text.keys.sorted() where Self.countNames.contains(n) { _ = try count(n) }
    for n in text.keys.sorted() where (n.hasSuffix("日期") || n == "任期开始") && n != "举行日期" { _ = try date(n) }
    for n in ["会议月份", "公布月份"] { _ = try months(n) }
    for (part, whole) in Self.atMost {
      if let p = try count(part), let w = try count(whole), p > w { throw Invalid(message: "\(part) > \(whole)") }
    }
    if let y = try count("赞成"), let n = try count("反对"), let p = try count("到会"), y + n > p { throw Invalid(message: "赞成 + 反对 > 到会") }
    if let all = try count("组成人员"), let c = try count("村委会成员"), let r = try count("村民代表总数"), all != c + r {
      throw Invalid(message: "组成人员 ≠ 村委会成员 + 村民代表总数")
    }
    if let g = try count("居民小组数"), let r = try count("小组代表"), r > 3 * g { throw Invalid(message: "小组代表 > 居民小组数×3") }
    if let n = try count("组成人员"), n == 0 { throw Invalid(message: "组成人员 须为正整数") }
    for (a, b, words) in Self.order {
      if let x = try date(a), let y = try date(b), x > y { throw Invalid(message: words) }
    }
    try validateRoundFour()
  }
}

// MARK: - Answering

extension Decider {
  /// Answers a question from the facts given: the facts are checked first (an error names the
  /// field), then the question is read from them — competence (决定机构), a filing or approval
  /// (表决结果), an office (评议结果, 拟任职务 …), a proposal (提议…), a petition (联名…, 要求审计人数),
  /// sessions, publicity, a term, a period or notice (dates), composition, else the meeting itself.
  package func answer(_ q: DecisionQuestion, from doc: Int) -> DecisionAnswer {
    let f = DecisionFacts(q.facts)
    do {
      try f.validate()
      let matter = q.matter == "一般事项" ? nil : q.matter
      if f.has("决定机构") { return competence(body: f.text["决定机构"] ?? q.body, matter: matter ?? "", authorised: f.flag("已授权"), facts: f, from: doc) }
      if f.has("表决结果") { return filing(matter ?? "", from: doc) }
      if f.has("受托人数", "书面委托", "受托人有选举权", "受托人同户", "受托人完全民事行为能力") { return try proxy(q.body, f, from: doc) }
      if f.has("出生日期") { return try eligibility(q.body, f, from: doc) }
      if f.has("应选名额", "当选人数") && !f.has("得票", "赞成") { return try rerunNeed(q.body, f, from: doc) }
      if f.has("举行日期") { return try history(q.body, f, from: doc) }
      if f.has("上次公布日期") { return try publicityByDates(f, from: doc) }
      if f.has("公示开始日期", "公示结束日期") { return try posting(matter, f, from: doc) }
      if let a = try office(q, f, from: doc) { return a }
      if f.has("提议人数", "提议户数", "提议小组数", "提议代表数") { return try proposal(q.body, f, from: doc) }
      if f.has("联名人数", "联名代表数", "要求审计人数", "书面请求人数") { return try petition(matter ?? "", f, from: doc) }
      if f.has("会议月份") { return try sessions(q.body, f, from: doc) }
      if f.has("公布月份", "公布方式") { return try publicity(f, from: doc) }
      if f.has("任期开始") { return try term(q.body, f, from: doc) }
      if let a = try period(q.body, matter, f, from: doc) { return a }
      if f.has("组成人员", "户数") && !f.has("到会", "出席人数") || f.has("推选方式", "推选户数") { return try composition(q.body, matter, f, from: doc) }
      return try meeting(q.body, matter, f, from: doc)
    } catch {
      return DecisionAnswer(outcome: .inputError(error.message), conclusion: .init(zh: "输入错误：\(error.message)", en: "invalid input: \(Glossary.message(error.message))"))
    }
  }

  /// The answer for a result, with its conditions.
  static func result(_ r: String, _ conditions: [DecisionCondition], en: String) -> DecisionAnswer {
    DecisionAnswer(outcome: .result(r), conditions: conditions, conclusion: .init(zh: r, en: en))
  }

  /// The facts of `names` that were not given (all of them if each was given but unreadable as needed).
  static func missing(facts names: [String], _ f: DecisionFacts) -> DecisionAnswer {
    let absent = names.filter { !f.has($0) }
    return missing(absent.isEmpty ? names : absent)
  }

  static func missing(_ names: [String]) -> DecisionAnswer {
    DecisionAnswer(outcome: .undecided(names), conclusion: .init(zh: "无法回答：还需要" + names.joined(separator: "、"), en: "cannot answer: give " + names.joined(separator: ", ")))
  }

  /// The article a model element of `doc` stands in, as a citation (nil outside the higher law).
  func citation(_ doc: Int, _ loc: Location) -> LegalCitation? {
    let c = workspace.charters[doc]
    guard c.isHigherLaw, let title = c.title else { return nil }
    return LegalCitation(law: title, article: loc.article.map { c.articles[$0].written ?? c.articles[$0].number })
  }

  func sourceName(_ doc: Int, _ loc: Location) -> (String, LegalCitation?) {
    let cite = citation(doc, loc)
    return (cite?.chinese ?? workspace.charters[doc].title.map { "《\($0)》" } ?? "本规约", cite)
  }

  /// Where a body's rule is stated: the article of `doc` (among the body's own and those before it) whose text
  /// names both the body and `word` — 村组法21 for the 村民会议's 提议 and 通知, though the `@机构` stands in 22.
  func sourceName(_ doc: Int, stating word: String, _ b: Body) -> (String, LegalCitation?) {
    let c = workspace.charters[doc]
    guard c.isHigherLaw, let at = b.location.article else { return sourceName(doc, b.location) }
    for i in stride(from: at, through: max(0, at - 3), by: -1) where c.articles[i].paragraphs.contains(where: { $0.text.contains(word) && $0.text.contains(b.name) }) {
      return sourceName(doc, Location(article: i))
    }
    return sourceName(doc, b.location)
  }

  /// The matters the workspace declares, for suggestions.
  package func matterNames() -> [String] {
    var all = [String]()
    for c in workspace.charters { for m in c.matters where !all.contains(m.name) { all.append(m.name) } }
    return all
  }

  /// The higher law's own body of this name (its floor), when `found` is not already it.
  func statuteBody(_ name: String, besides found: Int?) -> (Body, Int)? {
    for d in workspace.charters.indices where workspace.charters[d].isHigherLaw && d != found {
      if let b = workspace.charters[d].bodies.first(where: { $0.name == name }) { return (b, d) }
    }
    return nil
  }

  /// The higher law's own matter of this name, when `found` is not already it.
  func statuteMatter(_ name: String, besides found: Int?) -> (Matter, Int)? {
    for d in workspace.charters.indices where workspace.charters[d].isHigherLaw && d != found {
      if let m = workspace.charters[d].matters.first(where: { $0.name == name }) { return (m, d) }
    }
    return nil
  }

  // MARK: Competence

  /// Whether `body` may decide `matter`: the matter's 决定 bodies may; its 授权 bodies may once
  /// authorised (村组法23②、24②; 集体经济组织法28④); any other body may not — nor may a delegate
  /// of a matter that names none (村组法27, 16; 集体经济组织法28's reserved list).
  package func competence(body: String, matter: String, authorised: Bool?, facts: DecisionFacts? = nil, from doc: Int) -> DecisionAnswer {
    // The charter's matter and the statute's, each asked; the body may decide only if both allow.
    if let (m, d) = self.matter(matter, from: doc), let (sm, sd) = statuteMatter(m.name, besides: d) {
      let own = competence(body: body, matter: m, d, authorised: authorised, facts: facts)
      let law = competence(body: body, matter: sm, sd, authorised: authorised, facts: facts)
      let all = own.conditions + law.conditions
      if law.outcome == .result("无权决定") || own.outcome == .result("无权决定") { return Self.result("无权决定", all, en: "may not decide") }
      if case .undecided = law.outcome { return DecisionAnswer(outcome: law.outcome, conditions: all, conclusion: law.conclusion) }
      if case .undecided = own.outcome { return DecisionAnswer(outcome: own.outcome, conditions: all, conclusion: own.conclusion) }
      return Self.result("有权决定", all, en: "may decide")
    }
    guard let (m, d) = self.matter(matter, from: doc) else {
      let close = Suggest.closest(matter, among: matterNames())
      return DecisionAnswer(outcome: .undecided(["事项"]), conclusion: .init(
        zh: "找不到事项「\(matter)」" + (close.isEmpty ? "" : "；是否指" + close.map { "「\($0)」" }.joined(separator: "或") + "？"),
        en: "no matter “\(matter)”" + (close.isEmpty ? "" : "; did you mean " + close.map { "“\($0)”" }.joined(separator: " or ") + "?")))
    }
    return competence(body: body, matter: m, d, authorised: authorised, facts: facts)
  }

  /// Whether `body` may decide the matter `m` as document `d` declares it.
  func competence(body: String, matter m: Matter, _ d: Int, authorised: Bool?, facts: DecisionFacts? = nil) -> DecisionAnswer {
    let matter = m.name
    let (source, basis) = sourceName(d, m.location)
    let by = m.decider.map(\.name), delegated = m.delegate.map(\.name)
    let rule = by.joined(separator: "、") + (delegated.isEmpty ? "决定" : "决定，可以授权" + delegated.joined(separator: "、"))
    let ruleEn = "decided by " + by.map { "“\($0)”" }.joined(separator: " or ") + (delegated.isEmpty ? "" : "; it may authorise " + delegated.map { "“\($0)”" }.joined(separator: " or "))
    func answer(_ ok: Bool, _ zh: String, _ en: String) -> DecisionAnswer {
      let c = DecisionCondition(what: .init(zh: "决定权", en: "competence"), rule: rule, source: source, basis: basis, met: ok, arithmetic: .init(zh: zh, en: en), ruleEn: ruleEn)
      return Self.result(ok ? "有权决定" : "无权决定", [c], en: ok ? "may decide" : "may not decide")
    }
    if by.contains(body) { return answer(true, "「\(matter)」由\(body)决定", "“\(matter)” is decided by \(body)") }
    // 集体经济组织法64: a body that stands in for the one that decides (村民会议 for the 成员大会) where its condition holds.
    if !delegated.contains(body), let a = standIn(body, for: by, matter: matter, facts) { return a }
    if delegated.contains(body) {
      switch authorised {
      case true?: return answer(true, "\(body)经授权决定「\(matter)」", "\(body) decides “\(matter)” once authorised")
      case false?: return answer(false, "「\(matter)」须经授权，\(body)未获授权", "“\(matter)” needs an authorisation \(body) does not have")
      case nil:
        let c = DecisionCondition(what: .init(zh: "决定权", en: "competence"), rule: rule, source: source, basis: basis, met: nil,
                          arithmetic: .init(zh: "\(body)须经授权才能决定「\(matter)」", en: "\(body) decides “\(matter)” only when authorised"), ruleEn: ruleEn)
        return DecisionAnswer(outcome: .undecided(["已授权"]), conditions: [c], conclusion: .init(zh: "须经授权：给出 已授权=是 或 否", en: "needs an authorisation: state whether it was given (--fact 已授权=是 or 否)"))
      }
    }
    let zh = delegated.isEmpty ? "「\(matter)」只能由\(by.joined(separator: "、"))决定，不能授权\(body)" : "「\(matter)」由\(by.joined(separator: "、"))决定（可授权\(delegated.joined(separator: "、"))），\(body)无权决定"
    let en = "“\(matter)” is for \(by.joined(separator: ", "))" + (delegated.isEmpty ? " alone" : " (may delegate to \(delegated.joined(separator: ", ")))") + "; \(body) may not decide it"
    return answer(false, zh, en)
  }

  // MARK: Filing and approval

  /// What a matter needs after the vote: approval (批准) or filing (备案).
  func filing(_ matter: String, from doc: Int) -> DecisionAnswer {
    guard let (m, d) = self.matter(matter, from: doc) else { return Self.missing(["事项"]) }
    let (source, basis) = sourceName(d, m.location)
    if let who = m.approval {
      return Self.result("须报批（\(who)）", [DecisionCondition(what: .init(zh: "批准", en: "approval"), rule: "报\(who)批准", source: source, basis: basis, met: nil,
                                                     arithmetic: .init(zh: "通过后须报\(who)批准", en: "after the vote it goes to \(who) for approval"), ruleEn: "approval by \(who)")], en: "needs approval by \(who)")
    }
    if let who = m.filing {
      return Self.result("须备案（\(who)）", [DecisionCondition(what: .init(zh: "备案", en: "filing"), rule: "报\(who)备案", source: source, basis: basis, met: nil,
                                                   arithmetic: .init(zh: "通过后须报\(who)备案", en: "after the vote it is filed with \(who)"), ruleEn: "filing with \(who)")], en: "to be filed with \(who)")
    }
    return Self.result("通过", [], en: "passed (no approval needed)")
  }
}

// MARK: - Minimums

extension Decider {
  /// The totals a base of a share rule counts, by fact name.
  static let totals: [Base: [String]] = [
    .members: ["成员", "十八周岁以上村民", "十八周岁以上居民", "成员总数"], .representatives: ["村民代表总数"], .households: ["户数"],
    .groups: ["居民小组数"], .electors: ["有选举权的村民"],
  ]

  /// `--need` beyond quorum and vote: the least proposers (the body's 提议), signatures (the
  /// matter's 联名), the notice before a meeting (通知) and the matter's period (期限).
  package func needs(body: String, matter: String?, facts: [(name: String, text: String)], from doc: Int) -> [DecisionCondition] {
    let f = DecisionFacts(facts)
    var out = [DecisionCondition]()
    func shares(_ t: Threshold, _ what: LocalizedText, _ source: (String, LegalCitation?)) {
      for term in t.terms {
        guard let b = term.base, let names = Self.totals[b], let name = names.first(where: { f.text[$0] != nil }), let n = try? f.count(name) else {
          out.append(DecisionCondition(what: what, rule: term.text, source: source.0, basis: source.1, met: nil,
                               arithmetic: .init(zh: "需给出其基数（\(Self.totals[term.base ?? .members]?.joined(separator: "、") ?? "")）", en: "give its base (\(Self.totals[term.base ?? .members]?.map { "“\($0)”" }.joined(separator: ", ") ?? ""))")))
          continue
        }
        let need = term.fraction.minimumCount(of: n, strict: term.strict)
        out.append(DecisionCondition(what: what, rule: term.text, source: source.0, basis: source.1, met: nil,
                             arithmetic: .init(zh: "\(name) \(n)，至少 \(need)", en: "“\(name)” \(n): at least \(need)")))
      }
    }
    if let (b, d) = self.body(body, from: doc) {
      if let p = b.proposal { shares(p, .init(zh: "提议召集", en: "proposal to convene"), sourceName(d, stating: "提议", b)) }
      if let n = b.notice, let days = n.low.wholeValue {
        let src = sourceName(d, stating: "通知", b)
        out.append(DecisionCondition(what: .init(zh: "通知", en: "notice"), rule: n.text, source: src.0, basis: src.1, met: nil,
                             arithmetic: .init(zh: "会议日期与通知日期相差至少 \(days) 日（通知之日不计入）", en: "the meeting at least \(days) days after the notice (the day of notice not counted)")))
      }
    }
    // The most proxies one holder may take (受托上限 of the body or of its ballot procedure, 村组法15④).
    for r in proxyRules(body, from: doc) {
      if let q = r.limit {
        let src = sourceName(r.doc, r.location)
        out.append(DecisionCondition(what: .init(zh: "委托投票", en: "proxy votes"), rule: "每人受托不超过\(q.text)", source: src.0, basis: src.1, met: nil,
                                     arithmetic: .init(zh: "受托人数至多 \(q.low.wholeValue ?? 0)", en: "at most \(q.low.wholeValue ?? 0) proxies per holder"), ruleEn: "at most \(q.low.wholeValue ?? 0) proxies per holder"))
      }
    }
    if let m = matter, let (mt, d) = self.matter(m, from: doc) {
      if let q = mt.publicNotice, let n = q.low.wholeValue {
        let src = sourceName(d, mt.location)
        out.append(DecisionCondition(what: .init(zh: "公示", en: "notice period"), rule: "公示\(q.text)", source: src.0, basis: src.1, met: nil,
                                     arithmetic: .init(zh: "公示结束日期与公示开始日期相差至少 \(n) 日（开始之日不计入）", en: "posted until at least \(n) days after the first day (the first day not counted)")))
      }
      if let p = mt.petition { shares(p, .init(zh: "联名", en: "signatures"), sourceName(d, mt.location)) }
      if let q = mt.deadline {
        let src = sourceName(d, mt.location)
        out.append(DecisionCondition(what: .init(zh: "期限", en: "period"), rule: q.text, source: src.0, basis: src.1, met: nil, arithmetic: .init(zh: q.text, en: Glossary.rule(q.text))))
      }
    }
    return out
  }
}
