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

use crate::doc::language::Lang;
use crate::doc::token::{Token, TokenKind};
use crate::doc::{is_quote_mark, Document, SentenceView};
use crate::lexicon::descriptions;
use crate::lexicon::packed;
use crate::lexicon::speech;
use crate::report::{Attribution, BlockKind, Entity, EntityKind, Modality, SourceKind};
use std::cell::OnceCell;

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

/// How many sentences back a pronoun (`he said`, `sagte er`) can reach
/// the person named last: a quotation with its speech tag and a sentence or
/// two of reported speech lie between them; further back, the reader has
/// lost the thread too.
const PRONOUN_REACH: usize = 5;

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
        };
        let mut found = find_own(&s, ents, modality, before);
        if found.attribution.is_none() && kind(i).is_some_and(BlockKind::is_heading) {
            found.attribution = headline_speaker(&s, ents);
        }
        if let Some(p) = person_named(found.attribution.as_deref(), ents) {
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
            named.retain(|(h, _)| *h != head);
            named.insert(0, (head, name));
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
    // (The verb of a heading is lowercase: `Statistikamt korrigiert:`.)
    let (name, verb) = match toks[colon - 1].is_capitalized() {
        false => (&toks[..colon - 1], Some(&toks[colon - 1])),
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

/// The person a sentence names last, for a pronoun after it: its own source
/// when that is a person named by name (`Viswashkumar told …`), else the
/// last person among its entities (a known person, or a name of two or three
/// capitalized words the gazetteer does not know).
fn person_named(own: Option<&Attribution>, ents: &[Entity]) -> Option<Entity> {
    let personal = |a: &&Attribution| {
        matches!(a.kind, SourceKind::Person | SourceKind::Other)
            && !a.inherited
            && !a.source.contains('(')
            && is_a_name(&a.source)
            && ents.iter().filter(|e| a.entities.contains(&e.id)).all(|e| e.kind == EntityKind::Person)
    };
    if let Some(a) = own.filter(personal) {
        let known = ents.iter().find(|e| a.entities.contains(&e.id) && e.kind == EntityKind::Person);
        return Some(known.cloned().unwrap_or_else(|| Entity {
            text: a.source.clone(),
            id: crate::join::cat(&["name:", &a.source.to_lowercase()]),
            kind: EntityKind::Person,
            name: a.source.clone(),
            ..Entity::default()
        }));
    }
    ents.iter()
        .rev()
        .find(|e| {
            e.kind == EntityKind::Person || (e.id.starts_with("name:") && is_a_name(&e.text) && e.text.contains(' '))
        })
        .cloned()
}

/// Whether a source phrase is a personal name: one to three words, each
/// capitalized, no digits, no word a party's description would use
/// (`Air India`, `Verdi` are organizations; only their entity tells).
fn is_a_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
                && w.chars().filter(|c| c.is_uppercase()).count() <= 2
        })
        && !words.iter().any(|w| descriptions::is_organization(&w.to_lowercase()))
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

/// The parties a description can stand for: the person and the
/// organization the report named last.
#[derive(Clone, Copy, Default)]
struct Before<'e> {
    person: Option<&'e Entity>,
    organization: Option<&'e Entity>,
    /// Descriptions the report gave a name to (`die Fluggesellschaft Air
    /// India`): folded head noun and the name, latest first.
    named: &'e [(String, Entity)],
}

/// The party a description stands for (`the airline`, `der Konzern`, `the
/// man`): a source of at most three words without a name of its own
/// (`unnamed`: no entity, and no capitalized word but the head, a
/// determiner or a town's adjective like `Wolfsburger`), whose head
/// describes an organization or a person, resolved to the one the report
/// named last.
fn described<'e>(words: &[Token], unnamed: bool, before: Before<'e>) -> Option<&'e Entity> {
    let words = match words.split_last() {
        Some((last, rest)) if matches!(last.lower.as_ref(), "itself" | "selbst") => rest,
        _ => words,
    };
    let (head, rest) = words.split_last()?;
    let qualifies = |t: &Token| !t.is_capitalized() || is_determiner(&t.lower) || t.lower.ends_with("er");
    if !unnamed || words.len() > 3 || !rest.iter().all(qualifies) {
        return None;
    }
    // `des Landkreises`, `des Verbunds`: the German genitive of the head.
    let heads = [Some(head.lower.as_ref()), Some(without_genitive(&head.lower))];
    let meets = |h: &str| heads.iter().flatten().any(|w| h == *w || (w.len() >= 5 && h.ends_with(*w)));
    if let Some((_, e)) = before.named.iter().find(|(h, _)| meets(h)) {
        Some(e)
    } else if heads.iter().flatten().any(|w| descriptions::is_organization(w)) {
        before.organization
    } else if descriptions::is_person(&head.lower) {
        before.person
    } else {
        None
    }
}

