import WeifaBase
import WeifaSemantics
import WeifaEvaluator

/// The evaluator's answers as people read them: `weifa query`, `decide`, `route` and `test`.
/// Computing an answer is the evaluator's; this is only how it is printed.
package enum Answers {
  /// 第十二条第二款 for a rule's location.
  package static func cite(_ loc: Location, _ c: Charter) -> String {
    guard let a = loc.article else { return "" }
    var s = c.citation(ofArticle: a)
    if let p = loc.paragraph, c.articles[a].paragraphs.count > 1 { s += "第\(ChineseNumeral.format(p + 1))款" }
    if let i = loc.item { s += "第\(ChineseNumeral.format(i + 1))项" }
    return s
  }

  package static func ruleText(_ r: Rule, _ c: Charter) -> String {
    if let a = r.location.article, let p = r.location.paragraph, p < c.articles[a].paragraphs.count {
      if let i = r.location.item, i < c.articles[a].paragraphs[p].items.count { return c.articles[a].paragraphs[p].items[i].text }
      return c.articles[a].paragraphs[p].text
    }
    return r.act ?? r.content ?? r.head ?? ""
  }

  /// 第十二条第二款, or in English art. 12(2).
  package static func cite(_ loc: Location, _ c: Charter, _ lang: Language) -> String {
    guard lang == .en else { return cite(loc, c) }
    guard let a = loc.article else { return "" }
    var s = c.citation(ofArticle: a, english: true)
    if let p = loc.paragraph, c.articles[a].paragraphs.count > 1 { s += "(\(p + 1))" }
    if let i = loc.item { s += "(\(i + 1))" }
    return s
  }

  /// Charter text or a name as English text shows it: in quotes (Chinese text shows it as it is).
  static func quoted(_ s: String, _ lang: Language) -> String { lang == .zh ? s : "“\(s)”" }

  /// The separator of a heading and its text: ：, or ": " in English.
  static func colon(_ lang: Language) -> String { lang == .zh ? "：" : ": " }

  /// A list of names: 、 in Chinese, ", " in English (each quoted).
  static func names(_ xs: [String], _ lang: Language) -> String {
    lang == .zh ? xs.joined(separator: "、") : xs.map { "“\($0)”" }.joined(separator: ", ")
  }

  /// `weifa query`: what applies to a person in each document, with reasons, ratings, what is
  /// undecided and what to answer next.
  package static func query(_ results: [RuleResult], _ ws: Workspace, documents docs: [Int], facts: Facts, next: [String], lang: Language) -> String {
    var out = ""
    let zh = lang == .zh, colon = colon(lang)
    let kinds: [RuleKind] = [.obligation, .prohibition, .right, .benefit, .advocacy]
    var kindName: [RuleKind: (String, String)] = [.obligation: ("义务", "Duties"), .prohibition: ("禁止", "Prohibitions"), .right: ("权利", "Rights"), .benefit: ("享有", "Benefits")]
    // Soft norms (提倡、倡导、鼓励) under their own heading: encouraged, not required.
    kindName[.advocacy] = ("倡导", "Encouraged (not required)")
    func count(_ n: Int) -> String { zh ? "（\(n)）" : " (\(n))" }
    func head(_ rule: Rule, _ c: Charter) -> String {
      let cite = cite(rule.location, c, lang)
      return cite + (rule.label.map { (zh || cite.isEmpty ? "" : " ") + "【\($0)】" } ?? "")
    }
    // What is known (the facts given), then what follows from it (what applies), then what is
    // still open (尚不确定, and ratings that cannot be settled yet), each apart.
    let given = facts.values.sorted { $0.key < $1.key }
    out += zh ? "您提供的情况：" + (given.isEmpty ? "无" : given.map { "\($0.key) = \($0.value.description)" }.joined(separator: "，")) + "\n\n"
              : "What you gave: " + (given.isEmpty ? "nothing" : given.map { "“\($0.key)” = “\($0.value.description)”" }.joined(separator: ", ")) + "\n\n"
    for d in docs {
      let c = ws.charters[d]
      let mine = results.filter { $0.document == d }
      out += c.title.map { "《\($0)》" } ?? c.file.path
      out += "\n"
      for k in kinds {
        let applying = mine.filter { $0.standing == Standing.applies && c.rules[$0.rule].kind == k }
        guard !applying.isEmpty else { continue }
        out += "\n\(zh ? kindName[k]!.0 : kindName[k]!.1)\(count(applying.count))\n"
        for r in applying {
          let rule = c.rules[r.rule]
          out += "  · \(head(rule, c)) \(quoted(ruleText(rule, c), lang))\n"
          if let amt = rule.amount { out += "    \(zh ? "金额" : "amount")\(colon)\(Amounts.describe(amt, lang))\n" }
          if let k = r.via {
            let ref = c.referrals[k]
            out += "    \(zh ? "参照" : "by reference")\(colon)\(zh ? "依\(cite(ref.location, c))参照执行" : "applied under \(cite(ref.location, c, lang)) (参照执行)")\n"
          }
          if !r.reasons.isEmpty { out += "    \(zh ? "因为" : "because")\(colon)\(r.reasons.map { $0.text(lang) }.joined(separator: zh ? "；" : "; "))\n" }
        }
      }
      let overridden = mine.filter { if case .overridden = $0.standing { return true } else { return false } }
      if !overridden.isEmpty {
        out += "\n\(zh ? "被例外或优先规则排除" : "Switched off by an exception or priority")\n"
        for r in overridden {
          if case .overridden(let by) = r.standing {
            let rule = c.rules[r.rule]
            out += "  · \(head(rule, c))\(colon)\(zh ? "被\(by.zh)排除" : "by \(by.en)")\n"
          }
        }
      }
      // Ratings (评事规则): the score and level these facts give.
      let ev2 = Evaluator(ws, document: d)
      for rating in c.ratings {
        let g = ev2.grade(rating, facts)
        if g.settled {
          out += zh ? "\n评定「\(rating.name)」：得分 \(g.score)，等级 \(g.level ?? "无")\n"
                    : "\nRating “\(rating.name)”: score \(g.score), level \(g.level.map { "“\($0)”" } ?? "none")\n"
        } else {
          // Not a guess stated as a fact: the score so far, the range still open, no level yet.
          let range = g.lowest == g.highest ? "" : (zh ? "，还可能在 \(g.lowest) 至 \(g.highest) 分之间" : "; it may still be anywhere from \(g.lowest) to \(g.highest)")
          out += zh ? "\n评定「\(rating.name)」：尚未确定——按已知情况得分 \(g.score)\(range)；等级要等下列情况确定后才能确定\n"
                    : "\nRating “\(rating.name)”: not settled — \(g.score) from what is known\(range); the level waits on the facts below\n"
        }
        if !g.reasons.isEmpty { out += "    \(zh ? "因为" : "because")\(colon)\(g.reasons.map { $0.text(lang) }.joined(separator: zh ? "；" : "; "))\n" }
        if !g.undecided.isEmpty { out += "    \(zh ? "取决于" : "depends on") \(names(g.undecided.sorted(), lang))\n" }
      }
      let depends = mine.filter { if case .dependsOn = $0.standing { return true } else { return false } }
      if !depends.isEmpty {
        out += "\n\(zh ? "尚不确定" : "Undecided")\(count(depends.count))\n"
        for r in depends {
          if case .dependsOn(let m) = r.standing {
            let rule = c.rules[r.rule]
            out += "  · \(head(rule, c))\(colon)\(zh ? "取决于" : "depends on") \(names(m.sorted(), lang))\n"
          }
        }
      }
      out += "\n"
    }
    if !next.isEmpty {
      out += zh ? "建议接着回答：\(next.joined(separator: "、"))\n" : "Answer next: \(names(next, lang))\n"
    }
    return out
  }

  package static func queryJSON(_ results: [RuleResult], _ ws: Workspace, _ next: [String], facts: Facts = Facts(), documents docs: [Int] = [], lang: Language = .zh) -> JSONValue {
    // What is known, what follows (rules with their standing), what is still open (ratings not settled, askNext).
    var ratings = [JSONValue]()
    for d in docs {
      let ev = Evaluator(ws, document: d)
      for rating in ws.charters[d].ratings {
        let g = ev.grade(rating, facts)
        ratings.append(.fields([
          ("document", .string(ws.charters[d].title ?? ws.charters[d].file.path)), ("name", .string(rating.name)),
          ("settled", .bool(g.settled)), ("score", .string(g.score.description)),
          ("lowest", .string(g.lowest.description)), ("highest", .string(g.highest.description)),
          ("level", g.settled ? g.level.map { .string($0) } ?? .null : .null),
          ("dependsOn", .array(g.undecided.sorted().map { .string($0) })),
          ("reasons", .array(g.reasons.map { .string($0.text(lang)) })),
        ]))
      }
    }
    return .fields([
      ("facts", .fields(facts.values.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value.description)) })),
      ("rules", .array(results.map { r in
        let c = ws.charters[r.document]
        let rule = c.rules[r.rule]
        var standing: JSONValue
        switch r.standing {
        case .applies: standing = .string("applies")
        case .notApplies: standing = .string("notApplies")
        case .dependsOn(let m): standing = .fields([("dependsOn", .array(m.sorted().map { .string($0) }))])
        case .overridden(let by): standing = .fields([("overriddenBy", .string(by.text(lang)))])
        }
        return .fields([
          ("document", .string(c.title ?? c.file.path)), ("citation", .string(cite(rule.location, c))),
          ("label", rule.label.map { .string($0) } ?? .null), ("kind", .string(rule.kind.rawValue)),
          ("text", .string(ruleText(rule, c))), ("amount", rule.amount.map { .string($0.text) } ?? .null),
          ("amountIs", rule.amount.map { .string($0.bound.rawValue) } ?? .null),
          ("amountAsRead", rule.amount.map { .string(Amounts.describe($0, lang)) } ?? .null),
          ("byReference", r.via.map { .string(cite(c.referrals[$0].location, c)) } ?? .null),
          ("standing", standing), ("reasons", .array(r.reasons.map { .string($0.text(lang)) })),
        ])
      })),
      ("ratings", .array(ratings)),
      ("askNext", .array(next.map { .string($0) })),
    ])
  }

  // MARK: - decide

  /// What a requirement is: 法定人数 / quorum, 表决 / vote.
  static func what(_ r: Requirement, _ lang: Language) -> String {
    lang == .zh ? r.what : (r.isQuorum ? "quorum" : "vote")
  }

  /// Where a requirement comes from: the charter's title, or the statute.
  static func source(_ r: Requirement, _ lang: Language) -> String {
    guard lang == .en else { return r.source }
    if let b = r.basis { return b.english }
    return r.source == "本规约" ? "this charter" : r.source
  }

  /// One alternative's arithmetic in English: “成员 过半数”: members 1210, at least 606 present needed, 605 present: not met.
  static func arithmetic(_ t: TermCount, need only: Bool) -> String {
    let count = ["present": "present", "presentHouseholds": "households present", "yes": "in favour"][t.count.rawValue]!
    let total = ["members": "members", "households": "households", "present": "present"][t.total.rawValue]!
    guard let of = t.of, let need = t.need, only || t.actual != nil else {
      return "“\(t.rule)”: needs the counts of \(total) and \(count)"
    }
    var s = "“\(t.rule)”: \(total) \(of), at least \(need) \(count) needed"
    if !only, let a = t.actual { s += ", \(a) \(count): " + (a >= need ? "met" : "not met") }
    return s
  }

  /// `weifa decide --need`: the minimum counts, without the "actual" parts.
  package static func need(_ d: Decision, body: String, counts: VoteCounts, probe: VoteCounts, lang: Language) -> String {
    var out = lang == .zh ? "\(body)所需的最低人数" + (counts.present == nil ? "（按最低到会人数\(probe.present.map(String.init) ?? "—")计算表决）" : "") + "：\n"
                          : "Minimum counts for “\(body)”" + (counts.present == nil ? " (votes counted at the least quorate attendance, \(probe.present.map(String.init) ?? "—"))" : "") + ":\n"
    // The same rule from the charter and the statute is listed once, with both sources (as `decision`).
    var shown = [(what: String, rule: String, index: Int, sources: [String])]()
    for (i, r) in d.requirements.enumerated() {
      if let k = shown.firstIndex(where: { $0.what == r.what && $0.rule == r.rule }) { shown[k].sources.append(lang == .zh ? r.source : source(r, lang)); continue }
      shown.append((r.what, r.rule, i, [lang == .zh ? r.source : source(r, lang)]))
    }
    for s in shown {
      let r = d.requirements[s.index]
      let same = s.sources.count > 1 ? (lang == .zh ? "（规约与法律相同）" : " (the charter repeats the statute)") : ""
      out += lang == .zh ? "\(r.what)「\(r.rule)」——\(s.sources.joined(separator: "、"))\(same)\n" : "\(what(r, lang)) “\(r.rule)” — \(s.sources.joined(separator: "; "))\(same)\n"
      // 全体代表 (土地承包法28②: 三分之二以上村民代表) is counted from 村民代表总数, never from the members: without it
      // the minimum is not known (issue 13, round four).
      func uncountedRepresentatives(_ i: Int) -> Bool { !r.isQuorum && i < r.thresholdTerms.count && r.thresholdTerms[i].base == .allRepresentatives && probe.representatives == nil }
      if lang == .zh {
        for (i, a) in r.arithmetic.enumerated() {
          if uncountedRepresentatives(i) { out += "    「\(r.thresholdTerms[i].text)」：需给出村民代表总数（--fact 村民代表总数=…），不以成员人数计\n"; continue }
          // Keep the requirement, drop the "actual" part: 需到会至少606.
          out += "    " + (a.split(separator: "，实为", omittingEmptySubsequences: false).first.map(String.init) ?? a) + "\n"
        }
      } else {
        for (i, t) in r.terms.enumerated() {
          if uncountedRepresentatives(i) { out += "    “\(t.rule)”: give the number of village representatives (--fact 村民代表总数=…); the members are not counted in their place\n"; continue }
          out += "    " + arithmetic(t, need: true) + "\n"
        }
      }
    }
    return out
  }

  /// `weifa decide`: each requirement met or not, with its arithmetic, and the conclusion.
  package static func decision(_ d: Decision, body: String, lang: Language) -> String {
    var out = lang == .zh ? "\(body)\(d.matter.map { "表决「\($0)」" } ?? "")\n"
                          : "“\(body)”\(d.matter.map { ", voting on “\($0)”" } ?? "")\n"
    // The same rule from the charter and the statute is shown once, with both sources; a rule of
    // the charter that differs from the statute's floor is shown beside it, each with its arithmetic.
    var shown = [(what: String, rule: String, sources: [String], met: Bool?, index: Int)]()
    for (i, r) in d.requirements.enumerated() {
      let src = r.basis != nil && lang == .zh && d.requirements.contains(where: { $0.basis == nil && $0.what == r.what }) ? "法定底线：" + source(r, lang) : source(r, lang)
      if let k = shown.firstIndex(where: { $0.what == r.what && $0.rule == r.rule && $0.met == r.met }) { shown[k].sources.append(source(r, lang)); continue }
      shown.append((r.what, r.rule, [src], r.met, i))
    }
    for s in shown {
      let r = d.requirements[s.index]
      let mark = r.met == true ? "✓" : r.met == false ? "✗" : "?"
      let same = s.sources.count > 1 ? (lang == .zh ? "（规约与法律相同）" : " (the charter repeats the statute)") : ""
      out += lang == .zh ? "\(mark) \(r.what)「\(r.rule)」——\(s.sources.joined(separator: "、"))\(same)\n"
                         : "\(mark) \(what(r, lang)) “\(r.rule)” — \(s.sources.joined(separator: "; "))\(same)\n"
      if lang == .zh {
        for a in r.arithmetic { out += "    \(a)\n" }
      } else {
        for t in r.terms { out += "    " + arithmetic(t, need: false) + "\n" }
      }
    }
    let quorumFailed = shown.filter { d.requirements[$0.index].isQuorum && $0.met == false }
    let voteFailed = shown.filter { !d.requirements[$0.index].isQuorum && $0.met == false }
    func named(_ rs: [(what: String, rule: String, sources: [String], met: Bool?, index: Int)]) -> String {
      rs.map { lang == .zh ? "「\($0.rule)」（\($0.sources.joined(separator: "、"))）" : "“\($0.rule)” (\($0.sources.joined(separator: "; ")))" }.joined(separator: lang == .zh ? "、" : ", ")
    }
    switch d.stands {
    case .some(true): out += lang == .zh ? "结论：会议有效，决定通过。\n" : "Result: quorate, and the decision passes.\n"
    case .some(false) where !quorumFailed.isEmpty:
      out += lang == .zh ? "结论：未达法定人数\(named(quorumFailed))，会议不能召开，决定不成立。\n"
                         : "Result: no quorum under \(named(quorumFailed)); the meeting could not be held, and the decision does not stand.\n"
    case .some(false):
      out += lang == .zh ? "结论：会议有效，但表决未达到\(named(voteFailed))，决定不成立。\n"
                         : "Result: the meeting was quorate, but the motion failed under \(named(voteFailed)); the decision does not stand.\n"
    case .none: out += lang == .zh ? "结论：缺少人数，无法判断；请补充上面提到的人数。\n" : "Result: counts are missing; give the ones named above.\n"
    }
    return out
  }

  /// `weifa decide --format json`: the requirements with their numbers and the conclusion; with
  /// `need`, the minimum counts (`need`) without the actual ones.
  package static func decisionJSON(_ d: Decision, body: String, need: Bool, lang: Language) -> JSONValue {
    func int(_ n: Int?) -> JSONValue { n.map { .int($0) } ?? .null }
    func bool(_ b: Bool?) -> JSONValue { b.map { .bool($0) } ?? .null }
    var fields: [(String, JSONValue)] = [("body", .string(body)), ("matter", d.matter.map { .string($0) } ?? .null)]
    if !need { fields.append(("stands", bool(d.stands))) }
    fields.append(("requirements", .array(d.requirements.map { r in
      var req: [(String, JSONValue)] = [
        ("what", .string(r.isQuorum ? "quorum" : "vote")), ("rule", .string(r.rule)), ("source", .string(source(r, lang))),
      ]
      if !need { req.append(("met", bool(r.met))) }
      req.append(("terms", .array(r.terms.map { t in
        var f: [(String, JSONValue)] = [("rule", .string(t.rule)), ("count", .string(t.count.rawValue)), ("of", .string(t.total.rawValue)),
                                        ("total", int(t.of)), ("need", int(t.need))]
        if !need { f += [("actual", int(t.actual)), ("met", bool(t.met))] }
        return .fields(f)
      })))
      return .fields(req)
    })))
    return .fields(fields)
  }

  package static func noBody(_ name: String, _ lang: Language) -> String {
    lang == .zh ? "错误：找不到机构「\(name)」的议事规则（本文件、同一汇编和上位法中都没有）\n" : "error: no decision rules for “\(name)” (not in this file, its bundle or the higher law)\n"
  }

  // MARK: - route

  /// `weifa route`: who decides a matter, by which procedure.
  package static func route(_ r: Route, _ ws: Workspace, lang: Language = .zh) -> String {
    let c = ws.charters[r.document]
    let m = r.matter
    let zh = lang == .zh, colon = colon(lang)
    func place(_ title: String?, _ loc: Location, _ doc: Charter) -> String {
      zh ? "（《\(title ?? "")》\(cite(loc, doc))）" : " (《\(title ?? "")》 \(cite(loc, doc, lang)))"
    }
    func line(_ zhName: String, _ enName: String, _ value: String) -> String { (zh ? zhName : enName) + colon + value + "\n" }
    var out = line("事项", "Matter", quoted(m.name, lang) + place(c.title, m.location, c))
    if let cat = m.category { out += line("类别", "Category", quoted(cat, lang)) }
    out += line("决定", "Decided by", names(m.decider.map(\.name), lang))
    if !m.delegate.isEmpty { out += line("授权", "Delegated to", names(m.delegate.map(\.name), lang)) }
    if let v = m.vote { out += line("表决", "Vote", quoted(v.text, lang)) }
    if !m.basis.isEmpty { out += line("依据", "Basis", names(m.basis.map(\.text), lang)) }
    for (p, pd) in r.procedures {
      let pc = ws.charters[pd]
      out += line("程序", "Procedure", quoted(p.name, lang) + place(pc.title, p.location, pc))
      for (i, s) in p.steps.enumerated() {
        var text = "  \(i + 1). \(quoted(s.name, lang))"
        if !s.body.isEmpty { text += (zh ? "——" : " — ") + names(s.body.map(\.name), lang) }
        let sep = zh ? "；" : "; "
        if let v = s.vote { text += sep + (zh ? "表决" : "vote") + colon + quoted(v.text, lang) }
        if let q = s.publicNotice { text += sep + (zh ? "公示" : "public notice") + colon + quoted(q.text, lang) }
        if let q = s.deadline { text += sep + (zh ? "期限" : "deadline") + colon + quoted(q.text, lang) }
        out += text + "\n"
      }
    }
    if let q = m.publicNotice { out += line("公示", "Public notice", quoted(q.text, lang)) }
    if let f = m.filing { out += line("备案", "Filing", quoted(f, lang)) }
    out += routeStatute(r, ws, lang: lang)
    return out
  }

  /// Issue 13: the matter's 联名, 期限 and 批准, and the statute's own matter of that name (the
  /// competence matrix) when the charter declares it too.
  static func routeStatute(_ r: Route, _ ws: Workspace, lang: Language) -> String {
    let m = r.matter, zh = lang == .zh, colon = colon(lang)
    func line(_ zhName: String, _ enName: String, _ value: String) -> String { (zh ? zhName : enName) + colon + value + "\n" }
    var out = ""
    if let p = m.petition { out += line("联名", "Signatures", quoted(p.text, lang)) }
    if let q = m.deadline { out += line("期限", "Period", quoted(q.text, lang)) }
    if let a = m.approval { out += line("批准", "Approval", quoted(a, lang)) }
    if !ws.charters[r.document].isHigherLaw,
       let (sm, sd) = ws.charters.indices.lazy.filter({ ws.charters[$0].isHigherLaw }).compactMap({ d in ws.charters[d].matters.first(where: { $0.name == m.name }).map { ($0, d) } }).first {
      let sc = ws.charters[sd]
      let who = names(sm.decider.map(\.name), lang) + (sm.delegate.isEmpty ? "" : (zh ? "，可以授权" : ", may delegate to ") + names(sm.delegate.map(\.name), lang))
      out += line("上位法", "Statute", (zh ? "《\(sc.title ?? "")》\(cite(sm.location, sc))：由" : "《\(sc.title ?? "")》 \(cite(sm.location, sc, lang)): decided by ") + who)
    }
    return out
  }

  /// `weifa route --format json`.
  package static func routeJSON(_ r: Route, _ ws: Workspace) -> JSONValue {
    let c = ws.charters[r.document]
    let m = r.matter
    func opt(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
    return .fields([
      ("matter", .string(m.name)), ("document", opt(c.title)), ("citation", .string(cite(m.location, c))),
      ("category", opt(m.category)),
      ("decidedBy", .array(m.decider.map { .string($0.name) })), ("delegatedTo", .array(m.delegate.map { .string($0.name) })),
      ("vote", opt(m.vote?.text)), ("basis", .array(m.basis.map { .string($0.text) })),
      ("procedures", .array(r.procedures.map { p, pd in
        let pc = ws.charters[pd]
        return .fields([
          ("name", .string(p.name)), ("document", opt(pc.title)), ("citation", .string(cite(p.location, pc))),
          ("steps", .array(p.steps.map { s in
            .fields([("name", .string(s.name)), ("bodies", .array(s.body.map { .string($0.name) })), ("vote", opt(s.vote?.text)),
                     ("publicNotice", opt(s.publicNotice?.text)), ("deadline", opt(s.deadline?.text))])
          })),
        ])
      })),
      ("publicNotice", opt(m.publicNotice?.text)), ("filing", opt(m.filing)),
      ("petition", opt(m.petition?.text)), ("deadline", opt(m.deadline?.text)), ("approval", opt(m.approval)),
    ])
  }
}
