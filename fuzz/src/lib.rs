//! Invariants the fuzz targets check, and how they turn bytes into input.
//!
//! Everything a page hands the overlay is untrusted input, so for any bytes:
//!
//! - the analysis never panics (an `Err` is fine: it is the clear error the
//!   caller gets for an empty, binary or oversized article);
//! - every span in the report (blocks, sentences, claims, figures, times,
//!   entities) lies inside its article's text and on UTF-16 code unit
//!   boundaries that do not split a surrogate pair;
//! - each claim's `text` is exactly its article's text at its span;
//! - the same input gives the same report, byte for byte.
//!
//! For blocks and sentences alone: blocks are in order, do not overlap and
//! sit on char boundaries; each sentence lies inside its (prose) block, is
//! non-empty and trimmed, and sentences are in order.
//!
//! This file is also compiled into the main crate's `tests/fuzz_regressions.rs`
//! (by `#[path]`), which replays every crasher kept under
//! `tests/data/fuzz-regressions/` with an ordinary `cargo test`; so it uses
//! nothing but `faktenlage` and `serde_json`.

use faktenlage::report::{Block, BlockKind, Report};
use faktenlage::{analyze, ArticleInput, Options};

/// Block kinds in the order a hint byte picks them.
const KINDS: [BlockKind; 12] = [
    BlockKind::Headline,
    BlockKind::Kicker,
    BlockKind::Lede,
    BlockKind::Body,
    BlockKind::Subheading,
    BlockKind::Caption,
    BlockKind::Media,
    BlockKind::Credit,
    BlockKind::Source,
    BlockKind::Related,
    BlockKind::Other,
    BlockKind::Body,
];

/// Turns fuzzer bytes into articles. The first byte picks the shape:
///
/// - `0`: one plain-text article (UTF-8, lossily), with or without a
///   publication date and language (bits 2–4);
/// - `1`: up to four articles separated by `0xFF` (never valid UTF-8, so the
///   fuzzer can place it freely); after a `0xFE` in a part, byte triples are
///   block hints `(kind, start, length)` in UTF-16 units, as the browser sends;
/// - `2`: one article as HTML;
/// - `3`: a JSON array of articles in the JS API's shape.
pub fn articles(data: &[u8]) -> Vec<ArticleInput> {
    let Some((&mode, rest)) = data.split_first() else { return Vec::new() };
    let published = (mode & 4 != 0).then(|| "2025-04-28".to_string());
    let lang = match (mode >> 3) & 3 {
        1 => Some("de".to_string()),
        2 => Some("en".to_string()),
        _ => None,
    };
    let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    match mode % 4 {
        0 => vec![ArticleInput { text: Some(text(rest)), published, lang, ..ArticleInput::default() }],
        1 => rest
            .split(|&b| b == 0xFF)
            .take(4)
            .enumerate()
            .map(|(i, part)| {
                let (body, hint_bytes) = match part.iter().position(|&b| b == 0xFE) {
                    Some(k) => (&part[..k], Some(&part[k + 1..])),
                    None => (part, None),
                };
                let hints = hint_bytes.map(|h| {
                    h.chunks_exact(3)
                        .map(|c| Block {
                            kind: KINDS[c[0] as usize % KINDS.len()],
                            start: c[1] as usize * 4,
                            end: c[1] as usize * 4 + c[2] as usize,
                        })
                        .collect()
                });
                ArticleInput {
                    id: Some(format!("a{i}")),
                    text: Some(text(body)),
                    hints,
                    published: published.clone(),
                    lang: lang.clone(),
                    ..ArticleInput::default()
                }
            })
            .collect(),
        2 => vec![ArticleInput { html: Some(text(rest)), published, lang, ..ArticleInput::default() }],
        _ => serde_json::from_slice(rest).unwrap_or_default(),
    }
}

/// Runs the analysis on `data` twice and checks every invariant.
pub fn check_analyze(data: &[u8]) {
    let input = articles(data);
    if input.is_empty() {
        return;
    }
    let options = Options::default();
    let Ok(report) = analyze(&input, &options) else { return };
    check_report(&report);
    let again = analyze(&input, &options).expect("the same input analysed twice fails once");
    let (a, b) = (serde_json::to_string(&report).unwrap(), serde_json::to_string(&again).unwrap());
    assert!(a == b, "the same input gave two different reports");
}

