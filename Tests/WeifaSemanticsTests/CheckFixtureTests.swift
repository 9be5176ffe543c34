import Foundation
import Testing
import WeifaTestSupport
import WeifaBase
import WeifaDriver

/// Fixtures per code: `Tests/Fixtures/checks/WFxxxx/` holds inputs that raise the code
/// (`raises-*.weifa`) and inputs that must not (`clean-*.weifa`); a case of several files is a
/// directory (`raises-*/`), checked as a bundle. Each case has a golden `<case>.expected.txt`
/// beside it: the text report exactly as `weifa check` prints it for that input alone (each
/// diagnostic, then the summary line, in Chinese). `UPDATE_GOLDEN=1 swift test` rewrites the
/// goldens; a missing one is written and the test fails. A `context.txt` in the code's directory
/// (for all its cases) or in a case's directory lists repository paths read as context, as
/// `--with` would (a directory: its .weifa files).
@Suite struct CheckFixtureTests {
  static let root = "Tests/Fixtures/checks"

  static func names(_ relative: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: repoRoot.appendingPathComponent(relative).path)) ?? [])
      .filter { !$0.hasPrefix(".") }.sorted()
  }

  static func isDirectory(_ relative: String) -> Bool {
    var d: ObjCBool = false
    return FileManager.default.fileExists(atPath: repoRoot.appendingPathComponent(relative).path, isDirectory: &d) && d.boolValue
  }

  /// Whether an entry of a code's directory is a case: `raises-*` or `clean-*`, a .weifa file or a directory.
  static func isCase(_ code: String, _ name: String) -> Bool {
    (name.hasPrefix("raises-") || name.hasPrefix("clean-")) && (name.hasSuffix(".weifa") || isDirectory("\(root)/\(code)/\(name)"))
  }

  /// Every case, as `WFxxxx/name`.
  static func cases() -> [String] {
    names(root).flatMap { code in names("\(root)/\(code)").filter { isCase(code, $0) }.map { "\(code)/\($0)" } }
  }

  static func golden(_ c: String) -> String {
    "\(root)/" + (c.hasSuffix(".weifa") ? String(c.dropLast(6)) : c) + ".expected.txt"
  }

  /// The files a `context.txt` names.
  static func context(_ relative: String) -> [InputFile] {
    let list = String(decoding: readBytes(relative), as: UTF8.self)
    return list.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }.flatMap { path in
      isDirectory(path) ? weifaFiles(in: path).map(input) : [input(path)]
    }
  }

  /// The text report of one case, as `weifa check` prints it.
  static func report(_ c: String) -> (text: String, codes: [String]) {
    let code = String(c.prefix { $0 != "/" })
    let path = "\(root)/\(c)"
    var context = [InputFile]()
    if FileManager.default.fileExists(atPath: repoRoot.appendingPathComponent("\(root)/\(code)/context.txt").path) {
      context += Self.context("\(root)/\(code)/context.txt")
    }
    let files: [InputFile]
    var siblings: (String) -> [String] = { _ in [] }
    if isDirectory(path) {
      files = weifaFiles(in: path).map(input)
      if FileManager.default.fileExists(atPath: repoRoot.appendingPathComponent("\(path)/context.txt").path) {
        context += Self.context("\(path)/context.txt")
      }
      siblings = { _ in names(path) }
    } else {
      files = [input(path)]
    }
    let analysis = Analysis(files: files, context: context, siblings: siblings)
    let diags = analysis.diagnostics
    let text = diags.map { TextReport.render($0, lang: .zh) + "\n" }.joined()
      + TextReport.summary(files: files.count, errors: diags.filter { $0.severity == .error }.count,
                           warnings: diags.filter { $0.severity == .warning }.count, lang: .zh)
    return (text, diags.map(\.code.id))
  }

  @Test(arguments: cases())
  func fixture(_ c: String) {
    let code = String(c.prefix { $0 != "/" })
    let (text, codes) = Self.report(c)
    checkGolden(text, Self.golden(c))
    if c.dropFirst(code.count + 1).hasPrefix("raises-") {
      #expect(codes.contains(code), "\(c) does not raise \(code)")
    } else {
      #expect(!codes.contains(code), "\(c) raises \(code)")
    }
    for id in Set(codes) { #expect(allCodes.contains { $0.id == id }, "\(c) raises \(id), which is not in allCodes") }
  }

  /// Every registered code has a directory with a case that raises it and one that does not;
  /// every directory is a registered code; every file there is a case, a golden or context.txt.
  @Test func everyCodeHasFixtures() {
    let dirs = Self.names(Self.root)
    for c in allCodes {
      let entries = Self.names("\(Self.root)/\(c.id)")
      #expect(entries.contains { $0.hasPrefix("raises-") && Self.isCase(c.id, $0) }, "\(c.id) has no raises-* fixture in \(Self.root)/\(c.id)")
      #expect(entries.contains { $0.hasPrefix("clean-") && Self.isCase(c.id, $0) }, "\(c.id) has no clean-* fixture in \(Self.root)/\(c.id)")
    }
    for d in dirs { #expect(allCodes.contains { $0.id == d }, "\(Self.root)/\(d) is not a registered code") }
    let cases = Set(Self.cases())
    for d in dirs {
      for name in Self.names("\(Self.root)/\(d)") where !cases.contains("\(d)/\(name)") && name != "context.txt" {
        let stem = name.hasSuffix(".expected.txt") ? String(name.dropLast(13)) : nil
        #expect(stem.map { cases.contains("\(d)/\($0).weifa") || cases.contains("\(d)/\($0)") } == true, "\(Self.root)/\(d)/\(name) belongs to no case")
      }
    }
  }

  @Test func hasCases() { #expect(Self.cases().count >= 2 * allCodes.count) }
}
