import WeifaBase
import WeifaSyntax

extension Charter {
  /// Lowers a syntax tree to the model. Never fails: what did not parse is left out or marked
  /// `.invalid` (the parser has already reported it).
  package static func lower(_ tree: SyntaxTree) -> Charter {
    let l = Lowerer(tree: tree)
    l.visit(tree.root)
    l.finishDivisions()
    l.applyScopeAndReferrals()
    // The title line: the preamble's first prose line, when it is the title.
    if let title = l.c.title?.spaceTrimmed, !title.isEmpty,
       let first = tree.root.child(.preamble)?.childNodes.first(where: { $0.kind == .paragraph }),
       let prose = first.child(.proseText), prose.cleanText.spaceTrimmed == title {
      l.c.titleLine = prose.range
    }
    return l.c
  }
}

/// A directive whose fields have been gathered from its line and its continuation lines.
struct DirectiveView {
  let node: SyntaxNode
  let keyword: DirectiveKeyword
  let label: String?
  let head: SyntaxNode?
  let fields: [(key: FieldKey, value: SyntaxNode)]

  init?(_ node: SyntaxNode) {
    // Over the child list in the tree's flat arrays (the first keyword token, the first label and
    // head, the fields and then the field lines' fields, in order): what token(_:), child(_:) and
    // childNodes give, without building a list of children (a view per child) for each node.
    let tree = node.tree
    let raw = tree.nodes[node.index]
    let childRange = Int(raw.childStart)..<Int(raw.childStart) + Int(raw.childCount)
    var keywordToken = -1, labelNode = -1, headNode = -1
    var fieldCount = 0, hasLines = false
    for k in childRange {
      let e = tree.elements[k]
      if e >= 0 {
        if keywordToken < 0 && tree.tokens[Int(e)].kind == .directiveKeyword { keywordToken = Int(e) }
        continue
      }
      let n = Int(~e)
      switch tree.nodes[n].kind {
      case .label: if labelNode < 0 { labelNode = n }
      case .directiveHead: if headNode < 0 { headNode = n }
      case .field: fieldCount += 1
      case .fieldLine: hasLines = true
      default: break
      }
    }
    guard keywordToken >= 0, let kw = DirectiveKeyword.lookup(SyntaxToken(tree: tree, index: keywordToken)) else { return nil }
    self.node = node
    keyword = kw
    label = labelNode < 0 ? nil : SyntaxNode(tree: tree, index: labelNode).token(.labelText)?.text.spaceTrimmed
    head = headNode < 0 ? nil : DirectiveView.firstChildNode(tree, headNode)
    var fs = [(key: FieldKey, value: SyntaxNode)]()
    var first = [SyntaxNode?]()
    fs.reserveCapacity(fieldCount)
    first.reserveCapacity(fieldCount)
    func collect(_ f: Int) {
      let rf = tree.nodes[f]
      var keyToken = -1, valueNode = -1
      for k in Int(rf.childStart)..<Int(rf.childStart) + Int(rf.childCount) {
        let e = tree.elements[k]
        if e >= 0 {
          if keyToken < 0 && tree.tokens[Int(e)].kind == .fieldKey { keyToken = Int(e) }
        } else if valueNode < 0 && tree.nodes[Int(~e)].kind == .fieldValue {
          valueNode = Int(~e)
        }
      }
      if keyToken >= 0, valueNode >= 0, let key = FieldKey.lookup(SyntaxToken(tree: tree, index: keyToken)) {
        fs.append((key: key, value: SyntaxNode(tree: tree, index: valueNode)))
        first.append(DirectiveView.firstChildNode(tree, valueNode))
      }
    }
    if fieldCount > 0 {
      for k in childRange {
        let e = tree.elements[k]
        if e < 0 && tree.nodes[Int(~e)].kind == .field { collect(Int(~e)) }
      }
    }
    if hasLines {
      for k in childRange {
        let e = tree.elements[k]
        guard e < 0 && tree.nodes[Int(~e)].kind == .fieldLine else { continue }
        let rl = tree.nodes[Int(~e)]
        for j in Int(rl.childStart)..<Int(rl.childStart) + Int(rl.childCount) {
          let f = tree.elements[j]
          if f < 0 && tree.nodes[Int(~f)].kind == .field { collect(Int(~f)) }
        }
      }
    }
    fields = fs
    firstValue = first
  }

  /// The first child node of node `n` (what `childNodes.first` gives), without the list.
  static func firstChildNode(_ tree: SyntaxTree, _ n: Int) -> SyntaxNode? {
    let raw = tree.nodes[n]
    for k in Int(raw.childStart)..<Int(raw.childStart) + Int(raw.childCount) {
      let e = tree.elements[k]
      if e < 0 { return SyntaxNode(tree: tree, index: Int(~e)) }
    }
    return nil
  }

  /// The first node in each field's value (what `value(_:)` answers), in `fields` order.
  let firstValue: [SyntaxNode?]

