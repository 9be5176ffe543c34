import Foundation
import Testing
import WeifaTestSupport
import WeifaDriver

/// Every code's explanation page has a wrong example that raises it and a right one that does not.
@Suite struct ExplainTests {
  static func examples(_ page: String) -> (wrong: String, right: String)? {
    func block(_ tag: String) -> String? {
      guard let r = page.range(of: "```weifa \(tag)\n"), let e = page[r.upperBound...].range(of: "```") else { return nil }
      return String(page[r.upperBound..<e.lowerBound])
    }
    guard let w = block("错误示例"), let r = block("正确示例") else { return nil }
    return (w, r)
  }

  @Test(arguments: allCodes.map(\.id))
  func examplesAgreeWithChecker(_ id: String) throws {
    let code = try #require(allCodes.first { $0.id == id })
    let pair = try #require(Self.examples(code.explanation.zh), "\(id) has no examples")
    #expect(codes(pair.wrong).contains(id), "\(id): wrong example does not raise it")
    #expect(codes(pair.right).isEmpty, "\(id): right example raises \(codes(pair.right))")
    #expect(code.explanation.en.contains("```weifa wrong"), "\(id): English page lacks examples")
  }

  @Test func codesAreUniqueAndStable() {
    let ids = allCodes.map(\.id)
    #expect(Set(ids).count == ids.count)
    #expect(Set(allCodes.map(\.name)).count == ids.count)
    #expect(ids.allSatisfy { $0.hasPrefix("WF") && $0.count == 6 })
  }
}
