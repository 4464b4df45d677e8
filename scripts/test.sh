#!/usr/bin/env bash
# Runs every test of Faktenlage, installing what is missing first:
#
#   1. cargo test: the Rust core, natively (unit, integration, CLI, doc tests,
#      fuzz regressions); corpus tests count as skipped without the corpus
#   2. linear growth: tests/linear_growth.rs with --release (a timing ratio
#      needs optimized code; it is ignored in step 1's debug build)
#   3. cargo fmt --check
#   4. cargo clippy --all-targets -- -D warnings
#   5. fuzz: each cargo-fuzz target for a short while (scripts/fuzz.sh)
#   6. pkg/ is fresh: build it into a temp dir, compare byte for byte
#   7. node --test tests/js/: the JS API of both builds, offsets, errors, schema
#   8. node --test tests/e2e/: the demo page in Chromium (file:// and http)
#
# FUZZ_SECONDS sets the fuzz time per target (default 25; 0 skips the step).
#
# Every step runs even when an earlier one failed; the last line sums up all
# of them ("total: N passed, N failed, N skipped") and the exit status is
# non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
passed=0
failed=0
skipped=0
declare -a summary

step() { printf '\n=== %s ===\n' "$*"; }

# Sums the counts from cargo's ("test result: … N passed; N failed; N ignored")
# and node's ("ℹ pass N", "ℹ fail N", "ℹ skipped N") closing lines in a log.
count() {
    awk '
        /^test result: / {
            for (i = 1; i <= NF; i++) {
                if ($(i+1) ~ /^passed;?$/) p += $i
                if ($(i+1) ~ /^failed;?$/) f += $i
                if ($(i+1) ~ /^ignored;?$/) s += $i
            }
        }
        /^(ℹ|#) pass [0-9]+$/ { p += $3 }
        /^(ℹ|#) fail [0-9]+$/ { f += $3 }
        /^(ℹ|#) skipped [0-9]+$/ { s += $3 }
        END { print p + 0, f + 0, s + 0 }
    ' "$1"
}

# run NAME COMMAND...: runs a test step, tees its output, records the result.
run() {
    local name=$1
    shift
    local log="$logs/$name.log"
    "$@" 2>&1 | tee "$log"
    local status=${PIPESTATUS[0]}
    read -r p f s < <(count "$log")
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
        f=1 # a step that failed without a test counting it (build error, crash)
    fi
    passed=$((passed + p))
    failed=$((failed + f))
    skipped=$((skipped + s))
    summary+=("$(printf '%-10s %s (%d passed, %d failed, %d skipped)' "$name" "$([ "$status" -eq 0 ] && echo ok || echo FAILED)" "$p" "$f" "$s")")
}

step "setup"
if ! scripts/setup.sh; then
    echo "total: 0 passed, 1 failed"
    exit 1
fi
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

step "1. cargo test (native)"
run cargo cargo test --color never

step "2. linear growth (optimized)"
run growth cargo test --release --color never --test linear_growth -- --nocapture

step "3. cargo fmt --check"
fmt_check() {
    if cargo fmt --check && cargo fmt --check --manifest-path fuzz/Cargo.toml; then
        echo "test result: ok. 1 passed; 0 failed; 0 ignored"
    else
        echo "rustfmt: the files above are not formatted (run cargo fmt)"
        echo "test result: FAILED. 0 passed; 1 failed; 0 ignored"
        return 1
    fi
}
run fmt fmt_check

step "4. cargo clippy --all-targets -- -D warnings"
clippy() {
    if cargo clippy --all-targets --color never -- -D warnings; then
        echo "test result: ok. 1 passed; 0 failed; 0 ignored"
    else
        echo "test result: FAILED. 0 passed; 1 failed; 0 ignored"
        return 1
    fi
}
run clippy clippy

step "5. fuzz (${FUZZ_SECONDS:-25} s per target)"
if [ "${FUZZ_SECONDS:-25}" -gt 0 ]; then
    run fuzz scripts/fuzz.sh "${FUZZ_SECONDS:-25}"
fi

step "6. pkg/ is up to date"
fresh() {
    local out="$logs/pkg"
    scripts/build.sh "$out" || return 1
    if diff -r pkg "$out" > "$logs/pkg.diff"; then
        echo "pkg/ matches a fresh build byte for byte"
        echo "test result: ok. 1 passed; 0 failed; 0 ignored"
    else
        sed 's/^Binary files \(.*\) differ$/differs: \1/' "$logs/pkg.diff" | grep -v '^[<>-]' | head -20
        echo "pkg/ is stale: run scripts/build.sh and commit pkg/"
        echo "test result: FAILED. 0 passed; 1 failed; 0 ignored"
        return 1
    fi
}
run pkg fresh

step "7. node tests (tests/js)"
run node node --test --test-reporter=spec tests/js/

step "8. browser tests (tests/e2e, Chromium)"
run e2e node --test --test-reporter=spec tests/e2e/

step "summary"
printf '%s\n' "${summary[@]}"
echo "total: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
