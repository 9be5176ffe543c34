import Testing
import WeifaTestSupport
import WeifaBase
@testable import WeifaSyntax

/// The parser's fast paths give the answers of the general code they stand in for.
@Suite struct FastPathTests {
  /// Field keys are kept as bits of a `FieldMask` (duplicates, allowed fields): 128 bits since issue 13's round four.
  @Test func fieldKeysFitTheBitSet() {
    #expect(FieldKey.allCases.count <= FieldMask.bitWidth)
    #expect(Tables.fieldMasks.count == DirectiveKeyword.allCases.count)
    for (d, mask) in zip(DirectiveKeyword.allCases, Tables.fieldMasks) {
      for (k, key) in FieldKey.allCases.enumerated() {
        #expect((mask >> FieldMask(k)) & 1 == (d.fields.contains(key) ? 1 : 0), "\(d.rawValue) \(key.rawValue)")
      }
    }
  }

  /// `ChineseNumeral.parse(utf8:)` (ASCII digits, up to 16 characters on the stack, and the
  /// general case) agrees with `parse` of the string, for every string of up to 4 characters.
  @Test func numeralFromBytesAgreesWithString() {
    let chars = ["〇", "零", "一", "二", "两", "兩", "三", "九", "十", "百", "千", "万", "萬", "1", "0", "９", "甲"]
    var texts = [""]
    var frontier = [""]
    for _ in 0..<4 {
      frontier = frontier.flatMap { t in chars.map { t + $0 } }
      texts += frontier
    }
    texts += ["2024", "999999999999", "1000000000000", "10000000000000", String(repeating: "一", count: 17),
              "二〇二四二〇二四二〇二四二〇", "九千九百九十九万九千九百九十九", String(repeating: "〇", count: 16) + "一"]
    for t in texts {
      let bytes = Array(t.utf8)
      let fast = bytes.withUnsafeBufferPointer { ChineseNumeral.parse(utf8: $0, 0..<bytes.count) }
      #expect(fast == ChineseNumeral.parse(t), "\(t)")
    }
  }

  /// Keyword matching with lead-byte and block bitmaps, open addressing and the table's own
  /// folding finds what matching scalar by scalar after `Variants.fold` finds.
  @Test func keywordTablesMatchLikeFolding() {
    var words = [String]()
    for w in DirectiveKeyword.allCases.map(\.rawValue) + FieldKey.allCases.map(\.rawValue) + Words.units + Words.bases
      + Words.compareSymbols + Words.relativeRefs where !words.contains(w) { words.append(w) }
    let traditional = Dictionary(Variants.table.map { ($0.value.value, Unicode.Scalar($0.key)!) }, uniquingKeysWith: { a, _ in a })
    let table = WordTable(words)
    for w in words {
      // The word, its traditional form where there is one, and its full-width form.
      let trad = String(String.UnicodeScalarView(w.unicodeScalars.map { traditional[$0.value] ?? $0 }))
      let wide = String(String.UnicodeScalarView(w.unicodeScalars.map { $0.value >= 0x21 && $0.value <= 0x7E ? Unicode.Scalar($0.value + 0xFEE0)! : $0 }))
      for form in [w, trad, wide, w + "x", "x" + w] {
        let expected = naiveMatch(words, form)
        let got = table.match(Array(form.utf8), 0, limit: form.utf8.count)
        #expect(got?.value == expected?.value && got?.end == expected?.end, "\(form)")
      }
    }
  }

  /// `LineParser.directiveSuggestion` (keywords' scalars built once, a keyword measured only when
  /// it shares enough scalars with the word) gives the answer of `Suggest.note` over every keyword
  /// followed by the prefix comparison, as it was written before: on every keyword, on each with
  /// one character changed, dropped, doubled or swapped, with text after it, and on unrelated words.
  @Test func directiveSuggestionAgreesWithSuggest() {
    func reference(_ word: String) -> LocalizedText? {
      let keywords = DirectiveKeyword.allCases.map(\.rawValue)
      if let note = Suggest.note(word, among: keywords, prefix: "@") { return note }
      let scalars = Array(word.unicodeScalars)
      guard scalars.count <= Suggest.maxLength else { return nil }
      var close = [String]()
      for k in keywords {
        let n = k.unicodeScalars.count
        guard n >= 2, scalars.count > n else { continue }
        let allowed = Suggest.allowedDistance(n)
        if Suggest.distance(Array(scalars[..<n]), Array(k.unicodeScalars), bound: allowed) <= allowed { close.append(k) }
      }
      return Suggest.didYouMean(close, prefix: "@")
    }
    var words = ["", "甲", "天气", "乱倒垃圾", "abc", "\u{FFFD}\u{FFFD}", String(repeating: "禁", count: 30), String(repeating: "止", count: 24)]
    let fillers: [Unicode.Scalar] = ["至", "甲", "止", "务", "x"]
    for k in DirectiveKeyword.allCases.map(\.rawValue) + DirectiveKeyword.aliases.keys.sorted() {
      let s = Array(k.unicodeScalars)
      words.append(k)
      for tail in ["乱倒垃圾", "x", "某某某某某某某某某某某某某某某某某某某某某某"] { words.append(k + tail) }
      for i in s.indices {
        var dropped = s; dropped.remove(at: i); words.append(String(String.UnicodeScalarView(dropped)))
        var doubled = s; doubled.insert(s[i], at: i); words.append(String(String.UnicodeScalarView(doubled)))
        for f in fillers { var changed = s; changed[i] = f; words.append(String(String.UnicodeScalarView(changed))) }
        if i + 1 < s.count { var swapped = s; swapped.swapAt(i, i + 1); words.append(String(String.UnicodeScalarView(swapped))) }
      }
    }
    var suggested = 0
    for w in words {
      let fast = LineParser.directiveSuggestion(w), slow = reference(w)
      #expect(fast?.zh == slow?.zh && fast?.en == slow?.en, "\(w)")
      if slow != nil { suggested += 1 }
    }
    #expect(suggested > words.count / 2)   // the words above are mostly near a keyword
  }

  /// `nameEnd` and `spacesEnd` decide on the lead byte alone that a character is neither a
  /// delimiter nor a space unless it starts with C2, E2, E3 or EF: true of every scalar of the
  /// Basic Multilingual Plane.
  @Test func delimitersAndSpacesStartWithTheKnownLeadBytes() {
    var delimiters = 0
    for v in UInt32(0x80)...0xFFFF {
      guard let s = Unicode.Scalar(v), LineParser.isDelimiter(s) || LineParser.isSpace(s) else { continue }
      delimiters += 1
      let lead = Array(String(s).utf8)[0]
      #expect(LineParser.mayStartDelimiter(lead), "U+\(String(v, radix: 16, uppercase: true))")
    }
    #expect(delimiters >= 20)
  }

  /// Longest word of `list` at the start of `text` after folding, as a plain loop.
  func naiveMatch(_ list: [String], _ text: String) -> (value: Int, end: Int)? {
    let scalars = Array(text.unicodeScalars)
    var best: (value: Int, end: Int, length: Int)?
    for (i, w) in list.enumerated() {
      let ws = Array(w.unicodeScalars).map(Variants.fold)
      guard !ws.isEmpty, ws.count <= scalars.count else { continue }
      guard zip(ws, scalars).allSatisfy({ Variants.fold($1) == $0 }) else { continue }
      if best == nil || ws.count > best!.length {
        let end = scalars[0..<ws.count].reduce(0) { $0 + String($1).utf8.count }
        best = (i, end, ws.count)
      }
    }
    return best.map { ($0.value, $0.end) }
  }
}
