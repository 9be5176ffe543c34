import WeifaBase
import WeifaSemantics

/// The evaluator as a compiler target: rules lowered to flat postfix programs over a row of
/// typed slots, evaluated without string lookups or allocation per person. Used by `batch`
/// (and mirrored by the resident page's JavaScript).
///
/// Numbers are fixed-point integers (value × 1000), exact for the decimals charters and CSV
/// files hold; a constant that is not (1/3) makes the program fall back to `unsupported`.
package struct CompiledRules: Sendable {
  /// The attributes a row holds, in slot order.
  package let attributes: [(name: String, type: AttributeType)]
  package let rules: [CompiledRule]
  /// overrides[i] lists the rules that rule i switches off when both apply.
  package let overrides: [[Int]]
  /// Enumeration values of each slot (empty for other types), so a CSV cell maps to a code.
  package let enumValues: [[String]]

  package static let scale: Int64 = 1000
  /// A slot's value: numbers ×1000, enum codes, 0/1 for yes/no, yyyymmdd for dates. Missing is `.min`.
  package static let missing = Int64.min

  package struct CompiledRule: Sendable {
    package var document: Int
    package var index: Int
    package var kind: RuleKind
    package var label: String
    package var program: [Op]
    package var except: [Op]
    package var amount: Rational?
    package var period: String
  }

  /// One instruction of a postfix truth program. Truth values: 0 no, 1 yes, 2 unknown.
  package enum Op: Sendable {
    case yes
    case compare(slot: Int32, op: CompareOp, value: Int64)
    case isOneOf(slot: Int32, mask: UInt64)
    case not
    case and(Int32)
    case or(Int32)
  }

  /// Compiles the rules of `docs`; rules whose conditions cannot be compiled are left out and named.
  package init(_ ws: Workspace, documents docs: [Int]) {
    var scope = Scope(ws, docs.first ?? 0)
    for d in docs.dropFirst() { scope = scope.merged(with: Scope(ws, d)) }
    let attrs = scope.attributes.sorted { $0.key < $1.key }.map { (name: $0.key, type: $0.value.type) }
    attributes = attrs
    let slotOf = Dictionary(uniqueKeysWithValues: attrs.enumerated().map { ($1.name, Int32($0)) })
    enumValues = attrs.map { if case .enumeration(let vs) = $0.type { return vs } else { return [] } }
    var compiled = [CompiledRule]()
    var keyOf = [String: [Int]]()   // label → compiled indices
    for d in docs {
      let c = ws.charters[d]
      for (i, r) in c.rules.enumerated() {
        var c1 = Compiler(scope: scope, slotOf: slotOf, enumValues: enumValues)
        var program = [Op]()
        let parts = [r.subject, r.condition].compactMap { $0 }
        for p in parts { c1.emit(p, into: &program, depth: 0) }
        if parts.isEmpty { program.append(.yes) } else if parts.count > 1 { program.append(.and(Int32(parts.count))) }
        var except = [Op]()
        if let e = r.exceptCondition { c1.emit(e, into: &except, depth: 0) }
        guard c1.ok else { continue }
        let label = r.label ?? r.location.article.flatMap { c.articles[$0].label } ?? "第\(r.location.article.map { c.articles[$0].number } ?? 0)条"
        for l in Applicability.labels(r, c) { keyOf[l, default: []].append(compiled.count) }
        compiled.append(CompiledRule(document: d, index: i, kind: r.kind, label: label, program: program, except: except,
                                     amount: r.amount?.low, period: r.amount?.prefix.flatMap { $0.hasPrefix("每") ? $0 : nil } ?? "一次性"))
      }
    }
    rules = compiled
    var over = Array(repeating: [Int](), count: compiled.count)
    for (x, cr) in compiled.enumerated() {
      let r = ws.charters[cr.document].rules[cr.index]
      for o in r.overrides { if let l = o.label { over[x] += keyOf[l] ?? [] } }
      // A rule whose 除外 names rule y is switched off when y applies.
      for e in r.exceptLabels { for y in keyOf[e.name] ?? [] { over[y].append(x) } }
    }
    overrides = over
  }

  struct Compiler {
    let scope: Scope
    let slotOf: [String: Int32]
    let enumValues: [[String]]
    var ok = true

    mutating func emit(_ e: Expr, into p: inout [Op], depth: Int) {
      guard depth < 64 else { ok = false; return }
      switch e {
      case .and(let xs):
        for x in xs { emit(x, into: &p, depth: depth + 1) }
        p.append(.and(Int32(xs.count)))
      case .or(let xs):
        for x in xs { emit(x, into: &p, depth: depth + 1) }
        p.append(.or(Int32(xs.count)))
      case .not(let x):
        emit(x, into: &p, depth: depth + 1)
        p.append(.not)
      case .invalid:
        ok = false
      case .ref(let n, _):
        if Scope.everyone.contains(n) { p.append(.yes); return }
        if let d = scope.definitions[n] { emit(d.expr, into: &p, depth: depth + 1); return }
        guard let s = slotOf[n] else { ok = false; return }
        p.append(.compare(slot: s, op: .eq, value: 1))
      case .compare(let n, let op, let v, _):
        guard let s = slotOf[n], let k = constant(Int(s), v) else { ok = false; return }
        if !enumValues[Int(s)].isEmpty, op != .eq && op != .ne { ok = false; return }
        p.append(.compare(slot: s, op: op, value: k))
      case .member(let n, let vs, let neg, _):
        guard let s = slotOf[n], !enumValues[Int(s)].isEmpty, enumValues[Int(s)].count <= 64 else { ok = false; return }
        var mask: UInt64 = 0
        for v in vs {
          guard let i = enumValues[Int(s)].firstIndex(of: v.asName ?? "") else { ok = false; return }
          mask |= 1 << UInt64(i)
        }
        p.append(.isOneOf(slot: s, mask: mask))
        if neg { p.append(.not) }
      }
    }

    func constant(_ slot: Int, _ v: Value) -> Int64? {
      if !enumValues[slot].isEmpty { return (v.asName).flatMap { enumValues[slot].firstIndex(of: $0) }.map(Int64.init) }
      switch v {
      case .number(let r, _, _):
        let scaled = Rational(r.num * Int(CompiledRules.scale), r.den)
        return scaled.isInteger ? Int64(scaled.num) : nil
      case .day(let d): return Int64(d.year * 10000 + d.month * 100 + d.day)
      case .name(let n) where n == "是": return 1
      case .name(let n) where n == "否": return 0
      default: return nil
      }
    }
  }

  /// Runs a program over a row. `stack` is scratch space reused across calls (no allocation).
  @inline(__always)
  package static func run(_ program: [Op], _ row: UnsafeBufferPointer<Int64>, _ stack: inout [UInt8]) -> UInt8 {
    var sp = 0
    for op in program {
      switch op {
      case .yes:
        stack[sp] = 1; sp += 1
      case .compare(let slot, let cmp, let k):
        let v = row[Int(slot)]
        if v == missing { stack[sp] = 2 } else {
          let t: Bool
          switch cmp {
          case .eq: t = v == k
          case .ne: t = v != k
          case .gt: t = v > k
          case .ge: t = v >= k
          case .lt: t = v < k
          case .le: t = v <= k
          }
          stack[sp] = t ? 1 : 0
        }
        sp += 1
      case .isOneOf(let slot, let mask):
        let v = row[Int(slot)]
        stack[sp] = v == missing ? 2 : ((mask >> UInt64(v)) & 1 == 1 ? 1 : 0)
        sp += 1
      case .not:
        let t = stack[sp - 1]
        stack[sp - 1] = t == 2 ? 2 : 1 - t
      case .and(let n):
        var r: UInt8 = 1
        for i in (sp - Int(n))..<sp { let t = stack[i]; if t == 0 { r = 0; break }; if t == 2 { r = 2 } }
        sp -= Int(n)
        stack[sp] = r; sp += 1
      case .or(let n):
        var r: UInt8 = 0
        for i in (sp - Int(n))..<sp { let t = stack[i]; if t == 1 { r = 1; break }; if t == 2 { r = 2 } }
        sp -= Int(n)
        stack[sp] = r; sp += 1
      }
    }
    return sp > 0 ? stack[sp - 1] : 2
  }

  /// The standing of every rule for one row: 0 no, 1 applies, 2 unknown, 3 overridden.
  package func evaluate(_ row: UnsafeBufferPointer<Int64>, into out: inout [UInt8], stack: inout [UInt8]) {
    for (i, r) in rules.enumerated() {
      var t = CompiledRules.run(r.program, row, &stack)
      if t == 1 && !r.except.isEmpty {
        let e = CompiledRules.run(r.except, row, &stack)
        if e == 1 { t = 3 } else if e == 2 { t = 2 }
      }
      out[i] = t
    }
    for (x, list) in overrides.enumerated() where out[x] == 1 {
      for y in list where out[y] == 1 { out[y] = 3 }
    }
  }

  /// The deepest stack a program needs, for sizing scratch space.
  package var maxStack: Int {
    rules.map { max(depth($0.program), depth($0.except)) }.max() ?? 1
  }
  private func depth(_ p: [Op]) -> Int {
    var sp = 0, m = 1
    for op in p {
      switch op {
      case .yes, .compare, .isOneOf: sp += 1
      case .not: break
      case .and(let n), .or(let n): sp -= Int(n) - 1
      }
      m = max(m, sp)
    }
    return m
  }
}
