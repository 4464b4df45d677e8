//! Block classification: which stretch of the page text is headline, kicker,
//! lede, body, subheading, caption, media teaser, credit, agency line,
//! related-content teaser or junk. OWNER: parsing (issue 3).

use crate::report::{Block, BlockKind};

/// Classifies the lines/paragraphs of `text`. `hints` are kinds known from
/// markup and win over text heuristics. The blocks cover the text in order.
pub fn classify(text: &str, title: Option<&str>, hints: &[Block]) -> Vec<Block> {
    let _ = (title, hints);
    // Placeholder until issue 3: every non-empty line is body.
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_end_matches(['\n', '\r']);
        if !trimmed.trim().is_empty() {
            out.push(Block { kind: BlockKind::Body, start: pos, end: pos + trimmed.len() });
        }
        pos += line.len();
    }
    out
}
