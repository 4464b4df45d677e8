//! Who says it: attribution cues (`nach Angaben von`, `zufolge`, `laut`,
//! `meldete X`, `so X`, `said`), carried over through reported speech.
//! OWNER: entities & attribution (issue 4).
//!
//! A cue is found by words; its source is the noun phrase the cue governs,
//! read with a small state machine over the tokens (determiners and
//! adjectives, then capitalized nouns, joined by `des`, `von`, `aus`, `und` or
//! a comma before another named entity), forward after `laut` or an inverted
//! verb (`meldete KCNA`), backward before `zufolge` or a verb (`Kiew bestritt`).
//! Words inside quotation marks are the speaker's and carry no cue.
//!
//! Decisions:
//! - In a denied sentence the attribution is the denier (`…, was Kiew
//!   bestritt` → Kiew): the news of the sentence is the dispute.
//! - `aus Kreisen des US-Militärs` is `military`: a named institution beats
//!   `anonymous`, which is kept for unnamed circles and officials.
//! - `nach eigenen Angaben` attributes to the subject of the sentence.
//! - A person named in the source makes it `person`, even with a title
//!   (`Bayerns Ministerpräsident Söder`); a state news agency stays
//!   `state_media` whoever it quotes.
//! - Reported speech without a cue of its own inherits the source of the
//!   sentence before (`inherited: true`), as does a direct quote that directly
//!   follows; an asserted sentence ends the chain. A sentence that starts
//!   `Das heißt es …` / `Das meldeten …` passes its source back to the
//!   sentence it points to (and the reported or hearsay ones before that).
//!   `demnach`, `den Angaben zufolge` and `nach ihren Berechnungen` carry
//!   the source before; so does every sentence of a quotation that spans
//!   several ([`crate::extract::quotation`]).
//! - Verbs of saying are an open class read from general data: their forms
//!   come from a list of lemmas expanded with simplemma's lemma tables
//!   ([`crate::lexicon::speech`]); their subject is the source, found by
//!   structure (`Verdi fordert`, `X, a nurse at the clinic, told …`).
//! - A noun frame names its source (`nach jüngster Bilanz der Feuerwehr`);
//!   an adjective makes the frame its own, weaker source (`nach offiziellen
//!   Angaben`); reports in general and the outlet itself are none.
//! - A pronoun or a description (`er`, `the airline`, `der Konzern`) is
//!   shown with the party it stands for (`the airline (Air India)`).
//!
//! Parts: this module reads the cues of a sentence and carries sources
//! between sentences; `np` reads the noun phrase a cue governs; `resolve`
//! finds what pronouns and descriptions stand for; `kind` tells the kind
//! of a source.

use crate::doc::language::Lang;
use crate::doc::token::{Token, TokenKind};
use crate::doc::{is_quote_mark, Document, SentenceView};
use crate::lexicon::descriptions;
use crate::lexicon::packed;
use crate::lexicon::speech;
use crate::report::{Attribution, BlockKind, Entity, EntityKind, Modality, SourceKind};
use std::cell::OnceCell;

mod kind;
mod np;
mod resolve;
use kind::*;
use np::*;
use resolve::*;

/// What one sentence says about its own source.
struct Own {
    /// Boxed: most sentences have none, and a long text of short sentences
    /// should not cost the size of an attribution per sentence.
    attribution: Option<Box<Attribution>>,
    /// `Das heißt es …`: the source belongs to the sentence before.
    anaphoric: bool,
    /// `Weiter heißt es:`: a cue without a source, continuing the one before.
    continues: bool,
    /// A verb of saying whose subject was not found (`… and at one point
    /// claimed to control …`): the sentence has a speaker of its own, just
    /// not one we can name, so it does not inherit the one before.
    own_speaker: bool,
}

