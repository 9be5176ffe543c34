import WeifaBase
import WeifaSemantics

/// "What changes for whom" (issue 18): every rule whose 主体, 条件, 除外 or 金额 changed, every
/// body whose quorum, vote, 特别表决, size, term, 提议 or notice changed, every matter whose
/// decider, vote, 公示, 联名, 批准 or 期限 changed, every procedure whose steps changed and every
/// 评定 (rating) whose points or levels changed, with a sample person or vote for which the
/// answer differs. The sample is proposed by the `Solver` (a person in one version's reach and
/// not the other's; for a rating, persons meeting each 加分/扣分/等级 condition) or by searching
/// the counts at each threshold's edge, and the answers on both sides come from the evaluator
/// (`Applicability`, `Decider`, `Evaluator.grade`): a change is reported with a sample only when
/// the two answers really differ. Where the search finds none, `note` says so (never silence).
package struct Impact: Sendable {
  package enum Kind: String, Sendable { case rule, body, matter, procedure, rating }
  package var kind: Kind
  package var name: String
  package var oldCitation: String?
  package var newCitation: String?
  /// The parts that changed, in the charter's words: 主体, 条件, 金额, 法定人数, 表决 …
  package var parts: [String]
  /// The sample person (as `--fact` pairs) or vote (counts), when one shows a difference.
  package var sample: LocalizedText?
  package var before: LocalizedText?
  package var after: LocalizedText?
  /// The facts of the sample person (NAME, VALUE), for `weifa query`.
  package var facts: [(String, String)] = []
  /// Further sample persons with another difference (a rule whose reach and amount both
  /// changed: one who gains it, one whose amount changes).
  package var more: [Sample] = []
  /// Why no sample is shown when the evaluator was asked for one: none found within the search
  /// bounds, or the search skipped (past `maxSampled` rules).
  package var note: LocalizedText?

  /// No sample person or vote within the bounds searched gives a different answer.
  static let noSample = LocalizedText(zh: "在搜索范围内没有找到答案不同的示例", en: "no differing sample found within the search bounds")

  /// One more sample: the person, the answers before and after.
  package struct Sample: Sendable {
    package var sample: LocalizedText
    package var before: LocalizedText
    package var after: LocalizedText
    package var facts: [(String, String)]
  }

  /// The impacts of going from document `od` of `ows` to `nd` of `nws`, aligned by `cmp`.
  package static func of(_ cmp: Comparison, old ows: Workspace, _ od: Int, new nws: Workspace, _ nd: Int) -> [Impact] {
    var out = [Impact]()
    let oc = ows.charters[od], nc = nws.charters[nd]
    out += rules(cmp, oc, nc, ows, od, nws, nd)
    out += bodies(oc, nc, ows, od, nws, nd)
    out += matters(oc, nc, ows, od, nws, nd)
    out += procedures(oc, nc)
    out += ratings(oc, nc, ows, od, nws, nd)
    return out
  }

  // MARK: - Rules

  /// How many changed rules get sample persons (the rest are listed with what changed).
  package static let maxSampled = 300

  /// Rules paired by label (used once on each side), else by article (through the alignment),
  /// kind and place among that article's rules of the kind.
  static func pairRules(_ cmp: Comparison, _ oc: Charter, _ nc: Charter) -> [(Int?, Int?)] {
    func uniqueLabels(_ c: Charter) -> [String: Int] {
      var seen = [String: Int](), twice = Set<String>()
      for (i, r) in c.rules.enumerated() { if let l = r.label { if seen[l] != nil { twice.insert(l) } else { seen[l] = i } } }
      for l in twice { seen[l] = nil }
      return seen
    }
    var newOfOld = [Int: Int]()
    let ol = uniqueLabels(oc), nl = uniqueLabels(nc)
    for (l, i) in ol { if let j = nl[l] { newOfOld[i] = j } }
    var newArticle = [Int: Int]()
    for (o, n) in cmp.alignment.newOf.enumerated() {
      if let n, let a = cmp.alignment.old[o].article, let b = cmp.alignment.new[n].article { newArticle[a] = b }
    }
    // A rule's place: its kind and how many rules of that kind stand before it in its article.
    func places(_ c: Charter) -> [String] {
      var seen = [String: Int]()
      return c.rules.map { r in
        let key = "\(r.location.article ?? -1)|\(r.kind.rawValue)"
        defer { seen[key, default: 0] += 1 }
        return "\(r.kind.rawValue)#\(seen[key] ?? 0)"
      }
    }
    let oldPlaces = places(oc), newPlaces = places(nc)
    let taken = Set(newOfOld.values)
    var byPlace = [String: Int]()
    for j in nc.rules.indices where !taken.contains(j) { if let a = nc.rules[j].location.article { byPlace["\(a)|" + newPlaces[j]] = j } }
    for i in oc.rules.indices where newOfOld[i] == nil && (oc.rules[i].label == nil || nl[oc.rules[i].label!] == nil) {
      guard let a = oc.rules[i].location.article, let b = newArticle[a], let j = byPlace["\(b)|" + oldPlaces[i]] else { continue }
      newOfOld[i] = j
      byPlace["\(b)|" + oldPlaces[i]] = nil
    }
    let matchedNew = Set(newOfOld.values)
    var out = [(Int?, Int?)]()
    for i in oc.rules.indices { out.append((i, newOfOld[i])) }
    for j in nc.rules.indices where !matchedNew.contains(j) { out.append((nil, j)) }
    return out
  }

  static func rules(_ cmp: Comparison, _ oc: Charter, _ nc: Charter, _ ows: Workspace, _ od: Int, _ nws: Workspace, _ nd: Int) -> [Impact] {
    let scope = Scope(nws, nd).merged(with: Scope(ows, od))
    let solver = Solver(scope: scope)
    var out = [Impact]()
    var sampled = 0
    for (i, j) in pairRules(cmp, oc, nc) {
      let o = i.map { oc.rules[$0] }, n = j.map { nc.rules[$0] }
      var parts = [String]()
      if let o, let n {
        if o.reach(in: oc).map(key) != n.reach(in: nc).map(key) { parts.append("主体") }
        if o.condition.map(key) != n.condition.map(key) { parts.append("条件") }
        if o.exceptCondition.map(key) != n.exceptCondition.map(key) || o.exceptLabels.map(\.name) != n.exceptLabels.map(\.name) { parts.append("除外") }
        if o.amount != n.amount { parts.append("金额") }
        if o.kind != n.kind { parts.append("类别") }
        if (o.effective, o.repealed) != (n.effective, n.repealed) { parts.append("施行") }
        let actChanged = Normalize.act(o.act ?? o.content ?? "") != Normalize.act(n.act ?? n.content ?? "")
        if parts.isEmpty && !actChanged { continue }
        if parts.isEmpty {
          // Only what is required (行为) or given (内容) changed: the same people, a different duty.
          var impact = Impact(kind: .rule, name: ruleName(n, nc), oldCitation: o.location.article.map { oc.citation(ofArticle: $0) },
                              newCitation: n.location.article.map { nc.citation(ofArticle: $0) }, parts: [n.act != nil ? "行为" : "内容"])
          if let w = solver.witness([who(n, nc)]) { impact.sample = person(w); impact.facts = w }
          let a = DiffWords.clip(o.act ?? o.content ?? ""), b = DiffWords.clip(n.act ?? n.content ?? "")
          impact.before = .init(zh: "「\(a)」", en: "“\(a)”")
          impact.after = .init(zh: "「\(b)」", en: "“\(b)”")
          out.append(impact)
          continue
        }
      } else {
        parts.append(o == nil ? "新增" : "删除")
      }
      let r = n ?? o!
      var impact = Impact(kind: .rule, name: ruleName(r, n != nil ? nc : oc),
                          oldCitation: o?.location.article.map { oc.citation(ofArticle: $0) },
                          newCitation: n?.location.article.map { nc.citation(ofArticle: $0) }, parts: parts)
      // Candidates: in the old reach and not the new, in the new and not the old, in both.
      let ow = o.map { who($0, oc) }, nw = n.map { who($0, nc) }
      var tries = [[Expr]]()
      switch (ow, nw) {
      case let (a?, b?): tries = [[a, .not(b)], [b, .not(a)], [a, b]]
      case let (a?, nil): tries = [[a]]
      case let (nil, b?): tries = [[b]]
      default: break
      }
      // Each sample asks the evaluator about every rule of both versions: past `maxSampled`
      // changed rules, the rest are listed without samples, so the work stays bounded.
      if sampled >= maxSampled {
        tries = []
        impact.note = .init(zh: "未计算示例：变动的规则超过 \(maxSampled) 条，只为前 \(maxSampled) 条计算", en: "no sample computed: past the first \(maxSampled) changed rules")
      } else { sampled += 1 }
      for t in tries {
        guard let w = solver.witness(t) else { continue }
        let before = i.map { standing(ows, od, $0, w) } ?? .init(zh: "（无此条）", en: "(no such rule)")
        let after = j.map { standing(nws, nd, $0, w) } ?? .init(zh: "（已删除）", en: "(deleted)")
        guard before != after else { continue }
        if impact.sample == nil {
          impact.sample = person(w)
          impact.facts = w
          impact.before = before
          impact.after = after
        } else if impact.before != before || impact.after != after, !impact.more.contains(where: { $0.before == before && $0.after == after }) {
          impact.more.append(Sample(sample: person(w), before: before, after: after, facts: w))
        }
      }
      if impact.sample == nil && impact.note == nil { impact.note = noSample }
      out.append(impact)
    }
    return out
  }

  /// Who a rule reaches: its 主体 (with 参照) and 条件; nil parts are left out.
  static func who(_ r: Rule, _ c: Charter) -> Expr {
    let parts = [r.reach(in: c), r.condition].compactMap { $0 }
    return parts.count == 1 ? parts[0] : .and(parts)
  }

  /// The rule's answer for the sample person, as the evaluator gives it: 适用 with its amount, 不适用 …
  static func standing(_ ws: Workspace, _ d: Int, _ rule: Int, _ facts: [(String, String)]) -> LocalizedText {
    let f = Impact.facts(Evaluator(ws, document: d), facts)
    guard let res = Applicability(ws).evaluate([d], facts: f).first(where: { $0.rule == rule }) else {
      return .init(zh: "不适用", en: "does not apply")
    }
    let r = ws.charters[d].rules[rule]
    let amount = r.amount.map { (zh: "，" + Amounts.describe($0, .zh), en: ", " + Amounts.describe($0, .en)) } ?? (zh: "", en: "")
    switch res.standing {
    case .applies: return .init(zh: "适用" + amount.zh, en: "applies" + amount.en)
    case .notApplies: return .init(zh: "不适用", en: "does not apply")
    case .dependsOn(let names): return .init(zh: "尚不确定（取决于" + names.sorted().joined(separator: "、") + "）", en: "undecided (depends on " + names.sorted().joined(separator: ", ") + ")")
    case .overridden(let by): return .init(zh: "不适用（" + by.zh + "）", en: "does not apply (" + by.en + ")")
    }
  }

  /// A sample person's facts as the evaluator of one version reads them (names it does not know left out).
  static func facts(_ ev: Evaluator, _ pairs: [(String, String)]) -> Facts {
    var f = Facts()
    for (k, v) in pairs { if case .success(let value) = ev.parseFact(k, v) { f.values[k] = value } }
    return f
  }

  /// Words cut to a length a line can hold.
  enum DiffWords {
    static func clip(_ s: String, _ n: Int = 40) -> String { s.count > n ? String(s.prefix(n)) + "……" : s }
  }

  static func person(_ w: [(String, String)]) -> LocalizedText {
    let s = w.map { "\($0.0)=\($0.1)" }
    return .init(zh: s.joined(separator: "，"), en: s.joined(separator: ", "))
  }

  static func ruleName(_ r: Rule, _ c: Charter) -> String {
    if let l = r.label { return "【\(l)】" }
    let words = r.head ?? r.act ?? r.content ?? r.kind.rawValue
    return words.count > 16 ? String(words.prefix(16)) + "……" : words
  }

  /// A condition as a comparable string (spans left out).
  static func key(_ e: Expr) -> String {
    switch e {
    case .and(let xs): return "(" + xs.map(key).joined(separator: "&") + ")"
    case .or(let xs): return "(" + xs.map(key).joined(separator: "|") + ")"
    case .not(let x): return "!" + key(x)
    case .compare(let n, let op, let v, _): return n + op.rawValue + v.description
    case .member(let n, let vs, let neg, _): return n + (neg ? "∉" : "∈") + vs.map(\.description).joined(separator: ",")
    case .ref(let n, _): return n
    case .invalid: return "?"
    }
  }

  // MARK: - Ratings

  /// 评定 (积分制, 星级评定) paired by name: every rating whose 初始分, 加分, 扣分 or 等级 changed, or
  /// that was added or deleted, with a sample person whose score or level differs. Candidates:
  /// a person meeting no 加分/扣分/等级 condition, then one meeting each condition alone (the
  /// `Solver`'s witnesses, so every condition is decided), both versions graded by the evaluator.
  static func ratings(_ oc: Charter, _ nc: Charter, _ ows: Workspace, _ od: Int, _ nws: Workspace, _ nd: Int) -> [Impact] {
    var out = [Impact]()
    func scoreKey(_ rs: [ScoreRule]) -> [String] { rs.map { (s: ScoreRule) in Normalize.act(s.text) + "|" + (s.points.map { "\($0.low)" } ?? "") + "|" + (s.condition.map(key) ?? "") } }
    func levelKey(_ ls: [Level]) -> [String] { ls.map { l in l.name + "|" + (l.minimum.map { "\($0.low)" } ?? "") + "|" + (l.condition.map(key) ?? "") } }
    var pairs = [(Rating?, Rating?)]()
    for o in oc.ratings { pairs.append((o, nc.ratings.first { $0.name == o.name || ($0.label != nil && $0.label == o.label) })) }
    for n in nc.ratings where !pairs.contains(where: { $0.1?.name == n.name }) { pairs.append((nil, n)) }
    let scope = Scope(nws, nd).merged(with: Scope(ows, od))
    let solver = Solver(scope: scope)
    let oldEv = Evaluator(ows, document: od), newEv = Evaluator(nws, document: nd)
    for (o, n) in pairs {
      var parts = [String]()
      if let o, let n {
        if o.initial != n.initial { parts.append("初始分") }
        if scoreKey(o.bonuses) != scoreKey(n.bonuses) { parts.append("加分") }
        if scoreKey(o.deductions) != scoreKey(n.deductions) { parts.append("扣分") }
        if levelKey(o.levels) != levelKey(n.levels) { parts.append("等级") }
        if o.object.map(\.name) != n.object.map(\.name) { parts.append("对象") }
        guard !parts.isEmpty else { continue }
      } else {
        parts.append(o == nil ? "新增" : "删除")
      }
      let r = n ?? o!
      var impact = Impact(kind: .rating, name: r.label.map { "【\($0)】" } ?? r.name,
                          oldCitation: o?.location.article.map { oc.citation(ofArticle: $0) },
                          newCitation: n?.location.article.map { nc.citation(ofArticle: $0) }, parts: parts)
      let conditions = [o, n].compactMap { $0 }.flatMap { x in (x.bonuses + x.deductions).compactMap(\.condition) + x.levels.compactMap(\.condition) }
      var seen = Set<String>()
      let distinct = conditions.filter { seen.insert(key($0)).inserted }.prefix(maxRatingConditions)
      var candidates: [[(String, String)]] = [solver.witness(distinct.map { .not($0) }) ?? []]
      for (k, c) in distinct.enumerated() {
        let others = distinct.enumerated().filter { $0.offset != k }.map { Expr.not($0.element) }
        if let w = solver.witness([c] + others) ?? solver.witness([c]) { candidates.append(w) }
      }
      func standing(_ ev: Evaluator, _ x: Rating?, _ w: [(String, String)]) -> (LocalizedText, String)? {
        guard let x else { return (.init(zh: "（无此评定）", en: "(no such rating)"), "none") }
        let g = ev.grade(x, facts(ev, w))
        guard g.settled else { return nil }
        let level = g.level.map { (zh: "，等级「\($0)」", en: ", level “\($0)”") } ?? (zh: "，未达任何等级", en: ", no level")
        return (.init(zh: "得分 \(g.score)" + level.zh, en: "score \(g.score)" + level.en), "\(g.score)|\(g.level ?? "")")
      }
      var found = [(sample: LocalizedText, before: LocalizedText, after: LocalizedText)]()
      for w in candidates {
        guard let (b, bk) = standing(oldEv, o, w), let (a, ak) = standing(newEv, n, w), bk != ak else { continue }
        guard !found.contains(where: { $0.before == b && $0.after == a }) else { continue }
        let who = w.isEmpty ? LocalizedText(zh: "不符合任何加分、扣分条件的人", en: "a person meeting no bonus or deduction condition") : person(w)
        found.append((who, b, a))
        if found.count >= 3 { break }
      }
      for f in found { impact.add(f) }
      if found.isEmpty { impact.note = noSample }
      out.append(impact)
    }
    return out
  }

  /// How many distinct conditions of a rating the sample search tries one by one.
  package static let maxRatingConditions = 24

  // MARK: - Bodies and matters

  static func terms(_ t: Threshold?) -> [ThresholdTerm] { t?.terms ?? [] }
  /// A decision rule's terms as a comparable string (their spans and words left out).
  static func termsKey(_ t: Threshold?) -> String {
    terms(t).map { "\($0.base?.rawValue ?? "")\($0.strict ? ">" : "≥")\($0.fraction)" }.joined(separator: "|")
  }

  static func bodies(_ oc: Charter, _ nc: Charter, _ ows: Workspace, _ od: Int, _ nws: Workspace, _ nd: Int) -> [Impact] {
    var out = [Impact]()
    for n in nc.bodies {
      guard let o = oc.bodies.first(where: { $0.name == n.name }) else { continue }
      var parts = [String]()
      if terms(o.quorum) != terms(n.quorum) { parts.append("法定人数") }
      if terms(o.vote) != terms(n.vote) { parts.append("表决") }
      // 特别表决 by matter: each label whose threshold was added, dropped or changed.
      let specials = Set(o.special.map(\.label) + n.special.map(\.label)).sorted().filter { l in
        o.special.first { $0.label == l }.map { termsKey($0.threshold) } != n.special.first { $0.label == l }.map { termsKey($0.threshold) }
      }
      if !specials.isEmpty { parts.append("特别表决") }
      if o.size != n.size { parts.append("人数") }
      if o.term != n.term { parts.append("任期") }
      if terms(o.proposal) != terms(n.proposal) { parts.append("提议") }
      if o.notice != n.notice { parts.append("通知") }
      guard !parts.isEmpty else { continue }
      var impact = Impact(kind: .body, name: n.name, oldCitation: o.location.article.map { oc.citation(ofArticle: $0) },
                          newCitation: n.location.article.map { nc.citation(ofArticle: $0) }, parts: parts)
      var searched = false
      if parts.contains("法定人数") || parts.contains("表决") {
        searched = true
        let thresholds = [o.quorum, n.quorum, o.vote, n.vote].compactMap { $0 }
        impact.add(sampleVote(body: n.name, matter: nil, thresholds: thresholds, cases: oc.cases + nc.cases, ows, od, nws, nd))
      }
      for label in specials {
        searched = true
        let thresholds = [o.quorum, n.quorum] + [o, n].map { b in b.special.first { $0.label == label }?.threshold ?? b.vote }
        impact.add(sampleVote(body: n.name, matter: label, thresholds: thresholds.compactMap { $0 }, cases: oc.cases + nc.cases, ows, od, nws, nd))
      }
      if impact.sample == nil {
        impact.describeChange(o.quorum, n.quorum, "法定人数", "quorum")
        impact.describeChange(o.vote, n.vote, "表决", "vote")
        for label in specials {
          impact.describeChange(o.special.first { $0.label == label }?.threshold, n.special.first { $0.label == label }?.threshold,
                                "特别表决（\(label)）", "special vote (\(label))")
        }
        if searched { impact.note = noSample }
      }
      // What no vote shows: the words before and after.
      impact.describe(o.size, n.size, "人数", "size")
      impact.describe(o.term, n.term, "任期", "term")
      impact.describeChange(o.proposal, n.proposal, "提议", "proposal")
      impact.describe(o.notice, n.notice, "通知", "notice")
      out.append(impact)
    }
    return out
  }

  static func matters(_ oc: Charter, _ nc: Charter, _ ows: Workspace, _ od: Int, _ nws: Workspace, _ nd: Int) -> [Impact] {
    var out = [Impact]()
    for n in nc.matters {
      guard let o = oc.matters.first(where: { $0.name == n.name }) else { continue }
      var parts = [String]()
      if o.decider.map(\.name) != n.decider.map(\.name) || o.delegate.map(\.name) != n.delegate.map(\.name) { parts.append("决定") }
      if terms(o.vote) != terms(n.vote) { parts.append("表决") }
      if o.publicNotice != n.publicNotice { parts.append("公示") }
      if terms(o.petition) != terms(n.petition) { parts.append("联名") }
      if o.approval != n.approval { parts.append("批准") }
      if o.deadline != n.deadline { parts.append("期限") }
      guard !parts.isEmpty else { continue }
      var impact = Impact(kind: .matter, name: n.name, oldCitation: o.location.article.map { oc.citation(ofArticle: $0) },
                          newCitation: n.location.article.map { nc.citation(ofArticle: $0) }, parts: parts)
      if parts.contains("决定") {
        let a = o.decider.map(\.name).joined(separator: "、"), b = n.decider.map(\.name).joined(separator: "、")
        impact.add(.init(zh: "由\(a)决定", en: "decided by \(a)"), .init(zh: "由\(b)决定", en: "decided by \(b)"))
      } else if parts.contains("表决"), let body = n.decider.first?.name {
        let bodies = [ows.body(named: body, from: od)?.0, nws.body(named: body, from: nd)?.0].compactMap { $0 }
        let thresholds = [o.vote, n.vote].compactMap { $0 } + bodies.flatMap { [$0.quorum, $0.vote].compactMap { $0 } }
        impact.add(sampleVote(body: body, matter: n.name, thresholds: thresholds, cases: oc.cases + nc.cases, ows, od, nws, nd))
        if impact.sample == nil { impact.describeChange(o.vote, n.vote, "表决", "vote"); impact.note = noSample }
      } else if parts.contains("表决") {
        impact.describeChange(o.vote, n.vote, "表决", "vote")
      }
      if parts.contains("公示") {
        impact.add(.init(zh: o.publicNotice.map { "公示" + $0.text } ?? "不公示", en: o.publicNotice.map { "public notice " + $0.text } ?? "no public notice"),
                   .init(zh: n.publicNotice.map { "公示" + $0.text } ?? "不公示", en: n.publicNotice.map { "public notice " + $0.text } ?? "no public notice"))
      }
      impact.describeChange(o.petition, n.petition, "联名", "petition")
      if o.approval != n.approval {
        impact.add(.init(zh: "批准：" + (o.approval ?? "无"), en: "approval: " + (o.approval ?? "none")),
                   .init(zh: "批准：" + (n.approval ?? "无"), en: "approval: " + (n.approval ?? "none")))
      }
      impact.describe(o.deadline, n.deadline, "期限", "period")
      out.append(impact)
    }
    return out
  }

  static func procedures(_ oc: Charter, _ nc: Charter) -> [Impact] {
    var out = [Impact]()
    for n in nc.procedures {
      guard let o = oc.procedures.first(where: { $0.name == n.name }) else { continue }
      func steps(_ p: Procedure) -> [String] {
        p.steps.map { s in
          let notes = s.body.map(\.name) + [s.vote?.text, s.publicNotice.map { "公示" + $0.text }, s.deadline.map { "期限" + $0.text }].compactMap { $0 }
          return s.name + (notes.isEmpty ? "" : "（" + notes.joined(separator: "，") + "）")
        }
      }
      func votes(_ p: Procedure) -> [String] { p.steps.map { termsKey($0.vote) + "/" + termsKey($0.quorum) + "/" + ($0.publicNotice?.text ?? "") + "/" + ($0.deadline?.text ?? "") } }
      guard steps(o) != steps(n) || votes(o) != votes(n) else { continue }
      var impact = Impact(kind: .procedure, name: n.name, oldCitation: o.location.article.map { oc.citation(ofArticle: $0) },
                          newCitation: n.location.article.map { nc.citation(ofArticle: $0) }, parts: ["步骤"])
      impact.before = .init(zh: steps(o).joined(separator: " → "), en: steps(o).joined(separator: " → "))
      impact.after = .init(zh: steps(n).joined(separator: " → "), en: steps(n).joined(separator: " → "))
      out.append(impact)
    }
    return out
  }

  /// Before and after as the thresholds' words, when no sample is computed.
  mutating func describeChange(_ o: Threshold?, _ n: Threshold?, _ zh: String, _ en: String) {
    guard Impact.terms(o) != Impact.terms(n) else { return }
    add(.init(zh: zh + "：" + (o?.text ?? "未规定"), en: en + ": " + (o?.text ?? "none")),
        .init(zh: zh + "：" + (n?.text ?? "未规定"), en: en + ": " + (n?.text ?? "none")))
  }

  /// Before and after as a quantity's words (人数, 任期, 期限), when it changed.
  mutating func describe(_ o: Quantity?, _ n: Quantity?, _ zh: String, _ en: String) {
    guard o != n else { return }
    add(.init(zh: zh + "：" + (o?.text ?? "未规定"), en: en + ": " + (o?.text ?? "none")),
        .init(zh: zh + "：" + (n?.text ?? "未规定"), en: en + ": " + (n?.text ?? "none")))
  }

  /// One more before → after without a sample: the first is `before`/`after`, the rest `more`.
  mutating func add(_ b: LocalizedText, _ a: LocalizedText) {
    if before == nil && sample == nil { before = b; after = a; return }
    if before == b && after == a || more.contains(where: { $0.before == b && $0.after == a }) { return }
    more.append(Sample(sample: .init(zh: "", en: ""), before: b, after: a, facts: []))
  }

  /// A sample found by a search: the first is `sample`, the rest `more`.
  mutating func add(_ found: (sample: LocalizedText, before: LocalizedText, after: LocalizedText)?) {
    guard let found else { return }
    if sample == nil {
      if let b = before, let a = after { more.insert(Sample(sample: .init(zh: "", en: ""), before: b, after: a, facts: []), at: 0) }
      sample = found.sample; before = found.before; after = found.after
    } else {
      more.append(Sample(sample: found.sample, before: found.before, after: found.after, facts: []))
    }
  }

  /// Searches counts at the edges of every threshold involved (the membership from a 案例 of
  /// the body, else 1200 members in 400 households) for a vote that stands in one version and
  /// not in the other, deciding each with the `Decider` of its version.
  static func sampleVote(body: String, matter: String?, thresholds: [Threshold], cases: [Case],
                         _ ows: Workspace, _ od: Int, _ nws: Workspace, _ nd: Int) -> (sample: LocalizedText, before: LocalizedText, after: LocalizedText)? {
    let known = cases.first { $0.body.contains { $0.name == body } && $0.members != nil }
    let members = known?.members ?? 1200
    let households = known?.households ?? (members + 2) / 3
    let all = thresholds.flatMap(\.terms)
    func edges(of total: Int, _ pool: Base.Pool) -> [Int] {
      var s = Set<Int>()
      for t in all where (t.base?.pool ?? .attendance) == pool {
        let need = t.fraction.minimumCount(of: total, strict: t.strict)
        for v in [need - 1, need] where v >= 0 && v <= total { s.insert(v) }
      }
      return s.sorted()
    }
    let presents = Set(edges(of: members, .membership) + [members]).sorted()
    let presentHouseholds = [0] + edges(of: households, .households)
    let oldDecider = Decider(ows), newDecider = Decider(nws)
    for p in presents {
      for ph in presentHouseholds {
        for y in Set(edges(of: p, .attendance) + edges(of: members, .membership) + [p]).sorted() where y <= p {
          let counts = VoteCounts(members: members, households: households, present: p, presentHouseholds: ph, yes: y)
          let a = oldDecider.decide(body: body, matter: matter, counts: counts, from: od).stands
          let b = newDecider.decide(body: body, matter: matter, counts: counts, from: nd).stands
          guard let a, let b, a != b else { continue }
          let hh = ph > 0 ? "、到会户 \(ph)/\(households)" : ""
          let hhEn = ph > 0 ? ", households present \(ph)/\(households)" : ""
          return (LocalizedText(zh: "\(body) 到会 \(p)/\(members)\(hh)、赞成 \(y)" + (matter.map { "（\($0)）" } ?? ""),
                                en: "\(body): present \(p)/\(members)\(hhEn), in favour \(y)" + (matter.map { " (\($0))" } ?? "")),
                  a ? LocalizedText(zh: "修改前通过", en: "passes before") : LocalizedText(zh: "修改前不通过", en: "fails before"),
                  b ? LocalizedText(zh: "修改后通过", en: "passes after") : LocalizedText(zh: "修改后不通过", en: "fails after"))
        }
      }
    }
    return nil
  }
}
