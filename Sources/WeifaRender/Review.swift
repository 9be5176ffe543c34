import WeifaBase
import WeifaSemantics

// `weifa review`: the 合法性审查意见 a 乡镇 (街道) reviewer signs in the 备案审查 of a charter
// (村组法27, 城居法15; LAW.md §6). The opinion is built from the diagnostics of the charter and
// its model only — codes, severities, messages, notes, legal citations and byte ranges — so it
// follows whatever the checks find; the clause it quotes is read from the source around the
// finding's span. The printers are ReviewText.swift, ReviewHTML.swift and ReviewJSON.swift.

/// What the reviewer concludes (结论).
package enum ReviewConclusion: String, Sendable, CaseIterable {
  /// 同意备案: nothing unlawful; warnings, if any, are given as suggestions.
  case approve
  /// 修改后备案: the township orders the errors corrected (村组法27③); filed once corrected.
  case amend
  /// 不予备案: no lawful adoption on the record, so there is no charter to file yet.
  case refuse

  package var name: LocalizedText {
    switch self {
    case .approve: .init(zh: "同意备案", en: "filing accepted")
    case .amend: .init(zh: "修改后备案", en: "to be amended before filing")
    case .refuse: .init(zh: "不予备案", en: "filing refused")
    }
  }
}

/// Where a finding is discussed in the opinion.
package enum ReviewSection: String, Sendable, CaseIterable {
  /// 合法性（内容）: WF5 decision rules, WF6 legality, WF8 higher documents.
  case legality
  /// 制定程序: the adoption record (@通过, @修正, @备案) and what the review itself finds missing.
  case procedure
  /// 文本与结构: syntax, numbering, references, types, conflicts, prose against rules (WF1–4, WF7, WF9).
  case text

  package var heading: LocalizedText {
    switch self {
    case .legality: .init(zh: "合法性", en: "Lawfulness of the content")
    case .procedure: .init(zh: "制定程序", en: "Procedure")
    case .text: .init(zh: "文本与结构", en: "Text and structure")
    }
  }
}

/// One finding as the opinion states it.
package struct ReviewFinding: Sendable {
  /// The diagnostic's code; nil for what the review finds itself (no adoption record, no text).
  package var code: DiagnosticCode?
  /// A kebab-case name for a finding of the review itself (`missing-adoption-record`).
  package var reviewName: String?
  package var severity: Severity
  package var section: ReviewSection
  package var message: LocalizedText
  /// The article as people cite it (`Charter.citation(ofArticle:)`), or nil outside articles.
  package var article: LocalizedText?
  package var line: Int
  package var column: Int
  package var range: TextRange
  /// The sentence (or directive line) around the finding, split at its span: before, the span, after.
  package var quote: (before: String, marked: String, after: String)
  package var basis: [LegalCitation]
  /// 为什么 / 两方面 (contested) from the diagnostic's notes.
  package var why: LocalizedText?
  /// 建议改为 from the diagnostic's notes: the lawful wording the check proposes.
  package var suggestion: LocalizedText?
  /// The other notes (帮助 …).
  package var notes: [LocalizedText]
  /// The HTML anchor of the finding (`op-1-f-3`).
  package var anchor: String
  /// `why` states the reasoning both ways (两方面: a contested measure).
  package var bothSides = false

  /// `WF6001` or, for the review's own findings, `—`.
  package var codeID: String { code?.id ?? "—" }
  package var name: String { code?.name ?? reviewName ?? "" }
  /// The quoted text, whole.
  package var quoted: String { quote.before + quote.marked + quote.after }
}