  func value(_ key: FieldKey) -> SyntaxNode? {
    guard let i = fields.firstIndex(where: { $0.key == key }) else { return nil }
    return firstValue[i]
  }
  func fieldValue(_ key: FieldKey) -> SyntaxNode? { fields.first { $0.key == key }?.value }
}

/// A class, not a struct: the value readers below are called from closures, and calling a method of
/// a struct held `inout` copied the whole lowerer (the charter so far) for every call.
final class Lowerer {
  let tree: SyntaxTree
  var c: Charter
  var loc = Location()
  var openDivisions: [Int] = []
  var counters: [Int] = [0, 0, 0, 0, 0]
  var currentBody: Int?
  var currentProcedure: Int?
  var currentRating: Int?

  init(tree: SyntaxTree) {
    self.tree = tree
    c = Charter(file: tree.source)
    // The header first, so the kind is known when numbering articles.
    if let pre = tree.root.child(.preamble) {
      for d in pre.childNodes where d.kind == .directive {
        if let v = DirectiveView(d), v.keyword == .kind, let h = v.head { c.kind = text(h) }
      }
    }
  }

  // MARK: - Structure

  func visit(_ node: SyntaxNode) {
    switch node.kind {
    case .part, .subPart, .chapter, .section:
      division(node)
    case .article:
      article(node)
    case .paragraph:
      paragraph(node)
    case .item:
      item(node)
    case .subitem:
      subitem(node)
    case .directive:
      directive(node)
    case .signatureBlock:
      // The closing 落款: its lines belong to no article.
      loc = Location()
      for case .node(let child) in node.children {
        if child.kind == .paragraph, let prose = child.child(.proseText) { c.signature.append(prose.range) } else { visit(child) }
      }
    default:
      for case .node(let child) in node.children { visit(child) }
    }
  }

  func division(_ node: SyntaxNode) {
    let level: Division.Level = [.part: .part, .subPart: .subPart, .chapter: .chapter, .section: .section][node.kind]!
    let heading = node.childNodes.first
    // Close open divisions at this level or deeper.
    while let last = openDivisions.last, c.divisions[last].level.rawValue >= level.rawValue {
      c.divisions[last].endArticle = c.articles.count
      openDivisions.removeLast()
    }
    for deeper in level.rawValue..<counters.count { if deeper > level.rawValue { counters[deeper] = 0 } }
    counters[level.rawValue] += 1
    let title = heading?.child(.title).map { $0.cleanText } ?? ""
    // 一、总则 is numbered by its mark; @章 总　则 has no number.
    let mark = heading?.child(.mark).map { $0.cleanText } ?? (heading?.child(.structureLine) != nil ? "" : nil)
    c.divisions.append(Division(level: level, number: counters[level.rawValue], title: title, span: heading?.range ?? node.range,
                                mark: mark, firstArticle: c.articles.count, endArticle: c.articles.count))
    let index = c.divisions.count - 1
    openDivisions.append(index)
    loc = Location()
    for case .node(let child) in node.children where child.kind != heading?.kind { visit(child) }
    // The division ends where its node ends (an article may follow it at the level above:
    // `@条 四、…` among 一、 headings).
    c.divisions[index].endArticle = c.articles.count
    openDivisions.removeAll { $0 == index }
  }

  func finishDivisions() {
    for d in openDivisions { c.divisions[d].endArticle = c.articles.count }
  }

  func article(_ node: SyntaxNode) {
    let heading = node.child(.articleHeading)
    let markNode = heading?.child(.mark)
    let written = Lowerer.markNumber(heading?.child(.numeral_) != nil ? heading : markNode)
    let previous = c.articles.last?.number ?? 0
    let number = c.isHigherLaw ? max(written ?? previous + 1, previous + 1) : c.articles.count + 1
    let label = heading?.child(.label).flatMap { $0.token(.labelText)?.text.spaceTrimmed }
    var article = Article(number: number, written: written, label: label, span: node.range, headingSpan: heading?.range ?? node.range)
    if let markNode {
      article.mark = markNode.cleanText
    } else if let heading, heading.token(.di) != nil {
      article.mark = heading.childTokens.filter { $0.kind == .di || $0.kind == .ordinalUnit }.map(\.text).joined(separator: heading.child(.numeral_)?.cleanText ?? "")
    }
    c.articles.append(article)
    // @职务, @步骤, @加分 … belong to a block in the same article.
    currentBody = nil
    currentProcedure = nil
    currentRating = nil
    let index = c.articles.count - 1
    if let label { Lowerer.insertIfAbsent(&c.labels, label, .article(index)) }
    loc = Location(article: index)
    for case .node(let child) in node.children where child.kind != .articleHeading { visit(child) }
  }

