import Foundation
import WeifaBase
import WeifaDriver
import WeifaSyntax

/// The repository root, found from this file so no SwiftPM resources are needed.
let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Every `.weifa` file under `Codes/`, as paths relative to the repository root, sorted.
func codesFiles() -> [String] {
  let base = repoRoot.appendingPathComponent("Codes").path
  guard let e = FileManager.default.enumerator(atPath: base) else { return [] }
  return e.compactMap { $0 as? String }.filter { $0.hasSuffix(".weifa") }.sorted().map { "Codes/" + $0 }
}

func readBytes(_ relative: String) -> [UInt8] {
  [UInt8](FileManager.default.contents(atPath: repoRoot.appendingPathComponent(relative).path) ?? Data())
}

/// Parses text and returns the tree and all diagnostics (syntax and structure).
func analyze(_ text: String, path: String = "test.weifa") -> Document {
  Analysis(files: [InputFile(path: path, bytes: Array(text.utf8))]).documents[0]
}

/// The codes raised by `text`, read as a bundle manifest (目录.weifa) so bundle checks run too.
/// Text with `=== 名称.weifa ===` lines holds several files of one bundle.
func codes(_ text: String) -> [String] {
  let files = splitFiles(text)
  return Analysis(files: files.map { InputFile(path: $0.name, bytes: Array($0.text.utf8)) }).diagnostics.map(\.code.id)
}

/// Splits a multi-file example at its `=== name ===` lines.
func splitFiles(_ text: String) -> [(name: String, text: String)] {
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
