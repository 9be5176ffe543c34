/// The shortest edit script between two token sequences (Myers' O((N+M)·D) algorithm), with
/// the common head and tail stripped first and a bound on the work: beyond `maxCost` steps the
/// two sequences are reported as one replacement. Tokens are compared by integer key, so a
/// caller decides what "the same" means (a reference is one token whose key is its target).
package enum TokenDiff {
  /// One run of the edit script: `equal` covers old[o..<o+n] and new[w..<w+n].
  package enum Op: Equatable, Sendable {
    case equal(old: Range<Int>, new: Range<Int>)
    case delete(Range<Int>)
    case insert(Range<Int>)
  }

  /// Beyond this many steps ((N+M)·D, after the common head and tail) the diff gives up and
  /// replaces the whole middle: an article rewritten from end to end reads better that way, and
  /// the cost of any one article stays bounded.
  package static let maxCost = 1_000_000

  /// The edit script from `a` to `b`, runs merged, in order.
  package static func diff(_ a: [Int], _ b: [Int], maxCost: Int = TokenDiff.maxCost) -> [Op] {
    var head = 0
    while head < a.count && head < b.count && a[head] == b[head] { head += 1 }
    var tail = 0
    while tail < a.count - head && tail < b.count - head && a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
    var ops = [Op]()
    if head > 0 { ops.append(.equal(old: 0..<head, new: 0..<head)) }
    let a0 = head, a1 = a.count - tail, b0 = head, b1 = b.count - tail
    ops += middle(a, a0, a1, b, b0, b1, maxCost: maxCost)
    if tail > 0 { ops.append(.equal(old: a1..<a.count, new: b1..<b.count)) }
    return merged(ops)
  }

  /// Myers on a[a0..<a1] against b[b0..<b1], keeping each round's frontier (diagonals -d…d
  /// only, so the trace holds about D² numbers) to trace the path back.
  private static func middle(_ a: [Int], _ a0: Int, _ a1: Int, _ b: [Int], _ b0: Int, _ b1: Int, maxCost: Int) -> [Op] {
    let n = a1 - a0, m = b1 - b0
    if n == 0 && m == 0 { return [] }
    if n == 0 { return [.insert(b0..<b1)] }
    if m == 0 { return [.delete(a0..<a1)] }
    let maxD = n + m
    let offset = maxD + 1
    var v = [Int](repeating: 0, count: 2 * maxD + 3)
    // trace[d] is the frontier before round d, diagonals -d…d (stored from index 0).
    var trace = [[Int]]()
    var found = -1
    var cost = 0
    outer: for d in 0...maxD {
      trace.append(Array(v[(offset - d)...(offset + d)]))
      var k = -d
      while k <= d {
        var x: Int
        if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) { x = v[offset + k + 1] } else { x = v[offset + k - 1] + 1 }
        var y = x - k
        while x < n && y < m && a[a0 + x] == b[b0 + y] { x += 1; y += 1 }
        v[offset + k] = x
        if x >= n && y >= m { found = d; break outer }
        k += 2
      }
      cost += n + m
      if cost > maxCost { break }
    }
    guard found >= 0 else { return [.delete(a0..<a1), .insert(b0..<b1)] }
    var ops = [Op]()
    var x = n, y = m
    for d in stride(from: found, to: 0, by: -1) {
      let vd = trace[d]
      func at(_ k: Int) -> Int { vd[k + d] }
      let k = x - y
      let prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
      let prevX = at(prevK), prevY = prevX - prevK
      // The snake after the edit, then the edit itself (one step right or down).
      let snake = min(x - prevX, y - prevY)
      if snake > 0 {
        ops.append(.equal(old: (a0 + x - snake)..<(a0 + x), new: (b0 + y - snake)..<(b0 + y)))
        x -= snake; y -= snake
      }
      if prevK == k + 1 { ops.append(.insert((b0 + prevY)..<(b0 + y))) } else { ops.append(.delete((a0 + prevX)..<(a0 + x))) }
      x = prevX; y = prevY
    }
    if x > 0 { ops.append(.equal(old: a0..<(a0 + x), new: b0..<(b0 + y))) }
    return ops.reversed().filter {
      switch $0 {
      case .equal(let o, _): return !o.isEmpty
      case .delete(let r), .insert(let r): return !r.isEmpty
      }
    }
  }

  /// Adjacent runs of one kind joined; a delete and an insert stay apart (delete first).
  private static func merged(_ ops: [Op]) -> [Op] {
    var out = [Op]()
    for op in ops {
      switch (out.last, op) {
      case (.equal(let o1, let n1)?, .equal(let o2, let n2)) where o1.upperBound == o2.lowerBound:
        out[out.count - 1] = .equal(old: o1.lowerBound..<o2.upperBound, new: n1.lowerBound..<n2.upperBound)
      case (.delete(let r1)?, .delete(let r2)) where r1.upperBound == r2.lowerBound:
        out[out.count - 1] = .delete(r1.lowerBound..<r2.upperBound)
      case (.insert(let r1)?, .insert(let r2)) where r1.upperBound == r2.lowerBound:
        out[out.count - 1] = .insert(r1.lowerBound..<r2.upperBound)
      default:
        out.append(op)
      }
    }
    // Between two changes a lone equal token (的, 元) reads as noise: it joins the change.
    var cleaned = [Op]()
    var i = 0
    while i < out.count {
      if case .equal(let o, let n) = out[i], o.count == 1, i > 0, i + 1 < out.count,
         !isEqual(cleaned.last), !isEqual(out[i + 1]) {
        cleaned.append(.delete(o))
        cleaned.append(.insert(n))
      } else {
        cleaned.append(out[i])
      }
      i += 1
    }
    return regroup(cleaned)
  }

  private static func isEqual(_ op: Op?) -> Bool { if case .equal? = op { return true } else { return false } }

  /// Within a stretch of changes, all deletions first and then all insertions, each joined.
  private static func regroup(_ ops: [Op]) -> [Op] {
    var out = [Op]()
    var del: Range<Int>?, ins: Range<Int>?
    func flush() {
      if let d = del { out.append(.delete(d)) }
      if let s = ins { out.append(.insert(s)) }
      del = nil; ins = nil
    }
    for op in ops {
      switch op {
      case .equal: flush(); out.append(op)
      case .delete(let r): del = del.map { min($0.lowerBound, r.lowerBound)..<max($0.upperBound, r.upperBound) } ?? r
      case .insert(let r): ins = ins.map { min($0.lowerBound, r.lowerBound)..<max($0.upperBound, r.upperBound) } ?? r
      }
    }
    flush()
    return out
  }
}
