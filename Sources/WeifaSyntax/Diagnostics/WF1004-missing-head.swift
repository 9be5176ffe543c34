import WeifaBase

/// WF1004 missing-head.
/// Raised by the parser: `directive`, `attributeHead`, `definitionHead` (Directives.swift).
extension SyntaxCodes {
  package static let missingHead = DiagnosticCode(
    "WF1004", "missing-head", .error,
    summary: .init(zh: "指令缺少名称或头部", en: "the directive lacks its name or head"),
    explanation: page(
      zh: """
      ## 说明
      有些指令必须有头部：@属性 要写「名称：类型」，@定义 要写「名称：条件」，@机构、@事项、@程序 要写名称。
      ## 为什么
      没有名称就无法被引用，也无法检查。
      ## 示例
      """, en: """
      ## What
      Some directives need a head: @属性 “name：type”, @定义 “name：condition”, @机构, @事项 and @程序 a name.
      ## Why
      Without a name nothing can refer to it or check it.
      ## Example
      """,
      wrong: "@机构 ；表决：到会 过半数\n",
      right: "@机构 村民会议；表决：到会 过半数\n",
      fixZh: "补上名称。", fixEn: "Add the name."))
}
