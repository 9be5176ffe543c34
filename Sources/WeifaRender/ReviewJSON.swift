import WeifaBase
import WeifaSemantics

/// `weifa review --format json`: the review book for other tools, schema `weifa.review/1`.
///
/// ```
/// { "schema": "weifa.review/1", "lang": "zh" | "en", "rule": the conclusion rule,
///   "summary": { "charters": N, "conclusions": { "approve": N, "amend": N, "refuse": N },
///                "classes": [ { "code", "name", "summary", "charters", "findings" } ] },
///   "skipped": [ { "file", "title", "reason": "higher-law" | "manifest" | "not-a-charter" } ],
///   "opinions": [ { "file", "anchor", "title", "kind", "community",
///       "adoption": { "body", "date", "chain", "method", "expected", "attended", "yes", "no", "abstain", "note" } | null,
///       "amendments": [ adoption … ], "filing": { "organ", "date" } | null, "effective": "YYYY-MM-DD" | null,
///       "basis": [ citation … ], "errors": N, "warnings": N,
///       "findings": [ { "code" (null for the review's own), "name", "severity", "section": "legality" | "procedure" | "text",
///                       "message", "article", "line", "column", "start", "end" (UTF-8 byte offsets),
///                       "quote", "marked", "basis", "why", "bothSides" (why argues both ways: contested),
///                       "suggestion", "notes", "anchor" } ],
///       "conclusion": { "id": "approve" | "amend" | "refuse", "name", "reasons" } } ] }
/// ```
/// A citation is `{ "law", "article", "paragraph", "text" }` (article and paragraph null when not given).
/// Dates are ISO (`2024-03`, `2022` when only a month or a year is written). Text is in `lang`.
package enum ReviewJSONPrinter {
  package static let schema = "weifa.review/1"

  package static func render(_ book: ReviewBook) -> JSONValue {
    let lang = book.lang
    let classes = ReviewWords.classes(book).map { c -> JSONValue in
      let hits = book.opinions.map { o in o.findings(in: .legality).filter { $0.code?.id == c.id }.count }
      return .fields([("code", .string(c.id)), ("name", .string(c.name)), ("summary", .string(c.summary.text(lang))),
                      ("charters", .int(hits.filter { $0 > 0 }.count)), ("findings", .int(hits.reduce(0, +)))])
    }
    let conclusions = ReviewConclusion.allCases.map { c in (c.rawValue, JSONValue.int(book.opinions.filter { $0.conclusion == c }.count)) }
    return .fields([
      ("schema", .string(schema)),
      ("lang", .string(lang.rawValue)),
      ("rule", .string(ReviewRule.text.text(lang))),
      ("summary", .fields([("charters", .int(book.opinions.count)), ("conclusions", .fields(conclusions)), ("classes", .array(classes))])),
      ("skipped", .array(book.skipped.map { s in
        .fields([("file", .string(s.path)), ("title", .str(s.title)), ("reason", .string(s.reason.rawValue))])
      })),
      ("opinions", .array(book.opinions.map { opinion($0, lang) })),
    ])
  }

  static func opinion(_ o: ReviewOpinion, _ lang: Language) -> JSONValue {
    .fields([
      ("file", .string(o.path)), ("anchor", .string(o.anchor)), ("title", .string(o.title)), ("kind", .str(o.kind)), ("community", .bool(o.urban)),
      ("adoption", o.adoption.map(adoption) ?? .null),
      ("amendments", .array(o.amendments.map(adoption))),
      ("filing", o.filing.map { f in .fields([("organ", .string(f.organ)), ("date", .str(f.when.map(ReviewWords.date)))]) } ?? .null),
      ("effective", .str(o.effective.map(StatuteText.iso))),
      ("basis", .array(o.basis.map { citation($0, lang) })),
      ("errors", .int(o.errors)), ("warnings", .int(o.warnings)),
      ("findings", .array(o.findings.map { finding($0, lang) })),
      ("conclusion", .fields([("id", .string(o.conclusion.rawValue)), ("name", .string(o.conclusion.name.text(lang))),
                              ("reasons", .array(o.reasons.map { .string($0.text(lang)) }))])),
    ])
  }

  static func adoption(_ a: Adoption) -> JSONValue {
    .fields([("body", .string(a.body)), ("date", .str(a.when.map(ReviewWords.date))), ("chain", .array(a.chain.map { .string($0) })),
             ("method", .str(a.method)), ("expected", .num(a.expected)), ("attended", .num(a.attended)), ("yes", .num(a.yes)),
             ("no", .num(a.no)), ("abstain", .num(a.abstain)), ("note", .str(a.note))])
  }

  static func citation(_ c: LegalCitation, _ lang: Language) -> JSONValue {
    .fields([("law", .string(c.law)), ("article", .num(c.article)), ("paragraph", .num(c.paragraph)), ("text", .string(lang == .zh ? c.chinese : c.english))])
  }

  static func finding(_ f: ReviewFinding, _ lang: Language) -> JSONValue {
    .fields([
      ("code", .str(f.code?.id)), ("name", .string(f.name)), ("severity", .string(f.severity.english)), ("section", .string(f.section.rawValue)),
      ("message", .string(f.message.text(lang))), ("article", .str(f.article?.text(lang))),
      ("line", .int(f.line)), ("column", .int(f.column)), ("start", .int(f.range.lower)), ("end", .int(f.range.upper)),
      ("quote", .string(f.quoted)), ("marked", .string(f.quote.marked)),
      ("basis", .array(f.basis.map { citation($0, lang) })),
      ("why", .str(f.why?.text(lang))), ("bothSides", .bool(f.bothSides)), ("suggestion", .str(f.suggestion?.text(lang))),
      ("notes", .array(f.notes.map { .string($0.text(lang)) })), ("anchor", .string(f.anchor)),
    ])
  }
}
