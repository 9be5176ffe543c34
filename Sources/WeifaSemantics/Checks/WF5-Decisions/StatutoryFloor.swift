import WeifaBase

/// What the statutes require of a kind of meeting (LAW.md §2), for the floor check and the evaluator.
package struct StatutoryFloor: Sendable {
  package var body: String
  package var quorum: [ThresholdTerm]
  package var vote: [ThresholdTerm]
  package var basis: LegalCitation

  static func term(_ base: Base, _ strict: Bool, _ n: Int, _ d: Int, _ text: String) -> ThresholdTerm {
    ThresholdTerm(base: base, strict: strict, fraction: Rational(n, d), text: text, span: TextRange(0, 0))
  }

  /// The floors, by body name.
  package static let bodies: [StatutoryFloor] = [
    StatutoryFloor(body: "村民会议",
                   quorum: [term(.members, true, 1, 2, "成员 过半数"), term(.households, false, 2, 3, "户 三分之二以上")],
                   vote: [term(.present, true, 1, 2, "到会 过半数")], basis: LegalCitation(law: Law.villagers, article: 22)),
    StatutoryFloor(body: "村民代表会议",
                   quorum: [term(.componentMembers, false, 2, 3, "组成人员 三分之二以上")],
                   vote: [term(.present, true, 1, 2, "到会 过半数")], basis: LegalCitation(law: Law.villagers, article: 26)),
    StatutoryFloor(body: "村民小组会议",
                   quorum: [term(.members, false, 2, 3, "成员 三分之二以上"), term(.households, false, 2, 3, "户 三分之二以上")],
                   vote: [term(.present, true, 1, 2, "到会 过半数")], basis: LegalCitation(law: Law.villagers, article: 28)),
    StatutoryFloor(body: "居民会议",
                   quorum: [term(.members, true, 1, 2, "成员 过半数"), term(.households, true, 1, 2, "户 过半数"),
                            term(.representatives, true, 1, 2, "代表 过半数")],
                   vote: [term(.present, true, 1, 2, "到会 过半数")], basis: LegalCitation(law: Law.residents, article: 9)),
  ]

  /// The floor for a matter: 土地承包方案 needs two thirds of all members or all representatives.
  package static func matterVote(_ name: String) -> (terms: [ThresholdTerm], basis: LegalCitation)? {
    if name.contains("土地承包") && (name.contains("方案") || name.contains("发包")) || name.contains("承包地") && name.contains("调整") {
      return ([term(.all, false, 2, 3, "全体 三分之二以上"), term(.allRepresentatives, false, 2, 3, "全体代表 三分之二以上")],
              LegalCitation(law: Law.land, article: name.contains("调整") ? 28 : 19))
    }
    return nil
  }

  package static func forBody(_ name: String) -> StatutoryFloor? { bodies.first { $0.body == name } }
}

extension ThresholdTerm {
  /// The class of count a base belongs to, for comparing rules.
  package var pool: Base.Pool { base?.pool ?? .membership }

  /// Whether meeting this term always meets `other` (this is at least as strict).
  package func implies(_ other: ThresholdTerm, defaultPool: Base.Pool) -> Bool {
    let mine = base?.pool ?? defaultPool, theirs = other.base?.pool ?? defaultPool
    // A share of all members implies the same share of those present (present ≤ members).
    guard mine == theirs || (mine == .membership && theirs == .attendance) else { return false }
    if fraction != other.fraction { return fraction > other.fraction }
    return strict || !other.strict
  }
}

extension Threshold {
  /// Whether every alternative of this rule meets some alternative of `floor`.
  package func atLeast(_ floor: [ThresholdTerm], defaultPool: Base.Pool) -> Bool {
    !terms.isEmpty && terms.allSatisfy { t in floor.contains { t.implies($0, defaultPool: defaultPool) } }
  }
}
