import WeifaBase

/// Reads a file's bytes as text before it is parsed, and reports what is not text:
/// bytes that are not UTF-8 (WF1020, with line and byte offset) — or, when the whole file is
/// GB18030/GBK, that it is (WF1019) —, replacement characters U+FFFD left by an earlier failed
/// conversion (WF1020), and GBK text that was misread as Latin-1 and saved again (WF1019).
/// One linear pass; at most `maxReports` places are listed per kind.
enum TextScan {
  static let maxReports = 20

  static func diagnostics(_ source: SourceFile) -> [Diagnostic] {
    source.bytes.withUnsafeBufferPointer { diagnostics(source, $0) }
  }

  /// `bytes` are `source.bytes`.
  static func diagnostics(_ source: SourceFile, _ bytes: UnsafeBufferPointer<UInt8>) -> [Diagnostic] {
    let b = bytes
    let n = b.count
    var invalid = [TextRange]()      // maximal runs of bytes that are not UTF-8
    var invalidRuns = 0
    var replacement = [TextRange]()  // runs of U+FFFD
    var replacementRuns = 0
    var latin: TextRange?            // the first run of GBK-read-as-Latin-1
    var latinStart = -1, latinCount = 0
    var i = 0
    func endLatin(at end: Int) {
      if latinCount >= 4 && latin == nil { latin = TextRange(latinStart, end) }
      latinStart = -1; latinCount = 0
    }
    while i < n {
      let c = b[i]
      if c < 0x80 {
        if latinStart >= 0 { endLatin(at: i) }
        i += 1
        // The common case: a run of ASCII, eight bytes at a time.
        if let base = UnsafeRawPointer(b.baseAddress) {
          while i + 8 <= n && base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
        }
        while i < n && b[i] < 0x80 { i += 1 }
        continue
      }
      // The other common case: a three-byte sequence with lead E1–EC (never a surrogate, never
      // overlong, never U+FFFD, never Latin-1).
      if c >= 0xE1 && c <= 0xEC && i + 2 < n && b[i + 1] & 0xC0 == 0x80 && b[i + 2] & 0xC0 == 0x80 {
        if latinStart >= 0 { endLatin(at: i) }
        i += 3
        // A run of them (Chinese text), and of ASCII between them.
        while i + 2 < n {
          let d = b[i]
          if d < 0x80 { i += 1; continue }
          guard d >= 0xE1 && d <= 0xEC && b[i + 1] & 0xC0 == 0x80 && b[i + 2] & 0xC0 == 0x80 else { break }
          i += 3
        }
        continue
      }
      let (s, len) = Bytes.decode(b, i)
      if len == 1 {
        // Not UTF-8: extend the current run or start one.
        if let last = invalid.last, last.upper == i { invalid[invalid.count - 1].upper = i + 1 } else {
          invalidRuns += 1
          if invalid.count < maxReports { invalid.append(TextRange(i, i + 1)) }
        }
      } else if s == "\u{FFFD}" {
        if let last = replacement.last, last.upper == i { replacement[replacement.count - 1].upper = i + len } else {
          replacementRuns += 1
          if replacement.count < maxReports { replacement.append(TextRange(i, i + len)) }
        }
      }
      if isMisreadLatin(s) && len > 1 {
        if latinStart < 0 { latinStart = i }
        latinCount += 1
      } else if latinStart >= 0 {
        endLatin(at: i)
      }
      i += len
    }
    if latinStart >= 0 { endLatin(at: n) }

    var out = [Diagnostic]()
    if invalidRuns > 0 {
      if looksLikeGB18030(source.bytes) {
        out.append(Diagnostic(InputIssues.nonUTF8,
          .init(zh: "文件不是 UTF-8 编码，看来是 GB18030（GBK）编码，无法按 UTF-8 读取",
                en: "the file is not UTF-8; it looks like GB18030 (GBK) and cannot be read as UTF-8"),
          file: source, range: invalid[0], notes: convertHelp(source.path)))
        out[out.count - 1].severity = .error
      } else {
        for r in invalid {
          let (line, column) = source.location(of: r.lower)
          let shown = b[r.lower..<min(r.upper, r.lower + 8)].map { hex($0) }.joined(separator: " ") + (r.upper - r.lower > 8 ? " …" : "")
          out.append(Diagnostic(InputIssues.invalidBytes,
            .init(zh: "第\(line)行第\(column)列有 \(r.upper - r.lower) 个字节不是有效的 UTF-8：\(shown)",
                  en: "line \(line), column \(column): \(r.upper - r.lower) byte\(r.upper - r.lower == 1 ? " is" : "s are") not valid UTF-8: \(shown)"),
            file: source, range: r, notes: invalidHelp))
        }
        if invalidRuns > invalid.count {
          out.append(Diagnostic(InputIssues.invalidBytes,
            .init(zh: "另有 \(invalidRuns - invalid.count) 处无效字节未列出", en: "\(invalidRuns - invalid.count) more places with invalid bytes are not listed"),
            file: source, range: invalid[invalid.count - 1]))
        }
      }
    }
    for r in replacement {
      let (line, column) = source.location(of: r.lower)
      out.append(Diagnostic(InputIssues.invalidBytes,
        .init(zh: "第\(line)行第\(column)列有替换字符「\u{FFFD}」：这里的文字在此前的编码转换中已经丢失",
              en: "line \(line), column \(column): replacement character “\u{FFFD}”: the text here was lost in an earlier conversion"),
        file: source, range: r,
        notes: [.init(zh: "帮助：对照原稿补上丢失的文字；原文件若是 GBK 编码，应当用 GB18030 转换，而不是当作 UTF-8 打开",
                      en: "help: restore the lost text from the original; a GBK file must be converted from GB18030, not opened as UTF-8")]))
    }
    if replacementRuns > replacement.count, let last = replacement.last {
      out.append(Diagnostic(InputIssues.invalidBytes,
        .init(zh: "另有 \(replacementRuns - replacement.count) 处替换字符未列出", en: "\(replacementRuns - replacement.count) more replacement characters are not listed"),
        file: source, range: last))
    }
    if let r = latin {
      let text = source.text(r)
      let shown = text.count > 16 ? String(text.prefix(16)) + "…" : text
      var d = Diagnostic(InputIssues.nonUTF8,
        .init(zh: "「\(shown)」像是 GBK 编码的中文被当作西文（Latin-1/Windows-1252）读入后保存的乱码",
              en: "“\(shown)” looks like GBK Chinese misread as Latin-1 (Windows-1252) and saved again"),
        file: source, range: r,
        notes: [.init(zh: "帮助：找回原文件，按 GB18030 转换为 UTF-8：iconv -f GB18030 -t UTF-8 原文件 > 新文件",
                      en: "help: take the original file and convert it from GB18030: iconv -f GB18030 -t UTF-8 old > new")])
      d.severity = .warning
      out.append(d)
    }
    return out
  }

