import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import WeifaBase
import WeifaDriver

/// Turns the bytes of a file into the UTF-8 the parser reads. Charters come from Windows PCs,
/// WeChat copies and old Word files:
///
/// - UTF-8, with or without a byte-order mark: read as they are (the parser reports any invalid
///   bytes with their line and byte offset, WF1020);
/// - UTF-16 (or UTF-32) with a byte-order mark, and UTF-16 without one when its NUL bytes give it
///   away: decoded, with a note (WF1019);
/// - GB18030/GBK — invalid UTF-8 that is valid GB18030 — decoded with glibc's iconv, with a
///   note that says how to convert the file (WF1019);
/// - anything else: passed on unchanged, and the parser reports where the bytes are not text.
///
/// The file itself is never changed. Notes reach the user as diagnostics of the file: they are
/// carried on the `InputFile`, and the parser reports them.
enum InputDecoding {
  enum Encoding: String, Equatable, Sendable {
    case utf8 = "UTF-8", utf8BOM = "UTF-8（带 BOM）", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE"
    case utf32LE = "UTF-32LE", utf32BE = "UTF-32BE", gb18030 = "GB18030", unknown = "未知"
  }

  struct Decoded: Sendable {
    var bytes: [UInt8]
    var encoding: Encoding
    var notes: [InputNote]
  }

