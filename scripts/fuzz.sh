#!/usr/bin/env bash
# Short fuzz run of every target in fuzz/ (cargo fuzz, nightly toolchain).
#
#   scripts/fuzz.sh [SECONDS]     # per target; default 25
#
# Each target starts from the seed articles (as plain text, as several
# articles, as HTML) plus every crasher kept in tests/data/fuzz-regressions/,
# and runs for SECONDS with debug assertions on. A crash is copied to
# tests/data/fuzz-regressions/<target>/ (commit it with the fix: `cargo test
# --test fuzz_regressions` replays it from then on) and fails the target.
# The last line reads like cargo's, "test result: … N passed; N failed; …",
# so scripts/test.sh counts the targets.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-25}
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    echo "cargo +nightly fuzz is not available (scripts/setup.sh installs cargo-fuzz when rustup has a nightly toolchain)"
    echo "test result: ignored. 0 passed; 0 failed; 2 ignored"
    exit 0
fi

targets=(analyze document)
passed=0
failed=0
for target in "${targets[@]}"; do
    corpus=fuzz/corpus/$target
    mkdir -p "$corpus"
    # Seeds: a mode byte (see fuzz/src/lib.rs `articles`) and a seed text.
    i=0
    for seed in tests/data/seeds/*.txt; do
        i=$((i + 1))
        for mode in 0 4 1 2; do
            { printf "\\x0$mode"; cat "$seed"; } > "$corpus/seed-$i-$mode"
        done
    done
    cp tests/data/fuzz-regressions/"$target"/* "$corpus/" 2>/dev/null || true
    artifacts=fuzz/artifacts/$target
    rm -rf "$artifacts"
    mkdir -p "$artifacts"
    echo "--- fuzz $target for ${seconds}s"
    # -a: debug assertions (overflow checks). -s none: no AddressSanitizer;
    # the core is safe Rust, and ASan made the runs six times slower.
    # -timeout: an input that takes 10 s is a finding too (slow paths);
    # -rss_limit: a page's worth of text must never need more than 2 GB.
    if (cd fuzz && cargo +nightly fuzz run "$target" -a -s none "corpus/$target" -- \
        -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
        -artifact_prefix="artifacts/$target/" -print_final_stats=1 2>&1 |
        grep -E '^(#[0-9]+ +DONE|Done |stat::number_of_executed_units|==[0-9]+==|thread|panicked|SUMMARY|artifact_prefix|Test unit written)' |
        head -40); [ "${PIPESTATUS[0]}" -eq 0 ] && [ -z "$(ls -A "$artifacts")" ]; then
        echo "fuzz $target: ok"
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        mkdir -p "tests/data/fuzz-regressions/$target"
        for f in "$artifacts"/*; do
            [ -e "$f" ] || continue
            cp "$f" "tests/data/fuzz-regressions/$target/"
            echo "fuzz $target: FAILED, input kept as tests/data/fuzz-regressions/$target/$(basename "$f")"
        done
    fi
done
status=$([ "$failed" -eq 0 ] && echo ok || echo FAILED)
echo "test result: $status. $passed passed; $failed failed; 0 ignored"
[ "$failed" -eq 0 ]
