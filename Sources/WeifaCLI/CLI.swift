import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import WeifaBase
import WeifaDriver

/// The command-line front end: the only module that reads files and writes to the terminal.
public enum CLI {
  public static let version = "0.1.0"

  /// Runs `weifa` with `arguments` (without the program name) and returns the exit status:
  /// 0 clean, 1 the input has errors, 2 usage or I/O error. `terminal` says whether diagnostics
  /// go to a terminal and `noColor` whether `NO_COLOR` is set: with `--color auto` (the default)
  /// diagnostics are coloured only on a terminal without `NO_COLOR`.
  public static func run(_ arguments: [String], terminal: Bool = false, noColor: Bool = false,
                         stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    var args = arguments
    let lang: Language, color: Bool
    switch globalOptions(&args) {
    case .failure(let e):
      stderr(e.message.zh + "\n")
      return 2
    case .success(let g):
      lang = g.lang
      color = g.color == .always || (g.color == .auto && terminal && !noColor)
    }
    guard let command = args.first else {
      stderr(help(lang))
      return 2
    }
    let rest = Array(args.dropFirst())
    switch command {
    case "check": return check(rest, lang: lang, color: color, stdout: stdout, stderr: stderr)
    case "explain": return explain(rest, lang: lang, stdout: stdout, stderr: stderr)
    case "help", "--help", "-h": return helpCommand(rest, lang: lang, stdout: stdout, stderr: stderr)
    case "tree":
      // Developer aid: the syntax tree of one file, as the golden tests print it.
      let o: Options
      do { o = try parse("tree", rest, lang: lang, stdout: stdout, stderr: stderr) } catch { return error.status }
      guard o.positional.count == 1 else { return usageError("tree", nil, lang: lang, stderr: stderr) }
      switch loader.collect(o.positional[0]) {
      case .failure(let m): stderr(m.text(lang) + "\n"); return 2
      case .success(let files): stdout(Analysis(files: [files[0]]).treeDump); return 0
      }
    case "--version", "version":
      if command == "version" {
        do { _ = try parse("version", rest, lang: lang, stdout: stdout, stderr: stderr) } catch { return error.status }
      }
      stdout("weifa \(version)\n")
      return 0
    case "build": return build(rest, lang: lang, color: color, stdout: stdout, stderr: stderr)
    case "test": return test(rest, lang: lang, stdout: stdout, stderr: stderr)
    case "query": return query(rest, lang: lang, stdout: stdout, stderr: stderr)
    case "decide": return decide(rest, lang: lang, stdout: stdout, stderr: stderr)
    case "route": return route(rest, lang: lang, stdout: stdout, stderr: stderr)
    case "fmt": return fmt(rest, lang: lang, color: color, stdout: stdout, stderr: stderr)
    case "batch": return batch(rest, lang: lang, stdout: stdout, stderr: stderr)
    case "import": return importText(rest, lang: lang, stdout: stdout, stderr: stderr)
    case "review": return review(rest, lang: lang, color: color, stdout: stdout, stderr: stderr)
    case "diff": return diff(rest, lang: lang, color: color, stdout: stdout, stderr: stderr)
    default:
      stderr((lang == .zh ? "错误：未知的命令「\(command)」\n\n" : "error: unknown command “\(command)”\n\n") + help(lang))
      return 2
    }
  }

  /// Runs `weifa` as a process: the arguments, stdout and stderr of this process; colour as
  /// `--color`, `NO_COLOR` and whether stderr is a terminal say.
  public static func runProcess() -> Int32 {
    let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
    let dumb = getenv("TERM").map { String(cString: $0) == "dumb" } ?? false
    return run(Array(CommandLine.arguments.dropFirst()), terminal: isatty(2) != 0 && !dumb, noColor: noColor,
               stdout: { emit(1, $0) }, stderr: { emit(2, $0) })
  }

  /// Writes all of `text` to a file descriptor.
  static func emit(_ fd: Int32, _ text: String) {
    var bytes = Array(text.utf8)
    bytes.withUnsafeMutableBytes { raw in
      var done = 0
      while done < raw.count {
        let n = write(fd, raw.baseAddress! + done, raw.count - done)
        if n < 0 { if errno == EINTR { continue }; return }
        done += n
      }
    }
  }

