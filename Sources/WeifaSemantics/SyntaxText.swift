import WeifaBase
import WeifaSyntax

/// `SyntaxNode.significantText`, computed faster for lowering (performance only; the result is the
/// same string). `significantText` decodes every token into its own string, joins them, and trims
/// white space Character by Character. Here the bytes are joined first and decoded once, and the
/// trimming is done on bytes, whenever that provably gives the same string:
/// - every token's bytes are valid UTF-8 on their own (so decoding them together or one by one
///   gives the same scalars; invalid bytes are left to `significantText`);
/// - a space scalar is trimmed only next to a scalar that cannot join it into one Character
///   (ASCII, CJK, the common punctuation blocks); anything else is left to `trimmingSpaces()`.
extension SyntaxNode {
  var cleanText: String {
    let raw = tree.nodes[index]
    let start = Int(raw.tokenStart), end = Int(raw.tokenEnd)
    guard start < end else { return significantText }
    let bytes = tree.source.bytes, tokens = tree.tokens
    // Mostly no comment or line end inside: then the node's bytes are one range of the source,
    // read in place. Each token must still be valid UTF-8 on its own: the range is, and no token
    // starts inside a scalar.
    var contiguous = true
    for t in start..<end where tokens[t].kind == .comment || tokens[t].kind == .newline { contiguous = false; break }
    if contiguous {
      let lo = Int(tokens[start].start), hi = Int(tokens[end - 1].end)
      guard lo <= hi, hi <= bytes.count else { return significantText }
      for t in (start + 1)..<max(start + 1, end) {
        let at = Int(tokens[t].start)
        if at < hi && bytes[at] & 0xC0 == 0x80 { return significantText }
      }
      // Valid UTF-8 and trimmable on bytes, in one pass (`isValidUTF8`, then `trimmed`).
      guard let (a, b) = SyntaxText.validTrimmed(bytes, lo, hi) else { return significantText }
      return String(decoding: bytes[a..<b], as: UTF8.self)
    }
    var out = [UInt8]()
    for t in start..<end {
      let tok = tokens[t]
      if tok.kind == .comment || tok.kind == .newline { continue }
      let lo = Int(tok.start), hi = Int(tok.end)
      guard lo <= hi, hi <= bytes.count, SyntaxText.isValidUTF8(bytes, lo, hi) else { return significantText }
      out.append(contentsOf: bytes[lo..<hi])
    }
    guard let (lo, hi) = SyntaxText.trimmed(out, 0, out.count) else { return significantText }
    return String(decoding: out[lo..<hi], as: UTF8.self)
  }
}

