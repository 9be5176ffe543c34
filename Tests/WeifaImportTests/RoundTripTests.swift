import Foundation
import Testing
import WeifaBase
import WeifaDriver
import WeifaSyntax
import WeifaTestSupport

/// Imported source is Weifa: it parses without a syntax error, `weifa build --to text` prints the
/// pasted text back (the faithful default; trailing white space per line and trailing blank lines
/// aside), and the parser understands each printed line as the recogniser read it — the golden
/// `NN-name.outline` beside each fixture records that understanding, from the syntax tree
/// (`UPDATE_GOLDEN=1` rewrites them).
/// Whether the parser knows the layout extension (/work/layout-spec.md): the tests below need it.
let layoutLanguage = DirectiveKeyword(rawValue: "编号") != nil

@Suite(.enabled(if: layoutLanguage, "the parser side of the layout extension (@编号, structure lines, @落款, faithful text) has not landed"))
struct RoundTripTests {

  /// Lines without trailing white space, without a BOM or CRs, trailing blank lines dropped.
  static func normalized(_ bytes: [UInt8]) -> [String] {
    var b = bytes[...]
    if b.starts(with: [0xEF, 0xBB, 0xBF]) { b = b.dropFirst(3) }
    var lines = b.split(separator: 0x0A, omittingEmptySubsequences: false).map { line -> String in
      var l = line[...]
      while let last = l.last, last == 0x0D || last == 0x20 || last == 0x09 { l = l.dropLast() }
      var s = String(decoding: l, as: UTF8.self)
      while s.hasSuffix("\u{3000}") { s.removeLast() }
      return s
    }
    while lines.last == "" { lines.removeLast() }
    return lines
  }

  static func weifaPath(_ txt: String) -> String { String(txt.dropLast(4)) + ".weifa" }

  @Test(arguments: LayoutFixtures.tuning())
  func parsesWithoutSyntaxErrors(_ txt: String) {
    let r = TextImport.run(readBytes(txt))
    let parsed = Parser.parse(SourceFile(path: Self.weifaPath(txt), bytes: r.source))
    let errors = parsed.diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty {
      let source = SourceFile(path: "", bytes: r.source)
      let first = errors.prefix(3).map { "\($0.code.id) line \(source.location(of: $0.range.lower).line): \($0.message.zh)" }
      Issue.record(Comment(rawValue: "\(txt): \(errors.count) syntax errors: " + first.joined(separator: "; ")))
    }
  }

  @Test(arguments: LayoutFixtures.tuning())
  func printsAsPasted(_ txt: String) {
    let bytes = readBytes(txt)
    let r = TextImport.run(bytes)
    let analysis = Analysis(files: [InputFile(path: Self.weifaPath(txt), bytes: r.source)])
    let printed = analysis.render(format: .text, annotated: false, draft: false, lang: .zh)
    let want = Self.normalized(bytes), got = Self.normalized(Array(printed.utf8))
    if want != got {
      let k = (0..<min(want.count, got.count)).first { want[$0] != got[$0] } ?? min(want.count, got.count)
      Issue.record("\(txt) prints differently from line \(k + 1):\n  pasted:  \(k < want.count ? want[k] : "<end>")\n  printed: \(k < got.count ? got[k] : "<end>")")
    }
  }

