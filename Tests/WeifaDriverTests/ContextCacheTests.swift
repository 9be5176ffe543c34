import Synchronization
import Testing
import WeifaBase
import WeifaDriver
import WeifaTestSupport

/// A `ModelStore` in memory that counts what it is asked.
final class MemoryModelStore: ModelStore {
  let identity: String
  private let state = Mutex((entries: [String: [UInt8]](), loads: 0, hits: 0, stores: 0))
  init(identity: String = "test build") { self.identity = identity }

  func load(_ key: String) -> [UInt8]? {
    state.withLock { s in
      s.loads += 1
      let e = s.entries[key]
      if e != nil { s.hits += 1 }
      return e
    }
  }
  func store(_ key: String, _ bytes: [UInt8]) { state.withLock { $0.stores += 1; $0.entries[key] = bytes } }
  var counts: (loads: Int, hits: Int, stores: Int) { state.withLock { ($0.loads, $0.hits, $0.stores) } }
  var keys: [String] { state.withLock { Array($0.entries.keys) } }
  func change(_ key: String, _ f: (inout [UInt8]) -> Void) { state.withLock { f(&$0.entries[key]!) } }
}

/// The cache of context models (`ContextCache`): a run that reads the models of 上位法 and of the
/// bundle from the store prints exactly what a run that parses and lowers them prints, on every
/// Codes/ file — diagnostics as text (both languages), JSON and SARIF, the 案例, and the file built
/// as text, Markdown, HTML and JSON — and a damaged, stale or foreign entry is never used.
@Suite struct ContextCacheTests {
  /// Everything `check`, `test` and `build` print for `path`.
  static func outputs(_ path: String, store: (any ModelStore)?) throws -> [String] {
    let loaded = try Loader(repository, store: store).analyse([path]).get()
    let a = loaded.analysis
    let diags = a.diagnostics
    var out = [Language.zh, .en].map { lang in diags.map { TextReport.render($0, lang: lang) }.joined(separator: "\n") }
    out.append(JSONReport.render(diags, files: loaded.count, lang: .zh))
    out.append(SARIFReport.render(diags, codes: allCodes, version: "test", lang: .en))
    let cases = a.runCases(count: loaded.count)
    out.append("\(cases.passed) passed; " + cases.failures.map { "\($0.name) \($0.line):\($0.column) " + $0.failures.map(\.zh).joined(separator: "|") }.joined(separator: "\n"))
    for format in [OutputFormat.text, .md, .html, .json] {
      out.append(a.render(format: format, annotated: format == .html, draft: true, lang: .zh))
    }
    return out
  }

  @Test func cachedAndUncachedRunsPrintTheSameOnEveryCodesFile() throws {
    let paths = codesFiles()
    #expect(paths.count >= 20)
    let store = MemoryModelStore()
    for path in paths {
      let plain = try Self.outputs(path, store: nil)
      // The first run with the store lowers what it has not seen and stores it; the second reads it back.
      let cold = try Self.outputs(path, store: store)
      let before = store.counts
      let warm = try Self.outputs(path, store: store)
      let after = store.counts
      #expect(after.stores == before.stores, "\(path): the second run stored again, so it did not use the cache")
      #expect(after.hits - before.hits == after.loads - before.loads, "\(path): an entry was missing on the second run")
      for (i, (p, c)) in zip(plain, cold).enumerated() { #expect(p == c, "\(path): output \(i) differs on the first cached run") }
      for (i, (p, w)) in zip(plain, warm).enumerated() { #expect(p == w, "\(path): output \(i) differs when read from the cache") }
    }
    // Every Codes/ file but those checked only with themselves had context: 上位法 was read from the store.
    #expect(store.counts.hits > paths.count)
    #expect(store.keys.count >= weifaFiles(in: "Codes/上位法").count)
  }

  /// Runs the village charter with its context against `store` and says whether every context
  /// model came from it (no store call wrote anything).
  static func runAllFromStore(_ store: MemoryModelStore) throws -> (sameOutput: Bool, allHits: Bool) {
    let path = "Codes/石门村/石门村村规民约.weifa"
    let plain = try outputs(path, store: nil)
    let before = store.counts
    let got = try outputs(path, store: store)
    return (plain == got, store.counts.stores == before.stores)
  }

  @Test func aDamagedEntryIsIgnoredAndRewritten() throws {
    let store = MemoryModelStore()
    _ = try Self.runAllFromStore(store)
    #expect(try Self.runAllFromStore(store) == (true, true))
    let keys = store.keys.sorted()
    #expect(keys.count >= 10)
    // One byte changed in the model, in the source copy, in the checksum; one entry cut short; one emptied.
    store.change(keys[0]) { $0[$0.count / 2] ^= 0x40 }
    store.change(keys[1]) { $0[40] ^= 0x01 }
    store.change(keys[2]) { $0[$0.count - 1] ^= 0x80 }
    store.change(keys[3]) { $0.removeLast($0.count / 3) }
    store.change(keys[4]) { $0 = [] }
    let before = store.counts.stores
    #expect(try Self.runAllFromStore(store).sameOutput)
    #expect(store.counts.stores - before == 5, "each damaged entry is lowered again and rewritten, the others used")
    #expect(try Self.runAllFromStore(store) == (true, true))
  }

  @Test func anEntryIsOnlyForTheProgramAndTheBytesThatMadeIt() throws {
    let source = input("Codes/上位法/宪法.weifa")
    let file = SourceFile(path: source.path, bytes: source.bytes)
    let a = MemoryModelStore(identity: "weifa 0.1.0 build A")
    let lowered = ContextCache.charter(source, store: a) { _ in
      Analysis(files: [source]).workspace.charters[0]
    }
    #expect(!lowered.cached)
    let key = ContextCache.key(source.bytes, identity: a.identity)
    let entry = try #require(a.load(key))
    #expect(ContextCache.read(entry, source: file, identity: a.identity) != nil)
    // Another build, or other bytes under the same name, never read it.
    #expect(ContextCache.read(entry, source: file, identity: "weifa 0.1.0 build B") == nil)
    var edited = source.bytes
    edited[edited.count - 2] = 0x21
    #expect(ContextCache.read(entry, source: SourceFile(path: source.path, bytes: edited), identity: a.identity) == nil)
    #expect(ContextCache.key(edited, identity: a.identity) != key)
    #expect(ContextCache.key(source.bytes, identity: "weifa 0.1.0 build B") != key)
    // Every truncation of the entry is refused, none traps.
    for n in stride(from: 0, to: entry.count, by: max(1, entry.count / 97)) {
      #expect(ContextCache.read(Array(entry[..<n]), source: file, identity: a.identity) == nil)
    }
    // The path is the one given now, not the one the entry was written under.
    let moved = SourceFile(path: "别处/上位法/宪法.weifa", bytes: source.bytes)
    #expect(ContextCache.read(entry, source: moved, identity: a.identity)?.file.path == "别处/上位法/宪法.weifa")
  }
}
