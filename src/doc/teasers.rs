//! Lists of other stories in a page's text: "more on this", "most read",
//! "latest news" boxes that the text of a page carries along.
//!
//! Each entry is a short headline, often with a one-sentence summary, and
//! an age stamp (`1 day ago`, `vor 2 Stunden`, `Gestern, 14:03 Uhr`,
//! `12.03.2025`) or a list number (`1`, `2.`, `3. Headline …`). A summary is
//! a full sentence and would otherwise become a claim, though the article
//! never made it. The list is recognized by that shape, repeated: at least
//! two entries in a row, never by the words of one site.
//!
//! Untrusted input: lines are classified one by one and entries matched in
//! one pass, so the cost is linear in the number of lines.

use crate::lexicon::calendar;

/// The shape of one line, as far as teaser lists go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Line {
    /// Only an age or a date: `1 day ago`, `vor 2 Stunden`, `12.03.2025`.
    Stamp,
    /// Only a list number: `1`, `2.`, `#3`.
    Number(u32),
    /// A list number and a headline: `3. Flut in Bayern: Pegel sinken`.
    NumberedHeading(u32),
    /// A short line without a sentence end.
    Heading,
    /// One sentence of at most [`MAX_SUMMARY_WORDS`] words.
    Summary,
    /// Anything else.
    Other,
}

impl Line {
    /// A line an entry is found around: a stamp or a list number. Every
    /// other line matters only within [`SUMMARY_REACH`] lines of one.
    pub(crate) fn is_anchor(self) -> bool {
        matches!(self, Line::Stamp | Line::Number(_) | Line::NumberedHeading(_))
    }
}

/// How far from its stamp or number an entry's summary may be, in lines
/// (the headline and summary above a stamp, or the headline and summary
/// after a number): [`lists`] looks no further.
pub(crate) const SUMMARY_REACH: usize = 2;

/// Longest summary line of a teaser, in words.
pub(crate) const MAX_SUMMARY_WORDS: usize = 40;
/// Longest teaser headline, in words.
pub(crate) const MAX_HEADING_WORDS: usize = 16;

/// Classifies one line of `words` whitespace-separated words (the caller
/// has counted them). `sentences` counts its sentences; it is called only
/// for a line that could be a summary (a segmentation per line is the
/// costly part).
pub(crate) fn line(s: &str, words: usize, sentences: impl FnOnce() -> usize) -> Line {
    let s = s.trim();
    // (Not ruled out by `words`: a free-standing `|` or `·` is a
    // whitespace-separated piece but no stamp word.)
    if is_age_stamp(s) {
        return Line::Stamp;
    }
    if let Some(n) = list_number(s) {
        return Line::Number(n);
    }
    let ends_sentence = s.trim_end_matches(['“', '”', '"', '»', '«', ')']).ends_with(['.', '!', '?', '…']);
    if let Some((n, rest)) = s.split_once(char::is_whitespace).and_then(|(a, rest)| Some((list_number(a)?, rest))) {
        let rest_words = rest.split_whitespace().count();
        if (2..=MAX_HEADING_WORDS).contains(&rest_words) && !ends_sentence && starts_upper(rest) {
            return Line::NumberedHeading(n);
        }
    }
    if !ends_sentence && (1..=MAX_HEADING_WORDS).contains(&words) && starts_upper(s) && !s.ends_with(':') {
        Line::Heading
    } else if ends_sentence && words <= MAX_SUMMARY_WORDS && sentences() <= 1 {
        Line::Summary
    } else {
        Line::Other
    }
}

