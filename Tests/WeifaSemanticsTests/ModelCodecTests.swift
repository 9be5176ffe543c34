import Foundation
import Testing
import WeifaBase
import WeifaSyntax
import WeifaSemantics
import WeifaTestSupport

/// The model serializer (`ModelCodec`, used by the cache of context models): every Codes/ and
/// fixture document, lowered, written and read back, is the same model in every stored property
/// (compared through `Mirror`, dictionaries in key order), and every model type has exactly the
/// properties the serializer was written for — a property added to the model fails here until
/// ModelCodec.swift writes it.
@Suite struct ModelCodecTests {
  /// Every stored property of `value`, recursively, as text; dictionaries sorted, so two equal
  /// models print alike whatever order their dictionaries were filled in.
  static func describe(_ value: Any, types: inout [String: Set<String>]) -> String {
    if let s = value as? String { return "\"" + s + "\"" }
    if let f = value as? SourceFile { return "SourceFile(\(f.path), \(f.bytes.count) bytes)" }
    let m = Mirror(reflecting: value)
    switch m.displayStyle {
    case .optional:
      return m.children.first.map { "some(" + describe($0.value, types: &types) + ")" } ?? "nil"
    case .collection, .set:
      return "[" + m.children.map { describe($0.value, types: &types) }.joined(separator: ", ") + "]"
    case .dictionary:
      return "[" + m.children.map { describe($0.value, types: &types) }.sorted().joined(separator: ", ") + "]"
    case .struct, .class:
      let name = String(reflecting: type(of: value))
      if name.hasPrefix("WeifaSemantics.") || name.hasPrefix("WeifaBase.") {
        types[name, default: []].formUnion(m.children.compactMap(\.label))
      }
      return name + "(" + m.children.map { ($0.label ?? "_") + ": " + describe($0.value, types: &types) }.joined(separator: ", ") + ")"
    case .enum:
      // A case with a payload has one child, labelled with the case's name.
      guard let c = m.children.first else { return String(reflecting: type(of: value)) + "." + "\(value)" }
      return (c.label ?? "_") + "(" + describe(c.value, types: &types) + ")"
    case .tuple:
      return "(" + m.children.map { ($0.label ?? "_") + ": " + describe($0.value, types: &types) }.joined(separator: ", ") + ")"
    default:
      return "\(value)"
    }
  }

  static func documents() -> [String] {
    var out = codesFiles()
    let base = repoRoot.appendingPathComponent("Tests/Fixtures").path
    for case let rel as String in FileManager.default.enumerator(atPath: base) ?? .init() where rel.hasSuffix(".weifa") {
      out.append("Tests/Fixtures/" + rel)
    }
    return out
  }

