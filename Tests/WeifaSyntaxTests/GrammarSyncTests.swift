import Foundation
import Testing
import WeifaTestSupport
import WeifaBase
import WeifaDriver
import WeifaSyntax

/// `Grammar/` is authoritative; these tests prove the parser agrees with it.
@Suite struct GrammarSyncTests {
  struct Production { let name: String; let text: String; let example: String? }

  static func read(_ name: String) -> String {
    (try? String(contentsOf: repoRoot.appendingPathComponent("Grammar").appendingPathComponent(name), encoding: .utf8)) ?? ""
  }

  static func normalize(_ s: String) -> String {
    s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
  }

  /// Productions of weifa.ebnf: `Name ::= …` up to the next blank line or comment; the
  /// `/* example: … */` comment right before one is its example.
  static func productions() -> [Production] {
    let text = read("weifa.ebnf")
    var out = [Production]()
    var pendingExample: String?
    var i = text.startIndex
    while i < text.endIndex {
      if text[i...].hasPrefix("/*") {
        let end = text[i...].range(of: "*/")!.upperBound
        let comment = String(text[i..<end])
        if comment.hasPrefix("/* example: ") {
          pendingExample = String(comment.dropFirst("/* example: ".count).dropLast(3))
        } else { pendingExample = nil }
        i = end
        continue
      }
      let lineEnd = text[i...].firstIndex(of: "\n") ?? text.endIndex
      let line = text[i..<lineEnd]
      if let r = line.range(of: " ::= "), !line.hasPrefix(" ") {
        // The production runs to the next blank line or comment.
        var end = lineEnd
        while end < text.endIndex {
          let next = text.index(after: end)
          let nextEnd = text[next...].firstIndex(of: "\n") ?? text.endIndex
          let nextLine = text[next..<nextEnd]
          if nextLine.trimmingCharacters(in: .whitespaces).isEmpty || nextLine.hasPrefix("/*") || nextLine.contains(" ::= ") { break }
          end = nextEnd
        }
        out.append(Production(name: String(line[..<r.lowerBound]), text: normalize(String(text[i..<end])), example: pendingExample))
        pendingExample = nil
        i = end
        continue
      }
      i = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
    }
    return out
  }

  /// `/// X ::= …` doc comments in the parser sources.
  static func parserRules() -> [String: String] {
    let dir = repoRoot.appendingPathComponent("Sources/WeifaSyntax")
    var out = [String: String]()
    for name in (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [] where name.hasSuffix(".swift") {
      let text = (try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)) ?? ""
      for line in text.split(separator: "\n") {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard t.hasPrefix("/// "), let r = t.range(of: " ::= ") else { continue }
        let rule = String(t.dropFirst(4))
        let name = String(t[t.index(t.startIndex, offsetBy: 4)..<r.lowerBound])
        guard name.first?.isUppercase == true, !name.contains(" ") else { continue }
        out[name] = normalize(rule)
      }
    }
    return out
  }

