/// A zip archive read from bytes (PKWARE APPNOTE 6.3, the parts a .docx uses): the central
/// directory, stored and deflate entries, CRC-32 checked. Refused with a `ZipError`: ZIP64,
/// encryption, other methods, more than `ZipLimits.maxEntries` entries, declared sizes past
/// `ZipLimits.maxTotalBytes` together, names that climb out of the archive (`..`, `/`, `\`,
/// `C:`), the same name twice. Reading never traps on damaged bytes, and an entry is inflated
/// into at most its declared size.
package struct ZipArchive: Sendable {
  package struct Entry: Sendable, Equatable {
    package var name: String
    package var method: Int
    package var flags: Int
    package var crc: UInt32
    package var compressedSize: Int
    package var size: Int
    package var localOffset: Int
  }

  package let bytes: [UInt8]
  package let entries: [Entry]

  /// Whether `bytes` start as a zip archive does (a local header, or the end record of an empty one).
  package static func looksLikeZip(_ bytes: [UInt8]) -> Bool {
    bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
  }

  package init(_ bytes: [UInt8]) throws(ZipError) {
    self.bytes = bytes
    guard bytes.count >= 22, Self.looksLikeZip(bytes) || bytes.starts(with: [0x50, 0x4B]) else { throw .notZip }
    // The end of central directory record: the last signature within the 64 KiB comment range.
    var eocd = -1
    var k = bytes.count - 22
    let lowest = max(0, bytes.count - 22 - 0xFFFF)
    while k >= lowest {
      if bytes[k] == 0x50 && bytes[k + 1] == 0x4B && bytes[k + 2] == 0x05 && bytes[k + 3] == 0x06 { eocd = k; break }
      k -= 1
    }
    guard eocd >= 0 else { throw .damaged(.noDirectory) }
    let count = Self.u16(bytes, eocd + 10), cdSize = Self.u32(bytes, eocd + 12), cdOffset = Self.u32(bytes, eocd + 16)
    if count == 0xFFFF || cdSize == 0xFFFF_FFFF || cdOffset == 0xFFFF_FFFF { throw .zip64 }
    guard Self.u16(bytes, eocd + 4) == 0, Self.u16(bytes, eocd + 6) == 0 else { throw .damaged(.badEntry) }   // multi-disk
    guard count <= ZipLimits.maxEntries else { throw .tooManyEntries(count) }
    guard cdOffset + cdSize <= eocd else { throw .damaged(.truncatedDirectory) }
    var list = [Entry]()
    list.reserveCapacity(count)
    var seen = Set<String>()
    var total = 0
    var p = cdOffset
    for _ in 0..<count {
      guard p + 46 <= eocd, Self.u32(bytes, p) == 0x0201_4B50 else { throw .damaged(.truncatedDirectory) }
      let nameLen = Self.u16(bytes, p + 28), extraLen = Self.u16(bytes, p + 30), commentLen = Self.u16(bytes, p + 32)
      guard p + 46 + nameLen <= eocd else { throw .damaged(.truncatedDirectory) }
      let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLen)], as: UTF8.self)
      let e = Entry(name: name, method: Self.u16(bytes, p + 10), flags: Self.u16(bytes, p + 8), crc: UInt32(Self.u32(bytes, p + 16)),
                    compressedSize: Self.u32(bytes, p + 20), size: Self.u32(bytes, p + 24), localOffset: Self.u32(bytes, p + 42))
      if e.compressedSize == 0xFFFF_FFFF || e.size == 0xFFFF_FFFF || e.localOffset == 0xFFFF_FFFF { throw .zip64 }
      guard Self.isSafe(name) else { throw .unsafeName(name) }
      guard seen.insert(name).inserted else { throw .duplicateName(name) }
      total += e.size
      if total > ZipLimits.maxTotalBytes { throw .tooLarge(limit: ZipLimits.maxTotalBytes) }
      list.append(e)
      p += 46 + nameLen + extraLen + commentLen
    }
    entries = list
  }

  /// The entry named `name`, if any.
  package func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

  /// The decompressed bytes of `entry`, checked against its size and CRC.
  package func data(_ entry: Entry) throws(ZipError) -> [UInt8] {
    if entry.flags & 1 != 0 { throw .encrypted }
    let h = entry.localOffset
    guard h + 30 <= bytes.count, Self.u32(bytes, h) == 0x0403_4B50 else { throw .damaged(.badEntry) }
    let start = h + 30 + Self.u16(bytes, h + 26) + Self.u16(bytes, h + 28)
    guard start + entry.compressedSize <= bytes.count else { throw .damaged(.truncatedEntry) }
    let raw = bytes[start..<(start + entry.compressedSize)]
    let out: [UInt8]
    switch entry.method {
    case 0: out = Array(raw)
    case 8:
      do { out = try Inflate.inflate(raw, expectedSize: entry.size, limit: min(entry.size, ZipLimits.maxTotalBytes)) }
      catch .tooLarge { throw .damaged(.sizeMismatch) }   // more than declared, and the declared sizes are within the limit
    default: throw .unsupportedMethod(entry.method)
    }
    guard out.count == entry.size else { throw .damaged(.sizeMismatch) }
    guard CRC32.checksum(out) == entry.crc else { throw .damaged(.checksum) }
    return out
  }

  /// The decompressed bytes of the entry named `name`, nil when there is none.
  package func data(named name: String) throws(ZipError) -> [UInt8]? {
    guard let e = entry(name) else { return nil }
    return try data(e)
  }

  /// A name that stays inside the archive's folder: relative, `/`-separated, no `..` component,
  /// no drive letter, no NUL.
  package static func isSafe(_ name: String) -> Bool {
    if name.isEmpty || name.hasPrefix("/") || name.contains("\\") || name.contains("\0") { return false }
    let parts = name.split(separator: "/", omittingEmptySubsequences: false)
    if parts.contains("..") { return false }
    if let first = parts.first, first.count == 2, first.last == ":" { return false }
    return true
  }

  static func u16(_ b: [UInt8], _ i: Int) -> Int { i + 2 <= b.count ? Int(b[i]) | Int(b[i + 1]) << 8 : 0 }
  static func u32(_ b: [UInt8], _ i: Int) -> Int { i + 4 <= b.count ? u16(b, i) | u16(b, i + 2) << 16 : 0 }
}

