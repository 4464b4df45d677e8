//! Entity mentions: gazetteer matches, role references resolved within the
//! story, unknown capitalized names. OWNER: entities & attribution (issue 4).
//!
//! Three passes over an article:
//!
//! 1. Gazetteer matches, longest first, over the shared tokens; a hyphenated
//!    compound that matches nothing whole is tried part by part
//!    (`Ukraine-Krieg` mentions Ukraine, `Kursk-Kämpfen` Kursk).
//! 2. Role references (`der russische Präsident`) resolve to their entry; a
//!    role several entries share (`Bundeskanzler`: Scholz or Merz) resolves to
//!    the one the article names elsewhere, and to nothing when it names
//!    neither — a wrong id would make claims align that should not.
//! 3. Unknown names. German capitalizes every noun, so a capitalized pair is
//!    only taken as a name when the first word is a known given name
//!    (`Alexander Garmaew`), when an appositive follows (`X Y, ein russischer
//!    Kriegskorrespondent`), or when a role noun precedes (`Sprecher X Y`).
//!
//! Adjectives and demonyms (`nordkoreanische`, `Russen`) are mentions of their
//! state: they carry who does what. They are never a source on their own; the
//! attribution module takes whole noun phrases as sources.

use crate::doc::language::Lang;
use crate::doc::normalize::fold;
use crate::doc::token::{Token, TokenKind};
use crate::doc::Document;
use crate::lexicon::gazetteer::{Gazetteer, Match, MatchKind};
use crate::lexicon::{packed, words};
use crate::report::{Entity, EntityKind};

/// A gazetteer match before roles are resolved.
struct Raw {
    start: usize,
    end: usize,
    entries: Vec<usize>,
}

/// Finds the entities of each sentence of an article (one `Vec` per sentence),
/// with the whole article in view so role references (`der russische
/// Präsident`) resolve to people the story names.
pub fn find_all(doc: &Document, gaz: &Gazetteer) -> Vec<Vec<Entity>> {
    let (text, lang) = (doc.text, doc.lang);
    let mut raws: Vec<Vec<Raw>> = Vec::with_capacity(doc.sentences.len());
    let mut unknown: Vec<Vec<Entity>> = Vec::with_capacity(doc.sentences.len());
    // Where the article names each entry (byte offsets), for shared roles.
    let mut named: Vec<Vec<usize>> = vec![Vec::new(); gaz.entries().len()];
    // One buffer for all sentences, not an allocation per sentence.
    let mut covered = Vec::new();
    for s in doc.sentence_views() {
        let toks = s.toks;
        covered.clear();
        covered.resize(toks.len(), false);
        let mut found = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if toks[i].kind != TokenKind::Word {
                i += 1;
                continue;
            }
            if let Some(m) = gaz.longest_match(toks, i, 8, lang).filter(|m| !in_proper_name(m, toks, i, lang)) {
                if m.kind == MatchKind::Name {
                    named[m.entries[0]].push(toks[i].start);
                }
                found.push(Raw { start: toks[i].start, end: toks[i + m.len - 1].end, entries: m.entries });
                covered[i..i + m.len].iter_mut().for_each(|c| *c = true);
                i += m.len;
                continue;
            }
            if toks[i].text.bytes().any(|b| b == b'-') {
                for part in hyphen_parts(&toks[i]) {
                    if let Some(m) = gaz.longest_match(std::slice::from_ref(&part), 0, 1, lang) {
                        if m.kind == MatchKind::Name {
                            named[m.entries[0]].push(part.start);
                        }
                        found.push(Raw { start: part.start, end: part.end, entries: m.entries });
                        covered[i] = true;
                    }
                }
            }
            i += 1;
        }
        unknown.push(unknown_names(text, toks, &covered));
        raws.push(found);
    }

    let mut out: Vec<Vec<Entity>> = Vec::with_capacity(doc.sentences.len());
    for (found, mut extra) in raws.into_iter().zip(unknown) {
        let mut ents: Vec<Entity> = found
            .into_iter()
            .filter_map(|r| {
                let entry = resolve(&r, &named)?;
                let e = gaz.entry(entry);
                Some(Entity {
                    text: text[r.start..r.end].to_string(),
                    start: r.start,
                    end: r.end,
                    id: e.id.clone(),
                    kind: e.kind,
                    name: e.name.clone(),
                })
            })
            .collect();
        ents.append(&mut extra);
        crate::sort::sort_by_key(&mut ents, |e| (e.start, e.end));
        out.push(ents);
    }
    resolve_general_staff(text, &mut out, gaz);
    surname_mentions(doc, &mut out);
    out
}

