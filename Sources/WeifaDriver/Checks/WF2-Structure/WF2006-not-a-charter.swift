import WeifaBase
import WeifaSyntax

/// WF2006 not-a-charter: a file with no title, no division (编、章、节、条) and no directive is
/// not a charter — an empty file, pasted prose, a binary file saved as `.weifa`. Read on the tree
/// (`StructureChecks.check`): one finding at the start of the file.
extension StructureChecks {
  package static let notACharter = DiagnosticCode(
    "WF2006", "not-a-charter", .error,
    summary: .init(zh: "文件不是规约：没有标题、条文或指令", en: "not a charter: no title, no article and no directive"),
    explanation: page(
      zh: """
      ## 说明
      一部规约至少要有标题（@标题）、一条条文（第X条）、一个章节标题或一行指令（以 @ 开头的行）。一样都没有的文件——空文件、只有几行散文、误存为 .weifa 的其他文件——不是规约，报告此错误，而不是当作没有问题的规约通过。
      ## 为什么
      检查一个空文件或拼错的文件得到「0 个错误」，会让持续集成和备案审查误以为规约没有问题。
      ## 示例
      """, en: """
      ## What
      A charter has at least a title (“@标题”), an article (“第X条”), a heading (“编”, “章”, “节”) or a directive (a line starting with @). A file with none of these — an empty file, a few lines of prose, another kind of file saved as .weifa — is not a charter, and is reported instead of passing as a clean one.
      ## Why
      An empty or mistyped file that checks with "0 errors" lets CI and a filing review believe the charter is fine.
      ## Example
      """,
      wrong: "村民应当遵守本规约。\n爱护公共财物。\n",
      right: "@标题 某村村规民约\n第一条 村民应当遵守本规约。\n第二条 爱护公共财物。\n",
      fixZh: "给文件加上标题和条文（最简单的规约是一行 @标题 和一行「第一条 ……」）；若给错了文件，改正命令中的路径。",
      fixEn: "Give the file a title and articles (the smallest charter is one “@标题” line and one “第一条” line); if it is the wrong file, correct the path."))

  /// Whether the tree holds a title, a division or a directive anywhere. A line that starts with
  /// `@` but names no directive (binary bytes, a typo: WF1001) does not make a charter.
  static func isCharter(_ tree: SyntaxTree) -> Bool {
    func walk(_ n: SyntaxNode) -> Bool {
      switch n.kind {
      case .directive: return n.token(.directiveKeyword) != nil
      case .part, .subPart, .chapter, .section, .article: return true
      case .sourceFile, .preamble: return n.childNodes.contains(where: walk)
      default: return false
      }
    }
    return walk(tree.root)
  }

  static func charter(_ tree: SyntaxTree, _ out: inout [Diagnostic]) {
    guard !isCharter(tree) else { return }
    let file = tree.source
    let bytes = file.bytes
    // The first character that is not white space, or the start of an empty file.
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
    let blank = start == bytes.count
    let range = blank ? TextRange(0, 0) : TextRange(start, start + UTF8Scan.scalarLength(bytes, start))
    var d = Diagnostic(notACharter,
                       blank ? .init(zh: "文件是空的，不是规约：没有标题，也没有条文", en: "the file is empty: it is not a charter (no title, no article)")
                             : .init(zh: "这不是规约：没有标题（@标题），也没有编、章、节、条或指令（以 @ 开头的行）",
                                     en: "this is not a charter: it has no title (“@标题”), no part, chapter, section or article, and no directive (a line starting with @)"),
                       file: file, range: range)
    d.notes = [
      .init(zh: "帮助：最简单的规约是一个标题和一条条文，如「@标题 某村村规民约」和「第一条 为了规范村务，制定本规约。」两行",
            en: "help: the smallest charter is a title and one article, such as the two lines “@标题 某村村规民约” and “第一条 为了规范村务，制定本规约。”"),
      .init(zh: "帮助：若给错了文件，请改正路径（运行 weifa explain WF2006 查看示例）",
            en: "help: if this is the wrong file, correct the path (weifa explain WF2006 shows an example)"),
    ]
    // Pasted charter text (一、… 二、…, 1. 2. …): say how to bring it in.
    var numbered = 0
    bytes.withUnsafeBufferPointer { b in
      for line in 0..<file.lineStarts.count where numbered < 2 {
        let r = file.lineRange(line)
        var p = r.lower
        while p < r.upper, b[p] == 0x20 || b[p] == 0x09 { p += 1 }
        if p + 3 <= r.upper, b[p] == 0xE3, b[p + 1] == 0x80, b[p + 2] == 0x80 { p += 3 }
        if let m = Marks.at(b, p, limit: r.upper), m.end < r.upper { numbered += 1 }
      }
    }
    if numbered >= 2 {
      d.notes.insert(.init(zh: "帮助：这像是从 Word 粘贴的规约原文：运行 weifa import \(file.path) -o 规约.weifa 转换（原文每个字都保留），再检查转换结果",
                           en: "help: this looks like charter text pasted from Word: weifa import \(file.path) -o charter.weifa converts it (every character kept); then check the result"), at: 0)
    }
    out.append(d)
  }
}
