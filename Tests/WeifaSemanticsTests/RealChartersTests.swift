import Testing
import WeifaBase
import WeifaSyntax
import WeifaDriver
import WeifaSemantics
import WeifaTestSupport

/// Issue 11, items 4 and 5 and the adoption and scope parts: amounts as written, soft norms,
/// `@参照`, `@适用范围` and adoption records as they are.
@Suite struct AmountsTests {
  static func read(_ text: String) -> Quantity { Amounts.field(text, span: TextRange(0, 0)) }

  @Test(arguments: [
    ("1万元", 10000), ("3千元", 3000), ("10000元", 10000), ("一万元", 10000), ("三千元", 3000), ("500元", 500), ("五百元", 500),
  ])
  func multipliersAreFolded(_ text: String, _ value: Int) {
    let q = Self.read(text)
    #expect(q.bound == .exact && q.unit == "元" && q.low == Rational(value), "\(text): \(q)")
  }

  @Test func decimalTenThousands() {
    let q = Self.read("1.5万元")
    #expect(q.low == Rational(15000) && q.unit == "元")
    #expect(Amounts.agree(q, Self.read("15000元")))
  }

  @Test(arguments: ["100—200元", "100～200元", "100-200元", "100至200元", "100到200元", "100元至200元", "100元以上200元以下"])
  func rangesAreRanges(_ text: String) {
    let q = Self.read(text)
    #expect(q.bound == .range && q.low == Rational(100) && q.high == Rational(200) && q.unit == "元", "\(text): \(q.bound)")
    #expect(Amounts.agree(q, Self.read("100至200元")))
  }

  @Test(arguments: [("不超过1000元", false), ("1000元以下", false), ("最高1000元", false), ("最多1000元", false), ("不满1000元", true)])
  func capsAreCaps(_ text: String, _ strict: Bool) {
    let q = Self.read(text)
    #expect(q.bound == .atMost && q.low == Rational(1000) && q.strict == strict, "\(text)")
    #expect(q.maximum == Rational(1000) && q.minimum == nil)
    #expect(q.money == nil, "a cap is no sum to total")
  }

  @Test func withinIsACap() {
    let q = Self.read("150元以内")
    #expect(q.bound == .atMost && q.low == Rational(150))
    #expect(Amounts.agree(q, Self.read("不超过150元")), "以内 and 不超过 both include the number (民法典1259)")
    #expect(!Amounts.agree(q, Self.read("不满150元")), "不满 excludes it")
  }

  @Test(arguments: [("不少于50元", false), ("50元以上", false), ("至少50元", false), ("超过50元", true)])
  func floorsAreFloors(_ text: String, _ strict: Bool) {
    let q = Self.read(text)
    #expect(q.bound == .atLeast && q.low == Rational(50) && q.strict == strict, "\(text)")
  }

  @Test func rates() {
    #expect(Self.read("每盒2元").per == ["盒"])
    let q = Self.read("每人每年30元")
    #expect(q.per == ["人", "年"] && q.low == Rational(30))
    #expect(q.period == "每年" && q.money == Rational(30), "a person's yearly sum")
    #expect(Self.read("每户每月50元").period == "每月")
    #expect(Self.read("每人每次20元").period == "每次")
    #expect(Self.read("每户500元").period == "每户", "as 每户 always counted")
    #expect(Self.read("每盒2元").money == nil, "per box: no sum for a person")
    #expect(Self.read("100元/户").per == ["户"])
    #expect(!Amounts.agree(Self.read("每月100元"), Self.read("每年100元")), "different periods")
  }

  @Test func inKind() {
    let rice = Self.read("稻谷100斤")
    #expect(rice.lead == "稻谷" && rice.unit == "斤" && rice.low == Rational(100) && rice.money == nil)
    let labour = Self.read("义务工2天")
    #expect(labour.lead == "义务工" && labour.unit == "日" && labour.low == Rational(2))
    #expect(Amounts.describe(rice, .zh) == "稻谷100斤（实物）")
    #expect(Amounts.describe(rice, .en) == "“稻谷100斤” (in kind: 100 斤)")
  }

