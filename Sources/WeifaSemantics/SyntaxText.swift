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
    let bytes = tree.source.bytes
    var out = [UInt8]()
    for t in start..<end {
      let tok = tree.tokens[t]
      if tok.kind == .comment || tok.kind == .newline { continue }
      let lo = Int(tok.start), hi = Int(tok.end)
      guard lo <= hi, hi <= bytes.count, SyntaxText.isValidUTF8(bytes, lo, hi) else { return significantText }
      out.append(contentsOf: bytes[lo..<hi])
    }
    guard let (lo, hi) = SyntaxText.trimmed(out) else { return significantText }
    return String(decoding: out[lo..<hi], as: UTF8.self)
  }
}

enum SyntaxText {
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
  static func scalar(_ b: [UInt8], _ i: Int) -> (UInt32, Int) {
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

  /// The byte range `trimmingSpaces()` keeps, or nil when bytes cannot decide it.
  static func trimmed(_ b: [UInt8]) -> (Int, Int)? {
    // Every scalar is decoded once; each must be isolated for byte trimming to equal Characters.
    var scalars = [(start: Int, value: UInt32)]()
    scalars.reserveCapacity(b.count / 2 + 1)
    var i = 0
    while i < b.count {
      let (v, n) = scalar(b, i)
      guard isIsolated(v) else { return nil }
      scalars.append((i, v))
      i += n
    }
    var first = 0
    while first < scalars.count && isSpace(scalars[first].value) { first += 1 }
    if first == scalars.count { return (0, 0) }
    var last = scalars.count - 1
    while last > first && isSpace(scalars[last].value) { last -= 1 }
    let hi = last + 1 < scalars.count ? scalars[last + 1].start : b.count
    return (scalars[first].start, hi)
  }
}
