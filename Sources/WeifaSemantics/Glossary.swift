import WeifaBase

/// English glosses of the statutes' terms (bodies, offices, matters) and of the decision facts, for
/// answers in English (`--lang en`): `Glossary.en("村民会议")` is `villagers' assembly (村民会议)`; a term
/// it does not know stays Chinese in quotes. The Chinese term is kept once in brackets so an English
/// reader can find it in the charter; `Glossary.once` drops the brackets after the first mention.
package enum Glossary {
  /// Statute terms: bodies, offices and the statutory matters of Codes/上位法.
  package static let terms: [String: String] = [
    // Bodies.
    "村民会议": "villagers' assembly", "村民代表会议": "villagers' representative assembly", "村民小组会议": "villagers' group meeting",
    "村民小组": "villagers' group", "村民委员会": "villagers' committee", "村民委员会选举": "villagers' committee ballot",
    "村民选举委员会": "village election committee", "村务监督委员会": "village affairs supervision committee",
    "村务监督机构": "village affairs supervisory body", "居民会议": "residents' assembly", "居民委员会": "residents' committee",
    "居民小组": "residents' group", "成员大会": "members' assembly", "成员代表大会": "members' representative assembly",
    "理事会": "board of directors", "监事会": "supervisory board", "人民调解委员会": "people's mediation committee",
    "乡镇人民政府": "township government", "县级人民政府民政部门": "county civil affairs department",
    "农村集体经济组织": "rural collective economic organisation", "村民": "villagers", "居民": "residents", "成员": "members",
    // Offices.
    "主任": "chair", "副主任": "vice-chair", "委员": "member", "村民代表": "village representative", "成员代表": "members' representative",
    "村民小组组长": "villagers' group leader", "理事长": "chair of the board", "村民委员会成员": "villagers' committee member",
    "村务监督委员会成员": "member of the village affairs supervision committee", "人民调解委员会委员": "people's mediation committee member",
    "村民委员会主任": "chair of the villagers' committee", "村民委员会副主任": "vice-chair of the villagers' committee",
    "村民委员会委员": "villagers' committee member", "理事会成员": "board member", "监事会成员": "supervisory board member",
    "候选人": "candidate", "村民委员会成员候选人": "candidate for the villagers' committee",
    // Matters (the @事项 of Codes/上位法 and the decision corpus).
    "一般事项": "ordinary matter", "个别调整承包地": "individual adjustment of contracted land",
    "个别土地承包经营权人之间承包地的调整": "adjustment of contracted land between individual holders",
    "停发最低生活保障金": "stopping minimum-living-standard payments",
    "公益事业兴办和筹资筹劳方案及建设承包方案": "plans for public-welfare works, their funding and labour, and construction contracts",
    "公益事业所需费用的筹集": "raising the costs of public-welfare works",
    "农村土地承包、宅基地使用和集体经营性财产收益权份额量化方案": "plan for land contracting, homestead use and quantified shares of collective operating assets",
    "农村集体经济组织合并和分立": "merger and division of the collective economic organisation",
    "制定和修改农村集体经济组织章程": "adopting and amending the articles of the collective economic organisation",
    "制定和修改村民自治章程、村规民约": "adopting and amending the village self-governance charter and village rules",
    "制定居民公约": "adopting the residents' convention",
    "发包给本集体经济组织以外的单位或者个人承包": "contracting land to units or persons outside the collective",
    "同意户籍不在本村的公民参加选举": "admitting citizens not registered in the village to the election",
    "土地承包方案以及发包给本集体以外的组织或者个人承包": "the land contracting plan and contracting to outsiders",
    "土地承包方案": "land contracting plan", "土地补偿费等的分配和使用办法": "rules for distributing and using land compensation",
    "土地补偿费等费用的使用和分配办法": "rules for using and distributing land compensation",
    "处分村集体财产": "disposal of village collective property", "宅基地使用方案": "homestead use plan",
    "审议村民委员会的年度工作报告": "reviewing the villagers' committee's annual work report",
    "居民委员会的设立、撤销、规模调整": "setting up, abolishing or resizing a residents' committee",
    "村民委员会的设立、撤销、范围调整": "setting up, abolishing or redrawing a villagers' committee",
    "工作移交": "handover", "年度经营报告和收益分配方案": "annual business report and profit distribution plan",
    "年度财务预决算和收益分配方案": "annual budget, accounts and profit distribution plan",
    "征地补偿费的使用和分配方案": "plan for using and distributing land-acquisition compensation", "投资等重大事项": "investment and other major matters",
    "推选村务监督机构成员": "choosing members of the village affairs supervisory body",
    "撤换和补选居民委员会成员": "replacing and by-electing residents' committee members", "撤换村民委员会成员": "replacing villagers' committee members",
    "撤销或者变更村民代表会议不适当的决定": "annulling or changing improper decisions of the villagers' representative assembly",
    "撤销或者变更村民委员会不适当的决定": "annulling or changing improper decisions of the villagers' committee",
    "最低生活保障审批": "approval of minimum living standard assistance",
    "村民小组集体财产经营管理和公益事项办理": "the villagers' group's collective property and public-welfare affairs",
    "村集体经济所得收益的使用": "use of the village collective's income", "村集体经济项目的立项和承包方案": "village collective projects and their contracting plans",
    "涉及全体居民利益的重要问题": "important questions affecting all residents", "申诉处理决定": "decision on an objection",
    "离任经济责任审计结果": "result of the departure economic-responsibility audit", "罢免村民委员会成员": "recall of villagers' committee members",
    "补选村民委员会成员": "by-election of villagers' committee members", "要求审计": "demand for an audit",
    "评议村民委员会成员的工作": "rating the work of villagers' committee members", "误工补贴人员及补贴标准": "who receives lost-work allowances and how much",
    "选民名单公布": "publication of the voter list", "选民名单申诉": "objection to the voter list",
    "集体出资的企业的所有权变动": "changes in ownership of collectively funded enterprises",
    "非成员享有集体收益分配和服务福利": "non-members sharing collective income and welfare",
    "选举村民委员会": "election of the villagers' committee", "另行选举": "second round of an election", "民主评议": "democratic rating",
    "职务终止": "end of office", "任职资格": "eligibility for office", "组成": "composition", "任期": "term of office",
    "定期召开": "regular meetings", "提议召集": "proposal to convene", "村民代表推选": "choosing village representatives",
    "确认农村集体经济组织成员": "confirming membership of the collective", "请求监事会起诉": "asking the supervisory board to sue",
    "成员自行起诉": "members suing themselves", "撤销侵害成员权益的决定": "annulling a decision infringing members' rights",
    "设立规模": "size of the area served", "财务收支": "finances", "重大事项": "major matters",
    // Categories and procedure steps of Codes/上位法.
    "自治事项": "self-governance matter", "协助事项": "matter of assistance to the government",
    "主持评议": "chairing the rating", "投票表决": "vote", "投票选举": "ballot", "报请批准": "submission for approval", "审批": "approval",
    "提出申请": "application", "村民会议同意": "consent of the villagers' assembly", "联名提出罢免要求": "signed recall demand", "评议": "rating",
    "调查核实": "investigation and verification", "个别农户之间承包地的适当调整": "adjustment of contracted land between individual households",
    "申请最低生活保障": "applying for minimum living standard assistance", "民主评议村民委员会成员": "democratic rating of villagers' committee members",
    // Authorities that approve or keep a filing.
    "乡（镇）人民政府": "township government", "乡镇人民政府和县级人民政府主管部门": "township government and county department in charge",
    "县级人民政府": "county government", "县级人民政府主管部门": "county department in charge", "街道办事处": "sub-district office",
    "乡、民族乡、镇的人民政府": "township government", "县级以上地方人民政府": "local government at or above county level",
    "县级人民政府农业农村主管部门": "county agriculture and rural affairs department",
    "不设区的市、市辖区的人民政府": "government of a city without districts or of a city district",
    "不设区的市、市辖区的人民政府或者它的派出机关": "government of a city without districts or of a city district, or its agency",
    "经乡镇人民政府、街道办事处审核后，县级以上地方人民政府": "local government at or above county level, after review by the township government or sub-district office",
    "乡镇人民政府、街道办事处和县级人民政府农业农村主管部门": "township government or sub-district office, and the county agriculture and rural affairs department",
    // Words of the facts' values.
    "称职": "competent", "基本称职": "basically competent", "不称职": "incompetent", "是": "yes", "否": "no",
    "配偶": "spouse", "妻子": "wife", "丈夫": "husband", "父母": "parent", "子女": "child", "儿子": "son", "女儿": "daughter",
    "兄弟姐妹": "sibling", "祖父母": "grandparent", "外祖父母": "maternal grandparent", "孙子女": "grandchild", "外孙子女": "daughter's child",
    "儿媳": "daughter-in-law", "女婿": "son-in-law", "侄子": "nephew", "外公": "maternal grandfather", "叔伯": "uncle",
    "父亲": "father", "母亲": "mother", "兄弟": "brother", "姐妹": "sister", "哥哥": "elder brother", "弟弟": "younger brother",
    "姐姐": "elder sister", "妹妹": "younger sister", "祖父": "grandfather", "祖母": "grandmother", "爷爷": "grandfather", "外婆": "maternal grandmother",
    "奶奶": "grandmother", "妇女村民代表": "women village representatives", "妇女代表": "women representatives", "妇女成员": "women members", "外祖父": "maternal grandfather", "外祖母": "maternal grandmother", "孙子": "grandson", "孙女": "granddaughter", "外孙": "daughter's son",
    "外孙女": "daughter's daughter", "堂兄弟姐妹": "cousin", "表姐": "cousin", "外甥": "sister's son", "岳母": "mother-in-law", "舅舅": "maternal uncle",
    "会计": "accountant", "会计人员": "accounting staff", "财务人员": "finance staff", "监事": "supervisor", "理事": "director",
    "村民选举委员会委员": "member of the village election committee", "村民选举委员会成员": "member of the village election committee",
    "财务收支情况": "finances", "涉及村民利益的重大事项": "major matters affecting villagers", "上位法": "the higher law",
    "不设区的市": "city without districts", "市辖区的人民政府": "government of a city district", "按月公布": "published monthly",
    "全体居民": "all residents", "户代表": "household representatives", "小组代表": "group representatives",
    "按户推选": "chosen by households", "按村民小组推选": "chosen by villagers' groups", "随时公布": "published at once",
    "按季度公布": "published quarterly", "通过": "passed", "同意": "approved",
  ]

  /// Short English names of the decision facts (`DecisionFactNames`).
  package static let facts: [String: String] = [
    "成员": "members", "十八周岁以上村民": "villagers aged 18+", "十八周岁以上居民": "residents aged 18+",
    "成员总数": "all members of full capacity", "组成人员": "members of the body", "有选举权的村民": "villagers entitled to vote",
    "登记选民": "registered voters", "参加投票": "ballots cast", "得票": "votes for the candidate", "得票最多": "most votes",
    "户数": "households", "到会户数": "households present", "到会": "present", "在线参加": "present online", "委托参加": "present by proxy",
    "赞成": "in favour", "反对": "against", "村民代表总数": "village representatives", "赞成代表数": "representatives in favour",
    "村委会成员": "committee members in the assembly", "妇女代表": "women representatives", "妇女成员": "women members",
    "多民族居住": "multi-ethnic", "人数较少民族成员": "members of the smaller ethnic group", "会议形式": "form of the meeting",
    "居民小组数": "residents' groups", "小组代表": "group representatives", "提议人数": "proposers", "提议户数": "proposing households",
    "提议小组数": "proposing groups", "提议代表数": "proposing representatives", "联名人数": "signatories", "联名代表数": "signing representatives",
    "要求审计人数": "villagers demanding an audit", "书面请求人数": "members requesting in writing", "通知日期": "notice date",
    "会议日期": "meeting date", "提供查阅日期": "date reports were available", "公布日期": "publication date", "选举日期": "election date",
    "申诉日期": "objection date", "收到申诉日期": "date the objection was received", "处理决定日期": "decision date",
    "产生日期": "date the new committee was produced", "移交完成日期": "handover date", "知道撤销事由日期": "date the cause was known",
    "决定作出日期": "date of the decision", "起诉日期": "date of the suit", "收到请求日期": "date the request was received",
    "监事会拒绝": "the supervisory board refused", "查询日期": "date asked about", "会议月份": "months with a meeting",
    "任期开始": "start of the term", "补选日期": "by-election date", "推选方式": "how representatives are chosen",
    "推选户数": "households per representative", "事项类别": "kind of matter", "集体财务往来较多": "many collective transactions",
    "公布月份": "months of publication", "公布方式": "way of publication", "现任职务": "office held", "拟任职务": "office sought",
    "亲属关系": "relation", "亲属职务": "relative's office", "评议结果": "ratings", "丧失行为能力": "lost capacity",
    "被判处刑罚": "sentenced to a criminal penalty", "决定机构": "deciding body", "已授权": "authorised", "表决结果": "result of the vote",
  ]

  /// `villagers' assembly (村民会议)` for a known term or fact; a compound of a known body and an office
  /// (`村民委员会主任`) is glossed from its parts; anything else is quoted (`“某某”`).
  package static func en(_ zh: String) -> String {
    if let g = terms[zh] ?? facts[zh] { return "\(g) (\(zh))" }
    if let (b, rest) = terms.keys.filter({ zh.hasPrefix($0) && zh.count > $0.count }).max(by: { $0.count < $1.count }).map({ ($0, String(zh.dropFirst($0.count))) }),
       let r = terms[rest] {
      return "\(r) of the \(terms[b]!) (\(zh))"
    }
    return zh.unicodeScalars.allSatisfy(\.isASCII) ? zh : "“\(zh)”"
  }

  /// Just the English words (no brackets), or the term itself when unknown.
  package static func plain(_ zh: String) -> String { terms[zh] ?? facts[zh] ?? zh }

  /// English text in which each `gloss (中文)` keeps its brackets only the first time.
  package static func once(_ text: String) -> String {
    var out = text
    var seen = Set<String>()
    var search = out.startIndex
    while let open = out[search...].firstRange(of: " (") {
      guard let close = out[open.upperBound...].firstRange(of: ")") else { break }
      let inner = String(out[open.upperBound..<close.lowerBound])
      let isTerm = terms[inner] != nil || facts[inner] != nil || inner.hasPrefix("《") && inner.hasSuffix("》")
      if isTerm && seen.contains(inner) {
        out.removeSubrange(open.lowerBound..<close.upperBound)
        search = open.lowerBound
      } else {
        if isTerm { seen.insert(inner) }
        search = close.upperBound
      }
    }
    return out
  }
}

