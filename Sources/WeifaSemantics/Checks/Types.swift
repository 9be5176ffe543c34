import WeifaBase
import WeifaSyntax

/// The names a document can use in conditions: its own attributes and definitions and those of
/// the other documents of its bundle.
package struct Scope {
  package var attributes: [String: (type: AttributeType, doc: Int, decl: Attribute)] = [:]
  package var definitions: [String: (expr: Expr, doc: Int, decl: Definition)] = [:]

  /// Names that mean "everyone" in 主体.
  package static let everyone: Set<String> = ["全体", "任何人", "所有人"]
  /// Names a rating's 等级 condition may use for the score.
  package static let scoreNames: Set<String> = ["得分", "积分", "总分", "分数"]

  package init(_ ws: Workspace, _ doc: Int) {
    for d in [doc] + ws.bundle(of: doc).filter({ $0 != doc }) {
      for a in ws.charters[d].attributes where attributes[a.name] == nil { attributes[a.name] = (a.type, d, a) }
      for f in ws.charters[d].definitions where definitions[f.name] == nil { definitions[f.name] = (f.expr, d, f) }
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

/// Types and definitions: names exist, comparisons make sense, enumeration values exist,
/// definitions are not circular, declarations are unique and used.
package enum TypeChecks: Check {
  package static let unknownName = DiagnosticCode(
    "WF4001", "unknown-name", .error,
    summary: .init(zh: "条件中使用了未声明的属性或定义", en: "a condition uses an undeclared attribute or definition"),
    explanation: page(
      zh: """
      ## 说明
      主体、条件、除外和案例事实中的名称，必须是用 @属性 或 @定义 声明过的（本文件或同一汇编中的文件）。
      ## 为什么
      未声明的名称无法判断，规则就不知道适用于谁；多半是错别字。
      ## 示例
      """, en: """
      ## What
      Names in 主体, 条件, 除外 and case facts must be declared with @属性 or @定义, in this document or its bundle.
      ## Why
      An undeclared name cannot be decided; it is usually a typo.
      ## Example
      """,
      wrong: "@属性 年龄：数值（周岁）\n@享有【补贴】 主体：年令 ≥ 80；内容：高龄补贴\n",
      right: "@属性 年龄：数值（周岁）\n@享有【补贴】 主体：年龄 ≥ 80；内容：高龄补贴\n",
      fixZh: "改正名称，或先用 @属性、@定义 声明。", fixEn: "Fix the name or declare it with @属性 or @定义."))

  package static let typeMismatch = DiagnosticCode(
    "WF4002", "type-mismatch", .error,
    summary: .init(zh: "比较的类型不对", en: "a comparison of the wrong type"),
    explanation: page(
      zh: """
      ## 说明
      数值属性与数值比较；是否属性写「= 是」或「= 否」；枚举属性只能用「=」「≠」「属于」与它的取值比较；日期与日期比较。定义本身就是条件，不能拿来比较；数值、枚举属性不能单独作为条件。
      ## 为什么
      类型不对的比较永远不成立或没有意义。
      ## 示例
      """, en: """
      ## What
      Numbers compare with numbers; yes/no attributes with 是 or 否; enumerations with =, ≠ or 属于 and their values; dates with dates. A definition is already a condition; a number or enumeration is not one on its own.
      ## Why
      A comparison of the wrong type is never true or means nothing.
      ## Example
      """,
      wrong: "@属性 户籍：枚举（本村、外村）\n@定义 本村人：户籍 ≥ 本村\n",
      right: "@属性 户籍：枚举（本村、外村）\n@定义 本村人：户籍 = 本村\n@义务【遵守】 主体：本村人；行为：遵守本规约\n",
      fixZh: "按属性的类型改写比较。", fixEn: "Rewrite the comparison for the attribute's type."))

  package static let unknownValue = DiagnosticCode(
    "WF4003", "unknown-enum-value", .error,
    summary: .init(zh: "枚举属性没有这个取值", en: "the enumeration has no such value"),
    explanation: page(
      zh: """
      ## 说明
      与枚举属性比较的值，必须是 @属性 中列出的取值之一。
      ## 为什么
      拼错的取值让条件永远不成立，规则悄悄失效。
      ## 示例
      """, en: """
      ## What
      A value compared with an enumeration must be one it lists.
      ## Why
      A misspelt value makes the condition never true; the rule silently does nothing.
      ## Example
      """,
      wrong: "@属性 户籍：枚举（本村、外村）\n@定义 本村人：户籍 = 本地\n",
      right: "@属性 户籍：枚举（本村、外村）\n@定义 本村人：户籍 = 本村\n@义务【遵守】 主体：本村人；行为：遵守本规约\n",
      fixZh: "使用已列出的取值，或在 @属性 中补充。", fixEn: "Use a listed value or add it to the attribute."))

  package static let cyclicDefinition = DiagnosticCode(
    "WF4004", "cyclic-definition", .error,
    summary: .init(zh: "定义直接或间接地引用了自己", en: "a definition refers to itself, directly or not"),
    explanation: page(
      zh: """
      ## 说明
      定义 A 用到 B，B 又用到 A，就无法判断任何人是否符合。
      ## 为什么
      循环定义没有答案。
      ## 示例
      """, en: """
      ## What
      If A uses B and B uses A, nobody can be decided.
      ## Why
      A circular definition has no answer.
      ## Example
      """,
      wrong: "@属性 年龄：数值\n@定义 甲：乙 且 年龄 ≥ 18\n@定义 乙：甲\n",
      right: "@属性 年龄：数值\n@定义 甲：乙 且 年龄 ≥ 18\n@定义 乙：年龄 < 60\n@义务【值守】 主体：甲；行为：夜间巡逻\n",
      fixZh: "把其中一个定义改为直接用属性表达。", fixEn: "Express one of them in attributes directly."))

  package static let unusedDeclaration = DiagnosticCode(
    "WF4005", "unused-declaration", .warning,
    summary: .init(zh: "声明了但没有用到的属性或定义", en: "an attribute or definition that nothing uses"),
    explanation: page(
      zh: """
      ## 说明
      @属性 和 @定义 应当被某条规则、定义、评定的条件或案例的事实用到（同一汇编内）。
      ## 为什么
      没用到的声明会让居民多填无用的信息，也常说明规则漏写了条件。
      ## 示例
      """, en: """
      ## What
      Every @属性 and @定义 should be used by a condition somewhere in the bundle.
      ## Why
      Unused declarations make residents answer needless questions and often mean a rule lost its condition.
      ## Example
      """,
      wrong: "@属性 年龄：数值\n@属性 身高：数值\n@享有【补贴】 主体：年龄 ≥ 80；内容：补贴\n",
      right: "@属性 年龄：数值\n@享有【补贴】 主体：年龄 ≥ 80；内容：补贴\n",
      fixZh: "删除声明，或在规则中用上它。", fixEn: "Remove it or use it."))

  package static let duplicateDeclaration = DiagnosticCode(
    "WF4006", "duplicate-declaration", .error,
    summary: .init(zh: "属性或定义重复声明", en: "an attribute or definition declared twice"),
    explanation: page(
      zh: """
      ## 说明
      同一文件中，一个名称只能声明一次（属性和定义共用名称）。
      ## 为什么
      两个声明不一致时无法知道以哪个为准。
      ## 示例
      """, en: """
      ## What
      A name is declared once per document; attributes and definitions share names.
      ## Why
      Two declarations may disagree.
      ## Example
      """,
      wrong: "@属性 年龄：数值\n@属性 年龄：文本\n@定义 成年：年龄 ≥ 18\n@享有【甲】 主体：成年；内容：选举权\n",
      right: "@属性 年龄：数值\n@定义 成年：年龄 ≥ 18\n@享有【甲】 主体：成年；内容：选举权\n",
      fixZh: "删除其中一个。", fixEn: "Remove one."))

  package static let codes = [unknownName, typeMismatch, unknownValue, cyclicDefinition, unusedDeclaration, duplicateDeclaration]

  package static func run(_ ctx: inout CheckContext) {
    let c = ctx.charter
    let scope = Scope(ctx.workspace, ctx.index)
    // Duplicates within the document.
    var seen = [String: TextRange]()
    for (name, span) in c.attributes.map({ ($0.name, $0.nameSpan) }) + c.definitions.map({ ($0.name, $0.nameSpan) }) {
      if let first = seen[name] {
        ctx.report(duplicateDeclaration, span, zh: "「\(name)」重复声明", en: "“\(name)” is declared twice",
                   related: [(first, .init(zh: "首次声明于此", en: "first declared here"))])
      } else { seen[name] = span }
    }
    // Every expression of the document.
    for d in c.definitions { check(d.expr, scope, &ctx, score: false) }
    for r in c.rules {
      for e in [r.subject, r.condition, r.exceptCondition].compactMap({ $0 }) { check(e, scope, &ctx, score: false) }
    }
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

  private static func unknown(_ name: String, _ span: TextRange, _ scope: Scope, _ ctx: inout CheckContext) {
    var notes = ReferenceChecks.suggestion(name, Array(scope.attributes.keys) + Array(scope.definitions.keys))
    for op in ["且", "或", "非", "不小于", "不大于", "大于", "小于", "等于", "属于"] where name.contains(op) && name != op {
      notes.append(.init(zh: "帮助：「\(op)」两侧要有空格才是关键词", en: "help: “\(op)” is a keyword only with spaces around it"))
      break
    }
    ctx.report(unknownName, span, zh: "「\(name)」没有用 @属性 或 @定义 声明", en: "“\(name)” is not declared with @属性 or @定义", notes: notes)
  }

  private static func facts(_ k: Case, _ scope: Scope, _ ctx: inout CheckContext) {
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
                     notes: [.init(zh: "注意：可取的值有 " + vs.joined(separator: "、"), en: "note: its values are " + vs.joined(separator: ", "))])
        }
      default:
        ctx.report(typeMismatch, f.span, zh: "「\(f.name)」是\(a.type.chinese)，「\(f.value)」不是这种值", en: "“\(f.name)” is \(a.type.chinese); “\(f.value)” is not such a value")
      }
    }
  }

  private static func cycles(_ c: Charter, _ ctx: inout CheckContext) {
    let defs = Dictionary(c.definitions.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    var state = [String: Int]()   // 1 visiting, 2 done
    var reported = Set<String>()
    // Depth first with an explicit stack: a chain of 100,000 definitions must not exhaust the call stack.
    var stack = [(name: String, uses: [String], next: Int)]()
    func enter(_ name: String, _ d: Definition) {
      state[name] = 1
      stack.append((name, d.expr.names.map { $0.0 }, 0))
    }
    for root in c.definitions {
      guard state[root.name] == nil, let d = defs[root.name] else { continue }
      enter(root.name, d)
      while let top = stack.last {
        guard top.next < top.uses.count else {
          state[top.name] = 2
          stack.removeLast()
          continue
        }
        stack[stack.count - 1].next += 1
        let name = top.uses[top.next]
        guard let d = defs[name], state[name] != 2 else { continue }
        if state[name] == 1 {
          var cycle = Array(stack.map(\.name).drop { $0 != name }) + [name]
          if cycle.count > 12 { cycle = Array(cycle.prefix(6)) + ["…（\(cycle.count - 10) 个）"] + Array(cycle.suffix(4)) }
          if reported.insert(name).inserted {
            ctx.report(cyclicDefinition, d.nameSpan, zh: "定义循环：" + cycle.joined(separator: " → "), en: "circular definition: " + cycle.joined(separator: " → "))
          }
          continue
        }
        enter(name, d)
      }
    }
  }

  private static func unused(_ ws: Workspace, _ doc: Int, _ ctx: inout CheckContext) {
    var used = Set<String>()
    for d in ws.bundle(of: doc) {
      let c = ws.charters[d]
      var exprs = c.definitions.map(\.expr)
      for r in c.rules { exprs += [r.subject, r.condition, r.exceptCondition].compactMap { $0 } }
      for rt in c.ratings {
        exprs += (rt.bonuses + rt.deductions).compactMap(\.condition)
        exprs += rt.levels.compactMap(\.condition)
      }
      for e in exprs { for (n, _) in e.names { used.insert(n) } }
      // A case may show that an attribute does not matter (a divorced woman keeps her share):
      // naming it in a case's facts counts as a use.
      for k in c.cases { for f in k.facts { used.insert(f.name) } }
    }
    let c = ws.charters[doc]
    for a in c.attributes where !used.contains(a.name) {
      ctx.report(unusedDeclaration, a.nameSpan, zh: "属性「\(a.name)」没有被任何条件用到", en: "attribute “\(a.name)” is not used by any condition")
    }
    for d in c.definitions where !used.contains(d.name) {
      ctx.report(unusedDeclaration, d.nameSpan, zh: "定义「\(d.name)」没有被任何条件用到", en: "definition “\(d.name)” is not used by any condition")
    }
  }
}
