//! Benchmark: how analysis cost grows with the number of articles, and what
//! one page costs.
//!
//! Run with `cargo bench --bench scaling`. It prints figures, not verdicts:
//! - the two seed articles (the demo page), against a plain tokenization pass
//!   over the same text as a peer (the least any analysis must do);
//! - 20 and 200 articles on 10 and 100 stories, and the ratio 200/20, which
//!   stays near 10 when alignment is near-linear (blocking through an inverted
//!   index); all-pairs comparison would give about 100.
//!
//! The synthetic stories are the seeds with their names, places and figures
//! replaced per story, so each story has two articles that align with each
//! other and share only generic words with the other stories.

use faktenlage::{analyze, ArticleInput, Options};
use std::time::Instant;

const SEEDS: [&str; 2] = [
    include_str!("../tests/data/seeds/000_f1b10fb3713ca5b6.txt"),
    include_str!("../tests/data/seeds/001_603facece05b4bf3.txt"),
];

/// A made-up but word-like name for story `k` (`Bavorek`, `Tilunas`, …).
fn name(k: usize, salt: usize) -> String {
    const ON: [&str; 12] = ["B", "T", "K", "M", "R", "S", "V", "D", "L", "N", "G", "P"];
    const NU: [&str; 6] = ["a", "e", "i", "o", "u", "au"];
    const CO: [&str; 8] = ["rok", "lun", "vas", "dim", "tesk", "gor", "nal", "bris"];
    let mut x = k * 7919 + salt * 104729;
    let mut s = String::new();
    for _ in 0..2 {
        s.push_str(ON[x % ON.len()]);
        x /= ON.len();
        s.push_str(NU[x % NU.len()]);
        x /= NU.len();
    }
    s.push_str(CO[(k + salt) % CO.len()]);
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c.map(|c| c.to_ascii_lowercase())).collect()).unwrap_or_default()
}

fn story(k: usize) -> Vec<ArticleInput> {
    let swaps = [
        ("Kursk", name(k, 1)),
        ("Nordkorea", name(k, 2)),
        ("Pjöngjang", name(k, 3)),
        ("Kim Jong", name(k, 4)),
        ("Gerassimow", name(k, 5)),
        ("Garmaew", name(k, 6)),
        ("KCNA", name(k, 7).to_uppercase()),
        ("10.000", format!("{}.000", 10 + k % 50)),
        ("12.000", format!("{}.000", 12 + k % 50)),
    ];
    SEEDS
        .iter()
        .enumerate()
        .map(|(i, seed)| {
            let mut text = seed.to_string();
            for (from, to) in &swaps {
                text = text.replace(from, to);
            }
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

fn main() {
    let options = Options::default();
    let seeds: Vec<ArticleInput> =
        SEEDS.iter().enumerate().map(|(i, s)| ArticleInput::text(*s).id(&format!("seed{i}")).published("2025-04-28")).collect();
    let report = analyze(&seeds, &options).expect("seeds analyse");
    let page = time_ms(51, || {
        std::hint::black_box(analyze(&seeds, &options).unwrap());
    });
    let tokenize = time_ms(51, || {
        for s in SEEDS {
            std::hint::black_box(faktenlage::token::tokenize(s, 0));
        }
    });
    let bytes: usize = SEEDS.iter().map(|s| s.len()).sum();
    println!("demo page (2 seed articles, {bytes} bytes, {} claims, {} links):", report.claims.len(), report.links.len());
    println!("  analyze      {page:8.3} ms (median of 51)");
    println!("  tokenize     {tokenize:8.3} ms (peer: one tokenization pass)");
    println!("  ratio        {:8.1}x", page / tokenize.max(1e-9));

    let mut results = Vec::new();
    for stories in [10, 100] {
        let articles: Vec<ArticleInput> = (0..stories).flat_map(story).collect();
        let r = analyze(&articles, &options).unwrap();
        let runs = if stories > 50 { 5 } else { 21 };
        let ms = time_ms(runs, || {
            std::hint::black_box(analyze(&articles, &options).unwrap());
        });
        let cross_story = r
            .links
            .iter()
            .filter(|l| l.from.split('-').next() != l.to.split('-').next())
            .count();
        println!(
            "{:4} articles ({stories} stories): {ms:9.2} ms, {} claims, {} links ({} across stories)",
            articles.len(),
            r.claims.len(),
            r.links.len(),
            cross_story
        );
        results.push(ms);
    }
    println!("ratio 200/20 articles: {:.1}x (10x text; near-linear is about 10-12x, all-pairs about 100x)", results[1] / results[0]);
}
