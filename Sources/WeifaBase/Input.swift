import Synchronization

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

/// What the front end found while reading files, for the parser to report. Diagnostics are made
/// from a file's bytes and path only, so a note about how the bytes were obtained (decoded from
/// GB18030 or UTF-16) travels here, keyed by path and tied to the exact bytes it was made for:
/// parsing other bytes under the same path sees no note.
package enum InputNotes {
  private static let table = Mutex<[String: (fingerprint: UInt64, notes: [InputNote])]>([:])

  /// Records the notes for `path` (replacing earlier ones); no notes clears the entry.
  package static func record(_ notes: [InputNote], path: String, bytes: [UInt8]) {
    let f = fingerprint(bytes)
    table.withLock { t in
      if notes.isEmpty { t[path] = nil } else { t[path] = (f, notes) }
    }
  }

  /// The notes recorded for exactly these bytes under this path.
  package static func notes(path: String, bytes: [UInt8]) -> [InputNote] {
    guard let entry = table.withLock({ $0[path] }) else { return [] }
    return entry.fingerprint == fingerprint(bytes) ? entry.notes : []
  }

  /// FNV-1a over the length and the bytes.
  static func fingerprint(_ bytes: [UInt8]) -> UInt64 {
    var h: UInt64 = 0xcbf29ce484222325 ^ UInt64(bytes.count)
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
    return h
  }
}
