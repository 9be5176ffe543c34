/// Substring search on UTF-8 bytes. The standard library's `contains(_:)` and `firstRange(of:)`
/// on strings compare Characters (grapheme clusters) and build a searcher per call, which made
/// the prose checks take about a millisecond per sentence; these compare bytes without allocating.
/// For the words the checks look for (whole Chinese characters and punctuation) the answers are
/// the same.
extension StringProtocol {
  /// Whether `needle` occurs in the text.
  func containsBytes(_ needle: String) -> Bool { byteOffset(of: needle) != nil }

  /// The first occurrence of `needle`, as a range of this text's indices.
  func firstByteRange(of needle: String) -> Range<Index>? {
    guard let o = byteOffset(of: needle) else { return nil }
    let lower = utf8.index(utf8.startIndex, offsetBy: o)
    return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
  }

  /// The UTF-8 offset of the first occurrence of `needle`.
  private func byteOffset(of needle: String) -> Int? {
    var needle = needle
    return needle.withUTF8 { n in
      if let r = utf8.withContiguousStorageIfAvailable({ h in byteSearch(h, n) }) { return r }
      let h = Array(utf8)   // not contiguous (bridged): search a copy
      return h.withUnsafeBufferPointer { byteSearch($0, n) }
    }
  }
}

/// The offset of the first occurrence of `n` in `h`. Eight starting places are tested at once
/// for the needle's last byte (for a Chinese word a continuation byte, far rarer in Chinese text
/// than the three lead bytes E4–E9 that nearly every character begins with); only where it
/// matches are the other bytes compared.
package func byteSearch(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Int? {
  let m = n.count, count = h.count
  guard m > 0 else { return 0 }
  guard count >= m, let hb = h.baseAddress, let nb = n.baseAddress else { return nil }
  let lastByte = nb[m - 1]
  @inline(__always) func matchesAt(_ s: Int) -> Bool {
    var k = 0
    while k < m - 1 && hb[s + k] == nb[k] { k += 1 }
    return k == m - 1
  }
  let last = count - m   // the last place the needle can start
  var i = 0
  let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
  let pattern = UInt64(lastByte) &* ones
  while i + 7 <= last {
    // Bytes i+m-1 … i+m+6: where the needle's last byte would be for starts i … i+7.
    let w = UInt64(littleEndian: UnsafeRawPointer(hb + i + m - 1).loadUnaligned(as: UInt64.self))
    let x = w ^ pattern
    // A set high bit marks a zero byte of x (every zero is marked; a byte above one may be
    // marked falsely, so each mark is verified).
    var z = (x &- ones) & ~x & highs
    while z != 0 {
      let s = i + z.trailingZeroBitCount >> 3
      if hb[s + m - 1] == lastByte && matchesAt(s) { return s }
      z &= z &- 1
    }
    i += 8
  }
  while i <= last {
    if hb[i + m - 1] == lastByte && matchesAt(i) { return i }
    i += 1
  }
  return nil
}

/// The byte pairs a text holds, as a set of 4,096 bits: a word with a pair the text lacks does not occur in the text
/// nor in any part of it, so most searches for words a sentence does not contain end before the text is read. (A CJK
/// character's last two bytes map to distinct bits; other pairs may share a bit, which only costs a real search.)
package struct BytePairs {
  private var bits = [UInt64](repeating: 0, count: 64)

  package init(_ text: String) {
    var text = text
    text.withUTF8 { b in
      guard b.count > 1 else { return }
      bits.withUnsafeMutableBufferPointer { w in
        for i in 1..<b.count {
          let h = Self.hash(b[i - 1], b[i])
          w[h >> 6] |= 1 << UInt64(h & 63)
        }
      }
    }
  }

  @inline(__always) private static func hash(_ a: UInt8, _ b: UInt8) -> Int {
    Int((UInt32(a) << 6 ^ UInt32(b) ^ UInt32(b & 0xC0) << 4) & 0xFFF)
  }

  /// False only if `word` cannot occur in the text (or in a part of it).
  package func mayContain(_ word: String) -> Bool {
    word.utf8.withContiguousStorageIfAvailable { n in
      guard n.count > 1 else { return true }
      return bits.withUnsafeBufferPointer { w in
        for i in 1..<n.count {
          let h = Self.hash(n[i - 1], n[i])
          if w[h >> 6] & (1 << UInt64(h & 63)) == 0 { return false }
        }
        return true
      }
    } ?? true   // (not contiguous, bridged: the search decides)
  }
}
