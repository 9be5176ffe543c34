import Foundation
import Testing
import WeifaTestSupport
import WeifaBase
import WeifaDriver
import WeifaRender
import WeifaSemantics

let header = """
@标题 测试村村民自治章程
@类型 村民自治章程
@地方 福建省厦门市同安区某某镇测试村
@通过 村民会议；日期：2024年3月12日；应到：1268；实到：903；赞成：861；反对：12；弃权：30
@修正 村民会议；日期：2025年1月8日；说明：第一次修正
@备案 某某镇人民政府；日期：2024年3月20日
@施行 2024年4月1日
@属性 年龄：数值（周岁）
@属性 户籍：枚举（本村、外村）
@属性 出租房屋：是否
@定义 村民：户籍 = 本村
@定义 老年村民：村民 且 年龄 ≥ 60

"""

@Suite struct GeneratedProseTests {
  static let text = header + """
  第一条【村民会议】
  @机构 村民会议；组成：本村十八周岁以上的村民；召集：村民委员会；法定人数：成员 过半数 或 户 三分之二以上；表决：到会 过半数
  第二条【租住登记】
  @义务【登记】 协助登记；主体：村民；条件：出租房屋；行为：查验承租人的身份证件
  第三条【禁止燃放】
  @禁止【禁燃】 燃放烟花爆竹；主体：村民；行为：在村庄范围内燃放烟花爆竹；后果：批评教育
  第四条【高龄补贴】
  @享有【补贴】 高龄补贴；主体：老年村民 且 年龄 ≥ 80；金额：每月100元
  第五条【春节燃放】
  @权利 春节燃放；主体：村民；内容：在指定燃放点燃放烟花爆竹
  第六条【长寿补贴】
  @享有 长寿补贴；主体：年龄 ≥ 90；金额：每月200元
  第七条【空条】

  """

  @Test func bodyWithQuorumAndVote() {
    let out = render(Self.text, .text, extras: .all)
    #expect(out.contains("第一条【村民会议】　村民会议由本村十八周岁以上的村民组成。村民会议由村民委员会召集。\n"))
    // The example of issue 4, word for word.
    #expect(out.contains("\n　　村民会议应当有本村十八周岁以上村民的过半数，或者本村三分之二以上的户的代表参加，所作决定应当经到会人员的过半数通过。\n"))
  }

  @Test func rulesInStatuteWords() {
    let out = render(Self.text, .text, extras: .all)
    #expect(out.contains("第二条【租住登记】　村民出租房屋的，应当查验承租人的身份证件。\n"))
    #expect(out.contains("第三条【禁止燃放】　禁止村民在村庄范围内燃放烟花爆竹。违反本条规定的，予以批评教育。\n"))
    #expect(out.contains("第四条【高龄补贴】　年龄八十周岁以上的老年村民享受高龄补贴每月100元。\n"))
    #expect(out.contains("第五条【春节燃放】　村民有权在指定燃放点燃放烟花爆竹。\n"))
    #expect(out.contains("第六条【长寿补贴】　年龄九十周岁以上的，享受长寿补贴每月200元。\n"))
    #expect(out.contains("　　第七条【空条】\n"))
  }

  @Test func generatedProseInEveryFormat() throws {
    #expect(render(Self.text, .md, extras: .all).contains("**第二条【租住登记】**　村民出租房屋的，应当查验承租人的身份证件。"))
    #expect(render(Self.text, .html, extras: .all).contains("<section class=\"article generated\" id=\"d-a2\">"))
    let json = try #require(try JSONSerialization.jsonObject(with: Data(render(Self.text, .json).utf8)) as? [String: Any])
    let doc = try #require((json["documents"] as? [[String: Any]])?.first)
    let articles = try #require(doc["articles"] as? [[String: Any]])
    #expect(articles[1]["generated"] as? Bool == true)
    let rules = try #require(doc["rules"] as? [[String: Any]])
    #expect(rules.first?["prose"] as? String == "村民出租房屋的，应当查验承租人的身份证件。")
  }

