#!/usr/bin/env bash
# npm test: installs what is missing, builds, then runs every test layer and ends with
# one line counting passed and failed tests. Exits non-zero on any failure.
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/setup.sh || exit 1
bash scripts/build.sh || exit 1
bash scripts/build-checks.sh || exit 1  # build/asan and build/fuzz

passed=0
failed=0
status=0
logs="$root/build/test-logs"
mkdir -p "$logs"

# Adds the counts that a runner printed; a runner that fails without counts is one failure.
count() {  # name exit_code passed failed
  local name="$1" code="$2" p="${3:-0}" f="${4:-0}"
  if [ "$code" != 0 ] && [ "$f" = 0 ]; then f=1; fi
  passed=$((passed + p))
  failed=$((failed + f))
  [ "$code" = 0 ] || status=1
  echo "precis test: $name: $p passed, $f failed"
}

run_ctest() {  # name build_dir
  local name="$1" dir="$2" log="$logs/$1.log" code
  (cd "$dir" && ctest --output-on-failure --timeout 300) >"$log" 2>&1
  code=$?
  local summary total fails
  summary="$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$log" | tail -n1)"
  total="$(sed -nE 's/.* out of ([0-9]+).*/\1/p' <<<"$summary")"
  fails="$(sed -nE 's/.*, ([0-9]+) tests failed.*/\1/p' <<<"$summary")"
  [ "$code" = 0 ] || cat "$log"
  count "$name" "$code" "$(( ${total:-0} - ${fails:-0} ))" "${fails:-0}"
}

run_node_tests() {  # name files...
  local name="$1" log="$logs/$1.log" code
  shift
  node --test --test-reporter=spec --test-reporter-destination=stdout "$@" >"$log" 2>&1
  code=$?
  local p f
  p="$(sed -nE 's/^ℹ pass ([0-9]+)$/\1/p' "$log" | tail -n1)"
  f="$(sed -nE 's/^ℹ fail ([0-9]+)$/\1/p' "$log" | tail -n1)"
  [ "$code" = 0 ] || cat "$log"
  count "$name" "$code" "${p:-0}" "${f:-0}"
}

# The libFuzzer smoke run: each target passes when it ends without a finding.
run_fuzz_smoke() {
  local log="$logs/fuzz-smoke.log" code p f runs
  bash scripts/fuzz.sh --smoke >"$log" 2>&1
  code=$?
  p="$(grep -c '^precis fuzz: .*: ok' "$log")"
  f="$(grep -c '^precis fuzz: .*: FAILED' "$log")"
  runs="$(sed -nE 's/^precis fuzz: .*: ok, ([0-9]+) runs.*/\1/p' "$log" | awk '{ s += $1 } END { print s + 0 }')"
  [ "$code" = 0 ] || cat "$log"
  count "fuzz smoke (libFuzzer, ${runs:-0} runs)" "$code" "$p" "$f"
}

run_ctest "native (ctest)" "$root/build/native"
run_ctest "native with ASan+UBSan (ctest)" "$root/build/asan"
run_fuzz_smoke
run_node_tests "package (node:test)" tests/js/*.test.js
run_node_tests "page modules (node:test)" tests/web/*.test.js
run_node_tests "browser (playwright)" tests/browser/*.test.js

echo "${passed} passed, ${failed} failed"
exit "$status"
