import WeifaBase

/// The taxonomy of measures a charter clause can set (LAW.md §5, §5a, §9.5), each with its
/// legal basis, its standing (unlawful, contested, lawful), a plain reason a villager can follow
/// and a lawful rewrite. `ClauseAnalysis` classifies each clause's consequence into one of these;
/// the legality checks (WF6xxx) report them.
package enum Measure: String, CaseIterable, Sendable {
  // Unlawful: a charter may not set them.
  case fine, penaltyInKind, confiscation, liberty, dignity, personalInformation, utilitiesCut, statutoryBenefit, landTaken, collectiveRightsTaken
  case womenRights, familyPlanning, petition, residenceOrigin, thirdParty, marriage, serviceConditioning
  case electionNarrowing, recall, incompatibleOffice, officeTermination, publicFee, mediationFee, propertyControl, vague
  /// A consequence of conduct that is none of the measures a charter may take (`SentenceShape`): the law gives a
  /// charter 批评教育, correction, civil remedies, its own honours, a notice of facts and referral, nothing else.
  case unauthorised
  // Contested: a warning that states both sides.
  case ownWelfare, dividend, penaltyClause, stricterThreshold, customReform, petitionOrder, deposit, blacklistNaming, petLimit
  /// A near relative of the party secretary (not, as the clause reads, of a committee member) on the supervisory body:
  /// unlawful only where the secretary also sits on the committee (一肩挑), which the text does not say.
  case officeOverlap
  // Lawful: within self-governance.
  case education, civilRemedy, honours, notice, referral, reward

  package enum Standing: Sendable { case unlawful, contested, lawful }

  package var standing: Standing {
    switch self {
    case .ownWelfare, .dividend, .penaltyClause, .stricterThreshold, .customReform, .petitionOrder, .deposit, .blacklistNaming, .petLimit, .officeOverlap: .contested
    case .education, .civilRemedy, .honours, .notice, .referral, .reward: .lawful
    default: .unlawful
    }
  }
}

extension Measure {
  private static func c(_ law: String, _ a: Int, _ p: Int? = nil) -> LegalCitation { LegalCitation(law: law, article: a, paragraph: p) }

