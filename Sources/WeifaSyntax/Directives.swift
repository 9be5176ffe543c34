import WeifaBase

// MARK: - Directives and fields

extension LineParser {
  /// If a field key followed by `：` starts at `p`: the key and the offset after the key.
  mutating func fieldStart(_ p: Int) -> (key: FieldKey, index: Int, end: Int)? {
    if p != lastFieldStartAt || lineEnd != lastFieldStartLineEnd {
      lastFieldStartAt = p
      lastFieldStartLineEnd = lineEnd
      lastFieldStartIndex = -1
      if let (v, e) = Tables.fields.match(b, p, limit: lineEnd), isScalar(spacesEnd(e), ":", "：") {
        lastFieldStartIndex = v
        lastFieldStartEnd = e
      }
    }
    guard lastFieldStartIndex >= 0 else { return nil }
    return (Tables.fieldCases[lastFieldStartIndex], lastFieldStartIndex, lastFieldStartEnd)
  }

  /// Whether a field key followed by `：` starts at `p`.
  @inline(__always)
  mutating func isFieldStart(_ p: Int) -> Bool {
    if p != lastFieldStartAt || lineEnd != lastFieldStartLineEnd { _ = fieldStart(p) }
    return lastFieldStartIndex >= 0
  }

  /// Directive ::= '@' DIRECTIVE_KEYWORD Label? DirectiveHead? ( ';'? Field ( ';' Field )* )? LINE_END FieldLine*
  mutating func directive() {
    builder.start(.directive)
    let atStart = pos
    bump(.atSign, to: next(pos))
    skipSpaces()
    guard let (v, kwEnd) = Tables.directives.match(b, pos, limit: lineEnd) else {
      let e = max(nameEnd(pos), pos < lineEnd ? next(pos) : pos)
      let word = file.text(TextRange(pos, e))
      // Past the limit the diagnostic is only counted: no suggestion is worked out for it.
      let listed = diagnostics.count < Limits.maxSyntaxDiagnostics
      error(SyntaxCodes.unknownDirective, atStart, e, zh: "「@\(word)」不是已知的指令", en: "“@\(word)” is not a known directive",
            notes: listed ? [LineParser.directiveSuggestion(word) ?? LineParser.directivesHelp] : [])
      var e2 = pos
      while e2 < lineEnd && !isCommentStart(e2) { e2 = next(e2) }
      bump(.error, to: e2)
      structuredLineEnd()
      continuationLines(allowed: nil, allowedMask: ~0)
      builder.finish()
      return
    }
    let keyword = Tables.directiveCases[v]
    let allowedMask = Tables.fieldMasks[v]
    bump(.directiveKeyword, to: kwEnd)
    skipSpaces()
    if isScalar(pos, "【", "[") {
      label()
      skipSpaces()
    }
    let atField = isFieldStart(pos)
    switch keyword.head {
    case .none: break
    case .optionalText:
      if !atField && !atValueEnd(pos) { directiveHead { $0.textValue() } }
    case .text, .names, .refs, .date, .attribute, .definition, .numbering, .expression:
      if atField || atValueEnd(pos) {
        error(SyntaxCodes.missingHead, atStart, kwEnd,
              zh: "「@\(keyword.rawValue)」后面缺少\(headName(keyword.head).zh)", en: "“@\(keyword.rawValue)” needs \(headName(keyword.head).en)")
      } else {
        switch keyword.head {
        case .names: directiveHead { $0.nameList() }
        case .refs: directiveHead { $0.refList() }
        case .date: directiveHead { $0.date() }
        case .attribute: directiveHead { $0.attributeHead() }
        case .definition: directiveHead { $0.definitionHead() }
        case .numbering: directiveHead { $0.numberingHead() }
        case .expression: directiveHead { $0.expr() }
        default: directiveHead { $0.textValue() }
        }
      }
    }
    var seen: FieldMask = 0
    fieldsTail(allowed: keyword, allowedMask: allowedMask, seen: &seen)
    structuredLineEnd()
    continuationLines(allowed: keyword, allowedMask: allowedMask, seen: seen)
    builder.finish()
  }

  /// 「是否指「@禁止」？」 for a misspelt directive (`@禁至`), also when the head follows it with no
  /// space (`@禁至乱倒垃圾`: the word's first characters are compared with each keyword); nil when
  /// nothing is close, and the whole list is shown instead.
  ///
  /// The same answer as `Suggest.note(word, among: keywords, prefix: "@")` followed by the prefix
  /// comparison, but a damaged or fuzzed file has an unknown directive on most lines: the keywords'
  /// scalars are built once, and a keyword is measured only when it shares enough scalars with the
  /// word (`max(|a|, |b|) − common(a, b)` is a lower bound of the edit distance), so a word of
  /// unrelated characters costs no distance table.
  static func directiveSuggestion(_ word: String) -> LocalizedText? {
    let scalars = Array(word.unicodeScalars)
    guard !scalars.isEmpty, scalars.count <= Suggest.maxLength else { return nil }
    let keywords = directiveKeywordScalars
    // Suggest.closest: keywords within the word's allowed distance, closest first, at most three.
    let allowed = Suggest.allowedDistance(scalars.count)
    if allowed > 0 {
      var found: [(index: Int, distance: Int)] = []
      for (i, k) in keywords.enumerated() {
        guard abs(k.count - scalars.count) <= allowed,
              max(k.count, scalars.count) - commonScalars(scalars[...], k) <= allowed else { continue }
        let d = Suggest.distance(scalars, k, bound: allowed)
        if d <= allowed && Tables.directiveNames[i] != word { found.append((i, d)) }
      }
      if !found.isEmpty {
        let best = found.sorted { ($0.distance, $0.index) < ($1.distance, $1.index) }.prefix(3)
        return Suggest.didYouMean(best.map { Tables.directiveNames[$0.index] }, prefix: "@")
      }
    }
    // The word's first characters against each keyword of two characters or more.
    var close = [String]()
    for (i, k) in keywords.enumerated() {
      let n = k.count
      guard n >= 2, scalars.count > n else { continue }
      let allowed = Suggest.allowedDistance(n)
      let head = scalars[..<n]
      guard n - commonScalars(head, k) <= allowed else { continue }
      if Suggest.distance(Array(head), k, bound: allowed) <= allowed { close.append(Tables.directiveNames[i]) }
    }
    return Suggest.didYouMean(close, prefix: "@")
  }

