/// CRC-32 as zip and PNG use it (IEEE 802.3, reflected polynomial 0xEDB88320), table-driven.
package enum CRC32 {
  /// The 256 remainders of one byte.
  static let table: [UInt32] = (0..<256).map { n -> UInt32 in
    var c = UInt32(n)
    for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    return c
  }

  /// The checksum of `bytes`.
  package static func checksum(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBufferPointer { checksum($0) }
  }

  /// The checksum of the bytes of `buffer`, continuing from `crc` (the checksum of what came before).
  package static func checksum(_ buffer: UnsafeBufferPointer<UInt8>, continuing crc: UInt32 = 0) -> UInt32 {
    var c = ~crc
    table.withUnsafeBufferPointer { t in
      for b in buffer { c = t[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
    }
    return ~c
  }
}
