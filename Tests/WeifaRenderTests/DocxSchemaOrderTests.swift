import Testing
import WeifaBase
import WeifaDriver
import WeifaRender
import WeifaTestSupport

/// Word refuses a part whose children stand out of the order of their ECMA-376 sequence ("unreadable
/// content"), where LibreOffice reads them anyway. Every element with such a sequence that the
/// .docx writer emits is checked here against the order of the schema (wml.xsd, ECMA-376 Part 1,
/// 5th edition: CT_PPrBase + CT_PPr, EG_RPrBase, CT_SectPr, CT_Style, CT_Font, CT_DocDefaults,
/// CT_Settings, CT_DocRsids, CT_WebSettings; dml-main.xsd for the theme), in every edition of every Codes/ charter: a child out of order, or a child the
/// sequence does not have, fails. The lists are the schema's, written out here, not the writer's.
@Suite struct DocxSchemaOrderTests {
  static let pPr = """
    pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs
    suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd
    snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment
    textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange
    """
  static let rPr = """
    ins del moveFrom moveTo rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint
    noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText
    vertAlign rtl cs em lang eastAsianLayout specVanish oMath rPrChange
    """
  /// headerReference and footerReference form one choice group, in any order among themselves.
  static let sectPr = """
    headerReference|footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType pgNumType
    cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid printerSettings sectPrChange
    """
  static let style = """
    name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed qFormat locked personal
    personalCompose personalReply rsid pPr rPr tblPr trPr tcPr tblStylePr
    """
  static let font = "altName panose1 charset family notTrueType pitch sig embedRegular embedBold embedItalic embedBoldItalic"
  static let docDefaults = "rPrDefault pPrDefault"
  static let rsids = "rsidRoot rsid"
  /// CT_WebSettings.
  static let webSettings = """
    frameset divs encoding optimizeForBrowser relyOnVML allowPNG doNotRelyOnCSS doNotSaveAsSingleFile
    doNotOrganizeInFolder doNotUseLongFileNames pixelsPerInch targetScreenSz saveSmartTagsAsXml
    """
  /// DrawingML (dml-main.xsd): CT_OfficeStyleSheet, CT_BaseStyles, CT_ColorScheme, CT_FontScheme,
  /// CT_FontCollection, CT_StyleMatrix, CT_LineProperties, CT_EffectStyleItem.
  static let theme = "themeElements objectDefaults extraClrSchemeLst custClrLst extLst"
  static let themeElements = "clrScheme fontScheme fmtScheme extLst"
  static let clrScheme = "dk1 lt1 dk2 lt2 accent1 accent2 accent3 accent4 accent5 accent6 hlink folHlink extLst"
  static let fontScheme = "majorFont minorFont extLst"
  static let fontCollection = "latin ea cs font extLst"
  static let fmtScheme = "fillStyleLst lnStyleLst effectStyleLst bgFillStyleLst"
  static let ln = "noFill|solidFill|gradFill|pattFill prstDash|custDash round|bevel|miter headEnd tailEnd extLst"
  static let effectStyle = "effectLst|effectDag scene3d sp3d"
  static let settings = """
    writeProtection view zoom removePersonalInformation removeDateAndTime doNotDisplayPageBoundaries
    displayBackgroundShape printPostScriptOverText printFractionalCharacterWidth printFormsData embedTrueTypeFonts
    embedSystemFonts saveSubsetFonts saveFormsData mirrorMargins alignBordersAndEdges bordersDoNotSurroundHeader
    bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors hideGrammaticalErrors activeWritingStyle proofState
    formsDesign attachedTemplate linkStyles stylePaneFormatFilter stylePaneSortMethod documentType mailMerge
    revisionView trackRevisions doNotTrackMoves doNotTrackFormatting documentProtection autoFormatOverride
    styleLockTheme styleLockQFSet defaultTabStop autoHyphenation consecutiveHyphenLimit hyphenationZone
    doNotHyphenateCaps showEnvelope summaryLength clickAndTypeStyle defaultTableStyle evenAndOddHeaders
    bookFoldRevPrinting bookFoldPrinting bookFoldPrintingSheets drawingGridHorizontalSpacing
    drawingGridVerticalSpacing displayHorizontalDrawingGridEvery displayVerticalDrawingGridEvery
    doNotUseMarginsForDrawingGridOrigin drawingGridHorizontalOrigin drawingGridVerticalOrigin doNotShadeFormData
    noPunctuationKerning characterSpacingControl printTwoOnOne strictFirstAndLastChars noLineBreaksAfter
    noLineBreaksBefore savePreviewPicture doNotValidateAgainstSchema saveInvalidXml ignoreMixedContent
    alwaysShowPlaceholderText doNotDemarcateInvalidXml saveXmlDataOnly useXSLTWhenSaving saveThroughXslt
    showXMLTags alwaysMergeEmptyNamespace updateFields hdrShapeDefaults footnotePr endnotePr compat docVars rsids
    mathPr attachedSchema themeFontLang clrSchemeMapping doNotIncludeSubdocsInStats doNotAutoCompressPictures
    forceUpgrade captions readModeInkLockDown smartTagType schemaLibrary shapeDefaults doNotEmbedSmartTags
    decimalSymbol listSeparator
    """

