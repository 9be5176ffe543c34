#!/usr/bin/env bash
# Builds the libFuzzer harness in Tests/Fuzz/ outside SwiftPM (so `swift build` and `swift test`
# never see it) and runs it on the committed corpus Tests/Fuzz/corpus/ plus seeds from Codes/.
# Run by hand (not from .ci/run), under `nice -n 19` on a shared machine:
#
#   .ci/fuzz.sh [SECONDS] [libFuzzer options...]     fuzz the full pipeline for SECONDS (default 60)
#   .ci/fuzz.sh --fast [SECONDS] [options...]        the fast target: parse, tree round trip, structure
#                                                    checks and formatter only (no lowering, no checks)
#   .ci/fuzz.sh --build [fast|full]                  only build the four binaries below (or one target's)
#   .ci/fuzz.sh --replay fast|full                   build a target's ASan binary, replay its corpus
#   FUZZ_NO_BUILD=1 .ci/fuzz.sh ...                  run with the binaries as they are
#   .build-fuzz/weifa-fuzz FILE...                   replay inputs (e.g. a crash artifact) through the
#   .build-fuzz/weifa-fuzz-fast-asan FILE...         full target, or the fast one under ASan
#
# Binaries (rebuilt only when a source under Sources/WeifaBase, WeifaSyntax, WeifaSemantics, the
# structure checks, Tests/Fuzz/*.swift or this script is newer than the binary; `rm -rf .build-fuzz`
# rebuilds everything):
#   weifa-fuzz            full pipeline, -sanitize=fuzzer,address: parse, round trip, structure
#                         checks, lowering, every semantic check against Codes/上位法, and the
#                         formatter with and without renumbering on every input. After every full
#                         run the whole minimised full corpus is replayed through it.
#   weifa-fuzz-nosan      the same full harness with -sanitize=fuzzer only: the speed build a full
#                         run fuzzes with (ASan costs about half the executions; Swift's own checks
#                         stay on).
#   weifa-fuzz-fast       the fast target, -sanitize=fuzzer without ASan (the speed build; Swift's
#                         bounds, overflow and precondition checks stay on, -O not -Ounchecked).
#   weifa-fuzz-fast-asan  the same fast harness under ASan, for the unsafe-pointer code of the
#                         parser: after every fast run the whole minimised corpus is replayed
#                         through it, and it replays crash artifacts.
#
# Corpus. Tests/Fuzz/corpus/fast/ is the committed, minimised corpus of the fast target (about
# 1 MB). A run reads it, the seeds and .build-fuzz/corpus-fast/ (where libFuzzer writes new
# inputs); afterwards `-merge=1` minimises all of them into Tests/Fuzz/corpus/fast/ again, so
# each run starts where the last one stopped — commit the directory when it changed. The full
# target does the same with .build-fuzz/corpus-full-min/, kept out of git: minimised it still
# holds one input per feature of lowering and the checks (7,126 files, 5.6 MB after 190 k
# executions), more than the repository should carry.
# Seeds: the fast target gets every charter in Codes/ cut at line ends into pieces of at most 8
# lines and 512 bytes (the parser is line-based; -max_len=512 keeps an execution short); the full
# target gets whole charters (-max_len=8192) and the fast corpus.
#
# Crashes, timeouts and out-of-memory inputs land in .build-fuzz/artifacts/; turn each into a
# regression input in Tests/Fuzz/regressions/ (replayed by
# Tests/WeifaSemanticsTests/FuzzRegressionTests.swift).
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=.build-fuzz
mkdir -p "$OUT/artifacts"
SOURCES_FAST=(Sources/WeifaBase Sources/WeifaSyntax Sources/WeifaDriver/StructureChecks.swift
  Sources/WeifaDriver/Checks/WF2-Structure Tests/Fuzz .ci/fuzz.sh)
