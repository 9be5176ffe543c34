import WeifaBase
import WeifaSyntax

/// WF8001 missing-bundle-document: every document a manifest (目录.weifa) names with @收录 is in its
/// directory. Read on the manifest's tree with the names of its directory, which the front end
/// lists (`Analysis` is given them as `siblings`).
package enum BundleChecks {
  package static let missingDocument = DiagnosticCode(
    "WF8001", "missing-bundle-document", .error,
    summary: .init(zh: "目录收录的文件不存在", en: "a document named by the bundle manifest does not exist"),
    explanation: page(
      zh: """
      ## 说明
      一个目录是一部汇编（如《微法典》）。目录中名为「目录.weifa」的文件用「@收录 文件名.weifa」按顺序列出各篇文件；列出的文件必须在同一目录中存在。
      ## 为什么
      缺了一篇，汇编就不完整，跨文件的引用也会失效。
      ## 示例
      """, en: """
      ## What
      A directory is a bundle (such as a 微法典). Its manifest 目录.weifa lists the documents in order with “@收录 file.weifa”; each must exist in the same directory.
      ## Why
      A missing document leaves the bundle incomplete and breaks references into it.
      ## Example
      """,
      wrong: "@标题 某村《微法典》\n@类型 汇编\n@收录 不存在的文件.weifa\n",
      right: "@标题 某村《微法典》\n@类型 汇编\n",
      fixZh: "改正文件名，或把文件放进该目录。", fixEn: "Fix the file name or add the file to the directory."))

  /// The @收录 lines of a manifest that name no file among `siblings`.
  package static func check(_ tree: SyntaxTree, siblings: [String]) -> [Diagnostic] {
    Analysis.manifestEntries(tree).compactMap { entry in
      siblings.contains(entry.name) ? nil
        : Diagnostic(missingDocument, .init(zh: "找不到目录中收录的文件「\(entry.name)」", en: "the manifest names “\(entry.name)”, which does not exist"),
                     file: tree.source, range: entry.range)
    }
  }
}
