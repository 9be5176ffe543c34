import WeifaBase

/// WF3001 unresolved-reference: references and labels named in fields resolve. References in prose
/// and fields are resolved by the walk in `WF3-References.swift`; labels that fields name (案例
/// entries and special votes) here; 除外 labels are references, resolved by the walk.
extension ReferenceChecks {
  package static let unresolved = DiagnosticCode(
    "WF3001", "unresolved-reference", .error,
    summary: .init(zh: "引用的条、款、项或标签不存在", en: "a reference to an article, paragraph, item or label that does not exist"),
    explanation: page(
      zh: """
      ## 说明
      正文和字段中的引用——「第十二条第二款」「前款」「本章」「【村民会议】」「《中华人民共和国村民委员会组织法》第二十四条」——必须指向存在的条文或标签。引用其他文件时，该文件须一并检查（同一目录中的文件，或「上位法」目录中的法律）。
      ## 为什么
      引用落空，村民就找不到依据；条文增删后，旧的编号常常指向不存在的条。
      ## 示例
      """, en: """
      ## What
      References in prose and fields — 第十二条第二款, 前款, 本章, 【村民会议】, 《…》第二十四条 — must point at an existing article or label. A reference into another document is checked when that document is loaded too.
      ## Why
      A dangling reference leaves residents without the rule it promises; after articles are added or removed, old numbers often point nowhere.
      ## Example
      """,
      wrong: "第一条【宗旨】 依照本规约第五条的规定，制定本规约。\n",
      right: "第一条【宗旨】 依照本规约第二条的规定，制定本规约。\n第二条【施行】 本规约自通过之日起施行。\n",
      fixZh: "改正编号或标签；用【条标】引用可以避免重新编号带来的问题。", fixEn: "Fix the number or label; citing by 【label】 survives renumbering."))

  /// Labels named in fields: cases and special votes.
  static func namedLabels(_ ctx: inout CheckContext) {
    let c = ctx.charter, ws = ctx.workspace
    var named: [NameRef] = []
    for k in c.cases { named += (k.applies + k.notApplies + k.rating + k.matter).filter { $0.label != nil } }
    // 【高龄补贴】 for a rule whose head is 高龄补贴 but that has no label: a case names it without 【】.
    let ruleEntries = Set(c.cases.flatMap { ($0.applies + $0.notApplies).compactMap(\.label) })
    // What a case could name a rule by: built only when a label does not resolve.
    var ruleNamesRead: Set<String>?
    // 除外 labels are references too (`Charter.references`), resolved by the walk: not twice.
    for b in c.bodies { for s in b.special { named.append(NameRef(name: s.label, label: s.label, span: s.threshold.span)) } }
    for n in named {
      guard let l = n.label, resolveLabel(l, in: ctx.index, ws) == nil else { continue }
      if ruleEntries.contains(l) && ruleNamesRead == nil { ruleNamesRead = Set(ws.ruleNames(from: ctx.index)) }
      ctx.report(unresolved, n.span, zh: "找不到标签【\(l)】", en: "no label 【\(l)】",
                 notes: ruleEntries.contains(l) && ruleNamesRead!.contains(l)
                   ? [.init(zh: "帮助：规则「\(l)」没有条标；在案例中不加【】写「\(l)」，按规则名称指明", en: "help: the rule “\(l)” has no label; write 「\(l)」 without 【】 to name it by its name")]
                   : suggestion(l, ([ctx.index] + ws.bundle(of: ctx.index)).flatMap { ws.charters[$0].labels.keys }))
    }
  }
}