  func paragraph(_ node: SyntaxNode) {
    let prose = node.child(.proseText)
    if let a = loc.article {
      c.articles[a].paragraphs.append(Paragraph(text: prose?.cleanText ?? "", span: prose?.range ?? node.range))
      loc = Location(article: a, paragraph: c.articles[a].paragraphs.count - 1)
    }
    if let prose { references(in: prose) }
    for case .node(let child) in node.children where child.kind != .proseText { visit(child) }
  }

  func item(_ node: SyntaxNode) {
    let prose = node.child(.proseText)
    if let a = loc.article, let p = loc.paragraph {
      let n = c.articles[a].paragraphs[p].items.count + 1
      var item = Item(number: n, text: prose?.cleanText ?? "", span: node.range)
      item.mark = Lowerer.itemMark(node)
      c.articles[a].paragraphs[p].items.append(item)
      loc = Location(article: a, paragraph: p, item: n - 1)
    }
    if let prose { references(in: prose) }
    for case .node(let child) in node.children where child.kind != .proseText { visit(child) }
  }

  func subitem(_ node: SyntaxNode) {
    let prose = node.child(.proseText)
    if let a = loc.article, let p = loc.paragraph, let i = loc.item {
      let n = c.articles[a].paragraphs[p].items[i].subitems.count + 1
      var item = Item(number: n, text: prose?.cleanText ?? "", span: node.range)
      item.mark = Lowerer.itemMark(node)
      c.articles[a].paragraphs[p].items[i].subitems.append(item)
      loc.subitem = n - 1
    }
    if let prose { references(in: prose) }
    for case .node(let child) in node.children where child.kind != .proseText { visit(child) }
  }

  /// References in prose. A bare 第X条 right after 《法》第Y条 and a conjunction (、 和 及 或者 至)
  /// belongs to the same law.
  func references(in prose: SyntaxNode) {
    var previous: Ref?
    // The tokens since the last reference; their text is built only when a reference follows.
    var tokensBetween = [SyntaxToken]()
    for child in prose.children {
      switch child {
      case .token(let t): tokensBetween.append(t)
      case .node(let n) where n.kind == .reference:
        var between = ""
        for t in tokensBetween { between += t.text }
        var ref = reference(n, inProse: true)
        if ref.document == nil, ref.relative == nil, between.isEmpty, let prevRel = previous?.relative {
          ref.anchor = prevRel
        }
        let conjunction = ["、", "，", "和", "及", "以及", "或者", "至", "、第"].contains(between.spaceTrimmed)
        if conjunction, let prev = previous, ref.document == nil, ref.relative == nil, let first = ref.ordinals.first,
           let rank = Lowerer.unitRank[first.unit] {
          // 第二十四条、第二十七条 of the same law; 前款第一项、第二项 of the same paragraph.
          ref.document = prev.document
          if rank > 4 || prev.document != nil {
            ref.anchor = prev.anchor
            ref.ordinals = prev.ordinals.filter { (Lowerer.unitRank[$0.unit] ?? 9) < rank } + ref.ordinals
          }
        }
        // 选择前款第一项至第三项的，不影响选择第四项: a bare 第X项 later in the same sentence counts
        // in the paragraph the sentence has been citing.
        if !conjunction, let prev = previous, prev.anchor != nil || prev.relative != nil, ref.document == nil, ref.relative == nil,
           ref.anchor == nil, ref.label == nil, let first = ref.ordinals.first, (Lowerer.unitRank[first.unit] ?? 0) > 5,
           !between.contains(where: { "。；;！？".contains($0) }) {
          ref.anchor = prev.anchor ?? prev.relative
          ref.ordinals = prev.ordinals.filter { (Lowerer.unitRank[$0.unit] ?? 9) <= 5 } + ref.ordinals
        }
        c.references.append(ref)
        previous = ref
        tokensBetween.removeAll(keepingCapacity: true)
      default: break
      }
    }
  }

  func reference(_ node: SyntaxNode, inProse: Bool) -> Ref {
    var ref = Ref(span: node.range, from: loc, inProse: inProse)
    for case .node(let child) in node.children {
      switch child.kind {
      case .docTitle: ref.document = child.token(.titleText)?.text.spaceTrimmed
      case .label: ref.label = child.token(.labelText)?.text.spaceTrimmed
      case .ordinal:
        let bracketed = child.token(.lparen) != nil
        let n = child.child(.numeral_)?.childTokens.first.flatMap { ChineseNumeral.parse($0.text) } ?? 0
        let unit = child.token(.ordinalUnit).map { Variants.foldWord($0.text) } ?? ""
        ref.ordinals.append((unit, n, bracketed))
      case .relativeRef:
        ref.relative = child.token(.relativeRefWord).flatMap { Ref.Relative(rawValue: Variants.foldWord($0.text)) }
      default: break
      }
    }
    return ref
  }

