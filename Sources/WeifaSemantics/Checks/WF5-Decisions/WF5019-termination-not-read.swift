import WeifaBase

/// WF5019 termination-not-read: an `@终止` (an office ending by law) that names no office, gives
/// neither `条件` nor `评议`, has a `评议` that is not “连续 N 次 RATING”, or a `条件` naming a fact that
/// is neither a decision fact (`weifa decide --help`) nor an attribute or definition of the workspace.
extension DecisionChecks {
  package static let unreadTermination = DiagnosticCode(
    "WF5019", "termination-not-read", .error,
    summary: .init(zh: "职务终止（@终止）无法读出", en: "an office ending (@终止) cannot be read"),
    explanation: page(
      zh: """
      ## 说明
      @终止 写职务依法终止的情形，`weifa decide` 据此回答「职务终止」「职务自行终止」「职务继续」：
      `@终止 村民委员会成员；条件：丧失行为能力 或 被判处刑罚；结果：职务自行终止`（《中华人民共和国村民委员会组织法》第十八条），
      `@终止 村民委员会成员；评议：连续两次不称职；结果：职务终止`（第三十三条）。
      标题写职务（某机构成员，或某 @职务）；「条件」是事实的条件（事实名见 weifa decide --help，或本文件的 @属性、@定义）；
      「评议」写「连续N次」加评议结果；「结果」写终止时的答案，不写则为「职务终止」。
      没有职务、两者都没有、「评议」读不出或「条件」用了未知的事实名时报告。
      ## 为什么
      读不出的终止情形在回答时不起作用，任职者的职务会被答成「职务继续」。
      ## 示例
      """, en: """
      ## What
      @终止 states when an office ends by law; `weifa decide` answers 职务终止 / 职务自行终止 / 职务继续 from it:
      `@终止 村民委员会成员；条件：丧失行为能力 或 被判处刑罚；结果：职务自行终止` (Villagers' Committees Law art. 18),
      `@终止 村民委员会成员；评议：连续两次不称职；结果：职务终止` (art. 33).
      The head is the office (the members of a body, or an @职务); 条件 is a condition over facts (the names of weifa decide --help,
      or the document's @属性 and @定义); 评议 is 连续N次 and a rating; 结果 is the answer when the office ends (职务终止 if omitted).
      Raised when there is no office, neither 条件 nor 评议, a 评议 that cannot be read, or a 条件 naming an unknown fact.
      ## Why
      An ending that cannot be read is ignored when questions are answered: the office would be said to continue.
      ## Example
      """,
      wrong: "@标题 某法\n@类型 法律\n@终止 村民委员会成员；评议：多次不称职\n",
      right: "@标题 某法\n@类型 法律\n@终止 村民委员会成员；评议：连续两次不称职\n",
      fixZh: "写「连续N次」加评议结果，或用已知事实名写条件。", fixEn: "Write 连续N次 and a rating, or a condition over known fact names.",
      basisZh: "《中华人民共和国村民委员会组织法》第十八条、第三十三条", basisEn: "Villagers' Committees Law arts. 18, 33"))

  /// The names a condition reads (attributes, definitions and facts).
  package static func names(in e: Expr) -> [String] {
    switch e {
    case .and(let xs), .or(let xs): return xs.flatMap(names(in:))
    case .not(let x): return names(in: x)
    case .compare(let n, _, _, _), .member(let n, _, _, _), .ref(let n, _): return [n]
    case .invalid: return []
    }
  }

  static func invalid(in e: Expr) -> Bool {
    switch e {
    case .and(let xs), .or(let xs): return xs.contains(where: invalid(in:))
    case .not(let x): return invalid(in: x)
    case .invalid: return true
    default: return false
    }
  }

  static func terminations(_ c: Charter, _ ctx: inout CheckContext) {
    for t in c.terminations {
      if t.office.isEmpty {
        ctx.report(unreadTermination, t.span, zh: "@终止 没有写明职务", en: "@终止 names no office")
      }
      if t.condition == nil && t.review == nil {
        ctx.report(unreadTermination, t.span, zh: "@终止 既没有「条件」也没有「评议」", en: "@终止 has neither 条件 nor 评议")
      }
      if let r = t.review, t.run == nil {
        ctx.report(unreadTermination, t.span, zh: "无法读出评议「\(r)」：应写「连续N次」加评议结果（连续两次不称职）",
                   en: "the rating run “\(r)” cannot be read: write 连续N次 and a rating (连续两次不称职)")
      }
      guard let e = t.condition else { continue }
      if invalid(in: e) {
        ctx.report(unreadTermination, t.span, zh: "@终止 的条件无法读出", en: "the condition of @终止 cannot be read")
        continue
      }
      let known = ctx.workspace.charters.reduce(into: DecisionFactNames.set) { s, c in
        for a in c.attributes { s.insert(a.name) }
        for d in c.definitions { s.insert(d.name) }
      }
      for n in names(in: e) where !known.contains(n) {
        ctx.report(unreadTermination, t.span, zh: "@终止 的条件用了未知的事实「\(n)」", en: "the condition of @终止 uses the unknown fact “\(n)”",
                   notes: Suggest.note(n, among: known).map { [$0] } ?? [])
      }
    }
  }
}
