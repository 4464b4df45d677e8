//! Origin parties: who is really behind a statement.
//!
//! Independence is counted by party, not by name: a state's news agency, its
//! ministries, its army and its leader speak for one party (`KCNA`, `Kim Jong
//! Un` and `Pjöngjang` are all North Korea's state), while an intelligence
//! service is a party of its own (it may contradict its government). Outlets
//! and news agencies that only pass a statement on (`dpa`, `Reuters`) are no
//! party at all: two outlets repeating KCNA are one source, KCNA.
//!
//! The mapping is data ([`PARTIES`], [`MEMBERS`]) over the gazetteer's entity
//! ids, plus telling words of a source phrase for the services and bodies
//! that the gazetteer does not name (`westliche Geheimdienste`).

use crate::report::{Attribution, Entity, EntityKind, SourceKind};

/// A party's id and display names: `(id, German, English)`.
pub const PARTIES: &[(&str, &str, &str)] = &[
    ("north_korea", "nordkoreanische Staatsführung", "North Korean state"),
    ("russia", "russische Staatsführung", "Russian state"),
    ("ukraine", "ukrainische Staatsführung", "Ukrainian state"),
    ("south_korea", "südkoreanische Regierung", "South Korean government"),
    ("usa", "US-Regierung", "US government"),
    ("germany", "Bundesregierung", "German government"),
    ("bavaria", "bayerische Staatsregierung", "Bavarian government"),
    ("south_korea_intelligence", "südkoreanischer Geheimdienst", "South Korean intelligence"),
    ("western_intelligence", "westliche Geheimdienste", "Western intelligence"),
    ("us_intelligence", "US-Geheimdienste", "US intelligence"),
    ("ukraine_intelligence", "ukrainischer Geheimdienst", "Ukrainian intelligence"),
    ("bundeswahlleitung", "Bundeswahlleitung", "Federal Returning Officer"),
    ("dwd", "Deutscher Wetterdienst", "German Weather Service"),
    ("observers", "Beobachter", "observers"),
];

/// Entity ids and the party they speak for. States stand for themselves.
const MEMBERS: &[(&str, &str)] = &[
    ("kcna", "north_korea"),
    ("rodong_sinmun", "north_korea"),
    ("kim_jong_un", "north_korea"),
    ("kim_jong_il", "north_korea"),
    ("wpk", "north_korea"),
    ("wpk_cmc", "north_korea"),
    ("kremlin", "russia"),
    ("putin", "russia"),
    ("gerasimov", "russia"),
    ("peskov", "russia"),
    ("lavrov", "russia"),
    ("tass", "russia"),
    ("ria_novosti", "russia"),
    ("russia_general_staff", "russia"),
    ("zelensky", "ukraine"),
    ("ukraine_general_staff", "ukraine"),
    ("nis", "south_korea_intelligence"),
    ("us_military", "usa"),
    ("donald_trump", "usa"),
    ("joe_biden", "usa"),
    ("olaf_scholz", "germany"),
    ("markus_soeder", "bavaria"),
    ("bundeswahlleitung", "bundeswahlleitung"),
    ("dwd", "dwd"),
];

/// One party behind a claim, with the names the texts give it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Party {
    /// Stable id (`north_korea`, `western_intelligence`, or an entity id).
    pub id: String,
}

impl Party {
    /// German and English display names, for the parties [`PARTIES`] lists
    /// (others are named by their entity).
    pub fn names(&self) -> Option<(String, String)> {
        PARTIES.iter().find(|(id, _, _)| *id == self.id).map(|(_, de, en)| (de.to_string(), en.to_string()))
    }
}

/// The party an entity speaks for, if it is one.
pub fn of_entity(id: &str, kind: EntityKind) -> Option<Party> {
    // A state's agency (KCNA, TASS) speaks for its state; every other news
    // agency (lexicon::agencies) only relays.
    if let Some((_, p)) = MEMBERS.iter().find(|(e, _)| *e == id) {
        return Some(Party { id: p.to_string() });
    }
    if crate::lexicon::agencies::agency(id).is_some() {
        return None;
    }
    match kind {
        EntityKind::State | EntityKind::Person | EntityKind::Organization => Some(Party { id: id.to_string() }),
        // A name the gazetteer does not know, found after a role noun
        // (`Innenminister Ali Yerlikaya`): someone speaking for themselves.
        EntityKind::Other if id.starts_with("name:") => Some(Party { id: id.to_string() }),
        _ => None,
    }
}

