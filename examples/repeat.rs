//! Analyses the two seeds `N` times (default 500) in one process: a target for
//! a profiler, e.g. `perf record cargo run --release --example repeat`.
use faktenlage::*;
fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(500);
    let seeds = [
        ArticleInput::text(include_str!("../tests/data/seeds/000_f1b10fb3713ca5b6.txt")).published("2025-04-28"),
        ArticleInput::text(include_str!("../tests/data/seeds/001_603facece05b4bf3.txt"))
            .published("2025-04-28")
            .id("b"),
    ];
    for _ in 0..n {
        std::hint::black_box(analyze(&seeds, &Options::default()).unwrap());
    }
}
