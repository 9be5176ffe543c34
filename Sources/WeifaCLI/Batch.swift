import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import WeifaBase
import WeifaDriver

/// `weifa batch PATH --residents FILE.csv [--format csv|json] [-o FILE]`: one row per resident,
/// streamed, so a county's population fits in memory. Columns named like attributes are read;
/// the first column is echoed as the resident's id. Bad rows are reported with their line number
/// and skipped, never silently dropped.
extension CLI {
  static func batch(_ args: [String], lang: Language, stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    let o: Options
    do { o = try parse("batch", args, lang: lang, choices: ["--format": ["csv", "json"]], stdout: stdout, stderr: stderr) } catch { return error.status }
    guard o.positional.count == 1 else {
      return usageError("batch", .init(zh: "错误：请给出一个规约文件或目录", en: "error: give one charter file or directory"), lang: lang, stderr: stderr)
    }
    guard let csvPath = o.one("--residents") else {
      return usageError("batch", .init(zh: "错误：请用 --residents 给出居民表（CSV）", en: "error: give the residents' CSV with --residents"), lang: lang, stderr: stderr)
    }
    let json = o.one("--format") == "json"
    guard let (analysis, count) = load(o.positional, lang: lang, stderr: stderr) else { return 2 }
    guard let input = csvPath == "-" ? FileStream.standardInput : FileStream.reading(csvPath) else {
      stderr(lang == .zh ? "错误：无法读取「\(csvPath)」\n" : "error: cannot read “\(csvPath)”\n")
      return 2
    }
    var sink: BatchSink
    // -o is written to a temporary file beside it and renamed at the end, so a failed run never
    // leaves a half-written output (nor truncates an earlier one).
    var partial: (temporary: String, target: String)?
    if let out = o.one("-o") {
      if FileLoader.samePath(out, csvPath) || o.positional.contains(where: { FileLoader.samePath($0, out) }) {
        stderr(lang == .zh ? "错误：-o 不能覆盖输入文件\n" : "error: -o must not overwrite an input\n")
        return 2
      }
      let dir = Paths.deletingLastComponent(out)
      let temporary = Paths.joined(dir.isEmpty ? "." : dir, ".\(Paths.lastComponent(out)).weifa-\(getpid()).tmp")
      guard let h = FileStream.creating(temporary) else {
        stderr(lang == .zh ? "错误：无法写入「\(out)」\n" : "error: cannot write “\(out)”\n")
        return 2
      }
      sink = BatchSink(handle: h)
      partial = (temporary, out)
    } else {
      sink = BatchSink(handle: nil)
    }
    func abandon() { sink.close(); if let p = partial { _ = unlink(p.temporary) } }
    var runner = analysis.batchRunner(count: count, json: json, lang: lang)
    var reader = LineReader(input)
    var lineNo = 0
    var bad = 0
    // Rows are evaluated 64 at a time; what each line gives (an output row or a problem) is then
    // written in line order, exactly as if the lines had been evaluated one by one.
    var pending = [(lineNo: Int, problem: LocalizedText?)]()
    func drain() {
      runner.evaluateBlock()
      var j = 0
      for p in pending {
        if let problem = p.problem {
          bad += 1
          if bad <= 100 { stderr((lang == .zh ? "第\(p.lineNo)行：" : "line \(p.lineNo): ") + problem.text(lang) + (lang == .zh ? "，已跳过\n" : "; skipped\n")) }
        } else {
          runner.emit(row: j, into: &sink.buffer)
          j += 1
        }
        if sink.buffer.count > 1 << 20 { sink.flush(stdout) }
      }
      pending.removeAll(keepingCapacity: true)
      runner.clearBlock()
    }
    while let line = reader.next() {
      lineNo += 1
      if lineNo == 1 {
        let unknown = runner.header(line)
        let missing = runner.missingAttributes
        // A column that is a misspelt attribute (年令 for 年龄), or a table with none of the
        // attributes, would give every resident the same empty answer: an error, naming the
        // columns and the ones expected. Other missing attributes (facts a table rarely has, such
        // as 燃放地点) only make the rules that need them undecided, unless --require-all.
        let misspelt = BatchColumns.misspelt(unknown, missing: missing)
        let noneGiven = missing.count == runner.attributeNames.count && !runner.attributeNames.isEmpty
        if !misspelt.isEmpty || noneGiven || (!missing.isEmpty && o.flags.contains("--require-all")) {
          stderr(BatchColumns.missing(missing, unknown: unknown, misspelt: misspelt, expected: runner.attributeNames, lang: lang))
          abandon()
          return 2
        }
        if !unknown.isEmpty {
          stderr(lang == .zh ? "注意：这些列不是规约中的属性，已忽略：\(unknown.joined(separator: "、"))\n"
                             : "note: these columns are not attributes and are ignored: \(unknown.joined(separator: ", "))\n")
        }
        if !missing.isEmpty {
          stderr(lang == .zh ? "注意：居民表没有这些列，用到它们的条款列为「尚不确定」：\(missing.joined(separator: "、"))（加 --require-all 时作为错误）\n"
                             : "note: the table has no column for \(missing.map { "“\($0)”" }.joined(separator: ", ")); rules that need them are undecided (an error with --require-all)\n")
        }
        if !json { sink.append(runner.outputHeader(lang: lang)) }
        continue
      }
      if line.isEmpty { continue }
      pending.append((lineNo, runner.add(line)))
      if runner.blockFull { drain() }
    }
    drain()
    sink.flush(stdout)
    if reader.failed {
      stderr(lang == .zh ? "错误：读取「\(csvPath)」时出错（第\(lineNo)行之后），其余的行没有处理\n"
                         : "error: reading “\(csvPath)” failed after line \(lineNo); the rest was not processed\n")
      abandon()
      return 2
    }
    if lineNo == 0 {
      stderr(lang == .zh ? "错误：居民表「\(csvPath)」是空的：首行应为属性名，如「编号,\(runner.attributeNames.joined(separator: ","))」\n"
                         : "error: the residents' table “\(csvPath)” is empty: its first line names the columns, e.g. “id,\(runner.attributeNames.joined(separator: ","))”\n")
      abandon()
      return 2
    }
    sink.close()
    if let p = partial, rename(p.temporary, p.target) != 0 {
      let reason = systemError(errno)
      _ = unlink(p.temporary)
      stderr(lang == .zh ? "错误：无法写入「\(p.target)」：\(reason)\n" : "error: cannot write “\(p.target)”: \(reason)\n")
      return 2
    }
    if bad > 100 { stderr(lang == .zh ? "……另有\(bad - 100)行有错误\n" : "… and \(bad - 100) more bad rows\n") }
    stderr(lang == .zh ? "处理了 \(runner.done) 人" + (bad > 0 ? "，跳过 \(bad) 行有错误的数据" : "") + "\n"
                       : "\(runner.done) residents" + (bad > 0 ? ", \(bad) bad rows skipped" : "") + "\n")
    return bad > 0 ? 1 : 0
  }
}

