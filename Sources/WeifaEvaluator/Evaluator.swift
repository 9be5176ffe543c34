import WeifaBase
import WeifaSemantics

/// What is known of a person: attribute → value. Missing attributes are unknown.
package struct Facts: Sendable {
  package var values: [String: Value]
  package init(_ values: [String: Value] = [:]) { self.values = values }
}

/// Three-valued truth: a condition may depend on facts not given.
package enum Truth: Sendable, Equatable {
  case yes, no
  /// Undecided; the attributes that would settle it.
  case unknown(Set<String>)

  static func and(_ xs: [Truth]) -> Truth {
    if xs.contains(.no) { return .no }
    let missing = xs.reduce(into: Set<String>()) { if case .unknown(let m) = $1 { $0.formUnion(m) } }
    return missing.isEmpty ? .yes : .unknown(missing)
  }
  static func or(_ xs: [Truth]) -> Truth {
    if xs.contains(.yes) { return .yes }
    let missing = xs.reduce(into: Set<String>()) { if case .unknown(let m) = $1 { $0.formUnion(m) } }
    return missing.isEmpty ? .no : .unknown(missing)
  }
  var negated: Truth {
    switch self {
    case .yes: return .no
    case .no: return .yes
    case .unknown: return self
    }
  }
}

/// Evaluates conditions over facts, with the reasons that decided them.
package struct Evaluator: Sendable {
  package let scope: Scope

  package init(scope: Scope) { self.scope = scope }
  package init(_ workspace: Workspace, document: Int) { scope = Scope(workspace, document) }

  /// The truth of `e` and the facts that decided it (年龄 72 ≥ 60 → 老年村民), in both
  /// languages (English quotes the charter's names: “年龄” 72 ≥ 60 → “老年村民”).
  package func eval(_ e: Expr, _ facts: Facts) -> (Truth, [LocalizedText]) {
    var reasons = [LocalizedText]()
    let t = eval(e, facts, &reasons, depth: 0)
    return (t, reasons)
  }

  /// A name or value as English text shows it: quoted unless it is plain ASCII (a number).
  static func en(_ s: String) -> String { s.unicodeScalars.allSatisfy(\.isASCII) ? s : "“\(s)”" }

  private func eval(_ e: Expr, _ facts: Facts, _ reasons: inout [LocalizedText], depth: Int) -> Truth {
    if depth > 64 { return .unknown([]) }
    let en = Evaluator.en
    switch e {
    case .and(let xs):
      var out = [Truth]()
      for x in xs {
        let t = eval(x, facts, &reasons, depth: depth + 1)
        out.append(t)
        if t == .no { break }
      }
      return Truth.and(out)
    case .or(let xs):
      var out = [Truth]()
      var local = [LocalizedText]()
      for x in xs {
        var r = [LocalizedText]()
        let t = eval(x, facts, &r, depth: depth + 1)
        out.append(t)
        if t == .yes { local = r; break }
        local += r
      }
      reasons += local
      return Truth.or(out)
    case .not(let x):
      var r = [LocalizedText]()
      let t = eval(x, facts, &r, depth: depth + 1).negated
      reasons += r.map { .init(zh: "非（\($0.zh)）", en: "not (\($0.en))") }
      return t
    case .invalid:
      return .unknown([])
    case .ref(let name, _):
      if Scope.everyone.contains(name) { return .yes }
      if let d = scope.definitions[name] {
        var r = [LocalizedText]()
        let t = eval(d.expr, facts, &r, depth: depth + 1)
        if t == .yes {
          reasons.append(.init(zh: r.map(\.zh).joined(separator: "，") + " → \(name)", en: r.map(\.en).joined(separator: ", ") + " → \(en(name))"))
        } else if t == .no {
          reasons.append(.init(zh: "不符合「\(name)」" + (r.isEmpty ? "" : "（" + r.map(\.zh).joined(separator: "，") + "）"),
                               en: "not \(en(name))" + (r.isEmpty ? "" : " (" + r.map(\.en).joined(separator: ", ") + ")")))
        }
        return t
      }
      guard let v = facts.values[name] else { return .unknown([name]) }
      let t: Truth = v.asName == "是" ? .yes : .no
      reasons.append(.init(zh: "\(name) = \(v)", en: "\(en(name)) = \(en(v.description))"))
      return t
    case .compare(let name, let op, let value, _):
      guard let v = facts.values[name] else { return .unknown([name]) }
      let t = compare(v, op, value, type: scope.attributes[name]?.type)
      let n = en(name), fv = en(v.description), rv = en(value.description)
      switch (op, t) {
      case (.eq, .yes): reasons.append(.init(zh: "\(name) = \(value)", en: "\(n) = \(rv)"))
      case (.ne, .yes), (.eq, .no): reasons.append(.init(zh: "\(name) = \(v)，≠ \(value)", en: "\(n) = \(fv), ≠ \(rv)"))
      case (_, .yes): reasons.append(.init(zh: "\(name) \(v) \(op.rawValue) \(value)", en: "\(n) \(fv) \(op.rawValue) \(rv)"))
      default: reasons.append(.init(zh: "\(name) \(v)，不\(op.rawValue) \(value)", en: "\(n) \(fv), not \(op.rawValue) \(rv)"))
      }
      return t
    case .member(let name, let values, let negated, _):
      guard let v = facts.values[name] else { return .unknown([name]) }
      let inSet = values.contains { compare(v, .eq, $0, type: scope.attributes[name]?.type) == .yes }
      reasons.append(.init(zh: "\(name) = \(v)", en: "\(en(name)) = \(en(v.description))"))
      return (inSet != negated) ? .yes : .no
    }
  }

  /// Compares a fact with a value under the attribute's type.
  package func compare(_ fact: Value, _ op: CompareOp, _ value: Value, type: AttributeType?) -> Truth {
    switch (fact, value) {
    case (.number(let a, _, _), .number(let b, _, _)) where !(isEnum(type)):
      return holds(a, op, b) ? .yes : .no
    case (.day(let a), .day(let b)):
      let x = Rational(a.year * 10000 + a.month * 100 + a.day), y = Rational(b.year * 10000 + b.month * 100 + b.day)
      return holds(x, op, y) ? .yes : .no
    default:
      let a = fact.asName ?? fact.description, b = value.asName ?? value.description
      switch op {
      case .eq: return a == b ? .yes : .no
      case .ne: return a != b ? .yes : .no
      default: return .unknown([])
      }
    }
  }

  private func isEnum(_ t: AttributeType?) -> Bool { if case .enumeration? = t { return true } else { return false } }

  private func holds(_ a: Rational, _ op: CompareOp, _ b: Rational) -> Bool {
    switch op {
    case .eq: return a == b
    case .ne: return a != b
    case .gt: return a > b
    case .ge: return a >= b
    case .lt: return a < b
    case .le: return a <= b
    }
  }

  /// Parses a fact given on the command line or in a CSV cell, by the attribute's type.
  package func parseFact(_ name: String, _ text: String) -> Result<Value, FactError> {
    guard let a = scope.attributes[name] else {
      return .failure(.unknownAttribute(name, known: scope.attributes.keys.sorted()))
    }
    let t = text.trimmingSpaces()
    if let v = Evaluator.value(of: t, as: a.type) { return .success(v) }
    if case .enumeration(let vs) = a.type { return .failure(.unknownValue(name, t, vs)) }
    return .failure(.wrongType(name, a.type.chinese, t))
  }

  /// The value `text` gives for an attribute of `type`, as `--fact`, a 案例 and a CSV cell read
  /// it: numbers in digits or Chinese numerals (82, 八十二, 82岁), 是/否 (true/false, yes/no,
  /// 1/0, Y/N), dates as 2024-03-12 or 2024年3月12日 (real days only); nil if it is no such value.
  package static func value(of t: String, as type: AttributeType) -> Value? {
    switch type {
    case .number:
      let digits = String(t.prefix { $0.isNumber || $0 == "." || $0 == "-" })
      if let r = Rational(decimal: digits) ?? ChineseNumeral.parse(t).map({ Rational($0) }) { return .number(r, unit: nil, raw: t) }
      return nil
    case .boolean:
      switch t {
      case "是", "true", "yes", "1", "Y", "y": return .name("是")
      case "否", "false", "no", "0", "N", "n": return .name("否")
      default: return nil
      }
    case .enumeration(let vs):
      return vs.contains(t) ? .name(t) : nil
    case .date:
      return Day.parse(t).map { .day($0) }
    case .text, .unknown:
      return .text(t)
    }
  }
}

