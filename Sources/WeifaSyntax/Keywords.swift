import WeifaBase

/// The one keyword table of the language: directives, fields, operators and the words of
/// decision rules. `Grammar/lexical.ebnf` lists the same words; `GrammarSyncTests` checks it.

/// What a directive's head (the part before the first field) holds.
package enum HeadKind: Sendable {
  case none, optionalText, text, names, refs, date, attribute, definition, numbering
  /// A condition (`@适用范围 本村村民 或 是否在本村居住`).
  case expression
}

/// The directives, written after `@`.
package enum DirectiveKeyword: String, CaseIterable, Sendable {
  // Header of a document.
  case title = "标题", kind = "类型", place = "地方", shortName = "简称", basis = "依据", adopted = "通过"
  case amended = "修正", filing = "备案", effective = "施行", repealed = "废止", version = "版本"
  case supersedes = "替代", higher = "上位", includes = "收录"
  // Declarations and rules.
  case attribute = "属性", definition = "定义"
  case obligation = "义务", prohibition = "禁止", right = "权利", benefit = "享有"
  case body = "机构", role = "职务", matter = "事项", autonomyList = "自治事项", assistanceList = "协助事项"
  case procedure = "程序", step = "步骤", rating = "评定", bonus = "加分", deduction = "扣分", level = "等级"
  case publicity = "公开", example = "案例"
  /// Wordings that name one act (`@同义行为 在楼道堆放杂物、在楼道堆放物品`), for conflict checks.
  case sameAct = "同义行为"
  /// The numbering styles of the document's levels (`@编号 章：一、；条：1.；项：（1）`).
  case numbering = "编号"
  /// A label of the article it stands in, not printed (`@条标 宗旨`).
  case articleLabel = "条标"
  /// The closing signature block: the prose lines after it (`@落款`).
  case signature = "落款"
  /// A soft norm (提倡、倡导、鼓励): neither duty nor prohibition; fields as `@义务`.
  case advocacy = "倡导"
  /// 参照执行: the rules of the articles in `条文` apply also to persons satisfying `主体`.
  case referral = "参照"
  /// The default 主体 of every rule of the document that has none (本规约适用于……).
  case scope = "适用范围"
  /// 法定休假日 (民法典203①): `@休假日 每周六、周日`, `@休假日 每年10月1日至10月3日`,
  /// `@休假日 2026-10-01至2026-10-07`; a working day of a schedule (调休上班): `@上班日 2026-10-10`.
  case holiday = "休假日", workday = "上班日"
  /// An office ending by law (职务终止): `@终止 村民委员会成员；条件：丧失行为能力 或 被判处刑罚；结果：职务自行终止`
  /// (村组法18), `@终止 村民委员会成员；评议：连续两次不称职；结果：职务终止` (村组法33).
  case termination = "终止"

  /// Other spellings accepted for a directive (besides traditional characters).
  package static let aliases: [String: DirectiveKeyword] = ["修订": .amended, "提倡": .advocacy, "鼓励": .advocacy]

  package var head: HeadKind {
    switch self {
    case .title, .kind, .place, .version, .includes, .adopted, .amended, .filing: return .text
    case .shortName, .autonomyList, .assistanceList, .sameAct: return .names
    case .numbering: return .numbering
    case .articleLabel: return .text
    case .signature: return .none
    case .basis, .supersedes, .higher: return .refs
    case .effective, .repealed: return .date
    case .attribute: return .attribute
    case .definition: return .definition
    case .obligation, .prohibition, .right, .benefit: return .optionalText
    case .body, .role, .matter, .procedure, .step, .rating, .bonus, .deduction, .level, .publicity, .example: return .text
    case .advocacy: return .optionalText
    case .referral: return .none
    case .scope: return .expression
    case .holiday, .workday: return .text
    case .termination: return .text
    }
  }

  /// The fields this directive takes.
  package var fields: [FieldKey] {
    switch self {
    case .title, .kind, .place, .version, .includes, .shortName, .basis, .supersedes, .higher,
         .effective, .repealed, .autonomyList, .assistanceList, .sameAct:
      return []
    case .numbering, .articleLabel, .signature: return []
    case .adopted, .amended: return [.date, .expected, .attended, .yes, .no, .abstain, .note, .method]
    case .filing: return [.date]
    case .attribute, .definition: return [.note]
    case .obligation, .prohibition, .right, .benefit:
      return [.subject, .condition, .act, .content, .amount, .standard, .except, .overrides, .consequence, .basis, .effective, .repealed]
    case .body:
      return [.composition, .size, .term, .convenor, .proposal, .quorum, .vote, .voteMethod, .specialVote,
              .notice, .sessions, .reportsTo, .delegate, .basis, .proxy, .proxyLimit, .observers, .standIn, .standInCondition]
    case .role: return [.size, .duties, .selection, .term]
    case .matter: return [.category, .decider, .delegate, .vote, .procedure, .publicNotice, .filing, .basis, .petition, .approval, .deadline, .reasons]
    case .procedure: return [.applies, .basis, .filing, .proxy, .proxyLimit]
    case .step: return [.body, .vote, .quorum, .publicNotice, .deadline, .content, .sessions]
    case .rating: return [.object, .initial, .period, .basis]
    case .bonus, .deduction: return [.condition, .points]
    case .level: return [.minimum, .condition]
    case .publicity: return [.content, .frequency, .body, .method, .basis]
    case .example:
      return [.facts, .applies, .notApplies, .result, .body, .matter, .rating, .members, .households,
              .present, .presentHouseholds, .yes, .date]
    case .advocacy:
      return [.subject, .condition, .act, .content, .amount, .standard, .except, .overrides, .consequence, .basis, .effective, .repealed]
    case .referral: return [.subject, .condition, .provisions, .note]
    case .scope: return [.note]
    case .holiday, .workday: return [.note]
    case .termination: return [.condition, .review, .result, .basis, .note]
    }
  }
}

