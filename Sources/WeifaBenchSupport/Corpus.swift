// The province-scale corpus: one charter per community, generated from (seed, index) alone.
// Imports nothing, like Generator.swift, so the generator test compiles the same source.

/// A kind of charter and the size real ones have (PRACTICE.md: a 村规民约 runs 20–60
/// articles, an autonomy charter 50–150).
package struct CharterKind {
  package var name: String
  package var locale: CharterLocale
  package var articles: ClosedRange<Int>
  package var charterWord: String   // 本规约 / 本公约 / 本章程
  package var weight: Double

  package static let all: [CharterKind] = [
    CharterKind(name: "村规民约", locale: .village, articles: 20...60, charterWord: "本规约", weight: 45),
    CharterKind(name: "居民公约", locale: .urbanCommunity, articles: 20...60, charterWord: "本公约", weight: 25),
    CharterKind(name: "村民自治章程", locale: .village, articles: 50...150, charterWord: "本章程", weight: 15),
    CharterKind(name: "社区自治章程", locale: .urbanCommunity, articles: 50...150, charterWord: "本章程", weight: 15),
  ]
}

/// Generates charter `index` of the corpus of `seed`. Every charter checks clean.
package struct CharterGenerator {
  package let seed: UInt64
  package init(seed: UInt64) { self.seed = seed }

  package func charter(index: Int) -> String {
    var b = CharterBuilder(seed: BenchRNG.derive(seed, 1, UInt64(index)), index: index)
    return b.build()
  }

  /// The same charter laid out as most real ones are: `一、` headings over `1.` articles, numbered
  /// on across the headings, with no printed 条标 (each article named by `@条标`).
  package func realLayoutCharter(index: Int) -> String {
    var b = CharterBuilder(seed: BenchRNG.derive(seed, 1, UInt64(index)), index: index)
    b.realLayout = true
    return b.build()
  }
}

// MARK: - Names

package enum Names {
  package static let provinceCities = ["湖北省宜昌市", "福建省厦门市", "浙江省湖州市", "江苏省苏州市", "四川省成都市", "湖南省常德市", "安徽省黄山市", "江西省赣州市",
                               "山东省临沂市", "河南省信阳市", "广东省梅州市", "广西壮族自治区桂林市", "贵州省遵义市", "云南省大理白族自治州", "陕西省汉中市"]
  package static let countyFirst = ["青", "云", "龙", "凤", "石", "清", "双", "白", "金", "玉", "桃", "柳", "松", "梅", "兰", "竹", "新", "安", "永", "长"]
  package static let countySecond = ["山", "川", "江", "河", "溪", "湖", "阳", "平", "宁", "丰", "源", "台", "林", "泉", "岭", "桥", "塘", "港", "湾", "坪"]
  package static let communitySecond = ["口", "头", "岗", "坝", "埠", "庄", "田", "园", "湾", "洲", "营", "寨", "畈", "冲", "堡", "滩", "亭", "墩", "垄", "坊"]

  package static func place(_ r: inout BenchRNG, urban: Bool, index: Int) -> (full: String, short: String, town: String, townGov: String) {
    let city = r.pick(provinceCities)
    let county = r.pick(countyFirst) + r.pick(countySecond) + (r.chance(0.5) ? "县" : "区")
    let town = r.pick(countyFirst) + r.pick(countySecond) + (urban ? "街道" : "镇")
    // The index keeps names distinct across a corpus of any size.
    let short = r.pick(countyFirst) + r.pick(communitySecond) + BenchNumeral.chinese(index % 997 + 1) + (urban ? "社区" : "村")
    let gov = urban ? town + "办事处" : town + "人民政府"
    return (city + county + town + short, short, town, gov)
  }
}

// MARK: - Prose

