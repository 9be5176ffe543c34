import WeifaBase
import WeifaSyntax

/// The codes about the input itself (WF1019–WF1021) with their explanation pages. Their identity
/// (code, name, severity, summary) is `WeifaBase.InputIssues`, because the front end, the parser
/// and the checker all raise them; this is where `weifa explain` and SARIF find their pages.
package enum InputCodes {
  package static let nonUTF8 = with(InputIssues.nonUTF8, page(
    zh: """
    ## 说明
    Weifa 读取 UTF-8 编码的文本。许多 Windows 软件（记事本旧版本、WPS、Word 另存为「纯文本」）默认保存为 GBK（GB18030）或 UTF-16。遇到这样的文件，Weifa 会识别出来、转换后照常检查，并以此提示说明文件不是 UTF-8、如何转换；行号不变，字节位置按转换后的 UTF-8 计算。文件本身不会被改动，weifa fmt --write 也不会改写它。
    若 GBK 文件曾被当作西文（Latin-1/Windows-1252）打开再保存，中文会变成「µÚÒ»Ìõ」这样的乱码，此时报告为警告：乱码已经写进文件，需要从原文件重新转换。
    ## 为什么
    编码不一致时，同一份规约在不同电脑上显示不同，复制到微信或网页时可能变成乱码；统一为 UTF-8 才能稳定地打印、公示和交换。
    ## 示例
    """, en: """
    ## What
    Weifa reads UTF-8. Many Windows tools save GBK (GB18030) or UTF-16 by default. Such a file is recognised, converted and checked as usual, with this note saying that it is not UTF-8 and how to convert it; line numbers are unchanged, byte offsets refer to the UTF-8 text. The file itself is never changed, not even by weifa fmt --write.
    If a GBK file was once opened as Latin-1 (Windows-1252) and saved again, its Chinese turned into text like “µÚÒ»Ìõ”; that is a warning: the damage is in the file, and the original must be converted again.
    ## Why
    A charter in a mixed encoding shows differently on different computers and turns into garbage when copied to WeChat or a web page; UTF-8 prints, publishes and travels reliably.
    ## Example
    """,
    wrong: "µÚÒ»Ìõ ÎªÁË¹æ·¶´åÎñ£¬ÖÆ¶¨±¾¹æÔ¼¡£\n",
    right: "第一条 为了规范村务，制定本规约。\n",
    fixZh: "把文件转换为 UTF-8：iconv -f GB18030 -t UTF-8 原文件.weifa > 新文件.weifa；或在记事本中「另存为」，编码选「UTF-8」。乱码须从未损坏的原文件重新转换。",
    fixEn: "Convert the file: iconv -f GB18030 -t UTF-8 old.weifa > new.weifa, or “Save as” UTF-8. Garbled text must be converted again from the undamaged original."))

  package static let invalidBytes = with(InputIssues.invalidBytes, page(
    zh: """
    ## 说明
    文件中有既不是 UTF-8、也不是 GB18030 的字节（诊断给出所在的行和字节位置），或者有替换字符「\u{FFFD}」——它是此前某个软件转换编码失败时留下的，原来的文字已经丢失。
    ## 为什么
    无法识别的字节无法显示、打印和检查；替换字符意味着条文里少了字，村（居）民看到的规约与通过的规约不一致。
    ## 示例
    """, en: """
    ## What
    The file holds bytes that are neither UTF-8 nor GB18030 (the diagnostic gives their line and byte offset), or replacement characters “\u{FFFD}” that an earlier conversion left where it failed — the text that stood there is lost.
    ## Why
    Bytes that are not text cannot be shown, printed or checked; a replacement character means words are missing from the charter residents read.
    ## Example
    """,
    wrong: "第一条 为了规范村务，制定本\u{FFFD}\u{FFFD}。\n",
    right: "第一条 为了规范村务，制定本规约。\n",
    fixZh: "对照原稿补上丢失的文字，删除无法识别的字节，保存为 UTF-8。",
    fixEn: "Restore the missing words from the original, delete the stray bytes and save the file as UTF-8."))

  package static let limitExceeded = with(InputIssues.limitExceeded, page(
    zh: """
    ## 说明
    Weifa 对输入设有上限，远高于真实规约所需（见 Sources/ARCHITECTURE.md「Limits」）：文件不超过 32 MB；一行不超过 64 KB（过长的行保留原样但不作分析）；数字不超过一万亿；条件嵌套不超过 64 层；每个文件最多列出 1000 个语法错误和 1000 个检查结果；同一行为的规则最多两两比较 20000 对。超出上限时报告此项，其余部分照常检查。
    ## 为什么
    上限保证任何输入——包括损坏的文件或复制错误——都能在有限的时间和内存内得到回答，而不会卡住或崩溃。
    ## 示例
    """, en: """
    ## What
    Weifa bounds its input, far above what a real charter needs (see “Limits” in Sources/ARCHITECTURE.md): files up to 32 MB; lines up to 64 KB (a longer line is kept but not analysed); numbers up to 10^12; conditions nested up to 64 levels; at most 1000 syntax errors and 1000 findings listed per file; at most 20000 pairs of rules on the same act compared. Where a limit is hit this is reported and the rest is checked as usual.
    ## Why
    The limits make every input — damaged files and copying accidents included — answer in bounded time and memory instead of hanging or crashing.
    ## Example
    """,
    wrong: "@机构 村民委员会；任期：10000000000000年\n",
    right: "@机构 村民委员会；任期：5年\n",
    fixZh: "检查是否误输入（如多打了数字、丢失了换行）；确有需要时把文件拆分为几个文件。",
    fixEn: "Look for a typing or copying accident (extra digits, lost line breaks); split a very large document into several files."))

  package static let all = [nonUTF8, invalidBytes, limitExceeded]

  /// The code with its page attached.
  private static func with(_ code: DiagnosticCode, _ page: LocalizedText) -> DiagnosticCode {
    DiagnosticCode(code.id, code.name, code.severity, summary: code.summary, explanation: page)
  }
}
