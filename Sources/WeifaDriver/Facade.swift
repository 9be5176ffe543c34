import WeifaBase
import WeifaSyntax
import WeifaSemantics
import WeifaEvaluator
import WeifaRender

// The driver is the only API front ends use (the CLI imports WeifaBase and WeifaDriver, nothing
// else). The names below are the whole of what a front end may say about the other stages:
// option values, the formatter's result, the vote counts it fills in and the batch runner it
// streams rows through. Everything else is an operation on an `Analysis`.

/// `--to` of `weifa build` (text, md, html, json, notice, page).
package typealias OutputFormat = WeifaRender.OutputFormat
/// What `weifa build` adds to the charter as written (`--caption`, `--toc`, `--labels` …).
package typealias PrintExtras = WeifaRender.PrintExtras
/// The counts of a vote (`weifa decide`).
package typealias VoteCounts = WeifaEvaluator.VoteCounts
/// CSV rows in, evaluated rows out (`weifa batch`).
package typealias BatchRunner = WeifaEvaluator.BatchRunner
/// The canonical layout (`weifa fmt`).
package typealias Formatter = WeifaSyntax.Formatter
package typealias FormatOptions = WeifaSyntax.FormatOptions
/// Plain text pasted from Word → Weifa source, with the layout read and the notes (`weifa import`).
package typealias ImportResult = WeifaSyntax.ImportResult
package typealias ImportNote = WeifaSyntax.ImportNote

/// `--format` of `weifa review` (html, json, text).
package typealias ReviewFormat = WeifaRender.ReviewFormat

/// `weifa import`: the importer, reached through the driver like every other stage.
package enum TextImport {
  /// The Weifa source for `bytes` (UTF-8, as the front end decoded them), its outline and notes.
  package static func run(_ bytes: [UInt8]) -> ImportResult { Importer.run(bytes) }
  /// The same for the text of a Word file: its layout hints, and its reader's notes written as
  /// `# 导入说明` comments.
  package static func run(_ docx: DocxText) -> ImportResult { Importer.run(docx.text, hints: docx.hints, notes: docx.notes) }
  /// Why `bytes` are not text that can be imported (control bytes, bytes that are not UTF-8), or nil.
  package static func refusal(_ bytes: [UInt8]) -> LocalizedText? { Importer.refusal(bytes) }
}

extension Analysis {
  /// The syntax tree of the first document, as `weifa tree` and the tree goldens print it.
  package var treeDump: String { documents.first?.tree.dump() ?? "" }

  /// The documents printed by `weifa build`: all of them but a bundle's manifest (a manifest
  /// alone is printed).
  package func render(format: OutputFormat, annotated: Bool, draft: Bool, lang: Language, extras: PrintExtras = []) -> String {
    renderWithWarnings(format: format, annotated: annotated, draft: draft, lang: lang, extras: extras).text
  }

  /// `render`, with a warning for each fact the output needs and the documents do not give,
  /// naming the directive to add (no @地方 for a 公告 …); `weifa build` prints them on stderr.
  package func renderWithWarnings(format: OutputFormat, annotated: Bool, draft: Bool, lang: Language,
                                  extras: PrintExtras = []) -> (text: String, warnings: [LocalizedText]) {
    let (docs, options) = printing(format: format, annotated: annotated, draft: draft, lang: lang, extras: extras)
    return (Renderer.render(docs, in: workspace, options: options), Renderer.missingFacts(docs, in: workspace, options: options))
  }

  /// What `weifa build` prints (every document but a bundle's manifest) and the options.
  func printing(format: OutputFormat, annotated: Bool, draft: Bool, lang: Language, extras: PrintExtras) -> ([RenderInput], RenderOptions) {
    var options = RenderOptions(format: format)
    options.annotated = annotated
    options.extras = format == .page || annotated ? .all.subtracting(.typeset) : extras
    options.draft = draft
    options.lang = lang
    let docs = documents.enumerated()
      .filter { !($0.element.source.path.hasSuffix("/" + manifestFileName) || $0.element.source.path == manifestFileName) || documents.count == 1 }
      .map { RenderInput(index: $0.offset, diagnostics: $0.element.diagnostics) }
    return (docs, options)
  }

