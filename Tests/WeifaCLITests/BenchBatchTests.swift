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
  }
}
