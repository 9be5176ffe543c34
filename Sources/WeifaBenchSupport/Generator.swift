import WeifaBase

// The synthetic corpus and population of the benchmark (issue 6).
//
// Everything here is a pure function of a seed: the same seed gives the same bytes on every
// machine, so anyone can reproduce the figures. The file imports nothing (not even Foundation),
// so the generator test compiles the very same source.
//
// What it makes:
// - `CharterGenerator.charter(index:)`: one charter of a province-scale corpus, sized like real
//   ones (村规民约 and 居民公约 of 20–60 articles, 村民/社区自治章程 of 50–150), with prose,
//   items, rules (义务/禁止/权利/享有 with subjects, conditions, exceptions, priorities and
//   amounts), bodies with their decision rules, matters, procedures, publicity, a rating and
//   references (by number, by label and to higher law). Every charter checks clean.
// - `BatchSpec.make(rules:seed:)`: the rule set of the batch benchmark (about 100 rules over the
//   population's attributes), written out both as a Weifa charter and as JSON for the peer.
// - `Population`: residents with realistic, correlated attribute mixes, as CSV.

// MARK: - Randomness

/// SplitMix64: small, fast, and the same everywhere.
package struct BenchRNG {
  package var state: UInt64
  package init(seed: UInt64) { state = seed }

  package mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  /// A uniform integer in 0..<n (n > 0).
  package mutating func below(_ n: Int) -> Int { Int((next() >> 11) % UInt64(n)) }
  /// A uniform integer in lo...hi.
  package mutating func range(_ lo: Int, _ hi: Int) -> Int { lo + below(hi - lo + 1) }
  /// A uniform double in [0, 1).
  package mutating func unit() -> Double { Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0) }
  package mutating func chance(_ p: Double) -> Bool { unit() < p }
  package mutating func pick<T>(_ xs: [T]) -> T { xs[below(xs.count)] }
  /// An index drawn with the given weights.
  package mutating func weighted(_ ws: [Double]) -> Int {
    var total = 0.0
    for w in ws { total += w }
    var x = unit() * total
    for (i, w) in ws.enumerated() {
      if x < w { return i }
      x -= w
    }
    return ws.count - 1
  }
  /// The seed of item `index` of a stream: independent of every other item, so items can be
  /// generated in any order and on any number of threads.
  package static func derive(_ seed: UInt64, _ stream: UInt64, _ index: UInt64) -> UInt64 {
    var r = BenchRNG(seed: seed ^ (stream &* 0xD6E8_FEB8_6659_FD93))
    r.state &+= index &* 0x9E37_79B9_7F4A_7C15
    _ = r.next()
    return r.next()
  }
}

// MARK: - Numerals