/// Prose topics: sentences that read like real charters and never trip a legality or
/// prose-versus-rule check (no amounts, no ratios, no sanction words).
package enum Prose {
  /// Placeholders: {P} 村民/居民, {H} 本村/本社区, {C} committee, {M} meeting, {R} representatives,
  /// {S} supervision, {G} this charter, {A} 村务/居务, {T} township government.
  package static let topics: [(title: String, sentences: [String])] = [
    ("社会治安", ["{P}应当增强法治观念，自觉维护社会治安秩序。", "发现违法犯罪行为，应当及时向公安机关报告。", "{C}组织治安巡逻队，定期开展巡逻。",
              "{P}之间应当和睦相处，邻里发生矛盾的，提倡互谅互让、协商解决。", "外来人员应当依法办理居住登记，自觉遵守{G}。", "倡导{P}以健康的方式开展文体娱乐活动。"]),
    ("消防安全", ["各户应当安全用火、用电、用气，不得私拉乱接电线。", "房前屋后的柴草应当堆放在安全地点。", "发现火情，应当立即报警，并在确保自身安全的前提下参加扑救。",
              "{C}定期组织消防安全检查，督促消除火灾隐患。", "公共场所的消防设施、器材由专人负责维护保养。"]),
    ("森林防火", ["森林防火期内，禁止在林区野外用火。", "因生产生活确需用火的，应当依法报经批准，并采取防火措施。", "倡导文明祭扫，以鲜花祭扫、植树祭扫等方式寄托哀思。",
              "护林员应当加强巡山护林，发现火情及时报告。"]),
    ("村容村貌", ["{P}应当爱护公共设施和公共绿地，不得损坏或者侵占。", "建筑材料、柴草、农具等应当整齐堆放，不得占用道路。", "鼓励各户在房前屋后种花种树，美化庭院环境。",
              "{C}每季度组织一次环境卫生评比，评比结果在公开栏公布。", "公共厕所、垃圾收集点由保洁员负责日常保洁。"]),
    ("生态保护", ["{P}应当保护山林、水源和野生动植物资源。", "禁止乱砍滥伐林木，禁止非法猎捕野生动物。", "提倡使用有机肥料，减少农药化肥使用。",
              "农药包装物、农用薄膜等废弃物应当回收处理，不得随意丢弃。", "饮用水源保护区内不得从事可能污染水源的活动。"]),
    ("移风易俗", ["提倡婚事新办、丧事简办，反对大操大办和铺张浪费。", "提倡厚养薄葬，办理丧事应当遵守殡葬管理规定。", "倡导文明节俭的生活方式，抵制封建迷信活动。",
              "红白理事会负责婚丧事宜的报备、指导和监督，提供服务不收取任何费用。", "鼓励{P}以家庭聚餐代替宴请，以鲜花代替燃放烟花爆竹。"]),
    ("邻里互助", ["提倡邻里之间互相关心、互相帮助。", "对独居、空巢的老年人，邻里应当经常探望，发现异常及时报告{C}。", "鼓励{P}参加志愿服务组织，开展结对帮扶活动。",
              "{C}建立志愿服务记录制度，如实记录志愿服务情况。"]),
    ("家庭美德", ["家庭成员应当尊老爱幼、男女平等、夫妻和睦、勤俭持家。", "父母应当依法履行抚养教育未成年子女的义务。", "提倡好家风、好家训，开展文明家庭创建活动。",
              "倡导家庭成员共同承担家务劳动，关心老人和儿童的身心健康。"]),
    ("教育文化", ["{P}应当重视子女教育，支持子女完成学业。", "{C}组织开展读书、文艺、体育等群众性文化活动。", "农家书屋、文化活动室向{P}免费开放。",
              "鼓励{P}参加职业技能培训，提高劳动技能。", "倡导{P}学法、知法、守法、用法。"]),
    ("卫生健康", ["{P}应当养成良好的卫生习惯，积极参加爱国卫生运动。", "发生传染病疫情时，{P}应当配合有关部门做好防控工作。", "{C}协助卫生室开展健康教育和健康体检。",
              "倡导{P}科学健身，培养健康的生活方式。"]),
    ("平安建设", ["{C}建立矛盾纠纷排查制度，每月开展一次排查。", "发现可能激化的矛盾，应当及时报告并采取措施防止事态扩大。", "{P}应当通过合法途径表达诉求，不得采取过激行为。",
              "网格员应当经常走访，掌握网格内的基本情况。"]),
    ("公共设施", ["道路、路灯、水渠、文化广场等公共设施由{C}统一管理。", "任何人不得损坏、占用公共设施。", "公共设施损坏的，发现人应当及时报告{C}。",
              "公共设施的维修养护计划由{C}拟订，报{R}讨论通过后实施。"]),
    ("集体资产", ["集体资产属于本集体经济组织成员集体所有，任何组织和个人不得侵占、挪用。", "集体资产的经营、承包和处置，应当依法公开进行。",
              "{C}应当建立集体资产台账，每年清查一次。", "集体财务收支情况接受{S}的监督。"]),
    ("民主管理", ["{C}应当定期向{M}报告工作，接受{P}监督。", "涉及{P}切身利益的事项，应当广泛听取{P}意见。", "{P}对{A}有疑问的，可以向{C}提出，{C}应当及时答复。",
              "{C}成员应当廉洁奉公，不得利用职务便利谋取私利。"]),
    ("民主评议", ["{M}每年对{C}成员进行一次民主评议。", "评议结果在公开栏公布，作为考核的依据。", "{S}负责组织民主评议的具体工作。",
              "{C}成员对评议结果有异议的，可以申请复核。"]),
    ("档案管理", ["{C}应当建立健全{A}档案，妥善保管会议记录、财务凭证等资料。", "{A}档案实行专人管理，{P}可以依照规定查阅。", "档案资料不得擅自销毁、涂改。"]),
    ("物业管理", ["小区物业服务企业应当按照合同约定提供服务。", "业主应当按时交纳物业服务费用，遵守管理规约。", "{C}指导和监督小区业主委员会依法开展工作。",
              "电动自行车应当在指定地点停放、充电。"]),
    ("养犬管理", ["饲养犬只的，应当依法办理登记，定期接种狂犬病疫苗。", "携犬出户的，应当为犬只束犬链，及时清理犬只排泄物。", "烈性犬、大型犬的饲养，依照本市养犬管理规定执行。"]),
    ("停车管理", ["机动车应当在划定的停车位停放，不得占用消防通道。", "小区内车辆应当减速慢行，礼让行人。", "停车位的设置和调整，由{C}征求{P}意见后确定。"]),
    ("志愿服务", ["志愿服务遵循自愿、无偿、平等、诚信的原则。", "{C}设立志愿服务站，统筹开展志愿服务活动。", "志愿服务时长可以按照规定兑换积分。",
              "鼓励党员、退休人员和青少年参加志愿服务。"]),
    ("乡贤参与", ["鼓励在外创业成功人士、退休干部等乡贤回乡参与建设。", "乡贤理事会可以就公益事业建设提出建议。", "乡贤捐资兴办的公益项目，应当公开收支情况。"]),
    ("产业发展", ["鼓励{P}发展特色种植、养殖和乡村旅游。", "{C}为{P}发展生产提供信息、技术等服务。", "鼓励{P}依法成立专业合作社，发展适度规模经营。",
              "集体经济项目的收益，优先用于公益事业和公共服务。"]),
    ("水利管理", ["农田水利设施由受益户共同管护。", "灌溉用水应当统一调度，节约用水。", "任何人不得擅自截水、堵水或者改变水流方向。"]),
    ("安全生产", ["从事生产经营活动的，应当遵守安全生产法律、法规。", "危险化学品应当按照规定储存和使用。", "{C}协助有关部门开展安全生产检查。"]),
    ("防灾减灾", ["{C}制定自然灾害应急预案，定期组织演练。", "汛期应当加强对山塘、水库和地质灾害隐患点的巡查。", "灾害发生时，{P}应当服从统一指挥，有序撤离。"]),
    ("关爱妇女儿童", ["妇女在政治、经济、文化、社会和家庭生活等各方面享有同男子平等的权利。", "{C}成员中应当有妇女成员。", "关心留守儿童和困境儿童，落实监护责任。",
              "任何组织和个人不得歧视妇女，不得侵害妇女的合法权益。"]),
    ("关爱老人", ["{C}组织志愿者定期探访独居、空巢老人。", "鼓励开办老年人日间照料中心和老年食堂。", "倡导子女常回家看望老人。"]),
    ("网格治理", ["{H}划分若干网格，每个网格配备网格员。", "网格员负责信息采集、矛盾排查、政策宣传等工作。", "网格内的重要情况，网格员应当及时报告{C}。"]),
  ]

  /// Sentences that fit any article.
  package static let generic = [
    "{C}应当做好宣传解释工作。", "具体办法由{C}拟订，经{R}讨论通过后公布实施。", "对做出显著成绩的，{C}给予表扬。",
    "{P}有权对执行情况进行监督。", "各村民小组应当配合做好相关工作。", "相关情况应当纳入{A}公开的内容。",
    "有关部门另有规定的，从其规定。", "执行中遇到的具体问题，由{C}研究提出处理意见。", "{S}负责监督本条规定的执行。",
  ]

  package static func fill(_ s: String, _ l: CharterLocale, _ g: String, _ townGov: String) -> String {
    // One pass: a placeholder is `{` + one letter + `}`.
    var out = ""
    var scalars = s.unicodeScalars.makeIterator()
    var pending = [Unicode.Scalar]()
    while let u = scalars.next() {
      pending.append(u)
      if pending.count == 1 && u != "{" { out.unicodeScalars.append(u); pending.removeAll(); continue }
      if pending.count < 3 { continue }
      let key = pending[1]
      if pending[2] == "}", let v = value(key, l, g, townGov) { out += v } else { out.unicodeScalars.append(contentsOf: pending) }
      pending.removeAll()
    }
    out.unicodeScalars.append(contentsOf: pending)
    return out
  }

  package static func value(_ key: Unicode.Scalar, _ l: CharterLocale, _ g: String, _ townGov: String) -> String? {
    switch key {
    case "P": return l.people
    case "H": return l.home
    case "C": return l.committee
    case "M": return l.meeting
    case "R": return l.reps
    case "S": return l.supervision
    case "G": return g
    case "A": return l.affairs
    case "T": return townGov
    default: return nil
    }
  }

  package static let aspects = ["", "管理", "要求", "责任", "措施", "保障", "制度", "办法", "细则", "规范", "工作", "事项"]
}

