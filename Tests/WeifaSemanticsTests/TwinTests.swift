import Foundation
import Testing
import WeifaTestSupport
import WeifaBase
import WeifaDriver

/// Each Codes/ charter has a deliberately broken twin in Tests/Fixtures/twins/NAME/twin.weifa.
/// Its header says which codes it must raise (`# expect: WF6001, WF5002`) and which files give
/// it context (`# context: Codes/上位法, Codes/海晴社区/社区自治章程.weifa`). The set of codes
/// raised must equal the set expected: nothing missed, nothing extra.
@Suite struct TwinTests {
  static func twins() -> [String] {
    let dir = repoRoot.appendingPathComponent("Tests/Fixtures/twins").path
    return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
  }

  static func header(_ text: String, _ key: String) -> [String] {
    text.split(separator: "\n").filter { $0.hasPrefix("# \(key):") }.flatMap {
      $0.dropFirst(key.count + 3).split(whereSeparator: { $0 == "," || $0 == "，" || $0 == " " }).map(String.init)
    }
  }

  static func files(under relative: String) -> [InputFile] {
    let url = repoRoot.appendingPathComponent(relative)
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else { return [] }
    if !isDir.boolValue { return [InputFile(path: relative, bytes: readBytes(relative))] }
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { $0.hasSuffix(".weifa") }.sorted()
    return names.map { InputFile(path: relative + "/" + $0, bytes: readBytes(relative + "/" + $0)) }
  }

  @Test func everyCharterHasATwin() {
    let charters = codesFiles().filter { !$0.contains("/上位法/") && !$0.hasSuffix("目录.weifa") }
    let covered = Set(Self.twins().flatMap { name -> [String] in
      let text = String(decoding: readBytes("Tests/Fixtures/twins/\(name)/twin.weifa"), as: UTF8.self)
      return Self.header(text, "twin-of")
    })
    for c in charters { #expect(covered.contains(c), "no broken twin for \(c)") }
  }

  @Test(arguments: twins())
  func twinRaisesExactlyItsCodes(_ name: String) throws {
    let path = "Tests/Fixtures/twins/\(name)/twin.weifa"
    let text = String(decoding: readBytes(path), as: UTF8.self)
    let expected = Set(Self.header(text, "expect"))
    #expect(!expected.isEmpty, "\(name) declares no expected codes")
    let context = Self.header(text, "context").flatMap(Self.files(under:))
    let analysis = Analysis(files: [InputFile(path: path, bytes: Array(text.utf8))], context: context)
    let raised = Set(analysis.diagnostics.map(\.code.id))
    let rendered = analysis.diagnostics.map { TextReport.render($0, lang: .zh) }.joined()
    #expect(raised == expected, "\(name): missing \(expected.subtracting(raised).sorted()), unexpected \(raised.subtracting(expected).sorted())\n\(rendered)")
  }
}
