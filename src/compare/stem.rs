//! Content words of a claim, reduced to comparable keys: concepts from the
//! predicate lexicon ([`crate::lexicon::predicates`], the one the statement
//! reader uses too), and snowball stems for the rest.
//!
//! Why a lexicon on top of stemming: the snowball stemmer leaves
//! `bestätigt` / `Bestätigung` apart (`bestatigt` / `bestatig`) and knows
//! nothing of `zurückerobert` ≈ `Rückeroberung` ≈ `regained`. The lexicon's
//! word beginnings join them, and join German and English, since numbers,
//! dates and entities already are language-free.

use crate::doc::language::Lang;
use crate::lexicon::prefix::PrefixIndex;
use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;

/// A key a content word contributes to alignment.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    /// A concept from the bilingual lexicon (`confirm`, `deploy`, `treaty`).
    Concept(&'static str),
    /// A snowball stem of a word outside the lexicon.
    Stem(String),
}

/// Folded words that never carry the topic: function words, reporting verbs
/// (how something was said is attribution's business), weekdays and months
/// (times are compared as intervals), and news furniture.
const STOPWORDS: &[&str] = &[
    // German
    "aber",
    "alle",
    "allem",
    "allen",
    "aller",
    "alles",
    "als",
    "also",
    "am",
    "an",
    "auch",
    "auf",
    "aus",
    "bei",
    "beide",
    "beiden",
    "bereits",
    "bis",
    "bislang",
    "da",
    "damit",
    "dann",
    "das",
    "dass",
    "dem",
    "den",
    "denen",
    "der",
    "des",
    "dessen",
    "die",
    "dies",
    "diese",
    "diesem",
    "diesen",
    "dieser",
    "dieses",
    "doch",
    "dort",
    "durch",
    "ein",
    "eine",
    "einem",
    "einen",
    "einer",
    "eines",
    "er",
    "es",
    "etwa",
    "für",
    "gegen",
    "hat",
    "hatte",
    "hatten",
    "haben",
    "habe",
    "hätten",
    "ihr",
    "ihre",
    "ihrem",
    "ihren",
    "ihrer",
    "im",
    "in",
    "ist",
    "jedoch",
    "kein",
    "keine",
    "man",
    "mehr",
    "mit",
    "nach",
    "nicht",
    "noch",
    "nun",
    "nur",
    "oder",
    "ohne",
    "rund",
    "sein",
    "seine",
    "seinem",
    "seinen",
    "seiner",
    "seit",
    "sich",
    "sie",
    "sind",
    "so",
    "sowie",
    "über",
    "um",
    "und",
    "uns",
    "unter",
    "vom",
    "von",
    "vor",
    "war",
    "waren",
    "was",
    "weder",
    "weiter",
    "wenn",
    "werden",
    "wie",
    "wird",
    "wurde",
    "wurden",
    "zu",
    "zum",
    "zur",
    "zwischen",
    "zuvor",
    "sei",
    "seien",
    "worden",
    "heißt",
    "hieß",
    "sagte",
    "sagten",
    "sagt",
    "meldete",
    "meldeten",
    "berichtete",
    "berichteten",
    "erklärte",
    "erklärten",
    "teilte",
    "mitteilung",
    "angaben",
    "zufolge",
    "laut",
    "demnach",
    "zudem",
    "dabei",
    "dafür",
    "darauf",
    "daher",
    "sowohl",
    "bisher",
    "umgehend",
    "letztendlich",
    "zunächst",
    "jederzeit",
    "gleichzeitig",
    "einer",
    "einen",
    "soll",
    "sollen",
    "sollten",
    "könnte",
    "können",
    "kann",
    "mehrere",
    "viele",
    "vielen",
    "neue",
    "neuen",
    "aktuell",
    "aktuellen",
    "eigenen",
    "eigene",
    "land",
    "landes",
    "länder",
    "ländern",
    "seite",
    "wochenende",
    "jahr",
    "jahres",
    "jahren",
    "herbst",
    "sommer",
    "winter",
    "frühjahr",
    "vergangenen",
    "vergangene",
    "morgen",
    "abend",
    "heute",
    "gestern",
    "woche",
    "wochen",
    "monat",
    "monaten",
    "tag",
    "tage",
    "tagen",
    "prozent",
    "staatliche",
    "staatlichen",
    // English
    "a",
    "about",
    "after",
    "also",
    "an",
    "and",
    "are",
    "as",
    "at",
    "be",
    "been",
    "but",
    "by",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "his",
    "in",
    "into",
    "is",
    "it",
    "its",
    "last",
    "more",
    "not",
    "of",
    "on",
    "or",
    "said",
    "says",
    "saying",
    "some",
    "than",
    "that",
    "the",
    "their",
    "them",
    "they",
    "this",
    "those",
    "to",
    "was",
    "were",
    "which",
    "while",
    "who",
    "will",
    "with",
    "would",
    "year",
    "years",
    "state",
    "news",
    "agency",
    "statement",
    "still",
];

