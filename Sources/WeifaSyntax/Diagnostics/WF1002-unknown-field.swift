import WeifaBase

/// WF1002 unknown-field.
/// Raised by the parser: `fieldsTail` (Directives.swift): text where a field 「键：值」 was expected.
extension SyntaxCodes {
  package static let unknownField = DiagnosticCode(
    "WF1002", "unknown-field", .error,
    summary: .init(zh: "不是字段「键：值」的形式，或键不存在", en: "text where a field “key：value” was expected"),
    explanation: page(
      zh: """
      ## 说明
      指令的头部之后是一个个字段，写作「键：值」，用「；」分隔，如「主体：村民；行为：赡养父母」。这里出现了无法识别的字段。
      ## 为什么
      无法识别的字段不会被检查，也不会参与计算，写了等于没写。
      ## 示例
      """, en: """
      ## What
      After a directive's head come fields written “key：value” and separated by “；”. This text is not a known field.
      ## Why
      A field that is not understood is neither checked nor evaluated.
      ## Example
      """,
      wrong: "@属性 年龄：数值（周岁）\n@义务 主体：年龄 ≥ 18；做法：遵守本规约\n",
      right: "@属性 年龄：数值（周岁）\n@义务 主体：年龄 ≥ 18；行为：遵守本规约\n",
      fixZh: "使用该指令可用的字段名（见 Grammar/README.md 的字段表）。", fixEn: "Use one of the directive's fields (see the table in Grammar/README.md)."))
}
