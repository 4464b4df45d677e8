//! Language detection: German or English, from function words.
//!
//! OWNER: parsing (issue 3). A full language identifier (whatlang, ~260 KB)
//! is far too heavy for two languages; counting a few dozen function words is
//! enough for news prose.

use crate::lexicon::packed;
use crate::lexicon::prefix::PrefixIndex;
use std::sync::OnceLock;

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
    // Indexed once: a packed table's byte-level binary search costs about ten
    // times as much, and this runs for most words of every article.
    static INDEX: OnceLock<PrefixIndex> = OnceLock::new();
    let index = INDEX.get_or_init(|| {
        PrefixIndex::new(packed::entries(FUNCTION_WORDS).map(|(w, lang)| (w, u32::from(lang == "de"))))
    });
    let (mut de, mut en) = (0usize, 0usize);
    for w in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(2000) {
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
        match std::str::from_utf8(&buf[..b.len()]).ok().and_then(|w| index.get(w)) {
            Some(1) => de += 1,
            Some(_) => en += 1,
            None => {}
        }
    }
    if en > de {
        Lang::En
    } else {
        Lang::De
    }
}

crate::packed_table!(
    /// Frequent function words and their language, lowercase.
    FUNCTION_WORDS,
    "\
after en
and en
are en
auch de
auf de
aus de
be en
bei de
by en
das de
dem de
den de
der de
des de
die de
ein de
eine de
einem de
einer de
for en
from en
für de
had en
has en
hat de
have en
im de
is en
ist de
it en
its en
mit de
nach de
nicht de
noch de
of en
on en
sagte de
said en
sei de
sich de
sind de
that en
the en
their en
this en
to en
und de
von de
was en
werden de
were en
which en
wird de
with en
would en
wurde de
zu de"
);

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
}
