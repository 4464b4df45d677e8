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
//! The synthetic stories are the seeds with their capitalized words and
//! figures replaced per story (see [`story`]), so each story has two articles
//! that align with each other and share only grammar with the other stories.

use faktenlage::{analyze, ArticleInput, Options};
use std::time::Instant;

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
            std::hint::black_box(faktenlage::doc::token::tokenize(s, 0));
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
