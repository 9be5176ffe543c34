import Foundation
import Testing
import WeifaBase
import WeifaDriver
import WeifaTestSupport

/// The legality corpus of issue 12 (Tests/Fixtures/legality-corpus: 413 clauses labelled
/// unlawful / contested / lawful with a class and its basis). `tuning/` is what the detector may
/// be improved against; `heldout/` was written and committed before any change and is never
/// tuned on — only its figures are printed. An unlawful clause counts as caught when its article
/// raises a WF6xxx error; a contested one as warned when it raises a WF6xxx warning and no error;
/// a lawful one as a false alarm when it raises any WF6xxx.
@Suite struct LegalityClauseCorpusTests {
  struct Clause: Sendable {
    var file: String
    var line: Int
    var label: String
    var klass: String
    var text: String
  }

  struct Figures: CustomStringConvertible {
    var unlawful = 0, caught = 0, contested = 0, warned = 0, contestedAsError = 0, lawful = 0, falseAlarms = 0
    var missedByClass = [String: Int]()
    var description: String {
      "unlawful caught \(caught)/\(unlawful), contested warned \(warned)/\(contested) (\(contestedAsError) raised as errors), lawful false alarms \(falseAlarms)/\(lawful)"
    }
  }

  static func measure(_ part: String) -> (Figures, [String]) {
    var f = Figures()
    var misses = [String]()
    for name in ["unlawful", "contested", "lawful"] {
      let path = "Tests/Fixtures/legality-corpus/\(part)/\(name).weifa"
      let text = String(decoding: readBytes(path), as: UTF8.self)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      var clauses = [Clause]()
      var pending: (String, String)?
      for (i, l) in lines.enumerated() {
        if l.hasPrefix("# expect:") {
          let fields = l.dropFirst(9).split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
          let label = fields.first ?? ""
          let klass = fields.first { $0.hasPrefix("class:") }.map { String($0.dropFirst(6)).trimmingCharacters(in: .whitespaces) } ?? ""
          pending = (label, klass)
        } else if l.hasPrefix("第"), let p = pending {
          clauses.append(Clause(file: path, line: i + 1, label: p.0, klass: p.1, text: l))
          pending = nil
        }
      }
      let doc = Analysis(files: [InputFile(path: path, bytes: readBytes(path))]).documents[0]
      var errorsAt = Set<Int>(), warningsAt = Set<Int>()
      for d in doc.diagnostics where d.code.id.hasPrefix("WF60") {
        let line = doc.source.location(of: d.range.lower).line
        if d.severity == .error { errorsAt.insert(line) } else if d.severity == .warning { warningsAt.insert(line) }
      }
      for c in clauses {
        let err = errorsAt.contains(c.line), warn = warningsAt.contains(c.line)
        switch c.label {
        case "unlawful":
          f.unlawful += 1
          if err { f.caught += 1 } else { f.missedByClass[c.klass, default: 0] += 1; misses.append("\(c.file):\(c.line) [\(c.klass)] missed: \(c.text)") }
        case "contested":
          f.contested += 1
          if err { f.contestedAsError += 1; misses.append("\(c.file):\(c.line) [\(c.klass)] contested raised as an error: \(c.text)") }
          else if warn { f.warned += 1 } else { misses.append("\(c.file):\(c.line) [\(c.klass)] contested not warned: \(c.text)") }
        default:
          f.lawful += 1
          if err || warn { f.falseAlarms += 1; misses.append("\(c.file):\(c.line) [\(c.klass)] lawful but flagged: \(c.text)") }
        }
      }
    }
    print("legality corpus \(part): \(f)")
    if ProcessInfo.processInfo.environment["LEGALITY_MISSES"] == "1" { for m in misses { print("  " + m) } }
    return (f, misses)
  }

  typealias Floors = (caught: Int, falseAlarms: Int, warned: Int, contestedAsError: Int)

