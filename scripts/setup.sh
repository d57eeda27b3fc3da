#!/usr/bin/env bash
# Installs what precis needs to build and test, from Debian's archive and the npm registry only.
# Idempotent and quiet when everything is already present.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cache="${PRECIS_CACHE:-$HOME/.cache/precis}"
icu_version="72.1"

log() { echo "precis setup: $*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=0
apt_update_once() {
  if [ "$apt_updated" = 0 ]; then
    log "apt-get update"
    as_root apt-get update -qq >/dev/null
    apt_updated=1
  fi
}

debian_packages=(
  emscripten cmake make g++ clang libclang-rt-14-dev pkg-config
  libgtest-dev libbenchmark-dev libicu-dev icu-devtools
  brotli chromium fonts-wqy-zenhei dpkg-dev
)

missing=()
for pkg in "${debian_packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  apt_update_once
  log "installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

# The ICU source for the wasm build comes from Debian's source package, fetched once per machine.
icu_tarball="$cache/icu_${icu_version}.orig.tar.gz"
icu_source="$cache/icu-${icu_version}"
if [ ! -f "$icu_source/source/common/unicode/uversion.h" ]; then
  mkdir -p "$cache"
  if [ ! -f "$icu_tarball" ]; then
    if ! grep -rqs "deb-src" /etc/apt/sources.list /etc/apt/sources.list.d/ &&
       ! grep -rqs "^Types:.*deb-src" /etc/apt/sources.list.d/; then
      log "adding a deb-src entry for the configured Debian archive"
      src_list=/etc/apt/sources.list.d/precis-deb-src.sources
      if [ -f /etc/apt/sources.list.d/debian.sources ]; then
        sed 's/^Types:.*/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | as_root tee "$src_list" >/dev/null
      else
        grep -E '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' | as_root tee /etc/apt/sources.list.d/precis-deb-src.list >/dev/null
      fi
      apt_updated=0
    fi
    apt_update_once
    log "fetching Debian's icu source package"
    tmp="$(mktemp -d)"
    (cd "$tmp" && apt-get source --download-only -qq "icu=${icu_version}*" >/dev/null 2>&1 ||
                  apt-get source --download-only -qq icu >/dev/null)
    orig="$(ls "$tmp"/icu_${icu_version}*.orig.tar.* 2>/dev/null | head -n1 || true)"
    if [ -z "$orig" ]; then
      log "error: Debian's icu source package did not contain icu_${icu_version}.orig.tar.*"
      exit 1
    fi
    mv "$orig" "$icu_tarball"
    rm -rf "$tmp"
  fi
  log "unpacking ICU ${icu_version} source into $icu_source"
  rm -rf "$icu_source.tmp" && mkdir -p "$icu_source.tmp"
  tar -xzf "$icu_tarball" -C "$icu_source.tmp" --strip-components=1
  rm -rf "$icu_source" && mv "$icu_source.tmp" "$icu_source"
fi

# npm dev dependencies (playwright-core, typescript, vite; the benchmark peers), pinned in package-lock.json.
if [ -f "$root/package-lock.json" ]; then
  stamp="$root/node_modules/.precis-lock-stamp"
  if [ ! -f "$stamp" ] || ! cmp -s "$root/package-lock.json" "$stamp"; then
    log "npm ci"
    (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    cp "$root/package-lock.json" "$stamp"
  fi
fi
