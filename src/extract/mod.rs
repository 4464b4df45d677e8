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
pub mod time;
