import WeifaBase

/// WF2005 dangling-relative-reference: 前款, 前两款, 前项 have something to point at. Found on each
/// reference by the reference pass (`WF3-References.swift`).
extension ReferenceChecks {
  package static let danglingRelative = DiagnosticCode(
    "WF2005", "dangling-relative-reference", .error,
    summary: .init(zh: "「前款」「前项」等没有可指向的对象", en: "“前款”, “前项” and the like have nothing to point at"),
    explanation: page(
      zh: """
      ## 说明
      「前款」指本条的上一款，「前两款」指上两款，「前项」指上一项。在一条的第一款中写「前款」，或在只有一款的条中写「前两款」，就没有可指向的内容。
      ## 为什么
      这类引用多半是从别处复制条文时留下的。
      ## 示例
      """, en: """
      ## What
      前款 is the previous paragraph of the same article, 前两款 the two before, 前项 the previous item. In the first paragraph there is no 前款.
      ## Why
      Such references are usually left over from copying text.
      ## Example
      """,
      wrong: "第一条【宗旨】 依照前款规定，制定本规约。\n",
      right: "第一条【宗旨】 为了推进村民自治，制定本规约。\n依照前款规定，本规约适用于本村村民。\n",
      fixZh: "改为具体的条款，如「本条第一款」。", fixEn: "Cite the paragraph by number instead."))

  /// A relative reference (前款, 前两款, 前三款, 前项) of one reference, where it stands.
  static func relative(_ rel: Ref.Relative, _ ref: Ref, _ ctx: inout CheckContext) {
    let need: Int
    switch rel {
    case .previousParagraph: need = 1
    case .previousTwo: need = 2
    case .previousThree: need = 3
    case .previousItem:
      if (ref.from.item ?? 0) < 1 {
        ctx.report(danglingRelative, ref.span, zh: "「前项」没有可指向的项：这里不在第二项或之后", en: "前项 points nowhere: this is not the second item or later")
      }
      return
    default: return
    }
    let have = ref.from.paragraph ?? -1
    if have < need {
      let zh = ref.from.article == nil ? "「\(rel.rawValue)」不在任何条中，没有可指向的款" : "「\(rel.rawValue)」没有可指向的款：这是本条第\(ChineseNumeral.format(max(have, 0) + 1))款"
      ctx.report(danglingRelative, ref.span, zh: zh, en: "\(rel.rawValue) points nowhere: only \(max(have, 0)) paragraph(s) precede it")
    }
  }
}
