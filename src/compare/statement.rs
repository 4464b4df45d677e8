//! What a claim states, read once per claim: the speaker's party, the acts
//! and events it names (with their polarity), its figures with the *measure*
//! each counts, and the keys that find candidate partners.
//!
//! Comparison ([`crate::compare`]) then works slot by slot on these
//! statements, never on raw words, and nothing here is recomputed per pair.
//!
//! How a sentence is read:
//!
//! - It is cut into clauses at commas, colons, semicolons, dashes and
//!   before `und sagte`/`and said`. A relative clause (`…, das Kim und Putin im Juni 2024
//!   unterzeichnet hatten`, `…, which …`) and a German purpose clause (`…, um
//!   Russland zu unterstützen`) are background: what they name is not what
//!   the claim states.
//! - Words map to concepts through the predicate lexicon
//!   ([`crate::lexicon::predicates`]), German compounds also by their parts
//!   (`Truppenentsendung` → `deploy`).
//! - In a denied sentence what is denied has negative polarity, except what
//!   the denier goes on to assert (`Kyiv denied the claim and said its troops
//!   were still operating`).
//! - A figure's measure comes from its unit and the events around it: a
//!   count of soldiers next to `getötet oder verletzt` is a casualty figure,
//!   not a troop strength; a percentage next to a party is that party's vote
//!   share; `ein Feuerwehrmann starb` is one death; a sum of money is that
//!   of the claim's one act or event (a demand, an offer).

use crate::compare::party::{self, Party};
use crate::compare::stem::{Key, Keyer};
use crate::doc::language::Lang;
use crate::doc::token::{tokenize, Token, TokenKind};
use crate::lexicon::predicates::{self, Role, PHRASES};
use crate::lexicon::{places, speech, words};
use crate::report::{ArticleReport, Claim, EntityKind, Modality, Qualifier, Quantity};
use std::rc::Rc;

/// One figure and what it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// `troops`, `casualties`, `deaths`, `injured`, `helpers`, `evacuated`,
    /// `area`, `percent:<party>`, … (see [`measure`]); for a figure no
    /// event or party explains, what it counts as written: `count:<key>`
    /// (the key of its noun: `13 Flughäfen`, `35,000 jobs`), `share` (a
    /// percentage of no party the gazetteer knows), `amount:<currency>`.
    pub measure: String,
    pub quantity: Quantity,
    /// The keys of the other content words of the figure's clause
    /// (`gestrichen`, `#cancel`, `nawrocki`), sorted: what is said of the
    /// figure. Two figures given only as written ([`weak`]) state the same
    /// thing when they share one of these, or are too exact to be chance.
    pub context: Vec<Rc<str>>,
    /// The part of a whole the figure counts, when the text says it counts
    /// one (`allein aus einem Gebäude` → `gebäude`, `an Bord`, `on board` →
    /// `aboard`, `am Boden` → `ground`, `davon`, `darunter`, `among them`
    /// → `part`): a part and the whole are different figures.
    pub part: Option<String>,
    /// Whose share a `share` is, when a name stands before it in its clause
    /// ([`share_owner`]): two shares of two names are two facts.
    pub owner: Option<String>,
    /// Whether the figure as written is too exact to be met by chance
    /// ([`crate::compare::distinctive`]; read before any conversion: 9.500
    /// ha is no more exact as 94,5 km²).
    pub exact: bool,
}

/// Whether a measure says only what a figure counts as written, not which
/// event or party it belongs to (`count:…`, `share`, `amount:…`): such
/// figures agree only when equal and said of the same thing, and never
/// conflict.
pub fn weak(measure: &str) -> bool {
    measure.starts_with("count:") || measure == "share" || measure.starts_with("amount:")
}

/// What one claim states.
#[derive(Debug, Clone, Default)]
pub struct Statement {
    /// The article's language.
    pub lang: Option<Lang>,
    /// Who speaks: the party behind the attribution, or the actor of an act
    /// (`Nordkorea hat … bestätigt`).
    pub party: Option<Party>,
    /// Acts that are news themselves (`confirm`, `thank`, …), sorted.
    pub acts: Vec<&'static str>,
    /// Events with their polarity (`false`: denied or stated as not so), sorted.
    pub events: Vec<(&'static str, bool)>,
    /// Topic concepts (never enough to link).
    pub topics: Vec<&'static str>,
    /// Figures with their measures.
    pub figures: Vec<Figure>,
    /// Negated without being a denial (`weder bestätigt noch dementiert`).
    pub negated: bool,
    /// Whether the sentence reports a denial.
    pub denied: bool,
    /// Stems of content words (same-language wording), sorted.
    pub stems: Vec<Rc<str>>,
    /// The key of each content word, with its byte span: computed once here
    /// for the wording ([`Statement::stems`]) and for alignment's features.
    pub word_keys: Vec<(usize, usize, Key)>,
    /// Entity ids, sorted.
    pub entities: Vec<String>,
    /// Who takes part besides the speaker: the people and organizations the
    /// claim names outside its attribution, by party where they have one
    /// (`putin` → `russia`), sorted. `Die SPD kommt auf …` and `Die AfD kommt
    /// auf …` are about different actors.
    pub actors: Vec<String>,
    /// The parties of all the entities the claim names, states included
    /// (`Kim` → `north_korea`), sorted.
    pub parties: Vec<String>,
    /// Events that a clause of the claim states on their own (no other
    /// event or act beside them): asserted, not mentioned in passing
    /// (`bei der Rückeroberung geholfen` mentions a recapture; `Russland
    /// meldet die Rückeroberung` asserts it).
    pub sole: Vec<&'static str>,
    /// Events someone is said to have *helped* with or taken part in (`bei
    /// der Rückeroberung geholfen`, `dabei unterstützt, … zurückzuerobern`,
    /// `helped regain`, `an der Befreiung teilgenommen`): the helper is not
    /// the one who did them.
    pub helped: Vec<&'static str>,
    /// Events of background clauses: not what the claim states, but what
    /// its figures may count.
    pub context: Vec<&'static str>,
    /// Whether the claim names a resolved time.
    pub timed: bool,
    /// Whether what it states is stated as complete (`vollständig`,
    /// `komplett`, `the last village`, or a whole named region rather than
    /// `Gebiete`/`parts` of it): a denial that the fighting is over
    /// disputes only a complete recapture.
    pub complete: bool,
    /// Towns the claim names that the gazetteer does not know (`in
    /// Offingen`, `near Schwaebisch Gmuend`, `in der Stadt Wajima`), by
    /// their keys ([`places::key`]): something named in common, as an
    /// entity is.
    pub places: Vec<String>,
    /// Events the claim names in its arguments, not as what it asserts
    /// (`Die Entsendung … erfolgte im Rahmen eines Abkommens`: deploy,
    /// treaty), sorted: two claims about the same arguments state the same
    /// fact only when their predicates meet ([`Statement::predicate_keys`]).
    pub about: Vec<&'static str>,
    /// The keys of what the clauses with such arguments say of them: their
    /// verbs and the heads of their phrases (`erfolgte`, `Rahmen`), sorted.
    pub predicate_keys: Vec<Rc<str>>,
    /// The person who speaks, by entity id: the attribution's person (none
    /// when it names no person), else the person of the speaking party.
    /// One party's acts are one statement only when one speaker makes
    /// them.
    pub speaker: Option<String>,
    /// Whether every event the claim states is named by a noun (`kein
    /// verbessertes Angebot`, `the new offer was a step`), none by a verb.
    pub nominal: bool,
    /// Names the claim writes out: its capitalized words
    /// (`Nawrocki`, `Ahmedabad`, `Palisades`, `Verdi`; in German also its
    /// nouns), keyed as towns are (`Schwaebisch` is `Schwäbisch`), sorted,
    /// each once; not function words, months, weekdays or states (named by
    /// their entities). A name is written
    /// alike in German and English reports, so two reports naming the
    /// same ones are on one story ([`crate::compare::align`]).
    pub names: Vec<String>,
}

impl Statement {
    /// The event concepts, without polarity.
    pub fn event_names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.events.iter().map(|(c, _)| *c)
    }

    /// Whether the claim states the event `c`.
    pub fn has_event(&self, c: &str) -> bool {
        self.events.iter().any(|(e, _)| *e == c)
    }

    /// The polarity of event `c`, if stated.
    pub fn polarity(&self, c: &str) -> Option<bool> {
        self.events.iter().find(|(e, _)| *e == c).map(|(_, p)| *p)
    }
}

/// Statements for all claims of a report, in claim order, each claim's text
/// tokenized anew (the pipeline reads them from the document's tokens
/// instead, see [`read`]; this is for callers that hold only a report).
///
/// A report's offsets are UTF-16 code units; [`read`] slices a claim's text
/// by bytes (a figure's clause, the words before it), so the claim is read
/// with its offsets turned back into bytes of its article's text first.
pub fn of_claims(articles: &[ArticleReport], claims: &[Claim]) -> Vec<Statement> {
    let keyers = [Keyer::new(Lang::De), Keyer::new(Lang::En)];
    let maps: Vec<crate::doc::offsets::OffsetMap> =
        articles.iter().map(|a| crate::doc::offsets::OffsetMap::new(&a.text)).collect();
    claims
        .iter()
        .map(|c| {
            let at = articles.iter().position(|a| a.id == c.article);
            let lang = at.and_then(|i| Lang::from_code(&articles[i].language));
            let keyer = if lang == Some(Lang::En) { &keyers[1] } else { &keyers[0] };
            let mut c = c.clone();
            if let Some(map) = at.map(|i| &maps[i]) {
                let bytes = |s: &mut usize, e: &mut usize| {
                    *s = map.byte_of_utf16(*s);
                    *e = map.byte_of_utf16(*e);
                };
                bytes(&mut c.start, &mut c.end);
                c.quantities.iter_mut().for_each(|q| bytes(&mut q.start, &mut q.end));
                c.times.iter_mut().for_each(|t| bytes(&mut t.start, &mut t.end));
                c.entities.iter_mut().for_each(|e| bytes(&mut e.start, &mut e.end));
            }
            read(&c, &tokenize(&c.text, c.start), lang, keyer)
        })
        .collect()
}

