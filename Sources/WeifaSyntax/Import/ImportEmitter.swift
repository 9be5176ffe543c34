import WeifaBase

/// A remark `weifa import` makes: on one line (a reading it chose between two), or on the
/// document (where a directive's value came from).
package struct ImportNote: Sendable, Equatable {
  /// 1-based line of the input, or nil for the document.
  package var line: Int?
  package var text: LocalizedText
}

/// What `weifa import` gives back: the Weifa source, the layout it read and its notes.
package struct ImportResult: Sendable {
  /// The Weifa source (UTF-8).
  package var source: [UInt8]
  package var layout: PastedLayout
  package var notes: [ImportNote]
  package var title: String?
  package var kind: String?
  /// The input, as read (the marks in the outline are cut from it).
  package var input: [UInt8]
  /// For each input line (index 0 is line 1), the line of the source that holds it.
  package var lineMap: [Int]
  /// Whether any article (or verse line) was found.
  package var foundArticles: Bool { layout.articleCount > 0 }

  /// The outline and the notes as JSON (`weifa import --format json`).
  package func json(lang: Language) -> JSONValue {
    let lines: [JSONValue] = layout.lines.map { l in
      JSONValue.obj([
        ("line", .int(l.number)), ("role", .string(l.role.rawValue)), ("level", .int(l.level)),
        ("mark", l.hasMark ? .string(String(decoding: input[l.contentStart..<l.markEnd], as: UTF8.self)) : nil),
        ("notes", l.notes.isEmpty ? nil : .array(l.notes.map { .string($0.text.text(lang)) })),
      ])
    }
    let n = layout.numbering
    var numbering: [(String, JSONValue?)] = []
    let headingKey = n.ordinalChapters ? "节" : "章"
    numbering.append((headingKey, n.headings.isEmpty ? nil : .array(n.headings.map { .string($0.rawValue) })))
    numbering.append(("条", n.everyLine ? .string("每行") : n.article.map { .string($0.rawValue) }))
    numbering.append(("项", n.items.isEmpty ? nil : .array(n.items.map { .string($0.rawValue) })))
    numbering.append(("目", n.subitems.isEmpty ? nil : .array(n.subitems.map { .string($0.rawValue) })))
    return .obj([
      ("title", title.map { .string($0) }), ("kind", kind.map { .string($0) }),
      ("lines", .int(layout.lineCount)), ("articles", .int(layout.articleCount)),
      ("numbering", .obj(numbering)),
      ("notes", .array(notes.map { .obj([("line", $0.line.map { .int($0) }), ("message", .string($0.text.text(lang)))]) })),
      ("outline", .array(lines)),
    ])
  }
}

