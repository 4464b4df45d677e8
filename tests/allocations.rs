//! After [`faktenlage::warm_up`], an analysis gives back every allocation it
//! made: nothing it builds outlives it.
//!
//! Why it matters: the wasm build's allocator (`src/arena.rs`) empties its
//! arena whenever the count of live allocations returns to where it was at
//! start. A table built on first use and kept (a `OnceLock` that `warm_up`
//! does not build) would keep that count up for good, and the browser's
//! memory would grow with every analysis. This test counts live allocations
//! natively, around analyses of the seeds, an English text and (when
//! present) all texts of the shared corpus together.
//!
//! Without the libtest harness: the counting allocator must see this one
//! thread only, not the harness's own bookkeeping.

use faktenlage::{analyze, ArticleInput, Options};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering::Relaxed};

mod common;

/// The system allocator, counting the blocks alive.
struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(1, Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        LIVE.fetch_sub(1, Relaxed);
        unsafe { System.dealloc(block, layout) }
    }
    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        unsafe { System.realloc(block, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const ENGLISH: &str = "Flood waters forced 1,200 residents from their homes on Tuesday, the fire brigade said.\n\n\
Police said about 800 people had been evacuated by the evening. The mayor denied reports that the dam had failed.";

fn main() {
    let mut sets: Vec<(String, Vec<ArticleInput>)> = vec![
        (
            "the seeds".into(),
            vec![
                ArticleInput::text(common::SEED_0).id("zdf").published("2025-04-28"),
                ArticleInput::text(common::SEED_1).id("bz").published("2025-04-28"),
            ],
        ),
        (
            "an English text".into(),
            vec![ArticleInput { lang: Some("en".into()), ..ArticleInput::text(ENGLISH).published("2025-03-04") }],
        ),
    ];
    if let Some(dir) = common::corpus_dir() {
        let mut all = Vec::new();
        for t in common::corpus_texts(&dir) {
            let mut a = ArticleInput { lang: Some(t.lang.clone()), ..ArticleInput::text(&t.text).id(&t.name) };
            if let Some(p) = &t.published {
                a = a.published(p);
            }
            all.push(a);
        }
        sets.push(("the corpus together".into(), all));
    }
    let options = Options::default();
    faktenlage::warm_up();
    let mut failures = Vec::new();
    for (name, articles) in &sets {
        let before = LIVE.load(Relaxed);
        let report = analyze(articles, &options).expect("analyses");
        assert!(!report.claims.is_empty(), "{name}: no claims");
        drop(report);
        let after = LIVE.load(Relaxed);
        println!("{name}: {} allocations alive after the analysis (0 expected)", after - before);
        if after != before {
            failures.push(name.clone());
        }
    }
    if failures.is_empty() {
        println!("\ntest result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out\n");
    } else {
        println!(
            "\nallocations outlived the analysis of {}: a table built on first use is missing from warm_up",
            failures.join(", ")
        );
        println!("\ntest result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out\n");
        std::process::exit(1);
    }
}