/// A set of field keys, one bit per `FieldKey.allCases` index (more than 64 keys since issue 13's round four).
package typealias FieldMask = UInt128

/// The form of a field's value.
package enum ValueKind: Sendable {
  case expr, exception, threshold, specialThreshold, quantity, date, refs, names, facts, text
  /// An amount as written (`金额`, `标准`): text, read by `Amounts` (1万元, 100—200元, 不超过1000元, 稻谷100斤, 相应的奖励).
  case amount
}

/// Field keys, written before `：`.
package enum FieldKey: String, CaseIterable, Sendable {
  case subject = "主体", condition = "条件", act = "行为", content = "内容", amount = "金额", standard = "标准"
  case except = "除外", overrides = "优先于", consequence = "后果", basis = "依据", effective = "施行", repealed = "废止"
  case composition = "组成", size = "人数", term = "任期", convenor = "召集", proposal = "提议", quorum = "法定人数"
  case vote = "表决", voteMethod = "表决方式", specialVote = "特别表决", notice = "通知", sessions = "会期"
  case reportsTo = "负责", delegate = "授权", duties = "职责", selection = "产生", category = "类别", decider = "决定"
  case procedure = "程序", publicNotice = "公示", filing = "备案", body = "机构", deadline = "期限", applies = "适用"
  case object = "对象", initial = "初始", period = "周期", points = "分值", minimum = "最低", frequency = "频率"
  case method = "方式", note = "说明", facts = "事实", notApplies = "不适用", result = "结果", matter = "事项"
  case rating = "评定", members = "成员", households = "户", present = "到会", presentHouseholds = "到会户"
  case yes = "赞成", no = "反对", abstain = "弃权", expected = "应到", attended = "实到", date = "日期"
  /// The articles or labels a `@参照` applies (第三条至第五条、【宗旨】).
  case provisions = "条文"
  /// Who may demand a matter by signing (罢免: 有选举权 五分之一以上 或 代表 三分之一以上), and the
  /// authorities that approve it after the vote (土地承包法28, 52).
  case petition = "联名", approval = "批准"
  /// The ratings that end an office (`@终止 …；评议：连续两次不称职`, 村组法33).
  case review = "评议"
  /// Round four (issue 13): who may vote by written proxy (委托, 村组法15④, 集体经济组织法27①) and the most proxies one
  /// holder may take (受托上限); who attends without a vote (列席, 村组法22③); the bodies that stand in for this one and
  /// the yes/no fact that lets them (代行, 代行条件, 集体经济组织法64); what a petition must state (理由, 村组法16①).
  case proxy = "委托", proxyLimit = "受托上限", observers = "列席", standIn = "代行", standInCondition = "代行条件", reasons = "理由"

  package var valueKind: ValueKind {
    switch self {
    case .subject, .condition: return .expr
    case .except: return .exception
    case .proposal, .quorum, .vote, .petition: return .threshold
    case .specialVote: return .specialThreshold
    case .amount, .standard: return .amount
    case .size, .term, .publicNotice, .notice, .deadline, .points, .initial, .minimum,
         .expected, .attended, .yes, .no, .abstain, .members, .households, .present, .presentHouseholds, .proxyLimit:
      return .quantity
    case .date, .effective, .repealed: return .date
    case .basis, .overrides, .procedure, .provisions: return .refs
    case .convenor, .reportsTo, .decider, .delegate, .body, .category, .object, .matter, .rating,
         .consequence, .applies, .notApplies, .result, .standIn:
      return .names
    case .facts: return .facts
    case .act, .content, .composition, .duties, .selection, .note, .voteMethod, .method, .sessions, .frequency, .period, .filing, .approval, .review,
         .proxy, .observers, .standInCondition, .reasons:
      return .text
    }
  }
}