/// `weifa import`: plain text pasted from Word → Weifa source per the layout extension
/// (/work/layout-spec.md). Every prose line is kept byte for byte (leading white space included;
/// the line end becomes LF and a BOM is dropped); the header gets `@标题`, `@类型`, `@编号`,
/// `@通过`/`@修正`/`@施行` where the text states them; a structure line (`@章 …`, `@条 …`, `@项 …`,
/// `@款 …`) is written only where a line's role is not what its start alone gives under the
/// declaration; `@落款` stands before the signature block; every reading the recogniser chose
/// between two is a comment `# 导入说明：第N行 …`. Pure: the caller writes the result.
package enum Importer {
  package static func run(_ bytes: [UInt8]) -> ImportResult { run(bytes, hints: [:], notes: []) }

  /// `run` of text read from another format (a Word file): `hints` are what the layout of its
  /// lines said (`LayoutHint`, by 1-based line), `notes` what the reading left out or changed;
  /// each note is a `# 导入说明` comment under the header, as the importer's own notes are.
  package static func run(_ bytes: [UInt8], hints: [Int: LayoutHint], notes: [LocalizedText]) -> ImportResult {
    let layout = LayoutRecognizer.recognize(bytes, hints: hints)
    var e = Emission(bytes: bytes, layout: layout)
    e.sourceNotes = notes.map { ImportNote(line: nil, text: $0) }
    e.emit()
    return ImportResult(source: e.out, layout: layout, notes: e.notes, title: e.title, kind: e.kind, input: bytes, lineMap: e.lineMap)
  }

  /// Why `bytes` cannot be imported as text (NUL and control bytes, bytes that are not UTF-8),
  /// with the line; nil when they can.
  package static func refusal(_ bytes: [UInt8]) -> LocalizedText? {
    var line = 1, i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x0A { line += 1; i += 1; continue }
      if b < 0x20 && b != 0x09 && b != 0x0D && b != 0x0C || b == 0x7F {
        return .init(zh: "第\(line)行有控制字符（0x\(hex(b))）：这不是文本文件，可能是 Word 文档或其他二进制文件；请在 Word 中「另存为」纯文本（.txt，UTF-8）后再导入",
                     en: "line \(line) holds a control byte (0x\(hex(b))): this is not a text file (a Word document or other binary?); save it as plain text (.txt, UTF-8) and import that")
      }
      if b < 0x80 { i += 1; continue }
      let (s, len) = UTF8Scan.decode(bytes, i)
      if s == "\u{FFFD}" && len == 1 {
        return .init(zh: "第\(line)行有无法识别的字节（0x\(hex(b))）：文件既不是 UTF-8，也不是 GB18030/GBK 或 UTF-16；请另存为 UTF-8 后再导入",
                     en: "line \(line) holds a byte that is not text (0x\(hex(b))): the file is neither UTF-8 nor GB18030/GBK nor UTF-16; save it as UTF-8 and import that")
      }
      i += len
    }
    return nil
  }

  static func hex(_ b: UInt8) -> String {
    let d = Array("0123456789ABCDEF")
    return String([d[Int(b >> 4)], d[Int(b & 15)]])
  }

  /// The Chinese name of a role, for notes.
  static func roleName(_ r: LayoutRole) -> LocalizedText {
    switch r {
    case .title: return .init(zh: "标题", en: "the title")
    case .subtitle: return .init(zh: "副标题", en: "a subtitle")
    case .preamble: return .init(zh: "序言", en: "preamble")
    case .heading: return .init(zh: "章标题", en: "a heading")
    case .article: return .init(zh: "条", en: "an article")
    case .paragraph: return .init(zh: "款", en: "a paragraph")
    case .item: return .init(zh: "项", en: "an item")
    case .subitem: return .init(zh: "目", en: "a sub-item")
    case .verse: return .init(zh: "韵文条", en: "a verse line (one article)")
    case .adoption: return .init(zh: "通过记录", en: "an adoption record")
    case .signature: return .init(zh: "落款", en: "the signature block")
    case .other: return .init(zh: "附注", en: "a note outside the articles")
    }
  }
}

/// How a line reads in Weifa source.
enum Construct: Equatable {
  case heading(Int)   // 0 编, 1 章, 2 节
  case article, paragraph, item, subitem, directive, comment

  var keyword: String {
    switch self {
    case .heading(0): return "编"
    case .heading(2): return "节"
    case .heading: return "章"
    case .article: return "条"
    case .item: return "项"
    case .subitem: return "目"
    default: return "款"
    }
  }
}

struct Emission {
  let bytes: [UInt8]
  let layout: PastedLayout
  var out = [UInt8]()
  var notes = [ImportNote]()
  var title: String?
  var kind: String?
  /// Style → the construct a line starting with it is, under the declaration.
  var declared = [MarkerStyle: Construct]()
  var everyLine = false
  var lineMap = [Int]()
  /// Lines written so far.
  var written = 0
  /// Notes on how the text was read from its file (a Word file's), written under the header.
  var sourceNotes = [ImportNote]()

  init(bytes: [UInt8], layout: PastedLayout) {
    self.bytes = bytes
    self.layout = layout
    out.reserveCapacity(bytes.count + bytes.count / 8 + 256)
  }

  /// The text of a line without the white space around it (the lines read as strings are few
  /// and short: the title and the adoption records; a longer one is cut, never scanned whole).
  func text(_ l: LayoutLine) -> String {
    String(decoding: bytes[l.contentStart..<min(l.end, l.contentStart + 3001)], as: UTF8.self).trimmingSpaces()
  }

  /// Appends whole lines (each ending with LF).
  mutating func write(_ s: String) {
    out.append(contentsOf: Array(s.utf8))
    written += s.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
  }

