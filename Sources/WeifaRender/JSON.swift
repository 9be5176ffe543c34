import WeifaBase
import WeifaSemantics

/// `weifa build --to json`: the checked model, for other tools.
///
/// # Schema `weifa.model/1`
///
/// The version changes only when a member is removed or changes meaning; members may be added
/// within a version. Every member listed is always present (its value may be `null` or `[]`), and
/// members appear in the order listed. Numbers of articles, paragraphs and items are the printed
/// ones (1-based); `line` is the 1-based line in `file`.
///
/// ```text
/// root        { schema: "weifa.model/1", generator: "weifa", draft: bool, lang: "zh"|"en",
///               book: { title: string|null } | null     — several documents printed as one book
///               documents: [document] }                  — in book order
/// document    { file, title, kind, place, version: string|null, shortNames: [string],
///               higherLaw: bool                          — an excerpt of a statute (keeps its numbers)
///               basis, higher, supersedes: [reference],
///               adopted: adoption|null, amendments: [adoption], filing: filing|null,
///               effective, repealed: date|null,
///               caption: [string]                        — the printed 题注 lines, in Chinese
///               preamble: [string]                       — 序言 prose before the first heading
///               divisions: [division], articles: [article],
///               attributes: [attribute], definitions: [definition],
///               rules: [rule], bodies: [body], matters: [matter],
///               autonomyList, assistanceList: [name],
///               procedures: [procedure], ratings: [rating], publicities: [publicity], cases: [case],
///               references: [reference], diagnostics: [diagnostic],
///               signature: [string]                      — the 落款 lines as written
///               lines: [{ role, level, mark: string|null, line, text }]
///                                                        — every printed line as `build --to text` prints it:
///                                                          role title|preamble|heading|article|paragraph|item|
///                                                          subitem|signature|blank }
/// adoption    { body, date: date|null, expected, attended, yes, no, abstain: int|null, note: string|null, line }
/// filing      { organ, date: date|null, line }
/// date        "YYYY-MM-DD"
/// division    { level: "part"|"subPart"|"chapter"|"section", number, heading: "第一章", title,
///               mark: string|null                        — 一、 as written; "" for an unnumbered heading; null for 第X章
///               firstArticle, lastArticle: int|null, line }
/// article     { number                                   — assigned (what 第？条 gets; what is printed)
///               written: int|null                        — the number the drafter wrote
///               heading: "第十一条", label: string|null, line, generated: bool,
///               mark: string|null                        — the number as written (第十一条, 三、, 3., （三）, ③); null if none
///               citation: "第三条"                        — how it is cited (「二、村风」第1条 when numbers restart)
///               labelPrinted: bool                       — false for a label given by @条标
///               paragraphs: [{ text, printed, items: [item] }] }
///                                                        — text as written; printed with references resolved;
///                                                          for a generated article, text = printed = generated prose
/// item        { number, heading: "（一）" or "1.", mark: string|null (as written), text, printed, subitems: [item] }
/// location    { article, paragraph, item, subitem: int|null }
/// reference   { text                                     — as written
///               printed                                  — as printed (第X条 for 【条标】, renumbered, 第三项 for 第（三）项)
///               inProse: bool, line, from: location,
///               document: string|null                    — the document named or reached
///               label, relative, anchor: string|null,    — 【条标】; 前款/本条 …; a 前款 written just before
///               ordinals: [{ unit: "编"|"分编"|"章"|"节"|"条"|"款"|"项"|"目", number, bracketed: bool }],
///               resolved: bool                           — false when it points into a document not loaded
///                                                          or at nothing; higher-law excerpts count as resolved
///               target: { document: string|null, article: int|null } | null }
/// rational    { numerator: int, denominator: int }       — exact, never a float
/// quantity    { text, prefix, unit, suffix: string|null, low: rational, high: rational|null }
/// threshold   { text, terms: [{ base: string|null        — 成员 户 组成人员 到会 全体 代表 登记选民 投票 …
///                               relation: "gt"|"ge"      — 过半数/超过 are gt; 以上/不少于 are ge
///                               fraction: rational, words: "过半数"|"三分之二以上"|…, text }] }
///                                                        — terms are alternatives (或)
/// expr        { op: "and"|"or", args: [expr] } | { op: "not", arg: expr }
///             | { op: "compare", name, cmp: "="|"≠"|">"|"≥"|"<"|"≤", value }
///             | { op: "member", name, values: [value], negated: bool }
///             | { op: "ref", name } | { op: "invalid" }
/// value       { type: "number", value: rational, unit: string|null, raw } | { type: "date", value: date }
///             | { type: "name", value } | { type: "text", value }
/// name        { name, label: string|null }
/// attribute   { name, type: "number"|"boolean"|"enumeration"|"date"|"text"|"unknown", unit: string|null,
///               values: [string], text: "数值（周岁）", line }
/// definition  { name, expr, text, line }
/// rule        { kind: "obligation"|"prohibition"|"right"|"benefit", keyword: "义务"|"禁止"|"权利"|"享有",
///               label, head: string|null, subject, condition: expr|null, act, content: string|null,
///               amount: quantity|null, except: { labels: [string], condition: expr|null },
///               overrides: [reference], consequences: [name], basis: [reference],
///               effective, repealed: date|null, location, line,
///               prose                                    — the rule in statute words (what an article without prose prints) }
/// body        { name, label, composition: string|null, size, term: quantity|null, convenor: [name],
///               proposal, quorum, vote: threshold|null, voteMethod: string|null,
///               special: [{ matter, threshold }], notice: quantity|null, sessions: string|null,
///               reportsTo, delegate: [name], basis: [reference],
///               roles: [{ name, size, term: quantity|null, duties, selection: string|null }],
///               compositionParts: [part]|null            — @组成 as read (Grammar/README.md, composition); part is
///                 { kind: category|count|share|odd|perHouseholds|excluded|area|selection, name?, low?, high?, share: rational?, strict?, relatives?, text? },
///               compositionUnread: [string]               — the clauses not read
///               location, line }
/// matter      { name, label, category: string|null, decider, delegate: [name], vote: threshold|null,
///               procedure: [reference], publicNotice: quantity|null, filing: string|null, basis: [reference],
///               petition: threshold|null                 — 联名: who may demand it by signing (村组法16)
///               approval: string|null                    — 批准: who approves it after the vote (土地承包法28, 52)
///               deadline: quantity|null                  — 期限: 20日前, 5日内
///               location, line }
/// procedure   { name, label, applies: [name], basis: [reference], filing: string|null,
///               steps: [{ name, body: [name], vote, quorum: threshold|null, publicNotice, deadline: quantity|null, content }],
///               location, line }
/// rating      { name, label, object: [name], initial: quantity|null, period: string|null,
///               bonuses, deductions: [{ text, condition: expr|null, points: quantity|null }],
///               levels: [{ name, minimum: quantity|null, condition: expr|null }], location, line }
/// publicity   { what, label, content, frequency, method: string|null, body: [name], basis: [reference], location, line }
/// case        { name, label, facts: [{ name, value }], applies, notApplies, result, body, matter, rating: [name],
///               members, households, present, presentHouseholds, yes: int|null, date: date|null, location, line }
/// diagnostic  { code, severity: "error"|"warning"|"note", message, line, column, article: int|null }
/// ```
package enum ModelJSON {
  package static let schema = "weifa.model/1"

  package static func render(_ inputs: [RenderInput], in ws: Workspace, options: RenderOptions) -> String {
    let valid = inputs.filter { ws.charters.indices.contains($0.index) }
    let title = valid.count > 1 ? BookLayout.bundleTitle(valid.map(\.index), ws) : nil
    let root = JSONValue.obj([
      ("schema", .string(schema)),
      ("generator", .string("weifa")),
      ("draft", .bool(options.draft)),
      ("lang", .string(options.lang.rawValue)),
      ("book", valid.count > 1 ? .obj([("title", .str(title))]) : .null),
      ("documents", .array(valid.map { DocumentJSON(ws, $0, options).json() })),
    ])
    return root.render() + "\n"
  }
}