/// The attribution of each sentence (one entry per sentence; boxed, as most
/// sentences have none). `modalities` lets reported speech inherit the
/// source of the sentence before it; `quotations` (`quotation::runs`) gives
/// every sentence of a quotation over several sentences the source its
/// speech tag names.
#[allow(clippy::needless_range_loop, reason = "the loops read sentence i and write the ones before it")]
pub fn find_all(
    doc: &Document,
    entities: &[Vec<Entity>],
    modalities: &[Modality],
    quotations: &[(usize, usize)],
) -> Vec<Option<Box<Attribution>>> {
    // The person a pronoun can stand for: the one named last, in this
    // sentence or a few before it.
    let mut last_person: Option<(usize, Entity)> = None;
    // The organization a description (`the airline`) can stand for.
    let mut last_org: Option<Entity> = None;
    // The two people named together last, for `both men`.
    let mut pair: Option<(Entity, Entity)> = None;
    let mut last_speaker: Option<Entity> = None;
    let mut named: Vec<(String, Entity)> = Vec::new();
    let mut own = Vec::with_capacity(doc.sentences.len());
    let kind = |k: usize| doc.sentences.get(k).and_then(|s| doc.blocks.get(s.block)).map(|b| b.kind);
    for s in doc.sentence_views() {
        let i = s.index;
        let ents = entities.get(i).map(|v| &v[..]).unwrap_or(&[]);
        let modality = modalities.get(i).copied().unwrap_or_default();
        let before = Before {
            person: last_person.as_ref().filter(|(at, _)| i - at <= PRONOUN_REACH).map(|(_, p)| p),
            organization: last_org.as_ref(),
            named: &named,
            pair: pair.as_ref().map(|(p, q)| (p, q)),
        };
        let mut found = find_own(&s, ents, modality, before);
        if found.attribution.is_none() && kind(i).is_some_and(BlockKind::is_heading) {
            found.attribution = headline_speaker(&s, ents);
        }
        // `both men`: two people the report named together in one sentence
        // (`Quandel and the union's negotiator, Ralf Steinbrenner, met`),
        // the latest such pair; not any two named last (a candidate and the
        // president backing his rival).
        // Or the two who spoke last (`Hart said …`, `Beck said …`).
        if let Some(two) = two_persons(found.attribution.as_deref(), ents) {
            pair = Some(two);
        }
        if let Some((p, spoke)) = person_named(found.attribution.as_deref(), ents) {
            if spoke {
                if let Some(q) = last_speaker.take().filter(|q: &Entity| q.name != p.name) {
                    pair = Some((q, p.clone()));
                }
                last_speaker = Some(p.clone());
            }
            last_person = Some((i, p));
        } else if let Some((at, p)) = last_person.as_mut() {
            // `he said` keeps the person it stands for in view.
            let resolved =
                found.attribution.as_ref().is_some_and(|a| a.source.ends_with(&crate::join::cat(&["(", &p.name, ")"])));
            if resolved {
                *at = i;
            }
        }
        if let Some(o) = organization_named(found.attribution.as_deref(), ents) {
            last_org = Some(o);
        }
        for (head, name) in descriptions_named(&s) {
            // (`die Stadt Wolfsburg` names a place, `die Staatsanwaltschaft
            // Kellersbach` an institution: neither is what `der Konzern`
            // later stands for.)
            if name.kind == EntityKind::Organization && !descriptions::is_institution(&head) {
                last_org = Some(name.clone());
            }
            named.retain(|(h, _)| *h != head);
            named.insert(0, (head, name));
            // (The latest few: a description refers back a few paragraphs.)
            named.truncate(NAMED_DESCRIPTIONS);
        }
        own.push(found);
    }
    let mut out: Vec<Option<Box<Attribution>>> = own.iter().map(|o| o.attribution.clone()).collect();
    // `Das heißt es aus Kreisen des US-Militärs.` points back.
    for i in 1..own.len() {
        if !own[i].anaphoric {
            continue;
        }
        let Some(a) = own[i].attribution.clone() else { continue };
        for k in (i.saturating_sub(3)..i).rev() {
            let m = modalities.get(k).copied().unwrap_or_default();
            if out[k].is_some() || (k + 1 < i && !matches!(m, Modality::Reported | Modality::Hearsay)) {
                break;
            }
            out[k] = Some(Box::new(Attribution { inherited: true, ..(*a).clone() }));
        }
    }
    // Reported speech continues the source before it.
    for i in 1..out.len() {
        if out[i].is_some() {
            continue;
        }
        let m = modalities.get(i).copied().unwrap_or_default();
        // A heading's source is not the speaker of the prose under it
        // (`Kiew weist Darstellung zurück`, then `Gerassimow hatte
        // erklärt, …`).
        if kind(i - 1).is_some_and(BlockKind::is_heading) && kind(i) != kind(i - 1) {
            continue;
        }
        if own[i].own_speaker && !own[i].continues {
            continue;
        }
        let quote_after_speaker = m == Modality::Quoted && own[i - 1].attribution.is_some();
        if m == Modality::Reported || quote_after_speaker || own[i].continues {
            if let Some(prev) = out[i - 1].clone() {
                out[i] = Some(Box::new(Attribution { inherited: true, ..*prev }));
            }
        }
    }
    for &(a, b) in quotations {
        carry_through_quotation(&mut out, a, b);
    }
    out
}

