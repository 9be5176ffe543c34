import WeifaBase

/// WF5001 impossible-threshold: a ratio is above zero, at most one, and not an upper bound. Read by `ratios`
/// in `WF5-Decisions.swift` for every rule of a body, matter and step.
extension DecisionChecks {
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


}
