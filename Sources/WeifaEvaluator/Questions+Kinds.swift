import WeifaBase
import WeifaSemantics

// MARK: - Shares: proposals, petitions, composition

/// One alternative of a share rule counted: at least (or more than) `fraction` of `total`.
struct ShareCount {
  var term: ThresholdTerm
  var countName: String
  var totalName: String
  var count: Int
  var total: Int
  var need: Int { term.fraction.minimumCount(of: total, strict: term.strict) }
  var met: Bool { count >= need }
  var arithmetic: LocalizedText {
    .init(zh: "「\(term.text)」：\(totalName) \(total)，需\(countName)至少 \(need)，实为 \(count)，\(met ? "达到" : "未达到")",
          en: "“\(term.text)”: “\(totalName)” \(total), needs “\(countName)” ≥ \(need), is \(count): \(met ? "met" : "not met")")
  }
}

extension Decider {
  /// Counts each alternative of `t` whose count and total are given (`bases` maps a base to the
  /// names of its count and total); the rule is met when one alternative is.
  func shares(_ t: Threshold, _ f: DecisionFacts, _ bases: [Base: (count: String, total: [String])]) throws(DecisionFacts.Invalid) -> [ShareCount] {
    var out = [ShareCount]()
    for term in t.terms {
      guard let b = term.base, let names = bases[b] else { continue }
      guard let c = try f.count(names.count), let totalName = names.total.first(where: { f.text[$0] != nil }), let n = try f.count(totalName) else { continue }
      out.append(ShareCount(term: term, countName: names.count, totalName: totalName, count: c, total: n))
    }
    return out
  }

  func conditions(_ counted: [ShareCount], what: LocalizedText, rule: String, source: String, basis: LegalCitation?) -> [DecisionCondition] {
    counted.map { DecisionCondition(what: what, rule: rule, source: source, basis: basis, met: $0.met, arithmetic: $0.arithmetic) }
  }

  // MARK: Proposals

  /// 提议召集: the body's 提议 rule (村组法21, 26; 城居法10) against the proposers.
  func proposal(_ body: String, _ f: DecisionFacts, from doc: Int) throws(DecisionFacts.Invalid) -> DecisionAnswer {
    // The charter's 提议 and the statute's: the duty to convene arises under either.
    let found = self.body(body, from: doc)
    let rules = [found, statuteBody(body, besides: found?.1)].compactMap { $0 }.filter { $0.0.proposal != nil }
    guard !rules.isEmpty else {
      // A body the law declares without a proposal rule (成员大会: 集体经济组织法27② says only that the 理事会 convenes it).
      guard let (b, d) = found ?? statuteBody(body, besides: nil) else { return Self.missing(["机构的提议规则"]) }
      let (source, basis) = sourceName(d, b.location)
      let c = DecisionCondition(what: .init(zh: "提议", en: "proposal"), rule: "没有规定提议召集的比例", source: source, basis: basis, met: nil,
                                arithmetic: .init(zh: "\(body)由\(b.convenor.map(\.name).joined(separator: "、").isEmpty ? "召集人" : b.convenor.map(\.name).joined(separator: "、"))召集；成员提议召集的比例由章程规定",
                                                  en: "“\(body)” is convened by \(b.convenor.map { "“\($0.name)”" }.joined(separator: ", ")); the share of members who may have it convened is for the articles of association"),
                                ruleEn: "no proposal rule in the law")
      return Self.result("法律未规定提议召集（由章程规定）", [c], en: "the law sets no proposal rule (the articles of association do)")
    }
    var conds = [DecisionCondition](), ok = false, counted = false
    for (b, d) in rules {
      guard let rule = b.proposal else { continue }
      let (source, basis) = sourceName(d, stating: "提议", b)
      let shares = try shares(rule, f, [
        .members: ("提议人数", ["成员", "十八周岁以上村民", "十八周岁以上居民", "成员总数"]), .representatives: ("提议代表数", ["村民代表总数"]),
        .households: ("提议户数", ["户数"]), .groups: ("提议小组数", ["居民小组数"]),
      ])
      counted = counted || !shares.isEmpty
      ok = ok || shares.contains { $0.met }
      conds += conditions(shares, what: .init(zh: "提议", en: "proposal"), rule: rule.text, source: source, basis: basis)
    }
    guard counted else { return Self.missing(["提议人数与其基数"]) }
    return Self.result(ok ? "应当召集" : "无须召集", conds, en: ok ? "must be convened" : "no duty to convene")
  }

