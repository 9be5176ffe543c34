import Testing
import WeifaBase
import WeifaDriver
import WeifaRender
import WeifaSemantics
import WeifaSyntax
import WeifaTestSupport

/// `weifa build --to docx` (`DocxPrinter`): the package parts a Word file needs, the layout of
/// GB/T 9704 in them, and the same words as `--to text`, read back by `DocxReader`.
@Suite struct DocxRenderTests {
  static func docx(_ a: Analysis, _ inputs: [RenderInput], extras: PrintExtras = [], annotated: Bool = false, draft: Bool = false) -> [UInt8] {
    var options = RenderOptions(format: .text)
    options.extras = extras
    options.annotated = annotated
    options.draft = draft
    return DocxPrinter.render(inputs, in: a.workspace, options: options)
  }

  static func text(_ a: Analysis, _ inputs: [RenderInput], extras: PrintExtras = []) -> String {
    var options = RenderOptions(format: .text)
    options.extras = extras
    return Renderer.render(inputs, in: a.workspace, options: options)
  }

  static func inputs(_ c: RenderCase) -> (Analysis, [RenderInput]) {
    let a = c.analysis()
    let docs = a.documents.enumerated()
      .filter { !$0.element.source.path.hasSuffix("/" + manifestFileName) || a.documents.count == 1 }
      .map { RenderInput(index: $0.offset, diagnostics: []) }
    return (a, docs)
  }

  /// Every part is well-formed: the tokenizer reads it to the end and every tag is closed in order.
  static func wellFormed(_ xml: [UInt8], _ name: String) {
    var t = XMLTokenizer(xml)
    var stack = [String]()
    while let tok = t.next() {
      switch tok {
      case .start(let n, _, let selfClosing): if !selfClosing { stack.append(n) }
      case .end(let n): #expect(stack.popLast() == n, "\(name): </\(n)> closes another element")
      case .text: break
      }
    }
    #expect(!t.damaged && stack.isEmpty, "\(name) is not well-formed")
  }

