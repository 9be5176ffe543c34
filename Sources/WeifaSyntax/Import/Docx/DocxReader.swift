import WeifaBase

/// The text of a Word document, as `weifa import` reads it: one line a paragraph.
package struct DocxText: Sendable {
  /// UTF-8, LF line ends, ending with a line end.
  package var text: [UInt8]
  /// What was left out or changed on the way (revisions, comments, the 目录, tables as rows).
  package var notes: [LocalizedText]
  package var paragraphs: Int
  /// What the layout of a line said in Word (1-based line → a title, a heading style or outline
  /// level, a centred or bold paragraph), for the recogniser to weigh.
  package var hints: [Int: LayoutHint] = [:]
}

/// Reads word/document.xml of a .docx (`ZipArchive`, `XMLTokenizer`): the body's paragraphs in
/// order, each one line — Word's automatic numbering written out as Word shows it
/// (`DocxNumbering`, numbering from the paragraph or its style), `w:br` a line break, `w:tab` a
/// tab, a table a line per row with its cells separated by tabs. Track changes are read as
/// accepted (inserted text kept, deleted text dropped, a paragraph whose mark was deleted joined
/// to the next); comments, field codes, the 目录 (a TOC content control or TOC-styled paragraphs)
/// and `mc:Fallback` copies are left out. Everything dropped is said in a note.
package enum DocxReader {
  package static let mainTypes = [
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
  ]

  /// The note on page numbers in the headers or footers (every .docx Weifa writes has them).
  package static let pageNumberNote = LocalizedText(zh: "页眉页脚中的页码未导入（页码由 Word 排版时生成）",
                                                    en: "the page numbers in the headers and footers were not imported (Word makes them when it lays out the pages)")

  /// An OLE compound file (D0 CF 11 E0 A1 B1 1A E1): Word 97–2003 (.doc), WPS (.wps), or an
  /// encrypted .docx (Office wraps those in one).
  package static func isCompoundFile(_ bytes: [UInt8]) -> Bool {
    bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
  }

  /// Whether a compound file is an encrypted Office Open XML document: Office stores a .docx
  /// with a password as an OLE file whose streams are `EncryptionInfo` and `EncryptedPackage`
  /// (MS-OFFCRYPTO 2.3.4.4); their names stand in the directory in UTF-16LE.
  package static func isEncryptedPackage(_ bytes: [UInt8]) -> Bool {
    let name = Array("EncryptedPackage".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    return bytes.withUnsafeBufferPointer { b in
      guard b.count >= name.count else { return false }
      var k = 0
      while k <= b.count - name.count {
        if b[k] == name[0] {
          var j = 1
          while j < name.count && b[k + j] == name[j] { j += 1 }
          if j == name.count { return true }
        }
        k += 1
      }
      return false
    }
  }

  package static func read(_ bytes: [UInt8]) -> Result<DocxText, LocalizedText> {
    if isCompoundFile(bytes) && isEncryptedPackage(bytes) {
      return .failure(.init(zh: "这是设有密码（已加密）的 Word 文档，无法读取其内容；请在 Word/WPS 中取消密码，另存为 .docx 后再导入",
                            en: "this is a password-protected (encrypted) Word document, whose text cannot be read; remove the password in Word/WPS, save it as .docx and import that"))
    }
    if isCompoundFile(bytes) {
      return .failure(.init(zh: "这是 Word 97–2003 文档（.doc）、WPS 文档（.wps）或设有密码的 Word 文档，不是 .docx；请在 Word/WPS 中另存为 .docx（如设有密码，先取消密码）后再导入",
                            en: "this is a Word 97–2003 document (.doc), a WPS document (.wps) or a password-protected Word file, not a .docx; save it as .docx in Word/WPS (removing any password first) and import that"))
    }
    let zip: ZipArchive
    do { zip = try ZipArchive(bytes) } catch { return .failure(.init(zh: "不是可读的 .docx：" + error.message.zh, en: "not a readable .docx: " + error.message.en)) }
    do {
      guard let types = try zip.data(named: "[Content_Types].xml") else {
        return .failure(.init(zh: "压缩文件中没有 [Content_Types].xml：这不是 Word 文档（.docx），只是一个 zip 压缩文件",
                              en: "the archive has no [Content_Types].xml: it is not a Word document (.docx), just a zip archive"))
      }
      guard let main = mainPart(types) else { return .failure(notWord(types)) }
      guard let document = try zip.data(named: main) else {
        return .failure(.init(zh: "文档正文「\(main)」不在压缩文件中：文件已损坏", en: "the main part “\(main)” is missing: the file is damaged"))
      }
      let relsXML = try zip.data(named: relsName(main))
      let rels = relsXML.map(relationships) ?? [:]
      let dir = main.split(separator: "/").dropLast().joined(separator: "/")
      func part(_ type: String, _ fallback: String) throws(ZipError) -> [UInt8]? {
        let target = rels[type].map { resolve($0, in: dir) } ?? (dir.isEmpty ? fallback : dir + "/" + fallback)
        return try zip.data(named: target)
      }
      var numbering = try part("numbering", "numbering.xml").map(DocxNumbering.init) ?? DocxNumbering()
      let styles = try part("styles", "styles.xml").map(DocxStyles.init) ?? DocxStyles()
      numbering.link { styles.styles[$0]?.numId }
      let comments = try part("comments", "comments.xml").map { countElements($0, "w:comment") } ?? 0
      var body = DocxBody(numbering: numbering, styles: styles)
      body.read(document)
      if body.damaged {
        return .failure(.init(zh: "文档正文「\(main)」的 XML 不完整或已损坏", en: "the XML of the main part “\(main)” is cut short or damaged"))
      }
      var notes = body.notes
      // Page headers and footers: a page number is a note; other text the title, when the body
      // has none, or a note quoting it.
      var headerFooter = [[UInt8]]()
      for target in relsXML.map({ targets($0, types: ["header", "footer"]) }) ?? [] {
        if let xml = try zip.data(named: resolve(target, in: dir)) { headerFooter.append(xml) }
      }
      let headers = DocxHeaders(headerFooter)
      if !headers.lines.isEmpty {
        let bodyText = Array((body.lines.joined(separator: "\n") + "\n").utf8)
        let bodyTitle = LayoutRecognizer.recognize(bodyText, hints: body.hints).lines.first { $0.role == .title }
        let quoted = headers.lines.map { "「\($0)」" }.joined(separator: "、")
        if bodyTitle == nil, let first = headers.lines.first {
          body.lines.insert(first, at: 0)
          body.lineHints.insert(.title, at: 0)
          notes.append(.init(zh: "正文没有标题，第1行的标题取自页眉页脚「\(first)」" + (headers.lines.count > 1 ? "；页眉页脚中另有文字 " + headers.lines.dropFirst().map { "「\($0)」" }.joined(separator: "、") + "，未导入正文" : ""),
                             en: "the body has no title: line 1, the title, is the header or footer text “\(first)”" + (headers.lines.count > 1 ? "; the headers and footers also say " + headers.lines.dropFirst().map { "“\($0)”" }.joined(separator: ", ") + ", not imported into the text" : "")))
        } else {
          notes.append(.init(zh: "页眉页脚中的文字 \(quoted) 未导入正文",
                             en: "the headers and footers say " + headers.lines.map { "“\($0)”" }.joined(separator: ", ") + ", not imported into the text"))
        }
      }
      if headers.pageNumbers > 0 { notes.append(pageNumberNote) }
      if comments > 0 || body.commentMarks > 0 {
        notes.append(.init(zh: "文档中的 \(max(comments, body.commentMarks)) 条批注未导入", en: "\(max(comments, body.commentMarks)) comment(s) in the document were not imported"))
      }
      let text = body.lines.joined(separator: "\n") + "\n"
      guard text.utf8.count <= Limits.maxFileBytes else {
        return .failure(.init(zh: "文档的文字过多（超过 \(Limits.maxFileBytes / 1_048_576) MB）", en: "the document's text is larger than \(Limits.maxFileBytes / 1_048_576) MB"))
      }
      return .success(DocxText(text: Array(text.utf8), notes: notes, paragraphs: body.lines.count, hints: body.hints))
    } catch {
      return .failure(.init(zh: "不是可读的 .docx：" + error.message.zh, en: "not a readable .docx: " + error.message.en))
    }
  }

  /// The part [Content_Types].xml declares as a Word document body, without its leading `/`.
  static func mainPart(_ types: [UInt8]) -> String? {
    var t = XMLTokenizer(types)
    while let tok = t.next() {
      if case .start("Override", _, _) = tok, let type = tok.attribute("ContentType"), mainTypes.contains(type), let name = tok.attribute("PartName") {
        return name.hasPrefix("/") ? String(name.dropFirst()) : name
      }
    }
    return nil
  }

  /// What the archive is, when it is not a Word document.
  static func notWord(_ types: [UInt8]) -> LocalizedText {
    let s = String(decoding: types, as: UTF8.self)
    if s.contains("spreadsheetml") {
      return .init(zh: "这是 Excel 表格（.xlsx），不是 Word 文档；请把规约另存为 .docx 或纯文本后再导入", en: "this is an Excel workbook (.xlsx), not a Word document; save the charter as .docx or plain text and import that")
    }
    if s.contains("presentationml") {
      return .init(zh: "这是 PowerPoint 演示文稿（.pptx），不是 Word 文档", en: "this is a PowerPoint presentation (.pptx), not a Word document")
    }
    if s.contains("opendocument") {
      return .init(zh: "这是 OpenDocument 文件（.odt 等），不是 .docx；请另存为 .docx 后再导入", en: "this is an OpenDocument file (.odt …), not a .docx; save it as .docx and import that")
    }
    return .init(zh: "这个 Office 文件中没有 Word 文档正文，不是 .docx", en: "this Office file holds no Word document body: it is not a .docx")
  }

  static func relsName(_ part: String) -> String {
    var parts = part.split(separator: "/").map(String.init)
    let name = parts.popLast() ?? part
    return (parts + ["_rels", name + ".rels"]).joined(separator: "/")
  }

  /// Relationship type (its last path segment: styles, numbering, comments) → target.
  static func relationships(_ xml: [UInt8]) -> [String: String] {
    var out = [String: String]()
    var t = XMLTokenizer(xml)
    while let tok = t.next() {
      if case .start("Relationship", _, _) = tok, let type = tok.attribute("Type"), let target = tok.attribute("Target"),
         tok.attribute("TargetMode") != "External", let last = type.split(separator: "/").last {
        out[String(last)] = target
      }
    }
    return out
  }

  /// The targets of every relationship of these types (the last segment of the type URI), in order.
  static func targets(_ xml: [UInt8], types: Set<String>) -> [String] {
    var out = [String]()
    var t = XMLTokenizer(xml)
    while let tok = t.next() {
      if case .start("Relationship", _, _) = tok, let type = tok.attribute("Type"), let target = tok.attribute("Target"),
         tok.attribute("TargetMode") != "External", let last = type.split(separator: "/").last, types.contains(String(last)) {
        out.append(target)
      }
    }
    return out
  }

  /// A target relative to the folder of the part (`../x` and `/x` as the package means them).
  static func resolve(_ target: String, in dir: String) -> String {
    if target.hasPrefix("/") { return String(target.dropFirst()) }
    var parts = dir.split(separator: "/").map(String.init)
    for p in target.split(separator: "/") {
      if p == ".." { _ = parts.popLast() } else if p != "." { parts.append(String(p)) }
    }
    return parts.joined(separator: "/")
  }

  static func countElements(_ xml: [UInt8], _ name: String) -> Int {
    var t = XMLTokenizer(xml), n = 0
    while let tok = t.next() { if case .start(name, _, _) = tok { n += 1 } }
    return n
  }
}

/// The styles of styles.xml that matter for reading: numbering and basedOn, which are a table
/// of contents, and the layout a heading has (its name, outline level, centring, bold).
struct DocxStyles {
  struct Style {
    var basedOn: String?; var numId: String?; var ilvl: Int?; var toc = false
    var name = ""; var outline: Int?; var centred: Bool?; var bold: Bool?
  }
  var styles: [String: Style] = [:]

  init() {}

  init(_ xml: [UInt8]) {
    var t = XMLTokenizer(xml)
    var id: String?, s = Style()
    var inRPr = false
    while let tok = t.next() {
      switch tok {
      case .start("w:style", _, _):
        id = tok.attribute("w:styleId")
        s = Style()
        if let i = id, i.lowercased().hasPrefix("toc") || i.hasPrefix("目录") { s.toc = true }
      case .start("w:name", _, _):
        s.name = tok.attribute("w:val")?.lowercased() ?? ""
        if s.name.hasPrefix("toc ") || s.name == "toc heading" { s.toc = true }
      case .start("w:basedOn", _, _): s.basedOn = tok.attribute("w:val")
      case .start("w:numId", _, _): s.numId = tok.attribute("w:val")
      case .start("w:ilvl", _, _): s.ilvl = tok.attribute("w:val").flatMap { Int($0) }
      case .start("w:outlineLvl", _, _): s.outline = tok.attribute("w:val").flatMap { Int($0) }
      case .start("w:jc", _, _): if !inRPr { s.centred = tok.attribute("w:val") == "center" }
      case .start("w:b", _, _): if inRPr { s.bold = DocxBody.on(tok) }
      case .start("w:rPr", _, let selfClosing): inRPr = !selfClosing
      case .end("w:rPr"): inRPr = false
      case .end("w:style"): if let i = id { styles[i] = s }; id = nil
      default: break
      }
    }
  }

  /// The first value `get` gives along the style and the styles it is based on.
  func inherited<T>(_ style: String?, _ get: (Style) -> T?) -> T? {
    var current = style, seen = 0
    while let c = current, let s = styles[c], seen < 16 {
      if let v = get(s) { return v }
      current = s.basedOn
      seen += 1
    }
    return nil
  }

  /// The numbering a paragraph of `style` gets from it (or the styles it is based on).
  func numbering(_ style: String) -> (String, Int)? {
    guard let n = inherited(style, { $0.numId }) else { return nil }
    return (n, inherited(style, { $0.ilvl }) ?? 0)
  }

  /// The heading level (1-based) a paragraph style gives: Word's built-in heading 1–9 (标题 1–9),
  /// or an outline level 0–8; 0 for a title style.
  func headingLevel(_ style: String) -> Int? {
    var current: String? = style, seen = 0
    while let c = current, let s = styles[c], seen < 16 {
      for prefix in ["heading ", "标题 ", "标题"] where s.name.hasPrefix(prefix) {
        if let n = Int(s.name.dropFirst(prefix.count)), (1...9).contains(n) { return n }
      }
      if s.name == "title" || s.name == "标题" { return 0 }
      if let o = s.outline, (0...8).contains(o) { return o + 1 }
      current = s.basedOn
      seen += 1
    }
    return nil
  }

  func isTOC(_ style: String) -> Bool { styles[style]?.toc ?? style.lowercased().hasPrefix("toc") }
}

/// The walk over word/document.xml.
struct DocxBody {
  var numbering: DocxNumbering
  let styles: DocxStyles
  var lines = [String]()
  var notes = [LocalizedText]()
  var damaged = false
  var commentMarks = 0

  /// The paragraphs being read (a text box holds paragraphs inside a paragraph).
  struct Paragraph {
    var text = ""; var style: String?; var numId: String?; var ilvl: Int?; var markDeleted = false
    /// Layout: direct centring and outline level; characters of text set bold and not.
    var centred: Bool?; var outline: Int?; var bold = 0, plain = 0
  }
  /// The bold of the run being read (its w:b, else its character style's), nil when it says none.
  var runBold: Bool?
  var runStyle: String?
  /// One per line of `lines`: the paragraph's layout hint, if any.
  var lineHints = [LayoutHint?]()
  var drawings = 0, fields = 0, footnotes = 0
  /// Inside a field's code (`w:instrText`); fields that are a 目录 (TOC), said in the 目录's note.
  var inInstr = false, tocFields = 0
  /// Open complex fields (their code so far, and whether their result is being read) and open
  /// `w:fldSimple`s (whether each is a page number). A page-number field's result (`PAGE`,
  /// `NUMPAGES`, `SECTIONPAGES`: the number Word printed on the page where it was last laid out)
  /// is not the charter's text, and is left out with a note; every other field's result is kept.
  var openFields = [(code: String, result: Bool)](), openSimpleFields = [Bool](), pageFields = 0
  var inPageField: Bool { openSimpleFields.contains(true) || openFields.contains { $0.result && DocxHeaders.isPageField($0.code) } }
  var stack = [Paragraph]()
  /// Paragraphs finished inside another one, printed after it.
  var nested = [String]()
  /// Text of a paragraph whose mark was deleted, joined to the next.
  var carry = ""
  /// Tables being read: the cells of the current row and the current cell's text.
  var tables = [(cells: [String], cell: String?)]()
  var inserted = 0, deleted = 0, tocLines = 0, tableRows = 0

  init(numbering: DocxNumbering, styles: DocxStyles) { self.numbering = numbering; self.styles = styles }

  mutating func read(_ xml: [UInt8]) {
    var t = XMLTokenizer(xml)
    /// Depth inside something whose text is not the document's (deleted text, Fallback copies,
    /// paragraph-property changes, a TOC content control).
    var skip = 0
    var inRun = 0, inText = false, inPPr = 0
    var sdtTOC = [Bool]()   // per open w:sdt: whether its properties say it is a table of contents
    var sawBody = false
    var skippingTOC = false
    while let tok = t.next() {
      switch tok {
      case .start(let name, _, let selfClosing):
        if skip > 0 {
          if !selfClosing && Self.skipping.contains(name) { skip += 1 }
          if skippingTOC && name == "w:p" { tocLines += 1 }
          continue
        }
        skippingTOC = false
        switch name {
        case "w:body": if selfClosing { sawBody = true }
        case "w:del", "w:moveFrom":
          if inPPr > 0 { if selfClosing, !stack.isEmpty { stack[stack.count - 1].markDeleted = true } }
          else if !selfClosing { skip = 1; deleted += 1 }
        case "mc:Fallback", "w:pPrChange", "w:rPrChange", "w:sectPrChange", "w:tblPrChange", "w:trPrChange", "w:tcPrChange", "w:numberingChange":
          if !selfClosing { skip = 1 }
        case "w:ins", "w:moveTo": if inPPr == 0 && !selfClosing { inserted += 1 }
        case "w:sdt": if !selfClosing { sdtTOC.append(false) }
        case "w:docPartGallery":
          if let v = tok.attribute("w:val"), v.lowercased().contains("table of contents"), !sdtTOC.isEmpty { sdtTOC[sdtTOC.count - 1] = true }
        case "w:sdtContent":
          if sdtTOC.last == true && !selfClosing { skip = 1; skippingTOC = true }
        case "w:p":
          if selfClosing { finishParagraph(Paragraph()) } else { stack.append(Paragraph()) }
        case "w:pPr": if !selfClosing { inPPr += 1 }
        case "w:pStyle": if inPPr > 0, !stack.isEmpty { stack[stack.count - 1].style = tok.attribute("w:val") }
        case "w:numId": if inPPr > 0, !stack.isEmpty { stack[stack.count - 1].numId = tok.attribute("w:val") }
        case "w:ilvl": if inPPr > 0, !stack.isEmpty { stack[stack.count - 1].ilvl = tok.attribute("w:val").flatMap { Int($0) } }
        case "w:r": if !selfClosing { inRun += 1; runBold = nil; runStyle = nil }
        case "w:b": if inRun > 0 && inPPr == 0 { runBold = Self.on(tok) }
        case "w:rStyle": if inRun > 0 { runStyle = tok.attribute("w:val") }
        case "w:jc": if inPPr > 0, !stack.isEmpty { stack[stack.count - 1].centred = tok.attribute("w:val") == "center" }
        case "w:outlineLvl": if inPPr > 0, !stack.isEmpty { stack[stack.count - 1].outline = tok.attribute("w:val").flatMap { Int($0) } }
        case "w:drawing", "w:pict", "w:object": drawings += 1
        case "w:fldSimple":
          fields += 1
          let instr = tok.attribute("w:instr") ?? ""
          if instr.trimmingSpaces().hasPrefix("TOC") { tocFields += 1 }
          let page = DocxHeaders.isPageField(instr)
          if page { pageFields += 1 }
          if !selfClosing { openSimpleFields.append(page) }
        case "w:instrText": inInstr = !selfClosing
        case "w:fldChar":
          switch tok.attribute("w:fldCharType") {
          case "begin": fields += 1; openFields.append(("", false))
          case "separate":
            if !openFields.isEmpty {
              openFields[openFields.count - 1].result = true
              if DocxHeaders.isPageField(openFields[openFields.count - 1].code) { pageFields += 1 }
            }
          case "end":
            if let f = openFields.popLast(), !f.result, DocxHeaders.isPageField(f.code) { pageFields += 1 }
          default: break
          }
        case "w:footnoteReference", "w:endnoteReference": footnotes += 1
        case "w:t": if !selfClosing { inText = true }
        case "w:tab": if inRun > 0 && !inPageField { append("\t") }
        case "w:br":
          let type = tok.attribute("w:type")
          if inRun > 0 && type != "page" && type != "column" && !inPageField { append("\n") }
        case "w:cr": if inRun > 0 && !inPageField { append("\n") }
        case "w:noBreakHyphen": if inRun > 0 { append("-") }
        case "w:commentReference": commentMarks += 1
        case "w:tbl": if !selfClosing { tables.append(([], nil)) }
        case "w:tr": if !tables.isEmpty { tables[tables.count - 1].cells = [] }
        case "w:tc": if !tables.isEmpty && !selfClosing { tables[tables.count - 1].cell = "" }
        default: break
        }
      case .end(let name):
        if skip > 0 {
          if Self.skipping.contains(name) || name == "w:sdtContent" { skip -= 1 }
          continue
        }
        switch name {
        case "w:p": if let p = stack.popLast() { finishParagraph(p) }
        case "w:pPr": inPPr = max(0, inPPr - 1)
        case "w:r": inRun = max(0, inRun - 1)
        case "w:t": inText = false
        case "w:instrText": inInstr = false
        case "w:fldSimple": _ = openSimpleFields.popLast()
        case "w:sdt": _ = sdtTOC.popLast()
        case "w:tc":
          if !tables.isEmpty, let cell = tables[tables.count - 1].cell { tables[tables.count - 1].cells.append(cell); tables[tables.count - 1].cell = nil }
        case "w:tr":
          if let row = tables.last?.cells { tableRows += 1; emit(row.joined(separator: "\t")) }
        case "w:tbl": _ = tables.popLast()
        case "w:body": sawBody = true   // the body ends: the document was not cut short
        default: break
        }
      case .text(let s):
        if skip == 0 && inInstr {
          if s.trimmingSpaces().hasPrefix("TOC") { tocFields += 1 }
          if !openFields.isEmpty { openFields[openFields.count - 1].code += s }
        }
        if skip == 0 && inText && !inPageField {
          append(s)
          if !stack.isEmpty {
            let n = s.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace ? 0 : 1) }
            let bold = runBold ?? styles.inherited(runStyle) { $0.bold } ?? styles.inherited(stack[stack.count - 1].style) { $0.bold } ?? false
            if bold { stack[stack.count - 1].bold += n } else { stack[stack.count - 1].plain += n }
          }
        }
      }
    }
    if t.damaged || !sawBody { damaged = true }
    if !carry.isEmpty { lines.append(carry); lineHints.append(nil); carry = "" }
    if inserted > 0 || deleted > 0 {
      notes.append(.init(zh: "文档含修订记录（插入 \(inserted) 处，删除 \(deleted) 处）：只导入接受全部修订后的文字",
                         en: "the document has tracked changes (\(inserted) insertion(s), \(deleted) deletion(s)): the text is imported as if all were accepted"))
    }
    if tocLines > 0 {
      notes.append(.init(zh: "文档中的目录（\(tocLines) 行）未导入：目录由标题生成，不是条文；需要时用 weifa build --toc 生成",
                         en: "the document's table of contents (\(tocLines) line(s)) was not imported: it is made from the headings (weifa build --toc)"))
    }
    if drawings > 0 {
      notes.append(.init(zh: "文档中的 \(drawings) 幅图片或嵌入对象未导入（其中的文字不在正文中）", en: "\(drawings) picture(s) or embedded object(s) in the document were not imported"))
    }
    fields -= min(fields, tocFields + pageFields)
    if pageFields > 0 {
      notes.append(.init(zh: "正文中的 \(pageFields) 个页码域（PAGE 等）未导入（页码由 Word 排版时生成）",
                         en: "\(pageFields) page-number field(s) (PAGE …) in the body were not imported (Word makes page numbers when it lays out the pages)"))
    }
    if fields > 0 {
      notes.append(.init(zh: "文档中的 \(fields) 个域（页码、引用、日期等）按 Word 显示的结果导入，域代码未导入", en: "\(fields) field(s) (page numbers, references, dates …) were imported as the result Word shows, without their codes"))
    }
    if footnotes > 0 {
      notes.append(.init(zh: "文档中的 \(footnotes) 条脚注或尾注未导入（正文中只留下其位置）", en: "\(footnotes) footnote(s) or endnote(s) were not imported"))
    }
    if tableRows > 0 {
      notes.append(.init(zh: "表格按行导入（\(tableRows) 行）：每行一行，单元格之间以制表符分隔", en: "tables were imported a row per line (\(tableRows) rows), cells separated by tabs"))
    }
  }

  /// Elements whose content is skipped as a whole once one is entered.
  static let skipping: Set<String> = ["w:del", "w:moveFrom", "mc:Fallback", "w:pPrChange", "w:rPrChange", "w:sectPrChange", "w:tblPrChange",
                                      "w:trPrChange", "w:tcPrChange", "w:numberingChange", "w:sdtContent"]

  mutating func append(_ s: String) {
    if stack.isEmpty { return }
    stack[stack.count - 1].text += s
  }

  mutating func finishParagraph(_ p: Paragraph) {
    if let style = p.style, styles.isTOC(style) { tocLines += 1; return }
    if p.markDeleted {
      // Accepted, the paragraph mark is gone: this text runs on into the next paragraph.
      carry += p.text
      return
    }
    var text = carry + p.text
    carry = ""
    let direct = p.numId.map { ($0, p.ilvl ?? 0) }
    var level = 0
    if let (numId, ilvl) = direct ?? p.style.flatMap(styles.numbering), let label = numbering.next(numId: numId, ilvl: ilvl) {
      text = label + text
      level = ilvl
    }
    if !stack.isEmpty {
      nested.append(text)   // a paragraph in a text box: after the paragraph that holds it
      return
    }
    emit(text, hint: hint(p) ?? (level > 0 ? .item(level) : nil))
  }

  /// What the paragraph's layout says: a title or heading style (or outline level), else a short
  /// paragraph centred or set all in bold.
  func hint(_ p: Paragraph) -> LayoutHint? {
    if let o = p.outline, (0...8).contains(o) { return .heading(o + 1) }
    if let style = p.style, let level = styles.headingLevel(style) { return level == 0 ? .title : .heading(level) }
    let centred = p.centred ?? styles.inherited(p.style) { $0.centred } ?? false
    let bold = p.bold > 0 && p.plain == 0
    return (centred || bold) && p.bold + p.plain > 0 ? .emphasis : nil
  }

  /// Whether an on/off property (w:b …) is on: no value, or a value other than 0/false/off.
  static func on(_ tok: XMLTokenizer.Token) -> Bool {
    guard let v = tok.attribute("w:val") else { return true }
    return !(v == "0" || v == "false" || v == "off")
  }

  /// A finished line: into the table cell being read, or the document.
  mutating func emit(_ text: String, hint: LayoutHint? = nil) {
    if !tables.isEmpty {
      if tables.count > 1 || tables[tables.count - 1].cell != nil {
        // A paragraph in a cell (or a row of a nested table): part of the cell's text.
        let k = tables.count - 1
        if tables[k].cell != nil {
          tables[k].cell = tables[k].cell!.isEmpty ? text : tables[k].cell! + " " + text
          return
        }
        if k > 0, tables[k - 1].cell != nil {
          tables[k - 1].cell = tables[k - 1].cell!.isEmpty ? text : tables[k - 1].cell! + " " + text
          return
        }
      }
    }
    lines.append(text)
    lineHints.append(hint)
    if !nested.isEmpty { lines += nested; lineHints += nested.map { _ in nil }; nested = [] }
  }

  /// The hints by 1-based line of the text (a paragraph with line breaks is several lines, and
  /// gets no hint).
  var hints: [Int: LayoutHint] {
    var out = [Int: LayoutHint](), line = 1
    for (text, hint) in zip(lines, lineHints) {
      let breaks = text.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
      if breaks == 0, let h = hint { out[line] = h }
      line += breaks + 1
    }
    return out
  }
}
