import WeifaBase

/// A sentence's text and the set of its byte pairs (`BytePairs`): the clauses of one sentence (up to
/// `ClauseAnalysis.maxClauses`) ask many words of it and of themselves, most of which it does not hold.
final class SentenceWords {
  let text: String
  /// (A sentence is a few dozen characters: searching its bytes costs less than hashing the word to look up a kept answer;
  /// its byte pairs, taken once, answer most words it does not hold without a search.)
  private let pairs: BytePairs
  init(_ text: String) { self.text = text; pairs = BytePairs(text) }
  func has(_ w: String) -> Bool { pairs.mayContain(w) && text.containsBytes(w) }
  /// Whether `part`, a part of this sentence (a clause), holds `w`.
  func has(_ w: String, in part: String) -> Bool { pairs.mayContain(w) && part.containsBytes(w) }
  /// Whether the sentence speaks of a petition at all (asked by every clause's `rulesPetitionWay`: answered once).
  lazy var mentionsPetition: Bool = ["反映", "上访", "信访", "投诉", "诉求", "告状", "上告"].contains { has($0) }
  /// Whether it names a vote, a candidacy or an office (asked by every clause's `narrowsVoteOrOffice`).
  /// The sentence before (ended in ；) laid a first step on whoever has a complaint (应当先在议事会上提出；…再向街道投诉):
  /// the way this one gives is imposed, as it would be in one sentence.
  var wayFirstHanded = false
  lazy var mentionsVoteOrOffice: Bool = ["选", "提名", "职务", "主任", "委员", "干部", "两委", "组长", "书记", "会计"].contains { has($0) }
}

/// A list of words as normalised scalars (`ClauseText.fold`), with the set of their first scalars (4,096 bits, hashed):
/// a text position whose scalar starts no word of the list is passed over at the cost of one bit test.
struct ScalarWords: Sendable {
  let words: [[UInt32]]
  private var firsts = [UInt64](repeating: 0, count: 64)
  init(_ words: [[UInt32]]) {
    self.words = words.filter { !$0.isEmpty }
    for w in self.words { let h = Int(w[0] & 0xFFF); firsts[h >> 6] |= 1 << UInt64(h & 63) }
  }
  @inline(__always) func mayStart(_ u: UInt32) -> Bool {
    let h = Int(u & 0xFFF)
    return firsts.withUnsafeBufferPointer { $0[h >> 6] } & (1 << UInt64(h & 63)) != 0
  }
}

/// One part of a clause: its byte range in the file and its text (normalised). The text is made
/// only when asked for: the analysis itself reads scalars, not Strings.
package struct ClausePart: Sendable {
  package var range: TextRange
  let source: ClauseText
  let scalars: Range<Int>
  package var text: String { source.string(scalars) }
  init(_ source: ClauseText, _ scalars: Range<Int>) {
    self.source = source; self.scalars = scalars; range = source.range(scalars)
  }
}

/// Who imposes a consequence, who bears it, and on what condition (issue 12).
package enum Imposer: String, Sendable { case committee, propertyManager, supplier, authority, meeting, partyBranch, township, passive, other }
package enum Bearer: String, Sendable { case actor, relatives, household, group, children, outsiders, guarantor }
package enum Condition: String, Sendable { case marital, familyPlanning, petition, residence, origin }
/// What a clause withholds, which decides its standing: a statutory right or benefit (低保, 养老保险), land, a
/// collective member's right (分配, 补偿, 成员资格) — a charter may not take them (unlawful) — or the village's own
/// non-statutory benefit (本村自设的慰问金、奖励、补贴), a dividend the members' plan sets, an honour, a service.
/// Withholding the village's own benefit or a dividend is contested (a warning), never an error, unless the clause
/// also ties it to a condition the law forbids (marriage, origin, petition …) or lays it on someone else.
package enum Withheld: String, Sendable { case statutoryRight, land, memberRight, ownBenefit, dividend, honour, service }