/// Writes a zip archive, entries in the order added, deflated (`Deflate`, fixed codes) where that
/// is smaller and stored otherwise, with CRC-32, dated 1980-01-01 as Word dates the parts of a
/// .docx, so the same input always gives the same bytes.
package struct ZipWriter: Sendable {
  private var out = [UInt8]()
  private var directory = [UInt8]()
  private var count = 0

  package init() {}

  /// Adds an entry (`name` relative, `/`-separated).
  package mutating func add(_ name: String, _ data: [UInt8], compress: Bool = true) {
    let nameBytes = Array(name.utf8)
    let crc = CRC32.checksum(data)
    let deflated = compress && data.count > 64 ? Deflate.compress(data) : []
    let method: UInt16 = !deflated.isEmpty && deflated.count < data.count ? 8 : 0
    let stored = method == 8 ? deflated : data
    let offset = out.count
    // Local file header.
    Self.put32(&out, 0x0403_4B50)
    Self.put16(&out, 20)                 // version needed: 2.0
    Self.put16(&out, 0x0800)             // flags: names are UTF-8
    Self.put16(&out, method)             // 0 stored, 8 deflate
    Self.put16(&out, 0)                  // time 00:00
    Self.put16(&out, 0x21)               // date 1980-01-01
    Self.put32(&out, crc)
    Self.put32(&out, UInt32(stored.count))
    Self.put32(&out, UInt32(data.count))
    Self.put16(&out, UInt16(nameBytes.count))
    Self.put16(&out, 0)
    out += nameBytes
    out += stored
    // Its central directory record.
    Self.put32(&directory, 0x0201_4B50)
    Self.put16(&directory, 20)
    Self.put16(&directory, 20)
    Self.put16(&directory, 0x0800)
    Self.put16(&directory, method)
    Self.put16(&directory, 0)
    Self.put16(&directory, 0x21)
    Self.put32(&directory, crc)
    Self.put32(&directory, UInt32(stored.count))
    Self.put32(&directory, UInt32(data.count))
    Self.put16(&directory, UInt16(nameBytes.count))
    Self.put16(&directory, 0)            // extra
    Self.put16(&directory, 0)            // comment
    Self.put16(&directory, 0)            // disk
    Self.put16(&directory, 0)            // internal attributes
    Self.put32(&directory, 0)            // external attributes
    Self.put32(&directory, UInt32(offset))
    directory += nameBytes
    count += 1
  }

  /// The archive: the entries, the central directory and its end record.
  package func finish() -> [UInt8] {
    var bytes = out
    let offset = bytes.count
    bytes += directory
    Self.put32(&bytes, 0x0605_4B50)
    Self.put16(&bytes, 0)
    Self.put16(&bytes, 0)
    Self.put16(&bytes, UInt16(count))
    Self.put16(&bytes, UInt16(count))
    Self.put32(&bytes, UInt32(directory.count))
    Self.put32(&bytes, UInt32(offset))
    Self.put16(&bytes, 0)
    return bytes
  }

  static func put16(_ b: inout [UInt8], _ v: UInt16) { b.append(UInt8(v & 0xFF)); b.append(UInt8(v >> 8)) }
  static func put32(_ b: inout [UInt8], _ v: UInt32) { put16(&b, UInt16(v & 0xFFFF)); put16(&b, UInt16(v >> 16)) }
}
