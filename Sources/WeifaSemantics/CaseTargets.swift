import Synchronization
import WeifaBase

// What a 案例 names — the rules of 适用/不适用, the body of a vote, the matter routed, the rating
// graded — resolved in one place, so that `weifa check` (WF3003) finds exactly what `weifa test`
// (`CaseRunner`) would not.

/// What a 案例 tests, from the fields it gives.
package enum CaseKind: String, Sendable {
  case person = "人员", vote = "表决", routing = "路由", grading = "评定"
  /// A decision question (issue 13): a 机构 with 事实 named as `weifa decide --fact` names them
  /// (提议人数 = 120, 通知日期 = 2025-03-01 …) and the 结果 in the words of the answer (应当召集, 期限不足).
  case question = "决定问题"
}

extension Case {
  package var kind: CaseKind {
    if !rating.isEmpty { return .grading }
    if !body.isEmpty && !facts.isEmpty { return .question }
    if !body.isEmpty || present != nil || yes != nil { return .vote }
    if !matter.isEmpty && facts.isEmpty { return .routing }
    return .person
  }

  /// The words a vote case's 结果 may use for a decision that stands, and for one that does not.
  package static let passWords: Set<String> = ["成立", "通过", "有效", "是"]
  package static let failWords: Set<String> = ["不成立", "不通过", "无效", "否", "未通过"]
  /// The words a grading case's 结果 may use for no level.
  package static let noLevelWords: Set<String> = ["无", "不评级", "不评星", "无等级"]
}

extension Rule {
  /// The labels that name a rule: its own, and its article's.
  package func labels(in c: Charter) -> Set<String> {
    var s = Set<String>()
    if let l = label { s.insert(l) }
    if let a = location.article, a < c.articles.count, let l = c.articles[a].label { s.insert(l) }
    return s
  }

  /// The words a 案例 may name a rule by besides a label: its head text (`@享有 高龄补贴；…`),
  /// its 行为 and its 内容, as written.
  package var names: [String] { [head, act, content].compactMap { $0 }.filter { !$0.isEmpty } }
}

/// An article cited as printed: 第二条, 第2条, 第二条第一款 (traditional 條 too).
package struct ArticleCitation: Sendable, Equatable {
  package var article: Int
  package var paragraph: Int?

  package init?(_ text: String) {
    var s = Substring(String(text.compactMap { $0 == " " || $0 == "\u{3000}" ? nil : $0 == "條" ? "条" : $0 }))
    guard s.hasPrefix("第"), let tiao = s.firstIndex(of: "条") else { return nil }
    guard let a = ChineseNumeral.parse(s[s.index(after: s.startIndex)..<tiao]) else { return nil }
    article = a
    s = s[s.index(after: tiao)...]
    if s.isEmpty { paragraph = nil; return }
    guard s.hasPrefix("第"), s.hasSuffix("款"), s.count > 2, let p = ChineseNumeral.parse(s.dropFirst().dropLast()) else { return nil }
    paragraph = p
  }

  package var text: String { "第\(ChineseNumeral.format(article))条" + (paragraph.map { "第\(ChineseNumeral.format($0))款" } ?? "") }
}

/// The rules a 案例's 适用 or 不适用 entry names, or why there are none.
package struct RuleNaming: Sendable {
  package enum Problem: Sendable, Equatable {
    /// Nothing of that label or name.
    case notFound
    /// The label exists but names no rule (an article without rules, a body, a case …).
    case labelWithoutRules
    /// The document has no article of that number.
    case noSuchArticle
    /// The article has no paragraph of that number.
    case noSuchParagraph(article: Int)
    /// The article (or paragraph) exists but carries no rule.
    case articleWithoutRules(article: Int)
  }
  package var rules: [(document: Int, rule: Int)] = []
  package var problem: Problem?
}

extension Workspace {
  /// The documents a case, a query or a decision looks in for a body or a matter: the document,
  /// its bundle, the documents above it, then the higher law loaded.
  package func lookupOrder(from doc: Int) -> [Int] {
    [doc] + bundle(of: doc).filter { $0 != doc } + higher(than: doc) + charters.indices.filter { charters[$0].isHigherLaw }
  }

  /// The body named `name` (or labelled so) as declared in `doc`, its bundle, the documents above it or the higher law.
  package func body(named name: String, from doc: Int) -> (Body, Int)? {
    for d in lookupOrder(from: doc) { if let b = charters[d].bodies.first(where: { $0.name == name || $0.label == name }) { return (b, d) } }
    return nil
  }

  /// The matter named `name` (or labelled so), looked up as `body(named:from:)`.
  package func matter(named name: String, from doc: Int) -> (Matter, Int)? {
    for d in lookupOrder(from: doc) { if let m = charters[d].matters.first(where: { $0.name == name || $0.label == name }) { return (m, d) } }
    return nil
  }

  /// The rating named `name` (or labelled so) in `doc` or its bundle.
  package func rating(named name: String, from doc: Int) -> (Rating, Int)? {
    for d in [doc] + bundle(of: doc).filter({ $0 != doc }) {
      if let r = charters[d].ratings.first(where: { $0.name == name || $0.label == name }) { return (r, d) }
    }
    return nil
  }