/// The speaker of a heading that gives a party's words after its name and
/// a colon (`Scholz: VW-Tarifeinigung ist gut`, `Statistikamt korrigiert:
/// Wirtschaft schrumpfte nur um 0,2 Prozent`): one to three capitalized
/// words, perhaps with a verb of saying, before the colon.
fn headline_speaker(s: &SentenceView, ents: &[Entity]) -> Option<Box<Attribution>> {
    let toks = s.toks;
    let colon = toks.iter().position(|t| t.text == ":").filter(|&c| (1..=4).contains(&c) && toks.len() > c + 3)?;
    // (A verb before the colon is one of saying, `Statistikamt korrigiert:`;
    // any other lowercase word makes no speaker: `Tarifstreit beendet:`,
    // `Corona aktuell:`, `Live updates:`.)
    let (name, verb) = match toks[colon - 1].is_capitalized() {
        false if toks[colon - 1].is(speech::SOURCE_VERB as u32) => (&toks[..colon - 1], Some(&toks[colon - 1])),
        false => return None,
        true => (&toks[..colon], None),
    };
    let named = !name.is_empty()
        && name.len() <= 3
        && name
            .iter()
            .all(|t| t.kind == TokenKind::Word && t.is_capitalized() && !is_capitalized_function_word(&t.lower));
    if !named {
        return None;
    }
    let span = name[0].start..name[name.len() - 1].end;
    // A party, not a place or a word (`Los Angeles:`, `Update:`): a person
    // or an organization by its entity, or a description (`Bundesamt`).
    let inside = |e: &&Entity| e.start >= span.start && e.end <= span.end;
    // A name with a verb of its own (`Statistikamt korrigiert:`) speaks too,
    // unless it is a place.
    let place = ents.iter().filter(inside).any(|e| matches!(e.kind, EntityKind::Place | EntityKind::State));
    let party = ents.iter().filter(inside).any(|e| matches!(e.kind, EntityKind::Person | EntityKind::Organization))
        || name.iter().any(|t| descriptions::is_organization(&t.lower))
        || (verb.is_some() && !place);
    if !party || name.iter().any(|t| is_time_word(&t.lower)) {
        return None;
    }
    let source = s.text[span.clone()].to_string();
    let kind = classify_source(&source, ents, &span);
    let entities = ents.iter().filter(|e| e.start >= span.start && e.end <= span.end).map(|e| e.id.clone()).collect();
    let cue = verb.map_or(":", |v| v.text).to_string();
    Some(Box::new(Attribution { source, kind, cue, entities, inherited: false }))
}

/// Gives each sentence of the quotation spanning sentences `a..=b` the
/// source its speech tag names (at its end, else at its start), where it
/// has none of its own.
fn carry_through_quotation(out: &mut [Option<Box<Attribution>>], a: usize, b: usize) {
    let tagged = [b, a].into_iter().find(|&k| out[k].as_ref().is_some_and(|x| !x.inherited));
    let Some(source) = tagged.and_then(|k| out[k].clone()) else { return };
    for slot in out.iter_mut().take(b + 1).skip(a) {
        if slot.is_none() {
            *slot = Some(Box::new(Attribution { inherited: true, ..(*source).clone() }));
        }
    }
}

/// An English verb of saying in the progressive after its auxiliary (`The
/// union is demanding`, `officials were warning`): the `-ing` forms are not
/// in the table (`a red flag warning`), so the past form tells the verb.
fn progressive(toks: &[Token], i: usize, lang: Lang) -> bool {
    let w = toks[i].lower.as_ref();
    let Some(stem) = w.strip_suffix("ing").filter(|s| s.len() >= 3) else { return false };
    let after_aux = i > 0 && matches!(toks[i - 1].lower.as_ref(), "is" | "are" | "was" | "were");
    let past = |p: &str| speech::is(p, speech::SOURCE_VERB);
    lang == Lang::En && after_aux && (past(&crate::join::cat(&[stem, "ed"])) || past(&crate::join::cat(&[stem, "d"])))
}

/// A cue found in a sentence, with its source as a token range.
struct Cue {
    at: usize,
    cue: String,
    source: Option<(usize, usize)>,
    denial: bool,
    anaphoric: bool,
}