/// Whether a folded word is on the lexicon's list of `flag`
/// ([`crate::lexicon::words`]); tokens carry theirs in [`Token::lex`].
fn is(w: &str, flag: u32) -> bool {
    words::flags(w) & flag != 0
}

/// Flags of the verbs that deny (`bestritt`, `wies … zurück`).
const DENIAL: u32 = (speech::DENIES | speech::DENIAL_CUE) as u32;

/// One clause: folded words (with token indices) and whether it is background.
struct Clause<'t> {
    words: Vec<(usize, &'t str)>,
    background: bool,
}

fn clauses<'t>(toks: &'t [Token]) -> Vec<Clause<'t>> {
    let mut out: Vec<Clause> = Vec::new();
    let mut cur = Clause { words: Vec::new(), background: false };
    let mut after_comma = false;
    for (i, t) in toks.iter().enumerate() {
        // Brackets are insertions (`Volksrepublik Korea (DVRK)`), not clauses.
        let boundary = t.kind == TokenKind::Punct && matches!(t.text, "," | ";" | ":" | "–" | "—" | "-");
        if boundary {
            if !cur.words.is_empty() {
                out.push(std::mem::replace(&mut cur, Clause { words: Vec::new(), background: false }));
            }
            after_comma = t.text == ",";
            continue;
        }
        if !matches!(t.kind, TokenKind::Word | TokenKind::Mixed) {
            continue;
        }
        let w = t.folded();
        // `… and said …`, `… und erklärte …`, `… and that …`: a second
        // statement starts.
        let next_says = toks.get(i + 1).is_some_and(|n| n.is(words::ASSERTION) || matches!(n.text, "that" | "dass"));
        if matches!(w, "und" | "and") && next_says && !cur.words.is_empty() {
            out.push(std::mem::replace(&mut cur, Clause { words: Vec::new(), background: false }));
            after_comma = false;
        }
        if cur.words.is_empty() && after_comma {
            let next_capital = toks.get(i + 1).is_some_and(|n| n.is_capitalized() && n.kind == TokenKind::Word);
            cur.background = (t.is(words::RELATIVE) && (!next_capital || matches!(w, "which" | "who")))
                || w == "um" && toks[i..].iter().take(25).any(|x| x.text == "zu");
        }
        cur.words.push((i, w));
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    // `, das Nordkoreas Machthaber … unterzeichnet hatten`: a name after the
    // pronoun, but the clause ends in its finite verb, so it is relative.
    for (k, c) in out.iter_mut().enumerate() {
        let Some((first, _)) = c.words.first() else { continue };
        let Some((last, v)) = c.words.last() else { continue };
        let lowercase_verb = !toks[*last].is_capitalized()
            && ["en", "te", "ten", "et", "rt"].iter().any(|e| v.ends_with(e))
            && c.words.len() >= 4;
        let after_comma = k > 0 && *first > 0 && toks[first - 1].text == ",";
        // `…, hatte Gerassimow erklärt, die Region Kursk sei zurückerobert`:
        // after a verb of saying, the clause is what was said.
        let said = *first >= 2 && toks[first - 2].is(u32::from(crate::lexicon::speech::SPEECH));
        if after_comma && toks[*first].is(words::RELATIVE) && lowercase_verb && !said {
            c.background = true;
        }
    }
    out
}

/// Longest word (in bytes) whose later parts are looked up as a compound;
/// German compounds in the news stay well below it.
pub(crate) const MAX_COMPOUND_BYTES: usize = 64;

/// The later parts a compound may end in, longest first: `word` from its
/// fourth character on, each with at least five characters
/// (`truppenentsendung` → `ppenentsendung`, …, `ndung`). Callers bound
/// `word` by [`MAX_COMPOUND_BYTES`], as each part costs a lookup.
pub(crate) fn compound_parts(word: &str) -> impl Iterator<Item = &str> {
    // The last part starts at the fifth character from the end (0 for a
    // shorter word, before any part).
    let last = word.char_indices().rev().nth(4).map_or(0, |(i, _)| i);
    word.char_indices().skip(3).take_while(move |&(i, _)| i <= last).map(move |(i, _)| &word[i..])
}

/// The concepts a folded word names: at its start, and for long compounds at
/// a later part (`truppenentsendung` → `deploy`); at most one of each.
fn concepts_of(rest: &str, word: &str) -> [Option<(&'static str, Role)>; 2] {
    let head = predicates::lookup(rest);
    // A compound's later parts count only when its start names no event
    // (`zurückerobert` is not also `erobert`).
    // Only words of compound length are split: each split point costs a
    // scan of the rest, so an unbounded "word" of untrusted text would make
    // this quadratic.
    // (A word below eight characters has no part: see `compound_parts`.)
    if head.is_none_or(|(_, r)| r == Role::Topic)
        && word.len() <= MAX_COMPOUND_BYTES
        && !predicates::not_a_compound(word)
    {
        for part in compound_parts(word) {
            if let Some((c, r)) = predicates::lookup_part(part) {
                let repeat = head.is_some_and(|(x, _)| x == c);
                return [head, (!repeat).then_some((c, r))];
            }
        }
    }
    [head, None]
}

/// The (up to) three words of a clause before the word at token `at`:
/// where a preposition governing that word stands.
fn three_before<'w, 'a>(words: &'w [(usize, &'a str)], at: usize) -> &'w [(usize, &'a str)] {
    match words.iter().position(|(i, _)| *i == at) {
        Some(k) => &words[k.saturating_sub(3)..k],
        None => &[],
    }
}

/// Whether the word at token `at` follows a preposition of occasion
/// within the three words before it (`bei dem gemeinsamen Besuch`,
/// `während seines Besuchs`, `during a visit`).
fn on_occasion(words: &[(usize, &str)], at: usize) -> bool {
    let before = three_before(words, at);
    // (Not `nach` or `on`: `reist nach Russland zu Besuch`, `arrived on a
    // state visit` report the visit.)
    before.iter().any(|(_, w)| matches!(*w, "bei" | "beim" | "während" | "during" | "after"))
        // `mit Blick auf seinen Besuch von 2000`: what he spoke of.
        || before.windows(2).any(|p| p[0].1 == "blick" && p[1].1 == "auf")
}

/// Whether the token at `i` may be a German clause's own verb (or a
/// predicative adjective): a lowercase content word on no function-word
/// list, not right before a noun (`gegenseitigen Abkommens` is an
/// attribute).
fn verb_like(toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    let before_noun = toks.get(i + 1).is_some_and(|n| n.kind == TokenKind::Word && n.is_capitalized());
    t.kind == TokenKind::Word && !t.is_capitalized() && t.lex == 0 && t.text.chars().count() >= 4 && !before_noun
}

/// Whether the word at token `at` is a noun: in German a capitalized word
/// past the sentence's first; in English a word after a determiner, a
/// possessive or an adjective of newness (`the offer`, `its new offer`).
fn noun_at(toks: &[Token], at: usize, lang: Option<Lang>) -> bool {
    let Some(t) = toks.get(at) else { return false };
    match lang {
        Some(Lang::De) => at > 0 && t.is_capitalized(),
        _ => {
            at > 0 && {
                let before = toks[at - 1].lower.as_ref();
                matches!(before, "the" | "a" | "an" | "its" | "their" | "his" | "her" | "new" | "no" | "improved")
                    || before.ends_with("'s")
                    || before.ends_with("’s")
            }
        }
    }
}

/// Whether the noun at token `at` stands inside a prepositional phrase of
/// its clause: a preposition among the four words before it, with no verb
/// between, and no noun between unless a genitive joins it (`im Rahmen
/// eines gegenseitigen Verteidigungsabkommens`, `zum Wahlsieg`; not `zum
/// ersten Mal den Einsatz`). `über` and `von` after a verb of saying
/// (`says`) open what is said, not an argument.
fn in_argument(words: &[(usize, &str)], toks: &[Token], at: usize, says: bool) -> bool {
    if !toks[at].is_capitalized() {
        return false;
    }
    let Ok(k) = words.binary_search_by_key(&at, |(i, _)| *i) else { return false };
    let mut genitive = false;
    for (i, w) in words[k.saturating_sub(4)..k].iter().rev() {
        if predicates::is_preposition(w) {
            return !(says && matches!(*w, "über" | "von" | "vom"));
        }
        if verb_like(toks, *i) || (toks[*i].is_capitalized() && !genitive) {
            return false;
        }
        genitive |= matches!(*w, "des" | "der" | "eines" | "einer");
    }
    false
}

/// The keys of a clause's predicate: its verbs ([`verb_like`]) and the
/// nouns right after its prepositions (`im Rahmen`, `als Verstoß`).
fn clause_predicates(words: &[(usize, &str)], toks: &[Token], keyer: &Keyer) -> Vec<Rc<str>> {
    let mut keys = Vec::new();
    for (k, (i, w)) in words.iter().enumerate() {
        let head = k > 0 && (predicates::is_preposition(words[k - 1].1) || words[k - 1].1 == "als");
        if verb_like(toks, *i) || (head && toks[*i].is_capitalized()) {
            keys.extend(keyer.key_and_word(w).map(|(_, key)| key));
        }
    }
    keys
}

/// Whether the English event word at token `at` is a nominalization its
/// clause speaks of, not what it asserts (`North Korea's unprecedented
/// deployment of thousands of troops … gave Russia a crucial battlefield
/// advantage`): a noun ([`predicates::NOMINAL_ENDINGS`]) after a
/// possessive, `the` or a possessive pronoun and before `of`, among the
/// first words of a clause that states no act, in a sentence long enough
/// to have a verb of its own. English nouns and verbs are not told apart
/// by their letters otherwise, so this is the one shape read; a headline
/// (`North Korea's deployment of troops to Russia`) is short and keeps it.
fn english_nominal(words: &[(usize, &str)], toks: &[Token], at: usize) -> bool {
    let Ok(k) = words.binary_search_by_key(&at, |(i, _)| *i) else { return false };
    if k > ENGLISH_SUBJECT_WORDS {
        return false;
    }
    let noun = predicates::NOMINAL_ENDINGS.iter().any(|e| words[k].1.ends_with(e));
    let of = words.get(k + 1).is_some_and(|(_, w)| *w == "of");
    let opened = words[k.saturating_sub(4)..k]
        .iter()
        .any(|(i, w)| matches!(*w, "the" | "its" | "their" | "his" | "her" | "s") || toks[*i].text.ends_with("'s"));
    noun && of && opened
}

