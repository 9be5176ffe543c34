import WeifaBase

/// Every semantic check, in the order they run. Findings are reported in this order (which
/// decides which are kept past `Limits.maxCheckDiagnostics`), then sorted by (file, offset, code).
/// Each family's folder (`WF3-References/` …) holds its pass and a file per code; the list of
/// every code is the registry, `allCodes` in `WeifaDriver/Codes.swift`.
package enum CheckRegistry {
  package static var checks: [any Check.Type] {
    [OrphanSubdirectives.self, MissingHigherDocuments.self, ReferenceChecks.self, TypeChecks.self, DecisionChecks.self,
     LegalityChecks.self, ConflictChecks.self, ProseChecks.self,
     AmendmentChecks.self]
  }

  /// The codes the semantic checks raise (each check's `codes`); a subset of `allCodes`.
  package static var codes: [DiagnosticCode] { checks.flatMap { $0.codes } }

  /// Runs every check on document `index` of the workspace.
  package static func run(_ workspace: Workspace, index: Int) -> [Diagnostic] {
    var ctx = CheckContext(workspace: workspace, index: index)
    for check in checks { check.run(&ctx) }
    if let d = ctx.suppressedDiagnostic { ctx.diagnostics.append(d) }
    return ctx.diagnostics
  }
}
