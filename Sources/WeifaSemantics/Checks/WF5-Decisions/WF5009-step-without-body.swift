import WeifaBase

/// WF5009 step-without-body: each procedure step names its body.
extension DecisionChecks {
  package static let stepWithoutBody = DiagnosticCode(
    "WF5009", "step-without-body", .error,
    summary: .init(zh: "程序的步骤没有写明由哪个机构负责", en: "a procedure step names no body"),
    explanation: page(
      zh: """
      ## 说明
      @步骤 要用「机构：」写明由谁负责。
      ## 为什么
      没有负责机构的步骤无法执行，也无法检查它的表决规则。
      ## 示例
      """, en: """
      ## What
      A @步骤 names its body with 机构.
      ## Why
      A step nobody carries out cannot happen.
      ## Example
      """,
      wrong: "@程序 议事程序\n@步骤 提议\n",
      right: "@程序 议事程序\n@步骤 提议；机构：村民委员会\n",
      fixZh: "补上「机构：」。", fixEn: "Add 机构."))

  /// One step of a procedure.
  static func stepBody(_ s: Step, _ ctx: inout CheckContext) {
    if s.body.isEmpty {
      ctx.report(stepWithoutBody, s.span, zh: "步骤「\(s.name)」没有写明负责的机构", en: "step “\(s.name)” names no body")
    }
  }
}
