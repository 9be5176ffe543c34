import WeifaBase

/// The one binary serializer of the lowered model (`Charter`), for the on-disk cache of context
/// documents (`ContextCache`, WeifaDriver): every stored property of every model type, written in
/// declaration order — integers as zigzag varints, strings as their UTF-8 with its length,
/// optionals with a presence byte, arrays with their count, dictionaries sorted by key (so the
/// same model gives the same bytes). `file` is not written: the reader is given the source the
/// model was lowered from, and the cache keeps those bytes to compare.
///
/// Reading never traps: every read is bounds-checked, every tag and raw value validated, and
/// damage of any kind throws `ModelDamaged` (the cache is then ignored and rebuilt).
/// `ModelCodecTests` round-trips every Codes/ and fixture document and compares every stored
/// property through `Mirror`, and fails when a model type gains a property this file does not write.
package enum ModelCodec {
  /// Bumped whenever what is written changes (the cache key also holds the executable's identity).
  package static let format: UInt64 = 3

  package static func encode(_ c: Charter) -> [UInt8] {
    var w = ModelWriter()
    c.encodeBody(to: &w)
    return w.bytes
  }

  /// The model written by `encode`, with `file` as its source; nil when the bytes are damaged.
  package static func decode(_ bytes: [UInt8], file: SourceFile) -> Charter? {
    var r = ModelReader(bytes)
    return decode(&r, file: file)
  }

  /// The model from the reader's place to the end of its bytes, or nil.
  package static func decode(_ r: inout ModelReader, file: SourceFile) -> Charter? {
    guard let c = try? Charter(body: &r, file: file), r.atEnd else { return nil }
    return c
  }
}

/// Thrown by `ModelReader` on bytes that are not what `ModelWriter` wrote.
package struct ModelDamaged: Error {}

package struct ModelWriter {
  package var bytes: [UInt8] = []
  package init() { bytes.reserveCapacity(1 << 16) }

  @inline(__always) package mutating func uint(_ v: UInt64) {
    var v = v
    while v >= 0x80 { bytes.append(UInt8(truncatingIfNeeded: v) | 0x80); v >>= 7 }
    bytes.append(UInt8(v))
  }
  @inline(__always) package mutating func put<T: ModelCodable>(_ v: T) { v.encode(to: &self) }
}

package struct ModelReader {
  let bytes: [UInt8]
  var at = 0
  /// One past the last byte to read (the bytes after it are not the model's).
  let end: Int
  /// Reads `bytes[start ..< end]` (end: the end of the bytes when nil).
  package init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) {
    self.bytes = bytes
    self.end = min(max(0, end ?? bytes.count), bytes.count)
    at = min(max(0, start), self.end)
  }
  package var atEnd: Bool { at == end }

  @inline(__always) package mutating func uint() throws -> UInt64 {
    var v: UInt64 = 0, shift: UInt64 = 0
    while true {
      guard at < end, shift < 64 else { throw ModelDamaged() }
      let b = bytes[at]
      at += 1
      v |= UInt64(b & 0x7F) << shift
      if b < 0x80 { return v }
      shift += 7
    }
  }
  /// A count of things still to read: never more than the bytes left (each takes at least one).
  @inline(__always) package mutating func count() throws -> Int {
    let n = try uint()
    guard n <= UInt64(end - at) else { throw ModelDamaged() }
    return Int(n)
  }
  @inline(__always) package mutating func raw(_ n: Int) throws -> ArraySlice<UInt8> {
    guard n >= 0, n <= end - at else { throw ModelDamaged() }
    defer { at += n }
    return bytes[at..<(at + n)]
  }
  @inline(__always) package mutating func get<T: ModelCodable>() throws -> T { try T(from: &self) }
  /// A raw-value enumeration's case, or damage.
  @inline(__always) mutating func raw<T: RawRepresentable>() throws -> T where T.RawValue == String {
    guard let v = T(rawValue: try get()) else { throw ModelDamaged() }
    return v
  }
}

/// A type the model serializer writes and reads.
package protocol ModelCodable {
  func encode(to w: inout ModelWriter)
  init(from r: inout ModelReader) throws
}

// MARK: - Scalars and containers

