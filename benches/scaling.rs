//! Benchmark: how analysis cost grows with the number of articles, and what
//! one page costs.
//!
//! Run with `cargo bench --bench scaling` (or `scripts/bench.sh`, which also
//! runs the wasm and JS peers). It prints figures, not verdicts:
//! - the two seed articles (the demo page), against a plain tokenization pass
//!   over the same text as a peer (the least any analysis must do);
//! - the shared corpus (read at run time from `$FAKTENLAGE_CORPUS` or
//!   `../shared/corpus`, skipped when absent): time and throughput in MB/s,
//!   all texts analysed together and each alone;
//! - 20, 50, 100 and 200 articles on 10 to 100 stories, with throughput and
//!   the ratio to 20 articles, which stays near the ratio of text (2.5x, 5x,
//!   10x) when alignment is near-linear (blocking through an inverted index);
//!   all-pairs comparison would give its square.
//!
//! The synthetic stories are the seeds with their capitalized words and
//! figures replaced per story (see [`story`]), so each story has two articles
//! that align with each other and share only grammar with the other stories.

use faktenlage::{analyze, ArticleInput, Options};
use std::time::Instant;

#[path = "common/corpus.rs"]
mod corpus;

/// The native CLI's allocator, so that the figures are the CLI's.
#[cfg(feature = "cli")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SEEDS: [&str; 2] = [
    include_str!("../tests/data/seeds/000_f1b10fb3713ca5b6.txt"),
    include_str!("../tests/data/seeds/001_603facece05b4bf3.txt"),
];

/// A made-up but word-like name for story `k` (`Bavorek`, `Tilunas`, …).
fn name(k: usize, salt: usize) -> String {
    const ON: [&str; 12] = ["b", "t", "k", "m", "r", "s", "v", "d", "l", "n", "g", "p"];
    const NU: [&str; 6] = ["a", "e", "i", "o", "u", "au"];
    // splitmix64, so that stories do not share made-up words by accident.
    let mut x = (k as u64) << 32 ^ salt as u64;
    x = x.wrapping_add(0x9E3779B97F4A7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D049BB133111EB);
    x ^= x >> 31;
    let mut s = String::new();
    for _ in 0..4 {
        s.push_str(ON[(x % 12) as usize]);
        x /= 12;
        s.push_str(NU[(x % 6) as usize]);
        x /= 6;
    }
    s.push_str(ON[(x % 12) as usize]);
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// Story `k`: the seeds with every word of five letters or more (names,
/// places, nouns, verbs) replaced by a made-up word of that story, and the
/// figures shifted. The two articles of a story keep sharing their words;
/// different stories share only short function words and sentence shapes.
fn story(k: usize) -> Vec<ArticleInput> {
    SEEDS
        .iter()
        .enumerate()
        .map(|(i, seed)| {
            let mut text = String::with_capacity(seed.len());
            let mut last = 0;
            for t in faktenlage::doc::token::tokenize(seed, 0) {
                text.push_str(&seed[last..t.start]);
                if t.kind == faktenlage::doc::token::TokenKind::Word && t.text.chars().count() >= 5 {
                    let h = t.text.bytes().fold(0usize, |h, b| h.wrapping_mul(31).wrapping_add(b as usize));
                    let word = name(k, h % 9973);
                    if t.is_capitalized() {
                        text.push_str(&word);
                    } else {
                        text.push_str(&word.to_lowercase());
                    }
                } else if t.kind == faktenlage::doc::token::TokenKind::Number && t.text.len() == 6 {
                    text.push_str(&format!("{}.000", 10 + (k * 3 + t.text.as_bytes()[1] as usize) % 80));
                } else {
                    text.push_str(t.text);
                }
                last = t.end;
            }
            text.push_str(&seed[last..]);
            ArticleInput::text(text).id(&format!("s{k}-{i}")).published("2025-04-28")
        })
        .collect()
}

/// Median of `runs` timings of `f`, in milliseconds.
fn time_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut ms: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    ms.sort_by(|a, b| a.partial_cmp(b).unwrap());
    ms[runs / 2]
}

