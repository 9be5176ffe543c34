import WeifaBase
import WeifaSemantics

// MARK: - What applies to a person

/// A rule's standing for one person.
package enum Standing: Sendable, Equatable {
  case applies
  case notApplies
  case dependsOn(Set<String>)
  /// Switched off by an exception or a rule that takes priority.
  case overridden(by: LocalizedText)
}

package struct RuleResult: Sendable {
  package var document: Int
  package var rule: Int
  package var standing: Standing
  package var reasons: [LocalizedText]
  /// The `@参照` (index into `Charter.referrals`) through which the rule applies, when its own
  /// 主体 does not reach the person.
  package var via: Int? = nil
}

/// "What applies to me": every rule of the documents, for these facts.
package struct Applicability {
  package let workspace: Workspace
  package init(_ workspace: Workspace) { self.workspace = workspace }

  /// The label that names a rule: its own, else its article's.
  package static func labels(_ r: Rule, _ c: Charter) -> Set<String> { r.labels(in: c) }

  /// Evaluates every rule of `docs` for `facts` on `date` (rules not yet in force or repealed are left out).
  package func evaluate(_ docs: [Int], facts: Facts, asOf date: Day? = nil) -> [RuleResult] {
    var out = [RuleResult]()
    for d in docs {
      let c = workspace.charters[d]
      let ev = Evaluator(workspace, document: d)
      var results = [RuleResult]()
      for (i, r) in c.rules.enumerated() {
        if let date {
          if let e = r.effective ?? c.effective, date < e { continue }
          if let x = r.repealed ?? c.repealed, date >= x { continue }
        }
        var reasons = [LocalizedText]()
        var truths = [Truth]()
        for e in [r.reach(in: c), r.condition].compactMap({ $0 }) {
          let (t, why) = ev.eval(e, facts)
          truths.append(t)
          reasons += why
        }
        // Through a @参照: the rule's own 主体 does not reach the person, the 参照's does.
        var via: Int?
        if Truth.and(truths) == .yes, !r.referrals.isEmpty, let own = r.subject, ev.eval(own, facts).0 != .yes {
          for k in r.referrals {
            guard let who = c.referrals[k].who, ev.eval(who, facts).0 == .yes else { continue }
            via = k
            break
          }
        }
        var standing: Standing
        switch Truth.and(truths) {
        case .yes: standing = .applies
        case .no: standing = .notApplies
        case .unknown(let m): standing = .dependsOn(m)
        }
        if standing == .applies, let ex = r.exceptCondition {
          let (t, why) = ev.eval(ex, facts)
          switch t {
          case .yes:
            standing = .overridden(by: .init(zh: "除外：" + why.map(\.zh).joined(separator: "，"), en: "the exception: " + why.map(\.en).joined(separator: ", ")))
            reasons += why
          case .unknown(let m): standing = .dependsOn(m)
          case .no: break
          }
        }
        results.append(RuleResult(document: d, rule: i, standing: standing, reasons: reasons, via: via))
      }
      // Exceptions by label and priorities: an applying rule switches off the rules it overrides,
      // and a rule whose 除外 names an applying rule is switched off.
      for x in results.indices where results[x].standing == .applies {
        let rx = c.rules[results[x].rule]
        for y in results.indices where y != x && results[y].standing == .applies {
          let ry = c.rules[results[y].rule]
          let yNames = Applicability.labels(ry, c)
          if rx.overrides.contains(where: { $0.label.map(yNames.contains) == true }) {
            results[y].standing = .overridden(by: Applicability.name(rx, c))
          }
          if ry.exceptLabels.contains(where: { Applicability.labels(rx, c).contains($0.name) }) {
            results[y].standing = .overridden(by: Applicability.name(rx, c))
          }
        }
      }
      out += results
    }
    return out
  }

  /// A rule as a reason names it: 第十二条的【高龄补贴】; in English, art. 12 【高龄补贴】.
  static func name(_ r: Rule, _ c: Charter) -> LocalizedText {
    let label = r.label.map { "【\($0)】" } ?? "@\(r.kind.rawValue)"
    let number = r.location.article.map { c.articles[$0].written ?? c.articles[$0].number }
    return .init(zh: ConflictChecks.describe(r, c), en: (number.map { "art. \($0) " } ?? "") + label)
  }

  /// The few attributes that would settle the most undecided rules, most decisive first.
  package static func nextQuestions(_ results: [RuleResult], limit: Int = 3) -> [String] {
    var count = [String: Int]()
    for r in results { if case .dependsOn(let m) = r.standing { for a in m { count[a, default: 0] += 1 } } }
    return count.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(limit).map(\.key)
  }
}