/// The descriptions a sentence gives a name to: a description noun after a
/// determiner or an adjective and right before a name of one to four
/// capitalized words (`die indische Fluggesellschaft Air India`, `the
/// airline Air India`, `der Autobauer Volkswagen`).
fn descriptions_named(s: &SentenceView) -> Vec<(String, Entity)> {
    let toks = s.toks;
    let cap = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word && !t.quoted && t.is_capitalized() && !is_capitalized_function_word(&t.lower)
        })
    };
    let mut out = Vec::new();
    for k in 1..toks.len() {
        let head = &toks[k];
        let base = without_genitive(&head.lower);
        let org = descriptions::is_organization(base);
        // (After a determiner or a lowercase adjective: a capitalized word
        // before it would be a name the description belongs to.)
        let opens = is_determiner(&toks[k - 1].lower) || !toks[k - 1].is_capitalized();
        if !(org || descriptions::is_person(base)) || !opens {
            continue;
        }
        let end = (k + 1..(k + 5).min(toks.len()))
            .take_while(|&j| cap(j) && !descriptions::is_organization(&toks[j].lower))
            .last();
        let Some(end) = end else { continue };
        let name = &s.text[toks[k + 1].start..toks[end].end];
        let kind = if org { EntityKind::Organization } else { EntityKind::Person };
        let id = crate::join::cat(&["name:", &name.to_lowercase()]);
        out.push((
            base.to_string(),
            Entity { text: name.to_string(), id, kind, name: name.to_string(), ..Entity::default() },
        ));
    }
    out
}

/// A German noun without the genitive ending of its description head
/// (`Landkreises` → `landkreis`, `Klinikverbunds` → `klinikverbund`); the
/// word itself when it has none or is no description.
fn without_genitive(w: &str) -> &str {
    let known = |b: &str| descriptions::is_organization(b) || descriptions::is_person(b);
    [w.strip_suffix("es"), w.strip_suffix('s')].into_iter().flatten().find(|b| b.len() >= 4 && known(b)).unwrap_or(w)
}

/// The organization a sentence names last, for a description after it
/// (`the airline`): its own source when that is no person and no
/// description (`Air India has confirmed …`), else its last organization.
fn organization_named(own: Option<&Attribution>, ents: &[Entity]) -> Option<Entity> {
    let by_name = |a: &&Attribution| {
        !a.inherited
            && !a.source.contains('(')
            && !matches!(a.kind, SourceKind::Person | SourceKind::Other | SourceKind::Media)
            && a.source.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && a.source.split_whitespace().last().is_some_and(|w| !descriptions::is_organization(&w.to_lowercase()))
    };
    if let Some(a) = own.filter(by_name) {
        let id = a.entities.first().cloned().unwrap_or_else(|| crate::join::cat(&["name:", &a.source.to_lowercase()]));
        return Some(Entity {
            text: a.source.clone(),
            id,
            kind: EntityKind::Organization,
            name: a.source.clone(),
            ..Entity::default()
        });
    }
    ents.iter()
        .rev()
        .find(|e| e.kind == EntityKind::Organization || (e.id.starts_with("name:") && names_organization(&e.text)))
        .cloned()
}

