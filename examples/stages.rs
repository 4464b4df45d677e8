//! Times each analysis stage on the seeds (profiling aid): `cargo run --release --example stages`.
use faktenlage::*;
use std::time::Instant;
fn main() {
    let text = include_str!("../tests/data/seeds/000_f1b10fb3713ca5b6.txt");
    let n = 200;
    let t = Instant::now();
    let mut blocks = vec![];
    for _ in 0..n { blocks = blocks::classify(text, None, &[]); }
    println!("blocks   {:.3} ms", t.elapsed().as_secs_f64() * 1000.0 / n as f64);
    let t = Instant::now();
    let mut sents = vec![];
    for _ in 0..n { sents = segment::sentences(text, &blocks); }
    println!("segment  {:.3} ms", t.elapsed().as_secs_f64() * 1000.0 / n as f64);
    let lang = language::Lang::De;
    let gaz = gazetteer::Gazetteer::with_extra(&[]);
    let t = Instant::now();
    let mut ents = vec![];
    for _ in 0..n { ents = entity::find_all(text, &sents, lang, &gaz); }
    println!("entity   {:.3} ms", t.elapsed().as_secs_f64() * 1000.0 / n as f64);
    let t = Instant::now();
    let mut mods = vec![];
    for _ in 0..n { mods = sents.iter().map(|s| modality::classify(text, s.start..s.end, lang)).collect::<Vec<_>>(); }
    println!("modality {:.3} ms", t.elapsed().as_secs_f64() * 1000.0 / n as f64);
    let t = Instant::now();
    for _ in 0..n { std::hint::black_box(attribution::find_all(text, &sents, &ents, &mods, lang)); }
    println!("attrib   {:.3} ms", t.elapsed().as_secs_f64() * 1000.0 / n as f64);
    let t = Instant::now();
    for _ in 0..n { for s in &sents { std::hint::black_box(quantity::find(text, s.start..s.end, lang)); } }
    println!("quantity {:.3} ms", t.elapsed().as_secs_f64() * 1000.0 / n as f64);
    let t = Instant::now();
    let d = date::Date::parse_iso("2025-04-28");
    for _ in 0..n { for s in &sents { std::hint::black_box(time::find(text, s.start..s.end, lang, d)); } }
    println!("time     {:.3} ms", t.elapsed().as_secs_f64() * 1000.0 / n as f64);
    let t = Instant::now();
    for _ in 0..n { std::hint::black_box(gazetteer::Gazetteer::with_extra(&[])); }
    println!("gazetteer {:.3} ms", t.elapsed().as_secs_f64() * 1000.0 / n as f64);
    let seeds = [ArticleInput::text(text).published("2025-04-28"), ArticleInput::text(include_str!("../tests/data/seeds/001_603facece05b4bf3.txt")).published("2025-04-28").id("b")];
    let t = Instant::now();
    for _ in 0..n { std::hint::black_box(analyze(&seeds, &Options::default()).unwrap()); }
    println!("analyze2 {:.3} ms", t.elapsed().as_secs_f64() * 1000.0 / n as f64);
    let r = analyze(&seeds, &Options::default()).unwrap();
    let t = Instant::now();
    for _ in 0..n { let mut c = r.claims.clone(); std::hint::black_box(compare::compare(&r.articles, &mut c)); }
    println!("compare  {:.3} ms", t.elapsed().as_secs_f64() * 1000.0 / n as f64);
    let t = Instant::now();
    for _ in 0..n { std::hint::black_box(faktenlage::statement::of_claims(&r.articles, &r.claims)); }
    println!("statemnt {:.3} ms", t.elapsed().as_secs_f64() * 1000.0 / n as f64);
    let st = faktenlage::statement::of_claims(&r.articles, &r.claims);
    let t = Instant::now();
    for _ in 0..n { std::hint::black_box(align::align(&r.articles, &r.claims, &st)); }
    println!("align    {:.3} ms", t.elapsed().as_secs_f64() * 1000.0 / n as f64);
}
#[allow(dead_code)]
fn unused() {}
