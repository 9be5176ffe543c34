import WeifaBase
import WeifaDriver

// `weifa build --to docx` (issue 14); `weifa import FILE.docx` is in Import.swift.
extension CLI {
  static let docxFormat = "docx"

  /// A Word file is binary: it is written only to a file named with `-o`, never to stdout (a
  /// terminal would show garbage, and the output channel carries text).
  static func docxNeedsOutput(lang: Language, stderr: (String) -> Void) -> Int32 {
    usageError("build", .init(zh: "错误：--to docx 需要用 -o 给出输出文件，如 -o 村规民约.docx（Word 文件是二进制文件，不输出到终端或管道）",
                              en: "error: --to docx needs an output file, e.g. -o charter.docx (a Word file is binary; it is not written to a terminal or pipe)"),
               lang: lang, stderr: stderr)
  }

  /// Writes the .docx atomically; the warnings go to stderr as for the other formats.
  static func writeDocx(_ analysis: Analysis, to path: String, annotated: Bool, draft: Bool, lang: Language, extras: PrintExtras,
                        stderr: (String) -> Void) -> Int32 {
    let (bytes, warnings) = analysis.renderDocx(annotated: annotated, draft: draft, lang: lang, extras: extras)
    for w in warnings { stderr(w.text(lang) + "\n") }
    if let message = AtomicWrite.write(bytes, to: path) {
      stderr(message.text(lang) + "\n")
      return 2
    }
    return 0
  }
}