  /// `weifa help [COMMAND]`: the general help, or one command's.
  static func helpCommand(_ args: [String], lang: Language, stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    let o: Options
    do { o = try parse("help", args, lang: lang, stdout: stdout, stderr: stderr) } catch { return error.status }
    guard let name = o.positional.first else {
      stdout(help(lang))
      return 0
    }
    guard o.positional.count == 1, let usage = CommandUsage.named(name) else {
      stderr((lang == .zh ? "错误：没有命令「\(name)」\n\n" : "error: no command “\(name)”\n\n") + help(lang))
      return 2
    }
    stdout(usage.help(lang))
    return 0
  }

  /// The general help: every command with its usage and what it does.
  static func help(_ lang: Language) -> String {
    let zh = lang == .zh
    var out = zh ? "微法 weifa \(version) —— 村规民约、居民公约、自治章程的编译器\n\n用法：\n"
                 : "weifa \(version) — a compiler for village rules, residents' pacts and autonomy charters\n\nUsage:\n"
    for u in CommandUsage.all where u.name != "tree" {
      for line in u.synopsis.text(lang).split(separator: "\n") { out += "  weifa \(line)\n" }
      out += "      \(u.summary.text(lang))\n"
    }
    out += zh ? "\n每个命令都接受 --lang zh|en（消息语言）和 --color auto|always|never（彩色显示）。\n运行 weifa 命令 --help（或 weifa help 命令）查看该命令的全部选项和示例。\n\n"
              : "\nEvery command takes --lang zh|en (the language of messages) and --color auto|always|never.\nRun weifa COMMAND --help (or weifa help COMMAND) for its options and examples.\n\n"
    out += CommandUsage.generalStatus.text(lang) + "\n"
    return out
  }

  // MARK: - check

  static func check(_ args: [String], lang: Language, color: Bool, stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    let o: Options
    do { o = try parse("check", args, lang: lang, choices: ["--format": ["text", "json", "sarif"]], stdout: stdout, stderr: stderr) } catch { return error.status }
    let format = o.one("--format") ?? "text"
    let werror = o.flags.contains("--werror")
    let paths = o.positional, withPaths = o.values["--with"] ?? []
    guard !paths.isEmpty else {
      return usageError("check", .init(zh: "错误：请给出要检查的文件或目录，如 weifa check Codes", en: "error: give a file or directory to check, e.g. weifa check Codes"), lang: lang, stderr: stderr)
    }
    let inputs: [InputFile], context: [InputFile]
    switch loader.collectAll(paths) {
    case .failure(let message):
      stderr(message.text(lang) + "\n")
      return 2
    case .success(let files): inputs = files
    }
    // Context: what references may point into without being reported on — the rest of each
    // file's bundle, the nearest 上位法 directory above it, and whatever --with names.
    switch loader.context(for: paths, with: withPaths) {
    case .failure(let message):
      stderr(message.text(lang) + "\n")
      return 2
    case .success(let files): context = files
    }
    let analysis = Analysis(files: inputs, context: context, siblings: loader.siblings, store: loader.store)
    let diags = analysis.diagnostics
    let errors = diags.filter { $0.severity == .error }.count
    let warnings = diags.filter { $0.severity == .warning }.count
    switch format {
    case "json": stdout(JSONReport.render(diags, files: inputs.count, lang: lang))
    case "sarif": stdout(SARIFReport.render(diags, codes: allCodes, version: version, lang: lang))
    default:
      for d in diags { stderr(TextReport.render(d, lang: lang, color: color) + "\n") }
      stderr(TextReport.summary(files: inputs.count, errors: errors, warnings: warnings, lang: lang, color: color))
    }
    return errors > 0 || (werror && warnings > 0) ? 1 : 0
  }

  // MARK: - build

