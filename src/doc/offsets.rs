//! Offset conversion between UTF-8 bytes (the core), UTF-16 code units (the
//! JS boundary) and code points (W3C annotation export).
//!
//! The core indexes text by byte; JavaScript strings index by UTF-16 code
//! unit; W3C Web Annotation `TextPositionSelector` counts code points. This
//! module is the one place where these meet.

use crate::report::ArticleReport;

/// Maps byte offsets of one text to UTF-16 and code point offsets.
pub struct OffsetMap {
    /// For every char boundary: (byte, utf16, codepoint), in order.
    marks: Vec<(usize, usize, usize)>,
}

impl OffsetMap {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> OffsetMap {
        let mut marks = Vec::with_capacity(text.len() + 1);
        let (mut u16s, mut cps) = (0, 0);
        for (b, c) in text.char_indices() {
            marks.push((b, u16s, cps));
            u16s += c.len_utf16();
            cps += 1;
        }
        marks.push((text.len(), u16s, cps));
        OffsetMap { marks }
    }

    fn mark(&self, byte: usize) -> (usize, usize, usize) {
        match self.marks.binary_search_by_key(&byte, |m| m.0) {
            Ok(i) => self.marks[i],
            // Not a char boundary: round down to the char it falls in. The
            // core never produces such offsets; rounding keeps a bug visible
            // as a slightly short span instead of a panic in the browser.
            Err(i) => self.marks[i.saturating_sub(1)],
        }
    }

    /// UTF-16 offset of a byte offset.
    pub fn utf16(&self, byte: usize) -> usize {
        self.mark(byte).1
    }

    /// Code point offset of a byte offset.
    pub fn codepoint(&self, byte: usize) -> usize {
        self.mark(byte).2
    }

    /// Byte offset of a UTF-16 offset (rounded down to a char boundary).
    pub fn byte_of_utf16(&self, u: usize) -> usize {
        match self.marks.binary_search_by_key(&u, |m| m.1) {
            Ok(i) => self.marks[i].0,
            Err(i) => self.marks[i.saturating_sub(1)].0,
        }
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

    #[test]
    fn inside_a_char_rounds_down() {
        let text = "ä";
        let map = OffsetMap::new(text);
        assert_eq!(map.utf16(1), 0);
        assert_eq!(map.utf16(2), 1);
    }
}
