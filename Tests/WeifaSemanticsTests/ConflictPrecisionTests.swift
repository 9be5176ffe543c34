import Testing
import WeifaBase
import WeifaDriver
import WeifaSemantics
import WeifaTestSupport

/// Issue 19: whole days, whole units, the same act however it is written, and no lower rule
/// excusing itself. Each family would have failed before the change.
@Suite struct ConflictPrecisionTests {
  /// The conflict-family codes raised by a one-document charter (or a bundle given with `=== 名称 ===`).
  static func found(_ text: String) -> [String] {
    codes(text).filter { $0.hasPrefix("WF7") || $0 == "WF8002" || $0 == "WF8004" }
  }

  static func pair(_ type: String, _ a: String, _ b: String, kinds: (String, String) = ("义务", "禁止"), act: String = "夜间巡逻") -> String {
    "@属性 值：\(type)\n@\(kinds.0)【甲】 主体：\(a)；行为：\(act)\n@\(kinds.1)【乙】 主体：\(b)；行为：\(act)\n"
  }

  // MARK: dates are whole days

  @Test(arguments: [
    ("值 < 2024年1月1日", "值 > 2023年12月31日"),   // year end
    ("值 < 2024年5月1日", "值 > 2024年4月30日"),    // month end
    ("值 ≤ 2023年2月28日", "值 ≥ 2023年3月1日"),    // no 29 February in 2023
    ("值 > 2023年2月28日", "值 < 2023年3月1日"),
    ("值 < 2024年3月1日", "值 > 2024年2月29日"),    // leap day
    ("值 > 2000年2月28日", "值 < 2000年2月29日"),    // 2000 is a leap year: nothing between
  ])
  func datesThatTouchDoNotOverlap(_ a: String, _ b: String) {
    #expect(Self.found(Self.pair("日期", a, b)).isEmpty, "\(a) / \(b)")
  }

  @Test(arguments: [
    ("值 > 2024年2月28日", "值 < 2024年3月1日", "2024年2月29日"),   // only the leap day
    ("值 ≥ 2023年12月31日", "值 ≤ 2023年12月31日", "2023年12月31日"),
    ("值 > 2023年12月30日", "值 < 2024年1月1日", "2023年12月31日"),
    ("值 > 1900年2月28日", "值 < 1900年3月2日", "1900年3月1日"),   // 1900 is not a leap year
  ])
  func overlappingDatesGiveARealDay(_ a: String, _ b: String, _ day: String) throws {
    let doc = analyze(Self.pair("日期", a, b))
    let d = try #require(doc.diagnostics.first { $0.code.id == "WF7001" }, "\(a) / \(b)")
    #expect(d.notes.contains { $0.zh.contains("值 = \(day) 的人") }, "\(d.notes.map(\.zh))")
  }

  // MARK: whole units are integers

  @Test func wholeUnitsAreIntegers() {
    #expect(Self.found(Self.pair("数值（周岁）", "值 > 59", "值 < 60")).isEmpty)
    #expect(Self.found(Self.pair("数值（人）", "值 > 2", "值 < 3")).isEmpty)
    #expect(Self.found(Self.pair("数值（户）", "值 ≥ 10.5", "值 < 11")).isEmpty)
    #expect(Self.found(Self.pair("数值（年）", "值 > 4", "值 < 5")).isEmpty, "years of service are whole")
    // Declared otherwise, or a unit that is not whole: a value in between is a real person.
    #expect(Self.found(Self.pair("数值（年，小数）", "值 > 2", "值 < 3")) == ["WF7001"])
    #expect(Self.found(Self.pair("数值（亩）", "值 > 2", "值 < 3")) == ["WF7001"])
    #expect(Self.found(Self.pair("数值（万元，整数）", "值 > 2", "值 < 3")).isEmpty)
  }

