import WeifaBase

/// 法定休假日 as data (issue 13, 民法典203①): the `@休假日` and `@上班日` lines of the higher law —
/// the weekly rest days (每周六、周日), the holidays fixed by date every year (每年10月1日至10月3日), and
/// the State Council's schedule for a year (2026-10-01至2026-10-07; 调休 working days as `@上班日`).
package struct HolidayEntry: Sendable {
  package enum Days: Sendable, Equatable {
    /// Consecutive days of one schedule.
    case range(Day, Day)
    /// Every year, month/day to month/day.
    case annual(Int, Int, Int, Int)
    /// Every week: weekdays, Monday 1 … Sunday 7, ascending (an array, so the model prints and serialises the same every run).
    case weekly([Int])
  }
  package var rest: Bool
  package var days: Days
  package var note: String?
  package var span: TextRange

  /// Reads the head of `@休假日` / `@上班日`: `2026-10-01至2026-10-07`, `2026年2月14日、2026年2月28日`,
  /// `每年10月1日至10月3日`, `每周六、周日`. nil when it is none of these.
  package static func read(_ text: String, rest: Bool, note: String?, span: TextRange) -> [HolidayEntry]? {
    let t = text.trimmingSpaces()
    if t.hasPrefix("每周") {
      let names: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7]
      var set = Set<Int>()
      for part in t.dropFirst(2).split(whereSeparator: { "、，, 和".contains($0) }) {
        var p = Substring(part)
        if p.hasPrefix("周") { p = p.dropFirst() }
        if p.hasPrefix("星期") { p = p.dropFirst(2) }
        guard p.count == 1, let d = names[p.first!] else { return nil }
        set.insert(d)
      }
      return set.isEmpty ? nil : [HolidayEntry(rest: rest, days: .weekly(set.sorted()), note: note, span: span)]
    }
    if t.hasPrefix("每年") {
      let body = t.dropFirst(2)
      let ends = body.split(separator: "至", omittingEmptySubsequences: false).map(String.init)
      guard ends.count <= 2, let a = monthDay(ends[0]) else { return nil }
      var b = a
      if ends.count == 2 { guard let e = monthDay(ends[1], month: a.0) else { return nil }; b = e }
      guard (a.0, a.1) <= (b.0, b.1) else { return nil }
      return [HolidayEntry(rest: rest, days: .annual(a.0, a.1, b.0, b.1), note: note, span: span)]
    }
    var out = [HolidayEntry]()
    for part in t.split(whereSeparator: { "、，,".contains($0) }) {
      let ends = part.split(separator: "至", omittingEmptySubsequences: false).map(String.init)
      guard ends.count <= 2, let a = Day.parse(ends[0]) else { return nil }
      var b = a
      if ends.count == 2 { guard let e = Day.parse(ends[1]), a <= e, e.ordinal - a.ordinal < 31 else { return nil }; b = e }
      out.append(HolidayEntry(rest: rest, days: .range(a, b), note: note, span: span))
    }
    return out.isEmpty ? nil : out
  }

  /// 10月1日, or 3日 after a month already named.
  static func monthDay(_ s: String, month: Int? = nil) -> (Int, Int)? {
    var nums = [Int](), cur = ""
    for ch in s {
      if ch.isNumber || "零一二三四五六七八九十".contains(ch) { cur.append(ch) } else if !cur.isEmpty { nums.append(ChineseNumeral.parse(cur) ?? -1); cur = "" }
    }
    if !cur.isEmpty { nums.append(ChineseNumeral.parse(cur) ?? -1) }
    let md: (Int, Int)
    if nums.count == 2 { md = (nums[0], nums[1]) } else if nums.count == 1, let m = month, !s.contains("月") { md = (m, nums[0]) } else { return nil }
    guard md.0 >= 1, md.0 <= 12, md.1 >= 1, md.1 <= Day.length(of: md.0, in: 2024) else { return nil }
    return md
  }
}

/// The calendar of 法定休假日 the loaded higher law declares.
package struct HolidayCalendar: Sendable {
  package var entries: [HolidayEntry]
  package init(_ entries: [HolidayEntry]) { self.entries = entries }

  /// Monday 1 … Sunday 7 (1970-01-01 was a Thursday).
  package static func weekday(_ d: Day) -> Int { ((d.ordinal % 7) + 7 + 3) % 7 + 1 }

  /// Whether the year has a schedule of its own (a dated `@休假日` in it).
  package func scheduled(_ year: Int) -> Bool {
    entries.contains { if case .range(let a, let b) = $0.days { return a.year == year || b.year == year } else { return false } }
  }

  /// Whether `d` is a 法定休假日: a dated rest day; else not a dated working day (调休上班) and a
  /// weekly rest day or a holiday fixed by date.
  package func isRest(_ d: Day) -> Bool {
    func covers(_ e: HolidayEntry) -> Bool {
      switch e.days {
      case .range(let a, let b): return a <= d && d <= b
      case .annual(let m1, let d1, let m2, let d2): return (m1, d1) <= (d.month, d.day) && (d.month, d.day) <= (m2, d2)
      case .weekly(let days): return days.contains(Self.weekday(d))
      }
    }
    let dated = entries.filter { e in if case .range = e.days { return true } else { return false } }
    if dated.contains(where: { $0.rest && covers($0) }) { return true }
    if dated.contains(where: { !$0.rest && covers($0) }) { return false }
    return entries.contains { $0.rest && covers($0) }
  }

  /// 民法典203①: the last day of a period, or — when it is a 法定休假日 — the day after the
  /// holidays end. Bounded: at most 60 days are looked at.
  package func lastDay(_ d: Day) -> Day {
    var o = d.ordinal
    var steps = 0
    while isRest(Day(ordinal: o)), steps < 60 { o += 1; steps += 1 }
    return Day(ordinal: o)
  }
}

extension Workspace {
  /// The 法定休假日 of every loaded document (the higher law's `@休假日`, `@上班日`).
  package var holidays: HolidayCalendar { HolidayCalendar(charters.flatMap(\.holidays)) }
}
