// weifa-bench: the benchmark of issue 6. Every figure comes from this one run.
//
//   swift run -c release weifa-bench [--quick] [--json] [--charters N] [--residents N] [--seed S]
//                                    [--rules N] [--peer PYTHON] [--data DIR] [--no-build]
//   weifa-bench --charter I [--seed S]        print charter I of the corpus
//   weifa-bench --export-peer DIR [--residents N] [--seed S] [--rules N]
//                                             write the batch charter, population, spec and peer
//   weifa-bench --profile none|parse|lower|check N
//                                             one stage over N generated charters, for callgrind
//
// See README.md § Performance for what each row measures.
import Dispatch
import Foundation
import WeifaBenchSupport
import Synchronization
import WeifaBase
import WeifaDriver
import WeifaEvaluator
import WeifaSemantics
import WeifaSyntax

// MARK: - Options

struct Options {
  var quick = false
  var json = false
  var charters = 20_000
  var residents = 1_000_000
  var seed: UInt64 = 2025
  var rules = 100
  var peerPython: String?
  var dataDir: String?
  var dumpCharter: Int?
  var exportPeer: String?
  /// `--profile check|parse N`: run one stage over N generated charters once, for callgrind.
  var profile: (stage: String, count: Int)?
  var build = true
  /// `--no-callgrind`: leave out the instruction counts (they need valgrind and take minutes);
  /// `--callgrind`: count them in a `--quick` run too. By default only full runs count them.
  var callgrind: Bool?
  var explicitCharters = false
  var explicitResidents = false
}

func usage() -> Never {
  FileHandle.standardError.write(Data("""
  usage: weifa-bench [--quick] [--json] [--charters N] [--residents N] [--seed S] [--rules N] [--peer PYTHON] [--data DIR] [--no-build] [--callgrind | --no-callgrind]
         weifa-bench --charter I [--seed S]
         weifa-bench --export-peer DIR [--residents N] [--seed S] [--rules N]

  """.utf8))
  exit(2)
}

var opts = Options()
do {
  var args = Array(CommandLine.arguments.dropFirst())
  func value(_ name: String) -> String {
    guard !args.isEmpty else { usage() }
    return args.removeFirst()
  }
  while !args.isEmpty {
    let a = args.removeFirst()
    switch a {
    case "--quick": opts.quick = true
    case "--json": opts.json = true
    case "--charters": guard let n = Int(value(a)), n > 0 else { usage() }; opts.charters = n; opts.explicitCharters = true
    case "--residents": guard let n = Int(value(a)), n > 0 else { usage() }; opts.residents = n; opts.explicitResidents = true
    case "--seed": guard let n = UInt64(value(a)) else { usage() }; opts.seed = n
    case "--rules": guard let n = Int(value(a)), n > 0 else { usage() }; opts.rules = n
    case "--peer": opts.peerPython = value(a)
    case "--data": opts.dataDir = value(a)
    case "--no-build": opts.build = false
    case "--no-callgrind": opts.callgrind = false
    case "--callgrind": opts.callgrind = true
    case "--charter": guard let n = Int(value(a)), n >= 0 else { usage() }; opts.dumpCharter = n
    case "--export-peer": opts.exportPeer = value(a)
    case "--profile":
      let stage = value(a)
      guard let n = Int(value(a)), n > 0 else { usage() }
      opts.profile = (stage, n)
    case "-h", "--help": usage()
    default: usage()
    }
  }
  if opts.quick {
    if !opts.explicitCharters { opts.charters = 100 }
    if !opts.explicitResidents { opts.residents = 20_000 }
  }
}


let bench = Bench(opts)
exit(bench.run())

/// The benchmark. Nothing here is global, so the work spread over cores shares only what it is given.
final class Bench {
  let opts: Options
  let fm = FileManager.default
  let binDir: String
  let weifaBin: String
  let trivialBin: String
  let dataDir: String
  let repoRoot: String?
  let lawContext: PreparedContext
  let spec: BatchSpec
  let specRules: [RuleSpec]
  let population: Population
  let generator: CharterGenerator
  let minSeconds: Double
  let cores = ProcessInfo.processInfo.activeProcessorCount
  let MB = 1_000_000.0
  var figures = [Figure]()
  var notes = [String]()
  var failures = [String]()
  var weifaBatchRate = 0.0
  var weifaBatchCPURate = 0.0
  let loadAtStart = loadAverage()

