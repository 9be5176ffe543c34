import WeifaBase

/// Decides exactly whether conditions over typed attributes can hold together, and gives a
/// sample person when they can. Conditions are put in disjunctive normal form (definitions
/// expanded, negation pushed to the atoms); each conjunction is decided by narrowing a domain
/// per attribute: an interval for numbers and dates, a set for enumerations and yes/no.
package struct Solver {
  package let scope: Scope
  /// Beyond this many conjunctions the solver gives up (and reports nothing) rather than blow up.
  package static let maxTerms = 512
  /// Beyond this many steps of normalisation per question the solver gives up too: definitions
  /// that use each other twice over (甲：乙 且 乙, 乙：丙 且 丙 …) would otherwise take 2^depth steps.
  package static let maxSteps = 20_000
  final class Budget { var left = Solver.maxSteps }

  package init(scope: Scope) { self.scope = scope }

  /// An atom: an attribute constrained by a comparison (after negation was pushed in).
  struct Atom { var name: String; var op: CompareOp; var value: Value }
  typealias Conjunction = [Atom]

  /// A sample person satisfying every condition, or nil if none exists (or the solver gave up).
  package func witness(_ exprs: [Expr]) -> [(String, String)]? {
    var dnf: [Conjunction]? = [[]]
    let budget = Budget()
    for e in exprs {
      guard let d = dnf, let e2 = normal(e, negated: false, depth: 0, budget) else { return nil }
      dnf = product(d, e2)
    }
    guard let terms = dnf else { return nil }
    for t in terms { if let w = solve(t) { return w } }
    return nil
  }

  private func product(_ a: [Conjunction], _ b: [Conjunction]) -> [Conjunction]? {
    if a.count * b.count > Solver.maxTerms { return nil }
    var out = [Conjunction]()
    for x in a { for y in b { out.append(x + y) } }
    return out
  }

  /// The expression in DNF, with `negated` pushed in. nil means "too big" or "cannot tell".
  private func normal(_ e: Expr, negated: Bool, depth: Int, _ budget: Budget) -> [Conjunction]? {
    if depth > 32 { return nil }
    budget.left -= 1
    if budget.left < 0 { return nil }
    switch e {
    case .and(let xs), .or(let xs):
      let isAnd: Bool = { if case .and = e { return true } else { return false } }() != negated
      var parts = [[Conjunction]]()
      for x in xs { guard let p = normal(x, negated: negated, depth: depth + 1, budget) else { return nil }; parts.append(p) }
      if isAnd {
        var acc: [Conjunction] = [[]]
        for p in parts { guard let n = product(acc, p) else { return nil }; acc = n }
        return acc
      }
      let all = parts.flatMap { $0 }
      return all.count > Solver.maxTerms ? nil : all
    case .not(let x):
      return normal(x, negated: !negated, depth: depth + 1, budget)
    case .compare(let n, let op, let v, _):
      if let a = scope.attributes[n], case .enumeration = a.type, case .number(_, _, let raw) = v {
        return [[Atom(name: n, op: negated ? op.negated : op, value: .name(raw))]]
      }
      return [[Atom(name: n, op: negated ? op.negated : op, value: v)]]
    case .member(let n, let vs, let neg, _):
      let inSet = neg == negated
      let values = vs.map { v -> Value in v.asName.map { .name($0) } ?? v }
      if inSet { return values.map { [Atom(name: n, op: .eq, value: $0)] } }
      return [values.map { Atom(name: n, op: .ne, value: $0) }]
    case .ref(let n, _):
      if Scope.everyone.contains(n) { return negated ? [] : [[]] }
      if let d = scope.definitions[n] { return normal(d.expr, negated: negated, depth: depth + 1, budget) }
      // A yes/no attribute, or a name the checker reports as unknown: a free yes/no.
      return [[Atom(name: n, op: .eq, value: .name(negated ? "否" : "是"))]]
    case .invalid:
      return nil
    }
  }

  /// Narrows a domain per attribute; returns sample values if every domain is non-empty.
  private func solve(_ atoms: Conjunction) -> [(String, String)]? {
    var numbers = [String: NumberDomain]()
    var sets = [String: (allowed: Set<String>?, excluded: Set<String>, order: [String])]()
    for a in atoms {
      let type = scope.attributes[a.name]?.type ?? .boolean
      switch (type, a.value) {
      case (.number, .number(let r, _, _)):
        // Ages in 周岁, counts of 人 or 户 … are whole numbers: 年龄 > 59 and 年龄 < 60 never meet.
        var d = numbers[a.name] ?? NumberDomain(integral: type.isWhole)
        d.apply(a.op, r)
        numbers[a.name] = d
      case (.date, .day(let day)):
        // Dates are whole days: < 2024年1月1日 and > 2023年12月31日 never meet.
        var d = numbers[a.name] ?? NumberDomain(integral: true)
        d.apply(a.op, Rational(day.ordinal))
        numbers[a.name] = d
      default:
        let order: [String]
        switch type {
        case .enumeration(let vs): order = vs
        case .boolean: order = ["是", "否"]
        default: order = []
        }
        var s = sets[a.name] ?? (order.isEmpty ? nil : Set(order), [], order)
        let v = a.value.asName ?? a.value.description
        switch a.op {
        case .eq: s.allowed = s.allowed.map { $0.intersection([v]) } ?? [v]
        case .ne: s.excluded.insert(v)
        default: return nil   // ordering on a set type: the type checker reports it
        }
        sets[a.name] = s
      }
    }
    var sample = [(String, String)]()
    for (n, d) in numbers.sorted(by: { $0.key < $1.key }) {
      guard let v = d.sample() else { return nil }
      // Written as a resident would give it back (`weifa query --fact`, a 案例): a real day, a
      // decimal number.
      if case .date = scope.attributes[n]?.type {
        sample.append((n, Day(ordinal: v.num).description))
      } else { sample.append((n, NumberDomain.decimal(v) ?? v.description)) }
    }
    for (n, s) in sets.sorted(by: { $0.key < $1.key }) {
      if let allowed = s.allowed {
        let left = allowed.subtracting(s.excluded)
        guard let pick = s.order.first(where: left.contains) ?? left.sorted().first else { return nil }
        sample.append((n, pick))
      } else {
        // Text: a value not excluded, one a resident could type back.
        var k = 0
        var pick = "其他"
        while s.excluded.contains(pick) { k += 1; pick = "其他\(k)" }
        sample.append((n, pick))
      }
    }
    return sample
  }
}

