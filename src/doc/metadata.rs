//! Article metadata read from the text: title, kicker, agencies, dateline.
//! OWNER: parsing (issue 3).
//!
//! * Title: the headline block. Kicker: the kicker block, or a short topic
//!   label before the headline's colon (`Ukraine-Krieg: …`).
//! * Agencies: named in agency lines (`Quelle: AFP, AP, dpa, Reuters`,
//!   `(mit AFP)`) and in the dateline (`Pjöngjang/Seoul (dpa) -`). Photo
//!   credits (`Kremlin/AP`) are not the article's agencies, and agencies
//!   quoted in the prose (`berichtete KCNA`) are sources, not authors.
//! * Dateline: the places before the agency at the start of the first
//!   paragraphs (`AUGSBURG/RAVENSBURG (dpa-AFX) -`, `SEOUL:`), all-caps
//!   spelling normalized (`Augsburg`, `Ravensburg`).

use crate::report::{Block, BlockKind};

/// What the text says about itself.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    pub title: Option<String>,
    pub kicker: Option<String>,
    /// Normalized agency names (`dpa`, `AFP`, `AP`, `Reuters`, `KNA`, `epd`, …).
    pub agencies: Vec<String>,
    /// Dateline places.
    pub dateline: Vec<String>,
}

/// Reads metadata from classified text.
pub fn extract(text: &str, blocks: &[Block]) -> Metadata {
    let mut m = Metadata::default();
    let slice = |b: &Block| text.get(b.start..b.end).unwrap_or("").trim();
    if let Some(h) = blocks.iter().find(|b| b.kind == BlockKind::Headline) {
        m.title = Some(slice(h).to_string()).filter(|t| !t.is_empty());
    }
    m.kicker = blocks
        .iter()
        .find(|b| b.kind == BlockKind::Kicker)
        .map(|b| slice(b).to_string())
        .or_else(|| m.title.as_deref().and_then(kicker_of_headline));
    let add = |m: &mut Metadata, a: &'static str| {
        if !m.agencies.iter().any(|x| x == a) {
            m.agencies.push(a.to_string());
        }
    };
    // The dateline opens the first paragraph of the article proper.
    for b in blocks.iter().filter(|b| matches!(b.kind, BlockKind::Lede | BlockKind::Body)).take(2) {
        if let Some((places, agencies)) = dateline(slice(b)) {
            m.dateline = places;
            for a in agencies {
                add(&mut m, a);
            }
            break;
        }
    }
    for b in blocks.iter().filter(|b| b.kind == BlockKind::Source) {
        for a in agencies_in(slice(b)) {
            add(&mut m, a);
        }
    }
    m
}

/// `Ukraine-Krieg: Nordkorea bestätigt …` → `Ukraine-Krieg`: a label of at
/// most three words, none a lowercase verb (`Russland bestätigt: …` is a
/// sentence, not a label).
fn kicker_of_headline(h: &str) -> Option<String> {
    let (label, rest) = h.split_once(':')?;
    let label = label.trim();
    let words: Vec<&str> = label.split_whitespace().collect();
    let ok = !words.is_empty()
        && words.len() <= 3
        && !rest.trim().is_empty()
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| !c.is_lowercase())
                || matches!(
                    *w,
                    "in" | "im"
                        | "um"
                        | "und"
                        | "der"
                        | "die"
                        | "das"
                        | "von"
                        | "am"
                        | "an"
                        | "für"
                        | "of"
                        | "the"
                        | "and"
                        | "in the"
                )
        });
    ok.then(|| label.to_string())
}

/// The normalized name of a news agency, from one word (`dpa/lby` → `dpa`).
pub fn agency(word: &str) -> Option<&'static str> {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    let w = w.split('/').next().unwrap_or(w);
    crate::lexicon::agencies::agency(&crate::doc::token::lower(w))
}