  @Test func samplesCanBeTypedBack() throws {
    // A fractional attribute's sample is a decimal (2.5), never a fraction (5/2).
    let d = try #require(analyze(Self.pair("数值（亩）", "值 > 2", "值 < 3")).diagnostics.first { $0.code.id == "WF7001" })
    #expect(d.notes.contains { $0.zh.contains("值 = 2.5 的人") }, "\(d.notes.map(\.zh))")
    #expect(!d.notes.contains { $0.zh.contains("/") })
    // A text attribute gets a value, not 任意 or 非甲.
    let t = try #require(analyze("@属性 值：文本\n@义务【甲】 主体：值 ≠ 甲；行为：夜间巡逻\n@禁止【乙】 主体：值 ≠ 乙；行为：夜间巡逻\n").diagnostics.first { $0.code.id == "WF7001" })
    #expect(t.notes.contains { $0.zh.contains("值 = 其他 的人") }, "\(t.notes.map(\.zh))")
  }

  // MARK: the same act however it is written

  @Test func variantsWidthAndOrderAreOneAct() {
    #expect(Self.found(Self.pair("是否", "值", "值", act: "在樓道堆放雜物").replacingOccurrences(of: "行为：在樓道堆放雜物\n@禁止", with: "行为：在樓道堆放雜物\n@禁止")
      .replacingOccurrences(of: "【乙】 主体：值；行为：在樓道堆放雜物", with: "【乙】 主体：值；行为：在楼道堆放杂物")) == ["WF7001"])
    let order = "@属性 值：是否\n@权利【甲】 主体：值；行为：燃放烟花爆竹\n@禁止【乙】 主体：值；行为：燃放爆竹烟花\n"
    #expect(Self.found(order) == ["WF7001"])
    let listed = "@属性 值：是否\n@权利【甲】 主体：值；行为：在楼道、楼梯间堆放杂物\n@禁止【乙】 主体：值；行为：在楼梯间、楼道堆放杂物\n"
    #expect(Self.found(listed) == ["WF7001"])
    let width = "@属性 值：是否\n@权利【甲】 主体：值；行为：使用６０分贝以上音响\n@禁止【乙】 主体：值；行为：使用60分贝以上音响\n"
    #expect(Self.found(width) == ["WF7001"])
  }

  @Test func differentActsThatShareWordsStayApart() {
    let places = "@属性 值：是否\n@权利【甲】 主体：值；行为：在楼道堆放杂物\n@禁止【乙】 主体：值；行为：在屋顶堆放杂物\n"
    #expect(Self.found(places).isEmpty)
    let verbs = "@属性 值：是否\n@权利【甲】 主体：值；行为：燃放烟花爆竹\n@禁止【乙】 主体：值；行为：销售烟花爆竹\n"
    #expect(Self.found(verbs).isEmpty)
  }

  @Test func nearSynonymsGetAHintAndAnAliasMakesThemOne() {
    let text = "@属性 值：是否\n@权利【甲】 主体：值；行为：在楼道堆放杂物\n@禁止【乙】 主体：值；行为：在楼道堆放物品\n"
    #expect(Self.found(text) == ["WF7004"])
    let hint = analyze(text).diagnostics.first { $0.code.id == "WF7004" }
    #expect(hint?.message.zh.contains("@同义行为 在楼道堆放杂物、在楼道堆放物品") == true)
    #expect(Self.found("@同义行为 在楼道堆放杂物、在楼道堆放物品\n" + text) == ["WF7001"])
    // An alias in the higher document holds for the documents below it.
    let bundle = """
      === 小区公约.weifa ===
      @标题 某小区公约
      @类型 小区公约
      @同义行为 在楼道堆放杂物、在楼道堆放物品
      @属性 值：是否
      @禁止【禁堆】 主体：值；行为：在楼道堆放物品
      === 楼栋公约.weifa ===
      @标题 某楼栋公约
      @类型 楼栋公约
      @上位 《某小区公约》
      @属性 值：是否
      @权利【可堆】 主体：值；行为：在楼道堆放杂物

      """
    #expect(Self.found(bundle) == ["WF8002"])
    // Without the alias, the lower rule gets the hint, pointing at the higher rule.
    let unaliased = bundle.replacingOccurrences(of: "@同义行为 在楼道堆放杂物、在楼道堆放物品\n", with: "")
    #expect(Self.found(unaliased) == ["WF7004"])
  }

  // MARK: no lower rule excusing itself

  static let higher = """
    === 小区公约.weifa ===
    @标题 某小区公约
    @类型 小区公约
    @属性 持车：是否
    第一条【充电】 禁止在楼道充电。
    @禁止【禁止楼道充电】 主体：持车；行为：在楼道充电

    """

  @Test func aLowerDocumentCannotClaimPriority() {
    for claim in ["《某小区公约》【禁止楼道充电】", "《某小区公约》第一条"] {
      let lower = "=== 楼栋公约.weifa ===\n@标题 某楼栋公约\n@类型 楼栋公约\n@上位 《某小区公约》\n@属性 持车：是否\n@权利【可充】 主体：持车；行为：在楼道充电；优先于：\(claim)\n"
      #expect(Set(Self.found(Self.higher + lower)) == ["WF8002", "WF8004"], "\(claim)")
    }
    // Within one document, 优先于 by label or by article number settles it.
    let within = "@属性 春节：是否\n第一条 禁止燃放烟花爆竹。\n@禁止【禁放】 行为：燃放烟花爆竹\n第二条 春节可以燃放。\n@权利【春节】 条件：春节；行为：燃放烟花爆竹；优先于：第一条\n"
    #expect(Self.found(within).isEmpty)
  }

  @Test func communityDocumentsCiteTheResidentsLawAndPointAtTheHigherRule() throws {
    let lower = "=== 楼栋公约.weifa ===\n@标题 某楼栋公约\n@类型 楼栋公约\n@上位 《某小区公约》\n@属性 持车：是否\n@权利【可充】 主体：持车；行为：在楼道充电\n"
    let files = splitFiles(Self.higher + lower)
    let a = Analysis(files: files.map { InputFile(path: $0.name, bytes: Array($0.text.utf8)) })
    let d = try #require(a.diagnostics.first { $0.code.id == "WF8002" })
    #expect(d.basis.map(\.chinese) == ["《中华人民共和国城市居民委员会组织法》第十五条"])
    #expect(d.relatedPlaces.first?.file?.path == "小区公约.weifa")
    // A village's document cites the villagers' committees law.
    let village = Self.higher.replacingOccurrences(of: "@类型 小区公约", with: "@类型 村规民约").replacingOccurrences(of: "某小区公约", with: "某村规民约")
      + lower.replacingOccurrences(of: "@类型 楼栋公约", with: "@类型 村规民约").replacingOccurrences(of: "某小区公约", with: "某村规民约").replacingOccurrences(of: "某楼栋公约", with: "某组规约")
    let v = splitFiles(village)
    let dv = try #require(Analysis(files: v.map { InputFile(path: $0.name, bytes: Array($0.text.utf8)) }).diagnostics.first { $0.code.id == "WF8002" })
    #expect(dv.basis.map(\.chinese) == ["《中华人民共和国村民委员会组织法》第二十七条"])
  }

  @Test func twoBenefitsNameTheBenefit() throws {
    let text = "@属性 年龄：数值（周岁）\n@享有【甲】 主体：年龄 ≥ 80；内容：高龄补贴；金额：每月100元\n@享有【乙】 主体：年龄 ≥ 90；内容：高龄补贴；金额：每月100元\n"
    let d = try #require(analyze(text).diagnostics.first { $0.code.id == "WF7003" })
    #expect(d.message.zh.contains("「高龄补贴」"), "\(d.message.zh)")
  }

  // MARK: in-force periods

  @Test func theRepealDayIsNotADayInForce() throws {
    func text(_ repealed: String) -> String {
      "@属性 值：是否\n@义务【甲】 主体：值；行为：夜间巡逻；废止：\(repealed)\n@禁止【乙】 主体：值；行为：夜间巡逻；施行：2025年1月1日\n"
    }
    #expect(Self.found(text("2025年1月1日")).isEmpty, "repealed the day the other takes effect: they only touch")
    let d = try #require(analyze(text("2025年1月2日")).diagnostics.first { $0.code.id == "WF7001" })
    #expect(d.notes.contains { $0.zh.contains("在2025年1月1日同时适用两条") }, "\(d.notes.map(\.zh))")
  }
}
