import Foundation
import WeifaBase
import WeifaDriver

// Word in, Word out (issue 14): building a .docx of a 1,000-article charter and importing a
// .docx of about 200 pages, each on one core, in well under a second.
extension Bench {
  /// A charter of `articles` articles in ten chapters, each article a paragraph of about 90
  /// characters and two items every fifth article.
  static func longCharter(articles: Int) -> String {
    var s = "@标题 长卷村村规民约\n@类型 村规民约\n\n长卷村村规民约\n\n"
    let perChapter = max(1, articles / 10)
    for a in 1...articles {
      if (a - 1) % perChapter == 0 { s += "第\(ChineseNumeral.format((a - 1) / perChapter + 1))章 第\(ChineseNumeral.format((a - 1) / perChapter + 1))部分\n\n" }
      s += "第\(ChineseNumeral.format(a))条 村民应当爱护本村的道路、水利、照明和其他公共设施，不得损坏、侵占或者擅自改变其用途；损坏的，应当依照本规约第\(ChineseNumeral.format(max(1, a - 1)))条的规定恢复原状。\n"
      if a % 5 == 0 { s += "（一）及时清理门前杂物；\n（二）按时参加公益劳动。\n" }
      s += "\n"
    }
    return s
  }

  /// Lines of 28 characters on pages of 22 lines, as the .docx lays them out: the pages a text needs.
  static func pages(_ text: [UInt8]) -> Int {
    let lines = String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
      .reduce(0) { $0 + max(1, ($1.count + 2 + 27) / 28) }
    return (lines + 21) / 22
  }

  func docx() {
    let section = "Word: build --to docx and import FILE.docx (one core)"
    let articles = 1000   // the same sizes in --quick: a pass is well under a second
    let text = Bench.longCharter(articles: articles)
    let file = InputFile(path: "长卷村村规民约.weifa", bytes: Array(text.utf8))
    var bytes = [UInt8]()
    var renderSeconds = 0.0
    let build = repeated(minSeconds: minSeconds) {
      let a = Analysis(files: [file], prepared: lawContext, concurrent: false)
      renderSeconds += seconds { bytes = a.renderDocx(annotated: false, draft: false, lang: .zh).bytes }
    }
    add(section, "build --to docx, \(grouped(articles)) articles (check + render)", build.seconds / Double(build.runs), "s",
        note: "\(format(Double(bytes.count) / MB, "MB")) MB .docx", atMost: 1.0)
    add(section, "render docx only, \(grouped(articles)) articles", renderSeconds / Double(build.runs), "s")

    // The import: a document of about 200 pages (the same charter, made longer until it is).
    var count = articles
    var docx = bytes
    var wordText = [UInt8]()
    if case .success(let t) = DocxImport.text(docx) { wordText = t.text }
    while Bench.pages(wordText) < 200 {
      count = count * 5 / 4
      let a = Analysis(files: [InputFile(path: "长卷.weifa", bytes: Array(Bench.longCharter(articles: count).utf8))], prepared: lawContext, concurrent: false)
      docx = a.renderDocx(annotated: false, draft: false, lang: .zh).bytes
      if case .success(let t) = DocxImport.text(docx) { wordText = t.text } else { break }
    }
    var found = 0
    let imported = repeated(minSeconds: minSeconds) {
      guard case .success(let t) = DocxImport.text(docx) else { return }
      found = TextImport.run(t).layout.articleCount   // with its layout hints and notes, as weifa import reads it
    }
    add(section, "import FILE.docx, about \(Bench.pages(wordText)) pages (unzip + XML + import)", imported.seconds / Double(imported.runs), "s",
        note: "\(format(Double(docx.count) / MB, "MB")) MB .docx, \(grouped(found)) articles found", atMost: 1.0)
    if found != count { failures.append("import of the .docx found \(found) articles of \(count)") }
  }
}