struct DocumentJSON {
  let ws: Workspace
  let input: RenderInput
  let options: RenderOptions
  let c: Charter
  let printer: ReferencePrinter
  let generator: GeneratedProse

  init(_ ws: Workspace, _ input: RenderInput, _ options: RenderOptions) {
    self.ws = ws
    self.input = input
    self.options = options
    c = ws.charters[input.index]
    printer = ReferencePrinter(workspace: ws, charterIndex: input.index)
    generator = GeneratedProse(workspace: ws, index: input.index)
  }

  func line(_ span: TextRange) -> JSONValue { .int(c.file.location(of: span.lower).line) }
  func date(_ d: Day?) -> JSONValue { d.map { .string(StatuteText.iso($0)) } ?? .null }
  func rational(_ r: Rational) -> JSONValue { .obj([("numerator", .int(r.num)), ("denominator", .int(r.den))]) }
  func names(_ n: [NameRef]) -> JSONValue { .array(n.map { .obj([("name", .string($0.name)), ("label", .str($0.label))]) }) }
  func refs(_ r: [Ref]) -> JSONValue { .array(r.map(reference)) }

  func json() -> JSONValue {
    var m = [(String, JSONValue?)]()
    m.append(("file", .string(c.file.path)))
    m.append(("title", .str(c.title)))
    m.append(("kind", .str(c.kind)))
    m.append(("place", .str(c.place)))
    m.append(("version", .str(c.version)))
    m.append(("shortNames", .array(c.shortNames.map { JSONValue.string($0) })))
    m.append(("higherLaw", .bool(c.isHigherLaw)))
    m.append(("basis", refs(c.basis)))
    m.append(("higher", refs(c.higher)))
    m.append(("supersedes", refs(c.supersedes)))
    m.append(("adopted", c.adopted.map(adoption) ?? .null))
    m.append(("amendments", .array(c.amendments.map(adoption))))
    m.append(("filing", c.filing.map(filing) ?? .null))
    m.append(("effective", date(c.effective)))
    m.append(("repealed", date(c.repealed)))
    m.append(("caption", .array(DocumentLayout.caption(c, Words(.zh)).map { JSONValue.string($0) })))
    m.append(("preamble", .array(SourceProse(c).preamble().map(preambleLine))))
    m.append(("divisions", .array(c.divisions.map(division))))
    m.append(("articles", .array(c.articles.indices.map { article($0, c.articles[$0]) })))
    m.append(("attributes", .array(c.attributes.map(attribute))))
    m.append(("definitions", .array(c.definitions.map(definition))))
    m.append(("rules", .array(c.rules.map(rule))))
    m.append(("bodies", .array(c.bodies.map(body))))
    m.append(("matters", .array(c.matters.map(matter))))
    m.append(("autonomyList", names(c.autonomyList)))
    m.append(("assistanceList", names(c.assistanceList)))
    m.append(("procedures", .array(c.procedures.map(procedure))))
    m.append(("ratings", .array(c.ratings.map(rating))))
    m.append(("publicities", .array(c.publicities.map(publicity))))
    m.append(("terminations", .array(c.terminations.map(termination))))
    m.append(("cases", .array(c.cases.map(example))))
    m.append(("references", refs(c.references)))
    m.append(("diagnostics", .array(input.diagnostics.map(diagnostic))))
    m.append(("signature", .array(c.signature.map { JSONValue.string(c.file.text($0).trimmingSpaces()) })))
    m.append(("lines", .array(c.printedLines.map { l in
      .obj([("role", .string(l.role.rawValue)), ("level", .int(l.level)), ("mark", .str(l.mark)),
            ("line", .int(c.file.location(of: l.range.lower).line)), ("text", .string(c.file.text(l.range)))])
    })))
    return .obj(m)
  }

