//! Times the first analysis in a fresh process (one-off table building
//! included) against the steady state: `cargo run --release --example first`.
use faktenlage::*;
use std::time::Instant;
fn main() {
    let seeds = [
        ArticleInput::text(include_str!("../tests/data/seeds/000_f1b10fb3713ca5b6.txt")).published("2025-04-28"),
        ArticleInput::text(include_str!("../tests/data/seeds/001_603facece05b4bf3.txt"))
            .published("2025-04-28")
            .id("b"),
    ];
    let t = Instant::now();
    std::hint::black_box(analyze(&seeds, &Options::default()).unwrap());
    println!("first    {:.3} ms", t.elapsed().as_secs_f64() * 1000.0);
    let t = Instant::now();
    std::hint::black_box(analyze(&seeds, &Options::default()).unwrap());
    println!("second   {:.3} ms", t.elapsed().as_secs_f64() * 1000.0);
}
