// Used when the formatter is not compiled in (see .ci/fuzz.sh).
import WeifaBase
import WeifaSyntax

func fuzzFormat(_ result: ParseResult, _ diagnostics: [Diagnostic]) {}
