#!/usr/bin/env bash
# Makes the trimmed ICU data package with icupkg.
# Usage: make-icu-data.sh ICUPKG FULL_DAT ITEMS_FILE OUTPUT_DAT
set -euo pipefail
icupkg="$1" full="$2" items="$3" output="$4"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
output="$(cd "$(dirname "$output")" 2>/dev/null || mkdir -p "$(dirname "$output")"; cd "$(dirname "$output")" && pwd)/$(basename "$output")"
grep -vE '^\s*(#|$)' "$items" > "$work/patterns"
cd "$work"
# icupkg takes a list argument as a list file only when its name ends in .txt.
"$icupkg" -l "$full" | grep -E -f patterns | sort > "$work/list.txt"
mkdir items
"$icupkg" -d items -x "$work/list.txt" "$full"
# The package name inside the file comes from its file name: ICU looks for icudt72l/...
"$icupkg" -tl new icudt72l.dat
"$icupkg" -a "$work/list.txt" -s items icudt72l.dat
mv icudt72l.dat "$output"