/// The 合法性审查意见 of one charter.
package struct ReviewOpinion: Sendable {
  package var path: String
  package var anchor: String
  package var title: String
  package var kind: String?
  /// A community's document (城居法) rather than a village's (村组法).
  package var urban: Bool
  /// The framework statute's article for the charter's kind (村组法27, 城居法15, 民法典278).
  package var framework: [LegalCitation]
  package var adoption: Adoption?
  package var amendments: [Adoption]
  package var filing: Filing?
  package var effective: Day?
  /// 审查依据: the framework statute, then every article the findings cite.
  package var basis: [LegalCitation]
  /// In the order the opinion prints them: by section, errors before warnings, then by place.
  package var findings: [ReviewFinding]
  package var conclusion: ReviewConclusion
  /// Why the conclusion follows from the findings, one sentence each.
  package var reasons: [LocalizedText]

  package var errors: Int { findings.filter { $0.severity == .error }.count }
  package var warnings: Int { findings.filter { $0.severity == .warning }.count }
  package func findings(in s: ReviewSection) -> [ReviewFinding] { findings.filter { $0.section == s } }
}

/// A file named for review that is not reviewed as a charter, and why.
package struct ReviewSkip: Sendable {
  package enum Reason: String, Sendable { case higherLaw = "higher-law", manifest, notACharter = "not-a-charter" }
  package var path: String
  package var title: String?
  package var reason: Reason
  package var text: LocalizedText {
    switch reason {
    case .higherLaw: .init(zh: "上位法，不作为规约审查", en: "higher law, not reviewed as a charter")
    case .manifest: .init(zh: "汇编目录，其收录的文件逐件审查", en: "a bundle's manifest; the documents it includes are reviewed one by one")
    case .notACharter: .init(zh: "不是规约（WF2006），不出具审查意见", en: "not a charter (WF2006): no opinion is given")
    }
  }
}

/// Everything `weifa review` prints: the opinions, and the files it did not review as charters.
package struct ReviewBook: Sendable {
  package var opinions: [ReviewOpinion]
  package var skipped: [ReviewSkip]
  package var lang: Language
  /// A summary across the charters is printed when there are several (or files were skipped).
  package var hasSummary: Bool { opinions.count > 1 || !skipped.isEmpty }
}

/// The conclusion rule, in one place: the printers state it (`text`), the builder applies it.
package enum ReviewRule {
  /// The rule as the help, the README and every opinion state it.
  package static let text = LocalizedText(
    zh: "结论规则：没有通过记录、通过记录有错误（通过的机构无权通过、表决未达到要求等）或没有条文的，不予备案——规约由村民会议（居民会议）制定（《中华人民共和国村民委员会组织法》第二十七条，《中华人民共和国城市居民委员会组织法》第十五条），未经合法通过的文本还不是可以备案的规约，应退回提交会议表决；有其他错误（违法条款、低于法定标准的决策规则、与上位文件抵触、文本和引用错误）的，修改后备案——由乡镇人民政府责令改正（《中华人民共和国村民委员会组织法》第二十七条第三款），改正并经会议通过后备案；只有警告或没有问题的，同意备案，警告作为修改建议提出。",
    en: "Rule: no adoption record, an error in the adoption record (a body without the power to adopt it, a vote that does not pass) or no article text → filing refused: the charter is made by the “村民会议” (“居民会议”) (Villagers' Committees Law art. 27; Urban Residents' Committees Law art. 15), so a text it did not lawfully adopt is not yet a charter that can be filed, and goes back to the meeting. Any other error (an unlawful clause, a decision rule below the statute, a clash with a higher document, errors in the text and its references) → to be amended before filing: the township orders it corrected (Villagers' Committees Law art. 27(3)) and it is filed once corrected and adopted by the meeting. Warnings only, or nothing found → filing accepted, the warnings given as suggestions.")

  /// The conclusion the findings lead to, with the reasons (the rule applied to this charter).
  package static func conclude(_ findings: [ReviewFinding]) -> (ReviewConclusion, [LocalizedText]) {
    let procedural = findings.filter { $0.section == .procedure && $0.severity == .error }
    if !procedural.isEmpty {
      return (.refuse, procedural.map { f in
        .init(zh: "制定程序：" + f.message.zh + "。", en: "procedure: " + f.message.en + ".")
      })
    }
    let errors = findings.filter { $0.severity == .error }
    if !errors.isEmpty {
      var reasons = [LocalizedText]()
      for s in ReviewSection.allCases {
        let n = errors.filter { $0.section == s }.count
        if n > 0 { reasons.append(.init(zh: "\(s.heading.zh)方面有错误 \(n) 项，应当改正。", en: "\(s.heading.en): \(n) error\(n == 1 ? "" : "s") to correct.")) }
      }
      let warnings = findings.filter { $0.severity == .warning }.count
      if warnings > 0 { reasons.append(.init(zh: "另有警告 \(warnings) 项作为修改建议。", en: "\(warnings) warning\(warnings == 1 ? "" : "s") given as suggestions.")) }
      return (.amend, reasons)
    }
    let warnings = findings.filter { $0.severity == .warning }.count
    return (.approve, [warnings > 0
      ? .init(zh: "没有发现错误；警告 \(warnings) 项作为修改建议。", en: "No error found; \(warnings) warning\(warnings == 1 ? "" : "s") given as suggestions.")
      : .init(zh: "没有发现问题。", en: "Nothing found.")])
  }
}

