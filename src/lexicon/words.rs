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
//! lists are packed tables ([`super::packed`]: one string each, the cheapest
//! form in the wasm); the index over all of them is built on first use.
//! Lists that match word *beginnings* (`mutmaßlich…`) stay with their users.
//!
//! [`Token::lex`]: crate::doc::token::Token::lex
//! [`Token::folded`]: crate::doc::token::Token::folded

use super::packed;
use super::prefix::PrefixIndex;
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
dürfte
dürften
likely
might
möglicherweise
offenbar
possibly
presumably
probably
scheinbar
seemingly
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

/// Every list (a packed table, [`super::packed`]) with its flag.
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
];

/// The flags of a folded word: every list it is on, and its
/// [`speech`] flags (0 for most words).
pub fn flags(folded: &str) -> u32 {
    static INDEX: std::sync::OnceLock<PrefixIndex> = std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| {
            let mut all: Vec<(&'static str, u32)> = speech::VERBS.iter().map(|(w, f)| (*w, *f as u32)).collect();
            all.extend(LISTS.iter().flat_map(|(table, flag)| packed::entries(table).map(move |(w, _)| (w, *flag))));
            crate::sort::sort_by(&mut all, |a, b| a.0.cmp(b.0));
            // One entry per word, with the flags of all its lists.
            let mut merged: Vec<(&'static str, u32)> = Vec::with_capacity(all.len());
            for (w, f) in all {
                match merged.last_mut() {
                    Some(last) if last.0 == w => last.1 |= f,
                    _ => merged.push((w, f)),
                }
            }
            PrefixIndex::new(merged)
        })
        .get(folded)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_has_the_flags_of_all_its_lists() {
        assert_eq!(flags("nicht"), NEGATION | VERB_NEGATION);
        assert_eq!(flags("die") & (RELATIVE | NOT_A_NAME), RELATIVE | NOT_A_NAME);
        assert_eq!(flags("sagte"), speech::SPEECH as u32 | speech::SOURCE_VERB as u32 | ASSERTION);
        assert_eq!(flags("sei"), KONJUNKTIV_I);
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