  /// The rules a 案例 of document `doc` names with `n`, in this order: by label (the rule's own or
  /// its article's, 【高龄补贴】 or 高龄补贴); then, for a name without 【】, by article as
  /// printed in the case's document (第二条, 第二条第一款: every rule written under it); then by
  /// the rule's head, 行为 or 内容 (高龄补贴). Labels and names are looked up in the case's own
  /// document first, then in its bundle.
  package func rules(namedBy n: NameRef, from doc: Int) -> RuleNaming {
    let docs = [doc] + bundle(of: doc).filter { $0 != doc }
    // The rules of each document under a label or a name, from its index (`RuleNameIndex`, built
    // once per document: this runs for every target of every 案例), in rule order.
    func search(_ key: String, byLabel: Bool) -> [(document: Int, rule: Int)] {
      var all = [(document: Int, rule: Int)]()
      let key = HashedName(key)   // hashed once for every document's index
      for d in docs {
        let index = ruleNames.index(d, charters[d])
        for i in (byLabel ? index.byLabel[key] : index.byName[key]) ?? [] { all.append((d, i)) }
      }
      let own = all.filter { $0.document == doc }
      return own.isEmpty ? all : own
    }
    let label = n.label ?? n.name
    let byLabel = search(label, byLabel: true)
    if !byLabel.isEmpty { return RuleNaming(rules: byLabel) }
    if n.label != nil { return RuleNaming(problem: docs.contains { charters[$0].labels[label] != nil } ? .labelWithoutRules : .notFound) }
    if let cite = ArticleCitation(n.name) {
      let c = charters[doc]
      guard let a = c.articles.firstIndex(where: { ($0.written ?? $0.number) == cite.article }) else { return RuleNaming(problem: .noSuchArticle) }
      if let p = cite.paragraph, p < 1 || p > c.articles[a].paragraphs.count { return RuleNaming(problem: .noSuchParagraph(article: a)) }
      let rules = c.rules.indices.filter { i in
        c.rules[i].location.article == a && (cite.paragraph.map { c.rules[i].location.paragraph == $0 - 1 } ?? true)
      }
      return rules.isEmpty ? RuleNaming(problem: .articleWithoutRules(article: a)) : RuleNaming(rules: rules.map { (doc, $0) })
    }
    let name = n.name
    let byName = search(name, byLabel: false)
    if !byName.isEmpty { return RuleNaming(rules: byName) }
    return RuleNaming(problem: docs.contains { charters[$0].labels[label] != nil } ? .labelWithoutRules : .notFound)
  }

  /// What a 案例 of `doc` could name a rule by, for "did you mean": labels of rules and of the
  /// articles that carry them, and the rules' heads.
  package func ruleNames(from doc: Int) -> [String] {
    var out = [String]()
    for d in [doc] + bundle(of: doc).filter({ $0 != doc }) {
      for r in charters[d].rules { out += r.labels(in: charters[d]).sorted(); if let h = r.head, !h.isEmpty { out.append(h) } }
    }
    return out
  }
}

/// A document's rules by what a 案例 names them with (`Workspace.rules(namedBy:from:)`), built once
/// per document however many targets ask: by label — the rule's own, or its article's — and by
/// name — its head, 行为 or 内容. Each list is in rule order, each rule once. Keys compare as
/// `String`s do (canonical equivalence), as the comparisons they replace did.
package final class RuleNameIndex: Sendable {
  struct Entry: Sendable {
    var byLabel: [HashedName: [Int]] = [:]
    var byName: [HashedName: [Int]] = [:]
  }
  private let built = Mutex<[Int: Entry]>([:])
  package init() {}

  func index(_ d: Int, _ c: Charter) -> Entry {
    if let e = built.withLock({ $0[d] }) { return e }
    var e = Entry()
    func add(_ key: String?, _ i: Int, _ table: inout [HashedName: [Int]]) {
      guard let key else { return }
      // One lookup: the defaulted list, modified in place, gets `i` unless it already ends with it.
      func note(_ list: inout [Int]) { if list.last != i { list.append(i) } }
      note(&table[HashedName(key), default: []])
    }
    for (i, r) in c.rules.enumerated() {
      add(r.label, i, &e.byLabel)
      if let a = r.location.article, a < c.articles.count { add(c.articles[a].label, i, &e.byLabel) }
      add(r.head, i, &e.byName)
      add(r.act, i, &e.byName)
      add(r.content, i, &e.byName)
    }
    built.withLock { $0[d] = e }
    return e
  }
}

/// A name as a dictionary key that is hashed once, when it is made: `String` hashing normalises
/// non-ASCII text (NFC) on every lookup, and a 案例's target is looked up in the index of every
/// document of its bundle. Equal as the strings are (`SyntaxText.same` is `==`, on bytes when it
/// can), and equal strings have equal hash values, so it finds what the string key found.
struct HashedName: Hashable, Sendable {
  let text: String
  let hash: Int
  init(_ text: String) { self.text = text; hash = text.hashValue }
  static func == (a: HashedName, b: HashedName) -> Bool { a.hash == b.hash && SyntaxText.same(a.text, b.text) }
  func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}
