#if canImport(Glibc)
import Glibc
#endif
import WeifaBase
import WeifaDriver

extension CLI {
  /// `weifa import FILE.txt|- [-o FILE.weifa] [--force] [--format text|json]`: a charter pasted
  /// from Word, as plain text, turned into Weifa source (`TextImport`, through the driver). The
  /// source goes to stdout (or atomically to `-o`, which never replaces the input, nor an existing
  /// file without `--force`); the notes go to stderr. Input that is not text is refused (exit 2).
  static func importText(_ args: [String], lang: Language, stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    let o: Options
    do { o = try parse("import", args, lang: lang, choices: ["--format": ["text", "json"]], stdout: stdout, stderr: stderr) } catch { return error.status }
    guard o.positional.count == 1, let path = o.positional.first else {
      return usageError("import", .init(zh: "错误：请给出一个要导入的纯文本文件，或 - 表示标准输入", en: "error: give one plain-text file to import, or - for stdin"), lang: lang, stderr: stderr)
    }
    let output = o.one("-o") ?? o.one("--output")
    let json = o.one("--format") == "json"
    let zh = lang == .zh
    if let out = output {
      if path != "-" && FileLoader.samePath(path, out) {
        stderr(zh ? "错误：-o 不能覆盖输入文件「\(out)」\n" : "error: -o must not overwrite the input “\(out)”\n")
        return 2
      }
      if FileKind.exists(out) && !o.flags.contains("--force") {
        stderr(zh ? "错误：「\(out)」已存在，未改动；要覆盖它请加 --force\n" : "error: “\(out)” exists and was left alone; add --force to replace it\n")
        return 2
      }
    }
    // The bytes as they are: a Word file is read by the driver's Word reader, anything else is
    // decoded as `check` decodes it (BOM, UTF-16, GB18030).
    var raw = [UInt8]()
    if path == "-" {
      let input = FileStream.standardInput
      while true {
        guard let chunk = input.read(upTo: 1 << 20) else {
          stderr(zh ? "错误：无法读取标准输入：\(systemError(errno))\n" : "error: cannot read stdin: \(systemError(errno))\n")
          return 2
        }
        if chunk.isEmpty { break }
        raw += chunk
        if raw.count > Limits.maxFileBytes {
          stderr(zh ? "错误：标准输入过大，超出上限 \(Limits.maxFileBytes / 1_048_576) MB\n" : "error: stdin is larger than the limit of \(Limits.maxFileBytes / 1_048_576) MB\n")
          return 2
        }
      }
    } else {
      switch InputReading.readRaw(path) {
      case .failure(let e): stderr(e.message.text(lang) + "\n"); return 2
      case .success(let bytes): raw = bytes
      }
    }
    let name = path == "-" ? (zh ? "标准输入" : "stdin") : path
    let file: InputFile
    var docxText: DocxText?
    if DocxImport.isZip(raw) || DocxImport.isCompoundFile(raw) {
      // A Word file (or something that only looks like one): its text, or why it cannot be read.
      switch DocxImport.text(raw) {
      case .failure(let why):
        stderr((zh ? "错误：无法导入「\(name)」：" : "error: cannot import “\(name)”: ") + why.text(lang) + "\n")
        return 2
      case .success(let docx):
        // Its notes are the source's `# 导入说明` comments, and printed with the importer's.
        file = InputFile(path: path, bytes: docx.text)
        docxText = docx
      }
    } else if path.lowercased().hasSuffix(".docx") {
      stderr(zh ? "错误：无法导入「\(name)」：扩展名是 .docx，但内容不是 Word 文档（不是 zip 压缩文件）\n"
                : "error: cannot import “\(name)”: it is named .docx but is not a Word document (not a zip archive)\n")
      return 2
    } else {
      let d = InputDecoding.decode(raw, path: path)
      file = InputFile(path: path, bytes: d.bytes, notes: d.notes)
    }
    if let why = TextImport.refusal(file.bytes) {
      stderr((zh ? "错误：无法导入「\(name)」：" : "error: cannot import “\(name)”: ") + why.text(lang) + "\n")
      return 2
    }
    for note in file.notes { stderr((zh ? "注意：" : "note: ") + note.message.text(lang) + "\n") }
    let result = docxText.map(TextImport.run) ?? TextImport.run(file.bytes)
    let text = json ? result.json(lang: lang).render(layout: .expanded) + "\n" : String(decoding: result.source, as: UTF8.self)
    if let failed = FileLoader.deliver(text, to: output, lang: lang, stdout: stdout, stderr: stderr) { return failed }
    if !json {
      for n in result.notes { stderr((n.line.map { zh ? "第\($0)行：" : "line \($0): " } ?? "") + Self.withoutLine(n, lang) + "\n") }
      stderr(Self.importSummary(result, name: name, written: output, lang: lang))
    }
    return result.foundArticles ? 0 : 1
  }

  /// A note's text without the 「第N行」 it may start with (the line is printed before it).
  static func withoutLine(_ n: ImportNote, _ lang: Language) -> String {
    let t = n.text.text(lang)
    guard let line = n.line else { return t }
    for prefix in ["第\(line)行 ", "line \(line): "] where t.hasPrefix(prefix) { return String(t.dropFirst(prefix.count)) }
    return t
  }

  /// The closing line on stderr: what was found, and how many readings to check.
  static func importSummary(_ r: ImportResult, name: String, written: String?, lang: Language) -> String {
    var counts = [String: Int]()
    for l in r.layout.lines { counts[l.role.rawValue, default: 0] += 1 }
    let checks = r.notes.filter { $0.line != nil }.count
    let zh = lang == .zh
    let parts: [(String, String, Int)] = [
      ("章标题", "heading", counts["heading"] ?? 0), ("条", "article", (counts["article"] ?? 0) + (counts["verse"] ?? 0)),
      ("款", "paragraph", counts["paragraph"] ?? 0), ("项", "item", (counts["item"] ?? 0) + (counts["subitem"] ?? 0)),
    ]
    let found = parts.filter { $0.2 > 0 }.map { zh ? "\($0.0) \($0.2)" : "\($0.2) \($0.1)\($0.2 == 1 ? "" : "s")" }
    var s = zh ? "导入「\(name)」：\(r.layout.lineCount) 行，" + (found.isEmpty ? "未找到条文" : found.joined(separator: "，"))
               : "imported “\(name)”: \(r.layout.lineCount) lines, " + (found.isEmpty ? "no articles found" : found.joined(separator: ", "))
    if checks > 0 { s += zh ? "；\(checks) 处请核对（见「# 导入说明」）" : "; \(checks) reading\(checks == 1 ? "" : "s") to check (see “# 导入说明”)" }
    if let w = written { s += zh ? "；已写入「\(w)」" : "; written to “\(w)”" }
    return s + "\n"
  }
}
