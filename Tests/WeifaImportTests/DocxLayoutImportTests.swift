import Testing
import WeifaBase
import WeifaSyntax
import WeifaTestSupport

/// `weifa import` of a Word file uses what the layout says (`LayoutHint`): Word's title and
/// heading styles and outline levels, centred or bold short paragraphs, and the level Word numbers
/// a paragraph at; numbering with `w:lvlRestart`, `w:numStyleLink`/`w:styleLink` and
/// `w:lvlOverride` as Word shows it; and what the reading left out as `# 导入说明` comments.
@Suite struct DocxLayoutImportTests {
  typealias D = DocxImportTests

  static func imported(_ bytes: [UInt8]) throws -> (result: ImportResult, source: String, docx: DocxText) {
    guard case .success(let d) = DocxReader.read(bytes) else { Issue.record("refused"); throw ZipError.notZip }
    let r = Importer.run(d.text, hints: d.hints, notes: d.notes)
    return (r, String(decoding: r.source, as: UTF8.self), d)
  }

  static func roles(_ r: ImportResult) -> [String] {
    r.layout.lines.map { l in
      l.role.rawValue + ":" + String(decoding: r.input[l.contentStart..<l.end], as: UTF8.self)
    }
  }

  /// Every character of the text is in the source, in order (the source only adds lines and
  /// structure keywords).
  static func keepsEveryCharacter(_ text: String, _ source: String) -> Bool {
    var rest = Substring(source)
    for line in text.split(separator: "\n") where !line.isEmpty {
      guard let r = rest.range(of: line) else { return false }
      rest = rest[r.upperBound...]
    }
    return true
  }

