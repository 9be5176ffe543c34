import Foundation
import Testing
import WeifaTestSupport
import WeifaBase
import WeifaDriver
import WeifaSyntax

/// A small deterministic generator (SplitMix64), so every run mutates the same way.
struct SeededRandom {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E3779B97F4A7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
    z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
    return z ^ (z >> 31)
  }
  mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
}

/// Bytes that matter to the parser, to splice into charters.
let hostileFragments: [[UInt8]] = [
  "@", "＠", "第", "？", "条", "章", "【", "】", "[", "《", "》", "「", "（", "）", "：", "；", "、", "#", "\r", "\n", "\r\n", "　", "\u{FEFF}",
  "\u{200B}", "\u{0}", "\u{FFFD}", "第？条", "（？）", "？.", "非 ", " 且 ", " 或 ", "≥", "》=", "三分之", "过半数", "@定义 x：", "@机构 ", "@表决：",
  "第九九九九九九九九九九九九条", "99999999999999999999", "前款", "本章", "µÚÒ»Ìõ",
].map { Array($0.utf8) } + [[0xFF], [0xC0, 0x80], [0xE6, 0x9C], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]]

enum Mutation: CaseIterable { case flipBit, setByte, insertFragment, deleteRange, truncate, swapLines, duplicateLine, reverseLines, spliceFile }

/// One mutant of `bytes`.
func mutate(_ bytes: [UInt8], _ kind: Mutation, _ rng: inout SeededRandom, other: [UInt8]) -> [UInt8] {
  var b = bytes
  func lines(_ x: [UInt8]) -> [[UInt8]] { x.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init) }
  func join(_ ls: [[UInt8]]) -> [UInt8] { Array(ls.joined(separator: [0x0A])) }
  switch kind {
  case .flipBit:
    for _ in 0..<(1 + rng.below(8)) where !b.isEmpty { b[rng.below(b.count)] ^= UInt8(1 << rng.below(8)) }
  case .setByte:
    for _ in 0..<(1 + rng.below(4)) where !b.isEmpty { b[rng.below(b.count)] = UInt8(rng.below(256)) }
  case .insertFragment:
    for _ in 0..<(1 + rng.below(6)) { b.insert(contentsOf: hostileFragments[rng.below(hostileFragments.count)], at: rng.below(b.count + 1)) }
  case .deleteRange:
    if !b.isEmpty { let i = rng.below(b.count); b.removeSubrange(i..<min(b.count, i + 1 + rng.below(64))) }
  case .truncate:
    b = Array(b.prefix(rng.below(b.count + 1)))
  case .swapLines:
    var ls = lines(b)
    if ls.count > 1 { for _ in 0..<(1 + rng.below(5)) { ls.swapAt(rng.below(ls.count), rng.below(ls.count)) } }
    b = join(ls)
  case .duplicateLine:
    var ls = lines(b)
    if !ls.isEmpty { let i = rng.below(ls.count); ls.insert(ls[i], at: rng.below(ls.count + 1)) }
    b = join(ls)
  case .reverseLines:
    var ls = lines(b)
    if ls.count > 2 { let i = rng.below(ls.count - 1), j = min(ls.count, i + 2 + rng.below(10)); ls[i..<j].reverse() }
    b = join(ls)
  case .spliceFile:
    var ls = lines(b)
    let os = lines(other)
    if !os.isEmpty { let i = rng.below(os.count); ls.insert(contentsOf: os[i..<min(os.count, i + 1 + rng.below(8))], at: rng.below(ls.count + 1)) }
    b = join(ls)
  }
  return b
}

/// The deterministic mutation test: byte flips, truncations, insertions of hostile fragments,
/// line shuffles and splices over every Codes/ charter. No mutant traps; every one round-trips
/// through the tree byte for byte, is checked to the end, and formats idempotently (or is
/// refused for its syntax errors) without changing its prose.
@Suite struct MutationTests {
  static let mutantsPerFile = 18
  static let analysedPerFile = 3

  @Test(arguments: codesFiles())
  func mutantsNeverTrapAndRoundTrip(_ path: String) {
    let bytes = readBytes(path)
    let files = codesFiles()
    var rng = SeededRandom(seed: 0x5EED_0007 ^ UInt64(truncatingIfNeeded: path.utf8.reduce(0) { $0 &* 31 &+ Int($1) }))
    for k in 0..<Self.mutantsPerFile {
      let kind = Mutation.allCases[k % Mutation.allCases.count]
      let other = readBytes(files[rng.below(files.count)])
      let mutant = mutate(bytes, kind, &rng, other: other)
      let label = "\(path) mutant \(k) (\(kind))"
      expectLossless(mutant, label)
      if k < Self.analysedPerFile {
        let doc = Analysis(files: [InputFile(path: path, bytes: mutant)]).documents[0]
        for d in doc.diagnostics {
          #expect(d.range.lower >= 0 && d.range.upper <= mutant.count && d.range.lower <= d.range.upper, "\(label): \(d.code.id) out of bounds")
          _ = TextReport.render(d, lang: .zh)
        }
        let parsed = Parser.parse(SourceFile(path: path, bytes: mutant))
        switch Formatter.format(parsed) {
        case .refused: #expect(parsed.diagnostics.contains { $0.severity == .error } || parsed.tree.tokens.contains { $0.kind == .error })
        case .failed(let m): Issue.record("\(label): formatter failed: \(m.en)")
        case .formatted(let once, _):
          let again = Parser.parse(SourceFile(path: path, bytes: once))
          #expect(Formatter.proseTokens(again.tree) == Formatter.proseTokens(parsed.tree), "\(label): prose changed")
          if case .formatted(let twice, _) = Formatter.format(again) { #expect(twice == once, "\(label): not idempotent") } else {
            Issue.record("\(label): formatted output is not formattable")
          }
        }
      }
    }
  }
}