  /// Measures a part and fails if it holds fewer clauses than `size` per label or falls below its floors
  /// (`byClass` also prints the misses by class).
  static func expectPart(_ part: String, size: (unlawful: Int, contested: Int, lawful: Int), floors: Floors, byClass: Bool = false) {
    let (f, _) = measure(part)
    #expect(f.unlawful >= size.unlawful && f.contested >= size.contested && f.lawful >= size.lawful, "legality corpus (\(part)) lost clauses: \(f)")
    if byClass {
      print("legality corpus \(part) misses by class: \(f.missedByClass.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))")
    }
    #expect(f.caught >= floors.caught && f.falseAlarms <= floors.falseAlarms && f.warned >= floors.warned,
            "legality corpus (\(part)) regressed: \(f)")
    #expect(f.contestedAsError <= floors.contestedAsError, "legality corpus (\(part)): a contested clause raised as an error: \(f)")
  }

  @Test func tuningPart() {
    Self.expectPart("tuning", size: (120, 30, 70), floors: (Self.floors.tuningCaught, Self.floors.tuningFalseAlarms, Self.floors.tuningWarned, 0))
  }

  /// heldout/ was measured once untuned (2026-12-02) and is tuning material since.
  @Test func heldOutPart() {
    Self.expectPart("heldout", size: (80, 25, 50), floors: (Self.floors.heldOutCaught, Self.floors.heldOutFalseAlarms, Self.floors.heldOutWarned, 0))
  }

  /// heldout2/: 256 clauses written on 2026-12-02 by someone who read neither the detector nor the other
  /// parts, committed before the second round of issue 12 was merged, and measured once with the detector
  /// frozen; tuning material for the third round since.
  @Test func heldOut2Part() {
    Self.expectPart("heldout2", size: (120, 40, 80), floors: Self.floorsHeldOut2, byClass: true)
  }

  /// heldout3/: 401 clauses written on 2026-12-02 by a data-only writer who read neither the detector nor its
  /// output, committed (fea2e27d) before the third round of issue 12 was merged, and measured once here with
  /// the detector frozen.
  @Test func heldOut3Part() {
    Self.expectPart("heldout3", size: (190, 70, 130), floors: Self.floorsHeldOut3, byClass: true)
  }

  /// Measured once, 2026-12-02 05:11 UTC, on main 62ed2c18 (the third round merged, detector frozen):
  /// caught 148/195 (75.9%), warned 47/73 (64.4%) with 3 contested clauses raised as errors, false alarms
  /// 7/133 — below issue 12's targets (≥ 95%, ≥ 90% and none as an error, 0) and below heldout2's untuned
  /// 87.5%: the third round fitted its tuning sets (100% on all of them) more than it generalised.
  /// Misses by class: married-women-rights 7, residence-origin 5, dignity 4, and 1–3 in fourteen others.
  /// Tuning on its failures from now on makes it tuning material; say so here if you do.
  /// Tuned on in the fourth round of issue 12 (2026-12-02, by class, with tuning4/ as probes; misses grouped in the corpus
  /// README): caught 171/195, warned 66/73 (none as an error), false alarms 1/133.
  /// Fifth round (clause model by reason, corpus README "fifth round"): caught 174/195, warned 67/73, false alarms 0/133.
  /// Sixth round (the sentence's shape, `SentenceShape`, and the shapes of unequal treatment, controls and offices, petitioners burdened, levies): caught 186/195,
  /// the rest unchanged.
  /// After heldout8's tuning (a marriage asked leave for): caught 187/195.
  static let floorsHeldOut3 = (caught: 188, falseAlarms: 0, warned: 68, contestedAsError: 0)

  /// heldout4/: 623 clauses (287 unlawful, 97 contested, 239 lawful) written on 2026-12-02 by a data-only writer who
  /// opened nothing under Sources/ and never saw a WF6 finding (af014d29), never in the detector's branch. Measured once
  /// by the lead on main a9e0d766 (the fourth round merged, detector frozen): caught 224/287 (78.0%), warned 65/97 with
  /// 7 contested clauses raised as errors, false alarms 21/239 (with the session-start detector db09e04c: 215/287,
  /// 60/97 with 8 as errors, 28/239). Misses by class: dignity 7, married-women-rights 6, residence-origin 6,
  /// incompatible-office 5, office-termination 4, 1–3 in fifteen others. Tuning material from now on.
  @Test func heldOut4Part() {
    Self.expectPart("heldout4", size: (280, 95, 230), floors: Self.floorsHeldOut4, byClass: true)
  }

  /// Tuned on in the fifth round of issue 12 (misses grouped by the reason the analysis misread them, tuning5/ as probes):
  /// caught 268/287, warned 91/97 (none as an error), false alarms 0/239.
  /// Sixth round: caught 277/287, warned 93/97.
  static let floorsHeldOut4: Floors = (caught: 278, falseAlarms: 0, warned: 93, contestedAsError: 0)

  /// heldout5/: 636 clauses (302 unlawful, 115 contested, 219 lawful) written on 2026-12-02 by a data-only writer who
  /// opened nothing under Sources/ and never saw a WF6 finding (0356373e, never in the detector's branch legality5).
  /// Measured once by the lead on main 0727bf0c (the fifth round merged, detector frozen): caught 246/302 (81.5%),
  /// warned 82/115 with 4 contested clauses raised as errors, false alarms 5/219 (with the session-start detector
  /// 8e448af3: 230/302, 79/115 with 4 as errors, 8/219). Misses by class: dignity 6, personal-liberty 5,
  /// married-women-rights 5, residence-origin 5, family-planning-condition 4, incompatible-office 4,
  /// price-property-control 4, and 1–3 in thirteen others. Tuning material from now on.
  @Test func heldOut5Part() {
    Self.expectPart("heldout5", size: (300, 115, 219), floors: Self.floorsHeldOut5, byClass: true)
  }

  /// Sixth round (the sentence's shape, `SentenceShape`; tuned on its misses): caught 264/302, warned 84/115 (4 as errors),
  /// false alarms 5/219; then (a person described by a 的-phrase is a condition, a supplier's own ground, the electorate's
  /// recall, the law's bar restated, a contract among the parties) warned 86/115 (2 as errors), false alarms 0/219.
  /// Then (prices and sources controlled, labels beside photos, facilities kept from tenants and outsiders) caught 271/302.
  /// Then (a member or a member's relative admitted to the supervisory body, by arrangement) caught 274/302.
  /// Then (参加 as an entitlement, a share at a percentage, land handed back on demand) caught 276/302.
  /// Then (任免 by a body, a recall decision made or approved by one) caught 278/302; (同等处理 of someone
  /// else is no equal right; 老小 a household) 279/302.
  /// Then (a vote, candidacy or office withheld on a ground the statute does not give, by the sentence's parts) 282/302.
  /// Then (块钱 an amount; a levy by its shape: amount, rate, charge) 285/302.
  /// Then (the way of a petition laid down, by its parts) warned 91/115; (animals kept indoors, by size, reptiles) 94/115;
  /// (customs of the year and of mourning, betrothal gifts) 97/115; (the named described by a fault) 99/115; (heldout6's contested shapes) 101/115.
  static let floorsHeldOut5: Floors = (caught: 287, falseAlarms: 0, warned: 101, contestedAsError: 2)

  /// tuning3/: probes written by the third round's tuner in wordings and sentence shapes of their own, for the
  /// classes heldout2 showed weak (round 1, written and measured before any change: caught 21/35, warned 11/13
  /// with 1 as an error, false alarms 2/20) and then for each class again during tuning (round 2, 42 clauses,
  /// measured when written: caught 15/20, warned 6/7 with 1 as an error, false alarms 1/15).
  @Test func tuning3Part() {
    Self.expectPart("tuning3", size: (55, 20, 35), floors: Self.floors3)
  }

  /// tuning4/: 107 probes of the fourth round (56 unlawful, 16 contested, 35 lawful), written by the tuner in shapes and
  /// wordings of their own and committed (6ecefba1) before any detector change; their first measurement is the round's
  /// best early estimate of an untuned set (see `floors4`).
  @Test func tuning4Part() {
    Self.expectPart("tuning4", size: (56, 16, 35), floors: Self.floors4, byClass: true)
  }

  /// Untuned, each round measured when written and before the changes for the classes it probes
  /// (`LEGALITY_MISSES=1 … --filter tuning4Part`): round 1 (107 clauses, detector of main db09e04c) caught 34/56, warned
  /// 12/16 with 1 as an error, false alarms 4/35; round 2 (45 clauses, after the first fixes) caught 15/22, warned 5/8,
  /// false alarms 1/15; round 3 (40 clauses, after the second fixes) caught 15/18, warned 6/7, false alarms 0/15.
  /// After the fourth round: caught 95/96, warned 31/31 (none as an error), false alarms 0/65. The one miss (a party
  /// secretary's spouse on the supervisory committee) rests on a label a reviewer may dispute: 村组法第三十二条 names
  /// the committee's members, not the party branch's.
  /// Fifth round: that clause relabelled contested (`contested-office-overlap`: barred only if the secretary also sits on the
  /// committee, 一肩挑, which the text does not say), so tuning4 holds 95 unlawful and 32 contested clauses.
  static let floors4 = (caught: 95, falseAlarms: 0, warned: 32, contestedAsError: 0)

  /// tuning5/: the fifth round's probes (issue 12), written by the tuner for each class of miss (grouped by the reason the
  /// analysis misread the clause, corpus README "fifth round") in wordings and shapes of their own, each round committed
  /// before the detector change it probes and measured untuned when written (figures in the README and `floors5`).
  @Test func tuning5Part() {
    Self.expectPart("tuning5", size: (115, 50, 65), floors: Self.floors5, byClass: true)
  }

  /// heldout6/: written on 2026-12-03 by data-only writers who opened nothing under Sources/ and never saw a WF6 finding
  /// (lawful and contested: branch heldout6b, 184da6df; unlawful: branch heldout6a, 7def0291), never in the detector's
  /// branch. Each file measured once by the lead with the detector frozen: see `floorsHeldOut6` and the corpus README.
  @Test func heldOut6Part() {
    Self.expectPart("heldout6", size: (200, 77, 129), floors: Self.floorsHeldOut6, byClass: true)
  }

  /// Measured once, 2026-12-03 11:52 UTC, detector frozen at b9316c6e: contested warned 61/77 (79.2%) with 3 raised as
  /// errors, lawful false alarms 14/129 — below issue 12's targets (≥ 90% with none as an error; 0). The session-start
  /// detector (f74f5109, release binary, /tmp/score.py-style scoring of `weifa check --format json`): 59/77 with 3 as
  /// errors, 10/129 — the sixth round's tuning added four false alarms on untuned lawful clauses. (The unlawful file of
  /// heldout6 was not delivered by its writer.) Tuning material from now on.
  /// Tuned on its false alarms at once (damages are no fee, a sentence that voids measures negates them, 不得因此, 一样可以,
  /// a supplier's own ground for services too, 接连两回, the duty a sentence opens with is no labour penalty, integrity of
  /// mediators is no custom): false alarms 0/129, contested unchanged.
  /// unlawful.weifa (delivered later) measured once, 2026-12-03 11:57 UTC, with the detector frozen at 9fce7f51 (after the
  /// tuning above, which never saw it): caught 181/201 (90.0%) — below the target of 95%. Session-start detector f74f5109
  /// (release binary, same scoring): 175/201; fcbfde7d (before the heldout6 tuning): 181/201. Misses by class:
  /// price-property-control 4, unlawful-fee 3, dignity 2, family-planning-condition 2, third-party-liability 2, and 1 in
  /// seven others. Prose and directives differ on 1 unlawful article (prose none, directives an error).
  /// Then (a source chosen or hired from, 只能从物业公布的那几家里选) caught 182/201; prose and directives agree.
  /// Then (the secretary's relative on the supervisory body by arrangement, thresholds of every household or nine tenths,
  /// a neighbour's consent for a dog, a share set off against a debt, a petition's way beside a lawful notice) warned 65/77.
  /// Then (produce sold only to a named buyer, fees per document or head, 剃光头, 充作基金, 不准业主进出, the whole unit
  /// made to bear, children counted or born before marriage, 留份地, 压后) caught 191/201.
  static let floorsHeldOut6: Floors = (caught: 191, falseAlarms: 0, warned: 69, contestedAsError: 1)

  /// heldout7/: 260 clauses (130 unlawful, 50 contested, 80 lawful) written on 2026-12-03 by a data-only writer who
  /// opened nothing under Sources/ and never ran weifa (branch heldout7, f67013c0), never in the detector's branch.
  /// Measured once by the lead with the detector frozen at c8d42087: see `floorsHeldOut7` and the corpus README.
  @Test func heldOut7Part() {
    Self.expectPart("heldout7", size: (130, 50, 80), floors: Self.floorsHeldOut7, byClass: true)
  }

  /// Measured once, 2026-12-03 12:27 UTC, detector frozen at c8d42087: caught 123/130 (94.6%), contested warned 42/50
  /// (84.0%) with 1 raised as an error, lawful false alarms 3/80 — below issue 12's targets (≥ 95%; ≥ 90% and none as
  /// an error; 0). Session-start detector f74f5109 (release binary, same scoring): 118/130, 41/50 with 1 as an error,
  /// 3/80. Its writer had no time for the overlap check against the older parts (its README says so), so some clauses
  /// may resemble tuning material. Prose and directives differ on 1 lawful article. Tuning material from now on.
  /// Tuned on its three false alarms and the disagreement at once (a utility's metered price, 对…的处理结果 is a topic,
  /// 如实公开, words in quotation marks are no bearers, a list's last item is a case): false alarms 0/80, prose and
  /// directives agree; caught and warned unchanged.
  static let floorsHeldOut7: Floors = (caught: 126, falseAlarms: 0, warned: 44, contestedAsError: 0)

  /// heldout8/: 132 clauses (63 unlawful, 30 contested, 39 lawful) written on 2026-12-04 by three data-only writers who
  /// opened nothing under Sources/ and never ran weifa (branches heldout8a 11b6eb2d, heldout8b 469cd5b5, heldout8c
  /// 28232266), never in the detector's branch; each article overlaps older parts below 0.60 (character bigrams).
  /// Measured once by the lead with the detector frozen at 74676795: see `floorsHeldOut8` and the corpus README.
  @Test func heldOut8Part() {
    Self.expectPart("heldout8", size: (63, 30, 39), floors: Self.floorsHeldOut8, byClass: true)
  }

  /// Measured once, 2026-12-04 00:52 UTC, detector frozen at 74676795 (`LEGALITY_MISSES=1 .build/debug/weifaPackageTests.xctest
  /// --testing-library swift-testing --filter heldOut8Part`): caught 60/63 (95.2%, meets the target of 95%), contested
  /// warned 26/30 (86.7%, none as an error; target 90% missed), lawful false alarms 6/39 (target 0 missed). Prose alone and
  /// with directives agree on every article. Tuning material from now on.
  /// Tuned on its six false alarms at once (a parking word is no cut, a resultative must stand before a supply's part;
  /// 不因此 / 不自行 deny what follows; 村组法32's own bar on relatives; a repair done for the one liable and claimed back;
  /// a clause opened by 不 a few words before its measure): false alarms 0/39, caught and warned unchanged; on every other
  /// part one finding went (heldout6 私拉乱接电线 read as a cut; the article stays flagged for 严惩).
  /// Then on its misses (an order laid on a petitioner first beside a duty to answer; 任何 naming residents, not 任何单位,
  /// no longer excuses a control of their sale; a marriage asked leave for, 写申请/点头; 整个村民小组 as a bearer; 成亲 and
  /// 成婚 as marrying): caught 63/63, warned 27/30; elsewhere heldout3 caught 186 → 187 and one more finding on an
  /// unlawful tuning4 article, nothing else changed.
  static let floorsHeldOut8: Floors = (caught: 63, falseAlarms: 0, warned: 27, contestedAsError: 0)

  /// heldout9/: 176 clauses (84 unlawful, 40 contested, 52 lawful) written on 2026-12-04 by three more data-only writers
  /// (branches heldout9a b1ec3e3b, heldout9b 8f0ca645, heldout9c a872d35a) who opened nothing under Sources/ nor heldout8/
  /// and never ran weifa, never in the detector's branch; each article overlaps every older part (heldout8 included) below
  /// 0.60. Measured once by the lead with the detector frozen at 0c860294: see `floorsHeldOut9` and the corpus README.
  @Test func heldOut9Part() {
    Self.expectPart("heldout9", size: (84, 40, 52), floors: Self.floorsHeldOut9, byClass: true)
  }

  /// Measured once, 2026-12-04 01:04 UTC, detector frozen at 0c860294 (`LEGALITY_MISSES=1 .build/debug/weifaPackageTests.xctest
  /// --testing-library swift-testing --filter heldOut9Part`): caught 75/84 (89.3%), contested warned 26/40 (65.0%) with 2
  /// raised as errors, lawful false alarms 4/52 — every target of issue 12 missed, and well below heldout8 (60/63, 26/30,
  /// 6/39 untuned): heldout8's recall was a small sample. Prose and directives differ on 3 contested articles. Tuning
  /// material from now on.
  /// Tuned on it at once (figures tuned from here): a limit on animals is contested however softly enforced (民法典280),
  /// and only a named local rule (规定, 条例, 办法) in another sentence settles it; 禁止饲养 and kin as limits; 先向…反映
  /// is an order laid first; 事先通知 and 合理期限 as a supplier's lawful ground; 长期在 is a residence only with a place
  /// (长期在城/县/市…), not 长期在楼道; 不另设处罚 denies; a measure word in a condition clause decides the clause (the old
  /// word patterns no longer read 停水时间超过…的 as a measure); a 违约金 in an article the owners say they adopted is
  /// their covenant (`LegalityChecks.ownersAdopted`). Prose and directives agree again; caught 75/84, contested warned 30/40
  /// with none as errors, false alarms 0/52; elsewhere heldout5 warned 101 → 102, nothing else changed.
  /// Then three of its misses: a resultative after a supply's part in a 把 construction (把其家电表箱里的电闸拉下), a recall
  /// voted on the spot by a body (当场表决罢免), a candidacy withheld as 不得被提名; also 交百块 as an amount and a petition
  /// reported to the petitioner's employer as a burden: caught 78/84, nothing else changed.
  static let floorsHeldOut9: Floors = (caught: 78, falseAlarms: 0, warned: 31, contestedAsError: 0)

  /// heldout10/: 176 clauses (84 unlawful, 40 contested, 52 lawful) written on 2026-12-04 by three more data-only writers
  /// (branches heldout10a/b/c) who opened nothing under Sources/, heldout8/ nor heldout9/ and never ran weifa; each article
  /// overlaps every older part below 0.60. Measured once by the lead with the detector frozen: see `floorsHeldOut10`.
  @Test func heldOut10Part() {
    Self.expectPart("heldout10", size: (84, 40, 52), floors: Self.floorsHeldOut10, byClass: true)
  }

  /// Measured once, 2026-12-04 about 02:02 UTC, detector frozen at 8e9c14df (a test binary built at 1611f31a, before the part
  /// existed; `LEGALITY_MISSES=1 … --filter 'heldOut10Part|corpusWithAndWithoutDirectives'`): caught 77/84 (91.7%),
  /// contested warned 34/40 (85.0%) with 3 raised as errors, lawful false alarms 1/52 — every target of issue 12 missed
  /// again, closer than heldout9 (75/84, 26/40 with 2 errors, 4/52). Prose and directives differ on 1 contested article.
  /// Tuning material from now on.
  /// Tuned on it at once (figures tuned from here): a consequence stated first as a heading (罚款三百元：凡…的，) is a clause
  /// of its own; a status not given back (不再恢复, 不予恢复) is withheld; a certificate given only to those of one status
  /// (只为已领取生育服务证的家庭出具); a whole group named by its place (该组全体农户, 同楼层住户); a marriage put to a body's vote
  /// (表决是否同意); a relative admitted to the supervisory body with a 但 that only limits the role, and the body named inside a
  /// longer word (进入村务监督委员会); a protection of others after 但 leaves the measure said before it standing; persuasion
  /// (劝其不参加) takes nothing; a negation that governs an honour does not reach a custom listed as its case; an article
  /// named as the owners' instrument (楼栋公约：…) makes its 违约金 their covenant; a sentence that refers back (违反的…) is the
  /// consequence of the sentence before, as one 后果 is (so prose and directives agree on a custom limit enforced softly in
  /// the next sentence — which costs one warning here). caught 84/84, contested warned 38/40 with 1 as an error (an own
  /// gift withheld also from the offender's household: the error is arguable, 连坐), false alarms 0/52; elsewhere heldout3
  /// caught 187 → 188, tuning5 119 → 120, heldout6 one contested article from an error to a warning.
  /// After heldout11's tuning: warned 39/40 with none as errors (the own gift withheld from the offender's household too is
  /// now read as the own benefit withheld, a warning).
  static let floorsHeldOut10: Floors = (caught: 84, falseAlarms: 0, warned: 39, contestedAsError: 0)

  /// heldout11/: 176 clauses (84 unlawful, 40 contested, 52 lawful) written on 2026-12-04, after heldout10's tuning, by
  /// three more data-only writers (branches heldout11a/b/c) who opened nothing under Sources/ nor heldout8–10 and never ran
  /// weifa; each article overlaps every older part below 0.60. Measured once by the lead with the detector frozen.
  @Test func heldOut11Part() {
    Self.expectPart("heldout11", size: (84, 40, 52), floors: Self.floorsHeldOut11, byClass: true)
  }

  /// Measured once, 2026-12-04 about 02:26 UTC, detector frozen at 9d75ea8d (a test binary built at e91ebd73, before the
  /// part existed; `LEGALITY_MISSES=1 … --filter 'heldOut11Part|corpusWithAndWithoutDirectives'`): caught 74/84 (88.1%),
  /// contested warned 27/40 (67.5%) with 2 raised as errors, lawful false alarms 3/52 — every target of issue 12 missed, by
  /// more than on heldout10 (77/84, 34/40, 1/52 untuned): this part asked for multi-sentence articles, conditions said by
  /// description and consequences said by what happens. Prose and directives differ on 5 articles. Tuning material from now on.
  /// Tuned on it at once (figures tuned from here; the corpus README lists the changes): caught 84/84, contested warned 40/40
  /// with none as errors, false alarms 0/52, prose and directives agree; elsewhere heldout7 caught 123 → 125 and warned
  /// 42 → 43, heldout6 warned 66 → 67, heldout10 warned 38 → 39 with no error.
  static let floorsHeldOut11: Floors = (caught: 84, falseAlarms: 0, warned: 40, contestedAsError: 0)

  /// heldout12/: 176 clauses (84 unlawful, 40 contested, 52 lawful) written on 2026-12-04, after heldout11's tuning, by
  /// three more data-only writers (branches heldout12a/b/c) who opened nothing under Sources/ nor heldout8–11 and never ran
  /// weifa; each article overlaps every older part below 0.60. Measured once by the lead with the detector frozen.
  @Test func heldOut12Part() {
    Self.expectPart("heldout12", size: (84, 40, 52), floors: Self.floorsHeldOut12, byClass: true)
  }

  /// Measured once, 2026-12-04 about 02:45 UTC, detector frozen at 66b9021f (a test binary built at 39eaf381, before the
  /// part existed; `LEGALITY_MISSES=1 … --filter 'heldOut12Part|corpusWithAndWithoutDirectives'`): caught 74/84 (88.1%),
  /// contested warned 29/40 (72.5%) with 6 raised as errors, lawful false alarms 1/52 — every target of issue 12 missed, as
  /// on heldout11 (74/84, 27/40, 3/52 untuned): tuning on each part has not carried to the next one's wordings. Prose and
  /// directives differ on 3 articles. Tuning material from now on.
  /// Tuned on it at once (figures tuned from here; the corpus README lists the changes): caught 84/84, contested warned 38/40
  /// with none as errors, false alarms 0/52, prose and directives agree; elsewhere heldout6 warned 67 → 68 with one error
  /// fewer, heldout7 warned 43 → 44 with none as errors, heldout9 warned 30 → 31.
  static let floorsHeldOut12: Floors = (caught: 84, falseAlarms: 0, warned: 38, contestedAsError: 0)

  /// heldout13/: 176 clauses (84 unlawful, 40 contested, 52 lawful) written on 2026-12-04, after heldout12's tuning, by
  /// three more data-only writers (branches heldout13a/b/c) who opened nothing under Sources/ nor heldout8–12 and never ran
  /// weifa; each article overlaps every older part below 0.60. Measured once by the lead with the detector frozen.
  @Test func heldOut13Part() {
    Self.expectPart("heldout13", size: (84, 40, 52), floors: Self.floorsHeldOut13, byClass: true)
  }

  /// Measured once, 2026-12-04 about 03:05 UTC, detector frozen at bfb95188 (a test binary built at e224c92b, before the
  /// part existed; `LEGALITY_MISSES=1 … --filter 'heldOut13Part|corpusWithAndWithoutDirectives'`): caught 82/84 (97.6%),
  /// contested warned 36/40 (90.0%) with 1 raised as an error, lawful false alarms 1/52 — the recall target met and the
  /// contested share reached, but one contested error and one false alarm miss the other two targets. Prose and directives
  /// differ on 1 article. Tuning material from now on.
  /// Tuned on it at once (figures tuned from here; the corpus README lists the changes): caught 84/84, contested warned 39/40
  /// with none as errors, false alarms 0/52, prose and directives agree; elsewhere heldout4 caught 277 → 278.
  static let floorsHeldOut13: Floors = (caught: 84, falseAlarms: 0, warned: 39, contestedAsError: 0)

  /// heldout14/: 176 clauses (84 unlawful, 40 contested, 52 lawful) written on 2026-12-04, after heldout13's tuning, by
  /// three more data-only writers (branches heldout14a/b/c) who opened nothing under Sources/ nor heldout8–13 and never ran
  /// weifa; each article overlaps every older part below 0.60. Measured once by the lead with the detector frozen.
  @Test func heldOut14Part() {
    Self.expectPart("heldout14", size: (84, 40, 52), floors: Self.floorsHeldOut14, byClass: true)
  }

  /// Measured once, 2026-12-04 about 03:14 UTC, detector frozen at 45d9094a (a test binary built at 5222f210, before the
  /// part existed; `LEGALITY_MISSES=1 … --filter 'heldOut14Part|corpusWithAndWithoutDirectives'`): caught 76/84 (90.5%),
  /// contested warned 33/40 (82.5%) with 2 raised as errors, lawful false alarms 3/52 — every target missed again, after
  /// heldout13 had met the recall one (82/84): this part asked for charters drafted by different hands (template, old 村会计,
  /// dialect, 宗亲会, the 1990s and the newest style). Prose and directives agree. Tuning material from now on.
  /// Tuned on it at once (figures tuned from here; the corpus README lists the changes): caught 83/84, contested warned 39/40
  /// with 1 as an error (a student's own award withheld for the parents' duty: arguably 连坐, left as labelled), false alarms
  /// 0/52, prose and directives agree; elsewhere heldout5 caught 286 → 287.
  static let floorsHeldOut14: Floors = (caught: 83, falseAlarms: 0, warned: 39, contestedAsError: 1)

  /// heldout15/: 176 clauses (84 unlawful, 40 contested, 52 lawful) written on 2026-12-04, after heldout14's tuning, by
  /// three more data-only writers (branches heldout15a/b/c) who opened nothing under Sources/ nor heldout8–14 and never ran
  /// weifa; each article overlaps every older part below 0.60. Measured once by the lead with the detector frozen.
  @Test func heldOut15Part() {
    Self.expectPart("heldout15", size: (84, 40, 52), floors: Self.floorsHeldOut15, byClass: true)
  }

  /// Measured once, 2026-12-04 about 03:28 UTC, detector frozen at 35d2effb (a test binary built at f4e18214, before the
  /// part existed; `LEGALITY_MISSES=1 … --filter 'heldOut15Part|corpusWithAndWithoutDirectives'`): caught 72/84 (85.7%),
  /// contested warned 33/40 (82.5%) with 2 raised as errors, lawful false alarms 1/52 — every target missed; this part asked
  /// for each class's less obvious cases. Prose and directives differ on 2 articles. Tuning material from now on.
  /// Tuned on it at once (figures tuned from here; the corpus README lists the changes): caught 80/84, contested warned 35/40
  /// with 2 as errors, false alarms 0/52, prose and directives agree; elsewhere heldout7 caught 125 → 126, heldout6 warned
  /// 68 → 69.
  static let floorsHeldOut15: Floors = (caught: 80, falseAlarms: 0, warned: 35, contestedAsError: 2)

  /// heldout16/: 176 clauses (84 unlawful, 40 contested, 52 lawful) written on 2026-12-04, after heldout15's tuning, by
  /// three more data-only writers (branches heldout16a/b/c) who opened nothing under Sources/ nor heldout8–15 and never ran
  /// weifa; each article overlaps every older part below 0.60. Measured once by the lead with the detector frozen.
  @Test func heldOut16Part() {
    Self.expectPart("heldout16", size: (84, 40, 52), floors: Self.floorsHeldOut16, byClass: true)
  }

  /// Measured once, 2026-12-04 about 03:58 UTC, detector frozen at 8cf70236 (a test binary built at 50daf2e1, before the
  /// part existed; `LEGALITY_MISSES=1 … --filter 'heldOut16Part|corpusWithAndWithoutDirectives'`): caught 71/84 (84.5%),
  /// contested warned 31/40 (77.5%) with 4 raised as errors, lawful false alarms 4/52 — every target missed, the lowest
  /// recall yet. Prose and directives differed on 2 contested articles; the only change made for this part since is what
  /// makes them agree (a first step laid on a complaint in one ；-sentence makes the next one's way imposed; 成年村民 as the
  /// electorate of a threshold), which warns both (33/40). Its misses are not tuned on yet.
  static let floorsHeldOut16: Floors = (caught: 71, falseAlarms: 4, warned: 33, contestedAsError: 4)

  /// tuning5x/: clauses written by an independent data-only writer (branch lcorpx) in batches during the fifth round; each
  /// batch measured untuned when pulled, before any change for it (figures in the corpus README), tuning material since.
  @Test func tuning5xPart() {
    Self.expectPart("tuning5x", size: (120, 45, 105), floors: Self.floors5x, byClass: true)
  }

  /// Each batch untuned when pulled (90 clauses each: 40 unlawful, 15 contested, 35 lawful): batch 1 caught 27/40, warned
  /// 10/15, false alarms 4/35; batch 2 caught 31/40, warned 8/15, false alarms 2/35; batch 3 caught 29/40, warned 11/15,
  /// false alarms 4/35 (none as an error in any). After tuning on them: caught 116/120, warned 42/45, false alarms 0/105.
  /// Sixth round: caught 118/120.
  static let floors5x: Floors = (caught: 118, falseAlarms: 0, warned: 43, contestedAsError: 0)

  /// Untuned when written (`LEGALITY_MISSES=1 … --filter tuning5Part`): round 1 (103 probes, detector of main 8e448af3) caught
  /// 15/48, warned 14/30 (none as an error), false alarms 13/25; round 2 (87 probes, after the round-1 changes) caught 26/45,
  /// warned 11/17 (1 as an error), false alarms 3/25; round 3 (54 probes, after the tuning5x batches) caught 21/27, warned 8/9,
  /// false alarms 0/18. After the round: caught 119/120, warned 54/55, false alarms 0/69.
  static let floors5: Floors = (caught: 120, falseAlarms: 0, warned: 55, contestedAsError: 0)

  /// After the third round of issue 12 (2026-12-02): caught 55/55, warned 20/20 (none as an error), false alarms 0/35.
  static let floors3 = (caught: 55, falseAlarms: 0, warned: 20, contestedAsError: 0)

  /// Measured once, 2026-12-02, on main after the second round of issue 12 was merged (detector frozen):
  /// caught 112/128 (87.5%), warned 33/44 (75%) with 5 contested clauses raised as errors, false alarms 4/84
  /// (4/80 without the four lawful clauses that coincide with tuning clauses, none of which is flagged) —
  /// below the targets of issue 12 (≥ 95%, ≥ 90% and none as an error, 0). Tuning on its failures from
  /// now on makes it tuning material; say so here if you do.
  /// Tuned on in the third round of issue 12 (2026-12-02, by class, with tuning3/ as probes): caught 128/128, warned 44/44
  /// (none as an error), false alarms 0/84.
  static let floorsHeldOut2 = (caught: 128, falseAlarms: 0, warned: 44, contestedAsError: 0)

  /// tuning2/: clauses written for the second round of issue 12 in new wordings per class
  /// (at least a third lawful near misses), tuned on.
  @Test func tuning2Part() {
    Self.expectPart("tuning2", size: (130, 55, 100), floors: Self.floors2)
  }

  /// Measured 2026-12-02 before any tuning on it: caught 38/68, warned 15/25 (1 as an error), false alarms 5/53.
  /// After the second round (verb, object, bearer and condition classes), with the probes written during it added
  /// (308 clauses): caught 139/139, warned 60/60, false alarms 0/109.
  /// Third round: the contested clause that publishes a name and an ID number (对拒不配合疫情防控的，村里将其姓名、身份证号在群里公布)
  /// moved to unlawful (dignity), as heldout2's README rules for ID numbers, phone numbers and addresses: 140/140, 59/59, 0/109.
  static let floors2 = (caught: 140, falseAlarms: 0, warned: 59, contestedAsError: 0)

  /// The figures reached (a change that lowers them fails).
  /// Tuning: the clause analysis of issue 12 (2026-12-01) reaches every clause. Held out: measured
  /// once with the detector frozen, never tuned on (2026-12-01): caught 43/84, warned 11/28 (1 contested
  /// clause raised as an error), false alarms 2/55 — far below the targets of issue 12 (≥ 95%, ≥ 90%, 0).
  /// Held out, tuned on since its one measurement (second round of issue 12, 2026-12-02): caught 84/84, warned 28/28
  /// (none as an error), false alarms 0/55.
  static let floors = (tuningCaught: 128, tuningFalseAlarms: 0, tuningWarned: 38, heldOutCaught: 84, heldOutFalseAlarms: 0, heldOutWarned: 28)
}

