import Foundation
import Testing
import WeifaTestSupport
@testable import WeifaCLI

/// Every `weifa` command README.md shows runs as printed (issue 15, item 8): each line that
/// calls the binary (`$W …`, `.build/debug/weifa …`, `swift run weifa …`) is run in process, its
/// repository paths made absolute and its `-o` output put in a temporary directory, and must
/// exit 0; a file an earlier line wrote with `-o` is read from there by the lines after it.
/// (`swift test` and the benchmark's lines are what CI runs itself.)
@Suite struct ReadmeCommandsTests {
  static func commands() -> [[String]] {
    let text = String(decoding: readBytes("README.md"), as: UTF8.self)
    var out = [[String]]()
    for raw in text.split(separator: "\n") {
      var line = String(raw)
      if let hash = line.range(of: "  #") { line = String(line[..<hash.lowerBound]) }
      let words = line.split(separator: " ").map(String.init)
      guard let first = words.first else { continue }
      if first == "$W" || first == ".build/debug/weifa" { out.append(Array(words.dropFirst())) }
      else if words.count > 2 && words[0] == "swift" && words[1] == "run" && words[2] == "weifa" { out.append(Array(words.dropFirst(3))) }
    }
    return out
  }

  @Test func readmeShowsCommands() { #expect(Self.commands().count >= 12) }

  @Test func everyCommandRunsAsPrinted() {
    let dir = temporaryDirectory()
    // What an earlier line wrote with -o: a later line that names it reads it there.
    var written = Set<String>()
    for words in Self.commands() {
      var args = [String]()
      var i = 0
      while i < words.count {
        let w = words[i]
        if w == "-o", i + 1 < words.count {
          args += ["-o", dir + "/" + words[i + 1]]
          written.insert(words[i + 1])
          i += 2
          continue
        }
        if written.contains(w) { args.append(dir + "/" + w); i += 1; continue }
        let inRepo = repoRoot.appendingPathComponent(w).path
        args.append(!w.hasPrefix("-") && FileManager.default.fileExists(atPath: inRepo) ? inRepo : w)
        i += 1
      }
      let r = run(args)
      #expect(r.status == 0, "weifa \(words.joined(separator: " ")) → \(r.status)\n\(r.err.prefix(400))")
      if let o = words.firstIndex(of: "-o"), o + 1 < words.count {
        #expect(FileManager.default.fileExists(atPath: dir + "/" + words[o + 1]), "weifa \(words.joined(separator: " ")) wrote no \(words[o + 1])")
      }
    }
  }
}
