//! What a pronoun or a description stands for: the person named last
//! (`he said`, `sagte er`), and the organization a description names
//! (`der Konzern`, `the airline`): by the name the report gave it
//! (`die Fluggesellschaft Air India`), else the one named last.

use super::*;
/// How many sentences back a pronoun (`he said`, `sagte er`) can reach
/// the person named last: a quotation with its speech tag and a sentence or
/// two of reported speech lie between them; further back, the reader has
/// lost the thread too.
pub(super) const PRONOUN_REACH: usize = 5;

/// How many descriptions given with a name are kept for later
/// descriptions to stand for (`der Konzern` after `der Autobauer
/// Volkswagen`): the latest, a bounded list however long the article.
pub(super) const NAMED_DESCRIPTIONS: usize = 16;

/// The person a sentence names last, for a pronoun after it: its own source
/// when that is a person named by name (`Viswashkumar told …`), else the
/// last person among its entities (a known person, or a name of two or three
/// capitalized words the gazetteer does not know).
///
/// The flag says whether the person is the sentence's speaker (named as its
/// source) rather than only mentioned.
pub(super) fn person_named(own: Option<&Attribution>, ents: &[Entity]) -> Option<(Entity, bool)> {
    let personal = |a: &&Attribution| {
        matches!(a.kind, SourceKind::Person | SourceKind::Other)
            && !a.inherited
            && !a.source.contains('(')
            && is_a_name(&a.source)
            && ents.iter().filter(|e| a.entities.contains(&e.id)).all(is_person)
    };
    if let Some(a) = own.filter(personal) {
        let known = ents.iter().find(|e| a.entities.contains(&e.id) && is_person(e));
        let person = known.cloned().unwrap_or_else(|| Entity {
            text: a.source.clone(),
            id: crate::join::cat(&["name:", &a.source.to_lowercase()]),
            kind: EntityKind::Person,
            name: a.source.clone(),
            ..Entity::default()
        });
        return Some((person, true));
    }
    ents.iter()
        .rev()
        .find(|e| {
            e.kind == EntityKind::Person || (e.id.starts_with("name:") && is_a_name(&e.text) && e.text.contains(' '))
        })
        .map(|e| (e.clone(), false))
}

/// Two people a sentence names together, in the order named: its speaker
/// and the people among its entities (a known person, or a name of two or
/// three capitalized words), the first two distinct.
pub(super) fn two_persons(own: Option<&Attribution>, ents: &[Entity]) -> Option<(Entity, Entity)> {
    let speaker = person_named(own, &[]).filter(|(_, spoke)| *spoke).map(|(p, _)| p);
    let named = ents
        .iter()
        .filter(|e| {
            e.kind == EntityKind::Person || (e.id.starts_with("name:") && is_a_name(&e.text) && e.text.contains(' '))
        })
        .cloned();
    let mut people: Vec<Entity> = Vec::new();
    for p in speaker.into_iter().chain(named) {
        let surname = |e: &Entity| e.name.rsplit(' ').next().unwrap_or("").to_string();
        if !people.iter().any(|q| surname(q) == surname(&p)) {
            people.push(p);
        }
        // (Two are enough: a sentence of thousands of names stays linear.)
        if people.len() == 2 {
            break;
        }
    }
    let mut two = people.into_iter();
    Some((two.next()?, two.next()?))
}

/// Whether an entity is a person: a known one, or a name the gazetteer
/// does not know (`name:ines_hart`).
fn is_person(e: &Entity) -> bool {
    e.kind == EntityKind::Person || (e.kind == EntityKind::Other && e.id.starts_with("name:"))
}

/// Whether a source phrase is a personal name: one to three words, each
/// capitalized, no digits, no word a party's description would use
/// (`Air India`, `Verdi` are organizations; only their entity tells).
pub(super) fn is_a_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
                && w.chars().filter(|c| c.is_uppercase()).count() <= 2
        })
        && !words.iter().any(|w| descriptions::is_organization(&w.to_lowercase()))
}

/// The parties a description can stand for: the person and the
/// organization the report named last.
#[derive(Clone, Copy, Default)]
pub(super) struct Before<'e> {
    pub(super) person: Option<&'e Entity>,
    pub(super) organization: Option<&'e Entity>,
    /// Descriptions the report gave a name to (`die Fluggesellschaft Air
    /// India`): folded head noun and the name, latest first.
    pub(super) named: &'e [(String, Entity)],
    /// The two people named last (the earlier first), for `both men`.
    pub(super) pair: Option<(&'e Entity, &'e Entity)>,
}

/// Whether a source phrase is the two people named last: `both men`,
/// `both`, `the two`, `beide`, `die beiden`.
pub(super) fn both(words: &[Token]) -> bool {
    let w: Vec<&str> = words.iter().map(|t| t.lower.as_ref()).filter(|w| !matches!(*w, "the" | "die")).collect();
    matches!(
        w[..],
        ["both"]
            | ["both", "men" | "women" | "candidates" | "leaders"]
            | ["two", "men" | "women"]
            | ["beide" | "beiden"]
            | ["beiden", "männer" | "kandidaten" | "politiker"]
    )
}

