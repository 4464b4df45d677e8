//! A word list indexed by the first two bytes of each entry: the lookup
//! structure behind the lexicon's tables.
//!
//! Why: the lexicon is consulted for nearly every token, and a word list
//! scanned entry by entry (or a string binary search) costs several string
//! comparisons per token even when, as for most words, nothing matches. Here
//! one integer binary search over the distinct two-byte beginnings finds the
//! few entries that can match at all, in the order they were given (which
//! decides between entries where a table says so). Built once per table, on
//! first use.
//!
//! A one-byte entry (`a`) is found only as a whole word ([`PrefixIndex::get`]),
//! never as the beginning of a longer one; no table needs that. Empty entries
//! are a table error and panic when the index is built.

/// Entries of a word table grouped by their first two bytes, each with a
/// `u32` value (a number, flags, or an index into the caller's table: one
/// value type keeps one copy of this code in the wasm).
pub struct PrefixIndex {
    /// Distinct two-byte beginnings, sorted.
    keys: Vec<u16>,
    /// Where the beginnings with each first byte start in `keys` (257
    /// entries): a lookup searches only those that share the word's first
    /// byte, and a first byte no entry has ends it at once.
    by_first: Vec<u32>,
    /// Where each beginning's entries start in `entries` (one more than `keys`).
    starts: Vec<u32>,
    /// Entries grouped by beginning, each group in the given order.
    entries: Vec<(&'static str, u32)>,
}

/// The first two bytes as one number; a one-byte word has a zero second
/// byte (which no UTF-8 text has).
fn key_of(word: &str) -> Option<u16> {
    match word.as_bytes() {
        [] => None,
        [a] => Some(u16::from_be_bytes([*a, 0])),
        [a, b, ..] => Some(u16::from_be_bytes([*a, *b])),
    }
}

impl PrefixIndex {
    /// Indexes `entries`, keeping their order among entries of one beginning.
    ///
    /// # Panics
    /// When an entry is empty (a table error, caught by the tables' tests).
    pub fn new(entries: impl IntoIterator<Item = (&'static str, u32)>) -> PrefixIndex {
        let mut keyed: Vec<(u16, usize, (&'static str, u32))> = entries
            .into_iter()
            .enumerate()
            .map(|(i, e)| (key_of(e.0).unwrap_or_else(|| panic!("empty lexicon entry")), i, e))
            .collect();
        crate::sort::sort_by(&mut keyed, |a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        let mut keys = Vec::new();
        let mut starts = Vec::new();
        for (i, (k, _, _)) in keyed.iter().enumerate() {
            if keys.last() != Some(k) {
                keys.push(*k);
                starts.push(i as u32);
            }
        }
        starts.push(keyed.len() as u32);
        let by_first = (0..=256u32).map(|b| keys.partition_point(|k| u32::from(*k >> 8) < b) as u32).collect();
        PrefixIndex { keys, by_first, starts, entries: keyed.into_iter().map(|(_, _, e)| e).collect() }
    }

    /// The entries that share `word`'s first two bytes, in the given order:
    /// every entry that can be a beginning of `word` (or equal to it) is
    /// among them.
    pub fn candidates(&self, word: &str) -> &[(&'static str, u32)] {
        let Some(k) = key_of(word) else { return &[] };
        let first = usize::from(k >> 8);
        let (lo, hi) = (self.by_first[first] as usize, self.by_first[first + 1] as usize);
        match self.keys[lo..hi].binary_search(&k) {
            Ok(i) => &self.entries[self.starts[lo + i] as usize..self.starts[lo + i + 1] as usize],
            Err(_) => &[],
        }
    }

    /// The value of the entry equal to `word`, if any.
    pub fn get(&self, word: &str) -> Option<u32> {
        self.candidates(word).iter().find(|(w, _)| *w == word).map(|(_, v)| *v)
    }

    /// The first entry (in the given order) that `word` begins with.
    pub fn first_prefix(&self, word: &str) -> Option<(&'static str, u32)> {
        self.candidates(word).iter().find(|(w, _)| word.starts_with(w)).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_exact_words_and_beginnings_in_order() {
        let ix = PrefixIndex::new([("bestätig", 1), ("berichtet", 2), ("bes", 3), ("über", 4), ("zu", 5)]);
        assert_eq!(ix.first_prefix("bestätigte").map(|e| e.1), Some(1));
        assert_eq!(ix.first_prefix("besuch").map(|e| e.1), Some(3));
        assert_eq!(ix.get("berichtet"), Some(2));
        assert_eq!(ix.get("berichtete"), None);
        assert_eq!(ix.get("über"), Some(4));
        assert_eq!(ix.get("zu"), Some(5));
        assert_eq!(ix.first_prefix("z"), None);
        assert_eq!(ix.first_prefix(""), None);
        let ix = PrefixIndex::new([("a", 1), ("an", 2)]);
        assert_eq!((ix.get("a"), ix.get("an"), ix.get("am")), (Some(1), Some(2), None));
        assert!(ix.candidates("haus").is_empty());
        // Beginnings at both ends of the byte range, and between them.
        let ix = PrefixIndex::new([("\u{1}x", 1), ("ÿy", 2), ("mm", 3), ("ma", 4)]);
        assert_eq!((ix.get("\u{1}x"), ix.get("ÿy"), ix.get("mm"), ix.get("ma")), (Some(1), Some(2), Some(3), Some(4)));
        assert_eq!((ix.get("ÿz"), ix.get("mb"), ix.get("n")), (None, None, None));
    }
}