extension Glossary {
  /// Threshold bases as English names them.
  static let bases: [String: String] = [
    "成员": "members", "全体成员": "all members", "户": "households", "组成人员": "members of the body", "到会": "those present",
    "到会人员": "those present", "全体": "all members", "代表": "representatives", "全体代表": "all representatives",
    "登记选民": "registered voters", "投票": "ballots cast", "小组": "residents' groups", "有选举权": "voters",
  ]

  /// A ratio in English (`过半数` → more than half, `三分之二以上` → at least 2/3), nil when it is none.
  static func ratio(_ zh: String) -> String? {
    switch zh {
    case "过半数": return "more than half"
    case "半数以上": return "half or more"
    case "全体一致": return "unanimity"
    default: break
    }
    var s = zh, prefix = "", suffix = ""
    for p in ["超过", "不少于", "不低于"] where s.hasPrefix(p) { prefix = p; s.removeFirst(p.count) }
    for q in ["以上", "以下", "以内"] where s.hasSuffix(q) { suffix = q; s.removeLast(q.count) }
    var fraction: String?
    if let r = s.firstRange(of: "分之") {
      let d = String(s[..<r.lowerBound]), n = String(s[r.upperBound...])
      if let dn = Int(d) ?? ChineseNumeral.parse(d), let nn = Int(n) ?? ChineseNumeral.parse(n) { fraction = "\(nn)/\(dn)" }
    } else if s.allSatisfy({ $0.isASCII }) && !s.isEmpty { fraction = s }
    guard let f = fraction else { return nil }
    switch (prefix, suffix) {
    case ("超过", _): return "more than \(f)"
    case ("不少于", _), ("不低于", _), (_, "以上"): return "at least \(f)"
    case (_, "以下"), (_, "以内"): return "at most \(f)"
    default: return f
    }
  }

