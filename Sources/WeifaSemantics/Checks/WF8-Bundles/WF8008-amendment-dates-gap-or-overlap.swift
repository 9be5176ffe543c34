import WeifaBase

/// WF8008 amendment-dates-gap-or-overlap: the amended version's 施行 date does not follow the
/// version it amends: it starts after that version's 废止 (a gap), before it (an overlap), or
/// not after the old version's own 施行.
extension AmendmentChecks {
  package static let datesGapOrOverlap = DiagnosticCode(
    "WF8008", "amendment-dates-gap-or-overlap", .warning,
    summary: .init(zh: "修改前后两个版本的施行、废止日期之间有空档或重叠", en: "the dates of the two versions leave a gap or overlap"),
    explanation: page(
      zh: """
      ## 说明
      同时读入修改前的版本时，比较日期：修改前的版本写有 `@废止` 的，修改后的版本应当自废止之日起施行——晚于这一天，中间有一段时间没有规约施行；早于这一天，两个版本同时施行。没有写 `@废止` 的，修改后的施行日期应当晚于修改前的施行日期。
      ## 为什么
      村（居）民和村民委员会需要知道每一天适用哪一个版本（`weifa query --as-of` 按日期计算）；空档和重叠都会引起争议。规约不溯及既往（《中华人民共和国立法法》第一百零四条的精神）。
      ## 示例
      """, en: """
      ## What
      With the version before the amendment loaded too, the dates are compared: when the old version has `@废止`, the new one should take effect that day — later leaves days with no charter in force, earlier has both in force. Without `@废止`, the new 施行 must come after the old one's.
      ## Why
      Residents and the committee need to know which version applies on each day (`weifa query --as-of`); gaps and overlaps cause disputes.
      ## Example
      """,
      wrong: "=== 修改前.weifa ===\n@标题 某村村规民约\n@类型 村规民约\n@通过 村民会议；日期：2024年3月12日\n@施行 2024年4月1日\n@废止 2025年6月30日\n=== 修改后.weifa ===\n@标题 某村村规民约\n@类型 村规民约\n@通过 村民会议；日期：2024年3月12日\n@修正 村民会议；日期：2025年6月1日\n@施行 2025年8月1日\n",
      right: "=== 修改前.weifa ===\n@标题 某村村规民约\n@类型 村规民约\n@通过 村民会议；日期：2024年3月12日\n@施行 2024年4月1日\n@废止 2025年7月1日\n=== 修改后.weifa ===\n@标题 某村村规民约\n@类型 村规民约\n@通过 村民会议；日期：2024年3月12日\n@修正 村民会议；日期：2025年6月1日\n@施行 2025年7月1日\n",
      fixZh: "让修改后的版本自修改前版本废止之日起施行（或把修改前版本的 `@废止` 改为修改后的施行日期）。", fixEn: "Have the new version take effect on the day the old one is repealed (or set the old one's `@废止` to the new 施行 date).",
      basisZh: "《中华人民共和国立法法》第一百零四条", basisEn: "Legislation Law art. 104"))

  /// The new version takes effect the day the old one ends.
  static func dates(from old: Charter, to c: Charter, _ ctx: inout CheckContext) {
    guard let start = c.effective else { return }
    let at = c.amendments.last?.span ?? c.adopted?.span ?? TextRange(0, 0)
    let note = LocalizedText(zh: "修改前：\(name(old))", en: "before: \(name(old))")
    if let end = old.repealed {
      let days = start.ordinal - end.ordinal
      if days > 0 {
        ctx.report(datesGapOrOverlap, at, zh: "修改前的版本自\(end)废止，修改后的版本自\(start)才施行：中间 \(days) 天没有规约施行",
                   en: "the old version is repealed from \(end) and the new one takes effect on \(start): \(days) days with neither in force", notes: [note])
      } else if days < 0 {
        ctx.report(datesGapOrOverlap, at, zh: "修改后的版本自\(start)施行，修改前的版本到\(end)才废止：\(-days) 天内两个版本同时施行",
                   en: "the new version takes effect on \(start) and the old one is repealed only from \(end): both in force for \(-days) days", notes: [note])
      }
    } else if let oldStart = old.effective, start <= oldStart {
      ctx.report(datesGapOrOverlap, at, zh: "修改后的版本自\(start)施行，不晚于修改前的版本的施行日期（\(oldStart)）",
                 en: "the new version takes effect on \(start), not after the old version did (\(oldStart))", notes: [note])
    }
  }
}