  /// The directive keywords' scalars, in `allCases` order.
  static let directiveKeywordScalars: [[Unicode.Scalar]] = Tables.directiveNames.map { Array($0.unicodeScalars) }

  /// How many scalars `a` and `b` have in common, counted as multisets (`b` is a keyword: short).
  static func commonScalars(_ a: ArraySlice<Unicode.Scalar>, _ b: [Unicode.Scalar]) -> Int {
    var used: UInt64 = 0
    var common = 0
    for x in a {
      for j in 0..<min(b.count, 64) where used & (1 << UInt64(j)) == 0 && b[j] == x {
        used |= 1 << UInt64(j)
        common += 1
        break
      }
    }
    return common
  }

  /// Built once: a file of many unknown directives must not build it once per line.
  static let directivesHelp = LocalizedText(
    zh: "帮助：可用的指令有 " + DirectiveKeyword.allCases.map { "@" + $0.rawValue }.joined(separator: "、"),
    en: "help: the directives are " + DirectiveKeyword.allCases.map { "“@" + $0.rawValue + "”" }.joined(separator: ", "))

  mutating func headName(_ h: HeadKind) -> (zh: String, en: String) {
    switch h {
    case .attribute: return ("「名称：类型」", "“name：type”")
    case .definition: return ("「名称：条件」", "“name：condition”")
    case .expression: return ("条件，如「户籍 = 本村 或 是否在本村居住」", "a condition")
    case .date: return ("日期", "a date")
    case .refs: return ("引用，如《中华人民共和国村民委员会组织法》第二十七条", "a reference")
    case .names: return ("名称", "names")
    default: return ("名称", "a name")
    }
  }

  /// DirectiveHead ::= AttributeHead | DefinitionHead | NumberingHead | Expr | TextValue
  mutating func directiveHead(_ body: (inout LineParser) -> Void) {
    builder.start(.directiveHead)
    body(&self)
    builder.finish()
  }

  /// Continuation lines `@字段：值` that belong to the directive just parsed.
  /// `allowedMask` is `allowed`'s fields as a bit set (all bits when `allowed` is nil); `seen` the keys given so far.
  mutating func continuationLines(allowed: DirectiveKeyword?, allowedMask: FieldMask, seen: FieldMask = 0) {
    var seen = seen
    while pos < n {
      // Comment lines may stand between a directive and its continuation lines.
      let saved = pos
      beginLine()
      var first = spacesEnd(pos)
      while isCommentStart(first) {
        var after = lineEnd
        if after < n { after += (b[after] == 0x0D && after + 1 < n && b[after + 1] == 0x0A) ? 2 : 1 }
        pos = after
        beginLine()
        first = spacesEnd(pos)
      }
      // A field line too long to analyse is left to `line()`, which reports it.
      let isField = lineEnd - pos <= Limits.maxLineBytes && isScalar(first, "@", "＠") && isFieldStart(spacesEnd(next(first)))
      pos = saved
      beginLine()
      guard isField else { return }
      // Emit the comment lines, then the field line.
      while isCommentStart(spacesEnd(pos)) {
        skipSpaces()
        bump(.comment, to: lineEnd)
        newline()
        beginLine()
      }
      skipSpaces()
      fieldLine(allowed: allowed, allowedMask: allowedMask, seen: seen)
      // Track the keys the continuation gave, for duplicate detection across lines.
      seen |= lastFieldKeys
    }
  }

  /// FieldLine ::= '@' Field ( ';' Field )* LINE_END
  mutating func fieldLine(allowed: DirectiveKeyword?, allowedMask: FieldMask = ~0, seen: FieldMask) {
    builder.start(.fieldLine)
    bump(.atSign, to: next(pos))
    skipSpaces()
    var s = seen
    fieldsTail(allowed: allowed, allowedMask: allowedMask, seen: &s)
    lastFieldKeys = s
    structuredLineEnd()
    builder.finish()
  }