/// Word lists of the sub-languages, matched longest first.
package enum Words {
  package static let typeKeywords = ["数值", "是否", "枚举", "日期", "文本"]
  package static let orOps = ["或者", "或", "|"]
  package static let andOps = ["并且", "且", "&"]
  package static let notOps = ["非", "!", "！"]
  package static let compareSymbols = ["≠", "!=", "！=", "≥", ">=", "＞＝", "》=", "≤", "<=", "＜＝", "《=", "=", "＝", ">", "＞", "》", "<", "＜", "《"]
  package static let compareWords = ["等于", "不等于", "大于", "不小于", "小于", "不大于"]
  package static let setOps = ["属于", "不属于"]
  package static let bases = ["成员", "全体成员", "户", "组成人员", "到会", "到会人员", "全体", "代表", "全体代表", "登记选民", "投票", "小组", "有选举权"]
  package static let ratioWords = ["过半数", "半数以上", "全体一致"]
  package static let ratioPrefixes = ["超过", "不少于", "不低于"]
  package static let ratioSuffixes = ["以上", "以下", "以内"]
  package static let quantityPrefixes = ["每月", "每年", "每季度", "每半年", "每日", "每次", "每人", "每户", "提前", "至少", "最多", "不少于", "不超过"]
  package static let ordinalUnits = ["分编", "编", "章", "节", "条", "款", "项", "目"]
  package static let relativeRefs = ["前款", "前两款", "前三款", "前项", "本条", "本款", "本项", "本节", "本章", "本编"]
  /// Words that, right after a relative reference, show it is part of a longer word (本章程, 本条例).
  package static let relativeRefBlockers: [Unicode.Scalar] = ["程", "例"]
  /// Units a Chinese numeral may carry in a value (so 一组 stays a name while 六十周岁 is a quantity).
  package static let units = ["周岁", "岁", "元", "万元", "日", "天", "个工作日", "工作日", "个月", "月", "年", "人", "户", "票",
                              "名", "次", "分", "星", "平方米", "%", "倍", "小时", "分钟", "届"]
}