  static let parts = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
                      "word/settings.xml", "word/webSettings.xml", "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml",
                      "word/theme/theme1.xml", "docProps/core.xml", "docProps/app.xml"]

  /// Every charter and bundle of Codes/: the parts, well-formed, and the text of `--to text`.
  @Test(arguments: RenderCase.all())
  func codesReadBackAsTheirText(_ c: RenderCase) throws {
    let (a, docs) = Self.inputs(c)
    let bytes = Self.docx(a, docs)
    let zip = try ZipArchive(bytes)
    #expect(zip.entries.map(\.name) == Self.parts)
    for e in zip.entries { Self.wellFormed(try zip.data(e), e.name) }
    guard case .success(let back) = DocxReader.read(bytes) else { Issue.record("not read back"); return }
    #expect(String(decoding: back.text, as: UTF8.self) == Self.text(a, docs), "\(c.name)")
    #expect(back.notes == [DocxReader.pageNumberNote], "the footers' page numbers, and nothing else, are left out")
    #expect(Self.docx(a, docs) == bytes, "the same charter gives the same bytes")
  }

  @Test func layoutAfterGBT9704() throws {
    let c = try #require(RenderCase.all().first { $0.path.hasSuffix("石门村村规民约.weifa") })
    let (a, docs) = Self.inputs(c)
    let zip = try ZipArchive(Self.docx(a, docs, extras: [.caption, .toc]))
    func part(_ n: String) throws -> String { String(decoding: try #require(try zip.data(named: n)), as: UTF8.self) }
    let doc = try part("word/document.xml"), styles = try part("word/styles.xml")
    #expect(doc.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))   // A4
    #expect(doc.contains("<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\""))   // 37/26/35/28 mm
    #expect(doc.contains("<w:footerReference w:type=\"default\" r:id=\"rId4\"/><w:footerReference w:type=\"even\" r:id=\"rId5\"/>"))
    #expect(doc.contains("<w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t xml:space=\"preserve\">石门村村规民约</w:t>"))
    #expect(doc.contains("<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">第一章 总则</w:t>"))
    #expect(doc.contains("<w:rStyle w:val=\"ArticleNumber\"/></w:rPr><w:t xml:space=\"preserve\">第一条【制定目的】</w:t>"))
    #expect(doc.contains("<w:pStyle w:val=\"Inscription\"/>"), "the 题注 when asked")
    #expect(doc.contains("<w:instrText xml:space=\"preserve\"> TOC \\o &quot;1-3&quot; \\h \\z \\u </w:instrText>"))
    #expect(try part("word/settings.xml").contains("<w:evenAndOddHeaders/>"))
    #expect(try part("word/settings.xml").contains("<w:updateFields w:val=\"true\"/>"))
    // 2号 方正小标宋简体 title, 3号 仿宋_GB2312 body on 579-twip lines, 黑体 headings, 4号 宋体 page numbers.
    #expect(styles.contains("w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:snapToGrid w:val=\"0\"/><w:jc w:val=\"center\"/>"))
    #expect(styles.contains("w:eastAsia=\"方正小标宋简体\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/><w:sz w:val=\"44\"/>"))
    #expect(styles.contains("<w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"仿宋_GB2312\""))
    #expect(styles.contains("<w:sz w:val=\"32\"/>") && styles.contains("<w:spacing w:line=\"579\" w:lineRule=\"exact\"/>"))
    #expect(styles.contains("w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"))
    #expect(styles.contains("<w:ind w:firstLineChars=\"200\" w:firstLine=\"630\"/>"), "two whole cells of the grid")
    #expect(styles.contains("w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/><w:rPr><w:sz w:val=\"32\"/>"), "LibreOffice takes the grid's base from Normal")
    #expect(styles.contains("<w:jc w:val=\"both\"/></w:pPr></w:pPrDefault>"), "body justified")
    #expect(doc.contains("<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"579\" w:charSpace=\"-842\"/>"))
    #expect(try part("word/settings.xml").contains("<w:characterSpacingControl w:val=\"doNotCompress\"/>"))
    #expect(styles.contains("w:styleId=\"Footer\"") && styles.contains("w:eastAsia=\"宋体\" w:hAnsi=\"宋体\" w:cs=\"宋体\"/><w:sz w:val=\"28\"/>"))
    let odd = try part("word/footer1.xml"), even = try part("word/footer2.xml")
    #expect(odd.contains("<w:jc w:val=\"right\"/>") && even.contains("<w:jc w:val=\"left\"/>"))
    #expect(odd.contains("<w:t xml:space=\"preserve\">— </w:t>") && odd.contains(" PAGE ") && odd.contains("<w:t xml:space=\"preserve\"> —</w:t>"))
    #expect(try part("word/fontTable.xml").contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>"))
    #expect(!zip.entries.contains { $0.name.hasPrefix("word/fonts/") }, "fonts are never embedded")
    // Read back, the 目录 (a TOC field) is one note, not also a field's.
    guard case .success(let back) = DocxReader.read(Self.docx(a, docs, extras: [.caption, .toc])) else { Issue.record("not read back"); return }
    #expect(back.notes.map(\.zh).count == 2 && back.notes[0].zh.contains("目录") && back.notes[1] == DocxReader.pageNumberNote, "\(back.notes.map(\.zh))")
  }

  /// The lines of a text edition as the .docx of the same edition holds them: without the 目录
  /// (in Word a TOC field, which the reader leaves out with a note) and, in the typeset edition,
  /// without the full-width spaces that centre, indent and set right its lines in text (in Word
  /// the paragraph styles do); blank lines aside.
  static func trimmed(_ s: Substring) -> String {
    String(s.drop { $0 == "\u{3000}" || $0 == " " }.reversed().drop { $0 == "\u{3000}" || $0 == " " }.reversed())
  }

  static func wordLines(ofText text: String, typeset: Bool) -> [String] {
    var out = [String](), inContents = false, sawEntry = false
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      // The faithful edition keeps its lines as written, spaces and all.
      let line = typeset ? Self.trimmed(raw) : Self.trimmed(raw).isEmpty ? "" : String(raw)
      if Self.trimmed(Substring(line)) == Words(.zh).contents { inContents = true; sawEntry = false; continue }
      if inContents {
        if line.isEmpty { if sawEntry { inContents = false }; continue }
        sawEntry = true
        continue
      }
      if !line.isEmpty { out.append(line) }
    }
    return out
  }

  /// `--typeset` and `--toc` (faithful with a 目录) round trip too: `weifa import` of the .docx
  /// gives back the lines of the same edition printed as text, the 目录 said in a note.
  @Test(arguments: RenderCase.all())
  func typesetAndContentsEditionsReadBackAsTheirText(_ c: RenderCase) throws {
    let (a, docs) = Self.inputs(c)
    for extras in [PrintExtras.typeset, .toc, [.typeset, .caption]] {
      let bytes = Self.docx(a, docs, extras: extras)
      guard case .success(let back) = DocxReader.read(bytes) else { Issue.record("\(c.name) \(extras): not read back"); continue }
      let text = Self.text(a, docs, extras: extras)
      let got = String(decoding: back.text, as: UTF8.self).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
      let want = Self.wordLines(ofText: text, typeset: extras.contains(.typeset))
      let same = got == want
      #expect(same, "\(c.name) \(extras): first difference \(String(describing: zip(got, want).first { $0 != $1 })), \(got.count) lines read, \(want.count) printed")
      let hasContents = text.split(separator: "\n").contains { Self.trimmed($0) == Words(.zh).contents }
      #expect(back.notes.contains(DocxReader.pageNumberNote) && back.notes.contains { $0.zh.contains("目录") } == hasContents,
              "\(c.name) \(extras): \(back.notes.map(\.zh))")
      // What the import makes of it parses: the same articles as the charter.
      let imported = Importer.run(back.text, hints: back.hints, notes: back.notes)
      let parsed = Parser.parse(SourceFile(path: "x.weifa", bytes: imported.source))
      #expect(parsed.diagnostics.allSatisfy { $0.severity != .error }, "\(c.name) \(extras): \(parsed.diagnostics.prefix(3).map(\.message))")
    }
  }

  /// The grid from the page: 22 lines of the pitch fit the text block and 23 do not; 28
  /// characters of 16 pt + charSpace/4096 fit its width and 29 do not, nor would 28 at one
  /// 4096th of a point more.
  @Test func gridFromThePage() {
    typealias G = DocxParts.Grid
    #expect(G.textWidth == 8845 && G.textHeight == 12756)   // 156.0 × 225.0 mm
    #expect(G.linePitch * 22 <= G.textHeight && G.linePitch * 23 > G.textHeight)
    let pitch = { (space: Int) in (16 + Double(space) / 4096) * 20 }   // twips
    #expect(pitch(G.charSpace) * 28 <= Double(G.textWidth) && pitch(G.charSpace) * 29 > Double(G.textWidth))
    #expect(pitch(G.charSpace + 1) * 28 > Double(G.textWidth) - 0.2)
    #expect(G.cell * 28 <= G.textWidth && (G.cell + 1) * 28 > G.textWidth)
  }

  @Test func typesetAnnotatedAndDraftEditions() throws {
    let c = try #require(RenderCase.all().first { $0.path.hasSuffix("石门村村规民约.weifa") })
    let (a, docs) = Self.inputs(c)
    for (extras, annotated, draft) in [(PrintExtras.typeset, false, false), ([], true, false), ([], false, true)] {
      let bytes = Self.docx(a, docs, extras: extras, annotated: annotated, draft: draft)
      let zip = try ZipArchive(bytes)
      for e in zip.entries { Self.wellFormed(try zip.data(e), e.name) }
      guard case .success(let back) = DocxReader.read(bytes) else { Issue.record("not read back"); continue }
      let text = String(decoding: back.text, as: UTF8.self)
      #expect(text.contains("第五十条") || text.contains("第四十"), "numbers assigned")
      if draft { #expect(text.hasPrefix("【草稿（未通过检查）")) }
      if annotated { #expect(text.contains("［")) }
    }
  }

  @Test func hostileTextIsEscaped() throws {
    let text = "@标题 <w:p>&\"'村规民约\u{01}\n@类型 村规民约\n第一条 甲<乙>&丙\t丁\u{0B}戊]]>。\n"
    let a = Analysis(files: [InputFile(path: "h.weifa", bytes: Array(text.utf8))])
    let bytes = Self.docx(a, [RenderInput(index: 0, diagnostics: [])])
    let zip = try ZipArchive(bytes)
    for e in zip.entries { Self.wellFormed(try zip.data(e), e.name) }
    guard case .success(let back) = DocxReader.read(bytes) else { Issue.record("not read back"); return }
    #expect(String(decoding: back.text, as: UTF8.self).contains("第一条 甲<乙>&丙\t丁戊]]>。"))
  }
}
