import WeifaBase
import WeifaEvaluator
import WeifaRender
import WeifaSemantics

extension Analysis {
  /// `weifa decide --fact NAME=VALUE …`: a decision question (issue 13) — a meeting, a proposal, a
  /// petition, a notice or period, a term, a composition, an office, competence or approval — asked
  /// of the charter and the statute. Exit status: 0 every condition met, 1 one is not (or a fact
  /// is missing), 2 the facts are invalid or the matter unknown. With `need`, the minimums.
  package func answer(body: String, matter: String?, facts: [(name: String, text: String)], need: Bool, json: Bool, lang: Language) -> (output: String, error: String, status: Int32) {
    let decider = Decider(workspace)
    let known = Set(DecisionFacts.names.map(\.name))
    for (n, _) in facts where !known.contains(n) {
      let close = Suggest.closest(n, among: Array(known))
      return ("", lang == .zh ? "错误：--fact 的名称「\(n)」不是决定问题的事实" + (close.isEmpty ? "" : "；是否指" + close.map { "「\($0)」" }.joined(separator: "或") + "？") + "\n  运行 weifa decide --help 查看全部名称\n"
                             : "error: “\(n)” is not a fact of a decision question" + (close.isEmpty ? "" : "; did you mean " + close.map { "“\($0)”" }.joined(separator: " or ") + "?") + "\n  run weifa decide --help for the names\n", 2)
    }
    if let m = matter, m != "一般事项", m != "提议召集", decider.matter(m, from: 0) == nil, decider.ballotStep(body, m, from: 0) == nil {
      let close = Suggest.closest(m, among: decider.matterNames())
      return ("", lang == .zh ? "错误：找不到事项「\(m)」" + (close.isEmpty ? "" : "；是否指" + close.map { "「\($0)」" }.joined(separator: "或") + "？") + "\n"
                             : "error: no matter “\(m)”" + (close.isEmpty ? "" : "; did you mean " + close.map { "“\($0)”" }.joined(separator: " or ") + "?") + "\n", 2)
    }
    if need {
      // The same minimums as `decide --need` with counts: the membership and households read from the facts.
      var counts = VoteCounts()
      let f = DecisionFacts(facts)
      counts.members = try? f.first(["成员", "十八周岁以上村民", "十八周岁以上居民", "成员总数", "组成人员"])
      counts.households = try? f.count("户数")
      counts.present = try? f.count("到会")
      return minimums(decider, body: body, matter: matter, counts: counts, facts: facts, json: json, lang: lang)
    }
    let a = decider.answer(DecisionQuestion(body: body, matter: matter, facts: facts), from: 0)
    let text = json ? Answers.answerJSON(a, body: body, matter: matter, lang: lang).render(layout: .expanded) + "\n" : Answers.answer(a, body: body, matter: matter, lang: lang)
    switch a.outcome {
    case .inputError(let e):
      return (json ? text : "", json ? "" : (lang == .zh ? "错误：事实无效或互相矛盾：\(e)\n" : "error: the facts are invalid or contradict each other: \(Glossary.message(e))\n"), 2)
    case .undecided: return (text, "", 1)
    case .result: return (text, "", a.favourable == true ? 0 : 1)
    }
  }

  /// The names `weifa decide --fact` takes, for its help.
  package static var decisionFactNames: [(name: String, zh: String, en: String)] { DecisionFacts.names }
}
