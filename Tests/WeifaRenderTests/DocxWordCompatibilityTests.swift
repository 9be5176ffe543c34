import Testing
import WeifaBase
import WeifaDriver
import WeifaRender
import WeifaTestSupport

/// Word compatibility without Word: the package is checked against what ECMA-376 requires and
/// what Word itself writes in every file it saves — every part named in [Content_Types].xml and
/// every relationship's target in the archive; every prefix a part uses (and every one its
/// `mc:Ignorable` lists) declared on its root; the namespaces and `mc:Ignorable="w14 w15"` Word
/// puts on each WordprocessingML part; `compatibilityMode` 15 with the settings Word 2013+ writes
/// beside it; the default paragraph, character, table and numbering styles; docProps/core.xml and
/// app.xml; the theme (colours, fonts, format scheme), web settings and rsids Word writes in every
/// file. (The child order of every element is DocxSchemaOrderTests'.)
@Suite struct DocxWordCompatibilityTests {
  /// The prefixes of the element and attribute names of a part, and the namespaces its root declares.
  static func prefixes(_ xml: [UInt8]) -> (used: Set<String>, declared: [String: String], ignorable: [String], root: String) {
    var t = XMLTokenizer(xml)
    var used = Set<String>(), declared = [String: String](), ignorable = [String](), root = ""
    while let tok = t.next() {
      guard case .start(let name, let attributes, _) = tok else { continue }
      if root.isEmpty {
        root = name
        for (k, v) in attributes where k.hasPrefix("xmlns:") { declared[String(k.dropFirst(6))] = v }
        ignorable = tok.attribute("mc:Ignorable")?.split(separator: " ").map(String.init) ?? []
      }
      for n in [name] + attributes.map(\.0) where !n.hasPrefix("xmlns") {
        if let colon = n.firstIndex(of: ":") { used.insert(String(n[..<colon])) }
      }
    }
    used.remove("xml")
    return (used, declared, ignorable, root)
  }

  static let namespaces = [
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
  ]