  /// A period or notice as written (`20日前`, `提前十日`, `10日内`, `3至7人`), in English; nil when it is none.
  static func quantity(_ zh: String) -> String? {
    var s = zh, lead = "", tail = ""
    if s.hasPrefix("提前") { s.removeFirst(2); tail = " in advance" }
    for (p, e) in [("不少于", "at least "), ("不超过", "at most "), ("至少", "at least "), ("最多", "at most ")] where s.hasPrefix(p) { s.removeFirst(p.count); lead = e }
    if s.hasSuffix("以上") { s.removeLast(2); lead = "at least " } else if s.hasSuffix("以下") { s.removeLast(2); lead = "at most " }
    if s.hasPrefix("每") { return nil }
    if s.hasSuffix("前") { s.removeLast(); tail = " before" } else if s.hasSuffix("内") { s.removeLast(); lead = "within " }
    else if s.hasSuffix("以内") { s.removeLast(2); lead = "within " }
    let units: [(String, String)] = [("个工作日", "working days"), ("工作日", "working days"), ("个月", "months"), ("日", "days"), ("天", "days"),
                                     ("年", "years"), ("人", "persons"), ("名", "persons"), ("户", "households")]
    for (u, e) in units where s.hasSuffix(u) {
      let num = String(s.dropLast(u.count))
      let parts = num.split(separator: "至", omittingEmptySubsequences: false).map(String.init)
      let ns = parts.compactMap { Int($0) ?? ChineseNumeral.parse($0) }
      guard ns.count == parts.count, !ns.isEmpty else { return nil }
      return lead + ns.map(String.init).joined(separator: " to ") + " " + e + tail
    }
    return nil
  }