  @Test(arguments: ["相应的奖励", "按规定缴纳", "给予适当补助"])
  func unquantified(_ text: String) {
    let q = Self.read(text)
    #expect(q.bound == .unquantified && q.money == nil && q.minimum == nil && q.maximum == nil)
    #expect(Amounts.describe(q, .zh) == "\(text)（未写明数额）")
    #expect(Amounts.describe(q, .en) == "“\(text)” (no amount stated)")
  }

  @Test func describedAsSuch() {
    #expect(Amounts.describe(Self.read("奖励100至200元"), .zh) == "奖励100至200元（区间）")
    #expect(Amounts.describe(Self.read("100—200元"), .zh) == "100—200元（区间：100至200元）")
    #expect(Amounts.describe(Self.read("100—200元"), .en) == "“100—200元” (a range: 100 to 200 元)")
    #expect(Amounts.describe(Self.read("不超过1000元"), .zh) == "不超过1000元（上限）")
    #expect(Amounts.describe(Self.read("1000元以下"), .zh) == "1000元以下（上限：不超过1000元）")
    #expect(Amounts.describe(Self.read("不超过1000元"), .en) == "“不超过1000元” (a cap: at most 1000 元)")
    #expect(Amounts.describe(Self.read("1万元"), .zh) == "1万元（10000元）")
    #expect(Amounts.describe(Self.read("每月100元"), .zh) == "每月100元", "a plain sum is shown as written")
  }

  @Test func proseScan() {
    let found = Amounts.scan("对评为文明户的，奖励一万元；评为五好家庭的，给予100—200元奖励，每户每年不超过三百元；第十二条、三分之二、3楼不是数额。").map(\.quantity)
    #expect(found.count == 3, "\(found.map(\.text))")
    #expect(found[0].low == Rational(10000) && found[0].bound == .exact)
    #expect(found[1].bound == .range && found[1].high == Rational(200))
    #expect(found[2].bound == .atMost && found[2].per == ["户", "年"] && found[2].low == Rational(300))
  }

  /// A rule's amount against its prose (WF9001): 1万元 = 10000元; a range only matches the same
  /// range; a fixed sum inside a stated range is a mismatch (the prose lets the body choose).
  @Test(arguments: [
    ("奖励一万元。", "10000元", false), ("奖励10000元。", "1万元", false), ("奖励1万元。", "20000元", true),
    ("给予100—200元奖励。", "100至200元", false), ("给予100—200元奖励。", "150元", true), ("给予100—200元奖励。", "100至300元", true),
    ("兑换价值不超过三百元。", "不超过300元", false), ("兑换价值三百元以下。", "不超过300元", false), ("兑换价值不超过三百元。", "300元", true),
    ("给予相应的奖励。", "相应的奖励", false), ("补助每人每年三十元。", "每人每年30元", false), ("补助每人每年三十元。", "每人每月30元", true),
  ])
  func proseAgainstRule(_ prose: String, _ amount: String, _ mismatch: Bool) {
    let found = codes("第一条【奖励】 \(prose)\n@享有 奖励；金额：\(amount)\n").filter { $0 == "WF9001" }
    #expect(found.isEmpty != mismatch, "\(prose) / \(amount): \(found)")
  }

  @Test func fixedInsideRangeSaysWhy() {
    let doc = analyze("第一条【奖励】 给予100—200元奖励。\n@享有 奖励；金额：150元\n")
    let d = doc.diagnostics.first { $0.code.id == "WF9001" }
    #expect(d?.message.zh.contains("区间") == true && d?.message.zh.contains("100至200元") == true, "\(d?.message.zh ?? "none")")
    #expect(d?.message.en.contains("range") == true)
  }
}

