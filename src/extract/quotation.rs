//! Quotations that run over several sentences.
//!
//! A speaker's words often fill more than one sentence, with the speech tag
//! only at the end (`"When I got up, … / I stood up and ran. / There were
//! pieces of the plane all around me," he said.`) or only at the start
//! (`Er sagte: „Wir haben gesiegt. Aber …“`). The sentences between the
//! marks carry no cue of their own, yet they are the speaker's, not the
//! report's: each is a quotation, and its source is the one the run names.
//!
//! A run is found by the parity of the double quotation marks: a sentence
//! with an odd number of them opens a quotation that the next sentence with
//! an odd number closes, within one block (a quotation never crosses a
//! paragraph here; an unclosed mark ends with its block). Runs are bounded
//! so that one stray mark cannot turn a whole article into a quotation.

use crate::doc::token::TokenKind;
use crate::doc::{is_quote_mark, Document};

/// The most sentences one quotation is taken to span; a longer run is a
/// stray mark, not a quotation.
pub const MAX_RUN: usize = 8;

/// Sentence index ranges (first, last; inclusive) of the quotations that
/// span two or more sentences, in order.
pub fn runs(doc: &Document) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (first sentence, its block)
    for s in doc.sentence_views() {
        let block = doc.sentences[s.index].block;
        if open.is_some_and(|(first, b)| b != block || s.index - first >= MAX_RUN) {
            open = None;
        }
        let marks = s.toks.iter().filter(|t| t.kind == TokenKind::Punct && is_quote_mark(t.text)).count();
        if marks % 2 == 0 {
            continue;
        }
        match open.take() {
            Some((first, _)) => out.push((first, s.index)),
            None => open = Some((s.index, block)),
        }
    }
    out
}

/// The run each sentence is in, if any (one entry per sentence).
pub fn run_of(runs: &[(usize, usize)], sentences: usize) -> Vec<Option<(usize, usize)>> {
    let mut of = vec![None; sentences];
    for &(a, b) in runs {
        for slot in of.iter_mut().take(b + 1).skip(a) {
            *slot = Some((a, b));
        }
    }
    of
}
