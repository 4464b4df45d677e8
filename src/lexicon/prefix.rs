//! A word list indexed by the first two bytes of each entry: the lookup
//! structure behind the lexicon's tables.
//!
//! Why: the lexicon is consulted for nearly every token, and a word list
//! scanned entry by entry (or a string binary search) costs several string
//! comparisons per token even when, as for most words, nothing matches. Here
//! a look at the few two-byte beginnings that share the word's first byte
//! finds the few entries that can match at all, in the order they were given
//! (which decides between entries where a table says so). Built when a table
//! changes (the tables' freshness test writes `src/lexicon/tables.rs`), so
//! the index is data in the binary and costs nothing at start.
//!
//! A one-byte entry (`a`) is found only as a whole word ([`PrefixIndex::get`]),
//! never as the beginning of a longer one; no table needs that. Empty entries
//! are a table error and panic when the index is built.

/// Entries of a word table grouped by their first two bytes, each with a
/// `u32` value (a number, flags, or an index into the caller's table: one
/// value type keeps one copy of this code in the wasm).
///
/// The crate's indexes are built when the tables change, not at run time:
/// [`Built`] indexes a table's entries, and the test that keeps
/// `src/lexicon/tables.rs` fresh writes them out as statics of this type.
/// So the browser build carries the finished index as data, and nothing is
/// built while a page waits for its first analysis.
///
/// Only what follows an entry's beginning is stored (its *tail*): the
/// beginning is the key it was found by, so a word that reached the entry
/// has those bytes already. That keeps the shipped data no larger than the
/// word lists it replaces.
#[derive(Debug)]
pub struct PrefixIndex {
    /// Distinct two-byte beginnings, sorted.
    pub(super) keys: &'static [u16],
    /// The lowest first byte of any entry.
    pub(super) first_lo: u8,
    /// Where the beginnings of each first byte from `first_lo` to the
    /// highest start in `keys` (one more than those bytes): a lookup
    /// searches only the few beginnings that share the word's first byte,
    /// and one whose first byte no entry has ends at once. Covering only the
    /// bytes the table uses keeps this short.
    pub(super) by_first: &'static [u16],
    /// Where each beginning's entries start (one more than `keys`).
    pub(super) starts: &'static [u16],
    /// Where each beginning's tails start in `tails`.
    pub(super) tail_starts: &'static [u16],
    /// The entries' bytes after their beginning, grouped by beginning, each
    /// group in the given order, one after the other. Bytes, not text: an
    /// entry's beginning may end inside a character.
    pub(super) tails: &'static [u8],
    /// The length of each entry's tail: small numbers, which compress
    /// better in the shipped binary than offsets would.
    pub(super) lens: &'static [u8],
    /// Each entry's value, in byte planes: first the low byte of every
    /// entry, then (if any value needs it) every second byte, and so on.
    /// Most tables' values fit one byte, and planes of like bytes compress
    /// far better in the shipped binary than `u32`s would.
    pub(super) values: &'static [u8],
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

/// An entry that shares its beginning with the word it was found for (see
/// [`PrefixIndex::candidates`]). Its methods compare it with *that* word:
/// they take the beginning as given and compare the tails.
#[derive(Clone, Copy, Debug)]
pub struct Candidate<'i> {
    index: &'i PrefixIndex,
    /// The entry's number in the index.
    entry: usize,
    /// The length of the beginning: 2, or 1 for a one-byte entry.
    head: usize,
    tail: &'i [u8],
}

impl Candidate<'_> {
    /// The entry's value (put together only when asked for: most
    /// candidates are passed over).
    pub fn value(&self) -> u32 {
        self.index.value(self.entry)
    }

    /// The entry's length in bytes.
    #[allow(clippy::len_without_is_empty)] // an entry is never empty
    pub fn len(&self) -> usize {
        self.head + self.tail.len()
    }

    /// The word's bytes after the beginning it shares with the entry.
    fn rest<'w>(&self, word: &'w str) -> &'w [u8] {
        word.as_bytes().get(self.head..).unwrap_or_default()
    }

    /// Whether `word` is this entry.
    pub fn is(&self, word: &str) -> bool {
        self.rest(word) == self.tail
    }

    /// Whether `word` begins with this entry (or is it).
    pub fn begins(&self, word: &str) -> bool {
        self.rest(word).starts_with(self.tail)
    }

    /// Whether this entry begins with `word` (or is it).
    pub fn extends(&self, word: &str) -> bool {
        self.tail.starts_with(self.rest(word))
    }
}

