#if canImport(Glibc)
import Glibc
#endif
import WeifaCLI

// Only FoundationEssentials is linked (through WeifaCLI): full Foundation would load ICU at
// start-up, and `weifa check` of one charter must start within 3× a trivial executable (issue 6).
func emit(_ fd: Int32, _ text: String) {
  var bytes = Array(text.utf8)
  bytes.withUnsafeMutableBytes { raw in
    var done = 0
    while done < raw.count {
      let n = write(fd, raw.baseAddress! + done, raw.count - done)
      if n < 0 { if errno == EINTR { continue }; return }
      done += n
    }
  }
}

let status = CLI.run(Array(CommandLine.arguments.dropFirst()),
                     stdout: { emit(1, $0) },
                     stderr: { emit(2, $0) })
exit(status)
