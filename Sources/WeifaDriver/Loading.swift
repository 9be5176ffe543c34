import WeifaBase

/// What a path is, as the loader needs to know it (links followed).
package enum FileStatus: Equatable, Sendable {
  case regular, directory
  /// A pipe, a device or a socket: never read (a FIFO would block, `/dev/zero` never ends).
  case other
  case missing
  /// A symbolic link whose target does not exist.
  case brokenLink
  /// A symbolic link that leads back to itself.
  case linkLoop
}

/// The little the driver needs of a file system. The CLI implements it with POSIX calls
/// (`POSIXFileSystem`); tests implement it in memory. The driver itself never touches files.
package protocol FileSystem {
  /// What `path` is, following symbolic links.
  func status(_ path: String) -> FileStatus
  /// Whether `path` itself (not what it points to) is a symbolic link.
  func isSymbolicLink(_ path: String) -> Bool
  /// What the symbolic link `path` points to, as written in the link.
  func linkTarget(_ path: String) -> String?
  /// The canonical absolute path with every link resolved, or nil when it cannot be resolved.
  func realPath(_ path: String) -> String?
  /// The names in a directory (any order), or nil when it cannot be read.
  func list(_ directory: String) -> [String]?
  /// Reads one regular file and turns it into the UTF-8 the parser reads, with the notes on how
  /// (decoded from GB18030 …), or a message saying why it cannot be read.
  func read(_ path: String) -> Result<InputFile, LocalizedText>
  /// The current directory, absolute, as the system reports it.
  var currentDirectory: String { get }
}

/// Path arithmetic on strings, as NSString did it.
package enum Paths {
  /// `a/b/c.weifa` → `c.weifa`; trailing slashes are ignored.
  package static func lastComponent(_ path: String) -> String {
    var p = Substring(path)
    while p.count > 1 && p.hasSuffix("/") { p = p.dropLast() }
    if let slash = p.lastIndex(of: "/"), p != "/" { return String(p[p.index(after: slash)...]) }
    return String(p)
  }

  /// `a/b/c.weifa` → `a/b`; `c.weifa` → `""`; `/c` → `/`.
  package static func deletingLastComponent(_ path: String) -> String {
    var p = Substring(path)
    while p.count > 1 && p.hasSuffix("/") { p = p.dropLast() }
    guard let slash = p.lastIndex(of: "/") else { return "" }
    if slash == p.startIndex { return "/" }
    return String(p[..<slash])
  }

  /// `path` made absolute against `cwd`, with `.` and `..` removed and no trailing slash
  /// (symbolic links are not resolved), as `URL(fileURLWithPath:).standardizedFileURL.path`.
  package static func standardized(_ path: String, cwd: String) -> String {
    let absolute = path.hasPrefix("/") ? path : cwd + "/" + path
    var parts = [Substring]()
    for part in absolute.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..": if !parts.isEmpty { parts.removeLast() }
      default: parts.append(part)
      }
    }
    return "/" + parts.joined(separator: "/")
  }

  /// `dir/name`, without doubling a slash.
  package static func joined(_ dir: String, _ name: String) -> String {
    dir.hasSuffix("/") ? dir + name : dir + "/" + name
  }
}

