import WeifaBase
import WeifaDriver

/// What each command accepts and how it explains itself: the options `parseOptions` reads for it,
/// and the usage, options and examples `weifa CMD --help` (and `weifa help CMD`) prints, in Chinese
/// and in English. The examples run as printed from the repository root (`UsageTests` runs them).
struct CommandUsage {
  /// One option: how it is written (with its value), and what it does.
  struct Option {
    let form: String
    let zh: String
    let en: String
    /// The form in English, where its value is named in Chinese (`--with 路径` → `--with PATH`).
    var formEn: String? = nil
    func form(_ lang: Language) -> String { lang == .en ? formEn ?? form : form }
  }

  /// One example: the command line and what it shows.
  struct Example {
    let line: String
    let zh: String
    let en: String
  }

  let name: String
  /// Options that take the next argument.
  let valued: Set<String>
  /// Options that stand alone.
  let flags: Set<String>
  /// Short forms (`-w` → `--write`).
  var aliases: [String: String] = [:]
  /// The usage lines, without `weifa `.
  let synopsis: LocalizedText
  /// What the command does, in one or two sentences.
  let summary: LocalizedText
  let options: [Option]
  let examples: [Example]
  /// What the exit status means for this command, when it says more than the general rule.
  var status: LocalizedText? = nil

  /// The two lines printed after a usage error: how to call the command and where to read more.
  func brief(_ lang: Language) -> String {
    let lines = synopsis.text(lang).split(separator: "\n").map { "  weifa " + $0 }.joined(separator: "\n")
    return lang == .zh
      ? "用法：\n\(lines)\n运行 weifa \(name) --help 查看全部选项和示例\n"
      : "usage:\n\(lines)\nrun weifa \(name) --help for every option and examples\n"
  }

  /// The page `weifa CMD --help` prints.
  func help(_ lang: Language) -> String {
    let zh = lang == .zh
    var out = "weifa \(name) — \(summary.text(lang))\n\n"
    out += (zh ? "用法：\n" : "Usage:\n") + synopsis.text(lang).split(separator: "\n").map { "  weifa " + $0 + "\n" }.joined()
    let all = options + CommandUsage.common
    let width = min(28, all.map { DisplayWidth.text($0.form(lang)) }.max() ?? 0) + 2
    out += zh ? "\n选项：\n" : "\nOptions:\n"
    for o in all {
      let form = o.form(lang)
      let pad = max(1, width - DisplayWidth.text(form))
      out += "  " + form + (DisplayWidth.text(form) > width - 2 ? "\n  " + String(repeating: " ", count: width) : String(repeating: " ", count: pad))
      out += (zh ? o.zh : o.en) + "\n"
    }
    if !examples.isEmpty {
      out += zh ? "\n示例：\n" : "\nExamples:\n"
      for e in examples { out += "  \(e.line)\n      \(zh ? e.zh : e.en)\n" }
    }
    out += "\n" + (status ?? CommandUsage.generalStatus).text(lang) + "\n"
    return out
  }

  /// The options every command takes.
  static let common: [Option] = [
    Option(form: "--lang zh|en", zh: "消息语言：中文（默认）或英文", en: "the language of messages: Chinese (the default) or English"),
    Option(form: "--color auto|always|never", zh: "彩色显示诊断：auto（默认）在终端上着色，输出被重定向或设置了 NO_COLOR 时不着色",
           en: "colour diagnostics: auto (the default) colours on a terminal, never when output is redirected or NO_COLOR is set"),
    Option(form: "-h, --help", zh: "显示本帮助", en: "show this help"),
  ]

  static let generalStatus = LocalizedText(
    zh: "退出状态：0 没有错误；1 输入有错误；2 用法或读写错误。诊断信息输出到标准错误，结果输出到标准输出。",
    en: "Exit status: 0 clean; 1 the input has errors; 2 usage or I/O error. Diagnostics go to stderr, results to stdout.")

  static let format = Option(form: "--format text|json", zh: "结果的格式：文本（默认）或 JSON", en: "the format of the result: text (the default) or JSON")