  /// The UTF-8 bytes to parse, the encoding found, and the notes for the user.
  static func decode(_ raw: [UInt8], path: String) -> Decoded {
    if raw.starts(with: [0xEF, 0xBB, 0xBF]) { return Decoded(bytes: raw, encoding: .utf8BOM, notes: []) }
    if raw.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return unicode(raw, .utf32LE, bom: 4, path: path) }
    if raw.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return unicode(raw, .utf32BE, bom: 4, path: path) }
    if raw.starts(with: [0xFF, 0xFE]) { return unicode(raw, .utf16LE, bom: 2, path: path) }
    if raw.starts(with: [0xFE, 0xFF]) { return unicode(raw, .utf16BE, bom: 2, path: path) }
    if let guess = utf16WithoutBOM(raw) {
      let d = unicode(raw, guess, bom: 0, path: path)
      if d.notes.count == 1 && isPlainText(d.bytes) { return d }   // decoded cleanly; otherwise it was not UTF-16 after all
    }
    // Nearly every file: well-formed UTF-8, found in one fast pass (utf8Profile would count no
    // invalid run either).
    if isWellFormedUTF8(raw) { return Decoded(bytes: raw, encoding: .utf8, notes: []) }
    let (invalidRuns, validCJK) = utf8Profile(raw)
    if invalidRuns == 0 { return Decoded(bytes: raw, encoding: .utf8, notes: []) }
    // Mostly UTF-8 with a few damaged bytes: keep it, and let the parser show where.
    if validCJK >= 2 * invalidRuns { return Decoded(bytes: raw, encoding: .utf8, notes: []) }
    if let text = iconv(raw[...], from: "GB18030") {
      let note = InputNote(InputIssues.nonUTF8,
        .init(zh: "文件不是 UTF-8 编码，已按 GB18030（GBK）读取；诊断中的行号和列号（按字计）与原文件相同",
              en: "the file is not UTF-8; it was read as GB18030 (GBK). Lines and columns (in characters) are those of the original"),
        notes: convertHelp(path, from: "GB18030"))
      return Decoded(bytes: text, encoding: .gb18030, notes: [note])
    }
    return Decoded(bytes: raw, encoding: .unknown, notes: [])
  }

  /// UTF-16 or UTF-32 after `bom` bytes, decoded by the standard library (invalid code units become
  /// U+FFFD, which the parser then points at).
  static func unicode(_ raw: [UInt8], _ encoding: Encoding, bom: Int, path: String) -> Decoded {
    let body = raw[bom...]
    var scalars = String.UnicodeScalarView()
    var errors = 0
    switch encoding {
    case .utf16LE, .utf16BE:
      var units = [UInt16]()
      units.reserveCapacity(body.count / 2)
      var i = body.startIndex
      while i + 1 < body.endIndex {
        let a = UInt16(body[i]), b = UInt16(body[i + 1])
        units.append(encoding == .utf16LE ? a | b << 8 : a << 8 | b)
        i += 2
      }
      if body.count % 2 != 0 { errors += 1 }
      var decoder = UTF16()
      var it = units.makeIterator()
      loop: while true {
        switch decoder.decode(&it) {
        case .scalarValue(let s): scalars.append(s)
        case .emptyInput: break loop
        case .error: scalars.append("\u{FFFD}"); errors += 1
        }
      }
    default:
      var i = body.startIndex
      while i + 3 < body.endIndex {
        let v = encoding == .utf32LE
          ? UInt32(body[i]) | UInt32(body[i + 1]) << 8 | UInt32(body[i + 2]) << 16 | UInt32(body[i + 3]) << 24
          : UInt32(body[i]) << 24 | UInt32(body[i + 1]) << 16 | UInt32(body[i + 2]) << 8 | UInt32(body[i + 3])
        if let s = Unicode.Scalar(v) { scalars.append(s) } else { scalars.append("\u{FFFD}"); errors += 1 }
        i += 4
      }
      if body.count % 4 != 0 { errors += 1 }
    }
    let bytes = Array(String(scalars).utf8)
    var notes = [InputNote(InputIssues.nonUTF8,
      .init(zh: "文件是 \(encoding.rawValue) 编码" + (bom == 0 ? "（没有字节顺序标记）" : "") + "，已转换后读取；诊断中的行号和列号（按字计）与原文件相同",
            en: "the file is \(encoding.rawValue)" + (bom == 0 ? " (without a byte-order mark)" : "") + "; it was converted to read it. Lines and columns (in characters) are those of the original"),
      notes: convertHelp(path, from: encoding.rawValue))]
    if errors > 0 {
      notes.append(InputNote(InputIssues.invalidBytes,
        .init(zh: "文件中有 \(errors) 处不是有效的 \(encoding.rawValue)，已替换为「\u{FFFD}」", en: "\(errors) place(s) are not valid \(encoding.rawValue); they were replaced by “\u{FFFD}”")))
    }
    return Decoded(bytes: bytes, encoding: encoding, notes: notes)
  }

  /// UTF-16 without a byte-order mark shows itself by its ASCII characters (line ends, digits, @,
  /// spaces): each is the character and a NUL byte, NUL second (little-endian) or first (big-endian).
  static func utf16WithoutBOM(_ raw: [UInt8]) -> Encoding? {
    guard raw.count >= 4, raw.count % 2 == 0 else { return nil }
    // Without a zero byte neither count below can grow: one memchr instead of the loop.
    guard raw.withUnsafeBufferPointer({ memchr($0.baseAddress!, 0, $0.count) != nil }) else { return nil }
    var le = 0, be = 0
    var i = 0
    while i + 1 < raw.count {
      let a = raw[i], b = raw[i + 1]
      if b == 0 && a >= 0x09 && a <= 0x7E { le += 1 } else if a == 0 && b >= 0x09 && b <= 0x7E { be += 1 }
      i += 2
    }
    if le >= 2 && le > 4 * be { return .utf16LE }
    if be >= 2 && be > 4 * le { return .utf16BE }
    return nil
  }

  /// Whether decoded text looks like text: no NUL or other control characters but tab and line ends.
  static func isPlainText(_ bytes: [UInt8]) -> Bool {
    !bytes.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
  }

  /// Whether all of `raw` is well-formed UTF-8 (shortest forms, no surrogates, at most U+10FFFF):
  /// exactly when `utf8Profile` finds no invalid run (`UTF8Scan.decode` accepts the same
  /// sequences). Eight ASCII bytes at a time, a three-byte CJK sequence in one step.
  static func isWellFormedUTF8(_ raw: [UInt8]) -> Bool {
    raw.withUnsafeBufferPointer { b in
      guard let base = b.baseAddress else { return true }
      let p = UnsafeRawPointer(base), n = b.count
      var i = 0
      while i < n {
        if i + 8 <= n && p.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
        let c = b[i]
        if c < 0x80 { i += 1; continue }
        @inline(__always) func cont(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
        @inline(__always) func second(_ lo: UInt8, _ hi: UInt8) -> Bool { i + 1 < n && b[i + 1] >= lo && b[i + 1] <= hi }
        switch c {
        case 0xC2...0xDF:
          guard cont(1) else { return false }
          i += 2
        case 0xE1...0xEC, 0xEE, 0xEF:
          guard cont(1), cont(2) else { return false }
          i += 3
        case 0xE0:
          guard second(0xA0, 0xBF), cont(2) else { return false }   // no overlong form
          i += 3
        case 0xED:
          guard second(0x80, 0x9F), cont(2) else { return false }   // no surrogate
          i += 3
        case 0xF0, 0xF1...0xF3, 0xF4:
          let ok = c == 0xF0 ? second(0x90, 0xBF) : c == 0xF4 ? second(0x80, 0x8F) : cont(1)
          guard ok, cont(2), cont(3) else { return false }
          i += 4
        default: return false
        }
      }
      return true
    }
  }

  /// Runs of bytes that are not UTF-8, and well-formed three-byte sequences (CJK and punctuation).
  static func utf8Profile(_ b: [UInt8]) -> (invalidRuns: Int, validCJK: Int) {
    var i = 0, runs = 0, cjk = 0
    var lastInvalid = -2
    while i < b.count {
      if b[i] < 0x80 { i += 1; continue }
      let (_, len) = UTF8Scan.decode(b, i)
      if len == 1 {
        if lastInvalid != i - 1 { runs += 1 }
        lastInvalid = i
      } else if len == 3 { cjk += 1 }
      i += len
    }
    return (runs, cjk)
  }

  /// Strict conversion to UTF-8 with glibc's iconv; nil if any byte is not valid in `from`.
  static func iconv(_ input: ArraySlice<UInt8>, from: String) -> [UInt8]? {
    if input.isEmpty { return [] }
    let cd = iconv_open("UTF-8", from)
    guard let cd, cd != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(cd) }
    var source = Array(input)
    var output = [UInt8](repeating: 0, count: source.count * 2 + 16)   // GB18030 and UTF-16 at most double in UTF-8
    let produced: Int? = source.withUnsafeMutableBufferPointer { inBuf in
      output.withUnsafeMutableBufferPointer { outBuf in
        var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
        var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
        var inLeft = inBuf.count, outLeft = outBuf.count
        let r = Glibc.iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
        if r == -1 || inLeft != 0 { return nil }
        // Flush any shift state.
        if Glibc.iconv(cd, nil, nil, &outPtr, &outLeft) == -1 { return nil }
        return outBuf.count - outLeft
      }
    }
    guard let produced else { return nil }
    return Array(output[0..<produced])
  }

  static func convertHelp(_ path: String, from: String) -> [LocalizedText] {
    let name = Paths.lastComponent(path)
    return [.init(zh: "帮助：建议转换为 UTF-8 保存：iconv -f \(from) -t UTF-8 '\(name)' > 新文件.weifa；或在记事本中「另存为」，编码选「UTF-8」。weifa fmt --write 不会改写非 UTF-8 的文件",
                  en: "help: convert it to UTF-8: iconv -f \(from) -t UTF-8 '\(name)' > new.weifa, or “Save as” UTF-8 in your editor; weifa fmt --write leaves non-UTF-8 files alone")]
  }
}

