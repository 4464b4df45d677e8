//! German-aware sentence segmentation. OWNER: parsing (issue 3).
//!
//! Unicode sentence rules split German wrongly (`3. März`, `Dr. Müller`,
//! `z. B.`, `2. Korps`); this module has its own rules:
//!
//! * A sentence ends at `.`, `!`, `?` or `…` (or a run of them), plus any
//!   closing quotes or brackets right after (`…verteidigten.“` ends after the
//!   quote), when whitespace and then an uppercase letter, a digit or an
//!   opening quote follow. A lowercase continuation (`„Warum?“, fragte er`,
//!   `etc. und`) never starts a new sentence.
//! * A period after an abbreviation (`Dr.`, `Nr.`, `Mio.`, `bzw.`), after a
//!   single letter (`z. B.`, `u. a.`, `(l.)`) or after a number of up to three
//!   digits (`2. Korps`, `3. März`) is not a sentence end.
//! * A period with no space after it ends a sentence only between two real
//!   words (`…gefallen.Die`), never inside `13.01.2025`, `(2.vl)` or
//!   `St.-Georgs-Bänder`.
//! * Headlines and subheadings are one sentence each; only prose blocks
//!   ([`BlockKind::is_prose`]) get sentences.
//!
//! Quotations need no special state: a quote that contains a full sentence
//! end followed by more quoted text is split like any other text, and a
//! quote that closes before the sentence goes on (`…“, heißt es`) never
//! offers a split point because lowercase or a comma follows.

use crate::lexicon::packed;
use crate::report::{Block, BlockKind, Sentence};

/// Splits the prose blocks of `text` into sentences (headings are one sentence each).
pub fn sentences(text: &str, blocks: &[Block]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (bi, b) in blocks.iter().enumerate() {
        if !b.kind.is_prose() {
            continue;
        }
        let (start, end) = (b.start.min(text.len()), b.end.min(text.len()));
        if start >= end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        match b.kind {
            BlockKind::Headline | BlockKind::Subheading => push_trimmed(text, start, end, bi, &mut out),
            _ => {
                for (s, e) in split(&text[start..end]) {
                    push_trimmed(text, start + s, start + e, bi, &mut out);
                }
            }
        }
    }
    out
}

/// Pushes `start..end` with surrounding whitespace trimmed, if anything is left.
fn push_trimmed(text: &str, start: usize, end: usize, block: usize, out: &mut Vec<Sentence>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Sentence { start: start + lead, end: end - trail, block });
    }
}

/// Byte ranges of the sentences of one paragraph (untrimmed at the edges of
/// `p`, trimmed between sentences).
pub fn split(p: &str) -> Vec<(usize, usize)> {
    // Byte positions, reading characters only around sentence ends: this
    // runs over every paragraph and over many single lines while blocks are
    // classified, and most of a text is no sentence end.
    let at = |i: usize| crate::doc::token::char_at(p, i);
    let mut out = Vec::new();
    let mut sent_start = 0;
    let mut from = 0;
    while let Some((i, c)) = next_terminal(p, from) {
        // The run of terminal punctuation (`...`, `?!`), then closers.
        let mut j = i;
        while let Some(t) = at(j).filter(|&c| is_terminal(c)) {
            j += t.len_utf8();
        }
        let single_period = j == i + 1 && c == '.';
        while let Some(t) = at(j).filter(|&c| is_closer(c)) {
            j += t.len_utf8();
        }
        let end = j;
        let word = word_before(p, i);
        from = j;
        // `rund 4.000.`, `about 4,000.`: the last group of a grouped number
        // is no ordinal, the period ends the sentence.
        let grouped = {
            let start = i - word.len();
            start >= 2
                && matches!(p.as_bytes()[start - 1], b'.' | b',')
                && p.as_bytes()[start - 2].is_ascii_digit()
                && word.len() == 3
        };
        if single_period && (is_abbreviation(word) || (is_ordinal(word) && !grouped)) {
            continue;
        }
        let mut k = j;
        while let Some(w) = at(k).filter(|c| c.is_whitespace()) {
            k += w.len_utf8();
        }
        let Some(next) = at(k) else { break };
        let split_here = if k > j {
            next.is_uppercase() || next.is_ascii_digit() || is_opener(next)
        } else {
            // Glued: `Satz.Nächster`, only between two real words.
            single_period
                && j == i + 1
                && next.is_uppercase()
                && at(k + next.len_utf8()).is_some_and(|c| c.is_lowercase())
                && word.chars().count() >= 2
                && word.chars().last().is_some_and(|c| c.is_lowercase())
        };
        if split_here {
            if end > sent_start {
                out.push((sent_start, end));
            }
            sent_start = k;
        }
    }
    if sent_start < p.len() && !p[sent_start..].trim().is_empty() {
        out.push((sent_start, p.len()));
    }
    out
}