  /// The fields of the rest of a line, separated by `；`. Text that is not a field is an error up to the next `；`.
  mutating func fieldsTail(allowed: DirectiveKeyword?, allowedMask: FieldMask, seen: inout FieldMask) {
    while true {
      skipSpaces()
      if pos >= lineEnd || (isCommentStart(pos) && atValueEnd(pos)) { return }
      if isScalar(pos, ";", "；") {
        bump(.semicolon, to: next(pos))
        continue
      }
      if isFieldStart(pos) {
        field(allowed: allowed, allowedMask: allowedMask, seen: &seen)
        continue
      }
      // Not a field: report up to the next separator.
      let start = pos
      var e = pos
      while e < lineEnd && !atValueEnd(e) { e = next(e) }
      if e == start { e = next(e) }
      let word = file.text(TextRange(start, e)).trimmingSpaces()
      // A misspelt key (`主休：…`) gets the keys closest to it; anything else the directive's keys.
      let typedKey = word.firstIndex(where: { $0 == "：" || $0 == ":" }).map { String(word[..<$0]).trimmingSpaces() }
      let hint: LocalizedText? = typedKey.flatMap { Suggest.note($0, among: (allowed?.fields ?? FieldKey.allCases).map(\.rawValue)) } ?? allowed.map { d in
        let keys = d.fields.map(\.rawValue)
        return keys.isEmpty
          ? .init(zh: "帮助：「@\(d.rawValue)」没有字段", en: "help: “@\(d.rawValue)” takes no fields")
          : .init(zh: "帮助：「@\(d.rawValue)」可用的字段有 " + keys.joined(separator: "、"), en: "help: “@\(d.rawValue)” takes " + keys.joined(separator: ", "))
      }
      error(SyntaxCodes.unknownField, start, e, zh: "「\(word)」不是「键：值」形式的字段", en: "“\(word)” is not a field “key：value”",
            notes: hint.map { [$0] } ?? [])
      bump(.error, to: e)
    }
  }

  /// Field ::= FIELD_KEY ':' FieldValue
  mutating func field(allowed: DirectiveKeyword?, allowedMask: FieldMask, seen: inout FieldMask) {
    let (key, keyIndex, keyEnd) = fieldStart(pos)!
    let bit: FieldMask = 1 << FieldMask(keyIndex)
    builder.start(.field)
    let keyStart = pos
    if let d = allowed, allowedMask & bit == 0 {
      let keys = d.fields.map(\.rawValue)
      error(SyntaxCodes.fieldNotAllowed, keyStart, keyEnd, zh: "字段「\(key.rawValue)」不属于「@\(d.rawValue)」",
            en: "field “\(key.rawValue)” does not belong to “@\(d.rawValue)”",
            notes: [keys.isEmpty
                    ? .init(zh: "帮助：「@\(d.rawValue)」没有字段", en: "help: “@\(d.rawValue)” takes no fields")
                    : .init(zh: "帮助：可用的字段有 " + keys.joined(separator: "、"), en: "help: its fields are " + keys.map { "“\($0)”" }.joined(separator: ", "))])
    } else if seen & bit != 0 {
      error(SyntaxCodes.duplicateField, keyStart, keyEnd, zh: "字段「\(key.rawValue)」重复", en: "field “\(key.rawValue)” is given twice")
    }
    seen |= bit
    bump(.fieldKey, to: keyEnd)
    skipSpaces()
    bump(.colon, to: next(pos))
    skipSpaces()
    builder.start(.fieldValue)
    if atValueEnd(pos) {
      error(SyntaxCodes.emptyValue, keyStart, pos, zh: "字段「\(key.rawValue)」没有值", en: "field “\(key.rawValue)” has no value")
    } else if key == .date, let d = allowed, [.adopted, .amended, .filing].contains(d) {
      // Adoption records as they are: 2022年, 2023年6月.
      date(partial: true)
    } else {
      fieldValue(key.valueKind)
    }
    builder.finish()
    // Anything left before the next `；` does not belong to the value.
    skipSpaces()
    if !atValueEnd(pos) {
      let start = pos
      var e = pos
      while e < lineEnd && !atValueEnd(e) { e = next(e) }
      let extra = file.text(TextRange(start, e)).trimmingSpaces()
      error(SyntaxCodes.unexpectedText, start, e, zh: "字段「\(key.rawValue)」的值后面有多余内容「\(extra)」",
            en: "unexpected “\(extra)” after the value of “\(key.rawValue)”")
      bump(.error, to: e)
    }
    builder.finish()
  }

  /// FieldValue ::= Expr | Threshold | Quantity | Date | RefList | NameList | FactList | TypeSpec | TextValue
  mutating func fieldValue(_ kind: ValueKind) {
    switch kind {
    case .expr: expr()
    case .exception: if isScalar(pos, "【", "[") { refList() } else { expr() }
    case .threshold: threshold()
    case .specialThreshold:
      if isScalar(pos, "【", "[") { label(); skipSpaces() }
      threshold()
    case .quantity: quantity()
    case .date: date()
    case .refs: refList()
    case .names: nameList()
    case .facts: factList()
    case .text: textValue()
    case .amount: textValue()
    }
  }

  /// AttributeHead ::= Name ':' TypeSpec
  mutating func attributeHead() {
    builder.start(.attributeHead)
    if nameEnd(pos) == pos {
      error(SyntaxCodes.missingHead, pos, pos, zh: "属性缺少名称", en: "the attribute has no name")
    }
    name()
    skipSpaces()
    if isScalar(pos, ":", "：") {
      bump(.colon, to: next(pos))
      skipSpaces()
      typeSpec()
    } else {
      error(SyntaxCodes.missingHead, pos, pos, zh: "属性名称后缺少「：类型」", en: "the attribute needs “：type”")
    }
    builder.finish()
  }

