import Foundation
import Testing
import WeifaBase
import WeifaDriver
import WeifaTestSupport

@Suite struct CheckerRegressionTests {
  /// 前款 in a first paragraph followed by an item once indexed paragraph −1 (a crash).
  @Test func previousParagraphInFirstParagraph() {
    #expect(Set(codes("第一条【甲】 本规约自公布之日起施行，前款第（一）项除外。\n")) == ["WF2005", "WF2004"])
    #expect(codes("第一条 前款第一项除外。\n") == ["WF2005"])
  }
}

@Suite struct CodesTests {
  @Test func codesExist() { #expect(codesFiles().count >= 10) }

  /// Every file in Codes/ checks clean (bundles included, as `weifa check Codes` sees them).
  @Test(arguments: codesFiles())
  func checksClean(_ path: String) {
    // As `weifa check FILE` reads it (the driver's loader): its bundle and the higher law as context.
    let doc = try! Loader(repository).analyse([path]).get().analysis.documents[0]
    let rendered = doc.diagnostics.map { TextReport.render($0, lang: .zh) }.joined()
    #expect(doc.diagnostics.isEmpty, "\(rendered)")
  }
}