/// Traditional → simplified for the characters of keywords (and only for matching them).
package enum Variants {
  package static let pairs: String =
    "屬属義义務务權权機机構构項项協协驟骤評评級级開开職职標标題题類类據据過过備备廢废稱称錄录體体條条為为內内額额準准後后優优於于組组數数議议決决別别會会負负責责對对週周頻频實实員员戶户贊赞棄弃應应產产說说適适節节編编並并舉举訂订簡简規规約约選选記记視视讀读資资長长場场無无與与歲岁個个萬万兩两間间從从區区鄉乡鎮镇縣县國国時时屆届積积違违號号將将處处罰罚錢钱費费幣币"

  /// The mapping, built once.
  package static let table: [UInt32: Unicode.Scalar] = {
    var t = [UInt32: Unicode.Scalar]()
    let s = Array(pairs.unicodeScalars)
    var i = 0
    while i + 1 < s.count { t[s[i].value] = s[i + 1]; i += 2 }
    return t
  }()

  /// `table` as a flat array over the range of its keys (0: not a traditional character), so
  /// folding a scalar is an index, not a hash.
  static let flatLow: UInt32 = table.keys.min() ?? 0
  static let flat: [UInt32] = {
    let high = table.keys.max() ?? 0
    var a = [UInt32](repeating: 0, count: table.isEmpty ? 0 : Int(high - flatLow) + 1)
    for (k, v) in table { a[Int(k - flatLow)] = v.value }
    return a
  }()

  /// The simplified form used to match keywords; also folds full-width ASCII to half-width.
  @inline(__always)
  package static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
    let v = s.value
    if v < 0x80 { return s }
    if v >= 0xFF01 && v <= 0xFF5E { return Unicode.Scalar(v - 0xFEE0)! }
    return foldTraditional(s)
  }

  @inline(__always)
  static func foldTraditional(_ s: Unicode.Scalar) -> Unicode.Scalar {
    let k = Int(s.value) &- Int(flatLow)
    let f = flat
    if k >= 0 && k < f.count {
      let r = f[k]
      if r != 0, let t = Unicode.Scalar(r) { return t }
    }
    return s
  }
}

/// A set of words matched at a byte offset, longest first, after folding variants.
///
/// Most offsets start no word of a table: a bitmap of the lead bytes that can start one (the
/// word's first character, its full-width form and its traditional forms) rejects them before
/// any decoding. The candidates for a first character are found in a small open-addressing
/// table of the distinct first characters, not by hashing with `Hasher`.
///
/// A class, not a struct: a table read from a global would otherwise be copied at every match,
/// retaining and releasing each of its arrays.
final class WordTable: Sendable {
  private let values: [Int]
  /// `Variants.flat` and `Variants.flatLow`, held here so that folding needs no global access.
  private let foldFlat: [UInt32] = Variants.flat
  private let foldLow: UInt32 = Variants.flatLow
  /// The distinct folded first characters and, for each, the words starting with it, longest first.
  private let firsts: [UInt32]
  private let groups: [[Int]]
  /// All words' folded characters, one after the other; word `w` is `flatWords[wordStarts[w]..<wordStarts[w + 1]]`.
  private let flatWords: [UInt32]
  private let wordStarts: [Int32]
  /// Open addressing over `firsts`: the index of a group, or -1.
  private let slots: [Int32]

  @inline(__always)
  private static func slot(_ v: UInt32, _ mask: Int) -> Int { Int(truncatingIfNeeded: (v &* 0x9E37_79B1) >> 7) & mask }
  /// Bit `c` is set when a word may start with lead byte `c`.
  private let lead0: UInt64, lead1: UInt64, lead2: UInt64, lead3: UInt64
  /// For a multi-byte first character: bit `(lead & 0x0F) << 6 | (second & 0x3F)` is set when a
  /// word may start with those two bytes (for CJK, the block of 64 characters).
  private let blocks: [UInt64]

