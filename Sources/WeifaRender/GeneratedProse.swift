import WeifaBase
import WeifaSemantics

/// One generated paragraph (款) with its items.
package struct GeneratedParagraph: Sendable, Equatable {
  package var text: String
  package var items: [String] = []
  package init(text: String, items: [String] = []) { self.text = text; self.items = items }
}

/// Prose for an article that carries structure (rules, bodies, matters …) but no words of its own,
/// written in the statute's register: 应当, 禁止, 可以, 享受, 过半数, 三分之二以上, 十八周岁.
package struct GeneratedProse {
  let workspace: Workspace
  let index: Int
  let clause: Clause
  let place: Place
  let refs: ReferencePrinter

  package init(workspace: Workspace, index: Int) {
    self.workspace = workspace
    self.index = index
    let c = workspace.charters[index]
    clause = Clause(c, workspace: workspace, index: index)
    place = Place(c)
    refs = ReferencePrinter(workspace: workspace, charterIndex: index)
  }

  var charter: Charter { workspace.charters[index] }

  /// 本规约, 本章程, 本公约 …: how the document names itself.
  package static func selfName(_ c: Charter) -> String {
    let kind = c.kind ?? ""
    let title = c.title ?? ""
    for (suffix, word) in [("村规民约", "本规约"), ("公约", "本公约"), ("章程", "本章程"), ("制度", "本制度"), ("办法", "本办法"), ("家训", "本家训"), ("法律", "本法"), ("法", "本法"), ("规定", "本规定"), ("细则", "本细则")]
    where kind.hasSuffix(suffix) || title.hasSuffix(suffix) {
      return word
    }
    return "本文件"
  }

  /// The paragraphs for article `a`, in the order of the directives that carry them; empty when
  /// the article has prose of its own or nothing to say.
  package func paragraphs(article a: Int) -> [GeneratedParagraph] {
    let c = charter
    guard c.articles.indices.contains(a), !c.articles[a].hasProse else { return [] }
    let span = c.articles[a].span
    var pieces = [(Int, GeneratedParagraph)]()
    for d in c.definitions where d.span.lower >= span.lower && d.span.upper <= span.upper {
      pieces.append((d.span.lower, definition(d)))
    }
    for b in c.bodies where b.location.article == a { pieces += body(b).map { (b.span.lower, $0) } }
    for r in c.rules where r.location.article == a { pieces.append((r.span.lower, GeneratedParagraph(text: rule(r)))) }
    for m in c.matters where m.location.article == a { pieces.append((m.span.lower, GeneratedParagraph(text: matter(m)))) }
    for p in c.procedures where p.location.article == a { pieces.append((p.span.lower, procedure(p))) }
    for r in c.ratings where r.location.article == a { pieces.append((r.span.lower, rating(r))) }
    for p in c.publicities where p.location.article == a { pieces.append((p.span.lower, GeneratedParagraph(text: publicity(p)))) }
    if !c.autonomyList.isEmpty, c.autonomyList.allSatisfy({ $0.span.lower >= span.lower && $0.span.upper <= span.upper }) {
      pieces.append((c.autonomyList[0].span.lower, GeneratedParagraph(text: "\(place.here)的自治事项包括：" + c.autonomyList.map(\.name).joined(separator: "、") + "。")))
    }
    if !c.assistanceList.isEmpty, c.assistanceList.allSatisfy({ $0.span.lower >= span.lower && $0.span.upper <= span.upper }) {
      pieces.append((c.assistanceList[0].span.lower, GeneratedParagraph(text: "协助人民政府开展的工作包括：" + c.assistanceList.map(\.name).joined(separator: "、") + "。")))
    }
    return pieces.sorted { $0.0 < $1.0 }.map(\.1).filter { !$0.text.isEmpty }
  }

  // MARK: - Rules

  /// An obligation (X应当…), prohibition (禁止…), right (X可以… / X有权…) or benefit (X享受…每月100元).
  package func rule(_ r: Rule) -> String {
    let (noun, qualifier, cond) = clause.who(subject: r.subject, condition: r.condition)
    // A person noun takes the subject's qualifiers (年龄八十周岁以上的老年村民); without one,
    // the qualifiers become the condition (星级为五星的，享受…).
    let person = noun.map { n in (qualifier.map { $0 + "的" } ?? "") + n }
    let condition = noun == nil ? [qualifier, cond].compactMap { $0 }.joined(separator: "且") : (cond ?? "")
    let lead = condition.isEmpty ? (person ?? "") : (person ?? "") + condition + "的，"
    var s = ""
    switch r.kind {
    case .obligation:
      s = lead + "应当" + trimmed(r.act ?? r.content ?? r.head ?? "")
    case .prohibition:
      s = (condition.isEmpty ? "" : condition + "的，") + "禁止" + (person ?? "") + trimmed(r.act ?? r.content ?? r.head ?? "")
    case .right:
      let what = trimmed(r.content ?? r.act ?? r.head ?? "")
      s = lead + (condition.isEmpty && person != nil ? "有权" : "可以") + what
    case .benefit:
      s = lead + "享受" + trimmed(r.head ?? r.content ?? r.act ?? "") + (r.amount?.text ?? "")
    case .advocacy:
      s = (condition.isEmpty ? "" : condition + "的，") + "倡导" + (person ?? "") + trimmed(r.act ?? r.content ?? r.head ?? "")
    }
    if let e = exception(r) { s += "，但是" + e + "的除外" }
    s += "。"
    if !r.consequences.isEmpty, r.kind == .obligation || r.kind == .prohibition {
      s += "违反本条规定的，予以" + r.consequences.map(\.name).joined(separator: "、") + "。"
    }
    return s
  }

  func exception(_ r: Rule) -> String? {
    var parts = [String]()
    for l in r.exceptLabels {
      guard let label = l.label else { continue }
      if let a = ReferencePrinter.article(of: label, in: charter) {
        parts.append("依照" + StatuteNumber.article(charter.articles[a].number) + "规定")
      } else {
        parts.append("依照【\(label)】规定")
      }
    }
    if let e = r.exceptCondition { parts.append(clause.words(e)) }
    return parts.isEmpty ? nil : parts.joined(separator: "或者")
  }

  // MARK: - Bodies

  /// 村民会议由本村十八周岁以上的村民组成 …；村民会议应当有本村十八周岁以上村民的过半数，或者本村三分之二以上的户的代表参加，所作决定应当经到会人员的过半数通过。
  package func body(_ b: Body) -> [GeneratedParagraph] {
    let name = b.name.isEmpty ? "该机构" : b.name
    var out = [String]()
    var first = ""
    if let comp = b.composition, !comp.isEmpty {
      first = name + "由" + trimmed(comp) + "组成"
      if let size = b.size { first += "，共" + StatuteText.quantity(size) }
    } else if let size = b.size {
      first = name + "由" + StatuteText.quantity(size) + "组成"
    }
    if let term = b.term { first += (first.isEmpty ? name : "，") + "每届任期" + StatuteText.quantity(term) }
    var convene = first.isEmpty ? "" : first + "。"
    var call = ""
    if !b.convenor.isEmpty { call = name + "由" + b.convenor.map(\.name).joined(separator: "、") + "召集" }
    if let sessions = b.sessions, !sessions.isEmpty { call += (call.isEmpty ? name : "，") + trimmed(sessions) }
    if !call.isEmpty { convene += call + "。" }
    if let p = b.proposal, !p.terms.isEmpty {
      convene += "有" + p.terms.map { term($0, b, role: .proposal) }.joined(separator: "，或者") + "提议，应当召集" + name + "。"
    }
    if let n = b.notice { convene += "召集" + name + "，应当" + StatuteText.quantity(n) + "通知。" }
    if !convene.isEmpty { out.append(convene) }

    var decide = ""
    if let q = b.quorum, !q.terms.isEmpty {
      decide = name + "应当有" + q.terms.map { term($0, b, role: .quorum) }.joined(separator: "，或者") + "参加"
      if let v = b.vote, !v.terms.isEmpty {
        decide += "，所作决定应当经" + v.terms.map { term($0, b, role: .vote) }.joined(separator: "，或者") + "通过"
      } else {
        decide += "方可召开"
      }
      decide += "。"
    } else if let v = b.vote, !v.terms.isEmpty {
      decide = name + "所作决定应当经" + v.terms.map { term($0, b, role: .vote) }.joined(separator: "，或者") + "通过。"
    }
    for s in b.special where !s.threshold.terms.isEmpty {
      decide += "讨论决定" + s.label + "，应当经" + s.threshold.terms.map { term($0, b, role: .vote) }.joined(separator: "，或者") + "同意。"
    }
    if let m = b.voteMethod, !m.isEmpty { decide += name + "表决，采用" + trimmed(m) + "。" }
    if !decide.isEmpty { out.append(decide) }

    var duty = ""
    if !b.reportsTo.isEmpty { duty += name + "向" + b.reportsTo.map(\.name).joined(separator: "、") + "负责并报告工作。" }
    if !b.delegate.isEmpty { duty += name + "可以授权" + b.delegate.map(\.name).joined(separator: "、") + "行使部分职权。" }
    for role in b.roles {
      var s = name + "设" + role.name + (role.size.map(StatuteText.quantity) ?? "")
      if let d = role.duties, !d.isEmpty { s += "，" + trimmed(d) }
      if let sel = role.selection, !sel.isEmpty {
        let t = trimmed(sel)
        s += "，" + (t.hasPrefix("由") ? t : "由" + t) + (t.hasSuffix("产生") ? "" : "产生")
      }
      if let term = role.term { s += "，每届任期" + StatuteText.quantity(term) }
      duty += s + "。"
    }
    if !duty.isEmpty { out.append(duty) }
    return out.map { GeneratedParagraph(text: $0) }
  }

  enum Role { case quorum, vote, proposal }

  /// The people a membership ratio counts: 本村十八周岁以上村民 (from 组成), else 村民会议成员.
  func members(_ b: Body) -> String {
    if var comp = b.composition.map(trimmed), !comp.isEmpty, comp.count <= 24, !comp.contains("，") {
      for p in ["的村民", "的居民", "的农户", "的业主"] where comp.hasSuffix(p) {
        comp = String(comp.dropLast(p.count)) + String(p.dropFirst())
      }
      return comp
    }
    return b.name + "成员"
  }

  /// One alternative of a decision rule in words: 本村十八周岁以上村民的过半数, 本村三分之二以上的户的代表, 到会人员的过半数.
  func term(_ t: ThresholdTerm, _ b: Body, role: Role) -> String {
    let r = StatuteText.ratio(strict: t.strict, t.fraction)
    guard let base = t.base else { return r }
    switch base {
    case .members: return members(b) + "的" + r
    case .all, .allMembers: return b.name + "全体成员的" + r
    case .households: return place.here + r + (role == .quorum ? "的户的代表" : "的户")
    case .componentMembers: return role == .quorum ? r + "的组成人员" : "全体组成人员的" + r
    case .present, .presentPeople: return "到会人员的" + r
    case .representatives: return r + "的" + place.people + "代表"
    case .allRepresentatives: return "全体" + place.people + "代表的" + r
    case .registeredVoters: return "登记参加选举的" + place.people + "的" + r
    case .voters: return "投票人的" + r
    case .groups: return r + "的居民小组"
    case .electors: return place.here + r + "有选举权的" + place.people
    }
  }

  // MARK: - Matters, procedures, ratings, publicity, definitions

  package func matter(_ m: Matter) -> String {
    var s = m.name
    if !m.decider.isEmpty { s += "，由" + m.decider.map(\.name).joined(separator: "、") + "讨论决定" }
    if !m.delegate.isEmpty { s += "，也可以授权" + m.delegate.map(\.name).joined(separator: "、") + "讨论决定" }
    if let v = m.vote, !v.terms.isEmpty {
      let who = m.decider.first.flatMap { d in workspace.charters.lazy.compactMap { $0.bodies.first { $0.name == d.name } }.first }
      let dummy = who ?? Body(name: m.decider.first?.name ?? "", location: m.location, span: m.span, nameSpan: m.nameSpan)
      s += "，应当经" + v.terms.map { term($0, dummy, role: .vote) }.joined(separator: "，或者") + "同意"
    }
    if !m.procedure.isEmpty {
      s += "，依照" + m.procedure.map { refs.print($0, written: charter.file.text($0.span)).0 }.joined(separator: "、") + "规定的程序办理"
    }
    if let p = m.publicNotice { s += "，决定后公示" + StatuteText.quantity(p) }
    if let f = m.filing, !f.isEmpty { s += "，并报" + trimmed(f) + "备案" }
    return s + "。"
  }

  package func procedure(_ p: Procedure) -> GeneratedParagraph {
    var items = [String]()
    for step in p.steps {
      var s = step.name + "。"
      if let content = step.content, !content.isEmpty { s += trimmed(content) } else if !step.body.isEmpty {
        s += "由" + step.body.map(\.name).joined(separator: "、") + "负责"
      }
      if let n = step.publicNotice { s += "，公示期不少于" + StatuteText.quantity(n) }
      items.append(s + (s.hasSuffix("。") ? "" : "。"))
    }
    let intro = (p.name.isEmpty ? "程序" : p.name) + (items.isEmpty ? "依照有关规定进行。" : "按照下列步骤进行：")
    return GeneratedParagraph(text: intro, items: items)
  }

  package func rating(_ r: Rating) -> GeneratedParagraph {
    var intro = r.name + "评定"
    if !r.object.isEmpty { intro += "以" + r.object.map(\.name).joined(separator: "、") + "为单位" }
    if let p = r.period, !p.isEmpty { intro += (intro.hasSuffix("评定") ? "" : "，") + trimmed(p) + "评定一次" }
    if let i = r.initial { intro += "，基础分为" + StatuteText.quantity(i) }
    var items = [String]()
    for b in r.bonuses { items.append((b.condition.map(clause.words) ?? b.text) + "的，加" + (b.points.map(StatuteText.quantity) ?? "分") + "；") }
    for d in r.deductions { items.append((d.condition.map(clause.words) ?? d.text) + "的，扣" + (d.points.map(StatuteText.quantity) ?? "分") + "；") }
    for l in r.levels {
      var s = l.minimum.map { StatuteText.quantity($0) + "以上的，" } ?? ""
      s += "评为" + l.name
      if let c = l.condition { s += "，但应当" + clause.words(c) }
      items.append(s + "；")
    }
    if let last = items.last { items[items.count - 1] = String(last.dropLast()) + "。" }
    return GeneratedParagraph(text: intro + (items.isEmpty ? "。" : "，依照下列标准加分、扣分后评定等级："), items: items)
  }

  package func publicity(_ p: Publicity) -> String {
    var s = p.body.isEmpty ? "" : p.body.map(\.name).joined(separator: "、")
    s += "应当" + (p.frequency.map(trimmed) ?? "及时") + "公布" + p.what
    if let c = p.content, !c.isEmpty { s += "，内容包括" + trimmed(c) }
    if let m = p.method, !m.isEmpty { s += "，通过" + trimmed(m) + "公开" }
    return s + "。"
  }

  package func definition(_ d: Definition) -> GeneratedParagraph {
    GeneratedParagraph(text: Self.selfName(charter) + "所称" + d.name + "，是指" + clause.words(d.expr) + "的人员。")
  }

  func trimmed(_ s: String) -> String {
    var t = Substring(s)
    while let last = t.last, "。；;，, ".contains(last) { t = t.dropLast() }
    return String(t)
  }
}

