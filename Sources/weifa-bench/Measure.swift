import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Wall-clock seconds of `body`.
func seconds(_ body: () throws -> Void) rethrows -> Double {
  let start = ContinuousClock.now
  try body()
  let d = ContinuousClock.now - start
  return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
}

/// Runs `body` until at least `minSeconds` have passed (at least once); returns (runs, seconds).
func repeated(minSeconds: Double, _ body: () -> Void) -> (runs: Int, seconds: Double) {
  var runs = 0
  var total = 0.0
  repeat {
    total += seconds(body)
    runs += 1
  } while total < minSeconds
  return (runs, total)
}

/// The process's peak resident set (VmHWM), in bytes.
func peakMemory() -> Int? {
  guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
  for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
    let digits = line.filter(\.isNumber)
    return Int(digits).map { $0 * 1024 }
  }
  return nil
}

/// The current resident set (VmRSS), in bytes.
func currentMemory() -> Int? {
  guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
  for line in s.split(separator: "\n") where line.hasPrefix("VmRSS:") {
    let digits = line.filter(\.isNumber)
    return Int(digits).map { $0 * 1024 }
  }
  return nil
}

/// Resets the peak resident set to the current one (Linux ≥ 4.0), so a phase's peak can be read.
@discardableResult
func resetPeakMemory() -> Bool {
  guard let h = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
  defer { try? h.close() }
  do { try h.write(contentsOf: Data("5".utf8)) } catch { return false }
  return true
}

/// A finished child process: exit status, wall seconds and its peak resident set.
struct ChildResult {
  var status: Int32
  var seconds: Double
  var maxRSS: Int
  /// CPU seconds (user + system): the work done, whatever else the machine was doing.
  var cpu: Double
}

/// CPU seconds (user + system) this process has used so far, all threads.
func processCPU() -> Double {
  var u = rusage()
  getrusage(RUSAGE_SELF.rawValue, &u)
  return Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6 + Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6
}

/// Runs a program (no shell), stdout and stderr to files or /dev/null, and reports its wall
/// time and peak memory (wait4's rusage).
/// `environment`: variables (NAME=value) the child gets besides ours.
func runChild(_ path: String, _ args: [String], stdout: String = "/dev/null", stderr: String = "/dev/null", cwd: String? = nil,
              environment: [String] = []) -> ChildResult? {
  var fa = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&fa)
  defer { posix_spawn_file_actions_destroy(&fa) }
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_addopen(&fa, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  posix_spawn_file_actions_addopen(&fa, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  let argv: [UnsafeMutablePointer<CChar>?] = ([path] + args).map { strdup($0) } + [nil]
  defer { for p in argv { free(p) } }
  var pid: pid_t = 0
  // The child starts in `cwd`: change ours around the spawn (spawns happen one at a time).
  let previous = FileManager.default.currentDirectoryPath
  if let cwd { _ = FileManager.default.changeCurrentDirectoryPath(cwd) }
  defer { if cwd != nil { _ = FileManager.default.changeCurrentDirectoryPath(previous) } }
  let start = ContinuousClock.now
  var inherited = [UnsafeMutablePointer<CChar>?]()
  var e = environ
  while let v = e.pointee { inherited.append(v); e += 1 }
  let extra: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) }
  defer { for p in extra { free(p) } }
  let envp = inherited + extra + [nil]
  let rc = argv.withUnsafeBufferPointer { buf in
    envp.withUnsafeBufferPointer { env in
      posix_spawn(&pid, path, &fa, nil, UnsafeMutablePointer(mutating: buf.baseAddress!), UnsafeMutablePointer(mutating: env.baseAddress!))
    }
  }
  guard rc == 0 else { return nil }
  var status: Int32 = 0
  var usage = rusage()
  while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
  let d = ContinuousClock.now - start
  let secs = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
  let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
  let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
  return ChildResult(status: exit, seconds: secs, maxRSS: Int(usage.ru_maxrss) * 1024, cpu: cpu)
}

func median(_ xs: [Double]) -> Double {
  let s = xs.sorted()
  guard !s.isEmpty else { return 0 }
  return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// Writes bytes to a file, replacing it.
func writeFile(_ path: String, _ bytes: [UInt8]) -> Bool {
  FileManager.default.createFile(atPath: path, contents: Data(bytes))
}

/// Streams bytes to a file in chunks (for files too large to hold).
final class ChunkWriter {
  let handle: FileHandle
  var buffer = [UInt8]()
  init?(_ path: String) {
    guard FileManager.default.createFile(atPath: path, contents: nil), let h = FileHandle(forWritingAtPath: path) else { return nil }
    handle = h
    buffer.reserveCapacity(1 << 21)
  }
  func flushIfNeeded() { if buffer.count >= 1 << 20 { flush() } }
  func flush() {
    if !buffer.isEmpty { handle.write(Data(buffer)) }
    buffer.removeAll(keepingCapacity: true)
  }
  func close() { flush(); try? handle.close() }
}

/// The machine: CPU model and count, memory, kernel.
func machineDescription() -> String {
  var model = "unknown CPU"
  if let s = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
     let line = s.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
     let colon = line.firstIndex(of: ":") {
    model = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
  }
  let cores = ProcessInfo.processInfo.activeProcessorCount
  let mem = Double(ProcessInfo.processInfo.physicalMemory) / Double(1 << 30)
  return "\(cores) cores, \(model), \(String(format: "%.0f", mem)) GiB"
}

/// The load average (1, 5, 15 minutes): how busy the machine was besides the benchmark.
func loadAverage() -> String {
  guard let s = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
  return s.split(separator: " ").prefix(3).joined(separator: " ")
}
