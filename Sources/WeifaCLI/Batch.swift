import Foundation
import WeifaBase
import WeifaEvaluator
import WeifaSemantics

/// `weifa batch PATH --residents FILE.csv [--format csv|json] [-o FILE]`: one row per resident,
/// streamed, so a county's population fits in memory. Columns named like attributes are read;
/// the first column is echoed as the resident's id. Bad rows are reported with their line number
/// and skipped, never silently dropped.
extension CLI {
  static func batch(_ args: [String], lang: Language, stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    let parsed = parseOptions(args, valued: ["--residents", "--format", "-o"], flags: [])
    guard case .success(let o) = parsed, o.positional.count == 1, let csvPath = o.one("--residents") else {
      if case .failure(let m) = parsed { stderr(m.message.text(lang) + "\n") }
      stderr(lang == .zh ? "用法：weifa batch 路径 --residents 居民.csv [--format csv|json] [-o 输出文件]\n"
                         : "usage: weifa batch PATH --residents FILE.csv [--format csv|json] [-o FILE]\n")
      return 2
    }
    let json = o.one("--format") == "json"
    guard let (analysis, count) = load(o.positional, lang: lang, stderr: stderr) else { return 2 }
    let ws = analysis.workspace
    let docs = Array(0..<count).filter { !ws.charters[$0].rules.isEmpty }
    let compiled = CompiledRules(ws, documents: docs)
    guard let input = csvPath == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: csvPath) else {
      stderr(lang == .zh ? "错误：无法读取「\(csvPath)」\n" : "error: cannot read “\(csvPath)”\n")
      return 2
    }
    var sink: BatchSink
    if let out = o.one("-o") {
      if FileLoader.samePath(out, csvPath) || o.positional.contains(where: { FileLoader.samePath($0, out) }) {
        stderr(lang == .zh ? "错误：-o 不能覆盖输入文件\n" : "error: -o must not overwrite an input\n")
        return 2
      }
      guard FileManager.default.createFile(atPath: out, contents: nil), let h = FileHandle(forWritingAtPath: out) else {
        stderr(lang == .zh ? "错误：无法写入「\(out)」\n" : "error: cannot write “\(out)”\n")
        return 2
      }
      sink = BatchSink(handle: h)
    } else {
      sink = BatchSink(handle: nil)
    }
    var runner = BatchRunner(compiled: compiled, json: json)
    var reader = LineReader(input)
    var lineNo = 0
    var bad = 0
    while let line = reader.next() {
      lineNo += 1
      if lineNo == 1 {
        let unknown = runner.header(line)
        if !unknown.isEmpty {
          stderr(lang == .zh ? "注意：这些列不是规约中的属性，已忽略：\(unknown.joined(separator: "、"))\n"
                             : "note: these columns are not attributes and are ignored: \(unknown.joined(separator: ", "))\n")
        }
        if !json { sink.append(runner.outputHeader()) }
        continue
      }
      if line.isEmpty { continue }
      if let problem = runner.row(line, into: &sink.buffer) {
        bad += 1
        if bad <= 100 { stderr((lang == .zh ? "第\(lineNo)行：" : "line \(lineNo): ") + problem.text(lang) + (lang == .zh ? "，已跳过\n" : "; skipped\n")) }
      }
      if sink.buffer.count > 1 << 20 { sink.flush(stdout) }
    }
    sink.flush(stdout)
    sink.close()
    if bad > 100 { stderr(lang == .zh ? "……另有\(bad - 100)行有错误\n" : "… and \(bad - 100) more bad rows\n") }
    stderr(lang == .zh ? "处理了 \(runner.done) 人" + (bad > 0 ? "，跳过 \(bad) 行有错误的数据" : "") + "\n"
                       : "\(runner.done) residents" + (bad > 0 ? ", \(bad) bad rows skipped" : "") + "\n")
    return bad > 0 ? 1 : 0
  }
}

/// Where batch output goes: a file handle or the stdout closure, in 1 MB chunks.
struct BatchSink {
  var handle: FileHandle?
  var buffer = [UInt8]()
  init(handle: FileHandle?) { self.handle = handle; buffer.reserveCapacity(1 << 21) }
  mutating func append(_ s: String) { buffer.append(contentsOf: s.utf8) }
  mutating func flush(_ write: (String) -> Void) {
    guard !buffer.isEmpty else { return }
    if let h = handle { h.write(Data(buffer)) } else { write(String(decoding: buffer, as: UTF8.self)) }
    buffer.removeAll(keepingCapacity: true)
  }
  func close() { try? handle?.close() }
}

/// Reads lines (without terminators) from a file in large chunks.
struct LineReader {
  let handle: FileHandle
  var buffer = [UInt8]()
  var start = 0
  var eof = false
  init(_ h: FileHandle) { handle = h }

