/// The codes about the input itself: its encoding and the limits (`Limits`). Every stage raises
/// them (the front end, the parser, the checker), so they live here, each with its explanation
/// page in a file named for it: `Diagnostics/WF1019-non-utf8-input.swift`,
/// `Diagnostics/WF1020-invalid-bytes.swift`, `Diagnostics/WF1021-limit-exceeded.swift`.
package enum InputIssues {}