extension CompareOp {
  var negated: CompareOp {
    switch self {
    case .eq: return .ne
    case .ne: return .eq
    case .gt: return .le
    case .ge: return .lt
    case .lt: return .ge
    case .le: return .gt
    }
  }
}

/// An interval of numbers with excluded points; `integral` ones (whole units, days) hold integers only.
struct NumberDomain {
  var integral = false
  var lo: Rational?
  var loStrict = false
  var hi: Rational?
  var hiStrict = false
  var excluded = Set<Rational>()

  init(integral: Bool = false) { self.integral = integral }

  mutating func apply(_ op: CompareOp, _ v: Rational) {
    switch op {
    case .eq: raiseLo(v, strict: false); lowerHi(v, strict: false)
    case .ne: excluded.insert(v)
    case .gt: raiseLo(v, strict: true)
    case .ge: raiseLo(v, strict: false)
    case .lt: lowerHi(v, strict: true)
    case .le: lowerHi(v, strict: false)
    }
  }
  mutating func raiseLo(_ v: Rational, strict: Bool) {
    if lo == nil || v > lo! || (v == lo! && strict) { lo = v; loStrict = strict }
  }
  mutating func lowerHi(_ v: Rational, strict: Bool) {
    if hi == nil || v < hi! || (v == hi! && strict) { hi = v; hiStrict = strict }
  }
  func contains(_ v: Rational) -> Bool {
    if integral && !v.isInteger { return false }
    if let l = lo, v < l || (v == l && loStrict) { return false }
    if let h = hi, v > h || (v == h && hiStrict) { return false }
    return !excluded.contains(v)
  }

