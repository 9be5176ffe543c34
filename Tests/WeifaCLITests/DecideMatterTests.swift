import Foundation
import Testing
import WeifaTestSupport
@testable import WeifaCLI

/// `weifa decide --matter` (issue 13, in part): an unknown matter is an error with the closest
/// names, not a silent simple majority; a body the charter does not give the matter to cannot
/// decide it, whatever the counts.
@Suite struct DecideMatterTests {
  static let bundle = repoRoot.appendingPathComponent("Codes/青溪村微法典").path

  @Test func anUnknownMatterIsAnErrorWithSuggestions() {
    let r = run(["decide", Self.bundle, "--body", "村民会议", "--members", "1000", "--present", "600", "--yes", "400", "--matter", "宅基地使用放案"])
    #expect(r.status == 2)
    #expect(r.err.contains("找不到事项「宅基地使用放案」") && r.err.contains("是否指「宅基地使用方案」"), "\(r.err)")
    #expect(r.out.isEmpty)
  }

  @Test func aBodyWithoutCompetenceCannotDecide() throws {
    let r = run(["decide", Self.bundle, "--body", "村民委员会", "--members", "7", "--present", "7", "--yes", "7", "--matter", "宅基地使用方案"])
    #expect(r.status == 1)
    #expect(r.out.contains("由村民会议决定") && r.out.contains("决定无效"), "\(r.out)")
    let json = try JSONSerialization.jsonObject(with: Data(run(["decide", Self.bundle, "--body", "村民委员会", "--members", "7", "--present", "7", "--yes", "7",
                                                                "--matter", "宅基地使用方案", "--format", "json"]).out.utf8)) as? [String: Any]
    #expect(json?["competent"] as? Bool == false && json?["stands"] as? Bool == false && json?["decidedBy"] as? [String] == ["村民会议"])
    // The body the charter names decides as before.
    let ok = run(["decide", Self.bundle, "--body", "村民会议", "--members", "1000", "--present", "600", "--yes", "400", "--matter", "宅基地使用方案"])
    #expect(ok.status == 0 && ok.out.contains("决定通过"), "\(ok.out)")
  }
}