/// A party for counting independent sources when the attribution names
/// one the gazetteer does not know (`die Polizei`, `Verdi`, `the airline
/// (Air India)`, `er (Ole Brandt)`): keyed by the name as written, folded,
/// without articles (a person by the last word of the name), so that two
/// reports relaying one police statement count it once and the police and
/// the fire service count twice. Relaying media and anonymous circles are
/// no party. Only for the count: the comparison's statements keep the
/// parties of [`of_attribution`].
pub fn of_named_source(a: &Attribution) -> Option<Party> {
    if matches!(a.kind, SourceKind::Media | SourceKind::Anonymous) {
        return None;
    }
    // `the airline (Air India)`: the name the description stands for.
    // (Not an abbreviation in parentheses: `Association of German Airport
    // Operators (ADV)` keeps its whole name.)
    let name = match a.source.rsplit_once(" (") {
        Some((_, inner)) if a.source.ends_with(')') && inner.chars().any(char::is_lowercase) => {
            inner.trim_end_matches(')')
        }
        _ => a.source.as_str(),
    };
    let folded = crate::doc::normalize::fold(name);
    // (`Polizei` and `police` are one institution: one key.)
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !matches!(*w, "der" | "die" | "das" | "des" | "dem" | "den" | "the" | "a" | "an"))
        .map(crate::lexicon::descriptions::institution_key)
        .collect();
    // A description without a name (`both men`, `officials`) names no one
    // in particular: it is no party to count.
    if name.split_whitespace().all(|w| !w.chars().next().is_some_and(char::is_uppercase)) {
        return None;
    }
    let key = match (a.kind, words.last()) {
        (_, None) => return None,
        (SourceKind::Person, Some(last)) => last.to_string(),
        _ => words.join("_"),
    };
    Some(Party { id: crate::join::cat(&["src:", &key]) })
}