  mutating func emit() {
    let lines = layout.lines
    var header = [String](), headerNotes = [ImportNote]()
    if let t = lines.first(where: { $0.role == .title }) {
      title = text(t)
      header.append("@标题 " + text(t))
      kind = Self.kind(of: text(t))
      if let k = kind { header.append("@类型 " + k) }
    }
    let numbering = layout.numbering
    if !numbering.isEmpty {
      var fields = [String]()
      let base = numbering.ordinalChapters ? 2 : 1
      for (k, h) in numbering.headings.enumerated() where h.declarable && base + k <= 2 {
        fields.append((base + k == 1 ? "章：" : "节：") + h.rawValue)
        declared[h] = .heading(base + k)
      }
      if numbering.everyLine { fields.append("条：每行") } else if let a = numbering.article, a.declarable { fields.append("条：" + a.rawValue); declared[a] = .article }
      let items = numbering.items.filter(\.declarable), subitems = numbering.subitems.filter(\.declarable)
      if !items.isEmpty { fields.append("项：" + items.map(\.rawValue).joined(separator: " ")) }
      if !subitems.isEmpty { fields.append("目：" + subitems.map(\.rawValue).joined(separator: " ")) }
      if !fields.isEmpty { header.append("@编号 " + fields.joined(separator: "；")) }
      for s in items { declared[s] = .item }
      for s in subitems { declared[s] = .subitem }
      everyLine = numbering.everyLine
    } else {
      // Without @编号, today's defaults: （一） （1） are items, 1. a sub-item inside an article.
      declared = [.parenChinese: .item, .parenArabic: .item, .arabic: .subitem]
    }
    let (adoption, adoptionNotes) = adoptionDirectives()
    header += adoption
    headerNotes = sourceNotes + adoptionNotes
    for h in header { write(h + "\n") }
    for n in headerNotes {
      write("# 导入说明：" + (n.line.map { "第\($0)行 " } ?? "") + n.text.zh + "\n")
    }
    notes += headerNotes
    body()
    if layout.articleCount == 0 {
      let n = ImportNote(line: nil, text: .init(zh: "未找到条文：没有认出编号的条（第一条、一、、1. 等），也没有韵文行；全文作为序言保留",
                                                 en: "no articles found: no numbered articles (“第一条”, “一、”, “1.” …) and no verse lines; the whole text is kept as preamble"))
      notes.append(n)
    }
  }

  /// `@类型` from the title, when it names one of the kinds.
  static func kind(of title: String) -> String? {
    for k in ["村民自治章程", "社区自治章程", "村规民约", "居民公约", "业主公约", "楼栋公约", "小区公约", "自治章程"] where title.contains(k) { return k }
    return nil
  }

  /// The body that adopts a charter of this kind by statute.
  static func statutoryBody(_ kind: String?) -> String? {
    switch kind {
    case "村规民约", "村民自治章程": return "村民会议"
    case "居民公约", "社区自治章程": return "居民会议"
    default: return nil
    }
  }

