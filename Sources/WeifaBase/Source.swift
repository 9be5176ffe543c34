/// A half-open range of UTF-8 byte offsets in one source file.
package struct TextRange: Hashable, Sendable {
  package var lower: Int
  package var upper: Int
  package init(_ lower: Int, _ upper: Int) { self.lower = lower; self.upper = upper }
  package var isEmpty: Bool { lower >= upper }
}

/// One input file: its name as the user gave it and its bytes, kept exactly.
///
/// All positions inside Weifa are UTF-8 byte offsets into `bytes`. Line and
/// column numbers are computed only here, at the edge, for people and tools.
package final class SourceFile: Sendable {
  package let path: String
  package let bytes: [UInt8]
  /// Byte offset of the first byte of each line. A line ends after `\n`, `\r\n` or a lone `\r`.
  package let lineStarts: [Int]

  package init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
    var starts = [0]
    starts.reserveCapacity(bytes.count / 24 + 16)
    bytes.withUnsafeBufferPointer { bytes in
      var i = 0
      let n = bytes.count
      let base = UnsafeRawPointer(bytes.baseAddress)
      while i < n {
        // Skip eight bytes at a time while none is below 0x0E (LF and CR are 0x0A and 0x0D).
        if let base {
          while i + 8 <= n {
            let x = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if (x &- 0x0E0E_0E0E_0E0E_0E0E) & ~x & 0x8080_8080_8080_8080 != 0 { break }
            i += 8
          }
          if i >= n { break }
        }
        let b = bytes[i]
        // Only bytes up to CR can end a line.
        if b <= 0x0D {
          if b == 0x0A {
            starts.append(i + 1)
          } else if b == 0x0D {
            if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
            starts.append(i + 1)
          }
        }
        i += 1
      }
    }
    self.lineStarts = starts
  }

  package convenience init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }

  /// The text of a byte range; invalid UTF-8 shows as U+FFFD.
  package func text(_ range: TextRange) -> String {
    let lo = max(0, min(range.lower, bytes.count)), hi = max(lo, min(range.upper, bytes.count))
    // Decoded from a buffer of the bytes in place (the same string as decoding the slice).
    return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[lo..<hi]), as: UTF8.self) }
  }

  /// The 0-based line that contains `offset`.
  package func lineIndex(of offset: Int) -> Int {
    var lo = 0, hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// The byte range of 0-based line `line`, without its line terminator.
  package func lineRange(_ line: Int) -> TextRange {
    let start = lineStarts[line]
    var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
    while end > start && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
    return TextRange(start, end)
  }

  /// 1-based line and 1-based character (Unicode scalar) column of `offset`.
  package func location(of offset: Int) -> (line: Int, column: Int) {
    let off = max(0, min(offset, bytes.count))
    let line = lineIndex(of: off)
    var column = 1
    var i = lineStarts[line]
    while i < off {
      i += UTF8Scan.scalarLength(bytes, i)
      column += 1
    }
    return (line + 1, column)
  }

  /// Terminal display width of the bytes in `range` (East Asian wide characters count 2).
  package func displayWidth(_ range: TextRange) -> Int {
    var width = 0
    var i = max(0, range.lower)
    let end = min(range.upper, bytes.count)
    while i < end {
      let (scalar, len) = UTF8Scan.decode(bytes, i)
      width += DisplayWidth.of(scalar)
      i += len
    }
    return width
  }
}

/// Minimal UTF-8 decoding over byte arrays, tolerant of invalid input.
package enum UTF8Scan {
  /// Decodes the scalar at `i`. An invalid or truncated sequence decodes as U+FFFD of length 1,
  /// so a scan always makes progress.
  @inline(__always)
  package static func decode(_ b: [UInt8], _ i: Int) -> (Unicode.Scalar, Int) {
    let b0 = b[i]
    if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
    let n = b.count
    if b0 & 0xE0 == 0xC0, i + 1 < n, b[i + 1] & 0xC0 == 0x80 {
      let v = UInt32(b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
      if v >= 0x80, let s = Unicode.Scalar(v) { return (s, 2) }
    } else if b0 & 0xF0 == 0xE0, i + 2 < n, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 {
      let v = UInt32(b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
      if v >= 0x800, let s = Unicode.Scalar(v) { return (s, 3) }
    } else if b0 & 0xF8 == 0xF0, i + 3 < n, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80, b[i + 3] & 0xC0 == 0x80 {
      let v = UInt32(b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
      if v >= 0x10000, let s = Unicode.Scalar(v) { return (s, 4) }
    }
    return ("\u{FFFD}", 1)
  }

  @inline(__always)
  package static func scalarLength(_ b: [UInt8], _ i: Int) -> Int { decode(b, i).1 }

  /// `decode` over a buffer whose bounds the caller knows: the same result for the same bytes.
  @inline(__always)
  package static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
    let b0 = b[i]
    if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
    return decodeMulti(b, i, b0)
  }

  @inline(__always)
  package static func decodeMulti(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ b0: UInt8) -> (Unicode.Scalar, Int) {
    let n = b.count
    if b0 & 0xF0 == 0xE0 {
      // The common case in Chinese text: three bytes.
      if i + 2 < n {
        let c1 = b[i + 1], c2 = b[i + 2]
        if c1 & 0xC0 == 0x80 && c2 & 0xC0 == 0x80 {
          let v = UInt32(b0 & 0x0F) << 12 | UInt32(c1 & 0x3F) << 6 | UInt32(c2 & 0x3F)
          if v >= 0x800, let s = Unicode.Scalar(v) { return (s, 3) }
        }
      }
    } else if b0 & 0xE0 == 0xC0 {
      if i + 1 < n, b[i + 1] & 0xC0 == 0x80 {
        let v = UInt32(b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
        if v >= 0x80, let s = Unicode.Scalar(v) { return (s, 2) }
      }
    } else if b0 & 0xF8 == 0xF0, i + 3 < n, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80, b[i + 3] & 0xC0 == 0x80 {
      let v = UInt32(b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
      if v >= 0x10000, let s = Unicode.Scalar(v) { return (s, 4) }
    }
    return ("\u{FFFD}", 1)
  }

  @inline(__always)
  package static func scalarLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    let b0 = b[i]
    if b0 < 0x80 { return 1 }
    return decodeMulti(b, i, b0).1
  }
}

/// Display width of a scalar in a terminal: wide and full-width characters take two columns.
package enum DisplayWidth {
  package static func of(_ s: Unicode.Scalar) -> Int {
    let v = s.value
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return v == 0x09 ? 1 : 0 }
    if v == 0x200B || v == 0x200C || v == 0x200D || v == 0xFEFF { return 0 }
    if (v >= 0x0300 && v <= 0x036F) { return 0 }
    if (v >= 0x1100 && v <= 0x115F) || (v >= 0x2E80 && v <= 0x303E) || (v >= 0x3041 && v <= 0x33FF)
      || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0xA000 && v <= 0xA4CF)
      || (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFE30 && v <= 0xFE4F)
      || (v >= 0xFF00 && v <= 0xFF60) || (v >= 0xFFE0 && v <= 0xFFE6) || (v >= 0x1F300 && v <= 0x1F64F)
      || (v >= 0x1F900 && v <= 0x1F9FF) || (v >= 0x20000 && v <= 0x3FFFD) {
      return 2
    }
    return 1
  }
}