/// Whether a German adjective of a state is capitalized as the first word
/// of a name (`die Deutsche Bahn`, `rail operator Deutsche Bahn`, `der
/// Deutsche Wetterdienst`): the name is a company's or an agency's, not the
/// state's. German writes the adjective lowercase otherwise (`die deutsche
/// Regierung`), except where it opens the sentence; English text uses the
/// German form only in names.
fn in_proper_name(m: &Match, toks: &[Token], i: usize, lang: Lang) -> bool {
    // (The table gives most states' adjectives as roles: `deutsch`.)
    // The cheap tests first: this runs for every match of the gazetteer.
    m.kind != MatchKind::Name
        && m.lowercase
        && m.len == 1
        && toks[i].is_capitalized()
        && toks.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalized())
        && (lang == Lang::En || toks[..i].iter().any(|t| t.kind == TokenKind::Word))
}

/// A name the article gives in full (`Innenminister Ali Yerlikaya`) is
/// mentioned later, or in the headline, by its last word alone (`sagte
/// Yerlikaya`, `Yerlikaya zufolge`): those mentions get the full name's id,
/// so the same speaker is one party wherever the article names them.
/// Only names found as unknown names (gazetteer entries have their own
/// short forms), and only a surname that no other full name of the article
/// shares (`Kim` of two Kims stays nobody's).
fn surname_mentions(doc: &Document, out: &mut [Vec<Entity>]) {
    /// A surname and the full name it stands for (`None`: two people share it).
    struct Surname {
        word: String,
        full: Option<(String, EntityKind, String)>,
    }
    let mut surnames: Vec<Surname> = Vec::new();
    for e in out.iter().flatten() {
        if !e.id.starts_with("name:") || !e.text.contains(' ') {
            continue;
        }
        let Some(last) = e.text.rsplit(' ').next().filter(|w| w.chars().count() >= 3) else { continue };
        let word = last.to_lowercase();
        match surnames.iter_mut().find(|s| s.word == word) {
            // A second, different full name with this surname: ambiguous.
            Some(s) if s.full.as_ref().is_some_and(|(id, _, _)| *id != e.id) => s.full = None,
            Some(_) => {}
            None => surnames.push(Surname { word, full: Some((e.id.clone(), e.kind, e.name.clone())) }),
        }
    }
    surnames.retain(|s| s.full.is_some());
    if surnames.is_empty() {
        return;
    }
    for s in doc.sentence_views() {
        let j = s.index;
        let mut added = Vec::new();
        for (i, t) in s.toks.iter().enumerate() {
            // A sentence's first word only before a lowercase one (`Demirel
            // zufolge`, `Kovač fordert`, not `Lange Zeit war unklar`); never
            // a word no name can be (months, function words).
            let opens = i == 0 && !s.toks.get(1).is_some_and(|n| n.kind == TokenKind::Word && !n.is_capitalized());
            if opens
                || t.kind != TokenKind::Word
                || !t.is_capitalized()
                || is_stopword(t)
                || out[j].iter().any(|e| e.start < t.end && t.start < e.end)
            {
                continue;
            }
            // `der Richter`, `im Sommer`, `die deutschen Fischer`: a common
            // noun after an article (and its adjective), not Mr Richter.
            let article = |k: usize| {
                matches!(
                    s.toks[k].lower.as_ref(),
                    "der"
                        | "die"
                        | "das"
                        | "des"
                        | "dem"
                        | "den"
                        | "ein"
                        | "eine"
                        | "einer"
                        | "eines"
                        | "einem"
                        | "einen"
                        | "im"
                        | "am"
                        | "zum"
                        | "zur"
                        | "vom"
                        | "beim"
                        | "ins"
                        | "the"
                        | "a"
                        | "an"
                )
            };
            let adjective = |k: usize| s.toks[k].kind == TokenKind::Word && !s.toks[k].is_capitalized();
            if i > 0 && (article(i - 1) || (i > 1 && adjective(i - 1) && article(i - 2))) {
                continue;
            }
            let Some((id, kind, name)) = surnames.iter().find(|s| s.word == *t.lower).and_then(|s| s.full.as_ref())
            else {
                continue;
            };
            added.push(Entity {
                text: t.text.to_string(),
                start: t.start,
                end: t.end,
                id: id.clone(),
                kind: *kind,
                name: name.clone(),
            });
        }
        if !added.is_empty() {
            out[j].append(&mut added);
            crate::sort::sort_by_key(&mut out[j], |e| (e.start, e.end));
        }
    }
}

