import WeifaBase
import WeifaSemantics

/// `weifa build --to notice`: the 公告 that announces an adopted charter, as plain text ready to
/// post: who adopted it and when, the vote, the 备案, when it takes effect and where to read it,
/// signed by the body that convenes the adopting meeting (村民委员会 for a 村民会议).
package enum NoticePrinter {
  package static func render(_ inputs: [RenderInput], in ws: Workspace, options: RenderOptions) -> String {
    let w = Words(options.lang)
    let docs = inputs.map(\.index).filter { ws.charters.indices.contains($0) }
    var out = [String]()
    if options.draft {
      out.append(PlainTextPrinter.center("【" + w.draftBanner + "】"))
      out.append("")
    }
    guard let first = docs.first else {
      out.append(PlainTextPrinter.center(w("公　　告", "NOTICE")))
      return out.joined(separator: "\n") + "\n"
    }
    let c0 = ws.charters[first]
    let place = Place(c0)
    let issuer = issuer(first, ws)
    let bookTitle = docs.count > 1 ? BookLayout.bundleTitle(docs, ws) : nil
    let names = docs.map { "《" + (ws.charters[$0].title ?? DocumentLayout.fileName(ws.charters[$0].file.path)) + "》" }
    let whole = bookTitle ?? names.joined(separator: w("", ", "))

    // Title
    out.append(PlainTextPrinter.center(w(issuer + "关于公布" + whole + "的公告", "Notice of \(issuer) on the publication of \(whole)")))
    out.append("")
    var paragraphs = [String]()

    // Adoption, grouped by meeting.
    var meetings = [(body: String, date: PartialDate?, docs: [Int])]()
    for d in docs {
      let a = ws.charters[d].adopted
      let key = (Place(ws.charters[d]).qualified(a?.body ?? ""), a?.when)
      if let k = meetings.firstIndex(where: { $0.body == key.0 && $0.date == key.1 }) { meetings[k].docs.append(d) } else { meetings.append((key.0, key.1, [d])) }
    }
    for m in meetings {
      let list = m.docs.map { names[docs.firstIndex(of: $0)!] }
      let what = (docs.count > 1 && m.docs.count == docs.count && bookTitle != nil)
        ? w("\(bookTitle!)，包括\(list.joined())\(ChineseNumeral.format(list.count))篇", "\(bookTitle!), comprising \(list.joined(separator: ", "))")
        : list.joined(separator: w("", ", "))
      if m.body.isEmpty {
        paragraphs.append(w(what + "已制定。", "\(what) has been made."))
        continue
      }
      let when = m.date.map { written($0, options.lang) }
      let first = ws.charters[m.docs[0]].adopted
      // The steps before the adopting body (村两委研究、党员大会讨论 …), as written.
      let steps = first.flatMap(\.chainText).map { $0.split(whereSeparator: { "、，,".contains($0) }).dropLast().joined(separator: "、") } ?? ""
      var s: String
      if let a = first, let method = a.method, signatureWords.contains(where: { method.contains($0) }), a.attended == nil {
        // Adopted by signatures, not at a meeting: the notice says so, and no "召开会议".
        s = w((when.map { $0 + "，" } ?? "") + (steps.isEmpty ? "" : "经" + steps + "，") + what + "以" + method + "方式由" + m.body + "通过。",
              "\(what) was adopted by the \(m.body) by “\(method)”" + (when.map { " in \($0)" } ?? "") + (steps.isEmpty ? "" : ", after “\(steps)”") + ".")
      } else {
        s = w((when.map { $0 + "，" } ?? "") + (steps.isEmpty ? "" : "经" + steps + "，") + m.body + "依法召开会议，讨论通过了" + what + "。",
              "\(m.body) met" + (when.map { " on \($0)" } ?? "") + " and adopted \(what)" + (steps.isEmpty ? "" : ", after “\(steps)”") + ".")
      }
      if m.docs.count == 1, let a = ws.charters[m.docs[0]].adopted {
        s += counts(a, w)
      } else {
        var items = [String]()
        for (n, d) in m.docs.enumerated() {
          guard let a = ws.charters[d].adopted else { continue }
          let c = counts(a, w, short: true)
          if !c.isEmpty { items.append(w(StatuteNumber.item(n + 1), "(\(n + 1)) ") + names[docs.firstIndex(of: d)!] + w("：", ": ") + c) }
        }
        if !items.isEmpty {
          s += w("表决结果如下：", " The votes were:")
          paragraphs.append(s)
          for (k, item) in items.enumerated() { paragraphs.append(item + (k == items.count - 1 ? w("。", ".") : w("；", ";"))) }
          s = ""
        }
      }
      if !s.isEmpty { paragraphs.append(s) }
      for d in m.docs {
        for am in ws.charters[d].amendments {
          let body = Place(ws.charters[d]).qualified(am.body)
          paragraphs.append(w((am.when.map { written($0, .zh) + "，" } ?? "") + body + "对" + names[docs.firstIndex(of: d)!] + "作了" + DocumentLayout.amendmentVerb(am.note) + "。",
                              "\(body) amended \(names[docs.firstIndex(of: d)!])" + (am.when.map { " on " + written($0, .en) } ?? "") + "."))
        }
      }
    }

    // 备案 and 施行, grouped.
    var tail = ""
    if docs.count == 1 {
      let c = ws.charters[first]
      var parts = [String]()
      if let f = c.filing, !f.organ.isEmpty {
        parts.append(w((f.when.map { "已于" + written($0, .zh) } ?? "已") + "报" + f.organ + "备案", "was filed with \(f.organ)" + (f.when.map { " on " + written($0, .en) } ?? "")))
      }
      if let e = c.effective { parts.append(w("自" + StatuteText.date(e) + "起施行", "takes effect on \(StatuteText.iso(e))")) }
      if !parts.isEmpty { tail = names[0] + w("", " ") + parts.joined(separator: w("，", " and ")) + w("。", ".") }
    }
    var filings = [(organ: String, date: PartialDate?, docs: [String])]()
    for (k, d) in docs.enumerated() {
      guard let f = ws.charters[d].filing, !f.organ.isEmpty else { continue }
      if let i = filings.firstIndex(where: { $0.organ == f.organ && $0.date == f.when }) { filings[i].docs.append(names[k]) } else { filings.append((f.organ, f.when, [names[k]])) }
    }
    for f in filings where docs.count > 1 {
      let who = f.docs.count == docs.count ? (docs.count > 1 ? w("以上各篇", "All of them") : names[0]) : f.docs.joined(separator: w("", ", "))
      tail += w(who + (f.date.map { "已于" + written($0, .zh) } ?? "已") + "报" + f.organ + "备案。",
                "\(who) \(f.docs.count > 1 ? "were" : "was") filed with \(f.organ)" + (f.date.map { " on " + written($0, .en) } ?? "") + ". ")
    }
    var effective = [(date: Day, docs: [String])]()
    for (k, d) in docs.enumerated() {
      guard let e = ws.charters[d].effective else { continue }
      if let i = effective.firstIndex(where: { $0.date == e }) { effective[i].docs.append(names[k]) } else { effective.append((e, [names[k]])) }
    }
    for e in effective where docs.count > 1 {
      let who = e.docs.count == docs.count ? (docs.count > 1 ? w("以上各篇", "All of them") : names[0]) : e.docs.joined(separator: w("", ", "))
      tail += w(who + "自" + StatuteText.date(e.date) + "起施行。", "\(who) take\(e.docs.count > 1 ? "" : "s") effect on \(StatuteText.iso(e.date)). ")
    }
    if !tail.isEmpty { paragraphs.append(tail.hasSuffix(" ") ? String(tail.dropLast()) : tail) }

    // Where to read it.
    let board: String
    switch place.here {
    case "本村", "本村落": board = "村务公开栏"
    case "本社区": board = "社区居务公开栏"
    case "本小区": board = "小区公告栏"
    case "本楼": board = "楼道公告栏"
    default: board = "公开栏"
    }
    let people = place.here == "本" ? "" : place.here + place.people
    // Without an issuer (no 地方, 类型 or 通过 to name one) the sentence says where it is posted only.
    paragraphs.append(w((docs.count > 1 ? "各篇" : names[0]) + "全文在" + board + "张贴公布"
                          + (issuer.isEmpty ? "。" : "，" + people + "可以到" + issuer + "查阅、索取文本。")
                          + (people.isEmpty ? "请自觉遵守。" : "请" + people + "自觉遵守。"),
                        "The full text is posted on the \(board) (notice board)" + (issuer.isEmpty ? "." : "; copies can be read at, and obtained from, \(issuer).") + " Please abide by it."))
    paragraphs.append(w("特此公告。", "Hereby announced."))
    for p in paragraphs { out.append(PlainTextPrinter.indent + p) }
    out.append("")
    if !issuer.isEmpty { out.append(right(issuer)) }
    // Signed with the latest date of the records, as precise as it is written (2023年6月).
    let date = docs.compactMap { d -> PartialDate? in
      let c = ws.charters[d]
      return ([c.adopted?.when, c.filing?.when] + c.amendments.map(\.when)).compactMap { $0 }.max { $0.latest < $1.latest }
    }.max { $0.latest < $1.latest }
    if let date { out.append(right(written(date, options.lang))) }
    return out.joined(separator: "\n") + "\n"
  }

  /// What the 公告 needs and the documents do not say, each naming the directive that says it:
  /// the place (the issuer's name, 「可以到……查阅」), the adoption (who adopted it and when, the
  /// date it is signed) and when it takes effect.
  static func missingFacts(_ docs: [Int], in ws: Workspace) -> [LocalizedText] {
    var out = [LocalizedText]()
    guard let first = docs.first else { return out }
    let name = { (d: Int) in "《" + (ws.charters[d].title ?? DocumentLayout.fileName(ws.charters[d].file.path)) + "》" }
    if Place(ws.charters[first]).local == nil {
      let issuer = issuer(first, ws)
      out.append(.init(
        zh: "警告：\(name(first))没有 @地方，公告无法写出村（居）的名称"
          + (issuer.isEmpty ? "，也不知道由谁发布（落款和「可以到……查阅」空缺）" : "，只能写「\(issuer)」")
          + "；加上一行「@地方 某某省某某市某某县某某镇某某村」",
        en: "warning: \(name(first)) has no @地方, so the notice cannot name the village or community"
          + (issuer.isEmpty ? " nor who issues it (no signature, nowhere to read it)" : " and says only “\(issuer)”")
          + "; add a line “@地方 <province><city><county><town><village>”"))
    }
    for d in docs {
      let c = ws.charters[d]
      if c.adopted.map({ $0.body.isEmpty }) ?? true {
        out.append(.init(zh: "警告：\(name(d))没有 @通过，公告只能写「已制定」，没有会议、日期和表决结果；加上一行「@通过 村民会议；日期：2024年3月12日；应到：…；实到：…；赞成：…」",
                         en: "warning: \(name(d)) has no @通过, so the notice says only that it “has been made”, with no meeting, date or vote; add a line “@通过 村民会议；日期：2024年3月12日；应到：…；实到：…；赞成：…”"))
      } else if c.adopted?.when == nil {
        out.append(.init(zh: "警告：\(name(d))的 @通过 没有日期，公告不写通过日期" + (c.filing?.date == nil ? "，落款也没有日期" : "") + "；在 @通过 中加上「日期：2024年3月12日」",
                         en: "warning: the @通过 of \(name(d)) has no date, so the notice gives no adoption date" + (c.filing?.date == nil ? " and is signed undated" : "") + "; add 「日期：2024年3月12日」 to @通过"))
      }
      if c.effective == nil {
        out.append(.init(zh: "警告：\(name(d))没有 @施行，公告不写何时施行；加上一行「@施行 2024年4月1日」",
                         en: "warning: \(name(d)) has no @施行, so the notice does not say when it takes effect; add a line “@施行 2024年4月1日”"))
      }
    }
    return out
  }

  /// Words of 方式 that mean signatures gathered house by house.
  static let signatureWords = ["签字", "签名"]

  /// A date as precise as it is written: 2024年3月12日, 2023年6月, 2022年; in English 2024-03-12,
  /// 2023-06, 2022.
  static func written(_ p: PartialDate, _ lang: Language) -> String {
    if let d = p.full { return StatuteText.date(d, lang) }
    if lang == .zh { return p.description }
    return p.month.map { String(p.year) + "-" + ($0 < 10 ? "0" : "") + String($0) } ?? String(p.year)
  }

  /// 应到2640人，实到1768人；赞成1689人，反对35人，弃权44人，赞成人数超过实到人数的半数。
  static func counts(_ a: Adoption, _ w: Words, short: Bool = false) -> String {
    let unit = a.body.contains("户") || (a.method.map { m in signatureWords.contains { m.contains($0) } } ?? false) ? "户" : "人"
    let unitEn = unit == "户" ? " households" : ""
    // Signatures gathered house by house: no meeting, no vote (WF5011).
    let signed = a.attended == nil && (a.method.map { m in signatureWords.contains { m.contains($0) } } ?? false)
    var parts = [String]()
    if let e = a.expected { parts.append(w("应到\(e)\(unit)", "\(e)\(unitEn) expected")) }
    if let at = a.attended { parts.append(w("实到\(at)\(unit)", "\(at)\(unitEn) present")) }
    var votes = [String]()
    if let y = a.yes { votes.append(w("赞成\(y)\(unit)", "\(y) for")) }
    if let n = a.no { votes.append(w("反对\(n)\(unit)", "\(n) against")) }
    if let ab = a.abstain { votes.append(w("弃权\(ab)\(unit)", "\(ab) abstaining")) }
    if parts.isEmpty && votes.isEmpty { return a.note.map { w("（\($0)）", " (\($0))") } ?? "" }
    var s = parts.joined(separator: w("，", ", "))
    if short { return (parts + votes).joined(separator: w("，", ", ")) }
    if !votes.isEmpty {
      s += (s.isEmpty ? "" : w("；", "; ")) + w(signed ? "签字结果为" : "表决结果为", signed ? "signatures: " : "vote: ") + votes.joined(separator: w("，", ", "))
    }
    if let y = a.yes, let at = a.attended, at > 0, y * 2 > at { s += w("，赞成\(unit)数超过实到\(unit)数的半数", "; more than half of those present voted for") }
    s = (w(signed ? "本次" : "本次会议", " ") + s) + w("。", ".")
    if let note = a.note, !note.isEmpty { s += w("会议" + note + (note.hasSuffix("。") ? "" : "。"), " Note: \(note).") }
    return s
  }

  /// The body that convenes the adopting meeting (村民委员会 for a 村民会议), with its place.
  static func issuer(_ index: Int, _ ws: Workspace) -> String {
    let c = ws.charters[index]
    let place = Place(c)
    let adopting = c.adopted?.body ?? ""
    var candidates = [index] + ws.bundle(of: index).filter { $0 != index }
    candidates += ws.charters.indices.filter { !candidates.contains($0) && !ws.charters[$0].isHigherLaw }
    for d in candidates {
      if let b = ws.charters[d].bodies.first(where: { $0.name == adopting }), let convenor = b.convenor.first?.name, !convenor.isEmpty {
        return place.qualified(convenor)
      }
    }
    switch place.here {
    case "本村": return place.qualified("村民委员会")
    case "本社区": return place.qualified("居民委员会")
    default: return adopting.isEmpty ? (place.local ?? "") : place.qualified(adopting)
    }
  }

  /// Right-aligns a signature line on the 28-character measure, two characters in from the edge.
  static func right(_ s: String) -> String {
    let columns = s.unicodeScalars.reduce(0) { $0 + DisplayWidth.of($1) }
    let pad = (PlainTextPrinter.lineWidth * 2 - 4 - columns) / 2
    return pad > 0 ? String(repeating: "\u{3000}", count: pad) + s : s
  }
}
