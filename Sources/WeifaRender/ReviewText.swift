import WeifaBase
import WeifaSemantics

/// The words of an opinion that every printer says the same way (text, HTML, JSON): the
/// adoption and filing records, the 审查依据 grouped by law, a finding's head line.
package enum ReviewWords {
  /// 村民会议，2025年3月8日通过（应到860，实到512，赞成471，反对25，弃权16）; chain and 方式 after it.
  static func adoption(_ a: Adoption, _ w: Words) -> String {
    let when = a.when.map { w($0.description, date($0)) }
    var s = w(a.body + (when.map { "，\($0)" } ?? "") + "通过", "by “\(a.body)”" + (when.map { ", on \($0)" } ?? ""))
    let counts: [(String, String, Int?)] = [("应到", "expected", a.expected), ("实到", "attended", a.attended), ("赞成", "in favour", a.yes),
                                            ("反对", "against", a.no), ("弃权", "abstained", a.abstain)]
    let given = counts.compactMap { c in c.2.map { w("\(c.0)\($0)", "\(c.1) \($0)") } }
    if !given.isEmpty { s += w("（" + given.joined(separator: "，") + "）", " (" + given.joined(separator: ", ") + ")") }
    if let chain = a.chainText { s += w("；程序：\(chain)", "; steps: “\(chain)”") }
    if let m = a.method { s += w("；方式：\(m)", "; method: “\(m)”") }
    if let n = a.note, !n.isEmpty { s += w("；说明：\(n)", "; note: “\(n)”") }
    return s
  }

  /// 2025-03-08, 2023-06 or 2022, for English text.
  static func date(_ p: PartialDate) -> String {
    if let d = p.full { return StatuteText.iso(d) }
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return p.month.map { "\(p.year)-\(two($0))" } ?? "\(p.year)"
  }

  /// 报椿塘镇人民政府备案（2025年3月20日）, or that none is recorded, with the organ the statute names.
  static func filing(_ o: ReviewOpinion, _ w: Words) -> String {
    let expected = o.urban ? w("不设区的市、市辖区的人民政府或者它的派出机关（《中华人民共和国城市居民委员会组织法》第十五条）",
                                                     "the government of the city or district, or its agency (Urban Residents' Committees Law art. 15)")
                                                : w("乡、民族乡、镇的人民政府（《中华人民共和国村民委员会组织法》第二十七条）",
                                                     "the township government (Villagers' Committees Law art. 27)")
    guard let f = o.filing, !f.organ.isEmpty else { return w("未载明备案机关；应当报", "no filing recorded; to be filed with ") + expected }
    let when = f.when.map { w("（\($0.description)）", " (\(date($0)))") } ?? ""
    return w("报\(f.organ)备案\(when)", "filed with “\(f.organ)”\(when)")
  }

  /// The 审查依据, one line per law: 《中华人民共和国行政处罚法》第九条、第十六条.
  static func basisLines(_ basis: [LegalCitation], _ w: Words) -> [String] {
    var laws = [String]()
    for b in basis where !laws.contains(b.law) { laws.append(b.law) }
    return laws.map { law in
      let cites = basis.filter { $0.law == law }
      let parts = cites.compactMap { c -> String? in
        guard let a = c.article else { return nil }
        return w("第\(ChineseNumeral.format(a))条" + (c.paragraph.map { "第\(ChineseNumeral.format($0))款" } ?? ""), "art. \(a)" + (c.paragraph.map { "(\($0))" } ?? ""))
      }
      var seen = [String]()
      for p in parts where !seen.contains(p) { seen.append(p) }
      return "《\(law)》" + (seen.isEmpty ? "" : w(seen.joined(separator: "、"), " " + seen.joined(separator: ", ")))
    }
  }

  /// 《法》第X条；《法》第Y条, in one line.
  static func basisInline(_ basis: [LegalCitation], _ w: Words) -> String {
    basisLines(basis, w).joined(separator: w("；", "; "))
  }

  /// 【错误 WF6001】 or [error WF6001].
  static func tag(_ f: ReviewFinding, _ w: Words) -> String {
    w("【\(w.severity(f.severity)) \(f.codeID)】", "[\(w.severity(f.severity)) \(f.codeID)] ")
  }

  /// `1 error`, `2 errors`.
  static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)" + (n == 1 ? "" : "s") }

  /// An English phrase as a sentence: capitalised, with a full stop.
  static func sentence(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() + "." }

  /// What the reasons of a finding are called: 两方面 for a contested measure, else 理由.
  static func whyLabel(_ f: ReviewFinding, _ w: Words) -> String { f.bothSides ? w("两方面", "Both sides") : w("理由", "Why") }

  /// The opinion's title: 关于《栎溪村村规民约》的合法性审查意见.
  static func title(_ o: ReviewOpinion, _ w: Words) -> String {
    w("关于《\(o.title)》的合法性审查意见", "Legality review of 《\(o.title)》")
  }

  /// The chapters of an opinion, numbered as a 公文 numbers them.
  static func chapter(_ n: Int, _ w: Words) -> String {
    let zh = ["一、基本情况", "二、审查依据", "三、审查意见", "四、审查结论"], en = ["1. The document", "2. Basis of the review", "3. Findings", "4. Conclusion"]
    return w(zh[n], en[n])
  }

  /// （一）合法性 or (a) Lawfulness of the content.
  static func sectionHeading(_ s: ReviewSection, _ w: Words) -> String {
    let i = ReviewSection.allCases.firstIndex(of: s)!
    return w("（\(["一", "二", "三"][i])）", "(\(["a", "b", "c"][i])) ") + s.heading.text(w.lang)
  }

  /// 错误 4 项，警告 1 项 / 4 errors, 1 warning / 没有发现问题.
  static func counts(_ fs: [ReviewFinding], _ w: Words) -> String {
    let e = fs.filter { $0.severity == .error }.count, x = fs.filter { $0.severity == .warning }.count
    if e == 0 && x == 0 { return w("没有发现问题", "nothing found") }
    return w("错误 \(e) 项，警告 \(x) 项", plural(e, "error") + ", " + plural(x, "warning"))
  }

  /// The signature block's lines.
  static func signature(_ w: Words) -> [String] {
    [w("审查人：", "Reviewer: "), w("审查日期：　　　　年　　月　　日", "Date of review: "), w("（盖章）", "(Seal)")]
  }

  /// 共审查规约 3 件：同意备案 1 件，修改后备案 1 件，不予备案 1 件.
  static func tally(_ book: ReviewBook, _ w: Words) -> String {
    let n = book.opinions.count
    let parts = ReviewConclusion.allCases.map { c in
      let k = book.opinions.filter { $0.conclusion == c }.count
      return w("\(c.name.zh) \(k) 件", "\(c.name.en): \(k)")
    }
    return w("共审查规约 \(n) 件：", "\(n) charter\(n == 1 ? "" : "s") reviewed: ") + parts.joined(separator: w("，", "; "))
  }

  /// The classes of the summary table: every code found in the content of some charter, in code order.
  static func classes(_ book: ReviewBook) -> [DiagnosticCode] {
    var seen = [String: DiagnosticCode]()
    for o in book.opinions { for f in o.findings(in: .legality) { if let c = f.code { seen[c.id] = c } } }
    return seen.values.sorted { $0.id < $1.id }
  }

  /// Every finding of the content and of the procedure across the charters, the worst first:
  /// errors before warnings, the content before the procedure, then in charter and text order.
  static func worst(_ book: ReviewBook) -> [(opinion: ReviewOpinion, finding: ReviewFinding)] {
    var all = [(Int, Int, ReviewOpinion, ReviewFinding)]()
    for (i, o) in book.opinions.enumerated() {
      for (j, f) in o.findings.enumerated() where f.section != .text { all.append((i, j, o, f)) }
    }
    all.sort { a, b in
      if a.3.severity != b.3.severity { return a.3.severity > b.3.severity }
      if a.3.section != b.3.section { return a.3.section == .legality }
      return (a.0, a.1) < (b.0, b.1)
    }
    return all.map { ($0.2, $0.3) }
  }
}