/// Reads what the command line names: files, and directories walked for `.weifa` files (a
/// directory is a bundle), and the context a file is checked against. The one place that
/// knows which files are read as context.
package struct Loader {
  package let fs: any FileSystem
  /// Where the models of context documents are kept between runs (nil: lowered every time).
  package let store: (any ModelStore)?

  package init(_ fs: any FileSystem, store: (any ModelStore)? = nil) { self.fs = fs; self.store = store }

  /// The files of `path`: the file itself, or every `.weifa` file of the directory tree in
  /// name order (symbolic links are followed only when they stay inside it; loops, broken
  /// links and unreadable files are errors).
  package func collect(_ path: String) -> Result<[InputFile], LocalizedText> {
    switch fs.status(path) {
    case .missing, .brokenLink, .linkLoop: return .failure(missing(path))
    case .regular, .other: return fs.read(path).map { [$0] }
    case .directory: break
    }
    let root = fs.realPath(path) ?? path
    var files = [InputFile]()
    var visited = Set<String>()
    func walk(_ dir: String, real: String, ancestors: Set<String>) -> LocalizedText? {
      guard visited.insert(real).inserted else { return nil }   // reached twice through links
      guard let names = fs.list(dir) else {
        return .init(zh: "错误：无法读取目录「\(dir)」：没有权限或目录不存在", en: "error: cannot read directory “\(dir)”: permission denied or missing")
      }
      for name in names.sorted() where !name.hasPrefix(".") {
        let full = Paths.joined(dir, name)
        switch entry(full, root: root, ancestors: ancestors.union([real])) {
        case .skip: continue
        case .failure(let message): return message
        case .directory(let sub):
          if let e = walk(full, real: sub, ancestors: ancestors.union([real])) { return e }
        case .file:
          switch fs.read(full) {
          case .success(let file): files.append(file)
          case .failure(let e): return e
          }
        }
      }
      return nil
    }
    if let e = walk(path, real: root, ancestors: []) { return .failure(e) }
    // A directory with no charter in it is a mistyped path, not a clean bundle.
    guard !files.isEmpty else { return .failure(noCharters(path)) }
    return .success(files)
  }

  /// What an entry of a bundle directory is.
  enum Entry { case file, directory(real: String), skip, failure(LocalizedText) }

  /// Classifies `full`, an entry of a directory being walked under `root` (a real path),
  /// following symbolic links only within the bundle.
  func entry(_ full: String, root: String, ancestors: Set<String>) -> Entry {
    let weifa = full.hasSuffix(".weifa")
    if fs.isSymbolicLink(full) {
      guard let real = fs.realPath(full) else {
        let loop = fs.status(full) == .linkLoop
        guard weifa || loop || isDirectoryLink(full) else { return .skip }
        return .failure(loop
          ? .init(zh: "错误：「\(full)」是循环的符号链接", en: "error: “\(full)” is a symbolic link loop")
          : .init(zh: "错误：「\(full)」是失效的符号链接（指向的文件不存在）", en: "error: “\(full)” is a broken symbolic link"))
      }
      if !(real == root || real.hasPrefix(root.hasSuffix("/") ? root : root + "/")) {
        guard weifa || fs.status(real) == .directory else { return .skip }
        return .failure(.init(
          zh: "错误：「\(full)」是指向汇编目录之外（\(real)）的符号链接；汇编只读取自己目录中的文件，如需读取，请在命令行中直接给出该文件",
          en: "error: “\(full)” is a symbolic link out of the bundle (to \(real)); a bundle reads only its own files — name that file on the command line instead"))
      }
      if fs.status(real) == .directory {
        if ancestors.contains(real) {
          return .failure(.init(zh: "错误：「\(full)」是循环的符号链接（指向它所在的目录或上级目录）",
                                en: "error: “\(full)” is a symbolic link loop (it points to a directory that contains it)"))
        }
        return .directory(real: real)
      }
      return weifa ? .file : .skip
    }
    switch fs.status(full) {
    case .missing, .brokenLink, .linkLoop: return .skip
    case .directory: return .directory(real: fs.realPath(full) ?? full)
    case .regular, .other: return weifa ? .file : .skip
    }
  }

  /// The message for a directory that holds no `.weifa` file.
  package func noCharters(_ path: String) -> LocalizedText {
    .init(zh: "错误：「\(path)」中没有 .weifa 文件（目录中只读取扩展名为 .weifa 的文件，以「.」开头的除外）",
          en: "error: “\(path)” holds no .weifa file (a directory is read for files named *.weifa, except those starting with “.”)")
  }

  /// A broken link that looks as if it pointed to a directory.
  func isDirectoryLink(_ path: String) -> Bool {
    guard let target = fs.linkTarget(path) else { return false }
    return target.hasSuffix("/") || !target.contains(".")
  }

  /// The message for a path that does not exist, naming a broken or looping link as such.
  package func missing(_ path: String) -> LocalizedText {
    if fs.isSymbolicLink(path) {
      if fs.status(path) == .linkLoop { return .init(zh: "错误：「\(path)」是循环的符号链接", en: "error: “\(path)” is a symbolic link loop") }
      return .init(zh: "错误：「\(path)」是失效的符号链接（指向的文件不存在）", en: "error: “\(path)” is a broken symbolic link")
    }
    return .init(zh: "错误：找不到「\(path)」", en: "error: “\(path)” does not exist")
  }

  /// The context rule: the directories and files whose documents give context to `paths` —
  /// the `.weifa` files directly beside each file given (its bundle; never a recursive walk: a
  /// file in /tmp must not read all of /tmp) and the nearest `上位法` directory in or above each
  /// path (at most eight levels up).
  package func contextPaths(for paths: [String]) -> [String] {
    let cwd = fs.currentDirectory
    var out = [String]()
    for path in paths {
      let status = fs.status(path)
      guard status != .missing && status != .brokenLink && status != .linkLoop else { continue }
      let isDir = status == .directory
      let standard = Paths.standardized(path, cwd: cwd)
      var dir = isDir ? standard : Paths.deletingLastComponent(standard)
      if !isDir {
        for n in (fs.list(dir) ?? []).sorted() where n.hasSuffix(".weifa") && !n.hasPrefix(".") {
          out.append(relativeIfPossible(Paths.joined(dir, n)))
        }
      }
      for _ in 0..<8 {
        let candidate = Paths.joined(dir, "上位法")
        if fs.status(candidate) == .directory {
          out.append(relativeIfPossible(candidate))
          break
        }
        let parent = Paths.deletingLastComponent(dir)
        if parent == dir || parent.isEmpty { break }
        dir = parent
      }
    }
    return Array(Set(out)).sorted()
  }

  /// A path relative to the current directory when it lies below it, so messages stay short.
  package func relativeIfPossible(_ absolute: String) -> String {
    let cwd = fs.currentDirectory
    if absolute == cwd { return "." }
    if absolute.hasPrefix(cwd + "/") { return String(absolute.dropFirst(cwd.count + 1)) }
    return absolute
  }

  /// The names of the files beside `path` (for the bundle checks of a manifest).
  package func siblings(_ path: String) -> [String] {
    let dir = Paths.deletingLastComponent(path)
    return fs.list(dir.isEmpty ? "." : dir) ?? []
  }

  /// The files of every path, in order; the first that cannot be read ends the load.
  package func collectAll(_ paths: [String]) -> Result<[InputFile], LocalizedText> {
    var inputs = [InputFile]()
    for path in paths {
      switch collect(path) {
      case .failure(let message): return .failure(message)
      case .success(let files): inputs += files
      }
    }
    return .success(inputs)
  }

  /// The context documents for `paths`: each of `with` (which must exist), then what the
  /// context rule names. Context that cannot be read is left out (it is never reported on).
  package func context(for paths: [String], with: [String] = []) -> Result<[InputFile], LocalizedText> {
    for path in with where [.missing, .brokenLink, .linkLoop].contains(fs.status(path)) {
      return .failure(.init(zh: "错误：--with 给出的「\(path)」不存在", en: "error: the --with path “\(path)” does not exist"))
    }
    var context = [InputFile]()
    for path in with + contextPaths(for: paths) {
      if case .success(let files) = collect(path) { context += files }
    }
    return .success(context)
  }

  /// Reads `paths` and their context as `weifa check` does and analyses them: the analysis and
  /// how many of its documents were named (the rest are context).
  package func analyse(_ paths: [String], with: [String] = []) -> Result<(analysis: Analysis, count: Int), LocalizedText> {
    let inputs: [InputFile]
    switch collectAll(paths) {
    case .failure(let m): return .failure(m)
    case .success(let files): inputs = files
    }
    switch context(for: paths, with: with) {
    case .failure(let m): return .failure(m)
    case .success(let context): return .success((Analysis(files: inputs, context: context, siblings: siblings, store: store), inputs.count))
    }
  }

  /// What `weifa build PATH` prints: the files of `path` in book order (a manifest's `@收录`
  /// order) and their context; nil when `path` cannot be read.
  package func book(_ path: String) -> (files: [InputFile], context: [InputFile])? {
    try? loadBook(path).get()
  }

  /// `book`, or the message saying why `path` cannot be read.
  package func loadBook(_ path: String) -> Result<(files: [InputFile], context: [InputFile]), LocalizedText> {
    switch collect(path) {
    case .failure(let m): return .failure(m)
    case .success(let files):
      switch context(for: [path]) {
      case .failure(let m): return .failure(m)
      case .success(let context): return .success((Analysis.bundleOrder(files), context))
      }
    }
  }
}
