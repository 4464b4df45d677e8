#!/usr/bin/env bash
# Installs everything Faktenlage needs to build and test, on Debian 12.
#
# Idempotent: every step checks first and does nothing when its tool is
# already there, so a second run takes well under a second.
#
#  - Debian packages: rustc-web, cargo-web, rust-web-src (a rustc that can
#    build std for wasm32-unknown-unknown from source, since rustup's toolchain
#    has no wasm32 std here), lld-19 (wasm-ld), chromium (browser tests),
#    zopfli (deflates the wasm inlined in pkg/faktenlage.js), nodejs/npm
#    when missing.
#  - wasm-bindgen-cli at exactly the version Cargo.toml pins.
#  - cargo-fuzz (for `cargo +nightly fuzz`, the fuzz step of scripts/test.sh),
#    when the nightly toolchain is there; fuzzing needs nightly's sanitizers.
#  - simplemma (PyPI, pinned), whose lemma tables scripts/gen-speech-forms.py
#    expands the speech verbs from; into ~/.cache/faktenlage/py.
#  - with --size only: twiggy, for scripts/size.sh (the wasm's bytes by
#    module); the tests and the build do not need it.
#  - npm dev dependencies from the committed package-lock.json (binaryen's
#    wasm-opt, playwright-core, ajv, typescript for the type check of
#    pkg/esm/index.d.ts, terser for the built scripts, and the benchmark's
#    peers chrono-node, compromise, de-compromise), reinstalled only when
#    the lockfile changes.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }

# --- Debian packages --------------------------------------------------------
packages=(rustc-web cargo-web rust-web-src lld-19 chromium zopfli)
# A C compiler for mimalloc, the native CLI's allocator (the machine's gcc
# usually; Debian's gcc otherwise).
command -v cc >/dev/null 2>&1 || packages+=(gcc libc6-dev)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)
missing=()
for p in "${packages[@]}"; do
    if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null 2>&1 || { say "need root to install: ${missing[*]}"; exit 1; }
        sudo="sudo"
    fi
    say "installing Debian packages: ${missing[*]}"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# --- wasm-bindgen-cli, the version Cargo.toml pins ---------------------------
want=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
[ -n "$want" ] || { say "cannot find the pinned wasm-bindgen version in Cargo.toml"; exit 1; }
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
    say "installing wasm-bindgen-cli $want (found: ${have:-none})"
    cargo install wasm-bindgen-cli --version "$want"
fi

# --- cargo-fuzz, for the fuzz targets in fuzz/ --------------------------------
if command -v rustup >/dev/null 2>&1 && rustup toolchain list | grep -q '^nightly' \
    && ! cargo fuzz --version >/dev/null 2>&1; then
    say "installing cargo-fuzz"
    cargo install cargo-fuzz --locked
fi

# --- twiggy, on request (scripts/size.sh) --------------------------------------
if [ "${1:-}" = "--size" ] && [ "$(twiggy --version 2>/dev/null)" != "twiggy-opt 0.8.0" ]; then
    say "installing twiggy 0.8.0"
    cargo install twiggy --version 0.8.0 --locked
fi

# --- simplemma, the lemma tables the speech verbs' forms are generated from ---
# (scripts/gen-speech-forms.py; MIT licence). Installed apart from the
# system's Python, into a folder of its own that the generator reads.
simplemma_version=2.0.0
pylib="${XDG_CACHE_HOME:-$HOME/.cache}/faktenlage/py"
if [ "$(cat "$pylib/.version" 2>/dev/null)" != "$simplemma_version" ]; then
    python3 -m pip --version >/dev/null 2>&1 || {
        say "installing python3-pip"
        root=""
        [ "$(id -u)" = 0 ] || root="sudo"
        $root apt-get update -q
        DEBIAN_FRONTEND=noninteractive $root apt-get install -y -q --no-install-recommends python3-pip
    }
    say "installing simplemma $simplemma_version into $pylib"
    rm -rf "$pylib"
    python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore --no-deps --target "$pylib" "simplemma==$simplemma_version"
    echo "$simplemma_version" > "$pylib/.version"
fi

# --- npm dev dependencies -----------------------------------------------------
stamp=node_modules/.faktenlage-lock
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
    say "installing npm dev dependencies (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$lock_hash" > "$stamp"
fi