impl PrefixIndex {
    /// The entries that share `word`'s first two bytes, in the given order:
    /// every entry that can be a beginning of `word` (or equal to it) is
    /// among them.
    pub fn candidates(&self, word: &str) -> impl Iterator<Item = Candidate<'_>> + '_ {
        let head = word.len().min(2);
        let (entries, at) = self.group(word).unwrap_or((0..0, 0));
        entries.scan(at, move |at, e| {
            let start = *at;
            *at += usize::from(self.lens[e]);
            Some(Candidate { index: self, entry: e, head, tail: &self.tails[start..*at] })
        })
    }

    /// The entries of `word`'s beginning, and where their tails start.
    fn group(&self, word: &str) -> Option<(std::ops::Range<usize>, usize)> {
        let k = key_of(word)?;
        let f = usize::from((k >> 8) as u8).checked_sub(usize::from(self.first_lo))?;
        let (lo, hi) = (usize::from(*self.by_first.get(f)?), usize::from(*self.by_first.get(f + 1)?));
        let i = lo + self.keys[lo..hi].iter().position(|x| *x == k)?;
        Some((usize::from(self.starts[i])..usize::from(self.starts[i + 1]), usize::from(self.tail_starts[i])))
    }

    /// Entry `e`'s value, put together from its byte planes.
    fn value(&self, e: usize) -> u32 {
        let n = self.lens.len();
        let (mut plane, mut v) = (self.values.len(), 0);
        // `plane` is a multiple of `n`, which is not zero when there is an
        // entry `e` to ask for.
        while plane > 0 {
            plane -= n;
            v = v << 8 | u32::from(self.values[plane + e]);
        }
        v
    }

    /// The value of the entry equal to `word`, if any.
    pub fn get(&self, word: &str) -> Option<u32> {
        // `candidates` by hand: this runs for every token, and most entries
        // fail on their length alone.
        let (entries, mut at) = self.group(word)?;
        let rest = word.as_bytes().get(2..).unwrap_or_default();
        for e in entries {
            let len = usize::from(self.lens[e]);
            if len == rest.len() && self.tails.get(at..at + len) == Some(rest) {
                return Some(self.value(e));
            }
            at += len;
        }
        None
    }

    /// The value of the first entry (in the given order) that `word` begins
    /// with.
    pub fn first_prefix(&self, word: &str) -> Option<u32> {
        self.candidates(word).find(|c| c.begins(word)).map(|c| c.value())
    }
}

/// An index built from a table's entries, to be written out as a
/// [`PrefixIndex`] static (see `src/lexicon/tables.rs`).
#[cfg(test)]
pub struct Built {
    keys: Vec<u16>,
    first_lo: u8,
    by_first: Vec<u16>,
    starts: Vec<u16>,
    tail_starts: Vec<u16>,
    tails: Vec<u8>,
    lens: Vec<u8>,
    values: Vec<u8>,
}

