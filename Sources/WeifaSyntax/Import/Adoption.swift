import WeifaBase

// What `weifa import` reads out of the adoption record of a pasted charter — a line under the
// title `（2023年6月18日村民会议通过）`, a closing line `本规约经村两委研究、…、村民会议表决通过`,
// vote counts `（村民会议应到1032人，实到617人…）`, a household signature `全村412户中371户同意` —
// for the `@通过`, `@修正` and `@施行` directives. Only these few lines are read, as strings.

/// One adoption record as found in the text.
struct AdoptionFacts {
  /// The bodies, in order; the last adopted the charter.
  var chain: [String] = []
  /// The chain as written, verbs included (`村两委研究、党员大会讨论、…、村民会议表决`).
  var chainText: String?
  var date: String?
  var expected: String?, attended: String?, yes: String?, no: String?, abstain: String?
  /// `入户签字`: adopted by household signature (counts in 户).
  var household = false
  var amendments: [(body: String?, date: String)] = []
  var effective: String?
}

enum AdoptionReader {
  static func isDigit(_ c: Character) -> Bool { c.unicodeScalars.count == 1 && c.unicodeScalars.first.map { ChineseNumeral.asciiDigit($0) != nil } == true }
  static func isChineseDigit(_ c: Character) -> Bool { "〇零一二三四五六七八九十两".contains(c) }

  /// The value of a run of digits, half- or full-width, or of a Chinese numeral (`二〇二三` read
  /// digit by digit, `二十` as a numeral).
  static func value(_ run: [Character]) -> Int? {
    if run.allSatisfy(isDigit) {
      var v = 0
      for c in run { v = v * 10 + (c.unicodeScalars.first.flatMap { ChineseNumeral.asciiDigit($0) } ?? 0); if v > 100_000 { return nil } }
      return v
    }
    guard run.allSatisfy(isChineseDigit) else { return nil }
    if !run.contains("十") {
      var v = 0
      for c in run {
        let d = "〇一二三四五六七八九".firstIndex(of: c).map { "〇一二三四五六七八九".distance(from: "〇一二三四五六七八九".startIndex, to: $0) } ?? (c == "零" ? 0 : c == "两" ? 2 : 0)
        v = v * 10 + d
      }
      return v
    }
    return ChineseNumeral.parse(String(run))
  }

  /// The dates in `c` (`2023年6月18日`, `2023年6月`, `2022年`, `二〇二三年六月二十日`), each
  /// written back in Arabic digits, with where it starts and ends.
  static func dates(_ c: [Character]) -> [(text: String, start: Int, end: Int)] {
    var out = [(String, Int, Int)]()
    var i = 0
    func run(_ from: Int) -> (Int, Int)? {
      var j = from
      while j < c.count && (isDigit(c[j]) || isChineseDigit(c[j])) && j - from < 4 { j += 1 }
      guard j > from, let v = value(Array(c[from..<j])) else { return nil }
      return (v, j)
    }
    while i < c.count {
      guard isDigit(c[i]) || isChineseDigit(c[i]), i == 0 || !(isDigit(c[i - 1]) || isChineseDigit(c[i - 1])) else { i += 1; continue }
      guard let (y, ye) = run(i), ye < c.count, c[ye] == "年", (1900...2200).contains(y) else { i += 1; continue }
      var text = "\(y)年", end = ye + 1
      if let (m, me) = run(end), me < c.count, c[me] == "月", (1...12).contains(m) {
        text += "\(m)月"
        end = me + 1
        if let (d, de) = run(end), de < c.count, c[de] == "日" || c[de] == "号", (1...31).contains(d) {
          text += "\(d)日"
          end = de + 1
        }
      }
      out.append((text, i, end))
      i = end
    }
    return out
  }

  static func find(_ c: [Character], _ word: String, from: Int = 0) -> Int? {
    let w = Array(word)
    guard !w.isEmpty, c.count >= w.count, from <= c.count - w.count else { return nil }
    outer: for i in from...(c.count - w.count) where c[i] == w[0] {
      for k in 1..<w.count where c[i + k] != w[k] { continue outer }
      return i
    }
    return nil
  }

  static let verbs = ["讨论", "表决", "审议", "决议", "研究", "商议", "提议", "审核", "拟定", "审查", "协商", "会议讨论", "并"]

  /// A body's name with the verb after it taken off: `村民会议表决` → `村民会议`.
  static func body(_ raw: String) -> String? {
    var s = raw.trimmingSpaces()
    if s.hasPrefix("经") { s.removeFirst() }
    if s.hasPrefix("于") { s.removeFirst() }
    var changed = true
    while changed {
      changed = false
      for v in verbs where s.hasSuffix(v) && s.count > v.count { s.removeLast(v.count); changed = true }
    }
    s = s.trimmingSpaces()
    guard !s.isEmpty, s.count <= 20, !s.contains(where: { "，。；：,;:（）()".contains($0) }) else { return nil }
    if s.contains("入户") || s.contains("签字") || s.contains("征求意见") || s.hasSuffix("户") { return nil }
    // Not a body: what was done (修订, 制定) or which time (第一次).
    if ["修订", "修正", "制定", "通过", "修改"].contains(where: { s.contains($0) }) || (s.hasPrefix("第") && s.hasSuffix("次")) { return nil }
    return s
  }

