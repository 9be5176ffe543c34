import WeifaBase
import WeifaEvaluator
import WeifaSemantics

/// The resident's page: the HTML edition of the charter plus the resident's panels — a short
/// answer at the top ("这些与您有关", each with its reason in plain words, and "还需回答"), the
/// few questions that matter most (the rest on demand) and every rule that applies — and
/// "会议表决", whose logic is data generated from the checked model (the `CompiledRules`
/// programs and the decision thresholds, as JSON) run by one small fixed interpreter
/// (`PageScript.js`). No network, no `eval`; the charter text stays readable with scripts off.
package enum PagePrinter {
  package static func render(_ inputs: [RenderInput], in ws: Workspace, options: RenderOptions) -> String {
    var htmlOptions = options
    htmlOptions.format = .html
    let book = BookLayout(inputs, in: ws, options: htmlOptions)
    let docs = inputs.map(\.index).filter { ws.charters.indices.contains($0) }
    // Nothing to print: the HTML edition's empty page, without panels.
    if docs.isEmpty { return HTMLPrinter.render(book) }
    let model = PageModel(ws, documents: docs, book: book)
    var html = HTMLPrinter.render(book)
    // Scripts are allowed inline only; nothing may be fetched, nothing evaluated from strings.
    html = html.replacing(
      "content=\"default-src 'none'; style-src 'unsafe-inline'\"",
      with: "content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\"")
    html = html.replacing("</style>", with: PageScript.css + "\n</style>")
    let title = HTMLPrinter.escape(book.title ?? book.documents.first?.title ?? "")
    let panels = """
    <div id="wf-app" class="wf-app" hidden>
    <p class="wf-top">\(title)<br><small>居民查询页</small></p>
    <section class="wf-panel wf-answer" id="wf-answer" aria-labelledby="wf-answer-h" aria-live="polite">
    <h2 id="wf-answer-h">这些与您有关</h2>
    <div id="wf-summary"></div>
    <h3>还需回答</h3>
    <div id="wf-need"></div>
    </section>
    <section class="wf-panel" id="wf-me" aria-labelledby="wf-me-h">
    <h2 id="wf-me-h">回答几个问题</h2>
    <p class="wf-hint">先问最要紧的，不知道的可以不答。信息只在本机计算，不会发送出去。</p>
    <div id="wf-questions"></div>
    <button type="button" id="wf-more" class="wf-btn" hidden></button>
    <button type="button" id="wf-reset" class="wf-btn">全部重填</button>
    </section>
    <section class="wf-panel" id="wf-all" aria-labelledby="wf-all-h">
    <h2 id="wf-all-h">与我有关的条款（全部）</h2>
    <div id="wf-results" aria-live="polite"></div>
    </section>
    <section class="wf-panel" id="wf-vote" aria-labelledby="wf-vote-h">
    <h2 id="wf-vote-h">会议表决：决定是否有效</h2>
    <p class="wf-hint">供村（居）委会成员使用：选择会议和事项，填入人数，看决定是否成立及计算过程。</p>
    <div id="wf-vote-form"></div>
    <div id="wf-vote-result" aria-live="polite"></div>
    </section>
    <p class="wf-jump"><a href="#wf-text">查看规约全文 ↓</a></p>
    </div>
    <noscript><p class="wf-noscript">本页的问答功能需要启用脚本；下面是规约全文。</p></noscript>
    <div id="wf-text"></div>
    """
    html = html.replacing("<main class=\"book\">", with: panels + "\n<main class=\"book\">")
    let script = "<script type=\"application/json\" id=\"wf-data\">" + model.json + "</script>\n<script id=\"wf-logic\">\n" + PageScript.js + "\n</script>\n</body>"
    html = html.replacing("</body>", with: script)
    return html
  }
}