/// The first sentence-final character at or after byte `from`, with its
/// byte position.
fn next_terminal(p: &str, from: usize) -> Option<(usize, char)> {
    let b = p.as_bytes();
    let mut at = from;
    loop {
        at += b.get(at..)?.iter().position(|&c| matches!(c, b'.' | b'!' | b'?' | 0xE2))?;
        // `…` is E2 80 A6 in UTF-8; other characters starting with E2 are no sentence end.
        if b[at] != 0xE2 {
            return Some((at, char::from(b[at])));
        }
        if b[at..].starts_with("…".as_bytes()) {
            return Some((at, '…'));
        }
        at += 1;
    }
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Characters that close a quotation or bracket right after a sentence end.
fn is_closer(c: char) -> bool {
    matches!(c, '“' | '”' | '"' | '\'' | '’' | '»' | '«' | ')' | ']')
}

/// Characters that may open the next sentence.
fn is_opener(c: char) -> bool {
    matches!(c, '„' | '“' | '"' | '«' | '»' | '‚' | '‘' | '(' | '[' | '\'')
}

/// The run of letters and digits right before byte `i`.
fn word_before(p: &str, i: usize) -> &str {
    let start = p[..i].char_indices().rev().take_while(|(_, c)| c.is_alphanumeric()).last().map_or(i, |(s, _)| s);
    &p[start..i]
}

/// A number of up to three digits before a period is an ordinal (`2. Korps`);
/// four digits are usually a year at the end of a sentence.
fn is_ordinal(word: &str) -> bool {
    !word.is_empty() && word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit())
}

/// Words that end in a period without ending the sentence, even before an
/// uppercase word (`Dr. Müller`, `10 Mio. Euro`, `poln. Państwowa Komisja`). `etc.` and `usw.` are not
/// here: before an uppercase word they usually do end a sentence.
fn is_abbreviation(word: &str) -> bool {
    let mut cs = word.chars();
    if let (Some(c), None) = (cs.next(), cs.next()) {
        return c.is_alphabetic(); // initials, `z. B.`, `u. a.`, `(l.)`
    }
    packed::contains(ABBREVIATIONS, word)
}

crate::packed_table!(
    /// Abbreviations a period does not end a sentence after.
    ABBREVIATIONS,
    "\
Abs
Anm
Apr
Art
Aug
Bd
Bio
Ca
Capt
Co
Col
Corp
Dec
Dez
Dipl
Dr
Feb
Fr
Gen
Gov
Hr
Hrn
Hrsg
Inc
Ing
Jan
Jh
Jhd
Jr
Jul
Jun
Kap
Lt
Ltd
Mill
Mio
Mr
Mrd
Mrs
Ms
Mt
No
Nov
Nr
Oct
Okt
Pkt
Prof
Red
Rep
Sen
Sep
Sept
Sgt
Sr
St
Std
Str
Tel
Tsd
Univ
Verf
Vgl
Ziff
approx
arab
bzgl
bzw
ca
engl
evtl
franz
geb
gest
ggf
griech
inkl
ital
jap
min
niederl
poln
russ
sog
türk
ukr
vgl
vs
zzgl"
);

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(p: &str) -> Vec<&str> {
        split(p).into_iter().map(|(s, e)| p[s..e].trim()).collect()
    }

    #[test]
    fn ordinals_abbreviations_and_dates_do_not_split() {
        assert_eq!(
            parts("Im Hauptquartier des 2. Korps am 13.01.2025 sprach Dr. Kim u. a. mit ca. 10 Mio. Soldaten.").len(),
            1
        );
    }

    #[test]
    fn quote_end_belongs_to_the_sentence() {
        let p = "Er schrieb: \"Nun gehe ich.\" Das BSW scheitert.";
        assert_eq!(parts(p), vec!["Er schrieb: \"Nun gehe ich.\"", "Das BSW scheitert."]);
    }

    #[test]
    fn glued_sentences_split_between_words() {
        assert_eq!(parts("Es regnet.Morgen scheint die Sonne."), vec!["Es regnet.", "Morgen scheint die Sonne."]);
        assert_eq!(
            parts("Die St.-Georgs-Bänder und (2.vl) bleiben."),
            vec!["Die St.-Georgs-Bänder und (2.vl) bleiben."]
        );
    }
}