  /// The number a heading or mark writes: its numeral, or a circled number's value; nil for ？ or none.
  static func markNumber(_ holder: SyntaxNode?) -> Int? {
    guard let holder else { return nil }
    if let t = holder.token(.circled), let s = t.text.unicodeScalars.first { return MarkStyle.circledValue(s) }
    return holder.child(.numeral_).flatMap { n in n.childTokens.first.flatMap { $0.kind == .question ? nil : ChineseNumeral.parse($0.text) } }
  }

  /// An item's or sub-item's numbering as written: （一）, 1., ①; nil when it has none (`@项`).
  static func itemMark(_ node: SyntaxNode) -> String? {
    if let m = node.child(.mark) { return m.cleanText }
    if let n = node.child(.subitemNumber) { return n.cleanText }
    guard let open = node.token(.lparen), let close = node.token(.rparen), let numeral = node.child(.numeral_) else { return nil }
    return open.text + numeral.cleanText + close.text
  }

  static let unitRank: [String: Int] = ["编": 0, "分编": 1, "章": 2, "节": 3, "条": 4, "款": 5, "项": 6, "目": 7]

  // MARK: - Directives

  func directive(_ node: SyntaxNode) {
    guard let d = DirectiveView(node) else { return }
    let span = node.range
    let headText = d.head.map { text($0) }
    switch d.keyword {
    case .title: c.title = headText
    case .numbering, .signature: break   // read by the parser
    case .articleLabel:
      if let a = loc.article, let label = headText?.spaceTrimmed, !label.isEmpty, c.articles[a].label == nil {
        c.articles[a].label = label
        c.articles[a].labelHidden = true
        Lowerer.insertIfAbsent(&c.labels, label, .article(a))
      }
    case .kind: c.kind = headText
    case .place: c.place = headText
    case .version: c.version = headText
    case .shortName: c.shortNames = d.head.map { names($0) }.map { $0.map(\.name) } ?? []
    case .basis: c.basis += d.head.map { refs($0) } ?? []
    case .higher: c.higher += d.head.map { refs($0) } ?? []
    case .supersedes: c.supersedes += d.head.map { refs($0) } ?? []
    case .includes: if let h = d.head { c.includes.append((text(h), h.range)) }
    case .adopted, .amended:
      var a = adoption(d, headText, span)
      a.expected = d.value(.expected).flatMap { integer($0) }
      a.attended = d.value(.attended).flatMap { integer($0) }
      a.yes = d.value(.yes).flatMap { integer($0) }
      a.no = d.value(.no).flatMap { integer($0) }
      a.abstain = d.value(.abstain).flatMap { integer($0) }
      a.note = d.value(.note).map { text($0) }
      if d.keyword == .adopted { c.adopted = a } else { c.amendments.append(a) }
    case .filing:
      c.filing = Filing(organ: headText ?? "", date: d.value(.date).flatMap { day($0) }, when: d.value(.date).flatMap { partialDate($0) }, span: span)
    case .effective: c.effective = d.head.flatMap { day($0) }
    case .repealed: c.repealed = d.head.flatMap { day($0) }
    case .attribute:
      if let h = d.head, let nameNode = h.child(.name_) {
        c.attributes.append(Attribute(name: nameNode.cleanText, type: h.child(.typeSpec).map { type($0) } ?? .text, span: span, nameSpan: nameNode.range))
      }
    case .definition:
      if let h = d.head, let nameNode = h.child(.name_) {
        c.definitions.append(Definition(name: nameNode.cleanText, expr: h.child(.expr).map { expr($0) } ?? .invalid(h.range), span: span, nameSpan: nameNode.range))
      }
    case .advocacy: fallthrough
    case .obligation, .prohibition, .right, .benefit:
      var r = Rule(kind: RuleKind(rawValue: d.keyword.rawValue)!, label: d.label, head: headText, location: loc, span: span)
      r.subject = d.value(.subject).map { expr($0) }
      r.condition = d.value(.condition).map { expr($0) }
      r.act = d.value(.act).map { text($0) }
      r.content = d.value(.content).map { text($0) }
      r.amount = (d.value(.amount) ?? d.value(.standard)).map { Amounts.field(text($0), span: $0.range) }
      if let e = d.value(.except) {
        if e.kind == .refList { r.exceptLabels = refs(e).compactMap { ref in ref.label.map { NameRef(name: $0, label: $0, span: ref.span) } } } else { r.exceptCondition = expr(e) }
      }
      r.overrides = d.value(.overrides).map { refs($0) } ?? []
      r.consequences = d.value(.consequence).map { names($0) } ?? []
      r.basis = d.value(.basis).map { refs($0) } ?? []
      r.effective = d.value(.effective).flatMap { day($0) }
      r.repealed = d.value(.repealed).flatMap { day($0) }
      // `Rule.conflictKey(of:)` and the written act, from one normalisation of the act: `actKey`
      // normalises 行为 ?? 内容 ?? the head, the written act 行为 ?? 内容.
      let plainKey = Rule.plainAct(r.actKey)
      r.conflictKey = Normalize.orderFree(plainKey)
      if !r.conflictKey.isEmpty { c.rulesByConflictKey[r.conflictKey, default: []].append(c.rules.count) }
      if r.act != nil || r.content != nil {
        r.writtenAct = plainKey
        if let f = r.writtenAct.unicodeScalars.first { c.rulesByActInitial[f.value, default: []].append(c.rules.count) }
      }
      addLabel(d.label, .rule(c.rules.count), span)
      c.rules.append(r)
    case .body:
      var b = Body(name: headText ?? "", label: d.label, location: loc, span: span, nameSpan: d.head?.range ?? span)
      b.composition = d.value(.composition).map { text($0) }
      b.compositionSpan = d.value(.composition)?.range
      b.size = d.value(.size).flatMap { quantity($0) }
      b.term = d.value(.term).flatMap { quantity($0) }
      b.convenor = d.value(.convenor).map { names($0) } ?? []
      b.proposal = d.value(.proposal).map { threshold($0) }
      b.quorum = d.value(.quorum).map { threshold($0) }
      b.vote = d.value(.vote).map { threshold($0) }
      b.voteMethod = d.value(.voteMethod).map { text($0) }
      if let sv = d.fieldValue(.specialVote), let l = sv.child(.label)?.token(.labelText)?.text.spaceTrimmed, let t = sv.child(.threshold) {
        b.special.append((l, threshold(t)))
      }
      b.notice = d.value(.notice).flatMap { quantity($0) }
      b.sessions = d.value(.sessions).map { text($0) }
      b.reportsTo = d.value(.reportsTo).map { names($0) } ?? []
      b.delegate = d.value(.delegate).map { names($0) } ?? []
      b.basis = d.value(.basis).map { refs($0) } ?? []
      b.proxy = d.value(.proxy).map { text($0) }
      b.proxyLimit = d.value(.proxyLimit).flatMap { quantity($0) }
      b.observers = d.value(.observers).map { text($0) }
      b.standIn = d.value(.standIn).map { names($0) } ?? []
      b.standInCondition = d.value(.standInCondition).map { text($0) }
      addLabel(d.label, .body(c.bodies.count), span)
      c.bodies.append(b)
      currentBody = c.bodies.count - 1
    case .role:
      let role = Role(name: headText ?? "", size: d.value(.size).flatMap { quantity($0) }, duties: d.value(.duties).map { text($0) },
                      selection: d.value(.selection).map { text($0) }, term: d.value(.term).flatMap { quantity($0) }, span: span)
      if let b = currentBody { c.bodies[b].roles.append(role) } else { c.orphans.append((d.keyword.rawValue, span)) }
    case .matter:
      var m = Matter(name: headText ?? "", label: d.label, location: loc, span: span, nameSpan: d.head?.range ?? span)
      m.category = d.value(.category).map { text($0) }
      m.decider = d.value(.decider).map { names($0) } ?? []
      m.delegate = d.value(.delegate).map { names($0) } ?? []
      m.vote = d.value(.vote).map { threshold($0) }
      m.procedure = d.value(.procedure).map { refs($0) } ?? []
      m.publicNotice = d.value(.publicNotice).flatMap { quantity($0) }
      m.filing = d.value(.filing).map { text($0) }
      m.basis = d.value(.basis).map { refs($0) } ?? []
      m.petition = d.value(.petition).map { threshold($0) }
      m.approval = d.value(.approval).map { text($0) }
      m.deadline = d.value(.deadline).flatMap { quantity($0) }
      m.reasons = d.value(.reasons).map { text($0) }
      addLabel(d.label, .matter(c.matters.count), span)
      c.matters.append(m)
    case .autonomyList: c.autonomyList += d.head.map { names($0) } ?? []
    case .assistanceList: c.assistanceList += d.head.map { names($0) } ?? []
    case .sameAct: if let h = d.head { c.sameActs.append(names(h)) }
    case .procedure:
      var p = Procedure(name: headText ?? "", label: d.label, location: loc, span: span)
      p.applies = d.value(.applies).map { names($0) } ?? []
      p.basis = d.value(.basis).map { refs($0) } ?? []
      p.filing = d.value(.filing).map { text($0) }
      p.proxy = d.value(.proxy).map { text($0) }
      p.proxyLimit = d.value(.proxyLimit).flatMap { quantity($0) }
      addLabel(d.label, .procedure(c.procedures.count), span)
      c.procedures.append(p)
      currentProcedure = c.procedures.count - 1
    case .step:
      var s = Step(name: headText ?? "", span: span)
      s.body = d.value(.body).map { names($0) } ?? []
      s.vote = d.value(.vote).map { threshold($0) }
      s.quorum = d.value(.quorum).map { threshold($0) }
      s.publicNotice = d.value(.publicNotice).flatMap { quantity($0) }
      s.deadline = d.value(.deadline).flatMap { quantity($0) }
      s.content = d.value(.content).map { text($0) }
      s.sessions = d.value(.sessions).map { text($0) }
      if let p = currentProcedure { c.procedures[p].steps.append(s) } else { c.orphans.append((d.keyword.rawValue, span)) }
    case .rating:
      var r = Rating(name: headText ?? "", label: d.label, location: loc, span: span)
      r.object = d.value(.object).map { names($0) } ?? []
      r.initial = d.value(.initial).flatMap { quantity($0) }
      r.period = d.value(.period).map { text($0) }
      addLabel(d.label, .rating(c.ratings.count), span)
      c.ratings.append(r)
      currentRating = c.ratings.count - 1
    case .bonus, .deduction:
      let s = ScoreRule(text: headText ?? "", condition: d.value(.condition).map { expr($0) }, points: d.value(.points).flatMap { quantity($0) }, span: span)
      if let r = currentRating {
        if d.keyword == .bonus { c.ratings[r].bonuses.append(s) } else { c.ratings[r].deductions.append(s) }
      } else { c.orphans.append((d.keyword.rawValue, span)) }
    case .level:
      let lv = Level(name: headText ?? "", minimum: d.value(.minimum).flatMap { quantity($0) }, condition: d.value(.condition).map { expr($0) }, span: span)
      if let r = currentRating { c.ratings[r].levels.append(lv) } else { c.orphans.append((d.keyword.rawValue, span)) }
    case .publicity:
      var p = Publicity(what: headText ?? "", label: d.label, location: loc, span: span)
      p.content = d.value(.content).map { text($0) }
      p.frequency = d.value(.frequency).map { text($0) }
      p.body = d.value(.body).map { names($0) } ?? []
      p.method = d.value(.method).map { text($0) }
      p.basis = d.value(.basis).map { refs($0) } ?? []
      addLabel(d.label, .publicity(c.publicities.count), span)
      c.publicities.append(p)
    case .example:
      var k = Case(name: headText ?? "", label: d.label, location: loc, span: span)
      if let f = d.value(.facts) {
        for fact in f.childNodes where fact.kind == .fact {
          if let n = fact.child(.name_), let v = fact.child(.value) { k.facts.append((n.cleanText, value(v), fact.range)) }
        }
      }
      k.applies = d.value(.applies).map { names($0) } ?? []
      k.notApplies = d.value(.notApplies).map { names($0) } ?? []
      k.result = d.value(.result).map { names($0) } ?? []
      k.body = d.value(.body).map { names($0) } ?? []
      k.matter = d.value(.matter).map { names($0) } ?? []
      k.rating = d.value(.rating).map { names($0) } ?? []
      k.members = d.value(.members).flatMap { integer($0) }
      k.households = d.value(.households).flatMap { integer($0) }
      k.present = d.value(.present).flatMap { integer($0) }
      k.presentHouseholds = d.value(.presentHouseholds).flatMap { integer($0) }
      k.yes = d.value(.yes).flatMap { integer($0) }
      k.date = d.value(.date).flatMap { day($0) }
      addLabel(d.label, .example(c.cases.count), span)
      c.cases.append(k)
    case .referral: referral(d, span)
    case .scope: if c.scope == nil, let h = d.head { c.scope = DocumentScope(expr: expr(h), span: span) }
    case .termination:
      c.terminations.append(Termination(office: headText ?? "", condition: d.value(.condition).map { expr($0) },
                                        conditionText: d.value(.condition).map { text($0) },
                                        review: d.value(.review).map { text($0) }, result: d.value(.result).flatMap { names($0).first?.name },
                                        basis: d.value(.basis).map { refs($0) } ?? [], note: d.value(.note).map { text($0) }, location: loc, span: span))
    case .holiday, .workday:
      if let e = HolidayEntry.read(headText ?? "", rest: d.keyword == .holiday, note: d.value(.note).map { text($0) }, span: span) { c.holidays += e } else { c.unreadHolidays.append(d.head?.range ?? span) }
    }
    // Field references (依据, 优先于, 程序, 除外) are references too.
    for (key, v) in d.fields where key.valueKind == .refs || key.valueKind == .exception {
      if let list = v.childNodes.first, list.kind == .refList { c.references += refs(list) }
    }
    if [.basis, .higher, .supersedes].contains(d.keyword), let h = d.head, h.kind == .refList {
      c.references += refs(h)
    }
  }

