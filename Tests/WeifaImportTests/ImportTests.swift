import Foundation
import Testing
import WeifaBase
import WeifaDriver
import WeifaSyntax
import WeifaTestSupport

/// `weifa import` keeps every character, notes every reading it chose, and stays linear and safe
/// on any bytes.
@Suite struct ImportTests {
  /// The lines of `bytes` as the importer sees them: split on LF, a CR before it dropped, a BOM
  /// dropped from line 1, a final empty line dropped.
  static func inputLines(_ bytes: [UInt8]) -> [String] {
    var b = bytes[...]
    if b.starts(with: [0xEF, 0xBB, 0xBF]) { b = b.dropFirst(3) }
    var lines = b.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
      String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
    }
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// The prose of imported source: structure prefixes (`@条 `) taken off, directives and the
  /// importer's comments left out.
  static func prose(_ source: [UInt8]) -> [String] {
    var out = [String]()
    for line in inputLines(source) {
      if line.hasPrefix("# 导入说明：") { continue }
      if line.hasPrefix("@") {
        let scalars = Array(line.unicodeScalars)
        if scalars.count >= 3, "编章节条款项目".unicodeScalars.contains(scalars[1]), scalars[2] == " " {
          out.append(String(String.UnicodeScalarView(scalars[3...])))
        }
        continue
      }
      out.append(line)
    }
    return out
  }

  @Test(arguments: LayoutFixtures.tuning())
  func everyLineIsKeptAsWritten(_ txt: String) {
    let bytes = readBytes(txt)
    let r = TextImport.run(bytes)
    #expect(Self.prose(r.source) == Self.inputLines(bytes), "\(txt): the prose of the import is not the input")
    #expect(r.foundArticles, "\(txt)")
  }

  /// Every reading the recogniser made between two is a comment in the source and a note.
  @Test(arguments: LayoutFixtures.tuning())
  func everyAmbiguityIsNoted(_ txt: String) {
    let r = TextImport.run(readBytes(txt))
    let source = String(decoding: r.source, as: UTF8.self)
    for l in r.layout.lines where l.ambiguity != nil {
      #expect(source.contains("# 导入说明：第\(l.number)行 "), "\(txt) L\(l.number)")
      #expect(r.notes.contains { $0.line == l.number }, "\(txt) L\(l.number)")
    }
  }

