import WeifaBase

/// Every semantic check, in the order they run.
package enum CheckRegistry {
  package static var checks: [any Check.Type] { [ReferenceChecks.self, TypeChecks.self, DecisionChecks.self, LegalityChecks.self, ConflictChecks.self, ProseChecks.self] }

  package static var codes: [DiagnosticCode] { checks.flatMap { $0.codes } }

  /// Runs every check on document `index` of the workspace.
  package static func run(_ workspace: Workspace, index: Int) -> [Diagnostic] {
    var ctx = CheckContext(workspace: workspace, index: index)
    for check in checks { check.run(&ctx) }
    if let d = ctx.suppressedDiagnostic { ctx.diagnostics.append(d) }
    return ctx.diagnostics
  }
}
