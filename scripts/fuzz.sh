#!/usr/bin/env bash
# Runs each cargo-fuzz target (fuzz/fuzz_targets/) for MINUTES minutes (default 10), one after the
# other, at the lowest priority. Not part of npm test or CI: fuzzing is a search, run by hand.
# Needs the nightly toolchain and cargo-fuzz (cargo install cargo-fuzz).
#   scripts/fuzz.sh [MINUTES] [TARGET...]      e.g. scripts/fuzz.sh 10 analyze
# The seeds of each corpus are tests/fixtures/fuzz/TARGET/. A crash is left in
# fuzz/artifacts/TARGET/: copy it into tests/fixtures/fuzz/TARGET/ (tests/fuzz_regressions.rs
# replays it) with the fix.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(analyze options compare)
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  cp -n tests/fixtures/fuzz/"$t"/* "fuzz/corpus/$t/" 2>/dev/null || true
  dict=(); [ -f "fuzz/$t.dict" ] && dict=(-dict="fuzz/$t.dict")
  echo "== fuzz $t for $minutes min"
  nice -n 19 cargo +nightly fuzz run "$t" "fuzz/corpus/$t" -- \
    -max_total_time=$((minutes * 60)) -max_len=8192 -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 "${dict[@]}"
done
