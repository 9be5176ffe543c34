import WeifaBase

/// The names a document can use in conditions: its own attributes and definitions and those of
/// the other documents of its bundle.
package struct Scope {
  package var attributes: [String: (type: AttributeType, doc: Int, decl: Attribute)] = [:]
  package var definitions: [String: (expr: Expr, doc: Int, decl: Definition)] = [:]

  /// Names that mean "everyone" in 主体.
  package static let everyone: Set<String> = ["全体", "任何人", "所有人"]
  /// Names a rating's 等级 condition may use for the score.
  package static let scoreNames: Set<String> = ["得分", "积分", "总分", "分数"]

  /// The scope of document `doc` of `ws`, built once per workspace (`Workspace.scopes`): the type
  /// and conflict checks and the solver of each document above ask for the same ones.
  package init(_ ws: Workspace, _ doc: Int) {
    self = ws.scopes.scope(doc) { Scope(building: ws, doc) }
  }

  /// The document's own names first, then those of the rest of its bundle; the first of a name wins.
  init(building ws: Workspace, _ doc: Int) {
    let docs = [doc] + ws.bundle(of: doc).filter({ $0 != doc })
    var na = 0, nd = 0
    for d in docs { na += ws.charters[d].attributes.count; nd += ws.charters[d].definitions.count }
    attributes.reserveCapacity(na)
    definitions.reserveCapacity(nd)
    // Each name hashed once (they are non-ASCII strings, whose hashing normalises them): the
    // defaulted subscript, modified in place, inserts only when the name is absent.
    func keep<V>(_: inout V) {}
    for d in docs {
      for a in ws.charters[d].attributes { keep(&attributes[a.name, default: (a.type, d, a)]) }
      for f in ws.charters[d].definitions { keep(&definitions[f.name, default: (f.expr, d, f)]) }
    }
  }
}

extension Expr {
  /// Every name the expression mentions, with where.
  package var names: [(String, TextRange)] {
    switch self {
    case .and(let xs), .or(let xs): return xs.flatMap(\.names)
    case .not(let x): return x.names
    case .compare(let n, _, _, let s), .member(let n, _, _, let s), .ref(let n, let s): return [(n, s)]
    case .invalid: return []
    }
  }
}

