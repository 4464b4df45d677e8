//! Per-sentence extractors over the [`Document`](crate::Document)'s tokens.
//!
//! Each reads a [`SentenceView`](crate::doc::SentenceView) (attribution and
//! entities read the whole document, since a source or a role carries over
//! from one sentence to the next) and returns plain report data with byte
//! offsets. None of them tokenizes or lowercases again.
//!
//! [`quantity::find`] and [`time::find`] also take a bare span, for callers
//! (and the data-driven specs) that look at one sentence on its own.

pub mod attribution;
pub mod entity;
pub mod modality;
pub mod quantity;
pub mod quotation;
pub mod time;

use crate::doc::Document;
use crate::report::{Attribution, Entity, Modality};

/// How each sentence speaks and who speaks it: its modality and its
/// attribution, with quotations over several sentences read as one
/// (`quotation::runs`). One entry per sentence.
pub fn voices(doc: &Document, entities: &[Vec<Entity>]) -> (Vec<Modality>, Vec<Option<Box<Attribution>>>) {
    let quotations = quotation::runs(doc);
    let mut modalities: Vec<_> = doc.sentence_views().map(|s| modality::classify(&s)).collect();
    modality::within_quotations(&mut modalities, &quotations);
    let attributions = attribution::find_all(doc, entities, &modalities, &quotations);
    (modalities, attributions)
}
