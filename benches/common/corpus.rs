//! Reading a corpus file as an article, shared by the benchmark
//! (`benches/scaling.rs`) and the profiling target (`examples/repeat.rs`),
//! so that both analyse the same input.
//!
//! A corpus file is a header (URL, language, date with `~` when inferred,
//! blank line) and the article's text.

use faktenlage::ArticleInput;
use std::path::Path;

/// The article in the corpus file at `path`, its id the file's stem.
pub fn article(path: &Path) -> ArticleInput {
    let raw = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = raw.splitn(5, '\n');
    let (_url, lang, date) = (lines.next(), lines.next().unwrap_or("").trim(), lines.next().unwrap_or(""));
    let text = lines.nth(1).unwrap_or("");
    let mut a = ArticleInput::text(text).id(&path.file_stem().unwrap_or_default().to_string_lossy());
    a.lang = Some(lang.to_string()).filter(|l| l == "de" || l == "en");
    a.published = date.trim_start_matches('~').split_whitespace().next().filter(|d| d.len() == 10).map(str::to_string);
    a
}
