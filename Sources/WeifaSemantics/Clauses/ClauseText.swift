import WeifaBase

/// A paragraph's text, normalised once for clause analysis: traditional characters folded to
/// simplified (`ChineseVariants`), full-width digits, letters and punctuation to half-width where
/// the analysis does not care (，；。 stay as they are), capital numerals (壹贰…佰仟) to ordinary ones.
/// Each scalar keeps the byte offset it came from, so every span found on the normalised text is
/// a byte range of the source. Normalising never changes the prose; it is for matching only.
struct ClauseText: Sendable {
  /// The normalised scalars.
  var scalars: [UInt32] = []
  /// `offsets[i]` is the byte offset (in the file) of scalar `i`; `offsets[count]` the end.
  var offsets: [Int] = []

  init(_ text: Substring, base: Int) {
    scalars.reserveCapacity(text.utf8.count / 3 + 1)
    offsets.reserveCapacity(text.utf8.count / 3 + 2)
    var o = base
    for u in text.unicodeScalars {
      scalars.append(Self.fold(u))
      offsets.append(o)
      o += UTF8.width(u)
    }
    offsets.append(o)
  }

  var count: Int { scalars.count }

  /// The scalar for matching: simplified, half-width digits and letters, ordinary numerals.
  static func fold(_ u: Unicode.Scalar) -> UInt32 {
    let v = u.value
    switch v {
    case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return v - 0xFEE0
    case 0x58F9: return 0x4E00  // 壹 一
    case 0x8D30, 0x8CB3: return 0x4E8C  // 贰 貳 二
    case 0x53C1, 0x53C4: return 0x4E09  // 叁 叄 三
    case 0x8086: return 0x56DB  // 肆 四
    case 0x4F0D: return 0x4E94  // 伍 五
    case 0x9646, 0x9678: return 0x516D  // 陆 陸 六
    case 0x67D2: return 0x4E03  // 柒 七
    case 0x634C: return 0x516B  // 捌 八
    case 0x7396: return 0x4E5D  // 玖 九
    case 0x62FE: return 0x5341  // 拾 十
    case 0x4F70: return 0x767E  // 佰 百
    case 0x4EDF: return 0x5343  // 仟 千
    case 0x201C, 0x201D, 0x300E, 0x300F: return v  // quotes stay
    default: return ChineseVariants.simplified(u).value
    }
  }

  /// The source text of scalars `r` (by byte range of the file).
  func range(_ r: Range<Int>) -> TextRange { TextRange(offsets[r.lowerBound], offsets[r.upperBound]) }

  /// The normalised text of scalars `r`.
  /// (Encoded as UTF-8 and decoded once, `appendUTF8`. A value that is no scalar — a surrogate, or above U+10FFFF — is left
  /// out, as `Unicode.Scalar(_:)` would.)
  func string(_ r: Range<Int>) -> String {
    var out = [UInt8]()
    out.reserveCapacity(r.count * 3)
    for i in r {
      let v = scalars[i]
      if v > 0x10FFFF || (0xD800...0xDFFF).contains(v) { continue }
      appendUTF8(v, &out)
    }
    return String(decoding: out, as: UTF8.self)
  }
}

/// Words found in one pass over normalised scalars: at each position the longest word that
/// starts there. Words are indexed by their first scalar, so a pass costs the text's length
/// times the few words that share a first character.
struct Lexicon<Entry: Sendable>: Sendable {
  /// The words by their first scalar: `bucketOf[scalar]` (BMP) is an index into `bucketStart`, or -1.
  /// A bucket's words are `words[bucketStart[b]..<bucketStart[b + 1]]`, longest first; their scalars
  /// lie in one flat array (`storage`), so matching touches no per-word array (no reference counting).
  private var bucketOf = [Int32](repeating: -1, count: 0x10000)
  private var bucketStart: [Int32] = []
  private var words: [(offset: Int32, length: Int32, entry: Entry)] = []
  private var storage: [UInt32] = []

  init(_ list: [(String, Entry)]) {
    var buckets: [[(word: [UInt32], entry: Entry)]] = []
    for (w, e) in list {
      let s = w.unicodeScalars.map { ClauseText.fold($0) }
      guard let f = s.first, f < 0x10000 else { continue }
      if bucketOf[Int(f)] < 0 { bucketOf[Int(f)] = Int32(buckets.count); buckets.append([]) }
      buckets[Int(bucketOf[Int(f)])].append((s, e))
    }
    for k in buckets.indices {
      // Longest first; among words of one length, the first listed: a stable insertion sort of indices (buckets
      // hold a few words each, and a library sort with a closure costs more than the lexicon's whole use).
      var order = [Int](0..<buckets[k].count)
      var i = 1
      while i < order.count {
        let x = order[i], n = buckets[k][x].word.count
        var j = i
        while j > 0 && buckets[k][order[j - 1]].word.count < n { order[j] = order[j - 1]; j -= 1 }
        order[j] = x
        i += 1
      }
      bucketStart.append(Int32(words.count))
      for x in order {
        let w = buckets[k][x]
        words.append((Int32(storage.count), Int32(w.word.count), w.entry))
        storage.append(contentsOf: w.word)
      }
    }
    bucketStart.append(Int32(words.count))
  }

  /// The longest word starting at `i` (not past `end`), with its length.
  @inline(__always)
  func match(_ t: [UInt32], at i: Int, end: Int) -> (Entry, Int)? {
    let u = t[i]
    guard u < 0x10000 else { return nil }
    let b = Int(bucketOf[Int(u)])
    guard b >= 0 else { return nil }
    return storage.withUnsafeBufferPointer { st in
      t.withUnsafeBufferPointer { tp in
        for k in Int(bucketStart[b])..<Int(bucketStart[b + 1]) {
          let n = Int(words[k].length), o = Int(words[k].offset)
          if i + n > end { continue }
          var j = 1
          while j < n && tp[i + j] == st[o + j] { j += 1 }
          if j == n { return (words[k].entry, n) }
        }
        return nil
      }
    }
  }
}
