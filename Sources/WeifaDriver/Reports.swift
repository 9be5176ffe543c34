import WeifaBase
import WeifaSemantics

/// Renders diagnostics for people: header, `--> file:line:col`, the source line, a caret row
/// sized by display width (CJK characters are two columns), then notes and legal basis. Characters
/// that do not print (controls, format characters, bytes that are not UTF-8) are shown escaped
/// (`\x00`, `U+202E`), so no input can write control sequences to the terminal; a long line is
/// shown as a window around the place. With `color`, the severity, the code and the carets are
/// coloured (ANSI), as a terminal shows them.
package enum TextReport {
  package static func render(_ d: Diagnostic, lang: Language, color: Bool = false) -> String {
    let paint = Paint(on: color)
    let sev = lang == .zh ? d.severity.chinese : d.severity.english
    let tone = Paint.tone(d.severity)
    // English text names laws in English (Glossary.laws), the 《title》 kept once in brackets.
    func shown(_ t: LocalizedText) -> String { lang == .zh ? t.zh : Glossary.lawNames(t.en) }
    var out = paint.bold(tone, "\(sev)[\(d.code.id)]") + paint.bold(nil, ": " + Visible.escape(shown(d.message))) + "\n"
    let (line, column) = d.file.location(of: d.range.lower)
    let gutter = String(repeating: " ", count: String(line).count)
    let bar = paint.bold(Paint.blue, "|"), eq = paint.bold(Paint.blue, "=")
    out += "\(gutter)\(paint.bold(Paint.blue, "-->")) \(Visible.escape(d.file.path)):\(line):\(column)\n"
    out += "\(gutter) \(bar)\n"
    out += snippet(d.file, d.range, gutter: gutter, paint: paint, tone: tone)
    let colon = lang == .zh ? "：" : ": "
    for rel in d.relatedPlaces {
      let file = rel.file ?? d.file
      let (l, c) = file.location(of: rel.range.lower)
      out += "\(gutter) \(eq) \(lang == .zh ? "相关" : "related"): \(Visible.escape(file.path)):\(l):\(c) \(Visible.escape(rel.text.text(lang)))\n"
    }
    for note in d.notes { out += "\(gutter) \(eq) \(Visible.escape(shown(note)))\n" }
    if !d.basis.isEmpty {
      out += "\(gutter) \(eq) \(lang == .zh ? "依据" : "basis")\(colon)\(d.basis.map { lang == .zh ? $0.chinese : Glossary.citation($0) }.joined(separator: lang == .zh ? "；" : "; "))\n"
    }
    out += "\(gutter) \(eq) \(lang == .zh ? "说明：运行 weifa explain \(d.code.id) 查看详细说明" : "see: weifa explain \(d.code.id)")\n"
    return out
  }

  /// The widest source line shown whole; a longer one is cut to a window around the place.
  static let windowWidth = 160

  private static func snippet(_ file: SourceFile, _ range: TextRange, gutter: String, paint: Paint, tone: String) -> String {
    let lineIndex = file.lineIndex(of: range.lower)
    let lr = file.lineRange(lineIndex)
    let bytes = file.bytes
    // What the character (or invalid byte) at `i` shows as: its text, its width, its length in bytes.
    func cell(_ i: Int, text: Bool) -> (text: String, width: Int, length: Int) {
      let (scalar, len) = UTF8Scan.decode(bytes, i)
      if scalar == "\u{FFFD}" && len == 1 { return (text ? "\\x" + Visible.hex(bytes[i]) : "", 4, 1) }
      if i == 0 && scalar == "\u{FEFF}" { return ("", 0, len) }                  // a byte-order mark
      if scalar == "\t" { return (" ", 1, len) }
      if Visible.prints(scalar) { return (text ? String(Character(scalar)) : "", DisplayWidth.of(scalar), len) }
      let shown = Visible.escape(scalar)
      return (shown, shown.count, len)
    }
    let lo = max(lr.lower, min(range.lower, lr.upper))
    let hi = min(max(range.upper, range.lower), lr.upper)
    // The whole line when it fits in `windowWidth` columns; else a window that starts about 40
    // columns before the place. Only the window is decoded into text, so a 10 MB line costs a scan.
    var from = lr.lower, to = lr.upper
    var w = 0, i = lr.lower
    while i < lr.upper && w <= windowWidth { let c = cell(i, text: false); w += c.width; i += c.length }
    if w > windowWidth {
      var recent = [(offset: Int, width: Int)](), head = 0, sum = 0
      i = lr.lower
      while i < lo {
        let c = cell(i, text: false)
        recent.append((i, c.width)); sum += c.width
        while sum > 40 { sum -= recent[head].width; head += 1 }
        if head > 4096 { recent.removeFirst(head); head = 0 }
        i += c.length
      }
      from = head < recent.count ? recent[head].offset : lo
      w = 0
      i = from
      while i < lr.upper {
        let c = cell(i, text: false)
        if w + c.width > windowWidth && i > lo { break }
        w += c.width; i += c.length
      }
      to = i
    }
    var text = from > lr.lower ? "…" : ""
    var lead = from > lr.lower ? 1 : 0, width = 0
    i = from
    while i < to {
      let c = cell(i, text: true)
      text += c.text
      if i < lo { lead += c.width } else if i < hi { width += c.width }
      i += c.length
    }
    if to < lr.upper { text += "…" }
    let number = String(lineIndex + 1)
    let paddedNumber = number + String(repeating: " ", count: max(0, gutter.count - number.count))
    let bar = paint.bold(Paint.blue, "|")
    var out = paint.bold(Paint.blue, paddedNumber) + " \(bar) " + text + "\n"
    out += gutter + " \(bar) " + String(repeating: " ", count: lead) + paint.bold(tone, String(repeating: "^", count: max(1, width))) + "\n"
    return out
  }

  /// The closing line: how many files, errors and warnings.
  package static func summary(files: Int, errors: Int, warnings: Int, lang: Language, color: Bool = false) -> String {
    let paint = Paint(on: color)
    let e = lang == .zh ? "\(errors) 个错误" : "\(errors) error\(errors == 1 ? "" : "s")"
    let w = lang == .zh ? "\(warnings) 个警告" : "\(warnings) warning\(warnings == 1 ? "" : "s")"
    let es = errors > 0 ? paint.bold(Paint.red, e) : e, ws = warnings > 0 ? paint.bold(Paint.yellow, w) : w
    return lang == .zh ? "检查了 \(files) 个文件：\(es)，\(ws)\n"
      : "checked \(files) file\(files == 1 ? "" : "s"): \(es), \(ws)\n"
  }
}

