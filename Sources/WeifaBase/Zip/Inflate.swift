/// Inflate (RFC 1951): the deflate streams of zip entries decoded, with a limit on the output so a
/// small archive cannot make Weifa write gigabytes into memory (a zip bomb). Huffman codes are
/// decoded through one lookup table per code, indexed by the next `maxBits` bits of input.
/// Every malformed stream — a code that is not in its table, a distance before the start, a block
/// cut short — is an error, never a trap.
package enum Inflate {
  /// The decoded bytes of the raw deflate stream in `input`; throws when the stream is damaged or
  /// its output would pass `limit` bytes. `expectedSize` only sizes the buffer.
  package static func inflate(_ input: ArraySlice<UInt8>, expectedSize: Int = 0, limit: Int) throws(ZipError) -> [UInt8] {
    try input.withUnsafeBufferPointer { (p) throws(ZipError) -> [UInt8] in
      var state = Decoder(input: p, limit: limit)
      state.out.reserveCapacity(min(max(expectedSize, 0), limit))
      try state.run()
      return state.out
    }
  }
}

/// A canonical Huffman code as a table: entry `bits` (the next `maxBits` input bits, first bit
/// lowest) holds `symbol << 4 | length`, or 0 where no code of the table starts.
struct HuffmanTable {
  var entries: [UInt32]
  var maxBits: Int

  /// The table of the code with these code lengths (0 = the symbol is unused); nil when the
  /// lengths over-subscribe the code space.
  init?(lengths: ArraySlice<UInt8>) {
    var count = [Int](repeating: 0, count: 16)
    for l in lengths { count[Int(l)] += 1 }
    count[0] = 0
    var left = 1
    for len in 1...15 {
      left <<= 1
      left -= count[len]
      if left < 0 { return nil }
    }
    maxBits = max(1, (1...15).last { count[$0] > 0 } ?? 1)
    var next = [Int](repeating: 0, count: 16)
    var code = 0
    for len in 1...15 {
      code = (code + count[len - 1]) << 1
      next[len] = code
    }
    let size = 1 << maxBits
    entries = [UInt32](repeating: 0, count: size)
    for (k, l) in lengths.enumerated() where l > 0 {
      let len = Int(l)
      let c = next[len]
      next[len] += 1
      var reversed = 0
      for b in 0..<len where c & (1 << b) != 0 { reversed |= 1 << (len - 1 - b) }
      var slot = reversed
      while slot < size {
        entries[slot] = UInt32(k) << 4 | UInt32(len)
        slot += 1 << len
      }
    }
  }

  /// The fixed codes of block type 1.
  static let fixedLiterals: HuffmanTable = {
    var l = [UInt8](repeating: 8, count: 288)
    for i in 144..<256 { l[i] = 9 }
    for i in 256..<280 { l[i] = 7 }
    return HuffmanTable(lengths: l[...])!
  }()
  static let fixedDistances = HuffmanTable(lengths: [UInt8](repeating: 5, count: 30)[...])!
}

private struct Decoder {
  let input: UnsafeBufferPointer<UInt8>
  let limit: Int
  var pos = 0
  var bits: UInt64 = 0
  var count = 0
  var out = [UInt8]()

  init(input: UnsafeBufferPointer<UInt8>, limit: Int) { self.input = input; self.limit = limit }

  static let lengthBase = DeflateTables.lengthBase, lengthExtra = DeflateTables.lengthExtra
  static let distanceBase = DeflateTables.distanceBase, distanceExtra = DeflateTables.distanceExtra
  static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

  mutating func refill() {
    while count <= 56 && pos < input.count {
      bits |= UInt64(input[pos]) << UInt64(count)
      pos += 1
      count += 8
    }
  }

  mutating func take(_ n: Int) throws(ZipError) -> Int {
    if count < n { refill(); if count < n { throw .damaged(.truncatedDeflate) } }
    let v = Int(bits & ((1 << UInt64(n)) - 1))
    bits >>= UInt64(n)
    count -= n
    return v
  }

