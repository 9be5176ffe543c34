import WeifaBase
import WeifaSemantics

extension Decider {
  // MARK: Composition and size

  /// The facts that count a class of members a composition names (村民代表 → 村民代表总数).
  static let classFacts: [(names: [String], fact: String)] = [
    (["村民代表"], "村民代表总数"), (["妇女村民代表", "妇女代表"], "妇女代表"), (["妇女成员", "妇女"], "妇女成员"),
    (["村民委员会成员"], "村委会成员"), (["人数较少的民族的成员"], "人数较少民族成员"),
  ]

  /// A body's composition: its 人数 (3至7人, 不少于21人) and what its structured @组成 says
  /// (`Composition`) — 单数, the members it must have (应当有妇女成员: 村组法6, 人民调解法8), the shares
  /// of the 组成人员 (村组法25: 五分之四, 三分之一), households per representative (五户至十五户) and
  /// the households of the area (城居法6: 一百户至七百户) — the charter's body and the statute's,
  /// both as data; a member of the less numerous ethnic group where several live (村组法6, 城居法7).
  func composition(_ body: String, _ matter: String?, _ f: DecisionFacts, from doc: Int) throws(DecisionFacts.Invalid) -> DecisionAnswer {
    guard let found = self.body(body, from: doc) else { return Self.missing(["机构"]) }
    let all = [found, statuteBody(body, besides: found.1)].compactMap { $0 }
    var conds = [DecisionCondition]()
    var seen = Set<String>()
    func add(_ what: String, _ en: String, _ rule: String, _ ok: Bool, _ zh: String, _ enText: String, _ at: (Body, Int), ruleEn: String? = nil) {
      // The same rule from the charter and the statute is shown once.
      guard seen.insert(what + rule).inserted else { return }
      let (source, basis) = sourceName(at.1, at.0.location)
      conds.append(DecisionCondition(what: .init(zh: what, en: en), rule: rule, source: source, basis: basis, met: ok, arithmetic: .init(zh: zh, en: enText), ruleEn: ruleEn))
    }
    if f.has("户数"), !f.has("组成人员"), !f.has("推选方式"), let h = try f.count("户数"),
       let at = all.first(where: { $0.0.structure?.area != nil }), let area = at.0.structure?.area {
      let ok = h >= area.low && h <= area.high
      add("设立规模", "scale", "一般在\(ChineseNumeral.format(area.low))户至\(ChineseNumeral.format(area.high))户的范围内设立", ok, "\(h) 户", "\(h) households", at,
          ruleEn: "usually set up for \(area.low) to \(area.high) households")
      return Self.result(ok ? "在一般设立范围内" : "不在一般设立范围内", conds, en: ok ? "within the usual scale" : "outside the usual scale")
    }
    if let way = f.text["推选方式"], let at = all.first(where: { $0.0.structure?.perHouseholds != nil }), let per = at.0.structure?.perHouseholds {
      let rule = "每\(ChineseNumeral.format(per.low))户至\(ChineseNumeral.format(per.high))户推选一人"
      if way.contains("小组") {
        add("村民代表推选", "choosing representatives", "由各村民小组推选若干人", true, "按村民小组推选", "chosen by the villagers' groups", at, ruleEn: "several chosen by each villagers' group")
      } else if let n = try f.count("推选户数") {
        add("村民代表推选", "choosing representatives", rule, n >= per.low && n <= per.high, "\(n) 户推选一人", "one per \(n) households", at,
            ruleEn: "one representative per \(per.low) to \(per.high) households")
      } else if let h = try f.count("户数"), let r = try f.count("村民代表总数") {
        let ok = per.low * r <= h && h <= per.high * r
        add("村民代表推选", "choosing representatives", rule, ok, "\(h) 户推选 \(r) 人，须在 \(h)/\(per.high) 至 \(h)/\(per.low) 人之间",
            "\(h) households, \(r) representatives: between \(h)/\(per.high) and \(h)/\(per.low)", at,
            ruleEn: "one representative per \(per.low) to \(per.high) households")
      }
    }
    if let members = try f.count("组成人员") {
      for at in all {
        let (b, d) = at
        if let s = b.size {
          let ok = Rational(members) >= s.low && (s.high.map { Rational(members) <= $0 } ?? true)
          add("人数", "size", s.text, ok, "\(members) 人", "\(members) members", at)
        }
        guard let st = b.structure else { continue }
        if st.odd { add("单数", "odd", "单数成员组成", members % 2 == 1, "\(members) 人", "\(members) members", at, ruleEn: "an odd number of members") }
        for c in st.counts where c.low >= 1 {
          guard let fact = Self.classFacts.first(where: { $0.names.contains(c.name) })?.fact, let n = try f.count(fact) else { continue }
          let ok = n >= c.low && (c.high.map { n <= $0 } ?? true)
          add(c.name, "members: “\(c.name)”", c.low == 1 && c.high == nil ? "应当有\(c.name)" : "\(c.name)\(c.low)人" + (c.high == nil ? "以上" : ""), ok,
              "\(c.name) \(n) 人", "\(n) (\(fact))", at,
              ruleEn: c.low == 1 && c.high == nil ? "must include “\(c.name)”" : "“\(c.name)”: at least \(c.low)" + (c.high.map { ", at most \($0)" } ?? ""))
        }
        for sh in st.shares {
          guard let fact = Self.classFacts.first(where: { $0.names.contains(sh.name) })?.fact, let n = try f.count(fact) else { continue }
          let need = sh.fraction.minimumCount(of: members, strict: sh.strict)
          add("\(sh.name)的比例", "share of \(fact)", "\(sh.name)应当占组成人员的\(sh.text)", n >= need,
              "组成人员 \(members)，需\(sh.name)至少 \(need)，实为 \(n)", "\(members) members: needs \(need) (\(fact)), has \(n)", at,
              ruleEn: "“\(sh.name)”: \(Glossary.rule(sh.text)) of the members")
        }
        // 村组法6 (the rule is prose in a statute's article): a member of the less numerous ethnic group.
        let texts = workspace.charters[d].rules.filter { $0.location.article == b.location.article }.map { ($0.act ?? "") + ($0.content ?? "") } + [b.composition ?? ""]
        if texts.contains(where: { $0.contains("人数较少的民族") }), f.flag("多民族居住") == true, let e = try f.count("人数较少民族成员") {
          add("人数较少的民族的成员", "minority member", "多民族居住的，应当有人数较少的民族的成员", e >= 1, "\(e) 人", "\(e) members", at,
              ruleEn: "where several ethnic groups live, a member of the less numerous group")
        }
        // A woman member the statute states as a rule of the article rather than in @组成.
        if !st.counts.contains(where: { $0.name == "妇女成员" }), texts.contains(where: { $0.contains("应当有妇女成员") }), let w = try f.count("妇女成员") {
          add("妇女成员", "members: “妇女成员”", "应当有妇女成员", w >= 1, "妇女成员 \(w) 人", "\(w) women", at, ruleEn: "must include a woman member")
        }
      }
    }
    guard !conds.isEmpty else { return Self.missing(["组成人员"]) }
    let ok = conds.allSatisfy { $0.met == true }
    return Self.result(ok ? "组成合法" : "组成不合法", conds, en: ok ? "lawfully composed" : "not lawfully composed")
  }

