/// WF1020 invalid-bytes.
/// Raised by `WeifaSyntax/TextScan.swift` (invalid bytes, U+FFFD) and the front end (`WeifaCLI/InputDecoding.swift`).
extension InputIssues {
  package static let invalidBytes = DiagnosticCode(
    "WF1020", "invalid-bytes", .error,
    summary: .init(zh: "文件中有无法识别的字节，或有编码转换失败留下的替换字符「\u{FFFD}」",
                   en: "bytes that are not text, or replacement characters “\u{FFFD}” left by a failed conversion"),
    explanation: page(
      zh: """
      ## 说明
      文件中有既不是 UTF-8、也不是 GB18030 的字节（诊断给出所在的行和列），或者有替换字符「\u{FFFD}」——它是此前某个软件转换编码失败时留下的，原来的文字已经丢失。
      ## 为什么
      无法识别的字节无法显示、打印和检查；替换字符意味着条文里少了字，村（居）民看到的规约与通过的规约不一致。
      ## 示例
      """, en: """
      ## What
      The file holds bytes that are neither UTF-8 nor GB18030 (the diagnostic gives their line and column), or replacement characters “\u{FFFD}” that an earlier conversion left where it failed — the text that stood there is lost.
      ## Why
      Bytes that are not text cannot be shown, printed or checked; a replacement character means words are missing from the charter residents read.
      ## Example
      """,
      wrong: "第一条 为了规范村务，制定本\u{FFFD}\u{FFFD}。\n",
      right: "第一条 为了规范村务，制定本规约。\n",
      fixZh: "对照原稿补上丢失的文字，删除无法识别的字节，保存为 UTF-8。",
      fixEn: "Restore the missing words from the original, delete the stray bytes and save the file as UTF-8."))
}
