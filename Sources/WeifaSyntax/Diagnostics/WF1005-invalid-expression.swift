import WeifaBase

/// WF1005 invalid-expression.
/// Raised by the parser: `notExpr`, `comparison` (Directives.swift).
extension SyntaxCodes {
  package static let invalidExpression = DiagnosticCode(
    "WF1005", "invalid-expression", .error,
    summary: .init(zh: "条件表达式写法有误", en: "malformed condition"),
    explanation: page(
      zh: """
      ## 说明
      条件由属性、定义、比较（年龄 ≥ 60、户籍 = 本村、户籍 属于（本村、外村））和「且」「或」「非」组成，可用括号。「且」「或」「非」「不小于」等词两侧要有空格。
      ## 为什么
      写错的条件无法判断适用于谁。
      ## 示例
      """, en: """
      ## What
      A condition is built from attributes, definitions, comparisons (年龄 ≥ 60, 户籍 = 本村, 户籍 属于（本村、外村）) and 且/或/非, with brackets. Word operators need spaces around them.
      ## Why
      A malformed condition cannot tell whom a rule applies to.
      ## Example
      """,
      wrong: "@属性 年龄：数值（周岁）\n@定义 老人：年龄 ≥\n",
      right: "@属性 年龄：数值（周岁）\n@定义 老人：年龄 ≥ 60\n@享有【补贴】 主体：老人；内容：高龄补贴\n",
      fixZh: "补全比较的两侧，检查括号是否配对。", fixEn: "Complete both sides of the comparison; check the brackets."))
}
