import WeifaBase

/// WF1007 invalid-quantity.
/// Raised by the parser: `number` (Directives.swift).
extension SyntaxCodes {
  package static let invalidQuantity = DiagnosticCode(
    "WF1007", "invalid-quantity", .error,
    summary: .init(zh: "应为数量（数字和单位）", en: "a quantity (number and unit) was expected"),
    explanation: page(
      zh: """
      ## 说明
      人数、任期、金额、公示期等字段要写数量：数字（阿拉伯数字或中文数字）加单位，如「3至7人」「5年」「每月100元」「提前十日」。
      ## 为什么
      数量要参与计算和检查（如公示期是否够长）。
      ## 示例
      """, en: """
      ## What
      Fields such as 人数, 任期, 金额 and 公示 take a quantity: a number (Arabic or Chinese) and a unit: 3至7人, 5年, 每月100元, 提前十日.
      ## Why
      Quantities are computed and checked.
      ## Example
      """,
      wrong: "@机构 村民委员会；任期：若干年\n",
      right: "@机构 村民委员会；任期：5年\n",
      fixZh: "写明数字和单位。", fixEn: "Write a number and a unit."))
}