  /// A rule as English shows it: a threshold (`成员 过半数 或 户 三分之二以上`), a period (`20日前`) or a
  /// statute term translated; other text — a charter's own words — quoted as written.
  package static func rule(_ zh: String) -> String {
    if let q = quantity(zh) { return q }
    let parts = zh.split(separator: " 或 ").map(String.init)
    var out = [String]()
    for t in parts {
      let words = t.split(separator: " ").map(String.init)
      if words.count == 2, let b = bases[words[0]], let r = ratio(words[1]) { out.append("\(r) of \(b)"); continue }
      if words.count == 1, let r = ratio(words[0]) { out.append(r); continue }
      out = []; break
    }
    if !out.isEmpty { return out.joined(separator: ", or ") }
    if terms[zh] != nil || facts[zh] != nil { return en(zh) }
    return zh.unicodeScalars.allSatisfy(\.isASCII) ? zh : "“\(zh)” (as written)"
  }
}

extension Glossary {
  /// The English names of the laws decisions cite.
  package static let laws: [String: String] = [
    "中华人民共和国村民委员会组织法": "Villagers' Committees Law", "中华人民共和国城市居民委员会组织法": "Urban Residents' Committees Law",
    "中华人民共和国民法典": "Civil Code", "中华人民共和国农村土地承包法": "Rural Land Contracting Law",
    "中华人民共和国农村集体经济组织法": "Rural Collective Economic Organisations Law", "中华人民共和国人民调解法": "People's Mediation Law",
    "中华人民共和国行政处罚法": "Administrative Penalties Law", "中华人民共和国妇女权益保障法": "Women's Rights Protection Law",
    "中华人民共和国宪法": "Constitution", "社会救助暂行办法": "Interim Measures on Social Assistance",
    "中华人民共和国个人信息保护法": "Personal Information Protection Law", "全国年节及纪念日放假办法": "Measures on National Holidays",
  ]