  /// The articles that apply to a clause with this measure (a clause about land adds the land articles: `land`).
  /// (`search`: the clause searches a person or a home, 宪法第三十九条.)
  /// (`managed`: the clause is about a property manager or owners, 民法典第九百四十四条.)
  package func basis(land: Bool = false, residents: Bool = false, search: Bool = false, managed: Bool = false) -> [LegalCitation] {
    switch self {
    case .fine: [Self.c(Law.penalties, 16), Self.c(Law.penalties, 9)]
    case .penaltyInKind: [Self.c(Law.penalties, 2), Self.c(Law.penalties, 16)]
    case .confiscation: [Self.c(Law.penalties, 9)]
    case .liberty: [Self.c(Law.constitution, 37), Self.c(Law.penalties, 10)]
      + (search ? [Self.c(Law.constitution, 39)] : [])
    case .dignity: [Self.c(Law.constitution, 38), Self.c(Law.civil, 1024)]
    case .personalInformation: [Self.c(Law.civil, 1034), Self.c(Law.personalInformation, 10), Self.c(Law.personalInformation, 13)]
    case .utilitiesCut: managed ? [Self.c(Law.civil, 944)] : [Self.c(Law.civil, 654), Self.c(Law.villagers, 27, 2)]
    case .statutoryBenefit: [Self.c(Law.relief, 11), Self.c(Law.relief, 13)]
    case .landTaken: [Self.c(Law.land, 27), Self.c(Law.land, 5)]
    case .collectiveRightsTaken: [Self.c(Law.collective, 13), Self.c(Law.villagers, 27, 2)]
    case .womenRights: land ? [Self.c(Law.women, 56), Self.c(Law.land, 31)] : [Self.c(Law.women, 56), Self.c(Law.collective, 18)]
    case .familyPlanning: land ? [Self.c(Law.villagers, 27, 2), Self.c(Law.land, 5)] : [Self.c(Law.villagers, 27, 2)]
    case .petition: [Self.c(Law.constitution, 41)]
    case .residenceOrigin: land ? [Self.c(Law.constitution, 33), Self.c(Law.land, 5)] : [Self.c(Law.constitution, 33), Self.c(Law.collective, 18)]
    case .thirdParty: [Self.c(Law.constitution, 33), Self.c(Law.villagers, 27, 2)]
    case .marriage: [Self.c(Law.constitution, 49), Self.c(Law.civil, 1041), Self.c(Law.civil, 1042)]
    case .serviceConditioning: [Self.c(Law.villagers, 27, 2), Self.c(Law.constitution, 33)]
    case .electionNarrowing: residents ? [Self.c(Law.residents, 8)] : [Self.c(Law.villagers, 13)]
    case .recall: residents ? [Self.c(Law.residents, 10)] : [Self.c(Law.villagers, 16), Self.c(Law.villagers, 11)]
    case .incompatibleOffice: [Self.c(Law.villagers, 32)]
    case .officeTermination: residents ? [Self.c(Law.residents, 10)] : [Self.c(Law.villagers, 18), Self.c(Law.villagers, 33)]
    case .publicFee: [Self.c(Law.constitution, 13), Self.c(Law.villagers, 27, 2)]
    case .mediationFee: [Self.c(Law.mediation, 4)]
    case .propertyControl: [Self.c(Law.civil, 240)]
    case .vague: [Self.c(Law.penalties, 16)]
    case .unauthorised: [Self.c(Law.penalties, 16), Self.c(Law.villagers, 27, 2)]
    case .ownWelfare: [Self.c(Law.villagers, 24), Self.c(Law.villagers, 27, 2)]
    case .dividend: [Self.c(Law.collective, 13), Self.c(Law.civil, 265, 2)]
    case .penaltyClause: [Self.c(Law.civil, 280), Self.c(Law.civil, 585)]
    case .stricterThreshold: residents ? [Self.c(Law.residents, 9)] : [Self.c(Law.villagers, 22), Self.c(Law.villagers, 26)]
    case .customReform: [Self.c(Law.civil, 1042), Self.c(Law.villagers, 27, 2)]
    case .petitionOrder: [Self.c(Law.constitution, 41)]
    case .deposit: [Self.c(Law.civil, 240)]
    case .blacklistNaming: [Self.c(Law.civil, 1024), Self.c(Law.civil, 1034), Self.c(Law.personalInformation, 10), Self.c(Law.personalInformation, 13)]
    case .petLimit: [Self.c(Law.civil, 280)]
    case .officeOverlap: [Self.c(Law.villagers, 32)]
    case .education, .honours, .notice, .reward: [Self.c(Law.villagers, 27)]
    case .civilRemedy: [Self.c(Law.civil, 179)]
    case .referral: [Self.c(Law.penalties, 17)]
    }
  }

