import Testing
import WeifaBase
import WeifaSyntax

/// Layouts the fixtures do not show, written here: the rules are about the shape of a document,
/// so they must hold on combinations no fixture has.
@Suite struct GeneralLayoutTests {
  /// `role level mark` per non-blank line.
  static func outline(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return LayoutRecognizer.recognize(bytes).lines.map { l in
      "\(l.role.rawValue) \(l.level) " + (l.hasMark ? String(decoding: bytes[l.contentStart..<l.markEnd], as: UTF8.self) : "-")
    }
  }

  @Test func twoLevelsOfHeadingsOverArticles() {
    #expect(Self.outline("""
    某社区居民公约
    一、总则
    （一）基本要求
    1.居民应当遵守法律法规。
    2.居民应当爱护公共设施。
    （二）适用范围
    3.本公约适用于本社区居民。
    二、附则
    （一）施行
    4.本公约自公布之日起施行。
    """) == ["title 0 -", "heading 1 一、", "heading 2 （一）", "article 3 1.", "article 3 2.", "heading 2 （二）", "article 3 3.",
             "heading 1 二、", "heading 2 （一）", "article 3 4."])
  }

  @Test func ordinalArticlesUnderNumberedHeadings() {
    #expect(Self.outline("""
    某村村规民约
    一、总则
    第一条 为了推进村民自治，制定本规约。
    第二条 本规约适用于本村村民。
    二、附则
    第三条 本规约自公布之日起施行。
    """) == ["title 0 -", "heading 1 一、", "article 2 第一条", "article 2 第二条", "heading 1 二、", "article 2 第三条"])
  }

  @Test func chaptersOverCommaArticlesWithCloseParenItems() {
    #expect(Self.outline("""
    某村村规民约
    （2024年村民会议修订）
    第一章 总则
    一、村民应当遵守下列规定：
    1）爱护公物；
    2）保护环境。
    二、本规约适用于本村村民。
    第二章 附则
    三、本规约自公布之日起施行。
    某村村民委员会
    2024.3.1
    """) == ["title 0 -", "subtitle 0 -", "heading 1 第一章", "article 2 一、", "item 3 1）", "item 3 2）", "article 2 二、",
             "heading 1 第二章", "article 2 三、", "signature 0 -", "signature 0 -"])
  }

  @Test func aReferenceAtTheLineStartIsNotAnArticle() {
    #expect(Self.outline("""
    某村村规民约
    第一条 村民应当爱护耕地。
    第二条 村民不得占用耕地建房。
    第一条规定的耕地，包括园地和林地。
    第三条 本规约自公布之日起施行。
    """) == ["title 0 -", "article 1 第一条", "article 1 第二条", "paragraph 1 -", "article 1 第三条"])
  }

  @Test func indentedWordParagraphsAndWrappedItems() {
    #expect(Self.outline("""
    　　　　某小区业主公约
    　　为维护业主的合法权益，制定本公约。
    　　一、业主应当履行下列义务：
    　　（一）遵守本公约和业主大会议事规则，执行业主大会和
    业主委员会的决定；
    　　（二）按时交纳物业服务费用。
    　　二、本公约自业主大会通过之日起生效。
    """) == ["title 0 -", "preamble 0 -", "article 1 一、", "item 2 （一）", "paragraph 2 -", "item 2 （二）", "article 1 二、"])
  }

  @Test func bulletsDotSlipsAndALabelledDate() {
    #expect(Self.outline("""
    某楼栋公约
    一．楼道内不堆放杂物，具体做到：
    • 不放鞋柜；
    • 不停电动车。
    二．本公约自公布之日起施行。
    某楼栋自治小组
    日期：2024年3月1日
    """) == ["title 0 -", "article 1 一．", "item 2 •", "item 2 •", "article 1 二．", "signature 0 -", "signature 0 -"])
  }
}
