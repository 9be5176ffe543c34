import Synchronization
import WeifaBase
import WeifaSyntax

/// The documents being checked together: the files given, and the context documents (higher
/// law, the other documents of a bundle) that references may point into.
package struct Workspace: Sendable {
  package var charters: [Charter]
  /// Whether the document at each index is only context (not reported on).
  package var isContext: [Bool]
  private var byName: [String: Int] = [:]
  /// The documents of each document's bundle directory (itself included), computed once: checks
  /// ask for it per reference and per 案例.
  private var bundles: [[Int]] = []
  /// The amendment alignments made over this workspace's documents (WF8007, the 修订对照表), each
  /// pair built once: a memo, not state (the same answer whoever asks first).
  package let alignments = Alignment.Memo()
  /// The compositions of its bodies as read (`Composition`), each read once: a memo.
  package let compositions = CompositionMemo()
  /// Each document's rules by label and by name, for the 案例's targets: built once per document.
  package let ruleNames = RuleNameIndex()
  /// A set of names computed once per bundle (the names a bundle's conditions use, WF4005).
  package let bundleNames = BundleNames()
  /// Each document's `Scope`, built once: a memo.
  package let scopes = ScopeMemo()

  package init(charters: [Charter], isContext: [Bool]) {
    self.charters = charters
    self.isContext = isContext
    var byDirectory = [String: [Int]]()
    for (i, c) in charters.enumerated() {
      for n in c.names where byName[n] == nil { byName[n] = i }
      byDirectory[Workspace.directory(of: c.file.path), default: []].append(i)
    }
    bundles = charters.indices.map { byDirectory[Workspace.directory(of: charters[$0].file.path)] ?? [$0] }
  }

  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[..<slash])
  }

  /// The document a title or short name names: exact, or with/without 中华人民共和国.
  package func document(named name: String) -> Int? {
    if let i = byName[name] { return i }
    if name.hasPrefix("中华人民共和国"), let i = byName[String(name.dropFirst(7))] { return i }
    if let i = byName["中华人民共和国" + name] { return i }
    return nil
  }

  /// The directory of a document (its bundle).
  package func directory(_ i: Int) -> String { Workspace.directory(of: charters[i].file.path) }

  /// The documents of the same bundle directory as `i`, itself included.
  package func bundle(of i: Int) -> [Int] {
    i < bundles.count ? bundles[i] : charters.indices.filter { directory($0) == directory(i) }
  }

  /// The documents above `i`: those its `@上位` names, transitively, then the higher law loaded.
  package func higher(than i: Int) -> [Int] {
    var out = [Int]()
    var queue = charters[i].higher.compactMap { $0.document.flatMap(document(named:)) }
    while let d = queue.first {
      queue.removeFirst()
      if d == i || out.contains(d) { continue }
      out.append(d)
      queue += charters[d].higher.compactMap { $0.document.flatMap(document(named:)) }
    }
    return out
  }
}

/// What a check sees: the workspace and the document being checked. Checks append findings.
package struct CheckContext {
  package let workspace: Workspace
  package let index: Int
  package var diagnostics: [Diagnostic] = []
  /// Findings beyond `Limits.maxCheckDiagnostics`: how many, and where the first was.
  package var suppressed = 0
  package var firstSuppressed = TextRange(0, 0)
  package var charter: Charter { workspace.charters[index] }
  package var file: SourceFile { charter.file }

  package init(workspace: Workspace, index: Int) { self.workspace = workspace; self.index = index }

  package mutating func report(_ code: DiagnosticCode, _ range: TextRange, zh: String, en: String,
                               notes: [LocalizedText] = [], basis: [LegalCitation] = [], related: [(TextRange, LocalizedText)] = []) {
    if diagnostics.count >= Limits.maxCheckDiagnostics {
      if suppressed == 0 { firstSuppressed = range }
      suppressed += 1
      return
    }
    // Every diagnostic lies inside its file, whatever a check computed (text decoded from
    // invalid UTF-8 is longer than its bytes, so offsets measured in it can run past the end).
    let n = file.bytes.count
    func clamp(_ r: TextRange) -> TextRange {
      let lo = max(0, min(r.lower, n))
      return TextRange(lo, max(lo, min(r.upper, n)))
    }
    var d = Diagnostic(code, LocalizedText(zh: zh, en: en), file: file, range: clamp(range), notes: notes, basis: basis)
    d.related = related.map { (range: clamp($0.0), text: $0.1) }
    diagnostics.append(d)
  }
}

extension CheckContext {
  /// The one finding that stands for those beyond `Limits.maxCheckDiagnostics`.
  package var suppressedDiagnostic: Diagnostic? {
    guard suppressed > 0 else { return nil }
    return Diagnostic(InputIssues.limitExceeded,
                      .init(zh: "检查发现的问题过多：另有 \(suppressed) 个未列出（每个文件最多列出 \(Limits.maxCheckDiagnostics) 个）",
                            en: "too many findings: \(suppressed) more not listed (at most \(Limits.maxCheckDiagnostics) per file)"),
                      file: file, range: firstSuppressed)
  }
}

/// A semantic check: detection over the model, with its codes and their pages.
package protocol Check {
  static var codes: [DiagnosticCode] { get }
  static func run(_ ctx: inout CheckContext)
}

/// Laws, cited as the diagnostics cite them.
package enum Law {
  package static let villagers = "中华人民共和国村民委员会组织法"
  package static let residents = "中华人民共和国城市居民委员会组织法"
  package static let civil = "中华人民共和国民法典"
  package static let penalties = "中华人民共和国行政处罚法"
  package static let women = "中华人民共和国妇女权益保障法"
  package static let land = "中华人民共和国农村土地承包法"
  package static let collective = "中华人民共和国农村集体经济组织法"
  package static let mediation = "中华人民共和国人民调解法"
  package static let constitution = "中华人民共和国宪法"
  package static let relief = "社会救助暂行办法"
  package static let legislation = "中华人民共和国立法法"
  package static let personalInformation = "中华人民共和国个人信息保护法"
}

/// A set of names per bundle, computed once however many of its documents ask: a memo scoped to a
/// workspace, keyed by the bundle's documents.
package final class BundleNames: Sendable {
  private let sets = Mutex<[[Int]: Set<String>]>([:])
  package init() {}

  func names(_ bundle: [Int], _ compute: ([Int]) -> Set<String>) -> Set<String> {
    if let s = sets.withLock({ $0[bundle] }) { return s }
    let s = compute(bundle)
    sets.withLock { $0[bundle] = s }
    return s
  }
}

/// Each document's `Scope` (its names and its bundle's), built once per workspace whoever asks
/// first: a memo keyed by the document.
package final class ScopeMemo: Sendable {
  private let built = Mutex<[Int: Scope]>([:])
  package init() {}

  func scope(_ doc: Int, _ build: () -> Scope) -> Scope {
    if let s = built.withLock({ $0[doc] }) { return s }
    let s = build()
    built.withLock { all in if all[doc] == nil { all[doc] = s } }
    return s
  }
}
