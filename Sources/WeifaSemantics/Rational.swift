/// An exact fraction. Decision rules are computed with these, never with floating point.
package struct Rational: Hashable, Comparable, Sendable, CustomStringConvertible {
  package let num: Int
  package let den: Int

  package init(_ num: Int, _ den: Int = 1) {
    precondition(den != 0, "zero denominator")
    // Int.min has no absolute value; numbers that large are beyond Limits.maxNumber anyway.
    let num = max(num, -Int.max), den = max(den, -Int.max)
    let g = Rational.gcd(abs(num), abs(den))
    let sign = den < 0 ? -1 : 1
    self.num = sign * num / max(g, 1)
    self.den = sign * den / max(g, 1)
  }

  /// A decimal such as 12.5, exactly.
  package init?(decimal text: String) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let whole = Int(parts[0]), whole <= Limits.maxNumber else { return nil }
    if parts.count == 1 { self.init(whole); return }
    let frac = String(parts[1].prefix(6))
    guard let f = Int(frac) else { return nil }
    var scale = 1
    for _ in frac { scale *= 10 }
    self.init(whole * scale + f, scale)
  }

  static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

  package static func < (a: Rational, b: Rational) -> Bool { a.num.multipliedFullWidth(by: b.den) < b.num.multipliedFullWidth(by: a.den) }
  // Exact while the result fits in Int; beyond that (only for numbers past Limits.maxNumber, which
  // the parser reports) the nearest integer, so that hostile input never traps on overflow.
  package static func + (a: Rational, b: Rational) -> Rational {
    exact(a.num, b.den, b.num, a.den, a.den, b.den) ?? approximately(a.double + b.double)
  }
  package static func - (a: Rational, b: Rational) -> Rational {
    exact(a.num, b.den, -b.num, a.den, a.den, b.den) ?? approximately(a.double - b.double)
  }
  package static func * (a: Rational, b: Rational) -> Rational {
    let (n, o1) = a.num.multipliedReportingOverflow(by: b.num), (d, o2) = a.den.multipliedReportingOverflow(by: b.den)
    return o1 || o2 ? approximately(a.double * b.double) : Rational(n, d)
  }

  /// (p·q + r·s) / (t·u) when nothing overflows.
  private static func exact(_ p: Int, _ q: Int, _ r: Int, _ s: Int, _ t: Int, _ u: Int) -> Rational? {
    let (x, o1) = p.multipliedReportingOverflow(by: q), (y, o2) = r.multipliedReportingOverflow(by: s)
    let (d, o3) = t.multipliedReportingOverflow(by: u)
    guard !o1 && !o2 && !o3 else { return nil }
    let (n, o4) = x.addingReportingOverflow(y)
    return o4 ? nil : Rational(n, d)
  }

  var double: Double { Double(num) / Double(den) }

  static func approximately(_ d: Double) -> Rational {
    guard d.isFinite else { return Rational(d > 0 ? Int.max / 2 : -(Int.max / 2)) }
    return Rational(Int(max(-4e18, min(4e18, d)).rounded()))
  }

  package var isInteger: Bool { den == 1 }
  package var description: String { den == 1 ? "\(num)" : "\(num)/\(den)" }
  /// 三分之二, 二分之一 — the statute form of a fraction.
  package var chinese: String {
    den == 1 ? ChineseNumeralBridge.format(num) : "\(ChineseNumeralBridge.format(den))分之\(ChineseNumeralBridge.format(num))"
  }

  /// The smallest integer n with n/total ≥ self (relation ≥) or n/total > self (relation >).
  package func minimumCount(of total: Int, strict: Bool) -> Int {
    // n ≥ self·total  ⇔  n ≥ ceil(num·total/den); strictly: n > num·total/den ⇔ n ≥ floor(num·total/den) + 1
    let (p, overflow) = num.multipliedReportingOverflow(by: total)
    if overflow || p > Int.max - den { return num > 0 && total > 0 ? Int.max : 0 }   // beyond any real count
    if strict { return p >= 0 ? p / den + 1 : -((-p) / den) + (((-p) % den == 0) ? 1 : 0) }
    return p >= 0 ? (p + den - 1) / den : -((-p) / den)
  }
}

import WeifaBase

/// Lets this module format numerals without exposing WeifaBase types in signatures.
enum ChineseNumeralBridge {
  static func format(_ n: Int) -> String { ChineseNumeral.format(n) }
}

extension Rational {
  /// The value as an Int when it is whole (10日, 5年), else nil.
  package var wholeValue: Int? { den == 1 ? num : nil }
}