  /// How much of the hand-made structure survives the import as the parser reads it: each
  /// fixture line's role, level and mark from the syntax tree of the imported source against the
  /// `.expect`. What the language cannot say yet is the difference (a subtitle is preamble prose;
  /// adoption records and notes after the last article are its paragraphs; an article among
  /// headings stays inside the heading above it).
  @Test func theParserReadsTheImportAsAnnotated() {
    var total = 0, agree = 0
    var misses = [String: Int]()
    for txt in LayoutFixtures.tuning() {
      let bytes = readBytes(txt)
      let r = TextImport.run(bytes)
      let outline = TreeOutline(Parser.parse(SourceFile(path: Self.weifaPath(txt), bytes: r.source)).tree)
      for e in LayoutFixtures.expectations(txt) {
        total += 1
        let got = outline.entry(line: r.lineMap.indices.contains(e.line - 1) ? r.lineMap[e.line - 1] : 0)
        // Adoption records and notes after the last article stand in the closing block (@落款)
        // with the signature: the language has one place for all that belongs to no article.
        let closing = got.role == "signature" && ["adoption", "other", "signature"].contains(e.role)
        if (got.role == e.role || closing) && got.level == e.level && got.mark == e.mark { agree += 1 } else { misses["\(e.role) → \(got.role)", default: 0] += 1 }
      }
    }
    print("the parser reads the imported source as annotated on \(agree)/\(total) lines (\(RecognizerScoreTests.percent(agree, total))); the rest: " + misses.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
    #expect(agree * 1000 >= total * 975, "\(agree)/\(total)")
  }

  @Test(arguments: LayoutFixtures.tuning())
  func outlineAsTheParserReadsIt(_ txt: String) {
    let bytes = readBytes(txt)
    let r = TextImport.run(bytes)
    let tree = Parser.parse(SourceFile(path: Self.weifaPath(txt), bytes: r.source)).tree
    let outline = TreeOutline(tree)
    var out = ""
    for l in r.layout.lines {
      let line = r.lineMap.indices.contains(l.number - 1) ? r.lineMap[l.number - 1] : 0
      let e = outline.entry(line: line)
      out += "\(l.number)\t\(e.role)\t\(e.level)\t\(e.mark)\n"
    }
    checkGolden(out, String(txt.dropLast(4)) + ".outline")
  }
}

/// Each source line's role, level and mark as the syntax tree has them: the innermost line-sized
/// node that starts on the line, and the divisions around it. The title is the first prose line
/// of the preamble when it is the `@标题` (the title rule); an article with no heading is a
/// verse line (`条：每行`); the paragraphs after `@落款` are the signature.
struct TreeOutline {
  struct Entry { var role: String; var level: Int; var mark: String }
  var byLine = [Int: Entry]()

  init(_ tree: SyntaxTree) {
    let source = tree.source
    var entries = [Int: Entry]()
    var title: String?
    var titleSeen = false
    let everyLine = tree.root.preorder().contains { $0.kind == .numberingHead && $0.text.contains("每行") }
    func lineOf(_ offset: Int) -> Int { source.location(of: offset).line }
    func walk(_ n: SyntaxNode, divisions: Int, article: Int?, context: SyntaxKind?) {
      var divisions = divisions, article = article, context = context
      switch n.kind {
      case .preamble, .signatureBlock: context = n.kind
      case .part, .subPart, .chapter, .section: divisions += 1; context = nil
      case .article: article = divisions + 1; context = n.kind
      case .directive:
        if n.token(.directiveKeyword)?.text == "标题", let head = n.child(.directiveHead) { title = head.significantText }
        return
      default: break
      }
      let line = lineOf(n.range.lower)
      var entry: Entry?
      switch n.kind {
      case .partHeading, .subPartHeading, .chapterHeading, .sectionHeading:
        entry = Entry(role: "heading", level: divisions, mark: Self.mark(n))
      case .articleHeading:
        // `@条 讲文明，…` opening the verse of a `条：每行` charter is a verse line too.
        let verse = everyLine && Self.mark(n) == "-" && n.child(.structureLine) != nil
        entry = Entry(role: verse ? "verse" : "article", level: article ?? divisions + 1, mark: Self.mark(n))
      case .item:
        entry = Entry(role: "item", level: (article ?? divisions + 1) + 1, mark: Self.mark(n))
      case .subitem:
        entry = Entry(role: "subitem", level: (article ?? divisions + 1) + 2, mark: Self.mark(n))
      case .paragraph:
        switch context {
        case .preamble?:
          let isTitle = !titleSeen && title.map { $0.filter { !$0.isWhitespace } == n.significantText.filter { !$0.isWhitespace } } == true
          if n.child(.structureLine) == nil { titleSeen = true }
          entry = Entry(role: isTitle ? "title" : "preamble", level: 0, mark: "-")
        case .signatureBlock?: entry = Entry(role: "signature", level: 0, mark: "-")
        case .article?:
          // A paragraph that opens an article with no heading: a verse line.
          entry = Entry(role: entries[line] == nil && n.range.lower == Self.firstByte(ofArticleAround: n, tree) ? "verse" : "paragraph", level: article ?? divisions, mark: "-")
        default: entry = Entry(role: "paragraph", level: divisions, mark: "-")
        }
      default: break
      }
      // The first node to claim a line keeps it (an article's heading before its first paragraph).
      if let entry, entries[line] == nil, !n.range.isEmpty { entries[line] = entry }
      for c in n.childNodes { walk(c, divisions: divisions, article: article, context: context) }
    }
    walk(tree.root, divisions: 0, article: nil, context: nil)
    byLine = entries
  }