  @Test func annotatedEditionSaysItWasGenerated() {
    let out = render(Self.text, .text, annotated: true)
    #expect(out.contains("［说明］本条文字依据结构化规则生成"))
    #expect(out.contains("［机构 村民会议］组成：本村十八周岁以上的村民；召集：村民委员会；法定人数：成员 过半数（> 1/2） 或 户 三分之二以上（≥ 2/3）；表决：到会 过半数（> 1/2）"))
    #expect(out.contains("［义务【登记】］协助登记。主体：村民；条件：出租房屋；行为：查验承租人的身份证件"))
  }
}

@Suite struct CaptionAndStructureTests {
  static let text = header + """
  序言第一段，写在第一章之前。

  第一章 总则
  第一条【宗旨】 为了推进村民自治，制定本章程。
  第二条【选举】 村民委员会的选举，依照《中华人民共和国村民委员会组织法》第十三条的规定。
  第二章 附则
  第一节 施行
  第三条【施行】 本章程自2024年4月1日起施行，第（二）项除外。

  """

  @Test func captionListsAdoptionAmendmentsAndFiling() {
    let out = render(Self.text, .text, extras: .all)
    #expect(out.contains("（2024年3月12日测试村村民会议通过\n"))
    #expect(out.contains("2025年1月8日测试村村民会议第一次修正\n"))
    #expect(out.contains("2024年3月20日报某某镇人民政府备案）\n"))
    #expect(!out.contains("起施行）"), "the last article already says when it takes effect")
    let en = render(Self.text, .text, lang: .en, extras: .all)
    #expect(en.contains("(Adopted by 测试村村民会议 on 2024-03-12") || en.contains("（Adopted by 测试村村民会议 on 2024-03-12"))
    #expect(en.contains("Contents"))
    #expect(en.contains("第一条【宗旨】"), "the charter's own words stay Chinese")
  }

  @Test func tableOfContentsPreambleAndDivisions() {
    let out = render(Self.text, .text, extras: .all)
    #expect(out.contains("目　　录"))
    #expect(out.contains("\n第一章　总则\n第二章　附则\n　　第一节　施行\n"))
    #expect(out.contains("　　序言第一段，写在第一章之前。"))
    #expect(out.contains("本章程自2024年4月1日起施行，第二项除外。"))
    #expect(out.contains("依照《中华人民共和国村民委员会组织法》第十三条的规定。"))
    let md = render(Self.text, .md, extras: .all)
    #expect(md.contains("# 测试村村民自治章程\n"))
    #expect(md.contains("## 第一章　总则\n"))
    #expect(md.contains("### 第一节　施行\n"))
  }

  @Test func effectiveDateInCaptionWhenNoArticleSaysIt() {
    let out = render(header + "第一条【宗旨】 为了推进村民自治，制定本章程。\n", .text, extras: .all)
    #expect(out.contains("自2024年4月1日起施行）"))
  }

  @Test func draftIsMarked() {
    for format in OutputFormat.allCases {
      let out = render(Self.text, format, draft: true)
      if format == .json { #expect(out.contains("\"draft\": true")) } else { #expect(out.contains("草稿（未通过检查）"), "\(format)") }
    }
    #expect(render(Self.text, .html, draft: true).contains("class=\"watermark\""))
    #expect(render(Self.text, .text, draft: true, lang: .en).contains("DRAFT"))
  }
}

@Suite struct EscapingTests {
  static let hostile = """
  @标题 <script>alert("标题")</script>村规民约 & "引号" 'single'
  @类型 村规民约
  @地方 某村<b>
  @通过 村民会议<img src=x onerror=alert(1)>；日期：2024年1月1日
  第一章 <i>总则</i>
  第一条【<script>x</script>】 村民<script>alert(1)</script>应当遵守</p><p>本规约 & 法律；*强调* _下划线_ [链接](http://example.com)。
  1. 看起来像列表
  # 看起来像标题
  第二条【乙】 依照【<script>x</script>】的规定。

  """

