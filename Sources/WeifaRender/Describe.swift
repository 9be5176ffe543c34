import WeifaBase
import WeifaSemantics

/// Words the renderer adds, in the chosen language. The charter's own text is never translated.
package struct Words: Sendable {
  package let lang: Language
  package init(_ lang: Language) { self.lang = lang }
  package func callAsFunction(_ zh: String, _ en: String) -> String { lang == .zh ? zh : en }

  package var draftBanner: String { self("草稿（未通过检查）", "DRAFT (did not pass the checks)") }
  package var contents: String { self("目　　录", "Contents") }
  /// The brackets around the 题注.
  package var open: String { self("（", "(") }
  package var close: String { self("）", ")") }

  package func ruleKind(_ k: RuleKind) -> String {
    switch k {
    case .obligation: return self("义务", "Obligation")
    case .prohibition: return self("禁止", "Prohibition")
    case .right: return self("权利", "Right")
    case .benefit: return self("享有", "Benefit")
    case .advocacy: return self("倡导", "Encouraged")
    }
  }

  package func severity(_ s: Severity) -> String { lang == .zh ? s.chinese : s.english }
}

/// Structured content in the notation of the language, for the annotated edition.
package enum Notation {
  /// 年龄 ≥ 60 且 户籍 = 本村, with brackets where an 或 stands inside an 且.
  package static func expr(_ e: Expr) -> String { render(e, parent: 0) }

  private static func render(_ e: Expr, parent: Int) -> String {
    switch e {
    case .or(let xs):
      let s = xs.map { render($0, parent: 1) }.joined(separator: " 或 ")
      return parent > 1 ? "（\(s)）" : s
    case .and(let xs):
      let s = xs.map { render($0, parent: 2) }.joined(separator: " 且 ")
      return parent > 2 ? "（\(s)）" : s
    case .not(let x):
      return "非 " + render(x, parent: 3)
    case .compare(let name, let op, let value, _):
      return "\(name) \(op.rawValue) \(value.description)"
    case .member(let name, let values, let negated, _):
      return "\(name) \(negated ? "不属于" : "属于")（" + values.map(\.description).joined(separator: "、") + "）"
    case .ref(let name, _):
      return name
    case .invalid:
      return "？"
    }
  }

  /// 成员 过半数（> 1/2） 或 户 三分之二以上（≥ 2/3）.
  package static func threshold(_ t: Threshold) -> String {
    if t.terms.isEmpty { return t.text }
    return t.terms.map(term).joined(separator: " 或 ")
  }

  package static func term(_ t: ThresholdTerm) -> String {
    (t.base.map { $0.rawValue + " " } ?? "") + StatuteText.ratio(strict: t.strict, t.fraction) + "（\(StatuteText.math(strict: t.strict, t.fraction))）"
  }

  package static func names(_ n: [NameRef]) -> String {
    n.map { r in r.label.map { l in r.name == l ? "【\(l)】" : "\(r.name)【\(l)】" } ?? r.name }.joined(separator: "、")
  }

  /// 《村民委员会组织法》第二十四条、第二十九条: the title once for a run of the same document.
  package static func refs(_ r: [Ref]) -> String {
    var previous: String? = nil
    return r.map { ref -> String in
      var t = ref.text
      if let d = ref.document, d == previous, !ref.ordinals.isEmpty, t.hasPrefix("《\(d)》") { t = String(t.dropFirst(d.count + 2)) }
      previous = ref.document
      return t
    }.joined(separator: "、")
  }
}

