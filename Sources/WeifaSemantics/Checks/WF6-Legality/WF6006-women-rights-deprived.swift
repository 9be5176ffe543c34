import WeifaBase

/// WF6006 women-rights-deprived.
/// (Found by the pass in `WF6-Legality.swift`.)
extension LegalityChecks {
  package static let women = DiagnosticCode(
    "WF6006", "women-rights-deprived", .error,
    summary: .init(zh: "因婚姻状况或性别剥夺妇女及其子女的集体权益", en: "women or their children lose collective rights for marriage or sex"),
    explanation: page(
      zh: """
      ## 说明
      不得以妇女未婚、结婚、离婚、丧偶、户无男性等为由，侵害妇女在农村集体经济组织中的各项权益；因结婚男方到女方住所落户的，男方和子女享有平等的权益（《中华人民共和国妇女权益保障法》第五十五条、第五十六条）。承包期内妇女结婚、离婚、丧偶的，发包方不得收回其原承包地（《中华人民共和国农村土地承包法》第三十一条）。
      \(whyUnlawful.zh)
      ## 示例

      """, en: """
      ## What
      Women's collective rights may not be cut for being unmarried, married, divorced, widowed or in a household without men (Women's Rights Law arts. 55, 56; Rural Land Contracting Law art. 31).
      \(whyUnlawful.en)
      ## Example

      """,
      wrong: "第一条【分配】 出嫁女不享受本村集体收益分配。\n",
      right: "第一条【分配】 妇女不因结婚、离婚、丧偶而丧失本村集体收益分配的权利。\n",
      fixZh: "删除该限制；写明妇女享有平等的权益。", fixEn: "Remove the restriction; state equal rights.",
      basisZh: "《中华人民共和国妇女权益保障法》第五十五条、第五十六条；《中华人民共和国农村土地承包法》第三十一条；《中华人民共和国农村集体经济组织法》第十八条", basisEn: "《中华人民共和国妇女权益保障法》第五十五条、第五十六条；《中华人民共和国农村土地承包法》第三十一条；《中华人民共和国农村集体经济组织法》第十八条"))

  /// The words that show it in a 后果 or in prose (`LegalityChecks.prose`).
  static let womenPattern = Pattern(code: women, words: ["出嫁", "外嫁", "嫁出", "离婚", "丧偶", "入赘", "招婿", "户无男性", "已婚", "结婚后", "男到女家", "到女方"],
    alsoNeeds: ["不享受", "不得享受", "不再享受", "取消", "收回", "不分配", "不再分配", "不予分配", "不再享有", "不享有", "注销", "丧失", "减半", "不得参与",
                "不参与", "不参加", "一律不予", "不予办理", "方可享受", "入户费"],
    exemptIfSentenceHas: ["不得以", "不因", "不得因", "平等", "同等", "不受影响", "不得取消", "不得收回", "不得剥夺", "保障", "不丧失"], negatable: false,
    zh: "因「%@」剥夺集体权益，违反男女平等", en: "collective rights cut for “%@”",
    basis: [LegalCitation(law: Law.women, article: 56), LegalCitation(law: Law.land, article: 31), LegalCitation(law: Law.collective, article: 18)])

  /// A benefit or right over collective goods whose condition excludes people by sex or marital status.
  static func structuredWomen(_ r: Rule, _ ctx: inout CheckContext) {
    guard r.kind == .benefit || r.kind == .right else { return }
    let what = (r.content ?? "") + (r.act ?? "") + (r.head ?? "")
    guard ["土地", "承包", "分配", "分红", "收益", "补偿", "宅基地", "福利", "集体", "股"].contains(where: { containsExact(what, $0) }) else { return }
    let statusWords = ["婚", "嫁", "性别", "男性", "入赘", "丧偶"]
    let protected: Set<String> = ["出嫁", "外嫁", "离婚", "丧偶", "入赘", "女", "是", "已离婚"]
    func excludes(_ e: Expr, negated: Bool) -> (String, TextRange)? {
      switch e {
      case .and(let xs), .or(let xs): return xs.lazy.compactMap { excludes($0, negated: negated) }.first
      case .not(let x): return excludes(x, negated: !negated)
      case .compare(let n, let op, let v, let s) where statusWords.contains(where: { n.contains($0) }):
        let eq = (op == .eq) != negated
        let value = v.asName ?? ""
        return (eq ? !protected.contains(value) : protected.contains(value)) ? (n, s) : nil
      case .member(let n, let vs, let neg, let s) where statusWords.contains(where: { n.contains($0) }):
        let listed = Set(vs.compactMap(\.asName))
        let inclusive = neg == negated
        return (inclusive ? listed.isDisjoint(with: protected) : !listed.isDisjoint(with: protected)) ? (n, s) : nil
      case .ref(let n, let s) where statusWords.contains(where: { n.contains($0) }):
        return negated ? (n, s) : nil
      default: return nil
      }
    }
    for e in [r.subject, r.condition].compactMap({ $0 }) {
      if let (name, span) = excludes(e, negated: false) {
        ctx.report(women, span, zh: "「\(what)」的条件按「\(name)」排除了部分妇女", en: "the condition of “\(what)” excludes women by “\(name)”",
                   notes: [.init(zh: "注意：集体权益不得以未婚、结婚、离婚、丧偶、户无男性等为由区别对待", en: "note: collective rights may not depend on marital status or sex")],
                   basis: [LegalCitation(law: Law.women, article: 56), LegalCitation(law: Law.collective, article: 8)])
        return
      }
    }
  }
}