/// Whether a name is an organization's by its words: a description as its
/// head or part (`Klinikverbund Südmark`, `Weser-Aller Netz`), or a legal
/// form (`Volkswagen AG`, `Skyvale Air Ltd`).
fn names_organization(name: &str) -> bool {
    name.split(|c: char| c.is_whitespace() || c == '-').any(|w| {
        matches!(w, "AG" | "GmbH" | "SE" | "KG" | "Inc" | "Ltd" | "plc" | "Corp" | "LLC")
            || descriptions::is_organization(&w.to_lowercase())
    })
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
                    let first = first_word(toks);
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
                let before =
                    (first_word(toks)..i).find(|&k| word(k) == "aus").filter(|&k| k + 4 >= i || k == first_word(toks));
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
                    let denial = matches!(word(k), "bestritten" | "dementiert");
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
                    let denial = matches!(word(k), "bestritten" | "dementiert");
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
                if !(denial || toks[i].is(speech::SOURCE_VERB as u32)) {
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
                if matches!(w, "estimate" | "believe" | "believes") && word(i + 1) != "that" {
                    continue;
                }
                // `warf der Regierung vor, …`: an accusation only with its
                // particle at the end of the clause (`warf Steine vor das
                // Rathaus` accuses no one).
                if matches!(w, "warf" | "warfen" | "wirft" | "werfen") {
                    let vor = (i + 1..n).find(|&k| word(k) == "vor" || toks[k].kind == TokenKind::Punct);
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
                let (source, anaphoric) = np.subject_of_verb(i, last_person);
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
zugegeben"
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

/// Whether a word after a comma opens an aside between a subject and its
/// verb: a relative pronoun (`der`, `dessen`, `who`; the lexicon's list) or
/// an English participle (`speaking`, `citing`).
fn opens_aside(w: &str, t: &Token, lang: Lang) -> bool {
    t.is(crate::lexicon::words::RELATIVE)
        || (lang == Lang::En && !t.is_capitalized() && w.ends_with("ing") && w.len() > 5)
        // An apposition: `Marta Quell, a nurse at the clinic, told …`.
        || (lang == Lang::En && matches!(w, "a" | "an" | "the"))
}

fn first_word(toks: &[Token]) -> usize {
    (0..toks.len()).find(|&i| !toks[i].quoted && toks[i].kind == TokenKind::Word).unwrap_or(toks.len())
}

fn is_adverb(w: &str) -> bool {
    packed::contains(ADVERBS, w)
}

crate::packed_table!(
    /// Adverbs and auxiliaries that may stand between a source and its verb.
    ADVERBS,
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
fn is_capitalized_function_word(w: &str) -> bool {
    packed::contains(CAPITALIZED_FUNCTION_WORDS, w)
}

crate::packed_table!(
    /// Words that open a German sentence capitalized without being nouns (lowercased).
    CAPITALIZED_FUNCTION_WORDS,
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

fn is_person_pronoun(w: &str) -> bool {
    matches!(w, "er" | "sie" | "he" | "she")
}

fn is_pointer_pronoun(w: &str) -> bool {
    matches!(w, "das" | "dies" | "this" | "that" | "es" | "it")
}

/// English nouns a contact clause hangs on (`a claim the leader rejected`).
fn is_claim_noun(w: &str) -> bool {
    matches!(w, "claim" | "charge" | "accusation" | "allegation" | "assertion")
}

fn is_determiner(w: &str) -> bool {
    packed::contains(DETERMINERS, w)
}

crate::packed_table!(
    /// Articles, German and English.
    DETERMINERS,
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
fn is_function_word(w: &str) -> bool {
    packed::contains(FUNCTION_WORDS, w)
}

crate::packed_table!(
    /// Lowercase words that never sit inside a source phrase.
    FUNCTION_WORDS,
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
struct Np<'a> {
    toks: &'a [Token<'a>],
    /// Sorted by start (as `entity::find_all` gives them): searched by
    /// bisection, since a long sentence can hold thousands.
    ents: &'a [Entity],
    lang: Lang,
    /// How many words open the sentence that are pointer pronouns (`Das`,
    /// `es`), and pointer pronouns or `weiter`: counted once, not per cue.
    pointers: usize,
    pointers_or_weiter: usize,
}

impl Np<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        (i < self.toks.len() && !self.toks[i].quoted && matches!(self.toks[i].kind, TokenKind::Word | TokenKind::Mixed))
            .then(|| self.toks[i].lower.as_ref())
    }

    /// A capitalized word that can be a noun (`Generalstab`, `71-Jährige`),
    /// not a capitalized adverb or preposition (`Nun`, `Am`).
    fn capitalized(&self, i: usize) -> bool {
        let Some(w) = self.word(i) else { return false };
        let t = &self.toks[i];
        let cap = t.is_capitalized()
            || (t.kind == TokenKind::Mixed
                && t.text.rsplit('-').next().is_some_and(|p| p.chars().next().is_some_and(char::is_uppercase)));
        cap && !is_capitalized_function_word(w)
    }

    /// A lowercase word that can stand before a noun.
    fn adjective(&self, i: usize) -> bool {
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

    fn is_entity_start(&self, i: usize) -> bool {
        debug_assert!(self.ents.windows(2).all(|w| w[0].start <= w[1].start), "entities sorted by start");
        i < self.toks.len() && self.ents.binary_search_by_key(&self.toks[i].start, |e| e.start).is_ok()
    }

    fn has_entity(&self, r: (usize, usize)) -> bool {
        let (a, b) = (self.toks[r.0].start, self.toks[r.1 - 1].end);
        let from = self.ents.partition_point(|e| e.start < a);
        self.ents[from..].iter().take_while(|e| e.start < b).any(|e| e.end <= b)
    }

    /// How many words at the start of the sentence satisfy `f`.
    fn leading(&self, f: impl Fn(&str) -> bool) -> usize {
        (0..self.toks.len()).find(|&k| !self.word(k).is_some_and(&f)).unwrap_or(self.toks.len())
    }

    /// Whether a noun phrase can start at `i`.
    fn starts_np(&self, i: usize) -> bool {
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
    fn title_from(&self, open: usize) -> Option<usize> {
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
    fn initial(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word && !t.quoted && t.text.len() == 1 && t.text.as_bytes()[0].is_ascii_uppercase()
        }) && self.toks.get(k + 1).is_some_and(|t| t.text == ".")
    }

    /// An abbreviation of two or more initials opening at `i`: its end,
    /// past the last point.
    fn abbreviation_from(&self, i: usize) -> Option<usize> {
        let mut k = i;
        while self.initial(k) {
            k += 2;
        }
        (k >= i + 4).then_some(k)
    }

    /// Where the abbreviation ending right before `end` opens, if one does.
    fn abbreviation_to(&self, end: usize) -> Option<usize> {
        let mut k = end;
        while k >= 2 && self.initial(k - 2) {
            k -= 2;
        }
        (k + 4 <= end).then_some(k)
    }

    /// Where the quoted title ending right before `end` opens, if one does.
    fn title_to(&self, end: usize) -> Option<usize> {
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
    fn generic(&self, (a, b): (usize, usize)) -> bool {
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
    fn closes_main_clause(&self, i: usize) -> bool {
        // (A comma after the verb opens what is said: `Schäfer sagte, …`.)
        let at_end = self.toks.get(i + 1).is_none_or(|t| matches!(t.text, "." | "!" | "?" | ";"));
        let start = (0..i).rev().find(|&k| self.toks[k].kind == TokenKind::Punct).map_or(0, |k| k + 1);
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
    fn later_in_clause(&self, i: usize, reach: usize, w: &str) -> Option<usize> {
        (i + 1..(i + 1 + reach).min(self.toks.len()))
            .take_while(|&k| self.toks[k].kind != TokenKind::Punct)
            .find(|&k| self.word(k) == Some(w))
    }

    /// The particle `p` that closes the clause of the verb at `i` (`geht …
    /// von 1,0 Prozent aus.`): the clause's last word, with a `von` or
    /// `davon` before it.
    fn closing_particle(&self, i: usize, p: &str) -> Option<usize> {
        let end = (i + 1..self.toks.len()).find(|&k| self.toks[k].kind == TokenKind::Punct).unwrap_or(self.toks.len());
        let last = end.checked_sub(1).filter(|&k| k > i && self.word(k) == Some(p))?;
        (i + 1..last).any(|k| matches!(self.word(k), Some("von" | "davon"))).then_some(last)
    }

    /// Whether the sentence starts with `Das`/`Dies` right before token `i`.
    fn starts_with_pointer(&self, i: usize) -> bool {
        i > 0 && i <= self.pointers_or_weiter && self.word(0).is_some_and(|w| matches!(w, "das" | "dies" | "this"))
    }

    /// The noun phrase starting at `i`, as a token range.
    #[allow(clippy::if_same_then_else, reason = "one branch per case of the grammar, each with its comment")]
    fn forward(&self, i: usize) -> Option<(usize, usize)> {
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
                    matches!(w, "des" | "der" | "von" | "vom" | "aus" | "und" | "sowie" | "of" | "and")
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
    fn backward(&self, end: usize) -> Option<(usize, usize)> {
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
                && w.is_some_and(|w| matches!(w, "von" | "aus" | "of" | "und" | "and"))
                && k > 0
                && self.capitalized(k - 1)
            {
                start = Some(k);
            } else if seen_head && (t.text == "'" || t.text == "’") && k > 0 && self.capitalized(k - 1) {
                start = Some(k);
            } else {
                break;
            }
            j -= 1;
        }
        let s = start?;
        // Never start on a connector.
        let s = (s..end)
            .find(|&k| !self.word(k).is_some_and(|w| matches!(w, "von" | "aus" | "of" | "und" | "and")))
            .unwrap_or(s);
        seen_head.then_some((s, end))
    }

    /// [`Np::backward`] for a subject, with the place English wires put
    /// after its head: `officials in Kyiv said`, `Police in Bavaria said`,
    /// `authorities in the region said`.
    fn backward_subject(&self, end: usize) -> Option<(usize, usize)> {
        let r = self.backward(end)?;
        if self.lang == Lang::En && r.0 >= 2 && self.word(r.0 - 1) == Some("in") {
            if let Some(head) = self.backward(r.0 - 1).filter(|h| h.1 == r.0 - 1) {
                return Some((head.0, r.1));
            }
        }
        Some(r)
    }

    fn subject_of_verb(&self, verb: usize, last_person: Option<&Entity>) -> (Option<(usize, usize)>, bool) {
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
        if let Some(k) = (end.saturating_sub(4)..end).rev().find(|&k| {
            self.lang == Lang::En
                && self.word(k).is_some_and(|w| matches!(w, "und" | "and"))
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
    fn without_addressee(&self, a: usize, b: usize) -> usize {
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
    fn wie_subject(&self, verb: usize, last_person: Option<&Entity>) -> Option<(usize, usize)> {
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
    fn verb_opens_speech(&self, verb: usize) -> bool {
        let next = self.toks.get(verb + 1);
        match self.lang {
            Lang::De => next.is_none_or(|t| t.text == "," || t.lower == "dass" || t.lower == "mit"),
            // (`told the Valley Courier`: after `told` stands who is told.)
            // (`said he believed …`: the pronoun opens what is said; only
            // `…, said he.` is the speaker after the verb.)
            Lang::En => {
                let inverted_pronoun = self.word(verb + 1).is_some_and(is_person_pronoun)
                    && self.toks.get(verb + 2).is_none_or(|t| t.kind == TokenKind::Punct);
                !(self.word(verb + 1).is_some_and(is_determiner) || inverted_pronoun)
                    || self.word(verb).is_some_and(|w| matches!(w, "told" | "tells" | "tell"))
            }
        }
    }

    /// Where a time phrase (or `auf Anfrage`) ending right before `end`
    /// starts: `am Dienstag`, `am frühen Morgen`, `in der Nacht`, `im
    /// vergangenen Jahr`, as they stand between a subject and its verb
    /// (`wie die Bundeswahlleiterin in der Nacht mitteilte`).
    fn time_phrase_before(&self, end: usize) -> Option<usize> {
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

    fn forward_subject(&self, i: usize, last_person: Option<&Entity>) -> Option<(usize, usize)> {
        if self.word(i).is_some_and(is_person_pronoun) {
            return last_person.map(|_| (i, i + 1));
        }
        self.forward(i)
    }

    /// After `heißt es in/aus`: the phrase to the next punctuation, from its
    /// first capitalized word that is not a date (`einer am Montag
    /// veröffentlichten Mitteilung des Kremls` → `Mitteilung des Kremls`).
    fn lenient(&self, i: usize) -> Option<(usize, usize)> {
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

    fn skip_determiners(&self, mut a: usize, b: usize) -> usize {
        while a + 1 < b && self.word(a).is_some_and(is_determiner) {
            a += 1;
        }
        a
    }
}

crate::packed_table!(
    /// German words that end like an adjective before a noun but are none.
    DE_NON_ADJECTIVES,
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
    FOCUS_PARTICLES,
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
    CLAUSE_OPENERS,
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
fn is_time_word(w: &str) -> bool {
    use crate::lexicon::calendar;
    (calendar::is_weekday_name(w) && w != "sonnabend")
        || (calendar::is_day_part(w) && !matches!(w, "nacht" | "früh"))
        || w == "wochenende"
        || calendar::is_month_name(w, Some(crate::doc::language::Lang::De))
}

/// What kind of source a phrase names: known institutions first, then a named
/// person, then telling words, then a state (its government speaking).
fn classify_source(source: &str, ents: &[Entity], span: &std::ops::Range<usize>) -> SourceKind {
    let inside: Vec<&Entity> = ents.iter().filter(|e| e.start >= span.start && e.end <= span.end).collect();
    let by_id = |id: &str| -> Option<SourceKind> {
        Some(match id {
            "kcna" | "tass" | "ria_novosti" | "rodong_sinmun" => SourceKind::StateMedia,
            "nis" => SourceKind::Intelligence,
            "us_military" | "general_staff" | "ukraine_general_staff" | "russia_general_staff" | "wpk_cmc" => {
                SourceKind::Military
            }
            "kremlin" | "bundeswahlleitung" | "dwd" | "landratsamt" | "nato" | "eu" | "un" => SourceKind::Official,
            "dpa" | "afp" | "ap" | "reuters" | "yonhap" | "interfax" => SourceKind::Media,
            _ => return None,
        })
    };
    let l = source.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| l.contains(w));
    if let Some(k) = inside.iter().filter_map(|e| by_id(&e.id)).find(|k| *k == SourceKind::StateMedia) {
        return k;
    }
    if has(&[
        "staatsmedien",
        "staatliche nachrichtenagentur",
        "staatlichen nachrichtenagentur",
        "state news agency",
        "state media",
        "staatsfernsehen",
        "state television",
    ]) {
        return SourceKind::StateMedia;
    }
    if let Some(k) = inside.iter().find_map(|e| by_id(&e.id)) {
        return k;
    }
    if inside.iter().any(|e| e.kind == EntityKind::Person) {
        return SourceKind::Person;
    }
    if has(&["geheimdienst", "nachrichtendienst", "intelligence", "spy agency"]) {
        return SourceKind::Intelligence;
    }
    if has(&[
        "militär",
        "armee",
        "generalstab",
        "streitkräfte",
        "military",
        "army",
        "general staff",
        "verteidigungsministerium",
        "pentagon",
    ]) {
        return SourceKind::Military;
    }
    if has(&[
        "kreml",
        "regierung",
        "ministerium",
        "präsident",
        "minister",
        "behörde",
        "amt",
        "polizei",
        "feuerwehr",
        "wetterdienst",
        "wahlleit",
        "sprecher",
        "government",
        "ministry",
        "official",
        "authorit",
        "police",
        "kremlin",
        "white house",
    ]) {
        return SourceKind::Official;
    }
    if has(&["beobachter", "experte", "expertin", "analyst", "observer", "expert", "forscher", "researcher"]) {
        return SourceKind::Observer;
    }
    if has(&["kreise", "kreisen", "insider", "anonym", "sources", "quellen", "circles"]) {
        return SourceKind::Anonymous;
    }
    if has(&[
        "zeitung",
        "sender",
        "nachrichtenagentur",
        "agentur",
        "newspaper",
        "news agency",
        "broadcaster",
        "magazin",
        "tv",
        "bericht",
        "report",
    ]) || source.starts_with(|c: char| is_quote_mark(c.encode_utf8(&mut [0; 4])))
    {
        // (A report no office gave out, and a title in quotation marks,
        // `laut „Bild“`, are the press's.)
        return SourceKind::Media;
    }
    if inside.iter().any(|e| e.kind == EntityKind::State) {
        return SourceKind::Official;
    }
    SourceKind::Other
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