/// `weifa review --format text`: the opinions for the terminal (and the summary before them).
package enum ReviewTextPrinter {
  package static func render(_ book: ReviewBook) -> String {
    let w = Words(book.lang)
    var out = [String]()
    if book.hasSummary { summary(book, w, &out) }
    for (i, o) in book.opinions.enumerated() {
      if i > 0 || book.hasSummary { out += ["", String(repeating: "=", count: 60), ""] }
      opinion(o, w, &out)
    }
    return out.joined(separator: "\n") + "\n"
  }

  static func summary(_ book: ReviewBook, _ w: Words, _ out: inout [String]) {
    out.append(w("合法性审查汇总", "Legality review: summary"))
    out.append("")
    out.append(ReviewWords.tally(book, w))
    for s in book.skipped { out.append(w("未审查：", "not reviewed: ") + s.path + w("（\(s.text.zh)）", " (\(s.text.en))")) }
    out.append("")
    for (i, o) in book.opinions.enumerated() {
      var classes = [String: Int]()
      for f in o.findings(in: .legality) { classes[f.codeID, default: 0] += 1 }
      let procedure = o.findings(in: .procedure).count, text = o.findings(in: .text).count
      var parts = classes.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }
      if procedure > 0 { parts.append(w("程序×\(procedure)", "procedure×\(procedure)")) }
      if text > 0 { parts.append(w("文本×\(text)", "text×\(text)")) }
      out.append("\(i + 1). 《\(o.title)》 \(o.conclusion.name.text(w.lang))" + w("（错误 \(o.errors)，警告 \(o.warnings)）", " (" + ReviewWords.plural(o.errors, "error") + ", " + ReviewWords.plural(o.warnings, "warning") + ")")
                 + (parts.isEmpty ? "" : w("：", ": ") + parts.joined(separator: " ")))
    }
    let classes = ReviewWords.classes(book)
    if !classes.isEmpty {
      out.append("")
      out.append(w("问题类别：", "classes:"))
      for c in classes { out.append("  \(c.id) \(c.summary.text(w.lang))") }
    }
    let worst = ReviewWords.worst(book)
    if !worst.isEmpty {
      out.append("")
      out.append(w("问题条款（最严重的在前）：", "the clauses found, the worst first:"))
      for (k, (o, f)) in worst.enumerated() {
        out.append("\(k + 1). 《\(o.title)》" + (f.article.map { w($0.zh, " " + $0.en) } ?? "") + " " + ReviewWords.tag(f, w) + f.message.text(w.lang))
      }
    }
  }

  static func opinion(_ o: ReviewOpinion, _ w: Words, _ out: inout [String]) {
    out.append(ReviewWords.title(o, w))
    out.append("")
    out.append(ReviewWords.chapter(0, w))
    out.append(w("文件：", "file: ") + o.path)
    out.append(w("名称：", "title: ") + "《\(o.title)》")
    out.append(w("类型：", "kind: ") + (o.kind.map { w($0, "“\($0)”") } ?? w("未载明", "not stated")))
    out.append(w("制定：", "adopted: ") + (o.adoption.map { ReviewWords.adoption($0, w) } ?? w("没有通过记录", "no adoption record")))
    for m in o.amendments { out.append(w("修改：", "amended: ") + ReviewWords.adoption(m, w)) }
    out.append(w("备案：", "filing: ") + ReviewWords.filing(o, w))
    if let e = o.effective { out.append(w("施行：", "in force: ") + StatuteText.date(e, w.lang)) }
    out.append("")
    out.append(ReviewWords.chapter(1, w))
    for (i, line) in ReviewWords.basisLines(o.basis, w).enumerated() { out.append("\(i + 1). " + line) }
    out.append("")
    out.append(ReviewWords.chapter(2, w))
    for s in ReviewSection.allCases {
      let fs = o.findings(in: s)
      out.append(ReviewWords.sectionHeading(s, w) + w("：", ": ") + ReviewWords.counts(fs, w))
      for (i, f) in fs.enumerated() { finding(i + 1, f, compact: s == .text, w, &out) }
    }
    out.append("")
    out.append(ReviewWords.chapter(3, w))
    out.append(w(o.conclusion.name.zh + "。", ReviewWords.sentence(o.conclusion.name.en)))
    for r in o.reasons { out.append(w("理由：", "because: ") + r.text(w.lang)) }
    out.append(ReviewRule.text.text(w.lang))
    out.append("")
    out += ReviewWords.signature(w)
  }

  static func finding(_ n: Int, _ f: ReviewFinding, compact: Bool, _ w: Words, _ out: inout [String]) {
    let place = f.article.map { w($0.zh + " ", $0.en + ", ") } ?? ""
    out.append("\(n). " + place + ReviewWords.tag(f, w) + f.message.text(w.lang))
    let pad = "   "
    if !compact, !f.quoted.isEmpty { out.append(pad + w("原文：「", "text: “") + f.quote.before + "〖" + f.quote.marked + "〗" + f.quote.after + w("」", "”")) }
    if let why = f.why {
      let label = ReviewWords.whyLabel(f, w)
      out.append(pad + w(label + "：", label.lowercased() + ": ") + why.text(w.lang))
    }
    if !f.basis.isEmpty { out.append(pad + w("依据：", "basis: ") + ReviewWords.basisInline(f.basis, w)) }
    if let s = f.suggestion { out.append(pad + w("建议修改为：", "suggested wording: ") + s.text(w.lang)) }
    out.append(pad + w("位置：第\(f.line)行第\(f.column)列", "at: line \(f.line), column \(f.column)"))
  }
}
