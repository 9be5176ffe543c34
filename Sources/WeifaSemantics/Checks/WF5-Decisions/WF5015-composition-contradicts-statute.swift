import WeifaBase

/// WF5015 composition-contradicts-statute: a body's structured @组成 (`Composition`) or its @职务
/// 人数 against the statute's body of that name and against the body's own @人数 (issue 13).
extension DecisionChecks {
  package static let badComposition = DiagnosticCode(
    "WF5015", "composition-contradicts-statute", .error,
    summary: .init(zh: "机构的组成与法律规定或其人数相抵触", en: "a body's composition contradicts the statute or its own size"),
    explanation: page(
      zh: """
      ## 说明
      按结构读出的 @组成（见 Grammar/README.md「组成」）与上位法同名机构的 @组成 比较：村民代表应当占村民代表会议组成人员的五分之四以上，妇女村民代表占三分之一以上，村民代表按每五户至十五户推选一人（《中华人民共和国村民委员会组织法》第二十五条）；村民委员会应当有妇女成员（第六条第二款）。章程规定的比例低于法律、每名代表的户数超出法律的范围、应当有的成员被限为零时报告。各 @职务 的 @人数 与 @组成 中各职务的人数之和，不能超出机构的 @人数 或法律规定的人数（第六条：三至七人），也不能达不到其下限。
      ## 为什么
      组成不合法的机构所作决定的效力会受到质疑。
      ## 示例
      """, en: """
      ## What
      A structured @组成 (see Grammar/README.md) is compared with the higher law's body of the same name: 村民代表 at least 4/5 of the 村民代表会议, women representatives at least 1/3, one representative per 5 to 15 households (Villagers' Committees Law art. 25); a woman on the 村民委员会 (art. 6 ②). Raised when the charter's share is lower, its households per representative fall outside the statute's range, or a member the statute requires is capped at zero. The counts by office (@职务 人数 and counts in @组成) must fit the body's @人数 and the statute's size (art. 6: 3 to 7).
      ## Why
      Decisions of a body composed against the law can be challenged.
      ## Example
      """,
      wrong: "=== 某法.weifa ===\n@标题 某法\n@类型 法律\n@机构 村民代表会议\n@组成：村民委员会成员和村民代表，村民代表占组成人员五分之四以上\n=== 某村村规民约.weifa ===\n@标题 某村村规民约\n@上位 《某法》\n@机构 村民代表会议\n@组成：村民委员会成员和村民代表，村民代表占组成人员四分之三以上\n",
      right: "=== 某法.weifa ===\n@标题 某法\n@类型 法律\n@机构 村民代表会议\n@组成：村民委员会成员和村民代表，村民代表占组成人员五分之四以上\n=== 某村村规民约.weifa ===\n@标题 某村村规民约\n@上位 《某法》\n@机构 村民代表会议\n@组成：村民委员会成员和村民代表，村民代表占组成人员五分之四以上\n",
      fixZh: "把组成改为不低于法律的规定，使各职务人数之和落在机构的人数之内。", fixEn: "Meet the statute's composition and make the counts by office fit the body's size.",
      basisZh: "《中华人民共和国村民委员会组织法》第六条、第二十五条；《中华人民共和国城市居民委员会组织法》第七条；《中华人民共和国农村集体经济组织法》第二十八条、第二十九条",
      basisEn: "Villagers' Committees Law arts. 6, 25; Urban Residents' Committees Law art. 7; Collective Economic Organisations Law arts. 28, 29"))

  /// Whether two names of a class of members mean the same (妇女代表 and 妇女村民代表).
  static func sameClass(_ a: String, _ b: String) -> Bool {
    a == b || a.filter { !"村民".contains($0) } == b.filter { !"村民".contains($0) }
  }

  static func composition(_ b: Body, _ mine: Composition?, _ statute: StatuteBody?, _ ctx: inout CheckContext) {
    let at = b.compositionSpan ?? b.span
    if let mine, let (sb, sc, structure) = statute, let law = structure {
      let basis = citations(sb, sc)
      for ls in law.shares {
        guard let s = mine.shares.first(where: { sameClass($0.name, ls.name) }) else { continue }
        if s.fraction < ls.fraction || (s.fraction == ls.fraction && ls.strict && !s.strict) {
          ctx.report(badComposition, at, zh: "\(b.name)的组成「\(s.name)\(s.text)」低于法律规定的「\(ls.name)\(ls.text)」",
                     en: "\(b.name): “\(s.name) \(s.text)” is below the statute's “\(ls.name) \(ls.text)”", basis: basis)
        }
      }
      if let lp = law.perHouseholds, let p = mine.perHouseholds, p.low < lp.low || p.high > lp.high {
        ctx.report(badComposition, at, zh: "\(b.name)的\(p.name)每\(p.low)户至\(p.high)户推选一人，超出法律规定的每\(lp.low)户至\(lp.high)户",
                   en: "\(b.name): one \(p.name) per \(p.low) to \(p.high) households is outside the statute's \(lp.low) to \(lp.high)", basis: basis)
      }
      for lc in law.counts where lc.low >= 1 {
        if let c = mine.counts.first(where: { sameClass($0.name, lc.name) }), let hi = c.high, hi < lc.low {
          ctx.report(badComposition, at, zh: "\(b.name)的\(c.name)至多 \(hi) 人，法律规定应当有\(lc.name)", en: "\(b.name) allows at most \(hi) “\(c.name)”; the statute requires one", basis: basis)
        }
      }
    }
    officeCounts(b, mine, at, &ctx)
  }