/// Conditions over a person, worded as a statute words them (户籍为本村, 年龄六十周岁以上).
package struct Clause {
  let charter: Charter
  let workspace: Workspace?
  let charterIndex: Int?

  package init(_ charter: Charter, workspace: Workspace? = nil, index: Int? = nil) {
    self.charter = charter
    self.workspace = workspace
    charterIndex = index
  }

  /// The declared type of an attribute, looked up in the document, then in its bundle.
  func type(of name: String) -> AttributeType? {
    if let a = charter.attributes.first(where: { $0.name == name }) { return a.type }
    if let ws = workspace, let i = charterIndex {
      for d in ws.bundle(of: i) where d != i {
        if let a = ws.charters[d].attributes.first(where: { $0.name == name }) { return a.type }
      }
    }
    return nil
  }

  /// A name that reads as a person (a definition, or a name that is not a yes/no attribute).
  func isNoun(_ e: Expr) -> String? {
    switch e {
    case .ref(let name, _):
      if case .boolean? = type(of: name) { return nil }
      return name
    case .compare(let name, .eq, .name(let v), _) where name == "身份":
      return v
    default:
      return nil
    }
  }

  func value(_ v: Value, of name: String) -> String {
    switch v {
    case .number(let r, let unit, let raw):
      var u = unit
      if u == nil, case .number(let declared)? = type(of: name) { u = declared }
      // 分 after a score, 周岁 after an age: the unit follows the number.
      if r.isInteger && r.num >= 0 { return StatuteText.numeral(r) + (u ?? "") }
      return raw + (u ?? "")
    case .day(let d): return StatuteText.date(d)
    case .name(let n): return n
    case .text(let t): return "“\(t)”"
    }
  }

  /// A yes/no attribute as a fact: 是否理事 reads 理事.
  func fact(_ name: String) -> String {
    if case .boolean? = type(of: name), name.hasPrefix("是否"), name.count > 2 { return String(name.dropFirst(2)) }
    return name
  }

  /// The statute wording of a condition.
  package func words(_ e: Expr) -> String { words(e, depth: 0) }

  private func words(_ e: Expr, depth: Int) -> String {
    if depth > 32 { return "" }
    switch e {
    case .and(let xs): return xs.map { words($0, depth: depth + 1) }.joined(separator: "且")
    case .or(let xs): return xs.map { words($0, depth: depth + 1) }.joined(separator: "或者")
    case .not(let x):
      if case .ref(let name, _) = x { return "非" + fact(name) }
      return "不属于" + words(x, depth: depth + 1) + "的情形"
    case .ref(let name, _):
      return fact(name)
    case .compare(let name, let op, let v, _):
      if case .name(let yn) = v, case .boolean? = type(of: name) {
        let yes = (yn == "是") == (op == .eq)
        return yes ? fact(name) : "非" + fact(name)
      }
      let shown = value(v, of: name)
      switch op {
      case .eq: return "\(name)为\(shown)"
      case .ne: return "\(name)不为\(shown)"
      case .ge: return "\(name)\(shown)以上"
      case .le: return "\(name)\(shown)以下"
      case .gt: return "\(name)超过\(shown)"
      case .lt: return "\(name)不满\(shown)"
      }
    case .member(let name, let values, let negated, _):
      let list = values.map { value($0, of: name) }
      let joined = list.count > 1 ? list.dropLast().joined(separator: "、") + "或者" + list.last! : list.joined()
      return "\(name)\(negated ? "不为" : "为")\(joined)"
    case .invalid:
      return ""
    }
  }

  /// Who a rule speaks to: a person noun (老年村民) and the conditions on them.
  package func who(subject: Expr?, condition: Expr?) -> (noun: String?, qualifier: String?, condition: String?) {
    var noun: String? = nil
    var rest: [Expr] = []
    if let s = subject {
      if let n = isNoun(s) { noun = n } else if case .and(let parts) = s {
        let nouns = parts.compactMap(isNoun)
        if nouns.count == 1 {
          noun = nouns[0]
          rest = parts.filter { isNoun($0) == nil }
        } else { rest = [s] }
      } else { rest = [s] }
    }
    let qualifier = rest.isEmpty ? nil : rest.map(words).joined(separator: "且")
    let cond = condition.map(words).flatMap { $0.isEmpty ? nil : $0 }
    return (noun, qualifier.flatMap { $0.isEmpty ? nil : $0 }, cond)
  }
}
