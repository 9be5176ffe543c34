import WeifaBase

extension CheckContext {
  /// `report` with related places that may lie in other documents of the workspace (the rule of
  /// a higher document that this one contradicts). Each place is kept inside its own file, as
  /// `report` keeps the finding inside this one; past the cap on findings nothing is kept.
  package mutating func report(_ code: DiagnosticCode, _ range: TextRange, zh: String, en: String,
                               notes: [LocalizedText] = [], basis: [LegalCitation] = [], places: [RelatedPlace]) {
    let before = diagnostics.count
    report(code, range, zh: zh, en: en, notes: notes, basis: basis)
    guard diagnostics.count > before else { return }
    diagnostics[before].relatedPlaces = places.map { place in
      let n = (place.file ?? file).bytes.count
      let lower = max(0, min(place.range.lower, n))
      var kept = place
      kept.range = TextRange(lower, max(lower, min(place.range.upper, n)))
      return kept
    }
  }
}
