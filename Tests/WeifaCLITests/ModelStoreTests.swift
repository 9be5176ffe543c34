import Foundation
import Testing
import WeifaTestSupport
@testable import WeifaCLI
import WeifaDriver

/// The cache of context models on disk (`DiskModelStore`): a fresh directory is made, entries are
/// whole files renamed into place (no temporary file is left), a damaged entry on disk is
/// ignored and rewritten, and a run from the cache prints what a run without it prints.
@Suite struct ModelStoreTests {
  @Test func entriesAreWrittenWholeAndDamageIsRewritten() throws {
    let dir = temporaryDirectory() + "/缓存/weifa"
    let store = DiskModelStore(directory: dir, identity: DiskModelStore.executableIdentity())
    #expect(store.identity.hasPrefix("weifa \(CLI.version) "))
    let path = "Codes/石门村/石门村村规民约.weifa"
    func run() throws -> (diagnostics: String, entries: [String]) {
      let loaded = try Loader(repository, store: store).analyse([path]).get()
      let text = loaded.analysis.diagnostics.map { TextReport.render($0, lang: .en) }.joined(separator: "\n")
        + JSONReport.render(loaded.analysis.diagnostics, files: loaded.count, lang: .zh)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
      return (text, names.sorted())
    }
    let plain = try Loader(repository).analyse([path]).get()
    let expected = plain.analysis.diagnostics.map { TextReport.render($0, lang: .en) }.joined(separator: "\n")
      + JSONReport.render(plain.analysis.diagnostics, files: plain.count, lang: .zh)
    let cold = try run()
    #expect(cold.diagnostics == expected)
    // One entry per context document (its bundle and 上位法), and no temporary file left behind.
    #expect(cold.entries.count == weifaFiles(in: "Codes/上位法").count + weifaFiles(in: "Codes/石门村").count - 1)
    #expect(cold.entries.allSatisfy { $0.hasSuffix(".model") && !$0.hasPrefix(".") })
    let first = Paths.joined(dir, cold.entries[0])
    let before = try #require(FileManager.default.contents(atPath: first))
    let modified = try FileManager.default.attributesOfItem(atPath: first)[.modificationDate] as? Date
    // A warm run reads every entry and writes none.
    let warm = try run()
    #expect(warm.diagnostics == expected && warm.entries == cold.entries)
    #expect(try FileManager.default.attributesOfItem(atPath: first)[.modificationDate] as? Date == modified)
    // An entry damaged on disk: ignored (same output) and written again, whole.
    var damaged = [UInt8](before)
    damaged[damaged.count / 2] ^= 0x10
    _ = FileManager.default.createFile(atPath: first, contents: Data(damaged))
    let repaired = try run()
    #expect(repaired.diagnostics == expected && repaired.entries == cold.entries)
    #expect(FileManager.default.contents(atPath: first) == before)
    // Another build of weifa does not read these entries: it writes its own.
    let other = DiskModelStore(directory: dir, identity: store.identity + " (another build)")
    _ = try Loader(repository, store: other).analyse([path]).get()
    #expect(((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).count == 2 * cold.entries.count)
  }

  @Test func aDirectoryThatCannotBeMadeOnlyTurnsTheCacheOff() throws {
    let file = temporaryDirectory() + "/文件"
    _ = FileManager.default.createFile(atPath: file, contents: Data("x".utf8))
    let store = DiskModelStore(directory: file + "/weifa", identity: "test")
    let path = "Codes/石门村/石门村村规民约.weifa"
    let got = try Loader(repository, store: store).analyse([path]).get()
    let plain = try Loader(repository).analyse([path]).get()
    #expect(got.analysis.diagnostics.map(\.message.en) == plain.analysis.diagnostics.map(\.message.en))
    #expect(store.load("anything") == nil)
  }
}
