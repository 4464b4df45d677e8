#!/usr/bin/env bash
# Where the wasm's bytes go (issue 8: "size by twiggy"), for the build that
# ships:
#
#   scripts/size.sh          # by module of src/, then the 25 largest functions
#   scripts/size.sh 60       # the 60 largest functions
#
# Builds the wasm as scripts/build.sh does, with its function names kept
# (FAKTENLAGE_WASM_NAMES=1: the same code, byte for byte, plus a names
# section), into a temporary directory (pkg/ is not touched), and weighs it
# with twiggy (installed by `scripts/setup.sh --size`). Shallow bytes before
# compression; gzip shrinks code and data differently (the word lists and
# tables to about half, code to about 40%), so a module's share of the gzip
# size is near, not equal to, its share here.
set -euo pipefail
cd "$(dirname "$0")/.."
top=${1:-25}
scripts/setup.sh --size
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
FAKTENLAGE_WASM_NAMES=1 scripts/build.sh "$tmp/pkg" >/dev/null
wasm=$tmp/pkg/esm/faktenlage_bg.wasm
shipped=pkg/esm/faktenlage_bg.wasm
echo "=== the wasm by module (shallow bytes; names excluded, as the shipped build strips them)"
twiggy top --format csv "$wasm" | node scripts/size-by-module.mjs
if [ -f "$shipped" ]; then
    printf 'pkg/esm/faktenlage_bg.wasm as committed: %s bytes, %s gzip -9\n' \
        "$(wc -c < "$shipped")" "$(gzip -9c "$shipped" | wc -c)"
fi
echo
echo "=== the $top largest items"
twiggy top -n "$top" "$wasm" | grep -v '"function names" subsection'
