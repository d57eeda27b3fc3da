#!/usr/bin/env bash
# Builds ICU 72.1 for WebAssembly once per machine, into a cache keyed by ICU version and flags.
# Prints the install prefix on standard output.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cache="${PRECIS_CACHE:-$HOME/.cache/precis}"
icu_source="$cache/icu-72.1/source"
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"

flags="-O3 -fno-exceptions -flto"
key="$( (em++ --version 2>/dev/null | sed -n 1p; echo "$flags"; cat "$root/cmake/icu-wasm/CMakeLists.txt") | sha256sum | cut -c1-12)"
prefix="$cache/icu-wasm-72.1-$key"

# One build at a time per cache: a second checkout building meanwhile waits, then reuses it.
mkdir -p "$cache"
exec 9>"$cache/icu-wasm.lock"
flock 9
if [ ! -f "$prefix/.complete" ]; then
  echo "precis: building ICU 72.1 for wasm (once per machine, a few minutes) into $prefix" >&2
  emcmake cmake -S "$root/cmake/icu-wasm" -B "$prefix/build" -DCMAKE_BUILD_TYPE=Release \
    -DICU_SOURCE_DIR="$icu_source" -DCMAKE_INSTALL_PREFIX="$prefix" \
    -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_C_FLAGS="$flags" >/dev/null
  cmake --build "$prefix/build" --parallel "$(nproc)" >/dev/null
  cmake --install "$prefix/build" >/dev/null
  rm -rf "$prefix/build"
  touch "$prefix/.complete"
fi
echo "$prefix"
