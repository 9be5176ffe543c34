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
    /// An amount that is no sum of money to total (a range, a cap, in kind, none written),
    /// reported as written (`Amounts.describe`).
    package var written: Quantity? = nil
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
        let parts = [r.reach(in: c), r.condition].compactMap { $0 }
        for p in parts { c1.emit(p, into: &program, depth: 0) }
        if parts.isEmpty { program.append(.yes) } else if parts.count > 1 { program.append(.and(Int32(parts.count))) }
        var except = [Op]()
        if let e = r.exceptCondition { c1.emit(e, into: &except, depth: 0) }
        guard c1.ok else { continue }
        let label = r.label ?? r.location.article.flatMap { c.articles[$0].label } ?? "第\(r.location.article.map { c.articles[$0].number } ?? 0)条"
        for l in Applicability.labels(r, c) { keyOf[l, default: []].append(compiled.count) }
        compiled.append(CompiledRule(document: d, index: i, kind: r.kind, label: label, program: program, except: except,
                                     amount: r.amount?.money, period: r.amount?.money != nil ? r.amount?.period ?? "一次性" : "一次性",
                                     written: r.amount?.money == nil ? r.amount : nil))
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
    // The flat form `evaluate` runs: every program in one array, addressed by offsets.
    var flat = [FlatOp]()
    var ranges = [FlatRule]()
    for r in compiled {
      let p = Int32(flat.count)
      flat += r.program.map(FlatOp.init)
      let e = Int32(flat.count)
      flat += r.except.map(FlatOp.init)
      ranges.append(FlatRule(program: p, programEnd: e, except: e, exceptEnd: Int32(flat.count)))
    }
    code = flat
    ruleCode = ranges
    overrideStart = over.reduce(into: [0]) { $0.append($0.last! + $1.count) }
    overrideList = over.flatMap { $0 }
    requiredStack = compiled.map { max(CompiledRules.depth($0.program), CompiledRules.depth($0.except)) }.max() ?? 1
    // The block form: every distinct comparison once (a leaf), programs over leaves.
    var leafIndex = [LeafKey: Int32]()
    var leafOps = [FlatOp]()
    var mask = [MaskOp]()
    var maskRanges = [FlatRule]()
    func lower(_ ops: [Op]) {
      for o in ops {
        let f = FlatOp(o)
        switch f.op {
        case Opcode.eq.rawValue...Opcode.isOneOf.rawValue:
          let key = LeafKey(op: f.op, slot: f.slot, arg: f.arg)
          let k = leafIndex[key] ?? { leafOps.append(f); leafIndex[key] = Int32(leafOps.count - 1); return Int32(leafOps.count - 1) }()
          mask.append(MaskOp(op: 1, n: k))
        default: mask.append(MaskOp(op: f.op, n: f.slot))
        }
      }
    }
    for r in compiled {
      let p = Int32(mask.count)
      lower(r.program)
      let e = Int32(mask.count)
      lower(r.except)
      maskRanges.append(FlatRule(program: p, programEnd: e, except: e, exceptEnd: Int32(mask.count)))
    }
    leaves = leafOps
    maskCode = mask
    maskRules = maskRanges
    // Every comparison on a slot is a test against thresholds: v ≥ t for the sorted thresholds
    // the slot's leaves need (t, and t + 1 for >, ≤, = and ≠). A row's rank among them gives
    // all of its comparisons on that slot at once.
    var thresholds = [Int32: Set<Int64>]()
    var members = Set<Int32>()
    for f in leafOps {
      switch f.op {
      case Opcode.ge.rawValue, Opcode.lt.rawValue: thresholds[f.slot, default: []].insert(f.arg)
      case Opcode.eq.rawValue, Opcode.ne.rawValue:
        thresholds[f.slot, default: []].insert(f.arg)
        if f.arg < Int64.max { thresholds[f.slot, default: []].insert(f.arg + 1) }
      case Opcode.gt.rawValue, Opcode.le.rawValue: if f.arg < Int64.max { thresholds[f.slot, default: []].insert(f.arg + 1) } else { thresholds[f.slot, default: []] = thresholds[f.slot] ?? [] }
      default: members.insert(f.slot)
      }
    }
    let usedSlots = Set(thresholds.keys).union(members).sorted()
    var slotStart = [Int](), slotValues = [Int64](), slotMembers = [Bool]()
    for s in usedSlots {
      slotStart.append(slotValues.count)
      slotValues += (thresholds[s] ?? []).sorted()
      slotMembers.append(members.contains(s))
    }
    slotStart.append(slotValues.count)
    indexSlots = usedSlots
    indexStart = slotStart
    indexValues = slotValues
    indexMembers = slotMembers
    // Each leaf as masks of its slot: where the G(t) words and the value words are.
    leafPlans = leafOps.map { f in
      let u = usedSlots.firstIndex(of: f.slot)!
      let th = Array(slotValues[slotStart[u]..<slotStart[u + 1]])
      func at(_ t: Int64) -> Int32 { Int32(th.firstIndex(of: t) ?? -1) }   // -1: t + 1 past Int64.max, an empty G
      switch f.op {
      case Opcode.ge.rawValue, Opcode.lt.rawValue: return LeafPlan(op: f.op, slot: Int32(u), a: at(f.arg), b: -1, mask: 0)
      case Opcode.eq.rawValue, Opcode.ne.rawValue: return LeafPlan(op: f.op, slot: Int32(u), a: at(f.arg), b: f.arg < Int64.max ? at(f.arg + 1) : -1, mask: 0)
      case Opcode.gt.rawValue, Opcode.le.rawValue: return LeafPlan(op: f.op, slot: Int32(u), a: f.arg < Int64.max ? at(f.arg + 1) : -1, b: -1, mask: 0)
      default: return LeafPlan(op: Opcode.isOneOf.rawValue, slot: Int32(u), a: -1, b: -1, mask: UInt64(bitPattern: f.arg))
      }
    }
  }

  /// `Op` as evaluated: one 16-byte instruction, no indirection.
  struct FlatOp {
    /// `Opcode.rawValue`.
    var op: UInt8
    var slot: Int32
    var arg: Int64
    init(_ o: Op) {
      op = Opcode(o).rawValue
      switch o {
      case .yes, .not: slot = 0; arg = 0
      case .compare(let s, _, let v): slot = s; arg = v
      case .isOneOf(let s, let mask): slot = s; arg = Int64(bitPattern: mask)
      case .and(let n), .or(let n): slot = n; arg = 0
      }
    }
  }
  struct FlatRule { var program, programEnd, except, exceptEnd: Int32 }
  private let code: [FlatOp]
  private let ruleCode: [FlatRule]
  private let overrideStart: [Int]
  private let overrideList: [Int]
  /// `maxStack`, computed once.
  private let requiredStack: Int
  struct LeafKey: Hashable { var op: UInt8; var slot: Int32; var arg: Int64 }
  /// An instruction over 64 rows: 0 yes, 1 leaf `n`, 8 not, 9 and of `n`, 10 or of `n`.
  struct MaskOp { var op: UInt8; var n: Int32 }
  private let leaves: [FlatOp]
  /// The slots leaves compare, the sorted thresholds of each (`indexValues[indexStart[u] ..<
  /// indexStart[u + 1]]`), and whether any leaf asks for membership in a set of values.
  private let indexSlots: [Int32]
  private let indexStart: [Int]
  private let indexValues: [Int64]
  private let indexMembers: [Bool]
  /// A leaf in terms of its slot's masks: for op ≥, <: `a` is t's threshold; for =, ≠: `a` is t's
  /// and `b` is t + 1's; for >, ≤: `a` is t + 1's (-1: none); for isOneOf, the value mask.
  struct LeafPlan { var op: UInt8; var slot: Int32; var a: Int32; var b: Int32; var mask: UInt64 }
  private let leafPlans: [LeafPlan]
  private let maskCode: [MaskOp]
  private let maskRules: [FlatRule]

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

  /// The standing of every rule for one row: 0 no, 1 applies, 2 unknown, 3 overridden.
  /// (What `run` gives for each program, over the flat form: no copies, no bounds checks.)
  package func evaluate(_ row: UnsafeBufferPointer<Int64>, into out: inout [UInt8], stack: inout [UInt8]) {
    precondition(out.count >= rules.count && stack.count >= requiredStack && row.count >= attributes.count)
    code.withUnsafeBufferPointer { code in
      ruleCode.withUnsafeBufferPointer { ranges in
        stack.withUnsafeMutableBufferPointer { st in
          out.withUnsafeMutableBufferPointer { o in
            let c = code.baseAddress!, s = st.baseAddress!, r = row.baseAddress
            for i in 0..<ranges.count {
              let rc = ranges[i]
              var t = CompiledRules.runFlat(c + Int(rc.program), Int(rc.programEnd - rc.program), r, s)
              if t == 1 && rc.exceptEnd > rc.except {
                let e = CompiledRules.runFlat(c + Int(rc.except), Int(rc.exceptEnd - rc.except), r, s)
                if e == 1 { t = 3 } else if e == 2 { t = 2 }
              }
              o[i] = t
            }
            overrideList.withUnsafeBufferPointer { list in
              overrideStart.withUnsafeBufferPointer { start in
                for x in 0..<ranges.count where o[x] == 1 {
                  for k in start[x]..<start[x + 1] where o[list[k]] == 1 { o[list[k]] = 3 }
                }
              }
            }
          }
        }
      }
    }
  }

  /// Runs one flat program (`FlatOp`s, numbered by `Opcode`) over a row: 1 yes, 0 no, 2 unknown.
  @inline(__always)
  static func runFlat(_ p: UnsafePointer<FlatOp>, _ count: Int, _ row: UnsafePointer<Int64>?, _ stack: UnsafeMutablePointer<UInt8>) -> UInt8 {
    var sp = 0
    var k = 0
    while k < count {
      let op = p[k]
      k += 1
      switch Opcode(rawValue: op.op).unsafelyUnwrapped {   // every FlatOp is made from an Opcode
      case .yes:
        stack[sp] = 1; sp += 1
      case .eq, .ne, .gt, .ge, .lt, .le:
        let v = row![Int(op.slot)]
        if v == missing { stack[sp] = 2 } else {
          let t: Bool
          switch Opcode(rawValue: op.op).unsafelyUnwrapped {
          case .eq: t = v == op.arg
          case .ne: t = v != op.arg
          case .gt: t = v > op.arg
          case .ge: t = v >= op.arg
          case .lt: t = v < op.arg
          default: t = v <= op.arg
          }
          stack[sp] = t ? 1 : 0
        }
        sp += 1
      case .isOneOf:
        let v = row![Int(op.slot)]
        stack[sp] = v == missing ? 2 : ((UInt64(bitPattern: op.arg) >> UInt64(v)) & 1 == 1 ? 1 : 0)
        sp += 1
      case .not:
        let t = stack[sp - 1]
        stack[sp - 1] = t == 2 ? 2 : 1 - t
      case .and:
        var r: UInt8 = 1
        for i in (sp - Int(op.slot))..<sp { let t = stack[i]; if t == 0 { r = 0; break }; if t == 2 { r = 2 } }
        sp -= Int(op.slot)
        stack[sp] = r; sp += 1
      default:
        var r: UInt8 = 0
        for i in (sp - Int(op.slot))..<sp { let t = stack[i]; if t == 1 { r = 1; break }; if t == 2 { r = 2 } }
        sp -= Int(op.slot)
        stack[sp] = r; sp += 1
      }
    }
    return sp > 0 ? stack[sp - 1] : 2
  }

  // MARK: - 64 rows at a time

  /// Rows evaluated together by `evaluateBlock`.
  package static let blockRows = 64

  /// Scratch words `evaluateBlock` needs.
  package var blockScratch: Int {
    leaves.count * 2 + (requiredStack + 1) * 2 + indexValues.count + indexSlots.count + (indexValues.count + 1) + 64 * indexSlots.count
  }

  /// Evaluates up to 64 rows at once. `columns` holds the rows column by column: slot `s` of row
  /// `j` at `s * 64 + j`, values as in `evaluate`. For every rule `i`, bit `j` of `applies[i]` is
  /// set when its standing for row `j` is 1 (applies) and bit `j` of `unknown[i]` when it is 2;
  /// neither bit when it is 0 or 3. The same standings `evaluate` gives, row by row: three-valued
  /// `and`, `or` and `not` are the same functions on bit masks, and priorities are applied in the
  /// same order.
  package func evaluateBlock(_ columns: [Int64], rows: Int, applies: inout [UInt64], unknown: inout [UInt64], scratch: inout [UInt64]) {
    let b = CompiledRules.blockRows
    precondition(rows >= 0 && rows <= b && columns.count >= attributes.count * b)
    precondition(applies.count >= rules.count && unknown.count >= rules.count && scratch.count >= blockScratch)
    let missing = CompiledRules.missing
    columns.withUnsafeBufferPointer { col in
      scratch.withUnsafeMutableBufferPointer { sc in
        let leafYes = sc.baseAddress!, leafUnk = sc.baseAddress! + leaves.count
        let stackYes = sc.baseAddress! + 2 * leaves.count, stackUnk = stackYes + requiredStack + 1
        // Slots: each row's rank among the slot's thresholds, then G(t) = the rows with v ≥ t, as
        // masks; and, where asked, one mask per value.
        // Scratch after the stacks: G words (one per threshold), a missing word per slot, rank
        // words, and 64 value words per slot.
        let g = stackUnk + requiredStack + 1
        let missingWords = g + indexValues.count
        let ranks = missingWords + indexSlots.count
        let valueWords = ranks + indexValues.count + 1
        indexValues.withUnsafeBufferPointer { iv in
          for u in 0..<indexSlots.count {
            let c = col.baseAddress! + Int(indexSlots[u]) * b
            let lo = indexStart[u], k = indexStart[u + 1] - lo
            let th = UnsafeBufferPointer(rebasing: iv[lo..<(lo + k)])
            var miss: UInt64 = 0
            for r in 0...k { ranks[r] = 0 }
            for j in 0..<rows {
              let v = c[j]
              let bit: UInt64 = 1 << UInt64(j)
              if v == missing { miss |= bit; continue }
              // The number of thresholds ≤ v.
              var r = 0
              if k <= 8 {
                for t in th { r += v >= t ? 1 : 0 }
              } else {
                var n = k
                while n > 0 { let half = n / 2; if th[r + half] <= v { r += half + 1; n -= half + 1 } else { n = half } }
              }
              ranks[r] |= bit
            }
            // G(th[i]) = rows with rank > i.
            var acc: UInt64 = 0
            var i = k - 1
            while i >= 0 { acc |= ranks[i + 1]; g[lo + i] = acc; i -= 1 }
            missingWords[u] = miss
            if indexMembers[u] {
              let vw = valueWords + 64 * u
              for x in 0..<64 { vw[x] = 0 }
              for j in 0..<rows {
                let v = c[j]
                if v != missing && v >= 0 && v < 64 { vw[Int(v)] |= 1 << UInt64(j) }
              }
            }
          }
        }
        // Leaves from the slots' masks.
        for (k, p) in leafPlans.enumerated() {
          let u = Int(p.slot)
          let miss = missingWords[u], present = ~miss
          let base = indexStart[u]
          @inline(__always) func G(_ i: Int32) -> UInt64 { i < 0 ? 0 : g[base + Int(i)] }
          let yes: UInt64
          switch p.op {
          case 4: yes = G(p.a)                               // v ≥ t
          case 5: yes = present & ~G(p.a)                    // v < t
          case 3: yes = G(p.a)                               // v > t: v ≥ t + 1
          case 6: yes = present & ~G(p.a)                    // v ≤ t: not v ≥ t + 1
          case 1: yes = G(p.a) & ~G(p.b)                     // v = t
          case 2: yes = present & ~(G(p.a) & ~G(p.b))        // v ≠ t
          default:
            var m: UInt64 = 0
            var bits = p.mask
            let vw = valueWords + 64 * u
            while bits != 0 { m |= vw[bits.trailingZeroBitCount]; bits &= bits - 1 }
            yes = m
          }
          leafYes[k] = yes
          leafUnk[k] = miss
        }
        // Programs over leaves.
        maskCode.withUnsafeBufferPointer { code in
          let code = code.baseAddress!
          func run(_ start: Int32, _ end: Int32) -> (yes: UInt64, unk: UInt64) {
            var sp = 0
            var k = Int(start)
            while k < Int(end) {
              let o = code[k]
              k += 1
              switch o.op {
              case 0: stackYes[sp] = ~0; stackUnk[sp] = 0; sp += 1
              case 1: stackYes[sp] = leafYes[Int(o.n)]; stackUnk[sp] = leafUnk[Int(o.n)]; sp += 1
              case 8: stackYes[sp - 1] = ~stackYes[sp - 1] & ~stackUnk[sp - 1]
              case 9:
                var yes: UInt64 = ~0, no: UInt64 = 0
                for i in (sp - Int(o.n))..<sp { yes &= stackYes[i]; no |= ~stackYes[i] & ~stackUnk[i] }
                sp -= Int(o.n)
                stackYes[sp] = yes; stackUnk[sp] = ~yes & ~no; sp += 1
              default:
                var yes: UInt64 = 0, unk: UInt64 = 0
                for i in (sp - Int(o.n))..<sp { yes |= stackYes[i]; unk |= stackUnk[i] }
                sp -= Int(o.n)
                stackYes[sp] = yes; stackUnk[sp] = ~yes & unk; sp += 1
              }
            }
            // An empty program is unknown, as in `run`.
            return sp > 0 ? (stackYes[sp - 1], stackUnk[sp - 1]) : (0, ~0)
          }
          applies.withUnsafeMutableBufferPointer { a in
            unknown.withUnsafeMutableBufferPointer { u in
              for (i, rc) in maskRules.enumerated() {
                let p = run(rc.program, rc.programEnd)
                if rc.exceptEnd > rc.except {
                  let e = run(rc.except, rc.exceptEnd)
                  // t = 1 and e = 1: overridden (3); t = 1 and e = 2: unknown.
                  a[i] = p.yes & ~e.yes & ~e.unk
                  u[i] = p.unk | (p.yes & e.unk)
                } else {
                  a[i] = p.yes
                  u[i] = p.unk
                }
              }
              overrideList.withUnsafeBufferPointer { list in
                overrideStart.withUnsafeBufferPointer { start in
                  for x in 0..<maskRules.count {
                    let m = a[x]
                    if m == 0 { continue }
                    for k in start[x]..<start[x + 1] { a[list[k]] &= ~m }
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /// The deepest stack a program needs, for sizing scratch space.
  package var maxStack: Int {
    requiredStack
  }
  private static func depth(_ p: [Op]) -> Int {
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

/// The one opcode table of a compiled condition program (`CompiledRules.Op` flattened): the
/// Swift interpreter (`runFlat`), the programs the resident page carries and the page's
/// JavaScript interpreter (`PageScript.js`, whose numbers are interpolated from this table) all
/// read it, so the three cannot drift apart.
package enum Opcode: UInt8, CaseIterable, Sendable {
  /// Push yes.
  case yes = 0
  /// Compare a slot with a constant: =, ≠, >, ≥, <, ≤.
  case eq = 1, ne = 2, gt = 3, ge = 4, lt = 5, le = 6
  /// A slot's value is one of a set of enumeration codes.
  case isOneOf = 7
  /// Three-valued not, and, or (the last two over the top n values).
  case not = 8, and = 9, or = 10

  package init(_ op: CompiledRules.Op) {
    switch op {
    case .yes: self = .yes
    case .compare(_, let c, _):
      switch c {
      case .eq: self = .eq
      case .ne: self = .ne
      case .gt: self = .gt
      case .ge: self = .ge
      case .lt: self = .lt
      case .le: self = .le
      }
    case .isOneOf: self = .isOneOf
    case .not: self = .not
    case .and: self = .and
    case .or: self = .or
    }
  }
}
