import Foundation
import WeifaBase

/// Turns the bytes of a file into the UTF-8 the parser reads. Placeholder: bytes pass through.
enum InputDecoding {
  /// The UTF-8 bytes to parse, and notes for the user (e.g. "the file is GBK").
  static func decode(_ bytes: [UInt8], path: String) -> (bytes: [UInt8], notes: [LocalizedText]) {
    (bytes, [])
  }
}