  /// DefinitionHead ::= Name ':' Expr
  mutating func definitionHead() {
    builder.start(.definitionHead)
    if nameEnd(pos) == pos {
      error(SyntaxCodes.missingHead, pos, pos, zh: "定义缺少名称", en: "the definition has no name")
    }
    name()
    skipSpaces()
    if isScalar(pos, ":", "：") {
      bump(.colon, to: next(pos))
      skipSpaces()
      expr()
    } else {
      error(SyntaxCodes.missingHead, pos, pos, zh: "定义名称后缺少「：条件」", en: "the definition needs “：condition”")
    }
    builder.finish()
  }

  /// TypeSpec ::= '数值' ( '（' UNIT '）' )? | '是否' | '枚举' '（' Name ( '、' Name )* '）' | '日期' | '文本'
  mutating func typeSpec() {
    builder.start(.typeSpec)
    if let (v, e) = Tables.types.match(b, pos, limit: lineEnd) {
      bump(.typeKeyword, to: e)
      skipSpaces()
      if v == 0, isScalar(pos, "（", "(") {            // 数值（单位）
        let open = pos
        bump(.lparen, to: next(pos))
        var u = pos
        while let s = scalar(u), s != ")", s != "）", !atValueEnd(u) { u = next(u) }
        bump(.unit, to: u)
        if isScalar(pos, ")", "）") { bump(.rparen, to: next(pos)) } else {
          error(SyntaxCodes.unclosedBracket, open, pos, zh: "括号没有闭合", en: "unclosed bracket")
        }
      } else if v == 2 {                                // 枚举（…）
        if isScalar(pos, "（", "(") {
          let open = pos
          bump(.lparen, to: next(pos))
          while true {
            skipSpaces()
            if isScalar(pos, ")", "）") || atValueEnd(pos) { break }
            if nameEnd(pos) > pos { name() } else { bump(.error, to: next(pos)) }
            skipSpaces()
            if isScalar(pos, "、", "，", ",") { bump(.separator, to: next(pos)) }
          }
          if isScalar(pos, ")", "）") { bump(.rparen, to: next(pos)) } else {
            error(SyntaxCodes.unclosedBracket, open, pos, zh: "枚举值的括号没有闭合", en: "the list of values is not closed")
          }
        } else {
          error(SyntaxCodes.invalidType, pos, pos, zh: "枚举类型要列出取值，如「枚举（本村、外村）」", en: "an enumeration lists its values: 枚举（本村、外村）")
        }
      }
    } else {
      var e = pos
      while e < lineEnd && !atValueEnd(e) { e = next(e) }
      let word = file.text(TextRange(pos, e)).trimmingSpaces()
      error(SyntaxCodes.invalidType, pos, e, zh: "「\(word)」不是属性类型", en: "“\(word)” is not an attribute type",
            notes: [.init(zh: "帮助：类型可为 数值、数值（单位）、是否、枚举（甲、乙）、日期、文本", en: "help: types are 数值, 数值（单位）, 是否, 枚举（甲、乙）, 日期, 文本")])
      bump(.error, to: e)
    }
    builder.finish()
  }
}

// MARK: - Expressions

extension LineParser {
  /// If a word operator from `table` starts at `p` and ends at a word boundary: its end.
  mutating func wordOp(_ table: WordTable, _ p: Int, symbolic: Bool = false) -> Int? {
    guard let (_, e) = table.match(b, p, limit: lineEnd) else { return nil }
    if let s = scalar(p), s.value < 0x80 || (s.value >= 0xFF01 && s.value <= 0xFF5E) { return e }   // symbols need no space
    return wordBoundary(e) ? e : nil
  }

  /// Expr ::= AndExpr ( '或' AndExpr )*
  mutating func expr() {
    builder.start(.expr)
    exprDepth += 1
    defer { exprDepth -= 1 }
    andExpr()
    while true {
      let save = spacesEnd(pos)
      guard let e = wordOp(Tables.orOps, save) else { break }
      skipSpaces()
      bump(.orOp, to: e)
      skipSpaces()
      andExpr()
    }
    builder.finish()
  }

  /// AndExpr ::= NotExpr ( '且' NotExpr )*
  mutating func andExpr() {
    builder.start(.andExpr)
    notExpr()
    while true {
      let save = spacesEnd(pos)
      guard let e = wordOp(Tables.andOps, save) else { break }
      skipSpaces()
      bump(.andOp, to: e)
      skipSpaces()
      notExpr()
    }
    builder.finish()
  }

  /// NotExpr ::= '非' NotExpr | ParenExpr | Comparison | NameRef
  mutating func notExpr() {
    builder.start(.notExpr)
    skipSpaces()
    if exprDepth > LineParser.maxExprDepth {
      var e = pos
      while e < lineEnd && !atValueEnd(e) { e = next(e) }
      error(InputIssues.limitExceeded, pos, e, zh: "条件嵌套过深（超过\(LineParser.maxExprDepth)层）", en: "condition nested too deeply (over \(LineParser.maxExprDepth) levels)")
      bump(.error, to: e)
    } else if let e = wordOp(Tables.notOps, pos) {
      bump(.notOp, to: e)
      exprDepth += 1
      notExpr()
      exprDepth -= 1
    } else if isScalar(pos, "（", "(") {
      parenExpr()
    } else if atValueEnd(pos) || nameEnd(pos) == pos {
      let start = pos
      if !atValueEnd(pos) { bump(.error, to: next(pos)) }
      error(SyntaxCodes.invalidExpression, start, pos, zh: "此处缺少条件（属性、定义或比较）", en: "a condition (attribute, definition or comparison) is missing here")
    } else {
      let afterName = spacesEnd(nameEnd(pos))
      if compareOpEnd(afterName) != nil || Tables.setOps.match(b, afterName, limit: lineEnd) != nil {
        comparison()
      } else {
        nameRef()
      }
    }
    builder.finish()
  }

