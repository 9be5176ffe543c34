import WeifaBase
import WeifaEvaluator
import WeifaSemantics

/// `weifa decide --fact`: the answer to a decision question, in text and JSON.
extension Answers {
  /// Each condition once — the rule, where it is written, the arithmetic — then the conclusion.
  package static func answer(_ a: DecisionAnswer, body: String, matter: String?, lang: Language) -> String {
    var out = lang == .zh ? "\(body)\(matter.map { "：「\($0)」" } ?? "")\n" : "\(Glossary.en(body))\(matter.map { ": \(Glossary.en($0))" } ?? "")\n"
    // A rule the charter repeats from the statute is shown once with both sources; lines of the
    // same rule and source share their head.
    var groups = [(c: DecisionCondition, sources: [String], lines: [String])]()
    for c in a.conditions {
      let src = c.sourceText(lang)
      let line = c.arithmetic.text(lang)
      if let k = groups.firstIndex(where: { $0.c.what == c.what && $0.c.rule == c.rule && $0.c.met == c.met && ($0.lines.contains(line) || $0.sources.contains(src)) }) {
        if !groups[k].sources.contains(src) { groups[k].sources.append(src) }
        if !groups[k].lines.contains(line) { groups[k].lines.append(line) }
        continue
      }
      groups.append((c, [src], [line]))
    }
    for g in groups {
      let mark = g.c.met == true ? "✓" : g.c.met == false ? "✗" : "·"
      let same = g.sources.count > 1 ? (lang == .zh ? "（规约与法律相同）" : " (the charter repeats the statute)") : ""
      out += lang == .zh ? "\(mark) \(g.c.what.zh)「\(g.c.rule)」——\(g.sources.joined(separator: "、"))\(same)\n"
                         : "\(mark) \(g.c.what.en): \(g.c.ruleText(lang)) — \(g.sources.joined(separator: "; "))\(same)\n"
      for l in g.lines { out += "    \(l)\n" }
    }
    switch a.outcome {
    case .result: out += (lang == .zh ? "结论：" : "Result: ") + a.conclusion.text(lang) + "\n"
    case .inputError: out += a.conclusion.text(lang) + "\n"
    case .undecided: out += (lang == .zh ? "结论：" : "Result: ") + a.conclusion.text(lang) + "\n"
    }
    return lang == .zh ? out : Glossary.english(out)
  }

  /// The answer as JSON: the result, each condition with its rule, source and arithmetic.
  package static func answerJSON(_ a: DecisionAnswer, body: String, matter: String?, lang: Language) -> JSONValue {
    var fields: [(String, JSONValue)] = [("body", .string(body)), ("matter", matter.map { .string($0) } ?? .null)]
    switch a.outcome {
    case .result(let r): fields += [("result", .string(r)), ("error", .null), ("missing", .array([]))]
    case .inputError(let e): fields += [("result", .null), ("error", .string(e)), ("missing", .array([]))]
    case .undecided(let m): fields += [("result", .null), ("error", .null), ("missing", .array(m.map { .string($0) }))]
    }
    let words: (String) -> String = { lang == .zh ? $0 : Glossary.english($0) }
    fields.append(("conclusion", .string(words(a.conclusion.text(lang)))))
    fields.append(("conditions", .array(a.conditions.map { c in
      .fields([("what", .string(words(c.what.text(lang)))), ("rule", .string(c.rule)), ("ruleText", .string(words(c.ruleText(lang)))),
               ("source", .string(c.sourceText(lang))), ("met", c.met.map { .bool($0) } ?? .null), ("arithmetic", .string(words(c.arithmetic.text(lang))))])
    })))
    return .fields(fields)
  }

  /// `weifa decide --fact … --need`: the least count of each share rule the facts give a base for.
  package static func needs(_ rows: [DecisionCondition], lang: Language) -> String {
    rows.map { r in
      lang == .zh ? "\(r.what.zh)「\(r.rule)」——\(r.source)：\(r.arithmetic.zh)\n"
                  : Glossary.english("\(r.what.en): \(r.ruleText(lang)) — \(r.sourceText(lang)): \(r.arithmetic.en)\n")
    }.joined()
  }
}