/// Types and definitions, the WF4 pass: names exist (WF4001), comparisons make sense (WF4002),
/// enumeration values exist (WF4003) — one walk over every expression, here — definitions are
/// not circular (WF4004), declarations are used (WF4005) and unique (WF4006). Each code is
/// declared with its page in a file named for it, with the part of the pass that is its own.
package enum TypeChecks: Check {
  package static let codes = [unknownName, typeMismatch, unknownValue, cyclicDefinition, unusedDeclaration, duplicateDeclaration]

  package static func run(_ ctx: inout CheckContext) {
    let c = ctx.charter
    let scope = Scope(ctx.workspace, ctx.index)
    duplicates(c, &ctx)
    // Every expression of the document.
    for d in c.definitions { check(d.expr, scope, &ctx, score: false) }
    for r in c.rules {
      // A 主体 taken from @适用范围 is checked once, there.
      for e in [r.subjectFromScope ? nil : r.subject, r.condition, r.exceptCondition].compactMap({ $0 }) { check(e, scope, &ctx, score: false) }
    }
    if let s = c.scope { check(s.expr, scope, &ctx, score: false) }
    for ref in c.referrals { for e in [ref.subject, ref.condition].compactMap({ $0 }) { check(e, scope, &ctx, score: false) } }
    for rating in c.ratings {
      for s in rating.bonuses + rating.deductions { if let e = s.condition { check(e, scope, &ctx, score: false) } }
      for l in rating.levels { if let e = l.condition { check(e, scope, &ctx, score: true) } }
    }
    for k in c.cases { facts(k, scope, &ctx) }
    cycles(c, &ctx)
    unused(ctx.workspace, ctx.index, &ctx)
  }

  private static func check(_ e: Expr, _ scope: Scope, _ ctx: inout CheckContext, score: Bool) {
    switch e {
    case .and(let xs), .or(let xs): for x in xs { check(x, scope, &ctx, score: score) }
    case .not(let x): check(x, scope, &ctx, score: score)
    case .invalid: break
    case .ref(let name, let span):
      if let a = scope.attributes[name] {
        if a.type != .boolean && a.type != .unknown {
          ctx.report(typeMismatch, span, zh: "「\(name)」是\(a.type.chinese)，不能单独作为条件", en: "“\(name)” is \(a.type.chinese), not a condition by itself",
                     notes: [.init(zh: "帮助：写成比较，如「\(name) = …」", en: "help: compare it, e.g. “\(name) = …”")])
        }
      } else if scope.definitions[name] == nil && !Scope.everyone.contains(name) {
        unknown(name, span, scope, &ctx)
      }
    case .compare(let name, let op, let value, let span):
      if score && Scope.scoreNames.contains(name) {
        if case .number = value {} else { ctx.report(typeMismatch, span, zh: "得分只能与数值比较", en: "a score compares with numbers only") }
        return
      }
      guard let a = scope.attributes[name] else {
        if scope.definitions[name] != nil {
          ctx.report(typeMismatch, span, zh: "「\(name)」是定义（条件），不能拿来比较", en: "“\(name)” is a definition (a condition) and cannot be compared",
                     notes: [.init(zh: "帮助：直接写「\(name)」或「非 \(name)」", en: "help: write “\(name)” or “非 \(name)”")])
        } else { unknown(name, span, scope, &ctx) }
        return
      }
      compare(name, a.type, op, value, span, &ctx)
    case .member(let name, let values, _, let span):
      guard let a = scope.attributes[name] else { unknown(name, span, scope, &ctx); return }
      for v in values { compare(name, a.type, .eq, v, span, &ctx) }
    }
  }

  private static func compare(_ name: String, _ type: AttributeType, _ op: CompareOp, _ value: Value, _ span: TextRange, _ ctx: inout CheckContext) {
    if type == .unknown { return }
    let ordering = op != .eq && op != .ne
    switch (type, value) {
    case (.number, .number), (.date, .day): return
    case (.boolean, .name(let v)) where v == "是" || v == "否":
      if ordering { ctx.report(typeMismatch, span, zh: "是否属性只能用「=」「≠」比较", en: "a yes/no attribute compares with = or ≠ only") }
    case (.enumeration(let values), _) where value.asName != nil:
      let v = value.asName!
      if ordering {
        ctx.report(typeMismatch, span, zh: "枚举属性「\(name)」没有大小之分，只能用「=」「≠」「属于」", en: "the enumeration “\(name)” has no order; use =, ≠ or 属于")
      } else if !values.contains(v) {
        ctx.report(unknownValue, span, zh: "「\(name)」没有取值「\(v)」", en: "“\(name)” has no value “\(v)”",
                   notes: [.init(zh: "注意：可取的值有 " + values.joined(separator: "、"), en: "note: its values are " + values.joined(separator: ", "))]
                     + ReferenceChecks.suggestion(v, values))
      }
    case (.text, .name), (.text, .text):
      if ordering { ctx.report(typeMismatch, span, zh: "文本属性只能用「=」「≠」比较", en: "a text attribute compares with = or ≠ only") }
    default:
      ctx.report(typeMismatch, span, zh: "「\(name)」是\(type.chinese)，不能与「\(value)」比较", en: "“\(name)” is \(type.chinese) and cannot be compared with “\(value)”")
    }
  }

  private static func facts(_ k: Case, _ scope: Scope, _ ctx: inout CheckContext) {
    // A decision question's facts are counts, dates and words of the question, not attributes.
    if k.kind == .question {
      for f in k.facts where !DecisionFactNames.set.contains(f.name) {
        ctx.report(unknownName, f.span, zh: "「\(f.name)」不是决定问题的事实", en: "“\(f.name)” is not a fact of a decision question",
                   notes: Suggest.note(f.name, among: DecisionFactNames.all.map(\.name)).map { [$0] } ?? [])
      }
      return
    }
    for f in k.facts {
      guard let a = scope.attributes[f.name] else {
        if scope.definitions[f.name] != nil {
          ctx.report(typeMismatch, f.span, zh: "「\(f.name)」是定义，由属性推出，案例中应给出属性的值", en: "“\(f.name)” is a definition; give the attributes it is made of")
        } else { unknown(f.name, f.span, scope, &ctx) }
        continue
      }
      switch (a.type, f.value) {
      case (.number, .number), (.date, .day), (.text, _), (.unknown, _): continue
      case (.boolean, .name(let v)) where v == "是" || v == "否": continue
      case (.enumeration(let vs), _) where f.value.asName != nil:
        let v = f.value.asName!
        if !vs.contains(v) {
          ctx.report(unknownValue, f.span, zh: "「\(f.name)」没有取值「\(v)」", en: "“\(f.name)” has no value “\(v)”",
                     notes: [.init(zh: "注意：可取的值有 " + vs.joined(separator: "、"), en: "note: its values are " + vs.joined(separator: ", "))]
                       + ReferenceChecks.suggestion(v, vs))
        }
      default:
        ctx.report(typeMismatch, f.span, zh: "「\(f.name)」是\(a.type.chinese)，「\(f.value)」不是这种值", en: "“\(f.name)” is \(a.type.chinese); “\(f.value)” is not such a value")
      }
    }
  }
}
