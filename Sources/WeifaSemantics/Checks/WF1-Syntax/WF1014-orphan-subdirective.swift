import WeifaBase

/// WF1014 orphan-subdirective: @职务, @步骤, @加分, @扣分 and @等级 stand under their block. The
/// parser reads each line alone, so the model (`Charter.orphans`) knows which have no block above.
package enum OrphanSubdirectives: Check {
  package static let orphanSubdirective = DiagnosticCode(
    "WF1014", "orphan-subdirective", .error,
    summary: .init(zh: "@职务、@步骤、@加分 等没有所属的上级指令", en: "“@职务”, “@步骤”, “@加分” … without the block they belong to"),
    explanation: page(
      zh: """
      ## 说明
      @职务 属于它前面的 @机构；@步骤 属于它前面的 @程序；@加分、@扣分、@等级 属于它前面的 @评定。
      ## 为什么
      没有所属机构的职务、没有所属程序的步骤无法被理解。
      ## 示例
      """, en: """
      ## What
      @职务 belongs to the @机构 before it; @步骤 to a @程序; @加分, @扣分 and @等级 to an @评定.
      ## Why
      A role without a body or a step without a procedure means nothing.
      ## Example
      """,
      wrong: "@步骤 提议；机构：村民委员会\n",
      right: "@机构 村民委员会\n@程序 议事程序\n@步骤 提议；机构：村民委员会\n",
      fixZh: "在前面加上所属的指令。", fixEn: "Add the block it belongs to."))

  package static let codes = [orphanSubdirective]

  package static func run(_ ctx: inout CheckContext) {
    for o in ctx.charter.orphans {
      let parent = ["职务": "@机构", "步骤": "@程序", "加分": "@评定", "扣分": "@评定", "等级": "@评定"][o.keyword] ?? "?"
      ctx.report(orphanSubdirective, o.span, zh: "「@\(o.keyword)」前面没有所属的「\(parent)」", en: "“@\(o.keyword)” has no \(parent) above it")
    }
  }
}