  init(_ o: Options) {
    opts = o
    let exePath = (try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    binDir = (exePath as NSString).deletingLastPathComponent
    weifaBin = binDir + "/weifa"
    trivialBin = binDir + "/weifa-trivial"
    dataDir = o.dataDir ?? ((binDir as NSString).deletingLastPathComponent + "/bench-data")
    try? fm.createDirectory(atPath: dataDir, withIntermediateDirectories: true)
    // The repository root: the nearest directory at or above the current one that holds Codes/.
    var root: String?
    var dir = fm.currentDirectoryPath
    for _ in 0..<8 {
      if fm.fileExists(atPath: dir + "/Codes/上位法") { root = dir; break }
      let parent = (dir as NSString).deletingLastPathComponent
      if parent == dir { break }
      dir = parent
    }
    repoRoot = root
    lawContext = PreparedContext(root.map { Bench.weifaFiles($0 + "/Codes/上位法") } ?? [])
    spec = BatchSpec.make(rules: o.rules)
    specRules = spec.rules
    population = Population(seed: o.seed, attributes: spec.used.attributes)
    generator = CharterGenerator(seed: o.seed)
    minSeconds = o.quick ? 0.1 : 2.0
  }

  func run() -> Int32 {
    if let i = opts.dumpCharter {
      print(generator.charter(index: i), terminator: "")
      return 0
    }
    if let (stage, n) = opts.profile {
      // One stage over n generated charters, nothing else: what callgrind should count.
      let files = (0..<n).map { i in InputFile(path: "corpus/\(i).weifa", bytes: Array(generator.charter(index: i).utf8)) }
      var errors = 0
      for f in files {
        switch stage {
        case "none": break
        case "parse": blackHole(Parser.parse(SourceFile(path: f.path, bytes: f.bytes)))
        case "lower": blackHole(Charter.lower(Parser.parse(SourceFile(path: f.path, bytes: f.bytes)).tree))
        default: errors += Analysis(files: [f], prepared: lawContext).diagnostics.filter { $0.severity == .error }.count
        }
      }
      print("\(stage): \(n) charters, \(files.reduce(0) { $0 + $1.bytes.count }) bytes, \(errors) errors")
      return 0
    }
    if let dir = opts.exportPeer {
      let ok = exportPeer(dir, residents: opts.residents)
      print(ok ? "wrote \(dir): charter.weifa (\(specRules.count) rules), spec.json, population.csv (\(opts.residents) residents), the OpenFisca peer"
               : "error: cannot write \(dir)")
      return ok ? 0 : 2
    }
    guard ensureBinaries() else { return 2 }
    let codes: [InputFile] = repoRoot.map { Bench.weifaFiles($0 + "/Codes") } ?? []
    let sampleCount = min(opts.charters, opts.quick ? 20 : 400)
    let sample: [InputFile] = (0..<sampleCount).map { i in InputFile(path: "corpus/\(i).weifa", bytes: Array(generator.charter(index: i).utf8)) }
    if !codes.isEmpty {
      singleCore(codes, section: "single core: Codes/ (\(codes.count) real-looking charters and statutes)", checkTogether: true)
    } else {
      notes.append("Codes/ not found from the current directory: the Codes/ rows are left out")
    }
    let statuteParse = singleCore(sample, section: "single core: \(sampleCount) synthetic charters (+ 上位法 context)", checkTogether: false)
    // The same charters as most real ones are laid out (一、 headings, 1. articles, @条标): the
    // parse must keep within 20% of the 第X条 layout's (issue 11).
    let realSample: [InputFile] = (0..<sampleCount).map { i in InputFile(path: "corpus/real-\(i).weifa", bytes: Array(generator.realLayoutCharter(index: i).utf8)) }
    let realSection = "single core: the same \(sampleCount) charters laid out 一、/1. (+ 上位法 context)"
    let realParse = singleCore(realSample, section: realSection, checkTogether: false)
    if statuteParse > 0 {
      add(realSection, "parse, 一、/1. layout ÷ 第X条 layout", realParse / statuteParse, "×", atLeast: 0.8)
    }
    if let root = repoRoot {
      // Each bundle as `weifa build DIR --to html` reads it: its files, with the 上位法 as context.
      let dirs = ((try? fm.contentsOfDirectory(atPath: root + "/Codes")) ?? []).sorted().filter { $0 != "上位法" && !$0.hasPrefix(".") }
      htmlBuild(dirs.map { (Bench.weifaFiles(root + "/Codes/" + $0), lawContext) }, section: "build --to html: Codes/ bundles")
    }
    htmlBuild(sample.prefix(opts.quick ? 10 : 100).map { ([$0], lawContext) }, section: "build --to html: synthetic charters")
    corpus(singleCoreParse: statuteParse)
    batch()
    amendmentDiff()
    docx()
    startup()
    instructions(codesBytes: codes.reduce(0) { $0 + $1.bytes.count })
    report()
    return failures.isEmpty ? 0 : 1
  }

  /// `swift run weifa-bench` builds only the benchmark: build `weifa` and `weifa-trivial` the same
  /// way (release, the same scratch path) so that the processes measured are current.
  func ensureBinaries() -> Bool {
    if opts.build {
      var dir = fm.currentDirectoryPath
      var package: String?
      for _ in 0..<8 {
        if fm.fileExists(atPath: dir + "/Package.swift") { package = dir; break }
        let parent = (dir as NSString).deletingLastPathComponent
        if parent == dir { break }
        dir = parent
      }
      // binDir is <scratch>/<triple>/release.
      let scratch = ((binDir as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
      if let package, let swift = ["/usr/bin/swift", "/opt/swift/usr/bin/swift"].first(where: { fm.isExecutableFile(atPath: $0) })
          ?? ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map({ $0 + "/swift" }).first(where: { fm.isExecutableFile(atPath: $0) }) {
        for product in ["weifa", "weifa-trivial"] {
          progress("building \(product) (release, \(scratch))")
          let log = dataDir + "/build-\(product).txt"
          let r = runChild(swift, ["build", "-c", "release", "--scratch-path", scratch, "--product", product], stdout: log, stderr: log, cwd: package)
          if r?.status != 0 {
            FileHandle.standardError.write(Data("error: building \(product) failed; see \(log)\n".utf8))
            return false
          }
        }
      } else {
        notes.append("could not run `swift build` for weifa and weifa-trivial: the binaries beside weifa-bench are used as they are")
      }
    }
    for bin in [weifaBin, trivialBin] where !fm.isExecutableFile(atPath: bin) {
      FileHandle.standardError.write(Data("error: \(bin) is missing; build it with swift build -c release\n".utf8))
      return false
    }
    return true
  }

  /// The .weifa files under a directory, in name order (as `weifa check` reads them).
  static func weifaFiles(_ dir: String) -> [InputFile] {
    let fm = FileManager.default
    var out = [InputFile]()
    guard let names = try? fm.contentsOfDirectory(atPath: dir) else { return out }
    for name in names.sorted() where !name.hasPrefix(".") {
      let full = dir + "/" + name
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: full, isDirectory: &isDir) else { continue }
      if isDir.boolValue { out += weifaFiles(full) } else if name.hasSuffix(".weifa"), let d = fm.contents(atPath: full) {
        out.append(InputFile(path: full, bytes: [UInt8](d)))
      }
    }
    return out
  }

  // MARK: - Figures

  func add(_ section: String, _ name: String, _ value: Double, _ unit: String, note: String = "", atLeast: Double? = nil, atMost: Double? = nil) {
    var f = Figure(section: section, name: name, value: value, unit: unit, note: note)
    if let t = atLeast { f.target = (">=", t) }
    if let t = atMost { f.target = ("<=", t) }
    figures.append(f)
    progress("  \(name): \(format(value, unit)) \(unit)\(note.isEmpty ? "" : "  (\(note))")")
  }

  func progress(_ s: String) { if !opts.json { FileHandle.standardError.write(Data((s + "\n").utf8)) } }

  // MARK: - Population and peer files

  /// Writes the population CSV of `n` residents, generated in parallel chunks, in order.
  func writePopulation(_ n: Int, to path: String) -> Bool {
    guard let w = ChunkWriter(path) else { return false }
    w.buffer.append(contentsOf: population.header.utf8)
    let chunk = 20_000
    let chunks = (n + chunk - 1) / chunk
    var next = 0
    let population = self.population
    while next < chunks {
      let group = min(cores * 4, chunks - next)
      let parts = Mutex([[UInt8]](repeating: [], count: group))
      let base = next
      DispatchQueue.concurrentPerform(iterations: group) { k in
        var buf = [UInt8]()
        buf.reserveCapacity(chunk * 160)
        let lo = (base + k) * chunk, hi = min(n, lo + chunk)
        for i in lo..<hi { population.row(i, into: &buf) }
        parts.withLock { $0[k] = buf }
      }
      for part in parts.withLock({ $0 }) {
        w.buffer.append(contentsOf: part)
        w.flush()
      }
      next += group
    }
    w.close()
    return true
  }

  /// The expected header of `weifa batch` for the spec.
  func expectedBatchHeader() -> String {
    var periods = [String]()
    for r in specRules {
      let p = r.amount != nil && (r.amountPrefix ?? "").hasPrefix("每") ? r.amountPrefix! : "一次性"
      if !periods.contains(p) { periods.append(p) }
    }
    return "编号,义务,禁止,权利,享有," + periods.map { "\($0)合计（元）" }.joined(separator: ",") + ",享有项目,尚不确定"
  }

  func exportPeer(_ dir: String, residents: Int) -> Bool {
    try? fm.createDirectory(atPath: dir + "/weifa_peer", withIntermediateDirectories: true)
    var ok = writeFile(dir + "/charter.weifa", Array(spec.charter.utf8))
    ok = ok && writeFile(dir + "/spec.json", Array(spec.json.utf8))
    for (name, text) in PeerSources.files { ok = ok && writeFile(dir + "/" + name, Array(text.utf8)) }
    ok = ok && writePopulation(residents, to: dir + "/population.csv")
    return ok
  }

  // MARK: - 1. Single core on realistic charters

  func lines(_ files: [InputFile]) -> Int { files.reduce(0) { n, f in n + f.bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } } }

  /// Returns the parse throughput (MB/s).
  @discardableResult
  func singleCore(_ files: [InputFile], section: String, checkTogether: Bool) -> Double {
    guard !files.isEmpty else { return 0 }
    let bytes = Double(files.reduce(0) { $0 + $1.bytes.count })
    let nLines = Double(lines(files))
    progress("\(section): \(files.count) files, \(format(bytes / MB, "MB")) MB")
    // The ceiling: a plain byte scan of the same bytes.
    var sink = 0
    let scan = repeated(minSeconds: minSeconds) {
      for f in files { sink &+= f.bytes.withUnsafeBufferPointer { byteScan($0) } }
    }
    blackHole(sink)
    let scanRate = bytes * Double(scan.runs) / scan.seconds / MB
    add(section, "byte scan (reference)", scanRate, "MB/s")
    // Lexing: the line index plus the scanner's primitives (UTF-8 decoding and keyword folding of
    // every scalar). The parser has no separate token pass; this is what it does per scalar.
    let lex = repeated(minSeconds: minSeconds) {
      for f in files {
        let s = SourceFile(path: f.path, bytes: f.bytes)
        var i = 0, h: UInt32 = 0
        let b = s.bytes
        while i < b.count {
          let (sc, len) = UTF8Scan.decode(b, i)
          h &+= Variants.fold(sc).value
          i += len
        }
        sink &+= Int(h) &+ s.lineStarts.count
      }
    }
    blackHole(sink)
    add(section, "lex (line index + scalar scan)", bytes * Double(lex.runs) / lex.seconds / MB, "MB/s")
    let parse = repeated(minSeconds: minSeconds) {
      for f in files { blackHole(Parser.parse(SourceFile(path: f.path, bytes: f.bytes))) }
    }
    let parseRate = bytes * Double(parse.runs) / parse.seconds / MB
    add(section, "parse", parseRate, "MB/s")
    add(section, "parse", nLines * Double(parse.runs) / parse.seconds, "lines/s")
    var errors = 0
    let law = lawContext
    let check = repeated(minSeconds: minSeconds) {
      if checkTogether {
        // As `weifa check Codes` does it (manifests see their directory), on this thread only.
        let a = Analysis(files: files, siblings: { path in
          let dir = (path as NSString).deletingLastPathComponent
          return (try? FileManager.default.contentsOfDirectory(atPath: dir.isEmpty ? "." : dir)) ?? []
        }, concurrent: false)
        errors = a.diagnostics.filter { $0.severity == .error }.count
      } else {
        errors = 0
        for f in files { errors += Analysis(files: [f], prepared: law, concurrent: false).diagnostics.filter { $0.severity == .error }.count }
      }
    }
    let checkRate = bytes * Double(check.runs) / check.seconds / MB
    add(section, "full check", checkRate, "MB/s", note: errors == 0 ? "0 errors" : "\(errors) errors")
    add(section, "full check", nLines * Double(check.runs) / check.seconds, "lines/s")
    // The targets of issue 17, ratios within this run (same bytes, same core).
    add(section, "parse ÷ byte scan", parseRate / scanRate, "×", atLeast: 0.08)
    add(section, "full check ÷ parse", checkRate / parseRate, "×", atLeast: 1.0 / 3)
    if errors > 0 && !checkTogether { failures.append("\(section): \(errors) errors in generated charters") }
    if errors > 0 && checkTogether { notes.append("Codes/ has \(errors) error(s) in this tree (not the benchmark's doing)") }
    return parseRate
  }

  // MARK: - 2. build --to html

  func htmlBuild(_ groups: [(files: [InputFile], context: PreparedContext)], section: String) {
    guard !groups.isEmpty else { return }
    let bytes = Double(groups.reduce(0) { $0 + $1.files.reduce(0) { $0 + $1.bytes.count } })
    var outBytes = 0
    var renderSeconds = 0.0
    let total = repeated(minSeconds: minSeconds) {
      outBytes = 0
      for g in groups {
        let inputs = Analysis.bundleOrder(g.files)
        let a = Analysis(files: inputs, prepared: g.context, concurrent: false)
        renderSeconds += seconds {
          outBytes += a.render(format: .html, annotated: false, draft: a.diagnostics.contains { $0.severity == .error }, lang: .zh).utf8.count
        }
      }
    }
    add(section, "build --to html (check + render)", bytes * Double(total.runs) / total.seconds / MB, "MB/s", note: "\(format(Double(outBytes) / MB, "MB")) MB of HTML per pass")
    add(section, "render html only", bytes * Double(total.runs) / renderSeconds / MB, "MB/s")
  }

  // MARK: - weifa diff (issue 18)

  /// Two 1,000-article versions where every article changed (`AmendmentPair`), diffed on this
  /// thread: the alignment, the word diff, what changes for whom and the printed table.
  func amendmentDiff() {
    let section = "weifa diff: two 1,000-article versions, every article changed (one core)"
    let (old, new) = AmendmentPair.make(seed: opts.seed, articles: 1000)
    let o = Analysis(files: [InputFile(path: "old.weifa", bytes: Array(old.utf8))], concurrent: false)
    let n = Analysis(files: [InputFile(path: "new.weifa", bytes: Array(new.utf8))], concurrent: false)
    progress("\(section): \(format(Double(old.utf8.count + new.utf8.count) / MB, "MB")) MB")
    var out = 0
    let cpuBefore = processCPU()
    let run = repeated(minSeconds: minSeconds) {
      out = Analysis.diff(old: o, count: 1, path: "old.weifa", new: n, count: 1, path: "new.weifa", format: .text, explain: false, lang: .zh).utf8.count
    }
    let cpu = processCPU() - cpuBefore
    add(section, "diff (align + word diff + impacts + text)", run.seconds / Double(run.runs) * 1000, "ms",
        note: "\(format(Double(out) / MB, "MB")) MB of text", atMost: 1000)
    // The work itself, whatever else the machine was doing (the diff runs on this thread only).
    add(section, "diff, CPU time", cpu / Double(run.runs) * 1000, "ms", atMost: 500)
    let html = repeated(minSeconds: minSeconds) {
      out = Analysis.diff(old: o, count: 1, path: "old.weifa", new: n, count: 1, path: "new.weifa", format: .html, explain: false, lang: .zh).utf8.count
    }
    add(section, "diff --to html", html.seconds / Double(html.runs) * 1000, "ms", atMost: 1000)
  }

  // MARK: - 3. The province corpus

  struct Tally { var errors = 0, warnings = 0, bytes = 0, articles = 0, first: [String] = [] }

  /// `singleCoreParse`: the parse throughput (MB/s) of the synthetic charters on one core, the
  /// yardstick of the corpus's MB per CPU second (issue 17).
  func corpus(singleCoreParse: Double) {
    let n = opts.charters
    let corpusDir = dataDir + "/corpus-s\(opts.seed)-n\(n)"
    let corpusPath: @Sendable (Int) -> String = { i in corpusDir + "/\(i / 1000)/\(i).weifa" }
    let section = "province corpus: \(grouped(n)) synthetic charters"
    progress("\(section): generating into \(corpusDir)")
    try? fm.removeItem(atPath: corpusDir)
    for d in 0...(n - 1) / 1000 { try? fm.createDirectory(atPath: corpusDir + "/\(d)", withIntermediateDirectories: true) }
    let written = Atomic<Int>(0)
    let generator = self.generator, cores = self.cores
    let genSeconds = seconds {
      DispatchQueue.concurrentPerform(iterations: cores) { w in
        var i = w
        var bytes = 0
        while i < n {
          let text = Array(generator.charter(index: i).utf8)
          bytes += text.count
          _ = writeFile(corpusPath(i), text)
          i += cores
        }
        written.add(bytes, ordering: .relaxed)
      }
    }
    let corpusBytes = Double(written.load(ordering: .relaxed))
    add(section, "corpus size", corpusBytes / MB, "MB", note: "generated in \(String(format: "%.1f", genSeconds)) s on \(cores) cores")
    let law = lawContext
    func checkCorpus(workers: Int) -> (seconds: Double, cpu: Double, peak: Int?, tally: Tally) {
      resetPeakMemory()
      let cpu0 = processCPU()
      let next = Atomic<Int>(0)
      let tally = Mutex(Tally())
      let secs = seconds {
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
          var local = Tally()
          while true {
            let i = next.add(1, ordering: .relaxed).oldValue
            guard i < n else { break }
            guard let data = FileManager.default.contents(atPath: corpusPath(i)) else { local.errors += 1; continue }
            let file = InputFile(path: corpusPath(i), bytes: [UInt8](data))
            let a = Analysis(files: [file], prepared: law, concurrent: false)
            local.bytes += file.bytes.count
            local.articles += a.workspace.charters[0].articles.count
            for d in a.diagnostics {
              if d.severity == .error { local.errors += 1 } else if d.severity == .warning { local.warnings += 1 }
              if local.first.count < 5 && (d.severity == .error || d.severity == .warning) { local.first.append(TextReport.render(d, lang: .zh)) }
            }
          }
          tally.withLock { t in
            t.errors += local.errors; t.warnings += local.warnings; t.bytes += local.bytes; t.articles += local.articles
            t.first += local.first.prefix(max(0, 5 - t.first.count))
          }
        }
      }
      return (secs, processCPU() - cpu0, peakMemory(), tally.withLock { $0 })
    }
    // How many cores this run really gets: `cores` threads spinning for half a second. On a
    // machine shared with other work the second core may be busy, and no program scales.
    let spinCPU0 = processCPU()
    let spinWall = seconds {
      DispatchQueue.concurrentPerform(iterations: cores) { w in
        let end = ContinuousClock.now + .milliseconds(500)
        var x = UInt64(w)
        while ContinuousClock.now < end { for _ in 0..<10_000 { x = x &* 6364136223846793005 &+ 1 } }
        blackHole(x)
      }
    }
    add(section, "cores available to this run", (processCPU() - spinCPU0) / spinWall, "cores",
        note: "\(cores) threads spinning: CPU seconds per second of wall clock")
    progress("\(section): checking on \(cores) cores")
    let all = checkCorpus(workers: cores)
    add(section, "check, \(cores) cores: wall", all.seconds, "s", note: "\(grouped(all.tally.articles)) articles; \(all.tally.errors) errors, \(all.tally.warnings) warnings")
    add(section, "check, \(cores) cores: throughput", corpusBytes / all.seconds / MB, "MB/s", note: String(format: "%.1f CPU seconds: %.2f MB per CPU second", all.cpu, corpusBytes / all.cpu / MB))
    add(section, "check, \(cores) cores: peak memory", Double(all.peak ?? 0) / MB, "MB", atMost: 64)
    if singleCoreParse > 0 && all.cpu > 0 {
      add(section, "check, \(cores) cores: MB per CPU second ÷ single-core parse MB/s", corpusBytes / all.cpu / MB / singleCoreParse, "×", atLeast: 1.0 / 3)
    }
    progress("\(section): checking on 1 core")
    let one = checkCorpus(workers: 1)
    add(section, "check, 1 core: wall", one.seconds, "s")
    add(section, "check, 1 core: throughput", corpusBytes / one.seconds / MB, "MB/s", note: String(format: "%.1f CPU seconds", one.cpu))
    add(section, "check, 1 core: peak memory", Double(one.peak ?? 0) / MB, "MB")
    if all.tally.errors > 0 || all.tally.warnings > 0 {
      failures.append("the generated corpus does not check clean: \(all.tally.errors) errors, \(all.tally.warnings) warnings\n" + all.tally.first.joined(separator: "\n"))
    }
    try? fm.removeItem(atPath: corpusDir)
  }

