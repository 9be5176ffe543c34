import WeifaBase
import WeifaSemantics

// MARK: - Round four (issue 13): proxies, re-run elections, eligibility, histories, effective dates,
// stand-ins, publicity as dates and 公示 periods. The rules and results are documented in
// Tests/Fixtures/decisions/README.md (“Round four”); the statutory values are data in Codes/上位法
// (`委托`, `受托上限`, `代行`, `代行条件`, `理由`, a step's `会期`, 村组法13's `@权利` lines); what is here is
// the counting.

extension DecisionFacts {
  /// A list of dates (举行日期 = 2024-03-01、2025-06-30): each item a date on the calendar.
  package func dates(_ name: String) throws(Invalid) -> [Day]? {
    guard let raw = text[name] else { return nil }
    var out = [Day]()
    for part in raw.split(whereSeparator: { "、,，;； 「」".contains($0) }) {
      guard let d = Day.parse(String(part)) else { throw Invalid(message: "\(name) 不是有效日期") }
      out.append(d)
    }
    return out
  }

  /// The relations of round four a valid question must keep (checked after the counts and dates).
  func validateRoundFour() throws(Invalid) {
    _ = try dates("举行日期")
    for n in ["受托人数", "得票名次", "另行选举名额"] { if let v = try count(n), v == 0 { throw Invalid(message: "\(n) 须为正整数") } }
    if let a = try count("起始年份"), let b = try count("截止年份"), a > b { throw Invalid(message: "起始年份 > 截止年份") }
    if let p = try count("到会"), let all = try count("出席人数"), let o = try count("列席"), p != all - o { throw Invalid(message: "到会 ≠ 出席人数 − 列席") }
  }
}

extension Decider {
  // MARK: Proxy votes

  /// A written proxy (村组法15④; 集体经济组织法27①): every requirement the `委托` text of the body (or of the
  /// body's ballot procedure) names is checked, and `受托人数` against `受托上限`; the charter's and the
  /// statute's rules both bind.
  func proxy(_ body: String, _ f: DecisionFacts, from doc: Int) throws(DecisionFacts.Invalid) -> DecisionAnswer {
    let rules = proxyRules(body, from: doc).map { r in (text: r.text, limit: r.limit, source: sourceName(r.doc, r.location)) }
    guard !rules.isEmpty else { return Self.missing(["机构的委托投票规则"]) }
    let near = nearRelatives()
    var conds = [DecisionCondition]()
    var valid = true
    for (text, limit, (source, basis)) in rules {
      let t = text ?? ""
      var fails = [String](), failsEn = [String](), checked = [String]()
      func require(_ ok: Bool?, _ what: String, _ zh: String, _ en: String) {
        guard let ok else { return }
        checked.append(what)
        if !ok { fails.append(zh); failsEn.append(en) }
      }
      if t.contains("书面") { require(f.flag("书面委托"), "书面委托", "未书面委托", "not in writing") }
      if t.contains("近亲属") || t.contains("家庭成员"), let r = f.text["亲属关系"]?.trimmingSpaces() {
        require(near.contains(r), "亲属关系", "\(r)不是近亲属（《中华人民共和国民法典》第一千零四十五条）", "“\(r)” is not a near relative (Civil Code art. 1045)")
      }
      if t.contains("有选举权") { require(f.flag("受托人有选举权"), "受托人有选举权", "受托人没有选举权", "the holder may not vote") }
      if t.contains("同一户") || t.contains("同户") { require(f.flag("受托人同户"), "受托人同户", "受托人不在同一户", "the holder is not of the same household") }
      if t.contains("完全民事行为能力") { require(f.flag("受托人完全民事行为能力"), "受托人完全民事行为能力", "受托人不具有完全民事行为能力", "the holder lacks full civil capacity") }
      if let n = limit?.low.wholeValue, let held = try f.count("受托人数") {
        require(held <= n, "受托人数", "受托 \(held) 人，超过上限 \(n) 人", "holds \(held) proxies, more than \(n)")
      }
      let rule = [text, limit.map { "每人受托不超过\($0.text)" }].compactMap { $0 }.joined(separator: "；")
      let ruleEn = [text.map { "by written proxy: “\($0)”" }, limit.map { "at most \($0.low.wholeValue ?? 0) proxies per holder" }].compactMap { $0 }.joined(separator: "; ")
      if !fails.isEmpty { valid = false }
      let zh = fails.isEmpty ? (checked.isEmpty ? "未给出要核对的事实" : "已核对：" + checked.joined(separator: "、")) : fails.joined(separator: "；")
      let en = failsEn.isEmpty ? (checked.isEmpty ? "no fact to check was given" : "checked: " + checked.map { DecisionFactNames.english($0) }.joined(separator: ", ")) : failsEn.joined(separator: "; ")
      conds.append(DecisionCondition(what: .init(zh: "委托投票", en: "proxy vote"), rule: rule, source: source, basis: basis, met: fails.isEmpty,
                                     arithmetic: .init(zh: zh, en: en), ruleEn: ruleEn))
    }
    return Self.result(valid ? "委托有效" : "委托无效", conds, en: valid ? "the proxy is valid" : "the proxy is invalid")
  }

