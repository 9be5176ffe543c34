import Testing
import WeifaTestSupport
import WeifaBase
import WeifaSyntax
import WeifaSemantics
import WeifaDriver

/// A related place may lie in another file (the rule of a higher document a lower one
/// contradicts); places in the diagnostic's own file print as they always did.
@Suite struct RelatedPlaceTests {
  static let lower = SourceFile(path: "楼栋公约.weifa", text: "@标题 某楼栋公约\n@权利【停车】 行为：在楼道停放电动车\n")
  static let higher = SourceFile(path: "小区公约.weifa", text: "@标题 某小区公约\n@属性 年龄：数值\n@禁止【停车】 行为：在楼道停放电动车\n")

  static func diagnostic() -> Diagnostic {
    var d = Diagnostic(ConflictChecks.contradictsHigher, .init(zh: "相抵触", en: "contradicts"), file: lower, range: TextRange(25, 34))
    d.relatedPlaces = [RelatedPlace(TextRange(0, 3), .init(zh: "本文件", en: "here")),
                       RelatedPlace(TextRange(48, 59), .init(zh: "上位文件的规则", en: "the rule above"), in: higher)]
    return d
  }

  @Test func textNamesTheOtherFile() {
    let text = TextReport.render(Self.diagnostic(), lang: .zh)
    #expect(text.contains(" = 相关: 楼栋公约.weifa:1:1 本文件\n"))
    #expect(text.contains(" = 相关: 小区公约.weifa:3:1 上位文件的规则\n"))
  }

  @Test func jsonNamesTheOtherFileOnly() throws {
    let json = JSONReport.render([Self.diagnostic()], files: 1, lang: .en)
    let related = json[try #require(json.firstRange(of: "\"related\"")).upperBound...]
    let here = try #require(related.firstRange(of: "\"here\""))
    let file = try #require(related.firstRange(of: "\"file\": \"小区公约.weifa\""))
    let rule = try #require(related.firstRange(of: "\"the rule above\""))
    #expect(here.upperBound <= file.lowerBound && file.upperBound <= rule.lowerBound)
    #expect(related.ranges(of: "\"file\"").count == 1, "a place in the diagnostic's own file names no file")
  }

  @Test func sarifListsPlacesInOtherFiles() {
    let sarif = SARIFReport.render([Self.diagnostic()], codes: allCodes, version: "0", lang: .en)
    #expect(sarif.contains("\"relatedLocations\""))
    #expect(sarif.contains("\"uri\": \"%E5%B0%8F%E5%8C%BA%E5%85%AC%E7%BA%A6.weifa\""))
    #expect(sarif.contains("\"text\": \"the rule above\""))
    #expect(!sarif.contains("\"text\": \"here\""), "places in the result's own file are not listed, as before")
    var sameFile = Self.diagnostic()
    sameFile.relatedPlaces.removeLast()
    #expect(!SARIFReport.render([sameFile], codes: allCodes, version: "0", lang: .en).contains("relatedLocations"))
  }

  /// The tuple view (`related`) that `CheckContext.report` sets is the same as places without a file.
  @Test func tupleViewIsSameFilePlaces() {
    var a = Diagnostic(ConflictChecks.conflict, .init(zh: "冲突", en: "conflict"), file: Self.lower, range: TextRange(25, 34))
    var b = a
    a.related = [(TextRange(0, 3), .init(zh: "另一条规则", en: "the other rule"))]
    b.relatedPlaces = [RelatedPlace(TextRange(0, 3), .init(zh: "另一条规则", en: "the other rule"))]
    for lang in [Language.zh, .en] {
      #expect(TextReport.render(a, lang: lang) == TextReport.render(b, lang: lang))
      #expect(JSONReport.render([a], files: 1, lang: lang) == JSONReport.render([b], files: 1, lang: lang))
    }
    #expect(Self.diagnostic().related.count == 1, "the tuple view leaves out places in other files")
  }

  /// A check may point into another document; the place is kept inside that document's bytes.
  @Test func checksMayPointIntoOtherDocuments() {
    let ws = Workspace(charters: [Self.lower, Self.higher].map { Charter.lower(Parser.parse($0).tree) }, isContext: [false, true])
    var ctx = CheckContext(workspace: ws, index: 0)
    ctx.report(ConflictChecks.contradictsHigher, TextRange(25, 34), zh: "相抵触", en: "contradicts",
               places: [RelatedPlace(TextRange(48, 9_999), .init(zh: "上位文件的规则", en: "the rule above"), in: ws.charters[1].file)])
    let place = ctx.diagnostics[0].relatedPlaces[0]
    #expect(place.file?.path == "小区公约.weifa")
    #expect(place.range == TextRange(48, Self.higher.bytes.count))
  }
}

/// WF8001's check, `BundleChecks.check`, gives what `Analysis` reports for a manifest.
@Suite struct BundleCheckTests {
  @Test func sameAsAnalysis() {
    let text = "@标题 某村《微法典》\n@类型 汇编\n@收录 村规民约.weifa\n@收录 不存在的文件.weifa\n"
    let siblings = ["目录.weifa", "村规民约.weifa"]
    let analysis = Analysis(files: [InputFile(path: "汇编/目录.weifa", bytes: Array(text.utf8))], siblings: { _ in siblings })
    let viaAnalysis = analysis.diagnostics.filter { $0.code == BundleChecks.missingDocument }
    let direct = BundleChecks.check(analysis.documents[0].tree, siblings: siblings)
    #expect(direct.count == 1)
    #expect(direct.map { TextReport.render($0, lang: .zh) } == viaAnalysis.map { TextReport.render($0, lang: .zh) })
  }
}
