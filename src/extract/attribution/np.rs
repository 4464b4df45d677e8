//! Noun phrases of sources: the small state machine that reads the phrase a
//! cue governs, forward (`laut dem Ministerium`, `said the ministry`) or
//! backward (`Kiew bestritt`, `dem Ministerium zufolge`), with the word
//! classes it needs (determiners, adverbs, function words).

use super::*;

/// The most words a clause read backward or forward from a verb may have:
/// every such read is bounded, so a sentence of thousands of words with a
/// verb in every clause is still read in linear time.
pub(super) const CLAUSE_REACH: usize = 40;

/// Whether a word after a comma opens an aside between a subject and its
/// verb: a relative pronoun (`der`, `dessen`, `who`; the lexicon's list), an
/// English participle (`speaking`, `citing`) or an English apposition's
/// article (`Marta Quell, a nurse at the clinic, told …`).
pub(super) fn opens_aside(w: &str, t: &Token, lang: Lang) -> bool {
    t.is(crate::lexicon::words::RELATIVE)
        || (lang == Lang::En && !t.is_capitalized() && w.ends_with("ing") && w.len() > 5)
        || (lang == Lang::En && matches!(w, "a" | "an" | "the"))
}

pub(super) fn first_word(toks: &[Token]) -> usize {
    (0..toks.len()).find(|&i| !toks[i].quoted && toks[i].kind == TokenKind::Word).unwrap_or(toks.len())
}

pub(super) fn is_adverb(w: &str) -> bool {
    packed::contains(ADVERBS, w)
}

crate::packed_table!(
    /// Adverbs and auxiliaries that may stand between a source and its verb.
    pub(super) ADVERBS,
    "\
again
already
also
auch
bereits
bislang
categorically
dagegen
ebenfalls
entschieden
erneut
firmly
flatly
had
has
have
herself
himself
immediately
inzwischen
itself
jedoch
later
lediglich
nun
officially
previously
promptly
publicly
quickly
repeatedly
selbst
sofort
stets
strongly
swiftly
themselves
umgehend
vehement
weiter
wiederholt
zuvor"
);

/// Words that open a German sentence capitalized without being nouns.
pub(super) fn is_capitalized_function_word(w: &str) -> bool {
    packed::contains(CAPITALIZED_FUNCTION_WORDS, w)
}

crate::packed_table!(
    /// Words that open a German sentence capitalized without being nouns (lowercased).
    pub(super) CAPITALIZED_FUNCTION_WORDS,
    "\
aber
after
aktuell
allerdings
also
am
an
and
angesichts
anschließend
as
at
auch
auf
aus
außerdem
bei
bereits
bisher
bislang
but
dabei
daher
damals
dann
darum
darüber
demnach
denn
dennoch
derzeit
deshalb
doch
dort
earlier
ebenfalls
er
erst
es
even
für
gestern
gleichzeitig
heute
hier
however
ich
im
immerhin
in
inzwischen
it
jedoch
jetzt
kürzlich
laut
man
meanwhile
mit
mittlerweile
nach
neben
noch
nun
nur
oder
offenbar
on
plötzlich
schließlich
schon
seit
seitdem
seither
selbst
sie
so
sogar
später
tatsächlich
they
trotzdem
und
unter
ursprünglich
von
vor
vorübergehend
we
wegen
weiter
while
wir
während
zeitweise
zudem
zuerst
zuletzt
zum
zunächst
zur
zusätzlich
zuvor
über"
);

pub(super) fn is_person_pronoun(w: &str) -> bool {
    matches!(w, "er" | "sie" | "he" | "she")
}

pub(super) fn is_pointer_pronoun(w: &str) -> bool {
    matches!(w, "das" | "dies" | "this" | "that" | "es" | "it")
}

/// English nouns a contact clause hangs on (`a claim the leader rejected`).
pub(super) fn is_claim_noun(w: &str) -> bool {
    matches!(w, "claim" | "charge" | "accusation" | "allegation" | "assertion")
}

pub(super) fn is_determiner(w: &str) -> bool {
    packed::contains(DETERMINERS, w)
}

crate::packed_table!(
    /// Articles, German and English.
    pub(super) DETERMINERS,
    "\
a
an
das
dem
den
der
des
die
ein
eine
einem
einen
einer
eines
the"
);

/// Lowercase words that never sit inside a source phrase.
pub(super) fn is_function_word(w: &str) -> bool {
    packed::contains(FUNCTION_WORDS, w)
}

