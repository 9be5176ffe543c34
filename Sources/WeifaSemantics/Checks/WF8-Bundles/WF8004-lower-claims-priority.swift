import WeifaBase

/// WF8004 lower-claims-priority: a rule of a lower document (楼栋公约, 小区公约, 村规民约 …) says it
/// prevails (`优先于`) over a rule of a document above it. Priority runs within a document or from
/// higher to lower only; the claim excuses nothing, so the contradiction is still reported
/// (WF8002). Raised within the conflict pass (`ConflictChecks.againstHigher`).
extension ConflictChecks {
  package static let lowerClaimsPriority = DiagnosticCode(
    "WF8004", "lower-claims-priority", .error,
    summary: .init(zh: "下位文件的规则写明「优先于」上位文件的规则", en: "a rule of a lower document claims priority over a rule of a higher one"),
    explanation: page(
      zh: """
      ## 说明
      「优先于」只能用在同一文件之内，或由上位文件对下位文件写明。楼栋公约不能写「优先于：《小区自治公约》【……】」，小区公约不能优先于社区自治章程，规约不能优先于法律。这样写的「优先于」不发生效力：上位文件的规定照样适用，两条之间的抵触仍然报告（WF8002）。
      ## 为什么
      下位文件不得与上位文件相抵触（《中华人民共和国村民委员会组织法》第二十七条；《中华人民共和国城市居民委员会组织法》第十五条）；下位文件自己宣称优先，等于自行豁免。
      ## 示例
      """, en: """
      ## What
      优先于 works within one document, or from a higher document over a lower one. A 楼栋公约 cannot write 优先于：《小区自治公约》【…】, nor a 小区公约 prevail over the 社区自治章程, nor a charter over the law. Such a claim has no effect: the higher rule still applies and the contradiction is still reported (WF8002).
      ## Why
      A lower document must not contradict a higher one (Villagers' Committees Law art. 27; Urban Residents' Committees Law art. 15); claiming priority is exempting oneself.
      ## Example
      """,
      wrong: "=== 小区公约.weifa ===\n@标题 某小区公约\n@类型 小区公约\n@属性 持有电动自行车：是否\n@禁止【禁止楼道充电】 主体：持有电动自行车；行为：在楼道充电\n=== 楼栋公约.weifa ===\n@标题 某楼栋公约\n@类型 楼栋公约\n@上位 《某小区公约》\n@属性 持有电动自行车：是否\n@权利【楼道充电】 主体：持有电动自行车；行为：在楼道充电；优先于：《某小区公约》【禁止楼道充电】\n",
      right: "=== 小区公约.weifa ===\n@标题 某小区公约\n@类型 小区公约\n@属性 持有电动自行车：是否\n@禁止【禁止楼道充电】 主体：持有电动自行车；行为：在楼道充电\n=== 楼栋公约.weifa ===\n@标题 某楼栋公约\n@类型 楼栋公约\n@上位 《某小区公约》\n@属性 持有电动自行车：是否\n@义务【集中充电】 主体：持有电动自行车；行为：到集中充电点充电\n",
      fixZh: "删去「优先于」，改为与上位文件一致；确需不同规定的，由上位文件修改或写明例外。", fixEn: "Drop 优先于 and align with the higher document; a different rule needs the higher document to change or state the exception.",
      basisZh: "《中华人民共和国村民委员会组织法》第二十七条；《中华人民共和国城市居民委员会组织法》第十五条", basisEn: "Villagers' Committees Law art. 27; Urban Residents' Committees Law art. 15"))
}
