//! The shapes of place names the gazetteer does not know: the towns and
//! villages of a local story (`in Offingen`, `in Schrobenhausen`, `near
//! Schwaebisch Gmuend`), German and English.
//!
//! A capitalized word after `in` is a place in English but often a noun in
//! German (`in Gefahr`, `in Haft`), so a single German word counts as a
//! place only by the endings German town names are made of, and a run of
//! capitalized words only when it opens with a word that begins town names
//! (`Bad`, `Markt`) or with an adjective of a region (`Schwäbisch`).

/// Endings of German town names (`Offingen`, `Pfaffenhofen`,
/// `Schrobenhausen`): a single capitalized word after a place preposition
/// with one of them is a place. Written as keys ([`key`]: `brück` as
/// `bruck`), so that a word is keyed once and compared as it is.
const TOWN_ENDINGS: &[&str] = &[
    "ingen", "hausen", "hofen", "heim", "dorf", "burg", "berg", "stadt", "feld", "bach", "kirchen", "stein", "furt",
    "bruck", "brucken", "rode", "leben", "hain", "weiler", "mund", "zell",
];

/// Words that open German town names of several words (`Bad Wörishofen`,
/// `Markt Röttenbach`, `Sankt Augustin`), as keys (`groß` as `gross`).
/// (`St. Ingbert` is not read: the claim's tokens end the name at the
/// point.)
const TOWN_OPENERS: &[&str] =
    &["bad", "markt", "sankt", "neu", "alt", "gross", "klein", "ober", "unter", "nieder", "hohen"];

/// Nouns that say the name after them is a town's (`in der Stadt
/// Wajima`, `in the city of Wajima`, `in the capital Kyiv`), folded.
const TOWN_NOUNS: &[&str] = &[
    "stadt",
    "kleinstadt",
    "großstadt",
    "kreisstadt",
    "hauptstadt",
    "gemeinde",
    "marktgemeinde",
    "ortschaft",
    "dorf",
    "town",
    "city",
    "village",
    "municipality",
    "capital",
];

/// Whether a folded word is a noun for a town ([`TOWN_NOUNS`]).
pub fn is_town_noun(folded: &str) -> bool {
    TOWN_NOUNS.contains(&folded)
}

/// Articles, German and English: a German town's name takes none (`in
/// Offingen`, but `in der Innenstadt`, `im Pflegeheim`), so a name right
/// after one is a noun of that shape, not a town.
const ARTICLES: &[&str] =
    &["der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines", "the", "a", "an"];

/// Whether a folded word is an article ([`ARTICLES`]).
pub fn is_article(folded: &str) -> bool {
    ARTICLES.contains(&folded)
}

/// Whether the capitalized words `run` (folded, as written otherwise) have
/// the shape of a town's name.
pub fn is_town_name(run: &[&str]) -> bool {
    match run {
        [] => false,
        // (By their keys: `Gmuend` ends as `Gmünd` does.)
        [one] => {
            let w = key(one);
            w.chars().count() > 6 && TOWN_ENDINGS.iter().any(|e| w.ends_with(e))
        }
        [first, ..] => {
            let w = key(first);
            TOWN_OPENERS.contains(&w.as_str()) || w.ends_with("isch")
        }
    }
}

/// A place name's key: folded, with the transliterations of umlauts taken
/// back (`Schwaebisch Gmuend` and `Schwäbisch Gmünd` are one town, as
/// English wires write German names), and `ß` as `ss`. One pass: the
/// comparison keys every town it reads.
pub fn key(name: &str) -> String {
    let folded = crate::doc::normalize::fold(name);
    let mut out = String::with_capacity(folded.len() + 1);
    let mut chars = folded.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            'ä' => out.push('a'),
            'ö' => out.push('o'),
            'ü' => out.push('u'),
            'ß' => out.push_str("ss"),
            'a' | 'o' | 'u' if chars.peek() == Some(&'e') => {
                chars.next();
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn town_shapes() {
        assert!(is_town_name(&["Offingen"]));
        assert!(is_town_name(&["Wuerzburg"]));
        assert!(is_town_name(&["Schrobenhausen"]));
        assert!(is_town_name(&["Schwäbisch", "Gmünd"]));
        assert!(is_town_name(&["Markt", "Röttenbach"]));
        assert!(!is_town_name(&["Gefahr"]));
        assert!(!is_town_name(&["Teilen", "Bayerns"]));
        assert!(!is_town_name(&["Heim"]));
    }

    #[test]
    fn transliterations_are_one_key() {
        assert_eq!(key("Schwaebisch Gmuend"), key("Schwäbisch Gmünd"));
        assert_eq!(key("Markt Roettenbach"), key("Markt Röttenbach"));
        assert_eq!(key("Straßburg"), key("Strassburg"));
        assert_ne!(key("Offingen"), key("Öttingen"));
        assert_eq!(key("Großheubach"), "grossheubach");
        // Every ending and opener is written as its own key.
        for w in TOWN_ENDINGS.iter().chain(TOWN_OPENERS) {
            assert_eq!(&key(w), w);
        }
    }
}