  // MARK: Meetings and ballots

  /// The step of a ballot: the body names a procedure (村民委员会选举); the matter names a matter
  /// with a procedure (罢免村民委员会成员) or one of its steps (另行选举).
  package func ballotStep(_ body: String, _ matter: String?, from doc: Int) -> (Step, Int, recall: Bool)? {
    var procs = [(Procedure, Int)]()
    for d in workspace.lookupOrder(from: doc) {
      for p in workspace.charters[d].procedures where p.label == body || p.name == body || p.label == matter || p.name == matter { procs.append((p, d)) }
    }
    if let m = matter, let (mt, _) = self.matter(m, from: doc), let r = route(mt.name, from: doc) { procs = r.procedures + procs }
    for (p, d) in procs {
      if let m = matter, let s = p.steps.first(where: { $0.name == m }) { return (s, d, false) }
    }
    for (p, d) in procs {
      if let s = p.steps.first(where: { $0.quorum != nil }) { return (s, d, (matter ?? "").contains("罢免") || p.name.contains("罢免")) }
    }
    return nil
  }

  /// A meeting's quorum and vote (the charter's rule and the statute's floor), then competence
  /// for the matter and what it needs after the vote (批准).
  func meeting(_ body: String, _ matter: String?, _ f: DecisionFacts, from doc: Int) throws(DecisionFacts.Invalid) -> DecisionAnswer {
    if self.body(body, from: doc) == nil, let (step, d, recall) = ballotStep(body, matter, from: doc) { return try ballot(step, d, recall: recall, f) }
    var replaced: String?
    if let m = matter, let (mt, _) = self.matter(m, from: doc) {
      let c = competence(body: body, matter: m, authorised: f.flag("已授权") ?? true, facts: f, from: doc)
      if c.outcome == .result("无权决定") { return c }
      // Standing in (集体经济组织法64②): the rules of the body stood in for apply too (参照适用).
      if c.conditions.contains(where: { $0.what.zh == "代行" && $0.met == true }) { replaced = mt.decider.first?.name }
    }
    var counts = VoteCounts()
    switch f.text["会议形式"] ?? "" {
    case "户代表": (counts.households, counts.presentHouseholds) = (try f.count("户数"), try f.count("到会户数"))
    case "小组代表": counts.members = try f.count("小组代表")
    case "全体居民": counts.members = try f.count("十八周岁以上居民")
    default:
      counts.members = try f.first(["成员", "十八周岁以上村民", "十八周岁以上居民", "成员总数", "组成人员"])
      (counts.households, counts.presentHouseholds) = (try f.count("户数"), try f.count("到会户数"))
    }
    // 列席 are never present or voting: with 出席人数 (everyone in the room), 到会 = 出席人数 − 列席.
    let observers = try f.count("列席")
    let attending = try f.count("出席人数")
    counts.present = try f.count("到会")
    if counts.present == nil, let all = attending { counts.present = all - (observers ?? 0) }
    counts.yes = try f.count("赞成")
    counts.representatives = try f.count("村民代表总数")
    counts.yesRepresentatives = try f.count("赞成代表数")
    if f.has("组成人员") { (counts.assembly, counts.representative) = (try f.count("十八周岁以上村民"), true) }
    var d = decide(body: body, matter: matter, counts: counts, from: doc)
    if let other = replaced {
      var c2 = counts
      if let n = try f.count("成员总数") { c2.members = n }
      for r in decide(body: other, matter: matter, counts: c2, from: doc).requirements where !d.requirements.contains(where: { $0.rule == r.rule && $0.source == r.source && $0.what == r.what }) {
        d.requirements.append(r)
      }
    }
    // 决定日期: only the rules of documents in force that day count.
    var notInForce = [DecisionCondition]()
    if let day = try f.date("决定日期") {
      d.requirements = d.requirements.filter { r in
        let (ok, from) = inForce(document(of: r, from: doc), on: day)
        if !ok {
          notInForce.append(DecisionCondition(what: .init(zh: "施行日期", en: "in force"), rule: r.rule, source: r.source, basis: r.basis, met: nil,
                                              arithmetic: .init(zh: "决定日期 \(day) 早于施行日期\(from.map { " \($0)" } ?? "")，此规则不适用", en: "decided on \(day.iso), before it took effect\(from.map { " (\($0.iso))" } ?? ""): not applied")))
        }
        return ok
      }
      if d.requirements.isEmpty && !notInForce.isEmpty {
        return Self.result("尚未施行", notInForce, en: "no rule for this body was in force on that day")
      }
    }
    guard !d.requirements.isEmpty else { return Self.missing(["机构「\(body)」的决定规则"]) }
    var conds = d.requirements.map { r in
      DecisionCondition(what: .init(zh: r.what, en: r.isQuorum ? "quorum" : "vote"), rule: r.rule, source: r.source, basis: r.basis, met: r.met,
                arithmetic: .init(zh: r.arithmetic.joined(separator: "；"), en: r.terms.map { t in "“\(t.rule)”: " + (t.need.map { "needs \($0)" } ?? "not counted") + (t.actual.map { ", is \($0)" } ?? "") }.joined(separator: "; ")))
    }
    conds += notInForce
    if let o = observers {
      let (source, basis) = self.body(body, from: doc).map { sourceName($0.1, $0.0.location) } ?? ("", nil)
      conds.append(DecisionCondition(what: .init(zh: "列席", en: "non-voting attendees"), rule: self.body(body, from: doc)?.0.observers ?? "列席", source: source, basis: basis, met: nil,
                                     arithmetic: .init(zh: "列席 \(o) 人，不计入到会，也不参加表决" + (counts.present.map { "；到会 \($0) 人" } ?? ""),
                                                       en: "\(o) attend without a vote: neither present nor voting" + (counts.present.map { "; present: \($0)" } ?? ""))))
    }
    if d.requirements.contains(where: { $0.isQuorum && $0.met == false }) { return Self.result("不能召开（未达法定人数）", conds, en: "the meeting could not be held (no quorum)") }
    guard let stands = d.stands else { return DecisionAnswer(outcome: .undecided(["到会", "赞成"]), conditions: conds, conclusion: .init(zh: "尚缺人数，无法判断", en: "counts missing")) }
    if !stands { return Self.result("不通过", conds, en: "the motion failed") }
    if let m = matter, let (mt, _) = self.matter(m, from: doc), let who = mt.approval {
      return Self.result("须报批（\(who)）", conds, en: "passed; needs approval by \(who)")
    }
    return Self.result("通过", conds, en: "passed")
  }