extension Int: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.uint(UInt64(bitPattern: Int64((self << 1) ^ (self >> 63)))) }
  package init(from r: inout ModelReader) throws {
    let u = try r.uint()
    self = Int(Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))))
  }
}

extension UInt32: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.uint(UInt64(self)) }
  package init(from r: inout ModelReader) throws {
    let u = try r.uint()
    guard u <= UInt64(UInt32.max) else { throw ModelDamaged() }
    self = UInt32(u)
  }
}

extension Bool: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.bytes.append(self ? 1 : 0) }
  package init(from r: inout ModelReader) throws {
    switch try r.uint() { case 0: self = false; case 1: self = true; default: throw ModelDamaged() }
  }
}

extension String: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    var s = self
    s.withUTF8 { p in w.uint(UInt64(p.count)); w.bytes.append(contentsOf: p) }
  }
  package init(from r: inout ModelReader) throws {
    let n = try r.count()
    let slice = try r.raw(n)
    self = slice.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
  }
}

extension Optional: ModelCodable where Wrapped: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    switch self {
    case .none: w.bytes.append(0)
    case .some(let v): w.bytes.append(1); v.encode(to: &w)
    }
  }
  package init(from r: inout ModelReader) throws {
    switch try r.uint() { case 0: self = nil; case 1: self = .some(try r.get()); default: throw ModelDamaged() }
  }
}

extension Array: ModelCodable where Element: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    w.uint(UInt64(count))
    for e in self { e.encode(to: &w) }
  }
  package init(from r: inout ModelReader) throws {
    let n = try r.count()
    var out = [Element]()
    out.reserveCapacity(n)
    for _ in 0..<n { out.append(try r.get()) }
    self = out
  }
}

extension Dictionary: ModelCodable where Key: ModelCodable & Comparable, Value: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    w.uint(UInt64(count))
    for k in keys.sorted() { k.encode(to: &w); self[k]!.encode(to: &w) }
  }
  package init(from r: inout ModelReader) throws {
    let n = try r.count()
    var out = [Key: Value](minimumCapacity: n)
    for _ in 0..<n {
      let k: Key = try r.get()
      guard out.updateValue(try r.get(), forKey: k) == nil else { throw ModelDamaged() }
    }
    self = out
  }
}

extension TextRange: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(lower); w.put(upper) }
  package init(from r: inout ModelReader) throws { self.init(try r.get(), try r.get()) }
}

extension Rational: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(num); w.put(den) }
  package init(from r: inout ModelReader) throws {
    let n: Int = try r.get(), d: Int = try r.get()
    guard d > 0 else { throw ModelDamaged() }
    self.init(n, d)
  }
}

extension Day: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(year); w.put(month); w.put(day) }
  package init(from r: inout ModelReader) throws { self.init(try r.get(), try r.get(), try r.get()) }
}

extension PartialDate: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(year); w.put(month); w.put(day) }
  package init(from r: inout ModelReader) throws { self.init(try r.get(), try r.get(), try r.get()) }
}

extension Location: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(article); w.put(paragraph); w.put(item); w.put(subitem) }
  package init(from r: inout ModelReader) throws {
    self.init(article: try r.get(), paragraph: try r.get(), item: try r.get(), subitem: try r.get())
  }
}

extension RuleKind: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(rawValue) }
  package init(from r: inout ModelReader) throws { self = try r.raw() }
}
extension CompareOp: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(rawValue) }
  package init(from r: inout ModelReader) throws { self = try r.raw() }
}
extension Base: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(rawValue) }
  package init(from r: inout ModelReader) throws { self = try r.raw() }
}
extension AmountBound: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(rawValue) }
  package init(from r: inout ModelReader) throws { self = try r.raw() }
}
extension Ref.Relative: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(rawValue) }
  package init(from r: inout ModelReader) throws { self = try r.raw() }
}
extension Division.Level: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(rawValue) }
  package init(from r: inout ModelReader) throws {
    guard let v = Division.Level(rawValue: try r.get()) else { throw ModelDamaged() }
    self = v
  }
}

// MARK: - Enumerations with payloads

