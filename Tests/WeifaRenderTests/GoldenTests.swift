import Foundation
import Testing
import WeifaTestSupport
import WeifaDriver
import WeifaRender

/// Every charter of Codes/ (and every bundle, as one book) in every format, against the goldens in
/// Tests/Fixtures/render/<case>/expected.{txt,md,html,json,notice.txt} and the annotated text
/// edition expected.annotated.txt. `UPDATE_GOLDEN=1 swift test` rewrites them.
@Suite struct GoldenTests {
  static let formats: [(OutputFormat, String)] = [(.text, "txt"), (.md, "md"), (.html, "html"), (.json, "json"), (.notice, "notice.txt")]

  @Test(arguments: RenderCase.all())
  func golden(_ c: RenderCase) throws {
    let outputs = Self.formats.map { ($0.0, false) } + [(OutputFormat.text, true)]
    let rendered = c.render(outputs)
    for (k, (_, ext)) in Self.formats.enumerated() {
      checkGolden(rendered[k], "Tests/Fixtures/render/\(c.name)/expected.\(ext)")
    }
    checkGolden(rendered[Self.formats.count], "Tests/Fixtures/render/\(c.name)/expected.annotated.txt")

    // The JSON parses and names its schema.
    let json = rendered[Self.formats.firstIndex { $0.0 == .json }!]
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(obj["schema"] as? String == "weifa.model/1")

    // The HTML is self-contained: no script, nothing fetched.
    let html = rendered[Self.formats.firstIndex { $0.0 == .html }!]
    #expect(!html.contains("<script"))
    #expect(!html.contains("http://") && !html.contains("https://"))
    #expect(!html.contains("<link") && !html.contains("url("))
    #expect(html.contains("@page"))
  }

  @Test func everyCharterHasACase() {
    let names = Set(RenderCase.all().map(\.path))
    let codes = repoRoot.appendingPathComponent("Codes").path
    let all = (FileManager.default.enumerator(atPath: codes)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".weifa") && !$0.hasSuffix(manifestFileName) }
    #expect(!all.isEmpty)
    for f in all { #expect(names.contains("Codes/" + f), "no render case for Codes/\(f)") }
    #expect(RenderCase.all().contains { $0.isBundle })
  }

  /// No golden directory is left over from a charter that is gone.
  @Test func noStaleGoldens() {
    let dir = repoRoot.appendingPathComponent("Tests/Fixtures/render").path
    let present = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { !$0.hasPrefix(".") }
    let names = Set(RenderCase.all().map(\.name))
    for p in present { #expect(names.contains(p), "Tests/Fixtures/render/\(p) belongs to no case") }
  }
}