  func filing(_ f: Filing) -> JSONValue { .obj([("organ", .string(f.organ)), ("date", date(f.date)), ("line", line(f.span))]) }

  func preambleLine(_ l: SourceProse.Line) -> JSONValue { .string(printer.inlines(l.text, span: l.span).plain) }

  func definition(_ d: Definition) -> JSONValue {
    .obj([("name", .string(d.name)), ("expr", expr(d.expr)), ("text", .string(Notation.expr(d.expr))), ("line", line(d.span))])
  }

  func adoption(_ a: Adoption) -> JSONValue {
    .obj([
      ("body", .string(a.body)), ("date", date(a.date)),
      ("expected", .num(a.expected)), ("attended", .num(a.attended)), ("yes", .num(a.yes)), ("no", .num(a.no)), ("abstain", .num(a.abstain)),
      ("note", .str(a.note)), ("line", line(a.span)),
    ])
  }

  func articleNumber(_ index: Int?) -> JSONValue {
    guard let i = index, c.articles.indices.contains(i) else { return .null }
    return .int(c.articles[i].number)
  }

  func division(_ d: Division) -> JSONValue {
    let has = d.endArticle > d.firstArticle
    return .obj([
      ("level", .string(StatuteNumber.levelName(d.level))), ("number", .int(StatuteNumber.number(of: d, in: c))),
      ("heading", .string(StatuteNumber.division(d.level, StatuteNumber.number(of: d, in: c)))), ("title", .string(d.title)),
      ("mark", .str(d.mark)),
      ("firstArticle", has ? articleNumber(d.firstArticle) : .null), ("lastArticle", has ? articleNumber(d.endArticle - 1) : .null),
      ("line", line(d.span)),
    ])
  }

