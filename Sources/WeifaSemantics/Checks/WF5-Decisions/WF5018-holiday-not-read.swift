import WeifaBase

/// WF5018 holiday-not-read: a `@休假日` or `@上班日` whose days are not in a form `HolidayEntry` reads.
extension DecisionChecks {
  package static let unreadHoliday = DiagnosticCode(
    "WF5018", "holiday-not-read", .error,
    summary: .init(zh: "休假日或上班日的日期无法读出", en: "the days of a holiday or working-day line cannot be read"),
    explanation: page(
      zh: """
      ## 说明
      @休假日、@上班日 写法定休假日的数据（《中华人民共和国民法典》第二百零三条第一款）：每周六、周日；每年10月1日至10月3日；2026-10-01至2026-10-07；2026-09-20、2026-10-10。日期不存在（2月30日）、起止颠倒或不是这些写法时报告，这一行不计入。
      ## 为什么
      读错的休假日会让期间的最后一日算错。
      ## 示例
      """, en: """
      ## What
      @休假日 and @上班日 give the statutory rest days (Civil Code art. 203 ①): 每周六、周日; 每年10月1日至10月3日; 2026-10-01至2026-10-07; 2026-09-20、2026-10-10. A day that does not exist, a range that runs backwards or another form is reported and the line is not used.
      ## Why
      A rest day read wrongly moves a period's last day wrongly.
      ## Example
      """,
      wrong: "@标题 某办法\n@类型 行政法规\n@休假日 2026-02-30至2026-03-02\n",
      right: "@标题 某办法\n@类型 行政法规\n@休假日 2026-02-28至2026-03-02\n",
      fixZh: "写成可读的日期或日期范围。", fixEn: "Write a valid day or range of days.",
      basisZh: "《中华人民共和国民法典》第二百零三条", basisEn: "Civil Code art. 203"))

  static func holidays(_ c: Charter, _ ctx: inout CheckContext) {
    for span in c.unreadHolidays {
      ctx.report(unreadHoliday, span, zh: "无法读出休假日或上班日的日期", en: "the days of this holiday or working-day line cannot be read")
    }
  }
}