/// The span invariants of a report.
pub fn check_report(report: &Report) {
    for article in &report.articles {
        let units: Vec<u16> = article.text.encode_utf16().collect();
        let span = |what: &str, start: usize, end: usize| -> String {
            assert!(start <= end && end <= units.len(), "{what} {start}..{end} outside 0..{}", units.len());
            for at in [start, end] {
                let splits_pair = at > 0 && at < units.len() && (0xDC00..0xE000).contains(&units[at]);
                assert!(!splits_pair, "{what} {start}..{end} splits a surrogate pair at {at}");
            }
            String::from_utf16(&units[start..end]).expect("a span on code point boundaries is valid UTF-16")
        };
        for b in &article.blocks {
            span("block", b.start, b.end);
        }
        for s in &article.sentences {
            span("sentence", s.start, s.end);
            assert!(s.block < article.blocks.len(), "sentence names block {} of {}", s.block, article.blocks.len());
        }
        for c in report.claims.iter().filter(|c| c.article == article.id) {
            let at = span("claim", c.start, c.end);
            assert!(at == c.text, "claim text {:?} is not the text at its span, {:?}", c.text, at);
            for q in &c.quantities {
                span("figure", q.start, q.end);
            }
            for t in &c.times {
                span("time", t.start, t.end);
            }
            for e in &c.entities {
                span("entity", e.start, e.end);
            }
        }
    }
    for c in &report.claims {
        assert!(report.articles.iter().any(|a| a.id == c.article), "claim {} names no article", c.id);
    }
}

/// Builds the [`faktenlage::Document`] of `data` (as text, lossily) and
/// checks its invariants: blocks in order and in range, sentences inside
/// prose blocks and trimmed, every token inside its sentence, in order, equal
/// to the text at its span, with its lowercased form; and a plain
/// `segment::split` of the whole text in order and on char boundaries.
pub fn check_document(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();
    let doc = faktenlage::Document::new(text, None, &[], None, None);
    let blocks = &doc.blocks;
    let mut last_end = 0;
    for b in blocks {
        assert!(b.start <= b.end && b.end <= text.len(), "block {}..{} outside 0..{}", b.start, b.end, text.len());
        assert!(
            text.is_char_boundary(b.start) && text.is_char_boundary(b.end),
            "block {}..{} splits a char",
            b.start,
            b.end
        );
        assert!(b.start >= last_end, "block {}..{} overlaps the one before (ends at {last_end})", b.start, b.end);
        last_end = b.end;
    }
    let mut last_end = 0;
    for view in doc.sentence_views() {
        let s = doc.sentences[view.index];
        let b = blocks[s.block];
        assert!(b.kind.is_prose(), "sentence in a {:?} block", b.kind);
        assert!(
            b.start <= s.start && s.start < s.end && s.end <= b.end,
            "sentence {}..{} not inside its block",
            s.start,
            s.end
        );
        let t = &text[s.start..s.end];
        assert!(t.trim() == t, "sentence {:?} is not trimmed", t);
        assert!(s.start >= last_end, "sentence {}..{} overlaps the one before", s.start, s.end);
        last_end = s.end;
        let mut at = s.start;
        for tok in view.toks {
            assert!(
                tok.start >= at && tok.start < tok.end && tok.end <= s.end,
                "token {:?} out of order or outside its sentence",
                tok.text
            );
            assert_eq!(tok.text, &text[tok.start..tok.end]);
            assert_eq!(tok.lower.as_ref(), tok.text.to_lowercase(), "lowercased form of {:?}", tok.text);
            at = tok.end;
        }
    }
    let mut last_end = 0;
    for (s, e) in faktenlage::doc::segment::split(text) {
        assert!(s >= last_end && s <= e && e <= text.len(), "split {s}..{e} out of order or range");
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "split {s}..{e} splits a char");
        last_end = e;
    }
}
