//! Offset conversion between UTF-8 bytes (the core), UTF-16 code units (the
//! JS boundary) and code points (W3C annotation export).
//!
//! The core indexes text by byte; JavaScript strings index by UTF-16 code
//! unit; W3C Web Annotation `TextPositionSelector` counts code points. This
//! module is the one place where these meet.

use crate::report::ArticleReport;

/// Maps byte offsets of one text to UTF-16 and code point offsets.
///
/// Only non-ASCII chars get a mark; between marks every byte is one ASCII
/// char, one UTF-16 unit and one code point, so an offset there is its
/// mark's plus the distance. German prose has a few non-ASCII chars per
/// hundred, so the map stays small and a lookup is a short binary search
/// (a mark per char made a megabyte of text a 24 MB table, and its
/// lookups the part of the analysis that grew fastest with the input).
pub struct OffsetMap {
    /// For every non-ASCII char, in order: its start as (byte, utf16,
    /// codepoint), and its length in bytes (2 to 4; 4 is 2 UTF-16 units).
    marks: Vec<Mark>,
    len: usize,
}

#[derive(Clone, Copy)]
struct Mark {
    byte: usize,
    utf16: usize,
    cp: usize,
    bytes: usize,
}

impl Mark {
    fn units(self) -> usize {
        if self.bytes == 4 {
            2
        } else {
            1
        }
    }
}

impl OffsetMap {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> OffsetMap {
        let mut marks = Vec::new();
        // Where the text after the last mark starts, in each unit.
        let (mut byte, mut utf16, mut cp) = (0, 0, 0);
        for (b, c) in text.char_indices().filter(|(_, c)| !c.is_ascii()) {
            let ascii = b - byte;
            let m = Mark { byte: b, utf16: utf16 + ascii, cp: cp + ascii, bytes: c.len_utf8() };
            marks.push(m);
            (byte, utf16, cp) = (b + m.bytes, m.utf16 + m.units(), m.cp + 1);
        }
        OffsetMap { marks, len: text.len() }
    }

    /// (utf16, codepoint) of `byte`, rounded down to a char boundary.
    fn mark(&self, byte: usize) -> (usize, usize) {
        let byte = byte.min(self.len);
        let i = self.marks.partition_point(|m| m.byte <= byte);
        let Some(&m) = i.checked_sub(1).map(|i| &self.marks[i]) else { return (byte, byte) };
        if byte < m.byte + m.bytes {
            // At the char or inside it. Inside is no char boundary: round
            // down. The core never produces such offsets; rounding keeps a
            // bug visible as a slightly short span instead of a panic in
            // the browser.
            return (m.utf16, m.cp);
        }
        let ascii = byte - m.byte - m.bytes;
        (m.utf16 + m.units() + ascii, m.cp + 1 + ascii)
    }

    /// UTF-16 offset of a byte offset.
    pub fn utf16(&self, byte: usize) -> usize {
        self.mark(byte).0
    }

    /// Code point offset of a byte offset.
    pub fn codepoint(&self, byte: usize) -> usize {
        self.mark(byte).1
    }

    /// Byte offset of a UTF-16 offset (rounded down to a char boundary).
    pub fn byte_of_utf16(&self, u: usize) -> usize {
        let i = self.marks.partition_point(|m| m.utf16 <= u);
        let Some(&m) = i.checked_sub(1).map(|i| &self.marks[i]) else { return u.min(self.len) };
        if u < m.utf16 + m.units() {
            return m.byte;
        }
        (m.byte + m.bytes + (u - m.utf16 - m.units())).min(self.len)
    }
}

/// Converts every offset of an article (blocks, sentences) and of its
/// claims from bytes to UTF-16 code units.
pub fn rebase_article(article: &mut ArticleReport, claims: &mut [crate::report::Claim]) {
    let map = OffsetMap::new(&article.text);
    let fix = |s: &mut usize, e: &mut usize| {
        *s = map.utf16(*s);
        *e = map.utf16(*e);
    };
    for b in &mut article.blocks {
        fix(&mut b.start, &mut b.end);
    }
    for s in &mut article.sentences {
        fix(&mut s.start, &mut s.end);
    }
    for c in claims.iter_mut() {
        fix(&mut c.start, &mut c.end);
        for q in &mut c.quantities {
            fix(&mut q.start, &mut q.end);
        }
        for t in &mut c.times {
            fix(&mut t.start, &mut t.end);
        }
        for e in &mut c.entities {
            fix(&mut e.start, &mut e.end);
        }
    }
}

/// UTF-16 slice of `text` (for tests and the CLI's checks).
pub fn utf16_slice(text: &str, start: usize, end: usize) -> Option<String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(units.get(start..end)?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn umlauts_quotes_emoji() {
        let text = "Grüße „Kim“ 🙂 zurück";
        let map = OffsetMap::new(text);
        let b = text.find("zurück").unwrap();
        // "Grüße " = 6, "„Kim“ " = 6, "🙂" = 2 units, " " = 1
        assert_eq!(map.utf16(b), 15);
        assert_eq!(map.codepoint(b), 14);
        assert_eq!(map.byte_of_utf16(15), b);
        assert_eq!(utf16_slice(text, 15, 21).unwrap(), "zurück");
    }

    /// The map agrees with counting char by char, at every byte and unit.
    #[test]
    fn agrees_with_counting() {
        for text in ["", "abc", "ä", "Grüße „Kim“ 🙂 zurück", "🙂🙂a", "aé\u{10FFFF}€x"] {
            let map = OffsetMap::new(text);
            let units: usize = text.encode_utf16().count();
            for byte in 0..=text.len() + 2 {
                let floor = (0..=byte.min(text.len())).rev().find(|&b| text.is_char_boundary(b)).unwrap();
                let want16 = text[..floor].encode_utf16().count();
                assert_eq!(map.utf16(byte), want16, "{text:?} byte {byte}");
                assert_eq!(map.codepoint(byte), text[..floor].chars().count(), "{text:?} byte {byte}");
            }
            for u in 0..=units + 2 {
                // The last char boundary whose UTF-16 offset is at most u.
                let want = (0..=text.len())
                    .filter(|&b| text.is_char_boundary(b) && text[..b].encode_utf16().count() <= u)
                    .max()
                    .unwrap();
                assert_eq!(map.byte_of_utf16(u), want, "{text:?} unit {u}");
            }
        }
    }

    #[test]
    fn inside_a_char_rounds_down() {
        let text = "ä";
        let map = OffsetMap::new(text);
        assert_eq!(map.utf16(1), 0);
        assert_eq!(map.utf16(2), 1);
    }
}
