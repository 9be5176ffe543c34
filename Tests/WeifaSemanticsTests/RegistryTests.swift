import Testing
import WeifaBase
import WeifaSemantics
import WeifaDriver

/// The registry (`allCodes`) and the retired codes (`retiredCodes`): a code's id and name are
/// taken for good, and a family's numbers have no gap that is not a retired code.
@Suite struct RegistryTests {
  static func number(_ id: String) -> Int? { id.hasPrefix("WF") && id.count == 6 ? Int(id.dropFirst(2)) : nil }

  @Test func idsAreWellFormedUniqueAndInOrder() {
    let ids = allCodes.map(\.id)
    for id in ids { #expect(Self.number(id) != nil && Self.number(id)! >= 1001, "\(id) is not WF plus four digits") }
    #expect(Set(ids).count == ids.count, "ids used twice: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
    #expect(ids == ids.sorted(), "the registry is not in code order")
    let names = allCodes.map(\.name)
    #expect(Set(names).count == names.count, "names used twice: \(names.filter { n in names.filter { $0 == n }.count > 1 })")
    for n in names { #expect(!n.isEmpty && n.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "“\(n)” is not kebab-case") }
  }

  @Test func noCodeReusesARetiredIdOrName() {
    let retiredIds = retiredCodes.map(\.id), retiredNames = retiredCodes.map(\.name)
    #expect(Set(retiredIds).count == retiredIds.count, "a retired id is listed twice")
    #expect(retiredIds == retiredIds.sorted(), "retiredCodes is not in code order")
    for r in retiredCodes {
      #expect(Self.number(r.id) != nil, "retired \(r.id) is not WF plus four digits")
      #expect(!r.why.zh.isEmpty && !r.why.en.isEmpty, "retired \(r.id) does not say why")
    }
    for c in allCodes {
      #expect(!retiredIds.contains(c.id), "\(c.id) \(c.name) reuses a retired id")
      #expect(!retiredNames.contains(c.name), "\(c.id) \(c.name) reuses a retired name")
    }
  }

  /// Within a family (the first digit), every number from 1 to the highest in use is a current
  /// code or a retired one: a gap nobody recorded could be reused by mistake.
  @Test func everyGapInAFamilyIsRetired() {
    let current = Set(allCodes.compactMap { Self.number($0.id) })
    let retired = Set(retiredCodes.compactMap { Self.number($0.id) })
    for family in Set(current.map { $0 / 1000 }).sorted() {
      let top = current.filter { $0 / 1000 == family }.max()!
      for n in (family * 1000 + 1)...top where !current.contains(n) {
        #expect(retired.contains(n), "WF\(n) is a gap in the WF\(family)xxx family but not in retiredCodes")
      }
    }
  }

  /// Every code a semantic check declares is registered, as declared (`==` compares ids only).
  @Test func everyCheckedCodeIsRegistered() {
    let registered = Dictionary(uniqueKeysWithValues: allCodes.map { ($0.id, $0) })
    for c in CheckRegistry.codes + [StructureChecks.numberingMismatch, StructureChecks.duplicateLabel, BundleChecks.missingDocument] {
      guard let r = registered[c.id] else { Issue.record("\(c.id) \(c.name) is not in allCodes"); continue }
      #expect(r.name == c.name && r.severity == c.severity && r.summary == c.summary && r.explanation == c.explanation, "\(c.id) differs from its registration")
    }
  }

  /// Every registered code has a page with the five headings `weifa explain` promises.
  @Test func everyPageHasItsSections() {
    for c in allCodes {
      for heading in ["## 说明", "## 为什么", "## 示例", "## 修复"] { #expect(c.explanation.zh.contains(heading), "\(c.id) page lacks \(heading)") }
      for heading in ["## What", "## Why", "## Example", "## Fix"] { #expect(c.explanation.en.contains(heading), "\(c.id) English page lacks \(heading)") }
    }
  }
}
