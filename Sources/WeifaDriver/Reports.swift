import WeifaBase

/// Renders diagnostics for people: header, `--> file:line:col`, the source line, a caret row
/// sized by display width (CJK characters are two columns), then notes and legal basis.
package enum TextReport {
  package static func render(_ d: Diagnostic, lang: Language) -> String {
    let sev = lang == .zh ? d.severity.chinese : d.severity.english
    var out = "\(sev)[\(d.code.id)]: \(d.message.text(lang))\n"
    let (line, column) = d.file.location(of: d.range.lower)
    let gutter = String(repeating: " ", count: String(line).count)
    out += "\(gutter)--> \(d.file.path):\(line):\(column)\n"
    out += "\(gutter) |\n"
    out += snippet(d.file, d.range, marker: "^", gutter: gutter, label: nil)
    for rel in d.relatedPlaces {
      let file = rel.file ?? d.file
      let (l, c) = file.location(of: rel.range.lower)
      out += "\(gutter) = \(lang == .zh ? "相关" : "related"): \(file.path):\(l):\(c) \(rel.text.text(lang))\n"
    }
    for note in d.notes { out += "\(gutter) = \(note.text(lang))\n" }
    if !d.basis.isEmpty {
      out += "\(gutter) = \(lang == .zh ? "依据" : "basis")：\(d.basis.map(\.chinese).joined(separator: "；"))\n"
    }
    out += "\(gutter) = \(lang == .zh ? "说明：运行 weifa explain \(d.code.id) 查看详细说明" : "see: weifa explain \(d.code.id)")\n"
    return out
  }

  private static func snippet(_ file: SourceFile, _ range: TextRange, marker: String, gutter: String, label: String?) -> String {
    let lineIndex = file.lineIndex(of: range.lower)
    let lr = file.lineRange(lineIndex)
    let text = String(file.text(lr).map { $0 == "\t" ? " " : $0 })
    let lead = file.displayWidth(TextRange(lr.lower, max(lr.lower, min(range.lower, lr.upper))))
    let width = max(1, file.displayWidth(TextRange(range.lower, min(max(range.upper, range.lower), lr.upper))))
    let number = String(lineIndex + 1)
    let paddedNumber = number + String(repeating: " ", count: max(0, gutter.count - number.count))
    var out = paddedNumber + " | " + text + "\n"
    let spaces = String(repeating: " ", count: lead)
    let carets = String(repeating: marker, count: width)
    out += gutter + " | " + spaces + carets + "\n"
    return out
  }

  /// The closing line: how many files, errors and warnings.
  package static func summary(files: Int, errors: Int, warnings: Int, lang: Language) -> String {
    lang == .zh ? "检查了 \(files) 个文件：\(errors) 个错误，\(warnings) 个警告\n"
      : "checked \(files) file\(files == 1 ? "" : "s"): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
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
          ("informationUri", .string("https://example.invalid/weifa")),
          ("rules", .array(rules)),
        ]))])),
        ("columnKind", .string("unicodeCodePoints")),
        ("results", .array(results)),
      ])])),
    ]).render(layout: .expanded) + "\n"
  }

  /// A relative path as a URI reference: each segment percent-encoded.
  static func uriPath(_ path: String) -> String {
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
