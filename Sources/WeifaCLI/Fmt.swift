import Foundation
import WeifaBase

extension CLI {
  /// `weifa fmt PATH [--check] [--write] [--renumber]` — placeholder until the formatter lands.
  static func fmt(_ args: [String], lang: Language, stdout: (String) -> Void, stderr: (String) -> Void) -> Int32 {
    stderr(lang == .zh ? "「weifa fmt」尚未实现\n" : "“weifa fmt” is not implemented yet\n")
    return 2
  }
}
