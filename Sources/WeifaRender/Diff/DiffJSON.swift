import WeifaBase
import WeifaSemantics
import WeifaEvaluator

/// The 修订对照表 as JSON, schema `weifa.diff/1`:
///
///     { schema: "weifa.diff/1", old: path, new: path,
///       documents: [{ title, old: version|null, new: version|null, nothingAligned: bool,
///                     counts: { changed, added, deleted, moved, renumbered, referencesRenumbered, items, unchanged },
///                     rows: [row], impacts: [impact] }] }
///     version = { path, title, version }
///     row     = { marks: [added|deleted|changed|moved|renumbered|referencesRenumbered|items],
///                 match: label|identical|similar|unmatched,
///                 old: unit|null, new: unit|null, segments: [segment], items: [item] }   (rows with no mark are left out)
///     item    = { marks: [added|deleted|changed|moved|renumbered], old: { mark, line }|null, new: { mark, line }|null }
///     unit    = { kind: preamble|heading|article|signature, citation, label|null, number|null, line }
///     segment = { op: same|deleted|inserted|renumbered, old, new }
///     impact  = { kind: rule|body|matter|procedure|rating, name, oldCitation|null, newCitation|null,
///                 parts: [string], sample|null, facts: {NAME: VALUE}, before|null, after|null,
///                 note|null (why no sample: none found within the search bounds, or not searched),
///                 more: [{ sample, facts, before, after }] }   (further samples with another difference)
package enum DiffJSON {
  package static func render(_ r: DiffReport) -> String {
    let docs = r.documents.map { doc -> JSONValue in
      func version(_ ws: Workspace, _ i: Int?) -> JSONValue {
        guard let i else { return .null }
        let c = ws.charters[i]
        return .fields([("path", .string(c.file.path)), ("title", c.title.map { .string($0) } ?? .null), ("version", c.version.map { .string($0) } ?? .null)])
      }
      var fields: [(String, JSONValue)] = [("title", .string(doc.title)), ("old", version(r.oldWorkspace, doc.old)), ("new", version(r.newWorkspace, doc.new))]
      if let cmp = doc.comparison {
        fields.append(("nothingAligned", .bool(cmp.nothingAligned)))
        fields.append(("counts", .fields(Comparison.Mark.allCases.map { ($0.rawValue, .int(cmp.count($0))) } + [("unchanged", .int(cmp.unchanged))])))
        fields.append(("rows", .array(cmp.rows.filter { !$0.isUnchanged }.map { row in
          .fields([("marks", .array(row.marks.map { .string($0.rawValue) })), ("match", .string(row.pair.how.rawValue)),
                   ("old", unit(row.oldUnit, cmp.old)), ("new", unit(row.newUnit, cmp.new)),
                   ("segments", .array(row.segments.map { .fields([("op", .string($0.op.rawValue)), ("old", .string($0.old)), ("new", .string($0.new))]) })),
                   ("items", .array(row.items.map { ch in
                     .fields([("marks", .array(ch.marks.map { .string($0.rawValue) })),
                              ("old", item(ch.old, ch.oldMark, row.oldUnit, cmp.old)), ("new", item(ch.new, ch.newMark, row.newUnit, cmp.new))])
                   }))])
        })))
        fields.append(("impacts", .array(doc.impacts.map { i in
          .fields([("kind", .string(i.kind.rawValue)), ("name", .string(i.name)),
                   ("oldCitation", i.oldCitation.map { .string($0) } ?? .null), ("newCitation", i.newCitation.map { .string($0) } ?? .null),
                   ("parts", .array(i.parts.map { .string(r.englishPart($0)) })),
                   ("sample", i.sample.map { .string($0.text(r.lang)) } ?? .null),
                   ("facts", .fields(i.facts.map { ($0.0, .string($0.1)) })),
                   ("before", i.before.map { .string($0.text(r.lang)) } ?? .null), ("after", i.after.map { .string($0.text(r.lang)) } ?? .null),
                   ("note", i.note.map { .string($0.text(r.lang)) } ?? .null),
                   ("more", .array(i.more.map { m in
                     .fields([("sample", .string(m.sample.text(r.lang))), ("facts", .fields(m.facts.map { ($0.0, .string($0.1)) })),
                              ("before", .string(m.before.text(r.lang))), ("after", .string(m.after.text(r.lang)))])
                   }))])
        })))
      }
      return .fields(fields)
    }
    return JSONValue.fields([("schema", .string("weifa.diff/1")), ("old", .string(r.oldPath)), ("new", .string(r.newPath)), ("documents", .array(docs))])
      .render(layout: .expanded) + "\n"
  }

  /// An item of a row: its number as written and its line in the file.
  static func item(_ k: Int?, _ mark: String?, _ u: DiffUnit?, _ c: Charter) -> JSONValue {
    guard let k, let u, u.lines.indices.contains(k) else { return .null }
    return .fields([("mark", .string(mark ?? "")), ("line", .int(c.file.location(of: u.lines[k].range.lower).line))])
  }

  static func unit(_ u: DiffUnit?, _ c: Charter) -> JSONValue {
    guard let u else { return .null }
    let line = u.lines.first.map { c.file.location(of: $0.range.lower).line } ?? 0
    return .fields([("kind", .string(u.kind.rawValue)), ("citation", .string(u.citation)), ("label", u.label.map { .string($0) } ?? .null),
                    ("number", u.number.map { .int($0) } ?? .null), ("line", .int(line))])
  }
}