/// The entry a match stands for: a shared role goes to the entry the article
/// names nearest before it (`CDU-Chef Merz … nächster Kanzler`), else nearest
/// after it (`Bundeskanzler Olaf Scholz`), or to none.
fn resolve(r: &Raw, named: &[Vec<usize>]) -> Option<usize> {
    if r.entries.len() == 1 {
        return Some(r.entries[0]);
    }
    let before =
        r.entries.iter().filter_map(|&e| named[e].iter().filter(|&&p| p < r.start).max().map(|&p| (p, e))).max();
    let after =
        || r.entries.iter().filter_map(|&e| named[e].iter().filter(|&&p| p >= r.start).min().map(|&p| (p, e))).min();
    // `Kanzler Olaf Scholz`: the name right after the role is who it is,
    // whoever the article named before (`Unionskanzlerkandidat Merz …`).
    if let Some((p, e)) = after() {
        if p >= r.end && p - r.end <= 1 {
            return Some(e);
        }
    }
    before.or_else(after).map(|(_, e)| e)
}

/// The parts of a hyphenated word as tokens of their own (`US-Präsident` →
/// `US`, `Präsident`).
fn hyphen_parts<'a>(tok: &Token<'a>) -> Vec<Token<'a>> {
    let mut out = Vec::new();
    let mut push = |from: usize, to: usize| {
        let part = &tok.text[from..to];
        if part.chars().count() >= 2 {
            out.push(Token::new(TokenKind::Word, part, tok.start + from, tok.start + to));
        }
    };
    let mut from = 0;
    for (at, c) in tok.text.char_indices() {
        if c == '-' || c == '\u{2011}' {
            push(from, at);
            from = at + c.len_utf8();
        }
    }
    push(from, tok.text.len());
    out
}

/// A bare `Generalstab` is the general staff of the army the context names:
/// `Das ukrainische Militär … erklärte der Generalstab` is Ukraine's. Looks at
/// the current sentence before the mention and the sentence before it.
fn resolve_general_staff(text: &str, out: &mut [Vec<Entity>], gaz: &Gazetteer) {
    for j in 0..out.len() {
        for k in 0..out[j].len() {
            if out[j][k].id != "general_staff" {
                continue;
            }
            let before = out[j][k].start;
            let mut state = None;
            let candidates = j
                .checked_sub(1)
                .map(|p| &out[p][..])
                .unwrap_or(&[])
                .iter()
                .chain(out[j].iter().filter(|e| e.end <= before));
            for e in candidates {
                if e.kind == EntityKind::State && is_military_noun(next_word(text, e.end)) {
                    state = Some(e.id.clone());
                }
            }
            if let Some(entry) = state.and_then(|s| gaz.find_id(&crate::join::cat(&[&s, "_general_staff"]))) {
                let entry = gaz.entry(entry);
                out[j][k].id = entry.id.clone();
                out[j][k].name = entry.name.clone();
            }
        }
    }
}

fn next_word(text: &str, at: usize) -> &str {
    let rest = text[at..].trim_start();
    let end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
    &rest[..end]
}

fn is_military_noun(w: &str) -> bool {
    let w = w.to_lowercase();
    ["militär", "armee", "streitkräfte", "truppen", "military", "army", "forces"].iter().any(|m| w.starts_with(m))
}

