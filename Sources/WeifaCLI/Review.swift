import WeifaBase
import WeifaDriver

extension CLI {
  /// `weifa review PATH… [-o FILE] [--format html|json|text] [--with PATH]`: the 合法性审查意见 of
  /// each charter (and a summary for several), for the 备案审查 a 乡镇 (街道) reviewer signs.
  /// The format is `--format`, else what `-o` ends in (.json, .txt, else HTML), else text on
  /// stdout. A file that is not a charter is refused with its WF2006 diagnostic on stderr.
  static func review(_ args: [String], lang: Language, color: Bool, stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    let o: Options
    do { o = try parse("review", args, lang: lang, choices: ["--format": ReviewFormat.allCases.map(\.rawValue)], stdout: stdout, stderr: stderr) } catch { return error.status }
    let zh = lang == .zh
    let paths = o.positional, output = o.one("-o") ?? o.one("--output")
    guard !paths.isEmpty else {
      return usageError("review", .init(zh: "错误：请给出要审查的规约文件或目录，如 weifa review Codes/石门村", en: "error: give the charters to review, e.g. weifa review Codes/石门村"),
                        lang: lang, stderr: stderr)
    }
    let format: ReviewFormat
    if let f = o.one("--format").flatMap(ReviewFormat.init(rawValue:)) { format = f }
    else if let out = output { format = out.hasSuffix(".json") ? .json : out.hasSuffix(".txt") ? .text : .html }
    else { format = .text }
    // An opinion saved as .weifa would be read as a (broken) charter by the next check of its folder.
    if let out = output, out.hasSuffix(".weifa") {
      stderr(zh ? "错误：-o「\(out)」以 .weifa 结尾；审查意见不是规约，请用 .html、.json 或 .txt\n"
                : "error: -o “\(out)” ends in .weifa; an opinion is not a charter: use .html, .json or .txt\n")
      return 2
    }
    let analysis: Analysis, count: Int
    switch loader.analyse(paths, with: o.values["--with"] ?? []) {
    case .failure(let m): stderr(m.text(lang) + "\n"); return 2
    case .success(let loaded): (analysis, count) = loaded
    }
    if let out = output, analysis.documents.prefix(count).contains(where: { FileLoader.samePath($0.source.path, out) }) {
      stderr(zh ? "错误：-o 不能覆盖输入文件「\(out)」\n" : "error: -o must not overwrite the input “\(out)”\n")
      return 2
    }
    let result = analysis.review(count: count, format: format, lang: lang)
    for d in result.refused {
      stderr(TextReport.render(d, lang: lang, color: color) + "\n")
      stderr(zh ? "「\(d.file.path)」不是规约，不出具审查意见\n" : "“\(d.file.path)” is not a charter: no opinion is given\n")
    }
    guard result.reviewed > 0 else {
      if result.refused.isEmpty {
        stderr(zh ? "错误：没有可审查的规约（上位法和汇编目录不作为规约审查）\n" : "error: no charter to review (higher law and manifests are not reviewed as charters)\n")
        return 2
      }
      return 1
    }
    if let out = output {
      if let message = FileLoader.writeAtomically(result.output, to: out) {
        stderr(message.text(lang) + "\n")
        return 2
      }
    } else {
      stdout(result.output)
    }
    let tally = result.conclusions.map { zh ? "\($0.name.zh) \($0.count)" : "\($0.name.en) \($0.count)" }.joined(separator: zh ? "，" : ", ")
    stderr((zh ? "审查意见 \(result.reviewed) 件（\(tally)）" : "\(result.reviewed) opinion\(result.reviewed == 1 ? "" : "s") (\(tally))")
           + (result.skipped > 0 ? (zh ? "；未审查上位法或目录 \(result.skipped) 件" : "; \(result.skipped) higher-law or manifest file\(result.skipped == 1 ? "" : "s") not reviewed") : "")
           + (output.map { zh ? "；已写入「\($0)」" : "; written to “\($0)”" } ?? "") + "\n")
    return result.refused.isEmpty ? 0 : 1
  }
}
