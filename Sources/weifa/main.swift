#if canImport(Glibc)
import Glibc
#endif
import WeifaCLI

// Only FoundationEssentials is linked (through WeifaCLI): full Foundation would load ICU at
// start-up, and `weifa check` of one charter must start within 3× a trivial executable (issue 6).
exit(CLI.runProcess())