  func article(_ i: Int, _ a: Article) -> JSONValue {
    var paragraphs = [JSONValue]()
    var generated = false
    if !a.hasProse, case let g = generator.paragraphs(article: i), !g.isEmpty {
      generated = true
      for p in g {
        let items: [JSONValue] = p.items.enumerated().map { n, t in
          .obj([("number", .int(n + 1)), ("heading", .string(StatuteNumber.item(n + 1))), ("text", .string(t)), ("printed", .string(t)), ("subitems", .array([]))])
        }
        paragraphs.append(.obj([("text", .string(p.text)), ("printed", .string(p.text)), ("items", .array(items))]))
      }
    } else {
      for p in a.paragraphs {
        let items: [JSONValue] = p.items.map { item in
          let subs: [JSONValue] = item.subitems.map { s in
            .obj([("number", .int(s.number)), ("heading", .string(StatuteNumber.subitem(s.number))), ("mark", .str(s.mark)), ("text", .string(s.text)),
                  ("printed", .string(printer.inlines(s.text, span: s.span).plain)), ("subitems", .array([]))])
          }
          return .obj([("number", .int(item.number)), ("heading", .string(StatuteNumber.item(item.number))), ("mark", .str(item.mark)), ("text", .string(item.text)),
                       ("printed", .string(printer.inlines(item.text, span: item.span, excluding: item.subitems.map(\.span)).plain)),
                       ("subitems", .array(subs))])
        }
        paragraphs.append(.obj([("text", .string(p.text)), ("printed", .string(printer.inlines(p.text, span: p.span).plain)), ("items", .array(items))]))
      }
    }
    return .obj([
      ("number", .int(a.number)), ("written", .num(a.written)), ("heading", .string(StatuteNumber.article(a.number))),
      ("label", .str(a.label)), ("line", line(a.headingSpan)), ("generated", .bool(generated)),
      ("mark", .str(a.mark)), ("citation", .string(c.citation(ofArticle: i))), ("labelPrinted", .bool(a.label != nil && !a.labelHidden)),
      ("paragraphs", .array(paragraphs)),
    ])
  }

  func location(_ l: Location) -> JSONValue {
    .obj([
      ("article", articleNumber(l.article)),
      ("paragraph", .num(l.paragraph.map { $0 + 1 })),
      ("item", .num(l.item.map { $0 + 1 })),
      ("subitem", .num(l.subitem.map { $0 + 1 })),
    ])
  }

