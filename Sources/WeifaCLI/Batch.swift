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
    if let out = o.one("-o") {
      if FileLoader.samePath(out, csvPath) || o.positional.contains(where: { FileLoader.samePath($0, out) }) {
        stderr(lang == .zh ? "错误：-o 不能覆盖输入文件\n" : "error: -o must not overwrite an input\n")
        return 2
      }
      guard let h = FileStream.creating(out) else {
        stderr(lang == .zh ? "错误：无法写入「\(out)」\n" : "error: cannot write “\(out)”\n")
        return 2
      }
      sink = BatchSink(handle: h)
    } else {
      sink = BatchSink(handle: nil)
    }
    var runner = analysis.batchRunner(count: count, json: json)
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
        if !unknown.isEmpty {
          stderr(lang == .zh ? "注意：这些列不是规约中的属性，已忽略：\(unknown.joined(separator: "、"))\n"
                             : "note: these columns are not attributes and are ignored: \(unknown.joined(separator: ", "))\n")
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
    sink.close()
    if reader.failed {
      stderr(lang == .zh ? "错误：读取「\(csvPath)」时出错（第\(lineNo)行之后），其余的行没有处理\n"
                         : "error: reading “\(csvPath)” failed after line \(lineNo); the rest was not processed\n")
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
