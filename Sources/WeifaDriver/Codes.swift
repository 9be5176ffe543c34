import WeifaBase
import WeifaSyntax
import WeifaSemantics

/// Bundle codes (WF8xxx).
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
}

/// Every diagnostic code, in code order. Codes are never reused.
package let allCodes: [DiagnosticCode] =
  (SyntaxCodes.all + InputCodes.all + StructureChecks.all + [BundleChecks.missingDocument] + CheckRegistry.codes).sorted { $0.id < $1.id }