  func reference(_ r: Ref) -> JSONValue {
    let written = c.file.text(r.span)
    let (printed, target) = printer.print(r, written: written)
    let named = r.document.flatMap(ws.document(named:))
    var docTitle: String? = r.document
    if let t = target { docTitle = ws.charters[t.charter].title ?? docTitle } else if let d = named { docTitle = ws.charters[d].title ?? docTitle }
    let resolved: Bool
    if target != nil || r.relative != nil {
      resolved = true
    } else if r.document != nil && named == nil {
      resolved = false                                   // a law or document that is not loaded
    } else if let d = named, ws.charters[d].isHigherLaw || (r.ordinals.isEmpty && r.label == nil) {
      resolved = true                                    // higher law keeps its numbers; 《文件》 alone
    } else if r.label != nil || r.ordinals.contains(where: { $0.unit == "条" }) {
      resolved = false                                   // no such label or article
    } else {
      resolved = true                                    // 第二款, 第三项, 第二章: checked by the checker
    }
    var targetJSON = JSONValue.null
    if let t = target {
      targetJSON = .obj([("document", .str(ws.charters[t.charter].title)), ("article", .int(ws.charters[t.charter].articles[t.article].number))])
    } else if let d = named, r.ordinals.isEmpty, r.label == nil {
      targetJSON = .obj([("document", .str(ws.charters[d].title)), ("article", .null)])
    }
    return .obj([
      ("text", .string(written)), ("printed", .string(printed)), ("inProse", .bool(r.inProse)), ("line", line(r.span)),
      ("from", location(r.from)),
      ("document", .str(docTitle)), ("label", .str(r.label)), ("relative", .str(r.relative?.rawValue)), ("anchor", .str(r.anchor?.rawValue)),
      ("ordinals", .array(r.ordinals.map { .obj([("unit", .string($0.unit)), ("number", .int($0.number)), ("bracketed", .bool($0.bracketed))]) })),
      ("resolved", .bool(resolved)),
      ("target", targetJSON),
    ])
  }

  func quantity(_ q: Quantity?) -> JSONValue {
    guard let q else { return .null }
    return .obj([
      ("text", .string(q.text)), ("prefix", .str(q.prefix)), ("unit", .str(q.unit)), ("suffix", .str(q.suffix)),
      ("low", rational(q.low)), ("high", q.high.map(rational) ?? .null),
    ])
  }

  func threshold(_ t: Threshold?) -> JSONValue {
    guard let t else { return .null }
    return .obj([
      ("text", .string(t.text)),
      ("terms", .array(t.terms.map { term in
        .obj([("base", .str(term.base?.rawValue)), ("relation", .string(term.strict ? "gt" : "ge")), ("fraction", rational(term.fraction)),
              ("words", .string(StatuteText.ratio(strict: term.strict, term.fraction))), ("text", .string(term.text))])
      })),
    ])
  }

  func value(_ v: Value) -> JSONValue {
    switch v {
    case .number(let r, let unit, let raw): return .obj([("type", .string("number")), ("value", rational(r)), ("unit", .str(unit)), ("raw", .string(raw))])
    case .day(let d): return .obj([("type", .string("date")), ("value", .string(StatuteText.iso(d)))])
    case .name(let n): return .obj([("type", .string("name")), ("value", .string(n))])
    case .text(let t): return .obj([("type", .string("text")), ("value", .string(t))])
    }
  }

  func expr(_ e: Expr?) -> JSONValue { e.map { expr($0, depth: 0) } ?? .null }

  func expr(_ e: Expr, depth: Int) -> JSONValue {
    if depth > 64 { return .obj([("op", .string("invalid"))]) }
    switch e {
    case .and(let xs): return .obj([("op", .string("and")), ("args", .array(xs.map { expr($0, depth: depth + 1) }))])
    case .or(let xs): return .obj([("op", .string("or")), ("args", .array(xs.map { expr($0, depth: depth + 1) }))])
    case .not(let x): return .obj([("op", .string("not")), ("arg", expr(x, depth: depth + 1))])
    case .compare(let name, let op, let v, _): return .obj([("op", .string("compare")), ("name", .string(name)), ("cmp", .string(op.rawValue)), ("value", value(v))])
    case .member(let name, let values, let negated, _):
      return .obj([("op", .string("member")), ("name", .string(name)), ("values", .array(values.map(value))), ("negated", .bool(negated))])
    case .ref(let name, _): return .obj([("op", .string("ref")), ("name", .string(name))])
    case .invalid: return .obj([("op", .string("invalid"))])
    }
  }

  func attribute(_ a: Attribute) -> JSONValue {
    var type = "text", unit: String? = nil, values: [String] = []
    switch a.type {
    case .number(let u): type = "number"; unit = u
    case .boolean: type = "boolean"
    case .enumeration(let v): type = "enumeration"; values = v
    case .date: type = "date"
    case .text: type = "text"
    case .unknown: type = "unknown"
    }
    return .obj([("name", .string(a.name)), ("type", .string(type)), ("unit", .str(unit)), ("values", .array(values.map { .string($0) })),
                 ("text", .string(a.type.chinese)), ("line", line(a.span))])
  }

