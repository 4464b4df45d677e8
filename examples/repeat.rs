//! Analyses the two seeds, or the given corpus files together, `N` times
//! (default 500) in one process: a target for a profiler, e.g.
//! `perf record cargo run --release --features cli --example repeat -- 500 ../shared/corpus/*.txt`.
//!
//! A corpus file is read as the benchmark reads it (URL, language, date,
//! blank line, text); with `--features cli` the allocator is the CLI's and
//! the benchmark's (mimalloc), so the profile is theirs.
use faktenlage::*;

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
        files
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let raw = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p}: {e}"));
                let mut lines = raw.splitn(5, '\n');
                let (_url, lang, date) = (lines.next(), lines.next().unwrap_or("").trim(), lines.next().unwrap_or(""));
                let mut a = ArticleInput::text(lines.nth(1).unwrap_or("")).id(&format!("a{i}"));
                a.lang = Some(lang.to_string()).filter(|l| l == "de" || l == "en");
                a.published = date
                    .trim_start_matches('~')
                    .split_whitespace()
                    .next()
                    .filter(|d| d.len() == 10)
                    .map(str::to_string);
                a
            })
            .collect()
    };
    for _ in 0..n {
        std::hint::black_box(analyze(&articles, &Options::default()).unwrap());
    }
}