fn find_own(s: &SentenceView, ents: &[Entity], modality: Modality, before: Before) -> Own {
    let last_person = before.person;
    let toks = s.toks;
    let text = s.text;
    let lang = s.lang;
    let mut np = Np { toks, ents, lang, pointers: 0, pointers_or_weiter: 0 };
    np.pointers = np.leading(is_pointer_pronoun);
    np.pointers_or_weiter = np.leading(|w| is_pointer_pronoun(w) || w == "weiter");
    let word = |i: usize| -> &str {
        if i < toks.len() && !toks[i].quoted && toks[i].kind == TokenKind::Word {
            &toks[i].lower
        } else {
            ""
        }
    };
    // What the cues below would otherwise look for by scanning the sentence
    // again, once per cue (quadratic in a long sentence full of cues), found
    // in one pass each: a passive auxiliary before `i`, the last `von` before
    // `i`, the next `mit` / `zurück` after `i`. Each only when a cue first
    // asks: most sentences have no cue that does, and a text of many short
    // sentences should not pay four vectors per sentence.
    let n = toks.len();
    let first = first_word(toks);
    let passive = OnceCell::new();
    let passive = || {
        passive.get_or_init(|| {
            let mut aux_before = vec![false; n + 1];
            let mut von_before = vec![None; n + 1];
            for k in 0..n {
                aux_before[k + 1] = aux_before[k] || matches!(word(k), "wird" | "werden" | "wurde" | "wurden");
                von_before[k + 1] = if word(k) == "von" { Some(k) } else { von_before[k] };
            }
            (aux_before, von_before)
        })
    };
    let next_word = |w: &str| -> Vec<Option<usize>> {
        let mut next = vec![None; n + 1];
        for k in (0..n).rev() {
            next[k] = if word(k) == w { Some(k) } else { next[k + 1] };
        }
        next
    };
    let (next_mit, next_zurueck, next_an, next_ein) =
        (OnceCell::new(), OnceCell::new(), OnceCell::new(), OnceCell::new());
    let cue_text = |a: usize, b: usize| text[toks[a].start..toks[b].end].to_string();
    let mut cues: Vec<Cue> = Vec::new();
    let mut continues = false;
    let mut own_speaker = false;
    for i in 0..toks.len() {
        let w = word(i);
        if w.is_empty() {
            continue;
        }
        match w {
            "nach" => {
                if word(i + 1) == "eigenen" && word(i + 2) == "angaben" {
                    // `Zeitweise kontrollierte sie nach eigenen Angaben …`:
                    // after a fronted adverb the subject follows the verb.
                    let fronted = is_capitalized_function_word(word(first)) && first + 2 < i;
                    let subject = np.forward(if fronted { first + 2 } else { first });
                    cues.push(Cue {
                        at: i,
                        cue: cue_text(i, i + 2),
                        source: subject.filter(|r| r.1 <= i),
                        denial: false,
                        anaphoric: false,
                    });
                } else if let Some(frame) = noun_frame(&np, i + 1) {
                    // `nach Angaben der Polizei`, `nach einer aktualisierten
                    // Schätzung des Verbands`, `nach jüngster Bilanz der
                    // Feuerwehr`; `nach offiziellen Angaben` (the frame is
                    // the source); `nach diesen Angaben` (the one before).
                    continues |= frame.points_back;
                    cues.push(Cue {
                        at: if frame.frame_only { n + i } else { i },
                        cue: cue_text(i, frame.cue_end),
                        source: frame.source,
                        denial: false,
                        anaphoric: false,
                    });
                } else if ["erkenntnissen", "informationen", "angaben", "berichten"]
                    .iter()
                    .any(|x| word(i + 1).len() > x.len() + 2 && word(i + 1).ends_with(x))
                {
                    // `nach Geheimdiensterkenntnissen`: the compound is the source.
                    cues.push(Cue {
                        at: i,
                        cue: cue_text(i, i),
                        source: np.forward(i + 1),
                        denial: false,
                        anaphoric: false,
                    });
                }
            }
            "zufolge" => {
                // `den Angaben zufolge` points back to the source before.
                let source = np.backward(i);
                let back = source.is_some_and(|(a, b)| {
                    b == i
                        && (a..b).all(|k| {
                            is_determiner(word(k))
                                || is_pointer_pronoun(word(k))
                                || packed::contains(FRAME_NOUNS, word(k))
                        })
                });
                continues |= back;
                let source = source.filter(|_| !back);
                cues.push(Cue { at: i, cue: cue_text(i, i), source, denial: false, anaphoric: false })
            }
            // `Demnach wurden acht Leichen geborgen`: according to the source
            // just named.
            "demnach" | "demzufolge" => continues = true,
            "laut" => cues.push(Cue {
                at: i,
                cue: cue_text(i, i),
                source: np.forward(i + 1),
                denial: false,
                anaphoric: false,
            }),
            "gemäß" if lang == Lang::De && i + 1 < toks.len() && toks[i + 1].is_capitalized() => {
                // `gemäß dem Vertrag` is not a source; only a named one is.
                let src = np.forward(i + 1).filter(|r| np.has_entity(*r));
                cues.push(Cue { at: i, cue: cue_text(i, i), source: src, denial: false, anaphoric: false });
            }
            "so" if i > 0 && toks[i - 1].text == "," && np.starts_np(i + 1) => cues.push(Cue {
                at: i,
                cue: cue_text(i, i),
                source: np.forward(i + 1),
                denial: false,
                anaphoric: false,
            }),
            "according" if word(i + 1) == "to" => cues.push(Cue {
                at: i,
                cue: cue_text(i, i + 1),
                source: np.forward(i + 2),
                denial: false,
                anaphoric: false,
            }),
            "zitiert" | "zitierte" if passive().0[i] => {
                // `wird … von KCNA zitiert`: the agency is the channel we can check.
                if let Some(von) = passive().1[i] {
                    let src = np.forward(von + 1).filter(|r| r.1 <= i);
                    cues.push(Cue { at: i, cue: cue_text(von, i), source: src, denial: false, anaphoric: false });
                }
            }
            "heißt" | "hieß" if word(i + 1) == "es" || (i > 0 && word(i - 1) == "es") => {
                let e = if word(i + 1) == "es" { i + 1 } else { i };
                let start = if word(i + 1) == "es" { i } else { i - 1 };
                let src = (e + 1..(e + 4).min(toks.len()))
                    .find(|&k| matches!(word(k), "in" | "aus" | "von" | "bei" | "im" | "vom"))
                    .and_then(|k| np.lenient(k + 1));
                if src.is_none() {
                    continues = true;
                }
                cues.push(Cue {
                    at: i,
                    cue: cue_text(start, e),
                    source: src,
                    denial: false,
                    anaphoric: np.starts_with_pointer(start),
                });
            }
            // `Aus Regierungskreisen verlautete, …`, `verlautete aus dem
            // Ministerium`: the source is what it comes out of.
            "verlautete" | "verlauteten" | "verlautet" => {
                // (`aus` opens the sentence or stands just before the verb.)
                let before =
                    [first].into_iter().chain(i.saturating_sub(4).max(first)..i).find(|&k| k < i && word(k) == "aus");
                let after = (i + 1..(i + 4).min(n)).find(|&k| word(k) == "aus");
                let src = before
                    .and_then(|k| np.lenient(k + 1).filter(|r| r.1 <= i))
                    .or_else(|| after.and_then(|k| np.lenient(k + 1)));
                if src.is_none() {
                    continues = true;
                }
                let from = before.unwrap_or(i);
                cues.push(Cue { at: i, cue: cue_text(from, i), source: src, denial: false, anaphoric: false });
            }
            // `Kritiker halten dagegen, …`: an objection, said.
            "halten" | "hält" | "hielt" | "hielten"
                if word(i + 1) == "dagegen"
                    || (word(i + 2) == "dagegen" && toks.get(i + 3).is_some_and(|t| t.text == ",")) =>
            {
                let (source, anaphoric) = np.subject_of_verb(i, last_person);
                let end = if word(i + 1) == "dagegen" { i + 1 } else { i + 2 };
                cues.push(Cue { at: i, cue: cue_text(i, end), source, denial: false, anaphoric });
                own_speaker |= source.is_none() && !anaphoric;
            }
            // `Trzaskowski sprach nach den ersten Prognosen von einem
            // Erfolg`, `spricht Kaliforniens Gouverneur von Zerstörung`.
            "sprechen" | "spricht" | "sprach" | "sprachen" if np.later_in_clause(i, 9, "von").is_some() => {
                let von = np.later_in_clause(i, 9, "von").unwrap_or(i);
                let (source, anaphoric) = np.subject_of_verb(i, last_person);
                // (`spricht X von Y`: the source ends at the verb's `von`.)
                let source = source.map(|(a, b)| (a, if a < von && b > von { von } else { b }));
                cues.push(Cue { at: i, cue: cue_text(i, von), source, denial: false, anaphoric })
            }
            // `Dies geht aus den Daten der Wahlkommission hervor`, `Aus einer
            // Auswertung des Ministeriums geht hervor, dass …`: the issuer of
            // the document it comes out of.
            "hervor"
                if (i.saturating_sub(CLAUSE_REACH)..i)
                    .any(|k| matches!(word(k), "geht" | "gehen" | "ging" | "gingen")) =>
            {
                let aus = (i.saturating_sub(CLAUSE_REACH)..i).rev().find(|&k| word(k) == "aus");
                let frame = aus.and_then(|a| noun_frame(&np, a + 1));
                let source = frame.as_ref().and_then(|f| f.source).or_else(|| aus.and_then(|a| np.forward(a + 1)));
                continues |= frame.is_some_and(|f| f.points_back);
                let from = aus.unwrap_or(i);
                cues.push(Cue { at: from.min(i), cue: cue_text(i, i), source, denial: false, anaphoric: false })
            }
            // `Einige Angehörige zeigten sich frustriert, dass …`, `Die
            // Gewerkschaft zeigte sich zufrieden`: a stance, expressed.
            "zeigt" | "zeigte" | "zeigten" | "zeigen" if word(i + 1) == "sich" => {
                let (source, anaphoric) = np.subject_of_verb(i, last_person);
                cues.push(Cue { at: i, cue: cue_text(i, i + 1), source, denial: false, anaphoric })
            }
            // `Der Geheimdienst geht davon aus, dass …`, `Die Regierung geht
            // in ihrer Projektion von 1,0 Prozent aus`: an assessment.
            "geht" | "gehen" | "ging" | "gingen" if np.closing_particle(i, "aus").is_some() => {
                let (source, anaphoric) = np.subject_of_verb(i, last_person);
                let aus = np.closing_particle(i, "aus").unwrap_or(i);
                let cue = if aus <= i + 2 {
                    cue_text(i, aus)
                } else {
                    crate::join::cat(&[toks[i].text, " … ", toks[aus].text])
                };
                cues.push(Cue { at: i, cue, source, denial: false, anaphoric })
            }
            // `Der Netzbetreiber hatte zuvor von 48.000 Haushalten
            // gesprochen`, `Zuvor waren die Behörden von 16 Toten
            // ausgegangen`: what a party said or assumed before.
            "gesprochen" | "ausgegangen" => {
                let aux = (i.saturating_sub(12)..i).rev().find(|&k| {
                    matches!(word(k), "hatte" | "hatten" | "hat" | "haben" | "war" | "waren" | "ist" | "sind")
                });
                if let Some(aux) = aux.filter(|&a| (a + 1..i).any(|k| matches!(word(k), "von" | "davon"))) {
                    let (before, anaphoric) = np.subject_of_verb(aux, last_person);
                    let source = before
                        .filter(|r| r.1 <= aux)
                        .or_else(|| np.forward_subject(aux + 1, last_person).filter(|r| r.1 <= i));
                    let cue = crate::join::cat(&[toks[aux].text, " … ", toks[i].text]);
                    cues.push(Cue { at: aux, cue, source, denial: false, anaphoric });
                }
            }
            // `Merz hat angekündigt, …`, `Gerassimow hatte am Samstag
            // erklärt, …`: the participle of saying closes its clause,
            // and the subject stands before the auxiliary.
            "hatte" | "hat" | "hatten" | "haben" if (i == 0 || toks[i - 1].text != ",") && lang == Lang::De => {
                let participle = (i + 1..n.min(i + 10)).find(|&k| {
                    packed::contains(SPEECH_PARTICIPLES, word(k))
                        && toks.get(k + 1).is_some_and(|t| matches!(t.text, "," | ":"))
                });
                if let Some(k) = participle {
                    // The subject before the auxiliary, or after it when a
                    // phrase comes first (`Am Samstag hatte Gerassimow erklärt`).
                    let (before, anaphoric) = np.subject_of_verb(i, last_person);
                    let source = before
                        .filter(|r| r.1 <= i)
                        .or_else(|| np.forward_subject(i + 1, last_person).filter(|r| r.1 <= k));
                    let denial = toks[k].is(speech::DENIES as u32);
                    let cue = crate::join::cat(&[toks[i].text, " … ", toks[k].text]);
                    cues.push(Cue { at: i, cue, source, denial, anaphoric });
                }
            }
            "hatte" | "hat" | "hatten" | "haben" if i > 0 && toks[i - 1].text == "," => {
                // `…, hatte Putin zum Auftakt der Gespräche gesagt.`
                let participle =
                    (i + 2..toks.len().min(i + 12)).find(|&k| packed::contains(SPEECH_PARTICIPLES, word(k)));
                if let Some(k) = participle {
                    let src = np.forward_subject(i + 1, last_person).filter(|r| r.1 <= k);
                    let denial = toks[k].is(speech::DENIES as u32);
                    cues.push(Cue {
                        at: i,
                        cue: crate::join::cat(&[toks[i].text, " … ", toks[k].text]),
                        source: src,
                        denial,
                        anaphoric: false,
                    });
                }
            }
            _ => {
                let denial = toks[i].is(speech::DENIAL_CUE as u32);
                if !(denial || toks[i].is(speech::SOURCE_VERB as u32) || progressive(toks, i, lang)) {
                    continue;
                }
                // A capitalized German form mid-sentence is a noun (`Das
                // Schreiben des Ministeriums`, `Die Klagen der Anwohner`).
                if lang == Lang::De && toks[i].is_capitalized() && i != first {
                    continue;
                }
                let mut cue = cue_text(i, i);
                // A German verb closing a main clause is a participle (`Urteil
                // am Freitag erwartet`); one closing a clause opened by `wie`,
                // `dass` or a relative pronoun is finite (`, wie die Polizei
                // mitteilte`).
                if lang == Lang::De && np.closes_main_clause(i) {
                    continue;
                }
                // `intelligence agencies estimate that …`, not the noun (`the
                // latest estimate puts …`); `officials believe that …`, not
                // a belief without its clause (`Many believe the war …`).
                // (A named believer needs no `that`: `CEO Oliver Blume
                // believes the agreement is enough`.)
                let named_before = i > first + 1 && toks[i - 1].is_capitalized() && toks[i - 1].kind == TokenKind::Word;
                if matches!(w, "estimate" | "believe" | "believes") && word(i + 1) != "that" && !named_before {
                    continue;
                }
                // `warf der Regierung vor, …`: an accusation only with its
                // particle at the end of the clause (`warf Steine vor das
                // Rathaus` accuses no one).
                if matches!(w, "warf" | "warfen" | "wirft" | "werfen") {
                    let vor = (i + 1..n.min(i + 1 + CLAUSE_REACH))
                        .find(|&k| word(k) == "vor" || toks[k].kind == TokenKind::Punct);
                    match vor
                        .filter(|&k| word(k) == "vor" && toks.get(k + 1).is_none_or(|t| t.kind == TokenKind::Punct))
                    {
                        Some(k) => cue = crate::join::cat(&[toks[i].text, " … ", toks[k].text]),
                        None => continue,
                    }
                }
                // `teilte … mit`, `wies … zurück`, `kündigte … an`: the particle
                // ends the clause.
                if let Some(next_particle) = match w {
                    "teilte" | "teilten" | "teilt" => Some(next_mit.get_or_init(|| next_word("mit"))),
                    "wies" | "wiesen" | "weist" => Some(next_zurueck.get_or_init(|| next_word("zurück"))),
                    "kündigte" | "kündigten" | "kündigt" => Some(next_an.get_or_init(|| next_word("an"))),
                    // `räumte die Niederlage ein` (`räumte die Straße` says nothing).
                    "räumte" | "räumten" | "räumt" => Some(next_ein.get_or_init(|| next_word("ein"))),
                    _ => None,
                } {
                    // The particle closes its clause (`kündigte an, …`), it is
                    // no preposition (`kündigte Hunderten an seinem Standort`).
                    let closes = |k: usize| {
                        !(w.starts_with("kündigt") || w.starts_with("räumt"))
                            || toks.get(k + 1).is_none_or(|t| t.kind == TokenKind::Punct || word(k + 1) == "dass")
                    };
                    match next_particle[i + 1].filter(|&k| closes(k)) {
                        Some(k) => cue = crate::join::cat(&[toks[i].text, " … ", toks[k].text]),
                        None => continue,
                    }
                }
                // (In the progressive the subject stands before the auxiliary.)
                let verb = if progressive(toks, i, lang) { i - 1 } else { i };
                let (source, anaphoric) = np.subject_of_verb(verb, last_person);
                if source.is_none() && !anaphoric {
                    // `It said`, `Sie erklärten`: a pronoun for the speaker
                    // before; any other subject is a speaker of its own.
                    let pronoun = i > 0 && matches!(word(i - 1), "it" | "they" | "es" | "sie" | "this");
                    continues |= pronoun;
                    own_speaker |= !pronoun;
                }
                cues.push(Cue { at: i, cue, source, denial, anaphoric });
            }
        }
    }
    // `According to reports`, `nach Informationen dieser Zeitung`: no
    // party; the report's own hearsay or its own research.
    for c in cues.iter_mut() {
        if c.source.is_some_and(|r| np.generic(r)) {
            c.source = None;
        }
    }
    let pick = if modality == Modality::Denied { cues.iter().find(|c| c.denial && c.source.is_some()) } else { None };
    let pick = pick.or_else(|| cues.iter().filter(|c| c.source.is_some()).min_by_key(|c| c.at));
    let attribution = pick.map(|c| {
        let (a, b) = c.source.unwrap();
        let a = np.skip_determiners(a, b);
        let b = np.without_addressee(a, b);
        let span = toks[a].start..toks[b - 1].end;
        let mut ids: Vec<String> = Vec::new();
        for e in ents.iter().filter(|e| e.start >= span.start && e.end <= span.end) {
            if !ids.contains(&e.id) {
                ids.push(e.id.clone());
            }
        }
        let written = &text[span.clone()];
        let pronoun = b - a == 1 && is_person_pronoun(&toks[a].lower);
        // `Er`, `the airline`, `der Konzern` alone tell the reader little:
        // the party they stand for follows (`the airline (Air India)`).
        let stands_for = if pronoun { last_person } else { described(&toks[a..b], ids.is_empty(), before) };
        // `both men`, `beide`: the two people named last.
        if let Some((p, q)) = before.pair.filter(|_| both(&toks[a..b])) {
            let and = if lang == Lang::De { " und " } else { " and " };
            let source = crate::join::cat(&[written, " (", &p.name, and, &q.name, ")"]);
            let entities = [p, q].iter().filter(|e| !e.id.starts_with("name:")).map(|e| e.id.clone()).collect();
            return Box::new(Attribution {
                source,
                kind: SourceKind::Person,
                cue: c.cue.clone(),
                entities,
                inherited: false,
            });
        }
        let Some(p) = stands_for else {
            let kind = classify_source(written, ents, &span);
            return Box::new(Attribution {
                source: written.to_string(),
                kind,
                cue: c.cue.clone(),
                entities: ids,
                inherited: false,
            });
        };
        let kind =
            if p.kind == EntityKind::Person { SourceKind::Person } else { classify_source(&p.name, ents, &span) };
        let entities = if p.id.starts_with("name:") { Vec::new() } else { vec![p.id.clone()] };
        let source = crate::join::cat(&[written, " (", &p.name, ")"]);
        Box::new(Attribution { source, kind, cue: c.cue.clone(), entities, inherited: false })
    });
    let anaphoric = pick.is_some_and(|c| c.anaphoric);
    Own { attribution, anaphoric, continues: continues && pick.is_none(), own_speaker: own_speaker && pick.is_none() }
}

