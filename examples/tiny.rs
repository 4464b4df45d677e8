//! Times one pathological family at a size, for profiling what
//! tests/linear_growth.rs measures: `tiny KB REPS UNIT ARTICLES`.
use faktenlage::{analyze, ArticleInput, Options};
fn main() {
    let arg = |i: usize| std::env::args().nth(i);
    let kb: usize = arg(1).and_then(|a| a.parse().ok()).unwrap_or(256);
    let reps: usize = arg(2).and_then(|a| a.parse().ok()).unwrap_or(5);
    let unit = arg(3).unwrap_or("Ja. ".into());
    let n: usize = arg(4).and_then(|a| a.parse().ok()).unwrap_or(1);
    let text = unit.repeat(kb * 1024 / unit.len() / n);
    let a: Vec<_> =
        (0..n).map(|i| ArticleInput::text(text.clone()).id(&format!("a{i}")).published("2025-04-28")).collect();
    for _ in 0..reps {
        std::hint::black_box(analyze(&a, &Options::default()).unwrap());
    }
}