  /// A citation in English: `Villagers' Committees Law art. 18 (《中华人民共和国村民委员会组织法》)`; a law without
  /// an English name keeps its 《title》.
  package static func citation(_ c: LegalCitation) -> String {
    var s = laws[c.law] ?? "《\(c.law)》"
    if let a = c.article { s += " art. \(a)" }
    if let p = c.paragraph { s += "(\(p))" }
    return laws[c.law] != nil ? s + " (《\(c.law)》)" : s
  }

  /// English diagnostic text: each 《title》 of a law with an English name becomes `English name (《title》)`;
  /// the rest is left as written.
  package static func lawNames(_ text: String) -> String {
    guard text.contains("《") else { return text }
    var out = "", rest = Substring(text)
    while let open = rest.firstIndex(of: "《"), let close = rest[open...].firstIndex(of: "》") {
      out += rest[..<open]
      let title = String(rest[rest.index(after: open)..<close])
      out += laws[title].map { "\($0) (《\(title)》)" } ?? "《\(title)》"
      rest = rest[rest.index(after: close)...]
    }
    return out + rest
  }

  /// English answer text with the statute terms glossed: each run of Chinese it knows — quoted or
  /// not (“村民会议”, 村民会议, a list 乡镇人民政府、街道办事处) — becomes `villagers' assembly (村民会议)`, a quoted
  /// threshold or period (“成员 过半数”) its English words, then `once`. Text in brackets, 《titles》 and
  /// runs it does not know are left as they are.
  package static func english(_ text: String) -> String {
    let chars = Array(text)
    var out = ""
    var i = 0
    func isHan(_ c: Character) -> Bool { c.unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) } ?? false }
    while i < chars.count {
      let c = chars[i]
      if c == "“", let close = chars[(i + 1)...].firstIndex(of: "”") {
        let inner = String(chars[(i + 1)..<close])
        let asRule = rule(inner)
        if let g = known(inner) { out += g } else if !asRule.hasSuffix("(as written)") && asRule != inner { out += asRule } else { out += String(chars[i...close]) }
        i = close + 1
        continue
      }
      if c == "(" && chars[(i + 1)...].prefix(while: { $0 != ")" }).contains("“") {
        // A bracket holding quoted terms, `(“村民代表总数”)`: glossed like the rest.
        out.append(c); i += 1; continue
      }
      if c == "(" || c == "《" {
        let closing: Character = c == "(" ? ")" : "》"
        if let close = chars[(i + 1)...].firstIndex(of: closing) {
          let inner = String(chars[(i + 1)..<close])
          // A law cited by its title alone: its English name, the title once in brackets.
          if c == "《", let name = laws[inner] { out += "\(name) (《\(inner)》)" } else { out += String(chars[i...close]) }
          i = close + 1
          continue
        }
      }
      if isHan(c) {
        var j = i
        while j < chars.count, isHan(chars[j]) || "（）、，".contains(chars[j]) { j += 1 }
        let run = String(chars[i..<j])
        out += known(run) ?? run
        i = j
        continue
      }
      out.append(c)
      i += 1
    }
    return once(out)
  }

  /// The gloss of a term or fact, or of a list of them (`A、B`, `A和B`, `A或者B`); nil when a part is unknown.
  static func known(_ run: String) -> String? {
    if terms[run] != nil || facts[run] != nil { return en(run) }
    for (sep, word) in [("、", ", "), ("和", " and "), ("或者", " or ")] where run.contains(sep) {
      let parts = run.split(separator: Character(sep.count == 1 ? sep : "或")).map(String.init)
      let cleaned = sep == "或者" ? parts.map { $0.hasPrefix("者") ? String($0.dropFirst()) : $0 } : parts
      let gl = cleaned.map { terms[$0] ?? facts[$0] }
      if gl.allSatisfy({ $0 != nil }) && cleaned.count > 1 { return gl.map { $0! }.joined(separator: word) + " (\(run))" }
    }
    return nil
  }
}