  /// `@通过`, `@修正` and `@施行` from the subtitles, adoption records, the preamble and the
  /// signature block's date, with a note on each value that was not written as such.
  mutating func adoptionDirectives() -> ([String], [ImportNote]) {
    var facts = AdoptionFacts()
    var sources = [Int]()
    for l in layout.lines where (l.role == .subtitle || l.role == .adoption) {
      let before = (facts.chain, facts.date, facts.expected)
      AdoptionReader.read(text(l), into: &facts)
      if before.0 != facts.chain || before.1 != facts.date || before.2 != facts.expected || !facts.amendments.isEmpty { sources.append(l.number) }
    }
    var notes = [ImportNote]()
    // The adopting body from the preamble (经村民会议讨论通过，制定本规约) or a closing article.
    if facts.chain.isEmpty {
      let candidates = layout.lines.filter { $0.role == .preamble } + layout.lines.filter { $0.role == .article }.suffix(3)
      for l in candidates {
        var f = AdoptionFacts()
        AdoptionReader.read(text(l), into: &f, bodiesOnly: l.role == .preamble)
        if !f.chain.isEmpty {
          facts.chain = f.chain
          facts.chainText = f.chainText
          if facts.effective == nil { facts.effective = f.effective }
          notes.append(ImportNote(line: l.number, text: .init(zh: "通过机关「\(f.chain.joined(separator: "、"))」取自这一行", en: "the adopting body “\(f.chain.joined(separator: "、"))” is taken from this line")))
          break
        }
      }
    }
    // Commencement stated in a closing article: 本规约自2024年6月1日起施行.
    if facts.effective == nil {
      for l in layout.lines.filter({ $0.role == .article }).suffix(3) {
        var f = AdoptionFacts()
        AdoptionReader.read(text(l), into: &f)
        if let e = f.effective { facts.effective = e; break }
      }
    }
    if facts.date == nil, facts.household || !facts.chain.isEmpty || !sources.isEmpty,
       let s = layout.lines.last(where: { $0.role == .signature && AdoptionReader.dates(Array(text($0))).count == 1 }),
       let d = AdoptionReader.dates(Array(text(s))).first {
      facts.date = d.text
      notes.append(ImportNote(line: s.number, text: .init(zh: "通过日期取自落款的日期「\(text(s))」，请核对", en: "the adoption date is the signature block's date “\(text(s))”; check it")))
    }
    var out = [String]()
    guard !facts.chain.isEmpty || facts.date != nil || facts.household || !facts.amendments.isEmpty || facts.effective != nil else { return ([], []) }
    var chain = facts.chain
    if facts.household, let b = Self.statutoryBody(kind), chain.last != b {
      chain.append(b)
      notes.append(ImportNote(line: sources.first, text: .init(zh: "入户签字表决，通过机关按类型写作「\(b)」", en: "adopted by household signature: the adopting body is written “\(b)” for this kind")))
    }
    if let last = chain.last, let b = Self.statutoryBody(kind), last != b, last.hasSuffix(b) {
      chain[chain.count - 1] = b
      notes.append(ImportNote(line: sources.first, text: .init(zh: "「\(last)」即\(b)，写作「\(b)」", en: "“\(last)” is the \(b == "村民会议" ? "villagers' meeting" : "residents' meeting"), written “\(b)”")))
    }
    if chain.isEmpty, facts.date != nil || facts.household {
      if let b = Self.statutoryBody(kind) {
        chain = [b]
        notes.append(ImportNote(line: sources.first, text: .init(zh: "原文没有写明通过机关，按类型推定为「\(b)」，请核对", en: "the text does not name the adopting body; “\(b)” is assumed for this kind — check it")))
      }
    }
    if !chain.isEmpty {
      var fields = [String]()
      if let d = facts.date { fields.append("日期：" + d) }
      if facts.household { fields.append("方式：入户签字") }
      for (k, v) in [("应到", facts.expected), ("实到", facts.attended), ("赞成", facts.yes), ("反对", facts.no), ("弃权", facts.abstain)] {
        if let v { fields.append(k + "：" + v) }
      }
      // A chain of bodies is the head as written (`村两委研究、…、村民会议表决`: the last adopted
      // the charter); a body the kind implies (入户签字) closes it.
      var head = chain.joined(separator: "、")
      if chain.count > 1, let written = facts.chainText {
        head = written + (chain.count > facts.chain.count ? "、" + (chain.last ?? "") : "")
      }
      out.append(contentsOf: accepted("@通过 " + head, fields, line: sources.first, notes: &notes))
    } else if let d = facts.date {
      notes.append(ImportNote(line: sources.first, text: .init(zh: "通过日期为\(d)，但原文没有写明通过机关，未写 @通过", en: "adopted on “\(d)”, but the text names no body: no @通过 written")))
    }
    for a in facts.amendments {
      if let b = a.body ?? Self.statutoryBody(kind) {
        out.append(contentsOf: accepted("@修正 " + b, ["日期：" + a.date], line: sources.first, notes: &notes))
        if a.body == nil {
          notes.append(ImportNote(line: sources.first, text: .init(zh: "修订机关未写明，按类型推定为「\(b)」，请核对", en: "the amending body is not named; “\(b)” is assumed — check it")))
        }
      }
    }
    if let e = facts.effective { out.append(contentsOf: accepted("@施行 " + e, [], line: nil, notes: &notes)) }
    return (out, notes)
  }

  /// The directive `head` with those of `fields` the parser accepts (a field it does not know, a
  /// date it cannot read), each field left out noted; nothing when the head itself is refused.
  /// The importer never writes a header line that would be a syntax error.
  func accepted(_ head: String, _ fields: [String], line: Int?, notes: inout [ImportNote]) -> [String] {
    func clean(_ text: String) -> Bool {
      Parser.parse(SourceFile(path: "", bytes: Array((text + "\n").utf8))).diagnostics.allSatisfy { $0.severity != .error }
    }
    guard clean(head) || !fields.isEmpty && clean(head + "；" + fields[0]) else {
      notes.append(ImportNote(line: line, text: .init(zh: "原文的「\(head.dropFirst())」不能写成指令，未写入", en: "“\(head.dropFirst())” cannot be written as a directive: left out")))
      return []
    }
    var kept = [String]()
    for f in fields {
      if clean(([head] + kept + [f]).joined(separator: "；")) { kept.append(f); continue }
      notes.append(ImportNote(line: line, text: .init(zh: "「\(f)」（\(head.split(separator: " ").first ?? "")）尚不能写成字段，未写入；请核对原文", en: "“\(f)” (\(head.split(separator: " ").first ?? "")) cannot be written as a field yet: left out; see the text")))
    }
    if !clean(head) && kept.isEmpty { return [] }
    return [([head] + kept).joined(separator: "；")]
  }

