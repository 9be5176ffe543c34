import WeifaBase
import WeifaSyntax

/// Unlawful clauses (LAW.md §9.5). The structured sanction (后果) and condition are read first;
/// prose is read clause by clause, and a clause that negates the measure (不得罚款, 不设定罚款)
/// is lawful. Lawful measures — 批评教育, 取消当年评先评优资格, 通报, 红黑榜, 责令恢复原状, 赔偿损失,
/// 移交有关部门 — raise nothing.
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
  static let sanctionCues = ["违反", "擅自", "拒不", "未经", "私自", "屡教不改", "不服从", "拒绝", "违约", "违规", "其", "对", "拖欠", "欠缴", "不缴", "不交", "不按", "超出", "超过", "的，", "的,"]
  static let possessiveFree: Set<String> = ["连带", "株连", "孙辈", "三代以内", "血亲", "家庭其他成员"]

  static let negators = ["不得", "不准", "不能", "禁止", "严禁", "无权", "不设", "杜绝", "防止", "不予", "不收", "免收", "免费", "不搞", "不实行", "不采取", "反对", "无须"]

  package static let fine = code("WF6001", "unlawful-fine", .error, "规约设定了罚款或违约金", "the charter imposes a fine",
    what: "村规民约、居民公约和自治章程不是法律、法规、规章，村（居）民委员会也不是行政机关，无权设定或实施罚款、违约金等处罚（《中华人民共和国行政处罚法》第二条、第九条、第十六条）。七部门《关于做好村规民约和居民公约工作的指导意见》要求不得滥用强制处罚。",
    whatEn: "A charter is not a law, regulation or rule, and a village or residents' committee is not an administrative organ: it may not impose fines (Administrative Penalties Law arts. 2, 9, 16).",
    wrong: "第一条【燃放】 在村道燃放烟花爆竹的，处以罚款二百元。\n", right: "第一条【燃放】 在村道燃放烟花爆竹的，由村民委员会批评教育，并取消当年评先评优资格。\n",
    fix: "改为批评教育、取消当年评先评优资格、通报、责令恢复原状或赔偿损失等自治措施；需要处罚的，移交有关部门依法处理。",
    fixEn: "Use self-governance measures (批评教育, 取消评优, 通报, 责令恢复原状, 赔偿损失) and refer punishable acts to the authorities.",
    basis: "《中华人民共和国行政处罚法》第二条、第九条、第十六条")

  package static let confiscation = code("WF6002", "unlawful-confiscation", .error, "规约设定了没收财物", "the charter confiscates property",
    what: "没收违法所得、没收非法财物是行政处罚（《中华人民共和国行政处罚法》第九条），规约无权设定。",
    whatEn: "Confiscation is an administrative penalty (Administrative Penalties Law art. 9); a charter cannot set it.",
    wrong: "第一条【赌博】 聚众赌博的，没收赌资。\n", right: "第一条【赌博】 发现聚众赌博的，及时报告公安机关依法处理。\n",
    fix: "删除没收，改为移交有关部门依法处理。", fixEn: "Remove it; refer the matter to the authorities.",
    basis: "《中华人民共和国行政处罚法》第九条")

  package static let freedom = code("WF6003", "restricts-personal-freedom", .error, "规约限制人身自由", "the charter restricts personal freedom",
    what: "公民的人身自由不受侵犯（《中华人民共和国宪法》第三十七条）；限制人身自由的处罚只能由法律设定、由公安机关等执行（《中华人民共和国行政处罚法》第十条、第十八条）。扣留、关押、禁闭、游街示众都不得写入规约。",
    whatEn: "Personal freedom is inviolable (Constitution art. 37); only law may restrict it (Administrative Penalties Law arts. 10, 18).",
    wrong: "第一条【偷盗】 偷盗集体财物的，由治保会扣留至赔偿为止。\n", right: "第一条【偷盗】 偷盗集体财物的，责令赔偿损失，并移交公安机关依法处理。\n",
    fix: "删除，改为移交公安机关依法处理。", fixEn: "Remove it; refer to the police.",
    basis: "《中华人民共和国宪法》第三十七条；《中华人民共和国行政处罚法》第十条、第十八条")

  package static let utilities = code("WF6004", "cuts-utilities", .error, "规约以停水停电作为处理措施", "the charter cuts water or power as a sanction",
    what: "停水、停电要依照国家规定的程序（《中华人民共和国民法典》第六百五十四条），不能作为村（居）规约的处理措施。",
    whatEn: "Supply may be cut only by the procedures of the Civil Code (art. 654), never as a charter sanction.",
    wrong: "第一条【卫生费】 拒不参加卫生保洁的，停水停电。\n", right: "第一条【卫生费】 拒不参加卫生保洁的，由村民小组劝导，并在公开栏通报。\n",
    fix: "删除，改为劝导、通报等措施。", fixEn: "Remove it; use persuasion or a notice.",
    basis: "《中华人民共和国民法典》第六百五十四条")

  package static let benefits = code("WF6005", "takes-statutory-benefit", .error, "规约取消了法定的社会救助或保障待遇", "the charter takes away a statutory benefit",
    what: "最低生活保障等社会救助由县级人民政府民政部门审批、停发（《社会救助暂行办法》第十一条、第十三条），村（居）民委员会只协助，规约不能取消。",
    whatEn: "Minimum living allowances are granted and stopped by county civil affairs departments (Interim Measures on Social Assistance arts. 11, 13); a charter cannot take them away.",
    wrong: "第一条【赡养】 不赡养老人的，取消其家庭低保。\n", right: "第一条【赡养】 不赡养老人的，由村民委员会批评教育，并由人民调解委员会调解。\n",
    fix: "删除；对不履行义务的行为采用自治措施。", fixEn: "Remove it; use self-governance measures.",
    basis: "《社会救助暂行办法》第四条、第十一条、第十三条")

  package static let women = code("WF6006", "women-rights-deprived", .error, "因婚姻状况或性别剥夺妇女及其子女的集体权益", "women or their children lose collective rights for marriage or sex",
    what: "不得以妇女未婚、结婚、离婚、丧偶、户无男性等为由，侵害妇女在农村集体经济组织中的各项权益；因结婚男方到女方住所落户的，男方和子女享有平等的权益（《中华人民共和国妇女权益保障法》第五十五条、第五十六条）。承包期内妇女结婚、离婚、丧偶的，发包方不得收回其原承包地（《中华人民共和国农村土地承包法》第三十一条）。",
    whatEn: "Women's collective rights may not be cut for being unmarried, married, divorced, widowed or in a household without men (Women's Rights Law arts. 55, 56; Rural Land Contracting Law art. 31).",
    wrong: "第一条【分配】 出嫁女不享受本村集体收益分配。\n", right: "第一条【分配】 妇女不因结婚、离婚、丧偶而丧失本村集体收益分配的权利。\n",
    fix: "删除该限制；写明妇女享有平等的权益。", fixEn: "Remove the restriction; state equal rights.",
    basis: "《中华人民共和国妇女权益保障法》第五十五条、第五十六条；《中华人民共和国农村土地承包法》第三十一条；《中华人民共和国农村集体经济组织法》第十八条")

  package static let relatives = code("WF6007", "punishes-relatives", .error, "规约因一人的行为处理其家属", "the charter punishes relatives for someone else's act",
    what: "责任自负：一人违反规约，不能因此取消其子女、配偶、家属的待遇或入学等权利（《中华人民共和国宪法》第四十六条保障受教育的权利）。",
    whatEn: "Liability is personal: relatives may not lose benefits or schooling for another's act (Constitution art. 46).",
    wrong: "第一条【违建】 违章建房的，其子女不予办理入学证明。\n", right: "第一条【违建】 违章建房的，责令恢复原状，并移交有关部门依法处理。\n",
    fix: "只针对行为人本人，采用自治措施。", fixEn: "Address the person who acted, with self-governance measures.",
    basis: "《中华人民共和国宪法》第四十六条")

  package static let marriage = code("WF6008", "restricts-marriage", .error, "规约限制婚姻自由", "the charter restricts the freedom of marriage",
    what: "婚姻自由受法律保护（《中华人民共和国宪法》第四十九条；《中华人民共和国民法典》第一千零四十一条、第一千零四十二条）。规约不能限制与谁结婚、何时结婚，或为结婚设定条件。（禁止包办、买卖婚姻和借婚姻索取财物是合法的。）",
    whatEn: "Marriage is free (Constitution art. 49; Civil Code arts. 1041, 1042); a charter may not restrict whom or when one marries. (Banning arranged marriages and bride-price extortion is lawful.)",
    wrong: "第一条【婚嫁】 本村村民不得与外村人结婚。\n", right: "第一条【婚嫁】 提倡婚事新办，禁止借婚姻索取财物。\n",
    fix: "删除限制。", fixEn: "Remove the restriction.",
    basis: "《中华人民共和国宪法》第四十九条；《中华人民共和国民法典》第一千零四十一条、第一千零四十二条")

  package static let mediationFee = code("WF6009", "fee-for-free-service", .error, "规约对依法免费的调解收费", "the charter charges for free mediation",
    what: "人民调解委员会调解民间纠纷，不收取任何费用（《中华人民共和国人民调解法》第四条）。",
    whatEn: "People's mediation committees mediate free of charge (People's Mediation Law art. 4).",
    wrong: "第一条【调解】 申请调解的，每次缴纳调解费五十元。\n", right: "第一条【调解】 村民之间发生纠纷的，可以向人民调解委员会申请调解，调解不收取费用。\n",
    fix: "删除收费。", fixEn: "Remove the fee.", basis: "《中华人民共和国人民调解法》第四条")

  package static let repealed = code("WF6010", "repealed-law-cited", .error, "引用了已经废止的法律", "a repealed law is cited",
    what: "《民法典》自2021年1月1日起施行，《婚姻法》《继承法》《民法通则》《收养法》《担保法》《合同法》《物权法》《侵权责任法》《民法总则》同时废止（《中华人民共和国民法典》第一千二百六十条）。",
    whatEn: "Since 2021-01-01 the Civil Code replaces the Marriage, Succession, General Principles, Adoption, Guarantee, Contract, Property, Tort and General Provisions laws (Civil Code art. 1260).",
    wrong: "第一条【依据】 依据《中华人民共和国婚姻法》，倡导婚事新办。\n", right: "第一条【依据】 依据《中华人民共和国民法典》，倡导婚事新办。\n",
    fix: "改为引用《中华人民共和国民法典》的相应条文。", fixEn: "Cite the Civil Code instead.", basis: "《中华人民共和国民法典》第一千二百六十条")

  package static let vagueSanction = code("WF6011", "contested-sanction", .warning, "处理措施含糊或可能侵犯名誉", "a vague sanction, or one that may harm reputation",
    what: "「给予相应处罚」没有说明是什么处罚、由谁作出，村（居）委会又无处罚权；「公开谴责」「曝光」可能侵害名誉权（《中华人民共和国民法典》第一千零二十四条）。这些写法有争议，应当改为明确的合法措施。",
    whatEn: "“给予相应处罚” names no measure and no one empowered to take it; public condemnation may harm reputation (Civil Code art. 1024). Contested: state a clear lawful measure.",
    wrong: "第一条【黑榜】 三次进入黑榜的农户，给予相应处罚。\n", right: "第一条【黑榜】 三次进入黑榜的农户，取消当年评先评优资格。\n",
    fix: "写明具体的合法措施。", fixEn: "Name a specific lawful measure.", basis: "《中华人民共和国民法典》第一千零二十四条")

  package static let codes = [fine, confiscation, freedom, utilities, benefits, women, relatives, marriage, mediationFee, repealed, vagueSanction]

  static let patterns: [Pattern] = [
    Pattern(code: fine, words: ["罚款", "罚金", "违约金", "罚没", "罚放电影", "罚工", "罚粮", "罚其", "扣罚", "经济处罚", "罚钱"],
            exemptIfSentenceHas: authority, zh: "「%@」是罚款，规约无权设定", en: "“%@” is a fine, which a charter cannot impose",
            basis: [LegalCitation(law: Law.penalties, article: 16), LegalCitation(law: Law.penalties, article: 9)]),
    Pattern(code: confiscation, words: ["没收", "收缴", "扣押", "暂扣", "扣下", "充公", "收归集体", "归集体所有"], exemptIfSentenceHas: authority + ["土地归", "土地属于", "依法属于", "所有权"],
            needsSanctionCue: true, zh: "「%@」是没收或扣押财物，规约无权设定", en: "“%@” confiscates or seizes property", basis: [LegalCitation(law: Law.penalties, article: 9)]),
    Pattern(code: freedom, words: ["限制人身自由", "扣留", "关押", "拘禁", "禁闭", "游街", "示众", "看管", "留置", "不得外出", "禁止外出", "不得离开本村", "不得进入本村", "带至村部"],
            exemptIfSentenceHas: authority, zh: "「%@」限制人身自由", en: "“%@” restricts personal freedom",
            basis: [LegalCitation(law: Law.constitution, article: 37), LegalCitation(law: Law.penalties, article: 10)]),
    Pattern(code: utilities, words: ["停水", "停电", "断水", "断电", "供水", "供电", "用水", "用电", "自来水", "水阀", "电梯使用", "垃圾清运", "水电"],
            alsoNeeds: ["停", "断", "不予接通", "关闭", "不再为其提供", "不再提供", "拉闸", "暂停"],
            exemptIfSentenceHas: ["险情", "检修", "计划停电", "抢修", "供电部门", "供水单位", "通知", "公告", "应急", "不得以", "不得停", "不得断", "不得擅自停", "不得采取", "禁止采取", "不得用"],
            negatable: false, needsSanctionCue: true,
            zh: "以「%@」作为处理措施", en: "“%@” used as a sanction", basis: [LegalCitation(law: Law.civil, article: 654)]),
    Pattern(code: benefits, words: ["低保", "最低生活保障", "救助", "扶贫", "养老金", "养老保险", "医保", "医疗保险", "特困", "五保", "残疾人", "地力保护补贴", "粮食补贴"],
            alsoNeeds: ["取消", "停发", "停止", "不予", "扣发", "扣除", "不得申请", "不予受理", "不予办理"],
            exemptIfSentenceHas: ["民政", "依法决定", "县级人民政府", "不得取消", "不得停发", "不影响", "依法审批", "不得以"], negatable: false,
            zh: "规约不能取消或停发「%@」", en: "a charter cannot take away “%@”", basis: [LegalCitation(law: Law.relief, article: 11), LegalCitation(law: Law.relief, article: 13)]),
    Pattern(code: women, words: ["出嫁", "外嫁", "嫁出", "离婚", "丧偶", "入赘", "招婿", "户无男性", "已婚", "结婚后", "男到女家", "到女方"],
            alsoNeeds: ["不享受", "不得享受", "不再享受", "取消", "收回", "不分配", "不再分配", "不予分配", "不再享有", "不享有", "注销", "丧失", "减半", "不得参与",
                        "不参与", "不参加", "一律不予", "不予办理", "方可享受", "入户费"],
            exemptIfSentenceHas: ["不得以", "不因", "不得因", "平等", "同等", "不受影响", "不得取消", "不得收回", "不得剥夺", "保障", "不丧失"], negatable: false,
            zh: "因「%@」剥夺集体权益，违反男女平等", en: "collective rights cut for “%@”",
            basis: [LegalCitation(law: Law.women, article: 56), LegalCitation(law: Law.land, article: 31), LegalCitation(law: Law.collective, article: 18)]),
    Pattern(code: relatives, words: ["家属", "子女", "亲属", "家人", "家庭成员", "家庭其他成员", "配偶", "连带", "株连", "孙辈", "三代以内", "血亲", "父母"],
            alsoNeeds: ["取消", "不予", "停止", "处罚", "停发", "剥夺", "扣除", "不得享受", "不享受", "罚", "不得参加", "不出具", "代为", "偿还", "不得申请", "不得安排", "不得录用", "就业"],
            exemptIfSentenceHas: ["不株连", "不连带", "不得株连", "不涉及", "不影响", "不因", "不得以", "不追究", "出嫁", "外嫁", "离婚", "丧偶", "入赘", "招婿", "监护人"], negatable: false,
            needsPossessive: true, zh: "因他人的行为处理其「%@」", en: "“%@” sanctioned for another's act", basis: [LegalCitation(law: Law.constitution, article: 46)]),
    Pattern(code: marriage, words: ["结婚", "通婚", "婚嫁", "嫁娶", "婚姻", "婚事", "择配", "结亲", "婚配", "嫁人", "娶妻", "再嫁", "再婚", "嫁到", "离婚", "悔婚", "订婚", "彩礼", "同居"],
            alsoNeeds: ["不得与", "禁止与", "不准与", "须经", "须听", "须报", "方可", "不得早于", "不得外嫁", "不得自行", "父母之命", "长辈同意", "家族同意", "族中", "不得嫁",
                        "不得通婚", "不得再婚", "三年内不得", "双倍返还", "偿还", "利息", "分开居住", "批准", "同意后", "不予出具"],
            exemptIfSentenceHas: ["借婚姻", "包办", "买卖婚姻", "干涉", "法定婚龄", "婚姻自由", "自愿", "婚姻登记机关"], negatable: false,
            zh: "对「%@」设定限制或条件", en: "restrictions on “%@”", basis: [LegalCitation(law: Law.constitution, article: 49), LegalCitation(law: Law.civil, article: 1041)]),
    Pattern(code: mediationFee, words: ["调解费", "调解", "调处"], alsoNeeds: ["收费", "收取", "缴纳", "交纳", "费用", "调解费", "支付", "报酬", "茶水费", "误工补贴"],
            exemptIfSentenceHas: ["不收", "免费", "不得收", "免收", "不收取", "不负担", "不承担", "无需", "不需", "不用", "无偿", "不交", "不缴", "列支", "集体经济收入", "财政", "经费保障"],
            negatable: false, zh: "「%@」依法不收取任何费用", en: "“%@” is free by law", basis: [LegalCitation(law: Law.mediation, article: 4)]),
    Pattern(code: vagueSanction, words: ["给予相应处罚", "给予处罚", "予以处罚", "进行处罚", "相应处罚", "惩罚", "严惩", "按照村规处罚", "按村规处罚", "公开谴责", "曝光",
                                         "公开批判", "批斗", "不孝户", "挂牌示众", "黑牌", "张贴姓名", "张贴其姓名"],
            exemptIfSentenceHas: authority, zh: "「%@」含糊或可能侵犯名誉权", en: "“%@” is vague or may harm reputation", basis: [LegalCitation(law: Law.civil, article: 1024)]),
  ]

  /// A fine written with an amount: 罚五十元, 处以一百元, 缴纳二百元 for a breach.
  static let amountFineVerbs = ["罚", "处以", "缴纳", "交纳", "扣"]

  static func amountFine(_ sentence: Substring) -> Range<Substring.Index>? {
    let numerals = "零一二两三四五六七八九十百千万0123456789０１２３４５６７８９"
    var breach: Bool?
    for verb in amountFineVerbs {
      var from = sentence.startIndex
      while let r = sentence[from...].firstByteRange(of: verb) {
        let after = sentence[r.upperBound...].prefix(12)
        // The amount follows the verb closely and is money.
        if let first = after.first, numerals.contains(first) || verb == "缴纳" || verb == "交纳" || verb == "处以",
           let yuan = after.firstIndex(of: "元"), after[..<yuan].allSatisfy({ numerals.contains($0) || "至到每次桌人户的".contains($0) }),
           !after[..<yuan].isEmpty {
          if verb == "缴纳" || verb == "交纳" {
            // A fee is a fine only for a breach: 超出、违反 ….
            if breach == nil { breach = ["超出", "超过", "违反", "擅自", "拒不", "违规"].contains(where: { sentence.containsBytes($0) }) }
            guard breach == true else { from = r.upperBound; continue }
          }
          return r.lowerBound..<sentence.index(after: yuan)
        }
        from = r.upperBound
      }
    }
    return nil
  }

  /// A repealed law cited without 书名号: 根据婚姻法规定.
  static func bareRepealedLaw(_ sentence: Substring) -> (Range<Substring.Index>, String)? {
    for law in repealedLaws {
      guard let r = sentence.firstByteRange(of: law) else { continue }
      let before = sentence[..<r.lowerBound]
      if before.hasSuffix("《") || before.hasSuffix("民法典") { continue }
      if ["根据", "依据", "依照", "按照", "按"].contains(where: { before.hasSuffix($0) || before.hasSuffix($0 + "《") }) || sentence[r.upperBound...].hasPrefix("规定") || sentence[r.upperBound...].hasPrefix("第") {
        return (r, law)
      }
    }
    return nil
  }

  static let repealedLaws = ["民法通则", "物权法", "婚姻法", "合同法", "继承法", "担保法", "侵权责任法", "民法总则", "收养法"]

  package static func run(_ ctx: inout CheckContext) {
    let c = ctx.charter
    if c.isHigherLaw { return }
    // Structured sanctions first: a 后果 is a sanction, so no negation applies.
    for r in c.rules {
      for n in r.consequences {
        for p in patterns where p.code.id != women.id {
          if let w = p.words.first(where: { containsExact(n.name, $0) }), p.alsoNeeds.isEmpty || p.alsoNeeds.contains(where: { containsExact(n.name, $0) }) {
            ctx.report(p.code, n.span, zh: p.zh.replacingFirst("%@", w), en: p.en.replacingFirst("%@", w), basis: p.basis)
            break
          }
        }
      }
      structuredWomen(r, &ctx)
    }
    // Text fields say things too: a 职责 or 内容 can set a fee or a fine.
    // (A @禁止 describes what is forbidden: forbidding a fine is lawful, so it is not read.)
    for b in c.bodies { for role in b.roles { field(role.duties, in: role.span, &ctx) } }
    for r in c.rules where r.kind != .prohibition {
      field(r.act, in: r.span, &ctx)
      field(r.content, in: r.span, &ctx)
    }
    // Prose, clause by clause.
    for a in c.articles {
      for p in a.paragraphs {
        prose(p.span, &ctx)
        for i in p.items {
          prose(i.span, &ctx)
          for s in i.subitems { prose(s.span, &ctx) }
        }
      }
    }
    // Repealed laws.
    var seen = Set<Int>()
    for ref in c.references + c.basis {
      guard let d = ref.document, seen.insert(ref.span.lower).inserted else { continue }
      let bare = d.hasPrefix("中华人民共和国") ? String(d.dropFirst(7)) : d
      if repealedLaws.contains(bare) {
        ctx.report(repealed, ref.span, zh: "《\(d)》已于2021年1月1日废止", en: "《\(d)》 was repealed on 2021-01-01",
                   notes: [.init(zh: "帮助：改为引用《中华人民共和国民法典》的相应条文", en: "help: cite the Civil Code instead")],
                   basis: [LegalCitation(law: Law.civil, article: 1260)])
      }
    }
  }

  /// A benefit or right over collective goods whose condition excludes people by sex or marital status.
  private static func structuredWomen(_ r: Rule, _ ctx: inout CheckContext) {
    guard r.kind == .benefit || r.kind == .right else { return }
    let what = (r.content ?? "") + (r.act ?? "") + (r.head ?? "")
    guard ["土地", "承包", "分配", "分红", "收益", "补偿", "宅基地", "福利", "集体", "股"].contains(where: { containsExact(what, $0) }) else { return }
    let statusWords = ["婚", "嫁", "性别", "男性", "入赘", "丧偶"]
    let protected: Set<String> = ["出嫁", "外嫁", "离婚", "丧偶", "入赘", "女", "是", "已离婚"]
    func excludes(_ e: Expr, negated: Bool) -> (String, TextRange)? {
      switch e {
      case .and(let xs), .or(let xs): return xs.lazy.compactMap { excludes($0, negated: negated) }.first
      case .not(let x): return excludes(x, negated: !negated)
      case .compare(let n, let op, let v, let s) where statusWords.contains(where: { n.contains($0) }):
        let eq = (op == .eq) != negated
        let value = v.asName ?? ""
        return (eq ? !protected.contains(value) : protected.contains(value)) ? (n, s) : nil
      case .member(let n, let vs, let neg, let s) where statusWords.contains(where: { n.contains($0) }):
        let listed = Set(vs.compactMap(\.asName))
        let inclusive = neg == negated
        return (inclusive ? listed.isDisjoint(with: protected) : !listed.isDisjoint(with: protected)) ? (n, s) : nil
      case .ref(let n, let s) where statusWords.contains(where: { n.contains($0) }):
        return negated ? (n, s) : nil
      default: return nil
      }
    }
    for e in [r.subject, r.condition].compactMap({ $0 }) {
      if let (name, span) = excludes(e, negated: false) {
        ctx.report(women, span, zh: "「\(what)」的条件按「\(name)」排除了部分妇女", en: "the condition of “\(what)” excludes women by “\(name)”",
                   notes: [.init(zh: "注意：集体权益不得以未婚、结婚、离婚、丧偶、户无男性等为由区别对待", en: "note: collective rights may not depend on marital status or sex")],
                   basis: [LegalCitation(law: Law.women, article: 56), LegalCitation(law: Law.collective, article: 8)])
        return
      }
    }
  }

  /// Reads a text field of a directive as prose, where it stands in the directive's line.
  private static func field(_ text: String?, in span: TextRange, _ ctx: inout CheckContext) {
    guard let text, !text.isEmpty else { return }
    let line = ctx.file.text(span)
    guard let r = line.firstByteRange(of: text) else { return }
    let lower = span.lower + line[..<r.lowerBound].utf8.count
    prose(TextRange(lower, lower + text.utf8.count), &ctx)
  }

  private static func prose(_ range: TextRange, _ ctx: inout CheckContext) {
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
      for p in patterns {
        guard !reported.contains(p.code.id) else { continue }
        // Whether the sentence is exempt or lacks a sanction cue is asked only once a word is found.
        var applies: Bool?
        for w in p.words {
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
            let before = sentence[..<r.lowerBound]
            if negators.contains(where: { before.containsBytes($0) }) { continue }
          }
          report(p, r, w)
          break
        }
      }
      // Fines written as amounts, and repealed laws cited without 书名号.
      if !reported.contains(fine.id), let r = amountFine(sentence), !authority.contains(where: { sentence.containsBytes($0) }),
         !negators.contains(where: { sentence[..<r.lowerBound].containsBytes($0) }) || sentence[..<r.lowerBound].containsBytes("超出") {
        report(patterns[0], r, String(sentence[r]))
      }
      if !reported.contains(repealed.id), let (r, law) = bareRepealedLaw(sentence) {
        let lower = range.lower + text[..<r.lowerBound].utf8.count
        ctx.report(repealed, TextRange(lower, lower + law.utf8.count), zh: "「\(law)」已于2021年1月1日废止", en: "“\(law)” was repealed on 2021-01-01",
                   notes: [.init(zh: "帮助：改为引用《中华人民共和国民法典》的相应条文", en: "help: cite the Civil Code instead")],
                   basis: [LegalCitation(law: Law.civil, article: 1260)])
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

  private static func code(_ id: String, _ name: String, _ sev: Severity, _ zh: String, _ en: String, what: String, whatEn: String,
                           wrong: String, right: String, fix: String, fixEn: String, basis: String) -> DiagnosticCode {
    DiagnosticCode(id, name, sev, summary: .init(zh: zh, en: en), explanation: page(
      zh: "## 说明\n\(what)\n## 为什么\n违法的条款无效，乡镇人民政府应当责令改正（《中华人民共和国村民委员会组织法》第二十七条），还会损害村（居）民的合法权益。\n## 示例\n",
      en: "## What\n\(whatEn)\n## Why\nAn unlawful clause is void and the township must order it corrected (Villagers' Committees Law art. 27).\n## Example\n",
      wrong: wrong, right: right, fixZh: fix, fixEn: fixEn, basisZh: basis, basisEn: basis))
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