/// Every agency named in a short stretch like `Quelle: AFP, AP, dpa, Reuters`
/// or `mit Material von Reuters und dpa`, in order, without repeats.
pub fn agencies_in(s: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let lower = s.to_lowercase();
    for &(long, name) in crate::lexicon::agencies::LONG_NAMES {
        if lower.contains(long) {
            out.push(name);
        }
    }
    for w in s.split(|c: char| c == ',' || c == ';' || c == '/' || c.is_whitespace() || c == '(' || c == ')') {
        if let Some(a) = agency(w) {
            if !out.contains(&a) {
                out.push(a);
            }
        }
    }
    out
}

/// Reads a dateline at the start of a paragraph: places and agencies.
pub fn dateline(p: &str) -> Option<(Vec<String>, Vec<&'static str>)> {
    let head = &p[..floor(p, 120)];
    // `Place/Place (agency) -`
    if let Some(open) = head.find(" (") {
        let places = &head[..open];
        let after = &head[open + 2..];
        if let Some(close) = after.find(')') {
            let inner = &after[..close];
            let rest = after[close + 1..].trim_start();
            let agencies: Vec<&'static str> = inner.split([',', ' ']).filter_map(agency).collect();
            if rest.starts_with(['-', '–', '—']) && !agencies.is_empty() {
                if let Some(parts) = place_parts(places) {
                    return Some((parts, agencies));
                }
            }
        }
    }
    // `SEOUL:` (all capitals, then a colon).
    let (place, _) = head.split_once(':')?;
    let all_caps = place.chars().any(char::is_alphabetic)
        && place.chars().all(|c| c.is_uppercase() || c == ' ' || c == '-' || c == '/' || c == '.')
        && place.chars().filter(|c| c.is_alphabetic()).count() >= 3;
    if all_caps {
        return Some((place_parts(place)?, Vec::new()));
    }
    None
}

fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `AUGSBURG/RAVENSBURG` → `Augsburg`, `Ravensburg`; each place one to three
/// capitalized words.
fn place_parts(s: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for part in s.split('/') {
        let words: Vec<&str> = part.split_whitespace().collect();
        if words.is_empty()
            || words.len() > 3
            || !words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        {
            return None;
        }
        let words: Vec<String> = words.iter().map(|w| unshout(w)).collect();
        out.push(crate::join::join(&mut words.iter().map(String::as_str), " "));
    }
    Some(out)
}

/// `PJÖNGJANG` → `Pjöngjang`, `BADEN-BADEN` → `Baden-Baden`; mixed case stays.
fn unshout(w: &str) -> String {
    if w.chars().filter(|c| c.is_alphabetic()).count() < 2 || w.chars().any(char::is_lowercase) {
        return w.to_string();
    }
    let mut out = String::with_capacity(w.len());
    let mut start = true;
    for c in w.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        let (p, a) = dateline("Pjöngjang/Seoul (dpa) - Nordkorea hat").unwrap();
        assert_eq!((p, a), (vec!["Pjöngjang".to_string(), "Seoul".to_string()], vec!["dpa"]));
        let (p, a) = dateline("AUGSBURG/RAVENSBURG (dpa-AFX) - Gebrochene Dämme").unwrap();
        assert_eq!((p, a), (vec!["Augsburg".to_string(), "Ravensburg".to_string()], vec!["dpa-AFX"]));
        assert_eq!(dateline("SEOUL: North Korea confirmed").unwrap().0, vec!["Seoul"]);
        assert!(dateline("Kim Jong Un (Archivbild) - hier").is_none());
        assert!(dateline("Laut Bundeswahlleitung: das BSW").is_none());
    }

    #[test]
    fn agency_lines() {
        assert_eq!(agencies_in("Quelle: AFP, AP, dpa, Reuters"), vec!["AFP", "AP", "dpa", "Reuters"]);
        assert_eq!(agencies_in("(mit AFP)"), vec!["AFP"]);
        assert_eq!(agencies_in("mit Material von dpa/lby und KNA"), vec!["dpa", "KNA"]);
    }

    #[test]
    fn kicker_labels() {
        assert_eq!(kicker_of_headline("Ukraine-Krieg: Nordkorea bestätigt").as_deref(), Some("Ukraine-Krieg"));
        assert_eq!(kicker_of_headline("Russland bestätigt: Nordkoreaner"), None);
    }
}
