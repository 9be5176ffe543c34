import Testing
import WeifaTestSupport
@testable import WeifaCLI
import WeifaBase

/// The fast paths of reading a file (issue 17): `isWellFormedUTF8` must say yes exactly when
/// `utf8Profile` finds no invalid run, and the memchr guard of `utf16WithoutBOM` must not change
/// its answer.
@Suite struct InputDecodingFastPathTests {
  /// The byte-by-byte answer the fast path replaces.
  func slow(_ b: [UInt8]) -> Bool { InputDecoding.utf8Profile(b).invalidRuns == 0 }

  @Test func everyShortSequenceAgrees() {
    let seconds: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
    let tails: [UInt8] = [0x80, 0xBF, 0x41, 0xC0]
    var cases = 0
    for lead in 0...255 {
      for s in seconds {
        for t in tails {
          for u in tails {
            let seq: [UInt8] = [UInt8(lead), s, t, u]
            // Alone, cut short at every length, and after eight ASCII bytes (the word-at-a-time path).
            for n in 1...4 {
              for prefix in [[UInt8](), Array("abcdefgh".utf8), Array("第一条".utf8)] {
                let b = prefix + seq[..<n]
                #expect(InputDecoding.isWellFormedUTF8(b) == slow(b), "bytes \(b)")
                cases += 1
              }
            }
          }
        }
      }
    }
    #expect(cases == 256 * seconds.count * tails.count * tails.count * 12)
  }

  @Test func mutatedCharters() {
    // Every Codes/ charter agrees as it is (valid) and with bytes changed at pseudo-random places.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
    let files = codesFiles()
    #expect(files.count > 10)
    for path in files {
      let bytes = readBytes(path)
      #expect(InputDecoding.isWellFormedUTF8(bytes), "\(path)")
      #expect(slow(bytes))
      for _ in 0..<20 {
        var b = bytes
        for _ in 0..<Int(next() % 3 + 1) where !b.isEmpty { b[Int(next() % UInt64(b.count))] = UInt8(truncatingIfNeeded: next()) }
        #expect(InputDecoding.isWellFormedUTF8(b) == slow(b))
      }
    }
  }

  @Test func utf16GuessUnchangedWithoutZeroBytes() {
    // No zero byte: the guess is nil, as the counting loop would find.
    #expect(InputDecoding.utf16WithoutBOM(Array("第一条 村民应当遵守本规约。\n".utf8)) == nil)
    #expect(InputDecoding.utf16WithoutBOM(Array("abcd".utf8)) == nil)
    // UTF-16 without a byte-order mark is still recognised.
    let le = Array("@标题 abc\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let be = Array("@标题 abc\n".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(InputDecoding.utf16WithoutBOM(le) == .utf16LE)
    #expect(InputDecoding.utf16WithoutBOM(be) == .utf16BE)
  }
}
