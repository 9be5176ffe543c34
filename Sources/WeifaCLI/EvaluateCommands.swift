import FoundationEssentials
import Glibc
import WeifaBase
import WeifaDriver
import WeifaEvaluator
import WeifaSemantics

/// `query`, `decide` and `route`: the evaluator's answers for people.
extension CLI {
  /// Options of the form `--name value`, repeated ones collected, plus positional arguments.
  struct Options {
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var positional: [String] = []
    func one(_ k: String) -> String? { values[k]?.last }
  }

  struct UsageError: Error { let message: LocalizedText }

  static func parseOptions(_ args: [String], valued: Set<String>, flags: Set<String>) -> Result<Options, UsageError> {
    var o = Options()
    var i = 0
    while i < args.count {
      let a = args[i]
      if valued.contains(a) {
        guard i + 1 < args.count else { return .failure(UsageError(message: .init(zh: "错误：\(a) 后面要给出值", en: "error: \(a) takes a value"))) }
        o.values[a, default: []].append(args[i + 1])
        i += 2
        continue
      }
      if flags.contains(a) { o.flags.insert(a); i += 1; continue }
      if a.hasPrefix("--") { return .failure(UsageError(message: .init(zh: "错误：未知的选项「\(a)」", en: "error: unknown option “\(a)”"))) }
      o.positional.append(a)
      i += 1
    }
    return .success(o)
  }

  /// 第十二条第二款 for a rule's location.
  static func cite(_ loc: Location, _ c: Charter) -> String {
    guard let a = loc.article else { return "" }
    var s = "第\(ChineseNumeral.format(c.articles[a].number))条"
    if let p = loc.paragraph, c.articles[a].paragraphs.count > 1 { s += "第\(ChineseNumeral.format(p + 1))款" }
    if let i = loc.item { s += "第\(ChineseNumeral.format(i + 1))项" }
    return s
  }

  static func ruleText(_ r: Rule, _ c: Charter) -> String {
    if let a = r.location.article, let p = r.location.paragraph, p < c.articles[a].paragraphs.count {
      if let i = r.location.item, i < c.articles[a].paragraphs[p].items.count { return c.articles[a].paragraphs[p].items[i].text }
      return c.articles[a].paragraphs[p].text
    }
    return r.act ?? r.content ?? r.head ?? ""
  }

  // MARK: - query