/// Reading one file safely: a size limit, clear errors for unreadable files, pipes and devices.
/// (Walking bundle directories is the driver's `Loader`.)
enum InputReading {
  /// Reads and decodes one file, recording the decoding notes for the parser.
  static func read(_ path: String) -> Result<InputFile, ReadError> {
    readRaw(path).map { data in
      let decoded = InputDecoding.decode(data, path: path)
      return InputFile(path: path, bytes: decoded.bytes, notes: decoded.notes)
    }
  }

  /// The bytes of one file as they are (a .docx is read so), within the size limit.
  static func readRaw(_ path: String) -> Result<[UInt8], ReadError> {
    if let mode = FileKind.mode(path), mode != S_IFREG {
      // A pipe would block and a device (/dev/zero) would never end.
      return .failure(ReadError(.init(zh: "错误：「\(path)」不是普通文件（是管道、设备或套接字），不予读取",
                                      en: "error: “\(path)” is not a regular file (a pipe, device or socket); it is not read")))
    }
    if let size = FileKind.size(path), size > Limits.maxFileBytes {
      return .failure(ReadError(.init(
        zh: "错误：「\(path)」过大（\(size / 1_048_576) MB），超出上限 \(Limits.maxFileBytes / 1_048_576) MB；请拆分为几个文件",
        en: "error: “\(path)” is too large (\(size / 1_048_576) MB; the limit is \(Limits.maxFileBytes / 1_048_576) MB); split it into several files")))
    }
    guard let handle = FileStream.reading(path) else {
      let reason = errno == EACCES || access(path, R_OK) != 0 ? ("没有读取权限", "permission denied") : ("无法打开", "cannot open it")
      return .failure(ReadError(.init(zh: "错误：无法读取「\(path)」：\(reason.0)", en: "error: cannot read “\(path)”: \(reason.1)")))
    }
    defer { handle.close() }
    var data = [UInt8]()
    while true {
      guard let chunk = handle.read(upTo: 1 << 20) else {
        let reason = systemError(errno)
        return .failure(ReadError(.init(zh: "错误：无法读取「\(path)」：\(reason)", en: "error: cannot read “\(path)”: \(reason)")))
      }
      if chunk.isEmpty { break }
      data += chunk
      if data.count > Limits.maxFileBytes {   // a device or a file that grew while being read
        return .failure(ReadError(.init(zh: "错误：「\(path)」过大，超出上限 \(Limits.maxFileBytes / 1_048_576) MB",
                                        en: "error: “\(path)” is larger than the limit of \(Limits.maxFileBytes / 1_048_576) MB")))
      }
    }
    return .success(data)
  }

  struct ReadError: Error { let message: LocalizedText; init(_ m: LocalizedText) { message = m } }
}

/// The file system as the driver's `Loader` sees it, through POSIX calls.
struct POSIXFileSystem: FileSystem {
  func status(_ path: String) -> FileStatus {
    if let mode = FileKind.mode(path) {
      return mode == S_IFREG ? .regular : mode == S_IFDIR ? .directory : .other
    }
    let error = errno
    guard FileKind.isSymbolicLink(path) else { return .missing }
    return error == ELOOP ? .linkLoop : .brokenLink
  }
  func isSymbolicLink(_ path: String) -> Bool { FileKind.isSymbolicLink(path) }
  func linkTarget(_ path: String) -> String? { FileKind.linkTarget(path) }
  func realPath(_ path: String) -> String? { PathText.real(path) }
  func list(_ directory: String) -> [String]? { try? FileManager.default.contentsOfDirectory(atPath: directory) }
  func read(_ path: String) -> Result<InputFile, LocalizedText> { InputReading.read(path).mapError(\.message) }
  var currentDirectory: String { FileManager.default.currentDirectoryPath }
}