  /// An election or recall ballot: the step's 法定人数 counts 参加投票 of 登记选民, its 表决 counts 得票
  /// (or 赞成) of 参加投票 (村组法15, 16).
  func ballot(_ s: Step, _ d: Int, recall: Bool, _ f: DecisionFacts) throws(DecisionFacts.Invalid) -> DecisionAnswer {
    guard let cast = try f.count("参加投票") else { return Self.missing(["参加投票"]) }
    let registered = try f.count("登记选民")
    let votes = try f.first(["得票", "赞成"])
    let source = workspace.charters[d].title.map { "《\($0)》" } ?? ""
    var conds = [DecisionCondition]()
    func count(_ t: ThresholdTerm) -> (Int?, Int?, String, String) {
      switch t.base {
      case .registeredVoters?, .members?: return (cast, registered, "参加投票", "登记选民")
      default: return (votes, cast, recall ? "赞成" : "得票", "参加投票")
      }
    }
    func check(_ t: Threshold, _ what: String) -> Bool? {
      var results = [Bool]()
      for term in t.terms {
        let (c, n, cn, tn) = count(term)
        guard let c, let n else { continue }
        let need = term.fraction.minimumCount(of: n, strict: term.strict)
        results.append(c >= need)
        conds.append(DecisionCondition(what: .init(zh: what, en: what == "法定人数" ? "turnout" : "votes"), rule: term.text, source: source, basis: nil, met: c >= need,
                               arithmetic: .init(zh: "\(tn) \(n)，需\(cn)至少 \(need)，实为 \(c)", en: "\(tn) \(n): needs \(need), is \(c)")))
      }
      return results.isEmpty ? nil : results.contains(true)
    }
    if let q = s.quorum, check(q, "法定人数") == false {
      return Self.result(recall ? "投票无效（参加投票未过半数）" : "选举无效（参加投票未过半数）", conds, en: "the ballot is void (turnout not above half)")
    }
    guard let v = s.vote, let passed = check(v, "表决") else { return Self.missing(["得票"]) }
    var most = f.flag("得票最多") ?? true
    // 得票多的当选 (村组法15②): the candidate's place within the seats of the second ballot.
    let seatsTotal = try f.count("应选名额"), elected = try f.count("当选人数")
    let left: Int? = seatsTotal.flatMap { n in elected.map { n - $0 } }
    if let rank = try f.count("得票名次"), let seats = try f.count("另行选举名额") ?? left {
      most = rank <= seats
      conds.append(DecisionCondition(what: .init(zh: "得票名次", en: "place"), rule: "候选人以得票多的当选", source: source, basis: nil, met: most,
                                     arithmetic: .init(zh: "名次 \(rank)，另行选举名额 \(seats)", en: "place \(rank) of \(seats) seat(s)"), ruleEn: "the most voted are elected"))
    }
    if recall { return Self.result(passed ? "通过" : "不通过", conds, en: passed ? "recalled" : "not recalled") }
    return Self.result(passed && most ? "当选" : "未当选", conds, en: passed && most ? "elected" : "not elected")
  }
}
