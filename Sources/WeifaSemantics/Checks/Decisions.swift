import WeifaBase
import WeifaSyntax

/// What the statutes require of a kind of meeting (LAW.md §2), for the floor check and the evaluator.
package struct StatutoryFloor: Sendable {
  package var body: String
  package var quorum: [ThresholdTerm]
  package var vote: [ThresholdTerm]
  package var basis: LegalCitation

  static func term(_ base: Base, _ strict: Bool, _ n: Int, _ d: Int, _ text: String) -> ThresholdTerm {
    ThresholdTerm(base: base, strict: strict, fraction: Rational(n, d), text: text, span: TextRange(0, 0))
  }

  /// The floors, by body name.
  package static let bodies: [StatutoryFloor] = [
    StatutoryFloor(body: "村民会议",
                   quorum: [term(.members, true, 1, 2, "成员 过半数"), term(.households, false, 2, 3, "户 三分之二以上")],
                   vote: [term(.present, true, 1, 2, "到会 过半数")], basis: LegalCitation(law: Law.villagers, article: 22)),
    StatutoryFloor(body: "村民代表会议",
                   quorum: [term(.componentMembers, false, 2, 3, "组成人员 三分之二以上")],
                   vote: [term(.present, true, 1, 2, "到会 过半数")], basis: LegalCitation(law: Law.villagers, article: 26)),
    StatutoryFloor(body: "村民小组会议",
                   quorum: [term(.members, false, 2, 3, "成员 三分之二以上"), term(.households, false, 2, 3, "户 三分之二以上")],
                   vote: [term(.present, true, 1, 2, "到会 过半数")], basis: LegalCitation(law: Law.villagers, article: 28)),
    StatutoryFloor(body: "居民会议",
                   quorum: [term(.members, true, 1, 2, "成员 过半数"), term(.households, true, 1, 2, "户 过半数"),
                            term(.representatives, true, 1, 2, "代表 过半数")],
                   vote: [term(.present, true, 1, 2, "到会 过半数")], basis: LegalCitation(law: Law.residents, article: 9)),
  ]

  /// The floor for a matter: 土地承包方案 needs two thirds of all members or all representatives.
  package static func matterVote(_ name: String) -> (terms: [ThresholdTerm], basis: LegalCitation)? {
    if name.contains("土地承包") && (name.contains("方案") || name.contains("发包")) || name.contains("承包地") && name.contains("调整") {
      return ([term(.all, false, 2, 3, "全体 三分之二以上"), term(.allRepresentatives, false, 2, 3, "全体代表 三分之二以上")],
              LegalCitation(law: Law.land, article: name.contains("调整") ? 28 : 19))
    }
    return nil
  }

  package static func forBody(_ name: String) -> StatutoryFloor? { bodies.first { $0.body == name } }
}

extension ThresholdTerm {
  /// The class of count a base belongs to, for comparing rules.
  package var pool: Base.Pool { base?.pool ?? .membership }

  /// Whether meeting this term always meets `other` (this is at least as strict).
  package func implies(_ other: ThresholdTerm, defaultPool: Base.Pool) -> Bool {
    let mine = base?.pool ?? defaultPool, theirs = other.base?.pool ?? defaultPool
    // A share of all members implies the same share of those present (present ≤ members).
    guard mine == theirs || (mine == .membership && theirs == .attendance) else { return false }
    if fraction != other.fraction { return fraction > other.fraction }
    return strict || !other.strict
  }
}

extension Threshold {
  /// Whether every alternative of this rule meets some alternative of `floor`.
  package func atLeast(_ floor: [ThresholdTerm], defaultPool: Base.Pool) -> Bool {
    !terms.isEmpty && terms.allSatisfy { t in floor.contains { t.implies($0, defaultPool: defaultPool) } }
  }
}