  @Test(arguments: RenderCase.all().filter { $0.name.contains("石门村") || $0.name.contains("青溪村微法典") })
  func thePackageIsWhatWordWrites(_ c: RenderCase) throws {
    let (a, docs) = DocxRenderTests.inputs(c)
    for extras in [PrintExtras(), [.caption, .toc], .typeset] {
      let zip = try ZipArchive(DocxRenderTests.docx(a, docs, extras: extras))
      let names = Set(zip.entries.map(\.name))
      func text(_ n: String) throws -> String { String(decoding: try #require(try zip.data(named: n)), as: UTF8.self) }
      // [Content_Types].xml names every part; every relationship's target is in the archive.
      let types = try text("[Content_Types].xml")
      for n in names where !n.hasSuffix(".rels") && n != "[Content_Types].xml" {
        #expect(types.contains("PartName=\"/\(n)\""), "\(n) has no content type")
      }
      for (rels, dir) in [("_rels/.rels", ""), ("word/_rels/document.xml.rels", "word/")] {
        var t = XMLTokenizer(try #require(try zip.data(named: rels)))
        while let tok = t.next() {
          if case .start("Relationship", _, _) = tok, let target = tok.attribute("Target") {
            #expect(names.contains(dir + target), "\(rels): \(target) is not in the archive")
          }
        }
      }
      // Namespaces: declared where used, and as Word declares them on its parts.
      for e in zip.entries where e.name.hasSuffix(".xml") {
        let p = Self.prefixes(try zip.data(e))
        for prefix in p.used.union(p.ignorable) { #expect(p.declared[prefix] != nil, "\(e.name): the prefix \(prefix) is not declared") }
        if p.root.hasPrefix("w:") {
          for prefix in ["w", "mc", "w14", "w15"] { #expect(p.declared[prefix] == Self.namespaces[prefix], "\(e.name): xmlns:\(prefix)") }
          #expect(p.ignorable == ["w14", "w15"], "\(e.name): mc:Ignorable")
          if ["w:document", "w:ftr"].contains(p.root) { #expect(p.declared["r"] == Self.namespaces["r"], "\(e.name): xmlns:r") }
        }
      }
      // Settings: Word 2013 layout, and what Word writes with it.
      let settings = try text("word/settings.xml")
      for (name, value) in [("compatibilityMode", "15"), ("overrideTableStyleFontSizeAndJustification", "1"), ("enableOpenTypeFeatures", "1"),
                            ("doNotFlipMirrorIndents", "1"), ("differentiateMultirowTableHeaders", "1")] {
        #expect(settings.contains("<w:compatSetting w:name=\"\(name)\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"\(value)\"/>"), "\(name)")
      }
      #expect(settings.contains("<w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/></w:settings>"))
      // The editing session Word records (eight hex digits, the same for root and session) and
      // the mapping of the theme's colours, as Word writes them beside a theme.
      let rsid = try #require(settings.firstMatch(of: /<w:rsids><w:rsidRoot w:val="([0-9A-F]{8})"\/><w:rsid w:val="([0-9A-F]{8})"\/><\/w:rsids>/))
      #expect(rsid.1 == rsid.2)
      #expect(settings.contains("<w:clrSchemeMapping w:bg1=\"light1\" w:t1=\"dark1\""))
      // The theme and the web settings Word writes in every file: typed, related from the
      // document, and as DrawingML requires a theme (twelve colours, the major and minor
      // fonts with Latin, East Asian and complex-script faces, three of each format style).
      for (part, type, rel) in [("word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml", "theme"),
                                ("word/webSettings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml", "webSettings")] {
        #expect(types.contains("<Override PartName=\"/\(part)\" ContentType=\"\(type)\"/>"), "\(part)'s content type")
        #expect(try text("word/_rels/document.xml.rels").contains("Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(rel)\" Target=\"\(part.dropFirst(5))\""), "\(part)'s relationship")
      }
      let theme = try text("word/theme/theme1.xml")
      #expect(theme.contains("<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""))
      for colour in ["dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"] {
        #expect(theme.contains("<a:\(colour)><a:s") && theme.contains("</a:\(colour)>"), "the colour \(colour)")
      }
      for font in ["majorFont", "minorFont"] {
        #expect(theme.contains("<a:\(font)><a:latin typeface=\"Times New Roman\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>"), "\(font)")
      }
      #expect(theme.contains("<a:font script=\"Hans\" typeface=\"仿宋_GB2312\"/></a:minorFont>"))
      for list in ["fillStyleLst", "lnStyleLst", "effectStyleLst", "bgFillStyleLst"] {
        let inside = try #require(theme.firstRange(of: "<a:\(list)>").flatMap { open in theme[open.upperBound...].firstRange(of: "</a:\(list)>").map { theme[open.upperBound..<$0.lowerBound] } })
        let items = list == "lnStyleLst" ? "<a:ln " : list == "effectStyleLst" ? "<a:effectStyle>" : "<a:solidFill>"
        #expect(inside.components(separatedBy: items).count - 1 == 3, "\(list) holds three styles")
      }
      #expect(try text("word/webSettings.xml").contains("<w:optimizeForBrowser/><w:allowPNG/></w:webSettings>"))
      // One default style of each type Word writes.
      let styles = try text("word/styles.xml")
      for (type, id) in [("paragraph", "Normal"), ("character", "DefaultParagraphFont"), ("table", "TableNormal"), ("numbering", "NoList")] {
        #expect(styles.contains("<w:style w:type=\"\(type)\" w:default=\"1\" w:styleId=\"\(id)\">"), "default \(type) style")
        #expect(styles.components(separatedBy: "w:type=\"\(type)\" w:default=\"1\"").count == 2, "one default \(type) style")
      }
      // Every style a paragraph or run names is defined.
      let document = try text("word/document.xml") + (try text("word/footer1.xml")) + (try text("word/footer2.xml"))
      for id in Set(document.matches(of: /w:(?:pStyle|rStyle) w:val="([^"]+)"/).map { String($0.1) }) {
        #expect(styles.contains("w:styleId=\"\(id)\""), "the style \(id) is used but not defined")
      }
      // The document properties Word always writes.
      let core = try text("docProps/core.xml"), app = try text("docProps/app.xml")
      #expect(core.contains("<dc:title>") && core.contains("<dc:creator>weifa</dc:creator>") && core.contains("<cp:revision>1</cp:revision>"))
      #expect(app.contains("<Application>weifa</Application>") && app.contains("<DocSecurity>0</DocSecurity>") && app.contains("xmlns:vt="))
    }
  }

  /// The checker finds an undeclared prefix and an ignorable one that is not declared.
  @Test func theCheckerFindsUndeclaredPrefixes() {
    let p = Self.prefixes(Array("<w:document xmlns:w=\"x\" xmlns:mc=\"m\" mc:Ignorable=\"w14\"><w:body><w14:x/></w:body></w:document>".utf8))
    #expect(p.used == ["w", "mc", "w14"] && p.declared["w14"] == nil && p.ignorable == ["w14"])
  }
}
