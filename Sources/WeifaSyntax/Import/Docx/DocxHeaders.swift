import WeifaBase

/// The page headers and footers of a .docx (word/header*.xml, word/footer*.xml, found through the
/// main part's relationships), as `weifa import` reads them: nothing in them is prose of the
/// charter, but nothing in them is lost either. A page-number field (`PAGE`, `NUMPAGES`,
/// `SECTIONPAGES`) and what only decorates it (「— 1 —」, 「第 1 页 共 3 页」, 「Page 1 of 3」) give
/// no text, only a note; any other text (a village's name, 「某村村规民约（2025年修订）」) is kept —
/// as the title when the body has none, else quoted in a note.
package struct DocxHeaders {
  /// The distinct lines of text, in the order of the parts and their paragraphs.
  package var lines = [String]()
  /// How many page numbers (fields or typed numbers with their decoration) were left out.
  package var pageNumbers = 0

  /// Reads every part of `xmls` (each a header or footer part's bytes).
  package init(_ xmls: [[UInt8]]) {
    var seen = Set<String>()
    for xml in xmls {
      let (texts, pages) = Self.read(xml)
      pageNumbers += pages
      for t in texts where seen.insert(t).inserted { lines.append(t) }
    }
  }

  /// Field codes whose result is a page number or a count of pages.
  package static func isPageField(_ instr: String) -> Bool {
    let word = instr.trimmingSpaces().split(separator: " ").first.map { $0.uppercased() } ?? ""
    return word == "PAGE" || word == "NUMPAGES" || word == "SECTIONPAGES"
  }

  /// Whether a line, with its page fields' results already out, is only a page number's
  /// decoration: no letter or ideograph but 第、页、共 and the English "page", "of".
  package static func onlyDecoration(_ s: String) -> Bool {
    var rest = s.lowercased()
    for w in ["page", "of"] { rest = rest.replacing(w, with: "") }
    return rest.unicodeScalars.allSatisfy { u in
      if "第页共頁".unicodeScalars.contains(u) { return true }
      let p = u.properties
      return !(p.isAlphabetic || p.generalCategory == .otherLetter) || p.numericType != nil
    }
  }

  /// One part: its paragraphs' text (deleted revisions, `mc:Fallback`, field codes and page
  /// fields' results left out), and how many page numbers it had.
  package static func read(_ xml: [UInt8]) -> (lines: [String], pageNumbers: Int) {
    var t = XMLTokenizer(xml)
    var lines = [String](), pages = 0
    var paragraphs = [String](), pageFieldsInParagraph = [Int]()
    var skip = 0, inText = false, inInstr = false
    // Open complex fields: their code so far, and whether the result is being read.
    var fields = [(code: String, result: Bool)]()
    var simplePage = 0
    func dropping() -> Bool { simplePage > 0 || fields.contains { $0.result && isPageField($0.code) } }
    while let tok = t.next() {
      switch tok {
      case .start(let name, _, let selfClosing):
        if skip > 0 { if !selfClosing && (name == "w:del" || name == "mc:Fallback" || name == "w:moveFrom") { skip += 1 }; continue }
        switch name {
        case "w:del", "w:moveFrom", "mc:Fallback": if !selfClosing { skip = 1 }
        case "w:p": if !selfClosing { paragraphs.append(""); pageFieldsInParagraph.append(0) }
        case "w:t": inText = !selfClosing
        case "w:instrText": inInstr = !selfClosing
        case "w:tab", "w:br", "w:cr": if !paragraphs.isEmpty && !dropping() { paragraphs[paragraphs.count - 1] += " " }
        case "w:fldChar":
          switch tok.attribute("w:fldCharType") {
          case "begin": fields.append(("", false))
          case "separate":
            if !fields.isEmpty {
              fields[fields.count - 1].result = true
              if isPageField(fields[fields.count - 1].code), !pageFieldsInParagraph.isEmpty { pageFieldsInParagraph[pageFieldsInParagraph.count - 1] += 1 }
            }
          case "end":
            if let f = fields.popLast(), !f.result, isPageField(f.code), !pageFieldsInParagraph.isEmpty { pageFieldsInParagraph[pageFieldsInParagraph.count - 1] += 1 }
          default: break
          }
        case "w:fldSimple":
          if isPageField(tok.attribute("w:instr") ?? "") {
            if !pageFieldsInParagraph.isEmpty { pageFieldsInParagraph[pageFieldsInParagraph.count - 1] += 1 }
            if !selfClosing { simplePage += 1 }
          }
        default: break
        }
      case .end(let name):
        if skip > 0 { if name == "w:del" || name == "mc:Fallback" || name == "w:moveFrom" { skip -= 1 }; continue }
        switch name {
        case "w:t": inText = false
        case "w:instrText": inInstr = false
        case "w:fldSimple": if simplePage > 0 { simplePage -= 1 }
        case "w:p":
          guard let p = paragraphs.popLast(), let fieldsHere = pageFieldsInParagraph.popLast() else { break }
          let text = p.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }).joined(separator: " ")
          let hasDigit = text.unicodeScalars.contains { $0.properties.numericType != nil }
          if text.isEmpty { pages += fieldsHere > 0 ? 1 : 0; break }
          if onlyDecoration(text) {
            // 「— 1 —」 typed or as a field: a page number; a rule or a dash alone: nothing.
            if fieldsHere > 0 || hasDigit { pages += 1 }
            break
          }
          pages += fieldsHere > 0 ? 1 : 0
          lines.append(text)
        default: break
        }
      case .text(let s):
        if skip > 0 { break }
        if inInstr, !fields.isEmpty { fields[fields.count - 1].code += s; break }
        if inText, !paragraphs.isEmpty, !dropping() { paragraphs[paragraphs.count - 1] += s }
      }
    }
    return (lines, pages)
  }
}
