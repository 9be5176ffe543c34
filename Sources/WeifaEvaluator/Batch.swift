#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WeifaBase
import WeifaSemantics

// `weifa batch`: CSV rows of residents in, one evaluated row per resident out, through the
// compiled rules (`CompiledRules`). The front end reads and writes; this part only turns bytes
// into bytes, allocation-light.

/// Turns CSV rows into evaluated output rows. Allocation per row is limited to the output bytes.
package struct BatchRunner {
  let compiled: CompiledRules
  let json: Bool
  /// For each CSV column: the slot it fills, or -1.
  var columnSlot = [Int]()
  var row: [Int64]
  var standing: [UInt8]
  var stack: [UInt8]
  var fields = [Range<Int>]()
  /// Field bounds of the line being read: start and end of each, relative to the line.
  var fieldBounds = [Int]()
  package var done = 0
  let enumBytes: [[[UInt8]]]
  /// Reads cells into slot values.
  let cells: CellParser
  let amounts: [Int64]
  let periods: [String]
  let periodIndex: [Int]
  /// Per rule: its kind as 0 义务, 1 禁止, 2 权利, 3 享有; its label as bytes, and quoted for JSON.
  let kindIndex: [Int]
  let labelBytes: [[UInt8]]
  let quotedLabels: [[UInt8]]
  /// Totals per period of the row being written (scratch).
  var totals: [Int64]
  /// The block of rows being read: values column by column (`CompiledRules.evaluateBlock`),
  /// each row's id bytes, and after evaluation each rule's masks.
  var columns: [Int64]
  var rowsInBlock = 0
  var ids = [UInt8]()
  var idEnds = [Int]()
  var applies: [UInt64]
  var unknown: [UInt64]
  var scratch: [UInt64]
  package var blockFull: Bool { rowsInBlock == CompiledRules.blockRows }
  /// The masks turned around: for row `j`, the rules that apply (`rowApplies[j * words ..< (j + 1) * words]`)
  /// and those undecided, as bit sets over rules; and each kind's rules as such a set.
  let words: Int
  var rowApplies: [UInt64]
  var rowUnknown: [UInt64]
  let kindMasks: [UInt64]
  /// The most bytes a CSV row takes besides its id, and scratch to build one in.
  let rowBound: Int
  var rowBuffer = [UInt8]()
  /// Every label's bytes, one after another: label `i` is `labelText[labelStart[i] ..< labelStart[i + 1]]`.
  let labelText: [UInt8]
  let labelStart: [Int]

  package init(compiled: CompiledRules, json: Bool, lang: Language = .zh) {
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
    kindIndex = compiled.rules.map { BatchRunner.kindIndex($0.kind) }
    // A benefit whose amount is no sum to total (a range, a cap, in kind) is listed with it as written.
    labelBytes = compiled.rules.map { r in Array((r.label + (r.written.map { (lang == .zh ? "：" : ": ") + Amounts.describe($0, lang) } ?? "")).utf8) }
    quotedLabels = compiled.rules.map { r in Array(JSONText.quote(r.label + (r.written.map { (lang == .zh ? "：" : ": ") + Amounts.describe($0, lang) } ?? "")).utf8) }
    totals = Array(repeating: 0, count: ps.count)
    cells = CellParser(compiled)
    columns = Array(repeating: CompiledRules.missing, count: max(1, compiled.attributes.count) * CompiledRules.blockRows)
    fieldBounds = Array(repeating: 0, count: 2 * (compiled.attributes.count + 64))
    applies = Array(repeating: 0, count: compiled.rules.count)
    unknown = Array(repeating: 0, count: compiled.rules.count)
    scratch = Array(repeating: 0, count: compiled.blockScratch)
    let w = (compiled.rules.count + 63) / 64
    words = w
    rowApplies = Array(repeating: 0, count: w * CompiledRules.blockRows)
    rowUnknown = Array(repeating: 0, count: w * CompiledRules.blockRows)
    var km = Array(repeating: UInt64(0), count: 5 * w)
    for (i, k) in kindIndex.enumerated() { km[k * w + i / 64] |= 1 << UInt64(i % 64) }
    kindMasks = km
    rowBound = 16 + 4 * 21 + ps.count * 48 + labelBytes.reduce(0) { $0 + $1.count + 3 } + 21
    labelText = labelBytes.flatMap { $0 }
    labelStart = labelBytes.reduce(into: [0]) { $0.append($0.last! + $1.count) }
  }

  /// Reads the header; returns the columns that are not attributes (besides the id column).
  package mutating func header(_ line: ArraySlice<UInt8>) -> [String] {
    let names = BatchRunner.split(line).map { BatchRunner.trimmed(String(decoding: line[$0], as: UTF8.self)) }
    let slots = Dictionary(uniqueKeysWithValues: compiled.attributes.enumerated().map { ($1.name, $0) })
    columnSlot = names.map { slots[$0] ?? -1 }
    fieldBounds = Array(repeating: 0, count: 2 * columnSlot.count + 2)
    cells.plan(columns: columnSlot)
    return names.enumerated().filter { $0.offset > 0 && slots[$0.element] == nil }.map(\.element)
  }

  /// The attributes the rules read, in slot order.
  package var attributeNames: [String] { compiled.attributes.map(\.name) }

  /// The attributes the rules read that no column of the header gives (after `header`).
  package var missingAttributes: [String] {
    let given = Set(columnSlot.filter { $0 >= 0 })
    return compiled.attributes.indices.filter { !given.contains($0) }.map { compiled.attributes[$0].name }
  }

  /// The CSV header; in English with `lang: .en` (the columns are the same).
  package func outputHeader(lang: Language = .zh) -> String {
    guard lang == .en else { return "编号,义务,禁止,权利,享有," + periods.map { "\($0)合计（元）" }.joined(separator: ",") + ",享有项目,尚不确定\n" }
    let english = ["一次性": "one-off", "每月": "monthly", "每年": "yearly", "每人": "per person", "每户": "per household"]
    return "id,duties,prohibitions,rights,benefits," + periods.map { "\(english[$0] ?? "“\($0)”") total (yuan)" }.joined(separator: ",") + ",benefit items,undecided\n"
  }

  /// Splits a CSV line into field ranges (double quotes allowed).
  /// The text without leading and trailing spaces and tabs (a header cell).
  static func trimmed(_ s: String) -> String {
    let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
    guard let first = s.firstIndex(where: { !isBlank($0) }), let last = s.lastIndex(where: { !isBlank($0) }) else { return "" }
    return String(s[first...last])
  }

  static func split(_ line: ArraySlice<UInt8>) -> [Range<Int>] {
    var out = [Range<Int>]()
    split(line, into: &out)
    return out
  }

  /// `split(_:)` into a reused array.
  static func split(_ line: ArraySlice<UInt8>, into out: inout [Range<Int>]) {
    out.removeAll(keepingCapacity: true)
    line.withUnsafeBufferPointer { p in
      let base = line.startIndex
      let n = p.count
      guard let start = p.baseAddress else { out.append(base..<base); return }
      if memchr(start, 0x22, n) == nil {
        // No quotes (the common case): fields end at each comma.
        var fieldStart = 0
        while let hit = memchr(start + fieldStart, 0x2C, n - fieldStart) {
          let i = UnsafeRawPointer(hit) - UnsafeRawPointer(start)
          out.append(trimmed(p, fieldStart, i, base))
          fieldStart = i + 1
        }
        out.append(trimmed(p, fieldStart, n, base))
        return
      }
      var i = 0
      var fieldStart = 0
      var quoted = false
      while i < n {
        let b = p[i]
        if b == 0x22 { quoted.toggle() } else if b == 0x2C && !quoted { out.append(trimmed(p, fieldStart, i, base)); fieldStart = i + 1 }
        i += 1
      }
      out.append(trimmed(p, fieldStart, n, base))
    }
  }

  /// A field without the spaces and quotes around it.
  @inline(__always)
  static func trimmed(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ base: Int) -> Range<Int> {
    var lo = from, hi = to
    while lo < hi && (p[lo] == 0x20 || p[lo] == 0x22) { lo += 1 }
    while hi > lo && (p[hi - 1] == 0x20 || p[hi - 1] == 0x22) { hi -= 1 }
    return (base + lo)..<(base + hi)
  }

  /// Reads one row into the block; returns a problem instead when the row is bad (it is then
  /// left out of the block).
  package mutating func add(_ line: ArraySlice<UInt8>) -> LocalizedText? {
    let expected = columnSlot.count
    let j = rowsInBlock, b = CompiledRules.blockRows, slots = row.count
    // Take the block and the field bounds out of `self` while filling them.
    var block = [Int64](), bounds = [Int]()
    swap(&block, &columns)
    swap(&bounds, &fieldBounds)
    defer { swap(&block, &columns); swap(&bounds, &fieldBounds) }
    let cells = self.cells
    enum Outcome { case ok, quoted, count(Int), bad(Int) }
    let outcome: Outcome = line.withUnsafeBufferPointer { p -> Outcome in
      guard let start = p.baseAddress, memchr(start, 0x22, p.count) == nil else { return p.isEmpty ? .count(1) : .quoted }
      return bounds.withUnsafeMutableBufferPointer { fb -> Outcome in
        // One pass: field bounds (trimmed of spaces), then the count, then the cells. Commas are
        // found eight bytes at a time: a byte of `x` is zero where the line has a comma.
        let n = p.count
        var fields = 0, fieldStart = 0, i = 0
        @inline(__always) func field(_ end: Int) {
          if fields < expected {
            var lo = fieldStart, hi = end
            while lo < hi && p[lo] == 0x20 { lo += 1 }
            while hi > lo && p[hi - 1] == 0x20 { hi -= 1 }
            fb[2 * fields] = lo
            fb[2 * fields + 1] = hi
          }
          fields += 1
          fieldStart = end + 1
        }
        let raw = UnsafeRawPointer(start)
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        while i + 8 <= n {
          let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) ^ 0x2C2C_2C2C_2C2C_2C2C
          var commas = ~(((x & low7) &+ low7) | x | low7)
          while commas != 0 {
            field(i + commas.trailingZeroBitCount / 8)
            commas &= commas &- 1
          }
          i += 8
        }
        while i < n {
          if p[i] == 0x2C { field(i) }
          i += 1
        }
        field(n)
        if fields != expected { return .count(fields) }
        return block.withUnsafeMutableBufferPointer { col -> Outcome in
          columnSlot.withUnsafeBufferPointer { cs -> Outcome in
            for s in 0..<slots { col[s * b + j] = CompiledRules.missing }
            // Column by column, grouped by type so that each loop parses one kind of cell.
            /// Reads the cells of `columns`; false at the first that is not a value.
            @inline(__always) func each(_ columns: [Int], _ read: (UnsafeBufferPointer<UInt8>, Int) -> Int64?) -> Bool {
              for c in columns {
                let slot = cs[c], lo = fb[2 * c], hi = fb[2 * c + 1]
                guard lo < hi else { continue }
                guard let v = read(UnsafeBufferPointer(start: start + lo, count: hi - lo), slot) else { return false }
                col[slot * b + j] = v
              }
              return true
            }
            let ok = each(cells.enumColumns) { cells.enumeration($0, $1) }
              && each(cells.numberColumns) { c, _ in cells.number(c) }
              && each(cells.yesNoColumns) { c, _ in cells.yesNo(c) }
              && each(cells.dateColumns) { c, _ in cells.date(c) }
              && each(cells.otherColumns) { _, _ in nil }   // text and other types: no cell is a value
            if ok { return .ok }
            // A cell the byte-level readers did not take: every cell again through `parse`, which
            // also reads what `--fact` reads (八十二, 2024年3月12日); the first that is no value
            // (in column order) is the one reported.
            for c in 0..<expected {
              let slot = cs[c], lo = fb[2 * c], hi = fb[2 * c + 1]
              guard slot >= 0, lo < hi else { continue }
              guard let v = cells.parse(UnsafeBufferPointer(start: start + lo, count: hi - lo), slot) else { return .bad(c) }
              col[slot * b + j] = v
            }
            return .ok
          }
        }
      }
    }
    switch outcome {
    case .ok:
      ids.append(contentsOf: line[(line.startIndex + bounds[0])..<(line.startIndex + bounds[1])])
    case .count(let n):
      return .init(zh: "有\(n)列，表头有\(expected)列", en: "\(n) fields, the header has \(expected)")
    case .bad(let c):
      let slot = columnSlot[c], r = (line.startIndex + bounds[2 * c])..<(line.startIndex + bounds[2 * c + 1])
      let cell = String(decoding: line[r], as: UTF8.self)
      return .init(zh: "「\(compiled.attributes[slot].name)」的值「\(cell)」无法识别（\(compiled.attributes[slot].type.chinese)）",
                   en: "“\(cell)” is not a valid \(compiled.attributes[slot].name)")
    case .quoted:
      // A line with quotes: the general splitter.
      BatchRunner.split(line, into: &fields)
      if fields.count != expected {
        return .init(zh: "有\(fields.count)列，表头有\(expected)列", en: "\(fields.count) fields, the header has \(expected)")
      }
      for s in 0..<slots { block[s * b + j] = CompiledRules.missing }
      for c in fields.indices {
        let slot = columnSlot[c]
        let r = fields[c]
        guard slot >= 0, !r.isEmpty else { continue }
        guard let v = line[r].withUnsafeBufferPointer({ cells.parse($0, slot) }) else {
          let cell = String(decoding: line[r], as: UTF8.self)
          return .init(zh: "「\(compiled.attributes[slot].name)」的值「\(cell)」无法识别（\(compiled.attributes[slot].type.chinese)）",
                       en: "“\(cell)” is not a valid \(compiled.attributes[slot].name)")
        }
        block[slot * b + j] = v
      }
      ids.append(contentsOf: line[fields.first ?? line.startIndex..<line.startIndex])
    }
    idEnds.append(ids.count)
    rowsInBlock += 1
    done += 1
    return nil
  }

  /// Evaluates the rows read into the block.
  package mutating func evaluateBlock() {
    guard rowsInBlock > 0 else { return }
    compiled.evaluateBlock(columns, rows: rowsInBlock, applies: &applies, unknown: &unknown, scratch: &scratch)
    guard !json else { return }
    // Turn the masks around: rule by rule → row by row.
    let valid: UInt64 = rowsInBlock == 64 ? ~0 : (1 << UInt64(rowsInBlock)) - 1
    let w = words
    for k in rowApplies.indices { rowApplies[k] = 0; rowUnknown[k] = 0 }
    for i in applies.indices {
      let bit: UInt64 = 1 << UInt64(i % 64), word = i / 64
      var m = applies[i] & valid
      while m != 0 { rowApplies[m.trailingZeroBitCount * w + word] |= bit; m &= m - 1 }
      m = unknown[i] & valid
      while m != 0 { rowUnknown[m.trailingZeroBitCount * w + word] |= bit; m &= m - 1 }
    }
  }

  package mutating func clearBlock() {
    rowsInBlock = 0
    ids.removeAll(keepingCapacity: true)
    idEnds.removeAll(keepingCapacity: true)
  }

  /// The standing of every rule for row `j` of the evaluated block, as `CompiledRules.evaluate`
  /// gives it, but for 0 and 3, which the output does not tell apart.
  mutating func standings(ofRow j: Int) {
    let bit: UInt64 = 1 << UInt64(j)
    for i in standing.indices {
      standing[i] = applies[i] & bit != 0 ? 1 : unknown[i] & bit != 0 ? 2 : 0
    }
  }

  /// Appends the output of row `j` of the evaluated block.
  package mutating func emit(row j: Int, into out: inout [UInt8]) {
    if !json { emitCSV(row: j, into: &out); return }
    standings(ofRow: j)
    let idStart = j == 0 ? 0 : idEnds[j - 1]
    let id = ids[idStart..<idEnds[j]]
    emit(id, id.startIndex..<id.endIndex, into: &out)
  }

  func parse(_ cell: ArraySlice<UInt8>, _ slot: Int) -> Int64? {
    cell.withUnsafeBufferPointer { cells.parse($0, slot) }
  }

  mutating func emit(_ line: ArraySlice<UInt8>, _ idRange: Range<Int>, into out: inout [UInt8]) {
    var c0 = 0, c1 = 0, c2 = 0, c3 = 0
    for p in totals.indices { totals[p] = 0 }
    for i in standing.indices where standing[i] == 1 {
      switch kindIndex[i] {
      case 0: c0 += 1
      case 1: c1 += 1
      case 2: c2 += 1
      case 3: c3 += 1; totals[periodIndex[i]] += amounts[i]
      default: break
      }
    }
    if json {
      out.append(contentsOf: "{\"编号\":".utf8)
      out.append(contentsOf: JSONText.quote(String(decoding: line[idRange], as: UTF8.self)).utf8)
      for (k, name) in ["义务", "禁止", "权利", "享有"].enumerated() {
        out.append(contentsOf: ",\"\(name)\":[".utf8)
        var first = true
        for i in standing.indices where standing[i] == 1 && kindIndex[i] == k {
          if !first { out.append(0x2C) }
          first = false
          out.append(contentsOf: quotedLabels[i])
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
      for i in standing.indices where standing[i] == 2 {
        if !first { out.append(0x2C) }
        first = false
        out.append(contentsOf: quotedLabels[i])
      }
      out.append(contentsOf: "]}\n".utf8)
      return
    }
    out.append(contentsOf: line[idRange])
    for c in [c0, c1, c2, c3] { out.append(0x2C); BatchRunner.appendInt(Int64(c), &out) }
    for t in totals { out.append(0x2C); BatchRunner.appendMoney(t, &out) }
    out.append(0x2C)
    var first = true
    for i in standing.indices where standing[i] == 1 && kindIndex[i] == 3 {
      if !first { out.append(contentsOf: [0xEF, 0xBC, 0x9B]) }   // ；
      first = false
      out.append(contentsOf: labelBytes[i])
    }
    out.append(0x2C)
    var undecided = 0
    for s in standing where s == 2 { undecided += 1 }
    BatchRunner.appendInt(Int64(undecided), &out)
    out.append(0x0A)
  }

  /// The CSV row of row `j`, from the row's bit sets: what `emit(_:_:into:)` writes. The row is
  /// built in scratch memory and appended at once.
  mutating func emitCSV(row j: Int, into out: inout [UInt8]) {
    let idStart = j == 0 ? 0 : idEnds[j - 1], idEnd = idEnds[j]
    let bound = (idEnd - idStart) + rowBound
    let w = words, base = j * w
    for p in totals.indices { totals[p] = 0 }
    for x in 0..<w {
      var m = rowApplies[base + x] & kindMasks[3 * w + x]
      while m != 0 {
        let i = x * 64 + m.trailingZeroBitCount
        totals[periodIndex[i]] += amounts[i]
        m &= m - 1
      }
    }
    if rowBuffer.count < bound { rowBuffer = Array(repeating: 0, count: bound) }
    var scratchRow = [UInt8]()
    swap(&scratchRow, &rowBuffer)
    defer { swap(&scratchRow, &rowBuffer) }
    scratchRow.withUnsafeMutableBufferPointer { buf in
      let d = buf.baseAddress!
      var n = 0
      @inline(__always) func put(_ b: UInt8) { d[n] = b; n += 1 }
      @inline(__always) func int(_ v: Int64) {
        if v < 0 { put(0x2D) }
        var x = v.magnitude
        if x < 10 { put(UInt8(0x30 + x)); return }
        var digits = 0
        var t = x
        while t > 0 { digits += 1; t /= 10 }
        n += digits
        var k = n - 1
        while x > 0 { d[k] = UInt8(0x30 + x % 10); x /= 10; k -= 1 }
      }
      ids.withUnsafeBufferPointer { p in
        if idEnd > idStart { (d + n).update(from: p.baseAddress! + idStart, count: idEnd - idStart) }
      }
      n += idEnd - idStart
      rowApplies.withUnsafeBufferPointer { ra in
        kindMasks.withUnsafeBufferPointer { km in
          for k in 0..<4 {
            var c = 0
            for x in 0..<w { c += (ra[base + x] & km[k * w + x]).nonzeroBitCount }
            put(0x2C)
            int(Int64(c))
          }
          for t in totals {
            put(0x2C)
            if t % CompiledRules.scale == 0 { int(t / CompiledRules.scale) } else {
              for b in BatchRunner.money(t).utf8 { put(b) }
            }
          }
          put(0x2C)
          var first = true
          for x in 0..<w {
            var m = ra[base + x] & km[3 * w + x]
            while m != 0 {
              if !first { put(0xEF); put(0xBC); put(0x9B) }   // ；
              first = false
              let i = x * 64 + m.trailingZeroBitCount
              let from = labelStart[i], count = labelStart[i + 1] - from
              labelText.withUnsafeBufferPointer { l in
                if count > 0 { (d + n).update(from: l.baseAddress! + from, count: count) }
              }
              n += count
              m &= m - 1
            }
          }
        }
      }
      put(0x2C)
      var undecided = 0
      for x in 0..<w { undecided += rowUnknown[base + x].nonzeroBitCount }
      int(Int64(undecided))
      put(0x0A)
      out.append(contentsOf: UnsafeBufferPointer(start: d, count: n))
    }
  }

  /// 倡导 (4) is counted in no column: a soft norm is neither a duty nor a benefit.
  static func kindIndex(_ k: RuleKind) -> Int { [RuleKind.obligation: 0, .prohibition: 1, .right: 2, .benefit: 3, .advocacy: 4][k]! }

  /// Appends the decimal digits of `v` (as `String(v)` spells it).
  @inline(__always)
  static func appendInt(_ v: Int64, _ out: inout [UInt8]) {
    if v < 0 { out.append(0x2D) }
    var x = v.magnitude
    if x < 10 { out.append(UInt8(0x30 + x)); return }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { d in
      var n = 0
      repeat { d[n] = UInt8(0x30 + x % 10); x /= 10; n += 1 } while x > 0
      while n > 0 { n -= 1; out.append(d[n]) }
    }
  }

  /// Appends `money(v)` without building a string when the amount is whole.
  @inline(__always)
  static func appendMoney(_ v: Int64, _ out: inout [UInt8]) {
    if v % CompiledRules.scale == 0 { appendInt(v / CompiledRules.scale, &out) } else { out.append(contentsOf: money(v).utf8) }
  }

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

/// Reads CSV cells into slot values: numbers ×1000, enumeration codes, 0/1, yyyymmdd. A class,
/// so that the row loop shares it without copying its tables.
final class CellParser {
  /// The type of each slot: 0 enumeration, 1 number, 2 yes/no, 3 date, 4 other.
  let slotKind: [UInt8]
  /// Each slot's attribute type and enumeration values, for cells the byte-level readers do not
  /// take (八十二, 2024年3月12日, yes): those are read as `--fact` reads them.
  let types: [AttributeType]
  let enumValues: [[String]]
  /// Every enumeration value of every slot in one table: slot `s` has entries
  /// `enumStart[s] ..< enumStart[s + 1]`, each its first eight bytes as a word, its length, and
  /// where its bytes are in `enumText`.
  let enumStart: [Int]
  let enumHead: [UInt64]
  let enumLength: [Int]
  let enumOffset: [Int]
  let enumText: [UInt8]

  init(_ compiled: CompiledRules) {
    types = compiled.attributes.map(\.type)
    enumValues = compiled.enumValues
    slotKind = compiled.attributes.indices.map { i in
      if !compiled.enumValues[i].isEmpty { return 0 }
      switch compiled.attributes[i].type {
      case .number: return 1
      case .boolean: return 2
      case .date: return 3
      default: return 4
      }
    }
    var start = [0], head = [UInt64](), length = [Int](), offset = [Int](), text = [UInt8]()
    for values in compiled.enumValues {
      for v in values.map({ Array($0.utf8) }) {
        head.append(v.withUnsafeBufferPointer { CellParser.word($0) })
        length.append(v.count)
        offset.append(text.count)
        text += v
      }
      start.append(head.count)
    }
    enumStart = start; enumHead = head; enumLength = length; enumOffset = offset; enumText = text
  }

  /// Up to the first eight bytes, as one word (the rest zero).
  @inline(__always)
  static func word(_ c: UnsafeBufferPointer<UInt8>) -> UInt64 {
    if c.count >= 8 { return UInt64(littleEndian: UnsafeRawPointer(c.baseAddress!).loadUnaligned(as: UInt64.self)) }
    var w: UInt64 = 0
    let n = c.count
    for k in 0..<n { w |= UInt64(c[k]) << UInt64(8 * k) }
    return w
  }

  @inline(__always)
  static func equal(_ cell: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
    cell.count == word.utf8CodeUnitCount && memcmp(cell.baseAddress!, word.utf8Start, cell.count) == 0
  }

  /// The value of a cell for a slot, or nil when it is not one.
  /// The columns of the CSV that fill a slot, by the slot's type (set from the header; a slot of
  /// another type has no cell to read: its cells are never valid).
  var enumColumns: [Int] = [], numberColumns: [Int] = [], yesNoColumns: [Int] = [], dateColumns: [Int] = [], otherColumns: [Int] = []

  func plan(columns: [Int]) {
    var groups = [[Int]](repeating: [], count: 5)
    for (c, slot) in columns.enumerated() where slot >= 0 { groups[Int(slotKind[slot])].append(c) }
    enumColumns = groups[0]; numberColumns = groups[1]; yesNoColumns = groups[2]; dateColumns = groups[3]; otherColumns = groups[4]
  }

  @inline(__always)
  func parse(_ c: UnsafeBufferPointer<UInt8>, _ slot: Int) -> Int64? { parse(c, kind: slotKind[slot], slot: slot) }

  @inline(__always)
  func parse(_ c: UnsafeBufferPointer<UInt8>, kind: UInt8, slot: Int) -> Int64? {
    let fast: Int64?
    switch kind {
    case 0: fast = enumeration(c, slot)
    case 1: fast = number(c)
    case 2: fast = yesNo(c)
    case 3: fast = date(c)
    default: return nil
    }
    return fast ?? slow(c, slot)
  }

  /// A cell the byte-level readers did not take, read as `weifa query --fact` reads a value
  /// (`Evaluator.value(of:as:)`) and put in the slot's encoding: numbers ×1000, yyyymmdd,
  /// 1/0, the enumeration value's index.
  func slow(_ c: UnsafeBufferPointer<UInt8>, _ slot: Int) -> Int64? {
    let text = String(decoding: c, as: UTF8.self).trimmingSpaces()
    guard !text.isEmpty, let v = Evaluator.value(of: text, as: types[slot]) else { return nil }
    switch v {
    case .number(let r, _, _):
      let (scaled, overflow) = r.num.multipliedReportingOverflow(by: Int(CompiledRules.scale))
      guard !overflow, scaled % r.den == 0 else { return nil }
      return Int64(scaled / r.den)
    case .day(let d): return Int64(d.year * 10000 + d.month * 100 + d.day)
    case .name(let n):
      if !enumValues[slot].isEmpty { return enumValues[slot].firstIndex(of: n).map(Int64.init) }
      return n == "是" ? 1 : n == "否" ? 0 : nil
    default: return nil
    }
  }

  /// An enumeration value's index. The first eight bytes are compared as one word, then the rest.
  @inline(__always)
  func enumeration(_ c: UnsafeBufferPointer<UInt8>, _ slot: Int) -> Int64? {
    let head = CellParser.word(c)
    let lo = enumStart[slot]
    for i in lo..<enumStart[slot + 1] where enumHead[i] == head && enumLength[i] == c.count {
      if c.count <= 8 || enumText.withUnsafeBufferPointer({ memcmp($0.baseAddress! + enumOffset[i] + 8, c.baseAddress! + 8, c.count - 8) == 0 }) {
        return Int64(i - lo)
      }
    }
    return nil
  }

  /// A decimal number ×1000 (`CompiledRules.scale`), at most 15 digits and 3 decimals kept.
  @inline(__always)
  func number(_ c: UnsafeBufferPointer<UInt8>) -> Int64? {
    var neg = false, whole: Int64 = 0, frac: Int64 = 0, fracDigits = 0, seenDot = false, digits = 0
    for k in 0..<c.count {
      let b = c[k]
      if b == 0x2D && k == 0 { neg = true; continue }
      if b == 0x2E && !seenDot { seenDot = true; continue }
      guard b >= 0x30 && b <= 0x39 else { return nil }
      digits += 1
      if digits > 15 { return nil }
      if seenDot { if fracDigits < 3 { frac = frac * 10 + Int64(b - 0x30); fracDigits += 1 } } else { whole = whole * 10 + Int64(b - 0x30) }
    }
    guard digits > 0 else { return nil }
    while fracDigits < 3 { frac *= 10; fracDigits += 1 }
    let v = whole * CellParser.scale + frac
    return neg ? -v : v
  }

  /// `CompiledRules.scale`, as a constant the loop need not look up.
  static let scale: Int64 = 1000

  /// 是/否 (and 1/0, true/false, Y/N) as 1 or 0.
  @inline(__always)
  func yesNo(_ c: UnsafeBufferPointer<UInt8>) -> Int64? {
    if c.count == 3 {
      // 是 and 否 without a call (the other spellings have other lengths).
      let b0 = c[0], b1 = c[1], b2 = c[2]
      if b0 == 0xE6 && b1 == 0x98 && b2 == 0xAF { return 1 }
      if b0 == 0xE5 && b1 == 0x90 && b2 == 0xA6 { return 0 }
    }
    if CellParser.equal(c, "是") || CellParser.equal(c, "1") || CellParser.equal(c, "true") || CellParser.equal(c, "Y") { return 1 }
    if CellParser.equal(c, "否") || CellParser.equal(c, "0") || CellParser.equal(c, "false") || CellParser.equal(c, "N") { return 0 }
    return nil
  }

  /// Three groups of digits, year, month and day, as yyyymmdd.
  @inline(__always)
  func date(_ c: UnsafeBufferPointer<UInt8>) -> Int64? {
    var parts = (Int64(0), Int64(0), Int64(0)), count = 0, cur: Int64 = 0, any = false
    func push(_ v: Int64) {
      switch count {
      case 0: parts.0 = v
      case 1: parts.1 = v
      case 2: parts.2 = v
      default: break
      }
      count += 1
    }
    for b in c {
      if b >= 0x30 && b <= 0x39 { cur = cur * 10 + Int64(b - 0x30); any = true } else if any { push(cur); cur = 0; any = false }
    }
    if any { push(cur) }
    guard count == 3 else { return nil }
    return parts.0 * 10000 + parts.1 * 100 + parts.2
  }


}
