/// WF1019 non-utf8-input.
/// Raised by the front end (`WeifaCLI/InputDecoding.swift`: GBK/GB18030, UTF-16 decoded) and `WeifaSyntax/TextScan.swift` (GBK misread as Latin-1).
extension InputIssues {
  package static let nonUTF8 = DiagnosticCode(
    "WF1019", "non-utf8-input", .note,
    summary: .init(zh: "文件不是 UTF-8 编码（如 GBK/GB18030、UTF-16），或含有这类文件误读后的乱码",
                   en: "the file is not UTF-8 (GBK/GB18030, UTF-16), or holds text garbled by misreading such a file"),
    explanation: page(
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
}
