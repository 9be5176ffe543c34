/// The limits of what Weifa reads (Sources/ARCHITECTURE.md, “Limits”). Each is far above what a
/// real charter needs; where one is hit, the stage that hits it reports `InputIssues.limitExceeded`
/// and goes on with bounded work instead of trapping, hanging or exhausting memory.
package enum Limits {
  /// Largest file the front end reads (bytes).
  package static let maxFileBytes = 32 << 20
  /// Longest line the parser analyses (bytes, terminator excluded). A longer line is kept in the
  /// tree as one error token and not analysed, so no later stage works on it.
  package static let maxLineBytes = 64 << 10
  /// Syntax diagnostics kept per file; the rest are counted in one limit diagnostic.
  package static let maxSyntaxDiagnostics = 1000
  /// Semantic diagnostics kept per document; the rest are counted in one limit diagnostic.
  package static let maxCheckDiagnostics = 1000
  /// Largest number a numeral or quantity may have (一万亿). Larger ones are reported and ignored.
  package static let maxNumber = 1_000_000_000_000
}

/// A finding the front end made while reading a file (e.g. “decoded from GB18030”), to be reported
/// as a diagnostic of that file.
package struct InputNote: Sendable {
  package var code: DiagnosticCode
  package var severity: Severity
  package var message: LocalizedText
  package var notes: [LocalizedText]
  package var range: TextRange
  package init(_ code: DiagnosticCode, severity: Severity? = nil, _ message: LocalizedText, notes: [LocalizedText] = [], range: TextRange = TextRange(0, 0)) {
    self.code = code; self.severity = severity ?? code.severity; self.message = message; self.notes = notes; self.range = range
  }
}

/// A message is what a failed read or load reports (`Result<_, LocalizedText>`).
extension LocalizedText: Error {}
