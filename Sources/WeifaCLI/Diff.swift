import WeifaBase
import WeifaDriver

extension CLI {
  /// `weifa diff OLD NEW`: the 修订对照表 of two versions (files or bundle directories). A version
  /// with syntax errors, or that is not a charter, is refused with its diagnostics (exit 1).
  static func diff(_ args: [String], lang: Language, color: Bool, stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    let o: Options
    do {
      o = try parse("diff", args, lang: lang, choices: ["--to": DiffFormat.allCases.map(\.rawValue) + [docxFormat], "--format": ["text", "json"]], stdout: stdout, stderr: stderr)
    } catch { return error.status }
    guard o.positional.count == 2 else {
      return usageError("diff", .init(zh: "错误：请给出修改前和修改后的两个文件或目录", en: "error: give the old and the new version (two files or directories)"), lang: lang, stderr: stderr)
    }
    // --format text|json, as every command that prints results takes it, is --to by another name.
    if let t = o.one("--to"), let f = o.one("--format"), t != f {
      return usageError("diff", .init(zh: "错误：--to \(t) 与 --format \(f) 不一致", en: "error: --to \(t) and --format \(f) disagree"), lang: lang, stderr: stderr)
    }
    let docx = o.one("--to") == docxFormat
    let format = DiffFormat(rawValue: o.one("--to") ?? o.one("--format") ?? "text") ?? .text
    let explain = o.flags.contains("--explain")
    let output = o.one("-o") ?? o.one("--output")
    // A Word file is binary: only to a file named with -o, never to stdout.
    if docx && output == nil {
      return usageError("diff", .init(zh: "错误：--to docx 需要用 -o 给出输出文件，如 -o 修订对照表.docx（Word 文件是二进制文件，不输出到终端或管道）",
                                      en: "error: --to docx needs an output file, e.g. -o amendments.docx (a Word file is binary; it is not written to a terminal or pipe)"),
                        lang: lang, stderr: stderr)
    }
    if explain && (format != .text || docx) {
      return usageError("diff", .init(zh: "错误：--explain 只用于 --to text", en: "error: --explain goes with --to text only"), lang: lang, stderr: stderr)
    }
    var sides = [(Analysis, Int)]()
    var inputs = [InputFile]()
    for path in o.positional {
      switch loader.loadBook(path) {
      case .failure(let message):
        stderr(message.text(lang) + "\n")
        return 2
      case .success(let (files, context)):
        inputs += files
        sides.append((Analysis(files: files, context: context, siblings: loader.siblings), files.count))
      }
    }
    if let out = output, inputs.contains(where: { FileLoader.samePath($0.path, out) }) {
      stderr(lang == .zh ? "错误：-o 不能覆盖输入文件「\(out)」\n" : "error: -o must not overwrite the input “\(out)”\n")
      return 2
    }
    var refused = false
    for (k, side) in sides.enumerated() {
      let errors = side.0.diffRefusals
      guard !errors.isEmpty else { continue }
      refused = true
      for d in errors { stderr(TextReport.render(d, lang: lang, color: color) + "\n") }
      stderr(lang == .zh ? "「\(o.positional[k])」有 \(errors.count) 个语法错误（或不是规约），不能比较；改正后重试\n"
                         : "“\(o.positional[k])” has \(errors.count) syntax error\(errors.count == 1 ? "" : "s") (or is not a charter): nothing compared; fix them and retry\n")
    }
    if refused { return 1 }
    if docx, let out = output {
      let bytes = Analysis.diffDocx(old: sides[0].0, count: sides[0].1, path: o.positional[0], new: sides[1].0, count: sides[1].1, path: o.positional[1], lang: lang)
      if let message = AtomicWrite.write(bytes, to: out) {
        stderr(message.text(lang) + "\n")
        return 2
      }
      return 0
    }
    let text = Analysis.diff(old: sides[0].0, count: sides[0].1, path: o.positional[0], new: sides[1].0, count: sides[1].1, path: o.positional[1],
                             format: format, explain: explain, lang: lang)
    return FileLoader.deliver(text, to: output, lang: lang, stdout: stdout, stderr: stderr) ?? 0
  }
}
