import FoundationEssentials
import WeifaBase
import WeifaDriver

/// `query`, `decide` and `route`: the evaluator's answers for people.
extension CLI {
  // MARK: - query

  static func query(_ args: [String], lang: Language, stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    let o: Options
    do { o = try parse("query", args, lang: lang, choices: ["--format": ["text", "json"]], stdout: stdout, stderr: stderr) } catch { return error.status }
    guard !o.positional.isEmpty else {
      return usageError("query", .init(zh: "错误：请给出文件或目录", en: "error: give a file or directory"), lang: lang, stderr: stderr)
    }
    // --fact NAME=VALUE first: 「--fact 年龄 82」 would otherwise read 82 as a path.
    var given = [(String, String)]()
    for f in o.values["--fact"] ?? [] {
      let parts = f.split(separator: "=", maxSplits: 1).map(String.init)
      let parts2 = parts.count == 2 ? parts : f.split(separator: "＝", maxSplits: 1).map(String.init)
      guard parts2.count == 2 else {
        // The value given as the next word: say the right form with it.
        let next = o.positional.dropFirst().first
        let example = next.map { "--fact \(f)=\($0)" } ?? "--fact \(f)=值"
        let exampleEn = next.map { "--fact \(f)=\($0)" } ?? "--fact \(f)=VALUE"
        stderr(lang == .zh ? "错误：事实应写作「属性=值」，中间用等号、不留空格，如 \(example)；这里是「\(f)」\n"
                           : "error: a fact is NAME=VALUE, joined by = with no space, e.g. \(exampleEn); got “\(f)”\n")
        return 2
      }
      given.append((parts2[0].trimmingSpaces(), parts2[1]))
    }
    guard let (analysis, count) = load(o.positional, lang: lang, stderr: stderr) else { return 2 }
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
    raw += given
    switch analysis.query(count: count, facts: raw, asOf: o.one("--as-of"), json: o.one("--format") == "json", lang: lang) {
    case .failure(let message):
      stderr(message.text(lang) + "\n")
      return 2
    case .success(let text):
      stdout(text)
      return 0
    }
  }

  // MARK: - decide

  static func decide(_ args: [String], lang: Language, stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    let o: Options
    do { o = try parse("decide", args, lang: lang, choices: ["--format": ["text", "json"]], stdout: stdout, stderr: stderr) } catch { return error.status }
    guard o.positional.count == 1 else {
      return usageError("decide", .init(zh: "错误：请给出一个文件或目录", en: "error: give one file or directory"), lang: lang, stderr: stderr)
    }
    guard let body = o.one("--body") else {
      return usageError("decide", .init(zh: "错误：请用 --body 给出开会的机构，如 --body 村民会议", en: "error: name the body with --body, e.g. --body 村民会议"), lang: lang, stderr: stderr)
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
    // Decision questions: --fact NAME=VALUE (the counts above join them as 成员, 户数 …).
    if let given = o.values["--fact"], !given.isEmpty {
      var facts = [(name: String, text: String)]()
      for (key, name) in [("--members", "成员"), ("--households", "户数"), ("--present", "到会"), ("--present-households", "到会户数"), ("--yes", "赞成")] {
        if let v = o.one(key) { facts.append((name, v)) }
      }
      for g in given {
        guard let eq = g.firstIndex(where: { $0 == "=" || $0 == "＝" }) else {
          stderr(lang == .zh ? "错误：--fact 应写作「名称=值」，如 --fact 提议人数=120；这里是「\(g)」\n" : "error: --fact is NAME=VALUE, e.g. --fact 提议人数=120; got “\(g)”\n")
          return 2
        }
        facts.append((String(g[..<eq]).trimmingSpaces(), String(g[g.index(after: eq)...]).trimmingSpaces()))
      }
      guard let (analysis, _) = load(o.positional, lang: lang, stderr: stderr) else { return 2 }
      let answer = analysis.answer(body: body, matter: o.one("--matter"), facts: facts, need: o.flags.contains("--need"), json: o.one("--format") == "json", lang: lang)
      if !answer.error.isEmpty { stderr(answer.error) }
      stdout(answer.output)
      return answer.status
    }
    guard let (analysis, _) = load(o.positional, lang: lang, stderr: stderr) else { return 2 }
    let answer = analysis.decide(body: body, matter: o.one("--matter"), counts: counts, need: o.flags.contains("--need"), json: o.one("--format") == "json", lang: lang)
    if !answer.error.isEmpty { stderr(answer.error) }
    stdout(answer.output)
    return answer.status
  }

  // MARK: - route

  static func route(_ args: [String], lang: Language, stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    let o: Options
    do { o = try parse("route", args, lang: lang, choices: ["--format": ["text", "json"]], stdout: stdout, stderr: stderr) } catch { return error.status }
    guard o.positional.count == 2 else {
      return usageError("route", .init(zh: "错误：请给出文件或目录和事项", en: "error: give a file or directory and a matter"), lang: lang, stderr: stderr)
    }
    let args = o.positional
    guard let (analysis, _) = load([args[0]], lang: lang, stderr: stderr) else { return 2 }
    switch analysis.route(args[1], json: o.one("--format") == "json", lang: lang) {
    case .failure(let message):
      stderr(message.text(lang) + "\n")
      return 1
    case .success(let text):
      stdout(text)
      return 0
    }
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
