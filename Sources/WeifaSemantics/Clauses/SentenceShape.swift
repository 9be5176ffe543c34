import WeifaBase

/// The shape of a sentence that sanctions conduct (issue 12, round six): which part states the conduct and which
/// clauses state what follows it. Real charters say a sanction in a few shapes whatever words they use:
///
/// - an opener: 「严禁偷盗，违者……」「否则……」「如有违反，……」「一经发现，……」 (also opening the next sentence:
///   「严禁……。违者……。」);
/// - a condition that states a fault: 「乱扔垃圾的，……」「拒不拆除违建的户，……」「对不赡养老人的子女，……」;
/// - whoever: 「谁家的狗咬了人，……」「哪家不交卫生费，就……」.
///
/// What follows is read against the closed list of what a charter may do about conduct (LAW.md §9.5 and §6: 批评教育,
/// 责令改正, civil remedies, 取消评先评优, 如实通报, 移交有关部门, the village's own procedure — the 指导意见's
/// 「不得滥用强制处罚」): a consequence clause that says none of them, and no measure the analysis names, is a measure
/// the law does not give a charter (`Measure.unauthorised`). The list is of what is lawful, which is short and set by
/// law; what is unlawful is every other thing a village can think of doing to a person.
struct SentenceShape {
  /// The consequence clauses (scalar ranges, an opener's clause from after the opener word).
  var consequences: [Range<Int>]

  /// The shape of the sentence whose clauses are `bounds`, or nil when it sanctions no conduct.
  static func read(_ t: ClauseText, _ bounds: [Range<Int>]) -> SentenceShape? {
    guard !bounds.isEmpty else { return nil }
    func endsInCondition(_ b: Range<Int>) -> Bool { Self.endsInCondition(t, b) }
    for (k, b) in bounds.enumerated() {
      // An opener at the clause's start (after 对, 凡, 如): what follows it is the consequence.
      if let n = ClauseAnalysis.prefixLength(t, b, Self.openers) {
        var cs = [Range<Int>]()
        // (违反本约情节严重的，移送……: an opener that is itself a condition is followed by the consequence.)
        // (对违反…的处理结果，: 对 introduces what the sentence is about; its consequences are the clauses after.)
        // (Nor a matter described by a 的-phrase, 违反本规约经村委会处理的事项，: the sentence's subject.)
        if b.lowerBound + n < b.upperBound - 1, !endsInCondition(b), !endsInDescribedNoun(t, b), t.scalars[b.lowerBound] != 0x5BF9 /* 对 */ { cs.append((b.lowerBound + n)..<b.upperBound) }
        cs += bounds[(k + 1)...].filter { !endsInCondition($0) }
        return cs.isEmpty ? nil : SentenceShape(consequences: cs)
      }
      guard k + 1 < bounds.count else { break }
      // (A verse line that states a fault without 的, 三遍不听掏腰包，一回交上五十元: the lines after it follow the fault.)
      // (Only where what follows names a sum: 一回不听讲两回 goes on persuading.)
      if b.count <= 8, ClauseAnalysis.scalarsContain(t, b, Self.verseFaults), !ClauseAnalysis.scalarsContain(t, b, Self.goodConduct),
         let last = bounds.last, ClauseAnalysis.hasAmount(t, bounds[k + 1].lowerBound..<last.upperBound) {
        let cs = bounds[(k + 1)...].filter { !endsInCondition($0) }
        if !cs.isEmpty { return SentenceShape(consequences: cs) }
      }
      // Whoever (谁…，就…; 哪家…，…).
      // (凡是/但凡 also states a scope, 凡是本公约没有写到的: whoever only with a fault.)
      if ClauseAnalysis.prefixLength(t, b, Self.whoever) != nil,
         !(t.scalars[b.lowerBound] == 0x51E1 /* 凡 */ || t.scalars[b.lowerBound] == 0x4F46 /* 但 */) || ClauseAnalysis.scalarsContain(t, b, Self.faults) {
        return SentenceShape(consequences: bounds[(k + 1)...].filter { !endsInCondition($0) })
      }
      // A condition stating a fault, or 对 + a fault (对偷盗的人，).
      let opensWithDui = t.scalars[b.lowerBound] == 0x5BF9 /* 对 */
      if endsInCondition(b) || opensWithDui && (t.scalars[b.upperBound - 1] == 0xFF0C || t.scalars[b.upperBound - 1] == 0x2C),
         ClauseAnalysis.scalarsContain(t, b, Self.faults), !ClauseAnalysis.scalarsContain(t, b, Self.goodConduct) {
        let cs = bounds[(k + 1)...].filter { !endsInCondition($0) }
        if !cs.isEmpty { return SentenceShape(consequences: cs) }
      }
    }
    return nil
  }

