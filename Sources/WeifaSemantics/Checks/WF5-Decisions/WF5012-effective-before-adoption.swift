import WeifaBase

/// WF5012 effective-before-adoption: a charter cannot take effect before it is adopted. A date
/// written as a year or a month is compared honestly: only when every day it may be is later.
extension DecisionChecks {
  package static let effectiveTooEarly = DiagnosticCode(
    "WF5012", "effective-before-adoption", .warning,
    summary: .init(zh: "施行日期早于通过日期", en: "the charter takes effect before it was adopted"),
    explanation: page(
      zh: """
      ## 说明
      @施行 的日期早于 @通过 的日期时报告。通过日期只写到年（2022年）或月（2023年6月）时，只有肯定更早才报告：施行2023年6月1日、通过2023年6月，不能确定先后，不报告。
      ## 为什么
      规约经村民会议（居民会议）通过才有效力，不能在通过以前施行；日期写错会让施行日期和公告都不可信。
      ## 示例
      """, en: """
      ## What
      Raised when @施行 is before the day of @通过. When the adoption date is a year (2022年) or a month (2023年6月), only when it is certainly earlier: 施行 2023年6月1日 against 通过 2023年6月 cannot be ordered and is not reported.
      ## Why
      A charter has force once the meeting adopts it; it cannot take effect before that.
      ## Example
      """,
      wrong: "@通过 村民会议；日期：2023年6月\n@施行 2023年5月1日\n",
      right: "@通过 村民会议；日期：2023年6月\n@施行 2023年7月1日\n",
      fixZh: "核对通过日期和施行日期。", fixEn: "Check both dates."))

  /// 施行 certainly before 通过.
  static func effectiveDate(_ c: Charter, _ ctx: inout CheckContext) {
    guard let e = c.effective, let a = c.adopted, let when = a.when, when.certainlyAfter(e) else { return }
    ctx.report(effectiveTooEarly, a.span, zh: "施行日期\(e)早于通过日期\(when)", en: "it takes effect on \(e.year)-\(e.month)-\(e.day), before it was adopted (\(when))")
  }
}