  static func query(_ args: [String], lang: Language, stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    let parsed = parseOptions(args, valued: ["--fact", "--facts", "--as-of", "--format"], flags: [])
    guard case .success(let o) = parsed else {
      if case .failure(let m) = parsed { stderr(m.message.text(lang) + "\n") }
      return 2
    }
    guard !o.positional.isEmpty else {
      stderr(lang == .zh ? "用法：weifa query 路径 --fact 年龄=72 --fact 户籍=本村 [--facts 文件.json] [--as-of 2025-01-01] [--format text|json]\n"
                         : "usage: weifa query PATH --fact NAME=VALUE… [--facts FILE.json] [--as-of DATE] [--format text|json]\n")
      return 2
    }
    guard let (analysis, count) = load(o.positional, lang: lang, stderr: stderr) else { return 2 }
    let ws = analysis.workspace
    let docs = Array(0..<count).filter { !ws.charters[$0].rules.isEmpty || !ws.charters[$0].ratings.isEmpty }
    var scope = Scope(ws, 0)
    for d in 1..<max(count, 1) { scope = scope.merged(with: Scope(ws, d)) }
    let ev = Evaluator(scope: scope)
    // Facts from --facts FILE.json, then --fact NAME=VALUE (later ones win).
    var raw = [(String, String)]()
    if let file = o.one("--facts") {
      guard let data = FileManager.default.contents(atPath: file),
            let obj = try? JSONDecoder().decode([String: FactText].self, from: data) else {
        stderr(lang == .zh ? "错误：无法读取事实文件「\(file)」（应为 JSON 对象，如 {\"年龄\": 72}）\n" : "error: cannot read the facts file “\(file)” (a JSON object such as {\"年龄\": 72})\n")
        return 2
      }
      for (k, v) in obj.sorted(by: { $0.key < $1.key }) { if let t = v.text { raw.append((k, t)) } }   // null: unknown
    }
    for f in o.values["--fact"] ?? [] {
      let parts = f.split(separator: "=", maxSplits: 1).map(String.init)
      let parts2 = parts.count == 2 ? parts : f.split(separator: "＝", maxSplits: 1).map(String.init)
      guard parts2.count == 2 else {
        stderr(lang == .zh ? "错误：事实应写作「属性=值」，如 --fact 年龄=72；这里是「\(f)」\n" : "error: a fact is NAME=VALUE, e.g. --fact 年龄=72; got “\(f)”\n")
        return 2
      }
      raw.append((parts2[0].trimmingSpaces(), parts2[1]))
    }
    var facts = Facts()
    for (k, v) in raw {
      switch ev.parseFact(k, v) {
      case .success(let value): facts.values[k] = value
      case .failure(let e):
        stderr((lang == .zh ? "错误：" : "error: ") + e.message.text(lang) + "\n")
        return 2
      }
    }
    var asOf: Day?
    if let d = o.one("--as-of") {
      guard let day = Day.parse(d) else {
        stderr(lang == .zh ? "错误：日期「\(d)」应写作 2025-01-01 或 2025年1月1日\n" : "error: write the date as 2025-01-01\n")
        return 2
      }
      asOf = day
    }
    let results = Applicability(ws).evaluate(docs, facts: facts, asOf: asOf)
    let next = Applicability.nextQuestions(results)
    if o.one("--format") == "json" {
      stdout(queryJSON(results, ws, next).render() + "\n")
      return 0
    }
    var out = ""
    let kinds: [RuleKind] = [.obligation, .prohibition, .right, .benefit]
    let kindName: [RuleKind: (String, String)] = [.obligation: ("义务", "Duties"), .prohibition: ("禁止", "Prohibitions"), .right: ("权利", "Rights"), .benefit: ("享有", "Benefits")]
    for d in docs {
      let c = ws.charters[d]
      let mine = results.filter { $0.document == d }
      out += "《\(c.title ?? c.file.path)》\n"
      for k in kinds {
        let applying = mine.filter { $0.standing == Standing.applies && c.rules[$0.rule].kind == k }
        guard !applying.isEmpty else { continue }
        out += "\n\(lang == .zh ? kindName[k]!.0 : kindName[k]!.1)（\(applying.count)）\n"
        for r in applying {
          let rule = c.rules[r.rule]
          out += "  · \(cite(rule.location, c))\(rule.label.map { "【\($0)】" } ?? "") \(ruleText(rule, c))\n"
          if let amt = rule.amount { out += "    \(lang == .zh ? "金额" : "amount")：\(amt.text)\n" }
          if !r.reasons.isEmpty { out += "    \(lang == .zh ? "因为" : "because")：\(r.reasons.joined(separator: "；"))\n" }
        }
      }
      let overridden = mine.filter { if case .overridden = $0.standing { return true } else { return false } }
      if !overridden.isEmpty {
        out += "\n\(lang == .zh ? "被例外或优先规则排除" : "Switched off by an exception or priority")\n"
        for r in overridden {
          if case .overridden(let by) = r.standing {
            let rule = c.rules[r.rule]
            out += "  · \(cite(rule.location, c))\(rule.label.map { "【\($0)】" } ?? "")：\(lang == .zh ? "被" : "by ")\(by)\(lang == .zh ? "排除" : "")\n"
          }
        }
      }
      // Ratings (评事规则): the score and level these facts give.
      let ev2 = Evaluator(ws, document: d)
      for rating in c.ratings {
        let g = ev2.grade(rating, facts)
        out += "\n\(lang == .zh ? "评定" : "Rating")「\(rating.name)」：\(lang == .zh ? "得分" : "score") \(g.score)，\(lang == .zh ? "等级" : "level") \(g.level ?? (lang == .zh ? "无" : "none"))\n"
        if !g.reasons.isEmpty { out += "    \(lang == .zh ? "因为" : "because")：\(g.reasons.joined(separator: "；"))\n" }
        if !g.undecided.isEmpty { out += "    \(lang == .zh ? "取决于" : "depends on") \(g.undecided.sorted().joined(separator: "、"))\n" }
      }
      let depends = mine.filter { if case .dependsOn = $0.standing { return true } else { return false } }
      if !depends.isEmpty {
        out += "\n\(lang == .zh ? "尚不确定" : "Undecided")（\(depends.count)）\n"
        for r in depends {
          if case .dependsOn(let m) = r.standing {
            let rule = c.rules[r.rule]
            out += "  · \(cite(rule.location, c))\(rule.label.map { "【\($0)】" } ?? "")：\(lang == .zh ? "取决于" : "depends on") \(m.sorted().joined(separator: "、"))\n"
          }
        }
      }
      out += "\n"
    }
    if !next.isEmpty {
      out += lang == .zh ? "建议接着回答：\(next.joined(separator: "、"))\n" : "Answer next: \(next.joined(separator: ", "))\n"
    }
    stdout(out)
    return 0
  }

