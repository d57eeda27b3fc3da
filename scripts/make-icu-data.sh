#!/usr/bin/env bash
# Makes a trimmed ICU data package with icupkg: the items matching ITEMS_FILE, minus those
# matching EXCLUDE_FILE (given for the main package, whose excluded items ship separately).
# Usage: make-icu-data.sh ICUPKG FULL_DAT ITEMS_FILE OUTPUT_DAT [EXCLUDE_FILE]
set -euo pipefail
icupkg="$1" full="$2" items="$3" output="$4" exclude="${5:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
output="$(cd "$(dirname "$output")" 2>/dev/null || mkdir -p "$(dirname "$output")"; cd "$(dirname "$output")" && pwd)/$(basename "$output")"
# In ITEMS_FILE a line starting with ! names items to leave out.
grep -vE '^\s*(#|$|!)' "$items" > "$work/patterns"
if [ -n "$exclude" ]; then grep -vE '^\s*(#|$)' "$exclude" > "$work/excluded"; else : > "$work/excluded"; fi
sed -nE 's/^!(.*)$/\1/p' "$items" >> "$work/excluded"
cd "$work"
# icupkg takes a list argument as a list file only when its name ends in .txt.
"$icupkg" -l "$full" | grep -E -f patterns | { if [ -s excluded ]; then grep -vE -f excluded; else cat; fi; } | sort > "$work/list.txt"
mkdir items
"$icupkg" -d items -x "$work/list.txt" "$full"
# The package name inside the file comes from its file name: ICU looks for icudt72l/...
# in every package it was given, so the separate package carries the same name.
"$icupkg" -tl new icudt72l.dat
# brkitr/root.res names every dictionary; those shipped separately are missing on purpose
# (ICU looks them up in the later package, or segments without them when it is absent).
"$icupkg" --ignore-deps -a "$work/list.txt" -s items icudt72l.dat
mv icudt72l.dat "$output"
