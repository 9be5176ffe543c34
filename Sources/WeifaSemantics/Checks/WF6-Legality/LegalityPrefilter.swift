/// A fast first look for the legality checks (performance only; what is reported does not change).
///
/// `LegalityChecks.prose` looks for its words sentence by sentence. Most prose holds none of
/// them: one pass over the text's bytes says so, and the sentence-by-sentence scan, which would
/// report nothing, is skipped. A word is found by `prose` only where its bytes occur (it searches
/// bytes, `TextSearch.swift`), so a text without any trigger word's bytes cannot report.
extension LegalityChecks {
  /// Every word whose presence can make `prose` report: the patterns' words, the verbs of
  /// `amountFine` and the repealed laws of `bareRepealedLaw`. A new trigger in `prose` must be
  /// listed here too.
  static let triggerWords: [String] = patterns.flatMap(\.words) + amountFineVerbs + repealedLaws

  static let triggers = TriggerSet(triggerWords)

  /// Whether `prose` could report anything for `text`.
  static func mayReport(_ text: String) -> Bool {
    var t = text
    return t.withUTF8 { triggers.occursIn($0) }
  }

  /// `haystack.contains(needle)` (Characters, canonical equivalence), answered from bytes when that
  /// is certain: a needle of CJK unified ideographs occurs as Characters only where its bytes
  /// occur, unless the haystack holds compatibility ideographs (which are canonically equivalent
  /// to unified ones). Otherwise, or when the bytes occur, the standard library decides.
  static func containsExact(_ haystack: String, _ needle: String) -> Bool {
    if needle.unicodeScalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }),
       !haystack.unicodeScalars.contains(where: { (0xF900...0xFAFF).contains($0.value) || (0x2F800...0x2FA1F).contains($0.value) }),
       !haystack.containsBytes(needle) {
      return false
    }
    return haystack.contains(needle)
  }
}

/// A set of words found in one pass over UTF-8 bytes. Words are indexed by their first scalar;
/// a scalar of the text that starts some word is followed by a byte comparison of those words.
struct TriggerSet: Sendable {
  /// For a three-byte first scalar (E0–EF lead): a bit per 16-bit code `lead & 0x0F, b1 & 0x3F, b2 & 0x3F`.
  private var threeByte = [UInt64](repeating: 0, count: 1024)
  /// The words (as bytes) by their first scalar's bytes, packed into an integer.
  private var byFirst: [UInt32: [[UInt8]]] = [:]
  /// Words that do not start with a three-byte scalar: searched for directly.
  private var others: [[UInt8]] = []

  init(_ words: [String]) {
    for w in words {
      let b = Array(w.utf8)
      guard !b.isEmpty else { continue }
      if b.count >= 3 && b[0] & 0xF0 == 0xE0 && b[1] & 0xC0 == 0x80 && b[2] & 0xC0 == 0x80 {
        let code = Int(b[0] & 0x0F) << 12 | Int(b[1] & 0x3F) << 6 | Int(b[2] & 0x3F)
        threeByte[code >> 6] |= 1 << UInt64(code & 63)
        byFirst[UInt32(b[0]) << 16 | UInt32(b[1]) << 8 | UInt32(b[2]), default: []].append(b)
      } else {
        others.append(b)
      }
    }
  }

  /// Whether any word occurs in `h`.
  func occursIn(_ h: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = h.count
    var i = 0
    while i + 2 < n {
      let b0 = h[i]
      if b0 & 0xF0 == 0xE0 {
        let code = Int(b0 & 0x0F) << 12 | Int(h[i + 1] & 0x3F) << 6 | Int(h[i + 2] & 0x3F)
        if threeByte[code >> 6] & (1 << UInt64(code & 63)) != 0,
           let words = byFirst[UInt32(b0) << 16 | UInt32(h[i + 1]) << 8 | UInt32(h[i + 2])] {
          for w in words where i + w.count <= n {
            var k = 3
            while k < w.count && h[i + k] == w[k] { k += 1 }
            if k == w.count { return true }
          }
        }
      }
      i += 1
    }
    for w in others where w.count <= n {
      var start = 0
      while start + w.count <= n {
        var k = 0
        while k < w.count && h[start + k] == w[k] { k += 1 }
        if k == w.count { return true }
        start += 1
      }
    }
    return false
  }
}
