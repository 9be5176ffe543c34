import WeifaBase

/// WF8003 missing-higher-document: the document `@上位` names is loaded, so WF8002 can compare.
package enum MissingHigherDocuments: Check {
  package static let missingHigher = DiagnosticCode(
    "WF8003", "missing-higher-document", .warning,
    summary: .init(zh: "找不到 @上位 指明的上位文件，无法核对", en: "the document named by @上位 is not loaded, so it cannot be checked against"),
    explanation: page(
      zh: """
      ## 说明
      @上位 指明本文件服从的上位文件（如楼栋公约的上位是小区公约）。检查时需要同时读入该文件：把它放在同一目录，或一并在命令行中给出。
      ## 为什么
      下位文件不得与上位文件相抵触；找不到上位文件，就无法核对。
      ## 示例
      """, en: """
      ## What
      @上位 names the document this one sits under. It must be loaded too: put it in the same directory or name it on the command line.
      ## Why
      A lower document must not contradict a higher one; without the higher one this cannot be checked.
      ## Example
      """,
      wrong: "@标题 某楼栋公约\n@上位 《不存在的小区公约》\n",
      right: "@标题 某楼栋公约\n",
      fixZh: "一并检查上位文件，或改正标题。", fixEn: "Check the higher document together, or fix its title."))

  package static let codes = [missingHigher]

  package static func run(_ ctx: inout CheckContext) {
    for h in ctx.charter.higher where h.document.flatMap(ctx.workspace.document(named:)) == nil {
      ctx.report(missingHigher, h.span, zh: "找不到上位文件《\(h.document ?? "")》，无法核对本文件是否与其抵触",
                 en: "the higher document 《\(h.document ?? "")》 is not loaded; conflicts with it cannot be checked",
                 notes: [.init(zh: "帮助：把上位文件放在同一目录，或在命令行中一并给出", en: "help: put it in the same directory or name it on the command line")])
    }
  }
}