/// Whether a folded word is too common to say what a claim is about:
/// a function word, or a weekday or month name (from the calendar lexicon).
pub fn is_stopword(folded: &str) -> bool {
    use crate::lexicon::calendar;
    static INDEX: OnceLock<PrefixIndex<()>> = OnceLock::new();
    let stopwords = INDEX.get_or_init(|| PrefixIndex::new(STOPWORDS.iter().map(|w| (*w, ()))));
    stopwords.get(folded).is_some() || calendar::is_weekday_name(folded) || calendar::is_month_name(folded, None)
}

/// Reduces words of one language to keys; holds the (cheap) stemmer.
pub struct Keyer {
    stemmer: Stemmer,
}

impl Keyer {
    /// A keyer for German or English words.
    pub fn new(lang: Lang) -> Keyer {
        Keyer {
            stemmer: Stemmer::create(match lang {
                Lang::De => Algorithm::German,
                Lang::En => Algorithm::English,
            }),
        }
    }

    /// The key of one folded word (a token's [`folded`] form), or `None`
    /// for stopwords, short words and numbers.
    ///
    /// [`folded`]: crate::doc::token::Token::folded
    pub fn key(&self, folded: &str) -> Option<Key> {
        if folded.chars().count() < 3 || !folded.chars().any(char::is_alphabetic) || is_stopword(folded) {
            return None;
        }
        // The comparison's one predicate lexicon, word by word.
        if let Some((c, _)) = crate::lexicon::predicates::lookup_word(folded) {
            return Some(Key::Concept(c));
        }
        if folded.chars().count() < 4 {
            return None;
        }
        Some(Key::Stem(self.stemmer.stem(folded).into_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::normalize::fold;

    #[test]
    fn inflections_and_languages_meet() {
        let (de, en) = (Keyer::new(Lang::De), Keyer::new(Lang::En));
        let (de, en) = (|w: &str| de.key(&fold(w)), |w: &str| en.key(&fold(w)));
        let confirm = Some(Key::Concept("confirm"));
        assert_eq!(de("bestätigt"), confirm);
        assert_eq!(de("bestätigte"), confirm);
        assert_eq!(de("Bestätigung"), confirm);
        assert_eq!(en("confirmed"), confirm);
        assert_eq!(de("zurückerobert"), de("Rückeroberung"));
        assert_eq!(de("Rückeroberung"), en("regain"));
        assert_eq!(de("Soldaten"), en("troops"));
    }

    #[test]
    fn stopwords_and_weekdays_carry_nothing() {
        let de = Keyer::new(Lang::De);
        for w in ["montag", "meldete", "der", "10.000"] {
            assert_eq!(de.key(w), None, "{w}");
        }
    }

    #[test]
    fn other_words_are_stemmed() {
        let de = Keyer::new(Lang::De);
        assert_eq!(de.key("schlachtfeldern"), de.key("schlachtfeld"));
    }
}
