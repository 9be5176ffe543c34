import Testing
import WeifaBase

/// `Suggest`, the one "did you mean" helper: edit distance over Unicode scalars, close matches only.
@Suite struct SuggestTests {
  @Test func distanceCountsCharacters() {
    func d(_ a: String, _ b: String) -> Int { Suggest.distance(Array(a.unicodeScalars), Array(b.unicodeScalars)) }
    #expect(d("年令", "年龄") == 1)
    #expect(d("禁至", "禁止") == 1)
    #expect(d("龄年", "年龄") == 1)          // two neighbours swapped: one edit
    #expect(d("高龄补贴", "高龄补助") == 1)
    #expect(d("", "村民会议") == 4)
    #expect(d("村民会议", "村民代表会议") == 2)
    #expect(Suggest.distance(Array("甲乙丙丁".unicodeScalars), Array("戊己庚辛".unicodeScalars), bound: 1) == 2)
  }

  @Test func onlyCloseMatchesAtMostThree() {
    let directives = ["标题", "类型", "义务", "禁止", "权利", "享有", "属性", "定义", "案例"]
    #expect(Suggest.closest("禁至", among: directives) == ["禁止"])
    #expect(Suggest.closest("享受", among: directives) == ["享有"])
    #expect(Suggest.closest("天气", among: directives).isEmpty)
    #expect(Suggest.closest("禁", among: directives).isEmpty)        // one character: no guess
    #expect(Suggest.closest("禁止", among: directives).isEmpty)      // the word itself is no suggestion
    #expect(Suggest.closest("村民会意", among: ["村民会议", "居民会议", "村民代表会议", "村委会"]) == ["村民会议", "居民会议", "村委会"])
    #expect(Suggest.closest("甲乙", among: ["甲丙", "甲丁", "乙乙", "甲戊"]).count == 3)
    #expect(Suggest.note("年令", among: ["年龄", "户籍"])?.zh == "帮助：是否指「年龄」？")
  }
}
