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
  /// 0 clean, 1 the input has errors, 2 usage or I/O error.
  public static func run(_ arguments: [String], stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    var args = arguments
    var lang = Language.zh
    if let i = args.firstIndex(of: "--lang") {
      guard i + 1 < args.count, let l = Language(rawValue: args[i + 1]) else {
        stderr("错误：--lang 只能是 zh 或 en\nerror: --lang takes zh or en\n")
        return 2
      }
      lang = l
      args.removeSubrange(i...(i + 1))
    }
    guard let command = args.first else {
      stderr(help(lang))
      return 2
    }
    let rest = Array(args.dropFirst())
    switch command {
    case "check": return check(rest, lang: lang, stdout: stdout, stderr: stderr)
    case "explain": return explain(rest, lang: lang, stdout: stdout, stderr: stderr)
    case "help", "--help", "-h":
      stdout(help(lang))
      return 0
    case "tree":
      // Developer aid: the syntax tree of one file, as the golden tests print it.
      guard let path = rest.first, case .success(let files) = loader.collect(path), let f = files.first else {
        stderr("usage: weifa tree FILE\n")
        return 2
      }
      stdout(Analysis(files: [f]).treeDump)
      return 0
    case "--version", "version":
      stdout("weifa \(version)\n")
      return 0
    case "build": return build(rest, lang: lang, stdout: stdout, stderr: stderr)
    case "test": return test(rest, lang: lang, stdout: stdout, stderr: stderr)
    case "query": return query(rest, lang: lang, stdout: stdout, stderr: stderr)
    case "decide": return decide(rest, lang: lang, stdout: stdout, stderr: stderr)
    case "route": return route(rest, lang: lang, stdout: stdout, stderr: stderr)
    case "fmt": return fmt(rest, lang: lang, stdout: stdout, stderr: stderr)
    case "batch": return batch(rest, lang: lang, stdout: stdout, stderr: stderr)
    default:
      stderr((lang == .zh ? "未知的命令「\(command)」\n\n" : "unknown command “\(command)”\n\n") + help(lang))
      return 2
    }
  }

  static func help(_ lang: Language) -> String {
    lang == .zh ? """
    微法 weifa \(version) —— 村规民约、居民公约、自治章程的编译器

    用法：
      weifa check 路径…  [--format text|json|sarif] [--werror] [--with 路径] [--lang zh|en]
                          检查文件或目录（目录即一部汇编，如《微法典》）；
                          同目录的文件和上级的「上位法」目录自动读入，供引用和上下位核对
      weifa build 路径 --to text|md|html|json|notice|page [-o 文件] [--annotated] [--force]
                          排版输出条文、公告或 JSON；page 是给居民用手机打开的单个网页
      weifa test 路径…     运行规约中写的案例
      weifa query 路径 --fact 年龄=72 --fact 户籍=本村 [--facts 文件.json] [--as-of 日期] [--format text|json]
                          这些条款与我有关吗：义务、禁止、权利和待遇，各附条文和理由
      weifa decide 路径 --body 村民会议 --members 1200 --households 330 --present 610 --yes 400 [--matter 事项] [--need]
                          会议是否有效、决定是否通过，附计算过程
      weifa route 路径 事项  该事项由谁决定、经过哪些程序
      weifa batch 路径 --residents 居民.csv [--format csv|json] [-o 文件]
                          逐个居民计算适用的条款和待遇合计
      weifa fmt 路径… [--check | --write] [--renumber]
                          规范排版（不改动条文文字）；--renumber 重新编号并更新引用
      weifa explain 代码   查看诊断代码的说明，如 weifa explain WF1001
      weifa explain --list 列出全部诊断代码
      weifa help           显示本帮助

    退出状态：0 没有错误；1 输入有错误；2 用法或读写错误。
    诊断信息输出到标准错误，结果输出到标准输出。

    """ : """
    weifa \(version) — a compiler for village rules, residents' pacts and autonomy charters

    Usage:
      weifa check PATH...  [--format text|json|sarif] [--werror] [--with PATH] [--lang zh|en]
                           check files or directories (a directory is a bundle); the
                           rest of a file's directory and the nearest 上位法 directory
                           are read as context
      weifa build PATH --to text|md|html|json|notice|page [-o FILE] [--annotated] [--force]
                           page: one self-contained HTML page for residents' phones
      weifa test PATH...   run the 案例 written in the charters
      weifa query PATH --fact NAME=VALUE... [--facts FILE.json] [--as-of DATE] [--format text|json]
      weifa decide PATH --body NAME --members N [--households H] --present P --yes Y [--matter NAME] [--need]
      weifa route PATH MATTER
      weifa batch PATH --residents FILE.csv [--format csv|json] [-o FILE]
      weifa fmt PATH... [--check | --write] [--renumber]
                           canonical layout, prose untouched; --renumber updates references
      weifa explain CODE   explain a diagnostic code, e.g. weifa explain WF1001
      weifa explain --list list every code
      weifa help           show this help

    Exit status: 0 clean; 1 the input has errors; 2 usage or I/O error.
    Diagnostics go to stderr, results to stdout.

    """
  }

  // MARK: - check

  static func check(_ args: [String], lang: Language, stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    let parsed = parseOptions(args, valued: ["--format", "--with"], flags: ["--werror"])
    guard case .success(let o) = parsed else {
      if case .failure(let m) = parsed { stderr(m.message.text(lang) + "\n") }
      return 2
    }
    let format = o.one("--format") ?? "text"
    guard ["text", "json", "sarif"].contains(format) else {
      stderr(lang == .zh ? "错误：--format 只能是 text、json 或 sarif\n" : "error: --format takes text, json or sarif\n")
      return 2
    }
    let werror = o.flags.contains("--werror")
    let paths = o.positional, withPaths = o.values["--with"] ?? []
    guard !paths.isEmpty else {
      stderr(lang == .zh ? "错误：请给出要检查的文件或目录，如 weifa check Codes\n" : "error: give a file or directory to check, e.g. weifa check Codes\n")
      return 2
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
    let analysis = Analysis(files: inputs, context: context, siblings: loader.siblings)
    let diags = analysis.diagnostics
    let errors = diags.filter { $0.severity == .error }.count
    let warnings = diags.filter { $0.severity == .warning }.count
    switch format {
    case "json": stdout(JSONReport.render(diags, files: inputs.count, lang: lang))
    case "sarif": stdout(SARIFReport.render(diags, codes: allCodes, version: version, lang: lang))
    default:
      for d in diags { stderr(TextReport.render(d, lang: lang) + "\n") }
      stderr(TextReport.summary(files: inputs.count, errors: errors, warnings: warnings, lang: lang))
    }
    return errors > 0 || (werror && warnings > 0) ? 1 : 0
  }

  // MARK: - build

  static func build(_ args: [String], lang: Language, stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    let parsed = parseOptions(args, valued: ["--to", "-o", "--output"], flags: ["--annotated", "--force"])
    guard case .success(let o) = parsed else {
      if case .failure(let m) = parsed { stderr(m.message.text(lang) + "\n") }
      return 2
    }
    var format: OutputFormat?
    if let to = o.one("--to") {
      guard let f = OutputFormat(rawValue: to) else {
        stderr(lang == .zh ? "错误：--to 只能是 " + OutputFormat.allCases.map(\.rawValue).joined(separator: "、") + "\n"
                           : "error: --to takes " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", ") + "\n")
        return 2
      }
      format = f
    }
    let output = o.one("-o") ?? o.one("--output")
    let annotated = o.flags.contains("--annotated"), force = o.flags.contains("--force")
    let paths = o.positional
    guard let format, paths.count == 1 else {
      stderr(lang == .zh ? "用法：weifa build 路径 --to text|md|html|json|notice|page [-o 文件] [--annotated] [--force]\n"
                         : "usage: weifa build PATH --to text|md|html|json|notice|page [-o FILE] [--annotated] [--force]\n")
      return 2
    }
    guard let (inputs, context) = loader.book(paths[0]) else {
      stderr(lang == .zh ? "错误：找不到「\(paths[0])」\n" : "error: “\(paths[0])” does not exist\n")
      return 2
    }
    if let o = output, inputs.contains(where: { FileLoader.samePath($0.path, o) }) {
      stderr(lang == .zh ? "错误：-o 不能覆盖输入文件「\(o)」\n" : "error: -o must not overwrite the input “\(o)”\n")
      return 2
    }
    let analysis = Analysis(files: inputs, context: context, siblings: loader.siblings)
    let errors = analysis.diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty {
      for d in errors { stderr(TextReport.render(d, lang: lang) + "\n") }
      if !force {
        stderr(lang == .zh ? "有 \(errors.count) 个错误，未生成输出；改正后重试，或加 --force 生成草稿\n"
                           : "\(errors.count) error(s): nothing built; fix them, or add --force for a draft\n")
        return 1
      }
    }
    let (text, warnings) = analysis.renderWithWarnings(format: format, annotated: annotated, draft: !errors.isEmpty, lang: lang)
    for w in warnings { stderr(w.text(lang) + "\n") }
    if let o = output {
      if let message = FileLoader.writeAtomically(text, to: o) {
        stderr(message.text(lang) + "\n")
        return 2
      }
    } else {
      stdout(text)
    }
    return 0
  }

  // MARK: - test

  /// The file system the commands read through.
  static var loader: Loader { Loader(POSIXFileSystem()) }

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
    let parsed = parseOptions(args, valued: [], flags: [])
    guard case .success(let o) = parsed, !o.positional.isEmpty else {
      if case .failure(let m) = parsed { stderr(m.message.text(lang) + "\n") }
      stderr(lang == .zh ? "用法：weifa test 路径…\n" : "usage: weifa test PATH...\n")
      return 2
    }
    let paths = o.positional
    guard let (analysis, count) = load(paths, lang: lang, stderr: stderr) else { return 2 }
    let run = analysis.runCases(count: count)
    for f in run.failures {
      stderr((lang == .zh ? "失败" : "FAIL") + " 案例「\(f.name)」 --> \(f.path):\(f.line):\(f.column)\n")
      for m in f.failures { stderr("    " + m.text(lang) + "\n") }
    }
    let passed = run.passed, failed = run.failures.count
    let kinds = run.byKind.map { "\($0.kind) \($0.count)" }.joined(separator: "，")
    stdout(lang == .zh ? "案例：\(passed + failed) 个（\(kinds)），通过 \(passed)，失败 \(failed)\n"
                       : "cases: \(passed + failed) (\(kinds)); \(passed) passed, \(failed) failed\n")
    return failed > 0 ? 1 : 0
  }

  // MARK: - explain

  static func explain(_ args: [String], lang: Language, stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    let parsed = parseOptions(args, valued: [], flags: ["--list"])
    guard case .success(let o) = parsed else {
      if case .failure(let m) = parsed { stderr(m.message.text(lang) + "\n") }
      return 2
    }
    if o.flags.contains("--list") {
      stdout(allCodes.map { "\($0.id)  \($0.name)  \($0.summary.text(lang))" }.joined(separator: "\n") + "\n")
      return 0
    }
    guard let code = o.positional.first else {
      stderr(lang == .zh ? "错误：请给出诊断代码，如 weifa explain WF1001\n" : "error: give a code, e.g. weifa explain WF1001\n")
      return 2
    }
    let wanted = code.uppercased()
    guard let c = allCodes.first(where: { $0.id == wanted || $0.name == code }) else {
      stderr(lang == .zh ? "错误：没有诊断代码「\(code)」；运行 weifa explain --list 查看全部\n"
                         : "error: no code “\(code)”; run weifa explain --list\n")
      return 2
    }
    let sev = lang == .zh ? c.severity.chinese : c.severity.english
    stdout("# \(c.id) \(c.name)（\(sev)）\n\n\(c.summary.text(lang))\n\n\(c.explanation.text(lang))")
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
}