  static func build(_ args: [String], lang: Language, color: Bool, stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    let formats = OutputFormat.allCases.map(\.rawValue) + [docxFormat]
    let o: Options
    do { o = try parse("build", args, lang: lang, choices: ["--to": formats], stdout: stdout, stderr: stderr) } catch { return error.status }
    let output = o.one("-o") ?? o.one("--output")
    let annotated = o.flags.contains("--annotated"), force = o.flags.contains("--force")
    let paths = o.positional
    let docx = o.one("--to") == docxFormat
    if docx && output == nil { return docxNeedsOutput(lang: lang, stderr: stderr) }
    guard let to = docx ? OutputFormat.text.rawValue : o.one("--to"), let format = OutputFormat(rawValue: to) else {
      return usageError("build", .init(zh: "错误：请用 --to 给出输出格式：" + formats.joined(separator: "、"), en: "error: give the output format with --to: " + formats.joined(separator: ", ")),
                        lang: lang, stderr: stderr)
    }
    guard paths.count == 1 else {
      return usageError("build", .init(zh: "错误：请给出一个文件或目录", en: "error: give one file or directory"), lang: lang, stderr: stderr)
    }
    let inputs: [InputFile], context: [InputFile]
    switch loader.loadBook(paths[0]) {
    case .failure(let message):
      stderr(message.text(lang) + "\n")
      return 2
    case .success(let book): (inputs, context) = book
    }
    if let o = output, inputs.contains(where: { FileLoader.samePath($0.path, o) }) {
      stderr(lang == .zh ? "错误：-o 不能覆盖输入文件「\(o)」\n" : "error: -o must not overwrite the input “\(o)”\n")
      return 2
    }
    let analysis = Analysis(files: inputs, context: context, siblings: loader.siblings, store: loader.store)
    let errors = analysis.diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty {
      for d in errors { stderr(TextReport.render(d, lang: lang, color: color) + "\n") }
      // A notice or a residents' page of something that is not a charter would announce nothing.
      let notCharter = errors.contains { $0.code == StructureChecks.notACharter }
      if notCharter && (format == .notice || format == .page) {
        stderr(lang == .zh ? "「\(paths[0])」不是规约，不能生成\(format == .notice ? "公告" : "居民页面")（--force 也不能）\n"
                           : "“\(paths[0])” is not a charter: no \(format == .notice ? "notice" : "page") is built, even with --force\n")
        return 1
      }
      if !force {
        stderr(lang == .zh ? "有 \(errors.count) 个错误，未生成输出；改正后重试，或加 --force 生成草稿\n"
                           : "\(errors.count) error\(errors.count == 1 ? "" : "s"): nothing built; fix them, or add --force for a draft\n")
        return 1
      }
    }
    var extras: PrintExtras = []
    for (flag, extra) in [("--caption", PrintExtras.caption), ("--toc", .toc), ("--labels", .labels),
                          ("--generated-prose", .generatedProse), ("--typeset", .typeset)] where o.flags.contains(flag) {
      extras.insert(extra)
    }
    if docx, let o = output {
      return writeDocx(analysis, to: o, annotated: annotated, draft: !errors.isEmpty, lang: lang, extras: extras, stderr: stderr)
    }
    let (text, warnings) = analysis.renderWithWarnings(format: format, annotated: annotated, draft: !errors.isEmpty, lang: lang, extras: extras)
    for w in warnings { stderr(w.text(lang) + "\n") }
    return FileLoader.deliver(text, to: output, lang: lang, stdout: stdout, stderr: stderr) ?? 0
  }

  // MARK: - test

  /// The file system the commands read through.
  static var loader: Loader { Loader(POSIXFileSystem(), store: DiskModelStore.shared) }

  /// Loads paths as `check` does: the files, their context, the analysis.
  static func load(_ paths: [String], lang: Language, stderr: (String) -> Void) -> (Analysis, Int)? {
    switch loader.analyse(paths) {
    case .failure(let message):
      stderr(message.text(lang) + "\n")
      return nil
    case .success(let loaded): return (loaded.analysis, loaded.count)
    }
  }

  static func test(_ args: [String], lang: Language, stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    let o: Options
    do { o = try parse("test", args, lang: lang, choices: ["--format": ["text", "json"]], stdout: stdout, stderr: stderr) } catch { return error.status }
    guard !o.positional.isEmpty else {
      return usageError("test", .init(zh: "错误：请给出文件或目录，如 weifa test Codes", en: "error: give a file or directory, e.g. weifa test Codes"), lang: lang, stderr: stderr)
    }
    guard let (analysis, count) = load(o.positional, lang: lang, stderr: stderr) else { return 2 }
    let run = analysis.runCases(count: count)
    let passed = run.passed, failed = run.failures.count
    if o.one("--format") == "json" {
      stdout(JSONValue.fields([
        ("cases", .int(passed + failed)), ("passed", .int(passed)), ("failed", .int(failed)),
        ("byKind", .fields(run.byKind.map { ($0.kind.en, .int($0.count)) })),
        ("failures", .array(run.failures.map { f in
          .fields([("name", .string(f.name)), ("file", .string(f.path)), ("line", .int(f.line)), ("column", .int(f.column)),
                   ("messages", .array(f.failures.map { .string($0.text(lang)) }))])
        })),
      ]).render(layout: .expanded) + "\n")
      return failed > 0 ? 1 : 0
    }
    for f in run.failures {
      stderr((lang == .zh ? "失败 案例「\(f.name)」" : "FAIL case “\(f.name)”") + " --> \(f.path):\(f.line):\(f.column)\n")
      for m in f.failures { stderr("    " + m.text(lang) + "\n") }
    }
    let kinds = run.byKind.map { "\($0.kind.text(lang)) \($0.count)" }.joined(separator: lang == .zh ? "，" : ", ")
    stdout(lang == .zh ? "案例：\(passed + failed) 个（\(kinds)），通过 \(passed)，失败 \(failed)\n"
                       : "cases: \(passed + failed) (\(kinds)); \(passed) passed, \(failed) failed\n")
    return failed > 0 ? 1 : 0
  }

