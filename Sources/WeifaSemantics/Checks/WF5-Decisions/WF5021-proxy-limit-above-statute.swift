import WeifaBase

/// WF5021 proxy-limit-above-statute: a charter lets one person hold more written proxies (`受托上限`) than the
/// higher law's rule for the same ballot or body (村组法15④ with the provinces' limit of three), or drops a
/// requirement of the higher law's `委托` (书面, 近亲属, 有选举权, 同一户) from its own.
extension DecisionChecks {
  package static let proxyAboveStatute = DiagnosticCode(
    "WF5021", "proxy-limit-above-statute", .error,
    summary: .init(zh: "委托投票的规定宽于上位法", en: "a proxy rule looser than the higher law's"),
    explanation: page(
      zh: """
      ## 说明
      上位法对同一选举或机构写了委托投票的规则（@程序 或 @机构 的“委托”“受托上限”）：《中华人民共和国村民委员会组织法》第十五条第四款只许书面委托本村有选举权的近亲属，每一选民接受委托不超过三人（民政部选举规程和各省选举办法）。
      本文件的“受托上限”多于上位法，或“委托”少了上位法要求的条件（书面、近亲属、有选举权、同一户）时报告。
      ## 为什么
      委托投票的条件和人数是选举有效的条件；规约可以更严，不能更宽。
      ## 示例
      """, en: """
      ## What
      The higher law states a proxy rule for the same ballot or body (“委托”, “受托上限” of a @程序 or @机构): Villagers' Committees Law art. 15(4) allows only a written proxy to a near relative of the village who may vote, at most three per holder (the election rules of the ministry and the provinces).
      Raised when this document's “受托上限” is higher, or its “委托” leaves out a requirement of the higher law's (in writing, a near relative, entitled to vote, the same household).
      ## Why
      The conditions and the number of proxies decide whether votes count; a charter may be stricter, never looser.
      ## Example
      """,
      wrong: "=== 某法.weifa ===\n@标题 某法\n@类型 法律\n@程序【选举委托投票】 委托投票；委托：书面委托近亲属；受托上限：3人\n=== 某村村规民约.weifa ===\n@标题 某村村规民约\n@上位 《某法》\n@程序【选举委托投票】 委托投票；委托：书面委托近亲属；受托上限：5人\n",
      right: "=== 某法.weifa ===\n@标题 某法\n@类型 法律\n@程序【选举委托投票】 委托投票；委托：书面委托近亲属；受托上限：3人\n=== 某村村规民约.weifa ===\n@标题 某村村规民约\n@上位 《某法》\n@程序【选举委托投票】 委托投票；委托：书面委托近亲属；受托上限：2人\n",
      fixZh: "把受托上限写成不多于上位法的人数，委托的条件写全上位法的要求。", fixEn: "Set the limit at most at the higher law's, and keep every requirement of its proxy rule.",
      basisZh: "《中华人民共和国村民委员会组织法》第十五条第四款、《中华人民共和国农村集体经济组织法》第二十七条第一款",
      basisEn: "Villagers' Committees Law art. 15(4); Collective Economic Organisations Law art. 27(1)"))

  /// The requirements a `委托` text names (the same words `weifa decide` checks).
  static func proxyRequirements(_ text: String) -> [String] {
    var out = [String]()
    if text.contains("书面") { out.append("书面") }
    if text.contains("近亲属") || text.contains("家庭成员") { out.append("近亲属") }
    if text.contains("有选举权") { out.append("有选举权") }
    if text.contains("同一户") || text.contains("同户") { out.append("同一户") }
    if text.contains("完全民事行为能力") { out.append("完全民事行为能力") }
    return out
  }

  /// Each proxy rule of the charter (a body's or a procedure's) against the higher laws' rule of the same name.
  static func proxies(_ c: Charter, _ ctx: inout CheckContext) {
    var own: [(names: [String], text: String?, limit: Quantity?, span: TextRange)] = []
    for b in c.bodies where b.proxy != nil || b.proxyLimit != nil { own.append(([b.name], b.proxy, b.proxyLimit, b.span)) }
    for p in c.procedures where p.proxy != nil || p.proxyLimit != nil { own.append(([p.name] + (p.label.map { [$0] } ?? []), p.proxy, p.proxyLimit, p.span)) }
    guard !own.isEmpty else { return }
    for (names, text, limit, span) in own {
      for h in ctx.workspace.charters where h.isHigherLaw {
        var laws: [(String?, Quantity?, Location)] = []
        for b in h.bodies where names.contains(b.name) && (b.proxy != nil || b.proxyLimit != nil) { laws.append((b.proxy, b.proxyLimit, b.location)) }
        for p in h.procedures where (p.proxy != nil || p.proxyLimit != nil) && names.contains(where: { $0 == p.name || $0 == p.label }) { laws.append((p.proxy, p.proxyLimit, p.location)) }
        for (lawText, lawLimit, loc) in laws {
          let cite = citation(loc, h)
          if let mine = limit?.low, let law = lawLimit?.low, mine > law {
            ctx.report(proxyAboveStatute, span, zh: "受托上限 \(limit!.text) 多于上位法的 \(lawLimit!.text)", en: "a proxy limit of \(limit!.text) is above the higher law's \(lawLimit!.text)", basis: [cite])
          }
          if let t = text, let lt = lawText {
            for r in proxyRequirements(lt) where !proxyRequirements(t).contains(r) {
              ctx.report(proxyAboveStatute, span, zh: "委托的条件少了上位法要求的「\(r)」", en: "the proxy rule leaves out the higher law's requirement “\(r)”", basis: [cite])
            }
          }
        }
      }
    }
  }
}