/// Unknown names among the tokens no gazetteer entry covered.
#[allow(clippy::if_same_then_else, reason = "one branch per clue that a name is a person")]
fn unknown_names(text: &str, toks: &[Token], covered: &[bool]) -> Vec<Entity> {
    let mut out = Vec::new();
    let free = |i: usize| i < toks.len() && !covered[i];
    let mut i = 0;
    while i + 1 < toks.len() {
        let (a, b) = (&toks[i], &toks[i + 1]);
        if !free(i) || !free(i + 1) || !could_be_name_word(a) || !could_be_surname(b) {
            i += 1;
            continue;
        }
        // A name starts a run of capitalized words, not in its middle.
        // A known given name starts one wherever it stands (`Commerzbank-
        // Chefvolkswirt Jörg Krämer`).
        let starts_run = i == 0
            || !(toks[i - 1].kind == TokenKind::Word && toks[i - 1].is_capitalized())
            || is_role_noun(&toks[i - 1].lower)
            || (is_given_name(a.text) && !is_given_name(toks[i - 1].text));
        let kind = if !starts_run {
            None
        } else if is_given_name(a.text) && !is_given_name(b.text) {
            Some(EntityKind::Person)
        } else if has_appositive(toks, i + 2) {
            Some(EntityKind::Person)
        } else if i > 0 && is_role_noun(&toks[i - 1].lower) && toks[i - 1].is_capitalized() {
            Some(EntityKind::Other)
        } else {
            None
        };
        if let Some(kind) = kind {
            let (start, end) = (a.start, b.end);
            let name = &text[start..end];
            out.push(Entity { text: name.to_string(), start, end, id: name_id(name), kind, name: name.to_string() });
            i += 2;
        } else {
            i += 1;
        }
    }
    out
}

/// `name:` plus the folded name's words, each by its spelling key
/// ([`crate::lexicon::spelling::key`]), with underscores: `Sergej Sobjanin`
/// and `Sergei Sobyanin` are `name:sergei_sobyanin`.
pub fn name_id(name: &str) -> String {
    let mut id = String::from("name:");
    for word in fold(name).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !id.ends_with(':') {
            id.push('_');
        }
        id.push_str(&crate::lexicon::spelling::key(word));
    }
    id
}

/// `, ein russischer Kriegskorrespondent` / `, the agency's spokesman`.
fn has_appositive(toks: &[Token], i: usize) -> bool {
    if toks.get(i).map(|t| t.text) != Some(",") {
        return false;
    }
    let Some(det) = toks.get(i + 1) else { return false };
    if !matches!(det.lower.as_ref(), "ein" | "eine" | "der" | "die" | "a" | "an" | "the") {
        return false;
    }
    toks[i + 2..].iter().take(4).take_while(|t| t.kind == TokenKind::Word).any(|t| is_role_noun(&t.lower))
}

fn could_be_name_word(t: &Token) -> bool {
    t.kind == TokenKind::Word
        && t.is_capitalized()
        && t.text.chars().nth(1).is_some()
        && !is_acronym(t.text)
        && !is_stopword(t)
}

fn could_be_surname(t: &Token) -> bool {
    if !could_be_name_word(t) || is_role_noun(&t.lower) {
        return false;
    }
    // Common-noun endings: `Regierung`, `Freiheit`, `Mannschaft`.
    let l = &t.lower;
    !["ung", "heit", "keit", "schaft", "ismus", "tion", "tät", "ment"].iter().any(|s| l.ends_with(s))
}