  func rule(_ r: Rule) -> JSONValue {
    let kind: String
    switch r.kind {
    case .obligation: kind = "obligation"
    case .prohibition: kind = "prohibition"
    case .right: kind = "right"
    case .benefit: kind = "benefit"
    case .advocacy: kind = "advocacy"
    }
    return .obj([
      ("kind", .string(kind)), ("keyword", .string(r.kind.rawValue)), ("label", .str(r.label)), ("head", .str(r.head)),
      ("subject", expr(r.subject)), ("condition", expr(r.condition)), ("act", .str(r.act)), ("content", .str(r.content)),
      ("amount", quantity(r.amount)),
      ("except", .obj([("labels", .array(r.exceptLabels.compactMap { $0.label.map { .string($0) } })), ("condition", expr(r.exceptCondition))])),
      ("overrides", refs(r.overrides)), ("consequences", names(r.consequences)), ("basis", refs(r.basis)),
      ("effective", date(r.effective)), ("repealed", date(r.repealed)),
      ("location", location(r.location)), ("line", line(r.span)),
      ("prose", .string(generator.rule(r))),
    ])
  }

  func body(_ b: Body) -> JSONValue {
    .obj([
      ("name", .string(b.name)), ("label", .str(b.label)), ("composition", .str(b.composition)),
      ("size", quantity(b.size)), ("term", quantity(b.term)), ("convenor", names(b.convenor)),
      ("proposal", threshold(b.proposal)), ("quorum", threshold(b.quorum)), ("vote", threshold(b.vote)),
      ("voteMethod", .str(b.voteMethod)),
      ("special", .array(b.special.map { .obj([("matter", .string($0.label)), ("threshold", threshold($0.threshold))]) })),
      ("notice", quantity(b.notice)), ("sessions", .str(b.sessions)),
      ("reportsTo", names(b.reportsTo)), ("delegate", names(b.delegate)), ("basis", refs(b.basis)),
      ("roles", .array(b.roles.map { r in
        .obj([("name", .string(r.name)), ("size", quantity(r.size)), ("term", quantity(r.term)), ("duties", .str(r.duties)), ("selection", .str(r.selection))])
      })),
      ("proxy", .str(b.proxy)), ("proxyLimit", quantity(b.proxyLimit)), ("observers", .str(b.observers)),
      ("standIn", names(b.standIn)), ("standInCondition", .str(b.standInCondition)),
      ("compositionParts", b.structure.map { .array($0.parts.map(compositionPart)) } ?? .null),
      ("compositionUnread", .array((b.structure?.unread ?? []).map { .string($0) })),
      ("location", location(b.location)), ("line", line(b.span)),
    ])
  }

  func compositionPart(_ p: Composition.Part) -> JSONValue {
    func n(_ v: Int?) -> JSONValue { v.map { .int($0) } ?? .null }
    switch p {
    case .category(let name): return .obj([("kind", .string("category")), ("name", .string(name))])
    case .count(let name, let lo, let hi): return .obj([("kind", .string("count")), ("name", .string(name)), ("low", .int(lo)), ("high", n(hi))])
    case .share(let name, let f, let strict, let text):
      return .obj([("kind", .string("share")), ("name", .string(name)), ("share", rational(f)), ("strict", .bool(strict)), ("text", .string(text))])
    case .odd: return .obj([("kind", .string("odd"))])
    case .perHouseholds(let name, let lo, let hi): return .obj([("kind", .string("perHouseholds")), ("name", .string(name)), ("low", .int(lo)), ("high", .int(hi))])
    case .excluded(let name, let r): return .obj([("kind", .string("excluded")), ("name", .string(name)), ("relatives", .bool(r))])
    case .area(let lo, let hi): return .obj([("kind", .string("area")), ("low", .int(lo)), ("high", .int(hi))])
    case .selection(let text): return .obj([("kind", .string("selection")), ("text", .string(text))])
    }
  }

