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

  /// The truth of `e` and the facts that decided it (年龄 72 ≥ 60 → 老年村民).
  package func eval(_ e: Expr, _ facts: Facts) -> (Truth, [String]) {
    var reasons = [String]()
    let t = eval(e, facts, &reasons, depth: 0)
    return (t, reasons)
  }

  private func eval(_ e: Expr, _ facts: Facts, _ reasons: inout [String], depth: Int) -> Truth {
    if depth > 64 { return .unknown([]) }
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
      var local = [String]()
      for x in xs {
        var r = [String]()
        let t = eval(x, facts, &r, depth: depth + 1)
        out.append(t)
        if t == .yes { local = r; break }
        local += r
      }
      reasons += local
      return Truth.or(out)
    case .not(let x):
      var r = [String]()
      let t = eval(x, facts, &r, depth: depth + 1).negated
      reasons += r.map { "非（\($0)）" }
      return t
    case .invalid:
      return .unknown([])
    case .ref(let name, _):
      if Scope.everyone.contains(name) { return .yes }
      if let d = scope.definitions[name] {
        var r = [String]()
        let t = eval(d.expr, facts, &r, depth: depth + 1)
        if t == .yes { reasons.append(r.joined(separator: "，") + " → \(name)") }
        else if t == .no { reasons.append("不符合「\(name)」" + (r.isEmpty ? "" : "（" + r.joined(separator: "，") + "）")) }
        return t
      }
      guard let v = facts.values[name] else { return .unknown([name]) }
      let t: Truth = v.asName == "是" ? .yes : .no
      reasons.append("\(name) = \(v)")
      return t
    case .compare(let name, let op, let value, _):
      guard let v = facts.values[name] else { return .unknown([name]) }
      let t = compare(v, op, value, type: scope.attributes[name]?.type)
      switch (op, t) {
      case (.eq, .yes): reasons.append("\(name) = \(value)")
      case (.ne, .yes), (.eq, .no): reasons.append("\(name) = \(v)，≠ \(value)")
      case (_, .yes): reasons.append("\(name) \(v) \(op.rawValue) \(value)")
      default: reasons.append("\(name) \(v)，不\(op.rawValue) \(value)")
      }
      return t
    case .member(let name, let values, let negated, _):
      guard let v = facts.values[name] else { return .unknown([name]) }
      let inSet = values.contains { compare(v, .eq, $0, type: scope.attributes[name]?.type) == .yes }
      reasons.append("\(name) = \(v)")
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
    switch a.type {
    case .number:
      let digits = String(t.prefix { $0.isNumber || $0 == "." || $0 == "-" })
      if let r = Rational(decimal: digits) ?? ChineseNumeral.parse(t).map({ Rational($0) }) { return .success(.number(r, unit: nil, raw: t)) }
      return .failure(.wrongType(name, a.type.chinese, t))
    case .boolean:
      switch t {
      case "是", "true", "yes", "1", "Y", "y": return .success(.name("是"))
      case "否", "false", "no", "0", "N", "n": return .success(.name("否"))
      default: return .failure(.wrongType(name, a.type.chinese, t))
      }
    case .enumeration(let vs):
      return vs.contains(t) ? .success(.name(t)) : .failure(.unknownValue(name, t, vs))
    case .date:
      return Day.parse(t).map { .success(.day($0)) } ?? .failure(.wrongType(name, a.type.chinese, t))
    case .text, .unknown:
      return .success(.text(t))
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