  /// ParenExpr ::= '（' Expr '）'
  mutating func parenExpr() {
    builder.start(.parenExpr)
    let open = pos
    bump(.lparen, to: next(pos))
    skipSpaces()
    expr()
    skipSpaces()
    if isScalar(pos, ")", "）") { bump(.rparen, to: next(pos)) } else {
      error(SyntaxCodes.unclosedBracket, open, next(open), zh: "括号没有闭合", en: "unclosed bracket")
    }
    builder.finish()
  }

  mutating func compareOpEnd(_ p: Int) -> Int? {
    if let (_, e) = Tables.compareSymbols.match(b, p, limit: lineEnd) { return e }
    return wordOp(Tables.compareWords, p)
  }

  /// Comparison ::= Name ( COMPARE_OP Value | SET_OP '（' Value ( '、' Value )* '）' )
  mutating func comparison() {
    builder.start(.comparison)
    name()
    skipSpaces()
    if let (_, e) = Tables.setOps.match(b, pos, limit: lineEnd) {
      bump(.setOp, to: e)
      skipSpaces()
      if isScalar(pos, "（", "(") {
        let open = pos
        bump(.lparen, to: next(pos))
        while true {
          skipSpaces()
          if isScalar(pos, ")", "）") || atValueEnd(pos) { break }
          let before = pos
          value()
          skipSpaces()
          if isScalar(pos, "、", "，", ",") { bump(.separator, to: next(pos)) } else if pos == before { bump(.error, to: next(pos)) }
        }
        if isScalar(pos, ")", "）") { bump(.rparen, to: next(pos)) } else {
          error(SyntaxCodes.unclosedBracket, open, next(open), zh: "括号没有闭合", en: "unclosed bracket")
        }
      } else {
        error(SyntaxCodes.invalidExpression, pos, pos, zh: "「属于」后应为括号中的取值，如「属于（本村、外村）」",
              en: "“属于” takes values in brackets: 属于（本村、外村）")
      }
    } else if let e = compareOpEnd(pos) {
      bump(.compareOp, to: e)
      skipSpaces()
      if atValueEnd(pos) || (nameEnd(pos) == pos && !isScalar(pos, "「", "“")) {
        error(SyntaxCodes.invalidExpression, pos, pos, zh: "比较符号后缺少值", en: "a value is missing after the comparison")
      } else {
        value()
      }
    }
    builder.finish()
  }

  /// NameRef ::= Name
  mutating func nameRef() {
    builder.start(.nameRef)
    name()
    builder.finish()
  }

  /// Name ::= NAME
  mutating func name() {
    builder.start(.name_)
    bump(.name, to: nameEnd(pos))
    builder.finish()
  }

  /// Value ::= Quantity | Date | Quoted | Name
  mutating func value() {
    builder.start(.value)
    if isScalar(pos, "「", "“") {
      quoted()
    } else if looksLikeDate(pos) {
      date()
    } else if isDigit(pos) || (isChineseNumeral(pos) && chineseQuantity(pos)) {
      quantity()
    } else {
      name()
    }
    builder.finish()
  }

  /// Whether a Chinese numeral at `p` is a number (一百, 六十周岁) rather than the start of a name (一组).
  mutating func chineseQuantity(_ p: Int) -> Bool {
    let e = chineseNumeralEnd(p)
    let end = nameEnd(p)
    if e == end { return true }
    if let (_, ue) = Tables.units.match(b, e, limit: lineEnd) {
      if ue == end { return true }
      if let (_, se) = Tables.ratioSuffixes.match(b, ue, limit: lineEnd), se == end { return true }
    }
    if let (_, se) = Tables.ratioSuffixes.match(b, e, limit: lineEnd), se == end { return true }
    return false
  }

  mutating func looksLikeDate(_ p: Int) -> Bool {
    let e = digitsEnd(p)
    guard e > p else {
      // 二〇二四年三月一日
      let c = chineseNumeralEnd(p)
      guard c > p, isScalar(c, "年") else { return false }
      return isChineseNumeral(next(c))
    }
    if isScalar(e, "年") { return isDigit(next(e)) || isChineseNumeral(next(e)) }
    if isScalar(e, "-", "－", "/", "／") { return isDigit(next(e)) }
    if isScalar(e, ".", "．") { let m = next(e); return isDigit(m) && isScalar(digitsEnd(m), ".", "．") }
    return false
  }

  /// Quoted ::= QUOTED
  mutating func quoted() {
    builder.start(.quoted_)
    let start = pos
    let close: Unicode.Scalar = scalar(pos) == "「" ? "」" : "”"
    if let e = closing(pos, close) {
      bump(.quoted, to: e)
    } else {
      error(SyntaxCodes.unclosedBracket, start, next(start), zh: "引号没有闭合", en: "unclosed quotation mark")
      var e = pos
      while e < lineEnd && !atValueEnd(e) { e = next(e) }
      bump(.quoted, to: e)
    }
    builder.finish()
  }
}