extension LabelTarget: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    switch self {
    case .article(let i): w.uint(0); w.put(i)
    case .rule(let i): w.uint(1); w.put(i)
    case .body(let i): w.uint(2); w.put(i)
    case .matter(let i): w.uint(3); w.put(i)
    case .procedure(let i): w.uint(4); w.put(i)
    case .rating(let i): w.uint(5); w.put(i)
    case .publicity(let i): w.uint(6); w.put(i)
    case .example(let i): w.uint(7); w.put(i)
    case .other(let s): w.uint(8); w.put(s)
    }
  }
  package init(from r: inout ModelReader) throws {
    switch try r.uint() {
    case 0: self = .article(try r.get())
    case 1: self = .rule(try r.get())
    case 2: self = .body(try r.get())
    case 3: self = .matter(try r.get())
    case 4: self = .procedure(try r.get())
    case 5: self = .rating(try r.get())
    case 6: self = .publicity(try r.get())
    case 7: self = .example(try r.get())
    case 8: self = .other(try r.get())
    default: throw ModelDamaged()
    }
  }
}

extension AttributeType: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    switch self {
    case .number(let u): w.uint(0); w.put(u)
    case .boolean: w.uint(1)
    case .enumeration(let v): w.uint(2); w.put(v)
    case .date: w.uint(3)
    case .text: w.uint(4)
    case .unknown: w.uint(5)
    }
  }
  package init(from r: inout ModelReader) throws {
    switch try r.uint() {
    case 0: self = .number(unit: try r.get())
    case 1: self = .boolean
    case 2: self = .enumeration(try r.get())
    case 3: self = .date
    case 4: self = .text
    case 5: self = .unknown
    default: throw ModelDamaged()
    }
  }
}

extension Value: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    switch self {
    case .number(let q, let unit, let raw): w.uint(0); w.put(q); w.put(unit); w.put(raw)
    case .day(let d): w.uint(1); w.put(d)
    case .name(let n): w.uint(2); w.put(n)
    case .text(let t): w.uint(3); w.put(t)
    }
  }
  package init(from r: inout ModelReader) throws {
    switch try r.uint() {
    case 0: self = .number(try r.get(), unit: try r.get(), raw: try r.get())
    case 1: self = .day(try r.get())
    case 2: self = .name(try r.get())
    case 3: self = .text(try r.get())
    default: throw ModelDamaged()
    }
  }
}

extension Expr: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    switch self {
    case .and(let e): w.uint(0); w.put(e)
    case .or(let e): w.uint(1); w.put(e)
    case .not(let e): w.uint(2); w.put(e)
    case .compare(let name, let op, let value, let span): w.uint(3); w.put(name); w.put(op); w.put(value); w.put(span)
    case .member(let name, let values, let negated, let span): w.uint(4); w.put(name); w.put(values); w.put(negated); w.put(span)
    case .ref(let name, let span): w.uint(5); w.put(name); w.put(span)
    case .invalid(let span): w.uint(6); w.put(span)
    }
  }
  package init(from r: inout ModelReader) throws {
    switch try r.uint() {
    case 0: self = .and(try r.get())
    case 1: self = .or(try r.get())
    case 2: self = .not(try r.get())
    case 3: self = .compare(name: try r.get(), op: try r.get(), value: try r.get(), span: try r.get())
    case 4: self = .member(name: try r.get(), values: try r.get(), negated: try r.get(), span: try r.get())
    case 5: self = .ref(try r.get(), span: try r.get())
    case 6: self = .invalid(try r.get())
    default: throw ModelDamaged()
    }
  }
}

// MARK: - Structures (every stored property, in declaration order)

extension Division: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    w.put(level); w.put(number); w.put(title); w.put(span); w.put(mark); w.put(firstArticle); w.put(endArticle)
  }
  package init(from r: inout ModelReader) throws {
    self.init(level: try r.get(), number: try r.get(), title: try r.get(), span: try r.get(), mark: try r.get(),
              firstArticle: try r.get(), endArticle: try r.get())
  }
}

extension Article: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    w.put(number); w.put(written); w.put(label); w.put(span); w.put(headingSpan); w.put(paragraphs); w.put(mark); w.put(labelHidden)
  }
  package init(from r: inout ModelReader) throws {
    self.init(number: try r.get(), written: try r.get(), label: try r.get(), span: try r.get(), headingSpan: try r.get(),
              paragraphs: try r.get(), mark: try r.get(), labelHidden: try r.get())
  }
}