  /// The proxy rules (`委托`, `受托上限`) of `body` and of its ballot procedure (a procedure named or labelled with the
  /// body's name), in lookup order: what `proxy` checks and `--need` lists.
  func proxyRules(_ body: String, from doc: Int) -> [(doc: Int, text: String?, limit: Quantity?, location: Location)] {
    var out = [(doc: Int, text: String?, limit: Quantity?, location: Location)]()
    for d in workspace.lookupOrder(from: doc) {
      let c = workspace.charters[d]
      for b in c.bodies where b.name == body && (b.proxy != nil || b.proxyLimit != nil) { out.append((d, b.proxy, b.proxyLimit, b.location)) }
      for p in c.procedures where p.proxy != nil || p.proxyLimit != nil {
        let names = [p.name] + (p.label.map { [$0] } ?? [])
        if names.contains(where: { $0 == body || $0.hasPrefix(body) }) { out.append((d, p.proxy, p.proxyLimit, p.location)) }
      }
    }
    return out
  }

  // MARK: Re-run elections

  /// Whether seats are left for a 另行选举 (村组法15②: 当选人数不足应选名额的，不足的名额另行选举).
  func rerunNeed(_ body: String, _ f: DecisionFacts, from doc: Int) throws(DecisionFacts.Invalid) -> DecisionAnswer {
    guard let seats = try f.count("应选名额"), let elected = try f.count("当选人数") else { return Self.missing(facts: ["应选名额", "当选人数"], f) }
    if elected > seats { throw DecisionFacts.Invalid(message: "当选人数 > 应选名额") }
    var source = ("", LegalCitation?.none)
    for d in workspace.lookupOrder(from: doc) {
      if let p = workspace.charters[d].procedures.first(where: { $0.steps.contains { $0.name == "另行选举" } }) { source = sourceName(d, p.location); break }
    }
    let left = seats - elected
    let c = DecisionCondition(what: .init(zh: "另行选举", en: "second ballot"), rule: "当选人数不足应选名额的，不足的名额另行选举", source: source.0, basis: source.1, met: left > 0,
                              arithmetic: .init(zh: "应选 \(seats) 名，当选 \(elected) 名，不足 \(left) 名", en: "\(seats) seats, \(elected) elected: \(left) left"),
                              ruleEn: "seats left unfilled go to a second ballot")
    return Self.result(left > 0 ? "应当另行选举" : "无须另行选举", [c], en: left > 0 ? "a second ballot must be held for \(left) seat(s)" : "no second ballot is needed")
  }

  // MARK: Eligibility

