//! Function words and verb forms of German and English news, each with the
//! roles it plays, looked up once per token.
//!
//! The extractors ask many yes/no questions of every word (is it a negation,
//! a hedge, a Konjunktiv I form, a verb of saying, a relative pronoun?).
//! Asked list by list, each question is a chain of string comparisons per
//! token; in the size-optimized wasm build each comparison is a call, and
//! those chains were a fifth of the analysis time. Here every list is kept
//! once, as data, with its flag; [`flags`] merges them into one index, and
//! the document stores each token's flags ([`Token::lex`]), so a question is
//! one bit test.
//!
//! Words are matched in their folded form ([`Token::folded`]), whole. The
//! lists are packed tables ([`super::packed`]: one string each, easy to read
//! and to keep sorted); the index over all of them is generated into
//! `src/lexicon/tables.rs` ([`super::generate`]), so the shipped binary
//! holds only the index. Lists that match word *beginnings* (`mutmaßlich…`)
//! stay with their users.
//!
//! Besides the extractors' questions, the flags answer those of language
//! detection ([`FUNCTION_DE`], [`FUNCTION_EN`]), of the comparison's
//! statement keys ([`KEY_STOPWORD`]) and of month names ([`MONTH_DE`],
//! [`MONTH_EN`]): one lookup where there were four tables.
//!
//! [`Token::lex`]: crate::doc::token::Token::lex
//! [`Token::folded`]: crate::doc::token::Token::folded

#[cfg(test)]
use super::packed;
#[cfg(test)]
use super::speech;

// Bits 0..=3 are the flags of the verbs of saying and denying
// ([`speech::SPEECH`], [`speech::SOURCE_VERB`], [`speech::DENIES`],
// [`speech::DENIAL_CUE`]), so that a token's flags answer those too.

/// Negates what follows it in a sentence's content (`nicht`, `kein`,
/// `never`): a negated claim states the opposite.
pub const NEGATION: u32 = 1 << 4;
/// Negates the verb right after it, for modality (`nicht bestritten` is no
/// denial; `noch nicht`): a narrower list than [`NEGATION`].
pub const VERB_NEGATION: u32 = 1 << 5;
/// Hedges the article's own statement (`offenbar`, `vermutlich`, `likely`).
pub const HEDGE: u32 = 1 << 6;
/// A Konjunktiv I form that marks indirect speech (`sei`, `habe`, `gebe`).
pub const KONJUNKTIV_I: u32 = 1 << 7;
/// A Konjunktiv II form that stands in for Konjunktiv I (`hätte`, `wäre`).
pub const KONJUNKTIV_II: u32 = 1 << 8;
/// A conditional form that is indirect speech only next to a speech verb
/// (`würde`, `könnte`).
pub const CONDITIONAL: u32 = 1 << 9;
/// An English verb of saying that reports a clause after it (`said Kim made …`).
pub const REPORTING_EN: u32 = 1 << 10;
/// Starts a relative clause after a comma (`, das …`, `, which …`).
pub const RELATIVE: u32 = 1 << 11;
/// After `und`/`and`, starts the speaker's own next statement (`… and said`).
pub const ASSERTION: u32 = 1 << 12;
/// Capitalized at a sentence start without naming anyone (`Der`, `The`, `Herr`).
pub const NOT_A_NAME: u32 = 1 << 13;
/// A preposition before a date or period (`am`, `im`, `on`, `Anfang`).
pub const TIME_AT: u32 = 1 << 14;
/// Opens a period at a time (`seit`, `since`, `ab`).
pub const TIME_SINCE: u32 = 1 << 15;
/// Closes a period at a time (`bis`, `until`).
pub const TIME_UNTIL: u32 = 1 << 16;
/// Counts back from the publication date (`vor drei Tagen`).
pub const TIME_AGO: u32 = 1 << 17;
/// Before a period: the latest completed one (`vergangenen`, `letzte`, `last`).
pub const PERIOD_PREV: u32 = 1 << 18;
/// Before a period: the current one (`diesem`, `laufenden`, `this`).
pub const PERIOD_THIS: u32 = 1 << 19;
/// Before a period: the next one (`kommenden`, `nächste`, `next`).
pub const PERIOD_NEXT: u32 = 1 << 20;
/// Filler between a preposition and its period (`frühen`, `the`, `dem`).
pub const PERIOD_FILLER: u32 = 1 << 21;
/// A frequent German function word (`und`, `nicht`): language detection
/// counts these ([`crate::doc::language::detect`]).
pub const FUNCTION_DE: u32 = 1 << 22;
/// A frequent English function word (`the`, `and`).
pub const FUNCTION_EN: u32 = 1 << 23;
/// Too common to say what a claim is about ([`STOPWORDS`], weekday and
/// month names): left out of the statement keys that claims are compared by.
pub const KEY_STOPWORD: u32 = 1 << 24;
/// A German full month name (`märz`; no abbreviation).
pub const MONTH_DE: u32 = 1 << 25;
/// An English full month name (`march`; `august` is both).
pub const MONTH_EN: u32 = 1 << 26;

