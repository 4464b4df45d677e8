//! Word lists packed into one string each, for the lists that used to be
//! long `matches!` chains or slices of `&str`.
//!
//! A packed table is one entry a line (`\n` between lines, none at the
//! ends), either `word` or `word value` (one space; the value is the rest of
//! the line), sorted by word in byte order without repeats. Declare it with
//! [`table!`](crate::packed_table), which checks the order when the crate
//! compiles. A lookup is a binary search over the bytes, so the table costs
//! its text and nothing else: a `matches!` chain costs a comparison in the
//! code for every word, a slice two words of pointers.
//!
//! Words hold no spaces or line breaks; a word with one is never found.

use std::cmp::Ordering;

/// Declares a packed table: `packed_table!(NAME, "a\nb value\n…")`, checked
/// for order at compile time.
#[macro_export]
macro_rules! packed_table {
    ($(#[$m:meta])* $v:vis $name:ident, $text:expr) => {
        $(#[$m])*
        $v const $name: &str = $text;
        const _: () = assert!($crate::lexicon::packed::well_formed($name), "packed table out of order");
    };
}

/// The value of `word` in `table` (`""` for a word without one).
pub fn get<'t>(table: &'t str, word: &str) -> Option<&'t str> {
    let b = table.as_bytes();
    let key = word.as_bytes();
    // `lo` is always a line start, `hi` a line end (a `\n` or the table's end).
    let (mut lo, mut hi) = (0, b.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = b[lo..mid].iter().rposition(|&c| c == b'\n').map_or(lo, |p| lo + p + 1);
        // Compared while read: most comparisons end within a byte or two,
        // and only a word found, or one that `word` sorts after, needs the
        // rest of its line.
        let mut at = start;
        let word_byte = |at: usize| b.get(at).copied().filter(|&c| c != b'\n' && c != b' ');
        let order = loop {
            match (key.get(at - start).copied(), word_byte(at)) {
                (Some(x), Some(y)) if x == y => at += 1,
                (Some(x), Some(y)) => break x.cmp(&y),
                (Some(_), None) => break Ordering::Greater,
                (None, Some(_)) => break Ordering::Less,
                (None, None) => break Ordering::Equal,
            }
        };
        let line_end = || b[at..hi].iter().position(|&c| c == b'\n').map_or(hi, |p| at + p);
        match order {
            Ordering::Equal if b.get(at) == Some(&b' ') => return Some(&table[at + 1..line_end()]),
            Ordering::Equal => return Some(""),
            Ordering::Less if start > lo => hi = start - 1,
            Ordering::Greater => match line_end() {
                end if end < hi => lo = end + 1,
                _ => return None,
            },
            Ordering::Less => return None,
        }
    }
    None
}

/// Every entry of `table` as `(word, value)`, in table order (`""` for a
/// word without a value).
pub fn entries(table: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    table.split('\n').map(|line| line.split_once(' ').unwrap_or((line, "")))
}

/// The value of `word` in `table` as a whole number (for tables whose values
/// are decimal digits).
pub fn number(table: &str, word: &str) -> Option<u32> {
    get(table, word).map(|v| v.bytes().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
}

/// Whether `table` has `word`.
pub fn contains(table: &str, word: &str) -> bool {
    get(table, word).is_some()
}

/// Whether `table` is a packed table: non-empty words, strictly ascending.
pub const fn well_formed(table: &str) -> bool {
    let b = table.as_bytes();
    let mut i = 0;
    let mut prev: (usize, usize) = (0, 0);
    let mut first = true;
    while i <= b.len() {
        let start = i;
        while i < b.len() && b[i] != b'\n' && b[i] != b' ' {
            i += 1;
        }
        let word = (start, i);
        while i < b.len() && b[i] != b'\n' {
            i += 1;
        }
        if word.0 == word.1 || (!first && !less(b, prev, word)) {
            return false;
        }
        first = false;
        prev = word;
        i += 1;
    }
    true
}

/// Whether `b[x.0..x.1]` sorts before `b[y.0..y.1]`.
const fn less(b: &[u8], x: (usize, usize), y: (usize, usize)) -> bool {
    let mut k = 0;
    while x.0 + k < x.1 && y.0 + k < y.1 {
        if b[x.0 + k] != b[y.0 + k] {
            return b[x.0 + k] < b[y.0 + k];
        }
        k += 1;
    }
    x.1 - x.0 < y.1 - y.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_word_and_nothing_else() {
        let t = "$ USD\n% percent\nkm\nkm2 km2\ntag days\ntage days\nä\nüber more";
        assert!(well_formed(t));
        for (w, v) in [("$", "USD"), ("%", "percent"), ("km", ""), ("km2", "km2"), ("tag", "days"), ("tage", "days")] {
            assert_eq!(get(t, w), Some(v), "{w}");
        }
        assert_eq!(get(t, "ä"), Some(""));
        assert_eq!(get(t, "über"), Some("more"));
        for w in ["", "#", "k", "km3", "ta", "tagen", "z", "ö", "über more", "km\nkm2", "\u{10ffff}"] {
            assert_eq!(get(t, w), None, "{w:?}");
        }
        assert!(contains("a", "a") && !contains("a", "b") && !contains("", "a"));
        let all: Vec<(&str, &str)> = entries(t).collect();
        assert_eq!(all.len(), 8);
        assert_eq!((all[0], all[2], all[7]), (("$", "USD"), ("km", ""), ("über", "more")));
        assert_eq!((number("elf 11\nzehn 10", "elf"), number("elf 11\nzehn 10", "zwölf")), (Some(11), None));
    }

    #[test]
    fn agrees_with_a_linear_search() {
        let t = "a\nab 1\nabc\nb x y\nba\nbb 2\nc\nä ü";
        let linear = |w: &str| entries(t).find(|e| e.0 == w).map(|e| e.1);
        for (w, _) in entries(t) {
            for cut in 0..=w.len() {
                for extra in ["", "a", "b", "c", "d", " ", "\n", " x", "ä"] {
                    let probe = format!("{}{extra}", w.get(..cut).unwrap_or(w));
                    assert_eq!(get(t, &probe), linear(&probe), "{probe:?}");
                }
            }
        }
    }

    #[test]
    fn order_is_checked() {
        assert!(well_formed("a\nb\nba"));
        assert!(!well_formed("b\na"));
        assert!(!well_formed("a\na x"));
        assert!(!well_formed("a\n\nb"));
        assert!(!well_formed("a\n"));
        assert!(!well_formed(""));
    }
}