/// What the page's script runs on, generated from the checked model.
package struct PageModel {
  /// A decision the vote panel can check: a body, optionally a matter, in the document it is asked from.
  package struct DecisionSpec {
    package var body: String
    package var matter: String?
    package var document: Int
    package var requirements: [(what: String, rule: String, source: String, quorum: Bool, terms: [ThresholdTerm])]
  }

  package let compiled: CompiledRules
  package let decisions: [DecisionSpec]
  package let json: String

  /// `docs` must name at least one document of `ws`.
  package init(_ ws: Workspace, documents docs: [Int], book: BookLayout? = nil) {
    let compiled = CompiledRules(ws, documents: docs)
    self.compiled = compiled
    var specs = [DecisionSpec]()
    let decider = Decider(ws)
    for d in docs {
      let c = ws.charters[d]
      for b in c.bodies where !specs.contains(where: { $0.body == b.name }) {
        var matters: [String?] = [nil]
        for s in b.special where !matters.contains(s.label) { matters.append(s.label) }
        for dd in docs {
          for m in ws.charters[dd].matters where m.decider.contains(where: { $0.name == b.name || $0.name == b.label })
            && !matters.contains(m.name) && !matters.contains(m.label ?? "\u{0}") { matters.append(m.name) }
        }
        // A body with no decision rule of its own or in the statute has nothing to check.
        for m in matters {
          let s = PageModel.spec(decider, ws, b.name, m, d)
          if !s.requirements.isEmpty { specs.append(s) }
        }
      }
    }
    decisions = specs

    // The JSON the script reads.
    var used = Set<Int>()
    var ruleCount = [Int: Int]()
    func slots(_ p: [CompiledRules.Op]) -> Set<Int> {
      var s = Set<Int>()
      for o in p {
        switch o {
        case .compare(let slot, _, _), .isOneOf(let slot, _): s.insert(Int(slot))
        default: break
        }
      }
      return s
    }
    var j = PageJSON()
    j.raw("{\"attrs\":[")
    for (i, a) in compiled.attributes.enumerated() {
      if i > 0 { j.raw(",") }
      j.raw("{\"n\":"); j.str(a.name); j.raw(",\"t\":")
      switch a.type {
      case .number(let unit): j.str("num"); j.raw(",\"u\":"); j.str(unit ?? "")
      case .boolean: j.str("bool")
      case .enumeration(let vs): j.str("enum"); j.raw(",\"v\":["); for (k, v) in vs.enumerated() { if k > 0 { j.raw(",") }; j.str(v) }; j.raw("]")
      case .date: j.str("date")
      default: j.str("other")
      }
      j.raw("}")
    }
    j.raw("],\"rules\":[")
    for (i, r) in compiled.rules.enumerated() {
      let rule = ws.charters[r.document].rules[r.index]
      let c = ws.charters[r.document]
      let s = slots(r.program).union(slots(r.except))
      used.formUnion(s)
      for x in s { ruleCount[x, default: 0] += 1 }
      if i > 0 { j.raw(",") }
      j.raw("{\"k\":"); j.str(r.kind.rawValue)
      let article = rule.location.article
      let heading = article.map { $0 < c.articles.count ? c.citation(ofArticle: $0) : "" } ?? ""
      let label = rule.label ?? article.flatMap { $0 < c.articles.count ? c.articles[$0].label : nil }
      j.raw(",\"h\":"); j.str(heading + (label.map { "【" + $0 + "】" } ?? ""))
      let anchor = article.flatMap { book?.anchor(ArticleTarget(charter: r.document, article: $0)) } ?? ""
      j.raw(",\"a\":"); j.str(anchor)
      // What the rule is about; a benefit given only an amount is named by its label (高龄补贴).
      j.raw(",\"x\":"); j.str(rule.act ?? rule.content ?? rule.head ?? label ?? "")
      j.raw(",\"m\":"); j.str(rule.amount.map { Amounts.describe($0, .zh) } ?? "")
      j.raw(",\"p\":"); PageModel.ops(r.program, &j)
      j.raw(",\"e\":"); PageModel.ops(r.except, &j)
      // In force from (施行) and until (废止), as yyyymmdd: the page answers for the reader's today.
      if let f = rule.effective ?? c.effective { j.raw(",\"f\":\(f.year * 10000 + f.month * 100 + f.day)") }
      if let u = rule.repealed ?? c.repealed { j.raw(",\"u\":\(u.year * 10000 + u.month * 100 + u.day)") }
      j.raw("}")
    }
    j.raw("],\"ov\":[")
    for (i, o) in compiled.overrides.enumerated() {
      if i > 0 { j.raw(",") }
      j.raw("[" + o.map(String.init).joined(separator: ",") + "]")
    }
    // Questions, most decisive first: the attribute that more rules depend on.
    let ask = used.sorted { (ruleCount[$0] ?? 0, compiled.attributes[$1].name) > (ruleCount[$1] ?? 0, compiled.attributes[$0].name) }
    j.raw("],\"ask\":[" + ask.map(String.init).joined(separator: ",") + "]")
    // Rules the page cannot decide (their conditions did not compile): named, to be read in the text.
    j.raw(",\"skip\":[")
    var first = true
    for d in docs {
      let c = ws.charters[d]
      for (i, r) in c.rules.enumerated() where !compiled.rules.contains(where: { $0.document == d && $0.index == i }) {
        if !first { j.raw(",") }
        first = false
        let heading = r.location.article.map { $0 < c.articles.count ? c.citation(ofArticle: $0) : "" } ?? ""
        let anchor = r.location.article.flatMap { book?.anchor(ArticleTarget(charter: d, article: $0)) } ?? ""
        j.raw("{\"h\":"); j.str(heading); j.raw(",\"a\":"); j.str(anchor); j.raw(",\"x\":"); j.str(r.act ?? r.content ?? r.head ?? ""); j.raw("}")
      }
    }
    j.raw("],\"dec\":[")
    for (i, s) in specs.enumerated() {
      if i > 0 { j.raw(",") }
      j.raw("{\"b\":"); j.str(s.body); j.raw(",\"mt\":"); if let m = s.matter { j.str(m) } else { j.raw("null") }
      j.raw(",\"r\":[")
      for (k, q) in s.requirements.enumerated() {
        if k > 0 { j.raw(",") }
        j.raw("{\"w\":"); j.str(q.what); j.raw(",\"r\":"); j.str(q.rule); j.raw(",\"s\":"); j.str(q.source)
        j.raw(",\"q\":" + (q.quorum ? "true" : "false") + ",\"t\":[")
        for (n, t) in q.terms.enumerated() {
          if n > 0 { j.raw(",") }
          var pool: String
          switch t.base?.pool ?? (q.quorum ? .membership : .attendance) {
          case .membership: pool = "m"
          case .households: pool = "h"
          case .attendance: pool = "a"
          }
          // 全体代表 counts from 村民代表总数 (the evaluator's rule), which the page does not ask: "r".
          if !q.quorum, t.base == .allRepresentatives { pool = "r" }
          j.raw("{\"p\":\"\(pool)\",\"s\":\(t.strict ? "true" : "false"),\"n\":\(t.fraction.num),\"d\":\(t.fraction.den),\"x\":")
          j.str(t.text); j.raw("}")
        }
        j.raw("]}")
      }
      j.raw("]}")
    }
    j.raw("]}")
    json = j.out
  }

  /// The requirements `Decider.decide` checks for this body and matter (the same choices, in the same order).
  static func spec(_ decider: Decider, _ ws: Workspace, _ name: String, _ matter: String?, _ doc: Int) -> DecisionSpec {
    // The same requirements `Decider.decide` checks (issue 13: the statute's floor is the higher
    // law's own body or matter), so the page and `weifa decide` cannot drift apart.
    let reqs = decider.decide(body: name, matter: matter, counts: VoteCounts(), from: doc).requirements
      .map { (what: $0.what, rule: $0.rule, source: $0.source, quorum: $0.isQuorum, terms: $0.thresholdTerms) }
    return DecisionSpec(body: name, matter: matter, document: doc, requirements: reqs)
  }

  /// A program as JSON: [op, slot, arg] with the op codes of `CompiledRules.FlatOp`
  /// (numbered by `Opcode`, the one table); a set is its value codes.
  static func ops(_ p: [CompiledRules.Op], _ j: inout PageJSON) {
    j.raw("[")
    for (i, o) in p.enumerated() {
      if i > 0 { j.raw(",") }
      let code = Opcode(o).rawValue
      switch o {
      case .yes, .not: j.raw("[\(code)]")
      case .compare(let s, _, let v): j.raw("[\(code),\(s),\(v)]")
      case .isOneOf(let s, let mask):
        j.raw("[\(code),\(s),[" + (0..<64).filter { (mask >> UInt64($0)) & 1 == 1 }.map(String.init).joined(separator: ",") + "]]")
      case .and(let n), .or(let n): j.raw("[\(code),\(n)]")
      }
    }
    j.raw("]")
  }
}

/// JSON safe to place inside `<script>`: `<`, `>`, `&`, U+2028 and U+2029 are written as escapes.
struct PageJSON {
  var out = ""
  mutating func raw(_ s: String) { out += s }
  mutating func str(_ s: String) { out += PageJSON.quote(s) }
  static func quote(_ s: String) -> String { JSONText.quote(s, scriptSafe: true) }
}