/// Builds opinions from the analysis of a set of documents.
package enum ReviewBuilder {
  /// The book for documents `reviewed` of `ws` (each with its diagnostics), skipping higher law
  /// and manifests. Files that are not charters (WF2006) are the caller's to refuse beforehand;
  /// `refused` names them, so the summary lists them as not reviewed.
  package static func book(_ ws: Workspace, _ docs: [(index: Int, diagnostics: [Diagnostic])], refused: [String] = [], lang: Language) -> ReviewBook {
    var opinions = [ReviewOpinion]()
    var skipped = refused.map { ReviewSkip(path: $0, title: nil, reason: .notACharter) }
    for (index, diagnostics) in docs {
      let c = ws.charters[index]
      if c.isHigherLaw { skipped.append(ReviewSkip(path: c.file.path, title: c.title, reason: .higherLaw)); continue }
      if isManifest(c) { skipped.append(ReviewSkip(path: c.file.path, title: c.title, reason: .manifest)); continue }
      opinions.append(opinion(c, diagnostics, anchor: "op-\(opinions.count + 1)"))
    }
    return ReviewBook(opinions: opinions, skipped: skipped, lang: lang)
  }

  /// A bundle's manifest (目录.weifa, @类型 汇编) lists documents; it is not itself filed.
  static func isManifest(_ c: Charter) -> Bool {
    c.kind == "汇编" || c.file.path == "目录.weifa" || c.file.path.hasSuffix("/目录.weifa") || (!c.includes.isEmpty && c.articles.isEmpty)
  }

  /// The opinion of one charter.
  package static func opinion(_ c: Charter, _ diagnostics: [Diagnostic], anchor: String) -> ReviewOpinion {
    // An article is cited once however many findings it has (a citation looks at every article).
    var cited = [Int: LocalizedText]()
    func citation(_ a: Int) -> LocalizedText {
      if let t = cited[a] { return t }
      let t = LocalizedText(zh: c.citation(ofArticle: a), en: c.citation(ofArticle: a, english: true))
      cited[a] = t
      return t
    }
    var findings = diagnostics.filter { $0.severity != .note }.map { finding($0, c, citation: citation) }
    findings += ownFindings(c)
    // Errors before warnings within a section, then in the order of the text.
    let order = Dictionary(uniqueKeysWithValues: ReviewSection.allCases.enumerated().map { ($1, $0) })
    findings.sort { a, b in
      if a.section != b.section { return order[a.section]! < order[b.section]! }
      if a.severity != b.severity { return a.severity > b.severity }
      return a.range.lower < b.range.lower
    }
    for i in findings.indices { findings[i].anchor = anchor + "-f-\(i + 1)" }
    let framework = frameworkBasis(c)
    var basis = framework
    for f in findings { for b in f.basis where !basis.contains(b) { basis.append(b) } }
    let (conclusion, reasons) = ReviewRule.conclude(findings)
    return ReviewOpinion(path: c.file.path, anchor: anchor, title: c.title ?? DocumentLayout.fileName(c.file.path), kind: c.kind, urban: isUrban(c),
                         framework: framework, adoption: c.adopted, amendments: c.amendments, filing: c.filing,
                         effective: c.effective, basis: sortedBasis(basis, keepingFirst: framework.count),
                         findings: findings, conclusion: conclusion, reasons: reasons)
  }

  /// 审查依据 in a stable order: the framework first, then by law (as first cited) and article.
  static func sortedBasis(_ all: [LegalCitation], keepingFirst n: Int) -> [LegalCitation] {
    let head = Array(all.prefix(n)), rest = Array(all.dropFirst(n))
    var laws = [String]()
    for b in head + rest where !laws.contains(b.law) { laws.append(b.law) }
    let sorted = rest.sorted { a, b in
      if a.law != b.law { return laws.firstIndex(of: a.law)! < laws.firstIndex(of: b.law)! }
      return (a.article ?? 0, a.paragraph ?? 0) < (b.article ?? 0, b.paragraph ?? 0)
    }
    return head + sorted
  }

  /// Who the charter is made under: a village's (村组法27), a community's (城居法15), or the
  /// owners' rules of a building (民法典278, with 城居法15 for the community that receives it).
  static func frameworkBasis(_ c: Charter) -> [LegalCitation] {
    let kind = c.kind ?? "", body = c.adopted?.body ?? ""
    let guidance = LegalCitation(law: "关于做好村规民约和居民公约工作的指导意见")
    if kind.contains("业主") || body.contains("业主") {
      return [LegalCitation(law: Law.civil, article: 278), LegalCitation(law: Law.residents, article: 15)]
    }
    if isUrban(c) { return [LegalCitation(law: Law.residents, article: 15), guidance] }
    return [LegalCitation(law: Law.villagers, article: 27), guidance]
  }

  /// A community's document rather than a village's: by its kind, else by its adopting body and title.
  static func isUrban(_ c: Charter) -> Bool {
    let kind = c.kind ?? "", body = c.adopted?.body ?? "", title = c.title ?? ""
    if ["居民", "社区", "小区", "楼栋", "业主"].contains(where: { kind.contains($0) }) { return true }
    if kind.contains("村") { return false }
    if ["居民", "业主", "住户"].contains(where: { body.contains($0) }) { return true }
    return title.contains("社区") || title.contains("小区")
  }

  /// What the review finds itself: no adoption on the record, or no article text at all.
  static func ownFindings(_ c: Charter) -> [ReviewFinding] {
    var out = [ReviewFinding]()
    // The review's own findings about the whole document point at the start of its title line.
    let head = TextRange(c.titleLine?.lower ?? 0, c.titleLine?.lower ?? 0)
    let urban = isUrban(c)
    if c.adopted == nil {
      let meeting = urban ? "居民会议" : "村民会议"
      out.append(own("missing-adoption-record", .error, .procedure, c, head,
                     .init(zh: "没有通过记录（@通过）：看不出规约由\(meeting)通过", en: "no adoption record (@通过): nothing shows the “\(meeting)” adopted it"),
                     basis: [urban ? LegalCitation(law: Law.residents, article: 15) : LegalCitation(law: Law.villagers, article: 27)],
                     suggestion: .init(zh: "提交\(meeting)表决，并写明 @通过 \(meeting)；日期、应到、实到、赞成、反对、弃权", en: "put it to the “\(meeting)” and record “@通过 \(meeting)” with the date and the counts")))
    }
    // The organ a 村规民约 or 居民公约 is filed with is the statute's (村组法27: the township;
    // 城居法15: the city or district government, or its agency, the 街道办事处).
    if let f = c.filing, !f.organ.isEmpty, let kind = c.kind {
      let village = ["村规民约", "村民自治章程"].contains(kind), community = ["居民公约", "社区自治章程", "居民自治章程"].contains(kind)
      let lawful = village ? ["乡", "镇"].contains { f.organ.contains($0) } && f.organ.contains("人民政府")
                           : ["人民政府", "街道办事处", "街道"].contains { f.organ.contains($0) }
      if (village || community) && !lawful {
        let organ = village ? "乡、民族乡、镇的人民政府" : "不设区的市、市辖区的人民政府或者它的派出机关（街道办事处）"
        let organEn = village ? "the township government" : "the city or district government, or its agency (the street office)"
        out.append(own("filing-organ", .warning, .procedure, c, f.span,
                       .init(zh: "备案机关「\(f.organ)」不是法定的备案机关：\(kind)应当报\(organ)备案", en: "“\(f.organ)” is not the organ the statute names: a “\(kind)” is filed with \(organEn)"),
                       basis: [village ? LegalCitation(law: Law.villagers, article: 27) : LegalCitation(law: Law.residents, article: 15)],
                       suggestion: .init(zh: "报\(organ)备案", en: "file it with \(organEn)")))
      }
    }
    if !c.articles.contains(where: { $0.hasProse }) && c.rules.isEmpty {
      out.append(own("no-article-text", .error, .procedure, c, head,
                     .init(zh: "没有条文：备案的文本中找不到任何条款", en: "no article text: the document holds no provision to file"), basis: [], suggestion: nil))
    }
    return out
  }

  static func own(_ name: String, _ severity: Severity, _ section: ReviewSection, _ c: Charter, _ at: TextRange, _ message: LocalizedText,
                  basis: [LegalCitation], suggestion: LocalizedText?) -> ReviewFinding {
    let (line, column) = c.file.location(of: at.lower)
    return ReviewFinding(code: nil, reviewName: name, severity: severity, section: section, message: message, article: nil, line: line, column: column,
                         range: at, quote: at.isEmpty ? ("", "", "") : quote(at, in: c.file, c), basis: basis, why: nil,
                         suggestion: suggestion, notes: [], anchor: "")
  }

  /// One diagnostic as a finding: its section, the article it is in, the clause around it, and
  /// its notes sorted into why, the suggested wording and the rest.
  static func finding(_ d: Diagnostic, _ c: Charter, citation: (Int) -> LocalizedText) -> ReviewFinding {
    let (line, column) = d.file.location(of: d.range.lower)
    // The finding's own fields first (a legality finding carries why and the rewrite from its clause analysis);
    // a diagnostic without them has its notes read by their prefixes. Notes that say the same are not repeated.
    var why = d.why, suggestion = d.rewrite, notes = [LocalizedText](), bothSides = d.why != nil && d.bothSides
    for n in d.notes {
      if let s = stripped(n, ["建议改为：", "建议："], ["suggested wording: ", "suggestion: "]) { suggestion = suggestion ?? s }
      else if let w = stripped(n, ["为什么："], ["why: "]) { if why == nil { why = w } }
      else if let w = stripped(n, ["两方面："], ["both sides: "]) { if why == nil { why = w; bothSides = true } }
      else { notes.append(n) }
    }
    let article = articleIndex(of: d.range.lower, in: c).map(citation)
    return ReviewFinding(code: d.code, reviewName: nil, severity: d.severity, section: section(d, c), message: d.message, article: article,
                         line: line, column: column, range: d.range, quote: quote(d.range, in: d.file, c), basis: d.basis,
                         why: why, suggestion: suggestion, notes: notes, anchor: "", bothSides: bothSides)
  }

  /// A note that starts with one of the prefixes (Chinese in `zh`, English in `en`), without it.
  static func stripped(_ n: LocalizedText, _ zh: [String], _ en: [String]) -> LocalizedText? {
    guard let p = zh.first(where: { n.zh.hasPrefix($0) }) else { return nil }
    let q = en.first { n.en.hasPrefix($0) }
    return .init(zh: String(n.zh.dropFirst(p.count)), en: q.map { String(n.en.dropFirst($0.count)) } ?? n.en)
  }

  /// The section of a diagnostic: the adoption record's lines are procedure; WF5, WF6 and WF8
  /// are the content's lawfulness; everything else is the text and its structure.
  static func section(_ d: Diagnostic, _ c: Charter) -> ReviewSection {
    let record = ([c.adopted?.span, c.filing?.span] + c.amendments.map(\.span)).compactMap { $0 }
    if record.contains(where: { $0.lower <= d.range.lower && d.range.lower < max($0.upper, $0.lower + 1) }) { return .procedure }
    return ["WF5", "WF6", "WF8"].contains(String(d.code.id.prefix(3))) ? .legality : .text
  }

  /// The article whose text holds `offset`.
  static func articleIndex(of offset: Int, in c: Charter) -> Int? {
    var lo = 0, hi = c.articles.count
    while lo < hi { let mid = (lo + hi) / 2; if c.articles[mid].span.lower <= offset { lo = mid + 1 } else { hi = mid } }
    guard lo > 0, offset < c.articles[lo - 1].span.upper else { return nil }
    return lo - 1
  }

  /// White space at the ends of a quote (a line end, spaces, the full-width space, a BOM).
  static func blank(_ ch: Character) -> Bool { ch.unicodeScalars.allSatisfy { " \t\r\n\u{3000}\u{FEFF}".unicodeScalars.contains($0) } }

  /// Characters quoted at most on each side of a finding's span.
  static let quoteSide = 60

  /// The sentence around `range` (from the 。；！？ before it to the one after, within its line;
  /// a directive line whole), without the article's heading, split at the range.
  static func quote(_ range: TextRange, in file: SourceFile, _ c: Charter) -> (before: String, marked: String, after: String) {
    let bytes = file.bytes
    guard !bytes.isEmpty else { return ("", "", "") }
    let lower = min(max(range.lower, 0), bytes.count), upper = min(max(range.upper, lower), bytes.count)
    let first = file.lineRange(file.lineIndex(of: lower)), last = file.lineRange(file.lineIndex(of: max(lower, upper - 1)))
    var start = first.lower, end = max(last.upper, upper)
    let line = file.text(first)
    let directive = line.drop { " \t\u{3000}".contains($0) }.first.map { $0 == "@" || $0 == "＠" } ?? false
    if !directive {
      // Back to the end of the previous sentence, forward to the end of this one.
      let enders: Set<Character> = ["。", "；", "！", "？", ";", "!", "?"]
      let head = file.text(TextRange(first.lower, lower))
      if let i = head.lastIndex(where: { enders.contains($0) }) { start = first.lower + head[...i].utf8.count }
      if let a = articleIndex(of: lower, in: c), c.articles[a].headingSpan.upper <= lower, c.articles[a].headingSpan.lower >= first.lower {
        start = max(start, c.articles[a].headingSpan.upper)
      }
      let tail = file.text(TextRange(upper, end))
      if let i = tail.firstIndex(where: { enders.contains($0) }) { end = upper + tail[...i].utf8.count }
    }
    var before = Substring(file.text(TextRange(start, lower))), after = Substring(file.text(TextRange(upper, end)))
    while let f = before.first, blank(f) { before = before.dropFirst() }
    while let l = after.last, blank(l) { after = after.dropLast() }
    let b = before.count > quoteSide ? "……" + before.suffix(quoteSide) : String(before)
    let a = after.count > quoteSide ? after.prefix(quoteSide) + "……" : String(after)
    var m = Substring(file.text(TextRange(lower, upper)))
    while let l = m.last, blank(l) { m = m.dropLast() }
    return (b, m.count > quoteSide * 2 ? m.prefix(quoteSide * 2) + "……" : String(m), a)
  }
}

/// `--format` of `weifa review`.
package enum ReviewFormat: String, CaseIterable, Sendable {
  case html, json, text
}

/// Prints a review book in one of the formats.
package enum ReviewPrinter {
  package static func render(_ book: ReviewBook, format: ReviewFormat) -> String {
    switch format {
    case .text: ReviewTextPrinter.render(book)
    case .html: ReviewHTMLPrinter.render(book)
    case .json: ReviewJSONPrinter.render(book).render(layout: .expanded) + "\n"
    }
  }
}
