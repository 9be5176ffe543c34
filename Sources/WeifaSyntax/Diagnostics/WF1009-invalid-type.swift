import WeifaBase

/// WF1009 invalid-type.
/// Raised by the parser: `typeSpec` (Directives.swift).
extension SyntaxCodes {
  package static let invalidType = DiagnosticCode(
    "WF1009", "invalid-type", .error,
    summary: .init(zh: "属性类型写法有误", en: "malformed attribute type"),
    explanation: page(
      zh: """
      ## 说明
      @属性 的类型可为：数值、数值（单位）、是否、枚举（甲、乙、丙）、日期、文本。
      ## 为什么
      类型决定比较是否有意义、居民该填什么。
      ## 示例
      """, en: """
      ## What
      An attribute's type is 数值, 数值（单位）, 是否, 枚举（甲、乙、丙）, 日期 or 文本.
      ## Why
      The type decides which comparisons make sense and what a resident is asked.
      ## Example
      """,
      wrong: "@属性 年龄：整数\n",
      right: "@属性 年龄：数值（周岁）\n@享有【补贴】 主体：年龄 ≥ 80；内容：高龄补贴\n",
      fixZh: "使用上述类型之一。", fixEn: "Use one of these types."))
}