/// The party a description stands for (`the airline`, `der Konzern`, `the
/// man`): a source of at most three words without a name of its own
/// (`unnamed`: no entity, and no capitalized word but the head, a
/// determiner or a town's adjective like `Wolfsburger`), whose head
/// describes an organization or a person, resolved to the one the report
/// named last.
pub(super) fn described<'e>(words: &[Token], unnamed: bool, before: Before<'e>) -> Option<&'e Entity> {
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
    // (Also a compound with the same first part: `Klinikkonzern` for the
    // `Klinikverbund Südmark` named before.)
    let same_first_part = |h: &str, w: &str| h.len() >= 8 && w.len() >= 8 && h.as_bytes()[..6] == w.as_bytes()[..6];
    let meets =
        |h: &str| heads.iter().flatten().any(|w| h == *w || (w.len() >= 5 && h.ends_with(*w)) || same_first_part(h, w));
    if let Some((_, e)) = before.named.iter().find(|(h, _)| meets(h)) {
        Some(e)
    } else if heads.iter().flatten().any(|w| descriptions::is_organization(w) && !descriptions::is_institution(w)) {
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
pub(super) fn descriptions_named(s: &SentenceView) -> Vec<(String, Entity)> {
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
        // The name after the description (`die Fluggesellschaft Air India`)
        // or before it, set off by a comma (`Klinikverbund Südmark, a group
        // of five hospitals`).
        // (A name may join words with `und` and end in its abbreviation:
        // `Gewerkschaft Pflege und Gesundheit (GPG)`.)
        let joined = |j: usize| {
            cap(j)
                || (matches!(toks[j].lower.as_ref(), "und" | "and" | "&") && cap(j + 1) && j > k + 1)
                || (matches!(toks[j].text, "(" | ")") && j > k + 1)
        };
        let after = (k + 1..(k + 7).min(toks.len()))
            .take_while(|&j| joined(j))
            .filter(|&j| cap(j) || toks[j].text == ")")
            .last()
            .map(|e| (k + 1, e));
        let before = apposition_of(toks, k).filter(|_| s.lang == Lang::En);
        let Some((from, to)) = after.or(before) else { continue };
        let name = &s.text[toks[from].start..toks[to].end];
        let kind = if org { EntityKind::Organization } else { EntityKind::Person };
        let id = crate::join::cat(&["name:", &name.to_lowercase()]);
        out.push((
            base.to_string(),
            Entity { text: name.to_string(), id, kind, name: name.to_string(), ..Entity::default() },
        ));
    }
    out
}

/// The name a description at `head` stands beside as an apposition: `Name,
/// a/an/the [adjectives] head` (`Klinikverbund Südmark, a group of five
/// public hospitals`), the name's token range.
fn apposition_of(toks: &[Token], head: usize) -> Option<(usize, usize)> {
    let article =
        (head.saturating_sub(4)..head).rev().find(|&k| matches!(toks[k].lower.as_ref(), "a" | "an" | "the"))?;
    let between_lowercase = (article + 1..head).all(|k| toks[k].kind == TokenKind::Word && !toks[k].is_capitalized());
    if !between_lowercase || article < 2 || toks[article - 1].text != "," {
        return None;
    }
    let end = article - 2;
    let capital = |k: usize| toks[k].kind == TokenKind::Word && toks[k].is_capitalized();
    let start = (end.saturating_sub(3)..=end).rev().take_while(|&k| capital(k)).last()?;
    Some((start, end))
}

/// A German noun without the genitive ending of its description head
/// (`Landkreises` → `landkreis`, `Klinikverbunds` → `klinikverbund`); the
/// word itself when it has none or is no description.
pub(super) fn without_genitive(w: &str) -> &str {
    let known = |b: &str| descriptions::is_organization(b) || descriptions::is_person(b);
    [w.strip_suffix("es"), w.strip_suffix('s')].into_iter().flatten().find(|b| b.len() >= 4 && known(b)).unwrap_or(w)
}

/// The organization a sentence names last, for a description after it
/// (`the airline`): its own source when that is no person and no
/// description (`Air India has confirmed …`), else its last organization.
pub(super) fn organization_named(own: Option<&Attribution>, ents: &[Entity]) -> Option<Entity> {
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
pub(super) fn names_organization(name: &str) -> bool {
    name.split(|c: char| c.is_whitespace() || c == '-').any(|w| {
        matches!(w, "AG" | "GmbH" | "SE" | "KG" | "Inc" | "Ltd" | "plc" | "Corp" | "LLC")
            || descriptions::is_organization(&w.to_lowercase())
    })
}