  /// One failed 案例: where it is written and why it failed.
  package struct CaseFailure: Sendable {
    package var name: String
    package var path: String
    package var line: Int
    package var column: Int
    package var failures: [LocalizedText]
  }

  /// The kinds of 案例, as `weifa test` names them: (Chinese, English).
  package static let caseKinds: [String: LocalizedText] = [
    CaseOutcome.Kind.person.rawValue: .init(zh: "人员", en: "person"), CaseOutcome.Kind.vote.rawValue: .init(zh: "表决", en: "vote"),
    CaseOutcome.Kind.routing.rawValue: .init(zh: "路由", en: "routing"), CaseOutcome.Kind.grading.rawValue: .init(zh: "评定", en: "rating"),
    CaseOutcome.Kind.question.rawValue: .init(zh: "决定问题", en: "decision question"),
  ]

  /// Runs the 案例 of the first `count` documents: the failures, how many passed, and how many
  /// cases of each kind there were (the kind in both languages).
  package func runCases(count: Int) -> (failures: [CaseFailure], passed: Int, byKind: [(kind: LocalizedText, count: Int)]) {
    var passed = 0
    var failures = [CaseFailure]()
    var byKind = [String: Int]()
    for d in 0..<count {
      let c = workspace.charters[d]
      for o in CaseRunner.run(workspace, document: d) {
        byKind[o.kind.rawValue, default: 0] += 1
        if o.passed { passed += 1; continue }
        let k = c.cases[o.index]
        let (line, col) = c.file.location(of: k.span.lower)
        failures.append(CaseFailure(name: k.name, path: c.file.path, line: line, column: col, failures: o.failures))
      }
    }
    return (failures, passed, byKind.sorted { $0.key < $1.key }.map { (Analysis.caseKinds[$0.key] ?? .init(zh: $0.key, en: $0.key), $0.value) })
  }

  /// `weifa query`: the facts (NAME, VALUE text) read against the rules of the first `count`
  /// documents, printed as text or JSON; an error names the fact or date that cannot be read.
  package func query(count: Int, facts raw: [(String, String)], asOf: String?, json: Bool, lang: Language) -> Result<String, LocalizedText> {
    let ws = workspace
    let docs = Array(0..<count).filter { !ws.charters[$0].rules.isEmpty || !ws.charters[$0].ratings.isEmpty }
    var scope = Scope(ws, 0)
    for d in 1..<max(count, 1) { scope = scope.merged(with: Scope(ws, d)) }
    let ev = Evaluator(scope: scope)
    var facts = Facts()
    for (k, v) in raw {
      switch ev.parseFact(k, v) {
      case .success(let value): facts.values[k] = value
      case .failure(let e): return .failure(.init(zh: "错误：" + e.message.zh, en: "error: " + Analysis.english(e)))
      }
    }
    var day: Day?
    if let d = asOf {
      guard let parsed = Day.parse(d) else {
        return .failure(.init(zh: "错误：日期「\(d)」应写作 2025-01-01 或 2025年1月1日", en: "error: write the date as 2025-01-01"))
      }
      day = parsed
    }
    let results = Applicability(ws).evaluate(docs, facts: facts, asOf: day)
    let next = Applicability.nextQuestions(results)
    if json { return .success(Answers.queryJSON(results, ws, next, facts: facts, documents: docs, lang: lang).render(layout: .expanded) + "\n") }
    return .success(Answers.query(results, ws, documents: docs, facts: facts, next: next, lang: lang))
  }