  func matter(_ m: Matter) -> JSONValue {
    .obj([
      ("name", .string(m.name)), ("label", .str(m.label)), ("category", .str(m.category)),
      ("decider", names(m.decider)), ("delegate", names(m.delegate)), ("vote", threshold(m.vote)),
      ("procedure", refs(m.procedure)), ("publicNotice", quantity(m.publicNotice)), ("filing", .str(m.filing)), ("basis", refs(m.basis)),
      ("petition", threshold(m.petition)), ("approval", .str(m.approval)), ("deadline", quantity(m.deadline)), ("reasons", .str(m.reasons)),
      ("location", location(m.location)), ("line", line(m.span)),
    ])
  }

  func procedure(_ p: Procedure) -> JSONValue {
    .obj([
      ("name", .string(p.name)), ("label", .str(p.label)), ("applies", names(p.applies)), ("basis", refs(p.basis)), ("filing", .str(p.filing)),
      ("steps", .array(p.steps.map { s in
        .obj([("name", .string(s.name)), ("body", names(s.body)), ("vote", threshold(s.vote)), ("quorum", threshold(s.quorum)),
              ("publicNotice", quantity(s.publicNotice)), ("deadline", quantity(s.deadline)), ("content", .str(s.content)), ("sessions", .str(s.sessions))])
      })),
      ("proxy", .str(p.proxy)), ("proxyLimit", quantity(p.proxyLimit)),
      ("location", location(p.location)), ("line", line(p.span)),
    ])
  }

  func rating(_ r: Rating) -> JSONValue {
    func score(_ s: ScoreRule) -> JSONValue { .obj([("text", .string(s.text)), ("condition", expr(s.condition)), ("points", quantity(s.points))]) }
    return .obj([
      ("name", .string(r.name)), ("label", .str(r.label)), ("object", names(r.object)), ("initial", quantity(r.initial)), ("period", .str(r.period)),
      ("bonuses", .array(r.bonuses.map(score))), ("deductions", .array(r.deductions.map(score))),
      ("levels", .array(r.levels.map { l in .obj([("name", .string(l.name)), ("minimum", quantity(l.minimum)), ("condition", expr(l.condition))]) })),
      ("location", location(r.location)), ("line", line(r.span)),
    ])
  }

  /// An `@终止` line: the office, what ends it (条件 as written, 评议), the result and where it is.
  func termination(_ t: Termination) -> JSONValue {
    .obj([
      ("office", .string(t.office)), ("condition", .str(t.conditionText)), ("review", .str(t.review)),
      ("run", t.run.map { .obj([("count", .int($0.count)), ("rating", .string($0.rating))]) } ?? .null),
      ("result", .string(t.outcome)), ("basis", refs(t.basis)), ("note", .str(t.note)),
      ("location", location(t.location)), ("line", line(t.span)),
    ])
  }

  func publicity(_ p: Publicity) -> JSONValue {
    .obj([
      ("what", .string(p.what)), ("label", .str(p.label)), ("content", .str(p.content)), ("frequency", .str(p.frequency)),
      ("method", .str(p.method)), ("body", names(p.body)), ("basis", refs(p.basis)),
      ("location", location(p.location)), ("line", line(p.span)),
    ])
  }

  func example(_ k: Case) -> JSONValue {
    .obj([
      ("name", .string(k.name)), ("label", .str(k.label)),
      ("facts", .array(k.facts.map { .obj([("name", .string($0.name)), ("value", value($0.value))]) })),
      ("applies", names(k.applies)), ("notApplies", names(k.notApplies)), ("result", names(k.result)),
      ("body", names(k.body)), ("matter", names(k.matter)), ("rating", names(k.rating)),
      ("members", .num(k.members)), ("households", .num(k.households)), ("present", .num(k.present)),
      ("presentHouseholds", .num(k.presentHouseholds)), ("yes", .num(k.yes)), ("date", date(k.date)),
      ("location", location(k.location)), ("line", line(k.span)),
    ])
  }

  func diagnostic(_ d: Diagnostic) -> JSONValue {
    let (l, col) = d.file.location(of: d.range.lower)
    let article = d.file.path != c.file.path ? nil : c.articles.firstIndex { d.range.lower >= $0.span.lower && d.range.lower < $0.span.upper }
    return .obj([
      ("code", .string(d.code.id)), ("severity", .string(d.severity.english)), ("message", .string(d.message.text(options.lang))),
      ("line", .int(l)), ("column", .int(col)), ("article", articleNumber(article)),
    ])
  }
}