  func addLabel(_ label: String?, _ target: LabelTarget, _ span: TextRange) {
    if let label { Lowerer.insertIfAbsent(&c.labels, label, target) }
  }

  /// `if d[key] == nil { d[key] = value }`, hashing the key once (labels are non-ASCII strings,
  /// whose hashing normalises them): the defaulted subscript, modified in place, inserts `value`
  /// only when the key is absent and leaves a present value as it is.
  @inline(__always)
  static func insertIfAbsent<V>(_ d: inout [String: V], _ key: String, _ value: V) {
    func keep(_: inout V) {}
    keep(&d[key, default: value])
  }

  // MARK: - Values

  func text(_ node: SyntaxNode) -> String {
    var s = node.cleanText
    // A first Character equal to 「 is that scalar alone, so its bytes come first (and 」's last):
    // without them the Character test below cannot hold and is not run.
    guard Lowerer.mayBeQuoted(s) else { return s }
    if s.hasPrefix("「") && s.hasSuffix("」") && s.count >= 2 { s = String(s.dropFirst().dropLast()) }
    return s
  }

  /// Whether `s`'s UTF-8 starts with 「 (E3 80 8C) and ends with 」 (E3 80 8D).
  static func mayBeQuoted(_ s: String) -> Bool {
    let u = s.utf8
    guard u.count >= 6 else { return false }
    var i = u.startIndex
    guard u[i] == 0xE3 else { return false }
    i = u.index(after: i)
    guard u[i] == 0x80 else { return false }
    i = u.index(after: i)
    guard u[i] == 0x8C else { return false }
    var j = u.index(before: u.endIndex)
    guard u[j] == 0x8D else { return false }
    j = u.index(before: j)
    guard u[j] == 0x80 else { return false }
    j = u.index(before: j)
    return u[j] == 0xE3
  }