  /// Where the article holding paragraph `p` starts (the paragraph itself when it has no heading).
  static func firstByte(ofArticleAround p: SyntaxNode, _ tree: SyntaxTree) -> Int {
    for n in tree.root.preorder() where n.kind == .article && n.range.lower <= p.range.lower && p.range.upper <= n.range.upper {
      if n.child(.articleHeading) == nil { return n.range.lower }
      return -1
    }
    return -1
  }

  /// The mark of a heading, article or item as written: a `Mark`, or `第三章`, `（一）`, `1.`;
  /// a structure line's `@条 ` is not part of it.
  static func mark(_ n: SyntaxNode) -> String {
    var s = ""
    for c in n.children {
      switch c {
      case .token(let t):
        if t.kind == .prose || t.kind == .text { return s.isEmpty ? "-" : s }
        if !t.kind.isTrivia { s += t.text }
      case .node(let m):
        if m.kind == .structureLine { continue }
        if m.kind == .mark { return m.significantText }
        if m.kind == .label || m.kind == .proseText || m.kind == .paragraph || m.kind == .title { return s.isEmpty ? "-" : s }
        s += m.significantText
      }
    }
    return s.isEmpty ? "-" : s
  }

  func entry(line: Int) -> Entry { byLine[line] ?? Entry(role: "none", level: 0, mark: "-") }
}

/// The round trip holds on every plain-text charter the repository has, not only those the
/// recogniser was tuned on: the held-out fixtures (their structure is scored elsewhere, only when
/// asked; printing back needs no annotation) and the texts of the real-layout Codes/ charters.
/// Each Codes/ charter in a real layout also prints as its text.
@Suite struct EveryTextRoundTrips {
  static func texts(_ sub: String) -> [String] {
    let rel = LayoutFixtures.directory + "/" + sub
    let names = (try? FileManager.default.contentsOfDirectory(atPath: repoRoot.appendingPathComponent(rel).path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().map { rel + "/" + $0 }
  }

  static let all = texts("heldout") + texts("codes")

  @Test func thereAreTexts() { #expect(Self.texts("codes").count >= 8 && Self.texts("heldout").count >= 30) }

  @Test(arguments: all)
  func importThenPrintGivesTheText(_ txt: String) {
    let bytes = readBytes(txt)
    let r = TextImport.run(bytes)
    let analysis = Analysis(files: [InputFile(path: RoundTripTests.weifaPath(txt), bytes: r.source)])
    #expect(analysis.diagnostics.filter { $0.severity == .error && $0.code.id.hasPrefix("WF1") }.isEmpty, "\(txt): syntax errors after import")
    let printed = analysis.render(format: .text, annotated: false, draft: false, lang: .zh)
    let want = RoundTripTests.normalized(bytes), got = RoundTripTests.normalized(Array(printed.utf8))
    let k = (0..<min(want.count, got.count)).first { want[$0] != got[$0] } ?? min(want.count, got.count)
    #expect(want == got, "\(txt) prints differently from line \(k + 1): «\(k < want.count ? want[k] : "<end>")» vs «\(k < got.count ? got[k] : "<end>")»")
  }

  /// Codes/ charters whose title is a codes/ text's first line print as that text.
  @Test(arguments: texts("codes"))
  func codesCharterPrintsAsItsText(_ txt: String) throws {
    let want = RoundTripTests.normalized(readBytes(txt))
    let title = try #require(want.first).trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{3000}")))
    // The charter itself, not an amended version kept in a folder below it (Codes/荇洲村/修订/).
    let charter = try #require(codesFiles().filter { path in
      String(decoding: readBytes(path), as: UTF8.self).split(separator: "\n").contains { $0 == "@标题 " + title }
    }.min { $0.split(separator: "/").count < $1.split(separator: "/").count }, "no Codes/ charter titled \(title)")
    let loader = Loader(repository)
    let (files, context) = try #require(loader.book(charter))
    let printed = Analysis(files: files, context: context, siblings: loader.siblings).render(format: .text, annotated: false, draft: false, lang: .zh)
    #expect(RoundTripTests.normalized(Array(printed.utf8)) == want, "\(charter) does not print as \(txt)")
  }
}
