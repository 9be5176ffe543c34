// `weifa batch` on the benchmark's generated charter and population (the generator is compiled
// into this target through the symbolic links BenchGenerator.swift and BenchCorpus.swift): every
// output row is what the spec alone says, whatever the block boundaries.
import Foundation
import WeifaBenchSupport
import Testing
import WeifaTestSupport
import WeifaCLI

@Suite struct BenchBatchTests {
  @Test func batchOutputMatchesTheSpecOnEveryRow() throws {
    let spec = BatchSpec.make(rules: 100)
    let population = Population(seed: 7, attributes: spec.used.attributes)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("weifa-bench-batch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let charter = dir.appendingPathComponent("charter.weifa").path
    let csv = dir.appendingPathComponent("population.csv").path
    let out = dir.appendingPathComponent("out.csv").path
    _ = FileManager.default.createFile(atPath: charter, contents: Data(spec.charter.utf8))
    let n = 1_000   // not a multiple of 64: the last block is partial
    var bytes = Array(population.header.utf8)
    for i in 0..<n { population.row(i, into: &bytes) }
    _ = FileManager.default.createFile(atPath: csv, contents: Data(bytes))
    var err = ""
    let status = CLI.run(["batch", charter, "--residents", csv, "-o", out], stdout: { _ in }, stderr: { err += $0 })
    #expect(status == 0, "\(err)")
    let lines = (try String(contentsOfFile: out, encoding: .utf8)).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.count == n + 2)
    for i in 0..<n {
      let id = "R" + String(repeating: "0", count: max(0, 7 - String(i + 1).count)) + String(i + 1)
      #expect(lines[i + 1] == expectedBatchRow(spec, population.person(i), id: id), "row \(i + 1)")
    }
    // The spec has a capped benefit (不超过300元) and some residents get it: the rows above cover a
    // cap listed with the benefit and left out of the totals.
    #expect(lines.contains { $0.contains("（上限）") })
  }

  static let peerPython = repoRoot.appendingPathComponent(".build-peer/venv/bin/python").path

  /// The OpenFisca peer (`PeerSources`, as `.ci/bench-peer.sh` runs it) and `weifa batch` write the
  /// same bytes for the same residents — capped benefits included. Runs where bench-peer.sh has
  /// installed OpenFisca into .build-peer/ (it needs PyPI); reported as skipped elsewhere.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: peerPython), "OpenFisca is not installed in .build-peer/venv (run .ci/bench-peer.sh once)"))
  func openFiscaPeerAgreesWithBatch() throws {
    let spec = BatchSpec.make(rules: 100)
    let population = Population(seed: 11, attributes: spec.used.attributes)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("weifa-bench-peer-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("weifa_peer"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    func write(_ name: String, _ text: String) { _ = FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data(text.utf8)) }
    write("charter.weifa", spec.charter)
    write("spec.json", spec.json)
    for (name, text) in PeerSources.files { write(name, text) }
    var bytes = Array(population.header.utf8)
    for i in 0..<2_000 { population.row(i, into: &bytes) }
    _ = FileManager.default.createFile(atPath: dir.appendingPathComponent("population.csv").path, contents: Data(bytes))
    let path = { (name: String) in dir.appendingPathComponent(name).path }
    var err = ""
    let status = CLI.run(["batch", path("charter.weifa"), "--residents", path("population.csv"), "-o", path("weifa.csv")], stdout: { _ in }, stderr: { err += $0 })
    #expect(status == 0, "\(err)")
    // The peer's report goes to a file (no pipe: reading one while other suites run has crashed Foundation on Linux).
    let p = Process()
    p.executableURL = URL(fileURLWithPath: Self.peerPython)
    p.arguments = [path("run_openfisca.py"), path("spec.json"), path("population.csv"), path("peer.csv")]
    p.currentDirectoryURL = dir
    p.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
    try p.run()
    p.waitUntilExit()
    try #require(p.terminationStatus == 0, "the OpenFisca peer exited with \(p.terminationStatus)")
    let ours = try String(contentsOfFile: path("weifa.csv"), encoding: .utf8).split(separator: "\n").map(String.init)
    let peer = try String(contentsOfFile: path("peer.csv"), encoding: .utf8).split(separator: "\n").map(String.init)
    #expect(ours.count == 2_001 && peer.count == ours.count)
    let differing = zip(ours, peer).enumerated().filter { $0.element.0 != $0.element.1 }
    #expect(differing.isEmpty, "\(differing.count) rows differ; first: \(differing.first.map { "row \($0.offset): weifa \($0.element.0) / peer \($0.element.1)" } ?? "")")
    #expect(ours.contains { $0.contains("（上限）") })
  }
}
