import WeifaBase
import WeifaSyntax

// Lowering of what real charters write beyond single rules (issue 11): adoption records as they
// are (a chain of bodies, a year or a month for a date, adoption by household signature), the
// document's scope (`@适用范围`) and reference application (`@参照`).

extension Lowerer {
  /// Verbs a chain of bodies writes after each body: 村两委研究、党员大会讨论、村民会议表决.
  static let chainVerbs = ["征求意见", "研究", "讨论", "审议", "表决", "通过", "决定", "商议", "提议", "同意", "决议", "酝酿", "审核", "审查", "签字"]

  /// A body of a chain without its verb: 村民会议表决 → 村民会议.
  static func bodyOfStep(_ s: String) -> String {
    var t = s.spaceTrimmed
    if SyntaxText.isPlain(t) { return plainBodyOfStep(t) }
    var changed = true
    while changed {
      changed = false
      for v in chainVerbs where t.hasSuffix(v) && t.count > v.count {
        t = String(t.dropLast(v.count)).trimmingSpaces()
        changed = true
      }
    }
    return t
  }

  /// The verbs as UTF-8 and their lengths in scalars (each scalar of a verb is one Character).
  static let chainVerbBytes: [(bytes: [UInt8], scalars: Int)] = chainVerbs.map { (Array($0.utf8), $0.unicodeScalars.count) }

  /// `bodyOfStep` of plain text (`SyntaxText.isPlain`: each scalar one Character, no scalar joining
  /// its neighbour), on bytes: a Character suffix is a byte suffix, `count` counts scalars, and
  /// dropping a verb's Characters drops its bytes; what is left stays plain.
  static func plainBodyOfStep(_ t: String) -> String {
    var b = Array(t.utf8)
    var scalars = 0
    for c in b where c & 0xC0 != 0x80 { scalars += 1 }
    var changed = true
    while changed {
      changed = false
      for v in chainVerbBytes where scalars > v.scalars && b.count >= v.bytes.count && b[(b.count - v.bytes.count)...].elementsEqual(v.bytes) {
        b.removeLast(v.bytes.count)
        scalars -= v.scalars
        // trimmingSpaces: space, tab, ideographic space, no-break space at either end.
        let (lo, hi) = SyntaxText.trimmed(b, 0, b.count) ?? (0, b.count)
        var kept = 0
        for c in b[lo..<hi] where c & 0xC0 != 0x80 { kept += 1 }
        b = Array(b[lo..<hi])
        scalars = kept
        changed = true
      }
    }
    return String(decoding: b, as: UTF8.self)
  }

  /// `@通过` / `@修正`: the head may be a chain of bodies (the last adopts); the date may be a
  /// year or a month; 方式 says how (入户签字).
  func adoption(_ d: DirectiveView, _ head: String?, _ span: TextRange) -> Adoption {
    let written = head ?? ""
    let steps = written.split(whereSeparator: { "、，,→".contains($0) }).map { Lowerer.bodyOfStep(String($0)) }.filter { !$0.isEmpty }
    var a = Adoption(body: steps.count > 1 ? steps.last! : written, span: span)
    a.chain = steps.count > 1 ? steps : (written.isEmpty ? [] : [written])
    if steps.count > 1 { a.chainText = written }
    a.when = d.value(.date).flatMap { partialDate($0) }
    a.date = a.when?.full
    a.method = d.value(.method).map { text($0) }
    return a
  }

  /// 2024年3月12日, 2023年6月, 2022年, 2024-03-12.
  func partialDate(_ node: SyntaxNode) -> PartialDate? {
    guard node.kind == .date else { return nil }
    let nums = node.childNodes.filter { $0.kind == .number }.compactMap { ChineseNumeral.parse($0.cleanText) }
    guard let y = nums.first else { return nil }
    let p = PartialDate(y, nums.count > 1 ? nums[1] : nil, nums.count > 2 ? nums[2] : nil)
    // A date that does not exist (2024年13月5日) has been reported by the parser; it orders nothing.
    if let m = p.month, !(1...12).contains(m) { return nil }
    if let m = p.month, let d = p.day, !(1...Day.length(of: m, in: y)).contains(d) { return nil }
    return p
  }