  /// Whether clause `b` is a condition: it ends in …的，or …者，, or in a person described by a 的-phrase (…的户，…的人，
  /// …的子女，…的村民，; not …的处理结果，).
  /// Whether clause `b` ends in a noun described by a 的-phrase (…处理的事项，…的处理结果，): 的 among its last four
  /// characters before the comma.
  static func endsInDescribedNoun(_ t: ClauseText, _ b: Range<Int>) -> Bool {
    guard b.count >= 4 else { return false }
    let last = t.scalars[b.upperBound - 1]
    guard last == 0xFF0C || last == 0x2C else { return false }
    return (b.upperBound - 5..<b.upperBound - 1).contains { $0 >= b.lowerBound && t.scalars[$0] == 0x7684 /* 的 */ }
  }

  static func endsInCondition(_ t: ClauseText, _ b: Range<Int>) -> Bool {
    guard b.count >= 3 else { return false }
    let last = t.scalars[b.upperBound - 1]
    guard last == 0xFF0C || last == 0x2C else { return false }
    let end = t.scalars[b.upperBound - 2]
    if end == 0x7684 /* 的 */ || end == 0x8005 /* 者 */ { return true }
    return Self.personEnds.contains(end)
      && (b.upperBound - min(b.count, 7)..<b.upperBound - 1).contains { t.scalars[$0] == 0x7684 /* 的 */ }
  }

  /// Whether consequence clause `c` says something a charter may do about conduct (the closed list), or says
  /// nothing done to anyone (a time, a purpose: 直到改正为止, 以免外出惹事).
  static func saysLawfulOrNothing(_ t: ClauseText, _ c: Range<Int>) -> Bool {
    var lo = c.lowerBound, hi = c.upperBound
    // A clause that announces a list (采取下列处理措施：) names its measures in the items that follow; they are read there.
    if hi > lo, t.scalars[hi - 1] == 0xFF1A || t.scalars[hi - 1] == 0x3A { return true }
    while lo < hi, Self.isPunctuation(t.scalars[hi - 1]) { hi -= 1 }
    while lo < hi, Self.isPunctuation(t.scalars[lo]) { lo += 1 }
    if hi - lo < 2 { return true }
    // (A case, not a consequence: a clause ending in 的 or 者 — the last item of a list, （三）参与赌博的 — or an item.)
    if t.scalars[hi - 1] == 0x7684 /* 的 */ || t.scalars[hi - 1] == 0x8005 /* 者 */ { return true }
    if t.scalars[lo] == 0xFF08 /* （ */ || t.scalars[lo] == 0x28 /* ( */ { return true }
    let r = lo..<hi
    if Self.isPointsScore(t, r) { return true }
    if ClauseAnalysis.prefixLength(t, r, Self.neutralOpeners) != nil { return true }
    // A clause that denies or withholds with a bare 不 (不搞连坐, 不锁车, 本年度不参评, 村里不扣押其货物): what it
    // withholds is read by the words of the analysis, not here.
    if r.contains(where: { t.scalars[$0] == 0x4E0D && !($0 > r.lowerBound && t.scalars[$0 - 1] == 0x62D2 /* 拒 */) }) { return true }
    // (莫 as 不: 莫要自己动手打人 forbids, 切莫.)
    if r.contains(where: { t.scalars[$0] == 0x83AB /* 莫 */ }) { return true }
    return ClauseAnalysis.scalarsContain(t, r, Self.lawful)
  }

  /// A score in the village's own points scheme (积分制): 扣/减/加 then a count of 分 (扣五分, 每次扣10分, 再扣十分).
  static func isPointsScore(_ t: ClauseText, _ r: Range<Int>) -> Bool {
    var i = r.lowerBound
    while i < r.upperBound {
      let u = t.scalars[i]
      if u == 0x6263 /* 扣 */ || u == 0x51CF /* 减 */ || u == 0x52A0 /* 加 */ {
        var j = i + 1
        while j < r.upperBound, Self.isCount(t.scalars[j]) { j += 1 }
        if j > i + 1, j < r.upperBound, t.scalars[j] == 0x5206 /* 分 */ { return true }
      }
      i += 1
    }
    return false
  }

