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
pub fn detect(text: &str) -> Lang {
    const DE: &[&str] = &["der", "die", "das", "und", "nicht", "ist", "hat", "mit", "von", "den", "sich", "auf", "für", "eine", "dem"];
    const EN: &[&str] = &["the", "and", "of", "to", "is", "was", "that", "with", "for", "has", "said", "on", "by", "it"];
    let (mut de, mut en) = (0, 0);
    for w in text.split(|c: char| !c.is_alphabetic()).take(2000) {
        let w = w.to_lowercase();
        if DE.contains(&w.as_str()) {
            de += 1;
        }
        if EN.contains(&w.as_str()) {
            en += 1;
        }
    }
    if en > de { Lang::En } else { Lang::De }
}
