import WeifaBase

/// WF6001 unlawful-fine.
/// (Found by the pass in `WF6-Legality.swift`.)
extension LegalityChecks {
  package static let fine = DiagnosticCode(
    "WF6001", "unlawful-fine", .error,
    summary: .init(zh: "规约设定了罚款或违约金", en: "the charter imposes a fine"),
    explanation: page(
      zh: """
      ## 说明
      村规民约、居民公约和自治章程不是法律、法规、规章，村（居）民委员会也不是行政机关，无权设定或实施罚款、违约金等处罚（《中华人民共和国行政处罚法》第二条、第九条、第十六条）。七部门《关于做好村规民约和居民公约工作的指导意见》要求不得滥用强制处罚。
      \(whyUnlawful.zh)
      ## 示例

      """, en: """
      ## What
      A charter is not a law, regulation or rule, and a village or residents' committee is not an administrative organ: it may not impose fines (Administrative Penalties Law arts. 2, 9, 16).
      \(whyUnlawful.en)
      ## Example

      """,
      wrong: "第一条【燃放】 在村道燃放烟花爆竹的，处以罚款二百元。\n",
      right: "第一条【燃放】 在村道燃放烟花爆竹的，由村民委员会批评教育，并取消当年评先评优资格。\n",
      fixZh: "改为批评教育、取消当年评先评优资格、通报、责令恢复原状或赔偿损失等自治措施；需要处罚的，移交有关部门依法处理。", fixEn: "Use self-governance measures (批评教育, 取消评优, 通报, 责令恢复原状, 赔偿损失) and refer punishable acts to the authorities.",
      basisZh: "《中华人民共和国行政处罚法》第二条、第九条、第十六条", basisEn: "《中华人民共和国行政处罚法》第二条、第九条、第十六条"))

  /// The words that show it in a 后果 or in prose (`LegalityChecks.prose`).
  static let finePattern = Pattern(code: fine, words: ["罚款", "罚金", "违约金", "罚没", "罚放电影", "罚工", "罚粮", "罚其", "扣罚", "经济处罚", "罚钱"],
    exemptIfSentenceHas: authority, zh: "「%@」是罚款，规约无权设定", en: "“%@” is a fine, which a charter cannot impose",
    basis: [LegalCitation(law: Law.penalties, article: 16), LegalCitation(law: Law.penalties, article: 9)])

  /// A fine written with an amount: 罚五十元, 处以一百元, 缴纳二百元 for a breach.
  static let amountFineVerbs = ["罚", "处以", "缴纳", "交纳", "扣"]

  static func amountFine(_ sentence: Substring) -> Range<Substring.Index>? {
    let numerals = "零一二两三四五六七八九十百千万0123456789０１２３４５６７８９"
    var breach: Bool?
    for verb in amountFineVerbs {
      var from = sentence.startIndex
      while let r = sentence[from...].firstByteRange(of: verb) {
        let after = sentence[r.upperBound...].prefix(12)
        // The amount follows the verb closely and is money.
        if let first = after.first, numerals.contains(first) || verb == "缴纳" || verb == "交纳" || verb == "处以",
           let yuan = after.firstIndex(of: "元"), after[..<yuan].allSatisfy({ numerals.contains($0) || "至到每次桌人户的".contains($0) }),
           !after[..<yuan].isEmpty {
          if verb == "缴纳" || verb == "交纳" {
            // A fee is a fine only for a breach: 超出、违反 ….
            if breach == nil { breach = ["超出", "超过", "违反", "擅自", "拒不", "违规"].contains(where: { sentence.containsBytes($0) }) }
            guard breach == true else { from = r.upperBound; continue }
          }
          return r.lowerBound..<sentence.index(after: yuan)
        }
        from = r.upperBound
      }
    }
    return nil
  }
}
