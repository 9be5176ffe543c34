import WeifaBase

/// WF4002 type-mismatch: comparisons fit the attribute's type. Found by the expression walk of
/// `WF4-Types.swift` (comparisons, bare names, case facts).
extension TypeChecks {
  package static let typeMismatch = DiagnosticCode(
    "WF4002", "type-mismatch", .error,
    summary: .init(zh: "比较的类型不对", en: "a comparison of the wrong type"),
    explanation: page(
      zh: """
      ## 说明
      数值属性与数值比较；是否属性写「= 是」或「= 否」；枚举属性只能用「=」「≠」「属于」与它的取值比较；日期与日期比较。定义本身就是条件，不能拿来比较；数值、枚举属性不能单独作为条件。
      ## 为什么
      类型不对的比较永远不成立或没有意义。
      ## 示例
      """, en: """
      ## What
      Numbers compare with numbers; yes/no attributes with 是 or 否; enumerations with =, ≠ or 属于 and their values; dates with dates. A definition is already a condition; a number or enumeration is not one on its own.
      ## Why
      A comparison of the wrong type is never true or means nothing.
      ## Example
      """,
      wrong: "@属性 户籍：枚举（本村、外村）\n@定义 本村人：户籍 ≥ 本村\n",
      right: "@属性 户籍：枚举（本村、外村）\n@定义 本村人：户籍 = 本村\n@义务【遵守】 主体：本村人；行为：遵守本规约\n",
      fixZh: "按属性的类型改写比较。", fixEn: "Rewrite the comparison for the attribute's type."))


}
