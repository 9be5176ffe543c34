import WeifaBase

/// WF5016 incompatible-office: a body admits an office that its composition or the statute's bars
/// from it (村组法32: 村民委员会成员及其近亲属不得担任村务监督机构成员; 集体经济组织法34).
extension DecisionChecks {
  package static let incompatibleOffice = DiagnosticCode(
    "WF5016", "incompatible-office", .error,
    summary: .init(zh: "机构的组成容纳了不得担任其成员的职务", en: "a body admits an office barred from it"),
    explanation: page(
      zh: """
      ## 说明
      上位法同名机构（或本机构自己）的 @组成 写有「某某及其近亲属不得担任」时，本机构的 @组成 仍把该职务计为成员（如「村民委员会成员不超过1人」），或某 @职务 由该职务兼任（产生：由村民委员会副主任兼任），即报告。村民委员会成员及其近亲属不得担任村务监督机构成员（《中华人民共和国村民委员会组织法》第三十二条）；理事会成员、财务人员、会计人员及其近亲属不得担任监事会成员（《中华人民共和国农村集体经济组织法》第三十四条）。近亲属依《中华人民共和国民法典》第一千零四十五条第二款。
      ## 为什么
      监督者不能监督自己或自己的近亲属。
      ## 示例
      """, en: """
      ## What
      Raised when the higher law's body of the same name (or the body itself) says in its @组成 that an office and its near relatives may not sit on it, yet the body's @组成 counts that office among its members (村民委员会成员不超过1人), or one of its @职务 is held by that office (产生：由村民委员会副主任兼任). Villagers' Committees Law art. 32; Collective Economic Organisations Law art. 34; near relatives as in Civil Code art. 1045 ②.
      ## Why
      A supervisor cannot supervise themselves or their near relatives.
      ## Example
      """,
      wrong: "=== 某法.weifa ===\n@标题 某法\n@类型 法律\n@机构 村务监督委员会\n@组成：村民委员会成员及其近亲属不得担任\n=== 某村村规民约.weifa ===\n@标题 某村村规民约\n@上位 《某法》\n@机构 村务监督委员会\n@组成：由村民会议推选产生，村民委员会成员不超过1人\n",
      right: "=== 某法.weifa ===\n@标题 某法\n@类型 法律\n@机构 村务监督委员会\n@组成：村民委员会成员及其近亲属不得担任\n=== 某村村规民约.weifa ===\n@标题 某村村规民约\n@上位 《某法》\n@机构 村务监督委员会\n@组成：由村民会议推选产生，村民委员会成员及其近亲属不得担任\n",
      fixZh: "删去该职务，写明其及其近亲属不得担任。", fixEn: "Remove the office and state that it and its near relatives may not sit on the body.",
      basisZh: "《中华人民共和国村民委员会组织法》第三十二条；《中华人民共和国农村集体经济组织法》第三十四条；《中华人民共和国民法典》第一千零四十五条",
      basisEn: "Villagers' Committees Law art. 32; Collective Economic Organisations Law art. 34; Civil Code art. 1045"))

  static func incompatible(_ b: Body, _ own: Composition?, _ statute: StatuteBody?, _ ctx: inout CheckContext) {
    var barred = [(name: String, basis: [LegalCitation])]()
    if let (sb, sc, structure) = statute { for e in structure?.exclusions ?? [] { barred.append((e.name, citations(sb, sc))) } }
    for e in own?.exclusions ?? [] where !barred.contains(where: { $0.name == e.name }) { barred.append((e.name, [])) }
    guard !barred.isEmpty else { return }
    let at = b.compositionSpan ?? b.span
    for (name, basis) in barred {
      for part in own?.parts ?? [] {
        let admitted: String?
        switch part {
        case .category(let n): admitted = Composition.office(n, isOf: name) ? n : nil
        case .count(let n, _, let high): admitted = Composition.office(n, isOf: name) && high != 0 ? n : nil
        default: admitted = nil
        }
        if let n = admitted {
          ctx.report(incompatibleOffice, at, zh: "\(b.name)的组成含有「\(n)」，而\(name)不得担任\(b.name)成员",
                     en: "\(b.name) counts “\(n)” among its members; \(name) may not sit on \(b.name)", basis: basis)
        }
      }
      for r in b.roles {
        let how = r.selection ?? ""
        guard how.contains("兼任"), Composition.office(how, isOf: name) else { continue }
        ctx.report(incompatibleOffice, r.span, zh: "\(b.name)的\(r.name)「\(how)」，而\(name)不得担任\(b.name)成员",
                   en: "\(b.name)'s \(r.name) is “\(how)”; \(name) may not sit on \(b.name)", basis: basis)
      }
    }
  }
}
