import WeifaBase

/// The syntax codes (WF1xxx). Each has an explanation page with a wrong and a right example;
/// `ExplainTests` checks that the wrong one raises the code and the right one does not.
package enum SyntaxCodes {
  package static let unknownDirective = DiagnosticCode(
    "WF1001", "unknown-directive", .error,
    summary: .init(zh: "「@」后不是已知的指令", en: "the word after “@” is not a known directive"),
    explanation: page(
      zh: """
      ## 说明
      以「@」开头的行是结构行，「@」后必须紧跟一个指令关键词，如 @属性、@定义、@义务、@禁止、@权利、@享有、@机构、@事项、@程序、@案例。
      ## 为什么
      正文不会以「@」开头，所以「@」行一定是写给 Weifa 看的；关键词写错时，这一行的含义就丢了，必须指出来。
      ## 示例
      """, en: """
      ## What
      A line that starts with “@” is a structured line; the “@” must be followed by a directive keyword such as @属性, @定义, @义务, @禁止, @权利, @享有, @机构, @事项, @程序, @案例.
      ## Why
      Prose never starts with “@”, so such a line is meant for Weifa; a misspelt keyword would silently lose its meaning.
      ## Example
      """,
      wrong: "第一条【宗旨】 为了规范村务，制定本规约。\n@义物 主体：村民；行为：遵守本规约\n",
      right: "第一条【宗旨】 为了规范村务，制定本规约。\n@义务 主体：村民；行为：遵守本规约\n@属性 年龄：数值（周岁）\n@定义 村民：年龄 ≥ 0\n",
      fixZh: "改正拼写；可用的指令见 Grammar/README.md。", fixEn: "Correct the keyword; Grammar/README.md lists them."))

  package static let unknownField = DiagnosticCode(
    "WF1002", "unknown-field", .error,
    summary: .init(zh: "不是字段「键：值」的形式，或键不存在", en: "text where a field “key：value” was expected"),
    explanation: page(
      zh: """
      ## 说明
      指令的头部之后是一个个字段，写作「键：值」，用「；」分隔，如「主体：村民；行为：赡养父母」。这里出现了无法识别的字段。
      ## 为什么
      无法识别的字段不会被检查，也不会参与计算，写了等于没写。
      ## 示例
      """, en: """
      ## What
      After a directive's head come fields written “key：value” and separated by “；”. This text is not a known field.
      ## Why
      A field that is not understood is neither checked nor evaluated.
      ## Example
      """,
      wrong: "@属性 年龄：数值（周岁）\n@义务 主体：年龄 ≥ 18；做法：遵守本规约\n",
      right: "@属性 年龄：数值（周岁）\n@义务 主体：年龄 ≥ 18；行为：遵守本规约\n",
      fixZh: "使用该指令可用的字段名（见 Grammar/README.md 的字段表）。", fixEn: "Use one of the directive's fields (see the table in Grammar/README.md)."))

  package static let fieldNotAllowed = DiagnosticCode(
    "WF1003", "field-not-allowed", .error,
    summary: .init(zh: "该字段不属于这个指令", en: "the field does not belong to this directive"),
    explanation: page(
      zh: """
      ## 说明
      每个指令只接受特定的字段，例如 @机构 有「法定人数」「表决」，@享有 有「金额」。
      ## 为什么
      把字段写在错误的指令上，通常说明写错了位置或混淆了概念。
      ## 示例
      """, en: """
      ## What
      Each directive takes certain fields only: @机构 takes 法定人数 and 表决, @享有 takes 金额.
      ## Why
      A field on the wrong directive usually means the text is in the wrong place.
      ## Example
      """,
      wrong: "@机构 村民会议；金额：100元\n",
      right: "@机构 村民会议；表决：到会 过半数\n",
      fixZh: "把字段移到正确的指令上，或删除。", fixEn: "Move the field to the right directive, or remove it."))

  package static let missingHead = DiagnosticCode(
    "WF1004", "missing-head", .error,
    summary: .init(zh: "指令缺少名称或头部", en: "the directive lacks its name or head"),
    explanation: page(
      zh: """
      ## 说明
      有些指令必须有头部：@属性 要写「名称：类型」，@定义 要写「名称：条件」，@机构、@事项、@程序 要写名称。
      ## 为什么
      没有名称就无法被引用，也无法检查。
      ## 示例
      """, en: """
      ## What
      Some directives need a head: @属性 “name：type”, @定义 “name：condition”, @机构, @事项 and @程序 a name.
      ## Why
      Without a name nothing can refer to it or check it.
      ## Example
      """,
      wrong: "@机构 ；表决：到会 过半数\n",
      right: "@机构 村民会议；表决：到会 过半数\n",
      fixZh: "补上名称。", fixEn: "Add the name."))

  package static let invalidExpression = DiagnosticCode(
    "WF1005", "invalid-expression", .error,
    summary: .init(zh: "条件表达式写法有误", en: "malformed condition"),
    explanation: page(
      zh: """
      ## 说明
      条件由属性、定义、比较（年龄 ≥ 60、户籍 = 本村、户籍 属于（本村、外村））和「且」「或」「非」组成，可用括号。「且」「或」「非」「不小于」等词两侧要有空格。
      ## 为什么
      写错的条件无法判断适用于谁。
      ## 示例
      """, en: """
      ## What
      A condition is built from attributes, definitions, comparisons (年龄 ≥ 60, 户籍 = 本村, 户籍 属于（本村、外村）) and 且/或/非, with brackets. Word operators need spaces around them.
      ## Why
      A malformed condition cannot tell whom a rule applies to.
      ## Example
      """,
      wrong: "@属性 年龄：数值（周岁）\n@定义 老人：年龄 ≥\n",
      right: "@属性 年龄：数值（周岁）\n@定义 老人：年龄 ≥ 60\n@享有【补贴】 主体：老人；内容：高龄补贴\n",
      fixZh: "补全比较的两侧，检查括号是否配对。", fixEn: "Complete both sides of the comparison; check the brackets."))

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

  package static let invalidQuantity = DiagnosticCode(
    "WF1007", "invalid-quantity", .error,
    summary: .init(zh: "应为数量（数字和单位）", en: "a quantity (number and unit) was expected"),
    explanation: page(
      zh: """
      ## 说明
      人数、任期、金额、公示期等字段要写数量：数字（阿拉伯数字或中文数字）加单位，如「3至7人」「5年」「每月100元」「提前十日」。
      ## 为什么
      数量要参与计算和检查（如公示期是否够长）。
      ## 示例
      """, en: """
      ## What
      Fields such as 人数, 任期, 金额 and 公示 take a quantity: a number (Arabic or Chinese) and a unit: 3至7人, 5年, 每月100元, 提前十日.
      ## Why
      Quantities are computed and checked.
      ## Example
      """,
      wrong: "@机构 村民委员会；任期：若干年\n",
      right: "@机构 村民委员会；任期：5年\n",
      fixZh: "写明数字和单位。", fixEn: "Write a number and a unit."))

  package static let invalidDate = DiagnosticCode(
    "WF1008", "invalid-date", .error,
    summary: .init(zh: "日期写法有误或不存在", en: "malformed or impossible date"),
    explanation: page(
      zh: """
      ## 说明
      日期写作「2024年3月12日」或「2024-03-12」，且必须是真实存在的日期。
      ## 为什么
      施行、备案和案例的日期要参与计算。
      ## 示例
      """, en: """
      ## What
      Dates are written 2024年3月12日 or 2024-03-12 and must exist.
      ## Why
      Dates of effect, filing and cases are computed with.
      ## Example
      """,
      wrong: "@施行 2024年2月30日\n",
      right: "@施行 2024年3月1日\n",
      fixZh: "改为真实的日期。", fixEn: "Use a real date."))

  package static let invalidType = DiagnosticCode(
    "WF1009", "invalid-type", .error,
    summary: .init(zh: "属性类型写法有误", en: "malformed attribute type"),
    explanation: page(
      zh: """
      ## 说明
      @属性 的类型可为：数值、数值（单位）、是否、枚举（甲、乙、丙）、日期、文本。
      ## 为什么
      类型决定比较是否有意义、居民该填什么。
      ## 示例
      """, en: """
      ## What
      An attribute's type is 数值, 数值（单位）, 是否, 枚举（甲、乙、丙）, 日期 or 文本.
      ## Why
      The type decides which comparisons make sense and what a resident is asked.
      ## Example
      """,
      wrong: "@属性 年龄：整数\n",
      right: "@属性 年龄：数值（周岁）\n@享有【补贴】 主体：年龄 ≥ 80；内容：高龄补贴\n",
      fixZh: "使用上述类型之一。", fixEn: "Use one of these types."))

  package static let unclosedBracket = DiagnosticCode(
    "WF1010", "unclosed-bracket", .error,
    summary: .init(zh: "括号没有闭合", en: "unclosed bracket"),
    explanation: page(
      zh: """
      ## 说明
      结构行里的【】《》（）「」必须在同一行内配对。
      ## 为什么
      未闭合的括号会让后面的内容全被误读。
      ## 示例
      """, en: """
      ## What
      【】, 《》, （） and 「」 in a structured line must close on the same line.
      ## Why
      An unclosed bracket swallows the rest of the line.
      ## Example
      """,
      wrong: "@依据 《中华人民共和国村民委员会组织法\n",
      right: "@依据 《中华人民共和国村民委员会组织法》\n",
      fixZh: "补上右括号。", fixEn: "Add the closing bracket."))

  package static let unexpectedText = DiagnosticCode(
    "WF1011", "unexpected-text", .error,
    summary: .init(zh: "结构行中有多余或无法识别的内容", en: "unexpected text in a structured line"),
    explanation: page(
      zh: """
      ## 说明
      结构行的某处出现了不符合该位置写法的内容，例如值后面多了文字，或引用没有用《》。
      ## 为什么
      无法识别的内容不会被检查。
      ## 示例
      """, en: """
      ## What
      Part of a structured line does not fit there: extra words after a value, a reference without 《》.
      ## Why
      What is not understood is not checked.
      ## Example
      """,
      wrong: "@依据 村组法第二十七条\n",
      right: "@依据 《中华人民共和国村民委员会组织法》第二十七条\n",
      fixZh: "删除多余内容，或按语法改写。", fixEn: "Remove the extra text or rewrite it per the grammar."))

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

  package static let orphanItem = DiagnosticCode(
    "WF1013", "orphan-item", .error,
    summary: .init(zh: "项或目的位置不对", en: "an item or sub-item out of place"),
    explanation: page(
      zh: """
      ## 说明
      项「（一）」属于它前面的款，必须出现在条之内、款之后；目「1.」必须出现在项之后。
      ## 为什么
      放错位置的项无法被「第X条第X款第X项」准确引用。
      ## 示例
      """, en: """
      ## What
      An item （一） belongs to the paragraph before it, inside an article; a sub-item 1. follows an item.
      ## Why
      Misplaced items cannot be cited as 第X条第X款第X项.
      ## Example
      """,
      wrong: "第一章 总则\n（一）遵守法律；\n",
      right: "第一章 总则\n第一条 村民应当：\n（一）遵守法律；\n",
      fixZh: "把项放到相应的条、款之下。", fixEn: "Put the item under its article and paragraph."))

  package static let invalidNumeral = DiagnosticCode(
    "WF1015", "invalid-numeral", .error,
    summary: .init(zh: "中文数字写法有误", en: "malformed Chinese numeral"),
    explanation: page(
      zh: """
      ## 说明
      序号和数量中的中文数字要合乎规范，如「十一」「二十」「一百零一」「一百一十」。
      ## 为什么
      写错的数字无法确定是多少，编号和引用都会出错。
      ## 示例
      """, en: """
      ## What
      Chinese numerals must be well formed: 十一, 二十, 一百零一, 一百一十.
      ## Why
      A malformed numeral has no value; numbering and references break.
      ## Example
      """,
      wrong: "第十十条 本规约自通过之日起施行。\n",
      right: "第一条 本规约自通过之日起施行。\n",
      fixZh: "改为规范的中文数字。", fixEn: "Write a well-formed numeral."))

  package static let duplicateField = DiagnosticCode(
    "WF1017", "duplicate-field", .error,
    summary: .init(zh: "同一指令中字段重复", en: "a field given twice in one directive"),
    explanation: page(
      zh: """
      ## 说明
      同一条指令中每个字段只能写一次。
      ## 为什么
      两个值互相矛盾时不知道以哪个为准。
      ## 示例
      """, en: """
      ## What
      Each field may appear once in a directive.
      ## Why
      Two values leave it unclear which one holds.
      ## Example
      """,
      wrong: "@机构 村民委员会；任期：5年；任期：3年\n",
      right: "@机构 村民委员会；任期：5年\n",
      fixZh: "删除多余的一个。", fixEn: "Remove one of them."))

  package static let emptyValue = DiagnosticCode(
    "WF1018", "empty-value", .error,
    summary: .init(zh: "字段没有值", en: "a field without a value"),
    explanation: page(
      zh: """
      ## 说明
      「键：」后面必须有值。
      ## 为什么
      空字段没有意义，多半是漏写。
      ## 示例
      """, en: """
      ## What
      A “key：” must be followed by a value.
      ## Why
      An empty field means nothing; it is usually an omission.
      ## Example
      """,
      wrong: "@机构 村民委员会；任期：\n",
      right: "@机构 村民委员会；任期：5年\n",
      fixZh: "补上值，或删除该字段。", fixEn: "Add the value or remove the field."))

  package static let all: [DiagnosticCode] = [
    unknownDirective, unknownField, fieldNotAllowed, missingHead, invalidExpression, invalidThreshold,
    invalidQuantity, invalidDate, invalidType, unclosedBracket, unexpectedText, orphanFieldLine, orphanItem,
    invalidNumeral, duplicateField, emptyValue,
  ]
}

/// Assembles an explanation page from its prose, a wrong and a right example and the fix.
/// Examples are fenced as ```weifa 错误示例 / ```weifa 正确示例 so tests can extract them.
package func page(zh: String, en: String, wrong: String, right: String, fixZh: String, fixEn: String,
                  basisZh: String? = nil, basisEn: String? = nil) -> LocalizedText {
  let zhText = zh + "\n```weifa 错误示例\n" + wrong + "```\n\n```weifa 正确示例\n" + right + "```\n"
    + (basisZh.map { "## 依据\n\($0)\n" } ?? "") + "## 修复\n\(fixZh)\n"
  let enText = en + "\n```weifa wrong\n" + wrong + "```\n\n```weifa right\n" + right + "```\n"
    + (basisEn.map { "## Basis\n\($0)\n" } ?? "") + "## Fix\n\(fixEn)\n"
  return LocalizedText(zh: zhText, en: enText)
}
