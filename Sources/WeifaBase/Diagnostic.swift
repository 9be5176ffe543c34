/// How serious a finding is. Only errors fail `weifa check` (unless `--werror`).
package enum Severity: Int, Comparable, Sendable {
  case note = 0, warning = 1, error = 2
  package static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }
  package var english: String { ["note", "warning", "error"][rawValue] }
  package var chinese: String { ["提示", "警告", "错误"][rawValue] }
}

/// The UI languages. Chinese is the default.
package enum Language: String, Sendable { case zh, en }

/// A message in both UI languages, side by side.
package struct LocalizedText: Hashable, Sendable {
  package var zh: String
  package var en: String
  package init(zh: String, en: String) { self.zh = zh; self.en = en }
  package func text(_ lang: Language) -> String { lang == .zh ? zh : en }
}

/// A citation of law, such as 《中华人民共和国村民委员会组织法》第二十七条第二款.
package struct LegalCitation: Hashable, Sendable {
  package var law: String
  package var article: Int?
  package var paragraph: Int?
  package init(law: String, article: Int? = nil, paragraph: Int? = nil) {
    self.law = law; self.article = article; self.paragraph = paragraph
  }
  /// 《法名》第X条第X款, as statutes cite each other.
  package var chinese: String {
    var s = "《\(law)》"
    if let a = article { s += "第\(ChineseNumeral.format(a))条" }
    if let p = paragraph { s += "第\(ChineseNumeral.format(p))款" }
    return s
  }
  /// 《法名》 art. X(Y), for English text: the law's name stays as it is cited.
  package var english: String {
    var s = "《\(law)》"
    if let a = article { s += " art. \(a)" }
    if let p = paragraph { s += "(\(p))" }
    return s
  }
}

/// A stable identifier such as `WF1001`, with a kebab-case name, a default
/// severity and its explanation page. Codes are never reused.
package struct DiagnosticCode: Hashable, Sendable {
  package let id: String
  package let name: String
  package let severity: Severity
  /// One line: what the code is about.
  package let summary: LocalizedText
  /// The page `weifa explain` prints: 说明 / 为什么 / 示例 / 依据 / 修复.
  package let explanation: LocalizedText
  /// The file that declares the code (and holds its page and check), relative to the repository:
  /// `Sources/WeifaDriver/Checks/WF2-Structure/WF2006-not-a-charter.swift`. SARIF's `helpUri` points there.
  package let sourcePath: String

  package init(_ id: String, _ name: String, _ severity: Severity, summary: LocalizedText, explanation: LocalizedText, filePath: String = #filePath) {
    self.id = id; self.name = name; self.severity = severity; self.summary = summary; self.explanation = explanation
    // The path from the last `Sources/` on: the same wherever the repository was checked out.
    var after: String.Index?
    var rest = Substring(filePath)
    while let r = rest.firstRange(of: "/Sources/") { after = r.upperBound; rest = rest[r.upperBound...] }
    sourcePath = after.map { "Sources/" + filePath[$0...] } ?? filePath
  }
  package static func == (a: DiagnosticCode, b: DiagnosticCode) -> Bool { a.id == b.id }
  package func hash(into h: inout Hasher) { h.combine(id) }
}

/// A secondary place of a finding: a byte range with what it shows, in the finding's own file
/// (`file` nil) or in another one, such as the rule of a higher document a lower one contradicts.
package struct RelatedPlace: Sendable {
  package var file: SourceFile?
  package var range: TextRange
  package var text: LocalizedText
  package init(_ range: TextRange, _ text: LocalizedText, in file: SourceFile? = nil) {
    self.range = range; self.text = text; self.file = file
  }
}

/// A finding about a place in a file, rendered later (text, JSON, SARIF) in the chosen language.
package struct Diagnostic: Sendable {
  package var code: DiagnosticCode
  package var severity: Severity
  package var message: LocalizedText
  package var file: SourceFile
  package var range: TextRange
  /// Secondary places, e.g. 「首次定义于此」, in this file or another (a higher document's rule).
  package var relatedPlaces: [RelatedPlace] = []
  /// The related places as (range, text) in this diagnostic's file: setting it replaces every
  /// related place; reading it leaves out places in other files. (Kept for the call sites that
  /// build tuples, `CheckContext.report`; new code uses `relatedPlaces`.)
  package var related: [(range: TextRange, text: LocalizedText)] {
    get { relatedPlaces.filter { $0.file == nil }.map { ($0.range, $0.text) } }
    set { relatedPlaces = newValue.map { RelatedPlace($0.range, $0.text) } }
  }
  /// 帮助 / 注意 lines.
  package var notes: [LocalizedText] = []
  /// The legal basis, where there is one.
  package var basis: [LegalCitation] = []
  /// Why the finding matters, in plain words (a legality finding: from its clause analysis). `weifa review` prints it;
  /// `bothSides` says it argues both ways (a contested measure).
  package var why: LocalizedText?
  package var bothSides = false
  /// The lawful wording proposed for the clause, if any.
  package var rewrite: LocalizedText?

  package init(_ code: DiagnosticCode, _ message: LocalizedText, file: SourceFile, range: TextRange,
               notes: [LocalizedText] = [], basis: [LegalCitation] = []) {
    self.code = code
    self.severity = code.severity
    self.message = message
    self.file = file
    self.range = range
    self.notes = notes
    self.basis = basis
  }

  /// Diagnostics are reported in (file, offset, code) order so output is deterministic.
  package static func ordered(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
    if a.file.path != b.file.path { return a.file.path < b.file.path }
    if a.range.lower != b.range.lower { return a.range.lower < b.range.lower }
    return a.code.id < b.code.id
  }
}