  static func floor(_ r: Rational) -> Int { r.num >= 0 ? r.num / r.den : -((-r.num + r.den - 1) / r.den) }
  static func ceil(_ r: Rational) -> Int { -floor(Rational(-r.num, r.den)) }

  /// `r` as a decimal a resident can type (82, 2.5, 0.125), or nil if it has no finite decimal.
  static func decimal(_ r: Rational) -> String? {
    if r.isInteger { return "\(r.num)" }
    var d = r.den
    var places = 0
    while d % 10 == 0 { d /= 10; places += 1 }
    while d % 2 == 0 { d /= 2; places += 1 }
    while d % 5 == 0 { d /= 5; places += 1 }
    guard d == 1, places <= 12 else { return nil }
    var scale = 1
    for _ in 0..<places { scale *= 10 }
    let (scaled, overflow) = r.num.multipliedReportingOverflow(by: scale / r.den)
    guard !overflow else { return nil }
    let sign = scaled < 0 ? "-" : ""
    let m = abs(scaled)
    var frac = String(m % scale)
    while frac.count < places { frac = "0" + frac }
    while frac.hasSuffix("0") { frac.removeLast() }
    return sign + "\(m / scale)" + (frac.isEmpty ? "" : "." + frac)
  }

  /// A value in the domain, preferring whole numbers (ages, counts), or nil if it is empty.
  func sample() -> Rational? {
    if integral { return integerSample() }
    var candidates = [Rational]()
    switch (lo, hi) {
    case (let l?, let h?):
      candidates = [l, l + Rational(1), h, h - Rational(1), (l + h) * Rational(1, 2)]
      // Whole numbers near the middle, then halves: enough to avoid a few excluded points.
      var k = l
      for _ in 0..<8 { k = (k + h) * Rational(1, 2); candidates.append(k) }
    case (let l?, nil): candidates = [l, l + Rational(1), l + Rational(2), l + Rational(3)]
    case (nil, let h?): candidates = [h, h - Rational(1), h - Rational(2), h - Rational(3)]
    case (nil, nil): candidates = [Rational(0), Rational(1), Rational(2), Rational(3)]
    }
    for extra in 0..<8 { candidates.append((lo ?? Rational(0)) + Rational(extra, 8)) }
    // A value that can be written as a decimal first (a resident types 2.5, not 5/2).
    return candidates.first { contains($0) && NumberDomain.decimal($0) != nil } ?? candidates.first(where: contains)
  }

  /// The least whole number in the domain (or the greatest, when it has no lower bound), skipping
  /// excluded points; nil when no whole number is left.
  func integerSample() -> Rational? {
    let low = lo.map { loStrict ? NumberDomain.floor($0) + 1 : NumberDomain.ceil($0) }
    let high = hi.map { hiStrict ? NumberDomain.ceil($0) - 1 : NumberDomain.floor($0) }
    if let l = low, let h = high, l > h { return nil }
    // At most |excluded| + 1 tries find a point that is not excluded, if there is one.
    let tries = excluded.count + 1
    if let l = low {
      for k in 0..<tries {
        let (v, o) = l.addingReportingOverflow(k)
        if o { return nil }
        if let h = high, v > h { return nil }
        if !excluded.contains(Rational(v)) { return Rational(v) }
      }
      return nil
    }
    let start = high ?? 0
    for k in 0..<tries {
      let (v, o) = start.subtractingReportingOverflow(k)
      if o { return nil }
      if !excluded.contains(Rational(v)) { return Rational(v) }
    }
    return nil
  }
}