  init(_ list: [String], values: [Int]? = nil) {
    let folded = list.map { Array($0.unicodeScalars).map(Variants.fold) }
    self.values = values ?? Array(0..<list.count)
    var firsts = [UInt32]()
    var groups = [[Int]]()
    for (i, w) in folded.enumerated() where !w.isEmpty {
      if let k = firsts.firstIndex(of: w[0].value) { groups[k].append(i) } else {
        firsts.append(w[0].value)
        groups.append([i])
      }
    }
    for k in groups.indices { groups[k].sort { folded[$0].count > folded[$1].count } }
    self.firsts = firsts
    self.groups = groups
    // The words flat, and the first characters in an open-addressing table (no Hasher).
    var flat = [UInt32](), starts = [Int32]()
    for w in folded { starts.append(Int32(flat.count)); flat += w.map(\.value) }
    starts.append(Int32(flat.count))
    flatWords = flat
    wordStarts = starts
    var size = 8
    while size < firsts.count * 4 { size *= 2 }
    var slots = [Int32](repeating: -1, count: size)
    for (g, f) in firsts.enumerated() {
      var k = WordTable.slot(f, size - 1)
      while slots[k] >= 0 { k = (k + 1) & (size - 1) }
      slots[k] = Int32(g)
    }
    self.slots = slots
    // Every scalar that folds to a first character: itself, full-width ASCII, traditional forms.
    var lead = [Bool](repeating: false, count: 256)
    var blocks = [UInt64](repeating: 0, count: 16)
    func mark(_ v: UInt32) {
      guard let s = Unicode.Scalar(v) else { return }
      let u = Array(String(s).utf8)
      lead[Int(u[0])] = true
      if u.count > 1 {
        let k = Int(u[0] & 0x0F) << 6 | Int(u[1] & 0x3F)
        blocks[k >> 6] |= 1 << UInt64(k & 63)
      }
    }
    for f in firsts {
      mark(f)
      if f >= 0x21 && f <= 0x7E { mark(f + 0xFEE0) }
      for (k, v) in Variants.table where v.value == f { mark(k) }
      // An invalid byte decodes as U+FFFD; should a word start with it, any byte might match.
      if f == 0xFFFD {
        for c in 0x80..<256 { lead[c] = true }
        blocks = [UInt64](repeating: ~0, count: 16)
      }
    }
    self.blocks = blocks
    var bits: [UInt64] = [0, 0, 0, 0]
    for c in 0..<256 where lead[c] { bits[c >> 6] |= 1 << UInt64(c & 63) }
    lead0 = bits[0]; lead1 = bits[1]; lead2 = bits[2]; lead3 = bits[3]
  }

  /// Whether a word may start with lead byte `c`.
  @inline(__always)
  func mayStart(_ c: UInt8) -> Bool {
    let word: UInt64
    switch c >> 6 {
    case 0: word = lead0
    case 1: word = lead1
    case 2: word = lead2
    default: word = lead3
    }
    return word & (1 << UInt64(c & 63)) != 0
  }

  /// The longest word starting at `i`: its value and the offset just past it.
  @inline(__always)
  func match(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, limit: Int) -> (value: Int, end: Int)? {
    guard i < limit else { return nil }
    let c = b[i]
    guard mayStart(c) else { return nil }
    if c >= 0x80 {
      // A valid sequence has its second byte before the line end; an invalid one decodes as
      // U+FFFD, which starts no word unless the bitmaps are full.
      if i + 1 < b.count {
        let k = Int(c & 0x0F) << 6 | Int(b[i + 1] & 0x3F)
        guard blocks[k >> 6] & (1 << UInt64(k & 63)) != 0 else { return nil }
      }
    }
    return matchCandidates(b, i, limit: limit)
  }

  func match(_ b: [UInt8], _ i: Int, limit: Int) -> (value: Int, end: Int)? {
    b.withUnsafeBufferPointer { match($0, i, limit: limit) }
  }

  /// `Variants.fold`, on scalar values.
  @inline(__always)
  private func fold(_ v: UInt32) -> UInt32 {
    if v < 0x80 { return v }
    if v >= 0xFF01 && v <= 0xFF5E { return v - 0xFEE0 }
    let k = Int(v) &- Int(foldLow)
    if k >= 0 && k < foldFlat.count {
      let r = foldFlat[k]
      if r != 0, Unicode.Scalar(r) != nil { return r }
    }
    return v
  }

  private func matchCandidates(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, limit: Int) -> (value: Int, end: Int)? {
    let (first, _) = Bytes.decode(b, i)
    let f = fold(first.value)
    let mask = slots.count - 1
    var k = WordTable.slot(f, mask)
    var g = -1
    while slots[k] >= 0 {
      if firsts[Int(slots[k])] == f { g = Int(slots[k]); break }
      k = (k + 1) & mask
    }
    guard g >= 0 else { return nil }
    outer: for c in groups[g] {
      var p = i
      var j = Int(wordStarts[c])
      let end = Int(wordStarts[c + 1])
      while j < end {
        guard p < limit else { continue outer }
        let (x, len) = Bytes.decode(b, p)
        let s = flatWords[j]
        if x.value != s && fold(x.value) != s { continue outer }
        p += len
        j += 1
      }
      return (values[c], p)
    }
    return nil
  }
}