  static func bold(_ text: String, centred: Bool = false, style: String? = nil) -> String {
    var pPr = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
    if centred { pPr += "<w:jc w:val=\"center\"/>" }
    return "<w:p>" + (pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>") + "<w:r><w:rPr><w:b/></w:rPr><w:t>\(text)</w:t></w:r></w:p>"
  }

  static let headingStyles = """
    <w:style w:type="paragraph" w:styleId="a1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>\
    <w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 2"/></w:style>\
    <w:style w:type="paragraph" w:styleId="Centred"><w:name w:val="居中"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>\
    <w:style w:type="paragraph" w:styleId="Strong"><w:name w:val="粗"/><w:rPr><w:b/></w:rPr></w:style>
    """

  /// Unnumbered headings are headings because Word said so: a heading style (by name, Chinese
  /// or English), a direct outline level, a centred paragraph style, a bold style. Without the
  /// hints the same text reads them otherwise (a heading with no article under it is prose).
  @Test func headingStylesOutlineLevelsCentredAndBold() throws {
    let body = D.p("柳塘村村规民约", style: "Centred") + D.p("为维护本村秩序，制定本规约。")
      + D.p("总则", style: "a1") + D.p("本章规定适用范围。") + D.p("一、本规约适用于本村村民。")
      + D.p("村风民俗", style: "2") + D.p("二、提倡婚事新办。")
      + "<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>环境卫生</w:t></w:r></w:p>" + D.p("三、爱护环境。")
      + D.p("奖励与处罚", style: "Strong") + D.p("四、违约的，批评教育。")
      + Self.bold("附则", centred: true) + D.p("五、本规约自通过之日起施行。")
    let bytes = D.docx(body, styles: Self.headingStyles)
    let (r, source, d) = try Self.imported(bytes)
    #expect(d.hints[1] == .emphasis && d.hints[3] == .heading(1) && d.hints[6] == .heading(2) && d.hints[8] == .heading(1) && d.hints[10] == .emphasis)
    let roles = Self.roles(r)
    for h in ["总则", "村风民俗", "环境卫生", "奖励与处罚", "附则"] { #expect(roles.contains("heading:" + h), "\(roles)") }
    #expect(roles.filter { $0.hasPrefix("article:") }.count == 5, "\(roles)")
    #expect(roles.first == "title:柳塘村村规民约")
    #expect(source.contains("@章 总则\n") && source.contains("@章 附则\n"), "\(source)")
    #expect(Self.keepsEveryCharacter(String(decoding: d.text, as: UTF8.self), source))
    #expect(roles.contains("paragraph:本章规定适用范围。"), "\(roles)")
    // The same words as plain text: 总则 has prose, not an article, under it, and is read as
    // preamble; the other short lines over articles are headings by their place alone.
    let plain = Self.roles(Importer.run(d.text))
    #expect(plain.contains("preamble:总则") && plain.contains("heading:村风民俗"), "\(plain)")
    let parsed = Parser.parse(SourceFile(path: "x.weifa", bytes: r.source))
    #expect(parsed.diagnostics.allSatisfy { $0.severity != .error }, "\(parsed.diagnostics.map(\.message))")
  }

  /// A numbered style that Word sets bold and centred (一、总则) is a heading over the 第X条
  /// articles under it, even where one of them is a sentence; a sentence in the same style that
  /// is not bold stays an article.
  @Test func boldNumberedHeadingsOverArticles() throws {
    let body = D.p("某村村规民约") + Self.bold("一、总则，目的", centred: true) + D.p("第一条 为了自治，制定本规约。")
      + Self.bold("二、村风民俗", centred: true) + D.p("第二条 提倡节俭。") + D.p("第三条 禁止赌博。")
    let (r, _, _) = try Self.imported(D.docx(body))
    let roles = Self.roles(r)
    #expect(roles.contains("heading:一、总则，目的") && roles.contains("heading:二、村风民俗"), "\(roles)")
    #expect(roles.filter { $0.hasPrefix("article:") }.count == 3)
  }

  /// A centred, bold or title-styled paragraph that is a sentence, a date or bracketed is not
  /// made a heading by its layout (题注, 落款 dates, a centred adoption line).
  @Test func layoutDoesNotMakeSentencesHeadings() throws {
    let body = D.p("某村村规民约", style: "Centred") + D.p("（2025年1月1日村民会议通过）", style: "Centred")
      + D.p("第一条 为了自治，制定本规约。") + Self.bold("村民应当遵守本规约，爱护公共财物。") + D.p("第二条 本规约自通过之日起施行。")
      + D.p("2025年1月1日", style: "Centred")
    let (r, _, _) = try Self.imported(D.docx(body, styles: Self.headingStyles))
    let roles = Self.roles(r)
    #expect(!roles.contains { $0.hasPrefix("heading:") }, "\(roles)")
    #expect(roles.contains("paragraph:村民应当遵守本规约，爱护公共财物。"), "\(roles)")
  }

  /// What LibreOffice writes from HTML: a centred bold title, <h1>/<h2>, a centred bold heading,
  /// nested and continued <ol> lists (the deeper level's paragraphs are items of the article).
  @Test func libreOfficeHeadingsAndNestedLists() throws {
    let (r, source, _) = try Self.imported(readBytes("Tests/Fixtures/docx/libreoffice-headings.docx"))
    let roles = Self.roles(r).map { $0.trimmingSpaces() }
    #expect(roles.first == "title:柳塘村村规民约")
    for h in ["总　则", "村风民俗", "附　则"] { #expect(roles.contains("heading:" + h), "\(roles)") }
    #expect(roles.contains("article:3.提倡婚事新办。") && roles.contains("article:5.本规约自通过之日起施行。"), "\(roles)")
    #expect(roles.contains("item:1.爱护公共财物；") && roles.contains("item:2.保护环境。"), "\(roles)")
    #expect(source.contains("@项 1.爱护公共财物；\n"), "\(source)")
    // <h1> is Heading 1, a 章; <h2> Heading 2, a 节, as Word's outline says; the centred bold
    // line has no level of its own and is a 章.
    #expect(source.contains("@章 总　则\n") && source.contains("@章 村风民俗\n") && source.contains("@节 附　则\n"), "\(source)")
  }

  static let linkedNumbering = """
    <w:abstractNum w:abstractNumId="0"><w:styleLink w:val="ListArticles"/>\
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条"/><w:suff w:val="space"/></w:lvl>\
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>\
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:lvlRestart w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl></w:abstractNum>\
    <w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ListArticles"/></w:abstractNum>\
    <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>\
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>\
    <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>\
    <w:num w:numId="4"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
    """

  /// `w:numStyleLink` → the definition with that `w:styleLink` (one list, counters shared);
  /// `w:lvlRestart 0`: （二） continues across articles; `w:lvlRestart 1`: 1. restarts only after
  /// a level-1 paragraph, not after an item; `w:startOverride`: num 4 starts its own count at 五、.
  @Test func lvlRestartStyleLinksAndOverrides() throws {
    let body = D.p("甲。", numId: 1) + D.p("子项。", numId: 1, ilvl: 1) + D.p("细目。", numId: 1, ilvl: 2)
      + D.p("乙。", numId: 2) + D.p("又一项。", numId: 2, ilvl: 1) + D.p("细目二。", numId: 2, ilvl: 2)
      + D.p("再一项。", numId: 1, ilvl: 1) + D.p("细目三。", numId: 1, ilvl: 2)
      + D.p("一段。", numId: 3) + D.p("二段。", numId: 3) + D.p("五段。", numId: 4) + D.p("六段。", numId: 4) + D.p("三段。", numId: 3)
    let (text, _) = try D.read(D.docx(body, numbering: Self.linkedNumbering))
    #expect(text == """
      第一条 甲。
      （一）子项。
      1.细目。
      第二条 乙。
      （二）又一项。
      1.细目二。
      （三）再一项。
      2.细目三。
      一、一段。
      二、二段。
      五、五段。
      六、六段。
      三、三段。

      """)
  }

  /// A numbering style whose definition is found through styles.xml (the style's numPr names the
  /// num), when no abstract definition carries the `w:styleLink`.
  @Test func numStyleLinkThroughTheStyle() throws {
    let numbering = """
      <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条"/><w:suff w:val="space"/></w:lvl></w:abstractNum>\
      <w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="Numbered"/></w:abstractNum>\
      <w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="8"><w:abstractNumId w:val="1"/></w:num>
      """
    let styles = "<w:style w:type=\"numbering\" w:styleId=\"Numbered\"><w:name w:val=\"编号\"/><w:pPr><w:numPr><w:numId w:val=\"7\"/></w:numPr></w:pPr></w:style>"
    let (text, _) = try D.read(D.docx(D.p("甲。", numId: 8) + D.p("乙。", numId: 7), numbering: numbering, styles: styles))
    #expect(text == "第三条 甲。\n第四条 乙。\n")
  }

  /// What the reading left out is said in the source as `# 导入说明` comments under the header,
  /// and in the notes; every character of the prose is kept.
  @Test func readingNotesAreCommentsInTheSource() throws {
    let body = """
      <w:p><w:r><w:t>某村村规民约</w:t></w:r></w:p>\
      <w:p><w:r><w:t>第一条 村民应当</w:t></w:r><w:ins w:id="1" w:author="甲"><w:r><w:t>自觉</w:t></w:r></w:ins><w:del w:id="2" w:author="甲"><w:r><w:delText>被迫</w:delText></w:r></w:del><w:r><w:t>遵守本规约。</w:t></w:r></w:p>\
      <w:p><w:r><w:t>第二条 见附图</w:t></w:r><w:r><w:drawing><wp:inline xmlns:wp="x"/></w:drawing></w:r><w:r><w:t>和第</w:t></w:r><w:fldSimple w:instr=" PAGEREF 附图 \\h "><w:r><w:t>3</w:t></w:r></w:fldSimple><w:r><w:t>页。</w:t></w:r><w:r><w:commentReference w:id="0"/></w:r></w:p>\
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>分值</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
      <w:p><w:r><w:t>第三条 本规约自通过之日起施行。</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>
      """
    let (r, source, d) = try Self.imported(D.docx(body, comments: "<w:comment w:id=\"0\"><w:p><w:r><w:t>批注</w:t></w:r></w:p></w:comment>"))
    let comments = source.split(separator: "\n").filter { $0.hasPrefix("# 导入说明：") }
    for word in ["修订记录", "批注未导入", "图片", "个域", "表格按行导入", "脚注"] {
      #expect(comments.contains { $0.contains(word) }, "\(word): \(comments)")
    }
    #expect(r.notes.filter { $0.line == nil }.count >= 6)
    #expect(Self.keepsEveryCharacter(String(decoding: d.text, as: UTF8.self), source))
    #expect(source.contains("第一条 村民应当自觉遵守本规约。\n") && source.contains("第二条 见附图和第3页。\n") && source.contains("项目\t分值\n"))
    let parsed = Parser.parse(SourceFile(path: "x.weifa", bytes: r.source))
    #expect(parsed.diagnostics.allSatisfy { $0.severity != .error })
  }
}
