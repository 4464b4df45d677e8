#!/usr/bin/env bash
# The benchmark in one run: native (cargo bench --bench scaling: the seeds,
# the shared corpus, 20/50/100/200 articles), then the wasm build and the JS
# peers in Node (benches/peers.mjs: seeds, peers, corpus gold, size table),
# then the first analysis in Chromium, compile included (benches/chromium.mjs).
#
#   scripts/bench.sh                  # as docs/benchmarks.md records it
#   BENCH_RUNS=21 scripts/bench.sh    # fewer Node runs per timing (default 101)
#
# Measures the committed pkg/ (rebuild it first with scripts/build.sh to
# measure a change to the core in wasm), or the build in $FAKTENLAGE_PKG. Prints figures and ratios; it never
# fails on a timing. The machine's load shows in every figure: run it on a
# quiet machine, or compare figures from the same run only.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
[ -d node_modules/chrono-node ] || scripts/setup.sh

echo "=== native: cargo bench --bench scaling ($(rustc --version))"
cargo bench --quiet --bench scaling 2>&1 | grep -v '^$'
echo
echo "=== wasm and peers: node benches/peers.mjs"
node benches/peers.mjs
echo
echo "=== first analysis in Chromium: node benches/chromium.mjs"
node benches/chromium.mjs