  static func queryJSON(_ results: [RuleResult], _ ws: Workspace, _ next: [String]) -> JSON {
    .object([
      ("rules", .array(results.map { r in
        let c = ws.charters[r.document]
        let rule = c.rules[r.rule]
        var standing: JSON
        switch r.standing {
        case .applies: standing = .string("applies")
        case .notApplies: standing = .string("notApplies")
        case .dependsOn(let m): standing = .object([("dependsOn", .array(m.sorted().map { .string($0) }))])
        case .overridden(let by): standing = .object([("overriddenBy", .string(by))])
        }
        return .object([
          ("document", .string(c.title ?? c.file.path)), ("citation", .string(cite(rule.location, c))),
          ("label", rule.label.map { .string($0) } ?? .null), ("kind", .string(rule.kind.rawValue)),
          ("text", .string(ruleText(rule, c))), ("amount", rule.amount.map { .string($0.text) } ?? .null),
          ("standing", standing), ("reasons", .array(r.reasons.map { .string($0) })),
        ])
      })),
      ("askNext", .array(next.map { .string($0) })),
    ])
  }

  // MARK: - decide

  static func decide(_ args: [String], lang: Language, stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    let valued: Set<String> = ["--body", "--members", "--households", "--present", "--present-households", "--yes", "--matter", "--date"]
    let parsed = parseOptions(args, valued: valued, flags: ["--need"])
    guard case .success(let o) = parsed, o.positional.count == 1, let body = o.one("--body") else {
      if case .failure(let m) = parsed { stderr(m.message.text(lang) + "\n") }
      stderr(lang == .zh ? "用法：weifa decide 路径 --body 机构 --members 人数 [--households 户数] --present 到会 [--present-households 到会户] --yes 赞成 [--matter 事项] [--need]\n"
                         : "usage: weifa decide PATH --body NAME --members N [--households H] --present P [--present-households PH] --yes Y [--matter NAME] [--need]\n")
      return 2
    }
    var counts = VoteCounts()
    for (key, path) in [("--members", \VoteCounts.members), ("--households", \.households), ("--present", \.present),
                        ("--present-households", \.presentHouseholds), ("--yes", \.yes)] as [(String, WritableKeyPath<VoteCounts, Int?>)] {
      if let v = o.one(key) {
        guard let n = Int(v), n >= 0 else {
          stderr(lang == .zh ? "错误：\(key) 应为非负整数，这里是「\(v)」\n" : "error: \(key) takes a whole number, got “\(v)”\n")
          return 2
        }
        counts[keyPath: path] = n
      }
    }
    if let m = counts.members, let p = counts.present, p > m {
      stderr(lang == .zh ? "错误：到会人数\(p)多于成员\(m)\n" : "error: \(p) present but only \(m) members\n")
      return 2
    }
    if let p = counts.present, let y = counts.yes, y > p {
      stderr(lang == .zh ? "错误：赞成\(y)多于到会\(p)\n" : "error: \(y) in favour but only \(p) present\n")
      return 2
    }
    guard let (analysis, _) = load(o.positional, lang: lang, stderr: stderr) else { return 2 }
    let decider = Decider(analysis.workspace)
    if o.flags.contains("--need") {
      // The minimum attendance and votes: attendance from the membership, votes at the attendance
      // given or, if none was, at the smallest attendance that makes the meeting quorate.
      var probe = counts
      if probe.present == nil, let m = counts.members {
        let q = decider.decide(body: body, matter: o.one("--matter"), counts: VoteCounts(members: m, households: counts.households, present: 0, presentHouseholds: 0, yes: 0), from: 0)
        var least = m
        for r in q.requirements where r.what == "法定人数" {
          for line in r.arithmetic where line.contains("需到会至少") {
            if let n = Int(line.components(separatedBy: "需到会至少").last!.prefix { $0.isNumber }) { least = min(least, max(n, 0)) }
          }
        }
        probe.present = least
        probe.presentHouseholds = 0
      }
      probe.yes = probe.yes ?? 0
      let d = decider.decide(body: body, matter: o.one("--matter"), counts: probe, from: 0)
      guard !d.requirements.isEmpty else { stderr(noBody(body, lang)); return 1 }
      var out = lang == .zh ? "\(body)所需的最低人数" + (counts.present == nil ? "（按最低到会人数\(probe.present.map(String.init) ?? "—")计算表决）" : "") + "：\n"
                            : "Minimum counts for \(body):\n"
      for r in d.requirements {
        out += "\(r.what)「\(r.rule)」——\(r.source)\n"
        for a in r.arithmetic {
          // Keep the requirement, drop the "actual" part: 需到会至少606.
          out += "    " + (a.components(separatedBy: "，实为").first ?? a) + "\n"
        }
      }
      stdout(out)
      return 0
    }
    let d = decider.decide(body: body, matter: o.one("--matter"), counts: counts, from: 0)
    guard !d.requirements.isEmpty else { stderr(noBody(body, lang)); return 1 }
    var out = "\(body)\(d.matter.map { "表决「\($0)」" } ?? "")\n"
    for r in d.requirements {
      let mark = r.met == true ? "✓" : r.met == false ? "✗" : "?"
      out += "\(mark) \(r.what)「\(r.rule)」——\(r.source)\n"
      for a in r.arithmetic { out += "    \(a)\n" }
    }
    switch d.stands {
    case .some(true): out += lang == .zh ? "结论：会议有效，决定通过。\n" : "Result: quorate, and the decision passes.\n"
    case .some(false): out += lang == .zh ? "结论：决定不成立。\n" : "Result: the decision does not stand.\n"
    case .none: out += lang == .zh ? "结论：缺少人数，无法判断；请补充上面提到的人数。\n" : "Result: counts are missing; give the ones named above.\n"
    }
    stdout(out)
    return d.stands == true ? 0 : 1
  }

