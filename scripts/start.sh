#!/usr/bin/env bash
# npm start: installs what is missing, builds what is stale, serves the page.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh"
exec node "$root/scripts/serve.js"