  // MARK: - 4. Batch evaluation

  /// Verifies `weifa batch` output against the spec: the header, the row count, and every
  /// `stride`-th row recomputed from the spec alone.
  func verifyBatch(_ outPath: String, residents: Int, stride step: Int) -> [String] {
    guard let data = fm.contents(atPath: outPath) else { return ["cannot read \(outPath)"] }
    let rows = data.split(separator: 0x0A, omittingEmptySubsequences: false)
    var problems = [String]()
    let header = rows.first.map { String(decoding: $0, as: UTF8.self) } ?? ""
    if header != expectedBatchHeader() { problems.append("header: \(header)\n  expected: \(expectedBatchHeader())") }
    if rows.count - 2 != residents { problems.append("\(rows.count - 2) rows for \(residents) residents") }
    var i = 0
    while i < residents && problems.count < 5 {
      let id = "R" + String(repeating: "0", count: max(0, 7 - String(i + 1).count)) + String(i + 1)
      let want = expectedBatchRow(spec, population.person(i), id: id)
      if i + 1 < rows.count {
        let got = String(decoding: rows[i + 1], as: UTF8.self)
        if got != want { problems.append("row \(i + 1): \(got)\n  expected: \(want)") }
      }
      i += step
    }
    return problems
  }

  func batch() {
    let batchDir = dataDir + "/batch-s\(opts.seed)-r\(opts.rules)"
    try? fm.createDirectory(atPath: batchDir, withIntermediateDirectories: true)
    let charterPath = batchDir + "/charter.weifa"
    _ = writeFile(charterPath, Array(spec.charter.utf8))
    _ = writeFile(batchDir + "/spec.json", Array(spec.json.utf8))
    let section = "batch: \(specRules.count) rules, \(grouped(opts.residents)) residents, CSV in and out"
    let smallN = max(1, opts.residents / 10)
    let popPath = batchDir + "/population-\(opts.residents).csv"
    let smallPath = batchDir + "/population-\(smallN).csv"
    progress("\(section): generating the population")
    let gen = seconds { _ = writePopulation(opts.residents, to: popPath); _ = writePopulation(smallN, to: smallPath) }
    let csvBytes = (try? fm.attributesOfItem(atPath: popPath)[.size] as? Int) ?? 0
    add(section, "population CSV", Double(csvBytes) / MB, "MB", note: "generated in \(String(format: "%.1f", gen)) s")
    // The charter must check clean before it is evaluated.
    if let r = runChild(weifaBin, ["check", charterPath], stderr: batchDir + "/check.txt"), r.status != 0 {
      failures.append("the batch charter does not check clean; see \(batchDir)/check.txt")
    }
    let outPath = batchDir + "/weifa-out.csv"
    progress("\(section): weifa batch")
    var runs = [ChildResult]()
    for _ in 0..<(opts.quick ? 1 : 3) {
      if let r = runChild(weifaBin, ["batch", charterPath, "--residents", popPath, "-o", outPath], stderr: batchDir + "/batch-stderr.txt") { runs.append(r) }
    }
    guard let best = runs.min(by: { $0.seconds < $1.seconds }), best.status == 0 else {
      failures.append("weifa batch failed (status \(runs.first?.status ?? -1)); see \(batchDir)/batch-stderr.txt")
      return
    }
    weifaBatchRate = Double(opts.residents) / best.seconds
    weifaBatchCPURate = Double(opts.residents) / best.cpu
    add(section, "weifa batch, wall clock", weifaBatchRate, "residents/s", note: "best of \(runs.count); \(String(format: "%.2f", best.seconds)) s")
    add(section, "weifa batch, per core (CPU time)", weifaBatchCPURate, "residents/s", note: String(format: "%.2f CPU seconds, one thread", best.cpu), atLeast: 1_000_000)
    add(section, "weifa batch: throughput", Double(csvBytes) / best.seconds / MB, "MB/s of CSV in")
    add(section, "weifa batch: peak memory, \(grouped(opts.residents)) residents", Double(best.maxRSS) / MB, "MB")
    if let small = runChild(weifaBin, ["batch", charterPath, "--residents", smallPath, "-o", batchDir + "/weifa-out-small.csv"]) {
      add(section, "weifa batch: peak memory, \(grouped(smallN)) residents", Double(small.maxRSS) / MB, "MB", note: "memory stays flat as the population grows")
    }
    let step = opts.quick ? 1 : 97
    let problems = verifyBatch(outPath, residents: opts.residents, stride: step)
    if problems.isEmpty {
      notes.append("weifa batch output matches the spec: header, row count, and \(step == 1 ? "every row" : "every \(step)th row") recomputed from the spec alone")
    } else {
      failures.append("weifa batch output differs from the spec:\n" + problems.joined(separator: "\n"))
    }
    guard let given = opts.peerPython else {
      notes.append("peer not run (give --peer PYTHON, or run .ci/bench-peer.sh)")
      return
    }
    // The peer runs in its own directory: name its interpreter from here.
    let python = given.hasPrefix("/") ? given : given.contains("/") ? fm.currentDirectoryPath + "/" + given
      : (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { $0 + "/" + given }.first { fm.isExecutableFile(atPath: $0) } ?? given
    // The peer: OpenFisca on the same rules, the same population, the same output columns.
    let peerDir = batchDir + "/peer"
    try? fm.createDirectory(atPath: peerDir + "/weifa_peer", withIntermediateDirectories: true)
    for (name, text) in PeerSources.files { _ = writeFile(peerDir + "/" + name, Array(text.utf8)) }
    let peerOut = batchDir + "/openfisca-out.csv"
    progress("\(section): OpenFisca")
    let reportPath = batchDir + "/openfisca-report.json"
    guard let r = runChild(python, [peerDir + "/run_openfisca.py", batchDir + "/spec.json", popPath, peerOut],
                           stdout: reportPath, stderr: batchDir + "/openfisca-stderr.txt", cwd: peerDir), r.status == 0 else {
      let err = (try? String(contentsOfFile: batchDir + "/openfisca-stderr.txt", encoding: .utf8)) ?? ""
      failures.append("the OpenFisca peer failed (\(python)):\n" + (err.isEmpty ? "it could not be started" : String(err.suffix(2000))))
      return
    }
    let peerRate = Double(opts.residents) / r.seconds
    let peerCPURate = Double(opts.residents) / r.cpu
    var compute = 0.0
    var version = "?"
    if let d = fm.contents(atPath: reportPath), let j = try? JSONSerialization.jsonObject(with: d) as? [String: Any] {
      compute = j["compute_seconds"] as? Double ?? 0
      version = j["openfisca_core"] as? String ?? "?"
    }
    add(section, "OpenFisca \(version), wall clock", peerRate, "residents/s", note: "\(String(format: "%.2f", r.seconds)) s end to end; formulas alone \(String(format: "%.2f", compute)) s")
    add(section, "OpenFisca, per core (CPU time)", peerCPURate, "residents/s", note: String(format: "%.2f CPU seconds", r.cpu))
    add(section, "OpenFisca: peak memory", Double(r.maxRSS) / MB, "MB")
    // Agreement on the whole population.
    let mismatches = compareFiles(outPath, peerOut)
    add(section, "rows where Weifa and OpenFisca disagree", Double(mismatches.count), "rows", note: "every one of \(grouped(opts.residents)) rows compared", atMost: 0)
    if mismatches.count == 0 {
      add(section, "Weifa ÷ OpenFisca, end to end, CPU time", weifaBatchCPURate / peerCPURate, "×", atLeast: 20)
      add(section, "Weifa ÷ OpenFisca, end to end, wall clock", weifaBatchRate / peerRate, "×")
      if compute > 0 { add(section, "Weifa end to end ÷ OpenFisca's formulas alone (no CSV), wall clock", weifaBatchRate * compute / Double(opts.residents), "×", atLeast: 1) }
    } else {
      failures.append("Weifa and OpenFisca disagree on \(mismatches.count) rows; first:\n" + mismatches.examples.joined(separator: "\n"))
    }
  }

  /// Compares two CSV files line by line.
  func compareFiles(_ a: String, _ b: String) -> (count: Int, examples: [String]) {
    guard let da = fm.contents(atPath: a), let db = fm.contents(atPath: b) else { return (-1, ["cannot read the outputs"]) }
    let la = da.split(separator: 0x0A, omittingEmptySubsequences: false)
    let lb = db.split(separator: 0x0A, omittingEmptySubsequences: false)
    var count = abs(la.count - lb.count)
    var examples = [String]()
    if la.count != lb.count { examples.append("\(la.count) lines against \(lb.count)") }
    for i in 0..<min(la.count, lb.count) where la[i] != lb[i] {
      count += 1
      if examples.count < 5 {
        examples.append("line \(i + 1):\n  weifa:     \(String(decoding: la[i], as: UTF8.self))\n  openfisca: \(String(decoding: lb[i], as: UTF8.self))")
      }
    }
    return (count, examples)
  }

  // MARK: - 5. Start-up: weifa check of one charter as a process, against a trivial executable

  func startup() {
    let n = opts.quick ? 5 : 21
    let section = "start-up: one process, median of \(n) runs"
    var target: (path: String, cwd: String?, name: String)
    if let root = repoRoot {
      target = ("Codes/石门村/石门村村规民约.weifa", root, "weifa check 石门村村规民约.weifa (+ its bundle and 上位法)")
    } else {
      let p = dataDir + "/typical.weifa"
      _ = writeFile(p, Array(generator.charter(index: 1).utf8))
      target = (p, nil, "weifa check (a generated charter)")
    }
    var check = [Double](), trivial = [Double](), version = [Double](), uncached = [Double]()
    var status: Int32 = 0
    for _ in 0..<n {
      if let r = runChild(trivialBin, []) { trivial.append(r.seconds) }
      if let r = runChild(weifaBin, ["check", target.path], cwd: target.cwd) { check.append(r.seconds); status = r.status }
      if let r = runChild(weifaBin, ["--version"]) { version.append(r.seconds) }
      // The same check with the cache of context models off: 上位法 parsed and lowered again (issue 17).
      if let r = runChild(weifaBin, ["check", target.path], cwd: target.cwd, environment: ["WEIFA_NO_CACHE=1"]) { uncached.append(r.seconds) }
    }
    let t = median(trivial), c = median(check), v = median(version), u = median(uncached)
    add(section, "weifa-trivial", t * 1000, "ms")
    add(section, "weifa --version", v * 1000, "ms", note: String(format: "%.1f× trivial", v / t))
    add(section, target.name, c * 1000, "ms", note: status == 0 ? "exit 0" : "exit \(status)")
    add(section, target.name + ", context cache off (WEIFA_NO_CACHE=1)", u * 1000, "ms", note: String(format: "%.1f× trivial", u / t))
    add(section, "check ÷ trivial", c / t, "×", atMost: 2)
  }

  // MARK: - 6. Instructions (callgrind): repeatable on a noisy machine (issue 17)

  /// `valgrind --tool=callgrind` on `weifa check Codes` (instructions per input byte, target ≤ 150)
  /// and on one charter with its context (cache warm) against `weifa-trivial`. Left out with
  /// `--no-callgrind` (and in `--quick` runs unless `--callgrind`), without valgrind on PATH or
  /// without Codes/.
  func instructions(codesBytes: Int) {
    guard opts.callgrind ?? !opts.quick, let root = repoRoot, codesBytes > 0 else { return }
    guard let valgrind = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map({ $0 + "/valgrind" })
      .first(where: { fm.isExecutableFile(atPath: $0) }) else {
      notes.append("valgrind is not on PATH: the instruction counts (callgrind) are left out")
      return
    }
    let section = "instructions (valgrind --tool=callgrind, release)"
    progress(section)
    func count(_ bin: String, _ args: [String], environment: [String] = []) -> Double? {
      let log = dataDir + "/callgrind.txt"
      guard let r = runChild(valgrind, ["--tool=callgrind", "--callgrind-out-file=/dev/null", bin] + args, stderr: log, cwd: root, environment: environment),
            r.status == 0, let text = try? String(contentsOfFile: log, encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.contains("Collected :") }),
            let n = line.split(separator: " ").last.flatMap({ Double($0) }) else { return nil }
      return n
    }
    if let all = count(weifaBin, ["check", "Codes"], environment: ["WEIFA_NO_CACHE=1"]) {
      add(section, "weifa check Codes", all / 1e6, "M instructions", note: "\(grouped(codesBytes)) bytes")
      add(section, "weifa check Codes: instructions per input byte", all / Double(codesBytes), "instructions/byte", atMost: 150)
    }
    let one = ["check", "Codes/石门村/石门村村规民约.weifa"]
    _ = runChild(weifaBin, one, cwd: root)   // warm the cache of context models
    if let c = count(weifaBin, one), let t = count(trivialBin, []) {
      add(section, "weifa-trivial", t / 1e6, "M instructions")
      add(section, "weifa check 石门村村规民约.weifa, cache warm", c / 1e6, "M instructions", note: String(format: "%.1f× trivial", c / t))
    }
  }