crate::packed_table!(
    /// Participles of saying after `…, hatte X … gesagt`.
    SPEECH_PARTICIPLES,
    "\
angekündigt
argumentiert
bekräftigt
berichtet
bestritten
betont
dementiert
eingeräumt
erklärt
gemeldet
gesagt
geschrieben
gewarnt
mitgeteilt
verkündet
versichert
vorgeworfen
zugegeben
zurückgewiesen"
);

crate::packed_table!(
    /// Nouns that frame what a source gave out: `nach Angaben`, `nach
    /// einer Schätzung`, `nach jüngster Bilanz der Feuerwehr`.
    FRAME_NOUNS,
    "\
angaben
aussagen
auswertung
berechnung
berechnungen
berichten
bilanz
darstellung
daten
einschätzung
erkenntnissen
informationen
prognose
schätzung
schätzungen
zahlen"
);

/// A source given by a noun frame after `nach` (the frame opens at `i`).
struct Frame {
    /// Where the cue ends: the frame noun, or its `von` / `aus`.
    cue_end: usize,
    /// The party the frame names (`des Verbands`), or the frame itself
    /// when an adjective makes it one (`offiziellen Angaben`).
    source: Option<(usize, usize)>,
    /// A bare frame (`nach diesen Angaben`): the source named before.
    points_back: bool,
    /// The frame is its own source (`nach offiziellen Angaben`): any cue
    /// that names a party is the better one (`wie das Amt nach einer
    /// ersten Schätzung mitteilte`).
    frame_only: bool,
}