  /// What the measure is, in a few words.
  package var name: LocalizedText {
    switch self {
    case .fine: .init(zh: "罚款", en: "a fine")
    case .penaltyInKind: .init(zh: "实物罚或劳役罚", en: "a penalty in kind or in labour")
    case .confiscation: .init(zh: "没收或扣押财物", en: "confiscation or seizure of property")
    case .liberty: .init(zh: "限制人身自由", en: "a restriction of personal freedom")
    case .dignity: .init(zh: "羞辱人格", en: "public humiliation")
    case .personalInformation: .init(zh: "公开个人信息", en: "publishing personal information")
    case .utilitiesCut: .init(zh: "停水停电或停止服务", en: "cutting water, power or services")
    case .statutoryBenefit: .init(zh: "取消法定的社会救助或保障待遇", en: "taking away a statutory benefit")
    case .landTaken: .init(zh: "收回承包地或拒绝宅基地申请", en: "taking contracted land or refusing a homestead application")
    case .collectiveRightsTaken: .init(zh: "剥夺集体成员权益", en: "taking away a member's collective rights")
    case .womenRights: .init(zh: "因婚姻状况剥夺集体权益", en: "collective rights taken for marital status")
    case .familyPlanning: .init(zh: "以生育情况为条件剥夺权益", en: "rights made to depend on family planning")
    case .petition: .init(zh: "因信访、举报、反映问题而惩戒", en: "a sanction for petitioning or complaining")
    case .residenceOrigin: .init(zh: "以户籍、来源或居住状况区别对待", en: "discrimination by residence or origin")
    case .thirdParty: .init(zh: "让他人为行为人承担后果", en: "a sanction or debt on someone else")
    case .marriage: .init(zh: "干涉婚姻自由", en: "interference with the freedom of marriage")
    case .serviceConditioning: .init(zh: "以不出证明、不办手续相要挟", en: "certificates or services withheld")
    case .electionNarrowing: .init(zh: "缩小选举权和被选举权", en: "narrowing who may vote or stand")
    case .recall: .init(zh: "由无权机构罢免或撤换", en: "recall by a body without the power")
    case .incompatibleOffice: .init(zh: "村务监督机构成员任职冲突", en: "an incompatible office on the supervisory body")
    case .officeTermination: .init(zh: "法律规定以外的职务终止", en: "ending an office on grounds the law does not give")
    case .publicFee: .init(zh: "村（居）无权收取的费用", en: "a fee the village has no power to levy")
    case .mediationFee: .init(zh: "人民调解收费", en: "a fee for mediation, which is free")
    case .propertyControl: .init(zh: "干预自有财产和交易自由", en: "control of residents' own property or trade")
    case .vague: .init(zh: "含糊的处罚", en: "a vague punishment")
    case .unauthorised: .init(zh: "法律未授权的处理措施", en: "a measure no law gives a charter")
    case .ownWelfare: .init(zh: "停发本村自设福利", en: "withholding the village's own welfare")
    case .dividend: .init(zh: "扣减集体分红", en: "withholding a collective dividend")
    case .penaltyClause: .init(zh: "公约约定的违约金", en: "a penalty agreed in an owners' covenant")
    case .stricterThreshold: .init(zh: "严于法律的表决门槛", en: "a threshold stricter than the statute")
    case .customReform: .init(zh: "移风易俗的硬性限制", en: "a hard limit on customs and ceremonies")
    case .petitionOrder: .init(zh: "对信访方式的要求", en: "a rule on how to petition")
    case .deposit: .init(zh: "押金或保证金", en: "a deposit")
    case .blacklistNaming: .init(zh: "点名公布", en: "naming a person in public")
    case .petLimit: .init(zh: "限制饲养动物", en: "a limit on keeping animals")
    case .officeOverlap: .init(zh: "村务监督机构成员与村干部的亲属关系", en: "a cadre's relative on the supervisory body")
    case .education: .init(zh: "批评教育、责令改正", en: "education and correction")
    case .civilRemedy: .init(zh: "恢复原状、赔偿损失", en: "a civil remedy")
    case .honours: .init(zh: "取消评先评优", en: "withdrawing honours")
    case .notice: .init(zh: "如实通报", en: "a notice of facts")
    case .referral: .init(zh: "移交有关部门", en: "referral to the authorities")
    case .reward: .init(zh: "本村奖励", en: "a village reward")
    }
  }

