/// The one XML escaper (the .docx parts, and HTML): text and attribute values with `& < > " '`
/// escaped and the characters XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF)
/// dropped, so any charter text makes well-formed XML. `html` writes `'` as `&#39;` and any C0
/// control but tab and LF as U+FFFD, as the HTML printers always have.
package enum XMLText {
  package static func escape(_ s: String, html: Bool = false) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for ch in s.unicodeScalars {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += html ? "&#39;" : "&apos;"
      default:
        let v = ch.value
        if html {
          if v < 0x20 && v != 0x09 && v != 0x0A { out += "\u{FFFD}" } else { out.unicodeScalars.append(ch) }
          continue
        }
        if v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D { continue }
        if v == 0xFFFE || v == 0xFFFF { continue }
        out.unicodeScalars.append(ch)
      }
    }
    return out
  }
}

/// A small XML tokenizer, enough for the parts of a .docx (no DTD, no entity definitions — a
/// `<!DOCTYPE` is skipped and only the five predefined entities and character references are
/// decoded, so no input can expand). Linear in the input; malformed markup ends the scan
/// (`damaged` is set) instead of trapping.
package struct XMLTokenizer {
  package enum Token: Equatable {
    /// A start tag (`selfClosing` for `<x/>`), attributes in order.
    case start(name: String, attributes: [(String, String)], selfClosing: Bool)
    case end(name: String)
    /// Character data, entities decoded (CDATA included).
    case text(String)

    package static func == (a: Token, b: Token) -> Bool {
      switch (a, b) {
      case let (.start(n1, a1, s1), .start(n2, a2, s2)): return n1 == n2 && s1 == s2 && a1.map { $0.0 + "=" + $0.1 } == a2.map { $0.0 + "=" + $0.1 }
      case let (.end(n1), .end(n2)): return n1 == n2
      case let (.text(t1), .text(t2)): return t1 == t2
      default: return false
      }
    }
  }

  private let bytes: [UInt8]
  private var pos = 0
  /// Set when the markup was cut short or malformed.
  package private(set) var damaged = false

  package init(_ bytes: [UInt8]) {
    self.bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { pos = 3 }
  }

  /// The next token, or nil at the end (or where the markup breaks off).
  package mutating func next() -> Token? {
    while pos < bytes.count {
      if bytes[pos] != 0x3C {   // '<'
        let start = pos
        while pos < bytes.count && bytes[pos] != 0x3C { pos += 1 }
        return .text(Self.decode(bytes[start..<pos]))
      }
      guard pos + 1 < bytes.count else { damaged = true; pos = bytes.count; return nil }
      switch bytes[pos + 1] {
      case 0x3F:   // <? … ?>
        skip(past: [0x3F, 0x3E])
      case 0x21:   // <!-- -->, <![CDATA[ ]]>, <!DOCTYPE …>
        if starts("<!--") { skip(past: Array("-->".utf8)); continue }
        if starts("<![CDATA[") {
          let start = pos + 9
          skip(past: Array("]]>".utf8))
          let end = damaged ? bytes.count : pos - 3
          return .text(String(decoding: bytes[start..<max(start, end)], as: UTF8.self))
        }
        skip(past: [0x3E])
      case 0x2F:   // </name>
        let start = pos + 2
        skip(past: [0x3E])
        if damaged { return nil }
        return .end(name: String(decoding: bytes[start..<(pos - 1)], as: UTF8.self).trimmingXMLSpace())
      default:
        return startTag()
      }
    }
    return nil
  }

  private func starts(_ s: String) -> Bool {
    let u = Array(s.utf8)
    return pos + u.count <= bytes.count && bytes[pos..<(pos + u.count)].elementsEqual(u)
  }

  private mutating func skip(past terminator: [UInt8]) {
    var i = pos
    while i + terminator.count <= bytes.count {
      if bytes[i] == terminator[0] && bytes[i..<(i + terminator.count)].elementsEqual(terminator) {
        pos = i + terminator.count
        return
      }
      i += 1
    }
    damaged = true
    pos = bytes.count
  }

  private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

  private mutating func startTag() -> Token? {
    var i = pos + 1
    let nameStart = i
    while i < bytes.count && !Self.isSpace(bytes[i]) && bytes[i] != 0x3E && bytes[i] != 0x2F { i += 1 }
    let name = String(decoding: bytes[nameStart..<i], as: UTF8.self)
    var attributes = [(String, String)]()
    while true {
      while i < bytes.count && Self.isSpace(bytes[i]) { i += 1 }
      guard i < bytes.count else { damaged = true; pos = bytes.count; return nil }
      if bytes[i] == 0x3E { pos = i + 1; return .start(name: name, attributes: attributes, selfClosing: false) }
      if bytes[i] == 0x2F {
        guard i + 1 < bytes.count, bytes[i + 1] == 0x3E else { damaged = true; pos = bytes.count; return nil }
        pos = i + 2
        return .start(name: name, attributes: attributes, selfClosing: true)
      }
      let an = i
      while i < bytes.count && bytes[i] != 0x3D && bytes[i] != 0x3E && !Self.isSpace(bytes[i]) { i += 1 }
      let attr = String(decoding: bytes[an..<i], as: UTF8.self)
      while i < bytes.count && Self.isSpace(bytes[i]) { i += 1 }
      guard i < bytes.count, bytes[i] == 0x3D else { damaged = true; pos = bytes.count; return nil }
      i += 1
      while i < bytes.count && Self.isSpace(bytes[i]) { i += 1 }
      guard i < bytes.count, bytes[i] == 0x22 || bytes[i] == 0x27 else { damaged = true; pos = bytes.count; return nil }
      let quote = bytes[i]
      i += 1
      let vs = i
      while i < bytes.count && bytes[i] != quote { i += 1 }
      guard i < bytes.count else { damaged = true; pos = bytes.count; return nil }
      attributes.append((attr, Self.decode(bytes[vs..<i])))
      i += 1
    }
  }

  /// Text with `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&#N;` `&#xH;` decoded; anything else kept as written.
  static func decode(_ s: ArraySlice<UInt8>) -> String {
    guard s.contains(0x26) else { return String(decoding: s, as: UTF8.self) }
    var out = [UInt8]()
    out.reserveCapacity(s.count)
    var i = s.startIndex
    while i < s.endIndex {
      let b = s[i]
      guard b == 0x26, let semi = s[i..<min(s.endIndex, i + 12)].firstIndex(of: 0x3B) else { out.append(b); i += 1; continue }
      let name = String(decoding: s[(i + 1)..<semi], as: UTF8.self)
      var scalar: Unicode.Scalar?
      switch name {
      case "amp": scalar = "&"
      case "lt": scalar = "<"
      case "gt": scalar = ">"
      case "quot": scalar = "\""
      case "apos": scalar = "'"
      default:
        if name.hasPrefix("#x") || name.hasPrefix("#X") { scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
        else if name.hasPrefix("#") { scalar = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init) }
      }
      if let scalar {
        out += Array(String(scalar).utf8)
        i = semi + 1
      } else {
        out.append(b)
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}

extension XMLTokenizer.Token {
  /// The value of the attribute `name` of a start tag.
  package func attribute(_ name: String) -> String? {
    guard case .start(_, let attributes, _) = self else { return nil }
    return attributes.first { $0.0 == name }?.1
  }
}

extension String {
  func trimmingXMLSpace() -> String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s = s.dropLast() }
    return String(s)
  }
}