  // MARK: Petitions

  /// 联名: a recall demand (村组法16) or an audit demand (村组法35) against the matter's 联名 rule;
  /// 书面请求 (集体经济组织法60②: 十名以上成员).
  func petition(_ matter: String, _ f: DecisionFacts, from doc: Int) throws(DecisionFacts.Invalid) -> DecisionAnswer {
    if let n = try f.count("书面请求人数") {
      let c = DecisionCondition(what: .init(zh: "书面请求", en: "written request"), rule: "十名以上成员", source: LegalCitation(law: Law.collective, article: 60).chinese,
                        basis: LegalCitation(law: Law.collective, article: 60, paragraph: 2), met: n >= 10,
                        arithmetic: .init(zh: "需至少 10 名成员，实为 \(n)", en: "needs 10 members, has \(n)"), ruleEn: "ten or more members")
      return Self.result(n >= 10 ? "可以提出书面请求" : "不能提出书面请求", [c], en: n >= 10 ? "may file the request" : "may not file the request")
    }
    let audit = f.has("要求审计人数")
    guard let (m, d) = self.matter(audit ? "要求审计" : matter, from: doc), let rule = m.petition else { return Self.missing(["事项的联名规则"]) }
    let (source, basis) = sourceName(d, m.location)
    let counted = try shares(rule, f, [
      .electors: ("联名人数", ["有选举权的村民"]), .representatives: ("联名代表数", ["村民代表总数"]), .members: ("要求审计人数", ["十八周岁以上村民"]),
    ])
    guard !counted.isEmpty else { return Self.missing(["联名人数与其基数"]) }
    var ok = counted.contains { $0.met }
    var conds = conditions(counted, what: .init(zh: "联名", en: "signatures"), rule: rule.text, source: source, basis: basis)
    // 理由 (村组法16①: 并说明要求罢免的理由): the charter's matter or the statute's.
    let reasons = m.reasons ?? statuteMatter(m.name, besides: d)?.0.reasons
    if let r = reasons, let stated = f.flag("说明理由") {
      if !stated { ok = false }
      conds.append(DecisionCondition(what: .init(zh: "理由", en: "reasons"), rule: r, source: source, basis: basis, met: stated,
                                     arithmetic: .init(zh: stated ? "已说明理由" : "未说明理由", en: stated ? "the reasons are stated" : "no reasons are stated"),
                                     ruleEn: "the demand must state its reasons"))
    }
    if audit { return Self.result(ok ? "应当纳入审计" : "不构成法定审计事项", conds, en: ok ? "must be audited" : "not a statutory audit item") }
    return Self.result(ok ? "可以提出罢免要求" : "不能提出罢免要求", conds, en: ok ? "the recall may be demanded" : "too few signatures for a recall")
  }

  // MARK: Sessions and publicity

  /// Whether months cover what a frequency requires: 每月 all twelve, 每季度 each calendar quarter, 每年 one.
  static func covers(_ months: [Int], _ frequency: String) -> Bool? {
    let set = Set(months)
    if frequency.contains("月") { return set.count == 12 }
    if frequency.contains("季") { return (0..<4).allSatisfy { q in (1...3).contains { set.contains(q * 3 + $0) } } }
    if frequency.contains("半年") { return set.contains { $0 <= 6 } && set.contains { $0 > 6 } }
    if frequency.contains("年") { return !set.isEmpty }
    return nil
  }

