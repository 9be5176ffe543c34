import Foundation
import Testing
import WeifaBase
import WeifaDriver
import WeifaSyntax

// What every test target shares: the repository's files, inline analyses and golden files.
// One copy here; the test targets depend on this target instead of copying it.

/// The repository root, found from this file so no SwiftPM resources are needed.
package let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Every `.weifa` file under `Codes/`, as paths relative to the repository root, sorted.
package func codesFiles() -> [String] {
  let base = repoRoot.appendingPathComponent("Codes").path
  guard let e = FileManager.default.enumerator(atPath: base) else { return [] }
  return e.compactMap { $0 as? String }.filter { $0.hasSuffix(".weifa") }.sorted().map { "Codes/" + $0 }
}

/// The bytes of a file given relative to the repository root (empty if it cannot be read).
package func readBytes(_ relative: String) -> [UInt8] {
  [UInt8](FileManager.default.contents(atPath: repoRoot.appendingPathComponent(relative).path) ?? Data())
}

/// The `.weifa` files of a directory under the repository root, as relative paths, sorted.
package func weifaFiles(in relative: String) -> [String] {
  let names = (try? FileManager.default.contentsOfDirectory(atPath: repoRoot.appendingPathComponent(relative).path)) ?? []
  return names.filter { $0.hasSuffix(".weifa") }.sorted().map { relative + "/" + $0 }
}

/// A repository file as the front end would hand it to the driver.
package func input(_ relative: String) -> InputFile { InputFile(path: relative, bytes: readBytes(relative)) }

/// Parses text and returns the tree and all diagnostics (syntax and structure).
package func analyze(_ text: String, path: String = "test.weifa") -> Document {
  Analysis(files: [InputFile(path: path, bytes: Array(text.utf8))]).documents[0]
}

/// The codes raised by `text`, read as a bundle manifest (目录.weifa) so bundle checks run too.
/// Text with `=== 名称.weifa ===` lines holds several files of one bundle.
package func codes(_ text: String) -> [String] {
  let files = splitFiles(text)
  return Analysis(files: files.map { InputFile(path: $0.name, bytes: Array($0.text.utf8)) }).diagnostics.map(\.code.id)
}

/// Splits a multi-file example at its `=== name ===` lines.
package func splitFiles(_ text: String) -> [(name: String, text: String)] {
  guard text.hasPrefix("=== ") else { return [(manifestFileName, text)] }
  var out = [(name: String, text: String)]()
  for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
    if line.hasPrefix("=== ") && line.hasSuffix(" ===") {
      out.append((String(line.dropFirst(4).dropLast(4)), ""))
    } else if !out.isEmpty {
      out[out.count - 1].text += line + "\n"
    }
  }
  return out
}

/// Compares `actual` with the golden file; UPDATE_GOLDEN=1 rewrites it. A missing golden is
/// written and the comparison fails, so a new case is never silently accepted.
package func checkGolden(_ actual: String, _ relative: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let url = repoRoot.appendingPathComponent(relative)
  let update = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"
  let existing = FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
  if update || existing == nil {
    try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? Data(actual.utf8).write(to: url, options: .atomic)
    if existing == nil && !update {
      Issue.record("golden \(relative) was missing; it has been written — check it and run again", sourceLocation: sourceLocation)
    }
    return
  }
  guard let expected = existing, expected != actual else { return }
  let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
  let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
  let got = line < a.count ? String(a[line]) : "<end>"
  let want = line < e.count ? String(e[line]) : "<end>"
  Issue.record("\(relative) differs at line \(line + 1)\n  expected: \(want)\n  actual:   \(got)\n(UPDATE_GOLDEN=1 rewrites the goldens)", sourceLocation: sourceLocation)
}

/// Invariant checks shared by every test that parses: the tree spells the input and its tokens
/// tile the input without gaps.
package func expectLossless(_ bytes: [UInt8], _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let source = SourceFile(path: label, bytes: bytes)
  let result = Parser.parse(source)
  #expect(result.tree.reconstructedBytes() == bytes, "round trip: \(label)", sourceLocation: sourceLocation)
  var at: UInt32 = 0
  for t in result.tree.tokens {
    if t.start != at || t.end <= t.start {
      Issue.record("token gap or empty token at byte \(at) in \(label)", sourceLocation: sourceLocation)
      return
    }
    at = t.end
  }
  #expect(Int(at) == bytes.count, "tokens cover the input: \(label)", sourceLocation: sourceLocation)
  for d in result.diagnostics {
    #expect(d.range.lower >= 0 && d.range.upper <= bytes.count && d.range.lower <= d.range.upper, "diagnostic span in bounds: \(label)",
            sourceLocation: sourceLocation)
  }
}

