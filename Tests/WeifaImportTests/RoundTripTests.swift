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
    let printed = analysis.render(format: .text, annotated: false, draft: true, lang: .zh)
    let want = Self.normalized(bytes), got = Self.normalized(Array(printed.utf8))
    if want != got {
      let k = (0..<min(want.count, got.count)).first { want[$0] != got[$0] } ?? min(want.count, got.count)
      Issue.record("\(txt) prints differently from line \(k + 1):\n  pasted:  \(k < want.count ? want[k] : "<end>")\n  printed: \(k < got.count ? got[k] : "<end>")")
    }
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
/// node that starts on the line, and the divisions around it.
struct TreeOutline {
  struct Entry { var role: String; var level: Int; var mark: String }
  var byLine = [Int: Entry]()

  init(_ tree: SyntaxTree) {
    let source = tree.source
    var entries = [Int: Entry]()
    func lineOf(_ offset: Int) -> Int { source.location(of: offset).line }
    func walk(_ n: SyntaxNode, divisions: Int, article: Int?, inPreamble: Bool, depth: Int) {
      let kind = n.kind
      var divisions = divisions, article = article, inPreamble = inPreamble
      switch kind {
      case .preamble: inPreamble = true
      case .part, .subPart, .chapter, .section: divisions += 1; inPreamble = false
      case .article: article = divisions + 1; inPreamble = false
      default: break
      }
      let line = lineOf(n.range.lower)
      let entry: Entry?
      switch kind {
      case .partHeading, .subPartHeading, .chapterHeading, .sectionHeading:
        entry = Entry(role: "heading", level: divisions, mark: Self.mark(n))
      case .articleHeading:
        entry = Entry(role: "article", level: article ?? divisions + 1, mark: Self.mark(n))
      case .item:
        entry = Entry(role: "item", level: (article ?? divisions + 1) + 1, mark: Self.mark(n))
      case .subitem:
        entry = Entry(role: "subitem", level: (article ?? divisions + 1) + 2, mark: Self.mark(n))
      case .paragraph:
        entry = Entry(role: inPreamble ? "preamble" : "paragraph", level: inPreamble ? 0 : article ?? divisions, mark: "-")
      default:
        entry = nil
      }
      // The first node to claim a line keeps it (an article's heading before its first paragraph).
      if let entry, entries[line] == nil, !n.range.isEmpty { entries[line] = entry }
      for c in n.childNodes { walk(c, divisions: divisions, article: article, inPreamble: inPreamble, depth: depth + 1) }
    }
    walk(tree.root, divisions: 0, article: nil, inPreamble: false, depth: 0)
    byLine = entries
  }

  /// The mark of a heading, article or item: its text up to the first prose or label.
  static func mark(_ n: SyntaxNode) -> String {
    var s = ""
    for c in n.children {
      switch c {
      case .token(let t):
        if t.kind == .prose || t.kind == .text { return s.isEmpty ? "-" : s }
        if !t.kind.isTrivia { s += t.text }
      case .node(let m):
        if m.kind == .label || m.kind == .proseText || m.kind == .paragraph || m.kind == .title { return s.isEmpty ? "-" : s }
        s += m.significantText
      }
    }
    return s.isEmpty ? "-" : s
  }

  func entry(line: Int) -> Entry { byLine[line] ?? Entry(role: "none", level: 0, mark: "-") }
}