/// ANSI colours for a terminal, or nothing.
struct Paint {
  let on: Bool
  static let red = "31", yellow = "33", blue = "34", cyan = "36"
  static func tone(_ s: Severity) -> String { [cyan, yellow, red][s.rawValue] }
  /// `text` in bold, in `color` if one is given.
  func bold(_ color: String?, _ text: String) -> String {
    guard on, !text.isEmpty else { return text }
    return "\u{1B}[1" + (color.map { ";" + $0 } ?? "") + "m" + text + "\u{1B}[0m"
  }
}

/// Text made safe for a terminal: characters that do not print are shown as escapes.
package enum Visible {
  /// Whether a scalar is shown as itself: not a control (C0, DEL, C1), not a format character
  /// (bidirectional overrides, zero-width characters, byte-order marks), not a line or paragraph
  /// separator, not unassigned, not a surrogate or private-use code point.
  package static func prints(_ s: Unicode.Scalar) -> Bool {
    if s.value >= 0x20 && s.value < 0x7F { return true }
    switch s.properties.generalCategory {
    case .control, .format, .lineSeparator, .paragraphSeparator, .unassigned, .surrogate, .privateUse: return false
    default: return true
    }
  }

  /// `\x1B` for an ASCII control, `U+202E` for another character that does not print.
  package static func escape(_ s: Unicode.Scalar) -> String {
    if prints(s) { return String(Character(s)) }
    if s.value < 0x80 { return "\\x" + hex(UInt8(s.value)) }
    let h = String(s.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - h.count)) + h
  }

  /// `text` with every character that does not print escaped; a tab and a line feed are kept.
  package static func escape(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { !prints($0) && $0 != "\t" && $0 != "\n" }) else { return text }
    var out = ""
    for s in text.unicodeScalars { out += (s == "\t" || s == "\n") ? String(Character(s)) : escape(s) }
    return out
  }

  static func hex(_ b: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(b >> 4)], digits[Int(b & 15)]])
  }
}