  /// Why, in one or two plain sentences.
  package var why: LocalizedText {
    switch self {
    case .fine: .init(zh: "村规民约不是法律、法规、规章，村（居）委会和物业也不是行政机关，不能罚款。", en: "A charter is not a law, and a committee or a property manager is not an administrative organ: it cannot fine anyone.")
    case .penaltyInKind: .init(zh: "罚粮、罚工、罚请客放电影是变相的罚款，同样只有法律、法规、规章才能设定。", en: "Grain, labour or a feast as a penalty is a fine in another form; only laws, regulations and rules can set penalties.")
    case .confiscation: .init(zh: "没收、扣押财物是行政处罚或强制措施，村（居）委会无权实施。", en: "Confiscating or seizing property is an administrative penalty or coercive measure the committee cannot take.")
    case .liberty: .init(zh: "限制人身自由只能由法律规定、由公安等机关依法实施，村里不能关押、看管或不许人外出。", en: "Only a law can restrict personal freedom, and only the police may do it: a village cannot detain, guard or confine anyone.")
    case .dignity: .init(zh: "游街、挂牌、示众、点名辱骂侮辱人格，宪法禁止。", en: "Parading, placards and public abuse insult a person's dignity, which the Constitution protects.")
    case .personalInformation: .init(zh: "身份证号码、电话、住址是受法律保护的个人信息，未经本人同意不得公开，欠费或违约也不是公开的理由。", en: "ID numbers, telephone numbers and addresses are personal information protected by law; they may not be published without consent, and arrears or a breach are no ground for it.")
    case .utilitiesCut: .init(zh: "停水停电不能用来惩罚或催缴；供电供水只能由供应企业按国家规定的程序中止。", en: "Water and power may not be cut as a punishment or to collect money; only the supplier may suspend supply, by the statutory procedure.")
    case .statutoryBenefit: .init(zh: "低保、特困供养等由县级民政部门审批和停发，村规民约不能取消。", en: "Minimum living allowances and similar benefits are granted and stopped by the county civil affairs department, not by a charter.")
    case .landTaken: .init(zh: "承包期内发包方不得收回承包地，成员申请宅基地的权利也不能作为惩罚被拿走。", en: "Contracted land may not be taken back during the contract, and a member's right to apply for a homestead may not be taken away as a punishment.")
    case .collectiveRightsTaken: .init(zh: "集体收益分配、补偿和村民待遇是成员的法定权利，不能因为违反规约而被剥夺。", en: "A member's share of collective income, compensation and village rights are statutory: breaking a charter does not forfeit them.")
    case .womenRights: .init(zh: "不得以妇女结婚、离婚、丧偶、户无男性或招婿入赘为由减少或取消其集体权益；入赘男子和子女享有平等权益。", en: "Women's collective rights may not be cut for marriage, divorce, widowhood or a household without men; a man who joins his wife's village and their children have equal rights.")
    case .familyPlanning: .init(zh: "村规民约不能把宅基地、承包地、分配或证明与生育情况挂钩。", en: "A charter may not tie land, distributions or certificates to how many children a family has.")
    case .petition: .init(zh: "公民有向国家机关提出批评、申诉、控告、检举的权利，不能因为上访或反映问题而受处理。", en: "Citizens have the right to criticise and complain to the state; no one may be sanctioned for petitioning.")
    case .residenceOrigin: .init(zh: "不能仅因户口迁入时间、居住地或来源整体剥夺村民的权利，成员资格由成员大会依法确认。", en: "People may not lose rights only because of where they come from, when they moved in or where they live; membership is decided by the members under the law.")
    case .thirdParty: .init(zh: "责任自负：一个人违反规约或欠债，不能由他的家人、全户、全组、房东或担保人来承担。", en: "Liability is personal: relatives, the household, the group, a landlord or a guarantor do not answer for someone else's act or debt.")
    case .marriage: .init(zh: "婚姻自由，结婚不需要村里同意，也不能因为同姓、外地或再婚而被禁止；彩礼不能变成一方的债务。", en: "Marriage is free: it needs no village consent and may not be forbidden for a surname, an origin or remarriage; bride price may not be turned into a debt.")
    case .serviceConditioning: .init(zh: "出具证明、盖章、办手续是村（居）委会协助政府的职责，不能用来要挟村（居）民遵守规约。", en: "Certificates, stamps and paperwork are duties the committee performs for the state; it may not withhold them to enforce the charter.")
    case .electionNarrowing: .init(zh: "年满十八周岁的村（居）民都有选举权和被选举权，规约不能另加缴费、居住年限、婚姻等条件。", en: "Every resident of eighteen or over may vote and stand; a charter may not add conditions such as fees, years of residence or marital status.")
    case .recall: .init(zh: "罢免村民委员会成员只能由登记参加选举的村民投票决定，居委会成员由居民会议撤换，其他机构无权罢免。", en: "Only the registered voters, by ballot, can recall a villagers' committee member (a residents' committee: the residents' meeting); no other body can.")
    case .incompatibleOffice: .init(zh: "村民委员会成员及其近亲属不得担任村务监督机构成员。", en: "Committee members and their near relatives may not sit on the village supervisory body.")
    case .officeTermination: .init(zh: "职务只在丧失行为能力、被判处刑罚或连续两次被评议不称职时终止，其他情形须经罢免程序。", en: "An office ends only on loss of capacity, a criminal sentence or two successive ratings of unfit; otherwise only a recall can end it.")
    case .publicFee: .init(zh: "治安费、暂住费、人头费、过路费等是带公权色彩的收费，村（居）委会无权设定。", en: "Security, residence, poll or road fees are levies of public authority a committee has no power to set.")
    case .mediationFee: .init(zh: "人民调解委员会调解纠纷不收取任何费用。", en: "People's mediation is free by law.")
    case .propertyControl: .init(zh: "村（居）民对自己的房屋、产品有权自主定价、出售、投保，村里不能统一定价、强制收购或指定商家。", en: "Residents may price, sell and insure their own goods as they choose; a village may not fix prices, force sales or name the shop.")
    case .vague: .init(zh: "「严肃处理」「严惩」没有说明是什么措施，而村（居）委会本来就无权处罚。", en: "“Dealt with severely” names no measure, and the committee has no power to punish anyway.")
    case .unauthorised: .init(zh: "对违反规约的行为，村规民约只能采用批评教育、责令改正、赔偿损失、取消当年评先评优、如实通报、移交有关部门等自治措施；这一处理不在其内，村（居）委会和其他组织都无权对人施加。", en: "A charter may answer a breach only with education, an order to correct it, compensation, withdrawing this year's honours, a notice of the facts or referral to the authorities; this measure is none of them, and no committee or group may impose it.")
    case .ownWelfare: .init(zh: "停发村里自设的福利可以是自治措施；但如果它实际是法定待遇、未经村民会议决定或及于家属，就会违法。", en: "Withholding the village's own welfare can be a self-governance measure; it is unlawful if the benefit is in fact statutory, was not decided by the villagers' meeting, or reaches relatives.")
    case .dividend: .init(zh: "集体收益分配是成员的权利，但分配方案由成员决定；扣减分红作为惩罚是否合法有争议，抵偿实际损失可以是抵销。", en: "A share of collective income is a member's right, but the members decide the plan; cutting it as a punishment is contested, setting off a real loss may be lawful.")
    case .penaltyClause: .init(zh: "业主之间约定的违约金有合同性质，但由物业或业委会收取就接近罚款；须看是否经业主共同决定、金额是否合理。", en: "A penalty agreed among owners is contractual, but collected by the manager it comes close to a fine; check that the owners decided it and that it is reasonable.")
    case .stricterThreshold: .init(zh: "章程可以严于法律，但过高的到会人数或通过比例可能使法定事项无法决定。", en: "A charter may be stricter than the statute, but too high a quorum or majority can make a statutory matter impossible to decide.")
    case .customReform: .init(zh: "倡导移风易俗是合法的，但硬性限制私人的婚丧嫁娶干预私人生活，要看执行手段。", en: "Encouraging simpler customs is lawful, but hard limits on private weddings and funerals interfere with private life; it depends on how they are enforced.")
    case .petitionOrder: .init(zh: "引导依法逐级反映问题可以，但不能成为阻止信访的条件。", en: "Guiding petitions through the proper channels is lawful, but it may not become a bar to petitioning.")
    case .deposit: .init(zh: "退还的押金是管理手段；不予退还或扣抵的押金接近变相罚款。", en: "A refundable deposit is a management tool; a forfeited one comes close to a disguised fine.")
    case .blacklistNaming: .init(zh: "如实公布不文明行为可以，但点名、公布房号可能损害名誉和个人信息。", en: "Publishing conduct is lawful, but naming a person or a flat may harm reputation and personal information.")
    case .officeOverlap: .init(zh: "法律禁止村民委员会成员及其近亲属担任村务监督机构成员；党组织书记本人不在此列，但书记兼任村委会主任（一肩挑）或为委员时，其近亲属同样不得担任。", en: "The statute bars committee members and their near relatives from the supervisory body; the party secretary as such is not named, but a secretary who also sits on the committee brings the same bar on their relatives.")
    case .petLimit: .init(zh: "地方养犬规定有限制的依照规定；超出的限制可能干预业主的财产权，须经业主共同决定。", en: "Local dog rules may limit animals; limits beyond them interfere with owners' property and need the owners' decision.")
    case .education, .civilRemedy, .honours, .notice, .referral, .reward: .init(zh: "这是自治范围内的合法措施。", en: "This is a lawful self-governance measure.")
    }
  }

