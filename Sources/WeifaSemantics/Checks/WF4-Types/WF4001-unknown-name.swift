import WeifaBase

/// WF4001 unknown-name: every name a condition or a case uses is declared. Found by the expression walk of
/// `WF4-Types.swift`, which reports it here with suggestions.
extension TypeChecks {
  package static let unknownName = DiagnosticCode(
    "WF4001", "unknown-name", .error,
    summary: .init(zh: "条件中使用了未声明的属性或定义", en: "a condition uses an undeclared attribute or definition"),
    explanation: page(
      zh: """
      ## 说明
      主体、条件、除外和案例事实中的名称，必须是用 @属性 或 @定义 声明过的（本文件或同一汇编中的文件）。
      ## 为什么
      未声明的名称无法判断，规则就不知道适用于谁；多半是错别字。
      ## 示例
      """, en: """
      ## What
      Names in 主体, 条件, 除外 and case facts must be declared with @属性 or @定义, in this document or its bundle.
      ## Why
      An undeclared name cannot be decided; it is usually a typo.
      ## Example
      """,
      wrong: "@属性 年龄：数值（周岁）\n@享有【补贴】 主体：年令 ≥ 80；内容：高龄补贴\n",
      right: "@属性 年龄：数值（周岁）\n@享有【补贴】 主体：年龄 ≥ 80；内容：高龄补贴\n",
      fixZh: "改正名称，或先用 @属性、@定义 声明。", fixEn: "Fix the name or declare it with @属性 or @定义."))

  static func unknown(_ name: String, _ span: TextRange, _ scope: Scope, _ ctx: inout CheckContext) {
    var notes = ReferenceChecks.suggestion(name, Array(scope.attributes.keys) + Array(scope.definitions.keys))
    for op in ["且", "或", "非", "不小于", "不大于", "大于", "小于", "等于", "属于"] where name.contains(op) && name != op {
      notes.append(.init(zh: "帮助：「\(op)」两侧要有空格才是关键词", en: "help: “\(op)” is a keyword only with spaces around it"))
      break
    }
    ctx.report(unknownName, span, zh: "「\(name)」没有用 @属性 或 @定义 声明", en: "“\(name)” is not declared with @属性 or @定义", notes: notes)
  }
}
