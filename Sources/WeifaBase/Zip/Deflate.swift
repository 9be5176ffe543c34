/// Deflate (RFC 1951) for the zip writer: LZ77 over a 32 KiB window (hash chains of three-byte
/// prefixes, at most 32 candidates a position, greedy matching) coded with the fixed Huffman codes
/// in one final block (type 1). The XML of a .docx shrinks to about a tenth. `Inflate` reads it
/// back (the tests round-trip every part Weifa writes).
package enum Deflate {
  package static func compress(_ input: [UInt8]) -> [UInt8] {
    var w = BitWriter()
    w.out.reserveCapacity(input.count / 4 + 64)
    w.write(1, 1)   // BFINAL
    w.write(1, 2)   // BTYPE 01: fixed codes
    let n = input.count
    let hashSize = 1 << 15, window = 1 << 15
    var head = [Int32](repeating: -1, count: hashSize)
    var prev = [Int32](repeating: -1, count: window)
    input.withUnsafeBufferPointer { p in
      func hash(_ i: Int) -> Int { (Int(p[i]) << 10 ^ Int(p[i + 1]) << 5 ^ Int(p[i + 2])) & (hashSize - 1) }
      func insert(_ i: Int) {
        guard i + 2 < n else { return }
        let h = hash(i)
        prev[i & (window - 1)] = head[h]
        head[h] = Int32(i)
      }
      var i = 0
      while i < n {
        var bestLength = 0, bestDistance = 0
        if i + 2 < n {
          var candidate = Int(head[hash(i)])
          var chain = 32
          let limit = min(258, n - i)
          while candidate >= 0 && i - candidate <= window - 1 && chain > 0 {
            if p[candidate + bestLength] == p[i + bestLength] || bestLength == 0 {
              var l = 0
              while l < limit && p[candidate + l] == p[i + l] { l += 1 }
              if l > bestLength { bestLength = l; bestDistance = i - candidate; if l == limit { break } }
            }
            let next = Int(prev[candidate & (window - 1)])
            if next >= candidate { break }
            candidate = next
            chain -= 1
          }
        }
        if bestLength >= 3 {
          w.length(bestLength)
          w.distance(bestDistance)
          for k in i..<(i + bestLength) { insert(k) }
          i += bestLength
        } else {
          w.literal(Int(p[i]))
          insert(i)
          i += 1
        }
      }
    }
    w.literal(256)
    w.flush()
    return w.out
  }
}

/// Bits written first-bit-lowest, as deflate packs them; Huffman codes go in bit-reversed.
private struct BitWriter {
  var out = [UInt8]()
  var bits: UInt64 = 0
  var count = 0

  mutating func write(_ value: Int, _ n: Int) {
    bits |= UInt64(value) << UInt64(count)
    count += n
    while count >= 8 {
      out.append(UInt8(truncatingIfNeeded: bits))
      bits >>= 8
      count -= 8
    }
  }

  mutating func flush() {
    if count > 0 { out.append(UInt8(truncatingIfNeeded: bits)) }
    bits = 0
    count = 0
  }

  /// The fixed literal/length code of `symbol` (0–287), reversed for writing, and its length.
  static let literalCodes: [(code: Int, length: Int)] = (0..<288).map { s in
    let (code, length): (Int, Int)
    switch s {
    case 0..<144: (code, length) = (0x30 + s, 8)
    case 144..<256: (code, length) = (0x190 + s - 144, 9)
    case 256..<280: (code, length) = (s - 256, 7)
    default: (code, length) = (0xC0 + s - 280, 8)
    }
    return (reverse(code, length), length)
  }

  static func reverse(_ code: Int, _ length: Int) -> Int {
    var r = 0
    for b in 0..<length where code & (1 << b) != 0 { r |= 1 << (length - 1 - b) }
    return r
  }

  static let lengthBase = DeflateTables.lengthBase, lengthExtra = DeflateTables.lengthExtra
  static let distanceBase = DeflateTables.distanceBase, distanceExtra = DeflateTables.distanceExtra
  /// Length 3…258 → its index among the length codes.
  static let lengthIndex: [Int] = (0...258).map { l in l < 3 ? 0 : (lengthBase.lastIndex { $0 <= l } ?? 0) }

  mutating func literal(_ symbol: Int) {
    let c = Self.literalCodes[symbol]
    write(c.code, c.length)
  }

  mutating func length(_ l: Int) {
    let k = Self.lengthIndex[l]
    literal(257 + k)
    if Self.lengthExtra[k] > 0 { write(l - Self.lengthBase[k], Self.lengthExtra[k]) }
  }

  mutating func distance(_ d: Int) {
    var k = 29
    while Self.distanceBase[k] > d { k -= 1 }
    write(Self.reverse(k, 5), 5)
    if Self.distanceExtra[k] > 0 { write(d - Self.distanceBase[k], Self.distanceExtra[k]) }
  }
}