  static func isCount(_ u: UInt32) -> Bool {
    (u >= 0x30 && u <= 0x39) || "一二两三四五六七八九十百".unicodeScalars.contains { $0.value == u }
  }

  static func isPunctuation(_ u: UInt32) -> Bool {
    u == 0xFF0C || u == 0x2C || u == 0x3002 || u == 0xFF1B || u == 0x3B || u == 0x3001 || u == 0xFF01 || u == 0xFF1F || u == 0x20 || u == 0x3000
  }

  /// The last character of a word for a person or household (人, 户, 民, 员, 主, 家, 女, 年, 商, 方, 属, 客, 工, 长).
  static let personEnds: Set<UInt32> = Set("人户民员主家女年商方属客工长子孙妇".unicodeScalars.map(\.value))

  /// Words that open a consequence (a clause that starts with one sanctions the conduct said before it).
  static let openers = ClauseAnalysis.scalarWords([
    "违者", "违反者", "违反的", "违反本", "违反此", "违反上述", "违背者", "违约者", "违规者", "否则", "如有违反", "如违反", "凡违反", "若有违反", "若违反",
    "一经发现", "一经查实", "经查实", "一旦发现", "发现一次", "对违反", "对违者", "对违规", "屡教不改的", "不听劝阻的", "拒不改正的", "经劝阻",
  ])
  /// Whoever: a clause that opens with one states the conduct of a person not named.
  static let whoever = ClauseAnalysis.scalarWords(["谁", "哪家", "哪户", "哪个", "哪位", "哪一户", "凡是", "但凡"])
  /// A fault: what a condition must state to be conduct the rest sanctions (not a case: 建房的, 年满七十周岁的).
  static let verseFaults = ClauseAnalysis.scalarWords(["不听", "不改", "不交", "不缴", "不拆", "不清", "再犯", "屡犯", "拒不"])
  static let faults = ClauseAnalysis.scalarWords([
    "违反", "违背", "违规", "违章", "违约", "违法", "违建", "违村规", "违规约", "违公约", "闹得", "失信", "“差”", "信用差", "啃了", "糟蹋", "踩坏", "擅自", "私自", "私搭", "私建", "私挖", "私拉", "乱", "偷", "盗", "窃", "抢劫", "抢夺", "诈骗", "骗取", "赌", "吸毒",
    "拒不", "拒绝", "不听", "不服", "不配合", "不遵守", "不守", "不履行", "不执行", "不按", "不交", "不缴", "拒交", "拖欠", "欠缴", "欠交", "欠费", "欠债", "欠款",
    "未经", "逾期", "破坏", "损坏", "毁", "砍伐", "焚烧", "污染", "侵占", "霸占", "打架", "斗殴", "殴打", "酗酒", "闹事", "滋事", "寻衅", "辱骂", "谩骂",
    "虐待", "遗弃", "不赡养", "不孝", "冒犯", "顶撞", "造谣", "诽谤", "屡教不改", "不参加", "不参与", "未参加", "缺席", "不文明", "损害", "伤害", "咬伤",
    "咬了", "恶意", "无理", "占用", "搭建", "不清理", "不打扫", "不整改", "不拆除", "不改正", "不听劝", "不出工", "不到场", "不出席", "放任", "纵容",
  ])
  /// The closed list of what a charter may do about conduct (LAW.md §9.5's lawful row, §6's 批评教育 and 合理的处理方式):
  /// education and correction, civil remedies, the village's own honours and rewards, a notice of facts, referral to
  /// the authorities, and the village's own procedure (talking, reminding, recording, mediating, deciding by a meeting).
  static let lawful = ClauseAnalysis.scalarWords([
    // What announces the measures listed after it, or weighs them, and names none itself.
    "下列", "以下", "如下", "视情节", "情节轻重",
    // A guardian's duty of care (大人要管紧, 看好自家孩子) and a measure taken up again once the conduct mends (表现好了再报).
    "管紧", "管好", "看好", "看管好", "表现好了", "改正后", "整改后", "再报", "再评", "重新评", "照样能评", "照常评", "先不评",
    // A circumstance said in a clause of its own (村干部碰到了，先把孩子送回家): when, not what is done.
    "碰到了", "遇到了", "看到了", "碰见了",
    // A child taken home to its parents: care, not a sanction.
    "送回家", "带回家", "送回其家",
    // Talking it through (跟家长把道理讲透, 讲清楚): education.
    "讲透", "讲清楚", "讲道理", "把道理讲",
    // Procedure: a report to the village's bodies, a petition of the electorate (村组法16).
    "报居民", "报村民", "报告", "提请", "提议", "召开", "讨论", "联名", "提出罢免", "要求罢免",
    // Education and correction.
    "批评", "教育", "劝", "说服", "责令", "督促", "改正", "纠正", "整改", "提醒", "提示", "警示", "约谈", "谈话", "谈心", "帮教", "帮扶", "沟通", "上门", "说明",
    "解释", "协调", "思想工作", "做工作", "催告", "催缴", "催交", "催收", "告知", "书面通知", "限期",
    // Civil remedies (民法典179).
    "赔偿", "赔付", "恢复", "修复", "修缮", "补种", "补栽", "补植", "清除", "清理", "清运", "拆除", "排除", "消除", "停止侵害", "退还", "返还", "归还", "支付",
    "补交", "补缴", "补办", "承担", "负责", "看病", "医药费", "损失", "道歉", "赔礼", "还清", "偿还",
    // (Repair done for the one liable and its cost claimed back from them: 村集体可以先行修好，费用依法向施工方追偿.)
    "修好", "修理", "维修", "追偿", "代为修", "代为清", "代为恢复", "先行修",
    // Honours and the village's own rewards.
    "评先", "评优", "文明户", "荣誉", "称号", "星级", "奖励", "表彰", "评比", "评选", "积分",
    // A notice of facts and records.
    "通报", "公示", "公布", "红黑榜", "记录", "记入", "登记", "备案", "档案",
    // Referral (行政处罚法17) and the courts.
    "移交", "移送", "报告", "报请", "报警", "报案", "依法", "公安", "派出所", "法院", "有关部门", "主管部门", "职能部门", "执法", "司法", "追究", "起诉",
    "诉讼", "仲裁", "调解", "通知",
    // The village's own procedure.
    "协商", "制止", "劝阻", "劝离", "核实", "调查", "听取", "答复", "受理", "审核", "审议", "讨论", "表决", "决定", "研究", "监督",
    // Asking and explaining (请其挪走, 讲清隐患, 令其熄灭火源), recording the facts (拍照留存, 保护现场), telling the police.
    "请其", "请他", "讲明", "讲清", "讲解", "令其", "拍照", "留存", "反馈", "取证", "现场", "立案", "上报", "民警", "警方", "110", "举报", "依照", "党章", "党纪",
    "追回", "赔", "费用", "自理", "收回",
    // A limit on whom the measures reach (只对行为人本人), a protection (为举报人保密).
    "只对", "仅对", "只针对", "仅针对", "仅限", "保密",
    // An order to stop the harm (书面要求其立即停工: 停止侵害), a record kept for reference (以备查询).
    "要求其", "书面要求", "停工", "以备", "备查", "查询", "案由", "公开", "如实",
    // The village's own honours and rewards, whatever they are called (模范, 示范户, 最美, 之星; 奖金, 优先安排培训).
    "模范", "示范", "先进", "标兵", "之星", "最美", "优秀", "文明", "评定", "评为", "推荐", "候选", "奖", "优先", "培训",
  ])
  /// A condition that states good conduct (主动拆除违建的, 自己动手拆掉违章棚子的): no fault, whatever it names.
  static let goodConduct = ClauseAnalysis.scalarWords(["主动", "自觉", "积极", "自己动手", "自愿", "及时"])
  /// Clauses that say when or why, not what is done (直到改正为止, 以免, 以便, 确保).
  /// (A duty of the actor, 应当自行退让, 须恢复原状, is a remedy the actor owes, not something done to them.)
  static let neutralOpeners = ClauseAnalysis.scalarWords(["直到", "直至", "以免", "以便", "以防", "确保", "为了", "为此", "并确保",
                                                           "应当", "应", "须", "必须", "要", "需", "自行", "并应当", "并须",
                                                           // (A limit on what is said or done: 只写案由和处理机关.)
                                                           "只写", "只公布", "仅写", "仅公布", "不写"])
}