crate::packed_table!(
    /// Lowercase words that never sit inside a source phrase.
    pub(super) FUNCTION_WORDS,
    "\
after
also
and
are
as
at
be
been
before
but
by
can
cited
could
denied
did
do
does
for
from
had
has
have
he
her
his
if
in
is
it
its
not
on
or
our
reported
said
says
she
so
than
that
their
then
there
these
they
this
those
to
told
was
we
were
when
which
while
who
will
with
would"
);

/// Noun-phrase reading over one sentence's tokens.
pub(super) struct Np<'a> {
    pub(super) toks: &'a [Token<'a>],
    /// Sorted by start (as `entity::find_all` gives them): searched by
    /// bisection, since a long sentence can hold thousands.
    pub(super) ents: &'a [Entity],
    pub(super) lang: Lang,
    /// How many words open the sentence that are pointer pronouns (`Das`,
    /// `es`), and pointer pronouns or `weiter`: counted once, not per cue.
    pub(super) pointers: usize,
    pub(super) pointers_or_weiter: usize,
}

impl Np<'_> {
    pub(super) fn word(&self, i: usize) -> Option<&str> {
        (i < self.toks.len() && !self.toks[i].quoted && matches!(self.toks[i].kind, TokenKind::Word | TokenKind::Mixed))
            .then(|| self.toks[i].lower.as_ref())
    }

    /// A capitalized word that can be a noun (`Generalstab`, `71-Jährige`),
    /// not a capitalized adverb or preposition (`Nun`, `Am`).
    pub(super) fn capitalized(&self, i: usize) -> bool {
        let Some(w) = self.word(i) else { return false };
        let t = &self.toks[i];
        let cap = t.is_capitalized()
            || (t.kind == TokenKind::Mixed
                && t.text.rsplit('-').next().is_some_and(|p| p.chars().next().is_some_and(char::is_uppercase)));
        cap && !is_capitalized_function_word(w)
    }

    /// A lowercase word that can stand before a noun.
    pub(super) fn adjective(&self, i: usize) -> bool {
        let Some(w) = self.word(i) else { return false };
        if self.toks[i].is_capitalized() || is_determiner(w) {
            return false;
        }
        match self.lang {
            Lang::De => {
                w.chars().count() >= 4
                    && ["e", "en", "er", "es", "em"].iter().any(|e| w.ends_with(e))
                    && !packed::contains(DE_NON_ADJECTIVES, w)
            }
            Lang::En => !is_function_word(w) && !w.ends_with("ly"),
        }
    }

    pub(super) fn is_entity_start(&self, i: usize) -> bool {
        debug_assert!(self.ents.windows(2).all(|w| w[0].start <= w[1].start), "entities sorted by start");
        i < self.toks.len() && self.ents.binary_search_by_key(&self.toks[i].start, |e| e.start).is_ok()
    }

    pub(super) fn has_entity(&self, r: (usize, usize)) -> bool {
        let (a, b) = (self.toks[r.0].start, self.toks[r.1 - 1].end);
        let from = self.ents.partition_point(|e| e.start < a);
        self.ents[from..].iter().take_while(|e| e.start < b).any(|e| e.end <= b)
    }

    /// How many words at the start of the sentence satisfy `f`.
    pub(super) fn leading(&self, f: impl Fn(&str) -> bool) -> usize {
        (0..self.toks.len()).find(|&k| !self.word(k).is_some_and(&f)).unwrap_or(self.toks.len())
    }

    /// Whether a noun phrase can start at `i`.
    pub(super) fn starts_np(&self, i: usize) -> bool {
        self.word(i).is_some_and(is_determiner)
            || self.capitalized(i)
            || self.adjective(i)
            || self.title_from(i).is_some()
    }

    /// A title in quotation marks opening at `open` (`„New York Times“`,
    /// `"Spiegel"`): one to five words, the first capitalized, between two
    /// marks. The noun-phrase reader skips quoted words (a quotation is no
    /// source), but a newspaper's name is one. Returns the end, past the
    /// closing mark.
    pub(super) fn title_from(&self, open: usize) -> Option<usize> {
        let t = self.toks.get(open)?;
        let first = self.toks.get(open + 1)?;
        if t.kind != TokenKind::Punct
            || !is_quote_mark(t.text)
            || first.kind != TokenKind::Word
            || !first.is_capitalized()
        {
            return None;
        }
        let close = (open + 2..(open + 7).min(self.toks.len())).find(|&k| self.toks[k].kind == TokenKind::Punct)?;
        is_quote_mark(self.toks[close].text).then_some(close + 1)
    }

    /// Whether token `k` is a single capital letter followed by a point, a
    /// piece of an abbreviation (`U.S.`, `U.N.`) that the tokens split.
    pub(super) fn initial(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word && !t.quoted && t.text.len() == 1 && t.text.as_bytes()[0].is_ascii_uppercase()
        }) && self.toks.get(k + 1).is_some_and(|t| t.text == ".")
    }

    /// An abbreviation of two or more initials opening at `i`: its end,
    /// past the last point.
    pub(super) fn abbreviation_from(&self, i: usize) -> Option<usize> {
        let mut k = i;
        while self.initial(k) {
            k += 2;
        }
        (k >= i + 4).then_some(k)
    }

    /// Where the abbreviation ending right before `end` opens, if one does.
    pub(super) fn abbreviation_to(&self, end: usize) -> Option<usize> {
        let mut k = end;
        while k >= 2 && self.initial(k - 2) {
            k -= 2;
        }
        (k + 4 <= end).then_some(k)
    }

    /// Where the quoted title ending right before `end` opens, if one does.
    pub(super) fn title_to(&self, end: usize) -> Option<usize> {
        let close = end.checked_sub(1)?;
        if !is_quote_mark(self.toks[close].text) {
            return None;
        }
        let open = (close.saturating_sub(6)..close).rev().find(|&k| self.toks[k].kind == TokenKind::Punct)?;
        (self.title_from(open) == Some(end)).then_some(open)
    }

    /// Whether a source phrase names no party: reports in general
    /// (`reports`, `Berichten`), or the outlet itself (`dieser Zeitung`,
    /// `this newspaper`).
    pub(super) fn generic(&self, (a, b): (usize, usize)) -> bool {
        let words: Vec<&str> = (a..b).filter_map(|k| self.word(k)).filter(|w| !matches!(*w, "den" | "the")).collect();
        match words[..] {
            [w] => matches!(w, "reports" | "berichten" | "medienberichten" | "media reports"),
            [this, outlet] => {
                matches!(this, "dieser" | "this" | "unserer" | "our")
                    && matches!(outlet, "zeitung" | "redaktion" | "newspaper" | "paper" | "website")
            }
            _ => false,
        }
    }

    /// Whether the word at `i` ends a sentence whose last clause no
    /// subordinating word or relative pronoun opens.
    pub(super) fn closes_main_clause(&self, i: usize) -> bool {
        // (A comma after the verb opens what is said: `Schäfer sagte, …`.)
        let at_end = self.toks.get(i + 1).is_none_or(|t| matches!(t.text, "." | "!" | "?" | ";"));
        if !at_end {
            return false;
        }
        // (Read back at most a clause's length: linear on any sentence.)
        let from = i.saturating_sub(CLAUSE_REACH);
        let start = (from..i).rev().find(|&k| self.toks[k].kind == TokenKind::Punct).map_or(from, |k| k + 1);
        let opener = (start..i).find(|&k| self.word(k).is_some());
        let subordinate = opener.is_some_and(|k| {
            self.toks[k].is(crate::lexicon::words::RELATIVE)
                || matches!(
                    self.word(k),
                    Some(
                        "wie"
                            | "dass"
                            | "was"
                            | "als"
                            | "weil"
                            | "ob"
                            | "nachdem"
                            | "während"
                            | "da"
                            | "obwohl"
                            | "wenn"
                            | "wo"
                    )
                )
        });
        at_end && !subordinate && !(start..i).any(|k| self.word(k).is_some_and(|w| matches!(w, "wie" | "dass")))
    }

    /// The first `w` among the `reach` words after `i`, within its clause
    /// (no comma or other mark between).
    pub(super) fn later_in_clause(&self, i: usize, reach: usize, w: &str) -> Option<usize> {
        (i + 1..(i + 1 + reach).min(self.toks.len()))
            .take_while(|&k| self.toks[k].kind != TokenKind::Punct)
            .find(|&k| self.word(k) == Some(w))
    }

    /// The particle `p` that closes the clause of the verb at `i` (`geht …
    /// von 1,0 Prozent aus.`): the clause's last word, with a `von` or
    /// `davon` before it.
    pub(super) fn closing_particle(&self, i: usize, p: &str) -> Option<usize> {
        let limit = self.toks.len().min(i + 1 + CLAUSE_REACH);
        let end = (i + 1..limit).find(|&k| self.toks[k].kind == TokenKind::Punct).unwrap_or(limit);
        let last = end.checked_sub(1).filter(|&k| k > i && self.word(k) == Some(p))?;
        (i + 1..last).any(|k| matches!(self.word(k), Some("von" | "davon"))).then_some(last)
    }

    /// Whether the sentence starts with `Das`/`Dies` right before token `i`.
    pub(super) fn starts_with_pointer(&self, i: usize) -> bool {
        i > 0 && i <= self.pointers_or_weiter && self.word(0).is_some_and(|w| matches!(w, "das" | "dies" | "this"))
    }

    /// The noun phrase starting at `i`, as a token range.
    #[allow(clippy::if_same_then_else, reason = "one branch per case of the grammar, each with its comment")]
    pub(super) fn forward(&self, i: usize) -> Option<(usize, usize)> {
        let n = self.toks.len();
        let mut j = i;
        let mut head_end = None;
        let mut in_head = false;
        // English nouns are lowercase: `according to the federal returning
        // officer.` is a phrase of lowercase words up to the clause's end.
        let mut lowercase_end = None;
        while j < n && j < i + 16 {
            let t = &self.toks[j];
            let w = self.word(j);
            if let Some(e) = self.abbreviation_from(j) {
                // `the U.S. Geological Survey`: one capitalized word.
                head_end = Some(e);
                in_head = true;
                j = e;
                continue;
            }
            if in_head {
                if self.capitalized(j) || (t.text == "'" && self.capitalized(j + 1)) {
                    head_end = Some(j + 1);
                } else if self.adjective(j)
                    && j > 0
                    && (self.lang == Lang::En
                        && (self.toks[j - 1].lower.ends_with("'s") || self.toks[j - 1].lower.ends_with("’s"))
                        || (j == i + 1 && self.toks[i].lower.ends_with('s')))
                {
                    // A genitive before its noun: `Nordkoreas staatliche Nachrichtenagentur`.
                    in_head = false;
                } else if w.is_some_and(|w| {
                    matches!(w, "des" | "der" | "von" | "vom" | "aus" | "für" | "und" | "sowie" | "of" | "for" | "and")
                }) && self.starts_np(j + 1)
                {
                    in_head = false;
                } else if t.text == "," && self.is_entity_start(j + 1) && self.capitalized(j + 1) {
                    in_head = false;
                } else if self.lang == Lang::En
                    && self.adjective(j)
                    && self.toks.get(j + 1).is_none_or(|t| t.kind == TokenKind::Punct)
                {
                    // English nouns are lowercase: `South Korean officials,`.
                    head_end = Some(j + 1);
                    break;
                } else if t.text == "'" || (t.text == "’") {
                    // English plural possessive (`Workers' Party`) handled above.
                    break;
                } else {
                    break;
                }
            } else if w.is_some_and(is_determiner) || self.adjective(j) {
                // English nouns are lowercase: `South Korea's spy agency`.
                if self.lang == Lang::En && head_end.is_some() && self.adjective(j) {
                    head_end = Some(j + 1);
                }
                if self.lang == Lang::En && self.adjective(j) {
                    lowercase_end = Some(j + 1);
                }
            } else if self.capitalized(j) {
                in_head = true;
                head_end = Some(j + 1);
            } else if let Some(e) = self.title_from(j) {
                // `laut „Bild“`, `des „Spiegel“`: the title is the head.
                head_end = Some(e);
                j = e;
                in_head = true;
                continue;
            } else if w.is_some_and(|w| matches!(w, "und" | "sowie" | "and")) && j > i && self.adjective(j - 1) {
            } else if t.text == "," && self.lang == Lang::De && j > i && self.adjective(j - 1) && self.adjective(j + 1)
            {
            } else {
                break;
            }
            j += 1;
        }
        let at_end = j >= n || self.toks[j].kind == TokenKind::Punct;
        head_end.or(lowercase_end.filter(|_| at_end)).map(|e| (i, e))
    }

    /// The noun phrase ending right before `end`.
    #[allow(clippy::if_same_then_else, reason = "one branch per case of the grammar, each with its comment")]
    pub(super) fn backward(&self, end: usize) -> Option<(usize, usize)> {
        let mut j = end;
        let mut start = None;
        let mut seen_head = false;
        while j > 0 && j + 16 > end {
            let k = j - 1;
            let w = self.word(k);
            let t = &self.toks[k];
            if t.text == ")" && !seen_head {
                // `Munich Airport (MUC) warned`: the abbreviation in
                // parentheses belongs to the name before it.
                if let Some(open) = (k.saturating_sub(5)..k).rev().find(|&m| self.toks[m].text == "(") {
                    j = open;
                    continue;
                }
            }
            if let Some(open) = self.abbreviation_to(j) {
                // `the U.S. military said`.
                seen_head = true;
                start = Some(open);
                j = open;
                continue;
            }
            if let Some(open) = self.title_to(j).filter(|_| !seen_head) {
                // `Einem Bericht der „New York Times“ zufolge`.
                seen_head = true;
                start = Some(open);
                j = open;
                continue;
            }
            if self.capitalized(k) {
                // Sentence-initial `Das` / `Die` is a determiner, not a noun.
                if w.is_some_and(is_determiner) {
                    if seen_head {
                        start = Some(k);
                    }
                    break;
                }
                seen_head = true;
                start = Some(k);
            } else if !seen_head && self.lang == Lang::En && self.adjective(k) && k + 1 == end {
                // English heads may be lowercase (`officials said`).
                seen_head = true;
                start = Some(k);
            } else if seen_head && self.adjective(k) {
                start = Some(k);
            } else if seen_head && w.is_some_and(is_determiner) {
                // `Mitteilung des Kremls` goes on; `die Bundeswahlleitung` ends here.
                if k > 0 && self.capitalized(k - 1) && matches!(w, Some("des" | "der")) {
                    start = Some(k);
                } else {
                    start = Some(k);
                    break;
                }
            } else if seen_head
                && w.is_some_and(|w| matches!(w, "von" | "aus" | "für" | "of" | "for" | "und" | "and"))
                && k > 0
                && self.capitalized(k - 1)
            {
                // `Büro für Flugunfalluntersuchungen`, `Office for National Statistics`.
                start = Some(k);
            } else if seen_head
                && self.lang == Lang::En
                && w == Some("and")
                && k > 0
                && self.adjective(k - 1)
                && self.adjective(k + 1)
            {
                // `L.A. city and county officials said`.
                start = Some(k);
            } else if seen_head && (t.text == "'" || t.text == "’") && k > 0 && self.capitalized(k - 1) {
                start = Some(k);
            } else {
                break;
            }
            j -= 1;
        }
        let mut s = start?;
        // English heads are lowercase and come first: `the chairman of the
        // Polish National Electoral Commission said`.
        if self.lang == Lang::En {
            while s >= 2 && self.word(s - 1) == Some("of") && self.adjective(s - 2) {
                s -= 2;
                if s >= 1 && self.word(s - 1).is_some_and(is_determiner) {
                    s -= 1;
                }
            }
        }
        // Never start on a connector.
        let s = (s..end)
            .find(|&k| !self.word(k).is_some_and(|w| matches!(w, "von" | "aus" | "of" | "und" | "and")))
            .unwrap_or(s);
        seen_head.then_some((s, end))
    }

    /// [`Np::backward`] for a subject, with the place English wires put
    /// after its head: `officials in Kyiv said`, `Police in Bavaria said`,
    /// `authorities in the region said`.
    pub(super) fn backward_subject(&self, end: usize) -> Option<(usize, usize)> {
        let r = self.backward(end)?;
        if self.lang == Lang::En && r.0 >= 2 && self.word(r.0 - 1) == Some("in") {
            if let Some(head) = self.backward(r.0 - 1).filter(|h| h.1 == r.0 - 1) {
                return Some((head.0, r.1));
            }
        }
        Some(r)
    }

    pub(super) fn subject_of_verb(&self, verb: usize, last_person: Option<&Entity>) -> (Option<(usize, usize)>, bool) {
        // `Das meldeten russische Staatsmedien`: the source follows, and the
        // sentence points back to the one before.
        // `It warned of more rain`: in English the pronoun is the subject
        // itself (the speaker of the sentence before), no inversion.
        if verb > 0 && verb <= self.pointers && self.lang == Lang::En {
            return (None, false);
        }
        if verb > 0 && verb <= self.pointers {
            return (
                self.forward_subject(verb + 1, last_person),
                self.word(0).is_some_and(|w| matches!(w, "das" | "dies" | "this")),
            );
        }
        // `wie das Statistische Bundesamt am Freitag in Wiesbaden nach einer
        // ersten Schätzung mitteilte`: in a clause opened by `wie` the
        // subject follows it and the verb closes the clause, whatever
        // stands between.
        if let Some(r) = self.wie_subject(verb, last_person) {
            return (Some(r), false);
        }
        // `… und sagte weiteren Regen voraus`: the subject opens the sentence.
        // Between them may stand adverbs and a time or `auf Anfrage` (`wie
        // die Polizei am Dienstag mitteilte`).
        let mut end = verb;
        loop {
            if end > 0 && self.word(end - 1).is_some_and(|w| is_adverb(w) || matches!(w, "gestern" | "heute")) {
                end -= 1;
            } else if let Some(start) = self.time_phrase_before(end) {
                end = start;
            } else {
                break;
            }
        }
        // `… and at one point claimed`: a few lowercase words between the
        // conjunction and the verb do not open a subject of their own.
        // (Not in German: after `und schon jetzt` the verb comes second and
        // its subject after it, `spricht Kaliforniens Gouverneur`.)
        // (Not between two nouns: `city and county officials said`.)
        if let Some(k) = (end.saturating_sub(4)..end).rev().find(|&k| {
            self.lang == Lang::En
                && self.word(k).is_some_and(|w| matches!(w, "und" | "and"))
                && !(k > 0 && self.adjective(k - 1) && self.adjective(k + 1))
                && (k + 1..end).all(|j| {
                    self.toks[j].kind != TokenKind::Punct
                        && self.toks[j].text.chars().next().is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
                })
        }) {
            end = k + 1;
        }
        if end > 0 && self.word(end - 1).is_some_and(|w| matches!(w, "und" | "and")) {
            let subject = self.forward_subject(first_word(self.toks), last_person).filter(|r| r.1 < end);
            return (subject, false);
        }
        // A subject before the verb opens its clause (`Kiew bestritt`, `, was
        // Kiew umgehend bestritt`) or is the agent of a passive (`von Kiew
        // bestritten`); a noun after `im` is no subject.
        // A focus particle before the subject belongs to it (`Auch das
        // Ministerium teilte mit`, `Selbst der Kreml räumte ein`).
        let opens_clause = |r: (usize, usize)| {
            let mut s = r.0;
            while s > 0 && self.word(s - 1).is_some_and(|w| packed::contains(FOCUS_PARTICLES, w)) {
                s -= 1;
            }
            // A relative clause opens after its comma (`Der Vorwurf, den die
            // Regierung zurückwies`).
            let relative = s >= 2
                && self.toks[s - 2].text == ","
                && self.word(s - 1).is_some_and(|w| {
                    // Object pronouns only: after `der`/`die`/`das` the
                    // pronoun may be the subject itself (`Müller, der die
                    // Vorwürfe zurückwies`).
                    matches!(w, "den" | "dem" | "denen" | "which" | "whom")
                });
            // English drops the pronoun: `…, a claim the regional leader
            // rejected`, `an accusation Moscow denies`.
            let contact = s >= 2
                && self.word(s - 1).is_some_and(is_claim_noun)
                && self.word(s - 2).is_some_and(|w| matches!(w, "a" | "an"));
            s == 0
                || contact
                || self.toks[s - 1].kind == TokenKind::Punct
                || self.toks[s - 1].quoted
                || self.word(s - 1).is_some_and(|w| packed::contains(CLAUSE_OPENERS, w))
                || relative
        };
        // `Er sagte, …` / `…, sagte er`: a personal pronoun is a subject the
        // noun-phrase reader does not take (it is a function word); it is
        // the person named last.
        if end > 0 && self.word(end - 1).is_some_and(is_person_pronoun) && opens_clause((end - 1, end)) {
            // `Sie erklärten` is plural (`die Demonstranten`), not the woman
            // named last.
            let plural = self.word(end - 1) == Some("sie") && self.word(verb).is_some_and(|v| v.ends_with('n'));
            return (last_person.filter(|_| !plural).map(|_| (end - 1, end)), false);
        }
        // `an assertion Moscow denies`: the noun the clause is attached to
        // is not part of its subject.
        let detached = |r: (usize, usize)| {
            let noun = |k: usize| self.word(k).is_some_and(is_claim_noun);
            let article = |k: usize| self.word(k).is_some_and(|w| matches!(w, "a" | "an"));
            match r {
                (a, b) if b - a > 2 && article(a) && noun(a + 1) => (a + 2, b),
                (a, b) if b - a > 1 && a > 0 && article(a - 1) && noun(a) => (a + 1, b),
                r => r,
            }
        };
        // `Russia's chief of the general staff, Valery Gerasimov, said`: the
        // name set off by commas is the subject.
        if self.lang == Lang::En && end > 2 && self.toks[end - 1].text == "," {
            if let Some(r) = self.backward(end - 1).filter(|r| r.0 > 0 && self.toks[r.0 - 1].text == ",") {
                if self.has_entity(r) {
                    return (Some(r), false);
                }
            }
        }
        // `A senior official, speaking on condition of anonymity, said`,
        // `Ein Beamter, der anonym bleiben wollte, sagte, …`: a participle or
        // relative clause set off by commas stands between the subject and
        // its verb. (Not an inversion, `…, sagte er`: the German verb must
        // be followed by its comma or `dass`, the English one by no article.)
        if end > 2 && self.toks[end - 1].text == "," && self.verb_opens_speech(verb) {
            let aside = (end.saturating_sub(16)..end - 1)
                .rev()
                .find(|&k| self.toks[k].text == ",")
                .filter(|&c| c > 0 && self.word(c + 1).is_some_and(|w| opens_aside(w, &self.toks[c + 1], self.lang)));
            if let Some(r) = aside.and_then(|c| self.backward(c).map(detached).filter(|r| r.1 == c && opens_clause(*r)))
            {
                return (Some(r), false);
            }
            // `The builder, Kurt Ebeling, testified`: the name in the
            // apposition is who speaks.
            let comma = (end.saturating_sub(6)..end - 1).rev().find(|&k| self.toks[k].text == ",");
            if let Some(c) = comma.filter(|&c| self.lang == Lang::En && c + 1 < end - 1) {
                let name = (c + 1..end - 1).all(|k| self.capitalized(k) || self.initial(k) || self.toks[k].text == ".");
                if name && self.backward(c).is_some_and(|r| r.1 == c && opens_clause(r)) {
                    return (Some((c + 1, end - 1)), false);
                }
            }
        }
        if let Some(r) = self.backward_subject(end).map(detached).filter(|r| opens_clause(*r)) {
            if r.1 - r.0 == 1 && self.word(r.0).is_some_and(is_person_pronoun) && last_person.is_none() {
                return (None, false);
            }
            return (Some(r), false);
        }
        // Inversion: after a comma or quote (`, meldete KCNA`), and in German
        // after any fronted phrase (`Angesichts … sagte Scholz`).
        let before = verb.checked_sub(1).map(|k| self.toks[k].text);
        let inverted = verb == 0
            || before == Some(",")
            || before.is_some_and(is_quote_mark)
            || self.toks.get(verb.wrapping_sub(1)).is_some_and(|t| t.quoted)
            || self.lang == Lang::De;
        // (Who is told is no speaker: `told the Valley Courier`.)
        let addressed =
            self.lang == Lang::En && self.word(verb).is_some_and(|w| matches!(w, "told" | "tells" | "tell"));
        if inverted && !addressed {
            (self.forward_subject(verb + 1, last_person), false)
        } else {
            (None, false)
        }
    }

    /// The end of a German source phrase without the news agency it
    /// speaks to (`ein Sprecher der Polizei der Deutschen Presse-Agentur`,
    /// `… dem Sender`): a second `der`/`dem` phrase naming an agency after
    /// a noun of its own is the addressee, not a part of the source.
    pub(super) fn without_addressee(&self, a: usize, b: usize) -> usize {
        if self.lang != Lang::De {
            return b;
        }
        let agency = |k: usize| {
            let w = &self.toks[k].lower;
            crate::lexicon::agencies::agency(w).is_some()
                || (w == "deutschen" && self.toks.get(k + 1).is_some_and(|t| t.lower.starts_with("presse")))
        };
        (a + 2..b.saturating_sub(1))
            .find(|&k| matches!(self.word(k), Some("der" | "dem")) && agency(k + 1))
            .unwrap_or(b)
    }

    /// The subject of a German verb of saying that closes a clause opened
    /// by `wie` (`…, wie die Polizei am Dienstag auf Anfrage mitteilte.`):
    /// the noun phrase right after `wie`, within a dozen words of the verb
    /// and no punctuation between.
    pub(super) fn wie_subject(&self, verb: usize, last_person: Option<&Entity>) -> Option<(usize, usize)> {
        if self.lang != Lang::De || self.toks.get(verb + 1).is_some_and(|t| t.kind != TokenKind::Punct) {
            return None;
        }
        for k in (verb.saturating_sub(14)..verb).rev() {
            let t = &self.toks[k];
            if t.kind == TokenKind::Punct && !matches!(t.text, "-" | "'") {
                return None;
            }
            if t.lower == "wie" && (k == 0 || self.toks[k - 1].text == ",") {
                return self.forward_subject(k + 1, last_person).filter(|r| r.1 <= verb);
            }
        }
        None
    }

    /// Whether what follows a verb of saying is what is said, not its
    /// subject: German `sagte,` / `sagte, dass` / `teilte … mit`, English
    /// anything but an article or a pronoun (`said the official`).
    pub(super) fn verb_opens_speech(&self, verb: usize) -> bool {
        let next = self.toks.get(verb + 1);
        match self.lang {
            Lang::De => next.is_none_or(|t| t.text == "," || t.lower == "dass" || t.lower == "mit"),
            // (`told the Valley Courier`: after `told` stands who is told.)
            // (`said he believed …`: the pronoun opens what is said; only
            // `…, said he.` is the speaker after the verb.)
            // Only a verb of saying inverts (`, said the ministry`); after
            // any other a determiner opens its object (`described the
            // payments as …`).
            Lang::En => {
                let inverts =
                    self.word(verb).is_some_and(|w| matches!(w, "said" | "says" | "added" | "wrote" | "noted"));
                let inverted_pronoun = self.word(verb + 1).is_some_and(is_person_pronoun)
                    && self.toks.get(verb + 2).is_none_or(|t| t.kind == TokenKind::Punct);
                !inverts || !(self.word(verb + 1).is_some_and(is_determiner) || inverted_pronoun)
            }
        }
    }

    /// Where a time phrase (or `auf Anfrage`) ending right before `end`
    /// starts: `am Dienstag`, `am frühen Morgen`, `in der Nacht`, `im
    /// vergangenen Jahr`, as they stand between a subject and its verb
    /// (`wie die Bundeswahlleiterin in der Nacht mitteilte`).
    pub(super) fn time_phrase_before(&self, end: usize) -> Option<usize> {
        let noun = end.checked_sub(1)?;
        let w = self.word(noun)?;
        if !(is_time_word(w) || matches!(w, "anfrage" | "nacht" | "früh" | "abend" | "woche" | "jahr")) {
            return None;
        }
        // At most one adjective between (`am frühen Morgen`).
        let mut k = noun;
        if k > 0 && self.word(k - 1).is_some_and(|w| !self.toks[k - 1].is_capitalized() && w.ends_with("en")) {
            k -= 1;
        }
        match self.word(k.checked_sub(1)?)? {
            "am" | "im" | "auf" | "vom" | "seit" => Some(k - 1),
            "der" if k >= 2 && self.word(k - 2) == Some("in") => Some(k - 2),
            _ => None,
        }
    }

    pub(super) fn forward_subject(&self, i: usize, last_person: Option<&Entity>) -> Option<(usize, usize)> {
        if self.word(i).is_some_and(is_person_pronoun) {
            return last_person.map(|_| (i, i + 1));
        }
        self.forward(i)
    }

    /// After `heißt es in/aus`: the phrase to the next punctuation, from its
    /// first capitalized word that is not a date (`einer am Montag
    /// veröffentlichten Mitteilung des Kremls` → `Mitteilung des Kremls`).
    pub(super) fn lenient(&self, i: usize) -> Option<(usize, usize)> {
        let n = self.toks.len();
        let end = (i..n.min(i + 14))
            .find(|&k| self.toks[k].kind == TokenKind::Punct && !matches!(self.toks[k].text, "-" | "'"))
            .unwrap_or(n.min(i + 14));
        let start = (i..end).find(|&k| {
            self.capitalized(k)
                && !is_time_word(&self.toks[k].lower)
                && !(k > 0 && matches!(self.toks[k - 1].lower.as_ref(), "am" | "im" | "vom" | "seit"))
        })?;
        self.forward(start).map(|(a, b)| (a, b.min(end)))
    }

    pub(super) fn skip_determiners(&self, mut a: usize, b: usize) -> usize {
        while a + 1 < b && self.word(a).is_some_and(is_determiner) {
            a += 1;
        }
        a
    }
}

