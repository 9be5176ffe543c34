import WeifaBase

extension CLI {
  /// Options of the form `--name value`, repeated ones collected, plus positional arguments.
  struct Options {
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var positional: [String] = []
    func one(_ k: String) -> String? { values[k]?.last }
  }

  struct UsageError: Error { let message: LocalizedText }

  /// The one option parser of every command: `valued` options take the next argument (repeats
  /// are collected), `flags` stand alone (`aliases` map short forms such as `-w` to them), and
  /// anything else that starts with `-` (but `-` itself, standard input) is an unknown option.
  static func parseOptions(_ args: [String], valued: Set<String>, flags: Set<String>, aliases: [String: String] = [:]) -> Result<Options, UsageError> {
    var o = Options()
    var i = 0
    while i < args.count {
      let a = aliases[args[i]] ?? args[i]
      if valued.contains(a) {
        guard i + 1 < args.count else { return .failure(UsageError(message: .init(zh: "错误：\(a) 后面要给出值", en: "error: \(a) takes a value"))) }
        o.values[a, default: []].append(args[i + 1])
        i += 2
        continue
      }
      if flags.contains(a) { o.flags.insert(a); i += 1; continue }
      if a.hasPrefix("-") && a != "-" { return .failure(UsageError(message: .init(zh: "错误：未知的选项「\(a)」", en: "error: unknown option “\(a)”"))) }
      o.positional.append(a)
      i += 1
    }
    return .success(o)
  }
}