extension Glossary {
  /// How often something is done (`每季度一次`, `至少每月公布一次`, `随时公布`), in English; the text quoted when
  /// no period is found in it.
  package static func frequency(_ zh: String) -> String {
    let periods: [(String, String)] = [("每两个月", "every two months"), ("每半年", "every half year"), ("每季度", "every quarter"),
                                       ("每个月", "every month"), ("每月", "every month"), ("每年", "every year"), ("随时", "at once"), ("及时", "promptly")]
    guard let (_, e) = periods.first(where: { zh.contains($0.0) }) else { return "“\(zh)” (as written)" }
    return (zh.contains("至少") ? "at least " : "") + e + (zh.contains("一次") ? " (once)" : "")
  }

  /// An input error (`到会 > 十八周岁以上村民`, `会议日期 不是有效日期`) in English: fact names glossed, the
  /// evaluator's words translated.
  package static func message(_ zh: String) -> String {
    let words: [String: String] = [
      "为负数": "is negative", "不是整数": "is not a whole number", "不是有效日期": "is not a valid date", "晚于": "is after",
      "早于": "is before", "须为正整数": "must be a positive whole number", "超出可处理的范围": "is out of range", "超出": "is outside",
      "至": "to", "不是": "is not",
    ]
    return zh.split(separator: " ").map { w -> String in
      let s = String(w)
      if let e = words[s] { return e }
      if let g = facts[s] ?? terms[s] { return "\(g) (\(s))" }
      if s.hasSuffix("×3"), let g = facts[String(s.dropLast(2))] { return "\(g) (\(s.dropLast(2))) × 3" }
      return s
    }.joined(separator: " ")
  }

  /// A condition as written (`丧失行为能力 或 被判处刑罚`) in English words: the operators translated,
  /// each name quoted so `english` glosses it (`“丧失行为能力” or “被判处刑罚”`).
  package static func condition(_ zh: String) -> String {
    let ops: [String: String] = ["或": "or", "或者": "or", "且": "and", "并且": "and", "非": "not", "属于": "in", "不属于": "not in"]
    return zh.split(separator: " ").map { w -> String in
      let s = String(w)
      if let o = ops[s] { return o }
      return s.unicodeScalars.allSatisfy(\.isASCII) || "=≠≥≤<>".contains(s) ? s : "“\(s)”"
    }.joined(separator: " ")
  }
}
