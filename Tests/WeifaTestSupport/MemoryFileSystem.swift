import Foundation
import WeifaBase
import WeifaDriver

/// A file system in memory for the driver's `Loader`: files, directories and symbolic links
/// by absolute path. `repository()` holds the repository's Codes/ and Tests/Fixtures/ as they
/// are on disk, with the repository root as the current directory, so tests load charters
/// exactly as `weifa check` does — through the driver's one context rule, not a copy of it.
package final class MemoryFileSystem: FileSystem, @unchecked Sendable {
  package private(set) var files: [String: [UInt8]] = [:]
  package private(set) var directories: Set<String> = ["/"]
  package private(set) var links: [String: String] = [:]
  package let currentDirectory: String

  package init(currentDirectory: String = "/work") {
    self.currentDirectory = currentDirectory
    addDirectory(currentDirectory)
  }

  /// Adds a file (its directories too); a relative path is taken from the current directory.
  package func add(_ path: String, _ text: String) { add(path, bytes: Array(text.utf8)) }

  package func add(_ path: String, bytes: [UInt8]) {
    let p = absolute(path)
    addDirectory(Paths.deletingLastComponent(p))
    files[p] = bytes
  }

  package func addDirectory(_ path: String) {
    var p = absolute(path)
    while !p.isEmpty && directories.insert(p).inserted && p != "/" { p = Paths.deletingLastComponent(p) }
  }

  /// A symbolic link at `path` pointing to `target` (relative targets are resolved from the link's directory).
  package func link(_ path: String, to target: String) {
    let p = absolute(path)
    addDirectory(Paths.deletingLastComponent(p))
    links[p] = target
  }

  func absolute(_ path: String) -> String { Paths.standardized(path, cwd: currentDirectory) }

  /// Follows links; nil for a loop (more than 40 hops) or a missing target.
  func resolve(_ path: String) -> (path: String?, loop: Bool) {
    var p = absolute(path)
    for _ in 0..<40 {
      // Resolve links in every component, left to right.
      var out = ""
      var changed = false
      for part in p.split(separator: "/") {
        let next = out + "/" + part
        if let t = links[next] {
          out = Paths.standardized(t.hasPrefix("/") ? t : Paths.joined(out.isEmpty ? "/" : out, t), cwd: "/")
          changed = true
        } else {
          out = next
        }
      }
      if out.isEmpty { out = "/" }
      if !changed { return (files[out] != nil || directories.contains(out) ? out : nil, false) }
      p = out
    }
    return (nil, true)
  }

  package func status(_ path: String) -> FileStatus {
    let (real, loop) = resolve(path)
    if loop { return .linkLoop }
    guard let real else { return isSymbolicLink(path) ? .brokenLink : .missing }
    return directories.contains(real) ? .directory : .regular
  }
  package func isSymbolicLink(_ path: String) -> Bool { links[absolute(path)] != nil }
  package func linkTarget(_ path: String) -> String? { links[absolute(path)] }
  package func realPath(_ path: String) -> String? { resolve(path).path }
  package func list(_ directory: String) -> [String]? {
    guard let dir = resolve(directory).path, directories.contains(dir) else { return nil }
    let prefix = dir == "/" ? "/" : dir + "/"
    var names = Set<String>()
    for p in Array(files.keys) + Array(directories) + Array(links.keys) where p.hasPrefix(prefix) && p != dir {
      let rest = p.dropFirst(prefix.count)
      if !rest.isEmpty && !rest.contains("/") { names.insert(String(rest)) }
    }
    return Array(names)
  }
  package func read(_ path: String) -> Result<InputFile, LocalizedText> {
    guard let real = resolve(path).path, let bytes = files[real] else {
      return .failure(.init(zh: "错误：无法读取「\(path)」", en: "error: cannot read “\(path)”"))
    }
    return .success(InputFile(path: path, bytes: bytes))
  }

  /// The repository's Codes/ and Tests/Fixtures/ in memory, the repository root as the current directory.
  package static func repository() -> MemoryFileSystem {
    let fs = MemoryFileSystem(currentDirectory: repoRoot.path)
    for top in ["Codes", "Tests/Fixtures"] {
      let base = repoRoot.appendingPathComponent(top).path
      for case let rel as String in FileManager.default.enumerator(atPath: base) ?? .init() {
        let path = top + "/" + rel
        var isDir: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: repoRoot.appendingPathComponent(path).path, isDirectory: &isDir)
        if isDir.boolValue { fs.addDirectory(path) } else if path.hasSuffix(".weifa") { fs.add(path, bytes: readBytes(path)) }
      }
    }
    return fs
  }
}

/// The repository, loaded once, for tests that read Codes/ as the command line does.
package let repository = MemoryFileSystem.repository()
