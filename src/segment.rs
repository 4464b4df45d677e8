//! German-aware sentence segmentation. OWNER: parsing (issue 3).
//!
//! Unicode sentence rules split German wrongly (`3. März`, `Dr. Müller`,
//! `z. B.`, `2. Korps`); this module has its own rules.

use crate::report::{Block, Sentence};

/// Splits the prose blocks of `text` into sentences (headings are one sentence each).
pub fn sentences(text: &str, blocks: &[Block]) -> Vec<Sentence> {
    // Placeholder until issue 3: split after `. ` .
    let mut out = Vec::new();
    for (bi, b) in blocks.iter().enumerate() {
        if !b.kind.is_prose() {
            continue;
        }
        let s = &text[b.start..b.end];
        let mut start = 0;
        for (i, _) in s.match_indices(". ") {
            out.push(Sentence { start: b.start + start, end: b.start + i + 1, block: bi });
            start = i + 2;
        }
        if start < s.len() {
            out.push(Sentence { start: b.start + start, end: b.end, block: bi });
        }
    }
    out
}
