import Foundation
import Testing
import WeifaTestSupport
import WeifaBase
import WeifaSyntax
import WeifaDriver

/// Parser tree goldens: each `Tests/Fixtures/parser/NAME.weifa` with `NAME.tree.txt`, the tree as
/// `weifa tree NAME.weifa` prints it (`SyntaxTree.dump()`: every node with its byte range, every
/// significant token with its text). `UPDATE_GOLDEN=1 swift test` rewrites them. Together the
/// inputs hold every `SyntaxKind`, so a change to any production shows in a golden's diff.
@Suite struct TreeGoldenTests {
  static let directory = "Tests/Fixtures/parser"

  static func inputs() -> [String] { weifaFiles(in: directory).map { String($0.dropFirst(directory.count + 1)) } }

  /// The tree of a fixture, read as `weifa tree` reads it.
  static func tree(_ name: String) -> SyntaxTree {
    Analysis(files: [input("\(directory)/\(name)")]).documents[0].tree
  }

  @Test(arguments: inputs())
  func treeMatchesGolden(_ name: String) {
    let tree = Self.tree(name)
    #expect(tree.reconstructedBytes() == readBytes("\(Self.directory)/\(name)"), "\(name): the tree does not spell the input")
    checkGolden(tree.dump(), "\(Self.directory)/\(name.dropLast(6)).tree.txt")
  }

  /// Every node and token kind occurs in some fixture (trivia included: comments, blank lines).
  @Test func fixturesCoverEveryKind() {
    var seen = Set<SyntaxKind>()
    for name in Self.inputs() {
      let tree = Self.tree(name)
      for t in tree.tokens { seen.insert(t.kind) }
      for n in tree.root.preorder() { seen.insert(n.kind) }
    }
    let missing = SyntaxKind.allCases.filter { !seen.contains($0) }
    #expect(missing.isEmpty, "no parser fixture holds \(missing.map { "\($0)" })")
  }

  /// Every golden belongs to an input.
  @Test func everyGoldenHasItsInput() {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: repoRoot.appendingPathComponent(Self.directory).path)) ?? []
    let inputs = Set(Self.inputs())
    for n in names where n.hasSuffix(".tree.txt") {
      #expect(inputs.contains(String(n.dropLast(9)) + ".weifa"), "\(Self.directory)/\(n) belongs to no input")
    }
    #expect(inputs.count >= 20)
  }
}
