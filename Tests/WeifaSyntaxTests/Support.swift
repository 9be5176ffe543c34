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
func codes(_ text: String) -> [String] { analyze(text, path: manifestFileName).diagnostics.map(\.code.id) }
