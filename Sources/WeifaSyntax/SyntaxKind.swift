/// Every token and node kind. Node kinds are the productions of `Grammar/weifa.ebnf`,
/// with the same names (lowerCamelCase here), which `GrammarSyncTests` checks.
package enum SyntaxKind: UInt8, CaseIterable, Sendable {
  // MARK: Tokens: trivia
  case whitespace, newline, comment
  // MARK: Tokens: punctuation
  case atSign, colon, semicolon, separator, lparen, rparen, labelOpen, labelClose, titleOpen, titleClose
  case question, dot, slash, percent, dash, equals
  // MARK: Tokens: words
  case directiveKeyword, fieldKey, di, numeral, digits, ordinalUnit, relativeRefWord, dateUnit
  case labelText, titleText, prose, text, name, quoted
  case compareOp, setOp, andOp, orOp, notOp, typeKeyword, to
  case base, possessive, ratioWord, ratioPrefix, ratioSuffix, fenzhi, quantityPrefix, unit
  /// ① … ⑳ in a numbering mark; 章 条 项 … after `@` in a structure line.
  case circled, structureKeyword
  case error

  // MARK: Nodes (productions)
  case sourceFile, preamble, part, subPart, chapter, section, article
  case partHeading, subPartHeading, chapterHeading, sectionHeading, articleHeading
  case paragraph, item, subitem, proseText, reference, ordinal, relativeRef, docTitle, label, title
  case numeral_, subitemNumber
  case directive, directiveHead, attributeHead, definitionHead, fieldLine, field, fieldValue, typeSpec
  case expr, andExpr, notExpr, parenExpr, comparison, nameRef, value
  case threshold, thresholdTerm, ratio, fraction, quantity, number, date
  case refList, nameList, factList, fact, textValue, quoted_, name_
  case mark, structureLine, numberingHead, signatureBlock

  /// Whether this kind is a node (a production) rather than a token.
  package var isNode: Bool { rawValue >= SyntaxKind.sourceFile.rawValue }
  package var isTrivia: Bool { self == .whitespace || self == .newline || self == .comment }

  /// The production name as written in the grammar, for node kinds.
  package var productionName: String {
    var s = "\(self)"
    if s.hasSuffix("_") { s.removeLast() }
    return s.prefix(1).uppercased() + s.dropFirst()
  }
}
