import Foundation
import Testing
import WeifaTestSupport
import WeifaBase
import WeifaDriver

/// The precision/recall corpus of the legality checker (WF6001–WF6011, LAW.md §9.5).
///
/// `Tests/Fixtures/legality/lawful.weifa` holds lawful clauses, many of which *mention* fines,
/// 停水停电, 低保, 出嫁女, 子女, 婚姻 or 调解 in lawful ways; none may raise a WF6xxx.
/// `Tests/Fixtures/legality/unlawful.weifa` holds unlawful clauses; the comment line
/// `# expect: WF60xx` just before an article names the one code that article must raise.
/// An article is its `第X条` line and every line after it up to the next article, so the
/// `@` rules under an article (structured 后果, 主体, 条件, 职责, 依据) count for that article.
///
/// "A false alarm on a lawful clause is as bad as a miss": a code raised on an article that does
/// not expect it is a false positive of that code, wherever the article is. Per-code precision
/// and recall are printed by `precisionAndRecall()` so they can be quoted.
@Suite struct LegalityCorpusTests {
  static let directory = "Tests/Fixtures/legality"
  static let legalityCodes = ["WF6001", "WF6002", "WF6003", "WF6004", "WF6005", "WF6006",
                              "WF6007", "WF6008", "WF6009", "WF6010", "WF6011", "WF6012", "WF6013", "WF6014", "WF6015", "WF6016", "WF6017", "WF6018"]

  /// One article of a corpus file and the legality codes raised on its lines.
  struct Article: Sendable {
    let file: String
    /// 1-based line of the `第X条` line.
    let line: Int
    let text: String
    /// The code named by `# expect:` (unlawful corpus), nil for a lawful article.
    let expected: String?
    /// Codes a `# also:` line allows beside it: a clause that sets two measures (a marriage
    /// restriction enforced by refusing a certificate raises WF6008 and WF6012).
    var also: Set<String> = []
    var raised: Set<String> = []

    var place: String { "\(file):\(line)" }
  }

  struct Corpus: Sendable {
    var articles: [Article] = []
    /// Diagnostics that are not WF6xxx, or that fall before the first article.
    var stray: [String] = []
    /// `# expect:` lines not followed by an article.
    var danglingExpectations: [Int] = []
  }

  /// `第十二条…`, `第一百零一条…`: an article heading line.
  static func isArticleLine(_ line: String) -> Bool {
    guard line.hasPrefix("第") else { return false }
    let numerals = Set("零〇一二三四五六七八九十百千")
    var rest = line.dropFirst()
    var count = 0
    while let c = rest.first, numerals.contains(c) {
      rest = rest.dropFirst()
      count += 1
    }
    return count > 0 && rest.first == "条"
  }

  static func load(_ name: String, in directory: String = directory) -> Corpus {
    let path = "\(directory)/\(name)"
    let bytes = readBytes(path)
    let source = SourceFile(path: path, bytes: bytes)
    var corpus = Corpus()
    var pending: (code: String, line: Int)?
    var also = Set<String>()
    for i in source.lineStarts.indices {
      let line = source.text(source.lineRange(i))
      if line.hasPrefix("# also:") {
        for c in line.dropFirst("# also:".count).split(separator: ",") { also.insert(c.trimmingCharacters(in: .whitespaces)) }
        continue
      }
      if line.hasPrefix("# expect:") {
        if let p = pending { corpus.danglingExpectations.append(p.line) }
        pending = (line.dropFirst("# expect:".count).trimmingCharacters(in: .whitespaces), i + 1)
        continue
      }
      if isArticleLine(line) {
        corpus.articles.append(Article(file: path, line: i + 1, text: line, expected: pending?.code, also: also))
        pending = nil
        also = []
      }
    }
    if let p = pending { corpus.danglingExpectations.append(p.line) }

    let analysis = Analysis(files: [InputFile(path: path, bytes: bytes)])
    for d in analysis.diagnostics {
      let line = d.file.lineIndex(of: d.range.lower) + 1
      let described = "\(path):\(line) \(d.code.id) \(d.message.zh)"
      guard d.code.id.hasPrefix("WF6") else { corpus.stray.append(described); continue }
      guard let k = corpus.articles.lastIndex(where: { $0.line <= line }) else { corpus.stray.append(described); continue }
      corpus.articles[k].raised.insert(d.code.id)
    }
    return corpus
  }

  static let lawful = load("lawful.weifa")
  static let unlawful = load("unlawful.weifa")

  // MARK: - The fixtures are what they claim to be