  func names(_ node: SyntaxNode) -> [NameRef] {
    var out = [NameRef]()
    for case .node(let child) in node.children {
      if child.kind == .name_ {
        let n = child.cleanText
        if !n.isEmpty { out.append(NameRef(name: n, label: nil, span: child.range)) }
      } else if child.kind == .label, let l = child.token(.labelText)?.text.spaceTrimmed {
        if var last = out.last, last.label == nil, last.span.upper == child.range.lower || tree.source.text(TextRange(last.span.upper, child.range.lower)).spaceTrimmed.isEmpty,
           node.childNodes.last(where: { $0.range.upper <= child.range.lower })?.kind == .name_ {
          last.label = l
          last.span = TextRange(last.span.lower, child.range.upper)
          out[out.count - 1] = last
        } else {
          out.append(NameRef(name: l, label: l, span: child.range))
        }
      }
    }
    return out
  }

  /// The references of a list; one without a title inherits the title before it
  /// (《村民委员会组织法》第二十四条、第二十七条).
  func refs(_ node: SyntaxNode) -> [Ref] {
    var out = [Ref]()
    for r in node.childNodes where r.kind == .reference {
      var ref = reference(r, inProse: false)
      if ref.document == nil, ref.label == nil || !ref.ordinals.isEmpty, let prev = out.last?.document { ref.document = prev }
      out.append(ref)
    }
    return out
  }

