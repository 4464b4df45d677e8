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
use crate::hash::HashMap;
use crate::lexicon::packed;
use crate::lexicon::prefix::PrefixIndex;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::OnceLock;

/// A key a content word contributes to alignment.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    /// A concept from the bilingual lexicon (`confirm`, `deploy`, `treaty`).
    Concept(&'static str),
    /// A snowball stem of a word outside the lexicon (shared: the keyer's
    /// memo, the statements and their stems hold the same one).
    Stem(Rc<str>),
}

crate::packed_table!(
    /// Folded words that never carry the topic: function words, reporting verbs
    /// (how something was said is attribution's business), weekdays and months
    /// (times are compared as intervals), and news furniture.
    STOPWORDS,
    "\
a
abend
aber
about
after
agency
aktuell
aktuellen
alle
allem
allen
aller
alles
als
also
am
an
and
angaben
are
as
at
auch
auf
aus
be
been
bei
beide
beiden
bereits
berichtete
berichteten
bis
bisher
bislang
but
by
da
dabei
dafür
daher
damit
dann
darauf
das
dass
dem
demnach
den
denen
der
des
dessen
die
dies
diese
diesem
diesen
dieser
dieses
doch
dort
durch
eigene
eigenen
ein
eine
einem
einen
einer
eines
er
erklärte
erklärten
es
etwa
for
from
frühjahr
für
gegen
gestern
gleichzeitig
habe
haben
had
has
hat
hatte
hatten
have
he
heißt
her
herbst
heute
hieß
his
hätten
ihr
ihre
ihrem
ihren
ihrer
im
in
into
is
ist
it
its
jahr
jahren
jahres
jederzeit
jedoch
kann
kein
keine
können
könnte
land
landes
last
laut
letztendlich
länder
ländern
man
mehr
mehrere
meldete
meldeten
mit
mitteilung
monat
monaten
more
morgen
nach
neue
neuen
news
nicht
noch
not
nun
nur
oder
of
ohne
on
or
prozent
rund
sagt
sagte
sagten
said
saying
says
sei
seien
sein
seine
seinem
seinen
seiner
seit
seite
sich
sie
sind
so
soll
sollen
sollten
some
sommer
sowie
sowohl
staatliche
staatlichen
state
statement
still
tag
tage
tagen
teilte
than
that
the
their
them
they
this
those
to
um
umgehend
und
uns
unter
vergangene
vergangenen
viele
vielen
vom
von
vor
war
waren
was
weder
weiter
wenn
werden
were
which
while
who
wie
will
winter
wird
with
woche
wochen
wochenende
worden
would
wurde
wurden
year
years
zu
zudem
zufolge
zum
zunächst
zur
zuvor
zwischen
über"
);

/// Whether a folded word is too common to say what a claim is about:
/// a function word, or a weekday or month name (from the calendar lexicon).
pub fn is_stopword(folded: &str) -> bool {
    use crate::lexicon::calendar;
    static INDEX: OnceLock<PrefixIndex> = OnceLock::new();
    let stopwords = INDEX.get_or_init(|| PrefixIndex::new(packed::entries(STOPWORDS).map(|(w, _)| (w, 1))));
    stopwords.get(folded).is_some() || calendar::is_weekday_name(folded) || calendar::is_month_name(folded, None)
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
    seen: RefCell<HashMap<Box<str>, Option<Key>>>,
}

impl Keyer {
    /// A keyer for German or English words.
    pub fn new(lang: Lang) -> Keyer {
        Keyer {
            stem: match lang {
                Lang::De => super::snowball::german,
                Lang::En => super::snowball::english,
            },
            seen: RefCell::new(HashMap::default()),
        }
    }

    /// The key of one folded word (a token's [`folded`] form), or `None`
    /// for stopwords, short words and numbers.
    ///
    /// [`folded`]: crate::doc::token::Token::folded
    pub fn key(&self, folded: &str) -> Option<Key> {
        if let Some(key) = self.seen.borrow().get(folded) {
            return key.clone();
        }
        let key = self.key_of(folded);
        self.seen.borrow_mut().insert(folded.into(), key.clone());
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
