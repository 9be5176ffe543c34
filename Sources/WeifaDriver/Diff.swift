import WeifaBase
import WeifaSemantics
import WeifaRender

/// `--to` of `weifa diff` for the text formats (`--to docx` is `diffDocx`).
package enum DiffFormat: String, CaseIterable, Sendable { case text, html, json }

extension Analysis {
  /// The diagnostics that keep a version from being compared: syntax errors (WF1xxx) and a file
  /// that is not a charter (WF2006). Other errors (an unlawful clause the amendment may be
  /// removing) do not: the 修订对照表 of a charter with errors is what its committee needs.
  package var diffRefusals: [Diagnostic] {
    diagnostics.filter { $0.severity == .error && ($0.code.id.hasPrefix("WF1") || $0.code == StructureChecks.notACharter) }
  }

  /// `weifa diff OLD NEW`: the first `oldCount` documents of `old` against the first `newCount`
  /// of `new` (the rest are context), as the 修订对照表 in `format`, or (text) the 修订说明 skeleton.
  package static func diff(old: Analysis, count oldCount: Int, path oldPath: String,
                           new: Analysis, count newCount: Int, path newPath: String,
                           format: DiffFormat, explain: Bool, lang: Language) -> String {
    let report = diffReport(old: old, count: oldCount, path: oldPath, new: new, count: newCount, path: newPath, lang: lang)
    if explain { return DiffText.explanation(report) }
    switch format {
    case .text: return DiffText.render(report)
    case .html: return DiffHTML.render(report)
    case .json: return DiffJSON.render(report)
    }
  }

  /// `weifa diff OLD NEW --to docx`: the 修订对照表 as a Word document (`DiffDocx`).
  package static func diffDocx(old: Analysis, count oldCount: Int, path oldPath: String,
                               new: Analysis, count newCount: Int, path newPath: String, lang: Language) -> [UInt8] {
    DiffDocx.render(diffReport(old: old, count: oldCount, path: oldPath, new: new, count: newCount, path: newPath, lang: lang))
  }

  static func diffReport(old: Analysis, count oldCount: Int, path oldPath: String,
                         new: Analysis, count newCount: Int, path newPath: String, lang: Language) -> DiffReport {
    DiffReport(old: old.workspace, documents: Array(0..<oldCount), path: oldPath,
               new: new.workspace, documents: Array(0..<newCount), path: newPath, lang: lang)
  }
}
