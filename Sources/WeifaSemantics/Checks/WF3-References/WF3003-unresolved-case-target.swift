import WeifaBase

/// WF3003 unresolved-case-target: what a 案例 names — the rules of 适用/不适用, the body of a
/// vote, the matter routed, the rating graded, the 结果 of a vote — is there, resolved exactly as
/// `weifa test` resolves it (`Workspace.rules(namedBy:from:)` and its neighbours in
/// `CaseTargets.swift`), so whatever `test` could not even look up, `check` reports first.
/// Bracketed labels that resolve to nothing at all are WF3001's.
extension ReferenceChecks {
  package static let unresolvedCaseTarget = DiagnosticCode(
    "WF3003", "unresolved-case-target", .error,
    summary: .init(zh: "案例指明的规则、机构、事项或评定找不到", en: "a case names a rule, body, matter or rating that cannot be found"),
    explanation: page(
      zh: """
      ## 说明
      案例的「适用」「不适用」指明规则，可以用三种写法：条标（【高龄补贴】或不加括号的 高龄补贴），条号（第二条、第二条第一款，指该条或该款下写的全部规则），或规则的名称（「@享有 高龄补贴；…」中的 高龄补贴，以及「行为」「内容」的原文）。表决案例的「机构」须有议事规则（法定人数、表决）或法定标准，「结果」写「成立」或「不成立」；路由案例的「事项」、评定案例的「评定」须已声明，评定案例的「结果」须是该评定的等级。
      ## 为什么
      指明的对象找不到，`weifa test` 就无法运行这个案例，只会报告「找不到规则」。真实的规约大多没有条标，按条号指明规则最自然；条号下却没有规则时，要说清楚为什么。
      ## 示例
      """, en: """
      ## What
      A case's 适用 and 不适用 name rules in one of three ways: by label (【高龄补贴】 or plain 高龄补贴), by article as printed (第二条, 第二条第一款: every rule written under it), or by the rule's name (the head of 「@享有 高龄补贴；…」, or its 行为 or 内容 as written). A vote case's 机构 needs decision rules (quorum, vote) or a statutory floor and its 结果 reads 成立 or 不成立; a routing case's 事项 and a grading case's 评定 must be declared, and a grading case's 结果 must be one of the rating's levels.
      ## Why
      `weifa test` cannot run a case whose target is missing; it only says 「找不到规则」. Real charters seldom have labels, so naming a rule by its article is natural; when the article carries no rule, the checker says so.
      ## Example
      """,
      wrong: "@属性 年龄：数值（周岁）\n第一条 本规约适用于本村村民。\n第二条 八十周岁以上的村民享受高龄补贴。\n@享有 高龄补贴；主体：年龄 ≥ 80；金额：每月100元\n@案例 张大爷；事实：年龄 = 82；适用：第一条\n",
      right: "@属性 年龄：数值（周岁）\n第一条 本规约适用于本村村民。\n第二条 八十周岁以上的村民享受高龄补贴。\n@享有 高龄补贴；主体：年龄 ≥ 80；金额：每月100元\n@案例 张大爷；事实：年龄 = 82；适用：第二条\n",
      fixZh: "改为有规则的条号、条标或规则名称；或在该条下用 @义务、@禁止、@权利、@享有 写出规则。",
      fixEn: "Name an article, label or rule that carries a rule, or write the rule under that article with @义务, @禁止, @权利 or @享有."))

  static let howToName = LocalizedText(
    zh: "注意：案例可以用条标（【高龄补贴】）、条号（第二条、第二条第一款）或规则名称（「@享有 高龄补贴」中的 高龄补贴）指明规则",
    en: "note: a case names a rule by label (【高龄补贴】), by article (第二条, 第二条第一款) or by the rule's name (高龄补贴 in 「@享有 高龄补贴」)")