  /// Whether `name` is one of the body's offices (a @职务 of it).
  static func isOffice(_ name: String, _ b: Body) -> Bool { b.roles.contains { $0.name == name } }

  /// Words that rank an office rather than qualify a class (副主任 is an office of its own, not a kind of 主任).
  static let ranks = ["副", "正", "常务", "执行", "代理", "第一"]
  /// Nouns that name the members of a body in general: a count of `qualifier + noun` counts some of them.
  static let memberNouns = ["组成人员", "成员", "人员"]

  /// Whether a count of `@组成` counts seats of the body (主任1人, 理事长一名, 楼栋长1人), which add up to its
  /// size, or a class among the members counted elsewhere (妇女成员不少于2人, 其中党员2人, 女性委员1人,
  /// 妇女村民代表, 具备财会知识的人员, 村民委员会成员不超过1人): read from the structure — an office of the body
  /// is a seat; a clause counting 其中 (among them), a qualified member noun (妇女 + 成员), a qualified office
  /// or category the composition already lists (女性 + 委员), or a cap with no floor, is a class.
  static func isSeat(_ name: String, low: Int, _ b: Body, _ c: Composition, others: [String], _ ctx: CheckContext) -> Bool {
    if isOffice(name, b) { return true }
    if c.within.contains(name) || low == 0 { return false }
    func qualified(_ noun: String) -> Bool {
      guard name.count > noun.count, name.hasSuffix(noun) else { return false }
      var prefix = Substring(name.dropLast(noun.count))
      while let r = ranks.first(where: { prefix.hasPrefix($0) }) { prefix = prefix.dropFirst(r.count) }
      return !prefix.isEmpty
    }
    for noun in memberNouns where qualified(noun) {
      // 村民委员会成员 in a 村民代表会议: the members of another body, seated here as a class of seats.
      let owner = String(name.dropLast(noun.count))
      if owner != b.name && ctx.workspace.charters.contains(where: { $0.bodies.contains { $0.name == owner } }) { return true }
      return false
    }
    // 女性委员, 党员代表 beside 委员 / 村民代表: a kind of an office or category named beside it.
    if others.contains(where: { $0 != name && qualified($0) }) { return false }
    if b.roles.contains(where: { qualified($0.name) }) { return false }
    return true
  }

  /// The counts by office (@职务 人数, and counts of the offices @组成 names) against the body's @人数
  /// and the statute's.
  static func officeCounts(_ b: Body, _ mine: Composition?, _ at: TextRange, _ ctx: inout CheckContext) {
    let statute = statuteBody(b.name, ctx)
    var offices = [(name: String, low: Int, high: Int?)]()
    for r in b.roles {
      guard let q = r.size, let lo = q.low.wholeValue else { continue }
      offices.append((r.name, lo, q.high?.wholeValue ?? lo))
    }
    func categories(_ c: Composition?) -> [String] { (c?.parts ?? []).compactMap { if case .category(let n) = $0 { return n } else { return nil } } }
    // Offices the composition lists: its categories, and its counts of offices (主任1人 — not 妇女成员不少于1人
    // or 村民委员会成员不超过2人, classes that overlap the offices).
    let names = (mine?.parts ?? []).compactMap { p -> String? in
      switch p {
      case .category(let n), .count(let n, _, _): return n
      default: return nil
      }
    }
    let listed = (mine?.parts ?? []).compactMap { p -> String? in
      switch p {
      case .category(let n): return n
      case .count(let n, let low, _): return mine.map { isSeat(n, low: low, b, $0, others: names, ctx) } == true ? n : nil
      default: return nil
      }
    }
    for c in mine?.counts ?? [] where listed.contains(c.name) && !offices.contains(where: { $0.name == c.name }) { offices.append(c) }
    guard !offices.isEmpty else { return }
    // The most is known only when the composition, read whole, lists the offices and each has a count.
    let complete = mine?.structured == true && !listed.isEmpty && listed.allSatisfy { n in offices.contains { $0.name == n } }
    let least = offices.reduce(0) { $0 + $1.low }
    let most: Int? = complete && offices.allSatisfy({ $0.high != nil }) ? offices.reduce(0) { $0 + ($1.high ?? 0) } : nil
    var sizes: [(Quantity, String, [LegalCitation])] = []
    // Against the body's own @人数 (which WF5010 holds to the statute), else the statute's.
    if let s = b.size { sizes.append((s, "本机构的人数", [])) } else if let (sb, sc) = statute, let s = sb.size { sizes.append((s, "法律规定的人数", citations(sb, sc))) }
    for (s, whose, basis) in sizes {
      let lo = s.low, hi = s.high ?? ((s.prefix ?? "").contains("不少于") || (s.prefix ?? "").contains("至少") ? nil : s.low)
      if let hi, Rational(least) > hi {
        ctx.report(badComposition, at, zh: "\(b.name)各职务至少 \(least) 人，超出\(whose)「\(s.text)」", en: "\(b.name)'s offices need at least \(least) members, more than \(whose == "本机构的人数" ? "its own size" : "the statute's size") “\(s.text)”", basis: basis)
        return
      }
      if let most, Rational(most) < lo {
        ctx.report(badComposition, at, zh: "\(b.name)各职务至多 \(most) 人，达不到\(whose)「\(s.text)」", en: "\(b.name)'s offices allow at most \(most) members, fewer than \(whose == "本机构的人数" ? "its own size" : "the statute's size") “\(s.text)”", basis: basis)
        return
      }
    }
  }
}
