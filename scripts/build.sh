#!/usr/bin/env bash
# Builds pkg/ (or the directory given as $1): the classic script with the
# wasm inlined (pkg/faktenlage.js) and the ES module build (pkg/esm/).
#
#   scripts/build.sh            # rebuild pkg/
#   scripts/build.sh /tmp/out   # build elsewhere (the staleness test does this)
#   FAKTENLAGE_WASM_NAMES=1 scripts/build.sh /tmp/out
#                               # the same wasm with its function names kept
#                               # (wasm-opt -g), for scripts/size.sh; never pkg/
#
# Deterministic: the same sources give byte-identical output on any machine
# and in any checkout directory (paths are remapped, nothing time-dependent
# goes in).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=${1:-pkg}

scripts/setup.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
cargo_home=$(cd "${CARGO_HOME:-$HOME/.cargo}" && pwd)

# 1. The core as wasm32-unknown-unknown. rustup's toolchain has no std for this
#    target, so Debian's rustc-web builds std from rust-web-src (hence the
#    explicit /usr/bin paths: rustup's proxies come first on PATH). A target
#    dir of its own keeps it from fighting the native build. `strip` is turned
#    off so wasm-bindgen can see the target features; wasm-opt strips later.
#    `-inline-threshold=40`: at opt-level "z" LLVM inlines next to nothing, so
#    every iterator step, string comparison and small helper is a call; this
#    one threshold (applied to all call sites) makes the analysis ~30% faster
#    in Node for +1.4 KiB gzip (measured: 30 and 35 as large and a little
#    slower, 50 +3.9 KiB, 100 +8.5 KiB and ~40% faster, opt-level "s" +20 KiB
#    and ~45% faster; see docs/architecture.md).
#    `-Zfmt-debug=none`: no output of the wasm goes through `Debug` (messages
#    quote values with `input::quoted`), so `{:?}` needs no code (−2.3 KiB).
echo "build: compiling the core to wasm (target/wasm)"
env -u RUSTFLAGS -u CARGO_ENCODED_RUSTFLAGS \
    RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-19 \
    CARGO_PROFILE_WASM_STRIP=false \
    RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none -Cllvm-args=-inline-threshold=40 --remap-path-prefix=$root=/faktenlage --remap-path-prefix=$cargo_home/registry=/cargo-registry" \
    /usr/bin/cargo build --quiet --profile wasm --no-default-features --lib --locked \
        --target wasm32-unknown-unknown -Z build-std=std,panic_abort -Z build-std-features=optimize_for_size \
        --target-dir target/wasm
raw=target/wasm/wasm32-unknown-unknown/wasm/faktenlage.wasm

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 2. JS glue for both targets (the wasm they emit is the same).
wasm-bindgen --target web --out-dir "$tmp/web" --out-name faktenlage "$raw"
wasm-bindgen --target no-modules --no-typescript --out-dir "$tmp/no-modules" --out-name faktenlage "$raw"
cmp -s "$tmp/web/faktenlage_bg.wasm" "$tmp/no-modules/faktenlage_bg.wasm" \
    || { echo "build: wasm-bindgen emitted different wasm for the two targets" >&2; exit 1; }

# 3. Optimize for size with binaryen's wasm-opt (npm; Debian's is too old for
#    the features rustc enables by default). -Os --converge gzips ~0.3 KiB
#    smaller than -Oz (gzip is what is served); --low-memory-unused lets it
#    fold constant offsets into loads and stores (~0.4 KiB), which is safe
#    here: it only rules out an address wrapping around 4 GiB into the
#    lowest 1 KiB. The target_features section is for tools (wasm-bindgen
#    has read it already); browsers ignore it.
# With FAKTENLAGE_WASM_NAMES=1 the names section stays (-g, no --strip-debug):
# the code is the same, byte for byte, so twiggy can weigh what ships.
names=(--strip-debug)
if [ "${FAKTENLAGE_WASM_NAMES:-}" = 1 ]; then
    [ "$(realpath -m "$out")" != "$root/pkg" ] || { echo "build: FAKTENLAGE_WASM_NAMES=1 builds elsewhere, never pkg/" >&2; exit 1; }
    names=(-g)
fi
node_modules/.bin/wasm-opt -Os --converge --low-memory-unused --one-caller-inline-max-function-size=0 \
    "${names[@]}" --strip-producers --strip-target-features \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$tmp/web/faktenlage_bg.wasm" -o "$tmp/opt.wasm"

# 4. Assemble into a fresh directory, then swap it in.
node scripts/assemble.mjs --web "$tmp/web" --no-modules "$tmp/no-modules/faktenlage.js" \
    --wasm "$tmp/opt.wasm" --out "$tmp/pkg"
if [ -e "$out" ] && [ -n "$(ls -A "$out")" ] && [ ! -f "$out/faktenlage.js" ]; then
    echo "build: $out exists and does not look like a pkg/ directory; not overwriting it" >&2
    exit 1
fi
rm -rf "$out"
mkdir -p "$(dirname "$out")"
cp -r "$tmp/pkg" "$out"
echo "build: wrote $out/"