/// A charter's prose (or a directive's 行为, 内容 or 后果) cut into clauses, each with what it
/// forbids or requires (the offence), what happens (the consequence, classified as a `Measure`),
/// who imposes it, who bears it and on what condition — every part with its span. It is a data
/// structure of its own: the legality checks read its verdicts, and it is what `weifa review`
/// quotes and what will propose @禁止/@义务 lines for a charter imported without directives.
///
/// Clauses end at 。；！？ and at ，, within a sentence (so 「严禁偷盗，违者罚款1000元。」 is a
/// norm clause and a consequence clause); conditions and bearers are gathered over the sentence.
/// Everything is one pass over the text and one over its words: linear in the text's length.
package struct ClauseAnalysis: Sendable {
  package struct Clause: Sendable {
    package var range: TextRange { part.range }
    /// The clause's text (normalised), made when asked for.
    package var text: String { part.text }
    let part: ClausePart
    /// The clause opens a consequence (违者, 否则, 由…, 一经发现 …) of the norm before it.
    package var opensConsequence = false
    /// The offence: the clause (or the sentence's first clause) that states the conduct.
    package var offence: ClausePart?
    /// The consequence: where the measure is said.
    package var consequence: ClausePart?
    package var imposer: (Imposer, ClausePart)?
    package var bearer: (Bearer, ClausePart)?
    package var conditions: [(Condition, ClausePart)] = []
    /// The measure the clause sets, if any (negated or lawful measures are not set).
    package var measure: Measure?
    /// The measure was found but is forbidden or quoted (「不得罚款」, 「严禁以罚代管」), taken by the
    /// competent authority (由公安机关依法处罚), or excused by an emergency; or the sentence protects a right.
    package var negated = false
    /// Where the measure's words stand.
    package var measureSpan: TextRange?
    /// What the measure withholds, if it withholds something.
    package var withheld: Withheld?
    /// The measure was found by the sentence's shape alone (`SentenceShape`): a consequence of conduct that says
    /// nothing a charter may do. The word patterns of each code speak first; this is reported only where they do not.
    package var byShape = false
  }

  package var clauses: [Clause] = []
  /// What a sentence that ends in ； hands to the next of a chain (…的，不再参加分配；户口未迁出但……的，只分配一半): its
  /// conditions, when the next opens with a condition of its own kind (…的，) and names none; its topics, when the next
  /// opens with 其 (村务监督委员会……；其主任可以由……兼任).
  private var chainConditions: [(Condition, ClausePart)] = []
  private var chainTopics: UInt64 = 0
  /// Whether the sentence before (ended in ；) sanctioned conduct — a graded sentence after it (第二次起，…; 再犯的，…) goes on
  /// sanctioning the same conduct — and the objects it named, which a sentence that refers back (这一百元不再发放, 该补贴) takes.
  private var chainViolation = false
  /// Whether the sentence before (ended in ；) only described whom it speaks of: a status and no measure.
  private var chainBare = false
  /// Whether the sentence before (ended in ；) laid a first step on a complaint (`SentenceWords.wayFirstHanded`).
  private var chainWayFirst = false
  private var chainObjects: [Object] = []

  /// The analysis of `text`, which stands at byte `base` of its file. `residents`: the charter
  /// is a 居民公约 (other statutes apply to its elections).
  package init(_ text: Substring, base: Int) {
    let t = ClauseText(text, base: base)
    var sentenceStart = 0
    var i = 0
    let n = t.count
    while i < n {
      let u = t.scalars[i]
      // 。；！？; end a sentence; ，, end a clause within it.
      if u == 0x3002 || u == 0xFF1B || u == 0x3B || u == 0xFF01 || u == 0xFF1F || u == 0x21 || u == 0x3F {
        analyseSentence(t, sentenceStart..<(i + 1))
        sentenceStart = i + 1
      }
      i += 1
    }
    if sentenceStart < n { analyseSentence(t, sentenceStart..<n) }
  }

  /// The most clauses read together as one sentence.
  static let maxClauses = 16

  // MARK: - Words

  enum Lex: Sendable, Equatable {
    case negator, opener, lawful, soft, protect, deprive, punish, amountUnit
    /// 领取, 承继, 申报 …: withheld when a negation stands right before it.
    case entitlement
    /// 百分之: a threshold when the share is sixty or more.
    case percent
    /// Care and supervision of one's own (看管好子女, 犬只无人看管): read as one word, so that
    /// 看管 inside it is no measure.
    case care
    case measure(Measure)
    case object(Object)
    case act(Act)
    case condition(Condition)
    case bearer(Bearer)
    case imposer(Imposer)
    case topic(Topic)
  }
  enum Object: Sendable, Equatable { case statutory, collective, income, land, homestead, dividend, ownWelfare, honours, education, service, vote }
  enum Act: Sendable, Equatable { case move, marry, rent, study, stand, register }
  enum Topic: Int, Sendable, Equatable {
    case election, candidate, recallWord, office, supervisory, committeeMember, ballot, unfit, twice, statutoryEnd, nearRelative, serves
    case deposit, pet, ceremony, custom, limit, threshold, petitionWay, naming, publish, owners, penaltyClauseWord, debt, fee, lawfulFee, mediation, price
    /// Details that identify a person beyond a name (身份证号码, 手机号码, 家庭住址): published, they are personal information.
    case personalInfo
    /// A proposal by a share of the villagers (联名, 签名, 提议): a threshold only when the share is above the statute's.
    case proposal
    /// An office ended (辞职, 卸任, 资格取消): said of an office-holder as automatic or deemed, it is an end the statute does not give.
    case officeEnd
    /// Labour or a treat (打扫, 出工, 吃饭, 电影): with a time or a group of guests it can be the sanction.
    case labour
    /// Shaming gear or a parade (头戴纸帽, 胸前, 绕行): with a person it is an insult.
    case shame
    /// A verb that cuts or shuts something off (拧下, 剪断, 锁上, 关掉, 拔掉): with a supply's part as its object
    /// (`utilityPart`) in a consequence it is a supply cut, whatever the pair is worded.
    case cutVerb
    /// A part of a supply (水龙头, 电线, 阀门, 水表, 电闸): what a cut verb acts on.
    case utilityPart
    /// Goods taken away or held until a condition is met (拉回村部, 抓走, 锁车, …后方可取回, 不退还): in a consequence it is
    /// a seizure.
    case seizure
    /// A right put off or left undone (…后才能申请, 推迟, 搁置不报, 没有份, 不予认定): with a condition or conduct it is a
    /// right withheld.
    case delay
    /// A vote by household (一户一票, 户主代表全家投票): fewer voters than the statute's (村组法第十三条).
    case householdVote
  }

  static let lexicon = Lexicon(lexiconWords)

  static let lexiconWords: [(String, Lex)] = {
    var w = [(String, Lex)]()
    func add(_ words: [String], _ l: Lex) { for x in words { w.append((x, l)) } }
    add(["不得", "不准", "不能", "不许", "禁止", "严禁", "无权", "不收取", "不需要", "无需", "不必", "不设", "不设定", "杜绝", "防止", "不搞", "不实行", "不采取", "无须", "不应", "不应当", "不可", "切勿", "不要", "避免", "纠正", "制止", "抵制", "以罚代管", "任何组织", "任何人", "不包括", "不含", "不对", "不属于",
         // A wrong named as a crime (发现非法拘禁他人的，立即报警): the measure is what is condemned, not set.
         "非法拘禁", "非法限制", "非法搜查", "非法侵入", "非法扣押"], .negator)
    add(["违者", "违反者", "否则", "一经发现", "一经查实", "经查实", "如有违反", "如违反", "违反的"], .opener)
    add(["公安机关", "人民法院", "检察院", "司法机关", "行政机关", "主管部门", "警方", "由警方", "有关部门依法", "执法部门", "依法处罚", "依法查处", "依法处理", "依法追究", "依法调查",
         "依照国家规定", "按照国家规定", "险情", "火灾", "漏电", "计划停电", "合同约定", "依照合同", "按合同", "按照合同", "依合同", "行政处罚法", "依照国家有关规定", "依法", "派出所", "报警", "移交", "检修", "紧急情况", "事后", "治安管理处罚法", "合同的约定", "承包合同", "依照约定", "按照约定", "抢修", "供用电合同", "供用水合同", "供用气合同", "供用热力合同", "规定的程序", "维修需要", "因维修", "自然灾害", "依法决定"], .lawful)
    add(["倡导", "提倡", "鼓励", "号召", "不宜", "希望", "建议", "反对", "引导", "为宜", "量力而行", "只作倡导", "不作强制"], .soft)
    add(["平等", "同等", "不受影响", "不丧失", "不因", "不予收回", "不得收回", "不得取消", "不得剥夺", "照常享受", "依法享有", "依法参与", "享有与", "保障", "不公开", "打击报复", "不分男女", "不分性别", "不分民族", "不论", "不点", "不写", "不公布", "不具名", "不指名", "有权依法", "受法律保护", "同样享受", "同样享有", "一样享受", "一样可以", "同样可以", "照样可以",
         // The user's own request (用户申请暂停用电, 办理报停): no one cuts anything.
         "申请暂停", "要求暂停", "报停", "不收回", "不予提名", "不列入提名", "不向当事", "一分钱也不", "不要一分钱", "不得阻止", "不得阻拦", "不得阻挠", "不得妨碍", "不得压制"], .protect)
    add(["取消", "停止", "停发", "暂停", "不予分配", "不分配", "不再分配", "不享受", "不得享受", "不再享受", "不享有", "不再享有", "不得参与", "不参与", "不参加", "不得参加",
         "收回", "交回", "注销", "丧失", "减半", "半份", "扣减", "扣除", "扣发", "不计入", "自动放弃", "自行脱产", "视为放弃", "不予受理", "不得申请", "不予审批", "不予",
         "停止分配", "只能按", "按外来人员对待", "归还村集体", "不列入", "不再登记", "不予登记", "扣收", "抵偿", "用于抵偿", "从分红中扣除", "剥夺", "方可享受", "不分", "放弃", "自愿放弃", "暂缓发放", "不予发放", "停止发放", "缓发", "不能享受", "无权享受", "不得享有",
         "停领", "不发放", "不再发放", "不再向其发放", "暂缓兑现", "停止兑现", "不予兑现", "不得分得", "不分得", "不给", "不予享受", "不得批建", "不予批建", "不批",
         "转归", "抵扣", "不得落在", "不得落户", "不予落户", "不准落户", "减少", "减发", "少分", "降低", "不予受理", "一概不受理", "不受理", "不予签字", "不签字", "只享有", "只能分得", "只分得", "只能分", "分一半", "不准享受", "不准参加", "不准参与", "停用", "暂缓供应", "断供", "不予归还", "不再发给", "不发给",
         // A share reduced (按半户计算, 只按一半标准, 只能领取一半) or set off (从分红中扣抵, 保费从分红中扣缴).
         "半户", "一半", "按半", "只按", "仅按", "只能领取", "只领取", "仅享受", "扣抵", "扣缴",
         // Deemed to have left (视同自动退出集体经济组织, 视同自愿放弃).
         "视同自动", "视同自愿放弃", "视同放弃", "退出集体", "折算发放", "代扣", "先扣", "不计人口", "不计入人口", "把户口转出", "户口转出去", "不发村集体", "不发福利", "随男方", "归男方", "归夫家",
         // A share set off against a debt (年底从分红中扣回): what is taken is the share.
         "中扣回", "中扣除", "中抵扣", "中扣减", "中扣", "照此扣",
         // Said as what happens (年底那份分红就没了, 分红就别再想了, 就不发了).
         "就没了", "就没有了", "别再想", "就不给了", "就不发了", "不增加", "不予增加", "都没份", "没有份",
         // (不发 after whom it is withheld from: …的户不发, 一律不发 — not 不发任何报酬, which is the wage of a labour.)
         "户不发", "家不发", "的不发", "一律不发", "均不发", "都不发", "今年不发", "当年不发"], .deprive)
    // An entitlement verb: said right after a negation (不再领取, 不得承继, 暂不安排, 无权继承) it withholds a right —
    // the two word classes are joined when a clause is read (`joinNegatedEntitlements`), not listed as phrases.
    add(["领取", "承继", "继承", "申报", "安排", "评议", "报名", "补发", "分得", "发给", "享用",
         // Round six: taking part in or having a share (不再参与…分配, 不再分地分钱, 不得享有).
         "参与", "享有", "分地", "分钱", "分房", "分粮", "入股", "参加", "留份地", "留地",
         // A status not given back (不再恢复其成员资格, 不予恢复): withheld as much as one taken.
         "恢复"], .entitlement)
    // A person moved into a category with fewer rights (按外嫁处理, 按外村人员对待, 视为新迁入人员): a reclassification.
    for verb in ["按", "视为", "视同", "作为"] {
      for (cat, m) in [("外嫁", Measure.womenRights), ("出嫁", .womenRights), ("外嫁女", .womenRights), ("外村人", .residenceOrigin), ("外村人员", .residenceOrigin),
                       ("外来人员", .residenceOrigin), ("外来户", .residenceOrigin), ("新迁入", .residenceOrigin), ("非本村", .residenceOrigin), ("空挂户", .residenceOrigin), ("挂靠户", .residenceOrigin)] {
        w.append((verb + cat, .measure(m)))
      }
    }
    // Something no longer done for the person (不再为其代缴, 停止为其缴纳): a benefit withheld.
    add(["不为其", "不再为其", "不再给其", "不再替其", "停止为其", "暂停为其", "不予为其"], .deprive)
    // Removed from a roll (从低保名单中划掉, 从补助名册中删除): a right or benefit taken.
    add(["中删除", "中划掉", "中剔除", "中除名", "中移出", "上划掉", "上删除", "剔出", "踢出"], .deprive)
    // Others of the group (其余各户, 其他住户) made to answer: a group bearer, built from the two word classes.
    for who in ["其余", "其他"] { for unit in ["各户", "住户", "农户", "村民", "成员", "户"] { w.append((who + unit, .bearer(.group))) } }
    // A whole group named by its place (该组全体农户, 本楼所有住户, 同楼层住户): everyone there, not the one who acted.
    // (Not its owners or villagers, 本单元业主议定, 经本组村民讨论: they are who adopts the rule.)
    for place in ["该组", "本组", "该楼", "本楼", "该栋", "本栋", "同楼层", "该楼层", "本楼层", "同层", "同楼", "同栋", "同楼道", "该单元", "本单元", "村民小组", "所在组"] {
      for unit in ["全体农户", "所有农户", "各户", "全体住户", "所有住户", "住户", "各家"] { w.append((place + unit, .bearer(.group))) }
    }
    // A petition named by where it goes (向街道反映, 向县里投诉): the product of a state body and a petition verb.
    for body in ["街道", "乡镇", "镇政府", "政府", "有关部门", "住建部门", "上面", "县委", "市里", "省里", "上一级", "上级", "上级部门"] {
      for verb in ["反映", "投诉", "举报", "上访", "告状"] { w.append(("向" + body + verb, .condition(.petition))) }
    }
    // A share of the electorate above half as a threshold (百分之六十 … 百分之九十九): the tens are read when a clause
    // is read (`joinNegatedEntitlements`).
    add(["百分之"], .percent)
    // A duty to leave the register (户口须迁出, 一律迁出户口): with a condition, a member's rights taken.
    add(["须迁出", "须立即迁出", "一律迁出", "必须迁出", "应当迁出", "限期迁出", "迁出户口", "注销其户口", "除名"], .deprive)
    // Land handed back on someone's demand (女儿出嫁后，其承包地由娘家交还村里; 户口迁出前须先退回承包地).
    add(["交还村里", "交还村集体", "交还集体", "交回村里", "交回集体", "交回村集体", "退回承包地", "退还承包地", "交出承包地", "交回承包地", "交还承包地", "先退回", "须退回", "须交回", "须交还"], .deprive)
    // Words read whole so that no word is found inside them (讨论处分 holds no 论处, 评论 no 论处).
    add(["讨论", "议论", "评论", "结论", "理论", "舆论", "谈论", "辩论", "争论", "不发生", "不发达", "不发火",
         // (A fee owed for the land, 欠缴土地承包费: money, not the land.)
         "土地承包费", "承包费", "承包款", "承包金", "山林承包费", "林地承包费", "耕地承包费", "鱼塘承包费", "果园承包费", "草场承包费", "水面承包费", "土地租金"], .care)
    add(["无人看管", "疏于看管", "看管好", "看管不严", "看管不善", "加强看管", "妥善看管", "负责看管", "看管自家", "自行看管", "看护", "照看"], .care)
    add(["罚"], .punish)
    add(["元", "块钱"], .amountUnit)
    add(["罚款", "罚金", "罚没", "扣款", "扣罚", "经济处罚", "罚钱", "计罚", "违约金", "倍处以", "处以罚款", "惩罚金", "处罚款", "罚单", "扣交", "违约费用", "违约责任",
         // Money for a breach under another name (违规金, 违章金): a fine.
         "违规金", "违章金", "处罚金", "违纪金", "中扣罚", "违约款", "违规款"], .measure(.fine))
    add(["罚粮", "罚稻谷", "罚工", "罚义务工", "罚出工", "罚栽", "罚放电影", "罚其放电影", "放电影", "请全村吃饭", "请客", "罚杀猪", "罚其清扫", "代为出工", "吃一顿饭", "备酒席", "宴请全体", "无偿看守", "无偿劳动", "义务劳动十", "出大米", "交纳竹笋", "放映电影"], .measure(.penaltyInKind))
    add(["归公", "一概归公", "一律归公", "作为村集体财产", "作为集体财产", "没收", "收缴", "充公", "扣押", "暂扣", "扣下", "收归集体", "收归村委会", "收归村集体", "收走", "拖走", "才准领回", "方可领回", "才能领回", "赶到村部", "牵走", "上缴村委会", "上缴村集体", "强行拆除", "扣留建材", "扣留物品", "扣留财物", "扣留工具", "扣住", "扣留其身份证", "扣留身份证", "扣留其车辆", "扣留车辆", "扣留其证件", "归村集体所有", "归集体所有", "归村集体", "归村所有", "予以收缴", "代为保管", "充作", "充入村"], .measure(.confiscation))
    add(["关押", "看管", "禁闭", "留置", "扣留", "强制劳动", "限制人身自由", "限制其人身自由", "不得外出", "禁止外出", "不得离开", "不得进入本村", "不得在村内走动", "押送", "软禁", "拘禁", "关在", "关进", "锁在家中", "锁在屋", "捆绑", "限制其行动", "限制行动", "看住", "不准出门", "不得出门", "不许出门", "不得进出", "不准进出", "不得在村内行走", "搜查", "搜身",
         // Taken to an office and held until a condition is met (带回村部…方可回家, 带到村部反省一夜…后放人).
         "带回村部", "带到村部", "带至村部", "带回村委会", "带到村委会", "带到治保会", "带回治保会", "押到村部", "后放人", "才放人", "方可回家", "才准回家", "才能回家", "扣在", "领人",
         // A whole estate shut to its own residents (一律不准业主进出).
         "不准业主进出", "不准居民进出", "不准村民进出", "不得进出小区", "不准进出小区", "禁止业主进出",
         // A home entered at will (随时进入出租房, 不经住户同意进入), a closed course one may not leave (封闭学习).
         "随时进入", "不经同意进入", "不经住户同意", "未经住户同意", "无需住户同意", "直接进入", "封闭学习", "封闭管理", "锁在",
         // Tied or shut up somewhere (把人捆到村部, 绑在树上, 关进值班室).
         "捆到", "捆在", "捆起来", "把人捆", "绑到", "绑在", "绑起来", "把人绑", "关进", "关到村部", "关在村部", "把人关", "锁进"], .measure(.liberty))
    add(["分开居住", "不得同居", "强行拆散"], .measure(.marriage))
    add(["游街", "示众", "挂牌游街", "挂牌示众", "须挂牌", "挂牌在", "挂牌站", "戴高帽", "批斗", "痛骂", "辱骂", "不孝之家", "不孝户", "黑牌", "公开检讨", "公开批判", "当面批判", "批判", "纸牌", "高帽", "绕村", "游村", "字样", "当众检讨", "鞠躬认错", "下跪", "写明「", "写上「", "标注「", "写有「", "标上「", "罚站",
         // Kneeling, a parade under escort, a caricature or mockery of the person (磕头认错, 押着…转一圈, 漫画像配文讽刺).
         "磕头", "跪拜", "转一圈", "走一圈", "游一圈", "漫画像", "丑化", "挖苦", "讽刺", "反面典型", "走一遍", "转一遍", "游一遍", "漫画", "念检讨", "大会上检讨", "检讨书", "敲锣", "当众宣读其", "剃光头", "剃阴阳头", "剃头",
         // Abuse shouted at a person (点名叫骂, 喊骂).
         "叫骂", "喊骂",
         // Made to stand before the village and bow (站到台前低头认错, 当众认错).
         "低头认错", "站到台前", "当众认错", "认错示众", "曝丑会", "上台检讨", "轮番批评"], .measure(.dignity))
    add(["停水", "停电", "停气", "断电", "断水", "拉闸", "拆表", "停止供电", "停止供水", "停止供应", "停止其生活用水", "暂停供水", "暂停供电", "中止供电", "切断电源",
         "停止向其供应", "停止其电梯", "供水服务", "停止服务", "停止物业服务", "断网", "停止供气", "锁闭其电表", "电表插头", "关闭其家中燃气", "燃气阀门", "门禁卡", "电梯卡", "断供自来水", "水电暂缓", "停止供暖",
         // A supply not connected or opened (不予接通自来水, 不为其开栓供暖), a meter or valve removed or shut.
         "不予接通", "不接通", "不给接通", "不予开通", "不开通", "不为其开栓", "不予开栓", "拆除其电表", "拆除电表", "拆掉电表", "关掉该户的水阀", "关闭水阀", "关掉水阀", "断掉其店面的电源", "断掉电源", "断掉其电源", "拔掉电表"], .measure(.utilitiesCut))
    add(["严肃处理", "从严处理", "严惩", "酌情处罚", "给予处罚", "予以处罚", "进行处罚", "相应处罚", "按村规处罚", "论处", "制裁", "严厉处罚", "惩罚", "严肃查处", "处罚", "决不姑息", "从重处理", "追究责任", "惩处", "惩戒", "从重惩戒", "从严从重", "从重追究", "从严追究", "严加惩处", "重罚", "追责", "从严追", "从重追",
         "予以处置", "予以重处", "重处", "惩治", "严肃追究", "一查到底", "绝不手软", "决不手软", "严厉处置", "严肃处置", "从严处置", "一追到底", "给予相应处理", "相应处理", "严厉处理", "视情节轻重予以处理", "视情况予以处理", "视情节予以处理", "按违约论处", "按违约处理"], .measure(.vague))
    add(["统一核定", "统一定价", "不得自行议价", "统一收购", "不得私自外卖", "指定的门市", "指定保险公司", "指定的商家", "强制流转", "统一流转", "强制保险", "必须购买", "交由村合作社收购", "一律交由", "定价收购", "不得自行出售", "不得自行销售", "不得私自出售", "统一销售", "只能卖给", "只准卖给", "统一出租", "全部交售", "统一交售", "不得卖给", "统一规定", "统一定价", "只能在村指定"], .measure(.propertyControl))
    add(["章不盖", "证不开", "证明不开", "字不签", "手续不办",
         "不予出具", "不出具", "一律不开", "不予开具", "不开证明", "不予办理", "暂停为其办理", "暂停办理", "不予签署", "不签署", "不予盖章", "不盖章", "拒绝出具", "不出证明", "不予在其", "不为其出具", "不为其办理", "不给其出具", "不给予出具", "不给予办理", "拒绝办理", "不予开", "不予出证", "不出证", "拒绝为其办理", "不再为其出具", "不再为其办理", "不再办理", "不再出具", "不给孩子开具", "不予签字", "一律不出", "不给出具", "不给开"], .measure(.serviceConditioning))
    add(["批评教育", "说服教育", "教育引导", "劝导", "思想工作", "责令", "督促", "限期改正", "劝其"], .measure(.education))
    add(["恢复原状", "赔偿", "修复", "补种", "退还", "照价", "清除", "停止侵害", "排除妨碍", "消除危险", "返还财产", "回填"], .measure(.civilRemedy))
    add(["通报", "红黑榜", "公示"], .measure(.notice))
    add(["表彰", "奖励", "荣誉证书", "积分兑换"], .measure(.reward))
    add(["低保", "最低生活保障", "特困", "五保", "残疾人补贴", "养老保险", "养老金", "医保", "医疗保险待遇", "救助", "扶贫", "地力保护补贴", "粮食补贴", "高龄补贴", "社会保障", "残疾人", "直补", "医疗救助", "高龄津贴", "养老保险金", "低保金", "优抚"], .object(.statutory))
    add(["补偿款", "补偿", "村民待遇", "村民的任何权利", "成员资格", "股份", "股权", "征地款", "安置", "分配权", "分配资格", "安置费"], .object(.collective))
    // A share of the year's collective income: withheld as a sanction it is contested (the members decide the plan).
    add(["分配", "收益", "集体收入"], .object(.income))
    add(["承包地", "责任田", "口粮田", "土地承包", "承包经营权", "山林"], .object(.land))
    add(["宅基地", "建房"], .object(.homestead))
    add(["分红", "红利"], .object(.dividend))
    add(["慰问金", "年终奖励", "福利品", "免费旅游", "春节福利", "节日福利", "代缴", "保费", "年终奖", "过节费", "教育奖励", "奖学金", "入学补助", "慰问品", "慰问", "过节物资", "年货", "村级", "自设", "村里发", "村集体发放", "免费", "生活用品", "节日补贴", "老年补助", "种粮奖励", "优惠",
         // The village's welfare (not a statutory benefit, not membership): withheld as a sanction it is contested.
         "集体福利", "福利待遇", "一切福利", "福利",
         // Said to be the village's own (村里自行设立的, 村集体出资的): whatever the benefit is called, it is not a statutory one.
         "自行设立", "村里设立", "本村设立", "村集体出资", "村里出资", "集体出资", "敬老金", "红包", "奖励补贴", "改造补贴",
         // (Paid from the village's own money: 集体自有资金, 自筹, 自己掏钱, 共建经费.)
         "自有资金", "自筹", "自己掏钱", "自掏腰包", "共建经费", "节日礼品", "礼品", "捐赠设立", "关爱金", "自己掏的钱", "集体掏钱", "村里掏钱"], .object(.ownWelfare))
    add(["好家风家庭", "好家风", "家风家庭", "评先评优", "星级文明户", "文明户", "文明家庭", "五好家庭", "美丽庭院", "优秀党员", "文明业主", "荣誉", "评选资格", "评比", "参评", "牌匾", "评选", "最美", "示范户", "称号"], .object(.honours))
    add(["入学", "就读", "上学", "升学", "入园", "幼儿园", "报名入学"], .object(.education))
    add(["证明", "手续", "盖章", "政审", "居住证明", "户口登记", "落户", "签字", "出证", "入户", "开具"], .object(.service))
    add(["外出", "离开", "走动", "出村", "外出务工", "出门", "行走", "走出家门", "走出", "出家门", "回家"], .act(.move))
    add(["结婚", "再婚", "婚姻登记", "通婚", "悔婚", "彩礼", "嫁给", "嫁入", "娶", "订婚", "谈婚论嫁", "婚嫁", "谈恋爱", "恋爱", "婚约", "亲事", "找对象", "聘金", "聘礼", "成亲", "成婚", "完婚", "办婚事", "领结婚证",
         "结为夫妻", "结成夫妻", "婚配", "结亲", "联姻"], .act(.marry))
    add(["承租", "租住", "租房", "出租给", "出租房屋", "开店", "摆摊", "开设店铺", "承包鱼塘"], .act(.rent))
    add(["担任"], .act(.stand))
    add(["出嫁", "外嫁", "嫁出", "嫁到", "农嫁非", "改嫁", "离婚", "离异", "丧偶", "丧夫", "户内无男性", "户无男性", "入赘", "招婿", "上门女婿", "男到女家", "到女方落户", "结婚后", "已婚", "外嫁女", "出嫁女", "嫁往", "嫁出去", "远嫁", "女方嫁入", "再婚", "招亲", "招女婿", "独女户", "寡妇", "女婿", "离了婚", "离过婚", "嫁了人", "出了嫁", "婚后", "已嫁女"], .condition(.marital))
    add(["计划外生育", "超生", "非婚生", "计划生育", "避孕", "节育", "违法生育", "政策外生育", "生育政策", "政策外多生", "多生", "即生育", "生育第", "第三胎", "三孩", "生育登记", "育有"], .condition(.familyPlanning))
    add(["上访", "信访", "反映问题", "反映诉求", "向上级反映", "缠访", "闹访", "进京", "向媒体反映", "反映村务", "越级", "举报", "投诉", "告状", "向县里反映", "向镇里反映", "向媒体", "集体上访", "绕过村委会", "反映村务", "曝光村务", "上级部门反映", "向上级部门", "上级机关反映", "信访局", "热线", "12345", "越级反映", "去县里反映", "到县里反映", "去镇里反映", "去市里反映", "反映同一", "机关反映"], .condition(.petition))
    add(["空挂户", "挂户", "户在人不在", "人户分离", "新迁入", "迁入户", "户口迁回", "迁回本村", "回迁", "常年在外", "长期在外", "在外经商", "不在本村居住", "挂靠", "迁入本村不满", "迁入不满", "长期在城里", "在城里居住", "外出务工一年", "户口留在", "户口仍在", "户口还在", "在县城", "县城居住", "城里买房", "常住夫家", "住在夫家", "长年在", "长年不在",
         // When someone came or whether they stay (迁入本村未满五年, 外出超过两年不回村, 常年不回村).
         "迁入本村未满", "迁入未满", "迁入不足", "迁入本村不足", "户口迁入", "不回村", "外出超过", "离村", "常年在城", "长期在城", "常年在县", "长期在县", "常年在市", "长期在市", "常年在省", "长期在省", "长期在广", "常年在广", "常年在深", "长期在深", "新落户", "落户满", "婚迁", "投靠", "移民", "迁入本村的"], .condition(.residence))
    add(["外来户", "外来人员", "外来务工", "外地人", "外省人", "外村人", "外来人口", "租户", "外地户", "外地来的", "租住人员", "租住户", "外来客商",
         "迁来", "外省籍", "外籍", "少数民族", "外地籍", "非本村户籍", "非本地户籍", "外地户籍", "外省对象"], .condition(.origin))
    add(["其子女", "子女", "家中老人", "其家中", "其家属", "家属", "亲属", "家人", "家庭成员", "配偶", "直系亲属", "家庭其他成员", "孙辈", "兄弟姐妹", "其父母", "父母", "三代以内", "血亲", "株连", "连坐", "家族", "母子", "祖父母", "胞弟", "胞兄", "儿子", "女儿", "儿女", "父亲", "母亲", "妻子", "丈夫", "亲戚", "家长", "爷爷", "奶奶", "外公", "外婆", "孙子", "孙女"], .bearer(.relatives))
    add(["全家", "全户", "家庭", "这一户", "该户全体", "全家人", "一并", "老小", "该户成员", "该户所有"], .bearer(.household))
    add(["全组", "全村民小组", "整个小组", "村民小组内", "全体住户", "全楼", "全单元", "同组村民", "同一村民小组", "同组各户", "整个单元", "整栋楼", "整个楼栋", "同单元", "整个村民小组", "整个组", "整组", "全队", "整个生产队", "整个院落", "全院"], .bearer(.group))
    add(["房东", "担保人", "连带", "出租人", "房屋出租人", "介绍人"], .bearer(.guarantor))
    add(["监护人", "本人"], .bearer(.actor))
    add(["村委会", "村民委员会", "村里", "村集体", "社区", "居委会", "居民委员会", "治保会", "联防队", "村干部", "护水员", "村两委", "调委会"], .imposer(.committee))
    add(["物业", "物业公司", "业主委员会"], .imposer(.propertyManager))
    add(["供电所", "供水公司", "电力部门", "供电企业", "供水单位", "电工", "供电公司", "供气企业", "供水企业", "自来水厂", "水厂", "燃气公司", "燃气企业", "供热企业", "供热公司", "自来水公司", "供气公司",
         "燃气站", "供水站", "液化气站", "换气站", "供气站", "水站", "电管站"], .imposer(.supplier))
    add(["村民代表会议", "村民小组长会议", "村委会会议", "村民委员会会议"], .imposer(.meeting))
    add(["党支部", "村党支部", "纪委", "党委"], .imposer(.partyBranch))
    add(["镇人民政府", "乡人民政府", "乡镇", "街道办事处", "镇政府"], .imposer(.township))
    add(["予以", "一律", "视为"], .imposer(.passive))
    add(["选举", "选民", "投票", "选举权", "被选举权", "竞选", "参选", "当选", "代投", "委托投票"], .topic(.election))
    add(["候选人"], .topic(.candidate))
    add(["罢免", "撤换", "免去", "免职", "撤销其职务", "撤职", "停止其职务", "去留", "解除其职务", "下台", "让其下台", "任免"], .topic(.recallWord))
    add(["职务", "离职"], .topic(.office))
    add(["村务监督", "监督委员会", "监督机构", "监督小组", "监委会", "监委"], .topic(.supervisory))
    add(["村民委员会成员", "村委会成员", "村民委员会主任", "村民委员会副主任", "村民委员会委员", "村委会主任", "村委会委员", "副主任", "村会计", "村主任", "村委主任",
         "村委委员", "村委成员", "两委成员", "两委干部", "村两委干部", "村两委成员"], .topic(.committeeMember))
    add(["登记参加选举", "过半数投票", "投票的村民", "居民会议", "本组村民会议", "村民小组会议", "推选产生", "村民选举委员会", "选举委员会主持", "剥夺政治权利", "登记选民", "选民投票"], .topic(.ballot))
    add(["不称职"], .topic(.unfit))
    add(["连续两次", "接连两次", "接连两回", "连着两次", "连续两回", "连续二次"], .topic(.twice))
    add(["丧失行为能力", "判处刑罚", "判了刑", "判刑"], .topic(.statutoryEnd))
    add(["近亲属"], .topic(.nearRelative))
    add(["兼任", "组成", "可以担任", "不受限制", "兼管", "推选为", "组员", "组长", "相互兼职", "交叉任职", "兼职", "任职限制", "可以当选", "照常可以", "进入村务监督委员会", "进入监委会", "不影响其进入", "可以当", "可以有"], .topic(.serves))
    add(["保证金", "押金", "履约金", "先押", "押在村里"], .topic(.deposit))
    add(["犬", "狗", "家禽", "鸽子", "鸡鸭", "宠物", "鸡", "鸭", "鹅", "生猪", "信鸽", "鸽", "猫", "牲畜", "牛羊", "牛、羊", "蛇", "蜥蜴", "爬行动物", "鹦鹉", "兔"], .topic(.pet))
    add(["红白喜事", "婚丧", "酒席", "宴席", "升学宴", "满月酒", "乔迁宴", "丧事", "治丧", "礼金", "宴请", "婚宴", "寿宴", "喜宴", "丧宴", "宴会", "办酒", "酒宴", "婚事", "葬礼", "出殡", "满月", "祭扫", "过世", "丧葬", "婚礼", "宴请", "婚车", "礼金", "随礼", "份子钱", "人情往来", "贺礼", "迎亲", "祭祀", "祭品", "清明", "中元", "白事", "红事", "设宴", "摆酒",
         // Burial is a ceremony too (一律火化, 不得另起坟堆, 不得安葬在公墓).
         "红白事", "火化", "骨灰", "公墓", "坟头", "坟堆", "坟墓", "安葬", "墓地", "立碑",
         // Customs of the year and of mourning, and the gifts of a betrothal (拜年送礼, 大墓大碑, 烧纸焚香, 彩礼, 三金).
         "拜年", "送礼", "大墓", "墓碑", "大碑", "竖碑", "烧纸", "焚香", "彩礼", "聘金", "三金"], .topic(.ceremony))
    add(["鞭炮", "吹打", "礼炮", "锣鼓", "披麻戴孝", "守灵", "哭丧", "停柩", "纸扎", "灵堂", "守夜", "纸钱", "乐队", "烟花", "土葬", "爆竹", "灵棚", "停灵", "道士", "吹鼓手", "搭棚", "花圈", "帐篷"], .topic(.custom))
    add(["不得超过", "不超过", "限养", "一切", "只准", "不得饲养", "禁止饲养", "每户限", "每户只能", "只能推选", "须到物业登记", "须征得", "应当征得", "须经同意", "须经", "方可", "必须", "为限", "只能请", "不得扩大",
         "一概不办", "一律不办", "不得举办", "不准办", "不办酒席", "不办宴席", "须提前", "提前申报", "同意书", "书面同意", "须先取得", "最多", "一律火化", "万限", "元限", "桌限", "封顶", "为上限"], .topic(.limit))
    add(["全体村民过半数", "全体村民三分之二", "十分之九", "十分之八", "每一户", "少一户", "全部户主", "每户户主", "五分之四以上", "四分之三以上", "三分之二以上", "五分之三以上", "全体居民过半数", "全体业主", "一致同意", "全体村民的过半数", "四分之三", "五分之四", "村民总数的", "代表总数的", "户代表一致", "户主一致", "全部户代表", "村民的过半数"], .topic(.threshold))
    add(["逐级", "先向", "先通过", "提前告知", "陪同", "有序", "协商不成", "原则上不再", "报告上访", "事先报告", "先报告", "首先向", "事先告知", "不再重复", "重复反映", "不应再次", "答复之前", "答复前", "一般不", "未经答复",
         // A petition made to wait on a step first (须先经, 应先, 提前报备, 出发前说明, 复议前暂不, 再往上).
         "报备", "须先", "应先", "出发前", "说明事由", "复议前", "暂不向", "再往上", "不要一步", "先找", "再依法",
         "纠缠", "同一理由", "同一事实", "劝回", "劝返", "先派", "相同理由", "缠访", "先到", "登个记", "提前跟", "说一声"], .topic(.petitionWay))
    add(["姓名", "房号", "点名", "曝光", "公开谴责", "门牌号", "名单", "人名", "照片", "车牌", "户号", "人脸", "门牌", "名字", "拍人", "人像", "不打码", "监控画面"], .topic(.naming))
    add(["公布", "张贴", "曝光", "公开栏", "微信群", "宣传栏", "广播", "播报", "文化墙", "业主群", "张榜", "公告栏", "公开其", "点出", "宣读", "公示", "写明", "喇叭", "黑榜", "警示榜", "曝光台", "曝光栏", "电子屏", "村民群", "群里", "发到", "警示栏", "写进", "大屏", "大会上"], .topic(.publish))
    add(["业主", "管理规约", "业主公约", "公约约定", "业主大会", "签订本公约", "楼栋公约", "共同约定", "按公约", "依公约", "按规约",
         // An agreement among the owners or residents themselves (车位共有人约定, 本楼栋住户一致约定).
         "共有人", "一致约定", "住户约定", "业主约定", "全体住户约定", "出资户"], .topic(.owners))
    add(["负担", "自负", "自行承担", "偿还", "代为", "承担全部责任", "承担连带", "承担罚款", "分摊", "负责偿还", "代其", "承担", "清偿", "共同分摊", "代为承担", "负责清偿", "还清", "共同承担", "负责归还", "代为归还", "代还", "垫付", "先行垫付", "凑齐", "赔给", "书面检讨", "写出保证书", "保证书", "写检讨", "作检讨", "检讨"], .topic(.debt))
    add(["辛苦钱", "茶水钱", "辛苦费", "跑腿费", "好处费", "治安费", "治安联防费", "联防费", "人头费", "暂住费", "暂住管理费", "治安管理费", "入户费", "过路费", "道路维护费", "进村费", "管理费", "手续费", "证明费", "工本费", "茶水费", "误工费", "差旅费", "落户费", "卫生管理费", "进村费", "入村费", "迁入费", "办证费", "签字费", "盖章费", "调查费用", "摊派", "按人头", "养护费", "维护费", "村容", "落户款", "留户费", "户口费"], .topic(.fee))
    add(["电费收缴", "费用收缴", "收缴工作", "物业费", "物业服务费", "水费", "电费", "垃圾处理费", "按水表", "计量", "物价部门", "一事一议", "自愿", "合同"], .topic(.lawfulFee))
    add(["调解", "调处"], .topic(.mediation))
    add(["租金", "价格", "收购", "购买", "保险", "指定的", "统一确定", "统一规定", "统一安排", "统一规划"], .topic(.price))
    add(["联名", "签名", "提议"], .topic(.proposal))
    add(["身份证号码", "身份证号", "身份证件号码", "身份证", "手机号码", "手机号", "电话号码", "联系电话", "家庭住址", "住址", "银行账号",
         // Health and other sensitive facts (个人信息保护法第二十八条): a list of patients or of people in treatment, published.
         "家庭情况", "患者", "感染者", "吸毒人员", "吸毒者", "病人", "病史", "乙肝", "结核", "艾滋病", "精神疾病", "精神病", "美沙酮", "维持治疗", "传染病", "高血压", "糖尿病", "精神科", "治疗的人员", "病患", "精神残疾"], .topic(.personalInfo))
    add(["头戴", "纸帽", "戴帽", "绕行", "胸前"], .topic(.shame))
    add(["打扫", "清扫", "义务劳动", "劳动", "出工", "值守", "看守", "扫地", "吃饭", "吃一顿", "一桌", "电影", "喝酒", "修路", "义务修", "义务工",
         // Unpaid service for the village (义务给村里看山守林三个月，不计报酬).
         "看山", "守林", "巡山", "不计报酬", "无偿劳动", "义务给", "义务为"], .topic(.labour))
    add(["辞去", "辞职", "卸任", "离任", "自动取消", "资格取消", "不再担任", "解聘", "自动终止", "自动免职", "自动解职", "自动离职", "自然免职", "自动退出", "随即丧失", "即行停止", "即停止", "即行终止", "资格终止", "自行离任", "主动辞去", "主动辞职", "自然退出", "自动放弃", "退出村委会", "退出居委会", "辞了职", "到站下岗", "下岗",
         // The office given to someone else or no longer held (不再履职, 另行任命他人接替, 另行安排人顶上).
         "不再履职", "停止履职", "另行任命", "另行安排人", "他人接替", "放弃职务", "交出公章", "交出印章", "上交公章", "移交公章", "不再履行职务", "届中退出"], .topic(.officeEnd))
    // Fifth round: the verb and object classes of a cut, a seizure and a delay (the decision is made from where they stand
    // in the sentence, `classify`; these lists only name the members of each class).
    add(["拧下", "拧掉", "拧走", "剪断", "剪掉", "锁上", "锁住", "关掉", "关上", "关停", "拔掉", "拔下", "拆掉", "拆下", "拆走", "卸下", "卸掉", "掐断", "断开",
         "停掉", "封住", "封堵", "堵上", "堵死", "断掉", "砸掉", "挖断", "割断"], .topic(.cutVerb))
    add(Self.utilityPartWords, .topic(.utilityPart))
    add(["拉回村部", "拉到村部", "拉走", "抓走", "捉走", "扣住", "扣车", "锁车", "拿走其", "带走其", "捕捉后", "方可取回", "才能取回", "后方可取回", "后取回", "后领回",
         "后解锁", "才解锁", "方可解锁", "后放行", "才放行", "方可放行", "不退还给", "不予返还", "不再返还", "才予返还", "后返还", "才归还", "后归还",
         "后领走", "后拿回", "后才还", "后还给", "才还给", "装走", "运走", "搬走", "牵回村部", "牵到村部", "收到仓库", "拖到村部", "拖至", "拉到村部", "收到村部", "搬到村部", "扣到村部", "后领取", "后方可领取", "后才能领取"], .topic(.seizure))
    add(["才能申请", "才能分", "才可分", "才能分配", "才能参加", "推迟", "推后", "压后", "往后压", "延后", "暂缓办理", "搁置", "压着", "不上报", "没有份", "没份", "不考虑",
         "不再续包", "不予续包", "不续包", "不予认定", "不予确认", "不认定", "不确认", "半个人口", "按半份", "不再分给", "不分给", "不给分", "不给批", "不给划",
         "暂缓", "暂不上报", "暂缓上报", "只发给", "仅发给", "只发放给", "还清了再给", "交清了再给", "还清后再给", "先扣着", "先不给", "代为保管", "先行保管", "方可参加", "方可分配", "方可申请", "才可参加", "才可分配"], .topic(.delay))
    add(["一户一票", "每户一票", "每户发一张选票", "每户一张选票", "户主一人投票", "由户主投票", "户主代表全家", "以户为单位投票", "以户为单位发放选票"], .topic(.householdVote))
    return w
  }()

  struct Token {
    var lex: Lex; var start: Int; var end: Int
    /// The word stands in the scope of a negation of its clause (不得写入身份证号, 照片不拍摄人脸和门牌, 不由其亲属代为承担):
    /// after a negator, or after a bare 不 (not 拒不) with no 的 between, in a clause that is not a condition (…的，).
    var scoped = false
  }

  // MARK: - Sentences and clauses

  private mutating func analyseSentence(_ t: ClauseText, _ s: Range<Int>) {
    // Clause bounds: ，, within the sentence.
    var bounds = [Range<Int>]()
    var start = s.lowerBound
    // A heading that states the consequence before its case (罚款三百元：凡……的，; 停发慰问金：对……的，) is a clause of its own:
    // the case after the colon is the condition, not the heading.
    if let colon = (s.lowerBound..<min(s.upperBound, s.lowerBound + 14)).first(where: { t.scalars[$0] == 0xFF1A || t.scalars[$0] == 0x3A }),
       colon > s.lowerBound + 1, colon + 1 < s.upperBound, t.scalars[colon + 1] == 0x51E1 /* 凡 */ || t.scalars[colon + 1] == 0x5BF9 /* 对 */,
       !(s.lowerBound..<colon).contains(where: { t.scalars[$0] == 0xFF0C || t.scalars[$0] == 0x2C }) {
      bounds.append(start..<(colon + 1))
      start = colon + 1
    }
    for i in start..<s.upperBound where t.scalars[i] == 0xFF0C || t.scalars[i] == 0x2C {
      bounds.append(start..<(i + 1))
      start = i + 1
    }
    if start < s.upperBound { bounds.append(start..<s.upperBound) }
    // A sentence's parts are read together, so a sentence of thousands of clauses (no 。 in a
    // 64 KiB paragraph) is read in windows of `maxClauses`: the analysis stays linear.
    if bounds.count > Self.maxClauses {
      var k = 0
      while k < bounds.count {
        let last = min(k + Self.maxClauses, bounds.count) - 1
        analyseSentence(t, bounds[k].lowerBound..<bounds[last].upperBound)
        k = last + 1
      }
      return
    }
    // Words, clause by clause. (The lexicon is read once here: a static's accessor copies it on every call.)
    let lexicon = Self.lexicon
    var words = [[Token]]()
    words.reserveCapacity(bounds.count)
    for b in bounds {
      var ts = [Token]()
      var i = b.lowerBound
      while i < b.upperBound {
        if let (lex, len) = lexicon.match(t.scalars, at: i, end: b.upperBound) {
          // (A former office holder, 原村会计, 前任主任: no member now.)
          if lex == .topic(.committeeMember), i > b.lowerBound, t.scalars[i - 1] == 0x539F /* 原 */ || t.scalars[i - 1] == 0x4EFB && i - 1 > b.lowerBound && t.scalars[i - 2] == 0x524D /* 前任 */ {
            i += len; continue
          }
          ts.append(Token(lex: lex, start: i, end: i + len))
          i += len
        } else {
          i += 1
        }
      }
      Self.joinNegatedEntitlements(t, &ts, clauseStart: b.lowerBound)
      Self.markNegationScope(t, &ts, b)
      words.append(ts)
    }
    let all = Array(words.joined())
    // A supplier acting on its own contract or the statutory procedure (供电企业可以依法临时中断供电, 自来水厂因管网维修需要
    // 停水的, 由供电公司依照供用电合同办理): the cut is the supplier's, not a sanction — unless the village asks for it
    // (通知供电所停电, 报请燃气公司停气), when the supplier is only its instrument.
    let supplierLawful = Self.supplierActsLawfully(t, s, all)
    // A sentence that says whom it does not name or what it does not publish (照片不拍摄人脸和门牌号码, 不得写入身份证号).
    func isConditionClauseAt(_ b: Range<Int>) -> Bool {
      b.count >= 3 && (t.scalars[b.upperBound - 1] == 0xFF0C || t.scalars[b.upperBound - 1] == 0x2C)
        && (t.scalars[b.upperBound - 2] == 0x7684 /* 的 */ || t.scalars[b.upperBound - 2] == 0x8005 /* 者 */)
    }
    // The sentence opens with conduct as its condition (超过桌数的，, 违规搭建的，): not a mere case (借用桌椅的，).
    let conductFirst = bounds.count > 1 && isConditionClauseAt(bounds[0]) && Self.scalarsContain(t, bounds[0], Self.conductWords)
    let limitsNaming = all.contains { $0.scoped && ($0.lex == .topic(.naming) || $0.lex == .topic(.personalInfo)) }
    func has(_ p: (Lex) -> Bool) -> Bool { all.contains { p($0.lex) } }
    func first(_ p: (Lex) -> Bool) -> Token? { all.first { p($0.lex) } }
    func part(_ tok: Token) -> ClausePart { ClausePart(t, tok.start..<tok.end) }
    // The topics the sentence names, one bit each (asked many times a clause: a bit test, not a scan of the tokens).
    // (What the sentence before handed on, if it ended in ；: see `chainConditions`.)
    let handed = chainConditions, handedTopics = chainTopics, handedViolation = chainViolation, handedObjects = chainObjects, handedBare = chainBare
    let handedWayFirst = chainWayFirst
    chainConditions = []; chainTopics = 0; chainViolation = false; chainObjects = []; chainBare = false; chainWayFirst = false
    let endsChain = t.scalars[s.upperBound - 1] == 0xFF1B || t.scalars[s.upperBound - 1] == 0x3B
    var topicMask: UInt64 = 0
    for tok in all { if case .topic(let x) = tok.lex { topicMask |= 1 << UInt64(x.rawValue) } }
    let continues = handedTopics != 0 && (t.scalars[s.lowerBound] == 0x5176 /* 其 */ || Self.scalarsContain(t, s, Self.continuationWords))
    if t.scalars[s.lowerBound] == 0x5176 /* 其 */ { topicMask |= handedTopics } else if continues { topicMask |= handedTopics & (1 << UInt64(Topic.supervisory.rawValue)) }
    if endsChain { chainTopics = topicMask }
    var sentenceTextCache: String?
    // The clauses of one sentence ask the same words of it: the answers are kept.
    var sentenceMemo = SentenceWords("")
    // The sentence's conditions (not negated or protected: 不得以离婚为由… is no condition).
    var conditions = [(Condition, ClausePart)]()
    var conditionAt = [Int]()
    // A protection (平等, 同等, 不受影响) counts unless the clause takes it away (不享受……同等待遇).
    var protected = false
    // The sentence's shape (`SentenceShape`), read once: it says whether conduct is sanctioned and which clauses follow it.
    let shape = SentenceShape.read(t, bounds)
    // A sentence that declares measures void or struck out (以村规民约名义没收…的，一律无效; 写的“罚款”等内容，一律删除): a negation.
    let voided = Self.scalarsContain(t, s, Self.voidingWords)
    if voided { protected = true }
    // A sentence that forbids a sanction for a reason (不得因为村民上访……就扣发其补贴, 不得以其上访为由……): what follows is what
    // the reason may not bring — a protection, whatever its words.
    if let first = bounds.first, let neg = words[0].first(where: { $0.lex == .negator }),
       (neg.end..<min(first.upperBound, neg.end + 2)).contains(where: { t.scalars[$0] == 0x56E0 /* 因 */ || t.scalars[$0] == 0x4EE5 /* 以 */ }) {
      protected = true
    }
    // (A protection said after 但 for others than the one sanctioned, 停发其本人的慰问金，但其父母应得的照常发放，不受影响,
    // limits whom the measure reaches: it does not undo the measure said before it.)
    var measureSaid = false, butAfterMeasure = false
    for (k, ts) in words.enumerated() {
      var took = false
      // (Or a clause that names the others it keeps whole, 家庭其他成员的份额不受影响.)
      if measureSaid, t.scalars[bounds[k].lowerBound] == 0x4F46 /* 但 */ || Self.scalarsContain(t, bounds[k], Self.othersWords) { butAfterMeasure = true }
      if ts.contains(where: { if case .measure = $0.lex { return true }; return $0.lex == .deprive }) { measureSaid = true }
      if butAfterMeasure { continue }
      for tok in ts {
        if tok.lex == .deprive { took = true }
        // (同等处理, 同等标准处理, 同样受罚: the same *sanction* for someone else, not an equal right.)
        if tok.lex == .protect && !took && !Self.concessive(t, tok) && !Self.sanctionAfter(t, tok.end) { protected = true }
      }
    }
    // A condition clause (…的，, …者，) states who or what the rest is about.
    // (Also a person described by a 的-phrase: 受到治安管理处罚的村民，… — what was done to them is their case.)
    func isConditionClause(_ k: Int) -> Bool { k + 1 < bounds.count && SentenceShape.endsInCondition(t, bounds[k]) }
    for (k, ts) in words.enumerated() {
      for tok in ts {
        // Marrying said as the condition (…结婚的，, 与城镇户口男子结婚的本村女子，…) is a marital status.
        let c: Condition? = if case .condition(let c) = tok.lex { c } else if tok.lex == .act(.marry) && (isConditionClause(k) || tok.end < t.count && t.scalars[tok.end] == 0x7684 /* 结婚的 */) { .marital } else { nil }
        if let c, !conditions.contains(where: { $0.0 == c }) { conditions.append((c, part(tok))); conditionAt.append(tok.start) }
      }
    }
    // Round six: a condition clause (…的，) names a status by its shape, whatever the words (`StatusShape`): a number of
    // children (二孩以上, 两个孩子以上的家庭, 生育间隔不足四年的), a marriage (…再嫁的, 户内没有儿子的), where someone lives (未回村
    // 居住的, 在城里买房的).
    for (k, b) in bounds.enumerated() where isConditionClause(k) || k == 0 && bounds.count > 1 {
      // (A condition that states a fault is about conduct, not status: 外出务工人员拒不参加义务劳动的 sanctions the refusal.)
      if let c = StatusShape.condition(t, b), !conditions.contains(where: { $0.0 == c }), !words[k].contains(where: { $0.lex == .protect || $0.lex == .negator }),
         !Self.scalarsContain(t, b, SentenceShape.faults) {
        conditions.append((c, ClausePart(t, b))); conditionAt.append(b.lowerBound)
      }
    }
    // A chain of ；-sentences: the first's conditions carry to a later one that states a case of its own and no condition.
    // (Or after a sentence that only described them, 挂靠户，空挂户，户口在这人不住；分红补偿都没份.)
    if conditions.isEmpty, !handed.isEmpty, bounds.count > 1 && isConditionClause(0) || handedBare {
      for h in handed { conditions.append(h); conditionAt.append(s.lowerBound) }
    }
    if endsChain { chainConditions = conditions.isEmpty ? handed : conditions }
    let soft = has { $0 == .soft }
    let offence = bounds.first.map { ClausePart(t, $0) }
    var carryNegation = false, carryOffence = false
    let sentenceHasAmount = Self.hasAmount(t, s)
    // A quantity of goods or labour (一百斤, 三天) or a quotation («贼骨头») can be what a sanction is made of.
    let sentenceHasQuantityOrQuote = Self.hasQuantityOrQuote(t, s)
    // Most sentences name nothing a measure is made of: they are not classified.
    // (Also a status found by the shape of its condition, 向电视台反映小区问题的，: what follows may burden it.)
    let relevant = sentenceHasAmount || sentenceHasQuantityOrQuote || continues || !conditions.isEmpty || all.contains { tok in
      switch tok.lex {
      case .measure, .deprive, .punish, .act, .topic, .condition, .object: return true
      case .bearer(let x): return x == .guarantor
      default: return false
      }
    }
    var given = Set<Measure>()
    let firstClause = clauses.count
    // A bearer named as the subject (被判刑人员的家属，…) bears what the later clauses take.
    var sentenceBearer: (Bearer, ClausePart)?
    // What the whole sentence says, worked out once: whether it sanctions conduct, whether it names a person.
    var sentenceFacts = (violation: false, personNamed: false)

    for (k, b) in bounds.enumerated() {
      let ts = words[k]
      var clause = Clause(part: ClausePart(t, b))
      clause.offence = offence
      // A condition bears on what is said with it or after it.
      clause.conditions = zip(conditions, conditionAt).filter { $0.1 < b.upperBound }.map(\.0)
      clause.opensConsequence = ts.first.map { $0.lex == .opener && $0.start <= b.lowerBound + 1 } ?? false
        || t.scalars[b.lowerBound] == 0x7531 /* 由 */
      for tok in ts {
        if case .imposer(let x) = tok.lex, clause.imposer == nil { clause.imposer = (x, part(tok)) }
        // Someone else than the actor: a bearer named after the offence, or the actor's own (其子女, 其家属).
        // (Not a word inside quotation marks: “好媳妇”“好儿女” name an honour, not a relative.)
        if case .bearer(let x) = tok.lex, clause.bearer == nil, Self.isBearer(x, t, tok, k: k, clauseStart: b.lowerBound), !Self.quoted(t, tok.start, from: b.lowerBound) {
          clause.bearer = (x, part(tok))
        }
      }
      if k == 0, let b = clause.bearer, b.0 == .relatives { sentenceBearer = b }
      if clause.bearer == nil, k > 0 { clause.bearer = sentenceBearer }
      // Negation: a negator before the measure within the clause, or carried from a clause
      // that says 不得以…为由 / 不得以…方式.
      var negatorAt: Int? = carryNegation ? b.lowerBound : nil
      // 「禁止私设路障，扣留过往车辆和行人」: an act that is itself the wrong, listed after the prohibition.
      if carryOffence, let f = ts.first, f.start == b.lowerBound, case .measure(let m) = f.lex, [.liberty, .confiscation, .dignity].contains(m),
         !Self.hasAmount(t, b) { negatorAt = b.lowerBound }
      // A negation over a list (不游街、不示众、不张贴照片; 不采用停水、停电等方式) or a practice abolished
      // (扣押、没收财物的做法一律废止) covers every measure of the list.
      // (Only a clause with a list, 、, can hold one: most clauses are answered by the first test.)
      if relevant, Self.clauseHas(t, b, 0x3001), let l = Self.listNegation(t, b) { negatorAt = min(negatorAt ?? l, l) }
      // A clause that opens with a bare 不 (不示众，不张贴照片) denies what it names, unless it is a condition (不交的，).
      // (Only 不 before a measure or a publication, 不没收、不张贴: not 不文明, 不履行, which name conduct.)
      // (Or a few words before it, with no 的 between: 不加任何评论性字样, 不配发照片.)
      if t.scalars[b.lowerBound] == 0x4E0D, !(ts.first.map { $0.start == b.lowerBound } ?? false), !isConditionClause(k),
         ts.first(where: { $0.lex != .care }).map({ tok in
           guard tok.start > b.lowerBound, tok.start <= b.lowerBound + 7,
                 !(b.lowerBound..<tok.start).contains(where: { t.scalars[$0] == 0x7684 /* 的 */ }) else { return false }
           switch tok.lex { case .measure, .topic(.publish), .topic(.naming): return true; default: return false }
         }) ?? false {
        negatorAt = min(negatorAt ?? b.lowerBound, b.lowerBound)
      }
      // A recall or removal said with 不 right before it (不撤换居委会成员) is what a body does not do.
      if let r = ts.first(where: { $0.lex == .topic(.recallWord) }), r.start > b.lowerBound, t.scalars[r.start - 1] == 0x4E0D /* 不 */ {
        negatorAt = min(negatorAt ?? r.start - 1, r.start - 1)
      }
      // A measure whose agent is a competent organ (罚款由林业部门依法作出, 由公安机关予以拘留) is referred, not set.
      let referred = relevant && Self.clauseHas(t, b, 0x7531 /* 由 */) ? Self.referredToAuthority(t, b) : nil
      // (A measure named as what the next clause gives to a competent organ, 对违法者的处罚、对工具的没收，由林业主管部门依法作出:
      // referred, not set.)
      let referredNext = relevant && k + 1 < bounds.count && t.scalars[bounds[k + 1].lowerBound] == 0x7531 /* 由 */
        && Self.referredToAuthority(t, bounds[k + 1]) != nil
      var lawfulAt: Int? = referred
      var found: (Measure, Token)?
      var negatedMeasure = false
      var deniedEnd: Int?
      var deprive: Token?, punish: Token?
      var objects = [Object]()
      var acts = [(Act, Token, Bool)]()
      // A condition clause (…的，, …者，) said before the consequence states the conduct: a measure's words in it are
      // what someone did or why (辱骂他人的，…; 因管网维修需要停水的，…), not what the clause sets.
      let conditionClause = isConditionClause(k)
      // The first clause of several that ends in a noun described by a 的-phrase (…的股东，, …的户，) is the subject.
      let describesSubject = conditionClause || k == 0 && bounds.count > 1 && b.count >= 4
        && (b.upperBound - 4..<b.upperBound - 1).contains { t.scalars[$0] == 0x7684 /* 的 */ }
      for tok in ts {
        switch tok.lex {
        case .negator: if negatorAt == nil { negatorAt = tok.start }
        case .lawful: if lawfulAt == nil { lawfulAt = tok.start }
        case .deprive:
          // The subject's description (不参加成员大会的股东，…): what the person did, not what is taken from them.
          if describesSubject { continue }
          // (Persuaded not to, 劝其不参加, 动员其不去: advice to others, nothing taken from anyone.)
          if (max(b.lowerBound, tok.start - 3)..<tok.start).contains(where: { t.scalars[$0] == 0x529D /* 劝 */ }) { continue }
          // A take-away verb denied (不收回, 不再取消, 不停发): a right kept, not taken.
          if t.scalars[tok.start] != 0x4E0D, Self.deniedJustBefore(t, tok.start, b.lowerBound) { negatedMeasure = true; continue }
          if deprive == nil { deprive = tok }; if negatorAt != nil { negatedMeasure = true }
        case .punish:
          // (不另外加罚: a punishment denied.)
          if Self.deniedJustBefore(t, tok.start, b.lowerBound) { negatedMeasure = true; continue }
          if punish == nil { punish = tok }
        case .object(let o): objects.append(o)
        case .act(let a): acts.append((a, tok, negatorAt != nil))
        case .measure(let m):
          // (Said in a condition, 停水时间超过二十四小时的, it is the circumstance or the conduct: the clause is decided, and
          // the old word patterns do not read it as a measure either.)
          if conditionClause && m.standing == .unlawful && m != .propertyControl && m != .serviceConditioning { negatedMeasure = true; continue }
          // (Suffered by the person, 受过治安管理处罚的学生, 被罚款的: their case, not a measure the clause sets.)
          // (受过 or 受到, not 接受: 须接受保安搜身检查 is the measure.)
          if m.standing != .lawful, (max(b.lowerBound, tok.start - 4)..<tok.start).contains(where: { p in
               t.scalars[p] == 0x88AB /* 被 */ || t.scalars[p] == 0x53D7 /* 受 */ && p + 1 < t.count && (t.scalars[p + 1] == 0x8FC7 /* 过 */ || t.scalars[p + 1] == 0x5230 /* 到 */)
             }) { continue }
          if negatorAt != nil && m.standing != .lawful { negatedMeasure = true; continue }
          // 不罚款、免收: a measure right after 不, 免 or 无 (not 拒不) is denied.
          if m.standing != .lawful, tok.start > b.lowerBound, [0x4E0D, 0x514D, 0x65E0].contains(t.scalars[tok.start - 1]),
             !(tok.start - 2 >= b.lowerBound && t.scalars[tok.start - 2] == 0x62D2 /* 拒 */) { negatedMeasure = true; deniedEnd = tok.end; continue }
          // (不 a few light words before: 不予罚款, 不另行处罚, 不再罚款.)
          if m.standing != .lawful, Self.deniedJustBefore(t, tok.start, b.lowerBound) { negatedMeasure = true; deniedEnd = tok.end; continue }
          if (m == .utilitiesCut && supplierLawful) || (voided && m.standing != .lawful) { negatedMeasure = true; continue }
          // (扣下 of a share, 每股分红按七折发放，扣下的部分转入公益金: the share reduced, not property seized.)
          if m == .confiscation, all.contains(where: { $0.lex == .object(.dividend) || $0.lex == .object(.income) }) { continue }
          // A measure whose decision is left to a competent organ after it (是否罚款由林业局依法决定): referred, not set.
          if [.fine, .confiscation, .liberty, .vague, .penaltyInKind].contains(m), referredNext || Self.decidedByOrganAfter(t, tok, ts, b) { negatedMeasure = true; continue }
          // (A measure that follows a denied one at once, or after 、和或, is in the same denial: 不停水停电, 不罚款或没收.)
          if m.standing != .lawful, let e = deniedEnd, tok.start == e || tok.start == e + 1 && [0x3001, 0x548C, 0x6216].contains(t.scalars[e]) {
            negatedMeasure = true; deniedEnd = tok.end; continue
          }
          // Advice (提倡……统一销售，自愿参加) sets no control on anyone's goods.
          if m == .propertyControl && (ts.contains { $0.lex == .soft && $0.start < tok.start } || all.contains { $0.lex == .topic(.lawfulFee) && t.scalars[$0.start] == 0x81EA /* 自愿 */ }) {
            negatedMeasure = true; continue
          }
          if lawfulAt != nil && [.fine, .confiscation, .liberty, .utilitiesCut, .vague, .penaltyInKind].contains(m) { negatedMeasure = true; continue }
          // Emergencies, repairs and the statutory procedure make a cut of supply lawful, wherever in the sentence they are said.
          if m == .utilitiesCut && all.contains(where: { $0.lex == .lawful && $0.start < tok.start }) { negatedMeasure = true; continue }
          if found == nil || (found!.0.standing == .lawful && m.standing != .lawful) { found = (m, tok) }
        default: break
        }
      }
      // (What is withheld named in the sentence before, referred back to: 自设的“邻里和睦金”……；……的家庭，这一百元不再发放.)
      if objects.isEmpty, deprive != nil, !handedObjects.isEmpty, Self.scalarsContain(t, b, Self.backReferenceWords) { objects = handedObjects }
      let endsWithDe = b.count >= 2 && t.scalars[b.upperBound - 1] == 0xFF0C && t.scalars[b.upperBound - 2] == 0x7684 /* 的， */
      let prevNegator = negatorAt != nil && found == nil && !endsWithDe
      carryNegation = prevNegator && b.contains { t.scalars[$0] == 0x4EE5 /* 以 */ }
      carryOffence = prevNegator
      if relevant && sentenceTextCache == nil {
        let st = t.string(s)
        sentenceTextCache = st
        // (Conduct is sanctioned when the words say so, or when the sentence has the shape of a sanction: 违者…, a fault
        // stated as its condition, whoever… — `SentenceShape`.)
        sentenceMemo = SentenceWords(st)
        sentenceMemo.wayFirstHanded = handedWayFirst
        let memo = sentenceMemo
        // (Or a grade after a sentence that sanctioned conduct: 第一次由楼长提醒；第二次起，该户须……)
        let graded = handedViolation && ["第二次", "第三次", "再次", "再犯", "第二回", "第三回", "三次以上", "两次以上", "屡次", "多次", "以后每次", "此后"].contains { st.hasPrefix($0) }
        sentenceFacts = (Self.sanctionsConduct(st) || shape != nil || graded, ["姓名", "房号", "门牌", "名单", "照片", "点名", "点出", "人名", "车牌", "户号", "户主", "名字"].contains { memo.has($0) }
                           && !limitsNaming)
      }
      let membersShare = relevant && Self.statesMembersShare(sentenceMemo, conditions: clause.conditions.isEmpty)
      var m = !relevant || membersShare ? nil : Self.classify(clauseText: t.string(b), sentence: sentenceTextCache ?? "", memo: sentenceMemo, clauseTokens: ts, all: all, found: found?.0,
                            deprive: deprive, negatorAt: negatorAt, lawfulAt: lawfulAt, punish: punish, objects: objects, acts: acts,
                            conditions: protected ? [] : clause.conditions.map(\.0), bearer: clause.bearer?.0, soft: soft, amount: sentenceHasAmount,
                            isFirst: k == 0, negated: negatedMeasure, protectedSentence: protected,
                            violation: sentenceFacts.violation, personNamed: sentenceFacts.personNamed,
                            conditionClause: conditionClause, afterCondition: k > 0 && conductFirst, supplierLawful: supplierLawful, topicMask: topicMask,
                            shapeConsequence: shape.map { sh in sh.consequences.contains { bounds[k].contains($0.lowerBound) } } ?? (k != 0),
                            bareBan: conditionClause ? [] : Self.bareBans(t, ts, b))
      // (A supplier acting on its own ground, 依照规定暂停供气, neither cuts a supply as a sanction nor withholds a service.)
      if supplierLawful, let mm = m?.0, mm == .serviceConditioning || mm == .utilitiesCut { m = nil }
      // Each measure once a sentence; a contested one is not reported beside an unlawful one.
      if let (measure, tok) = m, !given.contains(measure), !(measure.standing == .contested && given.contains(where: { $0.standing == .unlawful })) {
        clause.measure = measure
        let span = tok.map { t.range($0.start..<$0.end) } ?? clause.range
        clause.measureSpan = span
        clause.consequence = clause.part
        clause.withheld = Self.withheldBy(measure) ?? deprive.flatMap { d in Self.withheld(objects, clause: t.string(b), tokens: ts, deprive: d) }
        given.insert(measure)
        // An unlawful measure outweighs a contested one said earlier in the same sentence.
        if measure.standing == .unlawful {
          for j in firstClause..<clauses.count where clauses[j].measure?.standing == .contested { clauses[j].measure = nil; clauses[j].measureSpan = nil }
        }
      } else if negatedMeasure || protected || supplierLawful || limitsNaming || membersShare {
        clause.negated = true
      }
      clauses.append(clause)
    }
    if endsChain {
      chainWayFirst = Self.scalarsContain(t, s, Self.firstStepWords)
      chainBare = !conditions.isEmpty && !all.contains { tok in if case .measure = tok.lex { return true }; return tok.lex == .deprive || tok.lex == .punish }
      chainViolation = relevant ? sentenceFacts.violation : shape != nil
      chainObjects = all.compactMap { if case .object(let o) = $0.lex { return o } else { return nil } }
    }
    // Round six: the sentence's shape (`SentenceShape`). A consequence of conduct that the words above left undecided
    // and that says nothing a charter may do about conduct is a measure the law does not give it.
    // (A directive's 后果 is read as the same sentence the prose says, 行为 first: the shape is found in it the same way,
    // so a charter gets the same findings with directives as without.)
    if !protected, !soft, !supplierLawful, !limitsNaming, let shape {
      for c in shape.consequences {
        guard let k = bounds.firstIndex(where: { $0.contains(c.lowerBound) }) else { continue }
        let j = firstClause + k
        guard j < clauses.count, clauses[j].measure == nil, !clauses[j].negated else { continue }
        // (Nothing else in the sentence decided: a measure found elsewhere in it is what the sentence sets.)
        if (firstClause..<clauses.count).contains(where: { clauses[$0].measure != nil || clauses[$0].negated }) { break }
        if words[k].contains(where: { [.negator, .protect, .soft, .lawful].contains($0.lex) }) { continue }
        if SentenceShape.saysLawfulOrNothing(t, c) { continue }
        let m = Self.unlistedMeasure(all: all, clause: words[k], topicMask: topicMask, conditions: conditions.map(\.0), bearer: clauses[j].bearer?.0,
                                     personNamed: sentenceFacts.personNamed)
        clauses[j].measure = m
        clauses[j].measureSpan = t.range(c)
        clauses[j].consequence = ClausePart(t, c)
        clauses[j].byShape = true
        break
      }
    }
  }

  /// The measure of a consequence the closed list does not hold (`SentenceShape`): the condition or bearer it is laid
  /// on when the sentence names one (marriage, origin, a petition, family planning; relatives, the household); a
  /// contested measure when the sentence is about what a contested one is about (a deposit, animals, customs, a
  /// dividend, the village's own welfare, naming); else a measure the law does not give a charter.
  static func unlistedMeasure(all: [Token], clause: [Token], topicMask: UInt64, conditions: [Condition], bearer: Bearer?, personNamed: Bool) -> Measure {
    // (Someone other than the actor made to bear it is the defect, whatever the actor is: 外出务工人员……由其家庭成员代为出工.)
    if let b = bearer, b != .actor { return .thirdParty }
    if let c = conditions.first {
      switch c {
      case .marital: return .womenRights
      case .familyPlanning: return .familyPlanning
      case .petition: return .petition
      case .residence, .origin: return .residenceOrigin
      }
    }
    func topic(_ x: Topic) -> Bool { topicMask & (1 << UInt64(x.rawValue)) != 0 }
    if topic(.deposit) { return .deposit }
    if topic(.pet) { return .petLimit }
    if topic(.ceremony) || topic(.custom) { return .customReform }
    if topic(.petitionWay) { return .petitionOrder }
    if topic(.penaltyClauseWord) || topic(.owners) { return .penaltyClause }
    if all.contains(where: { $0.lex == .object(.dividend) }) { return .dividend }
    if all.contains(where: { $0.lex == .object(.ownWelfare) }) { return .ownWelfare }
    if personNamed || topic(.naming) { return .blacklistNaming }
    // Something stopped or withheld (停止发放……补贴, 不再代为投保) that is no statutory right, land or member's right (those
    // the words above name): the village's own benefit.
    if clause.contains(where: { $0.lex == .deprive }) { return .ownWelfare }
    return .unauthorised
  }

  /// Marks the words of clause `b` that stand in the scope of a negation (`Token.scoped`): every word after a negator,
  /// and the words after a bare 不 (not 拒不) up to a 的, in a clause that does not state a condition (…的，).
  static func markNegationScope(_ t: ClauseText, _ ts: inout [Token], _ b: Range<Int>) {
    guard !ts.isEmpty else { return }
    let last = t.scalars[b.upperBound - 1]
    if b.count >= 2 && (last == 0xFF0C || last == 0x2C) && [0x7684, 0x8005].contains(t.scalars[b.upperBound - 2]) { return }
    var scopeFrom = Int.max, bareTill = Int.max
    var i = b.lowerBound
    while i < b.upperBound {
      if t.scalars[i] == 0x4E0D /* 不 */, !(i > b.lowerBound && t.scalars[i - 1] == 0x62D2 /* 拒 */), scopeFrom == Int.max {
        scopeFrom = i
        var j = i + 1
        while j < b.upperBound && t.scalars[j] != 0x7684 /* 的 */ { j += 1 }
        bareTill = j
        break
      }
      i += 1
    }
    let negatorAt = ts.first { $0.lex == .negator }?.start ?? Int.max
    for k in ts.indices {
      let st = ts[k].start
      if st > negatorAt || st > scopeFrom && st < bareTill { ts[k].scoped = true }
    }
  }

  /// Whether a bare 不 (not 拒不) stands right before `start`, or a few light words before it (不予罚款, 不另行处罚,
  /// 不另外加罚, 不再罚款).
  static func deniedJustBefore(_ t: ClauseText, _ start: Int, _ clauseStart: Int) -> Bool {
    deniedBefore(t.scalars, start, clauseStart)
  }
  /// The scan of `deniedJustBefore` on any scalars: back from `start` to `lower` over at most five light words to a 不.
  static func deniedBefore(_ u: [UInt32], _ start: Int, _ lower: Int) -> Bool {
    var j = start - 1, steps = 0
    while j >= lower && steps < 5 {
      if u[j] == 0x4E0D { return !(j > lower && u[j - 1] == 0x62D2 /* 拒 */) }
      if !lightScalars.contains(u[j]) { return false }
      j -= 1; steps += 1
    }
    return false
  }
  /// Whether every occurrence of `word` in text `c` is denied by 不 a few light words before it (`deniedBefore` on a
  /// clause's String; asked only after the word was found).
  static func deniedInText(_ c: String, _ word: String) -> Bool {
    let u = Array(c.unicodeScalars.map(\.value)), w = Array(word.unicodeScalars.map(\.value))
    guard !w.isEmpty, u.count >= w.count else { return false }
    var found = false
    for i in 0...(u.count - w.count) where u[i..<(i + w.count)].elementsEqual(w) {
      found = true
      if !deniedBefore(u, i, 0) { return false }
    }
    return found
  }
  /// 予再另行外加得会作收处以进给任何取自因此配附设: the light words between 不 and a measure it denies.
  static let lightScalars: Set<UInt32> = Set("予再另行外加得会作收处以进给任何取自因此配附设".unicodeScalars.map(\.value))

  /// Whether a lawful agent after the measure, with 由 between, decides it (是否罚款由林业局依法决定, 罚款由林业部门依法作出).
  static func decidedByOrganAfter(_ t: ClauseText, _ m: Token, _ ts: [Token], _ b: Range<Int>) -> Bool {
    guard let l = ts.first(where: { $0.lex == .lawful && $0.start > m.end }) else { return false }
    return (m.end..<l.start).contains { t.scalars[$0] == 0x7531 /* 由 */ }
  }

  /// A supplier (供电企业, 自来水厂 …) is the agent, not the village's instrument (not after 通知, 报请, 协调, 联系, 请, 商请,
  /// 要求, 让, 向), and the sentence gives its lawful ground (合同, 程序, 规定, 依法, 催告, 公告, 维修, 检修, 抢修, 安全, 灾害).
  static func supplierActsLawfully(_ t: ClauseText, _ s: Range<Int>, _ all: [Token]) -> Bool {
    guard let sup = all.first(where: { $0.lex == .imposer(.supplier) }) else { return false }
    let instrument: Set<UInt32> = Set("通知报请协调联系商要让向".unicodeScalars.map(\.value))
    if (max(s.lowerBound, sup.start - 4)..<sup.start).contains(where: { instrument.contains(t.scalars[$0]) }) { return false }
    return Self.scalarsContain(t, s, Self.supplierGroundWords)
  }
  static let supplierGroundWords = scalarWords(["合同", "程序", "规定", "依法", "催告", "公告", "维修", "检修", "抢修", "安全", "隐患", "泄漏", "灾害", "改造", "停电时段", "提前", "事先通知", "合理期限"])

  /// A person moved into a category with fewer rights (按外乡人对待, 按已嫁女处理, 视同外来人员, 当作外村人): 按, 视为, 视同,
  /// 视作, 当作, 算作 and, within ten characters, a category (…嫁…: marital status; 外…, 非本…, 迁入, 挂靠, 空挂: origin or
  /// residence) closed by 对待, 处理, 看待, 计算, 管理 or by the clause's end. Not after 不 (不按外嫁处理).
  static func reclassified(_ c: String) -> Measure? {
    let u = Array(c.unicodeScalars.map(\.value))
    var i = 0
    while i + 2 < u.count {
      var verbLen = 0
      if u[i] == 0x6309 /* 按 */ { verbLen = 1 }
      else if u[i] == 0x89C6 /* 视 */, [0x4E3A, 0x540C, 0x4F5C].contains(u[i + 1]) /* 为同作 */ { verbLen = 2 }
      else if [0x5F53, 0x7B97].contains(u[i]) /* 当算 */, u[i + 1] == 0x4F5C /* 作 */ { verbLen = 2 }
      // (Not 按照, 按时, 按规定 …: a manner, not a category.)
      if verbLen == 1, Self.mannerAfterAn.contains(u[i + 1]) { verbLen = 0 }
      if verbLen > 0, !(i > 0 && u[i - 1] == 0x4E0D) {
        var j = i + verbLen
        let end = min(u.count, j + 10)
        var seg = [UInt32]()
        while j < end && ![0xFF0C, 0x3002, 0xFF1B, 0x2C].contains(u[j]) {
          if j + 1 < u.count, terminals.contains(where: { $0.0 == u[j] && $0.1 == u[j + 1] }) { break }
          seg.append(u[j]); j += 1
        }
        if !seg.isEmpty && seg.count <= 8 {
          if seg.contains(0x5AC1 /* 嫁 */) { return .womenRights }
          let outsider = seg.indices.contains { k in
            seg[k] == 0x5916 /* 外 */ && !(k > 0 && [0x53E6, 0x6B64, 0x4EE5, 0x4E4B, 0x989D].contains(seg[k - 1]) /* 另此以之额 */) && !(k + 1 < seg.count && seg[k + 1] == 0x51FA /* 出 */)
          }
          if outsider || zip(seg, seg.dropFirst()).contains(where: { pair in Self.outsiderPairs.contains { $0.0 == pair.0 && $0.1 == pair.1 } }) {
            return .residenceOrigin
          }
        }
      }
      i += 1
    }
    return nil
  }
  /// 非本, 迁入, 挂靠, 空挂: a category of people by origin or residence.
  static let outsiderPairs: [(UInt32, UInt32)] = [(0x975E, 0x672C), (0x8FC1, 0x5165), (0x6302, 0x9760), (0x7A7A, 0x6302)]
  static let mannerAfterAn: Set<UInt32> = Set("照时期规约程法国合月年日人户比面标实市章".unicodeScalars.map(\.value))
  static let terminals: [(UInt32, UInt32)] = [(0x5BF9, 0x5F85) /* 对待 */, (0x5904, 0x7406) /* 处理 */, (0x770B, 0x5F85) /* 看待 */, (0x8BA1, 0x7B97) /* 计算 */, (0x7BA1, 0x7406) /* 管理 */]

  /// A negation right before an entitlement verb (不领取, 不再领取, 暂不安排, 不予补发, 不得承继, 无权继承) is one token
  /// that withholds (`deprive`); an entitlement verb alone is no word of the analysis. 百分之 followed by 六…九十 is a
  /// threshold (a share above half), otherwise nothing.
  static func joinNegatedEntitlements(_ t: ClauseText, _ ts: inout [Token], clauseStart: Int) {
    guard ts.contains(where: { $0.lex == .entitlement || $0.lex == .percent }) else { return }
    var out = [Token]()
    out.reserveCapacity(ts.count)
    for tok in ts {
      if tok.lex == .percent {
        let e = tok.end
        if e < t.count, [0x516D, 0x4E03, 0x516B, 0x4E5D].contains(t.scalars[e]) /* 六七八九 */, e + 1 < t.count, t.scalars[e + 1] == 0x5341 /* 十 */ {
          out.append(Token(lex: .topic(.threshold), start: tok.start, end: e + 2))
        }
        continue
      }
      guard tok.lex == .entitlement else { out.append(tok); continue }
      // A negation word just before (不得, 不准, 不能, 无权 are negators; 不予, 不再 … may be words of their own).
      if let last = out.last, last.end == tok.start, last.lex == .negator || last.lex == .deprive {
        out[out.count - 1] = Token(lex: .deprive, start: last.start, end: tok.end)
        continue
      }
      // A bare 不, or 不 and one character (不再, 不予, 暂不 → 不 right before; 不再: 不 two before).
      let p = tok.start
      let bu: UInt32 = 0x4E0D
      // (Not 拒不恢复, 拒不领取: the person's refusal, conduct.)
      if p - 1 >= clauseStart, t.scalars[p - 1] == bu || p - 2 >= clauseStart && t.scalars[p - 2] == bu && [0x518D /* 再 */, 0x4E88 /* 予 */].contains(t.scalars[p - 1]),
         !(p - 2 >= clauseStart && t.scalars[p - 1] == bu && t.scalars[p - 2] == 0x62D2 /* 拒 */) {
        let start = t.scalars[p - 1] == bu ? p - 1 : p - 2
        if out.last.map({ $0.end <= start }) ?? true { out.append(Token(lex: .deprive, start: start, end: tok.end)) }
      }
    }
    ts = out
  }

  /// 不论/无论 …是否/与否/还是/多少/有无: a concessive that widens what follows (不论户口是否迁出，均不得…), not a
  /// protection like 不论男女.
  static func concessive(_ t: ClauseText, _ tok: Token) -> Bool {
    guard tok.end - tok.start == 2, t.scalars[tok.start + 1] == 0x8BBA /* 论 */ else { return false }
    let markers: [(UInt32, UInt32)] = [(0x662F, 0x5426) /* 是否 */, (0x4E0E, 0x5426) /* 与否 */, (0x8FD8, 0x662F) /* 还是 */, (0x591A, 0x5C11) /* 多少 */, (0x6709, 0x65E0) /* 有无 */]
    var i = tok.end
    while i + 1 < min(t.count, tok.end + 12) {
      let u = t.scalars[i]
      if u == 0xFF0C || u == 0x3002 || u == 0xFF1B { return false }
      if markers.contains(where: { $0.0 == u && $0.1 == t.scalars[i + 1] }) { return true }
      i += 1
    }
    return false
  }

  /// Where a negation over a list starts in clause `b`: 不 (not 拒不, 不得-type negators are words of their own) before a
  /// list of 、-separated items that either repeats 不 (不游街、不示众) or closes with 等方式/等手段/等做法; or a list of
  /// practices abolished (…的做法一律废止, …的规定予以废除).
  static func listNegation(_ t: ClauseText, _ b: Range<Int>) -> Int? {
    let bu: UInt32 = 0x4E0D, dun: UInt32 = 0x3001
    var firstBu: Int?
    var sawList = false, repeated = false, closed = false
    var i = b.lowerBound
    while i < b.upperBound {
      let u = t.scalars[i]
      if u == bu, firstBu == nil, !(i > b.lowerBound && t.scalars[i - 1] == 0x62D2 /* 拒 */) { firstBu = i }
      else if u == dun, firstBu != nil { sawList = true; if i + 1 < b.upperBound && t.scalars[i + 1] == bu { repeated = true } }
      else if u == 0x7B49 /* 等 */, sawList, i + 1 < b.upperBound, [0x65B9 /* 方 */, 0x624B /* 手 */, 0x505A /* 做 */, 0x529E /* 办 */, 0x5F62 /* 形 */, 0x63AA /* 措 */].contains(t.scalars[i + 1]) { closed = true }
      i += 1
    }
    // (不给分责任田、不给批宅基地: 不 before a verb of giving is a list of rights withheld, not of measures denied.)
    if let f = firstBu, f + 1 < b.upperBound, Self.givingScalars.contains(t.scalars[f + 1]) { return nil }
    if let f = firstBu, sawList, repeated || closed { return f }
    // (做法|规定|条款) … (废止|废除|作废|停止执行|不再执行), with a list before it.
    guard b.contains(where: { t.scalars[$0] == dun }) else { return nil }
    if Self.scalarsContain(t, b, Self.practiceWords), Self.scalarsContain(t, b, Self.abolishWords) { return b.lowerBound }
    return nil
  }

  static let conductWords = scalarWords(["违", "超", "擅自", "私自", "未经", "拒", "乱", "不", "未", "偷", "欠"])
  static let givingScalars: Set<UInt32> = Set("给予再分批发享让准列计".unicodeScalars.map(\.value))
  static let practiceWords = scalarWords(["的做法", "的规定", "的条款"])
  /// The party secretary, formally or as villagers say it (支书, 村支书).
  static let partySecretaryWords = ["党支部书记", "党组织书记", "支部书记", "村书记", "党总支书记", "支书", "党委书记"]
  static let othersWords = scalarWords(["其他成员", "家庭其他成员", "其他家庭成员", "其家属", "其家人", "其配偶", "其父母", "其子女", "家里其他人"])
  static let firstStepWords = scalarWords(["应当先", "须先", "必须先", "先在", "先到", "先向", "先找"])
  static let continuationWords = scalarWords(["也可以", "也可", "亦可", "同样可以", "也能", "也应当", "也不得", "可以担任", "可以参选", "可以当选", "不受此限"])
  static let backReferenceWords = scalarWords(["这一", "这份", "这笔", "这项", "这部分", "上述", "该项", "该笔", "该份", "此项", "此款", "前述", "以上"])
  static let abolishWords = scalarWords(["废止", "废除", "作废", "停止执行", "不再执行"])
  static let authorityWords = scalarWords(["部门", "机关", "派出所", "法院", "执法", "公安", "民政局", "林业站", "局", "警方"])
  /// Words as normalised scalars (`ClauseText.fold`), to be compared with a `ClauseText`'s scalars.
  static func scalarWords(_ words: [String]) -> ScalarWords { ScalarWords(words.map { $0.unicodeScalars.map(ClauseText.fold) }) }

  /// Whether clause `b` holds the scalar `u` (on the array's buffer: no bounds check or copy per scalar).
  static func clauseHas(_ t: ClauseText, _ b: Range<Int>, _ u: UInt32) -> Bool {
    t.scalars.withUnsafeBufferPointer { p in
      var i = b.lowerBound
      while i < b.upperBound { if p[i] == u { return true }; i += 1 }
      return false
    }
  }

  /// Whether the normalised scalars of `b` hold one of `words` (as scalars: no String is made).
  /// (On the array's buffer: no bounds check or reference count per scalar. One pass over the clause: a position is tried
  /// only where a word of the list starts with its scalar, which the list's set of first scalars answers.)
  static func scalarsContain(_ t: ClauseText, _ b: Range<Int>, _ words: ScalarWords) -> Bool {
    t.scalars.withUnsafeBufferPointer { p in
      var i = b.lowerBound
      while i < b.upperBound {
        let x = p[i]
        if words.mayStart(x) {
          for u in words.words where u[0] == x && u.count <= b.upperBound - i {
            var k = 1
            while k < u.count && p[i + k] == u[k] { k += 1 }
            if k == u.count { return true }
          }
        }
        i += 1
      }
      return false
    }
  }

  /// The ceremonies and customs a bare 不 bans a character or two before them (不办升学宴, 不搭灵棚, 不放鞭炮; not 拒不, nor
  /// 不得/不能…, which are negators of their own): their tokens' starts.
  static func bareBans(_ t: ClauseText, _ ts: [Token], _ b: Range<Int>) -> Set<Int> {
    var out = Set<Int>()
    for tok in ts where tok.lex == .topic(.ceremony) || tok.lex == .topic(.custom) {
      for d in 1...2 where tok.start - d >= b.lowerBound && t.scalars[tok.start - d] == 0x4E0D /* 不 */ {
        if tok.start - d - 1 >= b.lowerBound && t.scalars[tok.start - d - 1] == 0x62D2 /* 拒 */ { continue }
        if d == 2, !(0x4E00...0x9FFF).contains(t.scalars[tok.start - 1]) || "得能准许可会要用是".unicodeScalars.contains(where: { $0.value == t.scalars[tok.start - 1] }) { continue }
        out.insert(tok.start)
      }
    }
    return out
  }

  /// Where clause `b` names a competent organ as the agent (由林业部门, 由公安机关, 交由派出所): the scalar of 由.
  static func referredToAuthority(_ t: ClauseText, _ b: Range<Int>) -> Int? {
    guard let r = b.first(where: { t.scalars[$0] == 0x7531 /* 由 */ }), r + 1 < b.upperBound else { return nil }
    let after = (r + 1)..<min(b.upperBound, r + 11)
    // (Not the village's own bodies: 由村委会, 由物业, 由居委会, 由社区.)
    if [0x6751 /* 村 */, 0x7269 /* 物 */, 0x5C45 /* 居 */, 0x793E /* 社 */].contains(t.scalars[r + 1]) { return nil }
    return Self.scalarsContain(t, after, Self.authorityWords) ? b.lowerBound : nil
  }

  /// Whether a sentence sanctions someone's conduct: a condition clause (…的，, …的住户，), an offender (…者，),
  /// 违者, 否则, 凡…, 违规, 擅自, 拒不 ….
  static func sanctionsConduct(_ s: String) -> Bool {
    var bytes = s
    return bytes.withUTF8 { sanctionCueSet.occursIn($0) }
      || s.firstByteRange(of: "，").map { s[..<$0.lowerBound].unicodeScalars.suffix(4).contains { $0 == "的" || $0 == "者" } } == true
  }

  /// The words of `sanctionsConduct`, found in one pass over a sentence's bytes.
  static let sanctionCueSet = TriggerSet(sanctionCueWords)
  static let sanctionCueWords =
    ["的，", "者，", "的,", "违者", "违反", "违规", "违章", "私自", "擅自", "拒不", "屡教不改", "有下列行为", "否则", "一经发现", "凡",
     "被查处", "查实", "不文明", "乱", "拒交", "拒绝", "未落实", "未履行", "未按", "未完成", "未缴", "未交", "不交", "拖欠", "欠交", "欠缴",
     // Duties not done (未参加的, 不配合整治的, 不服从安排的).
     "未参加", "未参与", "不参加", "不参与", "不履行", "不服从", "不配合", "不遵守",
     // An offender as the subject (闹事者须…, 违规者一律…).
     "者须", "者应当", "者必须", "者一律", "者要", "不按规定", "不按时"]

  /// What is withheld, from the objects the clause names: an honour; the village's own benefit said so (村里自行设立的,
  /// 村集体出资的 — whatever it is for, it is not the statutory benefit); a statutory benefit that is what is taken
  /// (取消其低保, 低保……停发; not who is spared, 低保家庭不参加筹集); land or a homestead application; the village's
  /// own welfare; a dividend or a share of income; a member's collective right; a service.
  static func withheld(_ objs: [Object], clause c: String, tokens ts: [Token], deprive d: Token) -> Withheld? {
    if objs.contains(.honours) && !objs.contains(.statutory) { return .honour }
    if objs.contains(.ownWelfare) && ownMarkedIn(c) { return .ownBenefit }
    let statutoryTaken = ts.contains { $0.lex == .object(.statutory) && $0.start > d.start }
      || ["取消", "停发", "停止", "扣发", "暂停", "扣除", "剥夺", "不得享受", "不予", "删除", "划掉", "剔除", "除名", "移出", "暂缓", "上报", "推迟", "搁置"].contains { c.containsBytes($0) }
    if objs.contains(.statutory) && statutoryTaken { return .statutoryRight }
    if objs.contains(.land) || (objs.contains(.homestead) && (c.containsBytes("申请") || c.containsBytes("审批"))) { return .land }
    if objs.contains(.ownWelfare) { return .ownBenefit }
    if objs.contains(.dividend) { return .dividend }
    if objs.contains(.collective) { return .memberRight }
    if objs.contains(.income) { return .dividend }
    if objs.contains(.service) { return .service }
    return nil
  }

  /// What a measure withholds by its kind (a measure that withholds only on a condition, or from someone else, is
  /// read from the clause's objects).
  static func withheldBy(_ m: Measure) -> Withheld? {
    switch m {
    case .statutoryBenefit: .statutoryRight
    case .landTaken: .land
    case .collectiveRightsTaken: .memberRight
    case .ownWelfare: .ownBenefit
    case .dividend: .dividend
    case .honours: .honour
    case .serviceConditioning: .service
    default: nil
    }
  }

  /// A share paid at a fraction (按人均标准的三成发放, 按百分之五十分配).
  static func reducedShareIn(_ c: String, _ m: SentenceWords) -> Bool {
    // (The plan's own parts, 七成按股份平均分配: how everyone's share is made, not a share cut.)
    if ["按股份", "平均分配", "按人口分配", "按股分配"].contains(where: { m.has($0, in: c) }) { return false }
    // (Cut by tenths, 多生一娃减三成: the share reduced, whatever verb follows.)
    if let r = c.firstByteRange(of: "减"), let next = c[r.upperBound...].unicodeScalars.first, numeralScalars.contains(next.value),
       c[r.upperBound...].unicodeScalars.dropFirst().first == "成" { return true }
    guard ["发放", "分配", "计算", "享受", "补偿", "领取", "兑现", "发给"].contains(where: { m.has($0, in: c) }) else { return false }
    if m.has("百分之", in: c) || m.has("折算", in: c) || m.has("%", in: c) || m.has("％", in: c) || m.has("一半", in: c) { return true }
    // (打八折发放: a share at a discount.)
    if let r = c.firstByteRange(of: "折"), let prev = c[..<r.lowerBound].unicodeScalars.last, numeralScalars.contains(prev.value) { return true }
    let u = Array(c.unicodeScalars.map(\.value))
    for i in 1..<max(1, u.count) where u[i] == 0x6210 /* 成 */ && numeralScalars.contains(u[i - 1]) {
      if i + 1 < u.count, [0x5458 /* 员 */, 0x7ACB /* 立 */, 0x5E74 /* 年 */, 0x4E3A /* 为 */, 0x5C31 /* 就 */].contains(u[i + 1]) { continue }
      return true
    }
    return false
  }

  /// The parts of a supply a cut acts on (水龙头, 电线, 电表, 阀门 …): `Topic.utilityPart`.
  static let utilityPartWords = ["水龙头", "龙头", "电线", "电源线", "电源", "阀门", "水阀", "水表", "电表", "电闸", "闸刀", "水管", "进水管", "燃气表", "气阀", "供水管", "电缆", "网线", "暖气阀", "总闸", "通气", "点火", "通水", "通电", "接水", "接电", "总阀", "进户阀", "入户电源"]
  static let utilityPartScalars = scalarWords(utilityPartWords)

  /// A verb with a resultative complement (拉下, 卸下, 拔掉, 剪断, 关停, 封死, 锁住) before a supply's part in the clause
  /// (拧下其水龙头, 关闭其家门前的进户总阀; at most nine characters and no punctuation between): the shape of a cut. Not a
  /// complement that starts another word before the part (停车、私拉电线: 停 is parking, and 、 separates the two).
  static func resultativeBeforePart(_ c: String) -> Bool {
    let u = Array(c.unicodeScalars.map(\.value))
    let results: Set<UInt32> = Set("下掉断停闭死住".unicodeScalars.map(\.value))
    func partFollows(_ i: Int) -> Bool {
      var k = i + 1
      while k < u.count && k <= i + 10 {
        if Self.utilityPartScalars.words.contains(where: { w in k + w.count <= u.count && u[k..<(k + w.count)].elementsEqual(w) }) { return true }
        guard (0x4E00...0x9FFF).contains(u[k]) else { return false }
        k += 1
      }
      return false
    }
    // (Or after it in a 把 construction, 把其家电表箱里的电闸拉下: 把, the part, then a verb and its complement at once.)
    func partBefore(_ i: Int) -> Bool {
      guard i >= 3, u[..<i].contains(0x628A /* 把 */) else { return false }
      let end = i - 1
      return Self.utilityPartScalars.words.contains { w in end - w.count >= 0 && u[(end - w.count)..<end].elementsEqual(w) }
    }
    for i in 1..<max(1, u.count) where results.contains(u[i]) {
      let v = u[i - 1]
      if (0x4E00...0x9FFF).contains(v), ![0x4E0D, 0x6CA1, 0x672A, 0x4EE5, 0x4E4B, 0x5E95, 0x5929, 0x4E61, 0x697C, 0x6682, 0x8BB0].contains(v) /* 不没未以之底天乡楼暂记 */,
         partFollows(i) || partBefore(i) { return true }
    }
    return false
  }

  /// Something given back after a condition (交出检查后才还给本人, 缴纳饲养费后领走, 写承诺书后拿回): 后, then within three
  /// characters a verb of giving back.
  static func returnedOnCondition(_ c: String) -> Bool {
    guard let r = c.firstByteRange(of: "后") else { return false }
    // (Only after something the owner must do or pay: 查验后立即归还 is no condition.)
    guard ["交", "缴", "写", "认错", "检讨", "保证", "承诺", "罚", "接受", "签", "清", "赔"].contains(where: { c[..<r.lowerBound].containsBytes($0) }) else { return false }
    let rest = c[r.upperBound...].prefix(5)
    return ["领回", "领走", "拿回", "取回", "还给", "才还", "方还", "归还", "发还", "退还", "赎回", "放行", "解锁", "才予", "方予"].contains { rest.containsBytes($0) }
  }

  /// Whether the clause opens with a body's name (村民代表会议…, 村两委…, 镇政府…).
  static func opensWithBody(_ c: String) -> Bool {
    ["村民代表会议", "村两委", "村委会", "村民委员会", "党支部", "村党支部", "镇政府", "镇党委", "乡政府", "街道", "村民小组长会议", "居委会"].contains { c.hasPrefix($0) }
  }

  /// Someone who holds an office of the committee, the group or the supervisory body.
  static func officeHolderIn(_ s: String) -> Bool {
    ["村委会成员", "村民委员会成员", "居委会成员", "居民委员会成员", "主任", "组长", "村干部", "村民代表", "社区干部",
     // (The supervisory body's members: 村务监督委员会 or 监督小组, elected as the committee is, 村组法第三十二条.)
     "监督小组成员", "监委会成员", "监督委员会成员"].contains { s.containsBytes($0) }
      || memberWordIn(s)
  }

  /// 委员 as an office-holder, not as part of a body's name (村民委员会, 红白理事会 …委员会).
  static func memberWordIn(_ s: String) -> Bool {
    var rest = Substring(s)
    while let r = rest.firstByteRange(of: "委员") {
      rest = rest[r.upperBound...]
      if !rest.utf8.starts(with: "会".utf8) { return true }
    }
    return false
  }

  static func publishIn(_ c: String) -> Bool { ["公开", "公示", "公布", "张贴", "曝光", "通报", "播报"].contains { c.containsBytes($0) } }

  /// Whether `needle` stands in `c` after `first` (both present, in that order).
  static func inOrder(_ c: String, _ first: String, _ then: [String]) -> Bool {
    guard let r = c.firstByteRange(of: first) else { return false }
    let rest = c[r.upperBound...]
    return then.contains { rest.containsBytes($0) }
  }

  /// A placard or an insulting label on a person: 挂 … 牌, 胸前, a photo with words put on it.
  static func placardIn(_ c: String) -> Bool {
    inOrder(c, "挂", ["牌"]) || inOrder(c, "戴", ["帽"]) || c.containsBytes("胸前")
      || ["照片", "相片", "头像"].contains { c.containsBytes($0) } && ["「", "“", "二字", "字样", "配上", "写上"].contains { c.containsBytes($0) }
  }

  /// A short quoted label (“贼骨头”, 「缺德户」) broadcast, posted, held up or called someone: a degrading label on a
  /// person. Not an honour (“文明户”, “最美家庭”).
  static func labelDisplayedIn(_ c: String) -> Bool {
    let u = Array(c.unicodeScalars.map(\.value))
    var label: ArraySlice<UInt32>?
    for (i, x) in u.enumerated() where x == 0x201C || x == 0x300C {
      let close: UInt32 = x == 0x201C ? 0x201D : 0x300D
      if let j = u[(i + 1)...].firstIndex(of: close), j - i - 1 >= 1, j - i - 1 <= 12 { label = u[(i + 1)..<j]; break }
    }
    guard let l = label else { return false }
    let text = String(String.UnicodeScalarView(l.compactMap(Unicode.Scalar.init)))
    if ["文明", "最美", "优秀", "先进", "星级", "示范", "好", "模范"].contains(where: { text.containsBytes($0) }) { return false }
    // (A board or list named in quotes, 「黑榜」「红黑榜」, is where something is posted, not a label on someone.)
    if let last = l.last, [0x699C /* 榜 */, 0x680F /* 栏 */, 0x5899 /* 墙 */, 0x5355 /* 单 */, 0x7FA4 /* 群 */, 0x53F0 /* 台 */].contains(last) { return false }
    // (Nor an event, a prize or a fund named in quotes, “邻里节”, “孝老奖”, “和睦金”.)
    if let last = l.last, [0x8282 /* 节 */, 0x5956 /* 奖 */, 0x91D1 /* 金 */, 0x65E5 /* 日 */, 0x8D5B /* 赛 */].contains(last) { return false }
    // (Or put beside a photo or name: 配上「逆子」二字, 标上, 注明, 加上, 印上.)
    return ["张贴", "贴", "广播", "喇叭", "称其为", "称为", "叫", "举牌", "举着", "手举", "举起", "挂", "公布", "宣读", "播", "写", "配", "标", "注明", "加上", "印"].contains { c.containsBytes($0) }
  }

  /// A treat for others (请全组村民吃饭, 请大家看电影) or labour for a time (义务打扫公共卫生一个月, 看守三天).
  static func treatOrLabourIn(_ c: String) -> Bool {
    if inOrder(c, "请", ["吃饭", "电影", "喝酒", "吃一顿", "一桌", "酒席"]) { return true }
    let labour = ["打扫", "清扫", "劳动", "出工", "值守", "看守", "扫地", "修路", "义务修", "义务工", "看山", "守林", "巡山", "义务给", "义务为"].contains { c.containsBytes($0) }
    // (Labour counted in days or in workdays, 五个义务工.)
    return labour && (quantityIn(c, units: "天日月周个时") || ["半个月", "半天", "半年", "半月"].contains { c.containsBytes($0) }) && !["恢复", "清除", "干净", "修复", "自愿"].contains { c.containsBytes($0) }
  }

  /// The benefit is said to be the village's own (自行设立, 村集体出资, 自设, 村级).
  static func ownMarkedIn(_ c: String) -> Bool {
    ["自行设立", "村里设立", "本村设立", "村集体出资", "村里出资", "集体出资", "自设", "村级", "村里发", "村集体发放", "自筹", "集体设立", "社区设立"].contains { c.containsBytes($0) }
  }

  /// People of another origin, or tenants, kept from what everyone may use or do (see `classify`): a local-only grant
  /// (只对/只为/仅限 … 本市/本村/本地 户籍) or a denial (不得/不准/不能/不予 + use, entry, trade, paperwork) whose subject is
  /// of that status.
  static func keptFromOutsiders(_ c: String, _ m: SentenceWords, origin: Bool, negatorAt: Bool) -> Bool {
    // (Asked of every clause the analysis classifies: the cheap tests first.)
    if m.has("户籍", in: c) || m.has("户口", in: c) || m.has("本地人", in: c) || m.has("本村人", in: c) {
      let localsOnly = ["只对", "只为", "只向", "仅对", "仅为", "仅向", "仅限", "只限", "只供", "仅供"].contains { w in
        inOrder(c, w, ["本市户籍", "本地户籍", "本村户籍", "本县户籍", "本镇户籍", "本区户籍", "本地户口", "本村户口", "本市户口", "本地人", "本村人"])
      }
      if localsOnly { return !["集体经济组织成员", "成员"].contains { m.has($0) } }
    }
    guard negatorAt else { return false }
    let denies = ["不得", "不准", "不能", "不予", "不许", "一律不"].contains { n in
      inOrder(c, n, ["使用", "入内", "进入", "停放", "开设", "开办", "经营", "承包", "租用", "参加", "享受", "办理", "出具", "报名", "入学", "就读", "出租", "入住"])
    }
    guard denies else { return false }
    let tenant = ["租住人员", "租住居民", "租住户", "租户", "租客", "外地来", "外来租房", "来本村租房", "流动人员", "外来务工", "外来人员", "外地人"].contains { m.has($0) }
    guard origin || tenant else { return false }
    // (A duty of everyone, a safety rule or the collective's own distribution: not unequal treatment.)
    if ["楼道", "消防", "通道", "易燃", "易爆", "危险", "私拉", "电线", "充电", "群租", "登记", "集体经济组织", "集体收益", "分红", "同等", "平等", "一视同仁"].contains(where: { m.has($0) }) { return false }
    return true
  }

  /// The collective's distribution is its members' (农村集体经济组织法第十三条): 非本集体经济组织成员不参加分配 states the
  /// law — unless a status (marriage, origin …) is made the reason someone is not a member (视为非本集体经济组织成员).
  static func statesMembersShare(_ m: SentenceWords, conditions none: Bool) -> Bool {
    guard none, ["非本集体经济组织成员", "非本村集体经济组织成员", "非集体经济组织成员", "不是本集体经济组织成员", "不具有本集体经济组织成员身份"].contains(where: { m.has($0) }) else { return false }
    return !["视为", "视同", "按", "一律", "当作", "算作", "的，"].contains { m.has($0) }
  }

  /// A sentence naming the supervisory body and a committee member (see `classify`) that puts the member, or the member's
  /// relative, on it: a relative and a verb of joining or staying, or the member itself required or taken in.
  /// The status a service is given only to (只为/仅给 … 出具/办理): the sentence's condition of family planning, marriage or a
  /// petition, or one said between the restricting word and the service verb — nil when the clause restricts no service
  /// that way, or by another status.
  static func statusServedOnly(_ c: String, _ conditions: [Condition]) -> Condition? {
    guard c.containsBytes("只") || c.containsBytes("仅") else { return nil }
    let named = conditions.first { [.familyPlanning, .marital, .petition].contains($0) }
    for w in ["只为", "仅为", "只给", "仅给", "只对", "仅对", "只向", "仅向", "只替", "只帮"] {
      guard let r = c.firstByteRange(of: w) else { continue }
      let rest = c[r.upperBound...]
      guard let v = refusalVerbs.compactMap({ rest.firstByteRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { continue }
      if let named { return named }
      let between = rest[..<v.lowerBound]
      if ["生育", "超生", "独生", "二孩", "三孩", "准生", "节育", "结扎"].contains(where: { between.containsBytes($0) }) { return .familyPlanning }
      if ["结婚", "离婚", "婚", "嫁", "入赘"].contains(where: { between.containsBytes($0) }) { return .marital }
      if ["上访", "信访", "投诉", "举报", "告状"].contains(where: { between.containsBytes($0) }) { return .petition }
    }
    return nil
  }

  static func admitsToSupervision(_ m: SentenceWords) -> Bool {
    let s = m.text
    let relatives = ["爱人", "妻子", "丈夫", "配偶", "老婆", "女儿", "儿子", "子女", "父母", "父亲", "母亲", "兄弟", "姐妹", "弟弟", "哥哥", "姐姐", "妹妹", "家属", "亲属", "直系", "女婿", "儿媳", "侄", "外甥", "连襟",
                     "大哥", "二哥", "大姐", "二姐", "嫂子", "弟媳", "姐夫", "妹夫", "小舅子", "亲家", "之兄", "之弟", "之妻", "之夫", "之子", "之女", "之姐", "之妹", "老伴", "儿女"]
    // A permission (可以被推选为…成员, 可以有一名为…近亲属) qualified after 但 (但不得担任主任, 但须公示): the relative is admitted;
    // the bar after 但 only limits the role.
    if let may = s.firstByteRange(of: "可以"), let but = s.firstByteRange(of: "但"), may.upperBound <= but.lowerBound,
       relatives.contains(where: { s[..<but.lowerBound].containsBytes($0) }),
       ["推选", "担任", "当选", "成为", "有一名", "有一人", "进入", "兼任", "吸收", "加入", "参选"].contains(where: { s[may.upperBound..<but.lowerBound].containsBytes($0) }) {
      return true
    }
    // (Barred, excused or only checked: 不得, 回避, 不列入提名人选, 不予提名, 公示其与村委会成员有无近亲属关系.)
    if ["不得", "不能", "不应", "不可", "禁止", "不允许", "不准", "严禁", "不宜", "退出", "辞去", "调整出", "不列入", "不予", "不提名", "不作为", "有无", "是否", "审查", "核查", "不进", "不担任", "查亲属"].contains(where: { m.has($0) }) { return false }
    // (回避 bars the relative, unless only on some matters: 涉及书记家庭的事项时她应当回避 — she serves.)
    if m.has("回避"), !(m.has("涉及") || m.has("事项时")) { return false }
    let relative = relatives.contains { m.has($0) }
    let joins = ["吸收", "参加", "留任", "任委员", "推选", "担任", "进入", "不受影响", "继续", "当选", "成为", "产生", "加入", "吸纳", "安排", "照样", "履职", "补选", "人选", "参选",
                 // (Named with the post in a roster: 组长刘某（支书之兄）.)
                 "组长", "主任", "牵头", "负责村务监督", "归他管", "不受此限", "报名", "不作此限"].contains { m.has($0) }
    if relative && joins { return true }
    // (The member itself: 委员中应有一名村委会成员, 吸收村委会委员参加.)
    return ["应有", "须有", "应当有", "吸收", "吸纳", "包括"].contains { w in inOrder(s, w, ["村委会成员", "村民委员会成员", "村委会委员", "村民委员会委员", "村委会主任", "村主任"]) }
  }

  /// A consequence clause that burdens whoever petitioned (see `classify`): a service refused them, a cost laid on them,
  /// or a permit their petition must wait on — not the village's duty to answer, keep secret or reward.
  static func burdensPetitioner(_ c: String, _ m: SentenceWords) -> Bool {
    let refused = ["拒绝为其", "拒绝其", "不再为其", "不再受理其", "不予受理其", "不再给其", "停止为其", "暂停为其", "不予办理", "不再办理"].contains { m.has($0, in: c) }
    let cost = ["费用", "开支", "路费", "误工"].contains { m.has($0, in: c) } && ["名下", "结清", "承担", "负担", "自理", "自付", "赔偿", "扣除", "从其"].contains { m.has($0, in: c) }
    let permit = ["审核后", "批准后", "同意后", "审查后", "签字后"].contains { m.has($0, in: c) } && ["方可", "才能", "才可", "才准"].contains { m.has($0, in: c) }
    // (The petition reported to the petitioner's employer, 通报其所在工作单位: a burden through a third party.)
    let reported = ["工作单位", "所在单位", "用人单位"].contains { m.has($0, in: c) } && ["通报", "通知", "告知", "函告"].contains { m.has($0, in: c) }
    if !(refused || cost || permit || reported) { return false }
    // (The village's own cost, 费用由村集体承担, or its duty, 应当在十日内答复: no burden on the petitioner.)
    return !["由村集体承担", "由村里承担", "村委会承担", "集体负担", "予以报销", "报销", "奖励", "保密", "答复"].contains { m.has($0, in: c) }
  }

  /// A sanction word within a few characters after `i` (同等处理, 同等标准处理, 同样受罚).
  static func sanctionAfter(_ t: ClauseText, _ i: Int) -> Bool {
    let end = min(t.scalars.count, i + 4)
    guard i < end else { return false }
    let r = i..<end
    return scalarsContain(t, r, sanctionWordsAfterEqual)
  }
  static let sanctionWordsAfterEqual = scalarWords(["处理", "论处", "处罚", "受罚", "惩处", "追究", "罚"])

  /// See `classify`: `.electionNarrowing` when clause `c` withholds a vote or candidacy, `.officeTermination` when it ends
  /// an office, in a sentence `s` that states the ground as a condition — unless the ground is the statute's own or the
  /// sentence restates the law's bar.
  static func narrowsVoteOrOffice(_ c: String, _ m: SentenceWords) -> Measure? {
    // (The clause's own words first: most clauses withhold no vote and end no office.)
    let withheld = ["不再发放", "不发放", "不将其列入", "不列入", "不列为", "没有被选举权", "没有选举权", "只有选举权", "不予登记", "不予提名", "不得提名", "不得参选",
                    "不得竞选", "不得当选", "不能当选", "不能参选", "取消其", "不再登记", "不得被提名", "不能被提名", "不接受其"]
    let ended = ["不再担任", "下岗", "到站", "卸任", "自动离职", "自然离职", "退出村两委", "不得继续担任", "不再继续担任", "自动解除"]
    let withholds = withheld.contains(where: { m.has($0, in: c) })
    guard withholds || ended.contains(where: { m.has($0, in: c) }) else { return nil }
    let statutory = ["剥夺政治权利", "未满十八", "不满十八", "十八周岁", "依照法律", "依法", "丧失行为能力", "判处刑罚", "连续两次", "不称职", "近亲属", "监督",
                     "为由", "任何组织", "不得以", "不得剥夺", "无权", "本人书面", "本人申请", "辞职", "罢免"]
    if statutory.contains(where: { m.has($0) }) { return nil }
    // (The ground said as a condition: a 的-clause, an age, a marriage, a petition, a household register.)
    let ground = m.has("的，") || m.has("的村民") || ["年满", "周岁", "岁", "离异", "离婚", "上访", "户口", "迁入", "外出", "住院"].contains { m.has($0) }
    guard ground else { return nil }
    let voteWords = ["选票", "选举权", "被选举权", "候选人", "提名", "参选", "选民登记", "选民名单", "当选", "竞选", "选民", "投票"]
    if withholds, voteWords.contains(where: { m.has($0) }) { return .electionNarrowing }
    let officeWords = ["职务", "主任", "委员", "干部", "村两委", "组长", "书记", "会计"]
    if officeWords.contains(where: { m.has($0) }), ended.contains(where: { m.has($0, in: c) }) { return .officeTermination }
    return nil
  }

  /// See `classify`: clause `c` lays down the way a petition said in sentence `s` must go (first to whom, not again, not
  /// together, only through) — not the village's own duty toward it (答复, 受理, 保密) or a protection (不得阻拦, 打击报复).
  static func rulesPetitionWay(_ c: String, _ m: SentenceWords) -> Bool {
    let way = ["先向", "应当先", "先找", "先到", "先交", "再向", "不得再", "不再向", "不宜", "原则上", "通过", "登记去向", "指定代表", "不得同行", "逐级", "重复反映", "聚集",
               "不到", "只能向", "只能通过", "须经", "须先", "才能向", "再去", "才可向", "才可以向", "方可向"]
    guard way.contains(where: { m.has($0, in: c) }) else { return false }
    guard ["反映", "上访", "信访", "投诉", "诉求", "告状", "上告"].contains(where: { m.has($0) }) else { return false }
    // (The village's own first step, 村委会应当先行调查: a duty of the body, not a way laid on the petitioner.)
    if ["村委会应当先", "居委会应当先", "村民委员会应当先", "居民委员会应当先", "村里应当先", "社区应当先"].contains(where: { m.has($0) }) { return false }
    // (A way offered, not imposed: 可以通过村民代表会议提出，也可以直接向镇政府反映.)
    if m.has("可以"), !["不得", "不宜", "应当", "须", "只能", "必须", "原则上", "不再"].contains(where: { m.has($0) }) { return false }
    // (The village's own duty in the sentence excuses the way only when the way is not laid on the petitioner first,
    // 应当先向…反映: a duty to answer beside an imposed order is still an order.)
    let imposedFirst = m.wayFirstHanded || ["应当先", "须先", "必须先", "只能向", "只能通过", "先向", "先找", "先到"].contains { m.has($0, in: c) }
    let protection = ["不得阻拦", "阻挠", "打击报复", "压制", "保密", "有权"]
    let villageDuty = ["答复", "受理", "办理", "转交", "转达", "调查", "核实", "处理结果", "公开"]
    return !(protection + (imposedFirst ? [] : villageDuty)).contains { m.has($0) }
  }

  /// Whether scalar `i` stands inside quotation marks opened after `from` (“…”, 「…」).
  static func quoted(_ t: ClauseText, _ i: Int, from: Int) -> Bool {
    var depth = 0
    for j in from..<i {
      let u = t.scalars[j]
      if u == 0x201C || u == 0x300C { depth += 1 } else if (u == 0x201D || u == 0x300D) && depth > 0 { depth -= 1 }
    }
    return depth > 0
  }

  static let voidingWords = scalarWords(["一律无效", "均属无效", "均无效", "一律删除", "予以删除", "废止", "废除", "不再执行", "一律作废"])

  /// A body controls residents' own goods, homes or land: sets their price (统一定价, 按村里定的价格, 业委会规定的指导价),
  /// trades or lets for them (须由物业统一代理, 统一收购, 一律流转给), forbids them to sell, let or farm themselves
  /// (不得自行出售), or makes them insure (必须参加……保险). Not the collective's own assets (集体资产统一经营), and not a
  /// body forbidden to do so (村委会不得……统一定价: the body, not the resident, is the subject of the prohibition).
  static func controlsProperty(_ c: String, _ m: SentenceWords, _ all: [Token]) -> Bool {
    guard controlMarked(c, m) else { return false }
    if ["自愿", "集体资产", "集体所有", "村集体的", "公共收益", "集体土地", "任何组织", "任何单位", "任何机构"].contains(where: { m.has($0) }) { return false }
    // (A utility's metered price set by the supplier or the price office, 自来水费按水表计量: the lawful fee, 民法典第六百四十八条.)
    if ["水费", "电费", "水表", "电表", "燃气费", "供水站", "供电所"].contains(where: { m.has($0) }) { return false }
    // A body right before a prohibition (村委会不得, 物业不得) restrains itself.
    for (i, tok) in all.enumerated() where tok.lex == .negator && i > 0 {
      if case .imposer(let x) = all[i - 1].lex, x != .passive, tok.start - all[i - 1].end <= 1 { return false }
    }
    return true
  }

  /// The words of a control on residents' property, before who is controlled is asked.
  private static func controlMarked(_ c: String, _ m: SentenceWords) -> Bool {
    // Every control below says one of these (统一…, …价…, 自行, 流转, 只能/只准/只许, 参加/购买/投保…保险): most clauses
    // hold none, and are answered by these few byte searches.
    guard ["统一", "价", "自行", "流转", "只", "参加", "购买", "投保", "指定", "租金", "房租", "采购", "购进", "进货", "不得高于", "不得低于", "卖给", "外销", "收购", "交售", "外卖"].contains(where: { m.has($0, in: c) }) else { return false }
    // A price or rent of residents' own goods or homes capped, floored or fixed by the village (村民出租房屋的租金不得高于村委会公布的
    // 标准; 民宿的房价统一为每晚……; 不得自行涨价) — not a fee charged to residents, which the fee rules read (物业费不得高于政府指导价).
    // (A price, or a resident's own business whose prices are set: 农家乐, 民宿, 摊位, 小卖部.)
    let priced = ["租金", "房租", "房价", "售价", "卖价", "价格", "收购价", "单价", "房费", "餐费", "菜价", "零售价", "批发价", "农家乐", "民宿", "摊位", "小卖部"]
    let capped = ["不得高于", "不得低于", "不得超过", "不准高于", "不准低于", "统一为", "统一定为", "统一按", "不得自行涨价", "不得自行降价", "不得涨价", "不得降价", "不准涨价", "不准降价", "涨价或降价"]
    if priced.contains(where: { m.has($0, in: c) }), capped.contains(where: { m.has($0, in: c) }),
       !["物业费", "收费", "服务费", "政府", "指导价", "水费", "电费", "燃气费", "集体出租", "集体资产", "集体厂房", "集体发包", "集体的"].contains(where: { m.has($0) }) { return true }
    // Goods bought only from a source the village names (新建房屋所用的砖瓦，须从村办建材厂购买).
    // (A source the village names — not 须从正规渠道购买农药, a safety duty.)
    for w in ["须从", "只能从", "必须从", "一律从", "统一从", "只准从", "只许从"] {
      // (Byte searches throughout: `firstRange(of:)` on Strings costs thousands of instructions a call.)
      guard let from = c.firstByteRange(of: w) else { continue }
      let rest = String(c[from.upperBound...])
      // (Chosen or hired only of goods and trades — not 候选人只能从本村村民中选.)
      let trade = ["材料", "施工", "装修", "厂家", "商家", "公司", "队伍", "建材", "店"].contains { m.has($0) }
      var verbAt: String.Index?
      for v in trade ? ["买", "购", "进货", "选", "请", "雇", "找"] : ["买", "购", "进货"] { if let r = rest.firstByteRange(of: v) { verbAt = r.lowerBound; break } }
      guard let at = verbAt else { continue }
      let source = String(rest[..<at])
      if ["村办", "村里", "村集体", "村委会", "村两委", "本村", "社区", "合作社", "指定", "物业", "理事会", "业委会"].contains(where: { source.containsBytes($0) }) { return true }
    }
    let trades = ["定价", "代理", "收购", "销售", "出租", "流转", "过磅", "采购", "投保", "核定", "交售", "出售", "租金"]
    if inOrder(c, "统一", trades) || m.has("统一安排", in: c) && ["酒席", "宴", "婚", "丧", "厨师"].contains(where: { m.has($0) }) { return true }
    // What residents grow decided for them (种植品种由村两委统一确定, 种什么由村里统一规定).
    if inOrder(c, "统一", ["确定", "规定", "安排", "规划"]), ["种植", "品种", "改种", "种什么"].contains(where: { m.has($0) }) { return true }
    // Only the trader or builder the body names (只能找物业指定的厂家).
    // (Or bought only at the village's shop: 须到村里的便民超市购买.)
    if ["须到", "须在", "只能在", "必须在", "必须到", "只能到"].contains(where: { inOrder(c, $0, ["购买", "采购", "订购"]) }), ["村", "社区", "理事会"].contains(where: { m.has($0, in: c) }) { return true }
    if ["只能", "必须", "一律由", "须在", "须到", "须从"].contains(where: { m.has($0, in: c) }), m.has("指定", in: c),
       ["店", "厂家", "公司", "施工", "商家", "超市", "门市", "单位"].contains(where: { m.has($0, in: c) }) { return true }
    let bodies = ["村", "理事会", "业委会", "业主委员会", "物业", "居委会", "社区", "合作社"]
    if inOrder(c, "价格", ["核定", "审定", "批准", "同意"]), bodies.contains(where: { m.has($0) }) { return true }
    if ["指导价", "定的价格", "规定的价格", "规定价格", "理事会定价", "村里定价"].contains(where: { m.has($0, in: c) }), bodies.contains(where: { m.has($0) }) { return true }
    for n in ["不得自行", "不准自行", "不许自行", "不能自行", "禁止自行"] where inOrder(c, n, ["出售", "出租", "销售", "耕种", "转让", "议价", "定价", "收割", "外卖", "商定", "确定"]) { return true }
    if ["流转给", "一律流转", "强制流转", "统一流转"].contains(where: { m.has($0, in: c) }) { return true }
    if ["必须参加", "必须购买", "须参加", "一律参加", "必须投保", "须投保", "一律投保", "统一购买", "统一投保"].contains(where: { m.has($0, in: c) }), m.has("保险"),
       // (Insurance the collective pays for, 村集体出资为村民统一购买, is its own benefit, not a purchase forced on anyone.)
       !["出资", "免费", "由村集体承担", "村里承担"].contains(where: { m.has($0) }) { return true }
    // Produce sold only to the buyer the village names (须卖给村里定点的屠宰户, 一律交村合作社……收购, 不得外销).
    if ["不得外销", "不准外销", "不许外销", "不得私自外卖", "不得卖给外人"].contains(where: { m.has($0, in: c) }) { return true }
    if ["须", "必须", "一律", "只能", "只准"].contains(where: { w in inOrder(c, w, ["卖给", "交售", "出售给"]) }) || m.has("收购", in: c) && ["一律交", "须交", "必须交"].contains(where: { m.has($0, in: c) }) { return true }
    return ["只能", "只准", "只许"].contains { inOrder(c, $0, ["卖给", "交给", "卖到", "出售给", "租给", "交售"]) }
  }

  static let refusalVerbs = ["开具", "出具", "办理", "签署", "盖章", "签字", "出证", "签章", "申报"]
  static let refusalVerbScalars: [(UInt32, UInt32)] = refusalVerbs.map { w in let v = w.unicodeScalars.map(\.value); return (v[0], v[1]) }

  /// A certificate or paperwork refused: 不, 不予, 不再, 暂不 or 拒绝 shortly before 开具, 出具, 办理, 签署, 盖章 (not 不得,
  /// 不准 or 无权: a body forbidden to refuse, 村委会不得拒绝出具证明, is the law).
  static func refusesService(_ c: String) -> Bool {
    // (Most clauses hold neither a refusal nor a service verb: asked first, on bytes.)
    guard c.containsBytes("不") || c.containsBytes("拒绝") || c.containsBytes("暂缓"), refusalVerbs.contains(where: { c.containsBytes($0) }) else { return false }
    // 不为其……签章, 暂不给其……办理: the committee refuses the person, however long the object between.
    if ["不为其", "不给其", "不替其", "不帮其", "暂缓", "暂不在其", "不在其"].contains(where: { inOrder(c, $0, refusalVerbs) }), !["不得", "无权", "任何"].contains(where: { c.containsBytes($0) }) { return true }
    let u = Array(c.unicodeScalars.map(\.value))
    let modal: Set<UInt32> = [0x5F97 /* 得 */, 0x51C6 /* 准 */, 0x80FD /* 能 */, 0x8BB8 /* 许 */]
    var i = 0
    while i + 1 < u.count {
      if refusalVerbScalars.contains(where: { v in u[i] == v.0 && u[i + 1] == v.1 }) {
        for j in max(0, i - 5)..<i where u[j] == 0x4E0D /* 不 */ || u[j] == 0x62D2 && j + 1 < u.count && u[j + 1] == 0x7EDD /* 拒绝 */ {
          let modalAfter = j + 1 < u.count && modal.contains(u[j + 1])
          let refusedRefusal = (max(0, j - 3)..<j).contains { u[$0] == 0x4E0D || u[$0] == 0x65E0 /* 无 */ }
          let stubborn = j > 0 && u[j - 1] == 0x62D2 /* 拒不: the person's refusal */
          if !modalAfter && !refusedRefusal && !stubborn { return u.contains(0x8BC1 /* 证 */) || u.contains(0x7AE0 /* 章 */) || u.contains(0x624B /* 手续 */) || u.contains(0x610F /* 意见 */) }
        }
      }
      i += 1
    }
    return false
  }

  /// What a supply cut cuts: water, power, gas, heating, the lift, the door, the network.
  static let utilityWords = ["供电", "供水", "用水", "用电", "供气", "自来水", "燃气", "水电", "电表", "电梯", "门禁", "供暖", "热水", "供热", "暖气", "水管", "电线", "网络", "宽带", "有线电视"]

  /// Someone other than the actor: a bearer named after the offence, the actor's own (其子女, 其适龄子女),
  /// or someone's relatives (被判刑人员的家属).
  static func isBearer(_ x: Bearer, _ t: ClauseText, _ tok: Token, k: Int, clauseStart: Int) -> Bool {
    // 子女本人, 家属本人: the person named is the actor.
    if tok.end + 1 < t.count, t.scalars[tok.end] == 0x672C /* 本 */, t.scalars[tok.end + 1] == 0x4EBA /* 人 */ { return false }
    // 其家庭: the actor's own household as the holder of a household's share (暂停发放其家庭当年的分红), not others.
    if x == .household, tok.end - tok.start == 2, t.scalars[tok.start] == 0x5BB6 /* 家 */, tok.start > clauseStart,
       t.scalars[tok.start - 1] == 0x5176 /* 其 */ { return false }
    if k > 0 || t.scalars[tok.start] == 0x5176 { return true }
    if (max(clauseStart, tok.start - 3)..<tok.start).contains(where: { t.scalars[$0] == 0x5176 /* 其 */ }) { return true }
    // X的家属 where X is a person (人员, 者, 人, 户, 主): not 拒不送子女入学的父母, who are the actors.
    let persons: Set<UInt32> = [0x5458 /* 员 */, 0x8005 /* 者 */, 0x4EBA /* 人 */, 0x6237 /* 户 */, 0x4E3B /* 主 */]
    return x == .relatives && tok.start > clauseStart + 1 && t.scalars[tok.start - 1] == 0x7684 /* 的 */ && persons.contains(t.scalars[tok.start - 2])
  }

  /// Whether `c` states an amount of money (a numeral, or a capital one, followed closely by 元).
  /// (Also said as 块钱: 二十块钱, 五百块钱 — not 两块地.)
  static func amountIn(_ c: String) -> Bool { quantityIn(c, units: "元") || c.containsBytes("块钱") && quantityIn(c, units: "块") }

  /// Whether `c` states a quantity of goods or labour (五百斤, 十桌, 两场, 十倍, 三天).
  static func goodsIn(_ c: String) -> Bool { quantityIn(c, units: "斤担桌场倍头辆") }

  /// Whether a normalised scalar is a numeral (digits are half-width and capital numerals ordinary after `ClauseText.fold`).
  @inline(__always) static func isNumeral(_ u: UInt32) -> Bool {
    switch u {
    case 0x30...0x39, 0x96F6 /* 零 */, 0x4E00 /* 一 */, 0x4E8C /* 二 */, 0x4E24 /* 两 */, 0x4E09 /* 三 */, 0x56DB /* 四 */, 0x4E94 /* 五 */, 0x516D /* 六 */,
         0x4E03 /* 七 */, 0x516B /* 八 */, 0x4E5D /* 九 */, 0x5341 /* 十 */, 0x767E /* 百 */, 0x5343 /* 千 */, 0x4E07 /* 万 */: true
    default: false
    }
  }
  static let numeralScalars = Set("0123456789０１２３４５６７８９零一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟".unicodeScalars.map(\.value))

  static func quantityIn(_ c: String, units: String) -> Bool {
    let u = units.unicodeScalars.map(\.value)
    var last = -10
    for (i, x) in c.unicodeScalars.enumerated() {
      if numeralScalars.contains(x.value) { last = i } else if i - last <= 2 && u.contains(x.value) { return true }
    }
    return false
  }

  /// Whether the sentence states a quantity of goods (a numeral followed closely by 斤担桌场倍头) or holds a quotation
  /// mark (“ 「). (Not days or months: dates are everywhere, and labour for a time has its own words.)
  static let goodsUnitScalars: Set<UInt32> = Set("斤担桌场倍头".unicodeScalars.map(\.value))

  static func hasQuantityOrQuote(_ t: ClauseText, _ s: Range<Int>) -> Bool {
    let units = Self.goodsUnitScalars
    var lastNumeral = -10
    var quoteAt = -1
    for i in s {
      let u = t.scalars[i]
      // (A short quotation, a label: a long one is a citation.)
      if u == 0x201C || u == 0x300C { quoteAt = i } else if (u == 0x201D || u == 0x300D) && quoteAt >= 0 && i - quoteAt <= 13 { return true }
      if Self.isNumeral(u) { lastNumeral = i } else if i - lastNumeral <= 2 && units.contains(u) { return true }
    }
    return false
  }

  /// Whether the sentence states an amount of money (a numeral followed closely by 元).
  static func hasAmount(_ t: ClauseText, _ s: Range<Int>) -> Bool {
    var lastNumeral = -10
    for i in s {
      let u = t.scalars[i]
      if Self.isNumeral(u) { lastNumeral = i }
      else if u == 0x5143 /* 元 */ && i - lastNumeral <= 2 { return true }
      // (五块钱, 二十块钱: 块 then 钱 right after a numeral.)
      else if u == 0x5757 /* 块 */ && i - lastNumeral == 1 && i + 1 < s.upperBound && t.scalars[i + 1] == 0x94B1 /* 钱 */ { return true }
      // (交百块, 罚五十块: 块 after a round numeral, not a piece of land or a board, 五块地, 两块牌.)
      else if u == 0x5757 /* 块 */ && i - lastNumeral == 1 && [0x5341, 0x767E, 0x5343, 0x4E07].contains(t.scalars[i - 1]) /* 十百千万 */,
              !(i + 1 < s.upperBound && "地田砖牌石板木布肉".unicodeScalars.contains { $0.value == t.scalars[i + 1] }) { return true }
    }
    return false
  }
}

// MARK: - Classification

extension ClauseAnalysis {
  /// What the clause sets, decided from its parts: elections and offices, marriage, a right taken
  /// on a condition (marital status, family planning, petition, residence, origin), someone else
  /// bearing it, the measure named, a right or benefit taken, then the contested topics.
  // swiftlint:disable:next function_parameter_count cyclomatic_complexity
  static func classify(clauseText c: String, sentence s: String, memo: SentenceWords, clauseTokens ts: [Token], all: [Token], found: Measure?,
                       deprive: Token?, negatorAt: Int?, lawfulAt: Int?, punish: Token?, objects: [Object], acts: [(Act, Token, Bool)],
                       conditions: [Condition], bearer: Bearer?, soft: Bool, amount: Bool, isFirst: Bool, negated: Bool,
                       protectedSentence: Bool, violation: Bool, personNamed: Bool,
                       conditionClause: Bool = false, afterCondition: Bool = false, supplierLawful: Bool = false, topicMask: UInt64 = .max,
                       shapeConsequence: Bool = true, bareBan: Set<Int> = []) -> (Measure, Token?)? {
    func inClause(_ p: (Lex) -> Bool) -> Token? { ts.first { p($0.lex) } }
    func inSentence(_ p: (Lex) -> Bool) -> Bool { all.contains { p($0.lex) } }
    func topic(_ x: Topic) -> Token? { inClause { $0 == .topic(x) } }
    func sTopic(_ x: Topic) -> Bool { topicMask & (1 << UInt64(x.rawValue)) != 0 }
    func cHas(_ w: String) -> Bool { memo.has(w, in: c) }
    // The supervisory body named (also inside a longer word, 进入村务监督委员会, that the lexicon reads whole).
    lazy var supervisoryNamed = sTopic(.supervisory) || ["村务监督", "监督委员会", "监委会", "监督委员"].contains { memo.has($0) }
    let measureTok = ts.first { if case .measure(let m) = $0.lex { return m == found } else { return false } }
    // A right denied by a negator before its object (其子女不得报名入学, 不得分得安置费): in a sentence that sanctions
    // conduct or names a condition, and not a rule addressed to whoever would take it (任何组织不得, 村委会不得…为由).
    let negTok = ts.first { $0.lex == .negator }
    let rightObjects: [Object] = [.education, .homestead, .land, .collective, .income, .statutory, .ownWelfare, .dividend]
    let deniedRight = negTok.map { n in
      ts.contains { tok in if case .object(let o) = tok.lex { return rightObjects.contains(o) && tok.start > n.start } else { return false } }
        && (violation || !conditions.isEmpty) && !memo.has("任何") && !memo.has("为由") && !cHas("而")
        && !ts.contains { if case .imposer = $0.lex { return $0.start < n.start } else { return false } }
    } ?? false
    let reduced = Self.reducedShareIn(c, memo)
    // A right put off or left undone (满六年之后才能申请, 搁置不报, 没有份, 不予认定), on a condition or for conduct.
    // (Not a matter or a vote put off, 该事项一律暂缓: nobody's right.)
    let delay = (violation || !conditions.isEmpty) && !conditionClause && negatorAt == nil && !cHas("事项") && !cHas("议题") && !cHas("表决") ? topic(.delay) : nil
    let takes = (deprive != nil || deniedRight || reduced || delay != nil) && !negated && !protectedSentence
    // (A share paid at a fraction, 分红按九成发放: what is reduced is the share named.)
    let deprive = deprive ?? (deniedRight ? negTok : nil) ?? (reduced ? ts.first { if case .object = $0.lex { return true } else { return false } } : nil) ?? delay
    let clauseAmount = (c.unicodeScalars.contains("元") || cHas("块钱")) && Self.amountIn(c)
    lazy var levy = ["缴纳", "交纳", "上交", "上缴", "支付", "收取", "预交", "承担", "交钱", "交款", "缴款", "交给", "扣交", "交村", "交到", "交至", "各出", "出钱", "计交", "先交", "须交", "需交", "要交", "应交", "另交", "得交", "交上"].contains { cHas($0) }
      || Self.inOrder(c, "交", ["给村", "给集体"])
    let unlawfulFound = found.map { $0.standing == .unlawful } ?? false
    let negatedAct = acts.first { $0.2 }
    // Who sets a 违约金: the owners or residents among themselves (全体业主约定, 车位共有人约定), or the village.
    // (Or the parties themselves, in writing: 参与外墙改造的各户书面约定 — a contract among them, 民法典第五百八十五条.)
    lazy var ownersAgreed = sTopic(.owners) || ["约定", "公约", "协议"].contains(where: { memo.has($0) }) && ["业主", "住户", "共有人", "楼栋", "单元", "各户", "各方", "双方", "书面", "签字"].contains { memo.has($0) }
      // (Or claimed in court as a contract's, 拒不支付的由物业向法院起诉追索: a civil claim, not a fine the body enforces.)
      || memo.has("违约金") && ["起诉", "诉讼", "向法院", "仲裁"].contains { memo.has($0) }

    // 「不得以……为由……」: the reasons are what the clause forbids a sanction for.
    // (不得因此…: the same, the reason said before.)
    // (不得以不开证明、不盖章相要挟, 不得以停水停电为手段: the measures are the threats the clause forbids.)
    if negatorAt != nil && (cHas("为由") || cHas("因此") || cHas("因") && cHas("而") || cHas("要挟") || cHas("威胁") || cHas("相逼") || cHas("为手段") || cHas("作为手段")) { return nil }
    // (…，也不得…: the same prohibition goes on.)
    if negatorAt != nil, ["也不得", "也不能", "也不准", "亦不得", "更不得"].contains(where: { c.hasPrefix($0) }) { return nil }
    // A ground the statute does not give made equal to one it gives (被行政拘留的，与被判处刑罚同样处理).
    lazy var equatedWithStatute = ["同样处理", "等同", "视同", "同等对待", "一样处理"].contains { memo.has($0) }
    // Elections and offices.
    // The electorate's own recall (村组法第十六条: 五分之一以上有选举权的村民或者三分之一以上的村民代表联名; 被罢免人有权提出申辩意见).
    // (Not when a body then decides or acts on it: 联名材料交村党支部，由支部会议……作出是否罢免的决定; 镇党委可先行免去其职务.)
    // (Or the statute itself named as the rule: 村民委员会成员的任免，依照村民委员会组织法的规定执行.)
    let electorateRecalls = (memo.has("联名") || memo.has("有选举权") || memo.has("申辩") || memo.has("选民"))
      && !["决定", "批准", "免去", "审查", "撤换", "撤销", "免职", "撤职"].contains { memo.has($0) }
      || ["组织法", "法律规定", "依照法律", "法定程序"].contains { memo.has($0) }
    if let r = topic(.recallWord) {
      // (A ballot said as not held, 不再另行组织全体选民投票, is no vote of the electorate.)
      let ballotHeld = all.contains { $0.lex == .topic(.ballot) && !$0.scoped }
      if ballotHeld || memo.has("提出罢免") || electorateRecalls || negatorAt.map({ $0 < r.start }) == true { return nil }
      if sTopic(.statutoryEnd) && !equatedWithStatute || (sTopic(.twice) && sTopic(.unfit)) { return nil }
      // Ended at once, by no one's decision (即行免职, 自动免去): an end the statute does not give.
      if ["即行", "自动", "自然", "当然", "当即", "立即"].contains(where: { memo.has($0) }) { return (.officeTermination, r) }
      // An act of recall by someone (由镇人民政府予以撤换, 村民代表会议……可以罢免), not a list of powers (选举、罢免和补选).
      let acting = ["予以罢免", "宣布罢免", "可以罢免", "决定罢免", "罢免其", "予以撤换", "撤换其", "免去其", "决定免去", "负责罢免", "决定撤换", "有权撤换",
                    "撤职", "停止其职务", "直接免去", "研究决定", "表决决定", "宣布停止", "解除其职务", "作出罢免", "罢免决定", "任免", "表决罢免", "当场罢免", "直接罢免", "即可罢免"].contains { cHas($0) }
        || cHas("由") && !cHas("、")
        // A body named before the recall word is who recalls (镇党委、镇政府可以……撤换), unless the word is one of a list of powers.
        || all.contains { tok in
          if case .imposer(let x) = tok.lex { return x != .passive && x != .supplier && tok.start < r.start } else { return false }
        } && !["、罢免", "罢免、", "罢免和", "、撤换", "撤换、", "撤换和", "、免职", "免职、", "罢免权"].contains { cHas($0) }
      if !acting { return nil }
      return (memo.has("免去") || memo.has("免职")) && !memo.has("罢免") ? (.officeTermination, r) : (.recall, r)
    }
    // The recall said in one clause, the body that decides it in the next (村民委员会成员的罢免，由村民小组长会议表决决定).
    // (Or a body opens the clause that decides it: 村委会委员的罢免，村民代表会议……同意即可.)
    let bodyOpens = ts.first.map { tok in
      if case .imposer(let x) = tok.lex { return tok.start == ts[0].start && x != .passive && x != .supplier && c.hasPrefix(String(c.prefix(1))) && Self.opensWithBody(c) } else { return false }
    } ?? false
    if topic(.recallWord) == nil, sTopic(.recallWord), c.hasPrefix("由") || bodyOpens, !sTopic(.ballot), negatorAt == nil, !electorateRecalls,
       !(sTopic(.statutoryEnd) || (sTopic(.twice) && sTopic(.unfit))),
       ["决定", "罢免", "撤换", "免去", "研究", "同意", "即可", "表决", "通过", "批准", "审批"].contains(where: { cHas($0) }) {
      return (.recall, ts.first)
    }
    // 村民委员会成员由选举产生: no one appoints, assigns or dismisses them (村组法第十一条).
    if let who = topic(.committeeMember), ["任命", "委派"].contains(where: { cHas($0) }), !memo.has("不得"), !memo.has("选举产生") {
      return (.recall, who)
    }
    // An office taken away by a body (由村委会撤销其组长职务): only the electorate recalls.
    if let o = topic(.office), ["撤销", "免除", "撤去"].contains(where: { cHas($0) }), memo.has("由"), !sTopic(.ballot), negatorAt == nil {
      return (.recall, o)
    }
    // An office that ends by itself or is deemed given up (视为自动辞职, 即行卸任, 其委员资格自动取消): an end the statute
    // does not give (村组法第十八条: only loss of capacity or a criminal sentence; otherwise a recall).
    // 取消…资格 of an honour (取消当年评先评优资格) is the village's own lawful measure, not an office ended.
    if topic(.officeEnd) != nil || cHas("资格") && cHas("取消") && !objects.contains(.honours) || cHas("放弃") && cHas("职务"), Self.officeHolderIn(s),
       ["视为", "视同", "视作", "按主动", "自动", "即行", "自然", "当然", "一律", "取消", "随即", "即停止", "自行", "随之", "就当", "当作", "当他", "下岗",
        // (Declared by a body, 宣布其任期届满, 认定其放弃职务, or given to another, 另行任命.)
        "宣布其", "认定其", "另行", "当月即", "当即", "即交出"].contains(where: { memo.has($0) }),
       !(sTopic(.twice) && sTopic(.unfit)), !sTopic(.statutoryEnd) || equatedWithStatute, negatorAt == nil, !sTopic(.ballot), !soft {
      return (.officeTermination, topic(.officeEnd))
    }
    // (Not when 不 denies the ending verb, a few light words before it: 不因此终止其职务.)
    if let o = topic(.office), cHas("终止") && !Self.deniedInText(c, "终止") || cHas("离职") || cHas("解除") || Self.inOrder(c, "停止", ["职务"]) && Self.officeHolderIn(s) && negatorAt == nil {
      if (sTopic(.twice) && sTopic(.unfit)) || sTopic(.statutoryEnd) && !equatedWithStatute { return nil }
      return (.officeTermination, o)
    }
    // The party secretary's near relative on the supervisory body (村务监督委员会主任一职由村党支部书记的配偶兼任): barred only if
    // the secretary sits on the committee, which the clause does not say — contested.
    // (Or by the sentence's arrangement, a relative and a verb of serving or staying: 由村党支部书记的亲弟弟担任, 当选……继续履职.)
    if supervisoryNamed, Self.partySecretaryWords.contains(where: { memo.has($0) }), !sTopic(.committeeMember),
       Self.admitsToSupervision(memo), !soft {
      return (.officeOverlap, topic(.supervisory) ?? ts.first)
    }
    if supervisoryNamed, Self.partySecretaryWords.contains(where: { memo.has($0) }), !sTopic(.committeeMember),
       all.contains(where: { if case .bearer(.relatives) = $0.lex { return true } else { return false } }), negatorAt == nil, !memo.has("不得"), !memo.has("不能"),
       topic(.serves) != nil || acts.contains(where: { $0.0 == .stand && !$0.2 }) {
      return (.officeOverlap, topic(.serves))
    }
    // An exception to the bar (…不得由…担任，但村委会主任的兄弟姐妹不受此限): the exception lets a near relative in.
    if supervisoryNamed, c.hasPrefix("但"), ["不受此限", "除外", "可以"].contains(where: { cHas($0) }), sTopic(.committeeMember) || Self.officeHolderIn(c),
       inClause({ if case .bearer = $0 { return true } else { return false } }) != nil || cHas("亲属") {
      return (.incompatibleOffice, ts.first)
    }
    if supervisoryNamed, sTopic(.committeeMember) || memo.has("村委会") && memo.has("委员"),
       let sv = topic(.serves) ?? acts.first(where: { $0.0 == .stand && !$0.2 })?.1
         ?? (cHas("负责") && cHas("由") && ts.contains { $0.lex == .topic(.committeeMember) || $0.lex == .bearer(.relatives) } ? ts.first : nil),
       negatorAt == nil, !memo.has("不得"), !memo.has("不能"), !memo.has("不可"), !memo.has("不应") {
      return (.incompatibleOffice, sv)
    }
    // A committee member or their relative let onto the supervisory body, said by the sentence's arrangement rather than a
    // verb of serving (可以吸收村委会主任的爱人参加, 委员中应有一名村委会成员, 村委会主任的女儿……可以继续留任, 候选人可以从村委会
    // 成员的家属中推选, 妻子进入……不受影响): 村组法第三十二条 bars them; a sentence that bars or excuses them (不得, 回避) is the law.
    if supervisoryNamed, sTopic(.committeeMember), topic(.supervisory) != nil || topic(.committeeMember) != nil, !soft, Self.admitsToSupervision(memo) {
      return (.incompatibleOffice, topic(.supervisory) ?? topic(.committeeMember))
    }
    // A vote or a candidacy withheld from a class of people, or an office ended, on a ground the statute does not give,
    // said by the sentence's parts rather than a listed phrase (年满七十周岁的村民不再发放选票; 上访过的，不将其列入候选人名单;
    // 年满六十五周岁的，不再担任主任职务): 村组法第十三条 (only age 18 and 剥夺政治权利), 第十八条 and 第三十三条.
    if !soft, !protectedSentence, !conditionClause, memo.mentionsVoteOrOffice, let m = Self.narrowsVoteOrOffice(c, memo) { return (m, ts.first) }
    // A share or honour withheld for not voting (不参加选举的成员，当年分红扣减): the dividend rule, not fewer voters.
    let shareForConduct = topic(.election) == nil && topic(.candidate) == nil && objects.contains { [.dividend, .income, .ownWelfare, .honours].contains($0) }
    // A vote by household (一户一票, 户主代表全家投票) in a village (a 居委会 may be elected by household representatives).
    if let hv = topic(.householdVote) ?? all.first(where: { $0.lex == .topic(.householdVote) }), negatorAt == nil, !hv.scoped,
       !["居民", "居委会", "社区"].contains(where: { memo.has($0) }) {
      return (.electionNarrowing, hv)
    }
    // The law's bar restated (不得以村规民约的名义剥夺村民的选举权, 不得剥夺, 无权限制), and a case answered by a permission
    // (外出不能参加投票的，可以书面委托…代为投票: 村组法第十五条), narrow no one's vote.
    let barRestated = ["不得以", "不得剥夺", "不能剥夺", "不得限制", "不得非法", "不得侵犯", "不得干涉", "无权剥夺", "无权限制", "任何组织和个人不得"].contains { cHas($0) }
    let caseWithLeave = conditionClause && (memo.has("可以") || memo.has("委托"))
    if sTopic(.election) || sTopic(.candidate) || memo.has("登记参加选举"), !shareForConduct, !barRestated, !caseWithLeave {
      // The incompatibility of 村组法第三十二条 restated (近亲属都不能当选, 不予提名): the statute, not a narrowing.
      if supervisoryNamed && (negatorAt != nil || memo.has("不予") || memo.has("不列入") || memo.has("不能")) { return nil }
      // A turnout or majority above the statute's is a stricter threshold, not fewer voters.
      if let th = ts.first(where: { $0.lex == .topic(.threshold) }), negatorAt == nil { return (.stricterThreshold, th) }
      if sTopic(.recallWord) || memo.has("过半数") || memo.has("【") || memo.has("剥夺政治权利") { return nil }
      if memo.has("都有选举权") || memo.has("应当予以登记") || memo.has("依照法律被剥夺") || memo.has("不分民族") || inSentence({ $0 == .protect }) { return nil }
      // (Candidates from among the registered voters, 候选人只能从本村登记的选民中选出: 村组法第十五条 restated.)
      if ["选民中", "参加选举的村民中", "有选举权的村民中"].contains(where: { memo.has($0) }) { return nil }
      // A condition on voting or standing said in another clause of the sentence (参加选举的村民，须缴清…).
      // (A candidate's schooling, age, party membership or service made a condition: 须有初中以上毕业证书, 应当是中共党员.)
      let restricts = ["须", "只能", "必须", "方可", "限于", "上限", "一律无效", "不发", "应当是", "须是", "必须是", "学历", "毕业证", "文化程度", "党员", "服兵役", "不满"].contains { cHas($0) }
      if ["选举", "投票", "候选", "竞选", "参选", "当选"].contains(where: { memo.has($0) }), restricts,
         topic(.election) == nil, !memo.has("过半数") {
        return (.electionNarrowing, ts.first)
      }
      if let e = topic(.election) ?? topic(.candidate) ?? topic(.ballot), takes || negatorAt != nil || restricts || cHas("不再登记") || cHas("男性") {
        return (.electionNarrowing, e)
      }
      if topic(.candidate) == nil && topic(.election) == nil, takes || cHas("不再登记") { return (.electionNarrowing, deprive) }
    }
    // Marriage.
    if let (_, tok, neg) = acts.first(where: { $0.0 == .marry }) {
      let lawfulWords = ["包办", "买卖婚姻", "借婚姻", "索取财物", "婚姻自由", "阻挠", "强迫", "干涉", "索要", "索取", "高额彩礼", "天价彩礼",
                         // (The statute's own bar, 民法典第一千零四十八条: 直系血亲或者三代以内的旁系血亲.)
                         "直系血亲", "三代以内", "近亲结婚", "旁系血亲"].contains { memo.has($0) }
      if !lawfulWords && !soft {
        if (neg && !cHas("为由")) || cHas("须经") || cHas("须先经") || cHas("须先征得") || (cHas("未经") && cHas("同意")) || cHas("须征得") || cHas("同意方可") || cHas("批准") { return (.marriage, tok) }
        if memo.has("彩礼") && (memo.has("加倍") || memo.has("追缴") || memo.has("退还彩礼") || memo.has("偿还彩礼") || memo.has("利息") || memo.has("另赔") || memo.has("双倍") || Self.quantityIn(c, units: "倍")) { return (.marriage, tok) }
        if memo.has("彩礼") || memo.has("聘金") || memo.has("聘礼"), let l = topic(.limit) ?? all.first(where: { $0.lex == .topic(.limit) }) { return (.customReform, l) }
      }
    }
    // (Or a leave asked and given: 写申请交理事会, 理事会点头了才能定日子, 审核同意后.)
    if ["须征得", "须经", "同意方可", "批准", "须事先报", "须报", "报村委会同意", "须先经", "须先征得", "须先报", "点头", "同意后", "审核", "写申请", "打申请", "签字同意",
      // (Put to a body's vote or decision: 召集户主会议表决是否同意, 讨论决定是否准许.)
      "是否同意", "是否准许", "是否允许", "是否批准", "表决同意", "表决通过后", "须事先经", "事先经", "须事先征得"].contains(where: { cHas($0) }),
       all.contains(where: { $0.lex == .act(.marry) || $0.lex == .condition(.marital) }) || conditions.contains(.marital), !soft,
       !["包办", "买卖婚姻", "借婚姻", "索取财物", "不需要", "无需", "无须", "不必", "不用", "自己做主", "自主决定", "自己决定", "本人决定", "由当事人", "本人同意", "双方同意", "当事人同意", "双方自愿"].contains(where: { memo.has($0) }) {
      return (.marriage, ts.first { $0.lex == .topic(.limit) })
    }
    // A right taken on a condition.
    let sanction = takes || unlawfulFound || negatedAct != nil || inClause({ $0 == .object(.service) }) != nil && deprive != nil
    // A person moved into a category with fewer rights (一律按外乡人对待, 按已嫁女处理, 视同外来人员).
    if !negated, negatorAt == nil, !conditionClause, !protectedSentence, ["按", "视", "当作", "算作"].contains(where: { cHas($0) }), let m = Self.reclassified(c) {
      // (A married woman moved into any category, 出嫁满三年…按空挂户对待, is deprived for her marriage.)
      return (conditions.contains(.marital) ? .womenRights : m, deprive)
    }
    // A measure that is itself an interference with marriage (责令其分开居住) is that, whatever the condition.
    if found == .marriage, !soft { return (.marriage, measureTok) }
    // Marital status as the condition, or marrying itself (与外村人结婚满一年仍未迁户口的，停发其福利); a certificate
    // or service refused on it is conditioning a service (below), not a collective right taken.
    if inClause({ $0 == .object(.service) }) == nil || takes && !objects.allSatisfy({ $0 == .service }),
       conditions.contains(.marital) || acts.contains(where: { $0.0 == .marry && !$0.2 }) && takes && (bearer ?? .actor) == .actor, sanction || cHas("只能按") { return (.womenRights, deprive ?? measureTok ?? negatedAct?.1) }
    if conditions.contains(.familyPlanning), sanction { return (.familyPlanning, deprive ?? measureTok) }
    // (Honours withdrawn after the authorities dealt with an unlawful act, 上访闹事、经公安机关依法处理的: no sanction for petitioning.)
    let handledByLaw = inSentence { $0 == .lawful } && !objects.isEmpty && objects.allSatisfy { $0 == .honours }
    // A rule on the way a petition goes, said by its parts, with no sanction (应当先向村民小组长反映, 不得再向县里重复反映, 不宜直接
    // 到镇里反映, 由村里指定代表前往，其他人不得同行): guidance or a bar to petitioning — contested (宪法第四十一条; 信访工作条例).
    if !negated, !protectedSentence, found.map({ $0.standing == .lawful }) ?? true, deprive == nil, punish == nil, memo.mentionsPetition, Self.rulesPetitionWay(c, memo) {
      return (.petitionOrder, ts.first)
    }

    if conditions.contains(.petition), !handledByLaw {
      // The way of petitioning is the condition (越级, 不按逐级, 已办结的同一事项) and what is withheld is the village's help
      // (介绍信, 协助, 协调, 出面), not a right: a rule on how to petition, contested.
      let wayOnly = sTopic(.petitionWay) || memo.has("越级") || memo.has("有序") || memo.has("逐级")
      let helpOnly = ["介绍信", "协助", "协调", "帮助", "出面", "陪同"].contains { memo.has($0) }
        && !objects.contains { [.statutory, .collective, .land, .homestead, .income, .dividend, .ownWelfare, .education].contains($0) }
      if wayOnly && helpOnly && (!unlawfulFound || found == .serviceConditioning) { return (.petitionOrder, topic(.petitionWay) ?? deprive ?? ts.first) }
      if sanction || topic(.debt) != nil || cHas("工作单位") || cHas("所在单位") && ["告知", "通报", "通知", "函告"].contains(where: { cHas($0) }) { return (.petition, deprive ?? measureTok ?? topic(.debt)) }
      // What follows a petition and burdens the petitioner, whatever it is (拒绝为其提供维修服务, 不再受理其报修, 费用记在反映人
      // 名下, 须经村党支部审核后方可寄出): a petition answered with a cost, a refusal or a permit (宪法第四十一条).
      if !conditionClause, !wayOnly, negatorAt == nil || cHas("不再") || cHas("不予"), Self.burdensPetitioner(c, memo) { return (.petition, ts.first) }
      let petitionAt = all.first { $0.lex == .condition(.petition) }?.start ?? Int.max
      // (不需要经过村里同意，也不需要报备: no duty at all is laid on the petition.)
      if ["不需要", "无需", "不必", "不用"].contains(where: { memo.has($0) }) { return nil }
      if !soft || memo.has("应"), let w = topic(.petitionWay) ?? all.first(where: { $0.lex == .topic(.petitionWay) }) ?? (negatorAt.map { $0 < petitionAt } == true ? ts.first { $0.lex == .negator } : nil) ?? topic(.limit) {
        return (.petitionOrder, w)
      }
    }
    // Common facilities, trade or paperwork kept from people for where they come from or that they rent (外地户籍的业主不得入内,
    // 租住居民不得使用小区的健身房, 外地来本村租房的人员不得开设店铺; 只对本市户籍业主开放, 只为本市户籍居民出具): unequal
    // treatment (宪法第三十三条). Not a duty the law lays on them (办理居住登记), a safety rule (楼道, 消防, 易燃), or the
    // collective's own distribution, which only its members share.
    if !soft, !protectedSentence, !negated, Self.keptFromOutsiders(c, memo, origin: conditions.contains(.origin) || conditions.contains(.residence), negatorAt: negatorAt != nil) {
      return (.residenceOrigin, ts.first { $0.lex == .negator } ?? ts.first)
    }
    // (Not the statute's own grounds for leaving the collective, 取得其他集体经济组织成员身份, 自愿书面退出: 农村集体经济组织法.)
    if conditions.contains(.residence) || conditions.contains(.origin), sanction, !(found.map { [.liberty, .utilitiesCut, .fine, .serviceConditioning].contains($0) } ?? false),
       !["取得其他", "其他集体经济组织成员", "成为公务员", "自愿退出", "书面退出", "书面申请退出", "已享受城镇"].contains(where: { memo.has($0) }) {
      return (.residenceOrigin, deprive ?? measureTok ?? negatedAct?.1)
    }
    // A supplier told by the village to refuse the household (通知燃气站不给该户换气罐, 让供水站暂停给其送水): the village cuts the
    // supply through it, whatever the words of the refusal.
    if !supplierLawful, !soft, negatorAt == nil, violation || !conditions.isEmpty, ts.contains(where: { $0.lex == .imposer(.supplier) }),
       ["通知", "要求", "让", "请", "报请", "联系", "告知"].contains(where: { w in Self.inOrder(c, w, ["不给", "不予", "停止", "暂停", "不再", "拒绝", "不卖", "不送", "不供"]) }) {
      return (.utilitiesCut, ts.first { $0.lex == .imposer(.supplier) })
    }
    // Someone else bears it (not a supply cut to the household, 停止其家中网络: that is the cut).
    // (A bearer or a burden in a negation's scope, 不由其亲属代为承担, 其家属不代为承担: the clause spares them.)
    let spared = all.contains { $0.scoped && ($0.lex == .topic(.debt) || { if case .bearer = $0.lex { return true } else { return false } }($0)) }
    if let b = bearer, b != .actor, !spared, !(Self.utilityWords.contains { cHas($0) } && deprive != nil), !objects.contains(.statutory) || b == .relatives {
      if takes && (!(!objects.isEmpty && objects.allSatisfy { $0 == .honours }) || b == .relatives) || unlawfulFound || topic(.debt) != nil || negatedAct != nil || punish != nil {
        // A guardian answers in damages for a minor (民法典第一千一百八十八条): that is the law, not a sanction on others.
        let guardian = ["未成年", "小孩", "儿童", "孩子", "无民事行为能力", "限制民事行为能力"].contains { memo.has($0) } && cHas("赔偿")
        // (委托 a relative to act for oneself, 委托其近亲属代为投票 (村组法15), is the actor's own choice, no burden laid on them.)
        // (Committee members' near relatives barred from the supervisory body, 近亲属不得担任村务监督委员会成员, is 村组法第三十二条
        // itself: the bar's object, after 担任, is the supervisory body.)
        let statutoryBar = supervisoryNamed && sTopic(.committeeMember) && negatorAt != nil
          && s.firstByteRange(of: "担任").map { s[$0.upperBound...].containsBytes("监督") } == true
        if !guardian, !statutoryBar, !(["不株连", "不连带", "不涉及", "不影响", "不追究", "委托"].contains { memo.has($0) }) {
          return (.thirdParty, deprive ?? measureTok ?? topic(.debt) ?? negatedAct?.1)
        }
      }
    }
    // A sum deducted from the member's dividend (每缺一天从本户年终分红中扣一百元): the dividend reduced — contested, as the members'
    // plan decides it — not a fine paid to the village. (A fine said as one, 从其分红中扣罚二百元, stays a fine.)
    if let d = deprive, takes, found != .fine, objects.contains(.dividend), ["分红中扣", "红利中扣", "从分红", "从红利"].contains(where: { cHas($0) }) {
      return (.dividend, d)
    }
    // Residents' own goods, homes and land controlled by a body (统一定价, 须由物业统一代理, 不得自行出售, 只能按村里定的价格).
    if !soft, Self.controlsProperty(c, memo, all) { return (.propertyControl, nil) }
    // A deposit demanded before a permit (交纳装修保证金，否则不予办理出入证; 不交的不予办理施工许可证): the deposit is the
    // measure, contested.
    if sTopic(.deposit), !sTopic(.fee), found == .serviceConditioning || Self.refusesService(c), objects.allSatisfy({ $0 == .service }),
       ["交纳", "缴纳", "存入", "预交", "交存", "不交", "未交"].contains(where: { memo.has($0) }) {
      return (.deposit, all.first { $0.lex == .topic(.deposit) })
    }
    // A certificate or service given only to those of one status (只为已领取生育服务证的家庭出具证明): refused to the rest for
    // their family planning, marriage or petition. (Not residence: a residence certificate is for those who live there.)
    // (The status may be said between the two: 只给按政策生育的家庭开具.)
    if !soft, !protectedSentence, negatorAt == nil, lawfulAt == nil,
       let cond = Self.statusServedOnly(c, conditions) {
      return (cond == .familyPlanning ? .familyPlanning : .serviceConditioning, ts.first)
    }
    // A certificate or service refused (不为其开具居住证明, 暂不办理): the committee's refusal is the sanction.
    if violation || !conditions.isEmpty, !memo.has("任何"), lawfulAt == nil, !soft, !protectedSentence, Self.refusesService(c) {
      return (.serviceConditioning, ts.first { $0.lex == .object(.service) })
    }
    // A certificate or service made to wait on paying or obeying (办理证明的，须先结清欠费).
    if inSentence({ $0 == .object(.service) }), ["须先", "先行", "方可", "才予", "才能"].contains(where: { cHas($0) }),
       ["结清", "缴清", "交清", "缴纳", "交纳", "签订", "遵守", "履行", "补交"].contains(where: { cHas($0) }), negatorAt == nil {
      return (.serviceConditioning, ts.first)
    }
    // Mediation is free: any charge for it (预交二百元调处费).
    if !negated && negatorAt == nil, sTopic(.mediation), topic(.fee) ?? topic(.deposit) != nil || clauseAmount && levy,
       !["不收", "免费", "不向", "一分钱", "不用交", "不要钱"].contains(where: { memo.has($0) }) {
      return (.mediationFee, topic(.fee) ?? topic(.deposit))
    }
    // Details that identify a person (身份证号码, 电话, 住址) published: personal information, not a blacklist.
    if all.contains(where: { $0.lex == .topic(.personalInfo) && !$0.scoped }), topic(.personalInfo) != nil || Self.publishIn(c), sTopic(.publish) || Self.publishIn(s), negatorAt == nil, !protectedSentence,
       !["不公开", "不得公开", "保护", "保密", "不得泄露", "隐去"].contains(where: { memo.has($0) }) {
      return (.personalInformation, topic(.personalInfo))
    }
    // A placard or an insulting label on a person (胸前挂「…」牌子, 照片配上「小偷」二字).
    if negatorAt == nil, !negated, !protectedSentence, violation || cHas("其"), Self.placardIn(c) || Self.labelDisplayedIn(c),
       !["授予", "颁发", "表彰", "奖励", "评为", "摘除", "摘下", "摘掉", "取下", "撤下", "收回"].contains(where: { memo.has($0) }),
       !all.contains(where: { $0.scoped && ($0.lex == .topic(.naming) || $0.lex == .topic(.personalInfo)) }) {
      return (.dignity, nil)
    }
    // A treat for others or labour for a time as the sanction (请全组村民吃饭一桌, 义务打扫公共卫生一个月).
    // (Not the duty a sentence opens with, 每户每年要出义务工五个，……不出工的，……: the sanction follows the conduct.)
    if violation, !conditionClause, shapeConsequence, sTopic(.labour), !negated, negatorAt == nil, !soft,
       Self.treatOrLabourIn(c) { return (.penaltyInKind, nil) }
    // A cut of a supply's part (拧下其水龙头, 剪断其电线, 拉下电闸: a verb with a resultative 下掉断停闭死住走 before the part)
    // in a consequence: a supply cut — not help or repair (协助其拆下旧电线更换新线).
    lazy var helping = ["协助", "帮助", "更换", "维修", "检修", "老化", "安全隐患", "补贴", "补助"].contains { memo.has($0) }
    if topic(.cutVerb) != nil || sTopic(.utilityPart) && (Self.resultativeBeforePart(c) || deprive != nil && topic(.utilityPart) != nil),
       sTopic(.utilityPart) || Self.utilityWords.contains(where: { cHas($0) }), violation, !conditionClause,
       !negated, negatorAt == nil, lawfulAt == nil, !supplierLawful, !soft, !inSentence({ $0 == .lawful }), !helping {
      return (.utilitiesCut, topic(.cutVerb))
    }
    // Goods taken away or held until a condition is met (拉回村部…方可取回, 抓走…不退还, 锁车…后放行, 把粮食装走…后才还给本人):
    // a seizure — not a lost thing returned, a loan given back or rubbish cleared.
    lazy var notSeized = ["遗失", "拾得", "捡到", "失主", "借", "垃圾", "杂物", "清运", "清理", "障碍", "限期", "责令", "自行"].contains { memo.has($0) }
    let seizure = topic(.seizure)
    if seizure != nil || Self.returnedOnCondition(c), violation, !conditionClause, !negated, negatorAt == nil,
       lawfulAt == nil, !soft, !(seizure?.scoped ?? false), !sTopic(.deposit), !notSeized,
       // (A person let go after a pledge, 带至村部看管，写出保证书后放行, is held, not seized: the liberty measure says it.)
       !inSentence({ $0 == .measure(.liberty) }) {
      return (.confiscation, seizure)
    }
    // A remedy or payment scaled by a multiple (按所摘数量的十倍赔付, 按五倍赔还): punitive, not compensation.
    if found == nil || found == .civilRemedy, violation, !conditionClause, !isFirst, !negated, negatorAt == nil, Self.quantityIn(c, units: "倍"),
       ["赔", "交", "还", "罚", "退"].contains(where: { cHas($0) }) {
      return (clauseAmount ? .fine : .penaltyInKind, nil)
    }
    // The measure as named.
    if let f = found, f.standing == .unlawful {
      // 按违约论处 among owners (违反管理规约…按违约论处，由业委会依照规约追究违约金): their covenant, contested.
      if f == .vague && ownersAgreed && memo.has("违约") { return (.penaltyClause, measureTok) }
      if f == .vague && amount { return (.fine, measureTok) }
      if f == .fine && cHas("违约") && ownersAgreed { return (.penaltyClause, measureTok) }
      // 字样 is an insult only on a person (照片, 姓名, 胸前, a placard), not on an honour's plaque.
      if f == .dignity && ["字样", "「"].contains(where: { cHas($0) }) && !["照片", "姓名", "胸前", "牌", "高帽", "其"].contains(where: { memo.has($0) }) { return nil }
      if f == .serviceConditioning && (lawfulAt != nil) { return nil }
      // A matter, not a person, taken to the committee (组长办不了的由组长带到村委会): no one is held.
      if f == .liberty, cHas("带到") || cHas("带回"), ["诉求", "问题", "反映", "事情"].contains(where: { memo.has($0) }) { return nil }
      // 归集体所有 takes property only as a sanction: 集体林地归集体所有 states who owns the land.
      if f == .confiscation && cHas("归") && !violation { return nil }
      if f == .serviceConditioning && objects.contains(.statutory) { return (.statutoryBenefit, measureTok) }
      return (f, measureTok)
    }
    // What is withheld is the village's own benefit, said so (村集体出资的改造补贴, 村里自行设立的敬老金): contested, whatever it is for.
    if takes, let d = deprive, !objects.contains(.statutory), Self.ownMarkedIn(c) { return (.ownWelfare, d) }
    // Supply stopped for someone (停止该户楼道照明供电, 暂停其用水).
    // (Said as the consequence, not as the offence: 私自断开路灯电线的 is what someone did.)
    if takes || violation && !isFirst && !negated && negatorAt == nil, !supplierLawful,
       ["停止", "暂停", "中止", "切断", "中断", "关闭", "锁闭", "拔掉", "停用", "断供", "暂缓", "掐断", "剪断", "断开"].contains(where: { cHas($0) }),
       Self.utilityWords.contains(where: { cHas($0) }) || cHas("服务") && cHas("其"),
       lawfulAt == nil, !inSentence({ $0 == .lawful }), !(objects.contains(.ownWelfare) || cHas("费补贴") || cHas("费补助")) {
      return (.utilitiesCut, deprive)
    }
    // Money paid to the village for conduct: a fine whatever it is called (还要向村里缴纳伍佰元, 每次须交纳一百元).
    // Not a remedy (赔偿, 损失, 修复), a service's price, a deposit, a fee the fee rule reads, or an owners' agreement.
    let remedyOrPrice = ["赔偿", "损失", "修复", "清理费", "医疗费", "物业费", "水费", "电费", "租金", "承包费", "押金", "保证金", "工资", "报酬", "补偿", "一事一议", "自愿", "按实", "发放", "补贴", "补助", "奖励", "给予", "奖金"]
    // (Paid to the village — 向村里缴纳伍佰元 — after what someone did, even without a word of sanction.)
    lazy var toVillage = !isFirst && (["向村里", "向村委会", "向村民委员会", "交村里", "交给村", "上交村", "交村委会", "向居委会", "向物业", "另交", "交村"].contains { cHas($0) }
      || Self.inOrder(c, "交", ["给村", "给集体"]))
    // Money to the village besides a remedy (责令其赔偿并另交村里一千元) is a fine all the same.
    if toVillage, clauseAmount, levy, !negated, negatorAt == nil, topic(.fee) == nil, found.map({ $0.standing == .lawful }) ?? true,
       !["一事一议", "自愿", "物业费", "水费", "电费", "租金", "承包费", "押金", "保证金"].contains(where: { cHas($0) }) {
      return (.fine, nil)
    }
    if found == nil, clauseAmount, levy, violation || toVillage, !negated, negatorAt == nil, topic(.fee) == nil, !remedyOrPrice.contains(where: { cHas($0) }) {
      return ownersAgreed ? (.penaltyClause, nil) : (.fine, nil)
    }
    // Goods or labour paid for conduct (出大米五百斤, 按十倍交纳竹笋, 备酒席十桌).
    if found == nil, !clauseAmount, levy || cHas("出") || cHas("备") || cHas("交"), violation, !negated, negatorAt == nil,
       Self.goodsIn(c) || (levy || cHas("交")) && Self.goodsIn(s) && !isFirst, !remedyOrPrice.contains(where: { memo.has($0) }) {
      return (.penaltyInKind, nil)
    }
    if found == nil, let p = punish, !negated, negatorAt == nil || negatorAt! > p.start {
      return (amount ? .fine : .penaltyInKind, p)
    }
    // (Taken out of a dividend or the village's own welfare, it is that measure: contested, below.)
    let fromShare = objects.contains { [.dividend, .income, .ownWelfare].contains($0) }
    if amount && found == nil && !negated && negatorAt == nil && (cHas("处以") || cHas("扣")) && !isFirst && !fromShare && !sTopic(.deposit) { return (.fine, nil) }
    // A right or benefit taken. (Not a deposit drawn on, 费用从保证金中扣除: the deposit rule below reads it.)
    if takes, let d = deprive, topic(.deposit) == nil {
      let objs = objects.isEmpty ? all.compactMap { if case .object(let o) = $0.lex { return o } else { return nil } } : objects
      // A village reward withheld (不享受村里的助学奖励, 不发放简办奖励) is the village's own benefit withheld.
      if found == .reward { return (.ownWelfare, d) }
      let exempt = ["依法决定", "依法审批", "依法停发", "依法核查", "依法由", "民政部门决定", "民政部门依法", "本人申请", "本人自愿", "自愿"].contains { memo.has($0) }
      switch Self.withheld(objs, clause: c, tokens: ts, deprive: d) {
      case .honour: return (.honours, d)
      case .statutoryRight: return exempt ? nil : (.statutoryBenefit, d)
      case .land: return exempt ? nil : (.landTaken, d)
      case .ownBenefit: return (.ownWelfare, d)
      case .dividend: if !exempt || objs.contains(.dividend) { return (.dividend, d) }
      case .memberRight: if !exempt { return (.collectiveRightsTaken, d) }
      case .service: return (.serviceConditioning, d)
      case nil: break
      }
      if objs.contains(.service) { return (.serviceConditioning, d) }
    }
    if let a = negatedAct, a.0 == .move { return (.liberty, a.1) }
    // A home entered without the occupant's consent (不经租户允许开门入户检查): 宪法第三十九条.
    if negatorAt == nil, !negated, ["不经", "未经", "无需", "不用", "不必"].contains(where: { cHas($0) }), ["同意", "允许", "许可"].contains(where: { cHas($0) }),
       ["进入", "入户", "进屋", "开门", "入室"].contains(where: { cHas($0) }) {
      return (.liberty, nil)
    }
    // Leaving the village needs the committee's leave (外出打工须经村委会批准).
    if let a = acts.first(where: { $0.0 == .move }), ["须经", "批准", "同意方可", "须向"].contains(where: { cHas($0) }) { return (.liberty, a.1) }
    // Purchases from a shop the village names (必须在村指定的超市购买).
    if cHas("指定"), ["购买", "采购", "投保", "收购", "销售", "施工单位", "施工队", "装修公司", "承接"].contains(where: { cHas($0) }), negatorAt == nil { return (.propertyControl, nil) }
    // Topics: fees, deposits, limits, thresholds, naming.
    if !negated && negatorAt == nil, sTopic(.mediation), let f = topic(.fee) ?? topic(.deposit), !["不收", "免费", "不向", "一分钱", "不用交", "不要钱"].contains(where: { memo.has($0) }) {
      return (.mediationFee, f)
    }
    // (Damages owed for harm done, 承担医疗费、误工费等损失, are a civil remedy, not a fee.)
    lazy var damages = ["损失", "赔偿", "医疗费", "医药费", "误工费", "修复费"].contains { memo.has($0) }
    if let f = topic(.fee), !sTopic(.mediation), !negated, negatorAt == nil, !c.hasSuffix("的，"), !damages,
       ["交纳", "缴纳", "收取", "交", "缴", "每人", "每户", "每车", "支付", "承担", "摊派", "按人头"].contains(where: { cHas($0) }), !sTopic(.lawfulFee) {
      return (.publicFee, f)
    }
    // A levy said by its shape, whatever the charge is called (每人每月得交二十块钱的治安钱, 按人头摊派每人每年二十元, 进出一趟收
    // 道路损耗费十五元, 双方各交二百元调解服务费): an amount, a rate per head, household, trip or month, and a charge — a fee
    // of public authority the village cannot levy — unless it is a fee the law allows (水电费, 物业费, 一事一议, 自愿), a rent
    // of the collective's property, or a deposit.
    if clauseAmount, !negated, negatorAt == nil, !soft, !c.hasSuffix("的，"), !sTopic(.lawfulFee), !sTopic(.deposit),
       ["每人", "每户", "每次", "每趟", "一趟", "每月", "每年", "人头", "各交", "每车", "每辆", "按人", "每张", "一张", "每份", "一次", "每口"].contains(where: { cHas($0) }),
       ["费", "钱", "摊派"].contains(where: { cHas($0) }), ["交", "缴", "收", "摊派", "出"].contains(where: { cHas($0) }),
       !["租用", "租赁", "场地", "使用费", "租金", "停车", "捐", "工资", "补贴", "补助", "奖励", "发放", "报酬", "慰问"].contains(where: { memo.has($0) }),
       // (The cost of a service the payers get, 楼道照明和保洁费: a charge for service, not of public authority — but mediation
       // is free by law, whatever its fee is called, 人民调解法第四条.)
       sTopic(.mediation) || !["保洁", "照明", "清运", "电梯", "维修", "服务费", "有偿服务", "能耗"].contains(where: { memo.has($0) }) {
      return (sTopic(.mediation) ? .mediationFee : .publicFee, topic(.fee))
    }
    // A charge for a certificate or paperwork the committee owes (办理证明，每份收取二十元).
    if inSentence({ $0 == .object(.service) }), clauseAmount, levy, !negated, negatorAt == nil, !sTopic(.lawfulFee), !soft, !c.hasSuffix("的，"),
       // (A deposit given back, 先收取押金一千元，取得批复后如数退回: a deposit, contested below.)
       !(sTopic(.deposit) && ["退回", "退还", "返还", "如数退"].contains(where: { memo.has($0) })) {
      return (.publicFee, topic(.fee))
    }
    // A deposit kept or set off (押金不予退还, 从保证金中扣除): contested, close to a fine.
    if let d = topic(.deposit) ?? all.first(where: { $0.lex == .topic(.deposit) }), !sTopic(.mediation), negatorAt == nil,
       ["不予退还", "不退", "扣除", "抵扣", "没收", "扣抵", "不再退还"].contains(where: { memo.has($0) }) {
      // Paid after the conduct and kept (超过桌数的，每桌交纳保证金三百元，不予退还): a fine by another name, not a deposit.
      // (Not a deposit already paid and kept in part, 所交保证金……不予退还: a forfeiture, contested.)
      if afterCondition && violation && (clauseAmount || memo.has("元") || memo.has("块钱")) && !ownersAgreed,
         !["所交", "已交", "已缴", "预交的", "交纳的", "缴纳的"].contains(where: { memo.has($0) }) { return (.fine, d) }
      if ["不予退还", "不退", "扣除", "抵扣", "没收", "扣抵", "不再退还"].contains(where: { cHas($0) }) { return (.deposit, d) }
    }
    if let d = topic(.deposit), !sTopic(.mediation), negatorAt == nil, !negated, ["交纳", "缴纳", "预交", "收取", "交", "缴", "存入", "交存", "先押"].contains(where: { memo.has($0) }) { return (.deposit, d) }
    if found == .fine || cHas("违约金") { return nil }
    // Keeping animals limited beyond what local rules say (a rule that follows them is lawful).
    // (A limit said as where or how many: 须在室内饲养, 只能养, 限养, 肩高超过…的.)
    // (Not a sentence that forbids a measure against the keepers, 村委会不得没收村民散养的家禽.)
    if !soft, !negated, lawfulAt == nil, memo.has("养") || memo.has("登记") || memo.has("带进"), let p = topic(.pet) ?? (sTopic(.pet) ? topic(.limit) : nil),
       sTopic(.limit) || negatorAt != nil || ["须在室内", "只能在室内", "只能养", "限养", "肩高", "体型", "超过", "禁止饲养", "禁养", "不得饲养", "不准饲养", "不许养", "不准养", "不得养"].contains(where: { memo.has($0) }),
       !["规定", "依照", "依法", "办法", "条例"].contains(where: { memo.has($0) }) { return (.petLimit, p) }
    // A hard limit on ceremonies: a cap (不超过), or a ban whose object is the ceremony (禁止举办升学宴).
    // (A custom — firecrackers, music, mourning dress — counts where the sentence is about a ceremony.)
    // (The ceremony may be named in an earlier clause of the sentence: 婚礼宴请本村宾客，不得超过十五桌.)
    // A ban on a traditional custom (禁止燃放烟花爆竹, 禁止焚烧纸钱, 不准搭灵棚) is the same limit, ceremony named or not.
    let ceremonyOrCustom: (Token) -> Bool = { $0.lex == .topic(.ceremony) || $0.lex == .topic(.custom) }
    // (提倡 in another clause does not soften a clause with a hard word of its own: 提倡丧事简办，停灵不得超过三天.)
    let hardHere = ts.contains { $0.lex == .negator || $0.lex == .topic(.limit) } && !ts.contains { $0.lex == .soft }
    if !soft || hardHere, lawfulAt == nil, sTopic(.ceremony) || sTopic(.custom), let cer = ts.first(where: ceremonyOrCustom) ?? all.first(where: ceremonyOrCustom),
       sTopic(.ceremony) && (ts.contains(where: { $0.lex == .topic(.limit) }) || cHas("超过") && (Self.goodsIn(c) || Self.amountIn(c) || Self.quantityIn(c, units: "天日辆人个")))
        // (A ban bound to a place and no ceremony, 不得在村道燃放烟花爆竹, is a safety rule of that place.)
        // (Not a negation that governs an honour before the custom, 不得参评文明户：（一）燃放烟花爆竹的: the custom is its case.)
        || ts.contains(where: { tok in ceremonyOrCustom(tok) && (negatorAt.map { n in n < tok.start && !ts.contains { $0.lex == .object(.honours) && $0.start > n && $0.start < tok.start } } == true
                                                                   || bareBan.contains(tok.start)) })
          && (sTopic(.ceremony) || !cHas("在")),
       !inSentence({ $0 == .lawful }),
       // (Fire prevention in forests and hills, 不得在林区烧纸焚香: a safety rule the law sets, 森林防火条例.)
       !["防火", "林区", "火灾", "禁火", "消防", "野外用火", "火险"].contains(where: { memo.has($0) }),
       // (Also burning in the hills, 禁止在山林中焚烧纸钱 — not a burial there, 严禁在山林内土葬, which is the custom.)
       !(["山林", "林中", "林地", "山上"].contains(where: { memo.has($0) }) && ["焚烧", "烧纸", "点火", "用火", "烧香"].contains(where: { memo.has($0) })),
       // (Nor a rule of the road, 不得在公共道路上搭设灵棚妨碍通行: the road's, whatever is set up on it.)
       !["妨碍通行", "影响通行", "占道", "占用道路", "公共道路"].contains(where: { cHas($0) }),
       // (An official or mediator barred from gifts and dinners, 不得收受当事人的财物或者接受宴请: integrity, not a custom.)
       !(["收受", "接受宴请", "吃请", "索要"].contains(where: { memo.has($0) }) && ["当事人", "调解员", "工作人员", "干部", "委员"].contains(where: { memo.has($0) })) {
      return (.customReform, cer)
    }
    // A threshold of a body whose threshold the statute sets (村民会议, 村民代表会议, 居民会议), or of the villagers at large.
    // Every household or villager needed to agree (须有本组全部农户户主签字同意, 少一户签字就不调整): a unanimity the statute
    // does not ask for (土地承包法第二十八条、第五十二条: two thirds), so a matter may never be decided.
    if !soft, ["全部农户", "全部户主", "全体户主", "全部村民", "全体村民", "所有农户", "所有户主", "每一户", "每户都", "全部成员", "全体成员", "有一户不", "一户不签", "少一户", "缺一户"].contains(where: { cHas($0) }),
       negatorAt == nil || cHas("有一户不") || cHas("一户不签"), ["签字同意", "同意", "通过", "签字"].contains(where: { cHas($0) }), !["代表", "公示", "告知", "知晓", "享有", "参加", "出席"].contains(where: { cHas($0) }),
       // (A share of all of them, 全体成员的过半数同意, is no unanimity.)
       !["过半数", "半数", "分之", "以上", "多数", "成以上"].contains(where: { cHas($0) }) {
      return (.stricterThreshold, ts.first)
    }
    // A share of the villagers needed to propose a meeting above the statute's tenth (五分之一以上的村民联名).
    if ["联名", "签名", "提议"].contains(where: { memo.has($0) }), !memo.has("村民代表"), negatorAt == nil,
       // (村组法第二十一条: a tenth of the villagers; 城居法第九条: a fifth of the residents, a fifth of the households or a third
       // of the residents' groups — so 五分之一 of the residents is the statute's own figure.)
       ["四分之一以上的村民", "五分之一以上的村民", "三分之一以上的村民", "四分之一以上村民", "五分之一以上村民", "三分之一以上村民", "二分之一以上的村民"].contains(where: { cHas($0) })
        || !cHas("居民小组") && ["四分之一以上的居民", "三分之一以上的居民", "二分之一以上的居民"].contains(where: { cHas($0) }) {
      return (.stricterThreshold, ts.first)
    }
    if memo.has("组成人员") && cHas("三分之二") { return nil }
    if let th = topic(.threshold), ["村民会议", "村民代表会议", "居民会议", "全体村民", "村民三分之二", "村民过半数", "到会", "村民总数", "居民总数", "户代表", "全体代表", "代表总数", "成年居民", "成年村民"].contains(where: { memo.has($0) })
         || (memo.has("全体") || memo.has("全组") || memo.has("全村")) && (memo.has("村民") || memo.has("居民") || memo.has("选民"))
         // (A charter's own amendment or the households' representatives, counted over all of them, 全体户代表的四分之三: not over those present.)
         || ["户代表", "村民代表", "自治章程", "村规民约", "章程"].contains(where: { memo.has($0) }) && memo.has("全体"),
       ["决定", "通过", "同意", "召开", "参加", "出席", "到会", "法定人数", "修改", "赞成", "到场", "举行", "实施", "议事", "到齐"].contains(where: { memo.has($0) }),
       // (村组法第二十二条's quorum restated, 应当有本村十八周岁以上村民的过半数参加: the statute, not a stricter rule.)
       !(cHas("过半数") && (memo.has("参加") || memo.has("出席")) && !memo.has("同意") && !memo.has("赞成")),
       !(memo.has("的户") || memo.has("户的代表")) || !memo.has("三分之二"),
       // (Land matters the statute itself puts at two thirds, 土地承包法第五十二条: a restatement, unless the share is higher.)
       !["承包", "集体经济组织", "土地补偿", "征地补偿", "补偿费"].contains(where: { memo.has($0) }) || !cHas("三分之二") && !cHas("过半数"),
       !["村民代表应当占", "妇女", "党员", "业主"].contains(where: { memo.has($0) }),
       !memo.has("三分之二以上的组成人员") && !memo.has("组成人员三分之二以上") {
      return (.stricterThreshold, th)
    }
    // A person named in public: a name or flat number published, 曝光, or a blacklist spread on the village chat.
    // Naming is a sanction only on conduct (拒不参加整治的人员名单): a list of recipients put up for scrutiny is a duty.
    // (A sentence that says whom it does not name, 照片不拍摄人脸和门牌, 不写业主姓名, limits its own naming.)
    let namesNoOne = all.contains { $0.scoped && ($0.lex == .topic(.naming) || $0.lex == .topic(.personalInfo)) }
    // (The named described by a fault — 不达标户的户主姓名, 欠缴物业费的房号, 不赡养老人户名单 — is naming for conduct too.)
    let namedForFault = personNamed && ["不达标", "不合格", "欠缴", "欠费", "未按时", "拖欠", "不赡养", "违反", "违规", "违章", "不文明", "未缴", "拒不", "乱",
      // (The worst of a rating, 最差三户, 倒数三名: named for how they did.)
      "最差", "倒数", "末位", "最脏", "排名靠后", "不管不顾", "黑榜", "曝光栏", "警示榜", "曝光台", "后进户", "后进"].contains { memo.has($0) }
    // (A roll of honour names people for good conduct: 在光荣榜上写明文明户的户主姓名.)
    let honourRoll = !namedForFault && ["光荣榜", "红榜", "表彰", "先进", "模范", "评为", "星级", "文明户", "好人", "最美"].contains { memo.has($0) }
    if !inSentence({ $0 == .protect }), !namesNoOne, !honourRoll, negatorAt == nil, personNamed && (violation || namedForFault) || !personNamed && !memo.has("事实") && !memo.has("如实") {
      // (公示 is also the notice measure's word: a notice that names the person at fault is the naming.)
      if let nm = topic(.naming) ?? (topic(.publish) != nil && personNamed ? topic(.publish) : nil) ?? (namedForFault && Self.publishIn(c) ? ts.first : nil),
         sTopic(.publish) || cHas("曝光") || cHas("公开谴责") || namedForFault && Self.publishIn(c) { return (.blacklistNaming, nm) }
      if cHas("黑榜") && (memo.has("微信群") || memo.has("广播")) { return (.blacklistNaming, nil) }
    }
    if let f = found { return (f, measureTok) }
    return nil
  }
}
