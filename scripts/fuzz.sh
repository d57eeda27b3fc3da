#!/usr/bin/env bash
# Runs the libFuzzer targets of build/fuzz. `npm run fuzz` runs each for PRECIS_FUZZ_SECONDS
# (default 600; PRECIS_FUZZ_TARGETS="utf8" picks targets) keeping a growing corpus in
# build/fuzz/corpus; `--smoke` is the short run of
# `npm test` (a fixed number of runs per target from the seeds, at most 20 s each).
# Findings go to build/fuzz/findings/<target>/; turn each into a file of tests/fuzz/regressions.
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
smoke=0
[ "${1:-}" = "--smoke" ] && smoke=1
seconds="${PRECIS_FUZZ_SECONDS:-600}"
fuzz="$root/build/fuzz"
seeds="$root/tests/fuzz/corpus"
regressions="$root/tests/fuzz/regressions"

if [ "$smoke" = 0 ]; then
  bash "$root/scripts/setup.sh" && bash "$root/scripts/build-checks.sh" || exit 1
fi

status=0
for encoding in ${PRECIS_FUZZ_TARGETS:-utf16 utf8}; do
  target="analyze_${encoding}_fuzzer"
  findings="$fuzz/findings/$target"
  mkdir -p "$findings" "$regressions/$encoding"  # git keeps no empty folder
  if [ "$smoke" = 1 ]; then
    corpus="$(mktemp -d)"  # new inputs go here, so the committed seeds stay as written
    limits=(-runs=100000 -max_total_time=20 -max_len=1024)
  else
    corpus="$fuzz/corpus/$target"
    mkdir -p "$corpus"
    limits=(-max_total_time="$seconds" -max_len=8192)
  fi
  log="$fuzz/$target.$([ "$smoke" = 1 ] && echo smoke || echo long).log"
  # -timeout: one input taking 10 s is a finding (super-linear behaviour), as is 4 GB of memory.
  "$fuzz/tests/fuzz/$target" "${limits[@]}" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$findings/" "$corpus" "$seeds/$encoding" "$regressions/$encoding" >"$log" 2>&1
  code=$?
  runs="$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' "$log" | tail -n1)"
  took="$(sed -nE 's/^Done [0-9]+ runs in ([0-9]+) second.*/\1/p' "$log" | tail -n1)"
  if [ "$smoke" = 1 ]; then rm -rf "$corpus"; fi
  if [ "$code" = 0 ]; then
    echo "precis fuzz: $target: ok, ${runs:-0} runs in ${took:-?} s, no finding"
  else
    status=1
    tail -n 40 "$log"
    echo "precis fuzz: $target: FAILED after ${runs:-?} runs (see $log and $findings)"
  fi
done
exit "$status"
