#if canImport(Glibc)
import Glibc
#endif

// The little of the file system the command line needs, on POSIX calls directly. The CLI links
// FoundationEssentials only: full Foundation (and the ICU data it loads) would triple the start-up
// time of `weifa check` on one charter, which issue 6 bounds at 3× a trivial executable.

/// An open file descriptor for reading or writing, with the calls retried on EINTR.
final class FileStream {
  let fd: Int32
  private let owned: Bool
  private var closed = false

  private init(fd: Int32, owned: Bool) { self.fd = fd; self.owned = owned }
  deinit { close() }

  static var standardInput: FileStream { FileStream(fd: 0, owned: false) }

  /// Opens `path` for reading; nil (with `errno` set) when it cannot be opened.
  static func reading(_ path: String) -> FileStream? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    return fd < 0 ? nil : FileStream(fd: fd, owned: true)
  }

  /// Creates (or truncates) `path` for writing with `mode`; nil when it cannot be created.
  static func creating(_ path: String, mode: mode_t = 0o644) -> FileStream? {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
    return fd < 0 ? nil : FileStream(fd: fd, owned: true)
  }

  /// Up to `count` bytes; empty at the end of the file; nil on a read error.
  func read(upTo count: Int) -> [UInt8]? {
    var failed = false
    let out = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      while true {
        let got = Glibc.read(fd, buffer.baseAddress, count)
        if got >= 0 { initialized = got; return }
        if errno != EINTR { initialized = 0; failed = true; return }
      }
    }
    return failed ? nil : out
  }

  /// Writes all of `bytes`; false on an error (a full disk, a closed pipe).
  @discardableResult
  func write(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { raw in
      var done = 0
      while done < raw.count {
        let n = Glibc.write(fd, raw.baseAddress! + done, raw.count - done)
        if n < 0 { if errno == EINTR { continue }; return false }
        done += n
      }
      return true
    }
  }

  func close() {
    guard owned, !closed else { return }
    closed = true
    _ = Glibc.close(fd)
  }
}

/// Paths resolved by the system (the string arithmetic is `Paths` in the driver).
enum PathText {
  /// The canonical absolute path with every link resolved, or nil (errno set) when it does not exist.
  static func real(_ path: String) -> String? {
    guard let p = realpath(path, nil) else { return nil }
    defer { free(p) }
    return String(decoding: UnsafeRawBufferPointer(start: p, count: strlen(p)), as: UTF8.self)
  }
}

/// What `lstat`/`stat` say about a path.
enum FileKind {
  /// The file type bits of `path` (following links), or nil when it does not exist.
  static func mode(_ path: String) -> mode_t? {
    var info = stat()
    return stat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
  }
  static func isDirectory(_ path: String) -> Bool { mode(path) == S_IFDIR }
  static func isRegularFile(_ path: String) -> Bool { mode(path) == S_IFREG }
  static func exists(_ path: String) -> Bool { mode(path) != nil }
  /// Whether `path` itself (not what it points to) is a symbolic link.
  static func isSymbolicLink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
  }
  /// The size in bytes of `path` (following links), or nil.
  static func size(_ path: String) -> Int? {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : nil
  }
  /// What the symbolic link `path` points to, as written in the link.
  static func linkTarget(_ path: String) -> String? {
    var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
    let n = buffer.withUnsafeMutableBytes { readlink(path, $0.baseAddress!.assumingMemoryBound(to: CChar.self), $0.count - 1) }
    guard n >= 0 else { return nil }
    return String(decoding: buffer[0..<n], as: UTF8.self)
  }
}

/// The system's description of an errno value.
func systemError(_ code: Int32) -> String {
  guard let s = strerror(code) else { return "error \(code)" }
  return String(decoding: UnsafeRawBufferPointer(start: s, count: strlen(s)), as: UTF8.self)
}