  /// Latin-1 letters and signs that GBK bytes turn into when read as Latin-1 (µÚÒ»Ìõ is 第一条).
  /// Signs common in Chinese text (· × ÷ ° ± § © ®) and the no-break space are left out.
  static func isMisreadLatin(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    guard v >= 0xA1 && v <= 0xFF else { return false }
    return ![0xA7, 0xA9, 0xAE, 0xB0, 0xB1, 0xB7, 0xD7, 0xF7].contains(v)
  }

  /// Whether the bytes are GB18030 (ASCII, two-byte and four-byte sequences) with some non-ASCII.
  static func looksLikeGB18030(_ b: [UInt8]) -> Bool {
    var i = 0
    var multi = 0
    let n = b.count
    while i < n {
      let c = b[i]
      if c < 0x80 { i += 1; continue }
      guard c >= 0x81 && c <= 0xFE && i + 1 < n else { return false }
      let d = b[i + 1]
      if d >= 0x40 && d <= 0xFE && d != 0x7F {
        i += 2
      } else if d >= 0x30 && d <= 0x39 && i + 3 < n && b[i + 2] >= 0x81 && b[i + 2] <= 0xFE && b[i + 3] >= 0x30 && b[i + 3] <= 0x39 {
        i += 4
      } else {
        return false
      }
      multi += 1
    }
    return multi > 0
  }

  static func hex(_ byte: UInt8) -> String {
    let digits: StaticString = "0123456789ABCDEF"
    let d = UnsafeBufferPointer(start: digits.utf8Start, count: 16)
    return String(decoding: [d[Int(byte >> 4)], d[Int(byte & 15)]], as: UTF8.self)
  }

  static let invalidHelp: [LocalizedText] = [
    .init(zh: "帮助：文件可能已损坏，或混入了其他编码的文字；请用文本编辑器打开该行，删除或重新输入这些字符，再保存为 UTF-8",
          en: "help: the file may be damaged or mix encodings; retype the characters on that line and save the file as UTF-8"),
  ]

  static func convertHelp(_ path: String) -> [LocalizedText] {
    [.init(zh: "帮助：转换为 UTF-8：iconv -f GB18030 -t UTF-8 '\(path)' > 新文件.weifa；或在记事本中「另存为」，编码选「UTF-8」",
           en: "help: convert it to UTF-8: iconv -f GB18030 -t UTF-8 '\(path)' > new.weifa, or “Save as” UTF-8 in your editor")]
  }
}