/// `--format json`: every field a tool needs, columns as 1-based Unicode scalar counts.
package enum JSONReport {
  package static func render(_ diags: [Diagnostic], files: Int, lang: Language) -> String {
    let items: [JSONValue] = diags.map { d in
      let (l1, c1) = d.file.location(of: d.range.lower)
      let (l2, c2) = d.file.location(of: d.range.upper)
      return .fields([
        ("code", .string(d.code.id)), ("name", .string(d.code.name)),
        ("severity", .string(d.severity.english)),
        ("message", .string(d.message.text(lang))),
        ("file", .string(d.file.path)),
        ("line", .int(l1)), ("column", .int(c1)), ("endLine", .int(l2)), ("endColumn", .int(c2)),
        ("byteStart", .int(d.range.lower)), ("byteEnd", .int(d.range.upper)),
        ("notes", .array(d.notes.map { .string($0.text(lang)) })),
        ("basis", .array(d.basis.map { .string($0.chinese) })),
        ("related", .array(d.relatedPlaces.map { r in
          let file = r.file ?? d.file
          let (l, c) = file.location(of: r.range.lower)
          let place: [(String, JSONValue)] = [("line", .int(l)), ("column", .int(c)), ("message", .string(r.text.text(lang)))]
          // A place in another file names it first; a place in the diagnostic's own file does not.
          return .fields(file.path == d.file.path ? place : [("file", .string(file.path))] + place)
        })),
      ])
    }
    let errors = diags.filter { $0.severity == .error }.count
    let warnings = diags.filter { $0.severity == .warning }.count
    return JSONValue.fields([
      ("version", .int(1)),
      ("summary", .fields([("files", .int(files)), ("errors", .int(errors)), ("warnings", .int(warnings))])),
      ("diagnostics", .array(items)),
    ]).render(layout: .expanded) + "\n"
  }
}

