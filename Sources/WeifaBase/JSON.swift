/// The one JSON writer: members keep the order they are given, two-space indent, strings escaped
/// per RFC 8259 (and U+2028/U+2029, so the output is also valid JavaScript). Two layouts: compact
/// (short arrays and small objects of scalars on one line: `weifa.model/1`) and expanded (every
/// member on its own line: diagnostics and answers).
package indirect enum JSONValue: Sendable, Equatable {
  case string(String), int(Int), bool(Bool), null
  case array([JSONValue])
  case object([Member])

  package struct Member: Sendable, Equatable {
    package var key: String
    package var value: JSONValue
    package init(_ key: String, _ value: JSONValue) { self.key = key; self.value = value }
  }

  /// An object from key/value pairs, leaving out the members whose value is nil.
  package static func obj(_ pairs: [(String, JSONValue?)]) -> JSONValue {
    .object(pairs.compactMap { k, v in v.map { Member(k, $0) } })
  }

  /// An object from key/value pairs, every member kept.
  package static func fields(_ pairs: [(String, JSONValue)]) -> JSONValue {
    .object(pairs.map { Member($0.0, $0.1) })
  }

  package static func str(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
  package static func num(_ n: Int?) -> JSONValue { n.map { .int($0) } ?? .null }

  package enum Layout: Sendable { case compact, expanded }

  package func render(indent: Int = 0, layout: Layout = .compact) -> String {
    var out = ""
    write(into: &out, indent: indent, compact: layout == .compact)
    return out
  }

  func write(into out: inout String, indent: Int, compact: Bool) {
    switch self {
    case .string(let s): JSONText.quote(s, into: &out)
    case .int(let i): out += String(i)
    case .bool(let b): out += b ? "true" : "false"
    case .null: out += "null"
    case .array(let items):
      if items.isEmpty { out += "[]"; return }
      // Short arrays of scalars stay on one line.
      if compact, items.count <= 8, items.allSatisfy(\.isScalar) {
        out += "["
        for (i, v) in items.enumerated() {
          if i > 0 { out += ", " }
          v.write(into: &out, indent: indent, compact: compact)
        }
        out += "]"
        return
      }
      let pad = String(repeating: "  ", count: indent + 1)
      out += "[\n"
      for (i, v) in items.enumerated() {
        out += pad
        v.write(into: &out, indent: indent + 1, compact: compact)
        out += i == items.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: "  ", count: indent) + "]"
    case .object(let members):
      if members.isEmpty { out += "{}"; return }
      // Small objects of scalars ({"numerator": 2, "denominator": 3}) stay on one line.
      if compact, members.count <= 4, members.allSatisfy({ $0.value.isScalar }) {
        out += "{"
        for (i, m) in members.enumerated() {
          if i > 0 { out += ", " }
          JSONText.quote(m.key, into: &out)
          out += ": "
          m.value.write(into: &out, indent: indent, compact: compact)
        }
        out += "}"
        return
      }
      let pad = String(repeating: "  ", count: indent + 1)
      out += "{\n"
      for (i, m) in members.enumerated() {
        out += pad
        JSONText.quote(m.key, into: &out)
        out += ": "
        m.value.write(into: &out, indent: indent + 1, compact: compact)
        out += i == members.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: "  ", count: indent) + "}"
    }
  }

  var isScalar: Bool {
    switch self {
    case .array, .object: return false
    default: return true
    }
  }
}

/// JSON string quoting, the one copy: RFC 8259 escapes, U+2028/U+2029 as escapes (so JSON is also
/// valid JavaScript), and with `scriptSafe` also `<`, `>` and `&`, so the text can sit inside a
/// `<script>` element of the resident page.
package enum JSONText {
  package static func quote(_ s: String, scriptSafe: Bool = false) -> String {
    var out = ""
    quote(s, scriptSafe: scriptSafe, into: &out)
    return out
  }

  package static func quote(_ s: String, scriptSafe: Bool = false, into out: inout String) {
    out += "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "<" where scriptSafe: out += "\\u003c"
      case ">" where scriptSafe: out += "\\u003e"
      case "&" where scriptSafe: out += "\\u0026"
      default:
        if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
          let hex = String(u.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    out += "\""
  }
}