  @Test func headerDirectives() {
    let s = String(decoding: TextImport.run(readBytes("Tests/Fixtures/layouts/30-household-signature.txt")).source, as: UTF8.self)
    #expect(s.hasPrefix("@标题 栎林冲村村规民约\n@类型 村规民约\n@编号 条：1.\n"))
    #expect(s.contains("@通过 村民会议；日期：2023年11月20日；"), "\(s)")
    #expect(s.contains("应到：412户；赞成：371户\n"))
    // The closing part (the adoption record after the last article, then the signature) is part of no article.
    #expect(s.contains("@落款\n") && s.contains("\n栎林冲村村民委员会\n"))
    #expect(s.components(separatedBy: "@落款").last.map { $0.contains("入户") && $0.contains("栎林冲村村民委员会") } == true, "\(s)")
    // A chain of bodies, as written: the last adopted the charter.
    let chain = String(decoding: TextImport.run(readBytes("Tests/Fixtures/layouts/29-adoption-chain.txt")).source, as: UTF8.self)
    #expect(chain.contains("@通过 村两委研究、党员大会讨论、村民代表会议审议、村民会议表决；应到：1032；实到：617；赞成：589；反对：11；弃权：17\n@施行 2023年8月1日\n"), "\(chain)")
    // Dates of a year or a month: written when the parser reads them, else noted and left out.
    let r = TextImport.run(readBytes("Tests/Fixtures/layouts/28-adoption-partial-dates.txt"))
    let partial = String(decoding: r.source, as: UTF8.self)
    #expect(partial.contains("@通过 居民会议；日期：2019年\n@修正 居民会议；日期：2023年6月\n")
            || partial.contains("@通过 居民会议\n@修正 居民会议\n") && r.notes.contains { $0.text.zh.contains("「日期：2019年」") }, "\(partial)")
    let verse = String(decoding: TextImport.run(readBytes("Tests/Fixtures/layouts/21-four-char-verse.txt")).source, as: UTF8.self)
    #expect(verse.contains("@编号 章：（一）；条：每行\n"))
    // Every header line the importer writes parses.
    for txt in LayoutFixtures.tuning() {
      let source = TextImport.run(readBytes(txt)).source
      let header = String(decoding: source, as: UTF8.self).split(separator: "\n").prefix { $0.hasPrefix("@") || $0.hasPrefix("#") }.joined(separator: "\n")
      let errors = Parser.parse(SourceFile(path: "h.weifa", bytes: Array((header + "\n").utf8))).diagnostics.filter { $0.severity == .error }
      #expect(errors.isEmpty, "\(txt): \(errors.map(\.message.zh))")
    }
  }

  @Test func structureLinesWhereTheStartMisleads() {
    let s = String(decoding: TextImport.run(Array("""
    某村村规民约
    总　则
    第一条 本规约适用于本村村民。
    @这一行以@开头，是正文。
    #3楼的住户也适用。
    第二条 本规约自公布之日起施行。

    """.utf8)).source, as: UTF8.self)
    #expect(s.contains("\n@章 总　则\n第一条 本规约适用于本村村民。\n@款 @这一行以@开头，是正文。\n@款 #3楼的住户也适用。\n"), "\(s)")
  }

  @Test func noArticles() {
    for text in ["", "\n\n", "只有一句话，没有条文。\n", "　　\n"] {
      let r = TextImport.run(Array(text.utf8))
      #expect(!r.foundArticles)
      #expect(r.notes.contains { $0.text.zh.hasPrefix("未找到条文") && $0.text.en.hasPrefix("no articles found") }, "\(text)")
    }
  }

  @Test func binaryIsRefused() {
    #expect(TextImport.refusal(Array("第一条 甲。\n".utf8)) == nil)
    #expect(TextImport.refusal([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])?.zh.contains("第1行有控制字符") == true)   // a .docx is a zip
    #expect(TextImport.refusal(Array("第一条\n甲".utf8) + [0xFF, 0xFE])?.en.contains("line 2") == true)
  }

  /// Random and mangled bytes: no crash, no hang, every line accounted for.
  @Test func anyBytes() {
    var g = SystemRandomNumberGenerator()
    let pieces: [[UInt8]] = ["第", "条", "一、", "1.", "（一）", "(1)", "①", "\n", "\r\n", "　", " ", "。", "：", "；", "@", "＃", "年", "月", "通过", "\u{FEFF}", "经", "户中"].map { Array($0.utf8) }
    for round in 0..<400 {
      var bytes = [UInt8]()
      let n = Int.random(in: 0...300, using: &g)
      for _ in 0..<n {
        if Bool.random(using: &g) { bytes += pieces[Int.random(in: 0..<pieces.count, using: &g)] } else { bytes.append(UInt8.random(in: 0...255, using: &g)) }
      }
      if round % 4 == 0 { bytes = bytes.filter { $0 < 0x80 || $0 >= 0xE0 } }
      let r = TextImport.run(bytes)
      #expect(r.layout.lines.allSatisfy { $0.start <= $0.end && $0.end <= bytes.count && $0.contentStart <= $0.markEnd })
      _ = TextImport.refusal(bytes)
      _ = r.json(lang: .en).render(layout: .expanded)
    }
    // Every fixture cut at every 7th byte.
    for txt in LayoutFixtures.tuning().prefix(12) {
      let bytes = readBytes(txt)
      for cut in stride(from: 0, to: bytes.count, by: 7) {
        let part = Array(bytes[..<cut])
        let r = TextImport.run(part)
        if TextImport.refusal(part) == nil {
          #expect(Self.prose(r.source) == Self.inputLines(part), "\(txt) cut at \(cut)")
        }
      }
    }
  }

  /// A 10 MB paste imports in linear time: ten times the text takes about ten times as long,
  /// well inside a bound that is generous on a slow machine.
  @Test func tenMegabytesInLinearTime() {
    let unit = readBytes("Tests/Fixtures/layouts/charters/01-village-yi-headings.txt")
    func text(_ megabytes: Int) -> [UInt8] {
      var out = [UInt8]()
      out.reserveCapacity(megabytes << 20 + unit.count)
      while out.count < megabytes << 20 { out += unit }
      return out
    }
    func time(_ bytes: [UInt8]) -> (Double, Int) {
      let start = DispatchTime.now().uptimeNanoseconds
      let r = TextImport.run(bytes)
      return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, r.source.count)
    }
    let (small, _) = time(text(1))
    let big = text(10)
    let (large, size) = time(big)
    print("import: 1 MB in \(String(format: "%.2f", small)) s, 10 MB in \(String(format: "%.2f", large)) s")
    #expect(size >= big.count)
    #expect(large < 120, "10 MB took \(large) s")
    #expect(large < max(small, 0.05) * 25, "not linear: 1 MB \(small) s, 10 MB \(large) s")
    // One 10 MB line.
    let line = [UInt8](repeating: 0x41, count: 10 << 20)
    let (one, _) = time(line)
    print("import: one 10 MB line in \(String(format: "%.2f", one)) s")
    #expect(one < 60, "one 10 MB line took \(one) s")
  }
}