extension ClauseAnalysis {
  /// The length of the first of `words` that clause `b` opens with (after 对, 凡, 如 or 若), or nil.
  static func prefixLength(_ t: ClauseText, _ b: Range<Int>, _ list: ScalarWords) -> Int? {
    let words = list.words
    for skip in 0...1 {
      let from = b.lowerBound + skip
      if skip == 1 && !(from - 1 < b.upperBound && [0x5BF9, 0x51E1, 0x5982, 0x82E5].contains(t.scalars[from - 1]) /* 对凡如若 */) { break }
      for w in words where from + w.count <= b.upperBound {
        var ok = true
        for (j, u) in w.enumerated() where t.scalars[from + j] != u { ok = false; break }
        if ok { return skip + w.count }
      }
    }
    return nil
  }
}

/// A status said by the shape of a condition clause rather than by a listed word (issue 12, round six): a number of
/// children (a numeral before 孩, 胎, 个孩子, 个子女; 生育 in the condition), a marriage (嫁, 婚, 婿, 赘, 寡, 丧偶 in the
/// condition; a household without sons, 没有儿子, 无男孩, 纯女户), where someone lives (未/不/没 before 在村, 回村,
/// 居住, 常住; a home bought in town, 城里买房, 县城购房).
enum StatusShape {
  static func condition(_ t: ClauseText, _ b: Range<Int>) -> Condition? {
    let u = t.scalars
    var i = b.lowerBound
    while i < b.upperBound {
      let x = u[i]
      // A numeral before 孩/胎 or 个孩子/个子女/个小孩.
      if ClauseAnalysis.isNumeral(x) || x == 0x4E24 /* 两 */ {
        var j = i + 1
        if j < b.upperBound, u[j] == 0x4E2A /* 个 */ { j += 1 }
        if j < b.upperBound, [0x5B69 /* 孩 */, 0x80CE /* 胎 */, 0x5B50 /* 子 */, 0x5C0F /* 小 */, 0x5A03 /* 娃 */].contains(u[j]),
           j + 1 >= b.upperBound || u[j] != 0x5B50 || u[j + 1] == 0x5973 /* 子女 */ {
          // (Not 两个小组, 三个子项: 小 and 子 only before 孩 or 女.)
          if u[j] == 0x5C0F { if j + 1 < b.upperBound, u[j + 1] == 0x5B69 { return .familyPlanning } } else { return .familyPlanning }
        }
      }
      i += 1
    }
    if ClauseAnalysis.scalarsContain(t, b, familyPlanning) { return .familyPlanning }
    // A petition said by its parts: 反映 with what is raised (反映村干部问题的, 向纪委写信反映情况的).
    if ClauseAnalysis.scalarsContain(t, b, petitionVerbs), ClauseAnalysis.scalarsContain(t, b, petitionMatters) { return .petition }
    // (Or taken to the press or the internet, 向报社、电视台或者网络曝光本村事务: speaking out, 宪法第四十一条.)
    if ClauseAnalysis.scalarsContain(t, b, mediaWords), ClauseAnalysis.scalarsContain(t, b, mediaVerbs) { return .petition }
    if ClauseAnalysis.scalarsContain(t, b, marital) { return .marital }
    if ClauseAnalysis.scalarsContain(t, b, notLiving) { return .residence }
    return nil
  }
  static let familyPlanning = ClauseAnalysis.scalarWords(["生育", "多孩", "二孩", "三孩", "独生", "先育", "非婚生", "子女超过", "孩子超过", "子女多于", "超生"])
  static let petitionVerbs = ClauseAnalysis.scalarWords(["反映", "写信", "检举", "揭发", "控告", "申诉"])
  static let mediaWords = ClauseAnalysis.scalarWords(["报社", "电视台", "媒体", "记者", "网络", "网上", "微博", "抖音", "短视频"])
  static let mediaVerbs = ClauseAnalysis.scalarWords(["曝光", "反映", "投诉", "发帖", "爆料", "举报"])
  static let petitionMatters = ClauseAnalysis.scalarWords(["问题", "情况", "意见", "诉求", "干部", "纪委", "监委"])
  static let marital = ClauseAnalysis.scalarWords(["嫁", "离婚", "再婚", "结婚", "婚后", "婿", "入赘", "寡", "丧偶", "没有儿子", "无儿子", "没儿子", "无男孩", "没有男孩", "纯女户", "独女", "只有女儿"])
  static let notLiving = ClauseAnalysis.scalarWords(["未回村", "不回村", "没回村", "未在村", "不在村", "不在本村", "未在本村", "没在村", "未居住", "不居住", "不常住", "未常住",
                                                      "城里买房", "城里购房", "县城买房", "县城购房", "城镇买房", "城镇购房", "在城里", "在县城", "外出务工",
                                                      // The register moved away (把户口迁走的, 户口转出的; not 户口未迁出).
                                                      "户口迁走", "户口迁出", "户口转出", "户籍迁出", "迁走户口", "户口已迁", "户口都迁"])
}
