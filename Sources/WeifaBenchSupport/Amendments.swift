/// Two versions of one long charter for the `weifa diff` benchmark (issue 18): the articles of
/// generated charters (`CharterGenerator`), prose only, numbered on into one charter of `count`
/// articles; the new version changes every article (a clause added), deletes every 97th, adds
/// one after every 89th and moves every 211th to the end, then numbers again. Every article
/// changed is the alignment's worst case: nothing matches by identical text.
package enum AmendmentPair {
  package static func make(seed: UInt64, articles count: Int) -> (old: String, new: String) {
    let generator = CharterGenerator(seed: seed)
    var bodies = [String]()
    var index = 0
    while bodies.count < count {
      bodies += articleBodies(generator.charter(index: index))
      index += 1
    }
    bodies = Array(bodies.prefix(count))
    var changed = [String]()
    var moved = [String]()
    for (i, b) in bodies.enumerated() {
      let n = i + 1
      if n % 97 == 0 { continue }
      let amended = b + "具体办法由村民委员会另行制定，报村民代表会议备案。"
      if n % 211 == 0 { moved.append(amended) } else { changed.append(amended) }
      if n % 89 == 0 { changed.append("【新增条款\(n)】 村民委员会应当每年向村民会议报告本条执行情况，接受村民监督。") }
    }
    return (charter(bodies, version: "2024年本"), charter(changed + moved, version: "2026年修正本"))
  }

  /// The text after the 第X条 mark of every article line of a generated charter, with the
  /// paragraphs that follow it (prose only: directives and headings left out).
  static func articleBodies(_ text: String) -> [String] {
    var out = [String]()
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      if line.hasPrefix("@") || line.hasPrefix("#") { continue }
      if line.hasPrefix("第"), let tiao = line.prefix(12).firstIndex(of: "条") {
        out.append(String(line[line.index(after: tiao)...]).trimmingLeadingSpace())
      } else if line.hasPrefix("第"), line.prefix(12).contains("章") || line.prefix(12).contains("节") {
        continue
      } else if !out.isEmpty {
        out[out.count - 1] += "\n" + line
      }
    }
    return out
  }

  static func charter(_ bodies: [String], version: String) -> String {
    var s = "@标题 千条村村规民约\n@类型 村规民约\n@版本 \(version)\n\n"
    for (i, b) in bodies.enumerated() { s += "第\(BenchNumeral.chinese(i + 1))条 \(b)\n\n" }
    return s
  }
}

extension String {
  /// The string without the spaces (half- and full-width) it starts with.
  func trimmingLeadingSpace() -> String { String(drop { $0 == " " || $0 == "\u{3000}" }) }
}