/// A fact that cannot be used, with what would be accepted.
package enum FactError: Error, Sendable {
  case unknownAttribute(String, known: [String])
  case wrongType(String, String, String)
  case unknownValue(String, String, [String])

  package var message: LocalizedText {
    switch self {
    case .unknownAttribute(let n, let known):
      let close = Suggest.closest(n, among: known)
      return .init(zh: "本规约没有属性「\(n)」；" + (close.isEmpty ? "" : "是否指" + close.map { "「\($0)」" }.joined(separator: "或") + "？") + "可用的属性有：" + known.joined(separator: "、"),
                   en: "no attribute “\(n)”; " + (close.isEmpty ? "" : "did you mean " + close.map { "“\($0)”" }.joined(separator: " or ") + "? ") + "the attributes are: " + known.joined(separator: ", "))
    case .wrongType(let n, let t, let v):
      return .init(zh: "「\(n)」是\(t)，「\(v)」不是这种值", en: "“\(n)” is \(t); “\(v)” is not such a value")
    case .unknownValue(let n, let v, let vs):
      let close = Suggest.closest(v, among: vs)
      return .init(zh: "「\(n)」没有取值「\(v)」；" + (close.isEmpty ? "" : "是否指" + close.map { "「\($0)」" }.joined(separator: "或") + "？") + "可取：" + vs.joined(separator: "、"),
                   en: "“\(n)” has no value “\(v)”; " + (close.isEmpty ? "" : "did you mean " + close.map { "“\($0)”" }.joined(separator: " or ") + "? ") + "it takes: " + vs.joined(separator: ", "))
    }
  }
}

extension String {
  func replacingSpaces() -> String { split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
}
