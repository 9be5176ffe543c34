#if canImport(Glibc)
import Glibc
#endif
import WeifaDriver

/// The cache of context documents' lowered models (`ContextCache`) as files: one per document,
/// named by a hash of its bytes and of this program's identity, in `$XDG_CACHE_HOME/weifa`
/// (else `~/.cache/weifa`). `WEIFA_NO_CACHE=1` turns it off; a directory that cannot be made or
/// written only means the models are lowered every time. Entries are written to a temporary
/// file and renamed into place, so a reader never sees half an entry.
struct DiskModelStore: ModelStore {
  let directory: String
  let identity: String

  /// The store the commands use: nil when `WEIFA_NO_CACHE` is set (to anything but 0 or empty)
  /// or no cache directory can be named.
  static let shared: DiskModelStore? = fromEnvironment()

  static func fromEnvironment() -> DiskModelStore? {
    func env(_ name: String) -> String? { getenv(name).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } }
    if let off = env("WEIFA_NO_CACHE"), off != "0" { return nil }
    let base: String
    if let xdg = env("XDG_CACHE_HOME"), xdg.hasPrefix("/") { base = xdg }   // the spec: a relative value is ignored
    else if let home = env("HOME"), home.hasPrefix("/") { base = Paths.joined(home, ".cache") }
    else { return nil }
    return DiskModelStore(directory: Paths.joined(base, "weifa"), identity: executableIdentity())
  }

  /// This program: its version, and the size, modification time and inode of the executable
  /// (every build is another program, even under the same version number). The executable is
  /// found through the path `/proc/self/exe` links to, not by `stat` on the link itself: under a
  /// tool that runs the program for it (valgrind), `stat("/proc/self/exe")` sees the tool, so
  /// the same program had another identity there and never found the entries a plain run wrote.
  static func executableIdentity() -> String {
    var st = stat()
    var exe = "unknown-\(getpid())"
    if let path = executablePath(), stat(path, &st) == 0 {
      exe = "\(st.st_size)-\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)-\(st.st_ino)"
    }
    return "weifa \(CLI.version) " + exe
  }

  /// The path of this program's executable, as `/proc/self/exe` names it; nil when it cannot be read.
  static func executablePath() -> String? {
    var buffer = [CChar](repeating: 0, count: 4097)
    let n = readlink("/proc/self/exe", &buffer, 4096)
    guard n > 0 && n < 4096 else { return nil }
    return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  func load(_ key: String) -> [UInt8]? {
    guard let h = FileStream.reading(Paths.joined(directory, key)) else { return nil }
    defer { h.close() }
    var out = [UInt8]()
    while true {
      guard let chunk = h.read(upTo: 1 << 20) else { return nil }
      if chunk.isEmpty { return out }
      out += chunk
      if out.count > 64 << 20 { return nil }   // no model is that large: not ours
    }
  }

  func store(_ key: String, _ bytes: [UInt8]) {
    guard makeDirectory() else { return }
    let target = Paths.joined(directory, key)
    let random = UInt64.random(in: 0...UInt64.max)
    let temporary = Paths.joined(directory, ".\(key).\(getpid())-\(String(random, radix: 36)).tmp")
    guard let h = FileStream.creating(temporary, mode: 0o600) else { return }
    let written = h.write(bytes)
    h.close()
    if !written || rename(temporary, target) != 0 { _ = unlink(temporary) }
  }

  /// The cache directory and its parents (mode 0700), as `mkdir -p`.
  private func makeDirectory() -> Bool {
    if FileKind.isDirectory(directory) { return true }
    var path = ""
    for part in directory.split(separator: "/") {
      path += "/" + part
      if mkdir(path, 0o700) != 0 && errno != EEXIST { return false }
    }
    return FileKind.isDirectory(directory)
  }
}