  /// 村组法13: the age on the election day from the birth date (the 18th birthday is the corresponding day,
  /// 民法典202; on that day the 18 years are 届满, 1259), the years of residence from 居住开始日期, then the
  /// higher law's own rules of the article (the `@权利` lines whose 内容 is the right to vote or the registration).
  func eligibility(_ body: String, _ f: DecisionFacts, from doc: Int) throws(DecisionFacts.Invalid) -> DecisionAnswer {
    guard let birth = try f.date("出生日期"), let day = try f.date("选举日期") else { return Self.missing(facts: ["出生日期", "选举日期"], f) }
    var age = day.year - birth.year
    if Self.adding(years: age, to: birth) > day { age -= 1 }
    var values = [String: Value]()
    values["年龄"] = .number(Rational(age), unit: nil, raw: "\(age)")
    values["被剥夺政治权利"] = .name(f.flag("被剥夺政治权利") == true ? "是" : "否")
    for n in ["户籍在本村", "在本村居住", "本人表示参加选举", "本人申请参加选举", "经会议同意参加选举"] {
      if let b = f.flag(n) { values[n] = .name(b ? "是" : "否") }
    }
    var resided: Int?
    if let start = try f.date("居住开始日期") {
      var y = day.year - start.year
      if Self.adding(years: y, to: start) > day { y -= 1 }
      resided = max(0, y)
      values["在本村居住年限"] = .number(Rational(max(0, y)), unit: nil, raw: "\(max(0, y))")
    }
    let registration = f.has("户籍在本村")
    let want = registration ? "参加选举的村民名单" : "选举权"
    var found: [(Rule, Int, Int)] = []
    for d in workspace.lookupOrder(from: doc) {
      for (i, r) in workspace.charters[d].rules.enumerated() where r.kind == .right && (r.content ?? "").contains(want) && (registration || (r.content ?? "").contains("被选举权")) {
        found.append((r, d, i))
      }
    }
    guard !found.isEmpty else { return Self.missing(["选举权的规则"]) }
    let birthday = Self.adding(years: 18, to: birth)
    var conds = [DecisionCondition]()
    let birthDetail = LocalizedText(zh: "出生 \(birth)，十八周岁生日 \(birthday)，选举日 \(day)：\(age) 周岁" + (resided.map { "；在本村居住 \($0) 年" } ?? ""),
                                    en: "born \(birth.iso), 18th birthday \(birthday.iso), election day \(day.iso): aged \(age)" + (resided.map { "; resident \($0) year(s)" } ?? ""))
    var applies = false, undecided = Set<String>()
    let facts = Facts(values)
    for (r, d, i) in found {
      let results = Applicability(workspace).evaluate([d], facts: facts, asOf: day).filter { $0.document == d && $0.rule == i }
      guard let res = results.first else { continue }
      let (source, basis) = sourceName(d, r.location)
      var met: Bool?
      switch res.standing {
      case .applies: met = true; applies = true
      case .notApplies, .overridden: met = false
      case .dependsOn(let m): met = nil; undecided.formUnion(m)
      }
      conds.append(DecisionCondition(what: .init(zh: registration ? "选民登记" : "选举权", en: registration ? "registration" : "the right to vote"),
                                     rule: r.label.map { "【\($0)】" } ?? (r.content ?? ""), source: source, basis: basis, met: met, arithmetic: birthDetail,
                                     ruleEn: r.label.map { "“【\($0)】”" } ?? "“\(r.content ?? "")”"))
    }
    // The attributes the rules count are asked for as the facts they are computed from.
    undecided = Set(undecided.map { $0 == "在本村居住年限" ? "居住开始日期" : $0 == "年龄" ? "出生日期" : $0 })
    if !applies && !undecided.isEmpty {
      return DecisionAnswer(outcome: .undecided(undecided.sorted()), conditions: conds,
                            conclusion: .init(zh: "无法回答：还需要" + undecided.sorted().joined(separator: "、"), en: "cannot answer: give " + undecided.sorted().map { DecisionFactNames.english($0) }.joined(separator: ", ")))
    }
    if registration { return Self.result(applies ? "可以登记参加选举" : "不能登记参加选举", conds, en: applies ? "may be registered to vote" : "may not be registered") }
    return Self.result(applies ? "有选举权" : "无选举权", conds, en: applies ? "has the right to vote" : "has no right to vote")
  }

