import Testing
import WeifaBase
import WeifaSyntax
import WeifaTestSupport

/// Page headers and footers on import (`DocxHeaders`): a page number (a PAGE/NUMPAGES field, or a
/// number with only its decoration) gives no text but a note; any other text is the title when
/// the body has none, else quoted in a note — never lost. And unnumbered headings take the rank
/// (编, 章, 节) their Word heading level says.
@Suite struct DocxHeaderFooterTests {
  typealias D = DocxImportTests
  static let rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

  /// A .docx with the body and these header and footer parts, each named in document.xml.rels.
  static func docx(_ body: String, headers: [String] = [], footers: [String] = [], styles: String? = nil) -> [UInt8] {
    var z = ZipWriter()
    let parts = headers.enumerated().map { ("header\($0.offset + 1).xml", "header", "w:hdr", $0.element) }
      + footers.enumerated().map { ("footer\($0.offset + 1).xml", "footer", "w:ftr", $0.element) }
    z.add("[Content_Types].xml", Array(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Override PartName=\"/word/document.xml\" ContentType=\"\(DocxReader.mainTypes[0])\"/></Types>").utf8))
    z.add("word/document.xml", Array("<w:document \(D.ns)><w:body>\(body)<w:sectPr/></w:body></w:document>".utf8))
    var list = parts.enumerated().map { "<Relationship Id=\"rId\($0.offset + 1)\" Type=\"\(rels)\($0.element.1)\" Target=\"\($0.element.0)\"/>" }
    if styles != nil { list.append("<Relationship Id=\"rId99\" Type=\"\(rels)styles\" Target=\"styles.xml\"/>") }
    z.add("word/_rels/document.xml.rels", Array(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + list.joined() + "</Relationships>").utf8))
    for (name, _, root, content) in parts { z.add("word/" + name, Array("<\(root) \(D.ns)>\(content)</\(root)>".utf8)) }
    if let styles { z.add("word/styles.xml", Array("<w:styles \(D.ns)>\(styles)</w:styles>".utf8)) }
    return z.finish()
  }

  static func r(_ s: String) -> String { "<w:r><w:t xml:space=\"preserve\">\(s)</w:t></w:r>" }
  /// 「— N —」 with N a complex PAGE field, as Weifa and Word write it.
  static let pageFooter = "<w:p>" + Self.r("— ") + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
    + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + Self.r("3") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + Self.r(" —") + "</w:p>"
  /// 「第 N 页 共 M 页」 with simple fields, as WPS writes it.
  static let pageOfPages = "<w:p>" + Self.r("第 ") + "<w:fldSimple w:instr=\" PAGE \\* MERGEFORMAT \">" + Self.r("1") + "</w:fldSimple>" + Self.r(" 页 共 ")
    + "<w:fldSimple w:instr=\"NUMPAGES\">" + Self.r("4") + "</w:fldSimple>" + Self.r(" 页") + "</w:p>"

  static func read(_ bytes: [UInt8]) throws -> DocxText {
    guard case .success(let d) = DocxReader.read(bytes) else { Issue.record("refused"); throw ZipError.notZip }
    return d
  }

  /// The body has its title: the header's text is quoted in a note, the page numbers (a complex
  /// field, simple fields, a typed number) are one note, and the body's text is unchanged.
  @Test func headerTextIsQuotedAndPageNumbersAreANote() throws {
    let body = D.p("某村村规民约") + D.p("第一条 为了自治，制定本规约。")
    let header = "<w:p>" + Self.r("某村村规民约（2025年修订）") + "</w:p><w:p/>"
    let d = try Self.read(Self.docx(body, headers: [header, header], footers: [Self.pageFooter, Self.pageOfPages, "<w:p>" + Self.r("- 2 -") + "</w:p>"]))
    #expect(String(decoding: d.text, as: UTF8.self) == "某村村规民约\n第一条 为了自治，制定本规约。\n")
    #expect(d.notes.map(\.zh) == ["页眉页脚中的文字 「某村村规民约（2025年修订）」 未导入正文", DocxReader.pageNumberNote.zh], "\(d.notes.map(\.zh))")
    #expect(d.notes[0].en.contains("“某村村规民约（2025年修订）”"))
    // In the source, as # 导入说明 comments under the header.
    let source = String(decoding: Importer.run(d.text, hints: d.hints, notes: d.notes).source, as: UTF8.self)
    #expect(source.contains("# 导入说明：页眉页脚中的文字 「某村村规民约（2025年修订）」 未导入正文\n"), "\(source)")
  }

  /// The body has no title (it starts with its first article): the header's text is the title,
  /// as line 1, said in a note; a second text of the footers is quoted in the same note.
  @Test func headerTextIsTheTitleWhenTheBodyHasNone() throws {
    let body = D.p("第一条 为了自治，制定本规约。") + D.p("第二条 本规约自通过之日起施行。")
    let d = try Self.read(Self.docx(body, headers: ["<w:p>" + Self.r("青苎岭村村规民约") + "</w:p>"],
                                    footers: ["<w:p>" + Self.r("青苎岭村村民委员会印制") + "<w:r><w:tab/></w:r>" + "</w:p>" + Self.pageFooter]))
    #expect(String(decoding: d.text, as: UTF8.self).hasPrefix("青苎岭村村规民约\n第一条 "))
    #expect(d.hints[1] == .title)
    #expect(d.notes.count == 2 && d.notes[0].zh.contains("标题取自页眉页脚「青苎岭村村规民约」") && d.notes[0].zh.contains("「青苎岭村村民委员会印制」"), "\(d.notes.map(\.zh))")
    let r = Importer.run(d.text, hints: d.hints, notes: d.notes)
    #expect(r.title == "青苎岭村村规民约")
    #expect(String(decoding: r.source, as: UTF8.self).hasPrefix("@标题 青苎岭村村规民约\n@类型 村规民约\n"))
  }

  /// What is not text of the header: deleted revisions, `mc:Fallback`, field codes; a rule or a
  /// dash alone is nothing (no note); a DATE field's result is text, kept.
  @Test func whatAHeaderPartHolds() throws {
    let part = "<w:p>" + Self.r("第") + "<w:del w:id=\"1\" w:author=\"甲\"><w:r><w:delText>旧</w:delText></w:r></w:del>" + Self.r("一版")
      + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DATE \\@ \"yyyy年M月\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
      + Self.r("2025年3月") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
      + "<w:p>" + Self.r("————") + "</w:p><w:p><mc:AlternateContent><mc:Choice Requires=\"wps\">" + Self.r("框") + "</mc:Choice><mc:Fallback>" + Self.r("框") + "</mc:Fallback></mc:AlternateContent></w:p>"
    let (lines, pages) = DocxHeaders.read(Array("<w:hdr \(D.ns)>\(part)</w:hdr>".utf8))
    #expect(lines == ["第一版2025年3月", "框"] && pages == 0, "\(lines) \(pages)")
    #expect(DocxHeaders.onlyDecoration("第  页 共  页") && DocxHeaders.onlyDecoration("Page  of ") && DocxHeaders.onlyDecoration("— —"))
    #expect(!DocxHeaders.onlyDecoration("村规民约") && !DocxHeaders.onlyDecoration("第一版"))
  }

  /// What LibreOffice writes (Tests/Fixtures/docx/libreoffice-header-footer.docx, from the .fodt
  /// beside it): a header with the charter's name over a body without a title, and a footer
  /// 「第 N 页 共 M 页」 of PAGE and NUMPAGES fields.
  @Test func libreOfficeHeaderAndFooter() throws {
    let d = try Self.read(readBytes("Tests/Fixtures/docx/libreoffice-header-footer.docx"))
    #expect(String(decoding: d.text, as: UTF8.self).hasPrefix("青苎岭村村规民约（2025年修订）\n第一条 为了推进村民自治"))
    #expect(d.notes.map(\.zh) == ["正文没有标题，第1行的标题取自页眉页脚「青苎岭村村规民约（2025年修订）」", DocxReader.pageNumberNote.zh], "\(d.notes.map(\.zh))")
    let r = Importer.run(d.text, hints: d.hints, notes: d.notes)
    #expect(r.title == "青苎岭村村规民约（2025年修订）" && r.layout.articleCount == 3)
  }

  /// A document without headers and footers has no note about them.
  @Test func noHeadersNoNote() throws {
    let d = try Self.read(Self.docx(D.p("某村村规民约") + D.p("第一条 甲。")))
    #expect(d.notes.isEmpty)
  }

  // MARK: - Unnumbered headings at their Word level

  static let styles = """
    <w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style>\
    <w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/></w:style>\
    <w:style w:type="paragraph" w:styleId="H3"><w:name w:val="heading 3"/></w:style>\
    <w:style w:type="paragraph" w:styleId="O2"><w:name w:val="大纲二"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
    """

  static func source(_ body: String) throws -> String {
    let d = try Self.read(Self.docx(body, styles: Self.styles))
    let r = Importer.run(d.text, hints: d.hints, notes: d.notes)
    let parsed = Parser.parse(SourceFile(path: "x.weifa", bytes: r.source))
    #expect(parsed.diagnostics.allSatisfy { $0.severity != .error }, "\(parsed.diagnostics.map(\.message))")
    return String(decoding: r.source, as: UTF8.self)
  }

  /// Heading 1 and Heading 2 (or an outline level 1) without numbers: 章 and 节, not all 章.
  @Test func unnumberedHeadingsTakeTheirLevel() throws {
    let body = D.p("某村村规民约") + D.p("总　则", style: "H1") + D.p("第一条 为了自治，制定本规约。")
      + D.p("村民会议", style: "H2") + D.p("第二条 村民会议由全体村民组成。")
      + D.p("村民代表会议", style: "O2") + D.p("第三条 村民代表会议每季度召开一次。")
      + D.p("附　则", style: "H1") + D.p("第四条 本规约自通过之日起施行。")
    let s = try Self.source(body)
    for line in ["@章 总　则", "@节 村民会议", "@节 村民代表会议", "@章 附　则"] { #expect(s.contains(line + "\n"), "\(line): \(s)") }
  }

  /// Three levels in use: 编, 章, 节.
  @Test func threeLevelsArePartChapterSection() throws {
    let body = D.p("某村村规民约") + D.p("总　编", style: "H1") + D.p("总　则", style: "H2") + D.p("一般规定", style: "H3")
      + D.p("第一条 为了自治，制定本规约。") + D.p("分　编", style: "H1") + D.p("村务", style: "H2") + D.p("第二条 村务公开。")
    let s = try Self.source(body)
    for line in ["@编 总　编", "@章 总　则", "@节 一般规定", "@编 分　编", "@章 村务"] { #expect(s.contains(line + "\n"), "\(line): \(s)") }
  }

  /// Where numbered headings say what a level is (第一章 in Heading 1), an unnumbered Heading 2
  /// is one rank below them (节), not a 章 of its own; a lone Heading 2 level is the first rank.
  @Test func numberedHeadingsAnchorTheLevels() throws {
    let anchored = D.p("某村村规民约") + D.p("第一章 总则", style: "H1") + D.p("目的", style: "H2") + D.p("第一条 为了自治，制定本规约。")
      + D.p("第二章 附则", style: "H1") + D.p("第二条 本规约自通过之日起施行。")
    let s = try Self.source(anchored)
    #expect(s.contains("\n第一章 总则\n") && s.contains("@节 目的\n"), "\(s)")
    let lone = D.p("某村村规民约") + D.p("总　则", style: "H2") + D.p("第一条 为了自治，制定本规约。") + D.p("附　则", style: "H2") + D.p("第二条 施行。")
    let l = try Self.source(lone)
    #expect(l.contains("@章 总　则\n") && l.contains("@章 附　则\n"), "\(l)")
  }
}
