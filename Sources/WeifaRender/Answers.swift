import WeifaBase
import WeifaSemantics
import WeifaEvaluator

/// The evaluator's answers as people read them: `weifa query`, `decide`, `route` and `test`.
/// Computing an answer is the evaluator's; this is only how it is printed.
package enum Answers {
  /// 第十二条第二款 for a rule's location.
  package static func cite(_ loc: Location, _ c: Charter) -> String {
    guard let a = loc.article else { return "" }
    var s = "第\(ChineseNumeral.format(c.articles[a].number))条"
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

  /// `weifa query`: what applies to a person in each document, with reasons, ratings, what is
  /// undecided and what to answer next.
  package static func query(_ results: [RuleResult], _ ws: Workspace, documents docs: [Int], facts: Facts, next: [String], lang: Language) -> String {
    var out = ""
    let kinds: [RuleKind] = [.obligation, .prohibition, .right, .benefit]
    let kindName: [RuleKind: (String, String)] = [.obligation: ("义务", "Duties"), .prohibition: ("禁止", "Prohibitions"), .right: ("权利", "Rights"), .benefit: ("享有", "Benefits")]
    for d in docs {
      let c = ws.charters[d]
      let mine = results.filter { $0.document == d }
      out += "《\(c.title ?? c.file.path)》\n"
      for k in kinds {
        let applying = mine.filter { $0.standing == Standing.applies && c.rules[$0.rule].kind == k }
        guard !applying.isEmpty else { continue }
        out += "\n\(lang == .zh ? kindName[k]!.0 : kindName[k]!.1)（\(applying.count)）\n"
        for r in applying {
          let rule = c.rules[r.rule]
          out += "  · \(cite(rule.location, c))\(rule.label.map { "【\($0)】" } ?? "") \(ruleText(rule, c))\n"
          if let amt = rule.amount { out += "    \(lang == .zh ? "金额" : "amount")：\(amt.text)\n" }
          if !r.reasons.isEmpty { out += "    \(lang == .zh ? "因为" : "because")：\(r.reasons.joined(separator: "；"))\n" }
        }
      }
      let overridden = mine.filter { if case .overridden = $0.standing { return true } else { return false } }
      if !overridden.isEmpty {
        out += "\n\(lang == .zh ? "被例外或优先规则排除" : "Switched off by an exception or priority")\n"
        for r in overridden {
          if case .overridden(let by) = r.standing {
            let rule = c.rules[r.rule]
            out += "  · \(cite(rule.location, c))\(rule.label.map { "【\($0)】" } ?? "")：\(lang == .zh ? "被" : "by ")\(by)\(lang == .zh ? "排除" : "")\n"
          }
        }
      }
      // Ratings (评事规则): the score and level these facts give.
      let ev2 = Evaluator(ws, document: d)
      for rating in c.ratings {
        let g = ev2.grade(rating, facts)
        out += "\n\(lang == .zh ? "评定" : "Rating")「\(rating.name)」：\(lang == .zh ? "得分" : "score") \(g.score)，\(lang == .zh ? "等级" : "level") \(g.level ?? (lang == .zh ? "无" : "none"))\n"
        if !g.reasons.isEmpty { out += "    \(lang == .zh ? "因为" : "because")：\(g.reasons.joined(separator: "；"))\n" }
        if !g.undecided.isEmpty { out += "    \(lang == .zh ? "取决于" : "depends on") \(g.undecided.sorted().joined(separator: "、"))\n" }
      }
      let depends = mine.filter { if case .dependsOn = $0.standing { return true } else { return false } }
      if !depends.isEmpty {
        out += "\n\(lang == .zh ? "尚不确定" : "Undecided")（\(depends.count)）\n"
        for r in depends {
          if case .dependsOn(let m) = r.standing {
            let rule = c.rules[r.rule]
            out += "  · \(cite(rule.location, c))\(rule.label.map { "【\($0)】" } ?? "")：\(lang == .zh ? "取决于" : "depends on") \(m.sorted().joined(separator: "、"))\n"
          }
        }
      }
      out += "\n"
    }
    if !next.isEmpty {
      out += lang == .zh ? "建议接着回答：\(next.joined(separator: "、"))\n" : "Answer next: \(next.joined(separator: ", "))\n"
    }
    return out
  }

  package static func queryJSON(_ results: [RuleResult], _ ws: Workspace, _ next: [String]) -> JSONValue {
    .fields([
      ("rules", .array(results.map { r in
        let c = ws.charters[r.document]
        let rule = c.rules[r.rule]
        var standing: JSONValue
        switch r.standing {
        case .applies: standing = .string("applies")
        case .notApplies: standing = .string("notApplies")
        case .dependsOn(let m): standing = .fields([("dependsOn", .array(m.sorted().map { .string($0) }))])
        case .overridden(let by): standing = .fields([("overriddenBy", .string(by))])
        }
        return .fields([
          ("document", .string(c.title ?? c.file.path)), ("citation", .string(cite(rule.location, c))),
          ("label", rule.label.map { .string($0) } ?? .null), ("kind", .string(rule.kind.rawValue)),
          ("text", .string(ruleText(rule, c))), ("amount", rule.amount.map { .string($0.text) } ?? .null),
          ("standing", standing), ("reasons", .array(r.reasons.map { .string($0) })),
        ])
      })),
      ("askNext", .array(next.map { .string($0) })),
    ])
  }

  /// `weifa decide --need`: the minimum counts, without the "actual" parts.
  package static func need(_ d: Decision, body: String, counts: VoteCounts, probe: VoteCounts, lang: Language) -> String {
    var out = lang == .zh ? "\(body)所需的最低人数" + (counts.present == nil ? "（按最低到会人数\(probe.present.map(String.init) ?? "—")计算表决）" : "") + "：\n"
                          : "Minimum counts for \(body):\n"
    for r in d.requirements {
      out += "\(r.what)「\(r.rule)」——\(r.source)\n"
      for a in r.arithmetic {
        // Keep the requirement, drop the "actual" part: 需到会至少606.
        out += "    " + (a.split(separator: "，实为", omittingEmptySubsequences: false).first.map(String.init) ?? a) + "\n"
      }
    }
    return out
  }

  /// `weifa decide`: each requirement met or not, with its arithmetic, and the conclusion.
  package static func decision(_ d: Decision, body: String, lang: Language) -> String {
    var out = "\(body)\(d.matter.map { "表决「\($0)」" } ?? "")\n"
    for r in d.requirements {
      let mark = r.met == true ? "✓" : r.met == false ? "✗" : "?"
      out += "\(mark) \(r.what)「\(r.rule)」——\(r.source)\n"
      for a in r.arithmetic { out += "    \(a)\n" }
    }
    switch d.stands {
    case .some(true): out += lang == .zh ? "结论：会议有效，决定通过。\n" : "Result: quorate, and the decision passes.\n"
    case .some(false): out += lang == .zh ? "结论：决定不成立。\n" : "Result: the decision does not stand.\n"
    case .none: out += lang == .zh ? "结论：缺少人数，无法判断；请补充上面提到的人数。\n" : "Result: counts are missing; give the ones named above.\n"
    }
    return out
  }

  package static func noBody(_ name: String, _ lang: Language) -> String {
    lang == .zh ? "错误：找不到机构「\(name)」的议事规则（本文件、同一汇编和上位法中都没有）\n" : "error: no decision rules for “\(name)”\n"
  }

  /// `weifa route`: who decides a matter, by which procedure.
  package static func route(_ r: Route, _ ws: Workspace) -> String {
    let c = ws.charters[r.document]
    let m = r.matter
    var out = "事项：\(m.name)（《\(c.title ?? "")》\(cite(m.location, c))）\n"
    if let cat = m.category { out += "类别：\(cat)\n" }
    out += "决定：\(m.decider.map(\.name).joined(separator: "、"))\n"
    if !m.delegate.isEmpty { out += "授权：\(m.delegate.map(\.name).joined(separator: "、"))\n" }
    if let v = m.vote { out += "表决：\(v.text)\n" }
    if !m.basis.isEmpty { out += "依据：\(m.basis.map(\.text).joined(separator: "、"))\n" }
    for (p, pd) in r.procedures {
      let pc = ws.charters[pd]
      out += "程序：\(p.name)（《\(pc.title ?? "")》\(cite(p.location, pc))）\n"
      for (i, s) in p.steps.enumerated() {
        var line = "  \(i + 1). \(s.name)"
        if !s.body.isEmpty { line += "——\(s.body.map(\.name).joined(separator: "、"))" }
        if let v = s.vote { line += "；表决：\(v.text)" }
        if let q = s.publicNotice { line += "；公示：\(q.text)" }
        if let q = s.deadline { line += "；期限：\(q.text)" }
        out += line + "\n"
      }
    }
    if let q = m.publicNotice { out += "公示：\(q.text)\n" }
    if let f = m.filing { out += "备案：\(f)\n" }
    return out
  }
}