  // MARK: Histories

  /// Whether the dates cover every period a frequency names (每月, 每季度, 每半年, 每年) over the years examined.
  static func missingPeriods(_ dates: [Day], _ frequency: String, from y0: Int, to y1: Int) -> [LocalizedText]? {
    let size: Int, name: (Int, Int) -> LocalizedText
    if frequency.contains("月") { size = 1; name = { y, p in .init(zh: "\(y)年\(p + 1)月", en: "\(y)-\(p + 1 < 10 ? "0" : "")\(p + 1)") } }
    else if frequency.contains("季") { size = 3; name = { y, p in .init(zh: "\(y)年第\(p + 1)季度", en: "\(y) Q\(p + 1)") } }
    else if frequency.contains("半年") { size = 6; name = { y, p in .init(zh: "\(y)年\(p == 0 ? "上" : "下")半年", en: "\(y) H\(p + 1)") } }
    else if frequency.contains("年") { size = 12; name = { y, _ in .init(zh: "\(y)年", en: "\(y)") } }
    else { return nil }
    let held = Set(dates.map { $0.year * (12 / size) + ($0.month - 1) / size })
    var out = [LocalizedText]()
    for y in y0...y1 { for p in 0..<(12 / size) where !held.contains(y * (12 / size) + p) { out.append(name(y, p)) } }
    return out
  }

  /// 会期 as a history of dates: a body's `@会期` (成员大会 每年至少一次, 村民代表会议 每季度一次) or a procedure
  /// step's `会期` (民主评议 每年至少一次, 村组法33), against `举行日期` over 起始年份–截止年份.
  func history(_ body: String, _ f: DecisionFacts, from doc: Int) throws(DecisionFacts.Invalid) -> DecisionAnswer {
    guard let dates = try f.dates("举行日期"), let y0 = try f.count("起始年份"), let y1 = try f.count("截止年份") else {
      return Self.missing(["举行日期", "起始年份", "截止年份"])
    }
    var rules: [(String, (String, LegalCitation?))] = []
    let found = self.body(body, from: doc)
    for (b, d) in [found, statuteBody(body, besides: found?.1)].compactMap({ $0 }) { if let s = b.sessions { rules.append((s, sourceName(d, b.location))) } }
    if rules.isEmpty {
      for d in workspace.lookupOrder(from: doc) {
        for p in workspace.charters[d].procedures where p.name.contains(body) || (p.label ?? "").contains(body) || p.steps.contains(where: { $0.name == body }) {
          for s in p.steps { if let x = s.sessions { rules.append((x, sourceName(d, p.location))) } }
        }
      }
    }
    guard !rules.isEmpty else { return Self.missing(["会期"]) }
    var conds = [DecisionCondition](), ok = true
    for (freq, (source, basis)) in rules {
      guard let missing = Self.missingPeriods(dates, freq, from: y0, to: y1) else { continue }
      if !missing.isEmpty { ok = false }
      conds.append(DecisionCondition(what: .init(zh: "会期", en: "sessions"), rule: freq, source: source, basis: basis, met: missing.isEmpty,
                                     arithmetic: .init(zh: "\(y0)年至\(y1)年，举行 \(dates.count) 次" + (missing.isEmpty ? "，每期都有" : "；没有举行：" + missing.map(\.zh).joined(separator: "、")),
                                                       en: "\(y0) to \(y1), held \(dates.count) time(s)" + (missing.isEmpty ? ": every period has one" : "; none in: " + missing.map(\.en).joined(separator: ", "))),
                                     ruleEn: Glossary.frequency(freq)))
    }
    guard !conds.isEmpty else { return Self.missing(["会期"]) }
    return Self.result(ok ? "符合" : "不符合", conds, en: ok ? "complies" : "does not comply")
  }

  // MARK: Publicity as dates, 公示 periods

