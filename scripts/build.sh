#!/usr/bin/env bash
# Builds what is stale: the native tree (core, tests, benchmarks), ICU for wasm (once per
# machine, cached), and the wasm package into dist/. Run scripts/setup.sh first.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cache="${PRECIS_CACHE:-$HOME/.cache/precis}"
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"  # Debian's emcc needs Debian's acorn
jobs="$(nproc)"
quiet() { local log; log="$(mktemp)"; if ! "$@" >"$log" 2>&1; then cat "$log" >&2; rm -f "$log"; return 1; fi; rm -f "$log"; }

native="$root/build/native"
if [ ! -f "$native/CMakeCache.txt" ]; then
  quiet cmake -S "$root" -B "$native" -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
quiet cmake --build "$native" --parallel "$jobs"

icu_prefix="$(bash "$root/scripts/build-icu-wasm.sh")"
wasm="$root/build/wasm"
if [ ! -f "$wasm/CMakeCache.txt" ] || ! grep -q "ICU_WASM_PREFIX:PATH=$icu_prefix\$" "$wasm/CMakeCache.txt"; then
  quiet emcmake cmake -S "$root" -B "$wasm" -DCMAKE_BUILD_TYPE=Release \
    -DICU_WASM_PREFIX="$icu_prefix" -DICU_SOURCE_DIR="$cache/icu-72.1/source"
fi
quiet cmake --build "$wasm" --parallel "$jobs"