  /// 会期: the months a body met against its 会期 (村组法26: 每季度一次).
  func sessions(_ body: String, _ f: DecisionFacts, from doc: Int) throws(DecisionFacts.Invalid) -> DecisionAnswer {
    guard let (b, d) = self.body(body, from: doc), let s = b.sessions, let months = try f.months("会议月份"), let ok = Self.covers(months, s) else { return Self.missing(["会期"]) }
    let (source, basis) = sourceName(d, b.location)
    let c = DecisionCondition(what: .init(zh: "会期", en: "sessions"), rule: s, source: source, basis: basis, met: ok,
                      arithmetic: .init(zh: "开会月份 \(months.map(String.init).joined(separator: "、"))", en: "met in months \(months.map(String.init).joined(separator: ", "))"),
                      ruleEn: Glossary.frequency(s))
    return Self.result(ok ? "符合" : "不符合", [c], en: ok ? "complies" : "does not comply")
  }

  /// 村务公开 (村组法30): the statute's @公开 for the category against the months or the way it was published.
  func publicity(_ f: DecisionFacts, from doc: Int) throws(DecisionFacts.Invalid) -> DecisionAnswer {
    var category = f.text["事项类别"] ?? "一般事项"
    if category.contains("财务") && f.flag("集体财务往来较多") == false { category = "一般事项" }
    var found: (Publicity, Int)?
    for d in workspace.lookupOrder(from: doc) {
      if let p = workspace.charters[d].publicities.first(where: { ($0.what + ($0.content ?? "")).contains(category.prefix(2)) && $0.frequency != nil }) { found = (p, d); break }
    }
    guard let (p, d) = found, let freq = p.frequency else { return Self.missing(["公开规则"]) }
    let (source, basis) = sourceName(d, p.location)
    let ok: Bool
    let detail: LocalizedText
    if freq.contains("随时") || freq.contains("及时") {
      let way = f.text["公布方式"] ?? ""
      ok = way.contains("随时") || way.contains("及时")
      detail = .init(zh: "公布方式：\(way)", en: "published: “\(way)”")
    } else if let months = try f.months("公布月份"), let c = Self.covers(months, freq) {
      ok = c
      detail = .init(zh: "公布月份 \(months.map(String.init).joined(separator: "、"))", en: "published in months \(months.map(String.init).joined(separator: ", "))")
    } else { return Self.missing(["公布月份"]) }
    let c = DecisionCondition(what: .init(zh: "村务公开", en: "publicity"), rule: "\(p.what)：\(freq)", source: source, basis: basis, met: ok, arithmetic: detail,
                              ruleEn: "“\(p.what)”: \(Glossary.frequency(freq))")
    return Self.result(ok ? "符合" : "不符合", [c], en: ok ? "complies" : "does not comply")
  }

  // MARK: Terms and periods

  /// The day `years` after `d`: the corresponding day, or the month's last day when there is none
  /// (民法典202: a term from 2月29日 ends on 2月28日).
  static func adding(years: Int, to d: Day) -> Day {
    let y = d.year + years
    return Day(y, d.month, min(d.day, Day.length(of: d.month, in: y)))
  }

  /// 任期: the body's (or its role's) term from 任期开始; the last day is the corresponding day.
  func term(_ body: String, _ f: DecisionFacts, from doc: Int) throws(DecisionFacts.Invalid) -> DecisionAnswer {
    guard let (b, d) = self.body(body, from: doc), let q = b.term ?? b.roles.first(where: { $0.term != nil })?.term,
          let years = q.low.wholeValue, let start = try f.date("任期开始"), let asked = try f.date("查询日期") else { return Self.missing(["任期", "任期开始", "查询日期"]) }
    let (source, basis) = sourceName(d, b.location)
    let end = Self.adding(years: years, to: start)
    let ok = asked <= end
    let c = DecisionCondition(what: .init(zh: "任期", en: "term"), rule: q.text, source: source, basis: basis, met: ok,
                      arithmetic: .init(zh: "任期自 \(start) 起 \(years) 年，届满日 \(end)，所问日期 \(asked)", en: "term of \(years) years from \(start.iso) ends on \(end.iso); asked about \(asked.iso)"))
    return Self.result(ok ? "任期内" : "任期已届满", [c], en: ok ? "within the term" : "the term has ended")
  }