crate::packed_table!(
    /// Possessive determiners: `nach ihren Berechnungen` is the source before.
    POSSESSIVES,
    "\
her
his
ihre
ihrem
ihren
ihrer
its
seine
seinem
seinen
seiner
their"
);

/// Reads `[determiner] [adjectives] frame-noun [von|aus|des …] source`
/// from token `i` (at most three words before the noun).
fn noun_frame(np: &Np, i: usize) -> Option<Frame> {
    let word = |k: usize| np.word(k).unwrap_or("");
    let noun = (i..i + 4).find(|&k| packed::contains(FRAME_NOUNS, word(k)))?;
    let qualified = (i..noun).all(|k| {
        is_determiner(word(k)) || is_pointer_pronoun(word(k)) || (!np.toks[k].is_capitalized() && np.word(k).is_some())
    });
    if !qualified {
        return None;
    }
    let from = if matches!(word(noun + 1), "von" | "aus") { noun + 2 } else { noun + 1 };
    let named =
        np.forward(from).filter(|_| np.starts_np(from) && !np.toks[from].is_capitalized() || np.capitalized(from));
    // `nach ihren Berechnungen`: a possessive points back too.
    let possessive = (i..noun).any(|k| packed::contains(POSSESSIVES, word(k)));
    let adjective = (i..noun).any(|k| np.adjective(k) && !is_pointer_pronoun(word(k))) && !possessive;
    let source = named.or_else(|| adjective.then(|| (i, noun + 1)));
    let cue_end = from - 1;
    Some(Frame { cue_end, source, points_back: source.is_none(), frame_only: named.is_none() && source.is_some() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::gazetteer::Gazetteer;

    fn attr(s: &str) -> Option<Attribution> {
        let lang = crate::doc::language::detect(s);
        let sent = [crate::report::Sentence { start: 0, end: s.len(), block: 0 }];
        let doc = Document::with_sentences(s, &sent, lang, None);
        let ents = crate::extract::entity::find_all(&doc, &Gazetteer::builtin());
        let m = [crate::extract::modality::classify(&doc.sentence(0))];
        find_all(&doc, &ents, &m, &[]).pop().unwrap().map(|a| *a)
    }

    #[test]
    fn laut_and_zufolge() {
        let a = attr("Laut DWD fielen 129 Liter.").unwrap();
        assert_eq!((a.source.as_str(), a.kind, a.cue.as_str()), ("DWD", SourceKind::Official, "Laut"));
        let a = attr("Beobachtern zufolge sind sie leichte Ziele.").unwrap();
        assert_eq!((a.source.as_str(), a.kind), ("Beobachtern", SourceKind::Observer));
    }

    #[test]
    fn verb_subject_both_ways() {
        let a = attr("Die Kämpfe dauerten an, erklärte der Generalstab am Samstag.").unwrap();
        assert_eq!((a.source.as_str(), a.kind), ("Generalstab", SourceKind::Military));
        let a = attr("Bayerns Ministerpräsident Söder sagte, es seien viele.").unwrap();
        assert_eq!(a.entities, ["markus_soeder"]);
        assert_eq!(a.kind, SourceKind::Person);
    }

    /// A subheading's source does not carry into the prose under it: the
    /// reported speech there is someone else's (or its own sentence's).
    #[test]
    fn no_source_from_a_heading() {
        let text = "Der Tag\n\nEinleitung des Artikels mit genug Worten für einen Absatz hier.\n\nKiew weist Darstellung zurück\n\nDie Region sei vollständig zurückerobert.";
        let r = crate::analyze(&[crate::ArticleInput::text(text).published("2025-04-28")], &crate::Options::default())
            .unwrap();
        let c = r.claims.iter().find(|c| c.text.starts_with("Die Region")).expect("the reported claim");
        assert_eq!(c.modality, Modality::Reported);
        assert!(c.attribution.is_none(), "{:?}", c.attribution);
    }

    #[test]
    fn no_cue_no_source() {
        assert_eq!(attr("Die Kämpfe dauern an."), None);
        assert_eq!(attr("Er nannte das „sagte er“ nicht."), None);
    }
}