  /// `@参照 主体：…；条文：第三条至第五条`.
  func referral(_ d: DirectiveView, _ span: TextRange) {
    var r = Referral(location: loc, span: span)
    r.subject = d.value(.subject).map { expr($0) }
    r.condition = d.value(.condition).map { expr($0) }
    r.note = d.value(.note).map { text($0) }
    if let list = d.value(.provisions), list.kind == .refList {
      // A `至` between two references makes them a run.
      var pendingRun = false
      let all = refs(list)
      var k = 0
      for child in list.children {
        switch child {
        case .token(let t) where t.kind == .to: pendingRun = true
        case .node(let n) where n.kind == .reference:
          guard k < all.count else { break }
          if pendingRun, let last = r.provisions.last, last.to == nil {
            r.provisions[r.provisions.count - 1].to = all[k]
          } else {
            r.provisions.append((all[k], nil))
          }
          pendingRun = false
          k += 1
        default: break
        }
      }
    }
    c.referrals.append(r)
  }

  /// The number an article is cited by: as written, else as counted.
  func articleIndex(_ number: Int) -> Int? {
    c.articles.firstIndex { ($0.written ?? $0.number) == number }
  }

  /// After the whole document is read: rules without a 主体 take the `@适用范围`, and each
  /// `@参照` is resolved to the rules it reaches.
  func applyScopeAndReferrals() {
    if let scope = c.scope {
      for i in c.rules.indices where c.rules[i].subject == nil {
        c.rules[i].subject = scope.expr
        c.rules[i].subjectFromScope = true
      }
    }
    for (k, r) in c.referrals.enumerated() {
      var articles = Set<Int>(), labels = Set<String>()
      for (from, to) in r.provisions where from.document == nil || from.document == c.title {
        if let l = from.label, from.ordinals.isEmpty { labels.insert(l); continue }
        guard let n = from.ordinals.first(where: { $0.unit == "条" })?.number, let a = articleIndex(n) else { continue }
        if let to, let m = to.ordinals.first(where: { $0.unit == "条" })?.number, let b = articleIndex(m), b >= a {
          for x in a...b { articles.insert(x) }
        } else {
          articles.insert(a)
        }
      }
      var reached = [Int]()
      for (i, rule) in c.rules.enumerated() {
        let inArticle = rule.location.article.map(articles.contains) ?? false
        let byLabel = rule.label.map(labels.contains) ?? false
          || (rule.location.article.flatMap { c.articles[$0].label }.map(labels.contains) ?? false)
        if inArticle || byLabel {
          reached.append(i)
          c.rules[i].referrals.append(k)
        }
      }
      c.referrals[k].rules = reached
    }
  }
}

extension Amounts {
  /// What a quantity of any field bounds, from its prefix and suffix: 不超过, 最多, 以下 and 以内
  /// cap, 至少, 不少于 and 以上 floor; 3至7人 is a range.
  static func bound(of q: Quantity) -> AmountBound {
    if q.high != nil { return .range }
    if let p = q.prefix, ["不超过", "最多"].contains(p) { return .atMost }
    if let p = q.prefix, ["至少", "不少于"].contains(p) { return .atLeast }
    if let s = q.suffix { return s == "以上" ? .atLeast : .atMost }
    return .exact
  }
}

extension Rule {
  /// Who the rule reaches: its 主体 (or the document's `@适用范围`), and through each `@参照`
  /// the persons that 参照 names. Nil when it reaches everyone.
  package func reach(in c: Charter) -> Expr? {
    guard let s = subject else { return nil }
    let more = referrals.compactMap { c.referrals[$0].who }
    return more.isEmpty ? s : .or([s] + more)
  }
}