crate::packed_table!(
    NEGATIONS,
    "\
kein
keine
keinem
keinen
keiner
n't
neither
never
nicht
nie
niemals
no
not
unbestätigt
unconfirmed
weder"
);

crate::packed_table!(
    VERB_NEGATIONS,
    "\
n't
never
nicht
nie
niemals
noch
not
weder"
);

crate::packed_table!(
    HEDGES,
    "\
anscheinend
apparently
could
dürfte
dürften
könnte
könnten
likely
might
möglicherweise
offenbar
possibly
presumably
probably
scheinbar
seemingly
unbekannt
unclear
ungewiss
unklar
unknown
vermutlich
wahrscheinlich
wohl
womöglich"
);

crate::packed_table!(
    KONJUNKTIV_I_FORMS,
    "\
arbeite
befinde
bestehe
bleibe
brauche
demonstriere
dürfe
erfolge
erwarte
fehle
gebe
gehe
gelte
habe
halte
handele
handle
heiße
komme
kämpfe
könne
lasse
liege
möge
müsse
plane
sehe
sei
seien
solle
stehe
trage
unterstütze
verfüge
werde
wisse
wolle
zeige"
);

crate::packed_table!(
    KONJUNKTIV_II_FORMS,
    "\
hätte
hätten
wäre
wären"
);

crate::packed_table!(
    CONDITIONALS,
    "\
gäbe
käme
könnte
könnten
läge
müsste
müssten
würde
würden"
);

crate::packed_table!(
    REPORTING_VERBS_EN,
    "\
added
believe
believes
claimed
said
saying
says
stated
told"
);

crate::packed_table!(
    RELATIVE_PRONOUNS,
    "\
das
dem
den
denen
der
deren
dessen
die
welche
welcher
welches
which
who
whom
whose"
);

crate::packed_table!(
    ASSERTION_VERBS,
    "\
added
betonte
erklärte
hieß
insisted
sagte
said
says
stated
teilte
versicherte"
);

crate::packed_table!(
    NOT_NAMES,
    "\
a
aber
after
als
am
an
and
as
at
auch
auf
aus
before
bei
bis
but
by
das
dass
dem
den
der
des
die
dies
diese
dieser
doch
dr
ein
eine
einem
einen
einer
eines
er
es
for
frau
für
gleichzeitig
he
her
herr
his
ich
ihr
ihre
im
in
it
laut
liveblog
mehr
mit
mr
mrs
ms
nach
neben
news
noch
nur
oder
of
on
quelle
schon
sein
seine
seit
she
sie
so
that
the
they
this
to
und
unter
video
vom
von
we
weil
wenn
wie
wir
with
zu
zum
zur
zuvor
über"
);

crate::packed_table!(
    TIME_AT_WORDS,
    "\
am
an
anfang
at
during
early
ende
from
im
in
late
mid
mitte
on
over
vom
von"
);

crate::packed_table!(
    TIME_SINCE_WORDS,
    "\
ab
seit
since"
);

crate::packed_table!(
    TIME_UNTIL_WORDS,
    "\
bis
until"
);

crate::packed_table!(
    TIME_AGO_WORDS,
    "\
vor"
);

crate::packed_table!(
    PERIOD_PREV_WORDS,
    "\
last
letzte
letzten
letztes
vergangene
vergangenen
vergangenes
vorige
vorigen
voriges"
);

crate::packed_table!(
    PERIOD_THIS_WORDS,
    "\
current
diese
diesem
diesen
dieses
laufende
laufenden
this"
);

crate::packed_table!(
    PERIOD_NEXT_WORDS,
    "\
coming
kommende
kommenden
kommendes
next
nächste
nächsten
nächstes"
);

crate::packed_table!(
    PERIOD_FILLERS,
    "\
dem
der
earlier
early
frühen
late
späten
the"
);