  // MARK: - Report

  func report() {
    let machine = machineDescription()
    if opts.json {
      var s = "{\"machine\":\(jsonString(machine)),\"load\":[\(jsonString(loadAtStart)),\(jsonString(loadAverage()))],\"seed\":\(opts.seed),\"charters\":\(opts.charters),\"residents\":\(opts.residents),\"rules\":\(specRules.count),\"quick\":\(opts.quick),\"figures\":[\n"
      s += figures.map { f in
        var o = "{\"section\":\(jsonString(f.section)),\"name\":\(jsonString(f.name)),\"value\":\(f.value.isFinite ? String(f.value) : "null"),\"unit\":\(jsonString(f.unit))"
        if !f.note.isEmpty { o += ",\"note\":\(jsonString(f.note))" }
        if let t = f.target { o += ",\"target\":{\"op\":\"\(t.op)\",\"value\":\(t.value)},\"met\":\(f.met!)" }
        return o + "}"
      }.joined(separator: ",\n")
      s += "\n],\"notes\":[\(notes.map(jsonString).joined(separator: ","))],\"failures\":[\(failures.map(jsonString).joined(separator: ","))]}"
      print(s)
      return
    }
    var out = "weifa-bench — seed \(opts.seed), \(grouped(opts.charters)) charters, \(grouped(opts.residents)) residents, \(specRules.count) rules\(opts.quick ? " (quick)" : "")\n"
    out += "machine: \(machine); load average \(loadAtStart) at the start, \(loadAverage()) at the end\n\n"
    // The targets first: every figure that has one, met or missed.
    let targeted = figures.filter { $0.target != nil }
    if !targeted.isEmpty {
      out += "Targets: \(targeted.filter { $0.met! }.count) of \(targeted.count) met\n\n| target | section | value | |\n|---|---|---:|---|\n"
      for f in targeted {
        let t = f.target!
        out += "| \(f.name) \(t.op == ">=" ? "≥" : "≤") \(format(t.value, f.unit)) \(f.unit) | \(f.section) | \(format(f.value, f.unit)) | \(f.met! ? "✅ met" : "❌ missed") |\n"
      }
      out += "\n"
    }
    out += "| figure | value | unit | target |\n|---|---:|---|---|\n"
    var last = ""
    for f in figures {
      if f.section != last { out += "| **\(f.section)** | | | |\n"; last = f.section }
      let target = f.target.map { "\($0.op == ">=" ? "≥" : "≤") \(format($0.value, f.unit)) " + (f.met! ? "✅ met" : "❌ missed") } ?? ""
      out += "| \(f.name)\(f.note.isEmpty ? "" : " — \(f.note)") | \(format(f.value, f.unit)) | \(f.unit) | \(target) |\n"
    }
    if !notes.isEmpty { out += "\n" + notes.map { "- \($0)" }.joined(separator: "\n") + "\n" }
    if !failures.isEmpty { out += "\nFAILURES:\n" + failures.map { "- \($0)" }.joined(separator: "\n") + "\n" }
    print(out, terminator: "")
  }
}