  @Test func everyDocumentReadsBackAsTheSameModel() throws {
    var types = [String: Set<String>]()
    let paths = Self.documents()
    #expect(paths.count > 300)
    var bytesWritten = 0
    for path in paths {
      let file = SourceFile(path: path, bytes: readBytes(path))
      let lowered = Charter.lower(Parser.parse(file).tree)
      let bytes = ModelCodec.encode(lowered)
      bytesWritten += bytes.count
      let back = try #require(ModelCodec.decode(bytes, file: file), "\(path) does not read back")
      #expect(ModelCodec.encode(back) == bytes, "\(path): written again, other bytes")
      var ignored = [String: Set<String>]()
      let a = Self.describe(lowered, types: &types), b = Self.describe(back, types: &ignored)
      #expect(a == b, "\(path): the model read back differs")
    }
    #expect(bytesWritten > 0)
    // The stored properties of every model type, as ModelCodec.swift writes them. When the model
    // gains one, write it there (encode and init) and add it here.
    let expected: [String: Set<String>] = [
      "WeifaSemantics.Charter": ["file", "title", "kind", "place", "version", "shortNames", "basis", "adopted", "amendments", "filing",
                                 "effective", "repealed", "higher", "supersedes", "includes", "divisions", "articles", "attributes",
                                 "definitions", "rules", "rulesByConflictKey", "rulesByActInitial", "bodies", "matters", "autonomyList",
                                 "assistanceList", "sameActs", "procedures", "ratings", "publicities", "cases", "references", "labels",
                                 "titleLine", "signature", "orphans", "scope", "referrals", "holidays", "unreadHolidays", "terminations", "isHigherLaw"],
      "WeifaSemantics.Division": ["level", "number", "title", "span", "mark", "firstArticle", "endArticle"],
      "WeifaSemantics.Article": ["number", "written", "label", "span", "headingSpan", "paragraphs", "mark", "labelHidden"],
      "WeifaSemantics.Paragraph": ["text", "span", "items"],
      "WeifaSemantics.Item": ["number", "text", "span", "mark", "subitems"],
      "WeifaSemantics.Ref": ["document", "label", "ordinals", "relative", "anchor", "span", "from", "inProse"],
      "WeifaSemantics.NameRef": ["name", "label", "span"],
      "WeifaSemantics.Attribute": ["name", "type", "span", "nameSpan"],
      "WeifaSemantics.Definition": ["name", "expr", "span", "nameSpan"],
      "WeifaSemantics.Quantity": ["prefix", "low", "high", "unit", "suffix", "span", "text", "bound", "strict", "per", "lead"],
      "WeifaSemantics.Rule": ["kind", "label", "head", "subject", "condition", "act", "content", "amount", "exceptLabels", "exceptCondition",
                              "overrides", "consequences", "basis", "effective", "repealed", "location", "span", "conflictKey", "writtenAct",
                              "subjectFromScope", "referrals"],
      "WeifaSemantics.DocumentScope": ["expr", "span"],
      "WeifaSemantics.Referral": ["subject", "condition", "provisions", "rules", "note", "location", "span"],
      "WeifaSemantics.PartialDate": ["year", "month", "day"],
      "WeifaSemantics.Day": ["year", "month", "day"],
      "WeifaSemantics.Location": ["article", "paragraph", "item", "subitem"],
      "WeifaSemantics.ThresholdTerm": ["base", "strict", "fraction", "text", "span"],
      "WeifaSemantics.Threshold": ["terms", "span", "text"],
      "WeifaSemantics.Role": ["name", "size", "duties", "selection", "term", "span"],
      "WeifaSemantics.Body": ["name", "label", "composition", "size", "term", "convenor", "proposal", "quorum", "vote", "voteMethod", "special",
                              "notice", "sessions", "reportsTo", "delegate", "basis", "roles", "proxy", "proxyLimit", "observers", "standIn",
                              "standInCondition", "location", "span", "nameSpan", "compositionSpan"],
      "WeifaSemantics.Matter": ["name", "label", "category", "decider", "delegate", "vote", "procedure", "publicNotice", "filing", "basis",
                                "petition", "approval", "deadline", "reasons", "location", "span", "nameSpan"],
      "WeifaSemantics.Step": ["name", "body", "vote", "quorum", "publicNotice", "deadline", "content", "sessions", "span"],
      "WeifaSemantics.Procedure": ["name", "label", "steps", "applies", "basis", "filing", "proxy", "proxyLimit", "location", "span"],
      "WeifaSemantics.ScoreRule": ["text", "condition", "points", "span"],
      "WeifaSemantics.Level": ["name", "minimum", "condition", "span"],
      "WeifaSemantics.Rating": ["name", "label", "object", "initial", "period", "bonuses", "deductions", "levels", "location", "span"],
      "WeifaSemantics.Termination": ["office", "condition", "conditionText", "review", "result", "basis", "note", "location", "span"],
      "WeifaSemantics.Publicity": ["what", "label", "content", "frequency", "body", "method", "basis", "location", "span"],
      "WeifaSemantics.Adoption": ["body", "date", "when", "chain", "chainText", "method", "expected", "attended", "yes", "no", "abstain", "note", "span"],
      "WeifaSemantics.Filing": ["organ", "date", "when", "span"],
      "WeifaSemantics.Case": ["name", "label", "facts", "applies", "notApplies", "result", "body", "matter", "rating", "members", "households",
                              "present", "presentHouseholds", "yes", "date", "location", "span"],
      "WeifaSemantics.Rational": ["num", "den"],
      "WeifaSemantics.HolidayEntry": ["rest", "days", "note", "span"],
      "WeifaBase.TextRange": ["lower", "upper"],
    ]
    for (name, labels) in types.sorted(by: { $0.key < $1.key }) {
      guard let want = expected[name] else {
        Issue.record("\(name) is in the model but ModelCodec.swift was not written for it")
        continue
      }
      #expect(labels == want, "\(name): stored properties \(labels.subtracting(want).sorted()) are not written, \(want.subtracting(labels).sorted()) are gone")
    }
  }

  @Test func damagedBytesNeverTrap() throws {
    let file = SourceFile(path: "Codes/上位法/村民委员会组织法.weifa", bytes: readBytes("Codes/上位法/村民委员会组织法.weifa"))
    let bytes = ModelCodec.encode(Charter.lower(Parser.parse(file).tree))
    #expect(ModelCodec.decode(bytes, file: file) != nil)
    var refused = 0
    for n in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 200)) {
      if ModelCodec.decode(Array(bytes[..<n]), file: file) == nil { refused += 1 }
      var flipped = bytes
      flipped[n] ^= 0xFF
      _ = ModelCodec.decode(flipped, file: file)   // may read as another model; it must not trap
      flipped = bytes
      flipped.insert(0x80, at: n)
      _ = ModelCodec.decode(flipped, file: file)
    }
    // Every cut is refused (the reader must end exactly at the end).
    #expect(refused == (0..<bytes.count).filter { $0 % max(1, bytes.count / 200) == 0 }.count)
  }
}