  func day(_ node: SyntaxNode) -> Day? {
    guard node.kind == .date else { return nil }
    let nums = node.childNodes.filter { $0.kind == .number }.compactMap { ChineseNumeral.parse($0.cleanText) }
    return nums.count == 3 ? Day(nums[0], nums[1], nums[2]) : nil
  }

  func integer(_ node: SyntaxNode) -> Int? {
    guard let q = quantity(node), q.low.isInteger, q.high == nil else { return nil }
    return q.low.num
  }

  func number(_ node: SyntaxNode) -> Rational? {
    let t = node.cleanText
    // Full-width digits and point made half-width. On plain text (`SyntaxText.isPlain`) each
    // Character is one scalar, so mapping the bytes of ０–９ and ． is mapping the Characters.
    let decimal = SyntaxText.isPlain(t) ? Lowerer.halfWidthDigits(t) : String(t.map { ch -> Character in
      if let v = ch.unicodeScalars.first?.value, v >= 0xFF10 && v <= 0xFF19 { return Character(Unicode.Scalar(v - 0xFF10 + 0x30)!) }
      return ch == "．" ? "." : ch
    })
    if let r = Rational(decimal: decimal) { return r }
    return ChineseNumeral.parse(t).map { Rational($0) }
  }

  /// `t` with ０–９ (EF BC 90–99) and ． (EF BC 8E) as 0–9 and `.`; `t` itself when it has neither.
  static func halfWidthDigits(_ t: String) -> String {
    let u = Array(t.utf8)
    guard u.contains(0xEF) else { return t }
    var out = [UInt8]()
    out.reserveCapacity(u.count)
    var i = 0
    while i < u.count {
      if u[i] == 0xEF, i + 2 < u.count, u[i + 1] == 0xBC {
        let c = u[i + 2]
        if c >= 0x90 && c <= 0x99 { out.append(0x30 + (c - 0x90)); i += 3; continue }
        if c == 0x8E { out.append(0x2E); i += 3; continue }
      }
      out.append(u[i])
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  func quantity(_ node: SyntaxNode) -> Quantity? {
    guard node.kind == .quantity else { return nil }
    let numbers = node.childNodes.filter { $0.kind == .number }
    guard let first = numbers.first, let low = number(first) else { return nil }
    let units = node.childTokens.filter { $0.kind == .unit }.map(\.text).filter { !$0.isEmpty }
    var q = Quantity(prefix: node.token(.quantityPrefix).map { Variants.foldWord($0.text) },
                     low: low, high: numbers.count > 1 ? number(numbers[1]) : nil,
                     unit: units.last, suffix: node.token(.ratioSuffix).map { Variants.foldWord($0.text) },
                     span: node.range, text: node.cleanText)
    q.bound = Amounts.bound(of: q)
    return q
  }

  func type(_ node: SyntaxNode) -> AttributeType {
    switch node.token(.typeKeyword).map({ Variants.foldWord($0.text) }) {
    case "数值": return .number(unit: node.token(.unit).map { $0.text.spaceTrimmed }.flatMap { $0.isEmpty ? nil : $0 })
    case "是否": return .boolean
    case "枚举": return .enumeration(node.childNodes.filter { $0.kind == .name_ }.map(\.cleanText))
    case "日期": return .date
    case "文本": return .text
    default: return .unknown
    }
  }

  func threshold(_ node: SyntaxNode) -> Threshold {
    var terms = [ThresholdTerm]()
    for t in node.childNodes where t.kind == .thresholdTerm {
      let base = t.token(.base).flatMap { Base(rawValue: Variants.foldWord($0.text)) }
      guard let ratio = t.child(.ratio) else { continue }
      var strict = false
      var fraction: Rational?
      if let w = ratio.token(.ratioWord).map({ Variants.foldWord($0.text) }) {
        switch w {
        case "过半数": strict = true; fraction = Rational(1, 2)
        case "半数以上": fraction = Rational(1, 2)
        default: fraction = Rational(1)
        }
      } else if let f = ratio.child(.fraction) {
        let nums = f.childNodes.filter { $0.kind == .numeral_ }.compactMap { ChineseNumeral.parse($0.cleanText) }
        if f.token(.fenzhi) != nil, nums.count == 2, nums[0] != 0 { fraction = Rational(nums[1], nums[0]) }
        else if f.token(.slash) != nil, nums.count == 2, nums[1] != 0 { fraction = Rational(nums[0], nums[1]) }
        else if f.token(.percent) != nil, nums.count == 1 { fraction = Rational(nums[0], 100) }
        if Variants.foldWord(ratio.token(.ratioPrefix)?.text ?? "") == "超过" { strict = true }
      }
      guard let fr = fraction else { continue }
      terms.append(ThresholdTerm(base: base, strict: strict, fraction: fr, text: t.cleanText, span: t.range))
    }
    return Threshold(terms: terms, span: node.range, text: node.cleanText)
  }

  func value(_ node: SyntaxNode) -> Value {
    guard let inner = node.childNodes.first else { return .name(node.cleanText) }
    switch inner.kind {
    case .quantity:
      if let q = quantity(inner) { return .number(q.low, unit: q.unit, raw: q.text) }
    case .date:
      if let d = day(inner) { return .day(d) }
    case .quoted_:
      return .text(text(inner))
    default: break
    }
    return .name(inner.cleanText)
  }

  func expr(_ node: SyntaxNode) -> Expr {
    switch node.kind {
    case .expr:
      let parts = node.childNodes.filter { $0.kind == .andExpr }.map { expr($0) }
      return parts.count == 1 ? parts[0] : .or(parts)
    case .andExpr:
      let parts = node.childNodes.filter { $0.kind == .notExpr }.map { expr($0) }
      return parts.count == 1 ? parts[0] : .and(parts)
    case .notExpr:
      if node.token(.notOp) != nil {
        return node.child(.notExpr).map { .not(expr($0)) } ?? .invalid(node.range)
      }
      guard let inner = node.childNodes.first else { return .invalid(node.range) }
      return expr(inner)
    case .parenExpr:
      return node.child(.expr).map { expr($0) } ?? .invalid(node.range)
    case .comparison:
      let name = node.child(.name_)?.cleanText ?? ""
      if let set = node.token(.setOp) {
        let values = node.childNodes.filter { $0.kind == .value }.map { value($0) }
        return .member(name: name, values: values, negated: Variants.foldWord(set.text) == "不属于", span: node.range)
      }
      guard let opText = node.token(.compareOp)?.text, let v = node.child(.value) else { return .invalid(node.range) }
      return .compare(name: name, op: compareOp(opText), value: value(v), span: node.range)
    case .nameRef:
      return .ref(node.cleanText, span: node.range)
    default:
      return .invalid(node.range)
    }
  }

  func compareOp(_ text: String) -> CompareOp {
    switch Variants.foldWord(text) {
    case "≠", "!=", "不等于": return .ne
    case "≥", ">=", "》=", "不小于": return .ge
    case "≤", "<=", "《=", "不大于": return .le
    case ">", "》", "大于": return .gt
    case "<", "《", "小于": return .lt
    default: return .eq
    }
  }
}
