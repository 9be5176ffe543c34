/// A small deterministic JSON writer: members keep the order they are given, two-space indent,
/// strings escaped per RFC 8259 (and U+2028/U+2029, so the output is also valid JavaScript).
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

  package static func str(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
  package static func num(_ n: Int?) -> JSONValue { n.map { .int($0) } ?? .null }

  package func render(indent: Int = 0) -> String {
    var out = ""
    write(into: &out, indent: indent)
    return out
  }

  func write(into out: inout String, indent: Int) {
    switch self {
    case .string(let s): JSONValue.quote(s, into: &out)
    case .int(let i): out += String(i)
    case .bool(let b): out += b ? "true" : "false"
    case .null: out += "null"
    case .array(let items):
      if items.isEmpty { out += "[]"; return }
      // Short arrays of scalars stay on one line.
      if items.count <= 8, items.allSatisfy(\.isScalar) {
        out += "["
        for (i, v) in items.enumerated() {
          if i > 0 { out += ", " }
          v.write(into: &out, indent: indent)
        }
        out += "]"
        return
      }
      let pad = String(repeating: "  ", count: indent + 1)
      out += "[\n"
      for (i, v) in items.enumerated() {
        out += pad
        v.write(into: &out, indent: indent + 1)
        out += i == items.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: "  ", count: indent) + "]"
    case .object(let members):
      if members.isEmpty { out += "{}"; return }
      // Small objects of scalars ({"numerator": 2, "denominator": 3}) stay on one line.
      if members.count <= 4, members.allSatisfy({ $0.value.isScalar }) {
        out += "{"
        for (i, m) in members.enumerated() {
          if i > 0 { out += ", " }
          JSONValue.quote(m.key, into: &out)
          out += ": "
          m.value.write(into: &out, indent: indent)
        }
        out += "}"
        return
      }
      let pad = String(repeating: "  ", count: indent + 1)
      out += "{\n"
      for (i, m) in members.enumerated() {
        out += pad
        JSONValue.quote(m.key, into: &out)
        out += ": "
        m.value.write(into: &out, indent: indent + 1)
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

  static func quote(_ s: String, into out: inout String) {
    out += "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
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