  /// 村务公开 (村组法30) with the day of the last publication: 每季度 is met while the quarter of 查询日期 is the
  /// last publication's quarter or the next one (no whole quarter without one); 每月 likewise by months.
  func publicityByDates(_ f: DecisionFacts, from doc: Int) throws(DecisionFacts.Invalid) -> DecisionAnswer {
    guard let last = try f.date("上次公布日期"), let asked = try f.date("查询日期") else { return Self.missing(facts: ["上次公布日期", "查询日期"], f) }
    var category = f.text["事项类别"] ?? "一般事项"
    if category.contains("财务") && f.flag("集体财务往来较多") != true { category = "一般事项" }
    var found: (Publicity, Int)?
    for d in workspace.lookupOrder(from: doc) {
      if let p = workspace.charters[d].publicities.first(where: { ($0.what + ($0.content ?? "")).contains(category.prefix(2)) && $0.frequency != nil }) { found = (p, d); break }
    }
    guard let (p, d) = found, let freq = p.frequency else { return Self.missing(["公开规则"]) }
    if freq.contains("随时") || freq.contains("及时") { return Self.missing(["公布方式"]) }
    let size = freq.contains("月") ? 1 : freq.contains("季") ? 3 : freq.contains("半年") ? 6 : 12
    let index = { (x: Day) in x.year * (12 / size) + (x.month - 1) / size }
    let gap = index(asked) - index(last)
    let ok = gap <= 1
    let (source, basis) = sourceName(d, p.location)
    let c = DecisionCondition(what: .init(zh: "村务公开", en: "publicity"), rule: "\(p.what)：\(freq)", source: source, basis: basis, met: ok,
                              arithmetic: .init(zh: "上次公布 \(last)，所问日期 \(asked)：" + (ok ? "本期或上一期已公布" : "其间有 \(gap - 1) 个整期没有公布"),
                                                en: "last published \(last.iso), asked on \(asked.iso): " + (ok ? "published in this period or the last" : "\(gap - 1) whole period(s) without a publication")),
                              ruleEn: "“\(p.what)”: \(Glossary.frequency(freq))")
    return Self.result(ok ? "符合" : "不符合", [c], en: ok ? "complies" : "does not comply")
  }

  /// 公示 for N days (a matter's or a step's `公示`): met when the last day posted minus the first is at least N
  /// (民法典201: the first day is not counted; 203②: the last day runs to 24:00).
  func posting(_ matter: String?, _ f: DecisionFacts, from doc: Int) throws(DecisionFacts.Invalid) -> DecisionAnswer {
    guard let start = try f.date("公示开始日期"), let end = try f.date("公示结束日期") else { return Self.missing(facts: ["公示开始日期", "公示结束日期"], f) }
    var rule: (Quantity, (String, LegalCitation?))?
    if let m = matter {
      if let (mt, d) = self.matter(m, from: doc), let q = mt.publicNotice { rule = (q, sourceName(d, mt.location)) }
      else {
        for d in workspace.lookupOrder(from: doc) where rule == nil {
          for p in workspace.charters[d].procedures { if let s = p.steps.first(where: { $0.name == m && $0.publicNotice != nil }), let q = s.publicNotice { rule = (q, sourceName(d, p.location)) } }
        }
      }
    }
    guard let (q, (source, basis)) = rule, let n = q.low.wholeValue else { return Self.missing(["公示期"]) }
    let days = end.ordinal - start.ordinal
    let ok = days >= n
    let c = DecisionCondition(what: .init(zh: "公示期", en: "notice period"), rule: "公示\(q.text)", source: source, basis: basis, met: ok,
                              arithmetic: .init(zh: "公示结束日期 \(end) − 公示开始日期 \(start) = \(days) 日，须不少于 \(n) 日（开始之日不计入）",
                                                en: "“公示结束日期” \(end.iso) − “公示开始日期” \(start.iso) = \(days) days; at least \(n) (the first day not counted)"),
                              ruleEn: "posted for \(n) days")
    return Self.result(ok ? "公示期已满" : "公示期不足", [c], en: ok ? "the notice period is complete" : "the notice period is too short")
  }

  // MARK: Effective dates