crate::packed_table!(
    /// Frequent function words and their language (`de`, `en`), lowercase:
    /// [`FUNCTION_DE`], [`FUNCTION_EN`].
    #[cfg_attr(not(test), allow(dead_code))]
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

crate::packed_table!(
    /// [`KEY_STOPWORD`]: folded words that never carry the topic: function words, reporting verbs
    /// (how something was said is attribution's business), weekdays and months
    /// (times are compared as intervals), and news furniture.
    #[cfg_attr(not(test), allow(dead_code))]
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

/// Every list (a packed table, [`super::packed`]) with its flag.
#[cfg_attr(not(test), allow(dead_code))]
const LISTS: &[(&str, u32)] = &[
    (NEGATIONS, NEGATION),
    (VERB_NEGATIONS, VERB_NEGATION),
    (HEDGES, HEDGE),
    (KONJUNKTIV_I_FORMS, KONJUNKTIV_I),
    (KONJUNKTIV_II_FORMS, KONJUNKTIV_II),
    (CONDITIONALS, CONDITIONAL),
    (REPORTING_VERBS_EN, REPORTING_EN),
    (RELATIVE_PRONOUNS, RELATIVE),
    (ASSERTION_VERBS, ASSERTION),
    (NOT_NAMES, NOT_A_NAME),
    (TIME_AT_WORDS, TIME_AT),
    (TIME_SINCE_WORDS, TIME_SINCE),
    (TIME_UNTIL_WORDS, TIME_UNTIL),
    (TIME_AGO_WORDS, TIME_AGO),
    (PERIOD_PREV_WORDS, PERIOD_PREV),
    (PERIOD_THIS_WORDS, PERIOD_THIS),
    (PERIOD_NEXT_WORDS, PERIOD_NEXT),
    (PERIOD_FILLERS, PERIOD_FILLER),
    (STOPWORDS, KEY_STOPWORD),
];

/// The flags of a folded word: every list it is on, and its
/// [`speech`] flags (0 for most words).
pub fn flags(folded: &str) -> u32 {
    super::tables::WORD_FLAGS.get(folded).unwrap_or(0)
}

/// The entries of the word-flag index (`src/lexicon/tables.rs`): one per
/// word, with the flags of all its lists.
#[cfg(test)]
pub(crate) fn flag_entries() -> Vec<(&'static str, u32)> {
    let mut all: Vec<(&'static str, u32)> = speech::VERBS.iter().map(|(w, f)| (*w, *f as u32)).collect();
    all.extend(super::speech_forms::FORMS.iter().map(|(w, f)| (*w, *f as u32)));
    all.extend(LISTS.iter().flat_map(|(table, flag)| packed::entries(table).map(move |(w, _)| (w, *flag))));
    let function_words = packed::entries(FUNCTION_WORDS);
    all.extend(function_words.map(|(w, lang)| (w, if lang == "de" { FUNCTION_DE } else { FUNCTION_EN })));
    // Times are compared as intervals, so calendar words are no topic.
    all.extend(super::calendar::MONTHS_DE.iter().map(|m| (*m, MONTH_DE | KEY_STOPWORD)));
    all.extend(super::calendar::MONTHS_EN.iter().map(|m| (*m, MONTH_EN | KEY_STOPWORD)));
    all.extend(super::calendar::WEEKDAYS.iter().map(|(d, _)| (*d, KEY_STOPWORD)));
    all.sort_by(|a, b| a.0.cmp(b.0));
    let mut merged: Vec<(&'static str, u32)> = Vec::with_capacity(all.len());
    for (w, f) in all {
        match merged.last_mut() {
            Some(last) if last.0 == w => last.1 |= f,
            _ => merged.push((w, f)),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_has_the_flags_of_all_its_lists() {
        assert_eq!(flags("nicht"), NEGATION | VERB_NEGATION | FUNCTION_DE | KEY_STOPWORD);
        assert_eq!(flags("and") & (FUNCTION_DE | FUNCTION_EN | KEY_STOPWORD), FUNCTION_EN | KEY_STOPWORD);
        assert_eq!(flags("august"), MONTH_DE | MONTH_EN | KEY_STOPWORD);
        assert_eq!(flags("märz"), MONTH_DE | KEY_STOPWORD);
        assert_eq!(flags("montag"), KEY_STOPWORD);
        assert_eq!(flags("die") & (RELATIVE | NOT_A_NAME), RELATIVE | NOT_A_NAME);
        assert_eq!(
            flags("sagte"),
            speech::SPEECH as u32 | speech::SOURCE_VERB as u32 | ASSERTION | FUNCTION_DE | KEY_STOPWORD
        );
        assert_eq!(flags("sei"), KONJUNKTIV_I | FUNCTION_DE | KEY_STOPWORD);
        assert_eq!(flags("haus"), 0);
    }

    #[test]
    fn flags_do_not_overlap_speech_flags() {
        let speech_bits = (speech::SPEECH | speech::SOURCE_VERB | speech::DENIES | speech::DENIAL_CUE) as u32;
        assert_eq!(speech_bits, 0b1111);
        for (_, f) in LISTS {
            assert_eq!(f & speech_bits, 0);
        }
    }
}
