import Testing
import WeifaBase
import WeifaTestSupport

/// The zip layer (Sources/WeifaBase/Zip): archives written by Debian's `zip` (Tests/Fixtures/zip,
/// made with `zip -9` and `zip -0`), our own writer read back, and every way an archive can be bad.
@Suite struct ZipTests {
  static let charter = readBytes("Tests/Fixtures/zip/stored.zip")

  @Test func crcOfKnownStrings() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum([]) == 0)
    #expect(CRC32.checksum(Array("hello\n".utf8)) == 0x363A_3020)   // as unzip -lv lists dir/hello.txt
  }

  @Test func readsDeflateAndStoredEntriesWrittenByZip() throws {
    let deflated = try ZipArchive(readBytes("Tests/Fixtures/zip/deflate.zip"))
    let stored = try ZipArchive(Self.charter)
    #expect(deflated.entries.map(\.name) == ["charter.weifa", "dir/hello.txt"])
    let d = try #require(deflated.entry("charter.weifa"))
    #expect(d.method == 8)
    #expect(stored.entry("charter.weifa")?.method == 0)
    let a = try deflated.data(d), b = try #require(try stored.data(named: "charter.weifa"))
    #expect(a.count == 42436)
    #expect(a == b)
    #expect(String(decoding: a, as: UTF8.self).hasPrefix("@标题"))
    #expect(try deflated.data(named: "dir/hello.txt") == Array("hello\n".utf8))
    #expect(try deflated.data(named: "absent") == nil)
  }

  @Test func writerRoundTrip() throws {
    var w = ZipWriter()
    w.add("[Content_Types].xml", Array("<Types/>".utf8))
    w.add("word/document.xml", Array("第一条　甲。".utf8))
    w.add("empty", [])
    let bytes = w.finish()
    #expect(ZipArchive.looksLikeZip(bytes))
    let z = try ZipArchive(bytes)
    #expect(z.entries.map(\.name) == ["[Content_Types].xml", "word/document.xml", "empty"])
    #expect(try z.data(named: "word/document.xml") == Array("第一条　甲。".utf8))
    #expect(try z.data(named: "empty") == [])
    #expect(w.finish() == bytes, "deterministic")
  }

  /// Our deflate, read back by our inflate: text (deflated, smaller), noise (stored), runs long and
  /// short, every match length, an empty entry.
  @Test func deflateRoundTrip() throws {
    let charter = try #require(try ZipArchive(Self.charter).data(named: "charter.weifa"))
    var x: UInt32 = 14
    let random = (0..<5000).map { _ -> UInt8 in x = x &* 1_664_525 &+ 1_013_904_223; return UInt8(x >> 24) }
    let runs = [UInt8](repeating: 0x41, count: 100_000) + Array("第一条".utf8) + [UInt8](repeating: 0x42, count: 259)
    var lengths = [UInt8]()
    for l in 1...300 { lengths += Array("ab".utf8) + [UInt8](repeating: UInt8(l & 0xFF), count: l) }
    var w = ZipWriter()
    for (name, data) in [("charter", charter), ("random", random), ("runs", runs), ("lengths", lengths), ("short", Array("甲乙丙".utf8))] { w.add(name, data) }
    let z = try ZipArchive(w.finish())
    #expect(try z.data(named: "charter") == charter)
    #expect(try z.data(named: "random") == random)
    #expect(try z.data(named: "runs") == runs)
    #expect(try z.data(named: "lengths") == lengths)
    #expect(z.entry("charter")?.method == 8 && z.entry("random")?.method == 0 && z.entry("short")?.method == 0)
    let c = try #require(z.entry("charter"))
    #expect(c.compressedSize * 3 < c.size, "text deflates to under a third: \(c.compressedSize) of \(c.size)")
    #expect(try Inflate.inflate(Deflate.compress([])[...], limit: 10) == [])
  }

  @Test func zipBombDeclaredSize() throws {
    // 10 MB of zeros in 10 KB: fine under the limit; past it when the directory says 100 MB.
    let bytes = readBytes("Tests/Fixtures/zip/zeros.zip")
    let z = try ZipArchive(bytes)
    #expect(try z.data(named: "zeros.bin")?.count == 10 << 20)
    var big = bytes
    let cd = try #require(Self.centralRecord(big))
    Self.patch32(&big, cd + 24, 100 << 20)
    #expect(throws: ZipError.tooLarge(limit: ZipLimits.maxTotalBytes)) { try ZipArchive(big) }
  }

  @Test func zipBombActualSizeIsBoundedByTheDeclaredOne() throws {
    var bytes = readBytes("Tests/Fixtures/zip/zeros.zip")
    let cd = try #require(Self.centralRecord(bytes))
    Self.patch32(&bytes, cd + 24, 1000)   // says 1000 bytes, inflates to 10 MB
    let z = try ZipArchive(bytes)
    #expect(throws: ZipError.damaged(.sizeMismatch)) { try z.data(named: "zeros.bin") }
    #expect(throws: ZipError.tooLarge(limit: 4096)) {
      try Inflate.inflate(Self.deflateData(readBytes("Tests/Fixtures/zip/zeros.zip")), limit: 4096)
    }
  }

  @Test func traversalNamesAreRefused() {
    for name in ["../evil.txt", "word/../../evil", "/etc/passwd", "C:/x", "a\\b", ".."] {
      var w = ZipWriter()
      w.add(name, [1, 2, 3])
      #expect(throws: ZipError.unsafeName(name)) { try ZipArchive(w.finish()) }
    }
    #expect(ZipArchive.isSafe("word/media/image1.png"))
    #expect(ZipArchive.isSafe("[Content_Types].xml"))
  }

  @Test func duplicateAndTooManyEntries() {
    var w = ZipWriter()
    w.add("a", [1])
    w.add("a", [2])
    #expect(throws: ZipError.duplicateName("a")) { try ZipArchive(w.finish()) }
    var many = ZipWriter()
    for k in 0...ZipLimits.maxEntries { many.add("f\(k)", []) }
    #expect(throws: ZipError.tooManyEntries(ZipLimits.maxEntries + 1)) { try ZipArchive(many.finish()) }
  }

  /// Every prefix of a real archive, and every single-byte change in its deflate data, is an
  /// error or the right bytes — never a trap, never wrong bytes passed as good.
  @Test func truncatedAndDamagedArchives() throws {
    let bytes = readBytes("Tests/Fixtures/zip/deflate.zip")
    let good = try ZipArchive(bytes).data(named: "charter.weifa")
    for cut in stride(from: 0, to: bytes.count, by: 97) {
      let prefix = Array(bytes[..<cut])
      if let z = try? ZipArchive(prefix) { _ = try? z.data(named: "charter.weifa") } else { #expect(Bool(true)) }
    }
    #expect(throws: ZipError.damaged(.noDirectory)) { try ZipArchive(Array(bytes[..<(bytes.count - 30)])) }
    #expect(throws: ZipError.notZip) { try ZipArchive(Array("第一条 甲。 plain text, long enough to be read".utf8)) }
    let data = Self.deflateData(bytes)
    var caught = 0
    for k in stride(from: data.startIndex, to: data.endIndex, by: 211) {
      var damaged = bytes
      damaged[k] ^= 0x5A
      let z = try ZipArchive(damaged)
      do {
        let out = try z.data(named: "charter.weifa")
        #expect(out == good, "a damaged stream passed as good at byte \(k)")
      } catch { caught += 1 }
    }
    #expect(caught > 40)
  }

  @Test func encryptedEntry() throws {
    var w = ZipWriter()
    w.add("word/document.xml", [1, 2, 3])
    var bytes = w.finish()
    bytes[6] |= 1   // the local header's flag: encrypted
    let cd = try #require(Self.centralRecord(bytes))
    bytes[cd + 8] |= 1
    #expect(throws: ZipError.encrypted) { try ZipArchive(bytes).data(named: "word/document.xml") }
  }

  // MARK: - Helpers

  static func centralRecord(_ b: [UInt8]) -> Int? {
    (0..<(b.count - 4)).first { b[$0] == 0x50 && b[$0 + 1] == 0x4B && b[$0 + 2] == 1 && b[$0 + 3] == 2 }
  }

  static func patch32(_ b: inout [UInt8], _ at: Int, _ v: Int) {
    for k in 0..<4 { b[at + k] = UInt8((v >> (8 * k)) & 0xFF) }
  }

  /// The raw deflate stream of the first entry.
  static func deflateData(_ b: [UInt8]) -> ArraySlice<UInt8> {
    let n = Int(b[26]) | Int(b[27]) << 8, e = Int(b[28]) | Int(b[29]) << 8
    let size = Int(b[18]) | Int(b[19]) << 8 | Int(b[20]) << 16 | Int(b[21]) << 24
    return b[(30 + n + e)..<(30 + n + e + size)]
  }
}
