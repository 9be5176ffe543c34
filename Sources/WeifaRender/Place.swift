import WeifaSemantics

/// What a charter's 地方 says about who adopts it and how it calls itself.
package struct Place: Sendable {
  /// The full place, e.g. 福建省厦门市同安区梧峰镇青溪村.
  package let full: String?
  /// Its last administrative part, e.g. 青溪村, 海晴社区, 青龙湾村落, 海晴花园3号楼.
  package let local: String?
  let kind: String?

  package init(_ charter: Charter) {
    full = charter.place.flatMap { $0.isEmpty ? nil : $0 }
    local = full.flatMap(Place.lastSegment)
    kind = charter.kind
  }

  static let markers = ["自治区", "自治州", "街道", "办事处", "社区", "村落", "小区", "省", "市", "区", "县", "旗", "镇", "乡", "村", "楼"]

  /// Splits 福建省厦门市同安区梧峰镇青溪村 after each administrative marker and keeps the last part.
  static func lastSegment(_ place: String) -> String? {
    if place == "全国" { return nil }
    var segments = [String]()
    var current = ""
    var rest = Substring(place)
    while let ch = rest.first {
      if let m = markers.first(where: { rest.hasPrefix($0) }) {
        current += m
        rest = rest.dropFirst(m.count)
        // A one-character segment (a marker on its own) belongs to the one before.
        if current.count <= 1, !segments.isEmpty { segments[segments.count - 1] += current } else { segments.append(current) }
        current = ""
      } else {
        current.append(ch)
        rest = rest.dropFirst()
      }
    }
    if !current.isEmpty { segments.append(current) }
    return segments.last
  }

  /// 本村, 本社区, 本村落, 本小区, 本楼: how the charter calls its own community. Without a
  /// 地方, the 类型 says it (a 村规民约 or 村民自治章程 is 本村's, a 居民公约 or 社区自治章程 本社区's);
  /// with neither, 「本」 (and `Renderer.missingFacts` warns).
  package var here: String {
    if let k = kind, k.hasPrefix("小区") { return "本小区" }
    if let k = kind, k.hasPrefix("楼栋") { return "本楼" }
    guard let l = local else {
      if let k = kind, k.hasPrefix("村规民约") || k.hasPrefix("村民") { return "本村" }
      if let k = kind, k.hasPrefix("居民") || k.hasPrefix("社区") { return "本社区" }
      return "本"
    }
    for (suffix, word) in [("村落", "本村落"), ("社区", "本社区"), ("小区", "本小区"), ("村", "本村"), ("楼", "本楼"), ("街道", "本街道")] where l.hasSuffix(suffix) {
      return word
    }
    return "本"
  }

  /// The people of the community: 村民 or 居民.
  package var people: String { here == "本村" || here == "本村落" ? "村民" : "居民" }

  /// A body's full name with the place before it: 青溪村村民会议. Names that already carry a
  /// place (全国人民代表大会常务委员会, 梧峰镇人民政府) are left alone.
  package func qualified(_ body: String) -> String {
    guard let l = local, !body.isEmpty else { return body }
    if body.hasPrefix(l) || body.contains("人民代表大会") || body.contains("人民政府") || body.contains("国务院") || body.contains("办事处") { return body }
    // 青龙湾村落 + 村落理事会 → 青龙湾村落理事会 (an overlap of two characters or more is shared).
    var k = min(l.count, body.count)
    while k >= 2 {
      if l.hasSuffix(String(body.prefix(k))) { return l + body.dropFirst(k) }
      k -= 1
    }
    return l + body
  }
}
