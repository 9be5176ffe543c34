import Testing
import WeifaBase
import WeifaSemantics

/// The reader of `@组成` (issue 13) and the 法定休假日 calendar (民法典203①).
@Suite struct CompositionTests {
  @Test func statuteCompositions() {
    let reps = Composition("村民委员会成员和村民代表，村民代表占组成人员五分之四以上，妇女村民代表占组成人员三分之一以上，村民代表每五户至十五户推选一人，或者由各村民小组推选若干人")
    #expect(reps.structured)
    #expect(reps.shares.map(\.name) == ["村民代表", "妇女村民代表"])
    #expect(reps.shares.map(\.fraction) == [Rational(4, 5), Rational(1, 3)])
    #expect(reps.perHouseholds?.low == 5 && reps.perHouseholds?.high == 15)
    let board = Composition("理事长一名，可以设副理事长，其余为理事，一般为单数")
    #expect(board.odd && board.structured)
    #expect(board.counts.first?.name == "理事长" && board.counts.first?.low == 1 && board.counts.first?.high == 1)
    let supervisors = Composition("理事会成员、财务人员、会计人员及其近亲属不得担任")
    #expect(supervisors.exclusions.map(\.name) == ["理事会成员", "财务人员", "会计人员"] && supervisors.exclusions.allSatisfy(\.relatives))
    #expect(Composition("主任、副主任和委员，一般在一百户至七百户的范围内设立").area.map { [$0.low, $0.high] } == [100, 700])
  }

  @Test func countsFloorsAndCaps() {
    let c = Composition("由村民代表会议推选，其中妇女成员不少于2人，村民委员会成员不超过2人")
    #expect(c.structured)
    #expect(c.counts.map(\.name) == ["妇女成员", "村民委员会成员"])
    #expect(c.counts[0].low == 2 && c.counts[0].high == nil)
    #expect(c.counts[1].low == 0 && c.counts[1].high == 2)
    let offices = Composition("楼栋长1人、副楼栋长1人和单元联络员")
    #expect(offices.counts.count == 2 && offices.parts.contains(.category("单元联络员")))
  }

  @Test func freeTextIsKeptUnread() {
    let c = Composition("村民代表，约三分之一为妇女，人数五个左右")
    #expect(!c.structured)
    #expect(c.unread == ["约三分之一为妇女", "人数五个左右"])
  }

  @Test func officesOfAClass() {
    #expect(Composition.office("村民委员会主任", isOf: "村民委员会成员"))
    #expect(Composition.office("理事长", isOf: "理事会成员"))
    #expect(Composition.office("会计", isOf: "会计人员"))
    #expect(!Composition.office("村民小组组长", isOf: "村民委员会成员"))
    #expect(!Composition.office("村民代表", isOf: "村民委员会成员"))
  }

  @Test func holidayCalendar() {
    let span = TextRange(0, 0)
    var entries = [HolidayEntry]()
    for (text, rest) in [("每周六、周日", true), ("每年10月1日至10月3日", true), ("2026-10-01至2026-10-07", true), ("2026-09-20、2026-10-10", false)] {
      entries += HolidayEntry.read(text, rest: rest, note: nil, span: span) ?? []
    }
    #expect(entries.count == 5)
    let cal = HolidayCalendar(entries)
    #expect(HolidayCalendar.weekday(Day(2026, 10, 1)) == 4)  // a Thursday
    #expect(cal.isRest(Day(2026, 10, 5)))
    #expect(!cal.isRest(Day(2026, 10, 10)))  // a Saturday made a working day
    #expect(!cal.isRest(Day(2026, 9, 30)))
    #expect(cal.lastDay(Day(2026, 10, 5)) == Day(2026, 10, 8))
    #expect(cal.lastDay(Day(2026, 3, 14)) == Day(2026, 3, 16))
    #expect(cal.lastDay(Day(2026, 3, 13)) == Day(2026, 3, 13))
    #expect(cal.scheduled(2026) && !cal.scheduled(2027))
    #expect(cal.lastDay(Day(2027, 10, 1)) == Day(2027, 10, 4))  // no 2027 schedule: fixed days and the weekend
    #expect(HolidayEntry.read("2026-02-30", rest: true, note: nil, span: span) == nil)
    #expect(HolidayEntry.read("2026-10-07至2026-10-01", rest: true, note: nil, span: span) == nil)
    #expect(HolidayEntry.read("每月一日", rest: true, note: nil, span: span) == nil)
  }
}
