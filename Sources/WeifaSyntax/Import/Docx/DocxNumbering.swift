import WeifaBase

/// Word's automatic numbering (word/numbering.xml, ECMA-376 §17.9) resolved to the numbers Word
/// shows: each `w:num` names an abstract definition (`w:abstractNum`) whose levels give the start,
/// the format (`w:numFmt`: decimal, chineseCounting, chineseCountingThousand, ideographTraditional,
/// decimalEnclosedCircle …) and the text (`w:lvlText`: 第%1条, %1、, （%1）, %1.%2). Paragraphs of
/// numbers that share an abstract definition count on together, as in Word, unless the `w:num`
/// restarts a level (`w:lvlOverride`/`w:startOverride`: that num counts on its own, from the
/// value given); a level restarts after any paragraph of a higher level, or only after one of
/// the levels `w:lvlRestart` names (0: never). An abstract definition that only names a
/// numbering style (`w:numStyleLink`) takes the levels, and the counters, of the definition
/// that style links to (`w:styleLink`, or the numbering the style's paragraph properties give).
package struct DocxNumbering {
  struct Level {
    var start = 1
    var format = "decimal"
    var text = ""
    /// What follows the number: tab (the default), space or nothing.
    var suffix = "tab"
    /// `w:isLgl`: every number of the label in Arabic digits.
    var legal = false
    /// `w:lvlRestart`: the level restarts after a paragraph of a level above this 1-based
    /// level (0: never); nil restarts it after any higher level.
    var restart: Int?
  }

  var abstract: [String: [Int: Level]] = [:]
  /// numId → (abstractNumId, the levels it restarts at, levels it redefines).
  var nums: [String: (abstract: String, starts: [Int: Int], levels: [Int: Level])] = [:]
  /// The counters of each numbering in use, by abstract definition (or by num, when it restarts).
  private var counters: [String: [Int?]] = [:]
  /// Abstract definition → the numbering style it names (`w:numStyleLink`); style → the abstract
  /// definition that defines it (`w:styleLink`).
  var numStyleLinks: [String: String] = [:], styleLinks: [String: String] = [:]

  init() {}

  /// Resolves the style links: `styleNumbering` gives the numId a numbering style's paragraph
  /// properties name (styles.xml), for a link no `w:styleLink` answers.
  mutating func link(_ styleNumbering: (String) -> String?) {
    for (a, style) in numStyleLinks {
      guard let target = styleLinks[style] ?? styleNumbering(style).flatMap({ nums[$0]?.abstract }), target != a else { continue }
      for (n, num) in nums where num.abstract == a { nums[n]?.abstract = target }
    }
  }

  /// Reads numbering.xml.
  init(_ xml: [UInt8]) {
    var t = XMLTokenizer(xml)
    var abstractId: String?, numId: String?
    var level: Level?, ilvl = 0
    var overrideLevel: Int?
    while let tok = t.next() {
      switch tok {
      case .start(let name, _, let selfClosing):
        switch name {
        case "w:abstractNum": abstractId = tok.attribute("w:abstractNumId"); if abstractId != nil { abstract[abstractId!] = abstract[abstractId!] ?? [:] }
        case "w:num": numId = tok.attribute("w:numId")
        case "w:abstractNumId":
          if let n = numId, let a = tok.attribute("w:val") { nums[n] = (a, [:], [:]) }
        case "w:lvlOverride": overrideLevel = tok.attribute("w:ilvl").flatMap { Int($0) }
        case "w:startOverride":
          if let n = numId, let l = overrideLevel, let v = tok.attribute("w:val").flatMap({ Int($0) }) { nums[n]?.starts[l] = v }
        case "w:lvl":
          ilvl = tok.attribute("w:ilvl").flatMap { Int($0) } ?? 0
          level = selfClosing ? nil : Level()
        case "w:start": if let v = tok.attribute("w:val").flatMap({ Int($0) }) { level?.start = v }
        case "w:numFmt": if let v = tok.attribute("w:val") { level?.format = v }
        case "w:lvlText": level?.text = tok.attribute("w:val") ?? ""
        case "w:suff": if let v = tok.attribute("w:val") { level?.suffix = v }
        case "w:lvlRestart": level?.restart = tok.attribute("w:val").flatMap { Int($0) }
        case "w:numStyleLink": if let a = abstractId, let v = tok.attribute("w:val") { numStyleLinks[a] = v }
        case "w:styleLink": if let a = abstractId, let v = tok.attribute("w:val") { styleLinks[v] = a }
        case "w:isLgl": level?.legal = tok.attribute("w:val").map { $0 != "0" && $0 != "false" } ?? true
        default: break
        }
      case .end(let name):
        switch name {
        case "w:lvl":
          if let l = level {
            if let n = numId, let o = overrideLevel { nums[n]?.levels[o] = l }
            else if let a = abstractId { abstract[a]?[ilvl] = l }
          }
          level = nil
        case "w:abstractNum": abstractId = nil
        case "w:num": numId = nil
        case "w:lvlOverride": overrideLevel = nil
        default: break
        }
      case .text: break
      }
    }
  }

  /// The label Word shows for the next paragraph numbered (`numId`, `ilvl`), with what follows it
  /// (a full-width space after 第一条, nothing after 一、 or （一）), or nil for a bullet or no number.
  mutating func next(numId: String, ilvl: Int) -> String? {
    guard numId != "0", let num = nums[numId], let levels = abstract[num.abstract], (0...8).contains(ilvl) else { return nil }
    func level(_ k: Int) -> Level { num.levels[k] ?? levels[k] ?? Level() }
    let key = num.starts.isEmpty ? "a" + num.abstract : "n" + numId
    var c = counters[key] ?? [Int?](repeating: nil, count: 9)
    c[ilvl] = c[ilvl].map { $0 + 1 } ?? (num.starts[ilvl] ?? level(ilvl).start)
    for k in (ilvl + 1)..<9 {
      // A deeper level restarts unless its lvlRestart names a level at or above this one's.
      let r = level(k).restart
      if r == nil || (r! > 0 && ilvl < r!) { c[k] = nil }
    }
    counters[key] = c
    let this = level(ilvl)
    if this.format == "bullet" || this.format == "none" || this.text.isEmpty { return nil }
    var label = ""
    var chars = Array(this.text)
    var i = 0
    while i < chars.count {
      if chars[i] == "%", i + 1 < chars.count, let d = chars[i + 1].wholeNumberValue, (1...9).contains(d) {
        let l = level(d - 1)
        let value = c[d - 1] ?? (num.starts[d - 1] ?? l.start)
        label += Self.format(value, this.legal && d - 1 != ilvl ? "decimal" : l.format)
        i += 2
        continue
      }
      label.append(chars[i])
      i += 1
    }
    chars = []
    switch this.suffix {
    case "nothing": return label
    case "space": return label + " "
    default:
      guard let last = label.unicodeScalars.last else { return label }
      if "、.．)）:：".unicodeScalars.contains(last) || (0x2460...0x24FF).contains(last.value) || (0x3251...0x32BF).contains(last.value) { return label }
      return label + "\u{3000}"
    }
  }

  /// A number in one of Word's formats (ECMA-376 §17.18.59, those Chinese documents use).
  package static func format(_ n: Int, _ fmt: String) -> String {
    switch fmt {
    case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand", "japaneseLegal":
      return ChineseNumeral.format(n)
    case "chineseLegalSimplified":
      let map: [Character: Character] = ["一": "壹", "二": "贰", "三": "叁", "四": "肆", "五": "伍", "六": "陆", "七": "柒", "八": "捌", "九": "玖", "十": "拾", "百": "佰", "千": "仟"]
      return String(ChineseNumeral.format(n).map { map[$0] ?? $0 })
    case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand":
      let d = Array("〇一二三四五六七八九")
      return String(String(n).compactMap { $0.wholeNumberValue.map { d[$0] } })
    case "ideographTraditional":
      let d = Array("甲乙丙丁戊己庚辛壬癸")
      return n >= 1 ? String(d[(n - 1) % 10]) : String(n)
    case "ideographZodiac":
      let d = Array("子丑寅卯辰巳午未申酉戌亥")
      return n >= 1 ? String(d[(n - 1) % 12]) : String(n)
    case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
      return (1...20).contains(n) ? String(Unicode.Scalar(UInt32(0x2460 + n - 1))!) : String(n)
    case "decimalEnclosedParen": return (1...20).contains(n) ? String(Unicode.Scalar(UInt32(0x2474 + n - 1))!) : "(\(n))"
    case "decimalEnclosedFullstop": return (1...20).contains(n) ? String(Unicode.Scalar(UInt32(0x2488 + n - 1))!) : "\(n)."
    case "decimalFullWidth", "decimalFullWidth2":
      return String(String(n).unicodeScalars.map { Character(Unicode.Scalar($0.value - 0x30 + 0xFF10)!) })
    case "decimalZero": return n < 10 && n >= 0 ? "0\(n)" : String(n)
    case "lowerLetter", "upperLetter":
      guard n >= 1 else { return String(n) }
      let letter = Character(Unicode.Scalar(UInt8(97 + (n - 1) % 26)))
      let s = String(repeating: letter, count: (n - 1) / 26 + 1)
      return fmt == "upperLetter" ? s.uppercased() : s
    case "lowerRoman", "upperRoman":
      guard (1...3999).contains(n) else { return String(n) }
      var v = n, s = ""
      for (value, numeral) in [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")] {
        while v >= value { s += numeral; v -= value }
      }
      return fmt == "upperRoman" ? s.uppercased() : s
    default: return String(n)
    }
  }
}
