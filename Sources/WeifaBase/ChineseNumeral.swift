/// Chinese numerals as statutes write them (立法法第六十五条; LAW.md §7):
/// 十, 十一, 二十, 一百零一, 一百一十, 一千零一十. Parsing also accepts Arabic
/// and full-width digits, 两, 〇 and the digit-by-digit form of years (二〇二四).
package enum ChineseNumeral {
  /// The value of a Chinese digit (〇 零 一 二 两 兩 三 … 九). A switch, not a dictionary: it runs per character.
  @inline(__always)
  private static func digitValue(_ s: Unicode.Scalar) -> Int? {
    switch s.value {
    case 0x3007, 0x96F6: return 0          // 〇 零
    case 0x4E00: return 1                  // 一
    case 0x4E8C, 0x4E24, 0x5169: return 2  // 二 两 兩
    case 0x4E09: return 3                  // 三
    case 0x56DB: return 4                  // 四
    case 0x4E94: return 5                  // 五
    case 0x516D: return 6                  // 六
    case 0x4E03: return 7                  // 七
    case 0x516B: return 8                  // 八
    case 0x4E5D: return 9                  // 九
    default: return nil
    }
  }

  /// The value of a unit below 万: 十 百 千.
  @inline(__always)
  private static func unitValue(_ s: Unicode.Scalar) -> Int? {
    switch s.value {
    case 0x5341: return 10    // 十
    case 0x767E: return 100   // 百
    case 0x5343: return 1000  // 千
    default: return nil
    }
  }

  /// Whether `s` can occur in a Chinese numeral.
  @inline(__always)
  package static func isNumeralScalar(_ s: Unicode.Scalar) -> Bool {
    digitValue(s) != nil || unitValue(s) != nil || s == "万" || s == "萬"
  }

  /// The value of a numeral written in Chinese or Arabic digits, or nil when it is malformed.
  package static func parse<S: StringProtocol>(_ text: S) -> Int? {
    parse(scalars: Array(text.unicodeScalars))
  }

  /// `parse` of the UTF-8 bytes `bytes[range]` without building a string: the parser's runs of
  /// digits and numeral characters, which are valid UTF-8 (an invalid byte would decode as
  /// U+FFFD, as `UTF8Scan` does, and make the numeral malformed).
  package static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    // Decode within the range only, as the string of the range would.
    let slice = UnsafeBufferPointer(rebasing: bytes[range])
    // ASCII digits (years, counts): the Arabic case of `parse(scalars:)`, without decoding.
    if !slice.isEmpty && slice.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
      var v = 0
      for c in slice {
        v = v &* 10 &+ Int(c - 0x30)
        if v > Limits.maxNumber { return nil }
      }
      return v
    }
    // Up to 16 Chinese characters without 万 (第十二条, （三）, 二〇二四): decoded on the stack and
    // read as `parse(scalars:)` reads them — then neither the Arabic nor the 万 case applies.
    if slice.count <= 48 {
      let fast: Int?? = withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: 16) { buf -> Int?? in
        var count = 0, i = 0
        while i < slice.count {
          let (s, len) = UTF8Scan.decode(slice, i)
          if count == 16 || asciiDigit(s) != nil || s == "万" || s == "萬" { return .none }
          buf.initializeElement(at: count, to: s)
          count += 1
          i += len
        }
        let s = UnsafeBufferPointer(rebasing: buf[0..<count])
        if s.isEmpty { return .some(nil) }
        if s.count >= 2 && s.allSatisfy({ digitValue($0) != nil }) && s.contains(where: { $0 == "〇" || $0 == "零" })
          && digitValue(s[0]) != 0 {
          var v = 0
          for c in s {
            v = v * 10 + digitValue(c)!
            if v > Limits.maxNumber { return .some(nil) }
          }
          return .some(v)
        }
        if s.count > 1 && (s[0] == "零" || s[0] == "〇") { return .some(nil) }
        return .some(parseSection(s, allowBareTen: true))
      }
      if let fast { return fast }
    }
    var scalars = [Unicode.Scalar]()
    scalars.reserveCapacity(range.count)
    var i = 0
    while i < slice.count {
      let (s, len) = UTF8Scan.decode(slice, i)
      scalars.append(s)
      i += len
    }
    return parse(scalars: scalars)
  }

  private static func parse(scalars: [Unicode.Scalar]) -> Int? {
    if scalars.isEmpty { return nil }
    // Arabic, half- or full-width.
    if scalars.allSatisfy({ asciiDigit($0) != nil }) {
      var v = 0
      for s in scalars {
        v = v &* 10 &+ asciiDigit(s)!
        if v > Limits.maxNumber { return nil }
      }
      return v
    }
    // Digit by digit (二〇二四): only digits, at least two of them.
    if scalars.count >= 2 && scalars.allSatisfy({ digitValue($0) != nil }) && scalars.contains(where: { $0 == "〇" || $0 == "零" })
      && digitValue(scalars[0]) != 0 {
      var v = 0
      for s in scalars {
        v = v * 10 + digitValue(s)!
        if v > Limits.maxNumber { return nil }
      }
      return v
    }
    // Positional: [section 万] section, where section = (d 千)? 零? (d 百)? 零? (d? 十)? d?
    if !scalars.contains(where: { $0 == "万" || $0 == "萬" }) {
      // One section (what the general case below does with a single part, without copying it).
      if scalars.count > 1 && (scalars[0] == "零" || scalars[0] == "〇") { return nil }
      return parseSection(scalars, allowBareTen: true)
    }
    var parts = [[Unicode.Scalar]]()
    var current = [Unicode.Scalar]()
    for s in scalars {
      if s == "万" || s == "萬" {
        parts.append(current); current = []
      } else { current.append(s) }
    }
    parts.append(current)
    if parts.count > 2 { return nil }
    if parts.count == 2 {
      // high 万 low: 三万, 十万, 一万零一十
      guard !parts[0].isEmpty, let high = parseSection(parts[0], allowBareTen: true) else { return nil }
      var lowDigits = parts[1]
      if lowDigits.first == "零" || lowDigits.first == "〇" { lowDigits.removeFirst() }
      if lowDigits.isEmpty { return parts[1].isEmpty ? high * 10000 : nil }
      guard let low = parseSection(lowDigits, allowBareTen: false) else { return nil }
      return high * 10000 + low
    }
    // A leading 零 is not a numeral (第零二条), though 零 alone is zero.
    if parts[0].count > 1 && (parts[0][0] == "零" || parts[0][0] == "〇") { return nil }
    guard let total = parseSection(parts[0], allowBareTen: true) else { return nil }
    return total
  }

  /// Whether `text` is a number written digit by digit (Arabic, or Chinese like 二〇二四) whose
  /// value is above `Limits.maxNumber`: well formed, but too large to compute with.
  package static func exceedsLimit<S: StringProtocol>(_ text: S) -> Bool {
    let scalars = Array(text.unicodeScalars)
    let arabic = !scalars.isEmpty && scalars.allSatisfy { asciiDigit($0) != nil }
    let chinese = scalars.count >= 2 && scalars.allSatisfy { digitValue($0) != nil } && scalars.contains { $0 == "〇" || $0 == "零" }
      && digitValue(scalars[0]) != 0
    guard arabic || chinese else { return false }
    var v = 0
    for s in scalars {
      v = v * 10 + (asciiDigit(s) ?? digitValue(s) ?? 0)
      if v > Limits.maxNumber { return true }
    }
    return false
  }

  private static func parseSection<C: Collection>(_ s: C, allowBareTen: Bool) -> Int? where C.Element == Unicode.Scalar {
    var value = 0
    var pendingDigit: Int? = nil
    var lastUnit = 10000
    var sawZero = false
    for (i, c) in s.enumerated() {
      if let d = digitValue(c) {
        if d == 0 {
          if pendingDigit != nil { return nil }
          if sawZero { return nil }
          sawZero = true
          continue
        }
        if pendingDigit != nil { return nil }
        pendingDigit = d
      } else if let u = unitValue(c) {
        if u >= lastUnit { return nil }
        var d = pendingDigit
        if d == nil {
          // 十 at the head means 一十; elsewhere a unit needs its digit.
          if u == 10 && i == 0 && allowBareTen { d = 1 } else if u == 10 && sawZero { d = 1 } else { return nil }
        }
        value += d! * u
        lastUnit = u
        pendingDigit = nil
        sawZero = false
      } else {
        return nil
      }
    }
    if let d = pendingDigit { value += d }
    else if sawZero { return value == 0 && s.count == 1 ? 0 : nil }
    return value
  }

  @inline(__always)
  package static func asciiDigit(_ s: Unicode.Scalar) -> Int? {
    let v = s.value
    if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
    if v >= 0xFF10 && v <= 0xFF19 { return Int(v - 0xFF10) }
    return nil
  }

  private static let digits: [String] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

  /// The statute form of `n` (0 ≤ n < 100000000): 十一, 一百一十, 一千零一.
  package static func format(_ n: Int) -> String {
    if n < 0 { return "负" + format(n == Int.min ? Int.max : -n) }
    if n < 10 { return digits[n] }
    if n >= 10000 {
      let high = n / 10000, low = n % 10000
      var s = format(high) + "万"
      if low == 0 { return s }
      if low < 1000 { s += "零" }
      return s + formatSection(low, head: false)
    }
    return formatSection(n, head: true)
  }

  private static func formatSection(_ n: Int, head: Bool) -> String {
    let units = [(1000, "千"), (100, "百"), (10, "十")]
    var s = ""
    var rest = n
    var needZero = false
    var started = false
    for (u, name) in units {
      let d = rest / u
      rest %= u
      if d == 0 {
        if started { needZero = true }
        continue
      }
      if needZero { s += "零"; needZero = false }
      // 十一 at the head of a number, 一十 after 百 or 千 (一百一十).
      if !(u == 10 && d == 1 && !started && head) { s += digits[d] }
      s += name
      started = true
    }
    if rest > 0 {
      if needZero { s += "零" }
      s += digits[rest]
    }
    return s
  }
}