  /// The pairs of dates a period is counted between, and the fact that names the question.
  static let datePairs: [(start: String, end: String)] = [
    ("通知日期", "会议日期"), ("提供查阅日期", "会议日期"), ("公布日期", "选举日期"), ("公布日期", "申诉日期"),
    ("收到申诉日期", "处理决定日期"), ("产生日期", "移交完成日期"),
  ]

  /// Notice before a meeting (the body's 通知) and the periods of matters (their 期限): “N日前”
  /// is met when the later day minus the earlier is at least N (民法典201: the first day is not
  /// counted); “N日内” when it is at most N (1259: 以内 includes N).
  func period(_ body: String, _ matter: String?, _ f: DecisionFacts, from doc: Int) throws(DecisionFacts.Invalid) -> DecisionAnswer? {
    if let a = try collectiveSuit(f) { return a }
    guard let (startName, endName) = Self.datePairs.first(where: { f.has($0.start) && f.has($0.end) }),
          let start = try f.date(startName), let end = try f.date(endName) else { return nil }
    var rule: Quantity?
    var place: (String, LegalCitation?) = ("", nil)
    var publication = false
    if startName == "通知日期", let found = self.body(body, from: doc) {
      // The charter's notice and the statute's: the longer one binds.
      for (b, d) in [found, statuteBody(body, besides: found.1)].compactMap({ $0 }) {
        if let n = b.notice, n.low > (rule?.low ?? Rational(-1)) { rule = n; place = sourceName(d, stating: "通知", b) }
      }
    } else if let name = matter, let (m, d) = self.matter(name, from: doc), let q = m.deadline {
      rule = q; place = sourceName(d, m.location)
      publication = m.name.contains("审计结果")
    }
    guard let q = rule, let n = q.low.wholeValue else { return Self.missing(["期限"]) }
    let days = end.ordinal - start.ordinal
    let before = q.text.contains("前") || (q.prefix ?? "").contains("提前")
    // “N日内” runs forward: its last day moves past 法定休假日 (民法典203①); notice counted back from a meeting does not.
    let (last, moved) = before ? (start, LocalizedText?.none) : lastDay(Day(ordinal: start.ordinal + n))
    let ok = before ? days >= n : end <= last
    let c = DecisionCondition(what: .init(zh: "期限", en: "period"), rule: q.text, source: place.0, basis: place.1, met: ok,
                      arithmetic: .init(zh: "\(endName) \(end) − \(startName) \(start) = \(days) 日，\(before ? "须不少于" : "须不超过") \(n) 日" + (moved.map { "；" + $0.zh } ?? ""),
                                        en: "“\(endName)” \(end.iso) − “\(startName)” \(start.iso) = \(days) days; \(before ? "at least" : "at most") \(n)" + (moved.map { "; " + $0.en } ?? "")))
    if publication { return Self.result(ok ? "符合" : "不符合", [c], en: ok ? "complies" : "does not comply") }
    if before { return Self.result(ok ? "期限已满足" : "期限不足", [c], en: ok ? "the notice period is met" : "the notice period is too short") }
    return Self.result(ok ? "在期限内" : "超过期限", [c], en: ok ? "within the period" : "out of time")
  }

  /// 民法典203①: the last day of a period, moved past the 法定休假日 it falls on (the higher law's
  /// `@休假日`/`@上班日`), and what was moved, to say in the arithmetic; a year without a State Council
  /// schedule in the data counts only the weekly rest days and the holidays fixed by date.
  func lastDay(_ d: Day) -> (Day, LocalizedText?) {
    let cal = workspace.holidays
    let last = cal.lastDay(d)
    let partial = cal.entries.isEmpty || cal.scheduled(d.year) ? LocalizedText?.none
      : .init(zh: "\(d.year)年的放假调休安排未收录，只计周休日和固定日期的节日", en: "no State Council schedule for \(d.year) is loaded: only weekly rest days and holidays fixed by date count")
    guard last != d else { return (d, partial) }
    let zh = "最后一日 \(d) 是法定休假日，以休假日结束的次日 \(last) 为最后一日（《中华人民共和国民法典》第二百零三条第一款）" + (partial.map { "；" + $0.zh } ?? "")
    let en = "the last day \(d.iso) is a statutory rest day; the day after the rest days, \(last.iso), is the last day (Civil Code art. 203 ①)" + (partial.map { "; " + $0.en } ?? "")
    return (last, .init(zh: zh, en: en))
  }