extension Paragraph: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(text); w.put(span); w.put(items) }
  package init(from r: inout ModelReader) throws { self.init(text: try r.get(), span: try r.get(), items: try r.get()) }
}

extension Item: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(number); w.put(text); w.put(span); w.put(mark); w.put(subitems) }
  package init(from r: inout ModelReader) throws {
    self.init(number: try r.get(), text: try r.get(), span: try r.get(), mark: try r.get(), subitems: try r.get())
  }
}

extension Ref: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    w.put(document); w.put(label)
    w.uint(UInt64(ordinals.count))
    for o in ordinals { w.put(o.unit); w.put(o.number); w.put(o.bracketed) }
    w.put(relative); w.put(anchor); w.put(span); w.put(from); w.put(inProse)
  }
  package init(from r: inout ModelReader) throws {
    let document: String? = try r.get(), label: String? = try r.get()
    var ordinals = [(unit: String, number: Int, bracketed: Bool)]()
    for _ in 0..<(try r.count()) { ordinals.append((try r.get(), try r.get(), try r.get())) }
    self.init(document: document, label: label, ordinals: ordinals, relative: try r.get(), anchor: try r.get(),
              span: try r.get(), from: try r.get(), inProse: try r.get())
  }
}

extension NameRef: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(name); w.put(label); w.put(span) }
  package init(from r: inout ModelReader) throws { self.init(name: try r.get(), label: try r.get(), span: try r.get()) }
}

extension Attribute: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(name); w.put(type); w.put(span); w.put(nameSpan) }
  package init(from r: inout ModelReader) throws {
    self.init(name: try r.get(), type: try r.get(), span: try r.get(), nameSpan: try r.get())
  }
}

extension Definition: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(name); w.put(expr); w.put(span); w.put(nameSpan) }
  package init(from r: inout ModelReader) throws {
    self.init(name: try r.get(), expr: try r.get(), span: try r.get(), nameSpan: try r.get())
  }
}

extension Quantity: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    w.put(prefix); w.put(low); w.put(high); w.put(unit); w.put(suffix); w.put(span); w.put(text)
    w.put(bound); w.put(strict); w.put(per); w.put(lead)
  }
  package init(from r: inout ModelReader) throws {
    self.init(prefix: try r.get(), low: try r.get(), high: try r.get(), unit: try r.get(), suffix: try r.get(),
              span: try r.get(), text: try r.get(), bound: try r.get(), strict: try r.get(), per: try r.get(), lead: try r.get())
  }
}

extension Rule: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    w.put(kind); w.put(label); w.put(head); w.put(subject); w.put(condition); w.put(act); w.put(content); w.put(amount)
    w.put(exceptLabels); w.put(exceptCondition); w.put(overrides); w.put(consequences); w.put(basis); w.put(effective)
    w.put(repealed); w.put(location); w.put(span); w.put(conflictKey); w.put(writtenAct); w.put(subjectFromScope); w.put(referrals)
  }
  package init(from r: inout ModelReader) throws {
    self.init(kind: try r.get(), label: try r.get(), head: try r.get(), subject: try r.get(), condition: try r.get(),
              act: try r.get(), content: try r.get(), amount: try r.get(), exceptLabels: try r.get(),
              exceptCondition: try r.get(), overrides: try r.get(), consequences: try r.get(), basis: try r.get(),
              effective: try r.get(), repealed: try r.get(), location: try r.get(), span: try r.get(),
              conflictKey: try r.get(), writtenAct: try r.get(), subjectFromScope: try r.get(), referrals: try r.get())
  }
}

extension DocumentScope: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(expr); w.put(span) }
  package init(from r: inout ModelReader) throws { self.init(expr: try r.get(), span: try r.get()) }
}

extension Referral: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    w.put(subject); w.put(condition)
    w.uint(UInt64(provisions.count))
    for p in provisions { w.put(p.from); w.put(p.to) }
    w.put(rules); w.put(note); w.put(location); w.put(span)
  }
  package init(from r: inout ModelReader) throws {
    let subject: Expr? = try r.get(), condition: Expr? = try r.get()
    var provisions = [(from: Ref, to: Ref?)]()
    for _ in 0..<(try r.count()) { provisions.append((try r.get(), try r.get())) }
    self.init(subject: subject, condition: condition, provisions: provisions, rules: try r.get(), note: try r.get(),
              location: try r.get(), span: try r.get())
  }
}