  /// Every 案例 of the document: what it names can be found.
  static func caseTargets(_ ctx: inout CheckContext) {
    let ws = ctx.workspace, doc = ctx.index, c = ctx.charter
    for k in c.cases {
      switch k.kind {
      case .person: for n in k.applies + k.notApplies { ruleTarget(n, k, &ctx) }
      case .vote:
        guard let b = k.body.first else {
          ctx.report(unresolvedCaseTarget, k.span, zh: "表决案例「\(k.name)」没有写「机构」", en: "the vote case “\(k.name)” names no 机构",
                     notes: [.init(zh: "帮助：加上「机构：村民会议」之类的字段", en: "help: add a field such as 「机构：村民会议」")])
          break
        }
        let name = b.name
        let matter = k.matter.first.map { $0.label ?? $0.name }
        let declared = ws.body(named: name, from: doc)
        let m = matter.flatMap { ws.matter(named: $0, from: doc) }
        var decidable = StatutoryFloor.forBody(name) != nil || matter.flatMap { StatutoryFloor.matterVote(m?.0.name ?? $0) } != nil
        if let (body, _) = declared {
          decidable = decidable || body.quorum != nil || body.vote != nil || m?.0.vote != nil
            || matter.map { mn in body.special.contains { $0.label == mn || $0.label == m?.0.label || $0.label == m?.0.name } } == true
        }
        if !decidable {
          let bodies = ws.lookupOrder(from: doc).flatMap { ws.charters[$0].bodies.filter { $0.quorum != nil || $0.vote != nil }.map(\.name) }
            + StatutoryFloor.bodies.map(\.body)
          ctx.report(unresolvedCaseTarget, b.span,
                     zh: declared == nil ? "找不到机构「\(name)」" : "机构「\(name)」没有议事规则（法定人数、表决），也没有法定标准",
                     en: declared == nil ? "no body “\(name)”" : "the body “\(name)” has no decision rules (法定人数, 表决) and no statutory floor",
                     notes: (declared == nil ? suggestion(name, bodies) : [])
                       + [.init(zh: "注意：weifa test 无法判断这个表决案例", en: "note: weifa test cannot decide this vote case")])
        }
        let results = k.result.map(\.name)
        if !results.contains(where: { Case.passWords.contains($0) || Case.failWords.contains($0) }) {
          ctx.report(unresolvedCaseTarget, k.result.first?.span ?? k.span,
                     zh: results.isEmpty ? "表决案例「\(k.name)」没有写「结果」" : "表决案例的结果「\(results.joined(separator: "、"))」应写「成立」或「不成立」",
                     en: results.isEmpty ? "the vote case “\(k.name)” gives no 结果" : "a vote case's result “\(results.joined(separator: ", "))” should be 成立 or 不成立",
                     notes: results.first.flatMap { Suggest.note($0, among: ["成立", "不成立", "通过", "不通过", "有效", "无效"]) }.map { [$0] } ?? [])
        }
      case .question:
        if k.result.isEmpty {
          ctx.report(unresolvedCaseTarget, k.span, zh: "决定问题案例「\(k.name)」没有写「结果」", en: "the decision case “\(k.name)” gives no 结果",
                     notes: [.init(zh: "帮助：写出答案的结论，如「结果：应当召集」", en: "help: give the answer's result, e.g. 「结果：应当召集」")])
        }
      case .routing:
        guard let n = k.matter.first else { break }
        let name = n.label ?? n.name
        if ws.matter(named: name, from: doc) == nil, n.label == nil || resolveLabel(name, in: doc, ws) != nil {
          ctx.report(unresolvedCaseTarget, n.span, zh: "找不到事项「\(name)」", en: "no matter “\(name)”",
                     notes: suggestion(name, ws.lookupOrder(from: doc).flatMap { ws.charters[$0].matters.map(\.name) }))
        }
      case .grading:
        guard let n = k.rating.first else { break }
        let name = n.label ?? n.name
        guard let (rating, _) = ws.rating(named: name, from: doc) else {
          if n.label == nil || resolveLabel(name, in: doc, ws) != nil {
            ctx.report(unresolvedCaseTarget, n.span, zh: "找不到评定「\(name)」", en: "no rating “\(name)”",
                       notes: suggestion(name, ([doc] + ws.bundle(of: doc)).flatMap { ws.charters[$0].ratings.map(\.name) }))
          }
          break
        }
        let levels = rating.levels.map(\.name)
        for r in k.result where !levels.contains(r.name) && !Case.noLevelWords.contains(r.name) {
          ctx.report(unresolvedCaseTarget, r.span, zh: "评定「\(rating.name)」没有等级「\(r.name)」", en: "the rating “\(rating.name)” has no level “\(r.name)”",
                     notes: [.init(zh: "注意：等级有 " + levels.joined(separator: "、") + "；没有等级写「无」", en: "note: its levels are " + levels.joined(separator: ", ") + "; 无 for none")]
                       + suggestion(r.name, levels))
        }
      }
    }
  }