  @Test func htmlEscapesAllCharterText() {
    let html = render(Self.hostile, .html, annotated: true)
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(html.contains("&lt;b&gt;村民会议&lt;img src=x onerror=alert(1)&gt;通过"))
    #expect(!html.contains("<i>"))
    #expect(html.contains("&lt;script&gt;alert(&quot;标题&quot;)&lt;/script&gt;村规民约 &amp; &quot;引号&quot; &#39;single&#39;"))
    #expect(html.contains("村民&lt;script&gt;alert(1)&lt;/script&gt;应当遵守&lt;/p&gt;&lt;p&gt;本规约 &amp; 法律"))
    #expect(html.contains("&lt;i&gt;总则&lt;/i&gt;"))
    // Only the page's own tags remain: every < starts a tag the printer wrote.
    let tags = html.split(separator: "<").dropFirst().map { $0.prefix { $0 != " " && $0 != ">" } }
    let allowed: Set<Substring> = ["!DOCTYPE", "html", "/html", "head", "/head", "meta", "title", "/title", "style", "/style", "body", "/body",
                                   "main", "/main", "article", "/article", "header", "/header", "h1", "/h1", "h2", "/h2", "h3", "/h3",
                                   "p", "/p", "br", "nav", "/nav", "ol", "/ol", "ul", "/ul", "li", "/li", "a", "/a", "section", "/section",
                                   "div", "/div", "b", "/b", "span", "/span", "aside", "/aside"]
    for t in tags { #expect(allowed.contains(t), "unexpected tag <\(t)") }
    #expect(!html.contains("<b>村民会议"), "charter <b> must be escaped")
  }

  @Test func markdownEscapesMarkup() {
    let md = render(Self.hostile, .md)
    #expect(md.contains("\\*强调\\* \\_下划线\\_ \\[链接\\](http://example.com)"))
    #expect(md.contains("村民\\<script\\>alert(1)\\</script\\>"))
    #expect(!md.contains("<script>"))
  }

  @Test func markdownSubitemsAreNotLists() {
    let md = render("@标题 甲\n第一条 下列事项：\n（一）甲；\n1. 乙；\n2. 丙。\n", .md)
    #expect(md.contains("\n\n（一）甲；\n\n1\\.乙；\n\n2\\.丙。\n"))
  }

  @Test func jsonEscapesStrings() throws {
    let json = render(Self.hostile + "第三条 控制字符\u{1}与换行。\n", .json)
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let doc = try #require((obj["documents"] as? [[String: Any]])?.first)
    #expect((doc["title"] as? String)?.hasPrefix("<script>") == true)
  }
}

@Suite struct NoticeTests {
  @Test func noticeSaysWhoWhenVoteFilingAndWhere() {
    let text = header + "第一条【村民会议】 村民会议由村民委员会召集。\n@机构 村民会议；召集：村民委员会\n第二条【施行】 本章程自2024年4月1日起施行。\n"
    let out = render(text, .notice)
    #expect(out.contains("测试村村民委员会关于公布《测试村村民自治章程》的公告"))
    #expect(out.contains("2024年3月12日，测试村村民会议依法召开会议，讨论通过了《测试村村民自治章程》。"))
    #expect(out.contains("应到1268人，实到903人；表决结果为赞成861人，反对12人，弃权30人"))
    #expect(out.contains("已于2024年3月20日报某某镇人民政府备案，自2024年4月1日起施行。"))
    #expect(out.contains("村务公开栏"))
    #expect(out.contains("特此公告。"))
    #expect(out.hasSuffix("测试村村民委员会\n　　　　　　　　　　　　　　　　　　　　2025年1月8日\n"))
    let en = render(text, .notice, lang: .en)
    #expect(en.contains("Hereby announced."))
  }
}

@Suite struct JSONModelTests {
  @Test func thresholdsAreExactFractionsAndReferencesResolve() throws {
    let text = header + """
    第一条【村民会议】 村民会议的召开，依照本章程的规定。
    @机构 村民会议；法定人数：成员 过半数 或 户 三分之二以上；表决：到会 过半数
    第二条【援引】 依照【村民会议】和第一条的规定。

    """
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(render(text, .json).utf8)) as? [String: Any])
    #expect(obj["schema"] as? String == "weifa.model/1")
    let doc = try #require((obj["documents"] as? [[String: Any]])?.first)
    let body = try #require((doc["bodies"] as? [[String: Any]])?.first)
    let quorum = try #require(body["quorum"] as? [String: Any])
    let terms = try #require(quorum["terms"] as? [[String: Any]])
    #expect(terms.count == 2)
    #expect(terms[0]["relation"] as? String == "gt")
    #expect((terms[0]["fraction"] as? [String: Int]) == ["numerator": 1, "denominator": 2])
    #expect(terms[1]["relation"] as? String == "ge")
    #expect((terms[1]["fraction"] as? [String: Int]) == ["numerator": 2, "denominator": 3])
    #expect(terms[1]["base"] as? String == "户")
    let articles = try #require(doc["articles"] as? [[String: Any]])
    let p = try #require((articles[1]["paragraphs"] as? [[String: Any]])?.first)
    #expect(p["printed"] as? String == "依照第一条和第一条的规定。")
    let refs = try #require(doc["references"] as? [[String: Any]])
    let labelRef = try #require(refs.first { $0["label"] as? String == "村民会议" })
    #expect(labelRef["resolved"] as? Bool == true)
    #expect((labelRef["target"] as? [String: Any])?["article"] as? Int == 1)
    #expect(doc["caption"] as? [String] == ["2024年3月12日测试村村民会议通过", "2025年1月8日测试村村民会议第一次修正", "2024年3月20日报某某镇人民政府备案", "自2024年4月1日起施行"])
  }