extension ThresholdTerm: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(base); w.put(strict); w.put(fraction); w.put(text); w.put(span) }
  package init(from r: inout ModelReader) throws {
    self.init(base: try r.get(), strict: try r.get(), fraction: try r.get(), text: try r.get(), span: try r.get())
  }
}

extension Threshold: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(terms); w.put(span); w.put(text) }
  package init(from r: inout ModelReader) throws { self.init(terms: try r.get(), span: try r.get(), text: try r.get()) }
}

extension Role: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(name); w.put(size); w.put(duties); w.put(selection); w.put(term); w.put(span) }
  package init(from r: inout ModelReader) throws {
    self.init(name: try r.get(), size: try r.get(), duties: try r.get(), selection: try r.get(), term: try r.get(), span: try r.get())
  }
}

extension Body: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    w.put(name); w.put(label); w.put(composition); w.put(size); w.put(term); w.put(convenor); w.put(proposal); w.put(quorum)
    w.put(vote); w.put(voteMethod)
    w.uint(UInt64(special.count))
    for s in special { w.put(s.label); w.put(s.threshold) }
    w.put(notice); w.put(sessions); w.put(reportsTo); w.put(delegate); w.put(basis); w.put(roles)
    w.put(proxy); w.put(proxyLimit); w.put(observers); w.put(standIn); w.put(standInCondition)
    w.put(location); w.put(span); w.put(nameSpan); w.put(compositionSpan)
  }
  package init(from r: inout ModelReader) throws {
    let name: String = try r.get(), label: String? = try r.get()
    let composition: String? = try r.get(), size: Quantity? = try r.get(), term: Quantity? = try r.get()
    let convenor: [NameRef] = try r.get(), proposal: Threshold? = try r.get(), quorum: Threshold? = try r.get()
    let vote: Threshold? = try r.get(), voteMethod: String? = try r.get()
    var special = [(label: String, threshold: Threshold)]()
    for _ in 0..<(try r.count()) { special.append((try r.get(), try r.get())) }
    let notice: Quantity? = try r.get(), sessions: String? = try r.get()
    let reportsTo: [NameRef] = try r.get(), delegate: [NameRef] = try r.get(), basis: [Ref] = try r.get(), roles: [Role] = try r.get()
    let proxy: String? = try r.get(), proxyLimit: Quantity? = try r.get(), observers: String? = try r.get()
    let standIn: [NameRef] = try r.get(), standInCondition: String? = try r.get()
    let location: Location = try r.get(), span: TextRange = try r.get(), nameSpan: TextRange = try r.get()
    let compositionSpan: TextRange? = try r.get()
    self.init(name: name, label: label, location: location, span: span, nameSpan: nameSpan)
    self.compositionSpan = compositionSpan
    self.composition = composition; self.size = size; self.term = term; self.convenor = convenor
    self.proposal = proposal; self.quorum = quorum; self.vote = vote; self.voteMethod = voteMethod
    self.special = special; self.notice = notice; self.sessions = sessions; self.reportsTo = reportsTo
    self.delegate = delegate; self.basis = basis; self.roles = roles
    self.proxy = proxy; self.proxyLimit = proxyLimit; self.observers = observers; self.standIn = standIn; self.standInCondition = standInCondition
  }
}

extension Matter: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    w.put(name); w.put(label); w.put(category); w.put(decider); w.put(delegate); w.put(vote); w.put(procedure)
    w.put(publicNotice); w.put(filing); w.put(basis); w.put(petition); w.put(approval); w.put(deadline); w.put(reasons)
    w.put(location); w.put(span); w.put(nameSpan)
  }
  package init(from r: inout ModelReader) throws {
    self.init(name: try r.get(), label: try r.get(), category: try r.get(), decider: try r.get(), delegate: try r.get(),
              vote: try r.get(), procedure: try r.get(), publicNotice: try r.get(), filing: try r.get(), basis: try r.get(),
              petition: try r.get(), approval: try r.get(), deadline: try r.get(), reasons: try r.get(), location: try r.get(),
              span: try r.get(), nameSpan: try r.get())
  }
}

