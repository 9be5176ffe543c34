import WeifaBase

extension Rule {
  /// The condition under which the rule applies: subject, condition, and not its exception.
  package var applicability: [Expr] {
    var out = [subject, condition].compactMap { $0 }
    if let e = exceptCondition { out.append(.not(e)) }
    return out
  }

  /// The act with the deontic words taken off, so 应当保持楼道畅通 and 保持楼道畅通 match, and
  /// its words in any order (`Normalize.orderFree`); stored in `conflictKey` when the rule is lowered.
  package static func conflictKey(of rule: Rule) -> String {
    Normalize.orderFree(plainAct(rule.actKey))
  }

  /// An act key without its deontic words (应当, 不得, 可以 …).
  package static func plainAct(_ key: String) -> String {
    var k = key
    // The words are plain (`SyntaxText.isPlain`): on a plain key, a byte prefix is a Character prefix.
    let plain = SyntaxText.isPlain(k)
    for prefix in ["应当", "必须", "不得", "不准", "禁止", "严禁", "可以", "有权", "享有", "享受"] where plain ? k.utf8.starts(with: prefix.utf8) : k.hasPrefix(prefix) {
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
      一条规则要求（或允许）某个行为，另一条禁止同一行为，而两条的主体和条件可能同时适用于同一个人，两条之间又没有「除外」或「优先于」。Weifa 按属性的类型精确判断是否可能重叠，并给出一个同时适用两条的人作为例子：年龄、人数、户数等以整数计，日期以整日计（2023年12月31日之后、2024年1月1日之前没有一天），例子中的值都可以原样用在 weifa query --fact 和案例里。
      同一行为不论繁简、全角半角、并列词语的次序都视为同一行为；近义的写法用「@同义行为」写明（见 WF7004）。
      规则自「施行」之日起有效，到「废止」之日止——废止之日当天已不再适用（「自2025年1月1日起废止」）；两条的有效期只是首尾相接的，不冲突；有重叠的，例子里给出两条同时有效的一天。
      ## 为什么
      村民无法同时遵守两条相反的规定；起草时多半忘了写例外。
      ## 示例
      """, en: """
      ## What
      One rule requires (or permits) an act that another prohibits, for people who can be the same person, with no 除外 or 优先于 between them. Overlap is decided exactly over the typed attributes, with a sample person: ages, counts and households are whole numbers, dates whole days (nothing lies after 2023-12-31 and before 2024-01-01), and every sample value can be typed back into weifa query --fact or a 案例.
      The same act is recognised across traditional and simplified characters, full-width forms and the order of coordinated words; near-synonyms are declared with @同义行为 (see WF7004).
      A rule is in force from its 施行 day up to its 废止 day, which is no longer a day in force; periods that only touch do not clash, and for periods that overlap the sample names a day on which both rules are in force.
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

  package static let sameActHint = DiagnosticCode(
    "WF7004", "possibly-same-act", .note,
    summary: .init(zh: "两条规则的行为写法相近，可能是同一行为", en: "two rules' acts are worded almost alike and may be one act"),
    explanation: page(
      zh: """
      ## 说明
      两条规则的行为只差一两个词（「在楼道堆放杂物」与「在楼道堆放物品」，「饲养狗」与「饲养犬」），若是同一行为，它们就会冲突（或重复）：一条要求或允许，一条禁止，又可能适用于同一个人。Weifa 不替起草人断定近义词是否同义，只提示；如确是同一行为，写一行「@同义行为 在楼道堆放杂物、在楼道堆放物品」，Weifa 就按同一行为核对。
      繁简字（樓道／楼道）、全角半角、并列词语的次序（烟花爆竹／爆竹烟花）Weifa 自动视为同一行为，不需要写。
      ## 为什么
      同一行为换个说法，冲突就会被漏掉；不同的行为只是用词相同（在楼道堆放杂物与在屋顶堆放杂物）则不应当合并。
      ## 示例
      """, en: """
      ## What
      Two rules' acts differ by a word or two (在楼道堆放杂物 and 在楼道堆放物品; 饲养狗 and 饲养犬). If they are one act the rules clash (or repeat): one requires or permits, the other prohibits, for people who can be the same person. Weifa does not decide whether near-synonyms are synonyms; it hints. If they are one act, write “@同义行为 在楼道堆放杂物、在楼道堆放物品” and Weifa checks them as one.
      Traditional and simplified characters, full-width forms and the order of coordinated words (烟花爆竹 / 爆竹烟花) are one act without saying so.
      ## Why
      The same act worded differently hides a conflict; different acts that share words (the corridor and the roof) must stay apart.
      ## Example
      """,
      wrong: "@属性 年龄：数值（周岁）\n@权利【堆放】 主体：年龄 ≥ 18；行为：在楼道堆放杂物\n@禁止【禁堆】 主体：年龄 ≥ 18；行为：在楼道堆放物品\n",
      right: "@属性 年龄：数值（周岁）\n@同义行为 在楼道堆放杂物、在楼道堆放物品\n@义务【清理】 主体：年龄 ≥ 18；行为：清理楼道杂物\n@禁止【禁堆】 主体：年龄 ≥ 18；行为：在楼道堆放物品\n",
      fixZh: "如是同一行为，写「@同义行为 甲、乙」（再按 WF7001 处理冲突）；如不是，把行为写得更明确。", fixEn: "If they are one act, write “@同义行为 A、B” (then resolve the conflict, WF7001); if not, word the acts more precisely."))

  package static let codes = [conflict, benefitConflict, redundant, sameActHint, contradictsHigher, lowerClaimsPriority]

  package static func run(_ ctx: inout CheckContext) {
    let ws = ctx.workspace
    let c = ctx.charter
    let scope = Scope(ws, ctx.index)
    let solver = Solver(scope: scope)
    let aliases = SameActs(ws, ctx.index)
    // Within the document: only rules on the same act can clash. Without `@同义行为` each act is its
    // own group, and the groups are the lowered `rulesByConflictKey` (each act's rules in order).
    let byAct: [String: [Int]]
    if aliases.isEmpty {
      byAct = c.rulesByConflictKey
    } else {
      var grouped = [String: [Int]]()
      for (i, r) in c.rules.enumerated() where !r.conflictKey.isEmpty { grouped[aliases.canonical(r.conflictKey), default: []].append(i) }
      byAct = grouped
    }
    let groups = sortedByKey(byAct)
    // Pairs compared are bounded (Limits): 10,000 rules on one act would be 50 million pairs.
    var budget = PairBudget()
    for (_, group) in groups where group.count > 1 {
      for x in 0..<group.count {
        for y in (x + 1)..<group.count {
          let a = c.rules[group[x]], b = c.rules[group[y]]
          guard budget.take(b.span) else { break }
          compare(a, b, in: c, solver: solver, &ctx)
        }
      }
    }
    hintSameActs(c, groups, solver: solver, &budget, &ctx)
    // Against the documents above (WF8002).
    againstHigher(scope, aliases, &budget, &ctx)
    if let at = budget.skipped {   // reported even past the cap on findings: it says what was not checked
      ctx.diagnostics.append(Diagnostic(InputIssues.limitExceeded,
        .init(zh: "同一行为的规则过多：已两两比较 \(maxPairs) 对，其余规则未作冲突检查",
              en: "too many rules on the same act: \(maxPairs) pairs were compared; the rest were not checked for conflicts"),
        file: ctx.file, range: at,
        notes: [.init(zh: "帮助：把同一行为的规则合并，或用「除外」「优先于」写明关系", en: "help: merge rules on the same act, or relate them with 除外/优先于")]))
    }
  }

  /// The entries of `d` in the order of their keys (`<`). `<` on Strings orders their NFC forms by
  /// scalar values; plain keys (`SyntaxText.isPlain`) are NFC and UTF-8 keeps the order of scalars,
  /// so two plain keys are compared on bytes, any other pair with `<`: the same order.
  static func sortedByKey<V>(_ d: [String: V]) -> [(key: String, value: V)] {
    var entries = d.map { (key: $0.key, value: $0.value, plain: SyntaxText.isPlain($0.key)) }
    entries.sort { a, b in a.plain && b.plain ? a.key.utf8.lexicographicallyPrecedes(b.key.utf8) : a.key < b.key }
    return entries.map { (key: $0.key, value: $0.value) }
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

  /// The names `r` answers to: its label and its article's label.
  static func names(_ r: Rule, _ c: Charter) -> Set<String> {
    var s = Set<String>()
    if let l = r.label { s.insert(l) }
    if let art = r.location.article, let l = c.articles[art].label { s.insert(l) }
    return s
  }

  /// Whether reference `ref`, written in a rule of `from`, names rule `other` of `oc`: by label
  /// (【…】), or by article number (优先于：第一条), in its own document unless it names another.
  static func names(_ ref: Ref, from: Charter, _ other: Rule, _ oc: Charter) -> Bool {
    if let doc = ref.document {
      let bare = doc.hasPrefix("中华人民共和国") ? String(doc.dropFirst(7)) : doc
      guard oc.names.contains(doc) || oc.names.contains(bare) || oc.names.contains("中华人民共和国" + bare) else { return false }
    } else if from.file.path != oc.file.path {
      return false
    }
    if let l = ref.label { return names(other, oc).contains(l) }
    guard let article = ref.ordinals.first, article.unit == "条", let at = other.location.article else { return false }
    return (oc.articles[at].written ?? oc.articles[at].number) == article.number
  }

  /// Whether rule `r` (of `c`) sets itself apart from `other` (of `oc`) by 除外 or claims priority
  /// over it by 优先于.
  static func excepts(_ r: Rule, _ c: Charter, _ other: Rule, _ oc: Charter) -> Bool {
    !Set(r.exceptLabels.map(\.name)).isDisjoint(with: names(other, oc))
  }
  static func overrides(_ r: Rule, _ c: Charter, _ other: Rule, _ oc: Charter) -> Bool {
    r.overrides.contains { names($0, from: c, other, oc) }
  }

  /// Whether the two rules are related by 除外 or 优先于 so that they do not clash. Within a
  /// document either may name the other. Across documents (`a` below, `b` above) priority runs
  /// only from higher to lower: `b` may set `a` aside, and `a` may yield with 除外, but `a`'s
  /// 优先于 over `b` is no excuse (WF8004 reports the claim; the clash is still compared).
  static func related(_ a: Rule, _ b: Rule, _ ca: Charter, _ cb: Charter, across: Bool = false) -> Bool {
    if across { return excepts(a, ca, b, cb) || excepts(b, cb, a, ca) || overrides(b, cb, a, ca) }
    return excepts(a, ca, b, cb) || excepts(b, cb, a, ca) || overrides(a, ca, b, cb) || overrides(b, cb, a, ca)
  }

  /// The days a rule is in force: its own 施行/废止, else its document's. The 废止 day is not one
  /// of them (a rule repealed 自2025年1月1日起 no longer applies that day).
  static func period(_ r: Rule, _ c: Charter) -> (from: Day?, until: Day?) {
    (r.effective ?? c.effective, r.repealed ?? c.repealed)
  }

  /// The first day both rules are in force, when either has dates; nil when they never are both
  /// in force (`overlap == false`) or have no dates at all.
  static func commonDay(_ a: Rule, _ b: Rule, _ ca: Charter, _ cb: Charter) -> (overlap: Bool, day: Day?) {
    let pa = period(a, ca), pb = period(b, cb)
    let from = [pa.from, pb.from].compactMap { $0 }.max()
    let until = [pa.until, pb.until].compactMap { $0 }.min()
    if let f = from, let u = until, u <= f { return (false, nil) }
    if from == nil && until == nil { return (true, nil) }
    return (true, from ?? Day(ordinal: until!.ordinal - 1))
  }

  /// How two rules on one act meet: opposed (one required or permitted, the other prohibited),
  /// two amounts of one benefit, or the same outcome twice.
  enum Clash { case opposed, benefits, same }

  /// Whether one person can fall under both rules with no 除外 or 优先于 between them, while both
  /// are in force: how they clash and a sample person. Across documents only opposed rules and
  /// differing benefits count (the same rule repeated below is no contradiction).
  static func clash(_ a: Rule, _ b: Rule, _ ca: Charter, _ cb: Charter, solver: Solver, across: Bool) -> (Clash, person: [(String, String)], day: Day?)? {
    guard !related(a, b, ca, cb, across: across) else { return nil }
    let (overlap, day) = commonDay(a, b, ca, cb)
    guard overlap, let clash = kindOfClash(a, b, across: across) else { return nil }
    guard let person = solver.witness(a.applicability + b.applicability) else { return nil }
    return (clash, person, day)
  }

  /// How two rules would clash if their acts were one: opposed, differing benefits, or the same
  /// outcome twice (within a document only).
  static func kindOfClash(_ a: Rule, _ b: Rule, across: Bool) -> Clash? {
    // A soft norm (倡导) clashes with nothing: it encourages, it neither requires nor forbids.
    if a.kind == .advocacy || b.kind == .advocacy { return nil }
    let opposed: Bool = {
      switch (a.kind, b.kind) {
      case (.obligation, .prohibition), (.prohibition, .obligation), (.right, .prohibition), (.prohibition, .right): return true
      default: return false
      }
    }()
    let benefitClash = a.kind == .benefit && b.kind == .benefit && a.amount != nil && b.amount != nil && a.amount != b.amount
    let same = a.kind == b.kind && !benefitClash
    guard opposed || benefitClash || (same && !across) else { return nil }
    return opposed ? .opposed : benefitClash ? .benefits : .same
  }

  /// 「例如 … 的人同时适用两条」: the sample person of a clash.
  /// Every value is one a resident could have and could type back (`weifa query --fact`, a 案例):
  /// whole numbers for whole units, real days. When the rules have in-force dates, the note
  /// names a day on which both are in force.
  static func sampleNote(_ person: [(String, String)], day: Day? = nil) -> LocalizedText {
    let who = person.isEmpty ? "任何人" : person.map { "\($0.0) = \($0.1)" }.joined(separator: "，")
    let whoEn = person.isEmpty ? "anyone" : person.map { "\($0.0) = \($0.1)" }.joined(separator: ", ")
    let on = day.map { "在\($0)" } ?? ""
    let onEn = day.map { " on \($0.year)-\($0.month)-\($0.day)" } ?? ""
    return LocalizedText(zh: "注意：例如 \(who) 的人\(on)同时适用两条", en: "note: e.g. a person with \(whoEn) falls under both\(onEn)")
  }

  /// Two rules of one document on the same act (`a` first): WF7001, WF7002 or WF7003.
  private static func compare(_ a: Rule, _ b: Rule, in c: Charter, solver: Solver, _ ctx: inout CheckContext) {
    guard let (clash, person, day) = clash(a, b, c, c, solver: solver, across: false) else { return }
    let nameA = describe(a, c), nameB = describe(b, c)
    let note = sampleNote(person, day: day)
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
      let what = b.act ?? b.content ?? b.head ?? b.label ?? ""
      ctx.report(redundant, b.span, zh: b.kind == .benefit ? "\(nameB)与\(nameA)规定了相同的享有「\(what)」" : "\(nameB)与\(nameA)对同一行为「\(what)」规定了相同的\(b.kind.rawValue)",
                 en: "\(nameB) repeats \(nameA) on “\(what)”",
                 notes: [note], related: [(a.span, .init(zh: "另一条规则", en: "the other rule"))])
    }
  }

  /// Two acts worded almost alike: the same beginning (a verb and place, 2+ characters) and
  /// short different endings (在楼道堆放杂物 / 在楼道堆放物品, 燃放烟花爆竹 / 燃放鞭炮), or the
  /// same beginning and end around one different character (乱扔垃圾 / 乱丢垃圾, 在楼道堆放 /
  /// 在楼道内堆放). 在楼道堆放杂物 and 在屋顶堆放杂物 (a different place) are not alike.
  static func nearlyAlike(_ x: String, _ y: String) -> Bool {
    let a = Array(x.unicodeScalars), b = Array(y.unicodeScalars)
    guard a.count >= 3, b.count >= 3, a != b else { return false }
    var p = 0
    while p < a.count && p < b.count && a[p] == b[p] { p += 1 }
    var q = 0
    while q < a.count - p && q < b.count - p && a[a.count - 1 - q] == b[b.count - 1 - q] { q += 1 }
    let midA = a.count - p - q, midB = b.count - p - q
    if q == 0 { return p >= 2 && midA >= 1 && midB >= 1 && midA <= 4 && midB <= 4 }
    return p >= 1 && q >= 2 && midA <= 1 && midB <= 1
  }

  /// WF7004: pairs of rules whose acts are not one (after folding, order and `@同义行为`) but
  /// worded almost alike, and that would clash if they were. A hint, with how to say they are one.
  /// `groups` are the acts' rules in the order of the acts' keys (`sortedByKey`).
  static func hintSameActs(_ c: Charter, _ groups: [(key: String, value: [Int])], solver: Solver, _ budget: inout PairBudget, _ ctx: inout CheckContext) {
    // One representative wording per act, grouped by first character so only plausible pairs are compared.
    guard c.rulesByActInitial.values.contains(where: { $0.count > 1 }) else { return }   // every act starts differently: nothing alike
    // Each act's wording and rules, carried along (not looked up again by key).
    var byFirst = [Unicode.Scalar: [(written: String, rules: [Int])]]()
    for (_, rules) in groups {
      // Only acts written out (行为, 内容): a rule named by its head alone has nothing to compare.
      guard let r = rules.first.map({ c.rules[$0] }), !r.writtenAct.isEmpty else { continue }
      if let f = r.writtenAct.unicodeScalars.first { byFirst[f, default: []].append((r.writtenAct, rules)) }
    }
    for (_, keys) in byFirst.sorted(by: { $0.key.value < $1.key.value }) where keys.count > 1 {
      for x in 0..<keys.count {
        for y in (x + 1)..<keys.count {
          let kx = keys[x], ky = keys[y]
          guard nearlyAlike(kx.written, ky.written) else { continue }
          // The first pair of rules on the two acts that would clash if the acts were one.
          search: for i in kx.rules {
            for j in ky.rules {
              let a = c.rules[i], b = c.rules[j]
              guard !a.writtenAct.isEmpty, !b.writtenAct.isEmpty, budget.take(b.span) else { continue }
              guard !related(a, b, c, c), kindOfClash(a, b, across: false) != nil, commonDay(a, b, c, c).overlap,
                    solver.witness(a.applicability + b.applicability) != nil else { continue }
              let (first, second) = a.span.lower <= b.span.lower ? (a, b) : (b, a)
              let w1 = first.act ?? first.content ?? "", w2 = second.act ?? second.content ?? ""
              ctx.report(sameActHint, second.span,
                         zh: "这两条的行为可能相同：「\(w1)」与「\(w2)」；如是同一行为，请写「@同义行为 \(w1)、\(w2)」，Weifa 将按同一行为核对冲突",
                         en: "these two rules' acts may be one: “\(w1)” and “\(w2)”; if so, write “@同义行为 \(w1)、\(w2)” and Weifa checks them as one act",
                         related: [(first.span, .init(zh: "另一条规则", en: "the other rule"))])
              break search
            }
          }
        }
      }
    }
  }

  package static func describe(_ r: Rule, _ c: Charter) -> String {
    var s = r.label.map { "【\($0)】" } ?? "@\(r.kind.rawValue)"
    if let a = r.location.article { s = "第\(ChineseNumeral.format(c.articles[a].written ?? c.articles[a].number))条的" + s }
    return s
  }
}

/// The `@同义行为` groups that hold for a document's conflict checks: its own and those of the
/// documents above it. Each wording's act key maps to the key of its group's first wording.
struct SameActs {
  private var canonicalOf = [String: String]()
  private var members = [String: [String]]()

  init(_ ws: Workspace, _ index: Int) {
    for d in [index] + ws.higher(than: index) {
      for group in ws.charters[d].sameActs {
        let keys = group.map { Normalize.orderFree(Rule.plainAct(Normalize.act($0.name))) }.filter { !$0.isEmpty }
        guard let first = keys.first else { continue }
        let target = canonicalOf[first] ?? first
        for k in keys where canonicalOf[k] == nil { canonicalOf[k] = target }
      }
    }
    for (k, v) in canonicalOf { members[v, default: []].append(k) }
  }

  var isEmpty: Bool { canonicalOf.isEmpty }

  /// The act key standing for `key`'s group (itself when it is in none).
  func canonical(_ key: String) -> String { canonicalOf.isEmpty ? key : canonicalOf[key] ?? key }

  /// Every act key of `key`'s group (just `key` when it is in none).
  func keys(like key: String) -> [String] {
    guard !canonicalOf.isEmpty, let c = canonicalOf[key] else { return [key] }
    return members[c, default: [key]].sorted()
  }
}
