/// Why an archive cannot be read, each with the message the user sees.
package enum ZipError: Error, Equatable, Sendable {
  /// How a deflate stream or the archive's structure is broken.
  package enum Damage: Equatable, Sendable {
    case noDirectory, truncatedDirectory, badEntry, truncatedEntry, badCode, badDistance, badBlockType,
         badStoredLength, truncatedDeflate, sizeMismatch, checksum
  }
  case notZip
  case damaged(Damage)
  case encrypted
  case zip64
  case unsupportedMethod(Int)
  /// More entries than `ZipLimits.maxEntries`.
  case tooManyEntries(Int)
  /// The declared or actual decompressed size passes the limit (bytes).
  case tooLarge(limit: Int)
  /// An entry name that would reach outside the archive's folder (`../x`, `/etc/x`, `C:\x`).
  case unsafeName(String)
  case duplicateName(String)

  /// What the user reads.
  package var message: LocalizedText {
    switch self {
    case .notZip: return .init(zh: "不是 zip 压缩文件", en: "not a zip archive")
    case .damaged(let d):
      let why: (String, String)
      switch d {
      case .noDirectory: why = ("找不到中央目录（文件不完整或不是 zip）", "no central directory (the file is incomplete, or not a zip)")
      case .truncatedDirectory: why = ("中央目录不完整", "the central directory is cut short")
      case .badEntry: why = ("目录中的条目损坏", "an entry of the directory is damaged")
      case .truncatedEntry: why = ("条目的数据不完整（文件被截断）", "an entry's data is cut short (the file is truncated)")
      case .badCode, .badBlockType, .badStoredLength: why = ("压缩数据损坏", "the compressed data is damaged")
      case .badDistance: why = ("压缩数据损坏（引用了不存在的数据）", "the compressed data is damaged (a reference before the start)")
      case .truncatedDeflate: why = ("压缩数据不完整（文件被截断）", "the compressed data is cut short (the file is truncated)")
      case .sizeMismatch: why = ("解压后的大小与目录所记不符", "the decompressed size differs from the one recorded")
      case .checksum: why = ("CRC 校验不符，数据已损坏", "the CRC check fails: the data is damaged")
      }
      return .init(zh: "压缩文件已损坏：" + why.0, en: "the archive is damaged: " + why.1)
    case .encrypted: return .init(zh: "文件已加密（设有密码）；请在 Word/WPS 中取消密码后另存为 .docx", en: "the file is encrypted (password-protected); remove the password in Word/WPS and save it as .docx again")
    case .zip64: return .init(zh: "是 ZIP64 格式（超大压缩文件），不予读取", en: "it is a ZIP64 archive (for very large files); it is not read")
    case .unsupportedMethod(let m): return .init(zh: "使用了不支持的压缩方法（\(m)），只支持存储和 deflate", en: "it uses compression method \(m); only stored and deflate are read")
    case .tooManyEntries(let n): return .init(zh: "条目过多（\(n) 个，上限 \(ZipLimits.maxEntries) 个）", en: "too many entries (\(n); the limit is \(ZipLimits.maxEntries))")
    case .tooLarge(let limit):
      return .init(zh: "解压后过大（上限 \(limit / 1_048_576) MB），可能是压缩炸弹，不予读取", en: "it would decompress to more than \(limit / 1_048_576) MB (a zip bomb?); it is not read")
    case .unsafeName(let n): return .init(zh: "条目名「\(n)」指向压缩文件之外（路径穿越），不予读取", en: "the entry name “\(n)” points outside the archive (path traversal); it is not read")
    case .duplicateName(let n): return .init(zh: "条目「\(n)」出现了两次", en: "the entry “\(n)” occurs twice")
    }
  }
}

/// The limits of the zip reader (Sources/ARCHITECTURE.md, “Limits”). A real .docx of a charter
/// has about a dozen entries and decompresses to well under 5 MB.
package enum ZipLimits {
  /// Entries in one archive.
  package static let maxEntries = 4096
  /// Decompressed bytes of all entries together, as declared and as actually inflated.
  package static let maxTotalBytes = 64 << 20
}