package enum BenchNumeral {
  private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
  /// Chinese numerals as statutes write them: 十, 十二, 二十, 一百零一, 一百一十, 一千零二十.
  package static func chinese(_ n: Int) -> String {
    if n < 10 { return digits[n] }
    if n < 20 { return "十" + (n == 10 ? "" : digits[n - 10]) }
    if n < 100 { return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
    if n < 1000 {
      let rest = n % 100
      let tail = rest == 0 ? "" : rest < 10 ? "零" + digits[rest] : rest < 20 ? "一" + chinese(rest) : chinese(rest)
      return digits[n / 100] + "百" + tail
    }
    let rest = n % 1000
    let tail = rest == 0 ? "" : rest < 100 ? "零" + (rest < 20 && rest >= 10 ? "一" + chinese(rest) : chinese(rest)) : chinese(rest)
    return digits[n / 1000] + "千" + tail
  }
}

// MARK: - The rule specification (shared by the Weifa charter and the peer)

package enum SpecOp: String {
  case eq = "=", ne = "≠", ge = "≥", gt = ">", le = "≤", lt = "<"
  package var json: String {
    switch self {
    case .eq: return "=="
    case .ne: return "!="
    case .ge: return ">="
    case .gt: return ">"
    case .le: return "<="
    case .lt: return "<"
    }
  }
}

/// A condition over a person, the same tree for Weifa text and for the peer's JSON.
package indirect enum SpecExpr {
  case cmp(String, SpecOp, Int)           // a number attribute against an integer
  case date(String, SpecOp, Int)          // a date attribute against yyyymmdd
  case isValue(String, String)            // an enumeration attribute equals a value
  case member(String, [String], Bool)     // an enumeration attribute in (or, if true, not in) a set
  case flag(String)                       // a yes/no attribute is 是
  case def(String)                        // a definition, by name
  case everyone
  case and([SpecExpr])
  case or([SpecExpr])
  case not(SpecExpr)

  /// The Weifa source of the condition.
  var weifa: String {
    switch self {
    case .cmp(let a, let op, let v): return "\(a) \(op.rawValue) \(v)"
    case .date(let a, let op, let v): return "\(a) \(op.rawValue) \(v / 10000)年\(v / 100 % 100)月\(v % 100)日"
    case .isValue(let a, let v): return "\(a) = \(v)"
    case .member(let a, let vs, let neg): return "\(a) \(neg ? "不属于" : "属于")（\(vs.joined(separator: "、"))）"
    case .flag(let a): return a
    case .def(let d): return d
    case .everyone: return "全体"
    case .and(let xs): return xs.map { x in if case .or = x { return "（\(x.weifa)）" } else { return x.weifa } }.joined(separator: " 且 ")
    case .or(let xs): return xs.map(\.weifa).joined(separator: " 或 ")
    case .not(let x):
      switch x {
      case .and, .or: return "非 （\(x.weifa)）"
      default: return "非 \(x.weifa)"
      }
    }
  }

  /// The condition as JSON for the peer.
  var json: String {
    switch self {
    case .cmp(let a, let op, let v): return "{\"op\":\"cmp\",\"attr\":\(jsonString(a)),\"cmp\":\"\(op.json)\",\"value\":\(v)}"
    case .date(let a, let op, let v): return "{\"op\":\"cmp\",\"attr\":\(jsonString(a)),\"cmp\":\"\(op.json)\",\"value\":\(v)}"
    case .isValue(let a, let v): return "{\"op\":\"in\",\"attr\":\(jsonString(a)),\"values\":[\(jsonString(v))],\"negated\":false}"
    case .member(let a, let vs, let neg):
      return "{\"op\":\"in\",\"attr\":\(jsonString(a)),\"values\":[\(vs.map(jsonString).joined(separator: ","))],\"negated\":\(neg)}"
    case .flag(let a): return "{\"op\":\"flag\",\"attr\":\(jsonString(a))}"
    case .def(let d): return "{\"op\":\"def\",\"name\":\(jsonString(d))}"
    case .everyone: return "{\"op\":\"all\"}"
    case .and(let xs): return "{\"op\":\"and\",\"args\":[\(xs.map(\.json).joined(separator: ","))]}"
    case .or(let xs): return "{\"op\":\"or\",\"args\":[\(xs.map(\.json).joined(separator: ","))]}"
    case .not(let x): return "{\"op\":\"not\",\"arg\":\(x.json)}"
    }
  }

  /// Attribute and definition names used, in order of first use.
  func collect(attributes: inout [String], definitions: inout [String]) {
    func add(_ s: String, _ list: inout [String]) { if !list.contains(s) { list.append(s) } }
    switch self {
    case .cmp(let a, _, _), .date(let a, _, _), .isValue(let a, _), .member(let a, _, _), .flag(let a): add(a, &attributes)
    case .def(let d): add(d, &definitions)
    case .everyone: break
    case .and(let xs), .or(let xs): for x in xs { x.collect(attributes: &attributes, definitions: &definitions) }
    case .not(let x): x.collect(attributes: &attributes, definitions: &definitions)
    }
  }

  /// Evaluates the condition for one resident (attribute values as the CSV holds them).
  func holds(_ p: [String: Int], _ defs: [String: SpecExpr], enums: [String: [String]]) -> Bool {
    switch self {
    case .cmp(let a, let op, let v), .date(let a, let op, let v):
      // Numbers are held ×100 (incomes have cents); dates as yyyymmdd.
      let x = p[a]!
      let k: Int
      if case .cmp = self { k = v * 100 } else { k = v }
      switch op {
      case .eq: return x == k
      case .ne: return x != k
      case .ge: return x >= k
      case .gt: return x > k
      case .le: return x <= k
      case .lt: return x < k
      }
    case .isValue(let a, let v): return enums[a]![p[a]!] == v
    case .member(let a, let vs, let neg): return vs.contains(enums[a]![p[a]!]) != neg
    case .flag(let a): return p[a]! == 1
    case .def(let d): return defs[d]!.holds(p, defs, enums: enums)
    case .everyone: return true
    case .and(let xs): return xs.allSatisfy { $0.holds(p, defs, enums: enums) }
    case .or(let xs): return xs.contains { $0.holds(p, defs, enums: enums) }
    case .not(let x): return !x.holds(p, defs, enums: enums)
    }
  }
}

package func jsonString(_ s: String) -> String { JSONText.quote(s) }

package enum SpecKind: String {
  case obligation = "义务", prohibition = "禁止", right = "权利", benefit = "享有"
}

/// One rule as specified: what the Weifa charter says and what the peer computes.
package struct RuleSpec {
  package var kind: SpecKind
  package var label: String
  package var head: String? = nil
  package var subject: SpecExpr
  package var condition: SpecExpr? = nil
  /// 除外 as a condition: when it holds, the rule does not apply.
  package var except: SpecExpr? = nil
  /// 除外 naming rules: when one of them applies, this rule does not.
  package var exceptLabels: [String] = []
  /// 优先于: when this rule applies, the rules named do not.
  package var overrides: [String] = []
  /// 行为 (obligations, prohibitions) or 内容 (rights, benefits).
  package var text: String
  /// 金额 of a benefit: prefix (每月, 每年, 每人, 每户 …, or nil) and whole yuan.
  package var amountPrefix: String? = nil
  package var amount: Int? = nil
  package var consequences: [String] = []
  package var basis: String? = nil

  /// The directive lines of the rule.
  package var weifa: String {
    var s = "@\(kind.rawValue)【\(label)】"
    if let h = head { s += " \(h)" }
    var fields = [String]()
    if case .everyone = subject {} else { fields.append("主体：\(subject.weifa)") }
    if let c = condition { fields.append("条件：\(c.weifa)") }
    fields.append((kind == .obligation || kind == .prohibition ? "行为：" : "内容：") + text)
    if let a = amount { fields.append("金额：\(amountPrefix ?? "")\(a)元") }
    if let e = except { fields.append("除外：\(e.weifa)") }
    if !exceptLabels.isEmpty { fields.append("除外：" + exceptLabels.map { "【\($0)】" }.joined(separator: "、")) }
    if !overrides.isEmpty { fields.append("优先于：" + overrides.map { "【\($0)】" }.joined(separator: "、")) }
    if !consequences.isEmpty { fields.append("后果：" + consequences.joined(separator: "、")) }
    if let b = basis { fields.append("依据：\(b)") }
    return s + (head == nil ? " " : "；") + fields.joined(separator: "；") + "\n"
  }

  package var json: String {
    var s = "{\"label\":\(jsonString(label)),\"kind\":\(jsonString(kind.rawValue)),\"subject\":\(subject.json)"
    s += ",\"condition\":" + (condition?.json ?? "null")
    s += ",\"except\":" + (except?.json ?? "null")
    s += ",\"exceptLabels\":[\(exceptLabels.map(jsonString).joined(separator: ","))]"
    s += ",\"overrides\":[\(overrides.map(jsonString).joined(separator: ","))]"
    s += ",\"amount\":" + (amount.map { String($0) } ?? "null")
    s += ",\"amountPrefix\":" + (amountPrefix.map(jsonString) ?? "null")
    return s + "}"
  }
}

// MARK: - Attributes and the people who have them

package enum BenchAttrType {
  case number(String)      // unit
  case boolean
  case enumeration([String])
  case date

  package var weifa: String {
    switch self {
    case .number(let u): return "数值（\(u)）"
    case .boolean: return "是否"
    case .enumeration(let vs): return "枚举（\(vs.joined(separator: "、"))）"
    case .date: return "日期"
    }
  }
  package var jsonKind: String {
    switch self {
    case .number: return "number"
    case .boolean: return "boolean"
    case .enumeration: return "enum"
    case .date: return "date"
    }
  }
}

package struct BenchAttribute {
  package var name: String
  package var type: BenchAttrType
  package var note: String? = nil
}

/// The attributes charters use and the population carries, village wording.
package enum Catalog {
  package static let attributes: [BenchAttribute] = [
    .init(name: "年龄", type: .number("周岁")),
    .init(name: "户籍", type: .enumeration(["本村", "外村"])),
    .init(name: "性别", type: .enumeration(["男", "女"])),
    .init(name: "婚姻状况", type: .enumeration(["未婚", "已婚", "离婚", "丧偶"])),
    .init(name: "是否在本村居住", type: .boolean),
    .init(name: "是否集体经济组织成员", type: .boolean),
    .init(name: "是否党员", type: .boolean),
    .init(name: "是否低保户", type: .boolean),
    .init(name: "是否特困人员", type: .boolean),
    .init(name: "是否退役军人", type: .boolean),
    .init(name: "是否独生子女父母", type: .boolean),
    .init(name: "是否被剥夺政治权利", type: .boolean),
    .init(name: "是否出租房屋", type: .boolean),
    .init(name: "是否养殖畜禽", type: .boolean),
    .init(name: "是否有老年父母", type: .boolean),
    .init(name: "是否适龄儿童监护人", type: .boolean),
    .init(name: "当年考取本科", type: .boolean, note: "子女当年考取全日制普通本科院校"),
    .init(name: "残疾等级", type: .enumeration(["无", "一级", "二级", "三级", "四级"])),
    .init(name: "家庭人口", type: .number("人")),
    .init(name: "人均年收入", type: .number("元"), note: "上一年度家庭人均可支配收入"),
    .init(name: "志愿服务次数", type: .number("次")),
    .init(name: "家庭积分", type: .number("分")),
    .init(name: "文明户星级", type: .enumeration(["五星", "四星", "三星", "二星", "一星", "未评星"])),
    .init(name: "就读阶段", type: .enumeration(["未入学", "学前", "小学", "初中", "高中", "大学", "不在读"])),
    .init(name: "从业状况", type: .enumeration(["务农", "务工", "经商", "退休", "在校", "无业"])),
    .init(name: "落户日期", type: .date),
  ]
  package static func attribute(_ name: String) -> BenchAttribute { attributes.first { $0.name == name }! }
  package static let index: [String: Int] = Dictionary(uniqueKeysWithValues: attributes.enumerated().map { ($1.name, $0) })
}

/// Wording that differs between a village and an urban community.
package struct CharterLocale {
  package var urban: Bool
  package var home: String            // 本村 / 本社区
  package var away: String            // 外村 / 外地
  package var people: String          // 村民 / 居民
  package var meeting: String         // 村民会议 / 居民会议
  package var reps: String            // 村民代表会议 / 居民代表会议
  package var committee: String       // 村民委员会 / 居民委员会
  package var supervision: String     // 村务监督委员会 / 居务监督委员会
  package var law: String
  package var affairs: String         // 村务 / 居务

  package static let village = CharterLocale(urban: false, home: "本村", away: "外村", people: "村民", meeting: "村民会议", reps: "村民代表会议",
                              committee: "村民委员会", supervision: "村务监督委员会", law: "中华人民共和国村民委员会组织法", affairs: "村务")
  package static let urbanCommunity = CharterLocale(urban: true, home: "本社区", away: "外地", people: "居民", meeting: "居民会议", reps: "居民代表会议",
                                     committee: "居民委员会", supervision: "居务监督委员会", law: "中华人民共和国城市居民委员会组织法", affairs: "居务")

  /// Attribute names in this locale's wording (户籍's values, 是否在本村居住).
  package func attribute(_ a: BenchAttribute) -> BenchAttribute {
    var a = a
    if a.name == "户籍" { a.type = .enumeration([home, away]) }
    if a.name == "是否在本村居住" && urban { a.name = "是否在本社区居住" }
    return a
  }
  package func attrName(_ n: String) -> String { n == "是否在本村居住" && urban ? "是否在本社区居住" : n }

  package var residentDef: String { urban ? "社区居民" : "本村村民" }
  package var adultDef: String { urban ? "成年居民" : "成年村民" }
  package var elderDef: String { urban ? "老年居民" : "老年村民" }
  package var coveredDef: String { "适用人员" }

  /// The definitions rules may use.
  package var definitions: [(String, SpecExpr)] {
    [(residentDef, .isValue("户籍", home)),
     (adultDef, .and([.def(residentDef), .cmp("年龄", .ge, 18)])),
     (elderDef, .and([.def(residentDef), .cmp("年龄", .ge, 60)])),
     (coveredDef, .or([.isValue("户籍", home), .flag(attrName("是否在本村居住"))]))]
  }
}

// MARK: - Rule families

/// A family of rules: each instance (tier) is a distinct rule with its own label, text and numbers.
package struct RuleFamily: Sendable {
  package var tiers: Int
  /// Article title, prose, and rules of tier `t`.
  package var make: @Sendable (CharterLocale, Int) -> (title: String, prose: String, rules: [RuleSpec])
}

package enum Families {
  package static let tierNames = ["", "二档", "三档", "四档", "五档", "六档"]
  package static func cn(_ n: Int) -> String { BenchNumeral.chinese(n) }

  package static let all: [RuleFamily] = [
    // 高龄补贴, tiers by age; the top tier and the 百岁补贴 pair.
    RuleFamily(tiers: 3) { l, t in
      let ages = [(80, 90, 100), (90, 100, 200), (70, 80, 50)][t]
      let label = ["高龄补贴", "九十岁高龄补贴", "七十岁敬老金"][t]
      let prose = "\(l.home)户籍年满\(cn(ages.0))周岁、不满\(cn(ages.1))周岁的老年人，由\(l.urban ? "社区公益金" : "村集体")每月发放\(label)\(cn(ages.2))元。所需资金列入年度收支预算。"
      return ([ "高龄关爱", "九十岁关爱", "敬老金"][t], prose,
              [RuleSpec(kind: .benefit, label: label, subject: .and([.def(l.elderDef), .cmp("年龄", .ge, ages.0), .cmp("年龄", .lt, ages.1)]),
                        text: "\(cn(ages.0))周岁至\(cn(ages.1))周岁老年人\(label)", amountPrefix: "每月", amount: ages.2)])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "\(l.home)户籍年满九十五周岁的老年人，每月发放长寿补贴三百元；年满一百周岁的，每月发放百岁补贴六百元，不再领取长寿补贴。"
      return ("百岁关爱", prose, [
        RuleSpec(kind: .benefit, label: "长寿补贴", subject: .and([.def(l.residentDef), .cmp("年龄", .ge, 95)]), text: "九十五周岁以上老年人长寿补贴", amountPrefix: "每月", amount: 300),
        RuleSpec(kind: .benefit, label: "百岁补贴", subject: .and([.def(l.residentDef), .cmp("年龄", .ge, 100)]), overrides: ["长寿补贴"], text: "百岁老人补贴", amountPrefix: "每月", amount: 600),
      ])
    },
    RuleFamily(tiers: 2) { l, t in
      let (label, what, amt) = [("困难慰问", "春节前发放慰问金", 500), ("中秋慰问", "中秋节前发放慰问金", 200)][t]
      let prose = "对\(l.home)最低生活保障家庭，\(l.urban ? "社区" : "村集体")每年\(what)\(cn(amt))元，并组织志愿者结对帮扶。最低生活保障的认定，由县级人民政府民政部门依法决定。"
      return (["困难帮扶", "节日慰问"][t], prose,
              [RuleSpec(kind: .benefit, label: label, subject: .and([.def(l.residentDef), .flag("是否低保户")]), text: "低保家庭\(label)", amountPrefix: "每年", amount: amt)])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "\(l.home)特困供养人员，每年发放生活补助八百元；其中年满七十周岁的，每年另行发放护理补助四百元。"
      return ("特困供养", prose, [
        RuleSpec(kind: .benefit, label: "特困生活补助", subject: .and([.def(l.residentDef), .flag("是否特困人员")]), text: "特困供养人员生活补助", amountPrefix: "每年", amount: 800),
        RuleSpec(kind: .benefit, label: "特困护理补助", subject: .and([.def(l.residentDef), .flag("是否特困人员"), .cmp("年龄", .ge, 70)]), text: "七十周岁以上特困人员护理补助", amountPrefix: "每年", amount: 400),
      ])
    },
    RuleFamily(tiers: 2) { l, t in
      let (label, amt) = [("升学奖励", 1000), ("困难学生升学资助", 2000)][t]
      let prose = t == 0
        ? "\(l.people)子女当年考取全日制普通本科院校的，\(l.urban ? "社区" : "村集体")给予一次性奖励一千元。"
        : "家庭人均年收入低于八千元、子女当年考取全日制普通本科院校的，另行给予一次性资助二千元。"
      let subject: SpecExpr = t == 0 ? .and([.def(l.residentDef), .flag("当年考取本科")])
        : .and([.def(l.residentDef), .flag("当年考取本科"), .cmp("人均年收入", .lt, 8000)])
      return (["升学奖励", "助学资助"][t], prose, [RuleSpec(kind: .benefit, label: label, subject: subject, text: "考取本科院校\(label)", amountPrefix: "每人", amount: amt)])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "年满六十周岁的独生子女父母，每月发放奖励扶助金八十元。"
      return ("计生奖励", prose, [RuleSpec(kind: .benefit, label: "独生子女父母奖励", subject: .and([.def(l.residentDef), .flag("是否独生子女父母"), .cmp("年龄", .ge, 60)]),
                                           text: "独生子女父母奖励扶助金", amountPrefix: "每月", amount: 80)])
    },
    RuleFamily(tiers: 2) { l, t in
      let levels = t == 0 ? ["一级", "二级"] : ["三级", "四级"]
      let (label, amt) = t == 0 ? ("重度残疾人护理补贴", 100) : ("困难残疾人生活补贴", 60)
      let prose = t == 0
        ? "持有一级、二级残疾人证的\(l.people)，每月发放护理补贴一百元。"
        : "持有三级、四级残疾人证且属于最低生活保障家庭的\(l.people)，每月发放生活补贴六十元。"
      let subject: SpecExpr = t == 0 ? .and([.def(l.residentDef), .member("残疾等级", levels, false)])
        : .and([.def(l.residentDef), .member("残疾等级", levels, false), .flag("是否低保户")])
      return (["残疾人关爱", "残疾人帮扶"][t], prose, [RuleSpec(kind: .benefit, label: label, subject: subject, text: label, amountPrefix: "每月", amount: amt)])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "\(l.home)退役军人，每年八一建军节前发放慰问金三百元。"
      return ("拥军优属", prose, [RuleSpec(kind: .benefit, label: "退役军人慰问", subject: .and([.def(l.residentDef), .flag("是否退役军人")]), text: "退役军人节日慰问", amountPrefix: "每年", amount: 300)])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "评为五星的文明户，给予一次性奖励二百元，并在推荐评先评优时优先考虑。"
      return ("文明户奖励", prose, [RuleSpec(kind: .benefit, label: "五星户奖励", subject: .isValue("文明户星级", "五星"), text: "五星文明户奖励", amountPrefix: "每户", amount: 200)])
    },
    RuleFamily(tiers: 2) { l, t in
      let (n, amt) = t == 0 ? (12, 100) : (24, 200)
      let label = t == 0 ? "志愿服务奖励" : "志愿服务之星"
      let prose = "当年参加志愿服务\(cn(n))次以上的\(l.people)，年底给予奖励\(cn(amt))元。"
      return (t == 0 ? "志愿服务激励" : "志愿服务之星", prose,
              [RuleSpec(kind: .benefit, label: label, subject: .and([.def(l.residentDef), .cmp("志愿服务次数", .ge, n)]), text: "\(label)金", amountPrefix: "每年", amount: amt)])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "家庭积分达到五十分以上的，可以到积分超市兑换生活用品，每户每年兑换价值不超过三百元。"
      return ("积分兑换", prose, [RuleSpec(kind: .benefit, label: "积分兑换", subject: .and([.def(l.residentDef), .cmp("家庭积分", .ge, 50)]), text: "到积分超市兑换生活用品", amountPrefix: "不超过", amount: 300)])
    },
    RuleFamily(tiers: 2) { l, t in
      let (age, amt, inc) = t == 0 ? (65, 120, 6000) : (70, 180, 5000)
      let label = t == 0 ? "参保补助" : "高龄参保补助"
      let prose = "年满\(cn(age))周岁、家庭人均年收入低于\(cn(inc))元的\(l.people)，参加城乡居民基本医疗保险的，每年给予补助\(cn(amt))元。"
      return (t == 0 ? "医疗保障" : "高龄医疗保障", prose,
              [RuleSpec(kind: .benefit, label: label, subject: .and([.def(l.residentDef), .cmp("年龄", .ge, age), .cmp("人均年收入", .lt, inc)]), text: "城乡居民医疗保险\(label)", amountPrefix: "每年", amount: amt)])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "家庭人均年收入低于一万元、子女在读高中或者大学的，每年发放助学金一千元。"
      return ("教育资助", prose, [RuleSpec(kind: .benefit, label: "助学金", subject: .and([.def(l.residentDef), .member("就读阶段", ["高中", "大学"], false), .cmp("人均年收入", .lt, 10000)]),
                                           text: "困难家庭学生助学金", amountPrefix: "每年", amount: 1000)])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "\(l.home)户籍的新生儿，给予一次性健康礼包一份，价值二百元。"
      return ("新生儿关爱", prose, [RuleSpec(kind: .benefit, label: "新生儿礼包", subject: .and([.def(l.residentDef), .cmp("年龄", .lt, 1)]), text: "新生儿健康礼包", amountPrefix: "每人", amount: 200)])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "二〇一五年六月三十日以前落户本地、年满六十周岁且不属于集体经济组织成员的老年人，每年发放生活补助三百六十元。"
      return ("老年落户人员", prose, [RuleSpec(kind: .benefit, label: "老年落户人员补助", subject: .and([.date("落户日期", .le, 20150630), .cmp("年龄", .ge, 60), .not(.flag("是否集体经济组织成员"))]),
                                              text: "老年落户人员生活补助", amountPrefix: "每年", amount: 360)])
    },
    // Rights.
    RuleFamily(tiers: 1) { l, _ in
      let prose = "年满十八周岁的\(l.people)享有选举权和被选举权，但是依照法律被剥夺政治权利的人除外。"
      return ("选举权", prose, [RuleSpec(kind: .right, label: "选举权", subject: .def(l.adultDef), except: .flag("是否被剥夺政治权利"),
                                         text: "依法参加\(l.committee)选举，享有选举权和被选举权", basis: "《\(l.law)》第\(l.urban ? "八" : "十三")条")])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "\(l.people)有权查询\(l.affairs)公开事项，对\(l.committee)和\(l.supervision)的工作提出批评和建议。"
      return ("\(l.affairs)监督", prose, [RuleSpec(kind: .right, label: "\(l.affairs)监督", subject: .def(l.residentDef), text: "查询\(l.affairs)、财务公开事项，对\(l.committee)的工作提出批评和建议")])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "集体经济组织成员依法享有承包本集体经济组织发包的农村土地的权利，任何组织和个人不得剥夺和非法限制。"
      return ("土地承包", prose, [RuleSpec(kind: .right, label: "承包权", subject: .flag("是否集体经济组织成员"), text: "依法承包本集体经济组织发包的农村土地", basis: "《中华人民共和国农村土地承包法》第五条")])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "集体经济组织成员按照\(l.meeting)通过的分配方案平等参与集体收益分配，不因就学、服役、务工、经商等原因被取消分配资格。"
      return ("收益分配", prose, [RuleSpec(kind: .right, label: "集体收益分配", subject: .flag("是否集体经济组织成员"), text: "按照\(l.meeting)通过的分配方案平等参与集体收益分配")])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "年满六十五周岁的\(l.people)，每年可以到卫生室免费进行一次健康体检。"
      return ("健康体检", prose, [RuleSpec(kind: .right, label: "免费体检", subject: .and([.def(l.residentDef), .cmp("年龄", .ge, 65)]), text: "每年到卫生室免费进行一次健康体检")])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "对拟作出的处理，当事人有权进行陈述和申辩。"
      return ("陈述申辩", prose, [RuleSpec(kind: .right, label: "陈述申辩", subject: .def(l.coveredDef), text: "对拟作出的处理进行陈述和申辩")])
    },
    // Obligations.
    RuleFamily(tiers: 1) { l, _ in
      let prose = "适用本\(l.urban ? "公约" : "规约")的人员应当遵守宪法、法律、法规和本\(l.urban ? "公约" : "规约")，执行\(l.meeting)、\(l.reps)依法作出的决定。"
      return ("遵守规定", prose, [RuleSpec(kind: .obligation, label: "遵守规约", subject: .def(l.coveredDef), text: "遵守法律、法规和本规约，执行\(l.meeting)、\(l.reps)依法作出的决定")])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "成年子女应当履行对老年父母经济上供养、生活上照料和精神上慰藉的义务，不得以放弃继承权或者其他理由拒绝履行赡养义务。"
      return ("赡养老人", prose, [RuleSpec(kind: .obligation, label: "赡养义务", subject: .and([.def(l.adultDef), .flag("是否有老年父母")]), text: "对老年父母经济上供养、生活上照料和精神上慰藉",
                                           consequences: ["批评教育", "取消当年评先评优资格"], basis: "《中华人民共和国老年人权益保障法》第十四条")])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "父母或者其他监护人应当依法送适龄子女或者被监护人接受并完成义务教育，不得让其辍学。"
      return ("义务教育", prose, [RuleSpec(kind: .obligation, label: "送学义务", subject: .and([.def(l.coveredDef), .flag("是否适龄儿童监护人")]), text: "送适龄子女或者被监护人接受并完成义务教育")])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "出租房屋的，应当自承租人入住之日起三日内，将承租人的信息报\(l.committee)登记，并督促承租人遵守本\(l.urban ? "公约" : "规约")。"
      return ("出租登记", prose, [RuleSpec(kind: .obligation, label: "出租登记", subject: .and([.def(l.residentDef), .flag("是否出租房屋")]), text: "自承租人入住之日起三日内向\(l.committee)登记承租人信息",
                                           consequences: ["批评教育"])])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "养殖畜禽的，应当圈养，及时清理粪污，不得散放畜禽损坏他人庄稼和公共绿化。"
      return ("畜禽养殖", prose, [RuleSpec(kind: .obligation, label: "畜禽圈养", subject: .and([.def(l.coveredDef), .flag("是否养殖畜禽")]), text: "圈养畜禽并及时清理粪污",
                                           consequences: ["批评教育", "赔偿损失"])])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "共产党员应当带头遵守本\(l.urban ? "公约" : "规约")，带头移风易俗，带头参加志愿服务和公益事业。"
      return ("党员示范", prose, [RuleSpec(kind: .obligation, label: "党员带头", subject: .and([.def(l.residentDef), .flag("是否党员")]), text: "带头遵守规约、带头移风易俗、带头参加志愿服务")])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "各户负责房前屋后的卫生、秩序和绿化，做到门前卫生整洁、物品堆放整齐。"
      return ("门前三包", prose, [RuleSpec(kind: .obligation, label: "门前三包", subject: .def(l.residentDef), text: "负责房前屋后的卫生、秩序和绿化")])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "生活垃圾应当分类投放到指定的收集点，有害垃圾应当单独投放。"
      return ("垃圾分类", prose, [RuleSpec(kind: .obligation, label: "垃圾分类", subject: .def(l.coveredDef), text: "将生活垃圾分类投放到指定的收集点")])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "年满十八周岁、不满七十周岁的\(l.people)，每年应当参加公益劳动两次；持有一级、二级、三级残疾人证的，免于参加。"
      return ("公益劳动", prose, [
        RuleSpec(kind: .obligation, label: "公益劳动", subject: .and([.def(l.adultDef), .cmp("年龄", .lt, 70)]), exceptLabels: ["公益劳动豁免"], text: "每年参加公益劳动两次"),
        RuleSpec(kind: .right, label: "公益劳动豁免", subject: .member("残疾等级", ["一级", "二级", "三级"], false), text: "免于参加公益劳动"),
      ])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "年满十八周岁至二十二周岁的男性公民，应当按照兵役机关的安排在规定时间内进行兵役登记。"
      return ("兵役登记", prose, [RuleSpec(kind: .obligation, label: "兵役登记", subject: .and([.isValue("性别", "男"), .cmp("年龄", .ge, 18), .cmp("年龄", .le, 22)]), text: "按照兵役机关的安排进行兵役登记",
                                           basis: "《中华人民共和国兵役法》第十五条")])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "从事经商活动的\(l.people)，应当诚信经营，明码标价，不得销售假冒伪劣商品。"
      return ("诚信经营", prose, [RuleSpec(kind: .obligation, label: "诚信经营", subject: .and([.def(l.coveredDef), .isValue("从业状况", "经商")]), text: "诚信经营、明码标价，不销售假冒伪劣商品",
                                           consequences: ["批评教育", "移交有关部门依法处理"])])
    },
    // Prohibitions.
    RuleFamily(tiers: 1) { l, _ in
      let prose = "禁止赌博或者为赌博提供场所、条件；禁止种植毒品原植物，禁止吸食、贩卖毒品。"
      return ("禁止黄赌毒", prose, [RuleSpec(kind: .prohibition, label: "禁赌禁毒", subject: .def(l.coveredDef), text: "赌博或者为赌博提供场所，种植毒品原植物，吸食、贩卖毒品",
                                             consequences: ["批评教育", "取消当年评先评优资格", "移交有关部门依法处理"])])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "禁止乱扔乱倒生活垃圾、建筑垃圾。"
      return ("环境卫生", prose, [RuleSpec(kind: .prohibition, label: "乱倒垃圾", subject: .def(l.coveredDef), text: "乱扔乱倒生活垃圾、建筑垃圾", consequences: ["批评教育", "责令恢复原状"])])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "禁止向河道、沟渠、水塘倾倒垃圾、排放污水；禁止电鱼、毒鱼、炸鱼。"
      return ("河道保护", prose, [RuleSpec(kind: .prohibition, label: "河道倾倒", subject: .def(l.coveredDef), text: "向河道、沟渠、水塘倾倒垃圾、排放污水，电鱼、毒鱼、炸鱼",
                                           consequences: ["批评教育", "责令恢复原状", "赔偿损失"])])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "建房应当符合规划，依法办理审批手续。禁止违法占用耕地建房，禁止在公共道路、沟渠上乱搭乱建。"
      return ("规划建设", prose, [RuleSpec(kind: .prohibition, label: "乱搭乱建", subject: .def(l.coveredDef), text: "违法占用耕地建房，在公共道路、沟渠上乱搭乱建",
                                           consequences: ["批评教育", "责令恢复原状", "移交有关部门依法处理"])])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "家庭成员之间应当互敬互爱、平等相待。禁止家庭暴力，禁止虐待、遗弃家庭成员。"
      return ("反对家庭暴力", prose, [RuleSpec(kind: .prohibition, label: "家庭暴力", subject: .def(l.coveredDef), text: "实施家庭暴力，虐待、遗弃家庭成员",
                                               consequences: ["批评教育", "取消当年评先评优资格", "移交有关部门依法处理"])])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "驾驶机动车、农用车辆应当遵守道路交通安全法律、法规，禁止酒后驾驶、无证驾驶和农用车辆违法载人。"
      return ("交通安全", prose, [RuleSpec(kind: .prohibition, label: "危险驾驶", subject: .def(l.coveredDef), text: "酒后驾驶、无证驾驶机动车，驾驶农用车辆违法载人",
                                           consequences: ["批评教育", "移交有关部门依法处理"])])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "禁止从建筑物中抛掷物品，禁止占用、堵塞消防车通道和楼梯间等疏散通道。"
      return ("公共安全", prose, [RuleSpec(kind: .prohibition, label: "高空抛物", subject: .def(l.coveredDef), text: "从建筑物中抛掷物品，占用、堵塞消防车通道和疏散通道",
                                           consequences: ["批评教育", "赔偿损失", "移交有关部门依法处理"])])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "未成年人不得进入营业性网吧、歌舞娱乐场所，监护人应当加强教育和引导。"
      return ("未成年人保护", prose, [RuleSpec(kind: .prohibition, label: "未成年人进入娱乐场所", subject: .and([.def(l.coveredDef), .cmp("年龄", .lt, 18)]),
                                              text: "进入营业性网吧、歌舞娱乐场所", consequences: ["批评教育"])])
    },
    RuleFamily(tiers: 1) { l, _ in
      let prose = "年满七十周岁或者持有一级、二级残疾人证的，不得独自驾驶低速电动车上路，但是从事经商活动确需驾驶的除外。"
      return ("出行安全", prose, [RuleSpec(kind: .prohibition, label: "独自驾驶电动车", subject: .and([.def(l.coveredDef), .or([.cmp("年龄", .ge, 70), .member("残疾等级", ["一级", "二级"], false)])]),
                                           except: .isValue("从业状况", "经商"), text: "独自驾驶低速电动车上路", consequences: ["劝阻", "批评教育"])])
    },
  ]
}

// MARK: - The batch spec

/// The rule set of the batch benchmark: every family, every tier, until `rules` rules, in a
/// village charter. The same spec gives the Weifa charter and the peer's JSON.
package struct BatchSpec {
  package var locale = CharterLocale.village
  package var articles: [(title: String, prose: String, rules: [RuleSpec])] = []

  package static func make(rules target: Int) -> BatchSpec {
    var s = BatchSpec()
    var count = 0
    var tier = 0
    var seen = Set<String>()
    while count < target && tier < 6 {
      var any = false
      for f in Families.all where tier < f.tiers {
        let a = f.make(s.locale, tier)
        if a.rules.contains(where: { seen.contains($0.label) }) { continue }
        any = true
        for r in a.rules { seen.insert(r.label) }
        s.articles.append(a)
        count += a.rules.count
        if count >= target { break }
      }
      if !any { break }
      tier += 1
    }
    // Pad with age-banded allowances until the target is met, as charters list them: each
    // band of five years its own rule, with its own label and amount.
    var k = 0
    let flavours = ["养老缴费补贴", "困难家庭补助", "农资补贴"]
    while count < target {
      let band = k / flavours.count, flavour = k % flavours.count
      let lo = 18 + 5 * (band % 17), hi = lo + 5
      let amt = 30 + 10 * (band % 17) + 15 * flavour
      let label = "\(BenchNumeral.chinese(lo))岁段\(flavours[flavour])"
      let who = ["村民", "困难家庭的村民", "务农村民"][flavour]
      let prose = "年满\(BenchNumeral.chinese(lo))周岁、不满\(BenchNumeral.chinese(hi))周岁的\(who)，每年发放\(flavours[flavour])\(BenchNumeral.chinese(amt))元。"
      let band5: [SpecExpr] = [.cmp("年龄", .ge, lo), .cmp("年龄", .lt, hi)]
      let subject: SpecExpr = flavour == 0 ? .and([.def(s.locale.residentDef)] + band5)
        : flavour == 1 ? .and(band5 + [.or([.flag("是否低保户"), .cmp("家庭人口", .ge, 5)])])
        : .and([.def(s.locale.residentDef)] + band5 + [.isValue("从业状况", "务农")])
      s.articles.append((label + "发放", prose, [RuleSpec(kind: .benefit, label: label, subject: subject, text: "\(lo)岁段\(flavours[flavour])", amountPrefix: "每年", amount: amt)]))
      count += 1
      k += 1
    }
    return s
  }

  package var rules: [RuleSpec] { articles.flatMap(\.rules) }

  /// Attributes (in catalog order) and definitions (in declaration order) the rules use.
  package var used: (attributes: [BenchAttribute], definitions: [(String, SpecExpr)]) {
    var attrs = [String](), defs = [String]()
    for r in rules {
      for e in [r.subject, r.condition, r.except].compactMap({ $0 }) { e.collect(attributes: &attrs, definitions: &defs) }
    }
    // Definitions pull in what they use.
    let all = locale.definitions
    var i = 0
    while i < defs.count {
      if let d = all.first(where: { $0.0 == defs[i] }) { d.1.collect(attributes: &attrs, definitions: &defs) }
      i += 1
    }
    let a = Catalog.attributes.map(locale.attribute).filter { attrs.contains($0.name) }
    let d = all.filter { defs.contains($0.0) }
    return (a, d)
  }

  /// The Weifa charter.
  package var charter: String {
    let l = locale
    var out = """
    @标题 云岭村惠民待遇规约
    @类型 村规民约
    @地方 某省某市某县云岭镇云岭村
    @依据 《\(l.law)》第二十七条
    @通过 村民会议；日期：2025年1月12日；应到：1500；实到：1020；赞成：968；反对：30；弃权：22
    @备案 云岭镇人民政府；日期：2025年1月20日
    @施行 2025年3月1日

    """
    let (attrs, defs) = used
    for a in attrs { out += "@属性 \(a.name)：\(a.type.weifa)" + (a.note.map { "；说明：\($0)" } ?? "") + "\n" }
    for (n, e) in defs { out += "@定义 \(n)：\(e.weifa)\n" }
    out += "\n第一章 总则\n"
    out += "第一条【制定目的】 为了规范本村各项惠民待遇和村民权利义务，依据《\(l.law)》第二十七条和有关法律、法规，结合本村实际，制定本规约。\n"
    out += "第二条【适用范围】 本规约适用于户籍在本村的村民，以及在本村居住、生产经营的其他人员。\n"
    out += "\n第二章 权利义务与待遇\n"
    var n = 3
    var taken = Set(rules.map(\.label) + ["制定目的", "适用范围", "解释", "施行日期"])
    for a in articles {
      var title = a.title
      for suffix in ["", "规定", "办法", "待遇", "细则"] where !taken.contains(a.title + suffix) { title = a.title + suffix; break }
      taken.insert(title)
      out += "第\(BenchNumeral.chinese(n))条【\(title)】 \(a.prose)\n"
      for r in a.rules { out += r.weifa }
      n += 1
    }
    out += "\n第三章 附则\n"
    out += "第\(BenchNumeral.chinese(n))条【解释】 本规约由村民委员会负责解释。\n"
    out += "第\(BenchNumeral.chinese(n + 1))条【施行日期】 本规约自2025年3月1日起施行。\n"
    return out
  }

  /// The spec as JSON, for the peer.
  package var json: String {
    let (attrs, defs) = used
    var s = "{\"attributes\":["
    s += attrs.map { a -> String in
      var o = "{\"name\":\(jsonString(a.name)),\"type\":\"\(a.type.jsonKind)\""
      if case .enumeration(let vs) = a.type { o += ",\"values\":[\(vs.map(jsonString).joined(separator: ","))]" }
      return o + "}"
    }.joined(separator: ",")
    s += "],\"definitions\":[" + defs.map { "{\"name\":\(jsonString($0.0)),\"expr\":\($0.1.json)}" }.joined(separator: ",")
    s += "],\"rules\":[" + rules.map(\.json).joined(separator: ",\n") + "]}\n"
    return s
  }
}

// MARK: - The population

/// Residents with realistic, correlated attributes. Person `i` depends only on (seed, i).
package struct Population {
  package let seed: UInt64
  package let attributes: [BenchAttribute]
  package let locale: CharterLocale

  /// Where each CSV column's value is in `values(_:)`.
  package let columns: [Int]

  package init(seed: UInt64, attributes: [BenchAttribute], locale: CharterLocale = .village) {
    self.seed = seed
    self.attributes = attributes
    self.locale = locale
    columns = attributes.map { Catalog.index[$0.name == "是否在本社区居住" ? "是否在本村居住" : $0.name]! }
  }

  /// The CSV header: 编号 and the attributes.
  package var header: String { "编号," + attributes.map(\.name).joined(separator: ",") + "\n" }

  /// Every catalog attribute of person `i`, as integers: numbers ×100, enumerations as the
  /// index of their value, yes/no as 0/1, dates as yyyymmdd.
  package func person(_ i: Int) -> [String: Int] {
    let v = values(i)
    var p = [String: Int](minimumCapacity: v.count)
    for (k, a) in Catalog.attributes.enumerated() { p[a.name] = v[k] }
    return p
  }

  /// Person `i` as `person(i)` gives it, in catalog order (what the CSV writer reads).
  package func values(_ i: Int) -> [Int] {
    var r = BenchRNG(seed: BenchRNG.derive(seed, 2, UInt64(i)))
    var p = Values()
    let band = r.weighted([18, 40, 20, 14, 6, 1.8, 0.2])
    let age: Int
    switch band {
    case 0: age = r.range(0, 17)
    case 1: age = r.range(18, 44)
    case 2: age = r.range(45, 59)
    case 3: age = r.range(60, 69)
    case 4: age = r.range(70, 79)
    case 5: age = r.range(80, 94)
    default: age = r.range(95, 104)
    }
    let home = r.chance(0.84)
    let male = r.chance(0.5)
    p["年龄"] = age * 100
    p["户籍"] = home ? 0 : 1
    p["性别"] = male ? 0 : 1
    p["婚姻状况"] = age < 20 ? 0 : age < 30 ? r.weighted([55, 42, 3, 0]) : age < 65 ? r.weighted([6, 84, 7, 3]) : r.weighted([2, 68, 5, 25])
    p["是否在本村居住"] = home ? (r.chance(0.78) ? 1 : 0) : (r.chance(0.95) ? 1 : 0)
    p["是否集体经济组织成员"] = home && r.chance(0.9) ? 1 : 0
    p["是否党员"] = age >= 18 && r.chance(0.08) ? 1 : 0
    let poor = r.chance(0.045)
    p["是否低保户"] = poor ? 1 : 0
    p["是否特困人员"] = (poor && r.chance(0.12)) || (age >= 60 && r.chance(0.004)) ? 1 : 0
    p["是否退役军人"] = male && age >= 20 && r.chance(0.06) ? 1 : 0
    p["是否独生子女父母"] = age >= 40 && r.chance(0.15) ? 1 : 0
    p["是否被剥夺政治权利"] = age >= 18 && r.chance(0.001) ? 1 : 0
    p["是否出租房屋"] = age >= 25 && r.chance(0.12) ? 1 : 0
    p["是否养殖畜禽"] = age >= 20 && r.chance(0.15) ? 1 : 0
    p["是否有老年父母"] = age >= 25 && age <= 75 && r.chance(0.7) ? 1 : 0
    p["是否适龄儿童监护人"] = age >= 25 && age <= 50 && r.chance(0.45) ? 1 : 0
    p["当年考取本科"] = age >= 17 && age <= 19 && r.chance(0.3) ? 1 : 0
    p["残疾等级"] = r.chance(0.94) ? 0 : r.range(1, 4)
    p["家庭人口"] = (1 + r.weighted([8, 20, 26, 22, 12, 7, 3, 2])) * 100
    // Income: a skewed spread, lower for poor households, with cents.
    let base = poor ? 2000 + r.below(5000) : 4000 + Int(r.unit() * r.unit() * 60000)
    p["人均年收入"] = base * 100 + r.below(100)
    p["志愿服务次数"] = (r.chance(0.55) ? 0 : Int(r.unit() * r.unit() * 40)) * 100
    p["家庭积分"] = r.below(121) * 100
    p["文明户星级"] = r.weighted([8, 18, 30, 22, 12, 10])
    let school: Int
    switch age {
    case 0..<3: school = 0
    case 3..<6: school = 1
    case 6..<12: school = 2
    case 12..<15: school = 3
    case 15..<18: school = r.chance(0.9) ? 4 : 6
    case 18..<23: school = r.chance(0.45) ? 5 : 6
    default: school = 6
    }
    p["就读阶段"] = school
    p["从业状况"] = age < 18 || school == 5 ? 4 : age >= 65 ? (r.chance(0.6) ? 3 : 0) : r.weighted([30, 40, 12, 3, 0, 15])
    let year = max(1950, 2025 - age + (r.chance(0.8) ? 0 : r.below(max(1, age))))
    p["落户日期"] = min(year, 2025) * 10000 + r.range(1, 12) * 100 + r.range(1, 28)
    return p.slots
  }

  /// Catalog slots addressed by name, checked at compile time of the table below.
  package struct Values {
    package var slots = [Int](repeating: 0, count: Catalog.attributes.count)
    package subscript(_ name: String) -> Int {
      get { slots[Catalog.index[name]!] }
      set { slots[Catalog.index[name]!] = newValue }
    }
  }

  /// Appends the CSV row of person `i`.
  package func row(_ i: Int, into out: inout [UInt8]) {
    let p = values(i)
    appendInt(i + 1, &out, pad: 7, prefix: "R")
    for (k, a) in attributes.enumerated() {
      out.append(0x2C)
      let v = p[columns[k]]
      switch a.type {
      case .number:
        appendInt(v / 100, &out)
        if v % 100 != 0 {
          out.append(0x2E)
          out.append(UInt8(0x30 + v % 100 / 10))
          if v % 10 != 0 { out.append(UInt8(0x30 + v % 10)) }
        }
      case .boolean: out.append(contentsOf: v == 1 ? [0xE6, 0x98, 0xAF] : [0xE5, 0x90, 0xA6])   // 是 / 否
      case .enumeration(let vs): out.append(contentsOf: vs[v].utf8)
      case .date:
        appendInt(v / 10000, &out)
        out.append(0x2D); appendInt(v / 100 % 100, &out, pad: 2)
        out.append(0x2D); appendInt(v % 100, &out, pad: 2)
      }
    }
    out.append(0x0A)
  }

  private func appendInt(_ v: Int, _ out: inout [UInt8], pad: Int = 0, prefix: String = "") {
    out.append(contentsOf: prefix.utf8)
    var digits = [UInt8]()
    var x = v
    repeat { digits.append(UInt8(0x30 + x % 10)); x /= 10 } while x > 0
    while digits.count < pad { digits.append(0x30) }
    out.append(contentsOf: digits.reversed())
  }
}

/// Which rules of the spec apply to a resident, from the spec alone: subject and condition hold,
/// the exception does not, and no rule that takes precedence applies. (The spec never chains
/// priorities, so the order they are applied in does not matter.)
package func specApplies(_ spec: BatchSpec, _ person: [String: Int]) -> [Bool] {
  let rules = spec.rules
  let defs = Dictionary(uniqueKeysWithValues: spec.locale.definitions.map { ($0.0, $0.1) })
  var enums = [String: [String]]()
  for a in Catalog.attributes.map(spec.locale.attribute) { if case .enumeration(let vs) = a.type { enums[a.name] = vs } }
  var applies = rules.map { r -> Bool in
    [r.subject, r.condition].compactMap { $0 }.allSatisfy { $0.holds(person, defs, enums: enums) } && !(r.except?.holds(person, defs, enums: enums) ?? false)
  }
  let before = applies
  for (x, r) in rules.enumerated() where before[x] {
    for o in r.overrides { if let y = rules.firstIndex(where: { $0.label == o }) { applies[y] = false } }
  }
  for (x, r) in rules.enumerated() {
    for e in r.exceptLabels { if let y = rules.firstIndex(where: { $0.label == e }), before[y] { applies[x] = false } }
  }
  return applies
}

/// What the batch evaluation must print for one resident, computed from the spec alone (the
/// reference the tests compare Weifa's batch output with).
package func expectedBatchRow(_ spec: BatchSpec, _ person: [String: Int], id: String) -> String {
  let rules = spec.rules
  let applies = specApplies(spec, person)
  var counts = [0, 0, 0, 0]
  var periods = [String]()
  var totals = [String: Int]()
  var names = [String]()
  for (i, r) in rules.enumerated() {
    let period = r.amount != nil && (r.amountPrefix ?? "").hasPrefix("每") ? r.amountPrefix! : "一次性"
    // A cap (不超过300元) is no sum to total: it is listed with the benefit as written.
    let cap = r.amount != nil && ["不超过", "最多"].contains(r.amountPrefix ?? "")
    if !periods.contains(period) { periods.append(period) }
    guard applies[i] else { continue }
    switch r.kind {
    case .obligation: counts[0] += 1
    case .prohibition: counts[1] += 1
    case .right: counts[2] += 1
    case .benefit:
      counts[3] += 1
      if cap { names.append("\(r.label)：\(r.amountPrefix!)\(r.amount!)元（上限）") } else {
        totals[period, default: 0] += r.amount ?? 0
        names.append(r.label)
      }
    }
  }
  return ([id] + counts.map(String.init) + periods.map { String(totals[$0] ?? 0) } + [names.joined(separator: "；"), "0"]).joined(separator: ",")
}
