import Foundation
import Testing
import WeifaBase
import WeifaDriver
import WeifaTestSupport
@testable import WeifaCLI

/// Word in, Word out through the command line (issue 14): `build --to docx -o`, `import X.docx`
/// giving back the charter's text, and every file that is not a .docx refused with exit 2.
@Suite struct DocxCLITests {
  static let shimen = repoRoot.appendingPathComponent("Codes/石门村/石门村村规民约.weifa").path
  static let qingxi = repoRoot.appendingPathComponent("Codes/青溪村微法典").path

  @Test func docxNeedsAnOutputFile() {
    let r = run(["build", Self.shimen, "--to", "docx"])
    #expect(r.status == 2 && r.out.isEmpty && r.err.contains("--to docx 需要用 -o 给出输出文件"), "\(r.err)")
    let en = run(["build", Self.shimen, "--to", "docx", "--lang", "en"])
    #expect(en.err.contains("--to docx needs an output file"))
    #expect(EnglishTests.leaks(en.err).isEmpty, "\(EnglishTests.leaks(en.err))")
    let same = run(["build", Self.shimen, "--to", "docx", "-o", Self.shimen])
    #expect(same.status == 2 && same.err.contains("不能覆盖输入文件"))
  }

  /// build --to docx, then import: the same source as importing the charter's --to text.
  @Test(arguments: [shimen, qingxi])
  func buildThenImportGivesBackTheText(_ path: String) {
    let dir = temporaryDirectory()
    let built = run(["build", path, "--to", "docx", "-o", dir + "/out.docx"])
    #expect(built.status == 0 && built.out.isEmpty, "\(built.err)")
    let bytes = readAll(dir + "/out.docx")
    #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    #expect(run(["build", path, "--to", "text", "-o", dir + "/out.txt"]).status == 0)
    let fromWord = run(["import", dir + "/out.docx"]), fromText = run(["import", dir + "/out.txt"])
    // The same source, but for the note that the footers' page numbers were left out.
    let note = "# 导入说明：" + DocxImport.pageNumberNote.zh
    let wordLines = fromWord.out.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(wordLines.filter { $0 == note }.count == 1, "\(fromWord.out.prefix(300))")
    #expect(fromWord.status == 0 && wordLines.filter { $0 != note }.joined(separator: "\n") == fromText.out, "\(fromWord.err)")
    #expect(!fromWord.out.isEmpty)
  }

