import Testing
import WeifaSemantics

/// Issue 12, round six: a sanction found by the sentence's shape (`SentenceShape`) when no word names the measure,
/// and a status found by the shape of a condition (`StatusShape`). Sentences of our own, in the shapes real charters
/// use; each positive has a lawful twin in the same shape that must stay silent.
@Suite struct SentenceShapeTests {
  static func analysis(_ text: String) -> ClauseAnalysis { ClauseAnalysis(Substring(text), base: 0) }

  /// No clause of `text` sets a measure that is not lawful.
  /// `expected` among the measures found in `text`, or (nil) some unlawful measure.
  static func expectFound(_ text: String, _ expected: Measure?, sourceLocation: SourceLocation = #_sourceLocation) {
    let found = analysis(text).clauses.compactMap(\.measure)
    if let expected { #expect(found.contains(expected), "\(text): \(found)", sourceLocation: sourceLocation) } else {
      #expect(found.contains { $0.standing == .unlawful }, "\(text): \(found)", sourceLocation: sourceLocation)
    }
  }

  static func expectNoSanction(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let found = analysis(text).clauses.compactMap(\.measure).filter { $0.standing != .lawful }
    #expect(found.isEmpty, "\(text): \(found)", sourceLocation: sourceLocation)
  }

  /// Consequences no law gives a charter, said in each shape (opener, fault condition, whoever, the next sentence).
  @Test(arguments: [
    "乱停乱放的，由执勤队把车轮锁起来拖到村委会大院。",
    "经劝阻仍在公路上晒粮的，当场把粮食撒到沟里。",
    "不参加防汛值班的，由网格长在其家门口挂上黄旗。",
    "严禁偷砍林木。违者交出家中的柴刀和电锯。",
  ])
  func unlistedConsequenceIsUnauthorised(_ text: String) {
    let a = Self.analysis(text)
    let c = a.clauses.first { $0.measure != nil }
    #expect(c?.measure == .unauthorised, "\(text): \(a.clauses.compactMap(\.measure))")
    #expect(c?.byShape == true)
    // The consequence part is the clause after the conduct, and its span lies inside the text.
    if let span = c?.measureSpan { #expect(span.lower > 0 && span.upper <= text.utf8.count) }
  }

  /// The same shapes with a consequence on the closed list (education, remedy, referral, points, a limit, a duty of
  /// the village, a list announced): nothing.
  @Test(arguments: [
    "严禁在河道倾倒垃圾，违者由村委会批评教育，责令限期清理。",
    "乱停乱放的，由执勤队劝离，并拍照留存。",
    "谁家的狗咬了人，谁家负责带伤者去打疫苗。",
    "违反本规约的，只对行为人本人采取处理措施，不株连其家庭成员。",
    "对举报违法建设的村民，村委会应当为其保密。",
    "违反本规约情节严重的，移送公安机关依法处理。",
    "拒不清理门前杂物的，扣当月文明积分五分。",
    "年满六十周岁的，每月发放老年慰问金。",
    "建房的，应当先向村民小组提出申请。",
    "违反本规约的，村民委员会可以采取下列措施：",
    // (A person described by a 的-phrase is the case; a supplier on its own ground; the electorate's recall; the bar restated.)
    "被公安机关处以罚款的村民，本年度不得评为文明家庭。",
    "供水公司发现管道泄漏隐患的，可以依照规定暂停供水，抢修后及时恢复。",
    "选举期间外出不能回村投票的村民，可以书面委托其近亲属代为投票。",
    "任何组织不得以本规约的名义剥夺村民的选举权和被选举权。",
    "罢免村民委员会成员，须由本村五分之一以上有选举权的村民联名提出。",
    // (The members' share stated; a safety rule for tenants; a duty the law lays on them; a source that is no one's shop.)
    "非本集体经济组织成员不参加本村集体收益分配。",
    "租住人员不得在楼道内停放电动车，不得私拉电线充电。",
    "外来人员应当在入住后三日内到社区办理居住登记。",
    "村民须从正规渠道购买农药，不得购买禁用农药。",
    "物业服务企业收取的停车费不得高于政府指导价。",
    "推选村务监督委员会成员时，应当核查候选人与村委会成员是否有近亲属关系。",
    "承包方自愿将承包地交回村集体的，村集体应当对其投入给予合理补偿。",
    "村民委员会成员的任免，依照村民委员会组织法的规定执行。",
    "村民向纪委写信反映情况的，村里应当为其保密。",
    "业主投诉物业服务的，物业应当在三日内处理并回复。",
    "违反本规约的，不论是否本村村民，一律同等处理，批评教育并责令改正。",
    "因工作调动不再担任村委会委员的，由村民会议补选。",
    "户口迁入本村的村民，在本村居住满一年的，经本人申请可以参加选民登记。",
    "生活垃圾处理费按每户每月五元收取，收费标准由县发展改革部门核定。",
    "租用村文化礼堂办酒席的，每次交场地费二百元。",
    "村民反映问题，可以通过村民代表会议提出，也可以直接向镇人民政府反映。",
    "村民反映的问题，村委会应当先行调查，并在十日内答复。",
    "养犬人出户遛犬应当束犬链，及时清除犬只排泄物。",
    "清明祭扫时注意防火，不得在林区烧纸焚香。",
    "严禁借婚姻索取财物，反对天价彩礼。",
    "村里对评出的文明户，在光荣榜上写明户主姓名。",
    "每月公示欠缴水费的户数和总金额，不公布户主姓名。",
    "候选人只能从本村登记的选民中选出。",
    "以村规民约名义没收村民财物、关押村民的，一律无效。",
    "饲养的犬只咬伤他人的，犬主承担医疗费和误工费。",
    "合作社按市场价收购社员自愿交售的茶叶。",
    "家庭子女超过两个的，可以申请困难补助。",
    "村集体出资为村民统一购买意外伤害保险。",
    "对违反本规约的处理结果，在村务公开栏如实公开。",
    "不孝顺老人的人家，这一年的“好媳妇”评选就不参加了。",
  ])
  func lawfulConsequenceIsNothing(_ text: String) {
    Self.expectNoSanction(text)
  }

  /// Unequal treatment and controls said by their shape: a local-only grant, a facility or trade kept from tenants or
  /// people of another origin, a label beside a photo, a price fixed, a source imposed.
  @Test(arguments: [
    ("小区游泳池仅限本市户籍业主使用。", Measure.residenceOrigin),
    ("外地来的租客不准使用村里的文化活动室。", .residenceOrigin),
    ("对偷拿快递的住户，在单元门口张贴其照片，配上“贼”字。", .dignity),
    ("本村农家乐的餐费统一定为每人五十元。", .propertyControl),
    ("村民建房所用的钢筋只能从村合作社采购。", .propertyControl),
    ("村委会主任的儿子可以当选村务监督委员会委员。", .incompatibleOffice),
    ("村务监督小组应当吸收一名村委会委员参加。", .incompatibleOffice),
    ("嫁到邻村的女儿，不再参加本组的征地补偿分配。", .womenRights),
    ("离婚后回娘家的妇女，年终分红按60%发放。", .womenRights),
    ("村民小组长由村两委研究任免。", .recall),
    ("向镇里反映村干部问题的，村里不再为其出具任何证明。", .petition),
    ("业主到12345热线投诉物业的，物业有权拒绝为其修理水管。", .petition),
    ("外出打工三年以上的村民，本届选举不再发放选票。", .electionNarrowing),
    ("村民小组长满六十岁的，不再担任组长，由村委会另行安排。", .officeTermination),
    ("拉货的三轮车进村一趟交五块钱过村钱。", .publicFee),
    ("村民对土地流转有意见的，原则上先在组里协商，不宜直接到县里反映。", .petitionOrder),
    ("本小区住户养的兔子须在室内饲养。", .petLimit),
    ("正月里一律不准走亲戚拜年送礼。", .customReform),
    ("楼道卫生检查不合格的，在单元门口公示其房号。", .blacklistNaming),
    ("装修用的材料只能从物业指定的几家店里选。", .propertyControl),
    ("村民种的西瓜须卖给村里联系的收购商，不得外销。", .propertyControl),
    ("在村部开具证明，每开一张收手续费五元。", .publicFee),
  ])
  func shapedMeasures(_ text: String, _ expected: Measure) {
    let a = Self.analysis(text)
    #expect(a.clauses.contains { $0.measure == expected }, "\(text): \(a.clauses.compactMap(\.measure))")
  }

  /// The bearer decides before the condition: a fault laid on relatives is third-party liability, whoever the actor is.
  @Test func aFaultLaidOnRelativesIsThirdParty() {
    let a = Self.analysis("在外打工的村民拒不参加义务劳动的，由其父母代为出工。")
    #expect(a.clauses.contains { $0.measure == .thirdParty }, "\(a.clauses.compactMap(\.measure))")
    #expect(!a.clauses.contains { $0.conditions.contains { $0.0 == .residence } })
  }

  /// A status said by shape, not by a listed word: children counted, a household without sons, not living here.
  @Test(arguments: [
    ("生了第三个孩子的家庭，不再安排宅基地。", Condition.familyPlanning),
    ("户内没有儿子的，承包地到期后由村里收回。", .marital),
    ("常年不在本村居住的，年终不再参与集体分配。", .residence),
  ])
  func statusByShape(_ text: String, _ expected: Condition) {
    let a = Self.analysis(text)
    #expect(a.clauses.contains { $0.conditions.contains { $0.0 == expected } }, "\(text): \(a.clauses.map { $0.conditions.map(\.0) })")
    #expect(a.clauses.contains { $0.measure.map { $0.standing == .unlawful } == true }, "\(text): \(a.clauses.compactMap(\.measure))")
  }

  /// The same words in a condition that grants or protects: no status condition sanctions anyone.
  @Test(arguments: [
    "生育第三个孩子的家庭，村里送一份慰问品。",
    "户内没有儿子的，女儿及其子女与其他村民同等享有土地承包权。",
    "常年不在本村居住的，可以委托亲属代为投票。",
  ])
  func statusThatGrantsIsNothing(_ text: String) {
    Self.expectNoSanction(text)
  }

  /// Linear in the size: a 64 KiB run of fault conditions and openers is read once (no quadratic rescans).
  /// After heldout8 (our own sentences in the shapes of its false alarms, each with an unlawful twin that must still be
  /// found): a parking word before a wire is no cut, 不因此 and 不自行 deny what follows, the statute's own bar on relatives
  /// of committee members, a repair done for the one liable, a clause that opens with 不 a few words before its measure;
  /// and its misses: an order laid on a petitioner first beside a duty to answer, a sale controlled where 任何 names the
  /// residents (not 任何单位), a marriage asked leave for (写申请, 点头), a whole group (整个村民小组) made to bear.
  @Test(arguments: [
    "住户在过道停车、乱拉电线，劝说无效的，物业当年不推荐其评选文明家庭。",
    "居委会委员因探亲等原因暂时离开社区的，不因此终止其职务。",
    "抓到偷捕的人，交给派出所处理，村里不自行扣留其渔船。",
    "村民委员会成员本人及其配偶、子女等近亲属，都不得担任村务监督委员会成员。",
    "损坏灌溉渠的，由责任人修复；逾期不修的，村里可以代为修好，费用向责任人追偿。",
    "违规养鸽的处理情况，由物业如实公告，不配照片，不加任何贬损性字样。",
    "村民对村务有意见的，可以向村委会反映，村委会十日内答复。",
    "任何单位和个人不得强迫农户把杨梅卖给指定的收购商。",
    "婚事由当事人自己做主，结婚不需要村里点头。",
  ])
  func heldout8ShapesStaySilent(_ text: String) { Self.expectNoSanction(text) }

  @Test(arguments: [
    ("拖欠水费的，管水员拧下其家门口的水龙头。", Measure.utilitiesCut),
    ("居委会委员探亲超过一个月的，终止其职务。", Measure.officeTermination),
    // (扣留 is read as holding a person, .liberty, whatever is held; the class is not what this twin is about.)
    ("抓到偷捕的人，村里自行扣留其渔船。", nil),
    // (A way laid on the petitioner first stays an order beside the village's duty to answer: contested.)
    ("村民对村务有意见的，应当先向村委会反映，村委会十日内答复；不满意的，可以再向镇政府反映。", Measure.petitionOrder),
    ("村里的茶叶统一由茶厂按每斤六十元收购，任何茶农不得私自卖给外地人。", Measure.propertyControl),
    ("要和外省人成亲的，须先写申请，村委会点头了才能办酒。", Measure.marriage),
    ("有一户乱倒垃圾的，整个村民小组当年的保洁补贴全部扣除。", Measure.thirdParty),
    // (heldout9: a petition reported to the petitioner's employer is a burden laid through a third party.)
    ("到镇里信访的，村里通知其用人单位。", Measure.petition),
  ])
  func heldout8TwinsStillFound(_ text: String, _ expected: Measure?) { Self.expectFound(text, expected) }

  /// heldout10 (tuned on it after its one untuned measurement): twins in fresh words of the shapes it missed — a
  /// consequence stated first as a heading (罚款…：凡…的，), a status not given back (不予恢复), a certificate given only to
  /// those of one status, a whole group named by its place (该组各户, 同楼层住户), a marriage put to a body's vote, a relative
  /// admitted with a 但 that only limits the role, a protection of others after 但 that leaves the measure standing.
  @Test(arguments: [
    ("罚款伍佰元：凡往河道倾倒建筑垃圾的，由保洁员拍照后照此执行。", Measure.fine),
    ("停发重阳节慰问品：对不赡养老人的子女，停发其本人当年由村里自筹的慰问品，但其配偶的那份照常发放，不受影响。", Measure.ownWelfare),
    ("外嫁女离婚后户口迁回本村的，一律不予恢复其集体成员资格。", nil),
    ("村委会只给按政策生育的家庭开具入学所需的证明。", Measure.familyPlanning),
    ("哪一户私接电线被查实的，该组各户当年的保洁补贴一律扣除。", Measure.thirdParty),
    ("租户的狗咬伤路人而找不到狗主的，由同楼层住户分摊医药费。", Measure.thirdParty),
    ("本村姑娘要与外省人订婚的，由村民小组开会表决是否同意。", Measure.marriage),
    ("村委会主任的弟弟可以当选村务监督委员会委员，但不得担任监委会主任。", Measure.incompatibleOffice),
    ("村党总支书记的妻子可以进入村务监督委员会，但不得分管财务。", Measure.officeOverlap),
  ])
  func heldout10TwinsFound(_ text: String, _ expected: Measure?) { Self.expectFound(text, expected) }

  /// The same shapes said lawfully stay silent: an honour withheld for a list of cases one of which is a custom, a
  /// person's own refusal to restore (拒不恢复), advice to others (劝其不参加), owners who adopt a rule (本单元住户议定),
  /// a marriage whose consent is the couple's own.
  @Test(arguments: [
    "有下列行为之一的，该户当年不得评为文明家庭：（一）燃放烟花爆竹引发火情的；（二）占道经营经劝阻不改的。",
    "损坏公共设施拒不恢复原状的，由村民委员会责令改正，并依法要求赔偿。",
    "对参与赌博的，由村干部上门批评教育，劝其不再参与。",
    "本单元业主议定：装修垃圾须当天清运。",
    "婚姻自由，是否同意由当事人本人决定，任何人不得干涉。",
  ])
  func heldout10ShapesStaySilent(_ text: String) { Self.expectNoSanction(text) }

  /// heldout11 (tuned on it after its one untuned measurement): twins in fresh words of what it missed — a supplier told to
  /// refuse (通知供水站不给其送水), money for a breach under another name (违规金), an unpaid service for the village, a
  /// register moved away as a status (户口迁走), an office declared ended by another body (宣布其任期届满, 认定其放弃职务), a
  /// bow before the village, a loss said as what happens (就没了), a grade that goes on sanctioning the conduct of the sentence
  /// before (第二次起), the worst of a rating named on the broadcast, a bare 不 before a ceremony (不办满月宴), a benefit
  /// named in one sentence and withheld by reference in the next (这笔钱不再发放).
  @Test(arguments: [
    ("私自占用村道堆放砖瓦的，村委会通知供水站不给其家送水，直到清走为止。", Measure.utilitiesCut),
    ("擅自改动承重墙的，物业按每平方米十元收取违章金。", Measure.fine),
    ("在林区吸烟引起火情的，当事人须义务为村里巡山两个月，不计报酬。", Measure.penaltyInKind),
    ("考上中专把户口迁走的，回村后不能再分承包地。", Measure.residenceOrigin),
    ("村委会委员年满六十五周岁的，由镇里宣布其任期届满，不再履职。", Measure.officeTermination),
    ("监督小组成员连续三次不到会的，即认定其放弃职务，另行安排人顶上。", Measure.officeTermination),
    ("乱倒垃圾屡教不改的，让其在村民大会上站到台前低头认错。", Measure.dignity),
    ("家里生了第三胎的，年底那份集体分红就没了。", Measure.familyPlanning),
    ("占用消防通道停车的，第一次由物业提醒；第二次起，车主须连续十天每天打扫地下车库。", Measure.penaltyInKind),
    ("每季度评比后，社区广播念出排名倒数五户的户主名字。", Measure.blacklistNaming),
    ("本村村民不办满月宴、谢师宴，确需办理的须报红白理事会。", Measure.customReform),
    ("村里用集体自有资金设立“孝老奖”，每户每年二百元；不赡养老人被查实的户，这笔钱不再发放。", Measure.ownWelfare),
  ])
  func heldout11TwinsFound(_ text: String, _ expected: Measure?) { Self.expectFound(text, expected) }

  /// The same shapes said lawfully stay silent: a sanction left to a competent organ in the next clause, measures named as
  /// threats a clause forbids, a matter described by a 的-phrase as a sentence's subject, a register not moved, the
  /// statute's own ground for leaving the collective, a grade that only educates, an apology owed as a civil remedy.
  @Test(arguments: [
    "发现违法占地建房的，村委会应当及时制止并报告；对违法建筑的拆除、对当事人的处罚，由自然资源主管部门依法作出。",
    "对拖欠物业费的业主，物业不得以停水停电、不让车辆进出相威胁，应当通过协商或者诉讼解决。",
    "违反本公约经居委会调解的纠纷，调解经过在居务公开栏如实公布，只写事实。",
    "户口未迁走的外嫁女，与其他村民同等分配集体收益。",
    "户口迁出并取得其他集体经济组织成员身份的，依法不再享有本村成员权利。",
    "在楼道堆放杂物的，第一次由楼长提醒；第二次起，由物业上门说服教育，督促其清理。",
    "损坏邻居财物的，应当赔礼道歉并赔偿实际损失。",
  ])
  func heldout11ShapesStaySilent(_ text: String) { Self.expectNoSanction(text) }

  /// heldout12 (tuned on it after its one untuned measurement): twins in fresh words — a recall with the electorate's vote
  /// said as not held, a person tied up, a clan ban on marriage, a seal refused in verse, a 低保 struck off a roll, an office
  /// ended by handing over the seal at once, relatives allowed to stand for the supervisory body, a share cut by tenths for a
  /// third child, a verse fine, the press petition reported to the employer, a 彩礼 cap in verse, a black list naming people.
  @Test(arguments: [
    ("村民小组长被半数以上户主认为不称职的，由小组会议当场表决，赞成过半即免去其职务，不再组织全组选民投票。", Measure.officeTermination),
    ("偷鸡摸狗被抓住的，治保会可以先把人绑在村部的柱子上，等家里来人赔了钱再放。", Measure.liberty),
    ("本村李姓同宗，族人之间不得结为夫妻。", Measure.marriage),
    ("不交费，证不开；要盖章，先交钱。", Measure.serviceConditioning),
    ("不参加村里义务劳动的户，由评议小组将其剔出低保名单。", Measure.statutoryBenefit),
    ("村民代表年满七十岁的，当即交出公章，由村里另选他人。", Measure.officeTermination),
    ("村务监督委员会从村民中推选，村委会主任的儿子也可以参选。", Measure.incompatibleOffice),
    ("生第三胎的户，当年分红减三成发放。", Measure.familyPlanning),
    ("门前乱堆柴，网格员讲两遍；两遍不改交罚款，每次交上一百元。", Measure.fine),
    ("在网上发帖曝光村里账目，没有事先告诉村委会的，村委会把情况通报给他所在单位。", Measure.petition),
    ("红事不大办，彩礼五万限，超了挨批评。", Measure.customReform),
    ("本小区设立黑榜，写明在电梯里吸烟的业主姓名，张贴在单元门口。", Measure.blacklistNaming),
  ])
  func heldout12TwinsFound(_ text: String, _ expected: Measure?) { Self.expectFound(text, expected) }

  /// The same shapes said lawfully stay silent: a reference clause in plain words, a verse that only persuades, the
  /// statute's own bar on marriage, a deposit given back, a fee owed for land that takes no land, a former office holder on
  /// a roster.
  @Test(arguments: [
    "凡是本公约没有写到的，按国家现行规定办；与上位法不一致的，以上位法为准。",
    "乱放农具占了道，组长上门说一遍；一遍不听说两遍，说到搬开为止。",
    "直系血亲和三代以内的旁系血亲禁止结婚。",
    "承包户欠缴土地承包费的，村委会应当书面催告，协商分期缴纳。",
    "一时想不通的，由理事会上门劝导。",
  ])
  func heldout12ShapesStaySilent(_ text: String) { Self.expectNoSanction(text) }

  /// heldout13 (tuned on it after its one untuned measurement): twins in fresh words — a marriage needing a body's consent
  /// beforehand, a debt spread over the group (村民小组全体农户), a relative who serves but recuses on some matters, a member's
  /// share held while others' are kept whole without a 但.
  @Test(arguments: [
    ("本组姑娘要嫁到外县的，须事先经村两委同意。", Measure.marriage),
    ("借款人外出找不到的，欠款由其所在村民小组全体农户分摊。", Measure.thirdParty),
    ("支书的女婿经推选担任村务监督委员会委员，讨论涉及支书家的事项时回避。", Measure.officeOverlap),
    ("成员服刑期间，其名下的年终分红暂停发放，出狱后补发，家庭其他成员的份额照常。", Measure.dividend),
  ])
  func heldout13TwinsFound(_ text: String, _ expected: Measure?) { Self.expectFound(text, expected) }

  /// The same shapes said lawfully stay silent: a sanction forbidden for a reason said with 因为, the couple's own consent,
  /// a relative kept off the body, a deposit drawn on for a repair.
  @Test(arguments: [
    "村委会不得因为村民向县里反映问题，就停发其应得的补助或者拒绝为其开具证明。",
    "结婚须男女双方完全自愿，双方同意即可登记，任何组织和个人不得干涉。",
    "村务监督委员会成员与村委会成员有近亲属关系的，应当回避，不得担任。",
  ])
  func heldout13ShapesStaySilent(_ text: String) { Self.expectNoSanction(text) }

  /// heldout14 (tuned on it after its one untuned measurement): twins in fresh words — a marriage status said by its shape
  /// with a consent required, a certificate held back for a poor credit rating, a mediation paid for in 辛苦钱, a committee
  /// member heading the supervisory body (村委委员), labour counted in hours, property taken 归公, a unanimity said as one
  /// household missing, a relative put in charge of the supervision, a custom limit with a hard word beside 提倡.
  @Test(arguments: [
    ("闺女嫁到外市的，须先经村民小组长签字同意，村里才给开证明。", Measure.marriage),
    ("信用等级评为“差”的住户，居委会暂缓为其出具证明，等级提升后再办。", Measure.serviceConditioning),
    ("找调委会调解宅基地纠纷的，调成了每户交三百块辛苦钱。", Measure.mediationFee),
    ("村务监督委员会主任由分管财务的村委委员兼任。", Measure.incompatibleOffice),
    ("乱倒建筑垃圾的，由网格员安排其参加公益劳动十小时。", Measure.penaltyInKind),
    ("在集体荒山上私自砍伐的竹子，一律归公，由村里变卖。", Measure.confiscation),
    ("修路集资的事，有一户不签字就不办。", Measure.stricterThreshold),
    ("支书的亲哥哥为人正派，由他牵头负责村务监督。", Measure.officeOverlap),
    ("提倡丧事简办，出殡不得超过三天，不准请乐队。", Measure.customReform),
  ])
  func heldout14TwinsFound(_ text: String, _ expected: Measure?) { Self.expectFound(text, expected) }

  /// The same shapes said lawfully stay silent: an honour reported again once conduct mends, a guardian's duty of care, a
  /// theft referred with 莫要 forbidding self-help, a custom advised only, a rule of the road.
  @Test(arguments: [
    "谁家当年被查实乱倒垃圾的，年底不推荐评文明户，改正后再报。",
    "哪家孩子到河边玩水，家长要管好；村干部碰到了，先把孩子送回家。",
    "发现有人偷东西的，莫要私自扣人打人，马上报警，交给派出所处理。",
    "提倡丧事简办，酒席以不超过十桌为宜，各家量力而行。",
    "不得在村道上搭设灵棚妨碍通行。",
  ])
  func heldout14ShapesStaySilent(_ text: String) { Self.expectNoSanction(text) }

  /// heldout15 (tuned on it after its one untuned measurement): twins in fresh words — a graded 违约款, an age limit said as
  /// 不再履行职务, the press reported to the petitioner's unit (所在单位), a 彩礼 owed double, torn-down materials kept as the
  /// collective's, a public shaming meeting, land not added for a birth record, relatives who may sign up for the supervisory
  /// body, a black list of 后进户.
  @Test(arguments: [
    ("往河里倒垃圾的，第一次劝导，第二次通报，第三次每次计收违约款五十元。", Measure.fine),
    ("居委会成员年满六十岁的，届中一律退出，不再履行职务。", Measure.officeTermination),
    ("向电视台反映小区问题的，居委会告知其所在单位严加管教。", Measure.petition),
    ("订婚后女方反悔的，彩礼按双倍退还。", Measure.marriage),
    ("违建拆除后，拆下的钢材作为村集体财产变卖。", Measure.confiscation),
    ("每季度开一次曝丑会，让不交卫生费的户上台检讨。", Measure.dignity),
    ("有超生记录的户，调地时不增加承包地。", Measure.familyPlanning),
    ("村书记的老伴想进村务监督委员会的，照常报名。", Measure.officeOverlap),
    ("每月评出“卫生后进户”，在广播里念户主名字。", Measure.blacklistNaming),
  ])
  func heldout15TwinsFound(_ text: String, _ expected: Measure?) { Self.expectFound(text, expected) }

  /// The same shapes said lawfully stay silent: an honour put off with a promise to rate again, a status suffered (受过处罚的)
  /// as the case of a lawful honour rule, a search the person agrees to is not this (the twin is the honour).
  @Test(arguments: [
    "谁家门前柴草乱堆，说了几回不改的，今年的“好家风家庭”先不评，明年改好了照样能评。",
    "受过治安管理处罚的，当年不参加“十星级文明户”评选。",
  ])
  func heldout15ShapesStaySilent(_ text: String) { Self.expectNoSanction(text) }

  @Test func manyShapesStayLinear() {
    let unit = "违者把车轮锁起来，乱停的，谁家的鸡进了菜地，就"
    let text = String(repeating: unit, count: 64 * 1024 / unit.utf8.count)
    let a = Self.analysis(text)
    #expect(a.clauses.count > 1000)
  }
}
