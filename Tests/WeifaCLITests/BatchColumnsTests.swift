import Foundation
import Testing
import WeifaTestSupport
@testable import WeifaCLI

/// `weifa batch` and the columns of a residents' table (issue 15, item 8): a misspelt column is an
/// error naming the columns and the ones expected, not zeros for everyone; cells take what
/// `--fact` takes; `-o` never leaves a half-written file.
@Suite struct BatchColumnsTests {
  static let charter = repoRoot.appendingPathComponent("Codes/石门村/石门村村规民约.weifa").path

  @Test func aMisspeltColumnIsAnError() {
    let csv = temporaryFile("编号,年令,户口\n1,82,本村\n", name: "bad.csv")
    let r = run(["batch", Self.charter, "--residents", csv])
    #expect(r.status == 2)
    #expect(r.err.contains("「年令」应为「年龄」") && r.err.contains("「户口」应为「户籍」") && r.err.contains("应有的列"), "\(r.err)")
    #expect(r.out.isEmpty)
    // Columns that are simply not attributes are ignored, with a note.
    let extra = temporaryFile("编号,姓名,年龄,户籍\n1,张三,82,本村\n", name: "extra.csv")
    let ok = run(["batch", Self.charter, "--residents", extra])
    #expect(ok.status == 0 && ok.err.contains("姓名") && ok.out.contains("高龄补贴"), "\(ok.err)")
    // With --require-all every attribute the rules read must be there.
    #expect(run(["batch", Self.charter, "--residents", extra, "--require-all"]).status == 2)
  }

  @Test func cellsTakeWhatFactTakes() {
    let csv = temporaryFile("编号,年龄,户籍,是否党员\n1,八十二,本村,是\n2,82,本村,yes\n3,８２,本村,1\n", name: "cn.csv")
    let r = run(["batch", Self.charter, "--residents", csv])
    #expect(r.status == 0, "\(r.err)")
    let rows = r.out.split(separator: "\n").dropFirst()
    #expect(rows.count == 3 && rows.allSatisfy { $0.contains("高龄补贴") }, "\(r.out)")
    #expect(Set(rows.map { $0.split(separator: ",").dropFirst().joined(separator: ",") }).count == 1, "the three spellings give one answer")
  }

  @Test func aFailedRunLeavesNoOutputFile() throws {
    let dir = temporaryDirectory()
    let out = dir + "/结果.csv"
    let bad = temporaryFile("编号,年令\n1,82\n", name: "bad2.csv")
    #expect(run(["batch", Self.charter, "--residents", bad, "-o", out]).status == 2)
    #expect(!FileManager.default.fileExists(atPath: out))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty, "no temporary file left")
    // An earlier output survives a failed run untouched.
    try Data("旧的结果\n".utf8).write(to: URL(fileURLWithPath: out))
    #expect(run(["batch", Self.charter, "--residents", bad, "-o", out]).status == 2)
    #expect(String(decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self) == "旧的结果\n")
    let good = temporaryFile("编号,年龄,户籍\n1,82,本村\n", name: "good.csv")
    #expect(run(["batch", Self.charter, "--residents", good, "-o", out]).status == 0)
    #expect(String(decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self).contains("高龄补贴"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["结果.csv"])
  }
}
