import Testing
import WeifaBase
import WeifaSyntax
import WeifaTestSupport

/// `DocxReader`: the text of a .docx as Word shows it — numbering resolved, revisions accepted,
/// comments and the 目录 left out — and a clear refusal of everything that is not a .docx.
@Suite struct DocxImportTests {
  static let ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""

  /// A .docx made of the given parts (document.xml's body, numbering.xml, styles.xml, comments.xml).
  static func docx(_ body: String, numbering: String? = nil, styles: String? = nil, comments: String? = nil,
                   contentType: String = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml") -> [UInt8] {
    var z = ZipWriter()
    z.add("[Content_Types].xml", Array("""
      <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
      <Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="\(contentType)"/></Types>
      """.utf8))
    z.add("word/document.xml", Array("<?xml version=\"1.0\"?><w:document \(ns)><w:body>\(body)</w:body></w:document>".utf8))
    if let numbering { z.add("word/numbering.xml", Array("<w:numbering \(ns)>\(numbering)</w:numbering>".utf8)) }
    if let styles { z.add("word/styles.xml", Array("<w:styles \(ns)>\(styles)</w:styles>".utf8)) }
    if let comments { z.add("word/comments.xml", Array("<w:comments \(ns)>\(comments)</w:comments>".utf8)) }
    return z.finish()
  }

