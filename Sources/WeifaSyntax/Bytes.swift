import WeifaBase

/// `UTF8Scan` for the parser's hot loops, in this module so that it is inlined: the same result
/// for the same bytes (an invalid or truncated sequence is U+FFFD of length 1).
enum Bytes {
  @inline(__always)
  static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
    let b0 = b[i]
    if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
    if b0 & 0xF0 == 0xE0 && i + 2 < b.count {
      let c1 = b[i + 1], c2 = b[i + 2]
      if c1 & 0xC0 == 0x80 && c2 & 0xC0 == 0x80 {
        let v = UInt32(b0 & 0x0F) << 12 | UInt32(c1 & 0x3F) << 6 | UInt32(c2 & 0x3F)
        if v >= 0x800, let s = Unicode.Scalar(v) { return (s, 3) }
      }
      return ("\u{FFFD}", 1)
    }
    return UTF8Scan.decodeMulti(b, i, b0)
  }

  @inline(__always)
  static func length(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    let b0 = b[i]
    if b0 < 0x80 { return 1 }
    return decode(b, i).1
  }
}