/// How far into its clause an English nominal subject may end.
const ENGLISH_SUBJECT_WORDS: usize = 6;
/// A sentence shorter than this may be a headline, whose noun phrase is
/// its statement.
const LONG_SENTENCE_WORDS: usize = 10;

/// Whether a claim tells what has so far been so, or again and again
/// ([`predicates::BACKGROUND_WORDS`]).
fn background(words: &[&str]) -> bool {
    words.iter().any(|w| predicates::BACKGROUND_WORDS.contains(w))
        || words.windows(2).any(|p| matches!((p[0], p[1]), ("immer", "wieder") | ("so", "far")))
}

/// How far after its subject a German clause's verb is looked for (the
/// finite verb comes second, after a subject of up to a dozen words or so).
const SUBJECT_VERB_WORDS: usize = 16;

/// Whether the noun at token `at` opens its clause as the subject the
/// clause says something of (`Die Entsendung der Truppen erfolgte im
/// Rahmen eines Abkommens`, `Die Beteiligung Nordkoreas gilt als Verstoß`):
/// an article first, the noun within the first three words, and a verb
/// after it that names no event or act of the lexicon.
fn in_subject(words: &[(usize, &str)], toks: &[Token], at: usize, found: &[(&'static str, Role, usize, bool)]) -> bool {
    let Ok(k) = words.binary_search_by_key(&at, |(i, _)| *i) else { return false };
    let article = words.first().is_some_and(|(_, w)| matches!(*w, "der" | "die" | "das" | "ein" | "eine"));
    let named = |i: usize| found.iter().any(|(_, r, f, _)| *f == i && *r != Role::Topic);
    article
        && k <= 2
        && toks[at].is_capitalized()
        && words[k + 1..].iter().take(SUBJECT_VERB_WORDS).any(|(i, _)| verb_like(toks, *i) && !named(*i))
}

/// Whether the word at token `at` names what a claim adds to, within the
/// three words before it (`zusätzlich zur Entsendung der Soldaten liefert
/// Nordkorea Waffen`, `neben der Entsendung`, `in addition to sending
/// troops`, `besides`): background the claim takes as known, not what it
/// reports.
fn in_addition_to(words: &[(usize, &str)], at: usize) -> bool {
    let before = three_before(words, at);
    before.iter().any(|(_, w)| matches!(*w, "zusätzlich" | "neben" | "besides"))
        || before.windows(2).any(|p| matches!((p[0].1, p[1].1), ("addition", "to") | ("apart", "from")))
}

/// Where a phrase matches in a clause's words: the position of its last
/// matched word (so that it falls on the right side of a denial), if all
/// its groups match. `bits` are the words' [`predicates::phrase_bits`],
/// `groups` the phrase's bit numbers; `any` is the union of `bits` (most
/// clauses have no word of most phrases, and it rules those out before
/// each group's position is looked for).
fn phrase_at(bits: &[u64], any: u64, groups: std::ops::Range<usize>) -> Option<usize> {
    if groups.clone().any(|g| any & (1 << g) == 0) {
        return None;
    }
    groups.map(|g| bits.iter().position(|b| b & (1 << g) != 0)).try_fold(0, |at, p| p.map(|p| at.max(p)))
}

/// Reads one claim from its tokens (the document's tokens of its sentence).
pub fn read(claim: &Claim, toks: &[Token], lang: Option<Lang>, keyer: &Keyer) -> Statement {
    let cls = clauses(toks);
    let denied = claim.modality == Modality::Denied;
    // Where the denier's own assertion starts (`… denied the claim and said …`).
    let all: Vec<(usize, &str)> = cls.iter().flat_map(|c| c.words.iter().copied()).collect();
    // Which phrase groups each word matches, looked up once per word.
    let all_bits: Vec<u64> = all.iter().map(|(_, w)| predicates::phrase_bits(w)).collect();
    let all_any = all_bits.iter().fold(0, |all, b| all | b);
    let mut clause_start = 0;
    let denial_at = all.iter().find(|(i, _)| toks[*i].is(DENIAL)).map(|(i, _)| *i);
    let assertion_at = denial_at.and_then(|d| {
        all.iter()
            .zip(all.iter().skip(1))
            .find(|((i, w), (v, _))| *i > d && matches!(*w, "und" | "and") && toks[*v].is(words::ASSERTION))
            .map(|((i, _), _)| *i)
    });
    let mut acts: Vec<&'static str> = Vec::new();
    let mut events: Vec<(&'static str, bool, usize)> = Vec::new();
    let mut topics: Vec<&'static str> = Vec::new();
    let mut act_at: Option<usize> = None;
    let mut sole: Vec<&'static str> = Vec::new();
    let mut helped: Vec<&'static str> = Vec::new();
    let mut helping = false;
    let mut context: Vec<&'static str> = Vec::new();
    let mut about: Vec<&'static str> = Vec::new();
    let mut predicate_keys: Vec<Rc<str>> = Vec::new();
    let mut negated = false;
    // All clauses' words, each followed by a space, in one string: a
    // clause's text is a slice of it (the lookups below match phrases in
    // it, and must not run across the clause's end).
    let mut all_text = String::with_capacity(all.iter().map(|(_, w)| w.len() + 1).sum());
    for (_, w) in &all {
        all_text.push_str(w);
        all_text.push(' ');
    }
    let mut text_start = 0;
    // (concept, role, token index, positive); one buffer for all clauses.
    let mut found: Vec<(&'static str, Role, usize, bool)> = Vec::new();
    // The tokens where a phrase of the clause was found: a phrase is
    // its clause's predicate, never an argument of it.
    let mut by_phrase: Vec<usize> = Vec::new();
    for c in &cls {
        let n = c.words.len();
        let bits = &all_bits[clause_start..clause_start + n];
        clause_start += n;
        let text_end = text_start + c.words.iter().map(|(_, w)| w.len() + 1).sum::<usize>();
        let text = &all_text[text_start..text_end];
        text_start = text_end;
        let mut offset = 0;
        found.clear();
        by_phrase.clear();
        // `so hoch wie seit der Wiedervereinigung nicht mehr`: a comparison
        // (the highest since), not a negation: `wie seit`, and `nicht mehr`
        // closing the clause.
        // (On the clause's own words: no copy per clause, this runs for every claim.)
        let comparison = n >= 2
            && c.words[n - 2].1 == "nicht"
            && c.words[n - 1].1 == "mehr"
            && c.words.windows(2).any(|p| p[0].1 == "wie" && p[1].1 == "seit");
        for (k, (i, w)) in c.words.iter().enumerate() {
            for (concept, role) in concepts_of(&text[offset..], w).into_iter().flatten() {
                // The verb `regen` (`regen eine Reform an`) is no rain.
                if concept == "rain" && lang == Some(Lang::De) && !toks[*i].is_capitalized() && w.starts_with("regen") {
                    continue;
                }
                // German `war` is the past of `sein` (`Energie war billiger`).
                if concept == "war" && lang == Some(Lang::De) && *w == "war" {
                    continue;
                }
                found.push((concept, role, *i, true));
            }
            offset += w.len() + 1;
            if toks[*i].is(words::NEGATION) && !(comparison && k + 2 == n) {
                negated = true;
            }
        }
        // `schloss eine Zusammenarbeit mit der AfD aus`: the separable verb
        // with its particle closing the clause (not `schlossen aus Sorge`).
        // So is `lehnte eine Zusammenarbeit mit der AfD ab`.
        let particle_verb = |particle: &str, verbs: &[&str]| {
            c.words.last().is_some_and(|(_, w)| *w == particle) && c.words.iter().any(|(_, w)| verbs.contains(w))
        };
        if particle_verb("aus", &["schloss", "schließt", "schlossen", "schließen"])
            || particle_verb("ab", &["lehnte", "lehnt", "lehnten", "lehnen"])
        {
            found.push(("rule_out", Role::Event, c.words[c.words.len() - 1].0, true));
        }
        let any = bits.iter().fold(0, |all, b| all | b);
        for ((concept, positive, _, replaces), groups) in PHRASES.iter().zip(predicates::phrase_groups()) {
            if let Some(k) = phrase_at(bits, any, groups) {
                found.retain(|(c, _, _, _)| !replaces.contains(c) && c != concept);
                let role = predicates::role(concept).unwrap_or(Role::Event);
                found.push((concept, role, c.words[k].0, *positive));
                by_phrase.push(c.words[k].0);
            }
        }
        if c.background {
            // Background names the topic, and what a figure counts
            // (`10.000 Soldaten, die nach Russland geschickt wurden`).
            topics.extend(found.iter().filter(|(_, r, _, _)| *r == Role::Topic).map(|(c, _, _, _)| *c));
            context.extend(found.iter().filter(|(_, r, _, _)| *r == Role::Event).map(|(c, _, _, _)| *c));
            continue;
        }
        // A verb of helping (lowercase in German, `helped` in English) makes
        // the events of its clause and the clauses after it helped ones.
        // Taking part in something (`Beteiligung an der Befreiung`,
        // `an den Operationen teilgenommen`) is helping with it too.
        helping |= found.iter().any(|(c, _, at, _)| {
            let Some(t) = toks.get(*at) else { return false };
            let w = t.folded();
            let takes_part = ["beteilig", "teilgenommen", "teilnahm", "teilnehm", "participat", "involvement"]
                .iter()
                .any(|p| w.starts_with(p))
                || w == "teil";
            (*c == "support" && !t.is_capitalized() && !matches!(w, "support" | "help"))
                || (*c == "deploy" && takes_part)
        });
        if helping {
            helped.extend(
                found
                    .iter()
                    .filter(|(c, r, _, _)| *r == Role::Event && !matches!(*c, "support" | "deploy"))
                    .map(|(c, _, _, _)| *c),
            );
        }
        // What a sentence asserts is its verb's: an event named by a noun
        // inside a prepositional phrase (`im Rahmen eines Abkommens`, `zum
        // Wahlsieg gratuliert`) is what the clause is about, not what it
        // asserts, when the clause has a verb of its own (`Die Soldaten
        // sollen im Einsatz sein` has none but the auxiliary: there the
        // phrase is the assertion). German only: English nouns and verbs
        // are not told apart by their letters.
        let has_verb = lang == Some(Lang::De) && c.words.iter().any(|(i, _)| verb_like(toks, *i));
        // After a verb of saying or informing the phrase is what is said
        // (`informierte Putin über die Rückeroberung`, `sprach von der
        // Befreiung`).
        let says = c.words.iter().any(|(i, w)| {
            toks[*i].is(u32::from(speech::SPEECH)) || (w.starts_with("inform") && !toks[*i].is_capitalized())
        });
        let mut predicates_read = false;
        let long = all.len() >= LONG_SENTENCE_WORDS;
        let clause_acts = found.iter().any(|(_, r, _, _)| *r == Role::Act);
        let mut own: Vec<&str> = found.iter().filter(|(_, r, _, _)| *r == Role::Event).map(|(c, _, _, _)| *c).collect();
        own.dedup();
        if own.len() == 1 && !found.iter().any(|(_, r, _, _)| *r == Role::Act) {
            sole.push(own[0]);
        }
        for &(concept, role, at, positive) in &found {
            match role {
                Role::Act => {
                    acts.push(concept);
                    act_at = act_at.or(Some(at));
                }
                // `sagte bei einem Besuch in Reichertshofen`, `during a
                // visit to Kyiv`: the visit is when it was said, not what.
                Role::Event if concept == "visit" && on_occasion(&c.words, at) => context.push(concept),
                Role::Event if in_addition_to(&c.words, at) => context.push(concept),
                Role::Event
                    if (has_verb
                        && !by_phrase.contains(&at)
                        && (in_argument(&c.words, toks, at, says) || in_subject(&c.words, toks, at, &found)))
                        || (lang == Some(Lang::En) && long && !clause_acts && english_nominal(&c.words, toks, at)) =>
                {
                    context.push(concept);
                    about.push(concept);
                    // (Once per clause: a clause's predicate is the same for
                    // all its arguments.)
                    if !predicates_read {
                        predicates_read = true;
                        predicate_keys.extend(clause_predicates(&c.words, toks, keyer));
                    }
                }
                Role::Event => events.push((concept, positive, at)),
                Role::Topic => topics.push(concept),
            }
        }
    }
    // Negations the phrases already account for (`keine … mehr`) do not make
    // the whole claim negated.
    let words: Vec<&str> = all.iter().map(|(_, w)| *w).collect();
    if negated
        && PHRASES.iter().zip(predicates::phrase_groups()).any(|((_, _, g, _), bits)| {
            g.iter().any(|g| g.iter().any(|p| is(p.trim_end_matches('$'), words::NEGATION)))
                && phrase_at(&all_bits, all_any, bits).is_some()
        })
    {
        negated = false;
    }
    // Sending is a deployment when soldiers are sent (`Soldaten geschickt`,
    // `sent troops`); sending alerts or aid is an event of its own.
    let troops = topics.contains(&"soldier") || claim.quantities.iter().any(|q| q.unit.as_deref() == Some("soldiers"));
    let helpers = topics.contains(&"helpers") || topics.contains(&"flood");
    // Reaching a share is a vote result (`kommt auf 28,5 Prozent`);
    // reaching a water level or a goal is no event we compare.
    let share = claim.quantities.iter().any(|q| matches!(q.unit.as_deref(), Some("percent" | "percentage_points")));
    // Winning and reaching shares are an election's only with a party or
    // an election named: `Die Ukraine gewann 40 Prozent des Gebiets
    // zurück`, `erhielt 40 Prozent der Munition` are none.
    // (Looked for only when there is something won or reached: a substring
    // search over every word costs.)
    let election = events.iter().any(|(c, _, _)| matches!(*c, "reach" | "win"))
        && (claim.entities.iter().any(|e| e.kind == crate::report::EntityKind::Organization)
            || all.iter().any(|(_, w)| predicates::ELECTION_WORDS.iter().any(|e| w.contains(e))));
    let nominal = !events.is_empty() && events.iter().all(|(_, _, at)| noun_at(toks, *at, lang));
    let events: Vec<(&'static str, bool)> = {
        let mut v: Vec<(&'static str, bool)> = events
            .into_iter()
            .filter_map(|(c, positive, at)| {
                let denied_here = denied && assertion_at.is_none_or(|a| at < a);
                let c = match c {
                    "send" if troops => "deploy",
                    // Helpers on duty (`20,000 emergency workers were
                    // deployed`, `beim Einsatz unterstützen`) are no troops.
                    "deploy" if !troops && helpers => return None,
                    "reach" | "win" if share && election => "vote_result",
                    "win" if election => "win",
                    "reach" | "win" => return None,
                    c => c,
                };
                Some((c, positive != denied_here))
            })
            .collect();
        crate::sort::sort_by(&mut v, |a, b| a.cmp(b));
        v.dedup_by(|a, b| a.0 == b.0);
        v
    };
    // Background is not the news: what a claim says has so far been so
    // (`Bislang hat Pjöngjang die Truppenentsendung geheim gehalten`,
    // `Russland meldete immer wieder Rückeroberungen`), or had been before,
    // told in the pluperfect with no time and no act of its own (`Russland
    // und Nordkorea hatten nach Beginn des Krieges ein Abkommen
    // geschlossen`), is about its events, not a report of them. Not with a
    // figure: `bisher 12.000 Gebäude zerstört` is the latest count.
    // (A clause with `hatte` that a participle closes: not `hatte Folgen`.)
    let pluperfect = lang == Some(Lang::De)
        && acts.is_empty()
        && claim.times.is_empty()
        && cls.iter().any(|c| {
            c.words.iter().any(|(_, w)| matches!(*w, "hatte" | "hatten"))
                && c.words.last().is_some_and(|(i, _)| verb_like(toks, *i))
        });
    let events = if claim.quantities.is_empty() && (pluperfect || background(&words)) {
        about.extend(events.iter().map(|(c, _)| *c));
        for c in &cls {
            predicate_keys.extend(clause_predicates(&c.words, toks, keyer));
        }
        Vec::new()
    } else {
        events
    };
    crate::sort::sort_dedup(&mut acts);
    crate::sort::sort_dedup(&mut topics);

    // The speaker's party: the attribution's, else the actor of an act.
    let party = match &claim.attribution {
        Some(a) => party::of_attribution(a, &claim.entities),
        None if !acts.is_empty() => actor(claim, toks, &cls, act_at).or_else(|| by_state(claim, &all, toks)),
        None => by_state(claim, &all, toks).or_else(|| intender(claim, lang, &all, toks)),
    };

    let event_names: Vec<&str> = events.iter().map(|(c, _)| *c).collect();
    // What a figure counts may be named in an argument (`bei dem Starkregen
    // 129 Liter`): when the asserted events say nothing of it, the events
    // the claim is about may.
    let with_about: Vec<&str> = event_names.iter().chain(&about).copied().collect();
    let mut figures: Vec<Figure> = claim
        .quantities
        .iter()
        .filter_map(|q| {
            // (A figure given only as written by the asserted events may be
            // a count the arguments explain: `20.000 Menschen` `bei der
            // Evakuierung`.)
            let asserted = measure(q, &event_names, &acts, claim);
            // (Not a sum: `Durch den Abschluss … 15 Milliarden Euro gespart`
            // is no sum of the agreement's.)
            let of_people = |m: &String| !weak(m) && !m.starts_with("EUR") && !m.starts_with("USD");
            let m = match asserted {
                Some(m) if !weak(&m) => m,
                _ => measure(q, &with_about, &acts, claim).filter(of_people).or(asserted)?,
            };
            let (m, quantity) = in_common_units(m, q, keyer);
            let part = part_of(q, toks);
            let context = clause_context(q, toks, &cls, keyer);
            let whole = part.as_ref().and_then(|_| whole_beyond(&quantity, q, toks));
            let owner = (m == "share").then(|| share_owner(q, claim)).flatten();
            let exact = q.value_min.or(q.value_max).is_some_and(crate::compare::distinctive);
            let whole = whole.map(|w| Figure {
                measure: m.clone(),
                quantity: w,
                context: context.clone(),
                part: None,
                owner: owner.clone(),
                exact,
            });
            Some([Some(Figure { measure: m, quantity, context, part, owner, exact }), whole])
        })
        .flatten()
        .flatten()
        .collect();
    // `ein 42-jähriger Feuerwehrmann starb`: one death, though no figure says so.
    if event_names.contains(&"die") && !figures.iter().any(|f| f.measure == "deaths" || f.measure == "casualties") {
        let singular = all.iter().any(|(_, w)| matches!(*w, "starb" | "stirbt" | "kam" | "ist" | "died" | "dies"))
            || all.iter().any(|(_, w)| *w == "was");
        let one = all.iter().any(|(_, w)| matches!(*w, "ein" | "eine" | "einer" | "a" | "an" | "one"));
        let plural_figure = claim.quantities.iter().any(|q| q.unit.as_deref() != Some("years_old"));
        if singular && one && !plural_figure {
            figures.push(Figure {
                context: Vec::new(),
                part: None,
                owner: None,
                exact: false,
                measure: "deaths".into(),
                quantity: Quantity {
                    value_min: Some(1.0),
                    value_max: Some(1.0),
                    qualifier: Qualifier::Exact,
                    unit: Some("dead".into()),
                    ..Quantity::default()
                },
            });
        }
    }

    let mut word_keys: Vec<(usize, usize, Key)> = Vec::with_capacity(all.len());
    let mut stems: Vec<Rc<str>> = Vec::with_capacity(all.len());
    for t in toks.iter().filter(|t| t.kind == TokenKind::Word) {
        if let Some((key, word)) = keyer.key_and_word(t.folded()) {
            word_keys.push((t.start, t.end, key));
            stems.push(word);
        }
    }
    crate::sort::dedup_sort(&mut stems);
    let speakers: &[String] = claim.attribution.as_ref().map_or(&[], |a| &a.entities);
    let mut actors: Vec<String> = claim
        .entities
        .iter()
        .filter(|e| matches!(e.kind, crate::report::EntityKind::Person | crate::report::EntityKind::Organization))
        .filter(|e| !speakers.contains(&e.id))
        .filter_map(|e| party::of_entity(&e.id, e.kind).map(|p| p.id))
        .collect();
    crate::sort::sort_dedup(&mut actors);
    let mut parties: Vec<String> =
        claim.entities.iter().map(|e| party::of_entity(&e.id, e.kind).map_or_else(|| e.id.clone(), |p| p.id)).collect();
    crate::sort::sort_dedup(&mut parties);
    let mut entities: Vec<String> = claim.entities.iter().map(|e| e.id.clone()).collect();
    crate::sort::sort_dedup(&mut entities);
    let places = towns(toks, &claim.entities);
    let speaker = speaker(claim, party.as_ref());
    crate::sort::sort_dedup(&mut about);
    crate::sort::dedup_sort(&mut predicate_keys);
    Statement {
        lang,
        party,
        acts,
        events,
        topics,
        figures,
        negated: negated && !denied,
        denied,
        stems,
        word_keys,
        entities,
        actors,
        parties,
        sole,
        helped,
        context,
        timed: claim.times.iter().any(|t| t.from.is_some() || t.to.is_some()),
        complete: complete(&words, claim),
        places,
        names: names(toks, &claim.entities),
        nominal,
        speaker,
        about,
        predicate_keys,
    }
}

/// A figure's measure and quantity in units both languages share: a
/// count's noun by its key (`Flughäfen` and `Flughafen` are one), areas in
/// hectares and acres in km² (`9.500 Hektar`, `23,707 acres`).
fn in_common_units(m: String, q: &Quantity, keyer: &Keyer) -> (String, Quantity) {
    let Some(noun) = m.strip_prefix("count:") else { return (m, q.clone()) };
    // (Given as written: an area in hectares or acres says nothing of
    // which fire or field it is.)
    // An exact figure keeps the precision it was given in (`4.200 Hektar`
    // stands for 4.150 to 4.250 ha), as a range of km².
    if let Some(per_km2) = predicates::area_unit(noun) {
        let mut q = q.clone();
        if q.qualifier == Qualifier::Exact {
            if let Some((lo, hi)) = crate::compare::interval(&q) {
                (q.value_min, q.value_max, q.qualifier) = (Some(lo), Some(hi), Qualifier::Range);
            }
        }
        q.value_min = q.value_min.map(|v| v / per_km2);
        q.value_max = q.value_max.map(|v| v / per_km2);
        q.unit = Some("km2".into());
        return ("count:km2".into(), q);
    }
    let key = keyer.key_and_word(noun).map_or_else(|| noun.into(), |(_, w)| w);
    (crate::join::cat(&["count:", &key]), q.clone())
}

/// How many words of its clause on either side of a figure say what it is
/// of ([`clause_context`]).
const CONTEXT_WORDS: usize = 12;

/// The part of a whole a figure counts ([`Figure::part`]), from the words
/// of its clause: up to twelve before it and six after.
fn part_of(q: &Quantity, toks: &[Token]) -> Option<String> {
    // (Tokens come sorted by start: searched, not scanned, per figure.)
    let at = toks.partition_point(|t| t.start < q.start);
    let end = toks.partition_point(|t| t.start < q.end);
    let clause = |t: &&Token| !(t.kind == TokenKind::Punct && matches!(t.text, "," | ";" | ":" | "." | "–" | "—"));
    let before: Vec<&Token> = toks[..at].iter().rev().take_while(clause).take(12).collect();
    let after: Vec<&Token> = toks[end..].iter().take_while(clause).take(6).collect();
    for window in [&before[..], &after[..]] {
        let words: Vec<&str> = window.iter().map(|t| t.lower.as_ref()).collect();
        if let Some(p) = predicates::part_marker(&words, window == &before[..]) {
            return Some(p);
        }
    }
    None
}

/// A part followed by more of the same (`alle 242 Menschen an Bord sowie
/// weitere Menschen an der Absturzstelle`, `and others on the ground`)
/// says the whole is more than the part: that lower bound of the whole, as
/// a figure of its own beside the part.
fn whole_beyond(quantity: &Quantity, q: &Quantity, toks: &[Token]) -> Option<Quantity> {
    let from = toks.partition_point(|t| t.start < q.end);
    let after: Vec<&str> = toks[from..].iter().take(8).map(|t| t.lower.as_ref()).collect();
    let more = after
        .windows(2)
        .any(|w| matches!((w[0], w[1]), ("sowie" | "und" | "plus", "weitere") | ("and", "others") | ("as", "well")));
    (more && quantity.qualifier == Qualifier::Exact).then(|| Quantity {
        qualifier: Qualifier::MoreThan,
        value_max: None,
        ..quantity.clone()
    })
}

/// The keys of the content words of the clause a figure stands in, but
/// for its own words ([`Figure::context`]). Nouns count: a name
/// (`Palisades`, `Trzaskowski`) or a specific noun (`Arbeitskostenentlastung`)
/// says which figure it is. (Only verbs, adjectives and participles were
/// tried; on the dev stories they found fewer right links and no fewer
/// wrong ones.)
fn clause_context(q: &Quantity, toks: &[Token], cls: &[Clause], keyer: &Keyer) -> Vec<Rc<str>> {
    // The clause holding the first word at or after the figure, found by
    // search (clauses and their words come in token order), and of it the
    // words near the figure: a long clause with many figures stays linear.
    let at = toks.partition_point(|t| t.start < q.start);
    let k = cls.partition_point(|c| c.words.last().is_some_and(|(i, _)| *i < at));
    let Some(clause) = cls.get(k) else { return Vec::new() };
    let w = clause.words.partition_point(|(i, _)| *i < at);
    let near = &clause.words[w.saturating_sub(CONTEXT_WORDS)..(w + CONTEXT_WORDS).min(clause.words.len())];
    let mut keys: Vec<Rc<str>> = near
        .iter()
        .filter(|(i, _)| toks[*i].end <= q.start || toks[*i].start >= q.end)
        .filter_map(|(_, w)| keyer.key_and_word(w).map(|(_, k)| k))
        .collect();
    crate::sort::dedup_sort(&mut keys);
    keys
}

/// Who speaks ([`Statement::speaker`]).
///
/// Only a person is a speaker of their own: a state or an institution
/// speaks through its people (`Russland bestätigt`, `eine Mitteilung des
/// Kremls` and Putin's words are one statement), so it is no speaker here.
fn speaker(claim: &Claim, party: Option<&Party>) -> Option<String> {
    let person = |id: &String| claim.entities.iter().any(|e| &e.id == id && e.kind == EntityKind::Person);
    if let Some(a) = &claim.attribution {
        return a.entities.iter().find(|id| person(id)).cloned();
    }
    let party = party?;
    claim
        .entities
        .iter()
        .find(|e| e.kind == EntityKind::Person && party::of_entity(&e.id, e.kind).as_ref() == Some(party))
        .map(|e| e.id.clone())
}

/// The capitalized words of a claim, outside the states it names, keyed as
/// towns are ([`Statement::names`]). A sentence's first word counts too
/// (`Bosch plans to cut …`): the function words that open sentences are on
/// the lexicon's lists.
fn names(toks: &[Token], entities: &[crate::report::Entity]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // The states, by start (entities come sorted by start): one pointer
    // walks them beside the tokens, so a long claim stays linear.
    let states: Vec<&crate::report::Entity> =
        entities.iter().filter(|e| e.kind == crate::report::EntityKind::State).collect();
    let mut next_state = 0;
    for t in toks.iter().filter(|t| t.kind == TokenKind::Word) {
        // A state is named by its entity, in any language and at half
        // weight (`Deutschland`, `Germany`); a person's written name counts
        // as written too (`Nikos Papadakis` is a name entity in one report
        // and two capitalized words in another).
        while next_state < states.len() && states[next_state].end <= t.start {
            next_state += 1;
        }
        let named = states[next_state..].iter().take_while(|e| e.start <= t.start).any(|e| t.end <= e.end);
        // (Months carry flags of their own, so `lex` rules them out, as it
        // does the function words that open sentences: `The`, `Die`.)
        let weekday = crate::lexicon::calendar::is_weekday_name(t.folded());
        if named || weekday || !t.is_capitalized() || t.lex != 0 {
            continue;
        }
        // A number word opening a sentence (`Three people were injured`)
        // is no name.
        let number = [Lang::De, Lang::En].iter().any(|&l| crate::extract::quantity::number_word(&t.lower, l).is_some());
        // Keyed as town names and transliterated names are: `Schwaebisch`
        // is `Schwäbisch`, `Worobjow` is `Vorobyov`.
        if t.text.chars().count() >= 3 && !number {
            out.push(name_key(&t.lower));
        }
    }
    crate::sort::sort_dedup(&mut out);
    out
}

/// The towns a claim names after a place preposition, by key: a single
/// capitalized word or a run of up to three, after at most four lowercase
/// words (`im baden-württembergischen Schwäbisch Gmünd`, `in the flooded
/// town of Reichertshofen`), with the shape of a town's name
/// ([`places::is_town_name`]); after `near`/`nahe`/`outside`, or after a
/// noun that says it is a town (`in der Stadt Wajima`, `in the city of
/// Wajima`), any name. Punctuation ends the phrase. Right after an article
/// (or `im`, `in dem`) a word of a town's shape is a noun: `in der
/// Innenstadt`, `im Pflegeheim`. A place the gazetteer knows is an entity
/// already, by one id in both languages (`Kiew`, `Kyiv`), and is left to
/// it: two spellings must not read as two towns.
fn towns(toks: &[Token], entities: &[crate::report::Entity]) -> Vec<String> {
    let word = |t: &Token| t.kind == TokenKind::Word;
    let mut out = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        let near = matches!(t.text, "near" | "nahe" | "outside");
        if !(near || matches!(&*t.lower, "in" | "im" | "bei")) {
            continue;
        }
        let mut j = k + 1;
        while j < toks.len() && j <= k + 4 && word(&toks[j]) && !toks[j].is_capitalized() {
            j += 1;
        }
        let skipped = j - (k + 1);
        let mut run: Vec<&str> =
            toks[j..].iter().take(3).take_while(|t| word(t) && t.is_capitalized()).map(|t| t.text).collect();
        // `in der Stadt Wajima`: the noun before the name is no part of it.
        let mut at = j;
        let town_noun = |k: usize| places::is_town_noun(toks[k].folded());
        let named_town = if run.len() >= 2 && town_noun(j) {
            run.remove(0);
            at += 1;
            true
        } else {
            // `in the capital Kyiv`, `in the city of Wajima`.
            skipped > 0 && (town_noun(j - 1) || (skipped >= 2 && toks[j - 1].lower == "of" && town_noun(j - 2)))
        };
        // (Entities come sorted by start: a search, not a scan per
        // preposition, which made one long sentence quadratic.)
        if run.is_empty() || entities.binary_search_by_key(&toks[at].start, |e| e.start).is_ok() {
            continue;
        }
        let after_article = if skipped == 0 { &*t.lower == "im" } else { places::is_article(toks[j - 1].folded()) };
        if named_town || (!after_article && ((near && skipped == 0) || places::is_town_name(&run))) {
            let key = places::key(&crate::join::join(&mut run.iter().copied(), " "));
            if !out.contains(&key) {
                out.push(key);
            }
        }
    }
    out
}

/// Whether a claim states its event as complete: a completeness word, or a
/// named region with no word for a part of it.
fn complete(words: &[&str], claim: &Claim) -> bool {
    let whole = words.iter().any(|w| {
        *w == "last"
            || ["vollständig", "komplett", "gänzlich", "complete", "fully", "entire", "letzte"]
                .iter()
                .any(|p| same_first_byte(w, p) && w.starts_with(p))
    });
    if whole {
        return true;
    }
    // Without a named region, a part of it cannot be named either.
    if !claim.entities.iter().any(|e| e.kind == crate::report::EntityKind::Place) {
        return false;
    }
    let part = words.iter().any(|w| {
        ["gebiete", "gebieten", "teile", "teilen", "dörfer", "dörfern"].iter().any(|p| w.ends_with(p))
            || matches!(*w, "teil" | "areas" | "parts" | "part" | "territory" | "territories" | "villages")
    });
    !part
}

/// Whether `w` and `p` start with the same byte: a cheap test in front of
/// `starts_with` for word lists tried on every word of a claim.
fn same_first_byte(w: &str, p: &str) -> bool {
    w.as_bytes().first() == p.as_bytes().first()
}

/// `nach südkoreanischen Angaben`, `laut russischen Informationen`: a
/// state's word for a source the attribution did not take as one.
fn by_state(claim: &Claim, words: &[(usize, &str)], toks: &[crate::doc::token::Token]) -> Option<Party> {
    let source_noun = |w: &str| {
        ["angaben", "informationen", "erkenntnissen", "schätzungen", "estimates", "figures"]
            .iter()
            .any(|n| w.ends_with(n))
    };
    words.windows(3).find_map(|w| {
        let [(_, cue), (adj, _), (_, noun)] = w else { return None };
        if !matches!(*cue, "nach" | "laut" | "zufolge") || !source_noun(noun) {
            return None;
        }
        let at = toks[*adj].start;
        claim
            .entities
            .iter()
            .find(|e| e.start == at && e.kind == crate::report::EntityKind::State)
            .and_then(|e| party::of_entity(&e.id, e.kind))
    })
}

/// The person whose intention a claim reports (`Merz will zügig eine
/// Regierung bilden`, `Merz plans to …`): the person named before the
/// verb of intent. Not English `will`, which is the future, told by
/// whoever the report cites.
fn intender(
    claim: &Claim,
    lang: Option<Lang>,
    words: &[(usize, &str)],
    toks: &[crate::doc::token::Token],
) -> Option<Party> {
    let (at, _) = words.iter().find(|(_, w)| {
        matches!(*w, "will" | "wollen" | "plant" | "planen" | "beabsichtigt" | "wants" | "plans" | "intends")
            && (*w != "will" || lang == Some(Lang::De))
    })?;
    let at = toks[*at].start;
    claim
        .entities
        .iter()
        .rev()
        .find(|e| e.end <= at && e.kind == crate::report::EntityKind::Person)
        .and_then(|e| party::of_entity(&e.id, e.kind))
}

/// The party that performs the act at token `act`: in its clause, the
/// first party when the act word is verb-final (German `Nordkorea hat …
/// bestätigt`), else the nearest before it (`Nordkorea
/// bestätigt …`, `Russia acknowledged …`); without one in the clause, the
/// claim's first party (`Nun ist es offiziell: nordkoreanische Soldaten …`).
fn actor(claim: &Claim, toks: &[crate::doc::token::Token], cls: &[Clause], act: Option<usize>) -> Option<Party> {
    let parties: Vec<(usize, Party)> =
        claim.entities.iter().filter_map(|e| party::of_entity(&e.id, e.kind).map(|p| (e.start, p))).collect();
    let clause = act.and_then(|a| cls.iter().find(|c| c.words.iter().any(|(i, _)| *i == a)));
    if let (Some(a), Some(c)) = (act, clause) {
        let span = toks[c.words[0].0].start..toks[c.words[c.words.len() - 1].0].end;
        let at = toks[a].start;
        let inside: Vec<&(usize, Party)> = parties.iter().filter(|(s, _)| span.contains(s)).collect();
        // Verb-final: the act ends its clause, or an auxiliary comes before
        // it (`Moskau und Pjöngjang hatten … weder bestätigt noch dementiert`).
        let aux = c.words.iter().take_while(|(i, _)| *i < a).any(|(_, w)| {
            matches!(*w, "hat" | "hatte" | "hatten" | "haben" | "ist" | "war" | "wurde" | "wurden" | "wird" | "werden")
        });
        let last = aux || c.words.last().is_some_and(|(i, _)| *i == a);
        let pick = if last { inside.first() } else { inside.iter().rfind(|(s, _)| *s < at) };
        if let Some((_, p)) = pick {
            return Some(p.clone());
        }
    }
    parties.first().map(|(_, p)| p.clone())
}

/// What a figure counts, from its unit and the events of its claim; `None`
/// for figures that say nothing comparable (ages, durations, bare numbers).
pub fn measure(q: &Quantity, events: &[&str], acts: &[&str], claim: &Claim) -> Option<String> {
    let m = counted(q, events, acts, claim)?;
    if m != "injured" {
        return Some(m);
    }
    // `zwölf Menschen schwer verletzt` and `30 Verletzte` count different
    // sets: the gravely injured, or those in hospital, are a part of all.
    Some(match injury_grade(q, claim) {
        Some(grade) => crate::join::cat(&["injured:", grade]),
        None => m,
    })
}

/// The grade of injury a figure of injured people counts (`severe`,
/// `light`, `hospital`), from the words between it and the next figure of
/// its claim (or, when they name none, back to the figure before).
fn injury_grade(q: &Quantity, claim: &Claim) -> Option<&'static str> {
    let at = |pos: usize| pos.saturating_sub(claim.start).min(claim.text.len());
    let start = at(q.start);
    // Within the figure's clause: in `zwei Männer verletzt, einen davon
    // lebensgefährlich` the grade is of one of them.
    let clause_end = |from: usize| claim.text.get(from..).and_then(|r| r.find([',', ';'])).map(|k| from + k);
    let end = at(q.end);
    let next = claim.quantities.iter().map(|o| at(o.start)).filter(|&s| s > start).min().unwrap_or(claim.text.len());
    let next = clause_end(end).map_or(next, |c| c.min(next)).max(end);
    let prev = claim.quantities.iter().map(|o| at(o.end)).filter(|&e| e <= start).max().unwrap_or(0);
    let prev = claim.text.get(..start).and_then(|b| b.rfind([',', ';'])).map_or(prev, |c| c.max(prev));
    // A grade is said of the injury itself: next to `verletzt`/`injured`
    // (`schwer verletzt`, `Schwerverletzte`), or left for it at the end of
    // an elliptic part (`zwölf schwer, 30 leicht verletzt`); a hospital as
    // where they are (`in Krankenhäusern`, `in hospital`). `Bei dem schweren
    // Erdbeben wurden 30 Menschen verletzt` grades the quake, not them.
    let grade_in = |from: usize, to: usize| -> Option<&'static str> {
        let window = claim.text.get(from..to)?.to_lowercase();
        let words: Vec<&str> = window.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let injury = |w: &str| predicates::INJURY_WORDS.iter().any(|p| w.starts_with(p));
        let mut found = None;
        for (k, w) in words.iter().enumerate() {
            let next = words.get(k + 1).copied();
            let Some((_, grade)) = predicates::INJURY_GRADES.iter().find(|(p, _)| w.starts_with(p)) else { continue };
            let said = if *grade == "hospital" {
                k > 0 && matches!(words[k - 1], "in" | "im" | "ins" | "to" | "ein")
                    || w.starts_with("hospitali")
                    || *w == "stationär"
            } else {
                w.contains("verletz")
                    || next.is_none_or(|n| injury(n) || matches!(n, "und" | "oder" | "and" | "or"))
                    || (*w == "critical" && next == Some("condition"))
            };
            if said {
                match found {
                    None => found = Some(*grade),
                    Some(g) if g != *grade => return None,
                    Some(_) => {}
                }
            }
        }
        found
    };
    // Back before the figure only for a bare number (`schwer, 30 leicht`
    // has its grade after it; `30 Verletzte` names what it counts).
    grade_in(start, next).or_else(|| if q.unit.is_none() { grade_in(prev, start) } else { None })
}

/// Whether a figure stands right after a noun, or a noun and `von`/`of`,
/// whose value it is (`der Stärke 6`, `einer Magnitude von 6`, `Kategorie
/// 4`): the nouns of a scale, not any capitalized word (`In Bayern wurden 12
/// verletzt` counts people).
fn follows_noun(q: &Quantity, claim: &Claim) -> bool {
    let before = claim.text.get(..q.start.saturating_sub(claim.start)).unwrap_or("");
    let mut words = before.split_whitespace().rev();
    let mut last = words.next();
    if last.is_some_and(|w| matches!(w, "von" | "of")) {
        last = words.next();
    }
    last.is_some_and(|w| predicates::SCALE_NOUNS.contains(&w.to_lowercase().as_str()))
}

/// The economic rate a percentage is the value of, from the first rate word
/// of its clause before it ([`predicates::RATE_WORDS`], [`rate_named`]):
/// `rate:inflation` (`Die Inflationsrate lag bei 2,3 Prozent`),
/// `rate:energy_prices:down` for a fall (`Energie war um 2,1 Prozent
/// billiger`, `energy prices fell 2.1%`; not the level a rate fell to, `sank
/// auf 2,0 Prozent`), `rate_points:…` for a change in percentage points.
/// `Some(None)` for the value before (`nach 2,0 Prozent im Oktober`, `after
/// 2.0%`, `von 2,0 auf 2,3 Prozent`): it is no value of the rate the claim
/// reports. `None` when no rate word stands before the figure.
fn rate(q: &Quantity, claim: &Claim) -> Option<Option<String>> {
    let at = |pos: usize| pos.saturating_sub(claim.start).min(claim.text.len());
    // From the figure before, if it is in the same clause (`rose to 2.3%
    // and core inflation to 3.0%`).
    // (Quantities come sorted by start: the one before is found by search.)
    let k = claim.quantities.partition_point(|o| o.start < q.start);
    let from = claim.quantities[..k].iter().rev().map(|o| at(o.end)).find(|&e| e <= at(q.start)).unwrap_or(0);
    let before = claim.text.get(from..at(q.start))?;
    let after = claim.text.get(at(q.end)..).unwrap_or("");
    // `preis-, saison- und kalenderbereinigt`: a comma after a cut
    // compound ends no clause.
    let lower = before.to_lowercase().replace("-,", "-");
    fn split(part: &str) -> Vec<&str> {
        let mut words: Vec<&str> = part.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        // `…, während Energie 2,1 Prozent weniger kostete`: a clause of its own.
        if let Some(k) = words.iter().rposition(|w| matches!(*w, "während" | "while" | "whereas")) {
            words.drain(..k);
        }
        words
    }
    let mut parts = lower.rsplit([',', ';', ':']);
    let words = split(parts.next().unwrap_or(""));
    // `Core inflation, which excludes volatile food and energy prices, was
    // 3.0%`: a relative clause stands between the rate and its value.
    let relative = parts.next().map(split);
    let subject = relative
        .filter(|r| r.first().is_some_and(|w| matches!(*w, "which" | "that" | "die" | "der" | "das")))
        .and_then(|_| parts.next().map(split));
    let last = words.last().copied().unwrap_or("");
    let name = rate_named(&words).or_else(|| subject.and_then(|s| rate_named(&s)))?;
    let next = after.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("");
    let from = matches!(last, "von" | "from") && matches!(next, "auf" | "to");
    if matches!(last, "nach" | "after") || from {
        return Some(None);
    }
    // A fall, said before the figure or right after it (`2,1 Prozent
    // weniger`), unless the figure is the level reached (`auf`, `to`,
    // `bei`, `at`).
    // (`Rückgang von 0,3 Prozent`, `a decline of 0.3%`: after a word of
    // falling, `von`/`of` gives its size, not a level.)
    let before_last = words.len().checked_sub(2).and_then(|k| words.get(k)).copied().unwrap_or("");
    let size_of_fall =
        matches!(last, "von" | "of") && predicates::FALL_WORDS.iter().any(|f| before_last.starts_with(f));
    let level = matches!(last, "auf" | "to" | "bei" | "at" | "von" | "of") && !size_of_fall;
    let rest = after.split([',', ';', '.']).next().unwrap_or("").to_lowercase();
    let fall = |w: &str| predicates::FALL_WORDS.iter().any(|f| w.starts_with(f));
    let down =
        !level && (words.iter().any(|w| fall(w)) || rest.split(|c: char| !c.is_alphanumeric()).take(3).any(fall));
    let unit = if q.unit.as_deref() == Some("percentage_points") { "rate_points:" } else { "rate:" };
    // Against what the change is told (`gegenüber dem Vorquartal`, `im
    // Vorjahresvergleich`, `year on year`): two bases are two rates, and a
    // rate told without one is neither (`schrumpft um 0,3 Prozent` may be
    // either).
    let clause = crate::join::cat(&[&words.join(" "), " ", &rest]);
    let base = predicates::RATE_BASES
        .iter()
        .find(|(w, _)| clause.contains(w))
        .map_or_else(|| predicates::default_base(name), |(_, b)| b);
    Some(Some(crate::join::cat(&[unit, name, if down { ":down" } else { "" }, base])))
}

/// The rate the first rate word of a clause names, the longest entry where
/// two start at one word: the subject names the rate, the words after it
/// what it leaves out or what drove it (`Die Kerninflation ohne Energie
/// und Nahrungsmittel`, `Die Inflationsrate sank wegen der Energiepreise`).
fn rate_named(words: &[&str]) -> Option<&'static str> {
    let fits = |entry: &str, w: &str| match entry.strip_suffix('$') {
        Some(whole) => w == whole,
        None => w.starts_with(entry),
    };
    // (start word, entry length, rate)
    let mut best: Option<(usize, usize, &'static str)> = None;
    for &(entry, name) in predicates::RATE_WORDS {
        let parts: Vec<&str> = entry.split(' ').collect();
        let n = parts.len();
        let found = (0..(words.len() + 1).saturating_sub(n)).find(|&k| {
            parts[..n - 1].iter().zip(&words[k..]).all(|(p, w)| p == w) && fits(parts[n - 1], words[k + n - 1])
        });
        if let Some(k) = found {
            if best.is_none_or(|(b, l, _)| k < b || (k == b && entry.len() > l)) {
                best = Some((k, entry.len(), name));
            }
        }
    }
    best.map(|(_, _, name)| name)
}

/// The count a bare number gives when its clause names what is counted
/// (`the number of passengers … at 312,000`, `Die Zahl der Fahrgäste stieg
/// auf 312.000`): `count:<noun>`, or the unit the noun names (`people`).
fn number_of(q: &Quantity, claim: &Claim) -> Option<String> {
    let clause = text_before(q, claim)?.rsplit([',', ';', ':']).next()?.to_lowercase();
    let words: Vec<&str> = clause.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let k = words.windows(2).rposition(|w| matches!(w, ["number" | "zahl", "of" | "der"]))?;
    let noun = *words.get(k + 2)?;
    let unit = crate::extract::quantity::canonical_unit(noun).unwrap_or(noun);
    // Tolls and counts of events are told by their own words above.
    (!matches!(unit, "dead" | "injured" | "soldiers")).then(|| crate::join::cat(&["count:", unit]))
}

/// The key of a written name (lowercase), as both languages spell it:
/// umlauts as towns are keyed ([`places::key`]: `Schwaebisch` is
/// `Schwäbisch`), transliterations as names are
/// ([`crate::lexicon::spelling::key`]: `Worobjow` is `Vorobyov`).
fn name_key(lower: &str) -> String {
    crate::lexicon::spelling::key(&places::key(lower))
}

/// The claim's text before a figure, at most [`TEXT_BEFORE_BYTES`] of it
/// (cut at a character): what is read per figure stays bounded on a long
/// claim with many figures.
fn text_before<'c>(q: &Quantity, claim: &'c Claim) -> Option<&'c str> {
    let at = q.start.saturating_sub(claim.start).min(claim.text.len());
    let mut from = at.saturating_sub(TEXT_BEFORE_BYTES);
    while !claim.text.is_char_boundary(from) {
        from += 1;
    }
    claim.text.get(from..at)
}