  @Test func fixturesAreCleanDocuments() {
    #expect(Self.lawful.articles.count >= 100, "the lawful corpus has only \(Self.lawful.articles.count) articles")
    #expect(Self.unlawful.articles.count >= 100, "the unlawful corpus has only \(Self.unlawful.articles.count) articles")
    // Only legality findings: no syntax, numbering or name errors that would blur the measure.
    #expect(Self.lawful.stray.isEmpty, "lawful.weifa: \(Self.lawful.stray.joined(separator: "\n"))")
    #expect(Self.unlawful.stray.isEmpty, "unlawful.weifa: \(Self.unlawful.stray.joined(separator: "\n"))")
    for a in Self.lawful.articles {
      #expect(a.expected == nil, "\(a.place) a lawful article carries an expectation")
    }
    #expect(Self.unlawful.danglingExpectations.isEmpty, "expectations not followed by an article at lines \(Self.unlawful.danglingExpectations)")
    for a in Self.unlawful.articles {
      #expect(a.expected.map { Self.legalityCodes.contains($0) } == true,
              "\(a.place) needs one `# expect: WF60xx` line naming a legality code, has \(a.expected ?? "none")")
    }
  }

  // MARK: - Precision: nothing on lawful clauses

  @Test func lawfulClausesRaiseNothing() {
    for a in Self.lawful.articles {
      #expect(a.raised.isEmpty, "false alarm \(a.raised.sorted().joined(separator: ", ")) at \(a.place): \(a.text)")
    }
  }

  // MARK: - Recall: each unlawful clause raises its code, and only it

  @Test func unlawfulClausesRaiseTheirCode() {
    for a in Self.unlawful.articles {
      guard let code = a.expected else { continue }
      #expect(a.raised.contains(code), "missed \(code) at \(a.place) (raised \(a.raised.sorted())): \(a.text)")
    }
  }

  @Test func unlawfulClausesRaiseNoOtherLegalityCode() {
    for a in Self.unlawful.articles {
      let expected: Set<String> = a.expected.map { [$0] } ?? []
      let extra = a.raised.subtracting(expected).subtracting(a.also)
      #expect(extra.isEmpty, "false alarm \(extra.sorted().joined(separator: ", ")) at \(a.place) (expected \(a.expected ?? "-")): \(a.text)")
    }
  }

  // MARK: - The figures

  struct Score: Sendable {
    var clauses = 0, truePositives = 0, falsePositives = 0, falseNegatives = 0
    var precision: Double? { truePositives + falsePositives == 0 ? nil : Double(truePositives) / Double(truePositives + falsePositives) }
    var recall: Double? { truePositives + falseNegatives == 0 ? nil : Double(truePositives) / Double(truePositives + falseNegatives) }
  }

  /// Per-code confusion counts over both corpora, counted per article (several findings of one
  /// code on one article count once).
  static func scores() -> [String: Score] {
    var s = Dictionary(uniqueKeysWithValues: legalityCodes.map { ($0, Score()) })
    for a in lawful.articles + unlawful.articles {
      let expected: Set<String> = a.expected.map { [$0] } ?? []
      for c in expected { s[c, default: Score()].clauses += 1 }
      for c in a.raised.intersection(expected) { s[c, default: Score()].truePositives += 1 }
      for c in a.raised.subtracting(expected) { s[c, default: Score()].falsePositives += 1 }
      for c in expected.subtracting(a.raised) { s[c, default: Score()].falseNegatives += 1 }
    }
    return s
  }

  static func percent(_ x: Double?) -> String {
    guard let x else { return "   —  " }
    return String(format: "%5.1f%%", x * 100)
  }

  static func padded(_ n: Int, _ width: Int) -> String {
    let t = String(n)
    return String(repeating: " ", count: max(0, width - t.count)) + t
  }

  static func row(_ code: String, _ x: Score) -> String {
    "\(code)  \(padded(x.clauses, 7)) \(padded(x.truePositives, 3)) \(padded(x.falsePositives, 3)) \(padded(x.falseNegatives, 3))"
      + "    \(percent(x.precision))   \(percent(x.recall))\n"
  }

  /// Prints the table; fails only if the corpus could not be read.
  @Test func precisionAndRecall() {
    let s = Self.scores()
    var total = Score()
    var out = "Legality corpus: \(Self.lawful.articles.count) lawful articles, \(Self.unlawful.articles.count) unlawful articles\n"
    out += "code     clauses  TP  FP  FN  precision  recall\n"
    for c in Self.legalityCodes {
      let x = s[c] ?? Score()
      total.clauses += x.clauses; total.truePositives += x.truePositives
      total.falsePositives += x.falsePositives; total.falseNegatives += x.falseNegatives
      out += Self.row(c, x)
    }
    out += Self.row("all   ", total)
    let clean = Self.lawful.articles.filter { $0.raised.isEmpty }.count
    out += "lawful articles with no legality finding: \(clean)/\(Self.lawful.articles.count)\n"
    for a in Self.lawful.articles + Self.unlawful.articles {
      let expected: Set<String> = a.expected.map { [$0] } ?? []
      for c in a.raised.subtracting(expected).sorted() { out += "FALSE ALARM \(a.place) expected \(a.expected ?? "-") got \(c): \(a.text)\n" }
      for c in expected.subtracting(a.raised).sorted() {
        out += "MISS        \(a.place) expected \(c) got \(a.raised.isEmpty ? "-" : a.raised.sorted().joined(separator: ",")): \(a.text)\n"
      }
    }
    print(out)
    #expect(!Self.lawful.articles.isEmpty && !Self.unlawful.articles.isEmpty)
  }
}
