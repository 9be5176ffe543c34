import WeifaBase

/// The checks on an amended version (issue 18): WF8005 (who amended), and — when the version it
/// amends is loaded too (`weifa check NEW --with OLD`, or both in the paths given, e.g.
/// `weifa check Codes`) — WF8006 (a decision rule lowered), WF8007 (a reference in an unchanged
/// article that now points elsewhere) and WF8008 (施行/废止 dates that leave a gap or overlap).
///
/// A document amends another when it carries `@修正` records and the other has the same title
/// and was last adopted or amended before this one's last `@修正`, or when its `@替代` names the
/// other's title. Of several such versions the latest is the one amended.
package enum AmendmentChecks: Check {
  package static let codes = [wrongAmender, lowersDecision, retargetedReference, datesGapOrOverlap]

  package static func run(_ ctx: inout CheckContext) {
    let c = ctx.charter
    guard !c.isHigherLaw else { return }
    amender(c, &ctx)
    guard let p = previous(of: ctx.index, in: ctx.workspace) else { return }
    let old = ctx.workspace.charters[p]
    lowered(from: old, to: c, &ctx)
    retargeted(from: old, to: c, &ctx)
    dates(from: old, to: c, &ctx)
  }

  /// The last day a version was adopted or amended, as far as its records say (the earliest day
  /// a partial date may be).
  static func lastAdopted(_ c: Charter) -> Day? {
    ([c.adopted].compactMap { $0 } + c.amendments).compactMap { $0.date ?? $0.when?.earliest }.max()
  }

  /// The version document `i` amends (`@修正` with the same title, or `@替代`), if it is loaded.
  package static func previous(of i: Int, in ws: Workspace) -> Int? {
    let c = ws.charters[i]
    let replaced = Set(c.supersedes.compactMap(\.document))
    guard !c.amendments.isEmpty || !replaced.isEmpty else { return nil }
    let mine = c.amendments.compactMap { $0.date ?? $0.when?.earliest }.max()
    var best: (Int, Day?)?
    // Between versions of the same date, the one nearest in the directory tree: beside this
    // file, then in the directory above it (Codes/石门村 for Codes/石门村/修订/).
    let dir = ws.directory(i)
    func nearness(_ j: Int) -> Int {
      let d = ws.directory(j)
      return d == dir ? 2 : dir.hasPrefix(d + "/") || (d.isEmpty && !dir.isEmpty) ? 1 : 0
    }
    for (j, o) in ws.charters.enumerated() where j != i && !o.isHigherLaw {
      let named = o.names.contains { replaced.contains($0) }
      let sameTitle = !c.amendments.isEmpty && o.title != nil && o.title == c.title
      guard named || sameTitle else { continue }
      let theirs = lastAdopted(o)
      // The same title is an earlier version only if it was adopted before this amendment.
      if !named { guard let m = mine, let t = theirs, t < m else { continue } }
      if let b = best {
        if let bd = b.1, let t = theirs, t < bd { continue }
        if b.1 == theirs && nearness(j) <= nearness(b.0) { continue }
      }
      best = (j, theirs)
    }
    return best?.0
  }

  /// How the amended version is named in messages: 《title》（版本）.
  static func name(_ c: Charter) -> String { "《\(c.title ?? "")》" + (c.version.map { "（\($0)）" } ?? "") }
}