  @Test func diagnosticsAreInTheModel() throws {
    let text = "@标题 坏文件\n第一条【甲】 甲，依照第九条的规定。\n"
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(render(text, .json).utf8)) as? [String: Any])
    let doc = try #require((obj["documents"] as? [[String: Any]])?.first)
    let diags = try #require(doc["diagnostics"] as? [[String: Any]])
    #expect(diags.contains { $0["article"] as? Int == 1 && $0["severity"] as? String == "error" })
    #expect(render(text, .text, annotated: true).contains("错误 WF"))
  }
}

@Suite struct RobustnessTests {
  static let inputs: [String] = [
    "",
    "\n\n",
    "第一条\n",
    "第？条【】\n",
    "@标题\n@通过 ；日期：\n第一章\n第一节\n",
    "@机构 ；法定人数：；表决：\n第一条\n@义务\n@禁止\n@享有\n@权利\n@定义 ：\n",
    "第一条 依照【不存在】、《不存在的法》第一条、前款、第（三）项、第九十九条第二款的规定。\n（一）甲\n1. 乙\n（二）\n前项\n",
    "第一条【甲】 前款第（一）项、前两款、本条第三款第二项、第二款第一项第一目的规定。\n",
    "第三编 编\n第二分编 分编\n第一章 章\n第一节 节\n第一条 条。\n第二节 节二\n",
    "\u{FEFF}　　序言\n@标题 标题\n第一条【甲】\n@程序【程】 程\n@步骤 一\n@评定 评\n@加分 加；条件：年龄 ≥ 1；分值：1分\n@等级 级；最低：1分\n@公开 公开事项；频率：每月\n@事项 事项；决定：村民会议；表决：到会 过半数\n@自治事项 甲、乙\n@协助事项 丙\n",
    String(decoding: [0xFF, 0xFE, 0x00, 0xC3, 0x28, 0x0A, 0xE7, 0xAC, 0xAC], as: UTF8.self),
  ]

  @Test(arguments: 0..<inputs.count)
  func neverCrashes(_ k: Int) {
    for format in OutputFormat.allCases {
      for annotated in [false, true] {
        for lang in [Language.zh, .en] {
          let out = renderUnchecked(Self.inputs[k], format, annotated: annotated, draft: k % 2 == 0, lang: lang)
          #expect(!out.isEmpty)
          if format == .json { #expect((try? JSONSerialization.jsonObject(with: Data(out.utf8))) != nil) }
        }
      }
    }
  }

  @Test func nothingToRender() {
    let ws = Workspace(charters: [], isContext: [])
    for format in OutputFormat.allCases {
      let out = Renderer.render([RenderInput(index: 3, diagnostics: [])], in: ws, options: RenderOptions(format: format))
      #expect(!out.isEmpty)
    }
  }

  @Test func titleFallsBackToFileName() {
    #expect(render("第一条 甲。\n", .text, path: "目录/无题规约.weifa").contains("无题规约"))
  }
}
