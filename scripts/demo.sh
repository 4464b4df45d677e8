#!/usr/bin/env bash
# Sets up and runs the demo: two news articles on one story with the
# Faktenlage overlay on top.
#
#   scripts/demo.sh             # serve the committed pkg/ (builds it if missing)
#   scripts/demo.sh --rebuild   # rebuild pkg/ from the sources first
#
# Serves the repository root (www/ next to pkg/) on 127.0.0.1 and prints the
# URL. www/index.html also works opened straight from disk.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--rebuild" ] || [ ! -f pkg/faktenlage.js ]; then
    scripts/build.sh      # installs the toolchain first when it is missing
elif ! command -v node >/dev/null 2>&1; then
    scripts/setup.sh      # the server needs Node.js
fi

echo
echo "Or open this file in a browser, no server needed:"
echo "  file://$PWD/www/index.html"
echo
exec node scripts/serve.mjs
