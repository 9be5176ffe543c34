#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WeifaBase
import WeifaSemantics

/// Where the lowered models of context documents (上位法, the rest of a bundle) are kept between
/// runs, so that `weifa check FILE` does not parse and lower the statutes again every time. The
/// CLI keeps them as files in `$XDG_CACHE_HOME/weifa` (`DiskModelStore`); tests keep them in memory.
/// The driver never touches files: it asks the store for bytes and hands it bytes.
package protocol ModelStore: Sendable {
  /// What identifies the program (its version and its build): a model is read back only by the
  /// program that wrote it.
  var identity: String { get }
  /// The bytes stored under `key`, or nil.
  func load(_ key: String) -> [UInt8]?
  /// Keeps `bytes` under `key`. Writes are atomic (a reader sees the old entry, none, or the
  /// whole new one); a failure to write is not an error — the model is lowered again next time.
  func store(_ key: String, _ bytes: [UInt8])
}

/// The cache entries of lowered context documents. An entry holds the program's identity, the
/// source's exact bytes and the model (`ModelCodec`), then a checksum of all of it; it is used only
/// when all of these agree with this program and this source, byte for byte — a damaged, stale or
/// foreign entry is ignored (and rewritten), never trusted.
package enum ContextCache {
  static let magic: [UInt8] = Array("WEIFA-MODEL\n".utf8)

  /// The key of `source`'s model as lowered by the program `identity`.
  package static func key(_ source: [UInt8], identity: String) -> String {
    var h = Hash64()
    h.add(Array(identity.utf8))
    h.add([0])
    h.add(source)
    return hex(h.value) + "-" + String(source.count) + ".model"
  }

  /// The lowered model of `file`: from `store` when it holds a sound entry for these bytes, else
  /// lowered (and then stored). Without a store, simply lowered.
  package static func charter(_ file: InputFile, store: (any ModelStore)?, lower: (SourceFile) -> Charter) -> (charter: Charter, cached: Bool) {
    let source = SourceFile(path: file.path, bytes: file.bytes)
    guard let store else { return (lower(source), false) }
    let key = key(file.bytes, identity: store.identity)
    if let entry = store.load(key), let c = read(entry, source: source, identity: store.identity) { return (c, true) }
    let c = lower(source)
    store.store(key, entry(c, identity: store.identity))
    return (c, false)
  }

  /// The bytes of an entry for `charter`.
  package static func entry(_ charter: Charter, identity: String) -> [UInt8] {
    var out = magic
    var w = ModelWriter()
    w.put(Int(ModelCodec.format))
    w.put(identity)
    w.put(Int(charter.file.bytes.count))
    out += w.bytes
    out += charter.file.bytes
    out += ModelCodec.encode(charter)
    var h = Hash64()
    h.add(out)
    withUnsafeBytes(of: h.value.littleEndian) { out += $0 }
    return out
  }

  /// The model in `entry`, when the entry is whole, was written by `identity` in this format, and
  /// holds exactly `source`'s bytes; else nil.
  package static func read(_ entry: [UInt8], source: SourceFile, identity: String) -> Charter? {
    guard entry.count >= magic.count + 8, entry.starts(with: magic) else { return nil }
    let body = entry.count - 8
    var stored: UInt64 = 0
    for i in 0..<8 { stored |= UInt64(entry[body + i]) << (8 * UInt64(i)) }
    var h = Hash64()
    entry.withUnsafeBufferPointer { h.add(UnsafeBufferPointer(rebasing: $0[..<body])) }
    guard h.value == stored else { return nil }
    var r = ModelReader(entry, from: magic.count, to: body)
    // (`as` names the type read: `let x: Int = try? r.get()` would read an optional.)
    guard let format = try? r.get() as Int, format == Int(ModelCodec.format),
          let who = try? r.get() as String, who == identity,
          let n = try? r.get() as Int, n == source.bytes.count,
          let bytes = try? r.raw(n), same(bytes, source.bytes) else { return nil }
    return ModelCodec.decode(&r, file: source)
  }

  /// Whether the bytes are the same (memcmp, not element by element).
  static func same(_ a: ArraySlice<UInt8>, _ b: [UInt8]) -> Bool {
    a.count == b.count && a.withUnsafeBufferPointer { p in
      b.withUnsafeBufferPointer { q in p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 }
    }
  }

  static func hex(_ v: UInt64) -> String {
    let s = String(v, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
  }
}

/// A fast 64-bit hash over bytes, eight at a time (not cryptographic: it names entries and
/// detects damage; the entry's source is compared byte for byte before it is used).
struct Hash64 {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
  private var length: UInt64 = 0

  mutating func add(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { add($0) } }

  mutating func add(_ p: UnsafeBufferPointer<UInt8>) {
    var i = 0
    let n = p.count
    let raw = UnsafeRawBufferPointer(p)
    while i + 8 <= n {
      mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
      i += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while i < n { tail |= UInt64(p[i]) << shift; shift += 8; i += 1 }
    if shift > 0 { mix(tail ^ (shift << 56)) }
    length &+= UInt64(n)
    mix(length)
  }

  @inline(__always) private mutating func mix(_ w: UInt64) {
    var x = (value ^ w) &* 0x9E37_79B9_7F4A_7C15
    x ^= x >> 29
    value = x &* 0xBF58_476D_1CE4_E5B9 ^ (x >> 32)
  }
}
