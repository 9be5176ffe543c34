/// An exact fraction. Decision rules are computed with these, never with floating point.
package struct Rational: Hashable, Comparable, Sendable, CustomStringConvertible {
  package let num: Int
  package let den: Int

  package init(_ num: Int, _ den: Int = 1) {
    precondition(den != 0, "zero denominator")
    let g = Rational.gcd(abs(num), abs(den))
    let sign = den < 0 ? -1 : 1
    self.num = sign * num / max(g, 1)
    self.den = sign * den / max(g, 1)
  }

  /// A decimal such as 12.5, exactly.
  package init?(decimal text: String) {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let whole = Int(parts[0]) else { return nil }
    if parts.count == 1 { self.init(whole); return }
    let frac = String(parts[1].prefix(9))
    guard let f = Int(frac) else { return nil }
    var scale = 1
    for _ in frac { scale *= 10 }
    self.init(whole * scale + f, scale)
  }

  static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

  package static func < (a: Rational, b: Rational) -> Bool { a.num.multipliedFullWidth(by: b.den) < b.num.multipliedFullWidth(by: a.den) }
  package static func + (a: Rational, b: Rational) -> Rational { Rational(a.num * b.den + b.num * a.den, a.den * b.den) }
  package static func - (a: Rational, b: Rational) -> Rational { Rational(a.num * b.den - b.num * a.den, a.den * b.den) }
  package static func * (a: Rational, b: Rational) -> Rational { Rational(a.num * b.num, a.den * b.den) }

  package var isInteger: Bool { den == 1 }
  package var description: String { den == 1 ? "\(num)" : "\(num)/\(den)" }
  /// 三分之二, 二分之一 — the statute form of a fraction.
  package var chinese: String {
    den == 1 ? ChineseNumeralBridge.format(num) : "\(ChineseNumeralBridge.format(den))分之\(ChineseNumeralBridge.format(num))"
  }

  /// The smallest integer n with n/total ≥ self (relation ≥) or n/total > self (relation >).
  package func minimumCount(of total: Int, strict: Bool) -> Int {
    // n ≥ self·total  ⇔  n ≥ ceil(num·total/den); strictly: n > num·total/den ⇔ n ≥ floor(num·total/den) + 1
    let p = num * total
    if strict { return p >= 0 ? p / den + 1 : -((-p) / den) + (((-p) % den == 0) ? 1 : 0) }
    return p >= 0 ? (p + den - 1) / den : -((-p) / den)
  }
}

import WeifaBase

/// Lets this module format numerals without exposing WeifaBase types in signatures.
enum ChineseNumeralBridge {
  static func format(_ n: Int) -> String { ChineseNumeral.format(n) }
}
