import WeifaBase

/// The fixed parts of the .docx Weifa writes — [Content_Types].xml, the relationships, styles,
/// settings, web settings, the font table, the two footers, the theme and the document
/// properties — laid out after
/// GB/T 9704—2012 (党政机关公文格式) as a 村委会 files a charter:
///
/// - A4 (210 × 297 mm), margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm
///   (twips: 2098, 1984, 1587, 1474): a text block of 156 × 225 mm;
/// - body 3号 (16 pt) 仿宋_GB2312 on Word's document grid (`linesAndChars`), 22 lines of 28
///   characters: the line pitch is the text block's height over 22 (579 twips, also the exact
///   line spacing), the character pitch its width over 28 (15.79 pt: `charSpace` −842, in
///   4096ths of a point off the 16 pt of the Normal style), computed in `Grid` from the page.
///   Two things make LibreOffice lay the grid out as Word does: the Normal style states the
///   16 pt itself (LibreOffice takes the grid's base from the Normal style, not from the
///   document defaults, and would take 12 pt), and the glyphs are 98% wide (`w:w`), since
///   LibreOffice gives a glyph wider than a cell (16 pt in 15.79) two cells. Indents are whole
///   cells (2 × 315 twips; `firstLineChars` for Word). Punctuation is not compressed
///   (`doNotCompress`), so every character holds its cell; a mark that ends a full line may
///   hang in the margin, as Word lets it by default. Body paragraphs are justified (两端对齐).
///   `.ci/docx-libreoffice.sh` measures the grid in LibreOffice's PDF and checks that every
///   character reaches it;
/// - title 2号 (22 pt) 方正小标宋简体, centred, off the character grid (`snapToGrid` 0: a 22 pt
///   glyph would take two cells and the title would be letter-spaced); headings centred in 黑体 (built-in `Heading1`–`3`,
///   so Word's navigation pane and TOC field see them); 第X条 in 黑体 (`ArticleNumber`);
///   paragraphs and items indented two characters; the 题注 centred in 楷体_GB2312;
/// - page numbers 「— 1 —」 in 4号 (14 pt) 宋体, one character in from the right on odd pages and
///   from the left on even pages (`evenAndOddHeaders`, footer1 odd, footer2 even).
///
/// Fonts are named, never embedded: each has an `altName` Word falls back to (仿宋_GB2312 → 仿宋,
/// 方正小标宋简体 → 宋体 …) and a family, so LibreOffice's substitution (fontconfig: Noto Serif/Sans
/// CJK SC) picks a serif or a sans face.
package enum DocxParts {
  static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  /// The namespaces of the root of every WordprocessingML part, as Word writes them: w (and r
  /// where the part refers to others), mc, and Word 2010/2013's w14 and w15, which `mc:Ignorable`
  /// tells an older reader to skip (Word declares them on every part it saves).
  static func namespaces(relationships: Bool = false) -> String {
    "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"" + (relationships ? " xmlns:r=\"\(r)\"" : "")
      + " xmlns:w=\"\(w)\" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""
      + " xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\" mc:Ignorable=\"w14 w15\""
  }

  /// Fonts: the name in the document, Word's fallback, the family and the charset (86 = GB2312).
  static let body = "仿宋_GB2312", title = "方正小标宋简体", heading = "黑体", caption = "楷体_GB2312", pageNumber = "宋体", latin = "Times New Roman"
  static let fonts: [(name: String, alt: String, family: String, charset: String)] = [
    (body, "仿宋", "modern", "86"), (title, "宋体", "roman", "86"), (heading, "SimHei", "modern", "86"),
    (caption, "楷体", "modern", "86"), (pageNumber, "SimSun", "roman", "86"), (latin, "Times", "roman", "00"),
  ]

  static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
  static let wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml."

  /// Every part but the relationships, with its content type, in the order of the archive.
  static let contentTypes: String = header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    + [("word/document.xml", wordprocessing + "document.main+xml"), ("word/styles.xml", wordprocessing + "styles+xml"),
       ("word/settings.xml", wordprocessing + "settings+xml"), ("word/webSettings.xml", wordprocessing + "webSettings+xml"),
       ("word/fontTable.xml", wordprocessing + "fontTable+xml"),
       ("word/footer1.xml", wordprocessing + "footer+xml"), ("word/footer2.xml", wordprocessing + "footer+xml"),
       ("word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
       ("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
       ("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
      .map { "<Override PartName=\"/\($0.0)\" ContentType=\"\($0.1)\"/>" }.joined()
    + "</Types>"

  /// A relationships part: (type URI, target) numbered rId1, rId2 … in order.
  static func relationships(_ list: [(String, String)]) -> String {
    header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + list.enumerated().map { "<Relationship Id=\"rId\($0.offset + 1)\" Type=\"\($0.element.0)\" Target=\"\($0.element.1)\"/>" }.joined()
      + "</Relationships>"
  }

  static let packageRelationships = relationships([
    (officeDocument + "officeDocument", "word/document.xml"),
    ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
    (officeDocument + "extended-properties", "docProps/app.xml"),
  ])

  /// The document's parts; the section refers to the footers as rId4 (odd) and rId5 (even).
  static let documentRelationships = relationships([
    (officeDocument + "styles", "styles.xml"), (officeDocument + "settings", "settings.xml"), (officeDocument + "fontTable", "fontTable.xml"),
    (officeDocument + "footer", "footer1.xml"), (officeDocument + "footer", "footer2.xml"),
    (officeDocument + "webSettings", "webSettings.xml"), (officeDocument + "theme", "theme/theme1.xml"),
  ])

  /// The whole package around `document` (word/document.xml), every part in the order of the
  /// archive: the one place that says which parts a .docx of Weifa holds (`DocxPrinter` and
  /// `DiffDocx` both write through it), so the content types and relationships always name
  /// exactly the parts that are there.
  package static func package(document: String, title: String, updateFields: Bool) -> [UInt8] {
    let documentXML = Array(document.utf8)
    var zip = ZipWriter()
    zip.add("[Content_Types].xml", Array(contentTypes.utf8))
    zip.add("_rels/.rels", Array(packageRelationships.utf8))
    zip.add("word/document.xml", documentXML)
    zip.add("word/_rels/document.xml.rels", Array(documentRelationships.utf8))
    zip.add("word/styles.xml", Array(styles.utf8))
    zip.add("word/settings.xml", Array(settings(updateFields: updateFields, rsid: CRC32.checksum(documentXML)).utf8))
    zip.add("word/webSettings.xml", Array(webSettings.utf8))
    zip.add("word/fontTable.xml", Array(fontTable.utf8))
    zip.add("word/footer1.xml", Array(footer(odd: true).utf8))
    zip.add("word/footer2.xml", Array(footer(odd: false).utf8))
    zip.add("word/theme/theme1.xml", Array(theme.utf8))
    zip.add("docProps/core.xml", Array(core(title: title).utf8))
    zip.add("docProps/app.xml", Array(app.utf8))
    return zip.finish()
  }

  /// The page and its grid (twips: 1/20 pt; 1 mm = 1440 / 25.4 twips).
  package enum Grid {
    /// A4 and the margins of GB/T 9704 (top 37, bottom 35, left 28, right 26 mm).
    package static let pageWidth = 11906, pageHeight = 16838, top = 2098, bottom = 1984, left = 1587, right = 1474
    /// 3号 (16 pt) body text; 28 characters a line, 22 lines a page.
    package static let fontHalfPoints = 32, charsPerLine = 28, linesPerPage = 22
    /// The text block: 8,845 × 12,756 twips (156 × 225 mm).
    package static let textWidth = pageWidth - left - right, textHeight = pageHeight - top - bottom
    /// The line pitch, rounded down so that 22 lines fit: 579 twips (28.95 pt).
    package static let linePitch = textHeight / linesPerPage
    /// `w:charSpace`: the character pitch (text width / 28) minus the font size, in 4096ths of a
    /// point, rounded down so that 28 characters fit: −842 (a pitch of 15.79 pt).
    package static let charSpace: Int = {
      let pitchPoints = Double(textWidth) / Double(charsPerLine) / 20
      return Int(((pitchPoints - Double(fontHalfPoints) / 2) * 4096).rounded(.down))
    }()
    /// One character cell in whole twips, as LibreOffice rounds it (315).
    package static let cell = textWidth / charsPerLine
  }

  /// The section: A4, the margins, the footers, the grid of 22 lines × 28 characters.
  static let sectionProperties = "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId4\"/><w:footerReference w:type=\"even\" r:id=\"rId5\"/>"
    + "<w:pgSz w:w=\"\(Grid.pageWidth)\" w:h=\"\(Grid.pageHeight)\"/>"
    + "<w:pgMar w:top=\"\(Grid.top)\" w:right=\"\(Grid.right)\" w:bottom=\"\(Grid.bottom)\" w:left=\"\(Grid.left)\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"
    + "<w:cols w:space=\"425\"/><w:docGrid w:type=\"linesAndChars\" w:linePitch=\"\(Grid.linePitch)\" w:charSpace=\"\(Grid.charSpace)\"/></w:sectPr>"

  /// What Word 2013 and later write in `w:compat`: the layout of Word 2013 (`compatibilityMode`
  /// 15, so Word opens the file without "compatibility mode") and the four settings that go with it.
  static let compatSettings = [("compatibilityMode", "15"), ("overrideTableStyleFontSizeAndJustification", "1"), ("enableOpenTypeFeatures", "1"),
                               ("doNotFlipMirrorIndents", "1"), ("differentiateMultirowTableHeaders", "1")]

  /// settings.xml. `rsid` is the one editing session Word records for a file it writes (`w:rsids`:
  /// the root and the session; Word adds its own sessions on saving): the CRC-32 of the document
  /// part, so the same charter gives the same bytes. `w:clrSchemeMapping` maps the theme's
  /// colours to text and background, as Word writes it beside every theme.
  static func settings(updateFields: Bool, rsid: UInt32) -> String {
    let id = rsidText(rsid)
    return header + "<w:settings \(namespaces())><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"420\"/><w:evenAndOddHeaders/>"
      + "<w:characterSpacingControl w:val=\"doNotCompress\"/>" + (updateFields ? "<w:updateFields w:val=\"true\"/>" : "")
      + "<w:compat>" + compatSettings.map { "<w:compatSetting w:name=\"\($0.0)\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"\($0.1)\"/>" }.joined() + "</w:compat>"
      + "<w:rsids><w:rsidRoot w:val=\"\(id)\"/><w:rsid w:val=\"\(id)\"/></w:rsids>"
      + "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>" + colourMapping
      + "<w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/></w:settings>"
  }

  /// An rsid as Word writes it: eight upper-case hex digits (ST_LongHexNumber).
  static func rsidText(_ v: UInt32) -> String {
    let hex = String(v, radix: 16, uppercase: true)
    return String(repeating: "0", count: 8 - hex.count) + hex
  }

  static let colourMapping = "<w:clrSchemeMapping w:bg1=\"light1\" w:t1=\"dark1\" w:bg2=\"light2\" w:t2=\"dark2\" w:accent1=\"accent1\" w:accent2=\"accent2\""
    + " w:accent3=\"accent3\" w:accent4=\"accent4\" w:accent5=\"accent5\" w:accent6=\"accent6\" w:hyperlink=\"hyperlink\" w:followedHyperlink=\"followedHyperlink\"/>"

  /// webSettings.xml as Word writes it for a document never saved as a web page.
  static let webSettings = header + "<w:webSettings \(namespaces(relationships: true))><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>"

  /// word/theme/theme1.xml: the smallest theme DrawingML allows, in the shape of Word's own —
  /// the twelve colours of the colour scheme (dark 1 and light 1 the system's window text and
  /// window), the major and minor fonts (Latin, East Asian and complex script: 黑体 for headings,
  /// 仿宋_GB2312 for the body, as the styles name them; `Hans` the face Word picks for simplified
  /// Chinese), and three each of fills, lines, effects and background fills, which the format
  /// scheme must hold. The styles name every font and colour themselves, so the theme changes
  /// nothing on the page; it is there because Word writes one and WPS expects one.
  static let theme: String = {
    let a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    let colours = [("dk2", "44546A"), ("lt2", "E7E6E6"), ("accent1", "4472C4"), ("accent2", "ED7D31"), ("accent3", "A5A5A5"), ("accent4", "FFC000"),
                   ("accent5", "5B9BD5"), ("accent6", "70AD47"), ("hlink", "0563C1"), ("folHlink", "954F72")]
    func fonts(_ tag: String, eastAsia: String) -> String {
      "<a:\(tag)><a:latin typeface=\"\(latin)\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>"
        + "<a:font script=\"Hans\" typeface=\"\(XMLText.escape(eastAsia))\"/></a:\(tag)>"
    }
    let fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>"
    let line = { (w: Int) in "<a:ln w=\"\(w)\" cap=\"flat\" cmpd=\"sng\" algn=\"ctr\">\(fill)<a:prstDash val=\"solid\"/><a:miter lim=\"800000\"/></a:ln>" }
    return header + "<a:theme xmlns:a=\"\(a)\" name=\"Office Theme\"><a:themeElements><a:clrScheme name=\"Office\">"
      + "<a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1><a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>"
      + colours.map { "<a:\($0.0)><a:srgbClr val=\"\($0.1)\"/></a:\($0.0)>" }.joined() + "</a:clrScheme>"
      + "<a:fontScheme name=\"Office\">" + fonts("majorFont", eastAsia: heading) + fonts("minorFont", eastAsia: body) + "</a:fontScheme>"
      + "<a:fmtScheme name=\"Office\"><a:fillStyleLst>" + String(repeating: fill, count: 3) + "</a:fillStyleLst>"
      + "<a:lnStyleLst>" + line(6350) + line(12700) + line(19050) + "</a:lnStyleLst>"
      + "<a:effectStyleLst>" + String(repeating: "<a:effectStyle><a:effectLst/></a:effectStyle>", count: 3) + "</a:effectStyleLst>"
      + "<a:bgFillStyleLst>" + String(repeating: fill, count: 3) + "</a:bgFillStyleLst></a:fmtScheme></a:themeElements>"
      + "<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
  }()

  static let fontTable: String = header + "<w:fonts \(namespaces(relationships: true))>" + fonts.map { f in
    "<w:font w:name=\"\(XMLText.escape(f.name))\"><w:altName w:val=\"\(XMLText.escape(f.alt))\"/><w:charset w:val=\"\(f.charset)\"/>"
      + "<w:family w:val=\"\(f.family)\"/><w:pitch w:val=\"variable\"/></w:font>"
  }.joined() + "</w:fonts>"

  static func fontsXML(_ eastAsia: String, latin: String = DocxParts.latin) -> String {
    "<w:rFonts w:ascii=\"\(XMLText.escape(latin))\" w:eastAsia=\"\(XMLText.escape(eastAsia))\" w:hAnsi=\"\(XMLText.escape(latin))\" w:cs=\"\(XMLText.escape(latin))\"/>"
  }

  /// One paragraph style.
  static func paragraphStyle(_ id: String, _ name: String, basedOn: String? = "Normal", pPr: String = "", rPr: String = "", isDefault: Bool = false) -> String {
    "<w:style w:type=\"paragraph\"\(isDefault ? " w:default=\"1\"" : "") w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
      + (basedOn.map { "<w:basedOn w:val=\"\($0)\"/>" } ?? "") + "<w:qFormat/>"
      + (pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>") + (rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>") + "</w:style>"
  }

  /// Two characters: two cells of the grid.
  static let indent = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"\(2 * Grid.cell)\"/>"
  static let lineSpacing = "<w:spacing w:line=\"\(Grid.linePitch)\" w:lineRule=\"exact\"/>"
  static let bodySize = "<w:sz w:val=\"\(Grid.fontHalfPoints)\"/><w:szCs w:val=\"\(Grid.fontHalfPoints)\"/>"

  static let styles: String = header + "<w:styles \(namespaces())>"
    + "<w:docDefaults><w:rPrDefault><w:rPr>\(fontsXML(body))<w:w w:val=\"98\"/><w:kern w:val=\"0\"/>\(bodySize)"
    + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
    + "<w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/>\(lineSpacing)<w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>"
    + paragraphStyle("Normal", "Normal", basedOn: nil, rPr: bodySize, isDefault: true)
    + paragraphStyle("Title", "Title", pPr: "<w:snapToGrid w:val=\"0\"/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"9\"/>", rPr: fontsXML(title) + "<w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>")
    + paragraphStyle("Heading1", "heading 1", pPr: "<w:keepNext/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/>", rPr: fontsXML(heading))
    + paragraphStyle("Heading2", "heading 2", pPr: "<w:keepNext/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"1\"/>", rPr: fontsXML(heading))
    + paragraphStyle("Heading3", "heading 3", pPr: "<w:keepNext/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"2\"/>", rPr: fontsXML(heading))
    + paragraphStyle("BodyText", "Body Text", pPr: indent)
    + paragraphStyle("Item", "List Paragraph", pPr: indent)
    + paragraphStyle("Inscription", "Weifa Caption", pPr: "<w:jc w:val=\"center\"/>", rPr: fontsXML(caption))
    + paragraphStyle("Signature", "Signature", pPr: "<w:ind w:right=\"\(2 * Grid.cell)\"/><w:jc w:val=\"right\"/>")
    + paragraphStyle("Draft", "Weifa Draft", pPr: "<w:jc w:val=\"center\"/>", rPr: fontsXML(heading) + "<w:color w:val=\"C00000\"/>")
    + paragraphStyle("TOCHeading", "TOC Heading", pPr: "<w:jc w:val=\"center\"/><w:outlineLvl w:val=\"9\"/>", rPr: fontsXML(heading))
    + (1...3).map { paragraphStyle("TOC\($0)", "toc \($0)", pPr: "<w:ind w:left=\"\(($0 - 1) * 2 * Grid.cell)\"/><w:jc w:val=\"left\"/>") }.joined()
    + paragraphStyle("Footer", "footer", pPr: "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/>", rPr: fontsXML(pageNumber, latin: pageNumber) + "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")
    + "<w:style w:type=\"character\" w:styleId=\"ArticleNumber\"><w:name w:val=\"Weifa Article Number\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:qFormat/><w:rPr>\(fontsXML(heading))</w:rPr></w:style>"
    + defaultStyles + "</w:styles>"

  /// The three default styles Word writes in every styles.xml besides Normal: the run font of a
  /// paragraph (Default Paragraph Font), the table and the list that have no style of their own.
  static let defaultStyles = "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"
    + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/>"
    + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
    + "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"

  /// The page number 「— 1 —」: right on odd pages, left on even pages, one character in.
  static func footer(odd: Bool) -> String {
    let pPr = "<w:pPr><w:pStyle w:val=\"Footer\"/>" + (odd ? "<w:ind w:right=\"280\"/><w:jc w:val=\"right\"/>" : "<w:ind w:left=\"280\"/><w:jc w:val=\"left\"/>") + "</w:pPr>"
    return header + "<w:ftr \(namespaces(relationships: true))><w:p>\(pPr)"
      + "<w:r><w:t xml:space=\"preserve\">— </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
      + "<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>"
  }

  static func core(title: String) -> String {
    header + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>\(XMLText.escape(title))</dc:title>"
      + "<dc:creator>weifa</dc:creator><cp:lastModifiedBy>weifa</cp:lastModifiedBy><cp:revision>1</cp:revision><dc:language>zh-CN</dc:language></cp:coreProperties>"
  }

  /// The extended properties Word writes whatever the document (the counts, which Word recomputes
  /// on saving, are left out: they are optional, and a wrong count is worse than none).
  static let app = header + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
    + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><Application>weifa</Application><DocSecurity>0</DocSecurity>"
    + "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"
}
