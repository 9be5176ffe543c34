/// The codes about the input itself: its encoding and the limits above. Every stage can raise
/// them (the front end, the parser, the checker), so their identity lives here; the explanation
/// pages are attached in `WeifaDriver` (`InputCodes`), which is what `weifa explain` shows.
package enum InputIssues {
  package static let nonUTF8 = DiagnosticCode(
    "WF1019", "non-utf8-input", .note,
    summary: .init(zh: "文件不是 UTF-8 编码（如 GBK/GB18030、UTF-16），或含有这类文件误读后的乱码",
                   en: "the file is not UTF-8 (GBK/GB18030, UTF-16), or holds text garbled by misreading such a file"),
    explanation: .init(zh: "", en: ""))
  package static let invalidBytes = DiagnosticCode(
    "WF1020", "invalid-bytes", .error,
    summary: .init(zh: "文件中有无法识别的字节，或有编码转换失败留下的替换字符「\u{FFFD}」",
                   en: "bytes that are not text, or replacement characters “\u{FFFD}” left by a failed conversion"),
    explanation: .init(zh: "", en: ""))
  package static let limitExceeded = DiagnosticCode(
    "WF1021", "limit-exceeded", .error,
    summary: .init(zh: "超出了 Weifa 的处理上限（行过长、数字过大、诊断过多等）",
                   en: "a limit of Weifa was exceeded (line too long, number too large, too many diagnostics …)"),
    explanation: .init(zh: "", en: ""))
  package static let all = [nonUTF8, invalidBytes, limitExceeded]
}
