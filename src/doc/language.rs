//! Language detection: German or English, from function words.
//!
//! OWNER: parsing (issue 3). A full language identifier (whatlang, ~260 KB)
//! is far too heavy for two languages; counting a few dozen function words is
//! enough for news prose.

/// The languages the analysis understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    De,
    En,
}

impl Lang {
    /// From a code like `de`, `en`, `de-CH`, `en-US`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let c = code.trim().to_ascii_lowercase();
        if c == "de" || c.starts_with("de-") || c.starts_with("de_") {
            Some(Lang::De)
        } else if c == "en" || c.starts_with("en-") || c.starts_with("en_") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The two-letter code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }
}

/// Detects the language of `text` (German when in doubt).
///
/// Counts frequent function words of each language in the first 2000 words;
/// umlauts and `ß` count for German too. News prose has dozens of function
/// words per paragraph, so this is decisive after a sentence or two, while
/// names and places (shared by both languages) count for neither.
pub fn detect(text: &str) -> Lang {
    // Through the word-flag index (`src/lexicon/tables.rs`): a packed
    // table's byte-level binary search costs about ten times as much, and
    // this runs for most words of every article.
    use crate::lexicon::words::{flags, FUNCTION_DE, FUNCTION_EN};
    let (mut de, mut en) = (0usize, 0usize);
    for w in alphabetic_runs(text).take(2000) {
        let b = w.as_bytes();
        // ä ö ü ß Ä Ö Ü in UTF-8: 0xC3 followed by one of these.
        if b.windows(2).any(|p| p[0] == 0xC3 && matches!(p[1], 0xA4 | 0xB6 | 0xBC | 0x9F | 0x84 | 0x96 | 0x9C)) {
            de += 1;
        }
        if b.len() > 6 {
            continue; // longer than any function word below
        }
        let mut buf = [0u8; 6];
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        let f = std::str::from_utf8(&buf[..b.len()]).map_or(0, flags);
        de += usize::from(f & FUNCTION_DE != 0);
        en += usize::from(f & FUNCTION_EN != 0);
    }
    if en > de {
        Lang::En
    } else {
        Lang::De
    }
}

/// The runs of alphabetic characters of `text`, in order: what
/// `text.split(|c: char| !c.is_alphabetic())` gives without its empty
/// pieces, but deciding ASCII bytes without decoding a `char` (most bytes
/// of German and English text are ASCII, and this reads the whole text).
fn alphabetic_runs(text: &str) -> impl Iterator<Item = &str> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        let mut start = None;
        while i < bytes.len() {
            let (alphabetic, len) = match bytes[i] {
                b if b < 0x80 => (b.is_ascii_alphabetic(), 1),
                _ => text[i..].chars().next().map_or((false, 1), |c| (c.is_alphabetic(), c.len_utf8())),
            };
            match (alphabetic, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => return Some(&text[s..i]),
                _ => {}
            }
            i += len;
        }
        start.map(|s| &text[s..])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_and_english() {
        assert_eq!(detect("Nordkorea hat erstmals bestätigt, eigene Soldaten entsandt zu haben."), Lang::De);
        assert_eq!(detect("North Korea confirmed for the first time on Monday that it had sent troops."), Lang::En);
        assert_eq!(detect("Kim Jong Un"), Lang::De);
        assert_eq!(Lang::from_code("de-CH"), Some(Lang::De));
        assert_eq!(Lang::from_code("fr"), None);
    }

    #[test]
    fn runs_are_those_of_splitting_at_non_alphabetic_chars() {
        for text in [
            "",
            "a",
            "„Grüß Gott“, sagte er – 10.000 Soldaten…",
            "don't stop 🙂 Straße1Weg ÄÖÜ ß",
            "  \u{0301}e\u{0301} 日本語 x",
            "ends with ü",
        ] {
            let split: Vec<&str> = text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
            assert_eq!(alphabetic_runs(text).collect::<Vec<_>>(), split, "{text:?}");
        }
    }
}
