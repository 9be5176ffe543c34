import WeifaBase
import WeifaSemantics

/// One line of the legal advisor's edition: what the structure beside the prose says.
package struct Note: Sendable, Equatable {
  /// 义务【租住登记】, 机构 村民会议, 定义 老年村民 …
  package var tag: String
  /// 主体：村民；条件：出租房屋；行为：…
  package var text: String
  package init(tag: String, text: String) { self.tag = tag; self.text = text }
}

/// A diagnostic as the annotated edition prints it.
package struct DiagnosticLine: Sendable, Equatable {
  package var severity: Severity
  package var code: String
  package var message: String
  package var line: Int
}

/// Describes the structured content of a document for the annotated edition.
package struct Annotator {
  let workspace: Workspace
  let index: Int
  let w: Words

  package init(workspace: Workspace, index: Int, lang: Language) {
    self.workspace = workspace
    self.index = index
    w = Words(lang)
  }

  var charter: Charter { workspace.charters[index] }

  func fields(_ pairs: [(String, String, String?)]) -> String {
    pairs.compactMap { zh, en, v in v.flatMap { $0.isEmpty ? nil : w(zh, en) + "：" + $0 } }.joined(separator: "；")
  }

  func within(_ s: TextRange, _ outer: TextRange) -> Bool { s.lower >= outer.lower && s.upper <= outer.upper }

  /// The notes of article `a` (or, with `a == nil`, of the document outside any article), in source order.
  package func notes(article a: Int?) -> [Note] {
    let c = charter
    let outer = a.map { c.articles[$0].span }
    func here(_ loc: Location, _ span: TextRange) -> Bool {
      if let a { return loc.article == a }
      return loc.article == nil
    }
    func inside(_ span: TextRange) -> Bool {
      if let outer { return within(span, outer) }
      return !c.articles.contains { within(span, $0.span) }
    }
    var out = [(Int, Note)]()
    for at in c.attributes where inside(at.span) {
      out.append((at.span.lower, Note(tag: w("属性", "Attribute") + " " + at.name, text: at.type.chinese)))
    }
    for d in c.definitions where inside(d.span) {
      out.append((d.span.lower, Note(tag: w("定义", "Definition") + " " + d.name, text: Notation.expr(d.expr))))
    }
    for r in c.rules where here(r.location, r.span) { out.append((r.span.lower, rule(r))) }
    for b in c.bodies where here(b.location, b.span) { out.append((b.span.lower, body(b))) }
    for m in c.matters where here(m.location, m.span) { out.append((m.span.lower, matter(m))) }
    for p in c.procedures where here(p.location, p.span) { out.append((p.span.lower, procedure(p))) }
    for r in c.ratings where here(r.location, r.span) { out.append((r.span.lower, rating(r))) }
    for p in c.publicities where here(p.location, p.span) { out.append((p.span.lower, publicity(p))) }
    for t in c.terminations where here(t.location, t.span) { out.append((t.span.lower, termination(t))) }
    if let first = c.autonomyList.first, inside(first.span) {
      out.append((first.span.lower, Note(tag: w("自治事项", "Autonomy matters"), text: Notation.names(c.autonomyList))))
    }
    if let first = c.assistanceList.first, inside(first.span) {
      out.append((first.span.lower, Note(tag: w("协助事项", "Assistance matters"), text: Notation.names(c.assistanceList))))
    }
    for k in c.cases where here(k.location, k.span) { out.append((k.span.lower, example(k))) }
    return out.sorted { $0.0 < $1.0 }.map(\.1)
  }

  /// 程序 民主评议【民主评议程序】; the label is left out when it repeats the name.
  func labelled(_ tag: String, _ label: String?) -> String {
    guard let l = label, !l.isEmpty, !tag.hasSuffix(" " + l) else { return tag }
    return tag + "【\(l)】"
  }

  package func rule(_ r: Rule) -> Note {
    var text = fields([
      ("主体", "subject", r.subject.map(Notation.expr)),
      ("条件", "condition", r.condition.map(Notation.expr)),
      ("行为", "act", r.act),
      ("内容", "content", r.content),
      ("金额", "amount", r.amount?.text),
      ("除外", "except", r.exceptLabels.isEmpty ? r.exceptCondition.map(Notation.expr) : Notation.names(r.exceptLabels)),
      ("优先于", "overrides", r.overrides.isEmpty ? nil : Notation.refs(r.overrides)),
      ("后果", "consequences", r.consequences.isEmpty ? nil : Notation.names(r.consequences)),
      ("依据", "basis", r.basis.isEmpty ? nil : Notation.refs(r.basis)),
      ("施行", "effective", r.effective.map { StatuteText.date($0, w.lang) }),
      ("废止", "repealed", r.repealed.map { StatuteText.date($0, w.lang) }),
    ])
    if let h = r.head, !h.isEmpty { text = h + (text.isEmpty ? "" : "。") + text }
    return Note(tag: labelled(w.ruleKind(r.kind), r.label), text: text)
  }

  package func body(_ b: Body) -> Note {
    var pairs: [(String, String, String?)] = [
      ("组成", "members", b.composition),
      ("人数", "size", b.size?.text),
      ("任期", "term", b.term?.text),
      ("召集", "convened by", b.convenor.isEmpty ? nil : Notation.names(b.convenor)),
      ("提议", "proposal", b.proposal.map(Notation.threshold)),
      ("法定人数", "quorum", b.quorum.map(Notation.threshold)),
      ("表决", "vote", b.vote.map(Notation.threshold)),
    ]
    for s in b.special { pairs.append(("特别表决【\(s.label)】", "special vote 【\(s.label)】", Notation.threshold(s.threshold))) }
    pairs += [
      ("表决方式", "voting", b.voteMethod),
      ("通知", "notice", b.notice?.text),
      ("会期", "sessions", b.sessions),
      ("负责", "reports to", b.reportsTo.isEmpty ? nil : Notation.names(b.reportsTo)),
      ("授权", "delegates to", b.delegate.isEmpty ? nil : Notation.names(b.delegate)),
      ("依据", "basis", b.basis.isEmpty ? nil : Notation.refs(b.basis)),
    ]
    var text = fields(pairs)
    for r in b.roles {
      let role = fields([("人数", "size", r.size?.text), ("职责", "duties", r.duties), ("产生", "chosen by", r.selection), ("任期", "term", r.term?.text)])
      text += (text.isEmpty ? "" : "；") + w("职务", "role") + " " + r.name + (role.isEmpty ? "" : "（\(role)）")
    }
    return Note(tag: labelled(w("机构", "Body") + " " + b.name, b.label), text: text)
  }

  package func matter(_ m: Matter) -> Note {
    Note(tag: labelled(w("事项", "Matter") + " " + m.name, m.label), text: fields([
      ("类别", "category", m.category),
      ("决定", "decided by", m.decider.isEmpty ? nil : Notation.names(m.decider)),
      ("授权", "delegable to", m.delegate.isEmpty ? nil : Notation.names(m.delegate)),
      ("表决", "vote", m.vote.map(Notation.threshold)),
      ("程序", "procedure", m.procedure.isEmpty ? nil : Notation.refs(m.procedure)),
      ("公示", "public notice", m.publicNotice?.text),
      ("联名", "signatures", m.petition.map(Notation.threshold)),
      ("期限", "period", m.deadline.map(period)),
      ("批准", "approved by", m.approval),
      ("备案", "filing", m.filing),
      ("依据", "basis", m.basis.isEmpty ? nil : Notation.refs(m.basis)),
    ]))
  }

  /// A period as counted (民法典201: the first day is not counted; 1259: 以内 includes the number):
  /// `20日前（两个日期相差不少于20日）`, `10日内（至多10日，首日不计入）`.
  func period(_ q: Quantity) -> String {
    guard let n = q.low.wholeValue else { return q.text }
    if q.text.hasSuffix("前") || q.prefix == "提前" {
      return q.text + w("（两个日期相差不少于\(n)日，首日不计入）", " (the two dates at least \(n) days apart, the first day not counted)")
    }
    if q.text.hasSuffix("内") { return q.text + w("（至多\(n)日，首日不计入，最后一日遇法定休假日顺延）", " (at most \(n) days, the first day not counted, a last day on a rest day moved)") }
    return q.text
  }

  /// `@终止`: the office, the facts or ratings that end it, the answer.
  package func termination(_ t: Termination) -> Note {
    Note(tag: w("终止", "Office ending") + " " + t.office, text: fields([
      ("条件", "condition", t.condition.map(Notation.expr)),
      ("评议", "ratings", t.run.map { w("连续\($0.count)次\($0.rating)", "\($0.count) consecutive ratings of \($0.rating)") } ?? t.review),
      ("结果", "result", t.outcome),
      ("依据", "basis", t.basis.isEmpty ? nil : Notation.refs(t.basis)),
    ]))
  }

  package func procedure(_ p: Procedure) -> Note {
    var text = fields([
      ("适用", "applies to", p.applies.isEmpty ? nil : Notation.names(p.applies)),
      ("依据", "basis", p.basis.isEmpty ? nil : Notation.refs(p.basis)),
      ("备案", "filing", p.filing),
    ])
    let steps = p.steps.enumerated().map { i, s -> String in
      let detail = fields([
        ("机构", "body", s.body.isEmpty ? nil : Notation.names(s.body)),
        ("法定人数", "quorum", s.quorum.map(Notation.threshold)),
        ("表决", "vote", s.vote.map(Notation.threshold)),
        ("期限", "deadline", s.deadline.map(period)),
        ("公示", "public notice", s.publicNotice?.text),
      ])
      return "\(i + 1). \(s.name)" + (detail.isEmpty ? "" : "（\(detail)）")
    }
    if !steps.isEmpty { text += (text.isEmpty ? "" : "；") + w("步骤", "steps") + "：" + steps.joined(separator: " → ") }
    return Note(tag: labelled(w("程序", "Procedure") + " " + p.name, p.label), text: text)
  }

  package func rating(_ r: Rating) -> Note {
    var parts = [fields([
      ("对象", "unit", r.object.isEmpty ? nil : Notation.names(r.object)),
      ("初始", "initial", r.initial?.text),
      ("周期", "period", r.period),
    ])]
    for b in r.bonuses { parts.append(w("加分", "bonus") + " " + b.text + "（" + (b.condition.map(Notation.expr) ?? "") + "；" + (b.points?.text ?? "") + "）") }
    for d in r.deductions { parts.append(w("扣分", "deduction") + " " + d.text + "（" + (d.condition.map(Notation.expr) ?? "") + "；" + (d.points?.text ?? "") + "）") }
    for l in r.levels {
      parts.append(w("等级", "level") + " " + l.name + "（" + [l.minimum.map { "≥ " + $0.text }, l.condition.map(Notation.expr)].compactMap { $0 }.joined(separator: "；") + "）")
    }
    return Note(tag: labelled(w("评定", "Rating") + " " + r.name, r.label), text: parts.filter { !$0.isEmpty }.joined(separator: "；"))
  }

  package func publicity(_ p: Publicity) -> Note {
    Note(tag: labelled(w("公开", "Publicity") + " " + p.what, p.label), text: fields([
      ("内容", "content", p.content),
      ("频率", "frequency", p.frequency),
      ("机构", "body", p.body.isEmpty ? nil : Notation.names(p.body)),
      ("方式", "method", p.method),
      ("依据", "basis", p.basis.isEmpty ? nil : Notation.refs(p.basis)),
    ]))
  }

  package func example(_ k: Case) -> Note {
    func n(_ v: Int?) -> String? { v.map(String.init) }
    return Note(tag: labelled(w("案例", "Case") + " " + k.name, k.label), text: fields([
      ("事实", "facts", k.facts.isEmpty ? nil : k.facts.map { "\($0.name) = \($0.value.description)" }.joined(separator: "，")),
      ("机构", "body", k.body.isEmpty ? nil : Notation.names(k.body)),
      ("事项", "matter", k.matter.isEmpty ? nil : Notation.names(k.matter)),
      ("评定", "rating", k.rating.isEmpty ? nil : Notation.names(k.rating)),
      ("成员", "members", n(k.members)), ("户", "households", n(k.households)),
      ("到会", "present", n(k.present)), ("到会户", "households present", n(k.presentHouseholds)),
      ("赞成", "yes", n(k.yes)),
      ("日期", "date", k.date.map { StatuteText.date($0, w.lang) }),
      ("适用", "applies", k.applies.isEmpty ? nil : Notation.names(k.applies)),
      ("不适用", "does not apply", k.notApplies.isEmpty ? nil : Notation.names(k.notApplies)),
      ("结果", "result", k.result.isEmpty ? nil : Notation.names(k.result)),
    ]))
  }
}
