//! Analyses the two seeds, or the given corpus files together, `N` times
//! (default 500) in one process: a target for a profiler, e.g.
//! `perf record cargo run --release --features cli --example repeat -- 500 ../shared/corpus/*.txt`.
//!
//! A corpus file is read as the benchmark reads it
//! (`benches/common/corpus.rs`); with `--features cli` the allocator is the
//! CLI's and the benchmark's (mimalloc), so the profile is theirs.
use faktenlage::*;

#[path = "../benches/common/corpus.rs"]
mod corpus;

#[cfg(feature = "cli")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(500);
    let files: Vec<String> = args.collect();
    let articles: Vec<ArticleInput> = if files.is_empty() {
        vec![
            ArticleInput::text(include_str!("../tests/data/seeds/000_f1b10fb3713ca5b6.txt")).published("2025-04-28"),
            ArticleInput::text(include_str!("../tests/data/seeds/001_603facece05b4bf3.txt"))
                .published("2025-04-28")
                .id("b"),
        ]
    } else {
        files.iter().map(|p| corpus::article(std::path::Path::new(p))).collect()
    };
    for _ in 0..n {
        std::hint::black_box(analyze(&articles, &Options::default()).unwrap());
    }
}