  /// `weifa decide --need`, with counts or with `--fact`: the one list of minimums — attendance and
  /// votes (when the membership is given: from it, votes at the attendance given or at the least
  /// quorate attendance), then the proposers, signatures, notice and period (`Decider.needs`).
  func minimums(_ decider: Decider, body: String, matter: String?, counts: VoteCounts, facts: [(name: String, text: String)], json: Bool, lang: Language) -> (output: String, error: String, status: Int32) {
    let more = decider.needs(body: body, matter: matter, facts: facts, from: 0)
    var text = "", fields: [(String, JSONValue)] = [("body", .string(body)), ("matter", matter.map { .string($0) } ?? .null)]
    if counts.members != nil || counts.households != nil {
      var probe = counts
      if probe.present == nil, let m = counts.members {
        let q = decider.decide(body: body, matter: matter, counts: VoteCounts(members: m, households: counts.households, present: 0, presentHouseholds: 0, yes: 0), from: 0)
        var least = m
        for r in q.requirements where r.isQuorum {
          for t in r.terms where t.count == .present { if let n = t.need { least = min(least, max(n, 0)) } }
        }
        probe.present = least
        probe.presentHouseholds = 0
      }
      probe.yes = probe.yes ?? 0
      let d = decider.decide(body: body, matter: matter, counts: probe, from: 0)
      if d.requirements.isEmpty && more.isEmpty { return ("", Answers.noBody(body, lang), 1) }
      if case .object(let members) = Answers.decisionJSON(d, body: body, need: true, lang: lang) {
        fields = members.map { ($0.key, $0.value) }
      }
      if !d.requirements.isEmpty { text = Answers.need(d, body: body, counts: counts, probe: probe, lang: lang) }
    }
    if json {
      fields.append(("minimums", .array(more.map { .fields([("what", .string($0.what.text(lang))), ("rule", .string($0.rule)), ("source", .string($0.source)), ("need", .string($0.arithmetic.text(lang)))]) })))
      return (JSONValue.fields(fields).render(layout: .expanded) + "\n", "", 0)
    }
    return (json || lang == .zh ? text + Answers.needs(more, lang: lang) : Glossary.english(text + Answers.needs(more, lang: lang)), "", 0)
  }

  /// `weifa decide`: whether a vote stands under the charter and the statute, printed with its
  /// arithmetic, and the exit status (0 stands, 1 does not or the body is unknown); with `need`,
  /// the minimum counts instead. Problems go to `error`.
  package func decide(body: String, matter: String?, counts: VoteCounts, need: Bool, json: Bool = false, lang: Language) -> (output: String, error: String, status: Int32) {
    let decider = Decider(workspace)
    if let m = matter {
      // A matter nobody declared would silently be decided by the body's ordinary vote: an error,
      // with the closest names. (A special threshold's label and the statute's matters count.)
      let specials = workspace.charters.flatMap { $0.bodies.flatMap { $0.special.map(\.label) } }
      let declared = workspace.charters.flatMap { $0.matters.map(\.name) }
      guard decider.matter(m, from: 0) != nil || specials.contains(m) || StatutoryFloor.matterVote(m) != nil else {
        let close = Suggest.closest(m, among: declared + specials)
        let zhClose = close.isEmpty ? "" : "；是否指" + close.map { "「\($0)」" }.joined(separator: "或") + "？"
        let enClose = close.isEmpty ? "" : "; did you mean " + close.map { "“\($0)”" }.joined(separator: " or ") + "?"
        // The matters of the charter itself first (then its bundle and the law), at most 15 named.
        let own = workspace.charters.indices.filter { !workspace.isContext[$0] }.flatMap { workspace.charters[$0].matters.map(\.name) }
        var all = [String]()
        for n in own + declared + specials where !all.contains(n) { all.append(n) }
        let shown = all.prefix(15), more = all.count - shown.count
        return ("", lang == .zh ? "错误：找不到事项「\(m)」\(zhClose)\n  已有事项：\(all.isEmpty ? "无" : shown.joined(separator: "、") + (more > 0 ? "等\(all.count)项" : ""))\n"
                               : "error: no matter “\(m)”\(enClose)\n  the matters are: \(all.isEmpty ? "none" : shown.map { "“\($0)”" }.joined(separator: ", ") + (more > 0 ? " and \(more) more" : ""))\n", 2)
      }
      if let (mt, md) = decider.matter(m, from: 0), !mt.decider.isEmpty, !(mt.decider + mt.delegate).contains(where: { $0.name == body }) {
        let c = workspace.charters[md]
        let by = mt.decider.map(\.name), delegated = mt.delegate.map(\.name)
        let title = c.title.map { "《\($0)》" } ?? c.file.path
        if json {
          return (JSONValue.fields([("body", .string(body)), ("matter", .string(m)), ("competent", .bool(false)),
                                    ("decidedBy", .array(by.map { .string($0) })), ("delegatedTo", .array(delegated.map { .string($0) })),
                                    ("document", .string(c.title ?? c.file.path)), ("stands", .bool(false))]).render(layout: .expanded) + "\n", "", 1)
        }
        let zh = "\(body)表决「\(m)」\n✗ 决定权：\(title)规定「\(m)」由\(by.joined(separator: "、"))决定" + (delegated.isEmpty ? "" : "（可授权\(delegated.joined(separator: "、"))）")
          + "，\(body)无权决定\n结论：\(body)无权决定此事项，决定无效（不论到会和赞成人数）。\n"
        let en = "\(body) voting on “\(m)”\n✗ competence: \(title) gives “\(m)” to \(by.map { "“\($0)”" }.joined(separator: ", "))" + (delegated.isEmpty ? "" : " (may delegate to \(delegated.map { "“\($0)”" }.joined(separator: ", ")))")
          + "; “\(body)” may not decide it\nResult: “\(body)” has no power over this matter; the decision is void whatever the counts.\n"
        return (lang == .zh ? zh : en, "", 1)
      }
      // Competence by the statute's matrix too (issue 13, Decider.competence): a matter the charter
      // lets this body decide but the statute keeps from it.
      if decider.matter(m, from: 0) != nil, decider.competence(body: body, matter: m, authorised: true, from: 0).outcome == .result("无权决定") {
        let a = decider.competence(body: body, matter: m, authorised: true, from: 0)
        if json { return (Answers.answerJSON(a, body: body, matter: m, lang: lang).render(layout: .expanded) + "\n", "", 1) }
        return (Answers.answer(a, body: body, matter: m, lang: lang), "", 1)
      }
    }
    if need {
      let base = [("成员", counts.members), ("户数", counts.households)].compactMap { n, v in v.map { (name: n, text: String($0)) } }
      return minimums(decider, body: body, matter: matter, counts: counts, facts: base, json: json, lang: lang)
    }
    let d = decider.decide(body: body, matter: matter, counts: counts, from: 0)
    guard !d.requirements.isEmpty else { return ("", Answers.noBody(body, lang), 1) }
    let text = json ? Answers.decisionJSON(d, body: body, need: false, lang: lang).render(layout: .expanded) + "\n" : Answers.decision(d, body: body, lang: lang)
    return (json || lang == .zh ? text : Glossary.english(text), "", d.stands == true ? 0 : 1)
  }