extension Step: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    w.put(name); w.put(body); w.put(vote); w.put(quorum); w.put(publicNotice); w.put(deadline); w.put(content); w.put(sessions); w.put(span)
  }
  package init(from r: inout ModelReader) throws {
    self.init(name: try r.get(), body: try r.get(), vote: try r.get(), quorum: try r.get(), publicNotice: try r.get(),
              deadline: try r.get(), content: try r.get(), sessions: try r.get(), span: try r.get())
  }
}

extension Procedure: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    w.put(name); w.put(label); w.put(steps); w.put(applies); w.put(basis); w.put(filing); w.put(proxy); w.put(proxyLimit); w.put(location); w.put(span)
  }
  package init(from r: inout ModelReader) throws {
    self.init(name: try r.get(), label: try r.get(), steps: try r.get(), applies: try r.get(), basis: try r.get(),
              filing: try r.get(), proxy: try r.get(), proxyLimit: try r.get(), location: try r.get(), span: try r.get())
  }
}

extension ScoreRule: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(text); w.put(condition); w.put(points); w.put(span) }
  package init(from r: inout ModelReader) throws {
    self.init(text: try r.get(), condition: try r.get(), points: try r.get(), span: try r.get())
  }
}

extension Level: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(name); w.put(minimum); w.put(condition); w.put(span) }
  package init(from r: inout ModelReader) throws {
    self.init(name: try r.get(), minimum: try r.get(), condition: try r.get(), span: try r.get())
  }
}

extension Rating: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    w.put(name); w.put(label); w.put(object); w.put(initial); w.put(period); w.put(bonuses); w.put(deductions)
    w.put(levels); w.put(location); w.put(span)
  }
  package init(from r: inout ModelReader) throws {
    self.init(name: try r.get(), label: try r.get(), object: try r.get(), initial: try r.get(), period: try r.get(),
              bonuses: try r.get(), deductions: try r.get(), levels: try r.get(), location: try r.get(), span: try r.get())
  }
}

extension Publicity: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    w.put(what); w.put(label); w.put(content); w.put(frequency); w.put(body); w.put(method); w.put(basis); w.put(location); w.put(span)
  }
  package init(from r: inout ModelReader) throws {
    self.init(what: try r.get(), label: try r.get(), content: try r.get(), frequency: try r.get(), body: try r.get(),
              method: try r.get(), basis: try r.get(), location: try r.get(), span: try r.get())
  }
}

extension Adoption: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    w.put(body); w.put(date); w.put(when); w.put(chain); w.put(chainText); w.put(method); w.put(expected); w.put(attended)
    w.put(yes); w.put(no); w.put(abstain); w.put(note); w.put(span)
  }
  package init(from r: inout ModelReader) throws {
    self.init(body: try r.get(), date: try r.get(), when: try r.get(), chain: try r.get(), chainText: try r.get(),
              method: try r.get(), expected: try r.get(), attended: try r.get(), yes: try r.get(), no: try r.get(),
              abstain: try r.get(), note: try r.get(), span: try r.get())
  }
}

extension Filing: ModelCodable {
  package func encode(to w: inout ModelWriter) { w.put(organ); w.put(date); w.put(when); w.put(span) }
  package init(from r: inout ModelReader) throws {
    self.init(organ: try r.get(), date: try r.get(), when: try r.get(), span: try r.get())
  }
}

extension Case: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    w.put(name); w.put(label)
    w.uint(UInt64(facts.count))
    for f in facts { w.put(f.name); w.put(f.value); w.put(f.span) }
    w.put(applies); w.put(notApplies); w.put(result); w.put(body); w.put(matter); w.put(rating); w.put(members)
    w.put(households); w.put(present); w.put(presentHouseholds); w.put(yes); w.put(date); w.put(location); w.put(span)
  }
  package init(from r: inout ModelReader) throws {
    let name: String = try r.get(), label: String? = try r.get()
    var facts = [(name: String, value: Value, span: TextRange)]()
    for _ in 0..<(try r.count()) { facts.append((try r.get(), try r.get(), try r.get())) }
    self.init(name: name, label: label, facts: facts, applies: try r.get(), notApplies: try r.get(), result: try r.get(),
              body: try r.get(), matter: try r.get(), rating: try r.get(), members: try r.get(), households: try r.get(),
              present: try r.get(), presentHouseholds: try r.get(), yes: try r.get(), date: try r.get(),
              location: try r.get(), span: try r.get())
  }
}

