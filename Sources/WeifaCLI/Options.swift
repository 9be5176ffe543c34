import WeifaBase

extension CLI {
  /// Options of the form `--name value`, repeated ones collected, plus positional arguments.
  struct Options {
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var positional: [String] = []
    /// `--help` or `-h` was given.
    var help = false
    func one(_ k: String) -> String? { values[k]?.last }
  }

  struct UsageError: Error { let message: LocalizedText }

  /// The one option parser of every command: `valued` options take the next argument (repeats
  /// are collected), `flags` stand alone (`aliases` map short forms such as `-w` to them),
  /// `--help` and `-h` ask for the command's help, and anything else that starts with `-` (but
  /// `-` itself, standard input) is an unknown option. Help wins over an unknown option.
  static func parseOptions(_ args: [String], valued: Set<String>, flags: Set<String>, aliases: [String: String] = [:]) -> Result<Options, UsageError> {
    var o = Options()
    var error: UsageError?
    var i = 0
    while i < args.count {
      let a = aliases[args[i]] ?? args[i]
      if valued.contains(a) {
        guard i + 1 < args.count else {
          error = error ?? UsageError(message: .init(zh: "错误：\(a) 后面要给出值", en: "error: \(a) takes a value"))
          i += 1
          continue
        }
        o.values[a, default: []].append(args[i + 1])
        i += 2
        continue
      }
      if flags.contains(a) { o.flags.insert(a); i += 1; continue }
      if a == "--help" || a == "-h" { o.help = true; i += 1; continue }
      if a.hasPrefix("-") && a != "-" {
        error = error ?? UsageError(message: .init(zh: "错误：未知的选项「\(a)」", en: "error: unknown option “\(a)”"))
        i += 1
        continue
      }
      o.positional.append(a)
      i += 1
    }
    if let error, !o.help { return .failure(error) }
    return .success(o)
  }

  /// A command that ends before it runs: its help was printed (0) or a usage error (2).
  struct Exit: Error { let status: Int32 }

  /// Parses the arguments of `command` with the options its `CommandUsage` declares. `--help`
  /// prints the command's help on stdout (exit 0); an unknown option, or a value outside
  /// `choices` for an option that has them, prints the error and the command's usage on stderr
  /// (exit 2).
  static func parse(_ command: String, _ args: [String], lang: Language, choices: [String: [String]] = [:],
                    stdout: (String) -> Void, stderr: (String) -> Void) throws(Exit) -> Options {
    let usage = CommandUsage.named(command)!
    switch parseOptions(args, valued: usage.valued, flags: usage.flags, aliases: usage.aliases) {
    case .failure(let e):
      stderr(e.message.text(lang) + "\n" + usage.brief(lang))
      throw Exit(status: 2)
    case .success(let o):
      if o.help {
        stdout(usage.help(lang))
        throw Exit(status: 0)
      }
      for (option, allowed) in choices.sorted(by: { $0.key < $1.key }) {
        if let v = o.one(option), !allowed.contains(v) {
          stderr((lang == .zh ? "错误：\(option) 只能是 " + allowed.joined(separator: "、") + "，这里是「\(v)」\n"
                              : "error: \(option) takes " + allowed.joined(separator: ", ") + ", not “\(v)”\n") + usage.brief(lang))
          throw Exit(status: 2)
        }
      }
      return o
    }
  }

  /// A usage error of `command` that the parser cannot see (a missing path): the message and the usage.
  static func usageError(_ command: String, _ message: LocalizedText?, lang: Language, stderr: (String) -> Void) -> Int32 {
    stderr((message.map { $0.text(lang) + "\n" } ?? "") + CommandUsage.named(command)!.brief(lang))
    return 2
  }

  /// When diagnostics are coloured (`--color`).
  enum ColorChoice: String { case auto, always, never }

  /// The options every command takes, wherever they stand: `--lang zh|en` and `--color
  /// auto|always|never`, taken out of `args` before the command reads the rest. A bad value is a
  /// message in both languages (the language is not known yet).
  static func globalOptions(_ args: inout [String]) -> Result<(lang: Language, color: ColorChoice), UsageError> {
    var lang = Language.zh, color = ColorChoice.auto
    var i = 0
    while i < args.count {
      switch args[i] {
      case "--lang":
        guard i + 1 < args.count, let l = Language(rawValue: args[i + 1]) else {
          return .failure(UsageError(message: .init(zh: "错误：--lang 只能是 zh 或 en\nerror: --lang takes zh or en", en: "错误：--lang 只能是 zh 或 en\nerror: --lang takes zh or en")))
        }
        lang = l
        args.removeSubrange(i...(i + 1))
      case "--color", "--colour":
        guard i + 1 < args.count, let c = ColorChoice(rawValue: args[i + 1]) else {
          return .failure(UsageError(message: .init(zh: "错误：--color 只能是 auto、always 或 never\nerror: --color takes auto, always or never",
                                                    en: "错误：--color 只能是 auto、always 或 never\nerror: --color takes auto, always or never")))
        }
        color = c
        args.removeSubrange(i...(i + 1))
      default:
        i += 1
      }
    }
    return .success((lang, color))
  }
}