  /// The day a document's rules count from: its `@施行` (for an amended law whose excerpt is the current
  /// version, `@修正` lines present, its first `@通过`), else its `@通过`.
  func inForce(_ d: Int, on day: Day) -> (Bool, Day?) {
    let c = workspace.charters[d]
    let from = !c.amendments.isEmpty ? (c.adopted?.date ?? c.effective) : (c.effective ?? c.adopted?.date)
    if let r = c.repealed, day >= r { return (false, from) }
    guard let from else { return (true, nil) }
    return (day >= from, from)
  }

  /// The document a requirement comes from: the statute its citation names, else the charter whose title
  /// its source is (本规约: the document asked).
  func document(of r: Requirement, from doc: Int) -> Int {
    if let b = r.basis, let d = workspace.charters.indices.first(where: { workspace.charters[$0].title == b.law }) { return d }
    if let d = workspace.charters.indices.first(where: { workspace.charters[$0].title.map { "《\($0)》" } == r.source }) { return d }
    return doc
  }

  // MARK: Stand-ins

  /// The bodies (of any loaded document) named `name` that say who may stand in for them (`代行`).
  func standIns(for name: String) -> [(Body, Int)] {
    var out = [(Body, Int)]()
    for d in workspace.charters.indices { for b in workspace.charters[d].bodies where b.name == name && !b.standIn.isEmpty { out.append((b, d)) } }
    return out
  }

  /// Whether `body` stands in for one of `deciders` (集体经济组织法64): nil when it does not stand in for any;
  /// else the answer, with its condition fact (`代行条件`) read from the facts.
  func standIn(_ body: String, for deciders: [String], matter: String, _ f: DecisionFacts?) -> DecisionAnswer? {
    for name in deciders {
      for (b, d) in standIns(for: name) where b.standIn.contains(where: { $0.name == body }) {
        // Cited at the article on standing in (集体经济组织法64【村民委员会代行职能】), else where the body stands.
        let at = workspace.charters[d].articles.firstIndex { ($0.label ?? "").contains("代行") }
        let (source, basis) = at.map { sourceName(d, Location(article: $0)) } ?? sourceName(d, b.location)
        let fact = b.standInCondition?.trimmingSpaces() ?? ""
        let holds: Bool? = fact.isEmpty ? true : f?.flag(fact)
        let rule = "\(b.standIn.map(\.name).joined(separator: "、"))代行\(name)" + (fact.isEmpty ? "" : "（\(fact)）")
        let ruleEn = b.standIn.map { "“\($0.name)”" }.joined(separator: " or ") + " stand in for “\(name)”" + (fact.isEmpty ? "" : " (when “\(fact)”)")
        guard let holds else {
          let c = DecisionCondition(what: .init(zh: "代行", en: "standing in"), rule: rule, source: source, basis: basis, met: nil,
                                    arithmetic: .init(zh: "\(body)只在\(fact)时代行\(name)", en: "“\(body)” stands in for “\(name)” only when “\(fact)”"), ruleEn: ruleEn)
          return DecisionAnswer(outcome: .undecided([fact]), conditions: [c], conclusion: .init(zh: "须说明：\(fact)=是 或 否", en: "state whether “\(fact)” (--fact \(fact)=是 or 否)"))
        }
        let c = DecisionCondition(what: .init(zh: "代行", en: "standing in"), rule: rule, source: source, basis: basis, met: holds,
                                  arithmetic: .init(zh: holds ? "\(fact)：\(body)代行\(name)决定「\(matter)」" : "已设立集体经济组织，「\(matter)」由\(name)决定，\(body)不能代行",
                                                    en: holds ? "“\(fact)”: “\(body)” decides “\(matter)” in place of “\(name)”" : "the organisation exists: “\(matter)” is for “\(name)”; “\(body)” may not stand in"),
                                  ruleEn: ruleEn)
        return Self.result(holds ? "有权决定" : "无权决定", [c], en: holds ? "may decide (standing in)" : "may not decide")
      }
    }
    return nil
  }
}
