import WeifaBase

/// WF4006 duplicate-declaration: a name is declared once per document.
extension TypeChecks {
  package static let duplicateDeclaration = DiagnosticCode(
    "WF4006", "duplicate-declaration", .error,
    summary: .init(zh: "属性或定义重复声明", en: "an attribute or definition declared twice"),
    explanation: page(
      zh: """
      ## 说明
      同一文件中，一个名称只能声明一次（属性和定义共用名称）。
      ## 为什么
      两个声明不一致时无法知道以哪个为准。
      ## 示例
      """, en: """
      ## What
      A name is declared once per document; attributes and definitions share names.
      ## Why
      Two declarations may disagree.
      ## Example
      """,
      wrong: "@属性 年龄：数值\n@属性 年龄：文本\n@定义 成年：年龄 ≥ 18\n@享有【甲】 主体：成年；内容：选举权\n",
      right: "@属性 年龄：数值\n@定义 成年：年龄 ≥ 18\n@享有【甲】 主体：成年；内容：选举权\n",
      fixZh: "删除其中一个。", fixEn: "Remove one."))

  /// Attributes and definitions declared twice in the document (they share names).
  static func duplicates(_ c: Charter, _ ctx: inout CheckContext) {
    var seen = [String: TextRange]()
    for (name, span) in c.attributes.map({ ($0.name, $0.nameSpan) }) + c.definitions.map({ ($0.name, $0.nameSpan) }) {
      if let first = seen[name] {
        ctx.report(duplicateDeclaration, span, zh: "「\(name)」重复声明", en: "“\(name)” is declared twice",
                   related: [(first, .init(zh: "首次声明于此", en: "first declared here"))])
      } else { seen[name] = span }
    }
  }
}