  mutating func next() -> ArraySlice<UInt8>? {
    while true {
      if let nl = buffer[start...].firstIndex(of: 0x0A) {
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
      let chunk = handle.readData(ofLength: 1 << 20)
      if chunk.isEmpty { eof = true } else { buffer.append(contentsOf: chunk) }
      if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { buffer.removeFirst(3) }
    }
  }
}

/// Turns CSV rows into evaluated output rows. Allocation per row is limited to the output bytes.
struct BatchRunner {
  let compiled: CompiledRules
  let json: Bool
  /// For each CSV column: the slot it fills, or -1.
  var columnSlot = [Int]()
  var row: [Int64]
  var standing: [UInt8]
  var stack: [UInt8]
  var fields = [Range<Int>]()
  var done = 0
  let enumBytes: [[[UInt8]]]
  let amounts: [Int64]
  let periods: [String]
  let periodIndex: [Int]

  init(compiled: CompiledRules, json: Bool) {
    self.compiled = compiled
    self.json = json
    row = Array(repeating: CompiledRules.missing, count: compiled.attributes.count)
    standing = Array(repeating: 0, count: compiled.rules.count)
    stack = Array(repeating: 0, count: compiled.maxStack + 8)
    enumBytes = compiled.enumValues.map { $0.map { Array($0.utf8) } }
    amounts = compiled.rules.map { r in r.amount.map { Int64($0.num) * CompiledRules.scale / Int64($0.den) } ?? 0 }
    var ps = [String]()
    var idx = [Int]()
    for r in compiled.rules {
      if !ps.contains(r.period) { ps.append(r.period) }
      idx.append(ps.firstIndex(of: r.period)!)
    }
    periods = ps
    periodIndex = idx
  }

  /// Reads the header; returns the columns that are not attributes (besides the id column).
  mutating func header(_ line: ArraySlice<UInt8>) -> [String] {
    let names = BatchRunner.split(line).map { String(decoding: line[$0], as: UTF8.self).trimmingCharacters(in: .whitespaces) }
    let slots = Dictionary(uniqueKeysWithValues: compiled.attributes.enumerated().map { ($1.name, $0) })
    columnSlot = names.map { slots[$0] ?? -1 }
    return names.enumerated().filter { $0.offset > 0 && slots[$0.element] == nil }.map(\.element)
  }

  func outputHeader() -> String {
    "编号,义务,禁止,权利,享有," + periods.map { "\($0)合计（元）" }.joined(separator: ",") + ",享有项目,尚不确定\n"
  }

  /// Splits a CSV line into field ranges (double quotes allowed).
  static func split(_ line: ArraySlice<UInt8>) -> [Range<Int>] {
    var out = [Range<Int>]()
    var i = line.startIndex
    var fieldStart = i
    var quoted = false
    while i < line.endIndex {
      let b = line[i]
      if b == 0x22 { quoted.toggle() } else if b == 0x2C && !quoted { out.append(fieldStart..<i); fieldStart = i + 1 }
      i += 1
    }
    out.append(fieldStart..<line.endIndex)
    return out.map { r in
      var lo = r.lowerBound, hi = r.upperBound
      while lo < hi && (line[lo] == 0x20 || line[lo] == 0x22) { lo += 1 }
      while hi > lo && (line[hi - 1] == 0x20 || line[hi - 1] == 0x22) { hi -= 1 }
      return lo..<hi
    }
  }

  /// Evaluates one row and appends its output; returns a problem instead when the row is bad.
  mutating func row(_ line: ArraySlice<UInt8>, into out: inout [UInt8]) -> LocalizedText? {
    let ranges = BatchRunner.split(line)
    if ranges.count != columnSlot.count {
      return .init(zh: "有\(ranges.count)列，表头有\(columnSlot.count)列", en: "\(ranges.count) fields, the header has \(columnSlot.count)")
    }
    for i in row.indices { row[i] = CompiledRules.missing }
    for (c, r) in ranges.enumerated() {
      let slot = columnSlot[c]
      guard slot >= 0, !r.isEmpty else { continue }
      guard let v = parse(line[r], slot) else {
        let cell = String(decoding: line[r], as: UTF8.self)
        return .init(zh: "「\(compiled.attributes[slot].name)」的值「\(cell)」无法识别（\(compiled.attributes[slot].type.chinese)）",
                     en: "“\(cell)” is not a valid \(compiled.attributes[slot].name)")
      }
      row[slot] = v
    }
    row.withUnsafeBufferPointer { compiled.evaluate($0, into: &standing, stack: &stack) }
    done += 1
    emit(line, ranges.first ?? line.startIndex..<line.startIndex, into: &out)
    return nil
  }