package enum SyntaxText {
  /// Whether `b[lo..<hi]` is well-formed UTF-8 (shortest forms, no surrogates, at most U+10FFFF).
  static func isValidUTF8(_ b: [UInt8], _ lo: Int, _ hi: Int) -> Bool {
    var i = lo
    while i < hi {
      let c = b[i]
      if c < 0x80 { i += 1; continue }
      let n: Int
      if c >= 0xC2 && c <= 0xDF { n = 2 } else if c >= 0xE0 && c <= 0xEF { n = 3 } else if c >= 0xF0 && c <= 0xF4 { n = 4 } else { return false }
      guard i + n <= hi else { return false }
      for k in 1..<n where b[i + k] & 0xC0 != 0x80 { return false }
      if n == 3 {
        if c == 0xE0 && b[i + 1] < 0xA0 { return false }
        if c == 0xED && b[i + 1] > 0x9F { return false }
      } else if n == 4 {
        if c == 0xF0 && b[i + 1] < 0x90 { return false }
        if c == 0xF4 && b[i + 1] > 0x8F { return false }
      }
      i += n
    }
    return true
  }

  /// The scalar at `i` of valid UTF-8 and its length.
  @inline(__always)
  static func scalar<B: RandomAccessCollection<UInt8>>(_ b: B, _ i: Int) -> (UInt32, Int) where B.Index == Int {
    let c = b[i]
    if c < 0x80 { return (UInt32(c), 1) }
    if c < 0xE0 { return (UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
    if c < 0xF0 { return (UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3) }
    return (UInt32(c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4)
  }

  /// The scalars `trimmingSpaces()` removes: space, tab, ideographic space, no-break space.
  static func isSpace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x09 || v == 0x3000 || v == 0xA0 }

  /// A scalar that never joins the scalar before or after it into one Character: ASCII but CR
  /// and LF, CJK ideographs, CJK punctuation (not the combining tone marks), full-width forms (not
  /// the half-width sound marks).
  static func isIsolated(_ v: UInt32) -> Bool {
    if v < 0x80 { return v != 0x0A && v != 0x0D }
    if v == 0xA0 { return true }
    if v >= 0x4E00 && v <= 0x9FFF { return true }
    if v >= 0x3400 && v <= 0x4DBF { return true }
    if v >= 0x3000 && v <= 0x3029 { return true }
    if v >= 0x3030 && v <= 0x303F { return true }
    if v >= 0xFF01 && v <= 0xFF5E { return true }
    if v >= 0x2010 && v <= 0x2027 { return true }
    if v >= 0x3008 && v <= 0x3011 { return true }
    return false
  }

  /// The byte range of `b[lo..<hi]` (valid UTF-8) that `trimmingSpaces()` keeps, or nil when
  /// bytes cannot decide it. One pass, no allocation.
  static func trimmed<B: RandomAccessCollection<UInt8>>(_ b: B, _ lo: Int, _ hi: Int) -> (Int, Int)? where B.Index == Int {
    // Every scalar is decoded once; each must be isolated for byte trimming to equal Characters.
    var first = -1, lastEnd = lo
    var i = lo
    while i < hi {
      let (v, n) = scalar(b, i)
      guard isIsolated(v) else { return nil }
      if !isSpace(v) {
        if first < 0 { first = i }
        lastEnd = i + n
      }
      i += n
    }
    return first < 0 ? (lo, lo) : (first, lastEnd)
  }

  /// `trimmed(b, lo, hi)` when `b[lo..<hi]` is also valid UTF-8 (`isValidUTF8`), in one pass; nil
  /// when it is not valid or a scalar is not isolated (either way the caller falls back). Every
  /// isolated scalar is one byte (ASCII), C2 A0 (no-break space) or three bytes at U+2010 or above,
  /// so a three-byte sequence that decodes to an isolated scalar is neither overlong nor a
  /// surrogate: checking isolation checks validity.
  static func validTrimmed<B: RandomAccessCollection<UInt8>>(_ b: B, _ lo: Int, _ hi: Int) -> (Int, Int)? where B.Index == Int {
    var first = -1, lastEnd = lo
    var i = lo
    while i < hi {
      let c = b[i]
      let n: Int, space: Bool
      if c < 0x80 {
        if c == 0x0A || c == 0x0D { return nil }
        n = 1
        space = c == 0x20 || c == 0x09
      } else if c == 0xC2 {
        guard i + 1 < hi, b[i + 1] == 0xA0 else { return nil }
        n = 2
        space = true
      } else {
        guard c >= 0xE0 && c <= 0xEF, i + 2 < hi, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 else { return nil }
        let v = UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
        guard isIsolated(v) else { return nil }
        n = 3
        space = v == 0x3000
      }
      if !space {
        if first < 0 { first = i }
        lastEnd = i + n
      }
      i += n
    }
    return first < 0 ? (lo, lo) : (first, lastEnd)
  }

  /// Whether every scalar of `s` is `isIsolated` (ASCII but CR and LF, CJK ideographs, the common
  /// CJK and full-width punctuation). Such text is already in NFC and each scalar is one
  /// Character, so `==`, `hasPrefix`, `contains` and `trimmingSpaces()` on it give what the same
  /// operations on its UTF-8 bytes give: the fast paths below rely on it, and take the standard
  /// library's Character-based path for anything else.
  package static func isPlain(_ s: String) -> Bool {
    var s = s
    return s.withUTF8 { isPlain($0) }
  }

  static func isPlain(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    let n = u.count
    while i < n {
      let c = u[i]
      if c < 0x80 {
        if c == 0x0A || c == 0x0D { return false }
        i += 1
        continue
      }
      if c == 0xC2 {
        guard i + 1 < n, u[i + 1] == 0xA0 else { return false }
        i += 2
        continue
      }
      guard c >= 0xE0 && c <= 0xEF, i + 2 < n else { return false }
      let v = UInt32(c & 0x0F) << 12 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F)
      guard u[i + 1] & 0xC0 == 0x80, u[i + 2] & 0xC0 == 0x80, isIsolated(v) else { return false }
      i += 3
    }
    return true
  }

  /// `a == b`, deciding on bytes when both are plain (equal bytes are always equal strings).
  package static func same(_ a: String, _ b: String) -> Bool {
    var a = a, b = b
    let decided: Bool? = a.withUTF8 { ua in
      b.withUTF8 { ub in
        if ua.count == ub.count && ua.elementsEqual(ub) { return true }
        return isPlain(ua) && isPlain(ub) ? false : nil
      }
    }
    return decided ?? (a == b)
  }

  /// `s.hasPrefix(p)`, on bytes when both are plain.
  package static func hasPrefix(_ s: String, _ p: String) -> Bool {
    guard isPlain(s) && isPlain(p) else { return s.hasPrefix(p) }
    return s.utf8.starts(with: p.utf8)
  }

  /// `s.contains(p)` (Characters), on bytes when both are plain.
  package static func contains(_ s: String, _ p: String) -> Bool {
    guard isPlain(s) && isPlain(p) else { return s.contains(p) }
    return s.containsBytes(p)
  }

  /// `s.trimmingSpaces()`, on bytes when `s` is plain.
  package static func trimmingSpaces(_ s: String) -> String {
    var s = s
    let r: (Int, Int)? = s.withUTF8 { u in
      guard let f = u.first, let l = u.last, f == 0x20 || f == 0x09 || f >= 0x80 || l == 0x20 || l == 0x09 || l >= 0x80 else { return (0, u.count) }
      guard isPlain(u) else { return nil }
      return trimmed(u, 0, u.count)
    }
    guard let (lo, hi) = r else { return s.trimmingSpaces() }
    if lo == 0 && hi == s.utf8.count { return s }
    let u = s.utf8
    return String(decoding: u[u.index(u.startIndex, offsetBy: lo)..<u.index(u.startIndex, offsetBy: hi)], as: UTF8.self)
  }
}

extension String {
  /// `trimmingSpaces()`, on bytes when the text is plain (`SyntaxText.isPlain`).
  var spaceTrimmed: String { SyntaxText.trimmingSpaces(self) }
}
