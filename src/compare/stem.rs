//! Content words of a claim, reduced to comparable keys: concepts from the
//! predicate lexicon ([`crate::lexicon::predicates`], the one the statement
//! reader uses too), and Snowball stems for the rest ([`super::snowball`]).
//!
//! Why a lexicon on top of stemming: the snowball stemmer leaves
//! `bestätigt` / `Bestätigung` apart (`bestatigt` / `bestatig`) and knows
//! nothing of `zurückerobert` ≈ `Rückeroberung` ≈ `regained`. The lexicon's
//! word beginnings join them, and join German and English, since numbers,
//! dates and entities already are language-free.

use crate::doc::language::Lang;
use crate::hash::IdMap;
use std::cell::RefCell;
use std::rc::Rc;

/// A key a content word contributes to alignment.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    /// A concept from the bilingual lexicon (`confirm`, `deploy`, `treaty`).
    Concept(&'static str),
    /// A snowball stem of a word outside the lexicon (shared: the keyer's
    /// memo, the statements and their stems hold the same one).
    Stem(Rc<str>),
}

/// Whether a folded word is too common to say what a claim is about:
/// a function word, or a weekday or month name ([`crate::lexicon::words::KEY_STOPWORD`]).
pub fn is_stopword(folded: &str) -> bool {
    crate::lexicon::words::flags(folded) & crate::lexicon::words::KEY_STOPWORD != 0
}

/// Reduces words of one language to keys; holds the (cheap) stemmer and the
/// keys of the words it has seen.
///
/// A keyer lives for one analysis: a story's articles repeat their words
/// (names, places, the event), and a repeated word is looked up instead of
/// stemmed again. The memo grows with the distinct words of the input, as
/// the keys themselves do.
pub struct Keyer {
    /// The Snowball stemmer of the keyer's language.
    stem: fn(&str) -> String,
    seen: RefCell<Memo>,
}

/// The words a [`Keyer`] has seen, and each one's key with its wording
/// form (see [`Keyer::key_and_word`]), by the word's id.
type Memo = (IdMap<Box<str>>, Vec<Option<(Key, Rc<str>)>>);

impl Keyer {
    /// A keyer for German or English words.
    pub fn new(lang: Lang) -> Keyer {
        Keyer {
            stem: match lang {
                Lang::De => super::snowball::german,
                Lang::En => super::snowball::english,
            },
            seen: RefCell::new((IdMap::default(), Vec::new())),
        }
    }

    /// The key of one folded word (a token's [`folded`] form), or `None`
    /// for stopwords, short words and numbers.
    ///
    /// [`folded`]: crate::doc::token::Token::folded
    pub fn key(&self, folded: &str) -> Option<Key> {
        self.key_and_word(folded).map(|(key, _)| key)
    }

    /// The key of one folded word, and the form a statement's wording
    /// ([`crate::compare::statement::Statement::stems`]) holds of it: the
    /// stem itself, or `#concept`. Both are made once per distinct word: a
    /// claim's concepts would otherwise each cost a `format!` and two
    /// allocations, in every claim that names them.
    pub fn key_and_word(&self, folded: &str) -> Option<(Key, Rc<str>)> {
        {
            let seen = self.seen.borrow();
            if let Some(id) = seen.0.get(folded) {
                return seen.1[id as usize].clone();
            }
        }
        let key = self.key_of(folded).map(|key| {
            let word = match &key {
                Key::Stem(s) => s.clone(),
                Key::Concept(c) => crate::join::cat(&["#", c]).into(),
            };
            (key, word)
        });
        let mut seen = self.seen.borrow_mut();
        seen.0.insert(folded.into());
        seen.1.push(key.clone());
        key
    }

    fn key_of(&self, folded: &str) -> Option<Key> {
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
        Some(Key::Stem((self.stem)(folded).into()))
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
