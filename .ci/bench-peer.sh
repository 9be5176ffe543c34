#!/usr/bin/env bash
# The benchmark with its peer, in one run (issue 6): OpenFisca (PyPI openfisca-core) computes the
# same eligibility and benefit rules for the same population as `weifa batch`; the benchmark checks
# that both give the same answer for every resident and prints the ratio.
#
#   .ci/bench-peer.sh                      the full benchmark (20,000 charters, 1,000,000 residents)
#   .ci/bench-peer.sh --quick              a small run
#   .ci/bench-peer.sh --residents 100000   any weifa-bench option
#
# The peer lives in a virtual environment in .build-peer/ (git-ignored): openfisca-core, and pandas
# for its CSV reader. Its Python (a small country package and a runner) is in
# Sources/WeifaBenchSupport/OpenFiscaPeer.swift; the benchmark writes it out beside the data.
# If PyPI cannot be reached the peer is skipped, loudly, and the rest of the benchmark still runs.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.build-peer/venv
PY="$VENV/bin/python"
peer=()
if [ -x "$PY" ] && "$PY" -c "import openfisca_core, pandas" 2>/dev/null; then
  peer=(--peer "$PY")
else
  mkdir -p .build-peer
  if python3 -m venv "$VENV" \
     && "$VENV/bin/pip" install --quiet --disable-pip-version-check "openfisca-core>=46,<47" "pandas>=2.2,<4" \
     && "$PY" -c "import openfisca_core, pandas"; then
    peer=(--peer "$PY")
  else
    echo "################################################################################"
    echo "# SKIPPED: the OpenFisca peer. pip could not install openfisca-core and pandas"
    echo "# (is PyPI reachable?). The benchmark runs without the side-by-side comparison."
    echo "################################################################################"
  fi
fi

# WEIFA_BENCH_SCRATCH=.build reuses the release build of the working tree (default: its own).
SCRATCH="${WEIFA_BENCH_SCRATCH:-.build-bench}"
swift build -c release --scratch-path "$SCRATCH"
"$SCRATCH/release/weifa-bench" --no-build "${peer[@]}" "$@"