/// Where batch output goes: a file handle or the stdout closure, in 1 MB chunks.
struct BatchSink {
  var handle: FileStream?
  var buffer = [UInt8]()
  init(handle: FileStream?) { self.handle = handle; buffer.reserveCapacity(1 << 21) }
  mutating func append(_ s: String) { buffer.append(contentsOf: s.utf8) }
  mutating func flush(_ write: (String) -> Void) {
    guard !buffer.isEmpty else { return }
    if let h = handle { h.write(buffer) } else { write(String(decoding: buffer, as: UTF8.self)) }
    buffer.removeAll(keepingCapacity: true)
  }
  func close() { handle?.close() }
}

/// Reads lines (without terminators) from a file in large chunks.
struct LineReader {
  let handle: FileStream
  var buffer = [UInt8]()
  var start = 0
  var eof = false
  /// A read error stopped the input before its end.
  var failed = false
  init(_ h: FileStream) { handle = h }

  mutating func next() -> ArraySlice<UInt8>? {
    while true {
      if let nl = LineReader.newline(in: buffer, from: start) {
        var end = nl
        if end > start && buffer[end - 1] == 0x0D { end -= 1 }
        let line = buffer[start..<end]
        start = nl + 1
        return line
      }
      if eof {
        guard start < buffer.count else { return nil }
        var end = buffer.count
        if buffer[end - 1] == 0x0D { end -= 1 }
        let line = buffer[start..<end]
        start = buffer.count
        return line
      }
      buffer.removeSubrange(0..<start)
      start = 0
      guard let chunk = handle.read(upTo: 1 << 20) else { eof = true; failed = true; continue }
      if chunk.isEmpty { eof = true } else { buffer.append(contentsOf: chunk) }
      if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { buffer.removeFirst(3) }
    }
  }

  /// The offset of the first line feed at or after `from` (memchr).
  @inline(__always)
  static func newline(in buffer: [UInt8], from: Int) -> Int? {
    guard from < buffer.count else { return nil }
    return buffer.withUnsafeBufferPointer { p -> Int? in
      guard let hit = memchr(p.baseAddress! + from, 0x0A, p.count - from) else { return nil }
      return UnsafeRawPointer(hit) - UnsafeRawPointer(p.baseAddress!)
    }
  }
}

/// The message for a residents' table whose columns do not give what the rules read.
enum BatchColumns {
  /// Unknown columns close to a missing attribute (`Suggest`, the one did-you-mean): (column, attribute).
  static func misspelt(_ unknown: [String], missing: [String]) -> [(String, String)] {
    unknown.compactMap { u in Suggest.closest(u, among: missing, limit: 1).first.map { (u, $0) } }
  }

  static func missing(_ missing: [String], unknown: [String], misspelt: [(String, String)], expected: [String], lang: Language) -> String {
    var out = ""
    if misspelt.isEmpty {
      out = lang == .zh
        ? "错误：居民表没有规约条件要用到的列：\(missing.joined(separator: "、"))\n"
        : "error: the residents' table has no column for \(missing.map { "“\($0)”" }.joined(separator: ", ")), which the rules read\n"
    } else {
      out = lang == .zh
        ? "错误：居民表的列名与规约的属性不符：" + misspelt.map { "「\($0.0)」应为「\($0.1)」？" }.joined(separator: "；") + "\n"
        : "error: the table's columns do not match the charter's attributes: " + misspelt.map { "“\($0.0)”: did you mean “\($0.1)”?" }.joined(separator: "; ") + "\n"
    }
    if !unknown.isEmpty {
      out += lang == .zh ? "  居民表中不是属性的列：\(unknown.joined(separator: "、"))\n"
                         : "  columns that are not attributes: \(unknown.map { "“\($0)”" }.joined(separator: ", "))\n"
    }
    out += lang == .zh ? "  应有的列：编号（第一列）,\(expected.joined(separator: ","))\n"
                       : "  the columns expected: an id (first), then \(expected.map { "“\($0)”" }.joined(separator: ", "))\n"
    out += lang == .zh ? "  帮助：改正列名（首行），再运行；没有的列可以不给，用到它的条款列为「尚不确定」\n"
                       : "  help: fix the column names in the first line and run again; columns left out only make the rules that need them undecided\n"
    return out
  }
}
