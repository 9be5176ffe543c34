import WeifaBase

/// Unlawful clauses (LAW.md §9.5), WF6001–WF6011: the family's one pass. The structured sanction
/// (后果) and condition are read first; prose is read clause by clause, and a clause that negates
/// the measure (不得罚款, 不设定罚款) is lawful. Lawful measures — 批评教育, 取消当年评先评优资格,
/// 通报, 红黑榜, 责令恢复原状, 赔偿损失, 移交有关部门 — raise nothing.
///
/// Each code is declared in a file named for it (`WF6001-unlawful-fine.swift` …) with its page,
/// the `Pattern` of words that shows it and any detector of its own (amounts of money for WF6001,
/// conditions by marital status for WF6006, repealed laws for WF6010); this file scans for them all.
package enum LegalityChecks: Check {
  /// One unlawful pattern: the words that show it, the words that must accompany them, and the
  /// words whose presence (before it, in the same sentence) makes the clause lawful.
  struct Pattern {
    let code: DiagnosticCode
    let words: [String]
    /// Words one of which must stand in the same sentence.
    var alsoNeeds: [String] = []
    var exemptIfSentenceHas: [String] = []
    var negatable = true
    /// The sentence must show a sanction for someone's conduct (违反, 擅自, 拒不, 其 …): a
    /// mention of 停电 for a repair, or of 归集体所有 for land, is not a sanction.
    var needsSanctionCue = false
    /// The word must be the violator's (其子女, 其家属), or a word that is always so (株连).
    var needsPossessive = false
    let zh: String
    let en: String
    let basis: [LegalCitation]
  }

  /// Words that show a competent authority acts, or a civil remedy: lawful, whatever follows.
  static let authority = ["公安机关", "人民法院", "司法机关", "行政机关", "有关部门依法", "主管部门依法", "执法部门", "依法予以", "依法处理", "依法处罚", "依法没收", "依法追究", "合同约定", "依照合同"]
  static let sanctionCues = ["违反", "违者", "否则", "擅自", "拒不", "未经", "私自", "屡教不改", "不服从", "拒绝", "违约", "违规", "其", "对", "拖欠", "欠缴", "不缴", "不交", "不按", "超出", "超过", "的，", "的,"]
  static let possessiveFree: Set<String> = ["连带", "株连", "孙辈", "三代以内", "血亲", "家庭其他成员"]

  static let negators = ["不得", "不准", "不能", "禁止", "严禁", "无权", "不设", "杜绝", "防止", "不予", "不收", "免收", "免费", "不搞", "不实行", "不采取", "反对", "无须", "非法"]

  /// Words that open a consequence clause: what follows is the sanction for breaking the norm
  /// before it (「严禁偷盗，违者罚款1000元」, 「不准乱倒垃圾，否则处以罚款」), so a prohibition
  /// earlier in the sentence does not negate it — the norm forbids the offence, not the sanction.
  static let consequenceOpeners = ["违者", "违反者", "违反的", "违反此规定", "违反本规定", "违反本条", "否则", "如有违反", "如违反", "凡违反",
                                   "一经发现", "经发现", "发现的", "对违反", "对违者", "对不听", "对拒不", "屡教不改的", "情节严重的", "逾期"]

  /// Where negation is looked for before `at`: from the sentence's start, or from the start of
  /// the clause (after ， or ,) that opens with a consequence word, whichever is later.
  static func negationScope(_ sentence: Substring, before at: Substring.Index) -> Substring {
    var start = sentence.startIndex
    var i = sentence.startIndex
    while i < at {
      let ch = sentence[i]
      i = sentence.index(after: i)
      if ch == "，" || ch == "," {
        let rest = sentence[i..<at]
        if consequenceOpeners.contains(where: { rest.hasPrefix($0) }) { start = i }
      }
    }
    return sentence[start..<at]
  }

  /// Why every unlawful clause matters: the 为什么 of each WF6xxx page.
  static let whyUnlawful = LocalizedText(
    zh: "## 为什么\n违法的条款无效，乡镇人民政府应当责令改正（《中华人民共和国村民委员会组织法》第二十七条），还会损害村（居）民的合法权益。",
    en: "## Why\nAn unlawful clause is void and the township must order it corrected (Villagers' Committees Law art. 27).")

  package static let codes = [fine, confiscation, freedom, utilities, benefits, women, relatives, marriage, mediationFee, repealed, vagueSanction,
                              serviceDenial, elections, status, fee, dignity, property, vaguePunishment]

  /// The patterns, in the order a sentence is scanned (each code's in its file).
  static let patterns: [Pattern] = [
    finePattern, confiscationPattern, freedomPattern, utilitiesPattern, benefitsPattern, womenPattern, relativesPattern,
    marriagePattern, mediationFeePattern, vagueSanctionPattern,
  ]

  package static func run(_ ctx: inout CheckContext) {
    let c = ctx.charter
    if c.isHigherLaw { return }
    // Findings are never reported on context documents (higher law, bundle files loaded for references).
    if ctx.index < ctx.workspace.isContext.count && ctx.workspace.isContext[ctx.index] { return }
    let residents = (c.kind ?? "").contains("居民") || (c.kind ?? "").contains("业主") || (c.kind ?? "").contains("小区")
    // Structured sanctions first: a 后果 is a sanction, so no negation applies.
    for r in c.rules {
      // (Asked only of a fine said as 违约: most rules never look for their article.)
      let adopted = { c.articles.last(where: { $0.span.lower <= r.span.lower }).map(Self.ownersAdopted) ?? false }
      // The 后果 is read as written, all its items together (后果：黑榜曝光不文明现象，曝光只写事实、不点人名 is one
      // consequence with its own limit, 不包括罚款、没收 one negation), as the consequence clause of the rule's norm (its 行为).
      // (Items written apart — 后果 fields of their own — are read one by one.)
      let whole = r.consequences.first.flatMap { f in r.consequences.last.map { TextRange(f.span.lower, $0.span.upper) } }
      let together = whole.map { w in w.lower <= w.upper && !ctx.file.text(w).contains { $0 == "；" || $0 == "：" || $0 == "\n" } } ?? false
      for (first, last) in together ? [(r.consequences[0], r.consequences[r.consequences.count - 1])] : r.consequences.map({ ($0, $0) }) {
        let raw = ctx.file.text(TextRange(first.span.lower, last.span.upper))
        let norm = String((r.act ?? "").map { $0 == "。" ? "，" : $0 })
        let lead = norm.isEmpty ? "" : norm + "，"
        // The base puts the 后果's text at its place in the file; only clauses from there on are reported.
        let a = ClauseAnalysis(Substring(lead + raw), base: first.span.lower - lead.utf8.count)
        var decided = false
        var byShape = [ClauseAnalysis.Clause]()
        let before = ctx.diagnostics.count
        for cl in a.clauses where cl.range.upper > first.span.lower {
          if cl.byShape { byShape.append(cl); continue }
          if cl.negated || cl.measure != nil { decided = true }
          guard let m0 = cl.measure, m0.standing != .lawful else { continue }
          let m = Self.ownersCovenant(m0, cl, adopted)
          let lower = max(cl.range.lower, first.span.lower)
          // The finding points at the 后果 item that says the measure (罚款五十元), or at the clause.
          let item = r.consequences.first { n in cl.measureSpan.map { n.span.lower <= $0.lower && $0.upper <= n.span.upper } ?? false }?.span
          reportMeasure(m, clause: cl, quote: ctx.file.text(TextRange(lower, cl.range.upper)), at: item ?? TextRange(lower, cl.range.upper),
                        residents: residents, &ctx)
        }
        if !decided {
          for n in r.consequences where n.span.lower >= first.span.lower && n.span.upper <= last.span.upper {
            for p in patterns where p.code.id != women.id {
              // (The violator's relatives are named as the prose scan names them, 其子女, 其家属: a 后果 and the same words
              // in prose get the same finding.)
              if let w = p.words.first(where: { containsExact(n.name, $0) }), p.alsoNeeds.isEmpty || p.alsoNeeds.contains(where: { containsExact(n.name, $0) }),
                 !(p.needsPossessive && !possessiveFree.contains(w) && !Self.possessiveBefore(n.name, w)),
                 !(p.negatable && n.name.firstRange(of: w).map { r in negators.contains { n.name[..<r.lowerBound].contains($0) } } == true),
                 !p.exemptIfSentenceHas.contains(where: { (lead + raw).containsBytes($0) }) {
                ctx.report(p.code, n.span, zh: p.zh.replacingFirst("%@", w), en: p.en.replacingFirst("%@", w), basis: p.basis)
                break
              }
            }
          }
        }
        // What the sentence's shape alone found, where nothing else was said of this 后果.
        if ctx.diagnostics.count == before {
          for cl in byShape {
            guard let m = cl.measure else { continue }
            let lower = max(cl.range.lower, first.span.lower)
            let item = r.consequences.first { n in cl.measureSpan.map { n.span.lower <= $0.lower && $0.upper <= n.span.upper } ?? false }?.span
            reportMeasure(m, clause: cl, quote: ctx.file.text(TextRange(lower, cl.range.upper)), at: item ?? TextRange(lower, cl.range.upper),
                          residents: residents, &ctx)
          }
        }
      }
      structuredWomen(r, &ctx)
    }
    // Text fields say things too: a 职责 or 内容 can set a fee or a fine.
    // (A @禁止 describes what is forbidden: forbidding a fine is lawful, so it is not read.)
    for b in c.bodies { for role in b.roles { field(role.duties, in: role.span, residents, &ctx) } }
    // (A @倡导 encourages: what it encourages is no sanction either.)
    // (A @权利 or @享有 grants: a cap it names is a permission, not a limit.)
    for r in c.rules where r.kind != .prohibition && r.kind != .advocacy {
      let grants = r.kind == .right || r.kind == .benefit
      field(r.act, in: r.span, residents, grants: grants, &ctx)
      field(r.content, in: r.span, residents, grants: grants, &ctx)
    }
    // Prose, clause by clause. An article whose directives or prose enforce it only by lawful
    // measures (批评教育, 取消评优 …) makes its limits on customs and animals lawful: the means decide.
    for (k, a) in c.articles.enumerated() {
      let end = k + 1 < c.articles.count ? c.articles[k + 1].span.lower : Int.max
      // (Asked only of an article with a limit on customs or animals: most articles never analyse their 后果 twice.)
      let enforcedLawfully = {
        c.rules.contains { r in
          guard r.span.lower >= a.span.lower && r.span.lower < end else { return false }
          let ms = r.consequences.flatMap { ClauseAnalysis(Substring($0.name), base: 0).clauses.compactMap(\.measure) }
          return Self.enforcesSoftly(ms)
        }
      }
      // A threshold or a composition a directive declares (@机构 表决, @组成) is compared with the statute by WF5xxx.
      let declaresBody = c.bodies.contains { $0.span.lower >= a.span.lower && $0.span.lower < end }
      // An article that sends the keeping of animals to local rules (养犬管理规定, 条例, 办法) restates them. (A bare 依法 of
      // another sentence, 须依法登记, sends only that duty to the law; in the limit's own sentence the analysis reads it.)
      let refersToLaw = a.paragraphs.contains { p in ["规定", "条例", "办法"].contains { p.text.containsBytes($0) } }
      let context = ArticleContext(enforced: enforcedLawfully, declaresBody: declaresBody, refersToLaw: refersToLaw, ownersAdopted: { Self.ownersAdopted(a) },
                                   covenantSums: { Self.ownersAdopted(a) && a.paragraphs.contains { $0.text.containsBytes("违约金") } })
      for p in a.paragraphs {
        prose(p.span, residents, context, &ctx)
        for i in p.items {
          prose(i.span, residents, context, &ctx)
          for s in i.subitems { prose(s.span, residents, context, &ctx) }
        }
      }
    }
    repealedCitations(c, &ctx)
  }

  /// Reads a text field of a directive as prose, where it stands in the directive's line.
  private static func field(_ text: String?, in span: TextRange, _ residents: Bool, grants: Bool = false, _ ctx: inout CheckContext) {
    guard let text, !text.isEmpty else { return }
    let line = ctx.file.text(span)
    guard let r = line.firstByteRange(of: text) else { return }
    let lower = span.lower + line[..<r.lowerBound].utf8.count
    prose(TextRange(lower, lower + text.utf8.count), residents, ArticleContext(enforced: { grants }), &ctx)
  }

  /// Prose, clause by clause (`ClauseAnalysis`): each clause that sets an unlawful or contested
  /// measure is reported once, with the articles that apply to it, why, and a lawful rewrite.
  /// A sentence the analysis decides nothing about (no measure, nothing negated) is then read
  /// by the word patterns of each code (`legacyProse`), which the analysis has not replaced yet.
  /// Whether `word` stands in `text` within six characters after 其 (其子女, 其家中老人), as the prose scan asks.
  static func possessiveBefore(_ text: String, _ word: String) -> Bool {
    var rest = Substring(text)
    while let r = rest.firstByteRange(of: word) {
      if text[..<r.lowerBound].suffix(6).contains("其") { return true }
      rest = rest[r.upperBound...]
    }
    return false
  }

  /// Whether consequences enforce a limit only by soft lawful means (批评教育, 劝其改正, 取消评优, 通报, the village's
  /// rewards, a referral): then a limit on customs is a self-governance norm, not a hard limit (a limit on animals is
  /// contested however it is enforced: what is in question is the owner's property, 民法典第二百八十条). A civil
  /// remedy (退还, 赔偿) enforces the limit as a binding duty and does not settle it, nor does anything settle a cap in
  /// money on private payments (彩礼不得超过三万元). Asked alike of a directive's 后果 and of the
  /// consequence clauses of a prose sentence, so prose alone and prose with directives get the same findings.
  static func enforcesSoftly(_ ms: [Measure]) -> Bool {
    ms.contains { $0.standing == .lawful } && ms.allSatisfy { [.education, .honours, .notice, .reward, .referral].contains($0) }
  }

  /// Whether an article says the owners themselves adopted it (本管理规约经业主大会表决通过, 本楼栋公约经本栋业主共同表决通过,
  /// 全体住户签字同意): then a 违约金 or 违约责任 in money it sets is their covenant (民法典第二百八十六条), contested, and not a
  /// fine laid on them by a body — wherever in the article the adoption is said.
  static func ownersAdopted(_ a: Article) -> Bool {
    a.paragraphs.contains { p in
      let t = p.text
      // (Or the article names itself as the owners' instrument at its start: 楼栋公约：…, 本小区管理规约约定…)
      if ["楼栋公约", "小区公约", "业主公约", "管理规约", "业主规约", "住户公约", "单元公约", "楼道公约"].contains(where: { w in
           t.firstByteRange(of: w).map { t.utf8.distance(from: t.startIndex, to: $0.lowerBound) <= 18 } ?? false }) { return true }
      return ["业主大会", "业主共同", "全体业主", "本栋业主", "业主签字", "住户签字", "全体住户"].contains { t.containsBytes($0) }
        && ["表决通过", "共同决定", "签字同意", "表决同意", "讨论通过", "决定通过", "同意通过", "大会通过"].contains { t.containsBytes($0) }
    }
  }

  /// A fine said as 违约 (违约金, 违约责任) in an article the owners adopted is their covenant: `.penaltyClause`.
  /// (Also a sum with no name of its own, 每平方米五十元, in an item of an article the owners adopted that says its sums are
  /// 违约金: `covenantSums`.)
  static func ownersCovenant(_ m: Measure, _ cl: ClauseAnalysis.Clause, _ adopted: () -> Bool, covenantSums: () -> Bool = { false }) -> Measure {
    if m == .fine && cl.text.containsBytes("违约") && adopted() { return .penaltyClause }
    if m == .fine || m == .unauthorised, ClauseAnalysis.amountIn(cl.text), covenantSums() { return .penaltyClause }
    return m
  }

  /// What the rest of an article says about a clause's contested measure.
  struct ArticleContext {
    /// Whether the article's directives enforce it only softly (worked out when first asked).
    var enforced: () -> Bool = { false }
    var declaresBody = false, refersToLaw = false
    /// The article says the owners adopted it (本管理规约经业主大会表决通过): see `ownersCovenant` (worked out when asked).
    var ownersAdopted: () -> Bool = { false }
    /// The owners adopted the article and it names its sums 违约金 (worked out when asked).
    var covenantSums: () -> Bool = { false }
    func settles(_ m: Measure) -> Bool {
      (m == .customReform && enforced()) || (declaresBody && (m == .stricterThreshold || m == .incompatibleOffice)) || (refersToLaw && m == .petLimit)
    }
  }

  private static func prose(_ range: TextRange, _ residents: Bool, _ context: ArticleContext, _ ctx: inout CheckContext) {
    let text = ctx.file.text(range)
    guard !text.isEmpty else { return }
    // A paragraph's span may run over the directive and comment lines under it: only prose lines are read.
    // (Lines found on bytes: a search for the Character "\n" walked every grapheme of the paragraph.)
    var clauses = [ClauseAnalysis.Clause]()
    let bytes = text.utf8
    var lineStart = bytes.startIndex
    while lineStart < bytes.endIndex {
      let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.endIndex
      let line = text[lineStart..<lineEnd]
      let lead = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
      if !lead.hasPrefix("@") && !lead.hasPrefix("#") && !lead.isEmpty {
        clauses += ClauseAnalysis(line, base: range.lower + bytes.distance(from: bytes.startIndex, to: lineStart)).clauses
      }
      lineStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : bytes.endIndex
    }
    var decided = [TextRange]()
    // The consequence clauses of each sentence (all but its first, the norm), by the sentence's first clause: enforced
    // only softly, they settle a limit on customs as a directive's 后果 does (`enforcesSoftly`).
    // (A sentence that refers back to the one before, 违反的由居委会上门劝导, is that sentence's consequence: its measures, its
    // first clause's too, count for the sentence before — as they would in one 后果.)
    var consequenceMeasures = [Int: [Measure]]()
    var previous: Int?, current: Int?, target: Int?
    for cl in clauses {
      guard let o = cl.offence?.range else { continue }
      if o.lower != current {
        previous = current; current = o.lower
        let first = cl.offence!.text
        target = previous != nil && ["违反的", "违反者", "违者", "如有违反", "如违反", "凡违反", "违反上述", "违反以上", "违反本条"].contains(where: { first.hasPrefix($0) }) ? previous : nil
      }
      guard let m = cl.measure else { continue }
      if let target { consequenceMeasures[target, default: []].append(m) }
      if o != cl.range { consequenceMeasures[o.lower, default: []].append(m) }
    }
    var byShape = [ClauseAnalysis.Clause]()
    for cl in clauses {
      if cl.byShape { byShape.append(cl); continue }
      if cl.negated || cl.measure != nil { decided.append(cl.range) }
      guard let m0 = cl.measure, m0.standing != .lawful else { continue }
      let m = Self.ownersCovenant(m0, cl, context.ownersAdopted, covenantSums: context.covenantSums)
      // (A cap in money on what private parties pay, 彩礼不得超过三万元, binds whatever enforces it: never settled.)
      let moneyCap = m == .customReform && ClauseAnalysis.amountIn(cl.text)
      if context.settles(m) && !moneyCap { continue }
      if m == .customReform, !moneyCap, let o = cl.offence?.range, o == cl.range,
         Self.enforcesSoftly(consequenceMeasures[o.lower] ?? []) { continue }
      let from = cl.offence.map { min($0.range.lower, cl.range.lower) } ?? cl.range.lower
      let quote = ctx.file.text(TextRange(from, cl.range.upper))
      reportMeasure(m, clause: cl, quote: quote, at: cl.measureSpan ?? cl.range, residents: residents, &ctx)
    }
    // Decided clauses are in text order: the first that ends after a sentence's start is found by bisection.
    let before = ctx.diagnostics.count
    legacyProse(range, &ctx) { sentence in
      var lo = 0, hi = decided.count
      while lo < hi { let mid = (lo + hi) / 2; if decided[mid].upper <= sentence.lower { lo = mid + 1 } else { hi = mid } }
      return lo < decided.count && decided[lo].lower < sentence.upper
    }
    // What a sentence's shape alone found (`SentenceShape`), where the word patterns said nothing of that sentence.
    for cl in byShape {
      guard let m0 = cl.measure else { continue }
      let m = Self.ownersCovenant(m0, cl, context.ownersAdopted, covenantSums: context.covenantSums)
      let from = cl.offence.map { min($0.range.lower, cl.range.lower) } ?? cl.range.lower
      if ctx.diagnostics[before...].contains(where: { $0.range.lower < cl.range.upper && $0.range.upper > from }) { continue }
      reportMeasure(m, clause: cl, quote: ctx.file.text(TextRange(from, cl.range.upper)), at: cl.measureSpan ?? cl.range, residents: residents, &ctx)
    }
  }

  /// The code that reports a measure.
  static func code(for m: Measure) -> DiagnosticCode? {
    switch m {
    case .fine, .penaltyInKind: fine
    case .confiscation: confiscation
    case .liberty: freedom
    case .utilitiesCut: utilities
    case .statutoryBenefit, .landTaken, .collectiveRightsTaken: benefits
    case .womenRights: women
    case .thirdParty: relatives
    case .marriage: marriage
    case .mediationFee: mediationFee
    case .serviceConditioning: serviceDenial
    case .electionNarrowing, .recall, .incompatibleOffice, .officeTermination: elections
    case .familyPlanning, .petition, .residenceOrigin: status
    case .publicFee: fee
    case .dignity, .personalInformation: dignity
    case .propertyControl: property
    case .vague, .unauthorised: vaguePunishment
    case .ownWelfare, .dividend, .penaltyClause, .stricterThreshold, .customReform, .petitionOrder, .deposit, .blacklistNaming, .petLimit, .officeOverlap: vagueSanction
    case .education, .civilRemedy, .honours, .notice, .referral, .reward: nil
    }
  }

  /// One finding: the measure named, the clause quoted, why, the articles of this clause, a rewrite.
  static func reportMeasure(_ m: Measure, clause: ClauseAnalysis.Clause, quote: String, at span: TextRange, residents: Bool, _ ctx: inout CheckContext) {
    guard let code = code(for: m) else { return }
    var q = Substring(quote)
    while let l = q.last, "，,。；;！？ ".contains(l) { q = q.dropLast() }
    while let f = q.first, f == " " { q = q.dropFirst() }
    if q.count > 60 { q = q.prefix(58) + "……" }
    let land = ["承包", "土地", "宅基地", "责任田", "口粮田"].contains { clause.text.contains($0) || (clause.offence?.text.contains($0) ?? false) }
    let contested = m.standing == .contested
    let zh = contested ? "有争议：\(m.name.zh)——「\(q)」" : "\(m.name.zh)：「\(q)」"
    let en = contested ? "contested: \(m.name.en) — “\(q)”" : "\(m.name.en): “\(q)”"
    var notes = [LocalizedText(zh: (contested ? "两方面：" : "为什么：") + m.why.zh, en: (contested ? "both sides: " : "why: ") + m.why.en),
                 LocalizedText(zh: "建议改为：" + m.rewrite.zh, en: "suggested wording: " + m.rewrite.en)]
    notes.append(.init(zh: "帮助：运行 weifa explain \(code.id) 查看合法的替代写法", en: "help: weifa explain \(code.id) shows lawful alternatives"))
    let search = ["搜查", "搜身", "住宅", "闯入"].contains { clause.text.contains($0) }
    let managed = ["物业", "业主"].contains { clause.text.contains($0) || (clause.offence?.text.contains($0) ?? false) }
    let before = ctx.diagnostics.count
    ctx.report(code, span, zh: zh, en: en, notes: notes, basis: m.basis(land: land, residents: residents, search: search, managed: managed))
    // The finding carries why and the rewrite as fields of its own (`weifa review` reads them), as well as in its notes.
    if ctx.diagnostics.count > before {
      ctx.diagnostics[before].why = m.why
      ctx.diagnostics[before].bothSides = contested
      ctx.diagnostics[before].rewrite = m.rewrite
    }
  }

  /// The word patterns of each code, sentence by sentence, for the sentences `skip` does not exclude.
  private static func legacyProse(_ range: TextRange, _ ctx: inout CheckContext, skip: (TextRange) -> Bool) {
    let text = ctx.file.text(range)
    guard !text.isEmpty else { return }
    // Most prose holds no word any check looks for (LegalityPrefilter.swift).
    guard mayReport(text) else { return }
    // Sentences end at 。；！？; negation is looked for before the word, within its sentence.
    var sentenceStart = text.startIndex
    var reported = Set<String>()
    func report(_ p: Pattern, _ r: Range<Substring.Index>, _ shown: String) {
      let lower = range.lower + text[..<r.lowerBound].utf8.count
      ctx.report(p.code, TextRange(lower, lower + text[r].utf8.count), zh: p.zh.replacingFirst("%@", shown), en: p.en.replacingFirst("%@", shown),
                 notes: [.init(zh: "帮助：运行 weifa explain \(p.code.id) 查看合法的替代写法", en: "help: weifa explain \(p.code.id) shows lawful alternatives")],
                 basis: p.basis)
      reported.insert(p.code.id)
    }
    func scan(_ sentence: Substring) {
      let so = range.lower + text[..<sentence.startIndex].utf8.count
      if skip(TextRange(so, so + sentence.utf8.count)) { return }
      // (The sentence's byte pairs rule out most words without a search: `BytePairs`.)
      let pairs = BytePairs(String(sentence))
      for p in patterns {
        guard !reported.contains(p.code.id) else { continue }
        // Whether the sentence is exempt or lacks a sanction cue is asked only once a word is found.
        var applies: Bool?
        for w in p.words where pairs.mayContain(w) {
          var from = sentence.startIndex
          var hit: Range<Substring.Index>?
          while let r = sentence[from...].firstByteRange(of: w) {
            // The violator's relatives: 其子女, 其家属 (within a few characters after 其).
            if p.needsPossessive && !possessiveFree.contains(w) {
              let lead = sentence[..<r.lowerBound].suffix(6)
              if !lead.contains("其") { from = r.upperBound; continue }
            }
            hit = r
            break
          }
          guard let r = hit else { continue }
          if applies == nil {
            applies = !p.exemptIfSentenceHas.contains(where: { sentence.containsBytes($0) })
              && !(p.needsSanctionCue && !sanctionCues.contains(where: { sentence.containsBytes($0) }))
          }
          if applies == false { break }
          if !p.alsoNeeds.isEmpty && !p.alsoNeeds.contains(where: { sentence.containsBytes($0) }) { continue }
          if p.negatable {
            let before = negationScope(sentence, before: r.lowerBound)
            if negators.contains(where: { before.containsBytes($0) }) { continue }
          }
          report(p, r, w)
          break
        }
      }
      // Fines written as amounts, and repealed laws cited without 书名号.
      if !reported.contains(fine.id), let r = amountFine(sentence), !authority.contains(where: { sentence.containsBytes($0) }),
         !negators.contains(where: { negationScope(sentence, before: r.lowerBound).containsBytes($0) }) || sentence[..<r.lowerBound].containsBytes("超出") {
        report(finePattern, r, String(sentence[r]))
      }
      if !reported.contains(repealed.id), let (r, law) = bareRepealedLaw(sentence) {
        let lower = range.lower + text[..<r.lowerBound].utf8.count
        reportBareRepealedLaw(law, at: TextRange(lower, lower + law.utf8.count), &ctx)
        reported.insert(repealed.id)
      }
    }
    // The sentence ends, found on bytes: 。 E3 80 82, ； EF BC 9B, ！ EF BC 81, ？ EF BC 9F, and ;.
    let bytes = text.utf8
    var i = bytes.startIndex
    while i < bytes.endIndex {
      let b = bytes[i]
      var isEnd = b == 0x3B
      if b == 0xE3 || b == 0xEF, let j = bytes.index(i, offsetBy: 1, limitedBy: bytes.endIndex), j < bytes.endIndex,
         let k = bytes.index(j, offsetBy: 1, limitedBy: bytes.endIndex), k < bytes.endIndex {
        let b1 = bytes[j], b2 = bytes[k]
        isEnd = b == 0xE3 ? (b1 == 0x80 && b2 == 0x82) : (b1 == 0xBC && (b2 == 0x9B || b2 == 0x81 || b2 == 0x9F))
      }
      if isEnd {
        scan(text[sentenceStart...i])
        sentenceStart = text.index(after: i)
        i = sentenceStart
      } else {
        i = bytes.index(after: i)
      }
    }
    if sentenceStart < text.endIndex { scan(text[sentenceStart...]) }
  }
}

extension String {
  func replacingFirst(_ target: String, _ with: String) -> String {
    guard let r = firstRange(of: target) else { return self }
    var s = self
    s.replaceSubrange(r, with: with)
    return s
  }
}
