import WeifaBase

/// WF5017 composition-not-read: a clause of @组成 that states a number, a share or a bar but is
/// not in a form `Composition` reads, so `check` and `decide` cannot hold the body to it.
extension DecisionChecks {
  package static let unreadComposition = DiagnosticCode(
    "WF5017", "composition-not-read", .note,
    summary: .init(zh: "组成中有未能按结构读出的人数或比例", en: "a number or share in a composition is not in a form Weifa reads"),
    explanation: page(
      zh: """
      ## 说明
      @组成 可以是自由文本；其中写有人数、比例、户数或「不得担任」的分句若不是 Grammar/README.md「组成」所列的写法，Weifa 读不出，不检查，也不用于 weifa decide，就给出本提示。
      ## 为什么
      读不出的规定不能与法律比较。
      ## 示例
      """, en: """
      ## What
      @组成 may be free text; a clause that states a count, a share, households or a bar in a form not listed in Grammar/README.md (composition) is not read, not checked and not used by weifa decide, and this note says so.
      ## Why
      What is not read cannot be compared with the law.
      ## Example
      """,
      wrong: "@机构 村民委员会\n@组成：主任、副主任和委员，约三分之一为妇女\n",
      right: "@机构 村民委员会\n@组成：主任、副主任和委员，其中应当有妇女成员\n",
      fixZh: "改用可读的写法，如「妇女成员不少于1人」「村民代表占组成人员五分之四以上」。", fixEn: "Use a form Weifa reads, such as 妇女成员不少于1人 or 村民代表占组成人员五分之四以上."))

  static func unread(_ b: Body, _ s: Composition?, _ ctx: inout CheckContext) {
    guard let s else { return }
    let marks = ["人", "名", "分之", "户", "单数", "不得", "半数"]
    let numerals = "0123456789一二两三四五六七八九十"
    for clause in s.unread where marks.contains(where: { clause.contains($0) }) && (clause.contains { numerals.contains($0) } || clause.contains("不得") || clause.contains("单数")) {
      ctx.report(unreadComposition, b.compositionSpan ?? b.span, zh: "\(b.name)的组成「\(clause)」未能按结构读出，未检查", en: "\(b.name): “\(clause)” in its composition is not read and not checked")
    }
  }
}