#[cfg(test)]
impl Built {
    /// Indexes `entries`, keeping their order among entries of one beginning.
    ///
    /// # Panics
    /// When an entry is empty (a table error), or a table outgrows the
    /// index's `u16` offsets.
    pub fn new(entries: impl IntoIterator<Item = (&'static str, u32)>) -> Built {
        let mut keyed: Vec<(u16, usize, (&'static str, u32))> = entries
            .into_iter()
            .enumerate()
            .map(|(i, e)| (key_of(e.0).unwrap_or_else(|| panic!("empty lexicon entry")), i, e))
            .collect();
        keyed.sort_by_key(|a| (a.0, a.1));
        let small = |n: usize| u16::try_from(n).expect("a lexicon table too large for u16 offsets");
        let mut keys = Vec::new();
        let mut starts = Vec::new();
        for (i, (k, _, _)) in keyed.iter().enumerate() {
            if keys.last() != Some(k) {
                keys.push(*k);
                starts.push(small(i));
            }
        }
        starts.push(small(keyed.len()));
        let mut tails = Vec::new();
        let mut tail_starts = Vec::new();
        let mut lens = Vec::new();
        for (i, (_, _, (w, _))) in keyed.iter().enumerate() {
            if starts.contains(&small(i)) {
                tail_starts.push(small(tails.len()));
            }
            let tail = w.as_bytes().get(2..).unwrap_or_default();
            tails.extend_from_slice(tail);
            lens.push(u8::try_from(tail.len()).expect("a lexicon word longer than 257 bytes"));
        }
        let max = keyed.iter().map(|e| e.2 .1).max().unwrap_or(0);
        let width = (4 - max.leading_zeros() as usize / 8).max(1);
        let values = (0..width).flat_map(|p| keyed.iter().map(move |e| (e.2 .1 >> (8 * p)) as u8)).collect();
        let first_lo = keys.first().map_or(0, |k| (k >> 8) as u8);
        let first_hi = keys.last().map_or(0, |k| (k >> 8) as u8);
        let by_first = (u16::from(first_lo)..=u16::from(first_hi) + 1)
            .map(|b| small(keys.partition_point(|k| k >> 8 < b)))
            .collect();
        Built { keys, first_lo, by_first, starts, tail_starts, tails, lens, values }
    }

    /// The index as a value that lives for the rest of the process (for tests).
    pub fn leak(self) -> &'static PrefixIndex {
        Box::leak(Box::new(PrefixIndex {
            keys: self.keys.leak(),
            first_lo: self.first_lo,
            by_first: self.by_first.leak(),
            starts: self.starts.leak(),
            tail_starts: self.tail_starts.leak(),
            tails: self.tails.leak(),
            lens: self.lens.leak(),
            values: self.values.leak(),
        }))
    }

    /// The index as Rust source: a `PrefixIndex` static named `name`.
    pub fn to_rust(&self, name: &str, doc: &str) -> String {
        fn list<T: std::fmt::Display>(xs: &[T]) -> String {
            let mut out = String::new();
            for (i, x) in xs.iter().enumerate() {
                out.push_str(if i == 0 {
                    ""
                } else if i % 16 == 0 {
                    ",\n        "
                } else {
                    ", "
                });
                out.push_str(&x.to_string());
            }
            out
        }
        // A byte string literal: ASCII as itself, other bytes escaped.
        let bytes: String = self.tails.iter().flat_map(|b| std::ascii::escape_default(*b)).map(char::from).collect();
        format!(
            "/// {doc}\npub static {name}: PrefixIndex = PrefixIndex {{\n    keys: &[\n        {}\n    ],\n    first_lo: {},\n    by_first: &[\n        {}\n    ],\n    starts: &[\n        {}\n    ],\n    tail_starts: &[\n        {}\n    ],\n    tails: b\"{}\",\n    lens: &[\n        {}\n    ],\n    values: &[\n        {}\n    ],\n}};\n",
            list(&self.keys),
            self.first_lo,
            list(&self.by_first),
            list(&self.starts),
            list(&self.tail_starts),
            bytes,
            list(&self.lens),
            list(&self.values),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_exact_words_and_beginnings_in_order() {
        let ix = Built::new([("bestätig", 1), ("berichtet", 2), ("bes", 3), ("über", 4), ("zu", 5)]).leak();
        assert_eq!(ix.first_prefix("bestätigte"), Some(1));
        assert_eq!(ix.first_prefix("besuch"), Some(3));
        assert_eq!(ix.get("berichtet"), Some(2));
        assert_eq!(ix.get("berichtete"), None);
        assert_eq!(ix.get("über"), Some(4));
        assert_eq!(ix.get("zu"), Some(5));
        assert_eq!(ix.first_prefix("z"), None);
        assert_eq!(ix.first_prefix(""), None);
        let ix = Built::new([("a", 1), ("an", 2)]).leak();
        assert_eq!((ix.get("a"), ix.get("an"), ix.get("am")), (Some(1), Some(2), None));
        assert_eq!(ix.candidates("haus").count(), 0);
        // Beginnings at both ends of the byte range, and between them.
        let ix = Built::new([("\u{1}x", 1), ("ÿy", 2), ("mm", 3), ("ma", 4)]).leak();
        assert_eq!((ix.get("\u{1}x"), ix.get("ÿy"), ix.get("mm"), ix.get("ma")), (Some(1), Some(2), Some(3), Some(4)));
        assert_eq!((ix.get("ÿz"), ix.get("mb"), ix.get("n")), (None, None, None));
        // A beginning that ends inside a character (`€` is three bytes).
        let ix = Built::new([("€uro", 1), ("€", 2)]).leak();
        assert_eq!(
            (ix.get("€uro"), ix.get("€"), ix.first_prefix("€uros"), ix.get("€ur")),
            (Some(1), Some(2), Some(1), None)
        );
    }

    #[test]
    fn candidates_compare_with_the_word_they_were_found_for() {
        let ix = Built::new([("sent ", 1), ("sonntag", 2), ("so", 3), ("s", 4)]).leak();
        let sent = ix.candidates("sent").next().unwrap();
        assert_eq!((sent.len(), sent.extends("sent"), sent.begins("sent"), sent.is("sent")), (5, true, false, false));
        let found: Vec<u32> =
            ix.candidates("sonntagabend").filter(|c| c.begins("sonntagabend")).map(|c| c.value()).collect();
        assert_eq!(found, [2, 3]);
        let so = ix.candidates("so").find(|c| c.is("so")).unwrap();
        assert_eq!((so.len(), so.value()), (2, 3));
        let s = ix.candidates("s").next().unwrap();
        assert_eq!((s.len(), s.is("s"), s.value()), (1, true, 4));
    }
}
