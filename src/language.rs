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
    let (mut de, mut en) = (0usize, 0usize);
    let mut buf = String::new();
    for w in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(2000) {
        buf.clear();
        buf.extend(w.chars().flat_map(char::to_lowercase));
        match buf.as_str() {
            "der" | "die" | "das" | "und" | "nicht" | "ist" | "hat" | "mit" | "von" | "den" | "sich" | "auf"
            | "für" | "eine" | "ein" | "dem" | "des" | "im" | "zu" | "nach" | "auch" | "wird" | "werden"
            | "sind" | "sei" | "wurde" | "bei" | "aus" | "noch" | "einer" | "einem" | "sagte" => de += 1,
            "the" | "and" | "of" | "to" | "is" | "was" | "that" | "with" | "for" | "has" | "said" | "on"
            | "by" | "it" | "are" | "were" | "be" | "from" | "have" | "this" | "which" | "its" | "had"
            | "after" | "would" | "their" => en += 1,
            _ => {}
        }
        if buf.contains(['ä', 'ö', 'ü', 'ß']) {
            de += 1;
        }
    }
    if en > de {
        Lang::En
    } else {
        Lang::De
    }
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
}
