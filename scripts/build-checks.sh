#!/usr/bin/env bash
# Builds the two checking trees of the one CMakeLists, incrementally: build/asan (core and
# native tests with AddressSanitizer + UBSan) and build/fuzz (libFuzzer targets, clang).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
jobs="$(nproc)"
quiet() { local log; log="$(mktemp)"; if ! "$@" >"$log" 2>&1; then cat "$log" >&2; rm -f "$log"; return 1; fi; rm -f "$log"; }

asan="$root/build/asan"
if [ ! -f "$asan/CMakeCache.txt" ]; then
  quiet cmake -S "$root" -B "$asan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPRECIS_SANITIZE=ON
fi
quiet cmake --build "$asan" --parallel "$jobs"

fuzz="$root/build/fuzz"
if [ ! -f "$fuzz/CMakeCache.txt" ]; then
  quiet env CC=clang CXX=clang++ cmake -S "$root" -B "$fuzz" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPRECIS_FUZZ=ON
fi
quiet cmake --build "$fuzz" --parallel "$jobs" --target analyze_utf16_fuzzer analyze_utf8_fuzzer