  func parse(_ cell: ArraySlice<UInt8>, _ slot: Int) -> Int64? {
    let values = enumBytes[slot]
    if !values.isEmpty {
      for (i, v) in values.enumerated() where v.elementsEqual(cell) { return Int64(i) }
      return nil
    }
    switch compiled.attributes[slot].type {
    case .number:
      var neg = false, whole: Int64 = 0, frac: Int64 = 0, fracDigits = 0, seenDot = false, digits = 0
      for (k, b) in cell.enumerated() {
        if b == 0x2D && k == 0 { neg = true; continue }
        if b == 0x2E && !seenDot { seenDot = true; continue }
        guard b >= 0x30 && b <= 0x39 else { return nil }
        digits += 1
        if digits > 15 { return nil }
        if seenDot { if fracDigits < 3 { frac = frac * 10 + Int64(b - 0x30); fracDigits += 1 } } else { whole = whole * 10 + Int64(b - 0x30) }
      }
      guard digits > 0 else { return nil }
      while fracDigits < 3 { frac *= 10; fracDigits += 1 }
      let v = whole * CompiledRules.scale + frac
      return neg ? -v : v
    case .boolean:
      if cell.elementsEqual("是".utf8) || cell.elementsEqual("1".utf8) || cell.elementsEqual("true".utf8) || cell.elementsEqual("Y".utf8) { return 1 }
      if cell.elementsEqual("否".utf8) || cell.elementsEqual("0".utf8) || cell.elementsEqual("false".utf8) || cell.elementsEqual("N".utf8) { return 0 }
      return nil
    case .date:
      var parts = [Int64](), cur: Int64 = 0, any = false
      for b in cell {
        if b >= 0x30 && b <= 0x39 { cur = cur * 10 + Int64(b - 0x30); any = true } else if any { parts.append(cur); cur = 0; any = false }
      }
      if any { parts.append(cur) }
      guard parts.count == 3 else { return nil }
      return parts[0] * 10000 + parts[1] * 100 + parts[2]
    default:
      return nil
    }
  }

  func emit(_ line: ArraySlice<UInt8>, _ idRange: Range<Int>, into out: inout [UInt8]) {
    var counts = [0, 0, 0, 0]
    var totals = Array(repeating: Int64(0), count: periods.count)
    for (i, r) in compiled.rules.enumerated() where standing[i] == 1 {
      switch r.kind {
      case .obligation: counts[0] += 1
      case .prohibition: counts[1] += 1
      case .right: counts[2] += 1
      case .benefit: counts[3] += 1; totals[periodIndex[i]] += amounts[i]
      }
    }
    if json {
      out.append(contentsOf: "{\"编号\":".utf8)
      out.append(contentsOf: JSONString.quote(String(decoding: line[idRange], as: UTF8.self)).utf8)
      for (k, name) in ["义务", "禁止", "权利", "享有"].enumerated() {
        out.append(contentsOf: ",\"\(name)\":[".utf8)
        var first = true
        for (i, r) in compiled.rules.enumerated() where standing[i] == 1 && BatchRunner.kindIndex(r.kind) == k {
          if !first { out.append(0x2C) }
          first = false
          out.append(contentsOf: JSONString.quote(r.label).utf8)
        }
        out.append(0x5D)
      }
      out.append(contentsOf: ",\"合计\":{".utf8)
      for (p, name) in periods.enumerated() {
        if p > 0 { out.append(0x2C) }
        out.append(contentsOf: "\"\(name)\":\(BatchRunner.money(totals[p]))".utf8)
      }
      out.append(contentsOf: "},\"尚不确定\":[".utf8)
      var first = true
      for (i, r) in compiled.rules.enumerated() where standing[i] == 2 {
        if !first { out.append(0x2C) }
        first = false
        out.append(contentsOf: JSONString.quote(r.label).utf8)
      }
      out.append(contentsOf: "]}\n".utf8)
      return
    }
    out.append(contentsOf: line[idRange])
    for c in counts { out.append(0x2C); out.append(contentsOf: String(c).utf8) }
    for t in totals { out.append(0x2C); out.append(contentsOf: BatchRunner.money(t).utf8) }
    out.append(0x2C)
    var first = true
    for (i, r) in compiled.rules.enumerated() where standing[i] == 1 && r.kind == .benefit {
      if !first { out.append(contentsOf: "；".utf8) }
      first = false
      out.append(contentsOf: r.label.utf8)
    }
    out.append(0x2C)
    var undecided = 0
    for s in standing where s == 2 { undecided += 1 }
    out.append(contentsOf: String(undecided).utf8)
    out.append(0x0A)
  }

  static func kindIndex(_ k: RuleKind) -> Int { [RuleKind.obligation: 0, .prohibition: 1, .right: 2, .benefit: 3][k]! }

  /// A fixed-point amount (×1000) as a decimal.
  static func money(_ v: Int64) -> String {
    let whole = v / CompiledRules.scale, frac = abs(v % CompiledRules.scale)
    if frac == 0 { return String(whole) }
    var f = String(frac)
    while f.count < 3 { f = "0" + f }
    while f.hasSuffix("0") { f.removeLast() }
    return "\(whole).\(f)"
  }
}

/// JSON string quoting for the streaming writer.
enum JSONString {
  static func quote(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      default:
        if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
          let hex = String(u.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else { out.unicodeScalars.append(u) }
      }
    }
    return out + "\""
  }
}