  static func noBody(_ name: String, _ lang: Language) -> String {
    lang == .zh ? "错误：找不到机构「\(name)」的议事规则（本文件、同一汇编和上位法中都没有）\n" : "error: no decision rules for “\(name)”\n"
  }

  // MARK: - route

  static func route(_ args: [String], lang: Language, stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    guard args.count >= 2 else {
      stderr(lang == .zh ? "用法：weifa route 路径 事项\n" : "usage: weifa route PATH MATTER\n")
      return 2
    }
    guard let (analysis, _) = load([args[0]], lang: lang, stderr: stderr) else { return 2 }
    let ws = analysis.workspace
    guard let r = Decider(ws).route(args[1], from: 0) else {
      let known = ws.charters.flatMap { $0.matters.map(\.name) }
      stderr(lang == .zh ? "错误：找不到事项「\(args[1])」；已有事项：\(known.joined(separator: "、"))\n" : "error: no matter “\(args[1])”; known: \(known.joined(separator: ", "))\n")
      return 1
    }
    let c = ws.charters[r.document]
    let m = r.matter
    var out = "事项：\(m.name)（《\(c.title ?? "")》\(cite(m.location, c))）\n"
    if let cat = m.category { out += "类别：\(cat)\n" }
    out += "决定：\(m.decider.map(\.name).joined(separator: "、"))\n"
    if !m.delegate.isEmpty { out += "授权：\(m.delegate.map(\.name).joined(separator: "、"))\n" }
    if let v = m.vote { out += "表决：\(v.text)\n" }
    if !m.basis.isEmpty { out += "依据：\(m.basis.map(\.text).joined(separator: "、"))\n" }
    for (p, pd) in r.procedures {
      let pc = ws.charters[pd]
      out += "程序：\(p.name)（《\(pc.title ?? "")》\(cite(p.location, pc))）\n"
      for (i, s) in p.steps.enumerated() {
        var line = "  \(i + 1). \(s.name)"
        if !s.body.isEmpty { line += "——\(s.body.map(\.name).joined(separator: "、"))" }
        if let v = s.vote { line += "；表决：\(v.text)" }
        if let q = s.publicNotice { line += "；公示：\(q.text)" }
        if let q = s.deadline { line += "；期限：\(q.text)" }
        out += line + "\n"
      }
    }
    if let q = m.publicNotice { out += "公示：\(q.text)\n" }
    if let f = m.filing { out += "备案：\(f)\n" }
    stdout(out)
    return 0
  }
}

/// One value of a `--facts` JSON object, as the text a `--fact NAME=VALUE` would give:
/// strings as they are, integers and decimals exactly, true/false as 是/否; null (unknown) is nil.
struct FactText: Decodable {
  let text: String?
  init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    if let b = try? c.decode(Bool.self) { text = b ? "是" : "否" }
    else if let i = try? c.decode(Int64.self) { text = String(i) }
    else if let d = try? c.decode(Decimal.self) { text = "\(d)" }
    else if let s = try? c.decode(String.self) { text = s }
    else if c.decodeNil() { text = nil }
    else { throw DecodingError.dataCorruptedError(in: c, debugDescription: "a fact is a string, a number or true/false") }
  }
}
