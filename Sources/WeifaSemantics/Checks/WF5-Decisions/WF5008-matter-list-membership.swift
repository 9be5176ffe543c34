import WeifaBase

/// WF5008 matter-list-membership: each matter is on exactly one of the two lists.
extension DecisionChecks {
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

  static func lists(_ c: Charter, _ ctx: inout CheckContext) {
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