// MARK: - Decision rules, quantities, dates, lists

extension LineParser {
  /// Threshold ::= ThresholdTerm ( '或' ThresholdTerm )*
  mutating func threshold() {
    builder.start(.threshold)
    thresholdTerm()
    while true {
      let save = spacesEnd(pos)
      guard let e = wordOp(Tables.orOps, save) ?? Tables.orOps.match(b, save, limit: lineEnd).map(\.end) else { break }
      skipSpaces()
      bump(.orOp, to: e)
      skipSpaces()
      thresholdTerm()
    }
    builder.finish()
  }

  mutating func ratioStart(_ p: Int) -> Bool {
    Tables.ratioWords.match(b, p, limit: lineEnd) != nil || Tables.ratioPrefixes.match(b, p, limit: lineEnd) != nil
      || isDigit(p) || isChineseNumeral(p)
  }

  /// ThresholdTerm ::= BASE? '的'? Ratio
  mutating func thresholdTerm() {
    builder.start(.thresholdTerm)
    skipSpaces()
    if let (_, e) = Tables.bases.match(b, pos, limit: lineEnd), !isChineseNumeral(pos) || !ratioStart(pos) {
      bump(.base, to: e)
    } else if !ratioStart(pos) && !atValueEnd(pos) {
      // An unknown base: report it, then go on with the ratio.
      let start = pos
      var e = pos
      while e < lineEnd && !atValueEnd(e) && !ratioStart(e) && !LineParser.isSpace(scalar(e)!) { e = next(e) }
      if e == start { e = next(e) }
      let word = file.text(TextRange(start, e))
      error(SyntaxCodes.invalidThreshold, start, e, zh: "「\(word)」不是表决基数", en: "“\(word)” is not a base of a decision rule",
            notes: [.init(zh: "帮助：基数可为 " + Words.bases.joined(separator: "、"), en: "help: the bases are " + Words.bases.joined(separator: ", "))])
      bump(.error, to: e)
    }
    skipSpaces()
    if isScalar(pos, "的") { bump(.possessive, to: next(pos)); skipSpaces() }
    ratio()
    builder.finish()
  }

  /// Ratio ::= RATIO_WORD | RATIO_PREFIX? Fraction RATIO_SUFFIX?
  mutating func ratio() {
    builder.start(.ratio)
    if let (_, e) = Tables.ratioWords.match(b, pos, limit: lineEnd) {
      bump(.ratioWord, to: e)
    } else {
      if let (_, e) = Tables.ratioPrefixes.match(b, pos, limit: lineEnd) { bump(.ratioPrefix, to: e); skipSpaces() }
      fraction()
      if let (_, e) = Tables.ratioSuffixes.match(b, pos, limit: lineEnd) { bump(.ratioSuffix, to: e) }
    }
    builder.finish()
  }

  /// Fraction ::= Numeral '分之' Numeral | DIGITS '/' DIGITS | DIGITS '%'
  mutating func fraction() {
    builder.start(.fraction)
    let start = pos
    func fail(_ p: inout LineParser) {
      var e = p.pos
      while e < p.lineEnd && !p.atValueEnd(e) && !LineParser.isSpace(p.scalar(e)!) { e = p.next(e) }
      if e == p.pos && !p.atValueEnd(e) { e = p.next(e) }
      p.error(SyntaxCodes.invalidThreshold, start, max(e, start), zh: "应为比例，如「过半数」「三分之二以上」「2/3」",
              en: "a ratio was expected: “过半数”, “三分之二以上”, “2/3”")
      p.bump(.error, to: e)
    }
    if isDigit(pos) || isChineseNumeral(pos) {
      numeral()
      if isScalar(pos, "分"), isScalar(next(pos), "之") {
        bump(.fenzhi, to: next(next(pos)))
        if isDigit(pos) || isChineseNumeral(pos) { numeral() } else { fail(&self) }
      } else if isScalar(pos, "/", "／") {
        bump(.slash, to: next(pos))
        if isDigit(pos) { numeral() } else { fail(&self) }
      } else if isScalar(pos, "%", "％") {
        bump(.percent, to: next(pos))
      } else {
        fail(&self)
      }
    } else {
      fail(&self)
    }
    builder.finish()
  }

  /// Quantity ::= QUANTITY_PREFIX? Number UNIT? ( '至' Number UNIT? )? RATIO_SUFFIX?
  mutating func quantity() {
    builder.start(.quantity)
    if let (_, e) = Tables.quantityPrefixes.match(b, pos, limit: lineEnd) { bump(.quantityPrefix, to: e); skipSpaces() }
    number()
    unit()
    skipSpaces()
    if isScalar(pos, "至", "-", "－", "~", "～") {
      bump(.to, to: next(pos))
      skipSpaces()
      number()
      unit()
    }
    if let (_, e) = Tables.ratioSuffixes.match(b, pos, limit: lineEnd) { bump(.ratioSuffix, to: e) }
    builder.finish()
  }

  /// UNIT: the letters after a number, up to a delimiter, a digit, 至 or 以上/以下/以内.
  mutating func unit() {
    var e = pos
    while let s = scalar(e), !LineParser.isDelimiter(s), ChineseNumeral.asciiDigit(s) == nil, s != "至", s != "~", s != "～",
          Tables.ratioSuffixes.match(b, e, limit: lineEnd) == nil, !(s == "#" || s == "＃") {
      e = next(e)
    }
    bump(.unit, to: e)
  }

