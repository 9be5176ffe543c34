import WeifaBase

/// WF4005 unused-declaration: every attribute and definition is used somewhere in the bundle.
extension TypeChecks {
  package static let unusedDeclaration = DiagnosticCode(
    "WF4005", "unused-declaration", .warning,
    summary: .init(zh: "声明了但没有用到的属性或定义", en: "an attribute or definition that nothing uses"),
    explanation: page(
      zh: """
      ## 说明
      @属性 和 @定义 应当被某条规则、定义、评定的条件或案例的事实用到（同一汇编内）。
      ## 为什么
      没用到的声明会让居民多填无用的信息，也常说明规则漏写了条件。
      ## 示例
      """, en: """
      ## What
      Every @属性 and @定义 should be used by a condition somewhere in the bundle.
      ## Why
      Unused declarations make residents answer needless questions and often mean a rule lost its condition.
      ## Example
      """,
      wrong: "@属性 年龄：数值\n@属性 身高：数值\n@享有【补贴】 主体：年龄 ≥ 80；内容：补贴\n",
      right: "@属性 年龄：数值\n@享有【补贴】 主体：年龄 ≥ 80；内容：补贴\n",
      fixZh: "删除声明，或在规则中用上它。", fixEn: "Remove it or use it."))

  static func unused(_ ws: Workspace, _ doc: Int, _ ctx: inout CheckContext) {
    let used = ws.bundleNames.names(ws.bundle(of: doc)) { usedNames(ws, $0) }
    let c = ws.charters[doc]
    for a in c.attributes where !used.contains(a.name) {
      ctx.report(unusedDeclaration, a.nameSpan, zh: "属性「\(a.name)」没有被任何条件用到", en: "attribute “\(a.name)” is not used by any condition")
    }
    // A statute's definitions are vocabulary others read (民法典1045's 近亲属, read by weifa decide).
    for d in c.definitions where !used.contains(d.name) && !c.isHigherLaw {
      ctx.report(unusedDeclaration, d.nameSpan, zh: "定义「\(d.name)」没有被任何条件用到", en: "definition “\(d.name)” is not used by any condition")
    }
  }

  /// The names the conditions and 案例 of a bundle's documents use (the same for every document
  /// of the bundle: `Workspace.bundleNames` keeps it once per bundle).
  static func usedNames(_ ws: Workspace, _ bundle: [Int]) -> Set<String> {
    var used = Set<String>()
    for d in bundle {
      let c = ws.charters[d]
      var exprs = c.definitions.map(\.expr)
      for r in c.rules { exprs += [r.subject, r.condition, r.exceptCondition].compactMap { $0 } }
      exprs += c.referrals.compactMap(\.who) + (c.scope.map { [$0.expr] } ?? []) + c.terminations.compactMap(\.condition)
      for rt in c.ratings {
        exprs += (rt.bonuses + rt.deductions).compactMap(\.condition)
        exprs += rt.levels.compactMap(\.condition)
      }
      for e in exprs { for (n, _) in e.names { used.insert(n) } }
      // A case may show that an attribute does not matter (a divorced woman keeps her share):
      // naming it in a case's facts counts as a use.
      for k in c.cases { for f in k.facts { used.insert(f.name) } }
    }
    return used
  }
}
