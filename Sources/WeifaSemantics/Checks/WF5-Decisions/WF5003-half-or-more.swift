import WeifaBase

/// WF5003 half-or-more: 半数以上 where 过半数 is likely meant. Read by `ratios` in `WF5-Decisions.swift`
/// where no statutory floor applies (a floor makes it WF5002).
extension DecisionChecks {
  package static let halfOrMore = DiagnosticCode(
    "WF5003", "half-or-more", .warning,
    summary: .init(zh: "「半数以上」含本数，恰好一半即通过", en: "“半数以上” includes exactly half"),
    explanation: page(
      zh: """
      ## 说明
      「半数以上」包括恰好一半（《中华人民共和国民法典》第一千二百五十九条），与「过半数」不同。如果本意是多数通过，应写「过半数」。
      ## 为什么
      恰好一半赞成、一半反对时，「半数以上」会让决定通过，这往往不是起草者的本意。
      ## 示例
      """, en: """
      ## What
      半数以上 includes exactly half (Civil Code art. 1259), unlike 过半数. For a majority, write 过半数.
      ## Why
      With an even split, 半数以上 passes the motion, which is rarely what was meant.
      ## Example
      """,
      wrong: "@机构 理事会；表决：到会 半数以上\n",
      right: "@机构 理事会；表决：到会 过半数\n",
      fixZh: "若本意是多数通过，改为「过半数」。", fixEn: "Write 过半数 if a majority is meant.",
      basisZh: "《中华人民共和国民法典》第一千二百五十九条", basisEn: "Civil Code art. 1259"))


}