  /// 集体经济组织法57② (one year from knowing, five from the decision) and 60③ (fifteen days for the 监事会).
  func collectiveSuit(_ f: DecisionFacts) throws(DecisionFacts.Invalid) -> DecisionAnswer? {
    if let known = try f.date("知道撤销事由日期"), let made = try f.date("决定作出日期"), let sued = try f.date("起诉日期") {
      let (lastKnown, movedKnown) = lastDay(Self.adding(years: 1, to: known)), (lastMade, movedMade) = lastDay(Self.adding(years: 5, to: made))
      let ok = sued <= lastKnown && sued <= lastMade
      let moved = [movedKnown, movedMade].compactMap { $0 }
      let basis = LegalCitation(law: Law.collective, article: 57, paragraph: 2)
      let c = DecisionCondition(what: .init(zh: "撤销权期间", en: "annulment period"), rule: "自知道撤销事由之日起一年内、自决定作出之日起五年内", source: basis.chinese, basis: basis, met: ok,
                        arithmetic: .init(zh: "最后一日 \(min(lastKnown, lastMade))，起诉 \(sued)" + moved.map { "；" + $0.zh }.joined(),
                                          en: "last day \(min(lastKnown, lastMade).iso), sued \(sued.iso)" + moved.map { "; " + $0.en }.joined()),
                        ruleEn: "within one year of knowing the cause and five years of the decision")
      return Self.result(ok ? "在期限内" : "撤销权消灭", [c], en: ok ? "within the period" : "the right to annul has lapsed")
    }
    if let received = try f.date("收到请求日期"), let asked = try f.date("查询日期") {
      let refused = f.flag("监事会拒绝") == true
      let days = asked.ordinal - received.ordinal
      let (last, moved) = lastDay(Day(ordinal: received.ordinal + 15))
      let ok = refused || asked > last
      let basis = LegalCitation(law: Law.collective, article: 60, paragraph: 3)
      let c = DecisionCondition(what: .init(zh: "监事会起诉期限", en: "the board's period"), rule: "收到请求之日起十五日内", source: basis.chinese, basis: basis, met: ok,
                        arithmetic: .init(zh: refused ? "监事会拒绝起诉" : "\(asked) − \(received) = \(days) 日，监事会的期间至 \(last)" + (moved.map { "；" + $0.zh } ?? ""),
                                          en: refused ? "the board refused" : "\(days) days since receipt; the board's period ends on \(last.iso)" + (moved.map { "; " + $0.en } ?? "")),
                        ruleEn: "within fifteen days of receiving the request")
      return Self.result(ok ? "成员可以自行起诉" : "尚在监事会起诉期限内", [c], en: ok ? "the members may sue" : "still within the board's period")
    }
    return nil
  }

  // MARK: Offices

