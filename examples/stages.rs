//! Times each analysis stage on the first seed (a profiling aid):
//! `cargo run --release --example stages`.
//!
//! The document (blocks, segmentation, tokens) is built once; each extractor
//! then reads it, as in the pipeline.
use faktenlage::doc::language::Lang;
use faktenlage::extract::{attribution, entity, modality, quantity, quotation, time};
use faktenlage::lexicon::gazetteer::Gazetteer;
use faktenlage::*;
use std::hint::black_box;
use std::time::Instant;

/// Runs `f` `n` times and prints the mean time per run.
fn stage<T>(name: &str, n: usize, mut f: impl FnMut() -> T) -> T {
    let t = Instant::now();
    let mut out = f();
    for _ in 1..n {
        out = black_box(f());
    }
    println!("{name:<10} {:.3} ms", t.elapsed().as_secs_f64() * 1000.0 / n as f64);
    out
}

fn main() {
    let text = include_str!("../tests/data/seeds/000_f1b10fb3713ca5b6.txt");
    let n = 200;
    let published = date::Date::parse_iso("2025-04-28");
    let doc = stage("document", n, || Document::new(text, None, &[], Some(Lang::De), published));
    let gaz = stage("gazetteer", n, || Gazetteer::with_extra(&[]));
    let ents = stage("entity", n, || entity::find_all(&doc, &gaz));
    let mods = stage("modality", n, || doc.sentence_views().map(|s| modality::classify(&s)).collect::<Vec<_>>());
    let quotations = quotation::runs(&doc);
    stage("attrib", n, || attribution::find_all(&doc, &ents, &mods, &quotations));
    stage("quantity", n, || doc.sentence_views().map(|s| quantity::find_in(&s)).collect::<Vec<_>>());
    stage("time", n, || doc.sentence_views().map(|s| time::find_in(&s, published)).collect::<Vec<_>>());
    let seeds = [
        ArticleInput::text(text).published("2025-04-28"),
        ArticleInput::text(include_str!("../tests/data/seeds/001_603facece05b4bf3.txt"))
            .published("2025-04-28")
            .id("b"),
    ];
    let r = stage("analyze2", n, || analyze(&seeds, &Options::default()).unwrap());
    stage("compare", n, || {
        compare::compare(&r.articles, &mut r.claims.clone(), &compare::statement::of_claims(&r.articles, &r.claims))
    });
    let st = stage("statement", n, || compare::statement::of_claims(&r.articles, &r.claims));
    let article_of: Vec<usize> =
        r.claims.iter().map(|c| r.articles.iter().position(|a| a.id == c.article).unwrap()).collect();
    stage("align", n, || compare::align::align(&r.articles, &r.claims, &st, &article_of));
}
