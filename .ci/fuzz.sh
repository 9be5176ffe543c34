#!/usr/bin/env bash
# Builds the libFuzzer harness in Tests/Fuzz/ outside SwiftPM (so `swift build` and `swift test`
# never see it) and runs it on seeds from Codes/.
#
#   .ci/fuzz.sh [SECONDS] [libFuzzer options...]     fuzz the full pipeline for SECONDS (default 60)
#   .ci/fuzz.sh --fast [SECONDS] [options...]        the fast target: parse, tree round trip, structure
#                                                    checks and formatter only (no lowering, no checks)
#   .ci/fuzz.sh --build                              only build .build-fuzz/weifa-fuzz (and -fast)
#   .build-fuzz/weifa-fuzz FILE...                   replay inputs (e.g. a crash artifact)
#
# The harness parses each input, checks that the tree spells it byte for byte, runs the
# structure checks, lowering and every semantic check against the higher law in
# Codes/上位法, and formats the input (idempotence, prose unchanged). Crashes, timeouts and
# out-of-memory inputs land in .build-fuzz/artifacts/; turn each into a regression test in
# Tests/WeifaSyntaxTests/FuzzRegressionTests.swift.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=.build-fuzz
mkdir -p "$OUT/obj" "$OUT/corpus" "$OUT/artifacts"

FLAGS=(-sanitize=fuzzer,address -O -g -parse-as-library -package-name weifa -I "$OUT/obj" -suppress-warnings)
for M in WeifaBase WeifaSyntax WeifaSemantics; do
  # shellcheck disable=SC2046
  swiftc "${FLAGS[@]}" -wmo -module-name "$M" -emit-module -emit-module-path "$OUT/obj/$M.swiftmodule" \
    -c $(find "Sources/$M" -name '*.swift' | LC_ALL=C sort) -o "$OUT/obj/$M.o"
done
# StructureChecks (WeifaDriver) needs only WeifaBase and WeifaSyntax, so it is compiled into the harness.
swiftc "${FLAGS[@]}" -module-name WeifaFuzz Sources/WeifaDriver/StructureChecks.swift Sources/WeifaDriver/Checks/WF2-Structure/*.swift Tests/Fuzz/*.swift \
  "$OUT/obj/WeifaBase.o" "$OUT/obj/WeifaSyntax.o" "$OUT/obj/WeifaSemantics.o" -o "$OUT/weifa-fuzz"
swiftc "${FLAGS[@]}" -D WEIFA_FUZZ_FAST -module-name WeifaFuzz Sources/WeifaDriver/StructureChecks.swift Sources/WeifaDriver/Checks/WF2-Structure/*.swift Tests/Fuzz/*.swift \
  "$OUT/obj/WeifaBase.o" "$OUT/obj/WeifaSyntax.o" "$OUT/obj/WeifaSemantics.o" -o "$OUT/weifa-fuzz-fast"
echo "built $OUT/weifa-fuzz and $OUT/weifa-fuzz-fast"
if [[ "${1:-}" == "--build" ]]; then exit 0; fi
TARGET="$OUT/weifa-fuzz"
if [[ "${1:-}" == "--fast" ]]; then TARGET="$OUT/weifa-fuzz-fast"; shift; fi

TIME=${1:-60}
shift || true
# Seeds: every charter in Codes/ and the examples of the explanation pages' fixtures.
find Codes -name '*.weifa' -print0 | while IFS= read -r -d '' f; do
  cp "$f" "$OUT/corpus/seed-$(printf '%s' "$f" | md5sum | cut -c1-12).weifa"
done
export WEIFA_FUZZ_CONTEXT="$PWD/Codes/上位法"
# LeakSanitizer cannot follow Swift's tagged pointers (multi-payload enums keep tags in spare
# bits), so the higher law the harness keeps in a global shows up as "leaked" at exit.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
exec "$TARGET" "$OUT/corpus" -dict=Tests/Fuzz/weifa.dict -max_total_time="$TIME" -timeout=10 \
  -rss_limit_mb=4096 -max_len=8192 -detect_leaks=0 -artifact_prefix="$OUT/artifacts/" -print_final_stats=1 "$@"