  static func p(_ text: String, numId: Int? = nil, ilvl: Int = 0, style: String? = nil) -> String {
    var pPr = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
    if let n = numId { pPr += "<w:numPr><w:ilvl w:val=\"\(ilvl)\"/><w:numId w:val=\"\(n)\"/></w:numPr>" }
    return "<w:p>" + (pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>") + "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
  }

  static func read(_ bytes: [UInt8]) throws -> (text: String, notes: [String]) {
    switch DocxReader.read(bytes) {
    case .success(let d): return (String(decoding: d.text, as: UTF8.self), d.notes.map(\.zh))
    case .failure(let e): Issue.record("refused: \(e.zh)"); throw e
    }
  }

  static func refusal(_ bytes: [UInt8]) -> LocalizedText? {
    if case .failure(let e) = DocxReader.read(bytes) { return e }
    return nil
  }

  /// Levels as a statute numbers them: 第%1条 (chineseCounting), （%2） and %3. under it; a second
  /// list of its own (一、) restarted by its w:num.
  static let statuteNumbering = """
    <w:abstractNum w:abstractNumId="0">\
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条"/><w:suff w:val="space"/></w:lvl>\
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>\
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl></w:abstractNum>\
    <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>\
    <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>\
    <w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/></w:lvl></w:abstractNum>\
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>\
    <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>\
    <w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>\
    <w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>\
    <w:num w:numId="6"><w:abstractNumId w:val="3"/></w:num>
    """

  @Test func wordNumberingAsWordShowsIt() throws {
    let body = [
      Self.p("总则", numId: 6), Self.p("为了推进村民自治，制定本规约。", numId: 1), Self.p("村民享有下列权利：", numId: 1),
      Self.p("选举权；", numId: 1, ilvl: 1), Self.p("被选举权：", numId: 1, ilvl: 1), Self.p("年满十八周岁；", numId: 1, ilvl: 2), Self.p("其他。", numId: 1, ilvl: 2),
      Self.p("监督权。", numId: 1, ilvl: 1), Self.p("附则", numId: 6),
      // numId 5 shares abstract 0 with numId 1: the articles count on, and the items restart.
      Self.p("本规约自公布之日起施行。", numId: 5), Self.p("第一项。", numId: 5, ilvl: 1),
      Self.p("一般事项", numId: 2), Self.p("二般事项", numId: 2), Self.p("重新开始", numId: 4), Self.p("不编号的要点", numId: 3),
    ].joined()
    let (text, _) = try Self.read(Self.docx(body, numbering: Self.statuteNumbering))
    #expect(text == """
      第一章　总则
      第一条 为了推进村民自治，制定本规约。
      第二条 村民享有下列权利：
      （一）选举权；
      （二）被选举权：
      1.年满十八周岁；
      2.其他。
      （三）监督权。
      第二章　附则
      第三条 本规约自公布之日起施行。
      （一）第一项。
      一、一般事项
      二、二般事项
      一、重新开始
      不编号的要点

      """)
  }

  @Test func numberFormats() {
    #expect(DocxNumbering.format(11, "chineseCounting") == "十一")
    #expect(DocxNumbering.format(101, "chineseCountingThousand") == "一百零一")
    #expect(DocxNumbering.format(3, "ideographTraditional") == "丙")
    #expect(DocxNumbering.format(20, "decimalEnclosedCircle") == "⑳")
    #expect(DocxNumbering.format(12, "decimalFullWidth") == "１２")
    #expect(DocxNumbering.format(2025, "ideographDigital") == "二〇二五")
    #expect(DocxNumbering.format(14, "chineseLegalSimplified") == "拾肆")
    #expect(DocxNumbering.format(28, "lowerLetter") == "bb")
    #expect(DocxNumbering.format(1994, "upperRoman") == "MCMXCIV")
  }

  @Test func numberingFromTheParagraphStyle() throws {
    let styles = """
      <w:style w:type="paragraph" w:styleId="Article"><w:name w:val="条"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>\
      <w:style w:type="paragraph" w:styleId="Article2"><w:name w:val="条二"/><w:basedOn w:val="Article"/></w:style>
      """
    let (text, _) = try Self.read(Self.docx(Self.p("甲。", style: "Article") + Self.p("乙。", style: "Article2"), numbering: Self.statuteNumbering, styles: styles))
    #expect(text == "第一条 甲。\n第二条 乙。\n")
  }

  @Test func trackChangesReadAsAccepted() throws {
    let body = """
      <w:p><w:r><w:t>村民应当</w:t></w:r><w:ins w:id="1" w:author="张三"><w:r><w:t>自觉</w:t></w:r></w:ins>\
      <w:del w:id="2" w:author="张三"><w:r><w:delText>被迫</w:delText></w:r></w:del><w:r><w:t>遵守本规约。</w:t></w:r></w:p>\
      <w:p><w:pPr><w:rPr><w:del w:id="3" w:author="张三"/></w:rPr></w:pPr><w:r><w:t>合并</w:t></w:r></w:p>\
      <w:p><w:r><w:t>到下一段。</w:t></w:r></w:p>\
      <w:p><w:pPr><w:pPrChange w:id="4"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>旧格式不算。</w:t></w:r></w:p>
      """
    let (text, notes) = try Self.read(Self.docx(body, numbering: Self.statuteNumbering))
    #expect(text == "村民应当自觉遵守本规约。\n合并到下一段。\n旧格式不算。\n")
    #expect(notes.contains { $0.contains("修订") && $0.contains("插入 1 处") && $0.contains("删除 1 处") }, "\(notes)")
  }

  /// A move is a deletion where the text was and an insertion where it went: read as accepted,
  /// the text once, where it went.
  @Test func movesReadAsAccepted() throws {
    let body = """
      <w:p><w:moveFromRangeStart w:id="1" w:name="move1"/><w:moveFrom w:id="2" w:author="李四"><w:r><w:t>本规约由村民委员会负责解释。</w:t></w:r></w:moveFrom>\
      <w:moveFromRangeEnd w:id="1"/><w:r><w:t>第一条 为了推进村民自治，制定本规约。</w:t></w:r></w:p>\
      <w:p><w:r><w:t>第二条 本规约自公布之日起施行。</w:t></w:r></w:p>\
      <w:p><w:moveToRangeStart w:id="3" w:name="move1"/><w:moveTo w:id="4" w:author="李四"><w:r><w:t>本规约由村民委员会负责解释。</w:t></w:r></w:moveTo><w:moveToRangeEnd w:id="3"/></w:p>
      """
    let (text, notes) = try Self.read(Self.docx(body))
    #expect(text == "第一条 为了推进村民自治，制定本规约。\n第二条 本规约自公布之日起施行。\n本规约由村民委员会负责解释。\n")
    #expect(notes.contains { $0.contains("插入 1 处") && $0.contains("删除 1 处") && $0.contains("接受全部修订") }, "\(notes)")
  }

  /// A page-number field in the body (complex or simple, PAGE or NUMPAGES) gives neither its code
  /// nor the number Word last printed; another field (a date) gives the result Word shows.
  @Test func pageFieldsInTheBodyDoNotLeak() throws {
    let body = """
      <w:p><w:r><w:t xml:space="preserve">第一条 本页为第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PA</w:instrText></w:r>\
      <w:r><w:instrText xml:space="preserve">GE \\* Arabic </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>37</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
      <w:r><w:t xml:space="preserve">页，共</w:t></w:r><w:fldSimple w:instr=" NUMPAGES \\* MERGEFORMAT "><w:r><w:t>99</w:t></w:r></w:fldSimple><w:r><w:t>页。</w:t></w:r></w:p>\
      <w:p><w:r><w:t xml:space="preserve">第二条 本规约自</w:t></w:r><w:fldSimple w:instr=" DATE \\@ &quot;yyyy年M月d日&quot; "><w:r><w:t>2025年3月1日</w:t></w:r></w:fldSimple><w:r><w:t>起施行。</w:t></w:r></w:p>
      """
    let (text, notes) = try Self.read(Self.docx(body))
    #expect(text == "第一条 本页为第页，共页。\n第二条 本规约自2025年3月1日起施行。\n")
    #expect(!text.contains("37") && !text.contains("99") && !text.contains("PAGE"))
    #expect(notes.contains { $0.contains("2 个页码域") }, "\(notes)")
    #expect(notes.contains { $0.contains("1 个域") }, "the date field, and only it, is imported as its result: \(notes)")
  }

  @Test func commentsFieldsAndTheTableOfContentsAreLeftOut() throws {
    let body = """
      <w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>\
      <w:p><w:r><w:t>目录</w:t></w:r></w:p><w:p><w:r><w:t>第一章 总则 ........ 1</w:t></w:r></w:p></w:sdtContent></w:sdt>\
      <w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:t>第二章 附则 ... 2</w:t></w:r></w:p>\
      <w:p><w:commentRangeStart w:id="0"/><w:r><w:t>第一条 甲。</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>\
      <w:p><w:r><w:t xml:space="preserve">第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> SEQ 条 </w:instrText></w:r>\
      <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>二</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>条 乙。</w:t></w:r></w:p>\
      <w:p><mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>框内</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>框内</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>
      """
    let (text, notes) = try Self.read(Self.docx(body, comments: "<w:comment w:id=\"0\"><w:p><w:r><w:t>批注文字</w:t></w:r></w:p></w:comment>"))
    #expect(text == "第一条 甲。\n第二条 乙。\n框内\n")
    #expect(notes.contains { $0.contains("1 条批注未导入") }, "\(notes)")
    #expect(notes.contains { $0.contains("目录（3 行）未导入") }, "\(notes)")
  }

  @Test func breaksTabsAndTables() throws {
    let body = """
      <w:p><w:r><w:t>某村村民委员会</w:t><w:br/><w:t>2025年1月1日</w:t><w:br w:type="page"/></w:r></w:p>\
      <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>甲</w:t><w:tab/><w:t>乙 &amp; &lt;丙&gt; &#x4E01;</w:t></w:r></w:p>\
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>分值</w:t></w:r></w:p><w:p><w:r><w:t>（分）</w:t></w:r></w:p></w:tc></w:tr>\
      <w:tr><w:tc><w:p><w:r><w:t>卫生</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p/>
      """
    let (text, notes) = try Self.read(Self.docx(body))
    #expect(text == "某村村民委员会\n2025年1月1日\n甲\t乙 & <丙> 丁\n项目\t分值 （分）\n卫生\t\n\n")
    #expect(notes.contains { $0.contains("表格按行导入（2 行）") })
  }

  @Test func readsWhatLibreOfficeWrites() throws {
    let (text, notes) = try Self.read(readBytes("Tests/Fixtures/docx/libreoffice-lists.docx"))
    #expect(text.contains("1.村民应当遵纪守法。\n2.爱护公共财物。\n1.不得损坏路灯。\n2.不得占用道路。\n3.本规约自公布之日起施行。\n"), "\(text)")
    #expect(text.contains("项目\t分值\n卫生\t10分\n"))
    #expect(text.contains("某村村民委员会\n2025年1月1日\n"))
    #expect(notes.count == 1)
  }

  /// A LibreOffice file (deflate entries) with one byte changed at each of many places: read or
  /// refused, never a trap; the CRC catches what inflate does not.
  @Test func damagedBytesNeverTrap() {
    let good = readBytes("Tests/Fixtures/docx/libreoffice-lists.docx")
    guard case .success(let original) = DocxReader.read(good) else { Issue.record("fixture unreadable"); return }
    var refused = 0, same = 0
    for k in stride(from: 0, to: good.count, by: 7) {
      var bad = good
      bad[k] ^= 0xA5
      switch DocxReader.read(bad) {
      case .failure: refused += 1
      case .success(let d): if d.text == original.text { same += 1 }
      }
    }
    #expect(refused > good.count / 7 / 2, "most changes are caught: \(refused) refused, \(same) unchanged")
  }

  /// Where the central directory record of the entry `name` starts.
  static func centralRecord(_ b: [UInt8], name: String) -> Int? {
    let n = Array(name.utf8)
    var k = 0
    while k + 46 + n.count <= b.count {
      if b[k] == 0x50, b[k + 1] == 0x4B, b[k + 2] == 1, b[k + 3] == 2, Array(b[(k + 46)..<(k + 46 + n.count)]) == n { return k }
      k += 1
    }
    return nil
  }

  // MARK: - What is not a .docx

  @Test func wordBinaryWPSAndEncryptedFiles() {
    let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
    #expect(DocxReader.isCompoundFile(ole))
    let e = Self.refusal(ole)
    #expect(e?.zh.contains("请在 Word/WPS 中另存为 .docx") == true)
    #expect(e?.en.contains("save it as .docx") == true)
    // A .docx with a password: an OLE file holding the streams EncryptionInfo and EncryptedPackage.
    var encrypted = ole + [UInt8](repeating: 0, count: 512)
    for (k, u) in "EncryptedPackage".utf16.enumerated() { encrypted[512 + 2 * k] = UInt8(u & 0xFF); encrypted[513 + 2 * k] = UInt8(u >> 8) }
    #expect(DocxReader.isEncryptedPackage(encrypted) && !DocxReader.isEncryptedPackage(ole))
    let locked = Self.refusal(encrypted)
    #expect(locked?.zh.contains("设有密码（已加密）") == true && locked?.zh.contains("取消密码") == true, "\(locked?.zh ?? "")")
    #expect(locked?.en.contains("password-protected") == true)
  }

  @Test func otherZipsAndOfficeFiles() {
    let xlsx = Self.docx("", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    #expect(Self.refusal(xlsx)?.zh.contains("Excel 表格（.xlsx）") == true)
    var plain = ZipWriter()
    plain.add("readme.txt", Array("hello".utf8))
    #expect(Self.refusal(plain.finish())?.zh.contains("没有 [Content_Types].xml") == true)
    #expect(Self.refusal(readBytes("Tests/Fixtures/zip/deflate.zip"))?.zh.contains("不是 Word 文档") == true)
  }

  @Test func damagedTruncatedBombAndTraversal() throws {
    let good = Self.docx(Self.p("第一条 甲。"))
    for cut in stride(from: 0, to: good.count, by: 53) {
      guard case .failure(let e) = DocxReader.read(Array(good[..<cut])) else { Issue.record("a truncated file read at \(cut)"); continue }
      #expect(e.zh.contains("不是可读的 .docx") || e.zh.contains("不是"), "\(e.zh)")
    }
    var z = ZipWriter()
    z.add("[Content_Types].xml", [])
    z.add("../../etc/cron.d/x", [])
    #expect(Self.refusal(z.finish())?.zh.contains("路径穿越") == true)
    // A document.xml that says it is 100 MB.
    var bomb = Self.docx(Self.p("甲"))
    let cd = try #require(Self.centralRecord(bomb, name: "word/document.xml"))
    for k in 0..<4 { bomb[cd + 24 + k] = UInt8(((100 << 20) >> (8 * k)) & 0xFF) }
    #expect(Self.refusal(bomb)?.zh.contains("压缩炸弹") == true)
    // Markup cut short inside the body.
    var broken = ZipWriter()
    broken.add("[Content_Types].xml", Array("<Types><Override PartName=\"/word/document.xml\" ContentType=\"\(DocxReader.mainTypes[0])\"/></Types>".utf8))
    broken.add("word/document.xml", Array("<w:document><w:body><w:p><w:r><w:t>甲".utf8))
    #expect(Self.refusal(broken.finish())?.zh.contains("XML 不完整") == true)
  }
}