/// The commonest sentence of a real 村规民约: a prohibition and its sanction in one sentence. The
/// prohibition forbids the offence, not the sanction, so the fine is flagged as it is when the
/// two are split by a full stop; a fine that is itself forbidden stays lawful.
@Suite struct SanctionInTheSameSentenceTests {
  static func flagged(_ text: String) -> [String] {
    analyze("@标题 某村村规民约\n@类型 村规民约\n第一条 \(text)\n").diagnostics.map(\.code.id).filter { $0.hasPrefix("WF60") }
  }

  @Test(arguments: ["严禁偷盗，违者罚款1000元。", "严禁偷盗。违者罚款1000元。", "不准在村道上晾晒稻谷，否则处以200元罚款。",
                    "禁止在河道电鱼，一经发现，罚款五百元。", "不得乱砍滥伐，违反者每株罚款100元。"])
  func sanctionAfterTheNormIsFlagged(_ text: String) {
    #expect(Self.flagged(text).contains("WF6001"), "\(text)")
  }

  @Test(arguments: ["任何组织和个人不得对村民罚款。", "严禁以罚代管，对违反规约的村民应当批评教育。", "村委会不得设定罚款，违者由镇人民政府责令改正。"])
  func aForbiddenFineStaysLawful(_ text: String) {
    #expect(!Self.flagged(text).contains("WF6001"), "\(text)")
  }
}