/// Where Weifa's pages are: the checkout Weifa was built from, whose README is the tool's page.
/// Weifa has no public address yet, so the URIs are `file:` URIs of that checkout (real on the
/// machine that built the binary, and in CI); publishing it changes this one place. SARIF's
/// `informationUri` is the README; each rule's `helpUri` is the file that declares the code and
/// holds its page (what `weifa explain` prints).
package enum Links {
  /// The repository root, from this file's place in it (Sources/WeifaDriver/Reports.swift).
  package static let root: String = {
    var p = Substring(#filePath)
    for _ in 0..<3 { if let slash = p.lastIndex(of: "/") { p = p[..<slash] } }
    return String(p)
  }()
  package static var repository: String { "file://" + SARIFReport.uriPath(root) }
  package static var readme: String { repository + "/README.md" }
  package static func help(_ code: DiagnosticCode) -> String { repository + "/" + SARIFReport.uriPath(code.sourcePath) }
}

/// `--format sarif`: SARIF 2.1.0 with the rules in `tool.driver.rules` and code-point columns.
package enum SARIFReport {
  package static func render(_ diags: [Diagnostic], codes: [DiagnosticCode], version: String, lang: Language) -> String {
    let level: (Severity) -> String = { ["note", "warning", "error"][$0.rawValue] }
    let ruleIndex = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1.id, $0) })
    let rules: [JSONValue] = codes.map { c in
      .fields([
        ("id", .string(c.id)), ("name", .string(c.name)),
        ("shortDescription", .fields([("text", .string(c.summary.text(lang)))])),
        ("fullDescription", .fields([("text", .string(c.summary.text(lang)))])),
        ("helpUri", .string(Links.help(c))),
        ("help", .fields([("text", .string(c.explanation.text(lang))), ("markdown", .string(c.explanation.text(lang)))])),
        ("defaultConfiguration", .fields([("level", .string(level(c.severity)))])),
      ])
    }
    let results: [JSONValue] = diags.map { d in
      let (l1, c1) = d.file.location(of: d.range.lower)
      let (l2, c2) = d.file.location(of: d.range.upper)
      var message = d.message.text(lang)
      for n in d.notes { message += "\n" + n.text(lang) }
      var members: [(String, JSONValue)] = [
        ("ruleId", .string(d.code.id)),
        ("level", .string(level(d.severity))),
        ("message", .fields([("text", .string(message))])),
        ("locations", .array([.fields([("physicalLocation", .fields([
          ("artifactLocation", .fields([("uri", .string(uriPath(d.file.path)))])),
          ("region", .fields([("startLine", .int(l1)), ("startColumn", .int(c1)), ("endLine", .int(l2)), ("endColumn", .int(c2))])),
        ]))])])),
      ]
      // Related places in other files (a higher document's rule) as `relatedLocations`; places in
      // the result's own file are left out, as they always were.
      let elsewhere = d.relatedPlaces.compactMap { r in r.file.flatMap { $0.path == d.file.path ? nil : ($0, r) } }
      if !elsewhere.isEmpty {
        members.append(("relatedLocations", .array(elsewhere.enumerated().map { i, place in
          let (file, r) = place
          let (l1, c1) = file.location(of: r.range.lower)
          let (l2, c2) = file.location(of: r.range.upper)
          return .fields([
            ("id", .int(i)),
            ("physicalLocation", .fields([
              ("artifactLocation", .fields([("uri", .string(uriPath(file.path)))])),
              ("region", .fields([("startLine", .int(l1)), ("startColumn", .int(c1)), ("endLine", .int(l2)), ("endColumn", .int(c2))])),
            ])),
            ("message", .fields([("text", .string(r.text.text(lang)))])),
          ])
        })))
      }
      if let i = ruleIndex[d.code.id] { members.insert(("ruleIndex", .int(i)), at: 1) }
      if !d.basis.isEmpty {
        members.append(("properties", .fields([("legalBasis", .array(d.basis.map { .string($0.chinese) }))])))
      }
      return .fields(members)
    }
    return JSONValue.fields([
      ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
      ("version", .string("2.1.0")),
      ("runs", .array([.fields([
        ("tool", .fields([("driver", .fields([
          ("name", .string("weifa")), ("version", .string(version)),
          ("informationUri", .string(Links.readme)),
          ("rules", .array(rules)),
        ]))])),
        ("columnKind", .string("unicodeCodePoints")),
        ("results", .array(results)),
      ])])),
    ]).render(layout: .expanded) + "\n"
  }

  /// A relative path as a URI reference: each segment percent-encoded.
  package static func uriPath(_ path: String) -> String {
    var out = ""
    for byte in path.utf8 {
      let c = Character(Unicode.Scalar(byte))
      if byte < 0x80 && (c.isLetter || c.isNumber || "-._~/".contains(c)) { out.append(c) } else {
        out += "%" + String(byte, radix: 16, uppercase: true).leftPad(2)
      }
    }
    return out
  }
}

extension String {
  fileprivate func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