/// MB/s for `bytes` in `ms`.
fn mbps(bytes: usize, ms: f64) -> f64 {
    bytes as f64 / 1e6 / (ms / 1e3)
}

/// The corpus texts as articles ([`corpus::article`]), if the corpus is
/// there.
fn corpus() -> Option<Vec<ArticleInput>> {
    let dir = match std::env::var_os("FAKTENLAGE_CORPUS") {
        Some(d) => std::path::PathBuf::from(d),
        None => std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"),
    };
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let articles = files.iter().map(|p| corpus::article(p)).collect();
    Some(articles)
}

fn main() {
    let options = Options::default();
    let seeds: Vec<ArticleInput> = SEEDS
        .iter()
        .enumerate()
        .map(|(i, s)| ArticleInput::text(*s).id(&format!("seed{i}")).published("2025-04-28"))
        .collect();
    let report = analyze(&seeds, &options).expect("seeds analyse");
    let page = time_ms(51, || {
        std::hint::black_box(analyze(&seeds, &options).unwrap());
    });
    let tokenize = time_ms(51, || {
        for s in SEEDS {
            std::hint::black_box(faktenlage::doc::token::tokenize(s, 0));
        }
    });
    let bytes: usize = SEEDS.iter().map(|s| s.len()).sum();
    println!(
        "demo page (2 seed articles, {bytes} bytes, {} claims, {} links):",
        report.claims.len(),
        report.links.len()
    );
    println!("  analyze      {page:8.3} ms (median of 51)");
    println!("  tokenize     {tokenize:8.3} ms (peer: one tokenization pass)");
    println!("  ratio        {:8.1}x", page / tokenize.max(1e-9));
    println!("  throughput   {:8.2} MB/s", mbps(bytes, page));

    match corpus() {
        None => println!("corpus: skipped (../shared/corpus or $FAKTENLAGE_CORPUS is absent)"),
        Some(articles) => {
            let bytes: usize = articles.iter().map(|a| a.text.as_ref().map_or(0, String::len)).sum();
            let r = analyze(&articles, &options).expect("corpus analyses");
            let together = time_ms(21, || {
                std::hint::black_box(analyze(&articles, &options).unwrap());
            });
            let alone = time_ms(21, || {
                for a in &articles {
                    std::hint::black_box(analyze(std::slice::from_ref(a), &options).unwrap());
                }
            });
            println!(
                "corpus ({} texts, {bytes} bytes, {} claims, {} links):",
                articles.len(),
                r.claims.len(),
                r.links.len()
            );
            println!("  together     {together:8.3} ms  {:6.2} MB/s (median of 21)", mbps(bytes, together));
            println!("  each alone   {alone:8.3} ms  {:6.2} MB/s (sum, median of 21)", mbps(bytes, alone));
        }
    }

    let mut results: Vec<(usize, f64)> = Vec::new();
    for stories in [10, 25, 50, 100] {
        let articles: Vec<ArticleInput> = (0..stories).flat_map(story).collect();
        let r = analyze(&articles, &options).unwrap();
        let runs = if stories > 50 { 5 } else { 21 };
        let ms = time_ms(runs, || {
            std::hint::black_box(analyze(&articles, &options).unwrap());
        });
        let bytes: usize = articles.iter().map(|a| a.text.as_ref().map_or(0, String::len)).sum();
        let cross_story = r.links.iter().filter(|l| l.from.split('-').next() != l.to.split('-').next()).count();
        let vs20 = results.first().map_or(String::new(), |&(n, t)| {
            format!(", {:.1}x the time of {n} for {:.1}x the articles", ms / t, articles.len() as f64 / n as f64)
        });
        println!(
            "{:4} articles ({stories:3} stories): {ms:9.2} ms {:6.2} MB/s, {} claims, {} links ({} across stories){vs20}",
            articles.len(),
            mbps(bytes, ms),
            r.claims.len(),
            r.links.len(),
            cross_story
        );
        results.push((articles.len(), ms));
    }
}
