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

/// The offset of the first occurrence of `n` in `h`.
private func byteSearch(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Int? {
  let m = n.count, count = h.count
  guard m > 0 else { return 0 }
  guard count >= m, let hb = h.baseAddress, let nb = n.baseAddress else { return nil }
  let first = nb[0]
  var i = 0
  let last = count - m
  while i <= last {
    if hb[i] == first {
      var k = 1
      while k < m && hb[i + k] == nb[k] { k += 1 }
      if k == m { return i }
    }
    i += 1
  }
  return nil
}