// MARK: - Votes

/// The counts of a meeting. Members are the body's membership (its 组成人员 for a 代表会议).
package struct VoteCounts: Sendable {
  package var members: Int?
  package var households: Int?
  package var present: Int?
  package var presentHouseholds: Int?
  package var yes: Int?
  /// 村民代表总数 and the representatives among those in favour (赞成代表数): the base of 全体代表.
  package var representatives: Int?
  package var yesRepresentatives: Int?
  /// The whole assembly (十八周岁以上村民) when the meeting is a representative one: the base of 全体.
  package var assembly: Int?
  /// Whether the meeting is a representative one (its members are not the assembly).
  package var representative = false
  package init(members: Int? = nil, households: Int? = nil, present: Int? = nil, presentHouseholds: Int? = nil, yes: Int? = nil) {
    self.members = members; self.households = households; self.present = present; self.presentHouseholds = presentHouseholds; self.yes = yes
  }
}

/// One requirement checked, with its arithmetic.
package struct Requirement: Sendable {
  package var what: String          // 法定人数 / 表决
  package var rule: String          // 成员 过半数 或 户 三分之二以上
  package var source: String        // 本规约 / 《法》第X条
  package var met: Bool?
  package var arithmetic: [String]  // 需到会至少 602 人，实到 590 人
  /// The same, as numbers: one per alternative of the rule.
  package var terms: [TermCount] = []
  /// Whether this is the quorum (else the vote).
  package var isQuorum: Bool { what == "法定人数" }
  /// The statute the requirement comes from; nil when it is the charter's own (`source` is its title).
  package var basis: LegalCitation? = nil
  /// The alternatives of the rule, as written (the resident page computes them itself).
  package var thresholdTerms: [ThresholdTerm] = []
}

/// One alternative of a decision rule against the counts: at least `need` of the `total`
/// (nil when a count was not given).
package struct TermCount: Sendable {
  package enum Count: String, Sendable { case present, presentHouseholds, yes }
  package enum Total: String, Sendable { case members, households, present }
  package var rule: String          // 成员 过半数
  package var count: Count
  package var total: Total
  package var of: Int?
  package var need: Int?
  package var actual: Int?
  package var met: Bool? { guard let need, let actual else { return nil }; return actual >= need }
}

package struct Decision: Sendable {
  package var body: String
  package var matter: String?
  package var requirements: [Requirement]
  /// nil when a count needed to decide was not given.
  package var stands: Bool? {
    if requirements.contains(where: { $0.met == false }) { return false }
    if requirements.contains(where: { $0.met == nil }) { return nil }
    return true
  }
}