  /// The text of `c[from..<to]` with its dates taken out.
  static func withoutDates(_ c: [Character], _ from: Int, _ to: Int) -> String {
    let sub = Array(c[from..<to])
    var out = "", i = 0
    for d in dates(sub) {
      out += String(sub[i..<d.start])
      i = d.end
    }
    return out + String(sub[i...])
  }

  /// The digits after `key` (`应到1032人`, `应到：968人`), with the unit 户 kept.
  static func count(_ c: [Character], _ key: String) -> String? {
    guard let k = find(c, key) else { return nil }
    var j = k + key.count
    while j < c.count && (c[j] == "：" || c[j] == ":" || c[j] == " ") { j += 1 }
    let s = j
    while j < c.count && isDigit(c[j]) { j += 1 }
    guard j > s, let v = value(Array(c[s..<j])) else { return nil }
    return j < c.count && c[j] == "户" ? "\(v)户" : "\(v)"
  }

  /// Reads one line into `facts`: only what it states and `facts` does not hold yet.
  static func read(_ line: String, into facts: inout AdoptionFacts, bodiesOnly: Bool = false) {
    // A record is a sentence or two; a longer line is not one.
    guard line.utf8.count <= 3000 else { return }
    let c = Array(line)
    let ds = dates(c)
    // Commencement: 自2023年8月1日起施行.
    if !bodiesOnly, facts.effective == nil, let z = find(c, "自"), let d = ds.first(where: { $0.start == z + 1 }),
       d.end < c.count, c[d.end] == "起" {
      facts.effective = d.text
    }
    // Amendments: 2023年6月经居民会议修订, （2024年9月2日村民会议修订）.
    for word in ["修订", "修正"] {
      guard !bodiesOnly, let m = find(c, word), let d = ds.last(where: { $0.end <= m }) else { continue }
      let b = body(String(c[d.end..<m]))
      if let k = facts.amendments.firstIndex(where: { $0.date == d.text }) {
        if facts.amendments[k].body == nil { facts.amendments[k].body = b }
      } else {
        facts.amendments.append((b, d.text))
      }
    }
    let pass = find(c, "通过") ?? find(c, "制定").flatMap { m in ds.last(where: { $0.end == m }).map { _ in m } }
    if let p = pass {
      if !bodiesOnly, facts.date == nil, let d = ds.last(where: { $0.end <= p }) { facts.date = d.text }
      if facts.chain.isEmpty {
        // The bodies: after the last 经 before 通过 (to the first comma), or after the date.
        var from: Int?
        var k = 0
        while let j = find(c, "经", from: k), j < p { from = j + 1; k = j + 1 }
        if from == nil, let d = ds.last(where: { $0.end <= p }) { from = d.end }
        if let f = from {
          var to = p
          if let comma = c[f..<p].firstIndex(where: { $0 == "，" || $0 == "," }) { to = comma }
          let text = withoutDates(c, f, to)
          let parts = text.split(whereSeparator: { $0 == "、" }).compactMap { body(String($0)) }
          if !parts.isEmpty { facts.chain = parts; facts.chainText = text.trimmingSpaces() }
        }
      }
    }
    // Vote counts: （2024年3月10日村民会议：应到968人，…）, （村民会议应到1032人，…）.
    if let e = find(c, "应到") {
      if facts.chain.isEmpty {
        var from = 0
        if let d = ds.last(where: { $0.end <= e }) { from = d.end }
        while from < e && (c[from] == "（" || c[from] == "(") { from += 1 }
        var to = e
        while to > from && (c[to - 1] == "：" || c[to - 1] == ":" || c[to - 1] == "，") { to -= 1 }
        if let b = body(String(c[from..<to])) { facts.chain = [b] }
      }
      if !bodiesOnly && facts.date == nil, let d = ds.last(where: { $0.end <= e }) { facts.date = d.text }
      facts.expected = facts.expected ?? count(c, "应到")
      facts.attended = facts.attended ?? count(c, "实到")
      facts.yes = facts.yes ?? count(c, "赞成")
      facts.no = facts.no ?? count(c, "反对")
      facts.abstain = facts.abstain ?? count(c, "弃权")
    }
    // Household signature: 全村412户中371户同意.
    if find(c, "签字") != nil || find(c, "入户") != nil, let z = find(c, "户中") {
      var s = z
      while s > 0 && isDigit(c[s - 1]) { s -= 1 }
      var j = z + 2
      let t = j
      while j < c.count && isDigit(c[j]) { j += 1 }
      if s < z, j > t, j < c.count, c[j] == "户", let all = value(Array(c[s..<z])), let agreed = value(Array(c[t..<j])) {
        facts.household = true
        facts.expected = facts.expected ?? "\(all)户"
        facts.yes = facts.yes ?? "\(agreed)户"
      }
    }
  }
}