  // MARK: - explain

  static func explain(_ args: [String], lang: Language, stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    let o: Options
    do { o = try parse("explain", args, lang: lang, choices: ["--format": ["text", "json"]], stdout: stdout, stderr: stderr) } catch { return error.status }
    let json = o.one("--format") == "json"
    func entry(_ c: DiagnosticCode, page: Bool) -> JSONValue {
      var fields: [(String, JSONValue)] = [
        ("id", .string(c.id)), ("name", .string(c.name)), ("severity", .string(c.severity.english)),
        ("summary", .string(c.summary.text(lang))), ("helpUri", .string(Links.help(c))),
      ]
      if page { fields.append(("explanation", .string(c.explanation.text(lang)))) }
      return .fields(fields)
    }
    if o.flags.contains("--list") {
      guard o.positional.isEmpty else {
        return usageError("explain", .init(zh: "错误：--list 不接受代码", en: "error: --list takes no code"), lang: lang, stderr: stderr)
      }
      if json {
        stdout(JSONValue.fields([("codes", .array(allCodes.map { entry($0, page: false) }))]).render(layout: .expanded) + "\n")
      } else {
        stdout(allCodes.map { "\($0.id)  \($0.name)  \($0.summary.text(lang))" }.joined(separator: "\n") + "\n")
      }
      return 0
    }
    guard o.positional.count == 1, let code = o.positional.first else {
      return usageError("explain", .init(zh: "错误：请给出一个诊断代码，如 weifa explain WF1001", en: "error: give one code, e.g. weifa explain WF1001"), lang: lang, stderr: stderr)
    }
    let wanted = code.uppercased()
    guard let c = allCodes.first(where: { $0.id == wanted || $0.name == code }) else {
      stderr(lang == .zh ? "错误：没有诊断代码「\(code)」；运行 weifa explain --list 查看全部\n"
                         : "error: no code “\(code)”; run weifa explain --list\n")
      return 2
    }
    if json {
      stdout(entry(c, page: true).render(layout: .expanded) + "\n")
      return 0
    }
    let sev = lang == .zh ? c.severity.chinese : c.severity.english
    stdout("# \(c.id) \(c.name)" + (lang == .zh ? "（\(sev)）" : " (\(sev))") + "\n\n\(c.summary.text(lang))\n\n\(c.explanation.text(lang))")
    return 0
  }
}

/// Where the command line writes: comparing output paths with inputs, writing atomically.
enum FileLoader {
  /// Whether two paths name the same file.
  static func samePath(_ a: String, _ b: String) -> Bool {
    var sa = stat(), sb = stat()
    if stat(a, &sa) == 0 && stat(b, &sb) == 0 { return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino }
    return resolved(a) == resolved(b)
  }

  /// The real path of `path`, or of its directory joined with its name when it does not exist yet.
  static func resolved(_ path: String) -> String {
    if let r = PathText.real(path) { return r }
    let dir = Paths.deletingLastComponent(path)
    return (PathText.real(dir.isEmpty ? "." : dir) ?? dir) + "/" + Paths.lastComponent(path)
  }

  /// Writes through a temporary file in the same directory and a rename, so a failure never
  /// leaves a half-written file. Returns an error message, or nil.
  static func writeAtomically(_ text: String, to path: String) -> LocalizedText? {
    AtomicWrite.write(Array(text.utf8), to: path)   // permissions kept, flushed, renamed (Fmt.swift)
  }

  /// A command's result: written to `path` (atomically) when one is given, else to stdout.
  /// nil when it was delivered; 2 (after the message on stderr) when it could not be written.
  static func deliver(_ text: String, to path: String?, lang: Language, stdout: (String) -> Void, stderr: (String) -> Void) -> Int32? {
    guard let path else { stdout(text); return nil }
    guard let message = writeAtomically(text, to: path) else { return nil }
    stderr(message.text(lang) + "\n")
    return 2
  }
}