  /// How the parser reads a line by its start alone, under the declaration.
  func parsed(_ l: LayoutLine, inArticle: Bool, preamble: Bool, closing: Bool) -> Construct {
    let c = l.contentStart
    if c < bytes.count {
      let b0 = bytes[c]
      if b0 == 0x40 { return .directive }
      if b0 == 0x23 { return .comment }
      if c + 2 < bytes.count && b0 == 0xEF && bytes[c + 1] == 0xBC && (bytes[c + 2] == 0xA0 || bytes[c + 2] == 0x83) {
        return bytes[c + 2] == 0xA0 ? .directive : .comment
      }
    }
    if closing { return .paragraph }
    switch l.style {
    case .part: return .heading(0)
    case .chapter: return .heading(1)
    case .section: return .heading(2)
    case .article: return .article
    case .some(let s):
      if let d = declared[s] {
        if d == .subitem && !inArticle && layout.numbering.isEmpty { break }
        return d
      }
    case nil: break
    }
    // 条：每行 — every prose line after the preamble is an article.
    return everyLine && !preamble ? .article : .paragraph
  }

  /// What the line is, as the recogniser read it.
  func intended(_ l: LayoutLine) -> Construct {
    switch l.role {
    case .heading:
      switch l.style {
      case .part: return .heading(0)
      case .chapter: return .heading(1)
      case .section: return .heading(2)
      case nil where l.headingRank != nil: return .heading(l.headingRank ?? 1)
      default:
        let base = layout.numbering.ordinalChapters ? 2 : 1
        return .heading(min(2, base + (l.style.flatMap { layout.numbering.headings.firstIndex(of: $0) } ?? 0)))
      }
    case .article, .verse: return .article
    case .item: return .item
    case .subitem: return .subitem
    default: return .paragraph
    }
  }

  mutating func body() {
    var byNumber = [Int: Int]()
    for (k, l) in layout.lines.enumerated() { byNumber[l.number] = k }
    // The closing part — adoption records, notes and the signature after the last article — is
    // part of no article: `@落款` opens it at its first line.
    let lastUnit = layout.lines.lastIndex { [.heading, .article, .paragraph, .item, .subitem, .verse].contains($0.role) } ?? -1
    let closingStart = layout.lines.indices.first { $0 > lastUnit && [.signature, .adoption, .other].contains(layout.lines[$0].role) }
    var number = 0, lineStart = 0
    var inArticle = false, closing = false, preamble = true
    let n = bytes.count
    while lineStart < n {
      number += 1
      var lineEnd = lineStart
      while lineEnd < n && bytes[lineEnd] != 0x0A { lineEnd += 1 }
      defer { lineStart = lineEnd + 1 }
      guard let k = byNumber[number] else {
        // A blank line: as it is, without a CR (and without a BOM on line 1).
        var s = lineStart, e = lineEnd
        if number == 1 && e - s >= 3 && bytes[s] == 0xEF && bytes[s + 1] == 0xBB && bytes[s + 2] == 0xBF { s += 3 }
        if e > s && bytes[e - 1] == 0x0D { e -= 1 }
        out.append(contentsOf: bytes[s..<e])
        out.append(0x0A)
        written += 1
        lineMap.append(written)
        continue
      }
      let l = layout.lines[k]
      if !closing && (l.role == .signature || k == closingStart) {
        closing = true
        write("@落款\n")
      }
      for note in l.notes where note.kind == .ambiguous || note.kind == .styleSwitch {
        let role = Importer.roleName(l.role)
        let text = LocalizedText(zh: "第\(l.number)行 读作\(role.zh)；\(note.text.zh)", en: "line \(l.number): read as \(role.en); \(note.text.en)")
        write("# 导入说明：" + text.zh + "\n")
        notes.append(ImportNote(line: l.number, text: text))
      }
      let want = intended(l)
      let got = parsed(l, inArticle: inArticle, preamble: preamble, closing: closing)
      let isTitle = l.role == .title && got != .directive && got != .comment
      if want != got && !isTitle {
        write("@" + want.keyword + " ")
      }
      out.append(contentsOf: bytes[l.start..<l.end])
      out.append(0x0A)
      written += 1
      lineMap.append(written)
      if want == .article { inArticle = true; preamble = false }
      if case .heading = want { inArticle = false; preamble = false }
    }
  }
}