extension Charter {
  /// Every stored property but `file`, in declaration order.
  func encodeBody(to w: inout ModelWriter) {
    w.put(title); w.put(kind); w.put(place); w.put(version); w.put(shortNames); w.put(basis); w.put(adopted)
    w.put(amendments); w.put(filing); w.put(effective); w.put(repealed); w.put(higher); w.put(supersedes)
    w.uint(UInt64(includes.count))
    for i in includes { w.put(i.name); w.put(i.span) }
    w.put(divisions); w.put(articles); w.put(attributes); w.put(definitions); w.put(rules); w.put(rulesByConflictKey)
    w.put(rulesByActInitial); w.put(bodies); w.put(matters); w.put(autonomyList); w.put(assistanceList); w.put(sameActs)
    w.put(procedures); w.put(ratings); w.put(publicities); w.put(cases); w.put(references); w.put(labels)
    w.put(titleLine); w.put(signature)
    w.uint(UInt64(orphans.count))
    for o in orphans { w.put(o.keyword); w.put(o.span) }
    w.put(scope); w.put(referrals); w.put(holidays); w.put(unreadHolidays); w.put(terminations); w.put(isHigherLaw)
  }

  init(body r: inout ModelReader, file: SourceFile) throws {
    self.init(file: file)
    title = try r.get(); kind = try r.get(); place = try r.get(); version = try r.get(); shortNames = try r.get()
    basis = try r.get(); adopted = try r.get(); amendments = try r.get(); filing = try r.get(); effective = try r.get()
    repealed = try r.get(); higher = try r.get(); supersedes = try r.get()
    for _ in 0..<(try r.count()) { includes.append((try r.get(), try r.get())) }
    divisions = try r.get(); articles = try r.get(); attributes = try r.get(); definitions = try r.get(); rules = try r.get()
    rulesByConflictKey = try r.get(); rulesByActInitial = try r.get(); bodies = try r.get(); matters = try r.get()
    autonomyList = try r.get(); assistanceList = try r.get(); sameActs = try r.get(); procedures = try r.get()
    ratings = try r.get(); publicities = try r.get(); cases = try r.get(); references = try r.get(); labels = try r.get()
    titleLine = try r.get(); signature = try r.get()
    for _ in 0..<(try r.count()) { orphans.append((try r.get(), try r.get())) }
    scope = try r.get(); referrals = try r.get(); holidays = try r.get(); unreadHolidays = try r.get(); terminations = try r.get()
    // Written, not derived: `kind`'s didSet does not run inside an initializer.
    isHigherLaw = try r.get()
  }
}

extension Termination: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    w.put(office); w.put(condition); w.put(conditionText); w.put(review); w.put(result); w.put(basis); w.put(note); w.put(location); w.put(span)
  }
  package init(from r: inout ModelReader) throws {
    self.init(office: try r.get(), condition: try r.get(), conditionText: try r.get(), review: try r.get(), result: try r.get(), basis: try r.get(),
              note: try r.get(), location: try r.get(), span: try r.get())
  }
}

extension HolidayEntry: ModelCodable {
  package func encode(to w: inout ModelWriter) {
    w.put(rest)
    switch days {
    case .range(let a, let b): w.uint(0); w.put(a); w.put(b)
    case .annual(let m1, let d1, let m2, let d2): w.uint(1); w.put(m1); w.put(d1); w.put(m2); w.put(d2)
    case .weekly(let days): w.uint(2); w.put(days)
    }
    w.put(note); w.put(span)
  }
  package init(from r: inout ModelReader) throws {
    let rest: Bool = try r.get()
    let days: Days
    switch try r.uint() {
    case 0: days = .range(try r.get(), try r.get())
    case 1: days = .annual(try r.get(), try r.get(), try r.get(), try r.get())
    case 2: days = .weekly(try r.get())
    default: throw ModelDamaged()
    }
    self.init(rest: rest, days: days, note: try r.get(), span: try r.get())
  }
}