/// Whether two parties of named sources are one: their names share a word
/// of three letters or more that is no connector (`Wolfsburger Konzern` and
/// `der Konzern`, `ADV airport association` and `Association of German
/// Airport Operators (ADV)`): two names for one source must not count as
/// two confirmations.
pub fn same_named_source(a: &Party, b: &Party) -> bool {
    let words = |p: &Party| -> Vec<String> {
        p.id.strip_prefix("src:")
            .map(|k| {
                k.split('_')
                    .filter(|w| w.chars().count() >= 3 && !matches!(*w, "und" | "and" | "for" | "für" | "von" | "aus"))
                    // (`Sprecher der Polizei`, `Sprecher der Feuerwehr`: the
                    // role is shared, the parties are not.)
                    .filter(|w| !crate::lexicon::descriptions::is_role(w))
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    let (x, y) = (words(a), words(b));
    x.iter().any(|w| y.contains(w))
}

/// The party behind an attribution: an intelligence service by its
/// countries, else the first entity of the source that is a party, else
/// telling words; `None` for relaying media and unnamed sources.
pub fn of_attribution(a: &Attribution, entities: &[Entity]) -> Option<Party> {
    let kind_of = |id: &str| entities.iter().find(|e| e.id == id).map_or(EntityKind::Other, |e| e.kind);
    let folded = crate::doc::normalize::fold(&a.source);
    let intelligence = a.kind == SourceKind::Intelligence
        || ["geheimdienst", "nachrichtendienst", "intelligence", "spy agenc"].iter().any(|w| folded.contains(w));
    if intelligence {
        let western = ["westlich", "western"].iter().any(|w| folded.contains(w));
        let from = |id: &str| a.entities.iter().any(|e| e == id) || folded.contains(id);
        let id = if western || a.entities.len() > 1 {
            "western_intelligence"
        } else if from("south_korea") || a.entities.iter().any(|e| e == "nis") || folded.contains("südkorea") {
            "south_korea_intelligence"
        } else if from("usa") || folded.contains("us-") {
            "us_intelligence"
        } else if from("ukraine") || folded.contains("ukrain") {
            "ukraine_intelligence"
        } else {
            "western_intelligence"
        };
        return Some(Party { id: id.to_string() });
    }
    if a.kind == SourceKind::Media && !a.entities.iter().any(|e| MEMBERS.iter().any(|(m, _)| m == e)) {
        // An outlet that names no state behind it only relays.
        if !a.entities.iter().any(|e| kind_of(e) == EntityKind::State) {
            return None;
        }
    }
    // `FDP leader Christian Lindner`, `SPD-Chef X`: the person speaks, the
    // organization is the role (a state named with a person is the party:
    // `Bayerns Ministerpräsident Söder`).
    if !a.entities.iter().any(|e| kind_of(e) == EntityKind::State) {
        if let Some(p) = a
            .entities
            .iter()
            .filter(|e| kind_of(e) == EntityKind::Person)
            .find_map(|e| of_entity(e, EntityKind::Person))
        {
            return Some(p);
        }
    }
    // `Germany's weather service DWD`, `Russia's chief of staff`: a named
    // body is the head of its phrase, the state before it only qualifies it
    // (the DWD is not the German government). A state organ (`Kreml`)
    // names its state either way.
    if a.entities.iter().any(|e| kind_of(e) == EntityKind::State) {
        let organization = a.entities.iter().filter(|e| kind_of(e) == EntityKind::Organization);
        if let Some(p) = organization.filter_map(|e| of_entity(e, EntityKind::Organization)).next() {
            return Some(p);
        }
    }
    // `Association of German Airport Operators`: an association whose name
    // holds a state's adjective does not speak for that state.
    // (The head before an abbreviation in parentheses: `… Operators (ADV)`.)
    let name = folded.split(" (").next().unwrap_or(&folded);
    let head = name.split(|c: char| !c.is_alphanumeric()).rfind(|w| !w.is_empty()).unwrap_or("");
    let association = crate::lexicon::descriptions::is_organization(head)
        && !crate::lexicon::descriptions::is_institution(head)
        && a.entities.iter().all(|e| kind_of(e) == EntityKind::State);
    if association {
        return None;
    }
    if let Some(p) = a.entities.iter().find_map(|e| of_entity(e, kind_of(e))) {
        return Some(p);
    }
    // Words that name a state's organs without a gazetteer entity.
    let states: &[(&[&str], &str)] = &[
        (&["nordkorea", "north korea", "pjöngjang", "pyongyang"], "north_korea"),
        // Before Russia: `weißrussisch` contains `russ`.
        (&["weißruss", "belarus"], "belarus"),
        (&["russ", "kreml", "kremlin", "moskau", "moscow"], "russia"),
        (&["ukrain", "kiew", "kyiv"], "ukraine"),
        (&["südkorea", "south korea", "seoul"], "south_korea"),
    ];
    if let Some((_, id)) = states.iter().find(|(ws, _)| ws.iter().any(|w| folded.contains(w))) {
        return Some(Party { id: id.to_string() });
    }
    match a.kind {
        SourceKind::Observer => Some(Party { id: "observers".into() }),
        SourceKind::Anonymous | SourceKind::Media => None,
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attr(source: &str, kind: SourceKind, entities: &[&str]) -> Attribution {
        Attribution {
            source: source.into(),
            kind,
            entities: entities.iter().map(|s| s.to_string()).collect(),
            ..Attribution::default()
        }
    }

    #[test]
    fn agency_ministry_and_leader_are_one_party() {
        let belarus = of_attribution(&attr("weißrussische Staatsmedien", SourceKind::StateMedia, &[]), &[]);
        assert_eq!(belarus.map(|p| p.id), Some("belarus".to_string()), "weißrussisch is not Russia");
        let kcna = of_attribution(&attr("KCNA", SourceKind::StateMedia, &["kcna"]), &[]);
        let kim = of_attribution(&attr("Kim", SourceKind::Person, &["kim_jong_un"]), &[]);
        assert_eq!(kcna, kim);
        assert_eq!(kcna.unwrap().id, "north_korea");
    }

    #[test]
    fn a_named_body_is_not_the_state_that_qualifies_it() {
        let ents = [
            Entity { id: "germany".into(), kind: EntityKind::State, ..Entity::default() },
            Entity { id: "dwd".into(), kind: EntityKind::Organization, ..Entity::default() },
        ];
        let dwd =
            of_attribution(&attr("Germany's weather service DWD", SourceKind::Official, &["germany", "dwd"]), &ents);
        assert_eq!(dwd.map(|p| p.id), Some("dwd".to_string()));
    }

    #[test]
    fn intelligence_is_its_own_party_and_relays_are_none() {
        let spies = of_attribution(&attr("westliche Geheimdienste", SourceKind::Intelligence, &[]), &[]).unwrap();
        assert_eq!(spies.id, "western_intelligence");
        assert_eq!(of_attribution(&attr("dpa", SourceKind::Media, &["dpa"]), &[]), None);
        let tass = of_attribution(&attr("russische Staatsmedien", SourceKind::StateMedia, &[]), &[]).unwrap();
        assert_eq!(tass.id, "russia");
    }
}
