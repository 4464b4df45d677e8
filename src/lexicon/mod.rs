//! Language data, apart from the logic that uses it: word lists of German
//! and English news language, each kept once.
//!
//! - [`gazetteer`]: people, states and organizations with their spellings,
//!   roles and adjectives;
//! - [`calendar`]: months, weekdays, parts of the day, seasons;
//! - [`agencies`]: news agencies;
//! - [`speech`]: verbs of saying and denying, with flags for their roles;
//! - [`predicates`]: what claims state, German and English verbs and nouns
//!   mapped to shared predicate concepts;
//! - [`words`]: function words and verb forms (negations, hedges, Konjunktiv
//!   forms, relative pronouns, …) with their flags, looked up once per token;
//! - [`places`]: the shapes of town names the gazetteer does not know;
//! - [`units`]: how explanations name the units of figures;
//! - [`prefix`]: the two-byte index the tables are looked up through.

pub mod agencies;
pub mod calendar;
pub mod gazetteer;
#[cfg(test)]
mod generate;
pub mod packed;
pub mod places;
pub mod predicates;
pub mod prefix;
pub mod speech;
pub mod spelling;
// Generated (src/lexicon/generate.rs); rustfmt would reflow its arrays.
#[rustfmt::skip]
pub(crate) mod tables;
pub mod units;
pub mod words;
