import WeifaBase
import WeifaSyntax
import WeifaSemantics

/// The registry: every diagnostic code, in code order, each declared with its page in a file
/// named for it in its family's folder (the comment above each family says where). `weifa explain`
/// and SARIF's rules read this list; `RegistryTests` checks that ids and names are unique and in
/// order, that no code reuses a retired id or name, that every gap in a family's numbers is retired,
/// and that every code a check declares is here; `CheckFixtureTests` that each has fixtures in
/// `Tests/Fixtures/checks/WFxxxx/`. A new code is added here, in the same change as its file and
/// fixtures. Codes are never reused: a code withdrawn moves to `retiredCodes`.
package let allCodes: [DiagnosticCode] = [
  // WF1 syntax: WeifaSyntax/Diagnostics/ (the parser); WF1014 WeifaSemantics/Checks/WF1-Syntax/; WF1019–WF1021 WeifaBase/Diagnostics/ (every stage)
  SyntaxCodes.unknownDirective, SyntaxCodes.unknownField, SyntaxCodes.fieldNotAllowed, SyntaxCodes.missingHead,
  SyntaxCodes.invalidExpression, SyntaxCodes.invalidThreshold, SyntaxCodes.invalidQuantity,
  SyntaxCodes.invalidDate, SyntaxCodes.invalidType, SyntaxCodes.unclosedBracket, SyntaxCodes.unexpectedText,
  SyntaxCodes.orphanFieldLine, SyntaxCodes.orphanItem, OrphanSubdirectives.orphanSubdirective,
  SyntaxCodes.invalidNumeral, SyntaxCodes.duplicateField, SyntaxCodes.emptyValue, InputIssues.nonUTF8,
  InputIssues.invalidBytes, InputIssues.limitExceeded, SyntaxCodes.invalidNumbering,
  // WF2 structure: WeifaDriver/Checks/WF2-Structure/ (on the tree); WF2004–WF2005 WeifaSemantics/Checks/WF2-Structure/ (on references); WF2006–WF2007 on the tree
  StructureChecks.numberingMismatch, StructureChecks.duplicateLabel, ReferenceChecks.bracketedItem,
  ReferenceChecks.danglingRelative, StructureChecks.notACharter, StructureChecks.undeclaredNumbering,
  // WF3 references: WeifaSemantics/Checks/WF3-References/
  ReferenceChecks.unresolved, ReferenceChecks.staleNumber, ReferenceChecks.unresolvedCaseTarget,
  // WF4 types and definitions: WeifaSemantics/Checks/WF4-Types/
  TypeChecks.unknownName, TypeChecks.typeMismatch, TypeChecks.unknownValue, TypeChecks.cyclicDefinition,
  TypeChecks.unusedDeclaration, TypeChecks.duplicateDeclaration,
  // WF5 bodies, decision rules, matters, procedures, publicity: WeifaSemantics/Checks/WF5-Decisions/
  DecisionChecks.invalidRatio, DecisionChecks.belowFloor, DecisionChecks.halfOrMore, DecisionChecks.wrongBody,
  DecisionChecks.wrongAdopter, DecisionChecks.badCounts, DecisionChecks.rarePublicity,
  DecisionChecks.matterLists, DecisionChecks.stepWithoutBody, DecisionChecks.bodyShape,
  DecisionChecks.signatureAdoption, DecisionChecks.effectiveTooEarly,
  DecisionChecks.shortNotice, DecisionChecks.hardProposal, DecisionChecks.badComposition, DecisionChecks.incompatibleOffice, DecisionChecks.unreadComposition, DecisionChecks.unreadHoliday,
  DecisionChecks.unreadTermination, DecisionChecks.terminationDiffers, DecisionChecks.proxyAboveStatute,
  // WF6 unlawful clauses: WeifaSemantics/Checks/WF6-Legality/
  LegalityChecks.fine, LegalityChecks.confiscation, LegalityChecks.freedom, LegalityChecks.utilities,
  LegalityChecks.benefits, LegalityChecks.women, LegalityChecks.relatives, LegalityChecks.marriage,
  LegalityChecks.mediationFee, LegalityChecks.repealed, LegalityChecks.vagueSanction,
  LegalityChecks.serviceDenial, LegalityChecks.elections, LegalityChecks.status, LegalityChecks.fee,
  LegalityChecks.dignity, LegalityChecks.property, LegalityChecks.vaguePunishment,
  // WF7 conflicts between rules: WeifaSemantics/Checks/WF7-Conflicts/ (one table)
  ConflictChecks.conflict, ConflictChecks.benefitConflict, ConflictChecks.redundant, ConflictChecks.sameActHint,
  // WF8 bundles and higher documents: WeifaDriver/Checks/WF8-Bundles/ (the manifest); WeifaSemantics/Checks/WF8-Bundles/
  BundleChecks.missingDocument, ConflictChecks.contradictsHigher, MissingHigherDocuments.missingHigher, ConflictChecks.lowerClaimsPriority,
  // WF8005–WF8008 amendments (issue 18): WeifaSemantics/Checks/WF8-Bundles/WF8-Amendments.swift and a file per code
  AmendmentChecks.wrongAmender, AmendmentChecks.lowersDecision, AmendmentChecks.retargetedReference, AmendmentChecks.datesGapOrOverlap,
  // WF9 prose against rule: WeifaSemantics/Checks/WF9-Prose/
  ProseChecks.mismatch,
]

/// A code that is no longer raised. Its id and name stay taken: no new code may reuse either.
package struct RetiredCode: Sendable {
  package let id: String
  package let name: String
  /// Why it was withdrawn, and what raises its findings now.
  package let why: LocalizedText
}

/// Every retired code, in code order.
package let retiredCodes: [RetiredCode] = [
  // The history before the first release is not kept: WF1016's name is unknown, and WF2002's is
  // inferred (STYLE.md's layout names a NumberingGap.swift; BRIEF.md asks for "numbering gaps").
  RetiredCode(id: "WF1016", name: "retired-wf1016",
              why: .init(zh: "编号在 Weifa 最初的实现中已经空出，名称和原因没有记录；为免混淆，不再使用",
                         en: "left out before the first release; its name and reason were not recorded, so it stays unused")),
  RetiredCode(id: "WF2002", name: "numbering-gap",
              why: .init(zh: "跳号并入 WF2001 numbering-mismatch（重号、跳号和每章重新编号同属一类，一处断号只报告一次）",
                         en: "skipped numbers are WF2001 numbering-mismatch (repeated, skipped and restarted numbers are one finding per break)")),
]