  /// Number ::= DIGITS ( '.' DIGITS )? | CHINESE_NUMERAL
  mutating func number() {
    builder.start(.number)
    if isDigit(pos) {
      numberLimit(pos, digitsEnd(pos))
      bump(.digits, to: digitsEnd(pos))
      if isScalar(pos, ".", "．"), isDigit(next(pos)) {
        bump(.dot, to: next(pos))
        bump(.digits, to: digitsEnd(pos))
      }
    } else if isChineseNumeral(pos) {
      let e = chineseNumeralEnd(pos)
      if numberLimit(pos, e) {
      } else if ChineseNumeral.parse(utf8: b, pos..<e) == nil {
        error(SyntaxCodes.invalidNumeral, pos, e, zh: "「\(file.text(TextRange(pos, e)))」不是规范的中文数字",
              en: "“\(file.text(TextRange(pos, e)))” is not a well-formed Chinese numeral")
      }
      bump(.numeral, to: e)
    } else {
      var e = pos
      while e < lineEnd && !atValueEnd(e) && !LineParser.isSpace(scalar(e)!) { e = next(e) }
      let word = file.text(TextRange(pos, e))
      error(SyntaxCodes.invalidQuantity, pos, e, zh: "「\(word)」不是数量，应写数字和单位，如「5年」「3至7人」",
            en: "“\(word)” is not a quantity; write a number and a unit: 5年, 3至7人")
      bump(.error, to: e)
    }
    builder.finish()
  }

  /// Date ::= Number '年' ( Number '月' ( Number '日' )? )? | DIGITS '-' DIGITS '-' DIGITS
  /// (a year alone or a year and month only with `partial`: the 日期 of 通过, 修正 and 备案).
  mutating func date(partial: Bool = false) {
    builder.start(.date)
    let start = pos
    var parts = [Int]()
    func part(_ p: inout LineParser) -> Bool {
      if p.isDigit(p.pos) {
        let e = p.digitsEnd(p.pos)
        parts.append(ChineseNumeral.parse(utf8: p.b, p.pos..<e) ?? -1)
        p.builder.start(.number); p.bump(.digits, to: e); p.builder.finish()
        return true
      }
      if p.isChineseNumeral(p.pos) {
        let e = p.chineseNumeralEnd(p.pos)
        parts.append(ChineseNumeral.parse(utf8: p.b, p.pos..<e) ?? -1)
        p.builder.start(.number); p.bump(.numeral, to: e); p.builder.finish()
        return true
      }
      return false
    }
    var ok = part(&self)
    if ok && isScalar(pos, "年") {
      for unit in ["年", "月", "日"] as [Unicode.Scalar] {
        guard ok, isScalar(pos, unit) else { ok = false; break }
        bump(.dateUnit, to: next(pos))
        if unit != "日" {
          if partial && !isDigit(pos) && !isChineseNumeral(pos) { break }
          ok = part(&self)
        }
      }
    } else if ok, let sep = scalar(pos), ["-", "－", "/", "／", ".", "．"].contains(sep) {
      for _ in 0..<2 {
        guard ok, isScalar(pos, "-", "－", "/", "／", ".", "．") else { ok = false; break }
        bump(.dash, to: next(pos))
        ok = part(&self)
      }
    } else { ok = false }
    if !ok {
      var e = pos
      while e < lineEnd && !atValueEnd(e) && !LineParser.isSpace(scalar(e)!) { e = next(e) }
      bump(.error, to: e)
      error(SyntaxCodes.invalidDate, start, pos, zh: "「\(file.text(TextRange(start, pos)))」不是日期，应写作「2024年3月12日」",
            en: "“\(file.text(TextRange(start, pos)))” is not a date; write 2024年3月12日")
    } else if partial && parts.count < 3 {
      if parts.count == 2 && !(1...12).contains(parts[1]) || !(1900...2200).contains(parts[0]) {
        error(SyntaxCodes.invalidDate, start, pos, zh: "日期「\(file.text(TextRange(start, pos)))」不存在", en: "the date “\(file.text(TextRange(start, pos)))” does not exist")
      }
    } else if !LineParser.validDate(parts) {
      error(SyntaxCodes.invalidDate, start, pos, zh: "日期「\(file.text(TextRange(start, pos)))」不存在", en: "the date “\(file.text(TextRange(start, pos)))” does not exist")
    }
    builder.finish()
  }

  static func validDate(_ p: [Int]) -> Bool {
    guard p.count == 3 else { return false }
    let (y, m, d) = (p[0], p[1], p[2])
    guard y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 else { return false }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return d <= days[m - 1]
  }