crate::packed_table!(
    /// German words that end like an adjective before a noun but are none.
    pub(super) DE_NON_ADJECTIVES,
    "\
aber
haben
hatten
hätten
ihre
immer
jedoch
können
müssen
oder
sehr
seien
seine
sie
sollen
sowie
unsere
waren
weiter
werden
wieder
wollen
wurden"
);

crate::packed_table!(
    /// Focus particles that stand before a subject as part of it (`Auch
    /// Kiew bestritt`, `Even officials said`).
    pub(super) FOCUS_PARTICLES,
    "\
also
auch
ebenfalls
even
nur
only
selbst
sogar"
);

crate::packed_table!(
    /// Words before a subject that opens its clause (`, was Kiew bestritt`).
    pub(super) CLAUSE_OPENERS,
    "\
aber
and
as
but
by
denn
doch
sondern
und
von
was
wie"
);

/// A German weekday, part of the day or month: a capitalized word that is
/// not a name.
pub(super) fn is_time_word(w: &str) -> bool {
    use crate::lexicon::calendar;
    (calendar::is_weekday_name(w) && w != "sonnabend")
        || (calendar::is_day_part(w) && !matches!(w, "nacht" | "früh"))
        || w == "wochenende"
        || calendar::is_month_name(w, Some(crate::doc::language::Lang::De))
}