HARNESS=(Sources/WeifaDriver/StructureChecks.swift Sources/WeifaDriver/Checks/WF2-Structure/*.swift Tests/Fuzz/*.swift)

# stale BINARY PATH... : true when BINARY is missing or older than a Swift file under PATH.
stale() {
  local bin=$1; shift
  [[ ! -e "$bin" ]] && return 0
  [[ -n "$(find "$@" \( -name '*.swift' -o -name fuzz.sh \) -newer "$bin" -print -quit)" ]]
}

# build NAME SANITIZERS DEFINE MODULE...: the modules into .build-fuzz/NAME/, then the harness.
build() {
  local name=$1 sanitize=$2 define=$3; shift 3
  local obj="$OUT/obj-$sanitize" objects=()
  local flags=(-sanitize="$sanitize" -O -g -parse-as-library -package-name weifa -I "$obj" -suppress-warnings)
  mkdir -p "$obj"
  # The objects are rebuilt when their sources change or when these flags do.
  [[ "$(cat "$obj/flags" 2>/dev/null)" == "${flags[*]}" ]] || rm -f "$obj"/*.o
  printf '%s' "${flags[*]}" >"$obj/flags"
  local deps=()   # a module is rebuilt when it or a module before it changed
  for M in "$@"; do
    deps+=("Sources/$M")
    if stale "$obj/$M.o" "${deps[@]}"; then
      # shellcheck disable=SC2046
      swiftc "${flags[@]}" -wmo -module-name "$M" -emit-module -emit-module-path "$obj/$M.swiftmodule" \
        -c $(find "Sources/$M" -name '*.swift' | LC_ALL=C sort) -o "$obj/$M.o"
      touch "$obj/$M.o"   # swiftc leaves an object that came out the same untouched
    fi
    objects+=("$obj/$M.o")
  done
  local sources=("${SOURCES_FAST[@]}"); [[ " $* " == *" WeifaSemantics "* ]] && sources+=(Sources/WeifaSemantics)
  if stale "$OUT/$name" "${sources[@]}"; then
    swiftc "${flags[@]}" ${define:+-D "$define"} -module-name WeifaFuzz "${HARNESS[@]}" "${objects[@]}" -o "$OUT/$name"
    echo "built $OUT/$name"
  fi
}
# What to do: --build [fast|full] (all four binaries, or one target's two), --replay fast|full (the ASan replay of a corpus alone),
# or a run (the full target, or --fast). A run builds its speed binary (not with FUZZ_NO_BUILD=1,
# e.g. while the sources are being edited), fuzzes, merges, and then replays the corpus through the
# ASan binary if that is built and up to date; otherwise it says so and `--replay` does it later.
MODE=run
case "${1:-}" in
  --build) MODE=build; shift; KINDS=("${1:-fast}"); [[ -z "${1:-}" ]] && KINDS=(fast full) ;;
  --replay) MODE=replay; shift; [[ "${1:-}" == fast || "${1:-}" == full ]] || { echo "usage: $0 --replay fast|full" >&2; exit 2; } ;;
esac
KIND=full TARGET="$OUT/weifa-fuzz-nosan" ASAN="$OUT/weifa-fuzz" MAXLEN=8192
if [[ "${1:-}" == "--fast" || "${1:-}" == "fast" ]]; then KIND=fast TARGET="$OUT/weifa-fuzz-fast" ASAN="$OUT/weifa-fuzz-fast-asan" MAXLEN=512; fi
[[ $MODE == replay || "${1:-}" == "--fast" ]] && shift
build_speed() {
  if [[ $KIND == fast ]]; then build weifa-fuzz-fast fuzzer WEIFA_FUZZ_FAST WeifaBase WeifaSyntax
  else build weifa-fuzz-nosan fuzzer "" WeifaBase WeifaSyntax WeifaSemantics; fi
}
build_asan() {
  if [[ $KIND == fast ]]; then build weifa-fuzz-fast-asan fuzzer,address WEIFA_FUZZ_FAST WeifaBase WeifaSyntax
  else build weifa-fuzz fuzzer,address "" WeifaBase WeifaSyntax WeifaSemantics; fi
}
asan_sources() {
  if [[ $KIND == fast ]]; then echo "${SOURCES_FAST[@]}"; else echo "${SOURCES_FAST[@]}" Sources/WeifaSemantics; fi
}
if [[ $MODE == build ]]; then
  for KIND in "${KINDS[@]}"; do build_speed; build_asan; done
  exit 0
fi
[[ $MODE == run && "${FUZZ_NO_BUILD:-0}" != 1 ]] && build_speed
[[ $MODE == replay ]] && build_asan
TIME=${1:-60}
shift || true

CORPUS=Tests/Fuzz/corpus/fast WORK="$OUT/corpus-$KIND" SEEDS="$OUT/seeds-$KIND"
[[ $KIND == full ]] && CORPUS="$OUT/corpus-full-min"
rm -rf "$SEEDS"
mkdir -p "$CORPUS" "$WORK" "$SEEDS"
find Codes -name '*.weifa' -print0 | while IFS= read -r -d '' f; do
  name="seed-$(printf '%s' "$f" | md5sum | cut -c1-12)"
  if [[ $KIND == full ]]; then cp "$f" "$SEEDS/$name.weifa"; continue; fi
  # Pieces of at most 8 lines and 512 bytes, cut only at a line end (a longer line is a piece alone).
  LC_ALL=C awk -v dir="$SEEDS" -v name="$name" -v max="$MAXLEN" '
    function flush() { if (n > 0) { printf "%s", buf > (dir "/" name "-" k ".weifa"); close(dir "/" name "-" k ".weifa"); k++ } buf = ""; n = 0; len = 0 }
    { line = $0 "\n"; if (n == 8 || (n > 0 && len + length(line) > max)) flush(); buf = buf line; n++; len += length(line) }
    END { flush() }' "$f"
done
DIRS=("$WORK" "$CORPUS" "$SEEDS")
[[ $KIND == full ]] && DIRS+=(Tests/Fuzz/corpus/fast)

export WEIFA_FUZZ_CONTEXT="$PWD/Codes/上位法"
# LeakSanitizer cannot follow Swift's tagged pointers (multi-payload enums keep tags in spare
# bits), so the higher law the harness keeps in a global shows up as "leaked" at exit.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
# Swift's backtracer takes SIGILL (a trap) first, and libFuzzer keeps a handler it finds, so without
# ASan a crash would write no artifact: leave the signals to libFuzzer.
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"
COMMON=(-dict=Tests/Fuzz/weifa.dict -timeout=10 -rss_limit_mb=4096 -max_len="$MAXLEN" -detect_leaks=0)
# The speed builds have no ASan: replay the corpus through the ASan build of the same harness.
replay() {
  "$ASAN" "$CORPUS" "${COMMON[@]}" -runs=0 >"$OUT/asan-replay-$KIND.log" 2>&1 || {
    echo "ASan replay of $CORPUS failed, see $OUT/asan-replay-$KIND.log" >&2; return 1; }
  echo "ASan replay of $CORPUS ($(find "$CORPUS" -type f | wc -l) files): clean"
}
status=0
if [[ $MODE == replay ]]; then replay; exit; fi
# The run's CPU time beside its wall time: on a shared machine executions per CPU second are the
# figure that compares from run to run (libFuzzer's exec/s counts wall time).
TIMEFORMAT="fuzz run: %R s wall, %U s user, %S s system"
time "$TARGET" "${DIRS[@]}" "${COMMON[@]}" -max_total_time="$TIME" -artifact_prefix="$OUT/artifacts/" \
  -print_final_stats=1 "$@" || status=$?

# Minimise everything into the committed corpus.
MERGED="$OUT/merged-$KIND"
rm -rf "$MERGED"; mkdir -p "$MERGED"
"$TARGET" -merge=1 "$MERGED" "${DIRS[@]}" "${COMMON[@]}" 2>"$OUT/merge-$KIND.log" || {
  echo "merge failed, see $OUT/merge-$KIND.log; $CORPUS left as it was" >&2; exit 1; }
rm -rf "$CORPUS" "$WORK"; mv "$MERGED" "$CORPUS"; mkdir -p "$WORK"
echo "corpus $CORPUS: $(find "$CORPUS" -type f | wc -l) files, $(cat "$CORPUS"/* | wc -c) bytes"
# shellcheck disable=SC2046
if [[ -x "$ASAN" ]] && ! stale "$ASAN" $(asan_sources); then replay || status=1; else
  echo "ASan replay skipped: $ASAN is missing or older than the sources; run $0 --replay $KIND"; fi
exit "$status"
