/// WF1021 limit-exceeded.
/// Raised by every stage that hits a limit of `Limits` (`WeifaBase/Input.swift`): the parser (long lines, numbers, nesting, too many syntax errors), `CheckContext.report` (too many findings) and `ConflictChecks` (too many pairs).
extension InputIssues {
  package static let limitExceeded = DiagnosticCode(
    "WF1021", "limit-exceeded", .error,
    summary: .init(zh: "超出了 Weifa 的处理上限（行过长、数字过大、诊断过多等）",
                   en: "a limit of Weifa was exceeded (line too long, number too large, too many diagnostics …)"),
    explanation: page(
      zh: """
      ## 说明
      Weifa 对输入设有上限，远高于真实规约所需（见 Sources/ARCHITECTURE.md「Limits」）：文件不超过 32 MB；一行不超过 64 KB（过长的行保留原样但不作分析）；数字不超过一万亿；条件嵌套不超过 64 层；每个文件最多列出 1000 个语法错误和 1000 个检查结果；同一行为的规则最多两两比较 20000 对。超出上限时报告此项，其余部分照常检查。
      ## 为什么
      上限保证任何输入——包括损坏的文件或复制错误——都能在有限的时间和内存内得到回答，而不会卡住或崩溃。
      ## 示例
      """, en: """
      ## What
      Weifa bounds its input, far above what a real charter needs (see “Limits” in Sources/ARCHITECTURE.md): files up to 32 MB; lines up to 64 KB (a longer line is kept but not analysed); numbers up to 10^12; conditions nested up to 64 levels; at most 1000 syntax errors and 1000 findings listed per file; at most 20000 pairs of rules on the same act compared. Where a limit is hit this is reported and the rest is checked as usual.
      ## Why
      The limits make every input — damaged files and copying accidents included — answer in bounded time and memory instead of hanging or crashing.
      ## Example
      """,
      wrong: "@机构 村民委员会；任期：10000000000000年\n",
      right: "@机构 村民委员会；任期：5年\n",
      fixZh: "检查是否误输入（如多打了数字、丢失了换行）；确有需要时把文件拆分为几个文件。",
      fixEn: "Look for a typing or copying accident (extra digits, lost line breaks); split a very large document into several files."))
}
