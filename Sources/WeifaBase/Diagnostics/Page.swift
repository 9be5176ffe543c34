/// Assembles an explanation page from its prose, a wrong and a right example and the fix.
/// Examples are fenced as ```weifa 错误示例 / ```weifa 正确示例 so tests can extract them
/// (`ExplainTests`: the wrong one raises the code, the right one raises nothing).
package func page(zh: String, en: String, wrong: String, right: String, fixZh: String, fixEn: String,
                  basisZh: String? = nil, basisEn: String? = nil) -> LocalizedText {
  let zhText = zh + "\n```weifa 错误示例\n" + wrong + "```\n\n```weifa 正确示例\n" + right + "```\n"
    + (basisZh.map { "## 依据\n\($0)\n" } ?? "") + "## 修复\n\(fixZh)\n"
  let enText = en + "\n```weifa wrong\n" + wrong + "```\n\n```weifa right\n" + right + "```\n"
    + (basisEn.map { "## Basis\n\($0)\n" } ?? "") + "## Fix\n\(fixEn)\n"
  return LocalizedText(zh: zhText, en: enText)
}