// MARK: - The builder

package struct CharterBuilder {
  package var r: BenchRNG
  package let index: Int
  package var kind: CharterKind
  package var l: CharterLocale
  package var body = ""              // chapters and articles
  package var article = 0            // the current article's number
  package var labels = Set<String>() // every label used, for uniqueness
  package var articleLabels: [Int: String] = [:]
  /// `一、` headings and `1.` articles with `@条标` instead of 第X章 / 第X条【条标】.
  package var realLayout = false
  package var attrs = [String]()     // attributes used (names in the locale's wording)
  package var extraAttrs = [BenchAttribute]()
  package var defs = [String]()
  package var rulesEmitted = [RuleSpec]()
  package var g: String { kind.charterWord }
  package var place: (full: String, short: String, town: String, townGov: String)
  package var chapter = 0

  package init(seed: UInt64, index: Int) {
    r = BenchRNG(seed: seed)
    self.index = index
    kind = CharterKind.all[r.weighted(CharterKind.all.map(\.weight))]
    l = kind.locale
    place = Names.place(&r, urban: l.urban, index: index)
  }

  package mutating func uniqueLabel(_ base: String) -> String {
    if !labels.contains(base) { labels.insert(base); return base }
    for a in Prose.aspects.dropFirst() where !labels.contains(base + a) {
      labels.insert(base + a)
      return base + a
    }
    var k = 2
    while labels.contains(base + "其" + BenchNumeral.chinese(k)) { k += 1 }
    labels.insert(base + "其" + BenchNumeral.chinese(k))
    return base + "其" + BenchNumeral.chinese(k)
  }

  package mutating func chapterHeading(_ title: String) {
    chapter += 1
    body += realLayout ? "\n\(BenchNumeral.chinese(chapter))、\(title)\n" : "\n第\(BenchNumeral.chinese(chapter))章 \(title)\n"
  }

  /// Starts an article; returns its label.
  @discardableResult
  package mutating func startArticle(_ title: String, _ firstParagraph: String) -> String {
    article += 1
    let label = uniqueLabel(title)
    articleLabels[article] = label
    body += realLayout ? "\(article).\(firstParagraph)\n@条标 \(label)\n" : "第\(BenchNumeral.chinese(article))条【\(label)】 \(firstParagraph)\n"
    return label
  }

  package mutating func f(_ s: String) -> String { Prose.fill(s, l, g, place.townGov) }

  package mutating func use(_ e: SpecExpr) {
    e.collect(attributes: &attrs, definitions: &defs)
  }

  // MARK: Building

  package mutating func build() -> String {
    let target = r.range(kind.articles.lowerBound, kind.articles.upperBound)
    let autonomy = kind.name.contains("章程")
    // 总则
    chapterHeading("总则")
    startArticle("制定目的", "为了推进\(l.people)自治，维护\(l.home)社会秩序和公共利益，保障\(l.people)合法权益，依据《\(l.law)》第\(l.urban ? "十五" : "二十七")条和有关法律、法规，结合\(l.home)实际，制定\(g)。")
    startArticle("适用范围", "\(g)适用于户籍在\(l.home)的\(l.people)，以及在\(l.home)居住、生产经营的其他人员。")
    startArticle("基本原则", "\(g)坚持合法、平等、公开、自愿的原则，不得与宪法、法律、法规和国家的政策相抵触。")
    body += "\(l.home)坚持男女平等，任何组织和个人不得侵害妇女的合法权益。\n"
    // Bodies
    chapterHeading(autonomy ? "组织机构与议事规则" : "组织实施")
    meeting()
    representatives()
    committee()
    supervisionBody()
    let extra = r.range(0, autonomy ? 3 : 1)
    for _ in 0..<extra { extraBody() }
    matters(autonomy ? r.range(2, 5) : r.range(0, 2))
    // Topic chapters with rules and prose, filling up to the target less the closing articles.
    let closing = 7 + (autonomy ? 2 : 0)   // 公开, 处理方式, 处理程序, four 附则 articles; 评定 and 评定程序
    var families = Array(0..<Families.all.count)
    shuffle(&families)
    var topics = Array(0..<Prose.topics.count)
    shuffle(&topics)
    var fi = 0, ti = 0
    let chapterTitles = l.urban ? ["居民权利义务", "社区治理", "公共秩序与安全", "环境与卫生", "关爱与帮扶", "移风易俗与家庭美德", "文化与志愿服务"]
                                : ["村民权利义务", "社会治安", "消防与安全", "村容村貌与环境保护", "土地与集体资产", "婚姻家庭与移风易俗", "关爱与帮扶", "奖励"]
    var ci = 0
    var inChapter = 0
    var perChapter = max(3, (target - article - closing) / max(1, min(chapterTitles.count, (target - article - closing) / 4)))
    while article < target - closing {
      if inChapter == 0 || inChapter >= perChapter {
        chapterHeading(chapterTitles[ci % chapterTitles.count] + (ci >= chapterTitles.count ? "（续）" : ""))
        ci += 1
        inChapter = 0
        perChapter = max(3, perChapter + r.range(-1, 1))
      }
      inChapter += 1
      if fi < families.count && r.chance(0.6) {
        familyArticle(Families.all[families[fi]], tier: r.chance(0.8) ? 0 : r.below(Families.all[families[fi]].tiers))
        fi += 1
      } else {
        proseArticle(Prose.topics[topics[ti % topics.count]])
        ti += 1
      }
    }
    if autonomy {
      chapterHeading("评事规则")
      rating()
      chapterHeading("监督规则")
      publicity()
    } else {
      publicity()
    }
    chapterHeading("违约处理")
    sanctions()
    chapterHeading("附则")
    startArticle("效力", "\(g)与法律、法规和国家政策相抵触的，以法律、法规和国家政策为准。")
    startArticle("修订", "\(g)的修订，参照制定程序，经征集民意、拟定草案、提请审核后，提交\(l.meeting)审议表决，并报\(place.townGov)备案。")
    startArticle("解释", "\(g)由\(l.committee)负责解释。")
    let (y, m, d) = effectiveDate
    startArticle("施行日期", "\(g)自\(y)年\(m)月\(d)日起施行。")
    return header() + body
  }

  package var effectiveDate: (Int, Int, Int) {
    var rr = BenchRNG(seed: BenchRNG.derive(r.state, 9, 0))
    return (2023 + rr.below(3), rr.range(1, 12), rr.range(1, 28))
  }

  package mutating func shuffle(_ a: inout [Int]) {
    guard a.count > 1 else { return }
    for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, r.below(i + 1)) }
  }

  package mutating func header() -> String {
    let (y, m, d) = effectiveDate
    let expected = r.range(600, 3200)
    let attended = expected * r.range(62, 86) / 100
    let yes = attended * r.range(88, 97) / 100
    let no = (attended - yes) / 2
    let abstain = attended - yes - no
    let adoptMonth = max(1, m - 1)
    var s = "@标题 \(place.short)\(kind.name)\n@类型 \(kind.name)\n@地方 \(place.full)\n"
    if realLayout { s += "@编号 章：一、；条：1.\n" }
    s += "@依据 《\(l.law)》第\(l.urban ? "十五" : "二十七")条\n"
    let date = r.chance(0.7) ? "\(y)年\(adoptMonth)月\(min(d, 20))日" : "\(y)-\(adoptMonth < 10 ? "0" : "")\(adoptMonth)-\(min(d, 20) < 10 ? "0" : "")\(min(d, 20))"
    s += "@通过 \(l.meeting)；日期：\(date)；应到：\(expected)；实到：\(attended)；赞成：\(yes)；反对：\(no)；弃权：\(abstain)\n"
    s += "@备案 \(place.townGov)；日期：\(y)年\(adoptMonth)月\(min(d, 20) + 5)日\n"
    s += "@施行 \(y)年\(m)月\(d)日\n"
    if r.chance(0.3) { s += "@版本 \(y)年修订本\n" }
    s += "\n"
    // Attributes and definitions used, declared once.
    var defsAll = defs
    var i = 0
    while i < defsAll.count {
      if let dd = l.definitions.first(where: { $0.0 == defsAll[i] }) { dd.1.collect(attributes: &attrs, definitions: &defsAll) }
      i += 1
    }
    for a in Catalog.attributes.map(l.attribute) where attrs.contains(a.name) {
      s += "@属性 \(a.name)：\(a.type.weifa)" + (a.note.map { "；说明：\($0)" } ?? "") + "\n"
    }
    for a in extraAttrs { s += "@属性 \(a.name)：\(a.type.weifa)\n" }
    for (n, e) in l.definitions where defsAll.contains(n) { s += "@定义 \(n)：\(e.weifa)\n" }
    return s
  }

  // MARK: Articles

  package mutating func proseArticle(_ topic: (title: String, sentences: [String])) {
    var sentences = topic.sentences
    let paragraphs = r.weighted([35, 40, 18, 7]) + 1
    let items = r.chance(0.18)
    let first = f(sentences.remove(at: r.below(sentences.count)))
    if items {
      let intro = "\(l.people)应当做好下列工作："
      startArticle(topic.title, r.chance(0.5) ? first : intro)
      let n = r.range(3, 6)
      let pool = (topic.sentences + Prose.generic).map { f($0) }
      for k in 0..<n {
        let s = pool[(r.below(pool.count) + k) % pool.count]
        let trimmed = String(s.dropLast())
        body += "（\(BenchNumeral.chinese(k + 1))）\(trimmed)\(k == n - 1 ? "。" : "；")\n"
      }
      if r.chance(0.4) { body += "违反前款规定的，由\(l.committee)劝阻并督促改正。\n" }
      return
    }
    var text = first
    if let s = sentences.popLast(), r.chance(0.85) { text += f(s) }
    if r.chance(0.25) { text += reference() }
    startArticle(topic.title, text)
    for p in 1..<paragraphs {
      var t = ""
      if p == 1 && r.chance(0.3) { t += "有前款规定情形的，\(l.committee)应当及时劝阻。" }
      let k = r.range(1, 3)
      for _ in 0..<k {
        if !sentences.isEmpty && r.chance(0.7) { t += f(sentences.remove(at: r.below(sentences.count))) } else { t += f(r.pick(Prose.generic)) }
      }
      body += t + "\n"
    }
  }

  /// A reference to an earlier article, by number, by label, or pinned (第X条【标签】), or to higher law.
  package mutating func reference() -> String {
    guard article >= 2 else { return "" }
    let k = r.range(1, article)
    switch r.below(4) {
    case 0: return "依照\(g)第\(BenchNumeral.chinese(k))条的规定执行。"
    case 1: return "具体依照【\(articleLabels[k]!)】的规定办理。"
    case 2: return "参照\(g)第\(BenchNumeral.chinese(k))条【\(articleLabels[k]!)】的规定执行。"
    default: return "依照《\(l.law)》第\(l.urban ? "三" : "二十四")条的规定执行。"
    }
  }

  package mutating func familyArticle(_ family: RuleFamily, tier: Int) {
    let (title, prose, rules) = family.make(l, tier)
    // Every label of the family must be free (a family appears once per tier).
    if rules.contains(where: { labels.contains($0.label) }) || rules.contains(where: { x in rulesEmitted.contains(where: { e in e.text == x.text }) }) {
      proseArticle(Prose.topics[r.below(Prose.topics.count)])
      return
    }
    for x in rules { labels.insert(x.label) }
    startArticle(title, prose)
    for x in rules {
      for e in [x.subject, x.condition, x.except].compactMap({ $0 }) { use(e) }
      body += x.weifa
      rulesEmitted.append(x)
    }
    // 案例 for the rules no other rule switches off, as drafters write them to test their rules.
    for x in rules where x.exceptLabels.isEmpty && !rules.contains(where: { $0.overrides.contains(x.label) }) && r.chance(0.85) { cases(for: x) }
  }

  /// 案例 for a rule: residents of the population, and whether the rule applies to them.
  package mutating func cases(for rule: RuleSpec) {
    var used = [String](), usedDefs = [String]()
    for e in [rule.subject, rule.condition, rule.except].compactMap({ $0 }) { e.collect(attributes: &used, definitions: &usedDefs) }
    var i = 0
    while i < usedDefs.count {
      if let dd = l.definitions.first(where: { $0.0 == usedDefs[i] }) { dd.1.collect(attributes: &used, definitions: &usedDefs) }
      i += 1
    }
    let defs = Dictionary(uniqueKeysWithValues: l.definitions.map { ($0.0, $0.1) })
    var enums = [String: [String]]()
    for a in Catalog.attributes.map(l.attribute) { if case .enumeration(let vs) = a.type { enums[a.name] = vs } }
    let pop = Population(seed: r.next(), attributes: [])
    for k in 0..<r.range(1, 3) {
      var p = pop.person(k)
      if l.urban, let v = p["是否在本村居住"] { p["是否在本社区居住"] = v }
      let applies = [rule.subject, rule.condition].compactMap { $0 }.allSatisfy { $0.holds(p, defs, enums: enums) }
        && !(rule.except?.holds(p, defs, enums: enums) ?? false)
      let facts = Catalog.attributes.map(l.attribute).filter { used.contains($0.name) }.map { a -> String in
        let v = p[a.name]!
        switch a.type {
        case .number: return "\(a.name) = \(v / 100)" + (v % 100 == 0 ? "" : (v % 10 == 0 ? ".\(v % 100 / 10)" : ".\(v % 100 < 10 ? "0" : "")\(v % 100)"))
        case .boolean: return "\(a.name) = \(v == 1 ? "是" : "否")"
        case .enumeration(let vs): return "\(a.name) = \(vs[v])"
        case .date: return "\(a.name) = \(v / 10000)年\(v / 100 % 100)月\(v % 100)日"
        }
      }
      body += "@案例 \(rule.label)情形\(BenchNumeral.chinese(k + 1))；事实：\(facts.joined(separator: "，"))；\(applies ? "适用" : "不适用")：【\(rule.label)】\n"
    }
  }

  // MARK: Bodies

  package mutating func meeting() {
    let days = r.pick([10, 12, 15])   // 村组法21: at least ten days (WF5013)
    if l.urban {
      startArticle("居民会议", "居民会议由本社区十八周岁以上的居民组成，可以由每户派代表参加。居民会议由居民委员会召集和主持；有五分之一以上的十八周岁以上的居民、五分之一以上的户或者三分之一以上的居民小组提议，应当召集居民会议。")
      body += "居民会议必须有全体十八周岁以上的居民或者户的代表的过半数出席，才能举行。会议的决定，由出席人的过半数通过。召集居民会议，应当提前\(BenchNumeral.chinese(days))日公告。\n"
      body += "@机构 居民会议\n@组成：本社区十八周岁以上的居民，或者每户派出的代表\n@召集：居民委员会\n@提议：成员 五分之一以上 或 户 五分之一以上 或 小组 三分之一以上\n"
      body += "@法定人数：成员 过半数 或 户 过半数\n@表决：到会 过半数\n@表决方式：举手表决或者无记名投票表决\n@通知：提前\(days)日\n@依据：《\(l.law)》第九条、第十条\n"
    } else {
      startArticle("村民会议", "村民会议由本村十八周岁以上的村民组成。村民会议由村民委员会召集；有十分之一以上的村民或者三分之一以上的村民代表提议，应当召集村民会议。召集村民会议，应当提前\(BenchNumeral.chinese(days))日通知村民。")
      body += "召开村民会议，应当有本村十八周岁以上村民的过半数，或者本村三分之二以上的户的代表参加，所作决定应当经到会人员的过半数通过。\n"
      body += "@机构 村民会议\n@组成：本村十八周岁以上的村民\n@召集：村民委员会\n@提议：成员 十分之一以上 或 代表 三分之一以上\n"
      body += "@法定人数：成员 过半数 或 户 三分之二以上\n@表决：到会 过半数\n@通知：提前\(days)日\n@依据：《\(l.law)》第二十一条、第二十二条\n"
      if r.chance(0.5) {
        let members = r.range(800, 2400), present = (members / 2 + r.range(2, 200)) & ~1
        body += "@案例 会议有效且通过；机构：村民会议；成员：\(members)；到会：\(present)；赞成：\(present / 2 + 1)；结果：成立\n"
        body += "@案例 赞成恰好半数不通过；机构：村民会议；成员：\(members)；到会：\(present)；赞成：\(present / 2)；结果：不成立\n"
      }
    }
  }

  package mutating func representatives() {
    let name = l.reps
    startArticle(name, "\(name)由\(l.committee)成员和\(l.people)代表组成，\(l.people)代表由\(l.people)按每五户至十五户推选一人，任期与\(l.committee)相同。\(name)由\(l.committee)召集，每季度召开一次；有五分之一以上的代表提议，应当召集。")
    body += "\(name)有三分之二以上的组成人员参加方可召开，所作决定应当经到会人员的过半数同意。\n"
    body += "@机构 \(name)\n@组成：\(l.committee)成员和\(l.people)代表\n@召集：\(l.committee)\n@提议：代表 五分之一以上\n"
    body += "@法定人数：组成人员 三分之二以上\n@表决：到会 过半数\n@会期：每季度一次\n@任期：5年\n"
  }

  package mutating func committee() {
    let (lo, hi) = l.urban ? (5, 9) : (3, 7)
    startArticle(l.committee, "\(l.committee)由主任、副主任和委员共\(BenchNumeral.chinese(lo))至\(BenchNumeral.chinese(hi))人组成，其中应当有妇女成员，每届任期五年，成员可以连选连任。")
    body += "@机构 \(l.committee)\n@组成：主任、副主任和委员，其中应当有妇女成员\n@人数：\(lo)至\(hi)人\n@任期：5年\n@负责：\(l.meeting)\n"
    body += "@依据：《\(l.law)》第\(l.urban ? "七" : "六")条\n"
    if r.chance(0.5) {
      body += "@职务 主任；人数：1人；职责：主持\(l.committee)全面工作，召集和主持\(l.meeting)；产生：依法选举产生；任期：5年\n"
      body += "@职务 委员；人数：\(lo - 1)至\(hi - 1)人；职责：分工负责治安保卫、公共卫生、社会保障等工作；产生：依法选举产生；任期：5年\n"
    }
    if r.chance(0.5) { body += "\(l.committee)实行少数服从多数的议事原则，决定问题应当充分讨论。\n" }
  }

  package mutating func supervisionBody() {
    startArticle(l.supervision, "\(l.supervision)由\(l.meeting)或者\(l.reps)在\(l.people)中推选产生，负责监督\(g)的执行和\(l.affairs)公开。\(l.committee)成员及其近亲属不得担任\(l.supervision)成员。")
    body += "@机构 \(l.supervision)\n@组成：由\(l.meeting)或者\(l.reps)在\(l.people)中推选产生\n@人数：3至5人\n@任期：5年\n"
  }

  package mutating func extraBody() {
    let options = l.urban ? ["居民理事会", "楼栋自治小组", "社区同驻共建理事会", "道德评议会", "红白理事会", "民情恳谈会"]
                          : ["红白理事会", "乡贤理事会", "道德评议会", "禁毒禁赌会", "村民议事会", "民主监督评议会"]
    let name = r.pick(options)
    guard !labels.contains(name) else { return }
    let lo = r.range(3, 7), hi = lo + r.range(2, 6)
    startArticle(name, "\(l.home)设立\(name)，由\(l.reps)推选热心公益、办事公道的\(l.people)组成，在\(l.committee)的指导下开展工作。\(name)提供服务，不收取任何费用。")
    body += "@机构 \(name)；人数：\(lo)至\(hi)人；任期：5年\n@组成：由\(l.reps)推选热心公益、办事公道的\(l.people)组成\n"
  }

  package mutating func matters(_ n: Int) {
    guard n > 0 else { return }
    let list: [(String, String)] = l.urban
      ? [("社区公益金使用方案", "居民会议"), ("微项目以奖代补方案", "居民会议"), ("公益创投项目", "居民会议"), ("小区公共收益使用", "居民会议"), ("居民公约修改", "居民会议")]
      : [("宅基地使用方案", "村民会议"), ("集体收益使用方案", "村民会议"), ("公益事业兴办", "村民会议"), ("集体经济项目立项", "村民会议"), ("村民福利事项", "村民会议")]
    let days = r.pick([5, 7, 10])
    startArticle("议事事项", "下列事项，经\(l.meeting)讨论决定方可办理，决定作出后公示\(BenchNumeral.chinese(days))日：")
    for k in 0..<min(n, list.count) {
      let (m, decider) = list[k]
      body += "（\(BenchNumeral.chinese(k + 1))）\(m)\(k == min(n, list.count) - 1 ? "。" : "；")\n"
      body += "@事项 \(m)；类别：自治事项；决定：\(decider)；表决：到会 过半数；公示：\(days)日\n"
    }
    body += "前款事项的决定，应当经到会人员的过半数通过。\n"
  }

  package mutating func publicity() {
    startArticle("\(l.affairs)公开", "\(l.committee)应当依照《\(l.law)》第\(l.urban ? "十" : "三十")条的规定实行\(l.affairs)公开。一般事项至少每季度公布一次；财务收支情况应当每月公布一次；涉及\(l.people)利益的重大事项应当随时公布。")
    body += "@公开 一般\(l.affairs)；内容：\(l.meeting)决定的事项及其实施情况；频率：每季度；机构：\(l.committee)\n"
    body += "@公开 财务收支；内容：集体财务收支明细；频率：每月；机构：\(l.committee)\n"
    body += "@公开 重大事项；内容：涉及\(l.people)利益的重大事项；频率：随时；机构：\(l.committee)\n"
    body += "\(l.affairs)公开情况由\(l.supervision)监督，\(l.people)有权查询。\n"
  }

  package mutating func rating() {
    startArticle("星级文明户评定", "\(l.home)每年开展星级文明户评定。评定以户为单位，基础分为六十分，按照\(g)规定的标准加分、扣分，评定结果报\(l.reps)审定。")
    body += "@评定 星级文明户；对象：户；初始：60分；周期：1年\n"
    body += "@加分 志愿服务；条件：志愿服务次数 ≥ 4；分值：10分\n@加分 垃圾分类达标；条件：垃圾分类达标；分值：10分\n@加分 庭院整洁；条件：庭院整洁；分值：10分\n"
    body += "@加分 家庭和睦；条件：家庭和睦；分值：5分\n@扣分 当年有违约行为；条件：当年违约次数 ≥ 1；分值：5分\n"
    body += "@等级 五星；最低：95分；条件：当年违约次数 = 0\n@等级 四星；最低：85分\n@等级 三星；最低：75分\n@等级 一星；最低：60分\n@等级 不予评星；最低：0分\n"
    if !attrs.contains("志愿服务次数") { attrs.append("志愿服务次数") }
    extraAttrs += [BenchAttribute(name: "垃圾分类达标", type: .boolean), BenchAttribute(name: "庭院整洁", type: .boolean),
                   BenchAttribute(name: "家庭和睦", type: .boolean), BenchAttribute(name: "当年违约次数", type: .number("次"))]
    body += "@案例 各项达标的农户；评定：星级文明户；事实：志愿服务次数 = 5，垃圾分类达标 = 是，庭院整洁 = 是，家庭和睦 = 是，当年违约次数 = 0；结果：五星\n"
    startArticle("评定程序", "星级文明户评定由各户自评、\(l.people)小组初评、\(l.committee)审核后，提交\(l.reps)评定，评定结果公示七日。")
    body += "@事项 星级文明户评定结果；类别：自治事项；决定：\(l.reps)；表决：到会 过半数；公示：7日\n"
  }

  package mutating func sanctions() {
    startArticle("处理方式", "违反\(g)的，由\(l.committee)视情节轻重，采取下列一种或者几种方式处理：")
    body += "（一）批评教育，责令改正；\n（二）取消当年评先评优资格；\n（三）造成公共设施或者他人财产损坏的，责令恢复原状、赔偿损失；\n（四）涉嫌违法犯罪的，移交有关部门依法处理。\n"
    body += "\(g)不设定任何财产处罚，任何组织和个人不得以\(g)为由限制他人人身自由。\n"
    startArticle("处理程序", "\(l.committee)作出处理前，应当调查核实，告知当事人拟作出处理的事实、理由和依据，听取其陈述和申辩。处理意见经\(l.reps)审议通过后，方可公布。")
    body += "@程序【违约处理程序】 违反\(g)行为的处理；依据：《\(l.law)》第\(l.urban ? "十五" : "二十七")条\n"
    body += "@步骤 调查核实；机构：\(l.committee)；期限：10日\n@步骤 告知并听取陈述申辩；机构：\(l.committee)；期限：5日\n"
    body += "@步骤 审议处理意见；机构：\(l.reps)；表决：到会 过半数\n@步骤 公布处理结果；机构：\(l.committee)\n"
    labels.insert("违约处理程序")
    if article > 8 {
      let k = r.range(4, article - 3)
      body += "违反\(g)第\(BenchNumeral.chinese(k))条至第\(BenchNumeral.chinese(article - 2))条规定的，依照【处理方式】和本条的规定处理。\n"
    }
  }
}
