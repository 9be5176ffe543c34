import WeifaBase
import WeifaSemantics

/// A run of printed prose: plain text, or a reference printed as resolved.
package enum Inline: Sendable, Equatable {
  case text(String)
  /// A reference: what is printed, what the drafter wrote, and the article it points to when
  /// that article is printed in the same book (charter index, article index).
  case ref(printed: String, written: String, target: ArticleTarget?)

  package var plain: String {
    switch self {
    case .text(let s): return s
    case .ref(let p, _, _): return p
    }
  }
}

/// An article of some document of the workspace.
package struct ArticleTarget: Sendable, Hashable {
  package var charter: Int
  package var article: Int
}

extension Array where Element == Inline {
  package var plain: String { map(\.plain).joined() }
}

/// Prints references in prose as resolved: 【条标】 becomes 第X条 (《文件》第X条 when the label lives
/// in another document of the bundle), a number cited by the drafter becomes the number the
/// article has now, and 第（三）项 becomes 第三项. What cannot be resolved prints as written.
package struct ReferencePrinter {
  let workspace: Workspace
  let charterIndex: Int
  /// Print references as written, except those left to Weifa (`ReferencePrinter.leftToWeifa`);
  /// the renumbered form is for `--typeset`.
  var faithful = false

  package init(workspace: Workspace, charterIndex: Int, faithful: Bool = false) {
    self.workspace = workspace
    self.charterIndex = charterIndex
    self.faithful = faithful
  }

  /// Whether a reference as written asks Weifa for its number: one by label alone (【宗旨】) or
  /// by a number written ？.
  package static func leftToWeifa(_ written: String) -> Bool {
    written.contains("？") || written.contains("?") || (written.contains("【") && !written.contains("第"))
  }

  var charter: Charter { workspace.charters[charterIndex] }

  /// The prose `text` that stands at `span` (excluding `holes`, e.g. the sub-items of an item),
  /// with the references inside it printed as resolved.
  package func inlines(_ text: String, span: TextRange, excluding holes: [TextRange] = []) -> [Inline] {
    let refs = charter.references
      .filter { $0.inProse && $0.span.lower >= span.lower && $0.span.upper <= span.upper && !$0.span.isEmpty }
      .filter { r in !holes.contains { $0.lower <= r.span.lower && r.span.upper <= $0.upper } }
      .sorted { $0.span.lower < $1.span.lower }
    guard !refs.isEmpty else { return text.isEmpty ? [] : [.text(text)] }
    var out = [Inline]()
    var rest = Substring(text)
    var previousRef: (printed: String, target: ArticleTarget?)? = nil
    for ref in refs {
      let written = charter.file.text(ref.span)
      guard !written.isEmpty, let r = rest.firstRange(of: written) else { continue }
      let before = String(rest[rest.startIndex..<r.lowerBound])
      var (printed, target) = print(ref, written: written)
      if faithful && !ReferencePrinter.leftToWeifa(written) { printed = written }
      if before.isEmpty, let prev = previousRef, ref.label != nil, ref.ordinals.isEmpty {
        // 【甲】【乙】 side by side: 第三十条、第三十二条, and once only when both are the same article.
        if prev.printed == printed { rest = rest[r.upperBound...]; continue }
        out.append(.text("、"))
      } else if !before.isEmpty {
        out.append(.text(before))
      }
      out.append(.ref(printed: printed, written: written, target: target))
      previousRef = (printed, target)
      rest = rest[r.upperBound...]
    }
    if !rest.isEmpty { out.append(.text(String(rest))) }
    return out
  }

  /// The printed form of one reference and the article it lands on.
  package func print(_ ref: Ref, written: String) -> (String, ArticleTarget?) {
    // 前款, 本条 … print as written: they stay right when articles move.
    if ref.relative != nil { return (written, nil) }
    let writtenTitle = written.hasPrefix("《")
    var doc = charterIndex
    if let title = ref.document {
      guard let d = workspace.document(named: title) else { return (normalized(written), nil) }
      doc = d
    }
    let target = workspace.charters[doc]
    let prefix = writtenTitle ? (ref.document.map { "《\($0)》" } ?? "") : ""
    if ref.ordinals.isEmpty {
      guard let label = ref.label else { return (written, nil) }
      guard let (d, a) = articleOfLabel(label, in: doc, searchBundle: ref.document == nil) else { return (written, nil) }
      let title = workspace.charters[d].title
      let docPart: String
      if !prefix.isEmpty { docPart = prefix } else if d != charterIndex, let title { docPart = "《\(title)》" } else { docPart = "" }
      return (docPart + StatuteNumber.article(workspace.charters[d].articles[a].number), ArticleTarget(charter: d, article: a))
    }
    // Higher law keeps the numbers it was enacted with.
    if target.isHigherLaw { return (normalized(written), nil) }
    // The ordinals the drafter wrote (a list such as 第一项、第四项 inherits the article of the first).
    let shownCount = max(1, min(ref.ordinals.count, writtenOrdinalCount(written)))
    let shown = ref.ordinals.suffix(shownCount)
    var articleIndex: Int? = nil
    if let label = ref.label, let (d, a) = articleOfLabel(label, in: doc, searchBundle: false), d == doc {
      articleIndex = a
    } else if let o = ref.ordinals.first(where: { $0.unit == "条" }), ref.anchor == nil {
      articleIndex = target.article(numbered: o.number, near: doc == charterIndex ? ref.span.lower : nil)
    }
    var s = prefix
    for o in shown {
      if o.unit == "条", let a = articleIndex {
        s += StatuteNumber.article(target.articles[a].number)
      } else {
        s += StatuteNumber.cite(o.unit, o.number)
      }
    }
    let landed = articleIndex.map { ArticleTarget(charter: doc, article: $0) }
    return (s, landed)
  }

  /// The article a label names, or the article that holds the directive it names. Searches the
  /// document, then (when the reference names no document) the rest of its bundle.
  func articleOfLabel(_ label: String, in doc: Int, searchBundle: Bool) -> (Int, Int)? {
    if let a = Self.article(of: label, in: workspace.charters[doc]) { return (doc, a) }
    guard searchBundle else { return nil }
    for d in workspace.bundle(of: doc) where d != doc {
      if let a = Self.article(of: label, in: workspace.charters[d]) { return (d, a) }
    }
    return nil
  }

  package static func article(of label: String, in c: Charter) -> Int? {
    guard let t = c.labels[label] else { return nil }
    let a: Int?
    switch t {
    case .article(let i): a = i
    case .rule(let i): a = c.rules.indices.contains(i) ? c.rules[i].location.article : nil
    case .body(let i): a = c.bodies.indices.contains(i) ? c.bodies[i].location.article : nil
    case .matter(let i): a = c.matters.indices.contains(i) ? c.matters[i].location.article : nil
    case .procedure(let i): a = c.procedures.indices.contains(i) ? c.procedures[i].location.article : nil
    case .rating(let i): a = c.ratings.indices.contains(i) ? c.ratings[i].location.article : nil
    case .publicity(let i): a = c.publicities.indices.contains(i) ? c.publicities[i].location.article : nil
    case .example(let i): a = c.cases.indices.contains(i) ? c.cases[i].location.article : nil
    case .other: a = nil
    }
    guard let a, c.articles.indices.contains(a) else { return nil }
    return a
  }

  /// How many 第X… ordinals the written text holds after any 《title》.
  func writtenOrdinalCount(_ written: String) -> Int {
    let tail = written.lastIndex(of: "》").map { written[written.index(after: $0)...] } ?? Substring(written)
    let beforeLabel = tail.split(separator: "【", maxSplits: 1, omittingEmptySubsequences: false).first ?? tail
    return beforeLabel.filter { $0 == "第" }.count
  }

  /// 第（三）项 → 第三项, the only change made to a reference that is otherwise printed as written.
  func normalized(_ written: String) -> String {
    guard written.contains("（") || written.contains("(") else { return written }
    var out = ""
    let chars = Array(written)
    var i = 0
    while i < chars.count {
      if chars[i] == "第", i + 1 < chars.count, chars[i + 1] == "（" || chars[i + 1] == "(" {
        if let close = chars[(i + 2)...].firstIndex(where: { $0 == "）" || $0 == ")" }) {
          out.append("第")
          out += String(chars[(i + 2)..<close])
          i = close + 1
          continue
        }
      }
      out.append(chars[i])
      i += 1
    }
    return out
  }
}