  /// One entry of 适用 or 不适用.
  private static func ruleTarget(_ n: NameRef, _ k: Case, _ ctx: inout CheckContext) {
    let ws = ctx.workspace, doc = ctx.index, c = ctx.charter
    let naming = ws.rules(namedBy: n, from: doc)
    guard let problem = naming.problem else { return }
    // Articles that carry rules, as a case would name them.
    let withRules = Array(Set(c.rules.compactMap(\.location.article))).sorted().prefix(6)
      .map { "第\(ChineseNumeral.format(c.articles[$0].written ?? c.articles[$0].number))条" }
    let listZh = withRules.isEmpty ? "本文件没有规则" : "有规则的条：" + withRules.joined(separator: "、")
    let listEn = withRules.isEmpty ? "this document has no rules" : "articles with rules: " + withRules.joined(separator: ", ")
    switch problem {
    case .notFound:
      if n.label != nil { return }   // WF3001: no such label at all
      ctx.report(unresolvedCaseTarget, n.span, zh: "找不到规则「\(n.name)」", en: "no rule “\(n.name)”",
                 notes: suggestion(n.name, ws.ruleNames(from: doc)) + [howToName])
    case .labelWithoutRules:
      let label = n.label ?? n.name
      ctx.report(unresolvedCaseTarget, n.span, zh: "【\(label)】下没有规则（@义务、@禁止、@权利、@享有）", en: "【\(label)】 labels no rule (@义务, @禁止, @权利, @享有)",
                 notes: [.init(zh: "注意：" + listZh, en: "note: " + listEn), howToName])
    case .noSuchArticle:
      let last = c.articles.last.map { "第\(ChineseNumeral.format($0.written ?? $0.number))条" } ?? "—"
      ctx.report(unresolvedCaseTarget, n.span, zh: "本文件没有\(n.name)", en: "this document has no \(n.name)",
                 notes: [.init(zh: "注意：最后一条是\(last)；" + listZh, en: "note: the last article is \(last); " + listEn)])
    case .noSuchParagraph(let a):
      let printed = "第\(ChineseNumeral.format(c.articles[a].written ?? c.articles[a].number))条"
      let count = c.articles[a].paragraphs.count
      let p = ArticleCitation(n.name)?.paragraph ?? 0
      ctx.report(unresolvedCaseTarget, n.span, zh: "\(printed)只有\(ChineseNumeral.format(count))款，没有第\(ChineseNumeral.format(p))款",
                 en: "\(printed) has \(count) paragraph(s), not \(p)",
                 notes: [.init(zh: "注意：" + listZh, en: "note: " + listEn)])
    case .articleWithoutRules(let a):
      let shown = ArticleCitation(n.name)?.text ?? n.name
      let printed = "第\(ChineseNumeral.format(c.articles[a].written ?? c.articles[a].number))条"
      ctx.report(unresolvedCaseTarget, n.span,
                 zh: "\(shown)下没有规则（@义务、@禁止、@权利、@享有），案例无从检验", en: "\(shown) carries no rule (@义务, @禁止, @权利, @享有) for the case to test",
                 notes: [.init(zh: "帮助：在\(printed)下写出规则，或改为指明有规则的条（" + listZh + "）",
                               en: "help: write the rule under \(printed), or name an article that has one (" + listEn + ")")])
    }
  }
}