/// Bodies, thresholds, matters, procedures and publicity against the statutes.
package enum DecisionChecks: Check {
  package static let invalidRatio = DiagnosticCode(
    "WF5001", "impossible-threshold", .error,
    summary: .init(zh: "不可能或无意义的表决比例", en: "an impossible or meaningless ratio"),
    explanation: page(
      zh: """
      ## 说明
      比例必须大于零且不超过全体（如「三分之二以上」）；「以下」「以内」不能作为通过或到会的条件。
      ## 为什么
      「三分之四以上」永远达不到，「二分之一以下」会让少数人决定，都不是有效的议事规则。
      ## 示例
      """, en: """
      ## What
      A ratio is above zero and at most one; 以下 and 以内 cannot be a passing or attendance rule.
      ## Why
      4/3 can never be reached; “half or less” lets a minority decide.
      ## Example
      """,
      wrong: "@机构 议事会；表决：到会 三分之四以上\n",
      right: "@机构 议事会；表决：到会 三分之二以上\n",
      fixZh: "改为合理的比例。", fixEn: "Use a sensible ratio."))

  package static let belowFloor = DiagnosticCode(
    "WF5002", "decision-below-statutory-floor", .error,
    summary: .init(zh: "法定人数或表决规则低于法律规定", en: "a quorum or voting rule below the statutory floor"),
    explanation: page(
      zh: """
      ## 说明
      村民会议须有十八周岁以上村民过半数或三分之二以上的户的代表参加，决定须经到会人员过半数通过（《中华人民共和国村民委员会组织法》第二十二条）；村民代表会议须有三分之二以上组成人员参加、到会人员过半数同意（第二十六条）；村民小组会议见第二十八条；居民会议见《中华人民共和国城市居民委员会组织法》第九条；土地承包方案须经全体成员或全体村民代表三分之二以上同意（《中华人民共和国农村土地承包法》第十九条）。章程可以比法律更严，不能更宽。
      ## 为什么
      低于法定标准作出的决定可能被撤销。注意「过半数」不含本数，「半数以上」含本数：恰好一半时「半数以上」通过而「过半数」不通过（《中华人民共和国民法典》第一千二百五十九条），所以「半数以上」低于法律要求。
      ## 示例
      """, en: """
      ## What
      The statutes set floors: 村民会议 (Villagers' Committees Law art. 22), 村民代表会议 (art. 26), 村民小组会议 (art. 28), 居民会议 (Urban Residents' Committees Law art. 9), land-contract plans (Rural Land Contracting Law art. 19). A charter may be stricter, never looser.
      ## Why
      A decision below the floor can be set aside. 过半数 excludes exactly half while 半数以上 includes it (Civil Code art. 1259), so 半数以上 is below the floor.
      ## Example
      """,
      wrong: "@机构 村民会议；法定人数：成员 过半数 或 户 三分之二以上；表决：到会 半数以上\n",
      right: "@机构 村民会议；法定人数：成员 过半数 或 户 三分之二以上；表决：到会 过半数\n",
      fixZh: "改为不低于法律规定的比例。", fixEn: "Use a ratio no lower than the statute's.",
      basisZh: "《中华人民共和国村民委员会组织法》第二十二条、第二十六条、第二十八条；《中华人民共和国城市居民委员会组织法》第九条；《中华人民共和国农村土地承包法》第十九条；《中华人民共和国民法典》第一千二百五十九条",
      basisEn: "Villagers' Committees Law arts. 22, 26, 28; Urban Residents' Committees Law art. 9; Rural Land Contracting Law art. 19; Civil Code art. 1259"))

  package static let halfOrMore = DiagnosticCode(
    "WF5003", "half-or-more", .warning,
    summary: .init(zh: "「半数以上」含本数，恰好一半即通过", en: "半数以上 includes exactly half"),
    explanation: page(
      zh: """
      ## 说明
      「半数以上」包括恰好一半（《中华人民共和国民法典》第一千二百五十九条），与「过半数」不同。如果本意是多数通过，应写「过半数」。
      ## 为什么
      恰好一半赞成、一半反对时，「半数以上」会让决定通过，这往往不是起草者的本意。
      ## 示例
      """, en: """
      ## What
      半数以上 includes exactly half (Civil Code art. 1259), unlike 过半数. For a majority, write 过半数.
      ## Why
      With an even split, 半数以上 passes the motion, which is rarely what was meant.
      ## Example
      """,
      wrong: "@机构 理事会；表决：到会 半数以上\n",
      right: "@机构 理事会；表决：到会 过半数\n",
      fixZh: "若本意是多数通过，改为「过半数」。", fixEn: "Write 过半数 if a majority is meant.",
      basisZh: "《中华人民共和国民法典》第一千二百五十九条", basisEn: "Civil Code art. 1259"))

  package static let wrongBody = DiagnosticCode(
    "WF5004", "statutory-matter-wrong-body", .error,
    summary: .init(zh: "法定由村民会议决定的事项交给了别的机构", en: "a matter the statute reserves to the 村民会议 is routed elsewhere"),
    explanation: page(
      zh: """
      ## 说明
      《中华人民共和国村民委员会组织法》第二十四条所列事项（误工补贴、集体收益使用、公益事业、土地承包方案、集体经济项目、宅基地使用方案、征地补偿费、处分集体财产）须经村民会议讨论决定；村民会议可以授权村民代表会议决定（须写明「授权」）。制定和修改村民自治章程、村规民约只能由村民会议决定（第二十七条），不能授权。
      ## 为什么
      无权机构作出的决定无效，村民可以请求撤销。
      ## 示例
      """, en: """
      ## What
      The matters of Villagers' Committees Law art. 24 are decided by the 村民会议, which may authorise the 村民代表会议 (state 授权). Adopting or amending the 村规民约 or autonomy charter is for the 村民会议 alone (art. 27).
      ## Why
      A decision by a body without authority is void.
      ## Example
      """,
      wrong: "@标题 某村村规民约\n@事项 宅基地使用方案；决定：村民委员会\n",
      right: "@标题 某村村规民约\n@事项 宅基地使用方案；决定：村民会议\n",
      fixZh: "改由村民会议决定，或写明经村民会议授权由村民代表会议决定。", fixEn: "Route it to the 村民会议, or to the 村民代表会议 with 授权.",
      basisZh: "《中华人民共和国村民委员会组织法》第二十四条、第二十七条", basisEn: "Villagers' Committees Law arts. 24, 27"))

  package static let wrongAdopter = DiagnosticCode(
    "WF5005", "adopted-by-wrong-body", .error,
    summary: .init(zh: "村规民约、自治章程或居民公约不是由法定的会议通过的", en: "the charter was not adopted by the body the statute names"),
    explanation: page(
      zh: """
      ## 说明
      村民自治章程、村规民约由村民会议制定和修改（《中华人民共和国村民委员会组织法》第二十七条）；居民公约由居民会议讨论制定（《中华人民共和国城市居民委员会组织法》第十五条）；社区自治章程同样由居民会议通过。村民代表会议、村民委员会无权通过。
      ## 为什么
      由无权机构通过的规约没有效力，备案时也会被退回。
      ## 示例
      """, en: """
      ## What
      The 村规民约 and 村民自治章程 are adopted by the 村民会议 (Villagers' Committees Law art. 27); the 居民公约 and 社区自治章程 by the 居民会议 (Urban Residents' Committees Law art. 15).
      ## Why
      A charter adopted by a body without power has no force.
      ## Example
      """,
      wrong: "@标题 某村村规民约\n@类型 村规民约\n@通过 村民代表会议；日期：2024年3月12日\n",
      right: "@标题 某村村规民约\n@类型 村规民约\n@通过 村民会议；日期：2024年3月12日\n",
      fixZh: "提交村民会议（或居民会议）表决通过。", fixEn: "Put it to the 村民会议 (or 居民会议).",
      basisZh: "《中华人民共和国村民委员会组织法》第二十七条；《中华人民共和国城市居民委员会组织法》第十五条", basisEn: "Villagers' Committees Law art. 27; Urban Residents' Committees Law art. 15"))

  package static let badCounts = DiagnosticCode(
    "WF5006", "adoption-vote-fails", .error,
    summary: .init(zh: "通过记录中的人数不一致，或未达到表决要求", en: "the adoption counts are inconsistent or do not meet the rule"),
    explanation: page(
      zh: """
      ## 说明
      @通过 的人数要一致：实到不超过应到，赞成、反对、弃权之和等于实到；并且按通过机构的规则（本汇编中声明的，或法律规定的）应当能够通过。
      ## 为什么
      记录错误会让备案审查退回，票数不够则规约没有通过。
      ## 示例
      """, en: """
      ## What
      The @通过 counts agree (实到 ≤ 应到; 赞成 + 反对 + 弃权 = 实到) and meet the adopting body's rules.
      ## Why
      Wrong records are sent back at filing; too few votes mean the charter did not pass.
      ## Example
      """,
      wrong: "@通过 村民会议；应到：1000；实到：600；赞成：300；反对：200；弃权：100\n",
      right: "@通过 村民会议；应到：1000；实到：600；赞成：400；反对：150；弃权：50\n",
      fixZh: "核对会议记录。", fixEn: "Check the minutes."))

  package static let rarePublicity = DiagnosticCode(
    "WF5007", "publicity-too-rare", .error,
    summary: .init(zh: "村务公开的频率低于法律要求", en: "village affairs published less often than the law requires"),
    explanation: page(
      zh: """
      ## 说明
      村务公开：一般事项至少每季度公布一次；集体财务往来较多的，财务收支每月公布一次；涉及村民利益的重大事项应当随时公布（《中华人民共和国村民委员会组织法》第三十条）。
      ## 为什么
      公开不足是村务监督中最常见的问题。
      ## 示例
      """, en: """
      ## What
      General matters at least quarterly; finances monthly where transactions are many; major matters at once (Villagers' Committees Law art. 30).
      ## Why
      Too little publicity is the commonest failing of village supervision.
      ## Example
      """,
      wrong: "@标题 某村村务公开制度\n@公开 村务；频率：每年\n",
      right: "@标题 某村村务公开制度\n@公开 村务；频率：每季度\n",
      fixZh: "提高公开频率。", fixEn: "Publish more often.",
      basisZh: "《中华人民共和国村民委员会组织法》第三十条", basisEn: "Villagers' Committees Law art. 30"))

  package static let matterLists = DiagnosticCode(
    "WF5008", "matter-list-membership", .error,
    summary: .init(zh: "事项在自治事项和协助事项两个清单中都有或都没有", en: "a matter on both lists or on neither"),
    explanation: page(
      zh: """
      ## 说明
      写了 @自治事项、@协助事项 清单的文件，每个 @事项 必须恰好在其中一个清单上，且与它的「类别」一致。
      ## 为什么
      社区工作准入要求分清自己决定的事项和协助政府的事项。
      ## 示例
      """, en: """
      ## What
      Where the lists exist, each @事项 is on exactly one of them and agrees with its 类别.
      ## Why
      Community work admission requires separating self-governed matters from assisted ones.
      ## Example
      """,
      wrong: "@事项 垃圾分类；决定：居民会议\n@事项 人口普查；决定：街道\n@自治事项 垃圾分类\n",
      right: "@事项 垃圾分类；决定：居民会议\n@事项 人口普查；决定：街道\n@自治事项 垃圾分类\n@协助事项 人口普查\n",
      fixZh: "把事项列入且只列入一个清单。", fixEn: "Put it on exactly one list."))

  package static let stepWithoutBody = DiagnosticCode(
    "WF5009", "step-without-body", .error,
    summary: .init(zh: "程序的步骤没有写明由哪个机构负责", en: "a procedure step names no body"),
    explanation: page(
      zh: """
      ## 说明
      @步骤 要用「机构：」写明由谁负责。
      ## 为什么
      没有负责机构的步骤无法执行，也无法检查它的表决规则。
      ## 示例
      """, en: """
      ## What
      A @步骤 names its body with 机构.
      ## Why
      A step nobody carries out cannot happen.
      ## Example
      """,
      wrong: "@程序 议事程序\n@步骤 提议\n",
      right: "@程序 议事程序\n@步骤 提议；机构：村民委员会\n",
      fixZh: "补上「机构：」。", fixEn: "Add 机构."))

  package static let bodyShape = DiagnosticCode(
    "WF5010", "body-size-or-term", .error,
    summary: .init(zh: "机构的人数或任期不符合法律规定", en: "a body's size or term is outside the statute"),
    explanation: page(
      zh: """
      ## 说明
      村民委员会由三至七人组成，每届任期五年（《中华人民共和国村民委员会组织法》第六条、第十一条）；居民委员会五至九人，任期五年（《中华人民共和国城市居民委员会组织法》第七条、第八条）；人民调解委员会委员三至九人，任期三年（《中华人民共和国人民调解法》第八条、第九条）。
      ## 为什么
      人数、任期与法律不符的组织不能依法履职。
      ## 示例
      """, en: """
      ## What
      村民委员会: 3–7 members, 5-year term; 居民委员会: 5–9, 5 years; 人民调解委员会: 3–9, 3 years.
      ## Why
      A body of the wrong shape cannot act lawfully.
      ## Example
      """,
      wrong: "@机构 村民委员会；人数：3至9人；任期：3年\n",
      right: "@机构 村民委员会；人数：3至7人；任期：5年\n",
      fixZh: "改为法定的人数和任期。", fixEn: "Use the statutory size and term."))

  package static let codes = [invalidRatio, belowFloor, halfOrMore, wrongBody, wrongAdopter, badCounts, rarePublicity, matterLists, stepWithoutBody, bodyShape]

  package static func run(_ ctx: inout CheckContext) {
    let c = ctx.charter
    // Statutes state their own floors; checking them against themselves says nothing.
    if c.isHigherLaw { return }
    for b in c.bodies { body(b, &ctx) }
    for m in c.matters { matter(m, c, &ctx) }
    for p in c.procedures {
      for s in p.steps {
        if s.body.isEmpty {
          ctx.report(stepWithoutBody, s.span, zh: "步骤「\(s.name)」没有写明负责的机构", en: "step “\(s.name)” names no body")
        }
        for t in [s.vote, s.quorum].compactMap({ $0 }) { ratios(t, &ctx, floorApplies: false) }
      }
    }
    adoption(c, &ctx)
    publicity(c, &ctx)
    lists(c, &ctx)
  }

  private static func ratios(_ t: Threshold, _ ctx: inout CheckContext, floorApplies: Bool) {
    for term in t.terms {
      if term.fraction > Rational(1) || term.fraction <= Rational(0) || (term.fraction == Rational(1) && term.strict) {
        ctx.report(invalidRatio, term.span, zh: "比例「\(term.text)」不可能达到或没有意义", en: "the ratio “\(term.text)” cannot be met or means nothing")
      } else if term.text.contains("以下") || term.text.contains("以内") {
        ctx.report(invalidRatio, term.span, zh: "「\(term.text)」是上限，不能作为到会或通过的条件", en: "“\(term.text)” is an upper bound, not a rule for attending or passing")
      } else if !floorApplies && term.text.contains("半数以上") {
        ctx.report(halfOrMore, term.span, zh: "「半数以上」包括恰好一半，恰好一半赞成即可通过", en: "半数以上 includes exactly half: an even split passes",
                   notes: [.init(zh: "帮助：若本意是多数通过，应写「过半数」", en: "help: write 过半数 for a majority")],
                   basis: [LegalCitation(law: Law.civil, article: 1259)])
      }
    }
  }

  private static func body(_ b: Body, _ ctx: inout CheckContext) {
    let floor = StatutoryFloor.forBody(b.name)
    for t in [b.quorum, b.vote, b.proposal].compactMap({ $0 }) { ratios(t, &ctx, floorApplies: floor != nil) }
    for s in b.special {
      ratios(s.threshold, &ctx, floorApplies: false)
      if let mf = StatutoryFloor.matterVote(s.label), !s.threshold.terms.isEmpty, !s.threshold.atLeast(mf.terms, defaultPool: .attendance) {
        report(s.threshold, "表决", mf.terms, mf.basis, &ctx)
      }
    }
    if let f = floor {
      // A rule that did not parse has been reported already; it is not held to the floor.
      if let q = b.quorum, !q.terms.isEmpty, !q.atLeast(f.quorum, defaultPool: .membership) { report(q, "法定人数", f.quorum, f.basis, &ctx) }
      if let v = b.vote, !v.terms.isEmpty, !v.atLeast(f.vote, defaultPool: .attendance) { report(v, "表决", f.vote, f.basis, &ctx) }
    }
    shape(b, &ctx)
  }

  private static func report(_ t: Threshold, _ what: String, _ floor: [ThresholdTerm], _ basis: LegalCitation, _ ctx: inout CheckContext) {
    var notes: [LocalizedText] = [.init(zh: "注意：法律要求「\(floor.map(\.text).joined(separator: " 或 "))」", en: "note: the statute requires “\(floor.map(\.text).joined(separator: " or "))”")]
    if t.text.contains("半数以上") {
      notes.append(.init(zh: "注意：「半数以上」含本数，恰好一半即通过；「过半数」不含本数（《中华人民共和国民法典》第一千二百五十九条）",
                         en: "note: 半数以上 includes exactly half; 过半数 does not (Civil Code art. 1259)"))
    }
    ctx.report(belowFloor, t.span, zh: "\(what)「\(t.text)」低于法律规定", en: "\(what) “\(t.text)” is below the statutory floor",
               notes: notes, basis: [basis] + (t.text.contains("半数以上") ? [LegalCitation(law: Law.civil, article: 1259)] : []))
  }

  private static func shape(_ b: Body, _ ctx: inout CheckContext) {
    let rules: [String: (lo: Int, hi: Int, term: Int, basis: LegalCitation)] = [
      "村民委员会": (3, 7, 5, LegalCitation(law: Law.villagers, article: 6)),
      "居民委员会": (5, 9, 5, LegalCitation(law: Law.residents, article: 7)),
      "人民调解委员会": (3, 9, 3, LegalCitation(law: Law.mediation, article: 8)),
    ]
    guard let r = rules[b.name] else { return }
    if let s = b.size {
      let lo = s.low, hi = s.high ?? s.low
      if lo < Rational(r.lo) || hi > Rational(r.hi) {
        ctx.report(bodyShape, s.span, zh: "\(b.name)的人数「\(s.text)」超出法定的\(ChineseNumeral.format(r.lo))至\(ChineseNumeral.format(r.hi))人",
                   en: "\(b.name) has “\(s.text)”; the statute says \(r.lo) to \(r.hi)", basis: [r.basis])
      }
    }
    if let t = b.term, t.unit?.contains("年") == true, t.low != Rational(r.term) || t.high != nil {
      ctx.report(bodyShape, t.span, zh: "\(b.name)的任期「\(t.text)」不是法定的\(ChineseNumeral.format(r.term))年",
                 en: "\(b.name)'s term “\(t.text)” is not the statutory \(r.term) years",
                 basis: [b.name == "人民调解委员会" ? LegalCitation(law: Law.mediation, article: 9)
                         : b.name == "居民委员会" ? LegalCitation(law: Law.residents, article: 8) : LegalCitation(law: Law.villagers, article: 11)])
    }
  }

  /// 村组法第二十四条 items and 第二十七条, by the words that name them.
  static let reservedMatters = ["误工补贴", "集体经济所得收益", "集体收益", "公益事业", "土地承包", "集体经济项目", "宅基地", "征地补偿", "集体财产"]

  static func isVillage(_ c: Charter) -> Bool {
    let kind = c.kind ?? ""
    return kind.contains("村") || (c.title ?? "").hasSuffix("村规民约") || c.bodies.contains { $0.name.hasPrefix("村民") }
      || (c.title ?? "").contains("村") && !(c.title ?? "").contains("社区")
  }

  private static func matter(_ m: Matter, _ c: Charter, _ ctx: inout CheckContext) {
    if let v = m.vote {
      ratios(v, &ctx, floorApplies: false)
      if let mf = StatutoryFloor.matterVote(m.name), !v.terms.isEmpty, !v.atLeast(mf.terms, defaultPool: .attendance) { report(v, "表决", mf.terms, mf.basis, &ctx) }
    }
    guard isVillage(c), !m.decider.isEmpty else { return }
    let charterMatter = (m.name.contains("村规民约") || m.name.contains("自治章程")) && (m.name.contains("制定") || m.name.contains("修改") || m.name.contains("修订"))
    let reserved = charterMatter || reservedMatters.contains { m.name.contains($0) }
    guard reserved else { return }
    let deciders = m.decider.map(\.name)
    if deciders.contains("村民会议") { return }
    if !charterMatter && deciders.contains("村民代表会议") && !m.delegate.isEmpty { return }
    let basis = LegalCitation(law: Law.villagers, article: charterMatter ? 27 : 24)
    let why: LocalizedText = charterMatter
      ? .init(zh: "注意：制定和修改村规民约、自治章程只能由村民会议决定，不能授权", en: "note: only the 村民会议 adopts or amends them; this cannot be delegated")
      : .init(zh: "注意：村民会议可以授权村民代表会议决定，此时写「决定：村民代表会议；授权：村民会议」", en: "note: the 村民会议 may authorise the 村民代表会议; then state 授权")
    ctx.report(wrongBody, m.decider.first!.span, zh: "「\(m.name)」依法由村民会议讨论决定，不能由「\(deciders.joined(separator: "、"))」决定",
               en: "“\(m.name)” is for the 村民会议 by statute, not “\(deciders.joined(separator: ", "))”", notes: [why], basis: [basis])
  }

  private static func adoption(_ c: Charter, _ ctx: inout CheckContext) {
    guard let a = c.adopted else { return }
    let kind = c.kind ?? ""
    let required: (String, LegalCitation)? =
      ["村规民约", "村民自治章程"].contains(kind) ? ("村民会议", LegalCitation(law: Law.villagers, article: 27))
      : ["居民公约", "社区自治章程"].contains(kind) ? ("居民会议", LegalCitation(law: Law.residents, article: 15)) : nil
    if let (body, basis) = required, a.body != body {
      ctx.report(wrongAdopter, a.span, zh: "\(kind)应当由\(body)通过，这里写的是「\(a.body)」", en: "a \(kind) is adopted by the \(body), not “\(a.body)”", basis: [basis])
    }
    // The counts.
    if let e = a.expected, let t = a.attended, t > e {
      ctx.report(badCounts, a.span, zh: "实到\(t)人多于应到\(e)人", en: "\(t) attended but only \(e) were expected")
    }
    if let t = a.attended, let y = a.yes, let n = a.no, let ab = a.abstain, y + n + ab != t {
      ctx.report(badCounts, a.span, zh: "赞成\(y)、反对\(n)、弃权\(ab)，合计\(y + n + ab)，与实到\(t)人不符", en: "\(y) + \(n) + \(ab) = \(y + n + ab), not the \(t) who attended")
    }
    guard let t = a.attended, let y = a.yes, y <= t else { return }
    // The adopting body's rule, from the bundle or the statute.
    let ws = ctx.workspace
    let declared = ([ctx.index] + ws.bundle(of: ctx.index)).lazy.compactMap { d in ws.charters[d].bodies.first { $0.name == a.body } }.first
    let voteTerms = declared?.vote?.terms ?? StatutoryFloor.forBody(a.body)?.vote
    if let terms = voteTerms, !terms.isEmpty, let e = a.expected {
      let passes = terms.contains { term in
        switch term.base?.pool ?? .attendance {
        case .attendance: return term.holds(count: y, total: t)
        case .membership: return term.holds(count: y, total: e)
        case .households: return true   // not recorded: cannot be decided here
        }
      }
      if !passes {
        ctx.report(badCounts, a.span, zh: "赞成\(y)票，实到\(t)人，未达到「\(terms.map(\.text).joined(separator: " 或 "))」",
                   en: "\(y) in favour of \(t) present does not meet “\(terms.map(\.text).joined(separator: " or "))”")
      }
    }
  }

  static func frequencyRank(_ s: String) -> Int? {
    if s.contains("随时") || s.contains("及时") || s.contains("即时") { return 0 }
    if s.contains("月") { return 1 }
    if s.contains("季") { return 2 }
    if s.contains("半年") { return 3 }
    if s.contains("年") { return 4 }
    return nil
  }

  private static func publicity(_ c: Charter, _ ctx: inout CheckContext) {
    guard isVillage(c) else { return }
    for p in c.publicities {
      guard let f = p.frequency, let rank = frequencyRank(f) else { continue }
      let subject = p.what + (p.content ?? "")
      let major = subject.contains("重大")
      let needed = major ? 0 : 2
      if rank > needed {
        let want = major ? "随时公布" : "至少每季度公布一次"
        ctx.report(rarePublicity, p.span, zh: "「\(p.what)」\(f)公开一次，法律要求\(want)", en: "“\(p.what)” is published \(f); the law requires \(major ? "at once" : "at least quarterly")",
                   notes: subject.contains("财务") ? [.init(zh: "注意：集体财务往来较多的，财务收支情况应当每月公布一次", en: "note: with many transactions, finances are published monthly")] : [],
                   basis: [LegalCitation(law: Law.villagers, article: 30)])
      }
    }
  }

  private static func lists(_ c: Charter, _ ctx: inout CheckContext) {
    guard !c.autonomyList.isEmpty || !c.assistanceList.isEmpty else { return }
    let auto = Set(c.autonomyList.map(\.name)), assist = Set(c.assistanceList.map(\.name))
    for m in c.matters {
      let inA = auto.contains(m.name) || m.label.map(auto.contains) == true
      let inB = assist.contains(m.name) || m.label.map(assist.contains) == true
      if inA && inB {
        ctx.report(matterLists, m.nameSpan, zh: "「\(m.name)」同时在自治事项和协助事项清单上", en: "“\(m.name)” is on both lists")
      } else if !inA && !inB {
        ctx.report(matterLists, m.nameSpan, zh: "「\(m.name)」不在自治事项或协助事项清单上", en: "“\(m.name)” is on neither list")
      } else if let cat = m.category, (cat == "自治事项" && inB) || (cat == "协助事项" && inA) {
        ctx.report(matterLists, m.nameSpan, zh: "「\(m.name)」的类别是\(cat)，却列在另一个清单上", en: "“\(m.name)” is a \(cat) but sits on the other list")
      }
    }
  }
}