@Suite struct SoftNormTests {
  static let charter = """
  @属性 户籍：枚举（本村、外村）
  @属性 是否操办婚事：是否
  第一条【婚事新办】 提倡婚事新办，鼓励不收彩礼。
  @倡导【婚事新办】 主体：户籍 = 本村；行为：操办婚宴
  @鼓励 主体：户籍 = 本村；行为：不收彩礼
  第二条【禁止大操大办】 禁止操办婚宴超过二十桌。
  @禁止 主体：户籍 = 本村；行为：操办婚宴
  第三条【义务】 村民应当操办婚宴时报告。
  @义务 主体：户籍 = 本村；行为：操办婚宴

  """

  @Test func aKindOfItsOwn() {
    let c = Charter.lower(Parser.parse(SourceFile(path: "t.weifa", text: Self.charter)).tree)
    #expect(c.rules.map(\.kind) == [.advocacy, .advocacy, .prohibition, .obligation], "@提倡 and @鼓励 are @倡导")
    #expect(DirectiveKeyword.lookup("提倡") == .advocacy && DirectiveKeyword.lookup("鼓励") == .advocacy)
  }

  /// A duty and a prohibition of one act conflict (WF7001); a soft norm of that act conflicts
  /// with neither.
  @Test func neverAConflict() {
    let doc = analyze(Self.charter)
    let conflicts = doc.diagnostics.filter { $0.code.id.hasPrefix("WF7") }
    #expect(conflicts.count == 1, "\(conflicts.map { $0.message.zh })")
    #expect(conflicts.allSatisfy { !$0.message.zh.contains("倡导") })
    let softOnly = analyze("@属性 户籍：枚举（本村、外村）\n第一条【甲】 提倡节俭。\n@倡导 主体：户籍 = 本村；行为：操办婚宴\n@倡导 主体：户籍 = 本村；行为：操办婚宴\n第二条【乙】 禁止操办。\n@禁止 主体：户籍 = 本村；行为：操办婚宴\n")
    #expect(softOnly.diagnostics.filter { $0.code.id.hasPrefix("WF7") }.isEmpty, "\(softOnly.diagnostics.map(\.code.id))")
  }

  /// What a soft norm encourages is no sanction: 鼓励捐款100元 is not a fee or a fine.
  @Test func neverASanction() {
    let found = codes("第一条【捐资】 鼓励村民自愿捐资。\n@鼓励 主体：户籍 = 本村；行为：超出标准收取费用100元\n@属性 户籍：枚举（本村、外村）\n").filter { $0.hasPrefix("WF6") }
    #expect(found.isEmpty, "\(found)")
    let asDuty = codes("第一条【捐资】 村民应当缴纳。\n@义务 主体：户籍 = 本村；内容：超出标准的，罚款100元\n@属性 户籍：枚举（本村、外村）\n").filter { $0.hasPrefix("WF6") }
    #expect(!asDuty.isEmpty, "the same words in a duty are read as a sanction")
  }
}

@Suite struct ScopeAndReferralTests {
  static let charter = """
  @属性 户籍：枚举（本村、外村）
  @属性 是否外来人员：是否
  @属性 年龄：数值（周岁）
  @适用范围 户籍 = 本村
  第一条【卫生】 村民应当保持房前屋后整洁。
  @义务【门前三包】 行为：保持房前屋后整洁
  第二条【安全】 村民不得私拉电线。
  @禁止【私拉电线】 行为：私拉电线
  第三条【老人】 七十周岁以上村民享受慰问。
  @享有【慰问】 主体：户籍 = 本村 且 年龄 ≥ 70；内容：慰问
  第四条【外来人员】 外来人员参照本规约第一条至第二条执行。
  @参照 主体：是否外来人员；条文：第一条至第二条

  """

  @Test func scopeIsTheDefaultSubject() {
    let c = Charter.lower(Parser.parse(SourceFile(path: "t.weifa", text: Self.charter)).tree)
    #expect(c.scope != nil)
    #expect(c.rules[0].subjectFromScope && c.rules[1].subjectFromScope)
    #expect(!c.rules[2].subjectFromScope, "a rule with its own 主体 keeps it")
  }