package struct Decider {
  package let workspace: Workspace
  package init(_ workspace: Workspace) { self.workspace = workspace }

  /// The body named `name` as declared in `doc`, its bundle, or the documents above it.
  package func body(_ name: String, from doc: Int) -> (Body, Int)? { workspace.body(named: name, from: doc) }

  package func matter(_ name: String, from doc: Int) -> (Matter, Int)? { workspace.matter(named: name, from: doc) }

  /// Whether the meeting was quorate and the decision passed, under the charter's rules and the
  /// statute's floor, each shown with its arithmetic.
  package func decide(body name: String, matter: String?, counts: VoteCounts, from doc: Int) -> Decision {
    var reqs = [Requirement]()
    let declared = body(name, from: doc)
    let source = declared.map { workspace.charters[$0.1].title.map { "《\($0)》" } ?? "本规约" } ?? ""
    let m = matter.flatMap { self.matter($0, from: doc) }
    if let (b, _) = declared {
      if let q = b.quorum { reqs.append(requirement("法定人数", q.terms, q.text, source, counts, quorum: true)) }
      var vote = b.vote
      if let mname = matter, let s = b.special.first(where: { $0.label == mname || $0.label == m?.0.label || $0.label == m?.0.name }) {
        vote = s.threshold
      }
      if let mv = m?.0.vote { vote = mv }
      if let v = vote { reqs.append(requirement("表决", v.terms, v.text, source, counts, quorum: false)) }
    }
    // The statute's floor: the higher law's own body of that name (集体经济组织法27/28/31 as much as
    // 村组法22), shown once — not again when the body asked about is the statute's; the built-in
    // table only when no higher law declaring it is loaded.
    let statute = workspace.charters.indices.lazy.filter { self.workspace.charters[$0].isHigherLaw }
      .compactMap { d in self.workspace.charters[d].bodies.first(where: { $0.name == name }).map { ($0, d) } }.first
    if let (sb, sd) = statute {
      if declared?.1 != sd {
        let cite = statuteCitation(sd, sb.location)
        if let q = sb.quorum { reqs.append(requirement("法定人数", q.terms, q.text, cite.chinese, counts, quorum: true, basis: cite)) }
        if let v = sb.vote { reqs.append(requirement("表决", v.terms, v.text, cite.chinese, counts, quorum: false, basis: cite)) }
      } else {
        let cite = statuteCitation(sd, sb.location)
        for i in reqs.indices { reqs[i].source = cite.chinese; reqs[i].basis = cite }
      }
    } else if let f = StatutoryFloor.forBody(name) {
      reqs.append(requirement("法定人数", f.quorum, f.quorum.map(\.text).joined(separator: " 或 "), f.basis.chinese, counts, quorum: true, basis: f.basis))
      reqs.append(requirement("表决", f.vote, f.vote.map(\.text).joined(separator: " 或 "), f.basis.chinese, counts, quorum: false, basis: f.basis))
    }
    // The matter's floor: the statute's matter of that name, unless it is the matter already used.
    if let mname = matter {
      let sm = workspace.charters.indices.lazy.filter { self.workspace.charters[$0].isHigherLaw }
        .compactMap { d in self.workspace.charters[d].matters.first(where: { $0.name == (m?.0.name ?? mname) }).map { ($0, d) } }.first
      if let (smt, sd) = sm, let v = smt.vote {
        if m?.1 != sd {
          let cite = statuteCitation(sd, smt.location)
          reqs.append(requirement("表决", v.terms, v.text, cite.chinese, counts, quorum: false, basis: cite))
        } else if let i = reqs.lastIndex(where: { !$0.isQuorum && $0.rule == v.text }) {
          let cite = statuteCitation(sd, smt.location)
          reqs[i].source = cite.chinese; reqs[i].basis = cite
        }
      } else if sm == nil, let mf = StatutoryFloor.matterVote(m?.0.name ?? mname) {
        reqs.append(requirement("表决", mf.terms, mf.terms.map(\.text).joined(separator: " 或 "), mf.basis.chinese, counts, quorum: false, basis: mf.basis))
      }
    }
    return Decision(body: name, matter: matter, requirements: reqs)
  }

  /// The article of the higher law `doc` a body or matter stands in.
  func statuteCitation(_ doc: Int, _ loc: Location) -> LegalCitation {
    let c = workspace.charters[doc]
    return LegalCitation(law: c.title ?? c.file.path, article: loc.article.map { c.articles[$0].written ?? c.articles[$0].number })
  }

  /// One rule (alternatives joined by 或) against the counts.
  func requirement(_ what: String, _ terms: [ThresholdTerm], _ text: String, _ source: String, _ counts: VoteCounts, quorum: Bool, basis: LegalCitation? = nil) -> Requirement {
    var arithmetic = [String]()
    var numbers = [TermCount]()
    var results = [Bool?]()
    for t in terms {
      var (count, total, countName, totalName): (Int?, Int?, String, String)
      switch (t.base?.pool ?? (quorum ? .membership : .attendance), quorum) {
      case (.membership, true): (count, total, countName, totalName) = (counts.present, counts.members, "到会", "成员")
      case (.households, true): (count, total, countName, totalName) = (counts.presentHouseholds, counts.households, "到会户", "户")
      case (.attendance, true): (count, total, countName, totalName) = (counts.present, counts.present, "到会", "到会")
      case (.membership, false): (count, total, countName, totalName) = (counts.yes, counts.members, "赞成", "成员")
      case (.households, false): (count, total, countName, totalName) = (counts.yes, counts.households, "赞成", "户")
      case (.attendance, false): (count, total, countName, totalName) = (counts.yes, counts.present, "赞成", "到会")
      }
      if !quorum, t.base == .allRepresentatives {
        // 全体代表 is its own base (村民代表总数), never the membership in disguise: without it the term is not known.
        (count, total, countName, totalName) = (counts.representatives == nil ? nil : counts.yesRepresentatives ?? counts.yes, counts.representatives, "赞成代表", "全体代表")
      } else if !quorum, t.base == .all, counts.representative {
        (total, totalName) = (counts.assembly, "全体成员")
      }
      let kinds: (TermCount.Count, TermCount.Total) = (countName == "到会" ? .present : countName == "到会户" ? .presentHouseholds : .yes,
                                                       totalName == "成员" ? .members : totalName == "户" ? .households : .present)
      var number = TermCount(rule: t.text, count: kinds.0, total: kinds.1, of: total, need: nil, actual: count)
      if let n = total { number.need = t.fraction.minimumCount(of: n, strict: t.strict) }
      numbers.append(number)
      guard let c = count, let n = total else {
        arithmetic.append("「\(t.text)」需要\(countName)和\(totalName)的人数")
        results.append(nil)
        continue
      }
      let need = t.fraction.minimumCount(of: n, strict: t.strict)
      let ok = c >= need
      arithmetic.append("「\(t.text)」：\(totalName)\(n)，需\(countName)至少\(need)，实为\(c)，\(ok ? "达到" : "未达到")")
      results.append(ok)
    }
    // An alternative whose counts were not given is not met, as long as some alternative could be
    // counted: a meeting counted by heads does not pass by households nobody counted.
    let met: Bool? = results.contains(true) ? true : (results.allSatisfy { $0 == nil } ? nil : false)
    return Requirement(what: what, rule: text, source: source, met: met, arithmetic: arithmetic, terms: numbers, basis: basis, thresholdTerms: terms)
  }
}

