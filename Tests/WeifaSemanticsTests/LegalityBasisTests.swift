import Foundation
import Testing
import WeifaBase
import WeifaSemantics
import WeifaTestSupport

/// Issue 12, round three: every article a legality finding (WF6xxx) can cite exists in the statute
/// excerpts of Codes/上位法, so a reviewer can look it up and `weifa check` resolves it. The bases are
/// taken two ways: every measure of the clause analysis with every flag that changes its basis
/// (`Measure.basis`), and every citation written in the legality checks' sources (the word patterns,
/// the structured checks and the explain pages' basis lines).
@Suite struct LegalityBasisTests {
  /// The article numbers of each statute excerpt in Codes/上位法, by its 标题.
  static func excerpts() -> [String: Set<Int>] {
    var out = [String: Set<Int>]()
    let dir = "Codes/上位法"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
    for name in names where name.hasSuffix(".weifa") {
      let text = String(decoding: readBytes(dir + "/" + name), as: UTF8.self)
      var title: String?
      var articles = Set<Int>()
      for line in text.split(separator: "\n") {
        if line.hasPrefix("@标题 ") { title = String(line.dropFirst(4)).trimmingCharacters(in: .whitespaces) }
        guard line.hasPrefix("第"), let end = line.firstIndex(of: "条") else { continue }
        if let n = ChineseNumeral.parse(line[line.index(after: line.startIndex)..<end]) { articles.insert(n) }
      }
      if let title { out[title, default: []].formUnion(articles) }
    }
    return out
  }

  /// The laws by the names the sources use for them (`Law.civil` …).
  static let laws: [String: String] = [
    "villagers": Law.villagers, "residents": Law.residents, "civil": Law.civil, "penalties": Law.penalties, "women": Law.women,
    "land": Law.land, "collective": Law.collective, "mediation": Law.mediation, "constitution": Law.constitution, "relief": Law.relief,
    "legislation": Law.legislation, "personalInformation": Law.personalInformation,
  ]

  @Test func everyMeasureBasisIsInTheExcerpts() {
    let have = Self.excerpts()
    #expect(have[Law.civil]?.contains(944) == true, "the excerpts were not read: \(have.keys.sorted())")
    var checked = 0
    for m in Measure.allCases {
      for flags in 0..<16 {
        let basis = m.basis(land: flags & 1 != 0, residents: flags & 2 != 0, search: flags & 4 != 0, managed: flags & 8 != 0)
        for c in basis {
          checked += 1
          let article = c.article ?? -1
          #expect(have[c.law]?.contains(article) == true, "\(m) cites \(c.law) article \(article), which Codes/上位法 does not hold")
        }
      }
    }
    #expect(checked > Measure.allCases.count)
  }

  /// Citations written in the sources of the legality checks: `LegalCitation(law: Law.x, article: n` and `Self.c(Law.x, n`,
  /// and the articles named in the explain pages' basis lines (basisZh: "《…》第…条").
  @Test func everyCitationInTheLegalityChecksIsInTheExcerpts() throws {
    let have = Self.excerpts()
    let dir = "Sources/WeifaSemantics/Checks/WF6-Legality"
    let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".swift") }.map { dir + "/" + $0 }
      + ["Sources/WeifaSemantics/Clauses/Measures.swift"]
    var found = 0
    for f in files {
      let text = String(decoding: readBytes(f), as: UTF8.self)
      for pattern in [#"LegalCitation\(law: Law\.(\w+), article: (\d+)"#, #"Self\.c\(Law\.(\w+), (\d+)"#] {
        let re = try NSRegularExpression(pattern: pattern)
        let ns = text as NSString
        for m in re.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
          let name = ns.substring(with: m.range(at: 1)), article = Int(ns.substring(with: m.range(at: 2))) ?? -1
          guard let law = Self.laws[name] else { Issue.record("\(f): unknown law Law.\(name)"); continue }
          found += 1
          #expect(have[law]?.contains(article) == true, "\(f) cites \(law) article \(article), which Codes/上位法 does not hold")
        }
      }
      // basisZh: "《中华人民共和国民法典》第二百四十条；《…》第…条、第…条"
      let re = try NSRegularExpression(pattern: #"basisZh: "([^"]*)""#)
      let ns = text as NSString
      for m in re.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
        var law: String?
        for part in ns.substring(with: m.range(at: 1)).split(whereSeparator: { $0 == "；" || $0 == "、" }) {
          var rest = Substring(part)
          if let open = rest.firstIndex(of: "《"), let close = rest.firstIndex(of: "》") {
            law = String(rest[rest.index(after: open)..<close]); rest = rest[rest.index(after: close)...]
          }
          guard let law, rest.hasPrefix("第"), let end = rest.firstIndex(of: "条"),
                let n = ChineseNumeral.parse(rest[rest.index(after: rest.startIndex)..<end]) else { continue }
          found += 1
          #expect(have[law]?.contains(n) == true, "\(f): the page's basis cites \(law) article \(n), which Codes/上位法 does not hold")
        }
      }
    }
    #expect(found > 30, "only \(found) citations found in the legality checks' sources")
  }
}