  @Test func grammarIsNotEmpty() { #expect(Self.productions().count > 40) }

  @Test func sameProductionsAsParser() {
    let grammar = Dictionary(Self.productions().map { ($0.name, $0.text) }, uniquingKeysWith: { a, _ in a })
    let parser = Self.parserRules()
    #expect(Set(grammar.keys) == Set(parser.keys),
            "only in grammar: \(Set(grammar.keys).subtracting(parser.keys).sorted()); only in parser: \(Set(parser.keys).subtracting(grammar.keys).sorted())")
    for (name, text) in grammar {
      if let p = parser[name] { #expect(p == text, "production \(name) differs:\n grammar: \(text)\n parser:  \(p)") }
    }
  }

  @Test func everyProductionIsASyntaxKind() {
    let kinds = Set(SyntaxKind.allCases.filter(\.isNode).map(\.productionName))
    let names = Set(Self.productions().map(\.name))
    #expect(kinds == names, "kinds only: \(kinds.subtracting(names).sorted()); grammar only: \(names.subtracting(kinds).sorted())")
  }

  @Test func examplesParse() {
    let withExamples = Self.productions().filter { $0.example != nil }
    #expect(withExamples.count >= 20)
    for p in withExamples {
      let source = SourceFile(path: p.name, text: p.example! + "\n")
      let result = Parser.parse(source)
      #expect(result.diagnostics.isEmpty, "example of \(p.name) has errors: \(result.diagnostics.map { $0.message.zh })")
      #expect(result.tree.root.preorder().contains { $0.kind.productionName == p.name }, "example of \(p.name) has no \(p.name) node")
    }
  }

  /// The alternatives `'a' | 'b'` of a lexical rule.
  static func alternatives(_ rule: String) -> [String] {
    let text = read("lexical.ebnf")
    guard let start = text.range(of: "\n" + rule + " ") else { return [] }
    var body = ""
    for line in text[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
      if !body.isEmpty && !line.hasPrefix(" ") { break }
      body += line.components(separatedBy: "/*")[0] + " "
    }
    let body2 = body.components(separatedBy: "::=").dropFirst().joined()
    var out = [String]()
    var rest = Substring(body2)
    while let open = rest.firstIndex(of: "'") {
      let after = rest.index(after: open)
      guard let close = rest[after...].firstIndex(of: "'") else { break }
      out.append(String(rest[after..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return out
  }

  @Test func sameKeywordsAsParser() {
    #expect(Set(Self.alternatives("DIRECTIVE_KEYWORD")) == Set(DirectiveKeyword.allCases.map(\.rawValue)))
    #expect(Set(Self.alternatives("FIELD_KEY")) == Set(FieldKey.allCases.map(\.rawValue)))
    #expect(Set(Self.alternatives("BASE")) == Set(Words.bases))
    #expect(Set(Self.alternatives("RATIO_WORD")) == Set(Words.ratioWords))
    #expect(Set(Self.alternatives("RATIO_PREFIX")) == Set(Words.ratioPrefixes))
    #expect(Set(Self.alternatives("RATIO_SUFFIX")) == Set(Words.ratioSuffixes))
    #expect(Set(Self.alternatives("QUANTITY_PREFIX")) == Set(Words.quantityPrefixes))
    #expect(Set(Self.alternatives("ORDINAL_UNIT")) == Set(Words.ordinalUnits))
    #expect(Set(Self.alternatives("RELATIVE_REF")) == Set(Words.relativeRefs))
    #expect(Set(Self.alternatives("SET_OP")) == Set(Words.setOps))
    #expect(Set(Self.alternatives("COMPARE_OP")) == Set(Words.compareSymbols + Words.compareWords))
    #expect(Set(Self.alternatives("'或'")) == Set(Words.orOps))
    #expect(Set(Self.alternatives("'且'")) == Set(Words.andOps))
    #expect(Set(Self.alternatives("'非'")) == Set(Words.notOps))
    #expect(Set(Words.typeKeywords).isSubset(of: Set(Self.alternatives("TypeSpec")) .union(Self.typeSpecTerminals())))
  }

  static func typeSpecTerminals() -> Set<String> {
    guard let p = productions().first(where: { $0.name == "TypeSpec" }) else { return [] }
    return Set(p.text.split(separator: "'").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) })
  }

  @Test func sameTraditionalTable() {
    let text = Self.read("lexical.ebnf")
    guard let r = text.range(of: "TRADITIONAL  ::= ") else { Issue.record("no TRADITIONAL rule"); return }
    let line = text[r.upperBound...].prefix { $0 != "\n" }
    var grammarPairs = Set<String>()
    for word in line.split(separator: " ") where word.count == 2 { grammarPairs.insert(String(word)) }
    var codePairs = Set<String>()
    let s = Array(Variants.pairs)
    for i in stride(from: 0, to: s.count - 1, by: 2) { codePairs.insert(String(s[i]) + String(s[i + 1])) }
    #expect(grammarPairs == codePairs, "grammar only: \(grammarPairs.subtracting(codePairs).sorted()); code only: \(codePairs.subtracting(grammarPairs).sorted())")
  }
}