  mutating func decode(_ t: HuffmanTable) throws(ZipError) -> Int {
    if count < t.maxBits { refill() }
    let e = t.entries[Int(bits & ((1 << UInt64(t.maxBits)) - 1))]
    let len = Int(e & 15)
    if len == 0 { throw .damaged(.badCode) }
    if len > count { throw .damaged(.truncatedDeflate) }
    bits >>= UInt64(len)
    count -= len
    return Int(e >> 4)
  }

  mutating func run() throws(ZipError) {
    var last = false
    while !last {
      last = try take(1) == 1
      switch try take(2) {
      case 0: try stored()
      case 1: try codes(HuffmanTable.fixedLiterals, HuffmanTable.fixedDistances)
      case 2:
        let (lit, dist) = try dynamicTables()
        try codes(lit, dist)
      default: throw .damaged(.badBlockType)
      }
    }
  }

  mutating func stored() throws(ZipError) {
    _ = try take(count % 8)
    let len = try take(16), nlen = try take(16)
    guard len == ~nlen & 0xFFFF else { throw .damaged(.badStoredLength) }
    guard out.count + len <= limit else { throw .tooLarge(limit: limit) }
    var left = len
    while left > 0 && count >= 8 { out.append(UInt8(try take(8))); left -= 1 }
    guard pos + left <= input.count else { throw .damaged(.truncatedDeflate) }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: input[pos..<(pos + left)]))
    pos += left
  }

  mutating func dynamicTables() throws(ZipError) -> (HuffmanTable, HuffmanTable) {
    let hlit = try take(5) + 257, hdist = try take(5) + 1, hclen = try take(4) + 4
    guard hlit <= 286, hdist <= 30 else { throw .damaged(.badCode) }
    var clens = [UInt8](repeating: 0, count: 19)
    for k in 0..<hclen { clens[Self.codeLengthOrder[k]] = UInt8(try take(3)) }
    guard let clTable = HuffmanTable(lengths: clens[...]) else { throw .damaged(.badCode) }
    var lengths = [UInt8]()
    lengths.reserveCapacity(hlit + hdist)
    while lengths.count < hlit + hdist {
      let sym = try decode(clTable)
      switch sym {
      case 0..<16: lengths.append(UInt8(sym))
      case 16:
        guard let prev = lengths.last else { throw .damaged(.badCode) }
        lengths += repeatElement(prev, count: 3 + (try take(2)))
      case 17: lengths += repeatElement(0, count: 3 + (try take(3)))
      default: lengths += repeatElement(0, count: 11 + (try take(7)))
      }
    }
    guard lengths.count == hlit + hdist, lengths[256] != 0,
          let lit = HuffmanTable(lengths: lengths[0..<hlit]), let dist = HuffmanTable(lengths: lengths[hlit...]) else {
      throw .damaged(.badCode)
    }
    return (lit, dist)
  }

  mutating func codes(_ lit: HuffmanTable, _ dist: HuffmanTable) throws(ZipError) {
    while true {
      let sym = try decode(lit)
      if sym < 256 {
        guard out.count < limit else { throw .tooLarge(limit: limit) }
        out.append(UInt8(sym))
        continue
      }
      if sym == 256 { return }
      let li = sym - 257
      guard li < 29 else { throw .damaged(.badCode) }
      let length = Self.lengthBase[li] + (try take(Self.lengthExtra[li]))
      let di = try decode(dist)
      guard di < 30 else { throw .damaged(.badCode) }
      let distance = Self.distanceBase[di] + (try take(Self.distanceExtra[di]))
      guard distance <= out.count else { throw .damaged(.badDistance) }
      guard out.count + length <= limit else { throw .tooLarge(limit: limit) }
      var from = out.count - distance
      for _ in 0..<length { out.append(out[from]); from += 1 }
    }
  }
}

/// The length and distance codes of RFC 1951 §3.2.5, shared by `Inflate` and `Deflate`.
enum DeflateTables {
  static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
  static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
  static let distanceBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                                    4097, 6145, 8193, 12289, 16385, 24577]
  static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
}