  /// Every command, in the order the general help lists them.
  static let all: [CommandUsage] = [
    CommandUsage(
      name: "check", valued: ["--format", "--with"], flags: ["--werror"],
      synopsis: .init(zh: "check 路径… [--format text|json|sarif] [--werror] [--with 路径]",
                      en: "check PATH... [--format text|json|sarif] [--werror] [--with PATH]"),
      summary: .init(zh: "检查文件或目录（目录即一部汇编，如《微法典》），报告错误和警告；同目录的文件和上级的「上位法」目录自动读入，供引用和上下位核对",
                     en: "check files or directories (a directory is a bundle) and report errors and warnings; the rest of a file's directory and the nearest “上位法” directory are read as context"),
      options: [
        Option(form: "--format text|json|sarif", zh: "诊断的格式：文本（默认，输出到标准错误）、JSON 或 SARIF 2.1.0（输出到标准输出）",
               en: "the format of diagnostics: text (the default, on stderr), JSON or SARIF 2.1.0 (on stdout)"),
        Option(form: "--werror", zh: "有警告时也以状态 1 退出", en: "exit with status 1 on warnings too"),
        Option(form: "--with 路径", zh: "再读入一个文件或目录作为上下文（可重复）", en: "read one more file or directory as context (repeatable)", formEn: "--with PATH"),
      ],
      examples: [
        Example(line: "weifa check Codes/青溪村微法典", zh: "检查一部《微法典》的全部文件", en: "check every document of a 《微法典》 bundle"),
        Example(line: "weifa check Codes/海晴社区 --format sarif", zh: "SARIF 2.1.0，供审查工具使用", en: "SARIF 2.1.0 for review tools"),
        Example(line: "weifa check Codes/石门村/石门村村规民约.weifa --lang en --werror", zh: "英文消息；有警告也算失败", en: "messages in English; warnings fail too"),
      ],
      status: .init(zh: "退出状态：0 没有错误；1 有错误（加 --werror 时有警告也算）；2 用法或读写错误，或路径中没有 .weifa 文件。",
                    en: "Exit status: 0 clean; 1 errors (or warnings, with --werror); 2 usage or I/O error, or no .weifa file in the paths.")),
    CommandUsage(
      name: "build", valued: ["--to", "-o", "--output"],
      flags: ["--annotated", "--force", "--caption", "--toc", "--labels", "--generated-prose", "--typeset"],
      synopsis: .init(zh: "build 路径 --to text|md|html|json|notice|page [-o 文件] [--caption] [--toc] [--labels] [--generated-prose] [--typeset] [--annotated] [--force]\nbuild 路径 --to docx -o 文件.docx [同上各选项]",
                      en: "build PATH --to text|md|html|json|notice|page [-o FILE] [--caption] [--toc] [--labels] [--generated-prose] [--typeset] [--annotated] [--force]\nbuild PATH --to docx -o FILE.docx [the same options]"),
      summary: .init(zh: "输出条文（按通过时的原文：编号、标点、分行照写，不添加原文没有的内容）、公告或 JSON；page 是给居民用手机打开的单个网页；有错误时不生成",
                     en: "print the charter as adopted (numbering, punctuation and lines as written; nothing added that the source does not say), its notice or its JSON; page is one self-contained HTML page for residents' phones; nothing is built while there are errors"),
      options: [
        Option(form: "--to 格式", zh: "text 纯文本、md Markdown、html 可打印网页、json 模型、notice 公告、page 居民页面、docx Word 文档（按 GB/T 9704 排版，须给出 -o）",
               en: "text, md (Markdown), html (for print), json (the model), notice (the public notice), page (the residents' page), docx (a Word document laid out to GB/T 9704; needs -o)", formEn: "--to FORMAT"),
        Option(form: "-o, --output 文件", zh: "写入文件（不能是输入文件），不给出时输出到标准输出", en: "write to FILE (never an input) instead of stdout", formEn: "-o, --output FILE"),
        Option(form: "--caption", zh: "在标题下加题注（据 @通过、@修正、@备案、@施行 生成）", en: "add the caption under the title (from @通过, @修正, @备案, @施行)"),
        Option(form: "--toc", zh: "加目录", en: "add a table of contents"),
        Option(form: "--labels", zh: "印出用 @条标 给出的条标", en: "print the labels given by @条标"),
        Option(form: "--generated-prose", zh: "只写了规则、没有条文文字的条，据规则生成文字", en: "compose text for articles written only as rules"),
        Option(form: "--typeset", zh: "text 按公文版式排：标题居中、段首空两格、按顺序编号，并含以上各项", en: "text laid out as a printed statute: centred headings, indented paragraphs, numbered in order, with all of the above"),
        Option(form: "--annotated", zh: "注释版：附诊断和规则，供法律顾问审阅", en: "the annotated edition, with diagnostics and rules, for legal advisors"),
        Option(form: "--force", zh: "有错误时也生成，标为草稿（notice 和 page 除外：不是规约的文件不生成）", en: "build a draft despite errors (not a notice or page of a file that is not a charter)"),
      ],
      examples: [
        Example(line: "weifa build Codes/青溪村微法典 --to html -o 微法典.html", zh: "整部《微法典》的可打印网页", en: "the whole 《微法典》 as print-ready HTML"),
        Example(line: "weifa build Codes/石门村/石门村村规民约.weifa --to page -o 石门村村规民约.html", zh: "居民页面：一个文件，可发到微信群", en: "the residents' page: one file to share"),
        Example(line: "weifa build Codes/石门村/石门村村规民约.weifa --to notice", zh: "公告全文", en: "the public notice"),
        Example(line: "weifa build Codes/石门村/石门村村规民约.weifa --to docx --caption -o 石门村村规民约.docx", zh: "报乡镇备案用的 Word 文档（A4、仿宋三号、每页22行×28字、页码「— 1 —」），带题注",
                en: "the Word document to file with the township (A4, 3号 仿宋, 22 lines × 28 characters, page numbers 「— 1 —」), with the caption"),
      ],
      status: .init(zh: "退出状态：0 已生成；1 输入有错误，未生成；2 用法或读写错误。",
                    en: "Exit status: 0 built; 1 the input has errors, nothing built; 2 usage or I/O error.")),
    CommandUsage(
      name: "test", valued: ["--format"], flags: [],
      synopsis: .init(zh: "test 路径… [--format text|json]", en: "test PATH... [--format text|json]"),
      summary: .init(zh: "运行规约中写的案例（@案例），报告失败的案例及其期望和实际结果",
                     en: "run the cases (“@案例” examples) written in the charters and report each failure with what was expected"),
      options: [format],
      examples: [
        Example(line: "weifa test Codes", zh: "运行全部案例", en: "run every case"),
        Example(line: "weifa test Codes/石门村 --format json", zh: "结果为 JSON", en: "the result as JSON"),
      ],
      status: .init(zh: "退出状态：0 全部通过；1 有案例失败；2 用法或读写错误。", en: "Exit status: 0 every case passed; 1 a case failed; 2 usage or I/O error.")),
    CommandUsage(
      name: "query", valued: ["--fact", "--facts", "--as-of", "--format"], flags: [],
      synopsis: .init(zh: "query 路径 --fact 属性=值… [--facts 文件.json] [--as-of 日期] [--format text|json]",
                      en: "query PATH --fact NAME=VALUE... [--facts FILE.json] [--as-of DATE] [--format text|json]"),
      summary: .init(zh: "这些条款与我有关吗：给出几项事实，列出适用的义务、禁止、权利和待遇，各附条文和理由",
                     en: "what applies to me: from a few facts, the duties, prohibitions, rights and benefits that apply, each with its article and the reason"),
      options: [
        Option(form: "--fact 属性=值", zh: "一项事实，如 --fact 年龄=72（可重复）", en: "one fact, such as “年龄=72” (repeatable)", formEn: "--fact NAME=VALUE"),
        Option(form: "--facts 文件.json", zh: "从 JSON 对象读入事实，如 {\"年龄\": 72}；--fact 优先", en: "facts from a JSON object such as “{\"年龄\": 72}”; --fact wins", formEn: "--facts FILE.json"),
        Option(form: "--as-of 日期", zh: "按某日有效的条款计算，如 2025-01-01", en: "the rules in force on DATE, e.g. 2025-01-01", formEn: "--as-of DATE"),
        format,
      ],
      examples: [
        Example(line: "weifa query Codes/石门村 --fact 年龄=82 --fact 户籍=本村", zh: "八十二岁的本村村民", en: "a villager aged 82"),
        Example(line: "weifa query Codes/石门村 --fact 年龄=82 --format json", zh: "结果为 JSON，含尚不确定的条款和建议回答的问题", en: "as JSON, with the undecided rules and the questions to answer next"),
      ]),
    CommandUsage(
      name: "decide", valued: ["--body", "--members", "--households", "--present", "--present-households", "--yes", "--matter", "--format", "--fact"], flags: ["--need"],
      synopsis: .init(zh: "decide 路径 --body 机构 --members 人数 [--households 户数] --present 到会 [--present-households 到会户] --yes 赞成 [--matter 事项] [--format text|json]\ndecide 路径 --body 机构 --members 人数 [--households 户数] --need\ndecide 路径 --body 机构 [--matter 事项] --fact 名称=值 … [--need] [--format text|json]",
                      en: "decide PATH --body NAME --members N [--households H] --present P [--present-households PH] --yes Y [--matter NAME] [--format text|json]\ndecide PATH --body NAME --members N [--households H] --need\ndecide PATH --body NAME [--matter NAME] --fact NAME=VALUE … [--need] [--format text|json]"),
      summary: .init(zh: "会议是否有效、决定是否通过（按本规约和法律规定的最低标准），附计算过程；--need 给出最低人数",
                     en: "whether a meeting is quorate and a decision passes, under the charter and the statutory floor, with the arithmetic; --need gives the minimum counts"),
      options: [
        Option(form: "--body 机构", zh: "开会的机构，如 村民会议", en: "the body that met, such as “村民会议”", formEn: "--body NAME"),
        Option(form: "--members 人数", zh: "应到人数（成员或组成人员）", en: "its members", formEn: "--members N"),
        Option(form: "--households 户数", zh: "户数（按户计算时）", en: "households (where counted by household)", formEn: "--households H"),
        Option(form: "--present 人数", zh: "到会人数", en: "members present", formEn: "--present P"),
        Option(form: "--present-households 户数", zh: "到会户数", en: "households present", formEn: "--present-households PH"),
        Option(form: "--yes 人数", zh: "赞成人数", en: "votes in favour", formEn: "--yes Y"),
        Option(form: "--matter 事项", zh: "表决的事项：按它的特别表决规则和法定门槛计算；规约规定由别的机构决定的，决定无效；没有这个事项时报错并提示相近的名称", en: "the matter voted on: its own threshold and the statute's apply; a matter the charter gives to another body makes the decision void; an unknown matter is an error with the closest names", formEn: "--matter NAME"),
        Option(form: "--need", zh: "不判断，给出所需的最低人数：给出成员或户数时为到会和赞成人数（规约与法律相同的规则只列一次），以及提议、联名的最低人数和通知、期限、委托投票的受托上限、公示期（各引其所在的条文，如提议和通知为村组法第二十一条）；与 --fact 同用时相同", en: "give the minimums instead: with the members or households, attendance and votes (a rule the charter repeats from the statute listed once), and the least proposers and signatures, the notice, the period, the most proxies one holder may take and the notice period (each citing the article that states it: a proposal and the notice of the “村民会议” are art. 21); the same with --fact"),
        // Decision questions (issue 13): every fact by name.
        Option(form: "--fact 名称=值", zh: "决定问题的一项事实（可重复；给出 --fact 时 --members 等记为「成员」等）：人数为非负整数，日期写 2025-03-01，月份写 1、4、7、10，是否写 是/否。问什么由事实决定：决定机构（决定权；未设立集体经济组织时的代行，集体经济组织法64）、受托人数、书面委托、受托人有选举权、受托人同户等（委托投票：村组法15④、集体经济组织法27①，受托上限）、出生日期（选举权和选民登记：村组法13，选举日为十八周岁生日的有选举权）、应选名额和当选人数（是否另行选举；事项 另行选举 时用 得票名次、另行选举名额）、举行日期与起始年份、截止年份（会期的历史：成员大会每年至少一次、民主评议每年至少一次、村民代表会议每季度一次）、上次公布日期（村务公开按季度、按月）、公示开始日期和公示结束日期（公示期）、表决结果（报批、备案）、评议结果、丧失行为能力和被判处刑罚（职务终止：按本规约和上位法的 @终止，如村组法第十八条、第三十三条）、拟任职务（任职资格）、提议人数等（提议召集）、联名人数和要求审计人数（联名）、会议月份（会期）、公布月份（村务公开）、任期开始（任期）、两个日期（通知、期限）、组成人员而无到会（组成、人数），其余为会议的法定人数和表决（决定日期：只计当日已施行的规约和法律的规则，都未施行时为「尚未施行」；列席的人不计入到会和表决，给出 出席人数 和 列席 时 到会 = 出席人数 − 列席）。罢免联名加 说明理由=否 时不能提出。列表值以「、」分隔，在 @案例 中写在「」内。各项的规则和结果见 Tests/Fixtures/decisions/README.md。名称：" + Analysis.decisionFactNames.map { "\($0.name)（\($0.zh)）" }.joined(separator: "；"),
               en: "one fact of a decision question (repeatable; with --fact, --members and the other counts are the facts “成员” …): counts are whole numbers, dates 2025-03-01, months “1、4、7、10”, yes/no “是”/“否”. The facts decide what is asked: “决定机构” (competence; a stand-in where no collective economic organisation exists, Collective Economic Organisations Law art. 64), “受托人数”, “书面委托”, “受托人有选举权”, “受托人同户” … (a proxy vote: Villagers' Committees Law art. 15 ④, Collective Economic Organisations Law art. 27 ①, the most proxies one holder may take), “出生日期” (the right to vote and registration, art. 13: a person whose 18th birthday is the election day may vote), “应选名额” and “当选人数” (whether seats go to a second ballot; with the matter “另行选举”, “得票名次” and “另行选举名额”), “举行日期” with “起始年份” and “截止年份” (a history of meetings against their frequency: the members' assembly and the democratic rating at least once a year, the representatives quarterly), “上次公布日期” (publicity quarterly or monthly), “公示开始日期” and “公示结束日期” (a notice period), “表决结果” (approval, filing), “评议结果”, “丧失行为能力” and “被判处刑罚” (an office ending, from the @终止 lines of the charter and the higher law, such as Villagers' Committees Law arts. 18 and 33), “拟任职务” (eligibility), “提议人数” … (a proposal to convene), “联名人数” and “要求审计人数” (petitions), “会议月份” (sessions), “公布月份” (publicity), “任期开始” (terms), two dates (notice, periods), “组成人员” without “到会” (composition, size); else the meeting's quorum and vote (“决定日期”: only the rules of documents in force that day count, “尚未施行” when none is; non-voting attendees, “列席”, are never present or voting: with “出席人数” and “列席”, present = “出席人数” − “列席”). A recall demand with “说明理由=否” fails. List values are joined by “、” (in a @案例, quoted in corner brackets). The rules and results of each question: Tests/Fixtures/decisions/README.md. Names: " + Analysis.decisionFactNames.map { "“\($0.name)” (\($0.en))" }.joined(separator: "; "),
               formEn: "--fact NAME=VALUE"),
        format,
      ],
      examples: [
        Example(line: "weifa decide Codes/石门村 --body 村民会议 --members 1210 --households 402 --present 605 --present-households 268 --yes 303",
                zh: "按人数不足半数，按户达到三分之二：会议有效", en: "short of half the members, but two thirds of households: quorate"),
        Example(line: "weifa decide Codes/石门村 --body 村民会议 --members 1210 --households 402 --need", zh: "最低人数", en: "the minimum counts"),
        Example(line: "weifa decide Codes/石门村 --body 村民会议 --members 1210 --present 700 --yes 400 --format json", zh: "结果为 JSON", en: "the result as JSON"),
        Example(line: "weifa decide Codes/石门村 --body 村民会议 --matter 提议召集 --fact 十八周岁以上村民=1200 --fact 提议人数=120", zh: "十分之一以上的村民提议：应当召集（村组法21）", en: "a tenth of the villagers propose it: it must be convened"),
        Example(line: "weifa decide Codes/石门村 --body 村民会议 --fact 通知日期=2025-03-01 --fact 会议日期=2025-03-11", zh: "提前十天通知（通知之日不计入）：期限已满足", en: "ten days' notice (the day of notice not counted): enough"),
        Example(line: "weifa decide Codes/石门村 --body 村民会议 --matter 宅基地使用方案 --fact 决定机构=村民会议", zh: "宅基地使用方案由村民会议决定：有权决定（规约和村组法24）", en: "the homestead plan is for the “村民会议”: may decide"),
        Example(line: "weifa decide Codes/石门村 --body 村民选举委员会 --matter 选民名单申诉 --fact 公布日期=2026-09-30 --fact 申诉日期=2026-10-08", zh: "第五日在国庆假期内，顺延至假期后一日（民法典203①）：在期限内", en: "the fifth day falls in the National Day holiday and moves to the day after it (Civil Code art. 203 ①): in time"),
        Example(line: "weifa decide Codes/石门村 --body 村务监督委员会 --fact 拟任职务=村务监督委员会成员 --fact 亲属关系=女婿 --fact 亲属职务=村民委员会主任", zh: "女婿是姻亲，不是近亲属：可以担任（村组法32、民法典1045）；妻子则不得担任", en: "a son-in-law is not a near relative: may sit on it (a wife may not)"),
        Example(line: "weifa decide Codes/石门村 --body 村民委员会 --fact 评议结果=称职、不称职、不称职", zh: "最后两次评议都不称职：职务终止（村组法33，上位法的 @终止）", en: "the last two ratings are unfit: the office ends (art. 33, the higher law's @终止)"),
        Example(line: "weifa decide Codes/石门村 --body 村民委员会 --fact 被判处刑罚=是 --lang en", zh: "英文回答：法律术语附英文，中文原词在括号中保留一次", en: "in English: statute terms glossed, the Chinese term kept once in brackets"),
        Example(line: "weifa decide Codes/石门村 --body 村民委员会选举 --fact 受托人数=3 --fact 亲属关系=儿子 --fact 受托人有选举权=是", zh: "儿子是近亲属，受托恰好三人：委托有效（村组法15④，受托上限三人；四人则无效）", en: "a son is a near relative, exactly three proxies: valid (four would not be)"),
        Example(line: "weifa decide Codes/石门村 --body 村民委员会选举 --fact 出生日期=2008-03-15 --fact 选举日期=2026-03-15", zh: "选举日是十八周岁生日：有选举权（村组法13）", en: "the election day is the 18th birthday: may vote"),
        Example(line: "weifa decide Codes/石门村 --body 民主评议 --fact 举行日期=2024-11-20、2025-12-01、2026-01-10 --fact 起始年份=2024 --fact 截止年份=2026", zh: "每年都有评议：符合（村组法33，每年至少一次；少了2025年则不符合）", en: "a rating in every year: complies (at least once a year; without 2025 it would not)"),
        Example(line: "weifa decide Codes/石门村 --body 村民代表会议 --fact 组成人员=36 --fact 村委会成员=6 --fact 村民代表总数=30 --fact 妇女代表=12", zh: "村民代表占五分之四以上、妇女代表占三分之一以上：组成合法（村组法25）", en: "representatives at least four fifths, women at least a third: lawfully composed"),
      ],
      status: .init(zh: "退出状态：0 决定成立、条件都满足（或 --need）；1 不成立、条件未满足、人数不全或找不到机构；2 用法或读写错误、事实无效或互相矛盾、找不到事项。",
                    en: "Exit status: 0 the decision stands, every condition is met (or --need); 1 it does not, a condition fails, counts are missing or the body is unknown; 2 usage or I/O error, invalid or contradictory facts, an unknown matter.")),
    CommandUsage(
      name: "route", valued: ["--format"], flags: [],
      synopsis: .init(zh: "route 路径 事项 [--format text|json]", en: "route PATH MATTER [--format text|json]"),
      summary: .init(zh: "某一事项由谁决定、经过哪些程序、是否公示和备案", en: "who decides a matter, by which procedure, with its public notice and filing"),
      options: [format],
      examples: [
        Example(line: "weifa route Codes/青溪村微法典 宅基地使用方案", zh: "宅基地使用方案由村民会议决定，经四议两公开", en: "the homestead plan: decided by the “村民会议”, by the “四议两公开” procedure"),
        Example(line: "weifa route Codes/青溪村微法典 宅基地使用方案 --format json", zh: "结果为 JSON", en: "the result as JSON"),
      ],
      status: .init(zh: "退出状态：0 找到事项；1 没有该事项；2 用法或读写错误。", en: "Exit status: 0 found; 1 no such matter; 2 usage or I/O error.")),
    CommandUsage(
      name: "batch", valued: ["--residents", "--format", "-o"], flags: ["--require-all"],
      synopsis: .init(zh: "batch 路径 --residents 居民.csv [--format csv|json] [-o 文件]", en: "batch PATH --residents FILE.csv [--format csv|json] [-o FILE]"),
      summary: .init(zh: "逐个居民计算适用的条款和待遇合计，一行一人（流式处理，人数不限）；有错误的行报告行号并跳过",
                     en: "one row per resident: what applies and the benefits in total (streamed, any number of residents); bad rows are reported with their line and skipped"),
      options: [
        Option(form: "--residents 文件.csv", zh: "居民表（UTF-8 CSV，- 为标准输入）：首行为列名，第一列为编号，其余各列以规约的属性（@属性）命名；格子里写 --fact 能写的值：数值（82、八十二）、是/否、日期（2024-03-12、2024年3月12日）、枚举的取值；空格子表示不知道，用到它的条款列为「尚不确定」；不是属性的列（姓名、电话）忽略；列名写错（年令）时报错", en: "the residents (UTF-8 CSV, - for stdin): a header line, the first column an id, the others named like the charter's attributes (@属性); a cell holds what --fact takes: a number (82, 八十二), 是/否, a date (2024-03-12, 2024年3月12日), an enumeration value; an empty cell is unknown (rules that need it are undecided); columns that are not attributes (names, phones) are ignored; a misspelt attribute column (年令) is an error", formEn: "--residents FILE.csv"),
        Option(form: "--format csv|json", zh: "输出格式：CSV（默认）或每行一个 JSON 对象", en: "CSV (the default) or one JSON object per line"),
        Option(form: "-o 文件", zh: "写入文件（完成后才替换，失败时不留下半截文件），不给出时输出到标准输出", en: "write to FILE (replaced only when done: a failed run leaves no half-written file) instead of stdout", formEn: "-o FILE"),
        Option(form: "--require-all", zh: "居民表必须给出规约用到的每个属性（缺列时报错；不加时缺列的条款列为「尚不确定」）；列名写错（如「年令」）或一个属性都没有时总是报错", en: "the table must give every attribute the rules read (a missing column is an error; without it those rules are undecided); a misspelt column (年令) or none of the attributes is always an error"),
      ],
      examples: [
        Example(line: "weifa batch Codes/石门村/石门村村规民约.weifa --residents Tests/Fixtures/batch/石门村居民.csv", zh: "五位居民的结果", en: "five residents"),
        Example(line: "weifa batch Codes/石门村/石门村村规民约.weifa --residents Tests/Fixtures/batch/石门村居民.csv --format json", zh: "每行一个 JSON 对象", en: "one JSON object per line"),
      ],
      status: .init(zh: "退出状态：0 每行都已处理；1 有跳过的行；2 用法或读写错误。", en: "Exit status: 0 every row done; 1 some rows were skipped; 2 usage or I/O error.")),
    CommandUsage(
      name: "fmt", valued: [], flags: ["--check", "--write", "--renumber"], aliases: ["-w": "--write"],
      synopsis: .init(zh: "fmt 路径… [--check | --write] [--renumber]", en: "fmt PATH... [--check | --write] [--renumber]"),
      summary: .init(zh: "规范排版，不改动条文文字；不加选项时把一个文件的结果输出到标准输出；有语法错误的文件不改写",
                     en: "canonical layout, prose untouched; without options one file's result goes to stdout; a file with syntax errors is never rewritten"),
      options: [
        Option(form: "--check", zh: "只列出未规范排版的文件", en: "only list the files that are not formatted"),
        Option(form: "-w, --write", zh: "改写文件（原子写入）", en: "rewrite the files (atomically)"),
        Option(form: "--renumber", zh: "按顺序重新编号条、章、项，并更新引用", en: "renumber articles, chapters and items in order and update references"),
      ],
      examples: [
        Example(line: "weifa fmt Codes --check", zh: "检查排版", en: "check the layout"),
        Example(line: "weifa fmt Codes/石门村/石门村村规民约.weifa --renumber", zh: "重新编号后的全文（输出到标准输出）", en: "the text renumbered, on stdout"),
      ],
      status: .init(zh: "退出状态：0 已规范；1 有未规范或无法格式化的文件；2 用法或读写错误。", en: "Exit status: 0 formatted; 1 a file is not formatted or cannot be; 2 usage or I/O error.")),
    CommandUsage(
      name: "import", valued: ["-o", "--output", "--format"], flags: ["--force"],
      synopsis: .init(zh: "import 文件.txt|文件.docx|- [-o 文件.weifa] [--force] [--format text|json]", en: "import FILE.txt|FILE.docx|- [-o FILE.weifa] [--force] [--format text|json]"),
      summary: .init(zh: "把从 Word 复制出来的规约（纯文本）转为 Weifa 源文件：认出标题、序言、章、条、款、项、韵文和落款，正文一字不改；拿不准的地方写成「# 导入说明」注释并在标准错误中列出；输入可以是 UTF-8、GB18030/GBK 或 UTF-16 的纯文本，也可以是 Word 文档（.docx：自动编号按 Word 显示的写出，修订按接受后的文字，批注和目录不导入），- 为标准输入",
                     en: "turn a charter pasted from Word (plain text) into Weifa source: title, preamble, headings, articles, paragraphs, items, verse and the signature block are recognised and the text is kept as written; each reading that could go two ways is a “# 导入说明” comment and a note on stderr; the input may be plain text in UTF-8, GB18030/GBK or UTF-16, or a Word document (.docx: automatic numbering written as Word shows it, revisions as accepted, comments and the table of contents left out), - for stdin"),
      options: [
        Option(form: "-o, --output 文件.weifa", zh: "写入文件（原子写入；不覆盖已有文件，除非加 --force；不能是输入文件），不给出时输出到标准输出", en: "write to FILE (atomically; an existing file only with --force; never the input) instead of stdout", formEn: "-o, --output FILE.weifa"),
        Option(form: "--force", zh: "允许 -o 覆盖已有的文件", en: "let -o replace an existing file"),
        Option(form: "--format text|json", zh: "text（默认）输出 Weifa 源文件；json 输出每一行的识别结果（角色、层级、编号）和说明", en: "text (the default) prints the Weifa source; json the outline (each line's role, level and mark) and the notes"),
      ],
      examples: [
        Example(line: "weifa import Tests/Fixtures/layouts/charters/01-village-yi-headings.txt", zh: "「一、」为章、「1.」为条的村规民约", en: "a village charter with “一、” headings over “1.” articles"),
        Example(line: "weifa import Tests/Fixtures/layouts/40-heading-or-article.txt --format json", zh: "每一行的识别结果和说明，JSON", en: "every line's reading and the notes, as JSON"),
        Example(line: "weifa import Tests/Fixtures/layouts/charters/07-village-sanzijing.txt -o 芦岙村村规民约.weifa", zh: "三字经村规民约，写入文件", en: "a verse charter, written to a file"),
        Example(line: "weifa import Tests/Fixtures/docx/libreoffice-lists.docx", zh: "Word 文档：段落、自动编号、表格", en: "a Word document: paragraphs, automatic numbering, a table"),
      ],
      status: .init(zh: "退出状态：0 已导入；1 未找到条文（仍输出全文）；2 用法或读写错误，或输入既不是文本也不是可读的 .docx。",
                    en: "Exit status: 0 imported; 1 no articles found (the text is still printed); 2 usage or I/O error, or the input is neither text nor a readable .docx.")),
    // weifa review (issue 12, item 3): Sources/WeifaCLI/Review.swift.
    CommandUsage(
      name: "review", valued: ["-o", "--output", "--format", "--with"], flags: [],
      synopsis: .init(zh: "review 路径… [-o 审查意见.html] [--format html|json|text] [--with 路径]",
                      en: "review PATH... [-o FILE.html] [--format html|json|text] [--with PATH]"),
      summary: .init(zh: "出具合法性审查意见（乡镇、街道备案审查时签署）：每件规约的基本情况、审查依据、按严重程度列出的问题（条文、原文、依据、建议改写）、制定程序和结论（同意备案、修改后备案或不予备案）；多件时先列汇总表；上位法和汇编目录不审查，不是规约的文件不出具意见",
                     en: "write the legality review opinion a township reviewer signs when a charter is filed: per charter the document, the basis of the review, the findings by severity (article, clause quoted, basis, suggested wording), the procedure and the conclusion (filing accepted, to be amended before filing, or refused); a summary table first for several; higher law and manifests are not reviewed, and a file that is not a charter gets no opinion"),
      options: [
        Option(form: "-o, --output 文件", zh: "写入文件（原子写入，不能是输入文件）；不给出 --format 时按扩展名定格式：.json 为 JSON，.txt 为文本，其他为 HTML", en: "write to FILE (atomically, never an input); without --format the format follows its extension: .json JSON, .txt text, anything else HTML", formEn: "-o, --output FILE"),
        Option(form: "--format html|json|text", zh: "html 可打印的审查意见（A4，含签字栏，单个文件）；json 供其他工具使用（weifa.review/1）；text 在终端阅读（不给出 -o 时的默认）", en: "html: the opinion for print (A4, with the signature block, one file); json for other tools (weifa.review/1); text for the terminal (the default without -o)"),
        Option(form: "--with 路径", zh: "再读入一个文件或目录作为上下文（可重复）", en: "read one more file or directory as context (repeatable)", formEn: "--with PATH"),
      ],
      examples: [
        Example(line: "weifa review Codes/石门村/石门村村规民约.weifa", zh: "一件村规民约的审查意见，在终端阅读", en: "the opinion on one village charter, in the terminal"),
        Example(line: "weifa review Tests/Fixtures/review/charters -o 审查意见.html", zh: "一个目录：汇总表和每件的意见，可打印的网页", en: "a folder: the summary table and each opinion, as HTML for print"),
        Example(line: "weifa review Codes --format json", zh: "全部规约的审查意见，JSON", en: "every charter's opinion, as JSON"),
      ],
      status: .init(zh: Analysis.reviewRule.zh + "\n退出状态：0 已出具审查意见（不论结论如何）；1 有文件不是规约（WF2006），未为其出具意见（其余照常出具）；2 用法或读写错误，或没有可审查的规约。",
                    en: Analysis.reviewRule.en + "\nExit status: 0 opinions written (whatever they conclude); 1 a file is not a charter (WF2006) and got no opinion (the others are still written); 2 usage or I/O error, or nothing to review.")),
    // weifa diff (issue 18): the 修订对照表.
    CommandUsage(
      name: "diff", valued: ["--to", "--format", "-o", "--output"], flags: ["--explain"],
      synopsis: .init(zh: "diff 修改前 修改后 [--to text|html|json] [-o 文件] [--explain]\ndiff 修改前 修改后 --to docx -o 文件.docx", en: "diff OLD NEW [--to text|html|json] [-o FILE] [--explain]\ndiff OLD NEW --to docx -o FILE.docx"),
      summary: .init(zh: "修订对照表：两个版本（文件或目录）逐条对照，条文按条标、条号和文字对应（重新编号、移动的条文也能对上），标出删去和增加的文字、新增、删除、移动和条号变动的条文，只因条号变动而改写的引用单独标出；并列出哪些人受影响（由求值器算出的示例人员和示例表决）",
                     en: "the table of amendments: two versions (files or directories) compared article by article, matched by label, number and text (renumbered and moved articles are matched), with deleted and added words, added, deleted, moved and renumbered articles, references rewritten only because of renumbering marked as such, and what changes for whom (sample persons and votes computed by the evaluator)"),
      options: [
        Option(form: "--to text|html|json|docx", zh: "text 纯文本（默认；〔删：…〕〔增：…〕标出改动）、html 可打印的三栏对照表（A4）、json（weifa.diff/1）、docx 两栏（修改前/修改后）的 Word 对照表（A4，字体同 build --to docx，删去的文字加删除线、增加的加下划线，须给出 -o）", en: "text (the default; [-…-] {+…+} mark the changes), html (a printable three-column table, A4), json (weifa.diff/1) or docx (a two-column Word table 修改前/修改后, A4, the fonts of build --to docx, deleted words struck through and added ones underlined; needs -o)"),
        Option(form: "--format text|json", zh: "同 --to text 或 --to json", en: "the same as --to text or --to json"),
        Option(form: "-o, --output 文件", zh: "写入文件（不能是输入文件），不给出时输出到标准输出", en: "write to FILE (never an input) instead of stdout", formEn: "-o, --output FILE"),
        Option(form: "--explain", zh: "输出修订说明的草稿：每处修改一行，注明条号，留出理由待填写（只用于 --to text）", en: "print the draft notes on the amendment instead: one numbered line per change with its article and a reason to fill in (--to text only)"),
      ],
      examples: [
        Example(line: "weifa diff Codes/石门村/石门村村规民约.weifa Codes/石门村/修订/石门村村规民约.weifa", zh: "石门村村规民约的修订对照表", en: "the amendments of one village charter"),
        Example(line: "weifa diff Codes/荇洲村/荇洲村村规民约.weifa Codes/荇洲村/修订/荇洲村村规民约.weifa --to html -o 对照表.html", zh: "可打印的对照表", en: "the printable table"),
        Example(line: "weifa diff Codes/石门村/石门村村规民约.weifa Codes/石门村/修订/石门村村规民约.weifa --explain", zh: "修订说明草稿", en: "the draft notes on the amendment"),
        Example(line: "weifa diff Codes/石门村/石门村村规民约.weifa Codes/石门村/修订/石门村村规民约.weifa --to docx -o 修订对照表.docx", zh: "Word 对照表，交村民会议和乡镇审核", en: "the table as a Word document, for the meeting and the township"),
      ],
      status: .init(zh: "退出状态：0 已生成；1 有版本存在语法错误或不是规约，未比较；2 用法或读写错误。",
                    en: "Exit status: 0 done; 1 a version has syntax errors or is not a charter, nothing compared; 2 usage or I/O error.")),
    CommandUsage(
      name: "explain", valued: ["--format"], flags: ["--list"],
      synopsis: .init(zh: "explain 代码 [--format text|json]\nexplain --list [--format text|json]", en: "explain CODE [--format text|json]\nexplain --list [--format text|json]"),
      summary: .init(zh: "诊断代码的说明：为什么、错误和正确的示例、依据和修复方法", en: "a diagnostic code explained: why, a wrong and a right example, the legal basis and the fix"),
      options: [
        Option(form: "--list", zh: "列出全部诊断代码", en: "list every code"),
        format,
      ],
      examples: [
        Example(line: "weifa explain WF2001", zh: "编号与顺序不符", en: "numbers out of sequence"),
        Example(line: "weifa explain --list", zh: "全部代码", en: "every code"),
        Example(line: "weifa explain --list --format json", zh: "全部代码，JSON", en: "every code, as JSON"),
      ],
      status: .init(zh: "退出状态：0；2 没有该代码或用法错误。", en: "Exit status: 0; 2 no such code, or a usage error.")),
    CommandUsage(
      name: "help", valued: [], flags: [],
      synopsis: .init(zh: "help [命令]", en: "help [COMMAND]"),
      summary: .init(zh: "显示帮助；给出命令时显示该命令的用法、选项和示例", en: "show the help; of one command, its usage, options and examples"),
      options: [],
      examples: [
        Example(line: "weifa help check", zh: "check 的用法", en: "how to use check"),
        Example(line: "weifa query --help", zh: "同上，query 的用法", en: "the same, for query"),
      ]),
    CommandUsage(
      name: "version", valued: [], flags: [],
      synopsis: .init(zh: "version", en: "version"),
      summary: .init(zh: "显示版本（也可写 weifa --version）", en: "print the version (also weifa --version)"),
      options: [], examples: [Example(line: "weifa --version", zh: "版本", en: "the version")]),
    CommandUsage(
      name: "tree", valued: [], flags: [],
      synopsis: .init(zh: "tree 文件", en: "tree FILE"),
      summary: .init(zh: "（开发用）一个文件的语法树，与语法树测试的格式相同", en: "(for developers) the syntax tree of one file, as the tree goldens print it"),
      options: [], examples: [Example(line: "weifa tree Codes/石门村/石门村村规民约.weifa", zh: "石门村村规民约的语法树", en: "the tree of one charter")]),
  ]

  static func named(_ name: String) -> CommandUsage? { all.first { $0.name == name } }
}

extension DisplayWidth {
  /// The terminal width of a string (CJK characters take two columns).
  static func text(_ s: String) -> Int { s.unicodeScalars.reduce(0) { $0 + of($1) } }
}
