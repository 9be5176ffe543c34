import WeifaBase

/// WF1012 orphan-field-line.
/// Raised by the parser: `LineParser.line` (Parser.swift).
extension SyntaxCodes {
  package static let orphanFieldLine = DiagnosticCode(
    "WF1012", "orphan-field-line", .error,
    summary: .init(zh: "字段行前面没有指令", en: "a field line with no directive above it"),
    explanation: page(
      zh: """
      ## 说明
      「@键：值」形式的行是上一条指令的续行，必须紧跟在一条指令（或它的续行）之后。
      ## 为什么
      没有所属指令的字段不知道描述的是什么。
      ## 示例
      """, en: """
      ## What
      A line “@key：value” continues the directive above it and must follow a directive or its continuation lines.
      ## Why
      A field with no directive describes nothing.
      ## Example
      """,
      wrong: "第一条 村民会议由村民组成。\n@表决：到会 过半数\n",
      right: "第一条 村民会议由村民组成。\n@机构 村民会议\n@表决：到会 过半数\n",
      fixZh: "把它接在对应的指令下面。", fixEn: "Put it under its directive."))
}