  /// Parent element → the rank of each child name in its sequence.
  static let sequences: [String: [String: Int]] = {
    var out = [String: [String: Int]]()
    for (parent, list) in [("w:pPr", pPr), ("w:rPr", rPr), ("w:sectPr", sectPr), ("w:style", style), ("w:font", font),
                           ("w:docDefaults", docDefaults), ("w:settings", settings), ("w:rsids", rsids), ("w:webSettings", webSettings),
                           ("a:theme", theme), ("a:themeElements", themeElements), ("a:clrScheme", clrScheme), ("a:fontScheme", fontScheme),
                           ("a:majorFont", fontCollection), ("a:minorFont", fontCollection), ("a:fmtScheme", fmtScheme), ("a:ln", ln),
                           ("a:effectStyle", effectStyle)] {
      let prefix = String(parent.prefix(2))   // the children are in the parent's namespace
      var ranks = [String: Int]()
      for (k, group) in list.split(whereSeparator: { $0 == " " || $0 == "\n" }).enumerated() {
        for name in group.split(separator: "|") { ranks[prefix + name] = k }
      }
      out[parent] = ranks
    }
    return out
  }()

  /// Elements whose properties, when present, are their first child (CT_P, CT_R, CT_Tbl, CT_Row,
  /// CT_Tc): the content that follows them is a choice the sequence above cannot list.
  static let propertiesFirst = ["w:p": "w:pPr", "w:r": "w:rPr", "w:tbl": "w:tblPr", "w:tr": "w:trPr", "w:tc": "w:tcPr"]

  /// The children of every sequenced element in `xml` that stand out of order or are not in the
  /// sequence; and whether each w:body ends with its w:sectPr.
  static func violations(_ xml: [UInt8], _ part: String) -> [String] {
    var t = XMLTokenizer(xml)
    var stack = [(name: String, last: Int, lastChild: String?)]()
    var out = [String]()
    while let tok = t.next() {
      switch tok {
      case .start(let name, _, let selfClosing):
        if var parent = stack.last {
          if Self.propertiesFirst[parent.name] == name, parent.lastChild != nil {
            out.append("\(part): <\(name)> is not the first child of <\(parent.name)>")
          }
          parent.lastChild = name
          if let ranks = sequences[parent.name] {
            if let r = ranks[name] {
              if r < parent.last { out.append("\(part): <\(name)> after a later sibling in <\(parent.name)>") }
              parent.last = max(parent.last, r)
            } else {
              out.append("\(part): <\(name)> is not a child of <\(parent.name)> in the schema")
            }
          }
          stack[stack.count - 1] = parent
        }
        if !selfClosing { stack.append((name, -1, nil)) }
      case .end(let name):
        if let closed = stack.popLast(), name == "w:body", closed.lastChild != "w:sectPr" {
          out.append("\(part): <w:body> does not end with <w:sectPr>")
        }
      case .text: break
      }
    }
    return out
  }

  /// The checker itself finds what it is there to find.
  @Test func theCheckerFindsDisorder() {
    let bad = Array("<w:p><w:pPr><w:jc w:val=\"both\"/><w:spacing w:line=\"1\"/><w:pStyle w:val=\"x\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"1\"/><w:rFonts/><w:bogus/></w:rPr></w:r></w:p>".utf8)
    let found = Self.violations(bad, "t")
    #expect(found.count == 4, "\(found)")
    let good = Array("<w:pPr><w:pStyle w:val=\"x\"/><w:spacing/><w:jc/><w:rPr><w:rFonts/><w:sz/></w:rPr></w:pPr>".utf8)
    #expect(Self.violations(good, "t").isEmpty)
    #expect(Self.violations(Array("<w:body><w:sectPr/><w:p/></w:body>".utf8), "t").count == 1)
    #expect(Self.violations(Array("<a:themeElements><a:fontScheme/><a:clrScheme/></a:themeElements>".utf8), "t").count == 1)
    #expect(Self.violations(Array("<w:p><w:r><w:t>甲</w:t><w:rPr/></w:r><w:pPr/></w:p>".utf8), "t").count == 2)
  }

  @Test(arguments: RenderCase.all())
  func everyEmittedElementInSchemaOrder(_ c: RenderCase) throws {
    let (a, docs) = DocxRenderTests.inputs(c)
    for (extras, annotated, draft) in [(PrintExtras(), false, false), ([.caption, .toc], false, false), (.typeset, false, false), ([], true, true)] {
      let zip = try ZipArchive(DocxRenderTests.docx(a, docs, extras: extras, annotated: annotated, draft: draft))
      for part in ["word/document.xml", "word/styles.xml", "word/settings.xml", "word/webSettings.xml", "word/fontTable.xml", "word/theme/theme1.xml"] {
        #expect(zip.entries.contains { $0.name == part }, "\(c.name): \(part) is checked")
      }
      for e in zip.entries where e.name.hasSuffix(".xml") {
        let found = Self.violations(try zip.data(e), e.name)
        #expect(found.isEmpty, "\(c.name): \(found.prefix(5))")
      }
    }
  }

  /// The two-column table of `weifa diff --to docx` is written through the same package
  /// (`DocxParts.package`): its parts, tables included, are in schema order too, and every part
  /// its content types and relationships name is in the archive.
  @Test func theDiffTableInSchemaOrder() throws {
    let (o, oc) = DiffGoldenTests.side(DiffGoldenTests.cases[0].old), (n, nc) = DiffGoldenTests.side(DiffGoldenTests.cases[0].new)
    let zip = try ZipArchive(Analysis.diffDocx(old: o, count: oc, path: DiffGoldenTests.cases[0].old, new: n, count: nc, path: DiffGoldenTests.cases[0].new, lang: .zh))
    #expect(zip.entries.map(\.name) == DocxRenderTests.parts)
    for e in zip.entries where e.name.hasSuffix(".xml") {
      let found = Self.violations(try zip.data(e), e.name)
      #expect(found.isEmpty, "diff: \(found.prefix(5))")
    }
  }
}