  /// A lawful way to write it.
  package var rewrite: LocalizedText {
    switch self {
    case .fine, .penaltyInKind, .vague, .unauthorised: .init(zh: "改为「由村（居）民委员会批评教育，责令改正；造成损失的，依法赔偿；需要处罚的，移交有关部门依法处理」。", en: "Write “the committee educates and orders correction; losses are compensated under law; punishable acts are referred to the authorities”.")
    case .confiscation: .init(zh: "删除没收、扣押，改为「报告有关部门依法处理」。", en: "Remove the seizure; write “reported to the authorities to deal with under law”.")
    case .liberty: .init(zh: "删除限制人身自由的内容，改为「发现违法行为的，及时报告公安机关」。", en: "Remove the restriction; write “unlawful acts are reported to the police”.")
    case .dignity: .init(zh: "改为「批评教育，并在村务公开栏如实通报该行为（不公开个人信息）」。", en: "Write “educated, and the conduct (not the person's details) noticed on the board”.")
    case .personalInformation: .init(zh: "删除公开身份证号码、电话、住址的内容，改为「书面催告；拖欠费用的依法追收」。", en: "Remove the publication of ID numbers, telephones and addresses; write “reminded in writing; arrears recovered under law”.")
    case .utilitiesCut: .init(zh: "删除停水停电，改为「批评教育、督促缴纳；拖欠费用的依法追收」。", en: "Remove the cut; write “educated and reminded; arrears recovered under law”.")
    case .statutoryBenefit, .landTaken, .collectiveRightsTaken: .init(zh: "删除取消权益的内容，改为批评教育、取消当年评先评优资格等自治措施。", en: "Remove the loss of rights; use self-governance measures such as education or withdrawing this year's honours.")
    case .womenRights: .init(zh: "改为「妇女不因结婚、离婚、丧偶而丧失本村集体经济组织成员的各项权益；入赘男子及其子女享有平等权益」。", en: "Write “women keep all collective rights whatever their marriage, divorce or widowhood; men who join their wife's household and their children have equal rights”.")
    case .familyPlanning, .residenceOrigin: .init(zh: "删除该条件；成员资格和分配按成员大会依法通过的方案办理。", en: "Remove the condition; membership and shares follow the plan the members adopt under law.")
    case .petition: .init(zh: "改为「村（居）民可以依法向有关机关反映问题，任何人不得因此打击报复」。", en: "Write “residents may raise matters with the authorities under law; no one may retaliate”.")
    case .thirdParty: .init(zh: "只对行为人本人采取批评教育等自治措施，债务由债务人本人依法承担。", en: "Address only the person who acted; a debt is owed by the debtor alone.")
    case .marriage: .init(zh: "改为「提倡婚事新办，反对包办、买卖婚姻和借婚姻索取财物」。", en: "Write “simple weddings are encouraged; arranged or bought marriages and demands for property are opposed”.")
    case .serviceConditioning: .init(zh: "删除该条件；证明和手续依法如实办理。", en: "Remove the condition; certificates and paperwork are issued as the law requires.")
    case .electionNarrowing: .init(zh: "按《村民委员会组织法》第十三条（居委会：《城市居民委员会组织法》第八条）登记选民和候选人，不另加条件。", en: "Register voters and candidates as the statute provides, with no further condition.")
    case .recall: .init(zh: "改为「罢免须有登记参加选举的村民过半数投票，并经投票的村民过半数通过」。", en: "Write “a recall needs a ballot of more than half of the registered voters, carried by more than half of those voting”.")
    case .incompatibleOffice: .init(zh: "改为「村民委员会成员及其近亲属不得担任村务监督委员会成员」。", en: "Write “committee members and their near relatives may not sit on the supervisory committee”.")
    case .officeTermination: .init(zh: "只写法定情形：丧失行为能力或被判处刑罚的，职务自行终止；连续两次被评议不称职的，职务终止；其他情形依法罢免。", en: "Keep to the statutory grounds; otherwise use a recall.")
    case .publicFee: .init(zh: "删除收费；公益事业筹资经村（居）民会议一事一议，按自愿原则办理。", en: "Remove the fee; public works are funded by a meeting's decision, voluntarily.")
    case .mediationFee: .init(zh: "删除收费，写明「人民调解委员会调解民间纠纷，不收取任何费用」。", en: "Remove the charge; write “the people's mediation committee mediates disputes free of charge”.")
    case .propertyControl: .init(zh: "改为倡导性条款，如「提倡通过合作社销售」，不强制。", en: "Make it advice, such as “selling through the cooperative is encouraged”, not a duty.")
    case .ownWelfare, .dividend: .init(zh: "写明该福利是本村自设、经村民会议决定，只及于行为人本人；或改为取消当年评先评优资格。", en: "State that the benefit is the village's own, decided by the villagers' meeting, and reaches only the person; or withdraw this year's honours instead.")
    case .penaltyClause: .init(zh: "写明违约金经业主大会决定、金额合理、用于公共收益，或改为恢复原状、赔偿损失。", en: "State that the owners decided the amount and what it pays for, or use restoration and compensation instead.")
    case .stricterThreshold: .init(zh: "采用法定的到会人数和表决比例，或写明更高门槛的理由。", en: "Use the statutory quorum and majority, or state why a higher one is needed.")
    case .customReform: .init(zh: "改为倡导：「提倡……，反对……」，不设强制后果。", en: "Make it advice: “… is encouraged, … is opposed”, with no sanction.")
    case .petitionOrder: .init(zh: "改为「提倡先通过村民议事会协商，村民依法反映问题的权利不受限制」。", en: "Write “consultation first is encouraged; the right to petition is not limited”.")
    case .deposit: .init(zh: "写明押金如数退还、不作为处罚，或改为签订承诺书。", en: "State that the deposit is refunded in full and is no penalty, or use a written undertaking.")
    case .blacklistNaming: .init(zh: "改为如实公布行为和整改情况，不公布姓名、房号等个人信息。", en: "Publish the conduct and its correction, not names or flat numbers.")
    case .officeOverlap: .init(zh: "改为「村民委员会成员、村党组织书记及其近亲属不担任村务监督委员会成员」。", en: "Write “committee members, the party secretary and their near relatives do not sit on the supervisory committee”.")
    case .petLimit: .init(zh: "依照地方养犬管理规定写明，或经业主大会决定。", en: "Follow the local dog rules, or have the owners' assembly decide.")
    case .education, .civilRemedy, .honours, .notice, .referral, .reward: .init(zh: "无需修改。", en: "No change needed.")
    }
  }
}