fn starts_upper(s: &str) -> bool {
    s.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

/// `1`, `2.`, `3)`, `#4`, `05` (at most two digits, not 0).
fn list_number(s: &str) -> Option<u32> {
    let d = s.strip_prefix('#').unwrap_or(s);
    let d = d.strip_suffix(['.', ')']).unwrap_or(d);
    if d.is_empty() || d.len() > 2 || !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = crate::extract::quantity::decimal(d)? as u32;
    (n > 0).then_some(n)
}

/// Most words of an age stamp (`Aktualisiert: gestern, 14:03 Uhr`), its
/// gaps including `,` `·` `|` `•`.
const MAX_STAMP_WORDS: usize = 6;

/// A line that only says how old something is, or when it appeared.
pub(crate) fn is_age_stamp(s: &str) -> bool {
    let is_gap = |c: char| c.is_whitespace() || matches!(c, ',' | '·' | '|' | '•');
    // Lowercasing makes no gaps and removes none: most lines are ruled out
    // by their length before they are lowercased.
    if s.split(is_gap).filter(|w| !w.is_empty()).nth(MAX_STAMP_WORDS).is_some() {
        return false;
    }
    let lower = crate::doc::token::lower(s);
    let words: Vec<&str> = lower.split(is_gap).filter(|w| !w.is_empty()).collect();
    if words.is_empty() || words.len() > MAX_STAMP_WORDS {
        return false;
    }
    let w = match words[0] {
        "updated" | "aktualisiert" | "aktualisiert:" | "stand:" | "published" | "veröffentlicht" => &words[1..],
        _ => &words[..],
    };
    let count = |x: &str| {
        (!x.is_empty() && x.len() <= 3 && x.bytes().all(|b| b.is_ascii_digit())) || calendar::is_small_count(x)
    };
    let clock_only = |r: &[&str]| r.iter().all(|x| is_clock(x) || *x == "uhr");
    match w {
        [n, unit, "ago"] => count(n) && calendar::is_age_unit(unit),
        [nu, "ago"] => {
            // `2h ago`, `5min ago`
            let digits = nu.bytes().take_while(u8::is_ascii_digit).count();
            digits > 0 && calendar::is_age_unit(&nu[digits..])
        }
        ["vor", n, unit] => count(n) && calendar::is_age_unit(unit),
        ["just", "now"] | ["gerade", "eben"] => true,
        [day, rest @ ..] if matches!(*day, "gestern" | "heute" | "yesterday" | "today") => clock_only(rest),
        [date, rest @ ..] => is_numeric_date(date) && clock_only(rest),
        [] => false,
    }
}

/// `14:03`
pub(crate) fn is_clock(s: &str) -> bool {
    let Some((h, m)) = s.split_once(':') else { return false };
    (1..=2).contains(&h.len()) && m.len() == 2 && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
}

/// `12.03.2025`, `12.03.25`, `2025-03-12`, `3/12/2025`
fn is_numeric_date(s: &str) -> bool {
    let parts: Vec<&str> = s.trim_end_matches('.').split(['.', '-', '/']).collect();
    parts.len() == 3
        && parts.iter().all(|p| (1..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
        && parts.iter().any(|p| p.len() >= 2)
}

/// The line ranges (inclusive) of teaser lists among `lines`. Entries are
/// found around their stamps and numbers; entries next to each other (at
/// most one line apart) form a list, and a list of at least two entries is
/// reported, with a short heading right above it (`Weitere Artikel`).
pub(crate) fn lists(lines: &[Line]) -> Vec<(usize, usize)> {
    let n = lines.len();
    let mut entries: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < n {
        let entry = match lines[i] {
            Line::Stamp => {
                // Headline (and summary) above the stamp, or below it.
                let back = match (i.checked_sub(2).map(|k| lines[k]), i.checked_sub(1).map(|k| lines[k])) {
                    (Some(Line::Heading), Some(Line::Summary)) => Some(i - 2),
                    (_, Some(Line::Heading | Line::Summary)) => Some(i - 1),
                    _ => None,
                };
                let taken = entries.last().map_or(0, |&(_, e)| e + 1);
                match back.filter(|&b| b >= taken) {
                    Some(b) => Some((b, i)),
                    None if lines.get(i + 1) == Some(&Line::Heading) => {
                        let end = if lines.get(i + 2) == Some(&Line::Summary) { i + 2 } else { i + 1 };
                        Some((i, end))
                    }
                    None => None,
                }
            }
            Line::Number(_) if lines.get(i + 1) == Some(&Line::Heading) => {
                let mut end = i + 1;
                if lines.get(end + 1) == Some(&Line::Summary) {
                    end += 1;
                }
                if lines.get(end + 1) == Some(&Line::Stamp) {
                    end += 1;
                }
                Some((i, end))
            }
            Line::NumberedHeading(_) => {
                let mut end = i;
                if lines.get(end + 1) == Some(&Line::Summary) {
                    end += 1;
                }
                if lines.get(end + 1) == Some(&Line::Stamp) {
                    end += 1;
                }
                Some((i, end))
            }
            _ => None,
        };
        match entry {
            Some((a, b)) => {
                entries.push((a, b));
                i = b + 1;
            }
            None => i += 1,
        }
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut run: Option<(usize, usize, usize)> = None; // (start, end, entries)
    for &(a, b) in &entries {
        run = match run {
            Some((s, e, k)) if a <= e + 2 => Some((s, b, k + 1)),
            Some(done) => {
                push_list(done, lines, &mut out);
                Some((a, b, 1))
            }
            None => Some((a, b, 1)),
        };
    }
    if let Some(done) = run {
        push_list(done, lines, &mut out);
    }
    out
}

fn push_list((start, end, entries): (usize, usize, usize), lines: &[Line], out: &mut Vec<(usize, usize)>) {
    if entries < 2 {
        return;
    }
    // A numbered list counts only when it counts up.
    let numbers: Vec<u32> = lines[start..=end]
        .iter()
        .filter_map(|l| match l {
            Line::Number(n) | Line::NumberedHeading(n) => Some(*n),
            _ => None,
        })
        .collect();
    if !numbers.is_empty() && numbers.windows(2).any(|w| w[1] != w[0] + 1) {
        return;
    }
    let start = if start > 0 && lines[start - 1] == Line::Heading { start - 1 } else { start };
    out.push((start, end));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_with_free_standing_separators() {
        assert!(is_age_stamp("Stand: 12.03.2025 | 14:03 | 16:45 Uhr"));
        assert_eq!(line("Stand: 12.03.2025 | 14:03 | 16:45 Uhr", 7, || 1), Line::Stamp);
    }

    #[test]
    fn stamps() {
        for s in [
            "1 day ago",
            "2 hours ago",
            "5min ago",
            "vor 2 Stunden",
            "vor einer Stunde",
            "Gestern, 14:03 Uhr",
            "12.03.2025",
            "Updated 3 days ago",
            "heute",
            "2025-03-12 · 14:03",
        ] {
            assert!(is_age_stamp(s), "{s}");
        }
        for s in ["vor 2 Jahren kam es zum Streit", "1 day", "Vor Ort", "am 12.03.2025 meldete", "2024"] {
            assert!(!is_age_stamp(s), "{s}");
        }
    }

    #[test]
    fn lists_need_two_entries_in_a_row() {
        use Line::*;
        assert_eq!(lists(&[Other, Heading, Heading, Summary, Stamp, Heading, Summary, Stamp, Other]), [(1, 7)]);
        assert_eq!(lists(&[Other, Heading, Summary, Stamp, Other, Other, Heading, Stamp]), []);
        assert_eq!(lists(&[Number(1), Heading, Number(2), Heading, Number(3), Heading]), [(0, 5)]);
        assert_eq!(lists(&[Number(1), Heading, Number(3), Heading]), []);
        assert_eq!(lists(&[NumberedHeading(1), Summary, NumberedHeading(2), Summary]), [(0, 3)]);
    }

    /// Why the classifier may leave a would-be summary as `Other` when no
    /// stamp or number is within [`SUMMARY_REACH`] lines (it counts a
    /// line's sentences only near one): on any sequence of lines, `lists`
    /// gives the same answer either way.
    #[test]
    fn summaries_far_from_an_anchor_do_not_matter() {
        use Line::*;
        let alphabet = [Stamp, Number(1), Number(2), NumberedHeading(3), Heading, Summary, Other];
        let mut seed = 5u64;
        for _ in 0..20_000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let n = 1 + (seed >> 59) as usize;
            let mut bits = seed;
            let lines: Vec<Line> = (0..n)
                .map(|_| {
                    bits = bits.rotate_left(3) ^ (bits >> 7).wrapping_mul(0x9e37_79b9);
                    alphabet[(bits % alphabet.len() as u64) as usize]
                })
                .collect();
            let near = |i: usize| {
                (i.saturating_sub(SUMMARY_REACH)..(i + SUMMARY_REACH + 1).min(n)).any(|k| lines[k].is_anchor())
            };
            let far_as_other: Vec<Line> =
                lines.iter().enumerate().map(|(i, &l)| if l == Summary && !near(i) { Other } else { l }).collect();
            assert_eq!(lists(&lines), lists(&far_as_other), "{lines:?}");
        }
    }
}