// MARK: - Routing

package struct Route: Sendable {
  package var matter: Matter
  package var document: Int
  package var procedures: [(Procedure, Int)]
}

extension Decider {
  package func route(_ name: String, from doc: Int) -> Route? {
    guard let (m, d) = matter(name, from: doc) else { return nil }
    var procs = [(Procedure, Int)]()
    for ref in m.procedure {
      let target = ref.document.flatMap { workspace.document(named: $0) }
      let docs = target.map { [$0] } ?? ([d] + workspace.bundle(of: d))
      for pd in docs {
        if let p = workspace.charters[pd].procedures.first(where: { $0.label == ref.label || $0.name == ref.label }) { procs.append((p, pd)); break }
      }
    }
    return Route(matter: m, document: d, procedures: procs)
  }
}

// MARK: - Grading

package struct Grade: Sendable {
  /// The score from what is known: 初始 and the 加分/扣分 whose conditions hold.
  package var score: Rational
  package var level: String?
  package var reasons: [LocalizedText]
  /// The facts still open that a 加分, 扣分 or 等级 depends on.
  package var undecided: Set<String>
  /// The least and the greatest score the open facts can still give.
  package var lowest: Rational
  package var highest: Rational
  /// Whether the level follows from what is known: no open fact can change it.
  package var settled: Bool
}

extension Evaluator {
  /// The score and level of a rating for these facts: 初始 plus 加分 minus 扣分, then the first
  /// 等级 (in the order written) whose minimum and condition are met.
  package func grade(_ r: Rating, _ facts: Facts) -> Grade {
    var score = r.initial?.low ?? Rational(0)
    var lowest = score, highest = score
    var reasons = [LocalizedText]()
    var undecided = Set<String>()
    for (rules, sign) in [(r.bonuses, 1), (r.deductions, -1)] {
      for s in rules {
        guard let pts = s.points?.low else { continue }
        let t = s.condition.map { eval($0, facts).0 } ?? .yes
        switch t {
        case .yes:
          score = sign > 0 ? score + pts : score - pts
          lowest = sign > 0 ? lowest + pts : lowest - pts
          highest = sign > 0 ? highest + pts : highest - pts
          reasons.append(.init(zh: "\(s.text)：\(sign > 0 ? "+" : "−")\(pts)", en: "“\(s.text)”: \(sign > 0 ? "+" : "−")\(pts)"))
        case .unknown(let m):
          undecided.formUnion(m)
          if sign > 0 { highest = highest + pts } else { lowest = lowest - pts }
        case .no: break
        }
      }
    }
    // The level at the score known, and whether every score still possible gives the same one.
    func level(at s: Rational) -> (name: String?, open: Set<String>) {
      var withScore = facts
      for n in Scope.scoreNames { withScore.values[n] = .number(s, unit: nil, raw: s.description) }
      var open = Set<String>()
      for l in r.levels {
        if let min = l.minimum?.low, s < min { continue }
        if let c = l.condition {
          let t = eval(c, withScore).0
          if case .unknown(let m) = t { open.formUnion(m); continue }
          if t == .no { continue }
        }
        return (l.name, open)
      }
      return (nil, open)
    }
    let known = level(at: score)
    undecided.formUnion(known.open)
    let settled = known.open.isEmpty && (lowest == highest || (level(at: lowest).name == known.name && level(at: highest).name == known.name
      && r.levels.compactMap { $0.minimum?.low }.allSatisfy { $0 <= lowest || $0 > highest }))
    return Grade(score: score, level: known.name, reasons: reasons, undecided: undecided, lowest: lowest, highest: highest, settled: settled)
  }
}