// MARK: - Figures and formatting

struct Figure {
  var section: String
  var name: String
  var value: Double
  var unit: String
  var note: String = ""
  /// A target: the value must be at least (">=") or at most ("<=") this.
  var target: (op: String, value: Double)?
  var met: Bool? { target.map { $0.op == ">=" ? value >= $0.value : value <= $0.value } }
}



func format(_ v: Double, _ unit: String) -> String {
  if unit == "×" && abs(v) < 1 { return String(format: "%.3f", v) }   // a ratio below one (parse ÷ byte scan)
  if unit == "×" || unit == "cores" { return String(format: "%.1f", v) }
  if unit == "s" || unit == "ms" { return v < 10 ? String(format: "%.3f", v) : String(format: "%.1f", v) }
  if v >= 100 || v == v.rounded() { return grouped(Int(v.rounded())) }
  if v >= 10 { return String(format: "%.1f", v) }
  return String(format: "%.2f", v)
}

func grouped(_ n: Int) -> String {
  let s = String(n)
  var out = ""
  for (i, ch) in s.reversed().enumerated() {
    if i > 0 && i % 3 == 0 && ch != "-" { out.append(",") }
    out.append(ch)
  }
  return String(out.reversed())
}

@inline(never) func blackHole<T>(_ x: T) { withExtendedLifetime(x) {} }

/// The reference: one pass over the bytes, counting line feeds (what any lexer must at least do).
/// Not inlined, so each call really reads every byte.
@inline(never) func byteScan(_ p: UnsafeBufferPointer<UInt8>) -> Int {
  var lines = 0
  for b in p where b == 0x0A { lines &+= 1 }
  return lines
}