fn is_acronym(w: &str) -> bool {
    // The lowercase test first: it settles most words at their second letter.
    !w.chars().any(|c| c.is_lowercase()) && w.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// Nouns for what a person is; a name may follow or be explained by one.
/// `l` is lowercased (a token's `lower`).
fn is_role_noun(l: &str) -> bool {
    const NOUNS: &[&str] = &[
        "korrespondent",
        "korrespondentin",
        "sprecher",
        "sprecherin",
        "minister",
        "ministerin",
        "präsident",
        "präsidentin",
        "politiker",
        "politikerin",
        "abgeordnete",
        "abgeordneter",
        "journalist",
        "journalistin",
        "reporter",
        "reporterin",
        "analyst",
        "analystin",
        "experte",
        "expertin",
        "kommandeur",
        "general",
        "chef",
        "chefin",
        "vorsitzende",
        "vorsitzender",
        "botschafter",
        "botschafterin",
        "bürgermeister",
        "bürgermeisterin",
        "kanzler",
        "kanzlerin",
        "volkswirt",
        "volkswirtin",
        "ökonom",
        "ökonomin",
        "direktor",
        "direktorin",
        "leiterin",
        "trainer",
        "trainerin",
        "anwalt",
        "anwältin",
        "ermittler",
        "ermittlerin",
        "forscher",
        "forscherin",
        "wissenschaftler",
        "wissenschaftlerin",
        "gouverneur",
        "gouverneurin",
        "landrat",
        "landrätin",
        "blogger",
        "bloggerin",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "correspondent",
        "minister",
        "president",
        "analyst",
        "commander",
        "secretary",
        "governor",
        "director",
        "economist",
        "prosecutor",
        "mayor",
    ];
    NOUNS.iter().any(|n| l.ends_with(n))
}

/// Words that are capitalized without naming anyone: function words
/// (the lexicon's [`words::NOT_A_NAME`]), months and weekdays (`May`
/// excepted: in English it is also a name and a verb).
fn is_stopword(t: &Token) -> bool {
    let w = t.lower.as_ref();
    t.is(words::NOT_A_NAME)
        || crate::lexicon::calendar::is_weekday_name(w)
        || (crate::lexicon::calendar::is_month_name(w, None) && w != "may")
}

/// Common given names in German and English news (people with a gazetteer
/// entry need none here).
fn is_given_name(w: &str) -> bool {
    packed::contains(NAMES, w)
}

crate::packed_table!(
    NAMES,
    "\
Alexander
Alexei
Alexej
Alexey
Alice
Andrea
Andreas
Andrei
Andrej
Andrij
Angela
Anna
Annalena
Anne
Antony
Armin
Benjamin
Bernd
Boris
Carsten
Christian
Christine
Christoph
Claudia
Daniel
David
Dietmar
Dmitri
Dmitrij
Dmitry
Donald
Elisabeth
Elon
Emmanuel
Frank
Frank-Walter
Franziska
Friedrich
Georg
Gerhard
Giorgia
Hans
Heinrich
Horst
Hubert
Igor
Ivan
Iwan
Jake
Jan
Jared
Jens
Jewgeni
Joachim
Joe
Johann
Johannes
John
Josef
Julia
Juri
Jörg
Jürgen
Kamala
Karin
Karl
Katrin
Keir
Kirill
Klaus
Kristi
Kristina
Kyrylo
Lars
Lee
Lloyd
Marco
Maria
Marie
Mark
Markus
Martin
Matthias
Michael
Michail
Mikhail
Nancy
Nikolai
Olaf
Oleksandr
Olena
Olexander
Olga
Paul
Pete
Peter
Ramzan
Ricarda
Robert
Rolf
Rustem
Sahra
Sarah
Sebastian
Sergei
Sergej
Sergey
Stefan
Steffen
Stephan
Susanne
Thomas
Tobias
Ulrich
Ursula
Uwe
Valery
Viktor
Vladimir
Volodymyr
Waleri
Walerij
Wladimir
Wolfgang
Wolodymyr
Yevgeny
Yoon
Yuri"
);

#[cfg(test)]
mod tests {
    use super::*;

    fn ents(s: &str) -> Vec<(String, String)> {
        let sent = [crate::report::Sentence { start: 0, end: s.len(), block: 0 }];
        let doc = Document::with_sentences(s, &sent, crate::doc::language::Lang::De, None);
        find_all(&doc, &Gazetteer::builtin())[0].iter().map(|e| (e.text.clone(), e.id.clone())).collect()
    }

    #[test]
    fn compound_parts() {
        assert_eq!(ents("im Ukraine-Krieg"), [("Ukraine".to_string(), "ukraine".to_string())]);
        assert_eq!(
            ents("auf russisch-ukrainischen Schlachtfeldern"),
            [("russisch".to_string(), "russia".to_string()), ("ukrainischen".to_string(), "ukraine".to_string())]
        );
    }

    #[test]
    fn shared_role_needs_a_named_person() {
        assert!(ents("Der Bundeskanzler sagte").is_empty());
        let e = ents("Der Bundeskanzler sagte, Scholz sei zufrieden");
        assert_eq!(e[0].1, "olaf_scholz");
    }

    #[test]
    fn name_ids_fold() {
        assert_eq!(name_id("Alexander Garmaew"), "name:alexander_garmaev");
        assert_eq!(name_id("Olena  Selenska"), "name:olena_selenska");
        assert_eq!(name_id("Sergej Sobjanin"), name_id("Sergei Sobyanin"));
    }

    #[test]
    fn common_nouns_are_not_names() {
        assert!(ents("Die Regierung Nordkoreas Soldaten Truppen").iter().all(|e| !e.1.starts_with("name:")));
    }
}