  @Test func whatIsNotADocxIsRefused() {
    let dir = temporaryDirectory()
    writeBytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 1024), dir + "/旧规约.doc")
    let doc = run(["import", dir + "/旧规约.doc"])
    #expect(doc.status == 2 && doc.out.isEmpty && doc.err.contains("请在 Word/WPS 中另存为 .docx"), "\(doc.err)")
    let en = run(["import", dir + "/旧规约.doc", "--lang", "en"])
    #expect(en.err.contains("save it as .docx in Word/WPS"))
    writeBytes(Array("第一条 这只是文本。\n".utf8), dir + "/fake.docx")
    #expect(run(["import", dir + "/fake.docx"]).err.contains("内容不是 Word 文档"))
    let zip = run(["import", repoRoot.appendingPathComponent("Tests/Fixtures/zip/deflate.zip").path])
    #expect(zip.status == 2 && zip.err.contains("不是 Word 文档"), "\(zip.err)")
    // Nothing was written beside the inputs.
    #expect(((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted() == ["fake.docx", "旧规约.doc"])
  }

  /// The bad input of issue 14, each through `weifa import FILE -o OUT`: exit 2, a Chinese message
  /// saying what the file is, nothing on stdout, and no file written (not OUT, nothing beside it).
  @Test func everyKindOfBadInputIsRefusedInChinese() throws {
    let dir = temporaryDirectory()
    let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 1024)
    let mainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    func package(_ type: String, _ entries: [(String, String)] = []) -> [UInt8] {
      var z = ZipWriter()
      z.add("[Content_Types].xml", Array("<Types><Override PartName=\"/word/document.xml\" ContentType=\"\(type)\"/></Types>".utf8))
      for (n, x) in entries { z.add(n, Array(x.utf8)) }
      return z.finish()
    }
    let good = package(mainType, [("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>第一条 甲。</w:t></w:r></w:p></w:body></w:document>")])
    var encrypted = good
    encrypted[6] |= 1   // the first local header says: encrypted
    var encryptedCentral = encrypted
    if let k = (0..<(encryptedCentral.count - 4)).first(where: { encryptedCentral[$0..<($0 + 4)] == [0x50, 0x4B, 0x01, 0x02] }) { encryptedCentral[k + 8] |= 1 }
    var bomb = good   // document.xml declares 100 MB unpacked in the central directory
    if let k = (0..<(bomb.count - 4)).last(where: { bomb[$0..<($0 + 4)] == [0x50, 0x4B, 0x01, 0x02] }) {
      for b in 0..<4 { bomb[k + 24 + b] = UInt8(((100 << 20) >> (8 * b)) & 0xFF) }
    }
    var traversal = ZipWriter()
    traversal.add("[Content_Types].xml", [])
    traversal.add("../../etc/cron.d/weifa", Array("x".utf8))
    var encryptedOLE = ole   // Office's encrypted .docx: an OLE file with an EncryptedPackage stream
    for (k, u) in "EncryptedPackage".utf16.enumerated() { encryptedOLE[512 + 2 * k] = UInt8(u & 0xFF); encryptedOLE[513 + 2 * k] = UInt8(u >> 8) }
    var damaged = good   // a byte of the first entry's data changed: its CRC-32 no longer holds
    damaged[30 + Int(good[26]) + Int(good[27]) << 8 + Int(good[28]) + Int(good[29]) << 8 + 3] ^= 0x01
    let cases: [(String, [UInt8], String)] = [
      ("旧规约.doc", ole, "请在 Word/WPS 中另存为 .docx"),
      ("旧规约.wps", ole, "请在 Word/WPS 中另存为 .docx"),
      ("加密.docx", encryptedCentral, "设有密码"),
      ("密码.docx", encryptedOLE, "取消密码"),
      ("表格.xlsx", package("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"), "Excel 表格"),
      ("其他.docx", package("application/xml"), "没有 Word 文档正文"),
      ("截断.docx", Array(good[..<(good.count - 30)]), "不是可读的 .docx"),
      ("损坏.docx", damaged, "不是可读的 .docx"),
      ("炸弹.docx", bomb, "压缩炸弹"),
      ("穿越.docx", traversal.finish(), "路径穿越"),
    ]
    for (name, bytes, message) in cases {
      writeBytes(bytes, dir + "/" + name)
      let r = run(["import", dir + "/" + name, "-o", dir + "/out.weifa"])
      #expect(r.status == 2 && r.out.isEmpty && r.err.contains(message), "\(name): \(r.status) \(r.err)")
      #expect(!FileManager.default.fileExists(atPath: dir + "/out.weifa"), "\(name): nothing written")
    }
    #expect(((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).count == cases.count, "no file written beside the inputs")
    #expect(!FileManager.default.fileExists(atPath: "/etc/cron.d/weifa"))
  }

  @Test func importOfAWordFileToAFile() {
    let dir = temporaryDirectory()
    let fixture = repoRoot.appendingPathComponent("Tests/Fixtures/docx/libreoffice-lists.docx").path
    let r = run(["import", fixture, "-o", dir + "/某村.weifa"])
    #expect(r.status == 0 && r.err.contains("已写入") && r.err.contains("表格按行导入"), "\(r.err)")
    #expect(String(decoding: readAll(dir + "/某村.weifa"), as: UTF8.self).contains("1.村民应当遵纪守法。\n"))
    #expect(run(["check", dir + "/某村.weifa"]).status != 2)
  }
}