  /// Offices: 民主评议 (村组法33), 职务自行终止 (18), incompatible offices (村组法32, 民法典1045; 集体经济组织法34)
  /// and a 选举委员会 member standing as a candidate (村组法12).
  func office(_ q: DecisionQuestion, _ f: DecisionFacts, from doc: Int) throws(DecisionFacts.Invalid) -> DecisionAnswer? {
    let v = LegalCitation.self
    if let a = termination(q, f, from: doc) { return a }
    guard let sought = f.text["拟任职务"] else { return nil }
    let held = f.text["现任职务"] ?? "", relation = f.text["亲属关系"], relative = f.text["亲属职务"] ?? ""
    // 近亲属 as the higher law defines it (民法典1045②, `@定义 近亲属` in Codes/上位法): in-laws are not.
    let near = nearRelatives()
    let isNear = relation.map { r in near.contains(r) } ?? false
    func answer(_ r: String, _ basis: LegalCitation?, _ source: String, _ rule: String, _ en: String, ruleEn: String) -> DecisionAnswer {
      Self.result(r, [DecisionCondition(what: .init(zh: "任职资格", en: "eligibility"), rule: rule, source: source, basis: basis, met: r == "可以担任",
                                arithmetic: .init(zh: "现任：\(held.isEmpty ? "无" : held)；亲属：\(relation ?? "无") \(relative)\(relation == nil ? "" : isNear ? "（近亲属）" : "（不是近亲属）")；拟任：\(sought)",
                                                  en: "holds: \(held.isEmpty ? "nothing" : "“\(held)”"); relative: \(relation.map { "“\($0)”" } ?? "none")\(relative.isEmpty ? "" : ", “\(relative)”")\(relation == nil ? "" : isNear ? " (a near relative)" : " (not a near relative)"); seeks: “\(sought)”"), ruleEn: ruleEn)], en: en)
    }
    if held.contains("村民选举委员会") && sought.contains("候选人") {
      let b = v.init(law: Law.villagers, article: 12)
      return answer("应当退出村民选举委员会", b, b.chinese, "村民选举委员会成员被提名为村民委员会成员候选人，应当退出村民选举委员会", "must leave the election committee",
                    ruleEn: "a member of the village election committee nominated as a candidate for the villagers' committee must leave the election committee")
    }
    // The body the office sought sits on, and the offices its composition bars (村组法32, 集体经济组织法34; a charter's own).
    var barring: [(body: Body, doc: Int)] = []
    for d in workspace.lookupOrder(from: doc) {
      for b in workspace.charters[d].bodies where sought.hasPrefix(b.name) && !(b.structure?.exclusions.isEmpty ?? true) { barring.append((b, d)) }
    }
    if barring.isEmpty {
      for d in workspace.lookupOrder(from: doc) {
        for b in workspace.charters[d].bodies where b.name.count >= 2 && sought.contains(b.name.hasSuffix("会") ? String(b.name.dropLast()) : b.name)
          && !(b.structure?.exclusions.isEmpty ?? true) { barring.append((b, d)) }
      }
    }
    guard let (body, _) = barring.first else { return answer("可以担任", nil, "上位法", "法律未禁止兼任", "may hold it", ruleEn: "the law does not bar it") }
    var bar = false
    var rules = [String](), rulesEn = [String](), sources = [String]()
    var basis: LegalCitation?
    for (b, d) in barring where b.name == body.name {
      let (source, cite) = sourceName(d, b.location)
      if !sources.contains(source) { sources.append(source) }
      basis = basis ?? cite
      for e in b.structure?.exclusions ?? [] {
        let rule = e.name + (e.relatives ? "及其近亲属" : "")
        if !rules.contains(rule) { rules.append(rule); rulesEn.append("“\(e.name)”" + (e.relatives ? " and their near relatives" : "")) }
        if Composition.office(held, isOf: e.name) || (e.relatives && isNear && Composition.office(relative, isOf: e.name)) { bar = true }
      }
    }
    let rule = rules.joined(separator: "、") + "不得担任\(body.name)成员"
    return answer(bar ? "不得担任" : "可以担任", basis, sources.joined(separator: "、"), rule, bar ? "may not hold it" : "may hold it",
                  ruleEn: rulesEn.joined(separator: ", ") + " may not sit on “\(body.name)”")
  }

