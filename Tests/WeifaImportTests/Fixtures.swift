import Foundation
import WeifaBase
import WeifaDriver
import WeifaSyntax
import WeifaTestSupport

/// The layout fixtures the recogniser is tuned on: `Tests/Fixtures/layouts/NN-*.txt` and
/// `charters/NN-*.txt`, each with its `.expect`. `heldout/` is never read here: it measures the
/// recogniser on text it was not tuned on, and is scored by its own test when it lands.
enum LayoutFixtures {
  static let directory = "Tests/Fixtures/layouts"

  /// The tuning fixtures, as paths relative to the repository root (`.txt`), sorted.
  static func tuning() -> [String] {
    var out = [String]()
    for sub in ["", "charters"] {
      let rel = sub.isEmpty ? directory : directory + "/" + sub
      let names = (try? FileManager.default.contentsOfDirectory(atPath: repoRoot.appendingPathComponent(rel).path)) ?? []
      out += names.filter { $0.hasSuffix(".txt") }.sorted().map { rel + "/" + $0 }
    }
    return out
  }

  /// One annotated line of an `.expect` file.
  struct Expected {
    var line: Int
    var role: String
    var level: Int
    var mark: String
    var note: String
  }

  static func expectations(_ txt: String) -> [Expected] {
    let text = String(decoding: readBytes(String(txt.dropLast(4)) + ".expect"), as: UTF8.self)
    var out = [Expected]()
    for row in text.split(separator: "\n") where !row.hasPrefix("#") {
      let cols = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard cols.count >= 4, let line = Int(cols[0]), let level = Int(cols[2]) else { continue }
      out.append(Expected(line: line, role: cols[1], level: level, mark: cols[3], note: cols.count > 4 ? cols[4] : "-"))
    }
    return out
  }

  /// The mark of a recognised line as the `.expect` files write it (`-` for none).
  static func mark(_ l: LayoutLine, _ bytes: [UInt8]) -> String {
    l.hasMark ? String(decoding: bytes[l.contentStart..<l.markEnd], as: UTF8.self) : "-"
  }
}
