// libFuzzer harness for the lexer/parser, the structure checks, the formatter, lowering and the
// semantic checks. Not a SwiftPM target: `.ci/fuzz.sh` compiles it with `swiftc -sanitize=fuzzer`
// (and `address`) together with the library sources; with WEIFA_FUZZ_FAST it stops before lowering
// and needs only WeifaBase and WeifaSyntax.
//
// For every input it asserts the invariants of Sources/ARCHITECTURE.md: parsing never traps,
// the tokens tile the input and the tree spells it byte for byte, every diagnostic lies inside
// the file, and the checks run to the end.
import Foundation
import WeifaBase
import WeifaSyntax
#if !WEIFA_FUZZ_FAST
import WeifaSemantics

/// Higher law loaded once, so cross-document checks (conflicts, floors) run too.
nonisolated(unsafe) var fuzzContext: [Charter]? = nil

func loadContext() -> [Charter] {
  if let c = fuzzContext { return c }
  var out = [Charter]()
  if let dir = ProcessInfo.processInfo.environment["WEIFA_FUZZ_CONTEXT"],
     let names = try? FileManager.default.contentsOfDirectory(atPath: dir) {
    for name in names.sorted() where name.hasSuffix(".weifa") {
      if let data = FileManager.default.contents(atPath: dir + "/" + name) {
        out.append(Charter.lower(Parser.parse(SourceFile(path: dir + "/" + name, bytes: [UInt8](data))).tree))
      }
    }
  }
  fuzzContext = out
  return out
}
#endif

func check(_ condition: Bool, _ message: @autoclosure () -> String) {
  if !condition { fatalError("invariant broken: " + message()) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func weifaFuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
  fuzzOne(bytes)
  return 0
}

func fuzzOne(_ bytes: [UInt8]) {
  let source = SourceFile(path: "fuzz.weifa", bytes: bytes)
  let result = Parser.parse(source)
  var at: UInt32 = 0
  for t in result.tree.tokens {
    check(t.start == at && t.end > t.start, "token gap or empty token at \(at)")
    at = t.end
  }
  check(Int(at) == bytes.count, "tokens do not cover the input")
  check(result.tree.reconstructedBytes() == bytes, "round trip")
  var diagnostics = result.diagnostics
  diagnostics += StructureChecks.check(result.tree)
  #if !WEIFA_FUZZ_FAST
  // The full pipeline: lowering and every semantic check against the higher law. The fast
  // target (`.ci/fuzz.sh --fast`) stops at parse, round trip, structure checks and formatter.
  let charter = Charter.lower(result.tree)
  let context = loadContext()
  let workspace = Workspace(charters: [charter] + context, isContext: [false] + context.map { _ in true })
  diagnostics += CheckRegistry.run(workspace, index: 0)
  #endif
  for d in diagnostics {
    check(d.range.lower >= 0 && d.range.lower <= d.range.upper && d.range.upper <= bytes.count, "diagnostic \(d.code.id) out of bounds")
    _ = source.location(of: d.range.lower)
    _ = source.location(of: d.range.upper)
    _ = source.displayWidth(d.range)
  }
  fuzzFormat(result, diagnostics)
}

/// The formatter on every input, with and without renumbering: it never fails its self-check on a
/// file that parses, refuses only files with syntax errors, is idempotent, and leaves every prose
/// token as it was.
func fuzzFormat(_ result: ParseResult, _ diagnostics: [Diagnostic]) {
  let clean = !result.diagnostics.contains { $0.severity == .error } && !result.tree.tokens.contains { $0.kind == .error }
  for renumber in [false, true] {
    let options = FormatOptions(renumber: renumber)
    switch Formatter.format(result, options: options) {
    case .refused:
      check(!clean, "a file without syntax errors was refused")
    case .failed(let message):
      fatalError("formatter self-check failed (renumber: \(renumber)): \(message.en)")
    case .formatted(let once, _):
      check(clean, "a file with syntax errors was formatted")
      let reparsed = Parser.parse(SourceFile(path: "fuzz.weifa", bytes: once))
      check(Formatter.proseTokens(reparsed.tree) == Formatter.proseTokens(result.tree), "prose changed (renumber: \(renumber))")
      guard case .formatted(let twice, _) = Formatter.format(reparsed, options: options) else {
        fatalError("formatted output cannot be formatted again (renumber: \(renumber))")
      }
      check(twice == once, "not idempotent (renumber: \(renumber))")
    }
  }
}