/// How much text before a figure says whose it is or what it counts.
const TEXT_BEFORE_BYTES: usize = 240;

/// Whose share a percentage is when no party the gazetteer knows is
/// named: the capitalized word nearest before it in its clause, keyed as
/// names are (`erhielt Karol Nawrocki 50,89 Prozent`, `Nawrocki won 50.89%`
/// → `nawrocki`; `die Kandidatin Maria Lindqvist 30,5 Prozent` →
/// `lindqvist`). A German noun there (`im Rennen`) makes an owner no other
/// report gives, so at worst a link is missed, never a wrong one made.
fn share_owner(q: &Quantity, claim: &Claim) -> Option<String> {
    let clause = text_before(q, claim)?.rsplit([',', ';', ':', '–', '—']).next()?;
    let owner = clause
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .rev()
        .filter(|w| w.chars().count() >= 3)
        .find(|w| w.chars().next().is_some_and(char::is_uppercase) && words::flags(&w.to_lowercase()) == 0)?;
    Some(name_key(&owner.to_lowercase()))
}

/// What a figure counts before the grade of an injury is told apart.
fn counted(q: &Quantity, events: &[&str], acts: &[&str], claim: &Claim) -> Option<String> {
    let has = |c: &str| events.contains(&c);
    let Some(unit) = q.unit.as_deref() else {
        // A bare number (`auf mindestens vier gestiegen`, `zwölf schwer, 30
        // leicht verletzt`) counts what the sentence's one countable event
        // counts, unless it cannot be a count (`6,1`) or is the value of
        // the noun before it (`der Stärke 6`, `eine Stärke von 6`).
        let whole = |v: Option<f64>| v.is_none_or(|v| v.fract() == 0.0);
        // With two countable events (`killed at least 51 … dozens of
        // missing`), which one a bare number counts is not known.
        let two_counts = (has("die") || has("injure")) && (has("evacuate") || has("missing"));
        if !whole(q.value_min) || !whole(q.value_max) || follows_noun(q, claim) || two_counts {
            return None;
        }
        return match (has("die"), has("injure")) {
            (true, true) => Some("casualties".into()),
            (true, false) => Some("deaths".into()),
            (false, true) => Some("injured".into()),
            _ if has("evacuate") => Some("evacuated".into()),
            _ if has("missing") => Some("missing".into()),
            // `put the number of passengers … at 312,000`, `die Zahl der
            // Fahrgäste lag bei 312.000`: a count of the noun named.
            _ => number_of(q, claim),
        };
    };
    let unit = match unit {
        "years_old" | "hours" | "days" | "weeks" | "months" | "years" | "m" | "km" => return None,
        u if crate::extract::quantity::canonical_unit(u).is_none()
            && !matches!(
                u,
                "soldiers"
                    | "dead"
                    | "injured"
                    | "people"
                    | "helpers"
                    | "litres"
                    | "districts"
                    | "km2"
                    | "percent"
                    | "percentage_points"
                    | "EUR"
                    | "USD"
                    | "tonnes"
            ) =>
        {
            // An unknown noun: a soldier word is troops, a helper word
            // helpers, also with the words before it (`20,000 emergency
            // workers`: the noun alone is `workers`).
            let words = q.text.to_lowercase();
            let after_number = words.split_whitespace().skip_while(|w| !w.bytes().any(|b| b.is_ascii_digit())).skip(1);
            let phrase = crate::join::join(&mut after_number.into_iter(), " ");
            match predicates::lookup(u).or_else(|| predicates::lookup(&phrase)) {
                Some(("soldier", _)) => "soldiers",
                Some(("helpers", _)) => "helpers",
                _ => return Some(crate::join::cat(&["count:", u])),
            }
        }
        u => u,
    };
    let casualty = |dead: bool, hurt: bool| -> Option<String> {
        Some(
            match (dead, hurt) {
                (true, true) => "casualties",
                (true, false) => "deaths",
                (false, true) => "injured",
                _ => return None,
            }
            .to_string(),
        )
    };
    Some(match unit {
        "soldiers" => casualty(has("die"), has("injure")).unwrap_or_else(|| "troops".into()),
        "dead" => casualty(true, has("injure"))?,
        "injured" => casualty(has("die"), true)?,
        "people" => match casualty(has("die"), has("injure")) {
            Some(m) => m,
            None if has("evacuate") => "evacuated".into(),
            None if has("missing") => "missing".into(),
            None if has("rescue") => "rescued".into(),
            // People no event of the claim explains (`around 312,000
            // passengers`): a count as written.
            None => "count:people".into(),
        },
        "helpers" => "helpers".into(),
        // A sum counts what the claim's one act or event is about (`fordert
        // 750 Euro`, `bietet 250 Euro`): a demand and an offer are two sums.
        "EUR" | "USD" => {
            let mut about = events.iter().chain(acts);
            match (about.next(), about.next()) {
                (Some(what), None) => crate::join::cat(&[unit, ":", what]),
                // What the sum is of, no event says: a sum as written.
                _ => crate::join::cat(&["amount:", unit]),
            }
        }
        "km2" => "area".into(),
        "districts" => "districts".into(),
        // `129 Liter binnen 24 Stunden`: the amount of rain, when it rains.
        "litres" if has("rain") => "rainfall".into(),
        "percent" | "percentage_points" => {
            // An economic rate's value, or the value before it: no share.
            if let Some(rate) = rate(q, claim) {
                return rate;
            }
            // A vote share belongs to the party nearest before the figure,
            // and turnout, the one share that is no party's, when it is
            // named nearer (`bei einer Wahlbeteiligung von 68 Prozent holte
            // die CDU 30 Prozent`).
            let before = claim.text.get(..q.start.saturating_sub(claim.start)).unwrap_or("").to_lowercase();
            let turnout = predicates::TURNOUT_WORDS.iter().filter_map(|w| before.rfind(w)).max();
            let org = |e: &&crate::report::Entity| e.kind == crate::report::EntityKind::Organization;
            let nearest = claim.entities.iter().filter(org).filter(|e| e.end <= q.start).max_by_key(|e| e.end);
            if turnout.is_some_and(|t| nearest.is_none_or(|e| claim.start + t >= e.end)) {
                return Some(crate::join::cat(&[unit, ":turnout"]));
            }
            match nearest.or_else(|| claim.entities.iter().find(org)) {
                Some(party) => crate::join::cat(&[unit, ":", &party.id]),
                // Whose share it is the figure does not say (`Nawrocki
                // erhielt 50,89 Prozent`: a person the gazetteer does not
                // know): a share as written.
                None if unit == "percent" => "share".into(),
                None => return None,
            }
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, ArticleInput, Options};

    #[test]
    fn compound_parts_from_the_fourth_character_while_five_remain() {
        let parts: Vec<&str> = compound_parts("truppenentsendung").collect();
        assert_eq!(parts.first(), Some(&"ppenentsendung"));
        assert_eq!(parts.last(), Some(&"ndung"));
        assert_eq!(parts.len(), 10);
        // Characters, not bytes: `ä` and `ü` count once.
        assert_eq!(compound_parts("rückeroberung").next(), Some("keroberung"));
        assert_eq!(compound_parts("gerätschaft").last(), Some("chaft"));
        assert_eq!(compound_parts("acht1234").collect::<Vec<_>>(), ["t1234"]);
        assert_eq!(compound_parts("sieben7").count(), 0);
    }

    fn statement(text: &str) -> Statement {
        let r = analyze(&[ArticleInput::text(text).published("2025-04-28")], &Options::default()).unwrap();
        let all = of_claims(&r.articles, &r.claims);
        all.into_iter().next().unwrap()
    }

    /// `of_claims` reads a report, whose offsets are UTF-16: umlauts and
    /// „quotes“ before a figure must not shift what is read around it.
    #[test]
    fn a_report_is_read_by_bytes_of_its_text() {
        let s = statement("Bei dem „schweren“ Beben der Stärke 6 in Çanakkale starben 14 Menschen.");
        let deaths: Vec<&str> =
            s.figures.iter().filter(|f| f.measure == "deaths").map(|f| f.quantity.text.as_str()).collect();
        assert_eq!(deaths, ["14 Menschen"], "{:?}", s.figures);
        let s = statement("Bei dem Unglück in Göttingen, Nürnberg und Würzburg wurden 12 Menschen schwer verletzt.");
        assert_eq!(s.figures.iter().map(|f| f.measure.as_str()).collect::<Vec<_>>(), ["injured:severe"]);
    }

    /// Word beginnings must not name events inside other words: a town,
    /// a water level and a turnout state no rain, vote result or
    /// deployment; a compound ending in a whole-word entry still does.
    #[test]
    fn events_are_not_read_into_names_and_levels() {
        let s = statement("Die Donau erreichte in Regensburg am Montag einen Pegel von 5,80 Metern.");
        assert!(s.events.is_empty(), "{:?}", s.events);
        let s =
            statement("Die Wahlbeteiligung lag bei 82,5 Prozent, so hoch wie seit der Wiedervereinigung nicht mehr.");
        assert!(!s.has_event("deploy"), "{:?}", s.events);
        let s = statement("Heftiger Starkregen überflutete am Sonntag die Altstadt.");
        assert!(s.has_event("rain"), "{:?}", s.events);
        let s = statement("Die Grünen erreichen 11,6 Prozent.");
        assert!(s.has_event("vote_result"), "{:?}", s.events);
        // Verbs that look like the lexicon's nouns, and shares of no election.
        for text in [
            "In Passau schließen am Montag die Schulen.",
            "Die Grünen regen eine Reform des Katastrophenschutzes an.",
            "Die Ukraine gewann 40 Prozent des Gebiets zurück.",
            "Die Ukraine erhielt 40 Prozent der zugesagten Munition.",
            "Die Behörden schlossen aus Sorge vor dem Hochwasser die Schulen.",
        ] {
            let s = statement(text);
            let wrong = ["sign", "rain", "vote_result", "win", "rule_out"];
            assert!(!s.events.iter().any(|(c, _)| wrong.contains(c)), "{text}: {:?}", s.events);
        }
        let s = statement("Eine Zusammenarbeit mit der AfD schloss Merz erneut aus.");
        assert!(s.has_event("rule_out"), "{:?}", s.events);
    }

    #[test]
    fn casualties_are_not_troops() {
        let s = statement("Laut südkoreanischen Angaben wurden rund 4.000 Soldaten getötet oder verletzt.");
        assert_eq!(s.figures[0].measure, "casualties");
        let s = statement("Nordkorea hat etwa 10.000 Soldaten nach Russland entsandt.");
        assert_eq!(s.figures[0].measure, "troops");
    }

    #[test]
    fn relative_clauses_are_background() {
        let s = statement(
            "Die Entsendung erfolgte im Rahmen eines Abkommens, das beide im Juni 2024 unterzeichnet hatten.",
        );
        assert!(!s.has_event("sign"), "{:?}", s.events);
        assert!(s.context.contains(&"sign"), "{:?}", s.context);
    }

    /// What a sentence asserts is its verb's: the nouns of its subject and
    /// of its prepositional phrases are what it is about (the deployment
    /// `erfolgte im Rahmen eines Abkommens`: neither is asserted), unless
    /// the clause has no verb of its own (`im Einsatz sein`) or says them
    /// (`bestätigte den Einsatz`, `informierte über die Rückeroberung`).
    #[test]
    fn nouns_in_arguments_are_what_a_clause_is_about() {
        let s = statement("Die Entsendung erfolgte im Rahmen eines Abkommens mit Russland.");
        assert!(s.events.is_empty(), "{:?}", s.events);
        assert!(s.context.contains(&"deploy") && s.context.contains(&"treaty"), "{:?}", s.context);
        let s = statement("Rafal Trzaskowski hat seinem Rivalen Karol Nawrocki zum Wahlsieg gratuliert.");
        assert!(!s.has_event("win"), "{:?}", s.events);
        for (text, event) in [
            ("Die Soldaten sollen in der Region Kursk im Einsatz sein.", "deploy"),
            ("Auch Russlands Militärführung hatte am Samstag zum ersten Mal den Einsatz bestätigt.", "deploy"),
            ("Gerassimow habe Putin am Samstag über die Rückeroberung der Region Kursk informiert.", "recapture"),
        ] {
            assert!(statement(text).has_event(event), "{text}: {:?}", statement(text).events);
        }
    }

    #[test]
    fn a_denial_negates_what_it_denies_not_what_the_denier_asserts() {
        let s = statement("Die Armee hat die Stadt zurückerobert, was Kiew umgehend bestritt.");
        assert_eq!(s.polarity("recapture"), Some(false));
        let s = statement("Kyiv has denied the claim and said its troops were still fighting there.");
        assert_eq!(s.polarity("recapture"), Some(false));
    }

    #[test]
    fn an_actor_speaks_for_its_state() {
        let s = statement("Nordkorea hat erstmals die Entsendung von Truppen nach Russland bestätigt.");
        assert_eq!(s.party.map(|p| p.id), Some("north_korea".to_string()));
        assert_eq!(s.acts, ["confirm"]);
    }
}