/// The tables, built once.
enum Tables {
  static let directives: WordTable = {
    var list = DirectiveKeyword.allCases.map(\.rawValue)
    var values = Array(0..<list.count)
    for (alias, d) in DirectiveKeyword.aliases {
      list.append(alias)
      values.append(DirectiveKeyword.allCases.firstIndex(of: d)!)
    }
    return WordTable(list, values: values)
  }()
  static let fields = WordTable(FieldKey.allCases.map(\.rawValue))
  /// `allCases` builds an array at each use; these are built once.
  static let directiveCases = DirectiveKeyword.allCases
  static let directiveNames = DirectiveKeyword.allCases.map(\.rawValue)
  static let fieldCases = FieldKey.allCases
  /// For each directive (in `allCases` order), its fields as a bit set over `FieldKey.allCases`.
  static let fieldMasks: [FieldMask] = DirectiveKeyword.allCases.map { d in
    d.fields.reduce(FieldMask(0)) { $0 | (1 << FieldMask(FieldKey.allCases.firstIndex(of: $1)!)) }
  }
  static let types = WordTable(Words.typeKeywords)
  static let orOps = WordTable(Words.orOps)
  static let andOps = WordTable(Words.andOps)
  static let notOps = WordTable(Words.notOps)
  static let compareSymbols = WordTable(Words.compareSymbols)
  static let compareWords = WordTable(Words.compareWords)
  static let setOps = WordTable(Words.setOps)
  static let bases = WordTable(Words.bases)
  static let ratioWords = WordTable(Words.ratioWords)
  static let ratioPrefixes = WordTable(Words.ratioPrefixes)
  static let ratioSuffixes = WordTable(Words.ratioSuffixes)
  static let quantityPrefixes = WordTable(Words.quantityPrefixes)
  static let ordinalUnits = WordTable(Words.ordinalUnits)
  static let relativeRefs = WordTable(Words.relativeRefs)
  static let units = WordTable(Words.units)
}

extension DirectiveKeyword {
  /// The directive a keyword token spells (traditional forms and aliases included).
  package static func lookup(_ text: String) -> DirectiveKeyword? {
    let b = Array(text.utf8)
    guard let (v, e) = Tables.directives.match(b, 0, limit: b.count), e == b.count else { return nil }
    return DirectiveKeyword.allCases[v]
  }

  /// The keyword a token spells, read from the source bytes (no String built): the same answer
  /// as `lookup(token.text)` — invalid UTF-8 decodes as U+FFFD, which is in no keyword.
  package static func lookup(_ token: SyntaxToken) -> DirectiveKeyword? {
    token.withBytes { b, start, end in
      guard let (v, e) = Tables.directives.match(b, start, limit: end), e == end else { return nil }
      return DirectiveKeyword.allCases[v]
    }
  }
}

extension FieldKey {
  /// The field a key token spells (traditional forms included).
  package static func lookup(_ text: String) -> FieldKey? {
    let b = Array(text.utf8)
    guard let (v, e) = Tables.fields.match(b, 0, limit: b.count), e == b.count else { return nil }
    return FieldKey.allCases[v]
  }

  /// The field a key token spells, read from the source bytes (as `lookup(token.text)`).
  package static func lookup(_ token: SyntaxToken) -> FieldKey? {
    token.withBytes { b, start, end in
      guard let (v, e) = Tables.fields.match(b, start, limit: end), e == end else { return nil }
      return FieldKey.allCases[v]
    }
  }
}

extension Variants {
  /// A keyword-like word in its simplified, half-width form (for matching, never for display).
  package static func foldWord(_ s: String) -> String {
    // Mostly nothing folds: then the word is its own folded form (the same scalars).
    guard s.unicodeScalars.contains(where: { fold($0) != $0 }) else { return s }
    // The folded scalars' UTF-8, decoded once (the same string as appending them one by one).
    var out = [UInt8]()
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars { appendUTF8(fold(u).value, &out) }
    return String(decoding: out, as: UTF8.self)
  }
}
