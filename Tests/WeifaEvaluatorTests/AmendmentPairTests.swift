import Foundation
import Testing
import WeifaBenchSupport
import WeifaDriver
import WeifaSemantics
import WeifaTestSupport

/// The benchmark's two 1,000-article versions (`AmendmentPair`): what the generator promises,
/// and that the diff finds it.
@Suite struct AmendmentPairTests {
  @Test func everyArticleChangedIsFound() {
    let (old, new) = AmendmentPair.make(seed: 1, articles: 1000)
    let o = Analysis(files: [InputFile(path: "old.weifa", bytes: Array(old.utf8))])
    let n = Analysis(files: [InputFile(path: "new.weifa", bytes: Array(new.utf8))])
    #expect(o.diffRefusals.isEmpty && n.diffRefusals.isEmpty)
    let oc = o.workspace.charters[0], nc = n.workspace.charters[0]
    #expect(oc.articles.count == 1000)
    // 1000 − 10 deleted (every 97th) + 11 added (every 89th) = 1001.
    #expect(nc.articles.count == 1001)
    let start = Date()
    let cmp = Comparison(old: oc, new: nc)
    let elapsed = Date().timeIntervalSince(start)
    let articles = cmp.rows.filter { ($0.oldUnit ?? $0.newUnit)?.kind == .article }
    #expect(articles.filter { $0.marks.contains(.deleted) }.count == 10)
    #expect(articles.filter { $0.marks.contains(.added) }.count == 11)
    // The rest are matched, every one changed; the four moved to the end are found as moved.
    #expect(articles.filter { $0.marks.contains(.changed) }.count == 990)
    #expect(articles.filter { $0.marks.contains(.moved) }.count == 4)
    print("AmendmentPairTests: Comparison of 1,000 against 1,001 articles (debug build): \(String(format: "%.2f", elapsed)) s")
  }
}
