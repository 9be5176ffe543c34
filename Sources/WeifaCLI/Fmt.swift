import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import WeifaBase
import WeifaDriver

extension CLI {
  /// `weifa fmt PATH... [--check] [--write] [--renumber]`: the canonical layout (see
  /// `WeifaSyntax.Formatter`). Without options the formatted file goes to stdout; `--check` says
  /// which files are not formatted (exit 1); `--write` rewrites them atomically. A file with
  /// syntax errors, or that is not UTF-8, is never rewritten.
  static func fmt(_ args: [String], lang: Language, color: Bool, stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    let o: Options
    do { o = try parse("fmt", args, lang: lang, stdout: stdout, stderr: stderr) } catch { return error.status }
    let check = o.flags.contains("--check"), write = o.flags.contains("--write"), renumber = o.flags.contains("--renumber")
    let paths = o.positional
    guard !paths.isEmpty else {
      return usageError("fmt", .init(zh: "错误：请给出要格式化的文件或目录", en: "error: give a file or directory to format"), lang: lang, stderr: stderr)
    }
    guard !(check && write) else {
      return usageError("fmt", .init(zh: "错误：--check 和 --write 只能选一个", en: "error: --check and --write exclude each other"), lang: lang, stderr: stderr)
    }
    var files = [InputFile]()
    for path in paths {
      switch loader.collect(path) {
      case .failure(let message): stderr(message.text(lang) + "\n"); return 2
      case .success(let found): files += found
      }
    }
    if !check && !write && files.count != 1 {
      stderr(lang == .zh ? "错误：不加 --check 或 --write 时只能格式化一个文件（结果输出到标准输出）\n"
                         : "error: without --check or --write, give one file (the result goes to stdout)\n")
      return 2
    }
    var status: Int32 = 0
    var unformatted = 0
    for file in files {
      let source = SourceFile(path: file.path, bytes: file.bytes)
      // The bytes on disk: if they differ from what was parsed, the file was decoded (GBK, UTF-16).
      let onDisk = FileManager.default.contents(atPath: file.path).map { [UInt8]($0) }
      let converted = onDisk != file.bytes
      switch Formatter.format(source, options: FormatOptions(renumber: renumber)) {
      case .refused(let errors):
        for d in errors.prefix(20) { stderr(TextReport.render(d, lang: lang, color: color) + "\n") }
        stderr(lang == .zh ? "「\(file.path)」有 \(errors.count) 个语法错误，未格式化，文件未改动\n"
                           : "“\(file.path)” has \(errors.count) syntax error(s); it was not formatted and is unchanged\n")
        status = max(status, 1)
      case .failed(let message):
        stderr("\(file.path): " + message.text(lang) + "\n")
        status = max(status, 1)
      case .formatted(let bytes, let notes):
        for n in notes { stderr("\(file.path): " + n.text(lang) + "\n") }
        let changed = bytes != file.bytes || converted
        if check {
          if changed {
            stderr((lang == .zh ? "未格式化：" : "not formatted: ") + file.path
                   + (converted ? (lang == .zh ? "（不是 UTF-8 编码）" : " (not UTF-8)") : "") + "\n")
            status = max(status, 1)
            unformatted += 1
          }
        } else if write {
          guard changed else { continue }
          if converted {
            stderr(lang == .zh ? "「\(file.path)」不是 UTF-8 编码，未改写；请先转换为 UTF-8（见 weifa explain WF1019）\n"
                               : "“\(file.path)” is not UTF-8 and was not rewritten; convert it to UTF-8 first (see weifa explain WF1019)\n")
            status = max(status, 1)
            continue
          }
          if let message = AtomicWrite.write(bytes, to: file.path) {
            stderr(message.text(lang) + "\n")
            return 2
          }
          stderr((lang == .zh ? "已格式化：" : "formatted: ") + file.path + "\n")
        } else {
          stdout(String(decoding: bytes, as: UTF8.self))
        }
      }
    }
    if check {
      // Say what was checked, so that a clean run is not mistaken for one that read nothing.
      let n = files.count
      stderr(lang == .zh ? "检查了 \(n) 个文件：" + (status == 0 ? "都已规范排版" : "\(unformatted) 个未规范排版") + "\n"
                         : "checked \(n) file\(n == 1 ? "" : "s"): " + (status == 0 ? "all formatted" : "\(unformatted) not formatted") + "\n")
    }
    return status
  }
}

/// Replaces a file so that it is either wholly old or wholly new: the bytes go to a temporary
/// file in the same directory (created exclusively, with the original's permissions and owner),
/// are flushed to disk, and the temporary file is renamed over the original. On any failure the
/// temporary file is removed and the original is left as it was. A symbolic link is followed:
/// the file it points to is replaced and the link stays.
enum AtomicWrite {
  static func write(_ bytes: [UInt8], to path: String) -> LocalizedText? {
    let target = PathText.real(path) ?? path
    let dir = Paths.deletingLastComponent(target)
    let name = Paths.lastComponent(target)
    var info = stat()
    let exists = stat(target, &info) == 0
    if exists && (info.st_mode & S_IFMT) != S_IFREG {
      return failure(path, zh: "不是普通文件", en: "not a regular file")
    }
    var template = Array(((dir.isEmpty ? "." : dir) + "/." + name + ".weifa-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { return failure(path, zh: "无法在其目录中创建临时文件（\(reason())）", en: "cannot create a temporary file beside it (\(reason()))") }
    let tmp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    func abandon(_ zh: String, _ en: String) -> LocalizedText {
      let r = reason()
      close(fd)
      unlink(tmp)
      return failure(path, zh: "\(zh)（\(r)），原文件未改动", en: "\(en) (\(r)); the original is unchanged")
    }
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return abandon("写入失败", "writing failed")
      }
      offset += n
    }
    let mode: mode_t = exists ? info.st_mode & 0o7777 : 0o644
    if fchmod(fd, mode) != 0 { return abandon("无法设置权限", "cannot set permissions") }
    if exists { _ = fchown(fd, info.st_uid, info.st_gid) }   // best effort: only root may give files away
    if fsync(fd) != 0 { return abandon("无法写入磁盘", "cannot flush to disk") }
    if close(fd) != 0 { unlink(tmp); return failure(path, zh: "写入失败，原文件未改动", en: "writing failed; the original is unchanged") }
    if rename(tmp, target) != 0 {
      let r = reason()
      unlink(tmp)
      return failure(path, zh: "无法替换原文件（\(r)），原文件未改动", en: "cannot replace it (\(r)); the original is unchanged")
    }
    let dfd = open(dir.isEmpty ? "." : dir, O_RDONLY)
    if dfd >= 0 { _ = fsync(dfd); close(dfd) }
    return nil
  }

  static func reason() -> String { String(cString: strerror(errno)) }

  static func failure(_ path: String, zh: String, en: String) -> LocalizedText {
    .init(zh: "错误：无法写入「\(path)」：\(zh)", en: "error: cannot write “\(path)”: \(en)")
  }
}