  /// RefList ::= Reference ( ( '、' | '至' ) Reference )*
  mutating func refList() {
    builder.start(.refList)
    while true {
      skipSpaces()
      if atValueEnd(pos) { break }
      if let e = referenceEnd(pos, inProse: false) {
        reference(end: e)
      } else if isScalar(pos, "《") {
        // An unclosed title: report it and take the rest.
        let start = pos
        var e = pos
        while e < lineEnd && !atValueEnd(e) { e = next(e) }
        error(SyntaxCodes.unclosedBracket, start, e, zh: "书名号「《」没有闭合", en: "“《” is not closed")
        bump(.error, to: e)
      } else {
        let start = pos
        var e = pos
        while e < lineEnd && !atValueEnd(e) && !isScalar(e, "、", "，", ",") { e = next(e) }
        let word = file.text(TextRange(start, e)).trimmingSpaces()
        error(SyntaxCodes.unexpectedText, start, e, zh: "「\(word)」不是引用；法律名称请加书名号，如《中华人民共和国村民委员会组织法》第二十四条，条标请加【】",
              en: "“\(word)” is not a reference; put law titles in 《》 and labels in 【】")
        bump(.error, to: e)
      }
      skipSpaces()
      if isScalar(pos, "、", "，", ",") { bump(.separator, to: next(pos)) } else if isScalar(pos, "至") { bump(.to, to: next(pos)) } else { break }
    }
    builder.finish()
  }

  /// NameList ::= ( Name | Label ) ( '、' ( Name | Label ) )*
  mutating func nameList() {
    builder.start(.nameList)
    while true {
      skipSpaces()
      if atValueEnd(pos) { break }
      if isScalar(pos, "【", "[") {
        label()
      } else {
        // A list item runs to the next separator; it may hold brackets and spaces.
        var e = pos
        var depth = 0
        while let s = scalar(e), !atValueEnd(e) {
          if s == "（" || s == "(" { depth += 1 } else if s == "）" || s == ")" { depth -= 1 }
          if depth <= 0 && (s == "、" || s == "，" || s == "," || s == "【" || s == "[") { break }
          e = next(e)
        }
        var t = e
        while t > pos, LineParser.isSpace(Bytes.decode(b, prevScalarStart(t)).0) { t = prevScalarStart(t) }
        builder.start(.name_)
        bump(.name, to: t)
        builder.finish()
        skipSpaces()
        if isScalar(pos, "【", "[") { label() }
      }
      skipSpaces()
      if isScalar(pos, "、", "，", ",") { bump(.separator, to: next(pos)) } else { break }
    }
    builder.finish()
  }

  /// FactList ::= Fact ( '，' Fact )*
  mutating func factList() {
    builder.start(.factList)
    var afterEnumerationComma = false
    while true {
      skipSpaces()
      if atValueEnd(pos) { break }
      fact(afterEnumerationComma: afterEnumerationComma)
      skipSpaces()
      afterEnumerationComma = isScalar(pos, "、")
      if isScalar(pos, "、", "，", ",") { bump(.separator, to: next(pos)) } else { break }
    }
    builder.finish()
  }

  /// Fact ::= Name '=' Value
  mutating func fact(afterEnumerationComma: Bool = false) {
    builder.start(.fact)
    if nameEnd(pos) == pos {
      error(SyntaxCodes.unexpectedText, pos, next(pos), zh: "应为「属性 = 值」", en: "“attribute = value” was expected")
      bump(.error, to: next(pos))
    } else {
      name()
      skipSpaces()
      if isScalar(pos, "=", "＝") {
        bump(.equals, to: next(pos))
        skipSpaces()
        if atValueEnd(pos) || isScalar(pos, "、", "，", ",") {
          error(SyntaxCodes.emptyValue, pos, pos, zh: "「=」后缺少值", en: "a value is missing after “=”")
        } else {
          value()
        }
      } else if afterEnumerationComma {
        // 评议结果 = 称职、不称职: the 、 separates facts here, so a list value must be quoted (never split silently).
        error(SyntaxCodes.unexpectedText, pos, pos, zh: "「、」后应为另一项「属性 = 值」；值是列表时请写在「」中，如 评议结果 = 「称职、不称职」",
              en: "another “attribute = value” was expected after “、”; write a list value in 「」, as in 评议结果 = 「称职、不称职」")
      } else {
        error(SyntaxCodes.unexpectedText, pos, pos, zh: "事实应写作「属性 = 值」", en: "a fact is written “attribute = value”")
      }
    }
    builder.finish()
  }

  /// The end of a run of text from `p`: the value end or an opening quote 「 or “ (what
  /// `while e < lineEnd && !atValueEnd(e) && !isScalar(e, "「", "“") { e = next(e) }` finds,
  /// without decoding ASCII or looking at the previous character for every byte).
  mutating func textRunEnd(_ p: Int) -> Int {
    var e = p
    while e < lineEnd {
      let c = b[e]
      if c < 0x80 {
        if c == 0x3B { return e }                       // ;
        if c == 0x23 && atValueEnd(e) { return e }      // # may start a comment
        e += 1
        continue
      }
      let (s, len) = Bytes.decode(b, e)
      if s == "；" || s == "「" || s == "“" { return e }
      if s == "＃" && atValueEnd(e) { return e }
      e += len
    }
    return e
  }

  /// TextValue ::= ( Quoted | TEXT )+
  mutating func textValue() {
    builder.start(.textValue)
    while !atValueEnd(pos) {
      if isScalar(pos, "「", "“") {
        quoted()
        continue
      }
      let e = textRunEnd(pos)
      // Trailing white space is trivia, not text.
      var t = e
      while t > pos, LineParser.isSpace(Bytes.decode(b, prevScalarStart(t)).0) { t = prevScalarStart(t) }
      bump(.text, to: t)
      if t < e { bump(.whitespace, to: e) }
    }
    builder.finish()
  }
}
