import WeifaBase

/// WF4004 cyclic-definition: no definition depends on itself, however long the chain.
extension TypeChecks {
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

  static func cycles(_ c: Charter, _ ctx: inout CheckContext) {
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
}