  /// An office ending by law, from the `@终止` lines of the charter and its higher laws (村组法18:
  /// 条件 over facts; 33: a run of ratings in `评议结果`): nil when no ending of the office is asked about
  /// (none of its facts is given). The office ends when any ending holds; the answer is that ending's `结果`.
  func termination(_ q: DecisionQuestion, _ f: DecisionFacts, from doc: Int) -> DecisionAnswer? {
    let held = f.text["现任职务"]
    var found: [(Termination, Int)] = []
    for d in workspace.lookupOrder(from: doc) {
      for t in workspace.charters[d].terminations where t.covers(q.body) || held.map(t.covers) == true {
        if !found.contains(where: { $0.1 == d && $0.0.span == t.span }) { found.append((t, d)) }
      }
    }
    var conditions = [DecisionCondition]()
    var ended: Termination?
    for (t, d) in found {
      let (source, cite) = sourceName(d, t.location)
      if let run = t.run, let ratings = f.words("评议结果") {
        let ends = ratings.count >= run.count && ratings.suffix(run.count).allSatisfy { $0 == run.rating }
        if ends && ended == nil { ended = t }
        conditions.append(DecisionCondition(what: .init(zh: "民主评议", en: "democratic ratings (民主评议)"), rule: "连续\((run.count == 2 ? "两" : ChineseNumeral.format(run.count)))次被评议\(run.rating)的，\(t.outcome)", source: source, basis: cite, met: !ends,
                                            arithmetic: .init(zh: "评议结果：\(ratings.joined(separator: "、"))；最后\((run.count == 2 ? "两" : ChineseNumeral.format(run.count)))次\(ends ? "均为" : "不都是")\(run.rating)",
                                                              en: "ratings: \(ratings.map { "“\($0)”" }.joined(separator: ", ")); the last \(run.count) \(ends ? "are all" : "are not all") “\(run.rating)”"),
                                            ruleEn: "\(run.count) consecutive ratings of “\(run.rating)” end the office"))
      }
      if let e = t.condition {
        let names = DecisionChecks.names(in: e)
        guard names.contains(where: { f.text[$0] != nil }) else { continue }
        var values = [String: Value]()
        for (n, v) in f.text {
          if let b = f.flag(n) { values[n] = .name(b ? "是" : "否") } else if let day = Day.parse(v) { values[n] = .day(day) }
          else if let i = Int(v) { values[n] = .number(Rational(i), unit: nil, raw: v) } else { values[n] = .name(v) }
        }
        let (truth, reasons) = Evaluator(workspace, document: d).eval(e, Facts(values))
        let ends = truth == .yes
        if ends && ended == nil { ended = t }
        var zh = reasons.map(\.zh).joined(separator: "，"), en = reasons.map(\.en).joined(separator: ", ")
        if case .unknown(let missing) = truth {
          zh += (zh.isEmpty ? "" : "；") + "未给出：" + missing.sorted().joined(separator: "、")
          en += (en.isEmpty ? "" : "; ") + "not given: " + missing.sorted().map { DecisionFactNames.english($0) }.joined(separator: ", ")
        }
        let written = t.conditionText ?? names.joined(separator: " 或 ")
        conditions.append(DecisionCondition(what: .init(zh: "职务终止的事由", en: "grounds ending the office"), rule: "\(written)的，\(t.outcome)", source: source, basis: cite, met: !ends,
                                            arithmetic: .init(zh: (ends ? "有终止事由：" : "无终止事由：") + zh, en: (ends ? "a ground applies: " : "no ground applies: ") + en),
                                            ruleEn: "\(Glossary.condition(written)): the office ends"))
      }
    }
    guard !conditions.isEmpty else { return nil }
    if let t = ended {
      return Self.result(t.outcome, conditions, en: t.outcome.contains("自行") ? "the office ends by operation of law (\(t.outcome))" : "the office ends (\(t.outcome))")
    }
    return Self.result("职务继续", conditions, en: "the office continues")
  }

  /// The relations the higher law calls 近亲属: the values of its `@定义 近亲属` (民法典1045②).
  func nearRelatives() -> Set<String> {
    var out = Set<String>()
    func collect(_ e: Expr) {
      switch e {
      case .member(_, let values, false, _): for v in values { if let n = v.asName { out.insert(n) } else if case .text(let t) = v { out.insert(t) } }
      case .or(let es), .and(let es): es.forEach(collect)
      default: break
      }
    }
    for c in workspace.charters { for def in c.definitions where def.name == "近亲属" { collect(def.expr) } }
    return out
  }
}