  @Test func referralReachesTheRun() {
    let c = Charter.lower(Parser.parse(SourceFile(path: "t.weifa", text: Self.charter)).tree)
    #expect(c.referrals.count == 1)
    #expect(c.referrals[0].rules == [0, 1], "第一条至第二条: both rules, not 第三条")
    #expect(c.rules[2].referrals.isEmpty)
  }

  @Test func checksClean() {
    let doc = analyze(Self.charter)
    #expect(doc.diagnostics.isEmpty, "\(doc.diagnostics.map { $0.code.id + " " + $0.message.zh })")
  }

  @Test func unknownNamesInScopeAndReferralAreReported() {
    let found = codes("@适用范围 户口 = 本村\n第一条【甲】 甲。\n@义务 行为：甲\n@参照 主体：外人；条文：第一条\n")
    #expect(found.filter { $0 == "WF4001" }.count == 2, "\(found)")
  }

  @Test func unresolvedProvisionIsReported() {
    #expect(codes("@属性 是否外来人员：是否\n第一条【甲】 甲。\n@义务 行为：甲\n@参照 主体：是否外来人员；条文：第九条\n").contains("WF3001"))
  }
}

@Suite struct AdoptionRecordTests {
  static func lower(_ text: String) -> Charter { Charter.lower(Parser.parse(SourceFile(path: "t.weifa", text: text)).tree) }

  @Test func partialDatesKeepTheirPrecision() {
    let month = Self.lower("@通过 村民会议；日期：2023年6月\n").adopted!
    #expect(month.when == PartialDate(2023, 6) && month.date == nil && month.when?.description == "2023年6月")
    let year = Self.lower("@通过 村民会议；日期：2022年\n").adopted!
    #expect(year.when == PartialDate(2022) && year.when?.earliest == Day(2022, 1, 1) && year.when?.latest == Day(2022, 12, 31))
    let full = Self.lower("@通过 村民会议；日期：2024年3月12日\n").adopted!
    #expect(full.date == Day(2024, 3, 12))
    #expect(Parser.parse(SourceFile(path: "t", text: "@通过 村民会议；日期：2023年6月\n@备案 某镇人民政府；日期：2023年\n")).diagnostics.isEmpty)
  }

  @Test func partialDatesOnlyWhereRecordsAre() {
    // A rule's 施行 and a condition compare whole days.
    #expect(!Parser.parse(SourceFile(path: "t", text: "@施行 2024年\n")).diagnostics.isEmpty)
    #expect(!Parser.parse(SourceFile(path: "t", text: "@义务 行为：甲；施行：2024年6月\n")).diagnostics.isEmpty)
    #expect(!Parser.parse(SourceFile(path: "t", text: "@通过 村民会议；日期：2023年13月\n")).diagnostics.isEmpty)
  }

  @Test func certainty() {
    let june = PartialDate(2023, 6)
    #expect(june.certainlyBefore(Day(2023, 7, 1)))
    #expect(!june.certainlyBefore(Day(2023, 6, 15)) && !june.certainlyAfter(Day(2023, 6, 15)), "unknown within the month")
    #expect(june.certainlyAfter(Day(2023, 5, 31)))
  }

  @Test func chainOfBodies() {
    let a = Self.lower("@通过 村两委研究、党员大会讨论、村民代表会议审议、村民会议表决；日期：2023年6月\n").adopted!
    #expect(a.chain == ["村两委", "党员大会", "村民代表会议", "村民会议"])
    #expect(a.body == "村民会议", "the last body adopts")
    #expect(codes("@标题 某村村规民约\n@类型 村规民约\n@通过 村两委研究、党员大会讨论、村民代表会议审议、村民会议表决；日期：2023年6月\n").filter { $0 == "WF5005" }.isEmpty)
    #expect(codes("@标题 某村村规民约\n@类型 村规民约\n@通过 村两委研究、村民代表会议表决；日期：2023年6月\n").contains("WF5005"))
  }

  @Test func householdSignature() {
    let a = Self.lower("@通过 村民会议；方式：入户签字；应到：412户；赞成：371户\n").adopted!
    #expect(a.method == "入户签字" && a.expected == 412 && a.yes == 371)
  }
}
