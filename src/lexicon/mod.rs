//! Language data, apart from the logic that uses it: word lists of German
//! and English news language, each kept once.
//!
//! [`gazetteer`] holds the people, states and organizations with their
//! spellings, roles and adjectives.

pub mod gazetteer;
