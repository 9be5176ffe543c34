import WeifaBase

extension Rule {
  /// The condition under which the rule applies: subject, condition, and not its exception.
  package var applicability: [Expr] {
    var out = [subject, condition].compactMap { $0 }
    if let e = exceptCondition { out.append(.not(e)) }
    return out
  }

  /// The act with the deontic words taken off, so 应当保持楼道畅通 and 保持楼道畅通 match
  /// (stored in `conflictKey` when the rule is lowered).
  package static func conflictKey(of rule: Rule) -> String {
    var k = rule.actKey
    for prefix in ["应当", "必须", "不得", "禁止", "严禁", "可以", "有权", "享有", "享受"] where k.hasPrefix(prefix) {
      k = String(k.dropFirst(prefix.count))
      break
    }
    return k
  }
}

extension Scope {
  /// Both scopes' names; where they differ, the first wins.
  package func merged(with other: Scope) -> Scope {
    var s = self
    for (k, v) in other.attributes where s.attributes[k] == nil { s.attributes[k] = v }
    for (k, v) in other.definitions where s.definitions[k] == nil { s.definitions[k] = v }
    return s
  }
}

/// Conflicts between rules, decided exactly over the typed attributes (WF7001–WF7003, a table:
/// the three codes come out of one comparison of two rules), and lower documents against higher
/// ones (WF8002, `WF8-Bundles/WF8002-contradicts-higher-document.swift`), which share the
/// comparison and the budget of pairs.
package enum ConflictChecks: Check {
  package static let conflict = DiagnosticCode(
    "WF7001", "conflicting-rules", .error,
    summary: .init(zh: "同一行为既是义务（或权利）又被禁止，且可能是同一个人", en: "the same act is both required (or permitted) and prohibited for someone"),
    explanation: page(
      zh: """
      ## 说明
      一条规则要求（或允许）某个行为，另一条禁止同一行为，而两条的主体和条件可能同时适用于同一个人，两条之间又没有「除外」或「优先于」。Weifa 按属性的类型精确判断是否可能重叠，并给出一个同时适用两条的人作为例子。
      ## 为什么
      村民无法同时遵守两条相反的规定；起草时多半忘了写例外。
      ## 示例
      """, en: """
      ## What
      One rule requires (or permits) an act that another prohibits, for people who can be the same person, with no 除外 or 优先于 between them. Overlap is decided exactly over the typed attributes, with a sample person.
      ## Why
      Nobody can obey both; usually an exception was forgotten.
      ## Example
      """,
      wrong: "@属性 年龄：数值（周岁）\n@义务【值守】 主体：年龄 ≥ 18；行为：夜间巡逻\n@禁止【老人】 主体：年龄 ≥ 60；行为：夜间巡逻\n",
      right: "@属性 年龄：数值（周岁）\n@义务【值守】 主体：年龄 ≥ 18 且 年龄 < 60；行为：夜间巡逻\n@禁止【老人】 主体：年龄 ≥ 60；行为：夜间巡逻\n",
      fixZh: "缩小其中一条的主体或条件，或写「除外：【另一条】」「优先于：【另一条】」表明哪条优先。", fixEn: "Narrow one rule, or state 除外/优先于 between them."))

  package static let benefitConflict = DiagnosticCode(
    "WF7002", "conflicting-benefits", .error,
    summary: .init(zh: "同一待遇对同一个人给出不同的金额", en: "one benefit granted with different amounts to the same person"),
    explanation: page(
      zh: """
      ## 说明
      两条「享有」规则给同一待遇规定了不同的金额，又可能适用于同一个人，且没有写明哪条优先。
      ## 为什么
      发放时无法确定应当发多少。
      ## 示例
      """, en: """
      ## What
      Two benefits of the same kind with different amounts can reach the same person, and neither is said to prevail.
      ## Why
      Nobody can tell how much to pay.
      ## Example
      """,
      wrong: "@属性 年龄：数值（周岁）\n@享有【甲】 主体：年龄 ≥ 80；内容：高龄补贴；金额：每月100元\n@享有【乙】 主体：年龄 ≥ 90；内容：高龄补贴；金额：每月200元\n",
      right: "@属性 年龄：数值（周岁）\n@享有【甲】 主体：年龄 ≥ 80；内容：高龄补贴；金额：每月100元\n@享有【乙】 主体：年龄 ≥ 90；内容：高龄补贴；金额：每月200元；优先于：【甲】\n",
      fixZh: "用「优先于」写明特别规定优先，或让条件互不重叠。", fixEn: "State 优先于 for the special rule, or make the conditions disjoint."))

  package static let redundant = DiagnosticCode(
    "WF7003", "redundant-rules", .warning,
    summary: .init(zh: "两条规则对同一个人规定了相同的结果", en: "two rules give the same outcome to the same person"),
    explanation: page(
      zh: """
      ## 说明
      两条同类规则（同为义务、禁止、权利或同金额的享有）针对同一行为，又可能适用于同一个人。这不是冲突，但其中一条可能是多余的。
      ## 为什么
      重复的规则修改时容易只改一处，日后变成冲突。
      ## 示例
      """, en: """
      ## What
      Two rules of the same kind on the same act can apply to the same person. Not a conflict, but one may be redundant.
      ## Why
      Duplicates drift apart when only one is amended.
      ## Example
      """,
      wrong: "@属性 年龄：数值（周岁）\n@义务【甲】 主体：年龄 ≥ 18；行为：参加村民会议\n@义务【乙】 主体：年龄 ≥ 20；行为：参加村民会议\n",
      right: "@属性 年龄：数值（周岁）\n@义务【甲】 主体：年龄 ≥ 18；行为：参加村民会议\n",
      fixZh: "合并或删除其中一条。", fixEn: "Merge them or drop one."))

  package static let codes = [conflict, benefitConflict, redundant, contradictsHigher]

  package static func run(_ ctx: inout CheckContext) {
    let ws = ctx.workspace
    let c = ctx.charter
    let scope = Scope(ws, ctx.index)
    let solver = Solver(scope: scope)
    // Within the document: only rules on the same act can clash.
    var byAct = [String: [Int]]()
    for (i, r) in c.rules.enumerated() where !r.conflictKey.isEmpty { byAct[r.conflictKey, default: []].append(i) }
    // Pairs compared are bounded (Limits): 10,000 rules on one act would be 50 million pairs.
    var budget = PairBudget()
    for (_, group) in byAct.sorted(by: { $0.key < $1.key }) where group.count > 1 {
      for x in 0..<group.count {
        for y in (x + 1)..<group.count {
          let a = c.rules[group[x]], b = c.rules[group[y]]
          guard budget.take(b.span) else { break }
          compare(a, b, in: c, solver: solver, &ctx)
        }
      }
    }
    // Against the documents above (WF8002).
    againstHigher(scope, &budget, &ctx)
    if let at = budget.skipped {   // reported even past the cap on findings: it says what was not checked
      ctx.diagnostics.append(Diagnostic(InputIssues.limitExceeded,
        .init(zh: "同一行为的规则过多：已两两比较 \(maxPairs) 对，其余规则未作冲突检查",
              en: "too many rules on the same act: \(maxPairs) pairs were compared; the rest were not checked for conflicts"),
        file: ctx.file, range: at,
        notes: [.init(zh: "帮助：把同一行为的规则合并，或用「除外」「优先于」写明关系", en: "help: merge rules on the same act, or relate them with 除外/优先于")]))
    }
  }

  /// How many more pairs of rules may be compared in this document, and where the first pair
  /// left out was.
  struct PairBudget {
    var left = ConflictChecks.maxPairs
    var skipped: TextRange?
    mutating func take(_ at: TextRange) -> Bool {
      if left > 0 { left -= 1; return true }
      if skipped == nil { skipped = at }
      return false
    }
  }

  /// Most pairs of rules on the same act compared per document.
  package static let maxPairs = 20_000

  /// Whether `b` is excepted from `a` or one overrides the other.
  static func related(_ a: Rule, _ b: Rule, _ ca: Charter, _ cb: Charter) -> Bool {
    func names(_ r: Rule, _ c: Charter) -> Set<String> {
      var s = Set<String>()
      if let l = r.label { s.insert(l) }
      if let art = r.location.article, let l = c.articles[art].label { s.insert(l) }
      return s
    }
    let na = names(a, ca), nb = names(b, cb)
    let aMentions = Set(a.exceptLabels.map(\.name) + a.overrides.compactMap(\.label))
    let bMentions = Set(b.exceptLabels.map(\.name) + b.overrides.compactMap(\.label))
    return !aMentions.isDisjoint(with: nb) || !bMentions.isDisjoint(with: na)
  }

  static func datesOverlap(_ a: Rule, _ b: Rule) -> Bool {
    if let ae = a.repealed, let bs = b.effective, ae <= bs { return false }
    if let be = b.repealed, let as_ = a.effective, be <= as_ { return false }
    return true
  }

  /// How two rules on one act meet: opposed (one required or permitted, the other prohibited),
  /// two amounts of one benefit, or the same outcome twice.
  enum Clash { case opposed, benefits, same }

  /// Whether one person can fall under both rules with no 除外 or 优先于 between them, while both
  /// are in force: how they clash and a sample person. Across documents only opposed rules and
  /// differing benefits count (the same rule repeated below is no contradiction).
  static func clash(_ a: Rule, _ b: Rule, _ ca: Charter, _ cb: Charter, solver: Solver, across: Bool) -> (Clash, person: [(String, String)])? {
    guard !related(a, b, ca, cb), datesOverlap(a, b) else { return nil }
    let opposed: Bool = {
      switch (a.kind, b.kind) {
      case (.obligation, .prohibition), (.prohibition, .obligation), (.right, .prohibition), (.prohibition, .right): return true
      default: return false
      }
    }()
    let benefitClash = a.kind == .benefit && b.kind == .benefit && a.amount != nil && b.amount != nil && a.amount != b.amount
    let same = a.kind == b.kind && !benefitClash
    guard opposed || benefitClash || (same && !across) else { return nil }
    guard let person = solver.witness(a.applicability + b.applicability) else { return nil }
    return (opposed ? .opposed : benefitClash ? .benefits : .same, person)
  }

  /// 「例如 … 的人同时适用两条」: the sample person of a clash.
  static func sampleNote(_ person: [(String, String)]) -> LocalizedText {
    let who = person.isEmpty ? "任何人" : person.map { "\($0.0) = \($0.1)" }.joined(separator: "，")
    let whoEn = person.isEmpty ? "anyone" : person.map { "\($0.0) = \($0.1)" }.joined(separator: ", ")
    return LocalizedText(zh: "注意：例如 \(who) 的人同时适用两条", en: "note: e.g. a person with \(whoEn) falls under both")
  }

  /// Two rules of one document on the same act (`a` first): WF7001, WF7002 or WF7003.
  private static func compare(_ a: Rule, _ b: Rule, in c: Charter, solver: Solver, _ ctx: inout CheckContext) {
    guard let (clash, person) = clash(a, b, c, c, solver: solver, across: false) else { return }
    let nameA = describe(a, c), nameB = describe(b, c)
    let note = sampleNote(person)
    let fix = LocalizedText(zh: "帮助：缩小条件，或用「除外」「优先于」写明哪条优先", en: "help: narrow a condition or state 除外/优先于")
    switch clash {
    case .opposed:
      ctx.report(conflict, b.span, zh: "\(nameB)与\(nameA)冲突：同一行为「\(b.act ?? "")」一为\(b.kind.rawValue)一为\(a.kind.rawValue)",
                 en: "\(nameB) conflicts with \(nameA) on “\(b.act ?? "")”", notes: [note, fix], related: [(a.span, .init(zh: "另一条规则", en: "the other rule"))])
    case .benefits:
      ctx.report(benefitConflict, b.span, zh: "\(nameB)与\(nameA)对「\(b.content ?? b.act ?? b.head ?? b.label ?? "")」规定了不同的金额（\(b.amount!.text) 与 \(a.amount!.text)）",
                 en: "\(nameB) and \(nameA) grant different amounts of “\(b.content ?? b.act ?? "")” (\(b.amount!.text) vs \(a.amount!.text))",
                 notes: [note, fix], related: [(a.span, .init(zh: "另一条规则", en: "the other rule"))])
    case .same:
      ctx.report(redundant, b.span, zh: "\(nameB)与\(nameA)对同一行为「\(b.act ?? b.content ?? "")」规定了相同的\(b.kind.rawValue)", en: "\(nameB) repeats \(nameA) on “\(b.act ?? b.content ?? "")”",
                 notes: [note], related: [(a.span, .init(zh: "另一条规则", en: "the other rule"))])
    }
  }

  package static func describe(_ r: Rule, _ c: Charter) -> String {
    var s = r.label.map { "【\($0)】" } ?? "@\(r.kind.rawValue)"
    if let a = r.location.article { s = "第\(ChineseNumeral.format(c.articles[a].written ?? c.articles[a].number))条的" + s }
    return s
  }
}
