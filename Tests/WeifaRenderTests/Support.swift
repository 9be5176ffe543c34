import Foundation
import Testing
import WeifaBase
import WeifaDriver
import WeifaRender
import WeifaSemantics
import WeifaSyntax
import WeifaTestSupport

/// One golden case: a charter of Codes/ on its own (with the rest of its directory and the
/// higher law as context, as `weifa build FILE` loads them), or a bundle directory as one book.
struct RenderCase: CustomTestStringConvertible, Sendable {
  /// Directory name under Tests/Fixtures/render.
  let name: String
  /// A file or a directory, relative to the repository root.
  let path: String
  var isBundle: Bool { !path.hasSuffix(".weifa") }
  var testDescription: String { name }

  /// Every charter of Codes/ (not the manifests), then every bundle directory (one with a 目录.weifa).
  static func all() -> [RenderCase] {
    let codes = repoRoot.appendingPathComponent("Codes").path
    let dirs = ((try? FileManager.default.contentsOfDirectory(atPath: codes)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    var out = [RenderCase]()
    for d in dirs {
      for f in weifaFiles(in: "Codes/" + d) where !f.hasSuffix("/" + manifestFileName) {
        let stem = String(f.split(separator: "/").last!.dropLast(".weifa".count))
        out.append(RenderCase(name: d + "-" + stem, path: f))
      }
      // A version kept in a folder of its own (Codes/石门村/修订/): named with the folder.
      let subdirs = ((try? FileManager.default.contentsOfDirectory(atPath: codes + "/" + d)) ?? []).filter { !$0.hasPrefix(".") && !$0.hasSuffix(".weifa") }.sorted()
      for s in subdirs {
        for f in weifaFiles(in: "Codes/" + d + "/" + s) where !f.hasSuffix("/" + manifestFileName) {
          let stem = String(f.split(separator: "/").last!.dropLast(".weifa".count))
          out.append(RenderCase(name: d + "-" + s + "-" + stem, path: f))
        }
      }
    }
    for d in dirs where FileManager.default.fileExists(atPath: codes + "/" + d + "/" + manifestFileName) {
      out.append(RenderCase(name: d, path: "Codes/" + d))
    }
    return out
  }

  /// The analysis `weifa build` would make of this case (through the driver's loader).
  func analysis() -> Analysis {
    let loader = Loader(repository)
    let (files, context) = loader.book(path)!
    return Analysis(files: files, context: context, siblings: loader.siblings)
  }

  /// Renders the case in each of `outputs` (format, annotated) from one analysis. Diagnostics are
  /// left out so the goldens follow the printer, not the checker.
  func render(_ outputs: [(OutputFormat, Bool)]) -> [String] {
    let a = analysis()
    let docs = a.documents.enumerated()
      .filter { !$0.element.source.path.hasSuffix("/" + manifestFileName) || a.documents.count == 1 }
      .map { RenderInput(index: $0.offset, diagnostics: []) }
    return outputs.map { format, annotated in
      var options = RenderOptions(format: format)
      options.annotated = annotated
      return Renderer.render(docs, in: a.workspace, options: options)
    }
  }
}

/// Builds the workspace for text files given inline (name → text), all checked together.
func workspace(_ files: [(String, String)]) -> (Analysis, [RenderInput]) {
  let a = Analysis(files: files.map { InputFile(path: $0.0, bytes: Array($0.1.utf8)) })
  return (a, a.documents.enumerated().map { RenderInput(index: $0.offset, diagnostics: $0.element.diagnostics) })
}

/// Renders inline charter text in one format.
func render(_ text: String, _ format: OutputFormat, annotated: Bool = false, draft: Bool = false, lang: Language = .zh, path: String = "测试.weifa",
            extras: PrintExtras = []) -> String {
  let (a, inputs) = workspace([(path, text)])
  var options = RenderOptions(format: format)
  options.extras = extras
  options.annotated = annotated
  options.draft = draft
  options.lang = lang
  return Renderer.render(inputs, in: a.workspace, options: options)
}

/// Renders text through the parser and the lowering only, without the checks: the printer must
/// not fail on any model, whatever the checker makes of it.
func renderUnchecked(_ text: String, _ format: OutputFormat, annotated: Bool = false, draft: Bool = false, lang: Language = .zh) -> String {
  let source = SourceFile(path: "未检查.weifa", bytes: Array(text.utf8))
  let charter = Charter.lower(Parser.parse(source).tree)
  let ws = Workspace(charters: [charter], isContext: [false])
  var options = RenderOptions(format: format)
  options.annotated = annotated
  options.draft = draft
  options.lang = lang
  return Renderer.render([RenderInput(index: 0, diagnostics: [])], in: ws, options: options)
}

/// Runs the resident page's script under Node: the page's data and logic are extracted, then
/// `body` runs with `WF` and `D` (the data) defined and pushes its results onto `lines`, which
/// come back one per element. The page's own tests (dates, reasons) share this harness.
func runPageScript(_ page: String, node: String, _ body: String) throws -> [String] {
  let data = try #require(PageDifferentialTests.between(page, "<script type=\"application/json\" id=\"wf-data\">", "</script>"))
  let script = try #require(PageDifferentialTests.between(page, "<script id=\"wf-logic\">\n", "\n</script>"))
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("weifa-page-script-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: dir) }
  try script.write(to: dir.appendingPathComponent("page.js"), atomically: true, encoding: .utf8)
  try data.write(to: dir.appendingPathComponent("data.json"), atomically: true, encoding: .utf8)
  try """
  const fs = require("fs"), vm = require("vm"), path = require("path");
  const dir = process.argv[2];
  vm.runInThisContext(fs.readFileSync(path.join(dir, "page.js"), "utf8"));
  const D = JSON.parse(fs.readFileSync(path.join(dir, "data.json"), "utf8"));
  const lines = [];
  \(body)
  fs.writeFileSync(path.join(dir, "out.txt"), lines.join("\\n") + "\\n");
  """.write(to: dir.appendingPathComponent("driver.js"), atomically: true, encoding: .utf8)
  try PageDifferentialTests.run(node, [dir.appendingPathComponent("driver.js").path, dir.path])
  return try String(contentsOf: dir.appendingPathComponent("out.txt"), encoding: .utf8).split(separator: "\n").map(String.init)
}
