import WeifaBase

/// WF1022 invalid-numbering.
/// Raised by the parser: `LineParser.numberingHead` (Layouts.swift).
extension SyntaxCodes {
  package static let invalidNumbering = DiagnosticCode(
    "WF1022", "invalid-numbering", .error,
    summary: .init(zh: "「@编号」写得不对", en: "a malformed numbering declaration (@编号)"),
    explanation: page(
      zh: """
      ## 说明
      「@编号」说明本文件各层级怎样编号，写在文件开头、第一个标题或条文之前：层级（编、章、节、条、项、目）、「：」、编号样式，各层级之间用「；」分隔。样式有 一、 1. （一） （1） ① 五种，每种只能编一个层级；「条：每行」表示每一行是一条（如三字经）。
      ## 为什么
      多数村规民约不用「第X条」，而用「一、」「1.」「（一）」编号。Weifa 据「@编号」识别条、项、目，引用、案例和打印才能指向原文的位置。
      ## 示例
      """, en: """
      ## What
      “@编号” states how each level of the document is numbered, at the top of the file, before the first heading or article: a level (编 章 节 条 项 目), “：”, the numbering style, levels separated by “；”. The styles are 一、 1. （一） （1） ①, each numbering one level; “条：每行” makes every line an article (verse).
      ## Why
      Most real charters number with 一、, 1. or （一） rather than 第X条. Weifa finds articles, items and sub-items by “@编号”, so that references, cases and printing point at the place as printed.
      ## Example
      """,
      wrong: "@标题 溪林村村规民约\n@编号 条：甲、\n一、村民应当遵守本规约。\n",
      right: "@标题 溪林村村规民约\n@编号 条：一、\n一、村民应当遵守本规约。\n",
      fixZh: "写作「@编号 条：一、；项：（一）」这样的形式。", fixEn: "Write it as “@编号 条：一、；项：（一）”."))
}
