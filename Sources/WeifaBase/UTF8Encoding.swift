/// Appends the UTF-8 of scalar value `v` (a valid scalar: not a surrogate, at most U+10FFFF) to `out` — the one encoder
/// the lowering's keys, the keyword folder and the clause analysis's text share (building bytes and decoding them once
/// costs far less than appending scalars to a `String.UnicodeScalarView`).
@inline(__always) package func appendUTF8(_ v: UInt32, _ out: inout [UInt8]) {
  if v < 0x80 {
    out.append(UInt8(v))
  } else if v < 0x800 {
    out.append(UInt8(0xC0 | v >> 6)); out.append(UInt8(0x80 | v & 0x3F))
  } else if v < 0x10000 {
    out.append(UInt8(0xE0 | v >> 12)); out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
  } else {
    out.append(UInt8(0xF0 | v >> 18)); out.append(UInt8(0x80 | v >> 12 & 0x3F))
    out.append(UInt8(0x80 | v >> 6 & 0x3F)); out.append(UInt8(0x80 | v & 0x3F))
  }
}
