//! Alignment: which claims of different articles are about the same thing.
//! Candidate pairs come from an inverted index (blocking), never from all pairs.
