import WeifaBase

/// WF4003 unknown-enum-value: a value compared with an enumeration is one it lists. Found by the expression
/// walk of `WF4-Types.swift` (comparisons and case facts).
extension TypeChecks {
  package static let unknownValue = DiagnosticCode(
    "WF4003", "unknown-enum-value", .error,
    summary: .init(zh: "枚举属性没有这个取值", en: "the enumeration has no such value"),
    explanation: page(
      zh: """
      ## 说明
      与枚举属性比较的值，必须是 @属性 中列出的取值之一。
      ## 为什么
      拼错的取值让条件永远不成立，规则悄悄失效。
      ## 示例
      """, en: """
      ## What
      A value compared with an enumeration must be one it lists.
      ## Why
      A misspelt value makes the condition never true; the rule silently does nothing.
      ## Example
      """,
      wrong: "@属性 户籍：枚举（本村、外村）\n@定义 本村人：户籍 = 本地\n",
      right: "@属性 户籍：枚举（本村、外村）\n@定义 本村人：户籍 = 本村\n@义务【遵守】 主体：本村人；行为：遵守本规约\n",
      fixZh: "使用已列出的取值，或在 @属性 中补充。", fixEn: "Use a listed value or add it to the attribute."))


}
