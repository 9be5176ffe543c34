import WeifaBase

/// WF1006 invalid-threshold.
/// Raised by the parser: `thresholdTerm`, `fraction` (Directives.swift).
extension SyntaxCodes {
  package static let invalidThreshold = DiagnosticCode(
    "WF1006", "invalid-threshold", .error,
    summary: .init(zh: "表决或法定人数规则写法有误", en: "malformed quorum or voting rule"),
    explanation: page(
      zh: """
      ## 说明
      表决规则写作「基数 比例」，如「成员 过半数 或 户 三分之二以上」「到会 过半数」「全体 三分之二以上」。基数可为：成员、全体成员、户、组成人员、到会、到会人员、全体、代表、全体代表、登记选民、投票。
      ## 为什么
      表决规则必须能精确计算。「过半数」不含本数，「以上」含本数（《中华人民共和国民法典》第一千二百五十九条）。
      ## 示例
      """, en: """
      ## What
      A rule is “base ratio”: 成员 过半数 或 户 三分之二以上, 到会 过半数, 全体 三分之二以上. Bases: 成员, 全体成员, 户, 组成人员, 到会, 到会人员, 全体, 代表, 全体代表, 登记选民, 投票.
      ## Why
      A decision rule must compute exactly. 过半数 excludes exactly half; 以上 includes the number (Civil Code art. 1259).
      ## Example
      """,
      wrong: "@机构 村民会议；表决：到会 三分之\n",
      right: "@机构 村民会议；表决：到会 过半数\n",
      fixZh: "写成「基数 比例」的形式。", fixEn: "Write it as “base ratio”."))
}