  /// `weifa route`: who decides `matter`, by which procedure; an error lists the known matters.
  package func route(_ matter: String, json: Bool = false, lang: Language) -> Result<String, LocalizedText> {
    let ws = workspace
    guard let r = Decider(ws).route(matter, from: 0) else {
      let known = ws.charters.flatMap { $0.matters.map(\.name) }
      return .failure(.init(zh: "错误：找不到事项「\(matter)」；已有事项：\(known.joined(separator: "、"))",
                            en: "error: no matter “\(matter)”; the matters are: \(known.map { "“\($0)”" }.joined(separator: ", "))"))
    }
    return .success(json ? Answers.routeJSON(r, ws).render(layout: .expanded) + "\n" : lang == .zh ? Answers.route(r, ws, lang: lang) : Glossary.english(Answers.route(r, ws, lang: lang)))
  }

  /// A fact that cannot be read, in English with the charter's names quoted.
  static func english(_ e: FactError) -> String {
    let q: (String) -> String = { "“\($0)”" }
    if case .unknownAttribute(let n, let known) = e { return "no attribute \(q(n)); the attributes are: " + known.map(q).joined(separator: ", ") }
    if case .wrongType(let n, let t, let v) = e { return "\(q(n)) is \(q(t)); \(q(v)) is not such a value" }
    if case .unknownValue(let n, let v, let vs) = e { return "\(q(n)) has no value \(q(v)); it takes: " + vs.map(q).joined(separator: ", ") }
    return e.message.en
  }

  /// The batch runner for the rules of the first `count` documents (`weifa batch`).
  package func batchRunner(count: Int, json: Bool, lang: Language = .zh) -> BatchRunner {
    let ws = workspace
    let docs = Array(0..<count).filter { !ws.charters[$0].rules.isEmpty }
    return BatchRunner(compiled: CompiledRules(ws, documents: docs), json: json, lang: lang)
  }
}
