//! The German/English predicate lexicon: which words name which happening.
//!
//! Claims are compared by what they state, so the verbs and nominalisations
//! of both languages map to shared *concepts* (`zurückerobert`,
//! `Rückeroberung`, `regained`, `expelled` → `recapture`). The lexicon is
//! plain data ([`LEXICON`]): one line per concept with its [`Role`] and the
//! folded word beginnings that express it, German and English side by side.
//! It is meant to grow with the news it reads, not to fit one story.
//!
//! Three kinds of concept:
//!
//! - [`Role::Act`]: what a speaker *does* with a statement when that act is
//!   itself the news (`bestätigt`, `dankte`, `wirft … vor`). Neutral speech
//!   verbs (`sagte`, `meldete`) are attribution, not content, and are not here.
//! - [`Role::Event`]: what happened (`deploy`, `recapture`, `die`, `sign`).
//!   Two claims state the same fact only when one's events are all among the
//!   other's.
//! - [`Role::Topic`]: what the story is about (`soldier`, `war`, `weapons`):
//!   shared by most claims of a story, so never enough to link two claims.
//!
//! Some facts are stated by a combination of words (`die Kämpfe dauern an`,
//! `still operating`): [`PHRASES`] lists them as groups of word beginnings
//! that must all occur in one clause, and the concept they state, with its
//! polarity (continuing fighting states that a recapture is *not* complete).

/// What a concept says about a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// A speaker's act that is the news itself (confirm, thank, accuse).
    Act,
    /// What happened.
    Event,
    /// What the story is about; never enough to link.
    Topic,
}

use super::prefix::PrefixIndex;

/// `(concept, role, folded word beginnings)`. The first concept whose word
/// beginning matches a word wins, so longer, more specific beginnings come
/// before shorter ones they would shadow.
pub const LEXICON: &[(&str, Role, &[&str])] = &[
    // Acts.
    (
        "confirm",
        Role::Act,
        &["bestätig", "eingeräumt", "einräum", "räumte", "räumen", "zugegeben", "confirm", "acknowledg", "admit"],
    ),
    ("thank", Role::Act, &["dankte", "dankt", "bedankt", "dank ", "thank", "gratitude", "grateful"]),
    (
        "praise",
        Role::Act,
        &[
            "lobt",
            "lobte",
            "gelobt",
            "würdig",
            "heldenmut",
            "heldentum",
            "tapferkeit",
            "praise",
            "hail",
            "honour",
            "honor",
            "heroism",
            "bravery",
        ],
    ),
    // The speaker accuses; `bestätigte Vorwürfe der Ukraine` is no accusation
    // of the speaker's (`wirft … vor` is a phrase below).
    ("accuse", Role::Act, &["beschuldig", "accused", "accuses", "accusing"]),
    ("demand", Role::Act, &["forder", "verlang", "demand", "urged", "urges"]),
    ("condemn", Role::Act, &["verurteil", "condemn"]),
    ("warn", Role::Act, &["warnt", "warnte", "gewarnt", "warn"]),
    // An invitation is news of its own (`lud Kim zu einem Besuch in Moskau
    // ein`), not the visit (`lud … ein` is a phrase).
    ("invite", Role::Act, &["einladung", "eingeladen", "invited", "invitation"]),
    // What is expected is not what happened: `Der DWD erwartet für Dienstag
    // erneut Regen` is no report of rain (`sagte … voraus` is a phrase).
    (
        "forecast",
        Role::Act,
        &[
            "erwartet ",
            "erwarten ",
            "erwartete ",
            "vorhergesagt",
            "vorhersag",
            "prognos",
            "rechnet mit",
            "rechnen mit",
            "forecast",
            "predict",
            "expects",
        ],
    ),
    // Events: war and security.
    (
        "recapture",
        Role::Event,
        &[
            "rückerober",
            "zurückerober",
            "zurückzuerober",
            "befreiung",
            "befreit",
            "vertrieb",
            "vertreib",
            "zurückgedrängt",
            "recaptur",
            "regain",
            "retak",
            "retook",
            "liberat",
            "expelled",
            "expel",
            "pushed out",
            "driven out",
        ],
    ),
    (
        "control",
        Role::Event,
        &[
            "unter seine kontrolle",
            "unter ihre kontrolle",
            "unter kontrolle",
            "kontrolle gebracht",
            "besetzt",
            "besetzung",
            "eingenommen",
            "erobert",
            "took control",
            "seized",
            "captured",
            "occupied",
            "under control",
        ],
    ),
    (
        "incursion",
        Role::Event,
        &["vorgedrungen", "vordring", "eingedrungen", "offensive", "vorstoß", "incursion", "invaded", "advanced into"],
    ),
    // Before `deploy`, which would take `Einsatzkräfte` for a deployment.
    ("helpers", Role::Topic, &["einsatzkräft", "rettungskräft"]),
    (
        "deploy",
        Role::Event,
        &[
            "entsandt",
            "entsend",
            "entsand",
            "stationiert",
            "truppeneinsatz",
            "militäreinsatz",
            "eingesetzt",
            "einsetz",
            "einsatz",
            "beteiligung",
            "beteiligt",
            "teilgenommen",
            "teilnahme",
            "teilnehm",
            "an der seite",
            "deploy",
            "dispatch",
            "stationed",
            "participat",
            "involvement",
            "took part",
            "fought alongside",
            "fight for",
        ],
    ),
    // Sending: a deployment only when soldiers are sent (`statement`).
    ("send", Role::Event, &["geschickt", "schickt", "sent ", "sends", "sending"]),
    ("offer", Role::Event, &["angebot", "bietet", "bieten", "geboten", "bot ", "offer"]),
    ("order", Role::Event, &["befehl", "angeordnet", "anordnung", "orders", "ordered", "order ", "commanded"]),
    // Before `support`, whose `beistand` would take them.
    ("treaty", Role::Event, &["beistandspakt", "beistandsabkommen", "beistandsvertrag"]),
    (
        "support",
        Role::Event,
        &[
            "unterstütz",
            "geholfen",
            "helfen",
            "hilfe",
            "beistand",
            "beigetragen",
            "beitrag",
            "support",
            "help",
            "assist",
            "contribut",
        ],
    ),
    (
        "supply",
        Role::Event,
        &["liefer", "beliefer", "ausrüst", "ausgerüst", "supplie", "supply", "deliver", "provid", "amounts of"],
    ),
    (
        "conclude",
        Role::Event,
        &["abgeschlossen", "abschluss", "beendet", "siegreich", "sieg ", "victorious", "concluded", "ended", "end of"],
    ),
    (
        "secret",
        Role::Event,
        &["geheim gehalten", "geheimgehalten", "geheimhalt", "kept secret", "secretly", "verschwieg"],
    ),
    (
        "sign",
        Role::Event,
        &["unterzeichn", "unterschrieb", "unterschrift", "geschlossen", "signed", "signing", "sign "],
    ),
    (
        "treaty",
        Role::Event,
        &[
            "abkommen",
            "vertrag",
            "verteidigungsabkommen",
            "partnerschaft",
            "pakt",
            "treaty",
            "agreement",
            "pact",
            "partnership",
        ],
    ),
    ("visit", Role::Event, &["besuch", "staatsbesuch", "visite", "aufenthalt", "visit", "trip to"]),
    ("violate", Role::Event, &["verstoß", "verstoss", "völkerrechtswidrig", "violat", "breach"]),
    // Events: casualties and disasters.
    (
        "die",
        Role::Event,
        &[
            "getötet",
            "gefallen",
            "ums leben",
            "starb",
            "gestorben",
            "todesopfer",
            "tote",
            "toter",
            "tot ",
            "tod ",
            "killed",
            "kill ",
            "kills ",
            "killing",
            "tötet ",
            "tötete ",
            "töteten ",
            "dead",
            "death",
            "died",
            "lost their lives",
            "gave their lives",
        ],
    ),
    ("injure", Role::Event, &["verletzt", "verwundet", "injur", "wounded"]),
    ("missing", Role::Event, &["vermisst", "missing"]),
    (
        "evacuate",
        Role::Event,
        &[
            "evakuiert",
            "evakuier",
            "verlassen müssen",
            "häuser verlassen",
            "wohnungen verlassen",
            "in sicherheit gebracht",
            "evacuat",
            "fled their homes",
            "left their homes",
        ],
    ),
    ("rescue", Role::Event, &["gerettet", "rettung", "geborgen", "rescued", "rescue", "recovered"]),
    (
        "alarm",
        Role::Event,
        &["katastrophenalarm", "katastrophenfall", "notstand", "state of emergency", "disaster alert"],
    ),
    // `regen` as a whole word, also at a compound's end (`Starkregen`), not
    // as a beginning: `Regensburg` is no rain.
    // (The verb `regen`, `Die Grünen regen eine Reform an`, is lowercase
    // and no rain: `statement` reads only the noun.)
    (
        "rain",
        Role::Event,
        &[
            "regen ",
            "regens ",
            "regenfäll",
            "regenmeng",
            "regenmass",
            "regenwass",
            "regenschau",
            "regenfront",
            "niederschlag",
            "rain",
            "rainfall",
        ],
    ),
    ("derail", Role::Event, &["entgleis", "derail"]),
    // A dam or dike giving way (`Dammbruch`; in words, a phrase below).
    ("dam_break", Role::Event, &["dammbruch", "dammbrüch", "deichbruch", "deichbrüch"]),
    // Events: politics.
    // Reaching a figure is a vote result only when the figure is a share
    // (`statement`): `erreichte einen Pegel von 5,80 Metern` is none.
    ("reach", Role::Event, &["kommt das", "erzielt", "erreich", "holte", "erhielt", "erhält"]),
    (
        "vote_result",
        Role::Event,
        &["stimmenanteil", "wahlbeteiligung", "turnout", "wahlergebnis", "ergebnis", "result", "share of the vote"],
    ),
    (
        "resign",
        Role::Event,
        &[
            "rückzug",
            "zurücktreten",
            "zurückgetreten",
            "scheide",
            "aus der aktiven politik",
            "quit politics",
            "quits politics",
            "resign",
            "step down",
            "stepping down",
        ],
    ),
    ("rule_out", Role::Event, &["ausgeschlossen", "schließt aus", "ruled out", "rules out"]),
    // `eine Regierung bilden`, `Regierungsbildung`, `form a government`.
    (
        "form_government",
        Role::Event,
        &[
            "regierungsbildung",
            "regierung bilden",
            "regierung zu bilden",
            "regierung gebildet",
            "koalition bilden",
            "koalition zu bilden",
            "form a government",
            "form a coalition",
        ],
    ),
    // Winning an election (`hat die Bundestagswahl gewonnen`).
    // Winning a share is a vote result (`statement`): `won 28.5% of the vote`.
    ("win", Role::Event, &["gewonnen", "gewinnt", "gewann", "wahlsieg", "won ", "wins ", "win "]),
    ("climate", Role::Event, &["klimaschutz", "klimawandel", "climate"]),
    // Topics.
    (
        "soldier",
        Role::Topic,
        &[
            "soldat",
            "truppe",
            "kämpfer",
            "streitkräft",
            "untereinheit",
            "nordkoreaner",
            "troop",
            "soldier",
            "fighter",
            "forces",
        ],
    ),
    ("war", Role::Topic, &["krieg", "angriffskrieg", "invasion", "war ", "war,", "war."]),
    (
        "fight",
        Role::Topic,
        &["kämpf", "kampf", "gefecht", "schlacht", "operation", "einsätze", "battle", "fight", "combat", "operating"],
    ),
    (
        "weapons",
        Role::Topic,
        &["waffe", "munition", "artillerie", "rakete", "weapon", "ammunition", "artillery", "missile"],
    ),
    (
        "territory",
        Role::Topic,
        &["gebiet", "territori", "region", "grenzregion", "grenzgebiet", "territory", "village"],
    ),
    ("intelligence", Role::Topic, &["geheimdienst", "nachrichtendienst", "intelligence", "spy agenc"]),
    ("first", Role::Topic, &["erstmals", "zum ersten", "first time", "for the first"]),
    ("flood", Role::Topic, &["hochwasser", "überschwemm", "überflut", "flut", "flood"]),
    // Like a flood, an earthquake or a fire is what a whole story is about:
    // `Schweres Erdbeben erschüttert Japan` is no statement of the toll
    // the next sentence gives. (Not `Feuer`, which is also gunfire, nor
    // `opened fire`: a phrase.)
    ("quake", Role::Topic, &["erdbeben", "beben ", "nachbeben", "earthquake", "quake", "aftershock", "tremor"]),
    (
        "fire",
        Role::Topic,
        &["brand ", "brände", "brannte", "niedergebrannt", "abgebrannt", "fire ", "fires ", "blaze", "burned down"],
    ),
    (
        "helpers",
        Role::Topic,
        &[
            "helfer",
            "einsatzkräft",
            "rettungskräft",
            "feuerwehr",
            "helpers",
            "rescuers",
            "firefighter",
            "emergency worker",
            "rescue worker",
        ],
    ),
];

/// One phrase: `(concept, positive, groups, replaces)`, see [`PHRASES`].
pub type Phrase = (&'static str, bool, &'static [&'static [&'static str]], &'static [&'static str]);

/// Facts stated by a combination of words in one clause: `(concept,
/// positive, groups, replaces)`. Every group must match a word of the clause
/// (a word beginning, or a whole word when it ends in `$`); the phrase's
/// concept then stands instead of the concepts in `replaces`.
pub const PHRASES: &[Phrase] = &[
    // `Die Kämpfe dauern an`, `its troops were still operating`: the
    // fighting goes on, so the territory is not retaken.
    (
        "recapture",
        false,
        &[
            &["kämpf", "kampf", "gefecht", "fighting", "operating", "fight"],
            &["dauer", "andauer", "weiterhin", "still", "continu", "ongoing"],
        ],
        &[],
    ),
    // `es gebe keine ukrainischen Soldaten mehr in Kursk`: they are gone.
    (
        "recapture",
        true,
        &[&["keine$", "no$"], &["soldat", "truppe", "troop", "soldier", "forces"], &["mehr$", "longer$"]],
        &[],
    ),
    // `wieder unter seine Kontrolle gebracht`, `back under control`.
    ("recapture", true, &[&["wieder$", "zurück", "back$"], &["kontroll", "control"]], &["control"]),
    // `Nordkoreaner nahmen an den Kämpfen teil`, `took part`.
    ("deploy", true, &[&["nahmen$", "nimmt$", "nehmen$", "nahm$"], &["teil$"]], &[]),
    // `Nun ist es offiziell: …`: made official, confirmed (but not
    // `nach offiziellen Angaben`).
    ("confirm", true, &[&["es$", "it$"], &["offiziell$", "official$"]], &[]),
    // `Das Regime gibt erstmals zu, …`: an admission.
    ("confirm", true, &[&["gibt$", "gab$", "geben$", "gaben$"], &["zu$"]], &[]),
    // `lud Kim zu einem Besuch ein`: an invitation.
    ("invite", true, &[&["lud$", "lädt$", "luden$"], &["ein$"]], &[]),
    // `Der Wetterdienst sagte weiteren Regen voraus`: a forecast.
    ("forecast", true, &[&["sagt$", "sagte$", "sagten$", "sagen$"], &["voraus$"]], &[]),
    // `kommt nach der Auszählung auf 16,4 Prozent`: reaching a figure.
    ("reach", true, &[&["kommt$", "kommen$", "kam$", "kamen$"], &["auf$"]], &[]),
    // `schloss eine Zusammenarbeit mit der AfD aus`: ruled out.
    // `Putin und Kim schließen Beistandspakt`: a treaty concluded (not the
    // polls closing at six; `schloss … aus` is read in `statement`).
    (
        "sign",
        true,
        &[
            &["schließen$", "schließt$", "schlossen$", "schloss$"],
            &["abkommen", "vertrag", "pakt", "beistandspakt", "partnerschaft", "bündnis"],
        ],
        &[],
    ),
    // `Ein Damm ist gebrochen`, `a levee burst`, `the dam was breached`
    // (not a breach of law).
    (
        "dam_break",
        true,
        &[
            &["damm", "deich", "dam$", "dams$", "levee", "dike", "dyke"],
            &["gebrochen$", "brach$", "brachen$", "bricht$", "brechen$", "broke$", "burst$", "breach"],
        ],
        &["violate"],
    ),
    // `Soldiers opened fire on the crowd`: shooting, no fire.
    ("shoot", true, &[&["opened$", "open$", "opens$", "opening$"], &["fire$"]], &["fire"]),
    // `Die USA werfen Nordkorea vor, …`: an accusation.
    ("accuse", true, &[&["wirft$", "werfen$", "warf$", "warfen$"], &["vor$"]], &[]),
    // `mit Artillerie und Waffen unterstützen`: support by supplying arms.
    (
        "supply",
        true,
        &[
            &["unterstütz", "support", "helf", "help"],
            &["waffe", "munition", "artillerie", "rakete", "weapon", "ammunition", "artillery", "missile"],
        ],
        &["support"],
    ),
];

/// The concept and role a folded word (or the folded text from that word on)
/// expresses, if any. `rest` is the clause's folded text from this word on,
/// so that multi-word entries (`ums leben`, `took part`) can match.
pub fn lookup(rest: &str) -> Option<(&'static str, Role)> {
    index().first_prefix(rest).map(concept)
}

/// The concept and role of one folded word on its own: an entry matches
/// when the word begins with it, a whole-word entry (`sent `) when the word
/// is exactly it; multi-word entries never match.
pub fn lookup_word(word: &str) -> Option<(&'static str, Role)> {
    index()
        .candidates(word)
        // Words compared first, flags then: most candidates fail on the
        // words, and a value costs a few loads.
        .find(|e| {
            if e.len() == word.len() + 1 && e.extends(word) {
                e.value() & WHOLE_WORD != 0
            } else {
                e.begins(word) && e.value() & HAS_SPACE == 0
            }
        })
        .map(|e| concept(e.value()))
}

/// The concept a later part of a compound names (`entsendung` in
/// `truppenentsendung`): single words of five letters or more, not topics.
pub fn lookup_part(part: &str) -> Option<(&'static str, Role)> {
    index()
        .candidates(part)
        .find(|e| {
            e.value() & COMPOUND_PART != 0
                && if e.value() & WHOLE_WORD != 0 {
                    e.len() == part.len() + 1 && e.extends(part)
                } else {
                    e.begins(part)
                }
        })
        .map(|e| concept(e.value()))
}

/// The concept and role of a lexicon index value (its line's rank, and flags).
fn concept(value: u32) -> (&'static str, Role) {
    let (c, r, _) = LEXICON[(value & RANK) as usize];
    (c, r)
}

/// The rank of an entry's lexicon line, in the index's values; the high bits
/// say what the entry is, computed once so that a lookup compares words only.
const RANK: u32 = (1 << 16) - 1;
const _: () = assert!(LEXICON.len() <= RANK as usize, "more lexicon lines than ranks");
/// The entry is a whole word (`sent `: it ends in a space).
const WHOLE_WORD: u32 = 1 << 31;
/// The entry has a space (a whole word, or several words).
const HAS_SPACE: u32 = 1 << 30;
/// The entry can name the later part of a compound: one word of five
/// letters or more, of a concept that is not a topic (a whole-word entry
/// only as the compound's last part).
const COMPOUND_PART: u32 = 1 << 29;

/// The lexicon's word beginnings with the rank of their line and their
/// flags, in lexicon order (which decides between concepts).
fn index() -> &'static PrefixIndex {
    &super::tables::PREDICATES
}

/// The entries of the predicate index (`src/lexicon/tables.rs`).
#[cfg(test)]
pub(crate) fn predicate_entries() -> Vec<(&'static str, u32)> {
    let words = LEXICON.iter().enumerate().flat_map(|(rank, (_, role, words))| {
        words.iter().map(move |w| {
            let mut v = rank as u32;
            if w.ends_with(' ') {
                v |= WHOLE_WORD;
            }
            if w.contains(' ') {
                v |= HAS_SPACE;
            }
            // A whole word (`regen `) names a compound's last part exactly.
            let word = w.strip_suffix(' ').unwrap_or(w);
            if !word.contains(' ') && *role != Role::Topic && word.chars().count() >= 5 {
                v |= COMPOUND_PART;
            }
            (*w, v)
        })
    });
    words.collect()
}

/// The entries of the phrase index (`src/lexicon/tables.rs`).
#[cfg(test)]
pub(crate) fn phrase_entries() -> Vec<(&'static str, u32)> {
    let groups = PHRASES.iter().flat_map(|(_, _, groups, _)| *groups).enumerate();
    let words = groups.flat_map(|(g, words)| {
        words.iter().map(move |p| match p.strip_suffix('$') {
            Some(exact) => (exact, g as u32 | EXACT),
            None => (*p, g as u32),
        })
    });
    words.collect()
}

/// Marks a whole-word entry in the phrase index's values (the rest is the
/// group number).
const EXACT: u32 = 1 << 31;

/// Which groups of [`PHRASES`] a folded word matches, as one bit per group
/// (groups numbered through all phrases in order; see [`phrase_groups`]).
pub fn phrase_bits(word: &str) -> u64 {
    super::tables::PHRASES
        .candidates(word)
        .filter(|p| p.begins(word) && (p.len() == word.len() || p.value() & EXACT == 0))
        .fold(0, |bits, p| bits | 1 << (p.value() & !EXACT))
}

/// The bit numbers of each phrase's groups in [`phrase_bits`], phrase by phrase.
pub fn phrase_groups() -> impl Iterator<Item = std::ops::Range<usize>> {
    PHRASES.iter().scan(0, |next, (_, _, groups, _)| {
        let r = *next..*next + groups.len();
        *next = r.end;
        Some(r)
    })
}

/// The role of a concept by name.
pub fn role(concept: &str) -> Option<Role> {
    LEXICON.iter().find(|(c, _, _)| *c == concept).map(|(_, r, _)| *r)
}

/// Concepts that come in degrees (a recapture may be of some villages or of
/// the whole region): denying that it is complete disputes only a claim
/// that it is.
pub fn scalar(concept: &str) -> bool {
    matches!(concept, "recapture" | "control")
}

/// Concepts that one side may state without the other and still be the same
/// fact: a casualty figure counts the dead and the wounded together.
pub fn entails(narrow: &str, broad: &str) -> bool {
    matches!((narrow, broad), ("die", "injure") | ("injure", "die"))
}

/// Whether a measure only grows over time (death tolls, casualties,
/// evacuations), so a later, higher figure is an update, not a conflict.
/// Troop totals are not: two estimates of them differ, they do not update.
pub fn cumulative(measure: &str) -> bool {
    // Those in hospital leave it again: that count also falls.
    matches!(
        measure,
        "deaths" | "injured" | "casualties" | "evacuated" | "rescued" | "injured:severe" | "injured:light"
    )
}

/// Words that state a count as a total, told again (`Zahl der Toten`,
/// `death toll`, `auf 17 gestiegen`), matched as whole words of a claim.
pub const TOLL_TOTALS: &[&str] =
    &["zahl der", "opferzahl", "insgesamt", "gestiegen", "stieg auf", "toll", "in total", "rose to", "risen to"];

/// Beginnings of the words that grade an injury, and the grade: the gravely
/// and the lightly injured, and those in hospital, are counts of their own.
pub const INJURY_GRADES: &[(&str, &str)] = &[
    ("schwer", "severe"),
    ("lebensgefährlich", "severe"),
    ("kritisch", "severe"),
    ("seriously", "severe"),
    ("severely", "severe"),
    ("critical", "severe"),
    ("leicht", "light"),
    ("slightly", "light"),
    ("minor", "light"),
    ("krankenh", "hospital"),
    ("klinik", "hospital"),
    ("stationär", "hospital"),
    ("hospital", "hospital"),
];

/// Beginnings of the words that name an injury (`verletzt`, `injured`).
pub const INJURY_WORDS: &[&str] = &["verletz", "injur", "wound", "verwund", "hurt"];

/// Nouns of a scale: a number right after one is its value (`der Stärke
/// 6`), not a count.
pub const SCALE_NOUNS: &[&str] =
    &["stärke", "windstärke", "magnitude", "kategorie", "stufe", "warnstufe", "strength", "category", "level"];

/// Words by which a denial points back at what it denies (`wies das
/// zurück`, `bestritt diese Darstellung`, `denied the claim`).
pub const DENIAL_POINTERS: &[&str] = &[
    "das",
    "dies",
    "diese",
    "darstellung",
    "angaben",
    "behauptung",
    "meldung",
    "that",
    "this",
    "claim",
    "claims",
    "report",
    "assertion",
    "vorwurf",
    "vorwürfe",
    "berichte",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "reports",
];

/// Parts of words that name an election (`Bundestagswahl`, `Wahlkreise`,
/// `election`, `Stimmen`), which make winning and shares a vote result.
pub const ELECTION_WORDS: &[&str] = &["wahl", "stimmen", "election", "vote", "ballot", "poll"];

/// Words for an election's turnout, the one share that is no party's.
pub const TURNOUT_WORDS: &[&str] = &["wahlbeteiligung", "turnout"];

/// Words that name an economic rate, and the rate they name: a percentage
/// after one, in its clause, is that rate's value (`Die Inflationsrate lag
/// bei 2,3 Prozent`, `German inflation rose to 2.3%`), so that two reports
/// of the same release meet on it. An entry is the beginning of a word
/// (`inflation` for `Inflationsrate`), or the whole word with `$`; words of
/// a multi-word entry but the last are whole. Where two start at the same
/// word the longer wins (`core inflation`, `services inflation`). Prices
/// alone (`Preise`, `prices`) name no rate: of what, the words after say.
pub const RATE_WORDS: &[(&str, &str)] = &[
    ("inflation", "inflation"),
    ("teuerung", "inflation"),
    ("verbraucherpreis", "inflation"),
    ("preissteigerung", "inflation"),
    ("consumer price", "inflation"),
    ("cpi$", "inflation"),
    ("kerninflation", "core_inflation"),
    ("kernrate", "core_inflation"),
    ("core inflation", "core_inflation"),
    ("core rate", "core_inflation"),
    ("energie", "energy_prices"),
    ("energy", "energy_prices"),
    ("energy inflation", "energy_prices"),
    ("nahrungsmittel", "food_prices"),
    ("lebensmittel", "food_prices"),
    ("food", "food_prices"),
    ("food inflation", "food_prices"),
    ("dienstleistung", "services_prices"),
    ("services", "services_prices"),
    ("services inflation", "services_prices"),
    ("arbeitslos", "unemployment"),
    ("erwerbslos", "unemployment"),
    ("unemployment", "unemployment"),
    ("jobless", "unemployment"),
    ("bruttoinlandsprodukt", "gdp"),
    ("bip$", "gdp"),
    ("wirtschaftsleistung", "gdp"),
    ("wirtschaftswachstum", "gdp"),
    ("wirtschaft$", "gdp"),
    ("gdp$", "gdp"),
    ("gross domestic product", "gdp"),
    ("economy$", "gdp"),
    ("leitzins", "key_rate"),
    ("einlagenzins", "key_rate"),
    ("einlagensatz", "key_rate"),
    ("key rate", "key_rate"),
    ("deposit rate", "key_rate"),
    ("interest rate", "key_rate"),
    ("benchmark rate", "key_rate"),
    ("policy rate", "key_rate"),
];

/// Words that say against what a rate's change is told, and the base they
/// name (`:yoy`, `:qoq`, `:mom`): `gegenüber dem Vorquartal`, `im
/// Vorjahresvergleich`, `year on year`, `from the previous quarter`.
pub const RATE_BASES: &[(&str, &str)] = &[
    ("vorjahr", ":yoy"),
    ("jahresvergleich", ":yoy"),
    ("year on year", ":yoy"),
    ("year earlier", ":yoy"),
    ("year ago", ":yoy"),
    ("annual", ":yoy"),
    ("vorquartal", ":qoq"),
    ("quarter on quarter", ":qoq"),
    ("previous quarter", ":qoq"),
    ("prior quarter", ":qoq"),
    ("previous three months", ":qoq"),
    ("vormonat", ":mom"),
    ("month on month", ":mom"),
    ("previous month", ":mom"),
    ("prior month", ":mom"),
];

/// Words that make a claim background: what has so far been so
/// (`bislang`, `bisher`, `previously`), not what is reported now.
pub const BACKGROUND_WORDS: &[&str] = &["bislang", "bisher", "previously"];

/// Words that tell a figure as a revision of an earlier one, or as the
/// first estimate a later figure revises.
pub const REVISION_WORDS: &[&str] = &[
    "korrigier",
    "revidier",
    "revised",
    "revision",
    "erste schätzung",
    "ersten schätzung",
    "first estimate",
    "flash estimate",
    "schnellschätzung",
    "vorläufig",
    "preliminary",
];

/// The base a rate is told against when the text names none: prices
/// change against the year before by convention (an inflation rate is a
/// year-on-year rate); the economy's growth is told against either, so it
/// has none, and levels (unemployment, the key rate) need none.
pub fn default_base(rate: &str) -> &'static str {
    match rate {
        "inflation" | "core_inflation" | "energy_prices" | "food_prices" | "services_prices" => ":yoy",
        _ => "",
    }
}

/// Beginnings of the words that make a rate's figure a fall (`Energie war
/// um 2,1 Prozent billiger`, `energy prices fell 2.1%`), not a rise: the
/// two are different facts with the same number.
pub const FALL_WORDS: &[&str] = &[
    "sank",
    "sink",
    "gesunken",
    "fiel",
    "fällt",
    "fallen",
    "gefallen",
    "billiger",
    "verbilligt",
    "weniger",
    "niedriger",
    "minus",
    "rückgang",
    "schrumpf",
    "geschrumpft",
    "fell",
    "fall",
    "declin",
    "drop",
    "down",
    "lower",
    "cheaper",
    "contract",
    "shrank",
    "shrink",
    "decreas",
    "zurück",
];

/// Whether a folded word names what one can turn down — an offer, a
/// demand, an invitation, a proposal, a request (`Angebot`, `offer`,
/// `Vorschlag`, `proposal`): rejecting it is a refusal, not a denial.
pub fn refusable(w: &str) -> bool {
    matches!(lookup_word(w), Some(("offer" | "demand" | "invite", _)))
        || ["vorschl", "proposal", "request", "antrag", "anträge"].iter().any(|p| w.starts_with(p))
}

/// Endings of English nouns made from verbs (`deployment`, `admission`,
/// `arrival`, `acceptance`): read where such a noun is a sentence's subject.
pub const NOMINAL_ENDINGS: &[&str] = &["ment", "tion", "sion", "al", "ance", "ence"];

/// German prepositions that open a phrase whose noun is what a clause is
/// about, not what it asserts ([`crate::compare::statement`]).
pub fn is_preposition(w: &str) -> bool {
    super::packed::contains(PREPOSITIONS, w)
}

crate::packed_table!(
    /// German prepositions ([`is_preposition`]).
    PREPOSITIONS,
    "\
am
an
angesichts
auf
aus
bei
beim
durch
für
gegen
gemäß
im
in
infolge
ins
mit
nach
ohne
seit
trotz
um
unter
vom
von
vor
wegen
während
zu
zum
zur
über"
);

/// Words whose later part names a concept the whole word does not: a
/// caption (`Bildunterschrift`) is no signature.
pub fn not_a_compound(word: &str) -> bool {
    matches!(word, "bildunterschrift" | "bildunterschriften")
}

/// The part of a whole a figure counts, from the words next to it
/// (`before`: the words before the figure, nearest first; else the words
/// after it): `aus einem Gebäude` → `gebäude`, `in einem Wohngebiet` →
/// `wohngebiet`, `an Bord`/`on board`/`aboard` → `aboard`,
/// `am Boden`/`on the ground` → `ground`, `allein in …`/`in … alone`/
/// `davon`/`darunter`/`among them`/`including` → `part`.
pub fn part_marker(words: &[&str], before: bool) -> Option<String> {
    let has = |w: &str| words.contains(&w);
    let pair =
        |a: &str, b: &str| words.windows(2).any(|p| (p[0], p[1]) == (a, b) || (before && (p[1], p[0]) == (a, b)));
    if pair("an", "bord") || pair("on", "board") || has("aboard") || has("onboard") {
        return Some("aboard".into());
    }
    if pair("am", "boden") || pair("the", "ground") {
        return Some("ground".into());
    }
    // `aus einem Gebäude`, `in einem Wohngebiet`, `from one building
    // alone` (not `died in a fire`: English `a` says where, not which part).
    let only = words.iter().any(|w| matches!(*w, "allein" | "alone" | "nur" | "only"));
    let one = |w: &str| matches!(w, "einem" | "einer") || (only && w == "one");
    let found = if before {
        words.windows(3).find(|p| one(p[1]) && matches!(p[2], "aus" | "in" | "from")).map(|p| p[0])
    } else {
        words.windows(3).find(|p| matches!(p[0], "aus" | "in" | "from") && one(p[1])).map(|p| p[2])
    };
    if let Some(noun) = found {
        return Some(noun.to_string());
    }
    // `allein in Bayern`, `in Bavaria alone`: one place of several. (Not
    // `allein die Arbeitskostenentlastung betrage 1,5 Milliarden`: that
    // names what the figure is.)
    let alone = words.windows(2).any(|p| {
        let (first, second) = if before { (p[1], p[0]) } else { (p[0], p[1]) };
        first == "allein" && is_preposition(second)
    }) || (words.contains(&"alone") && words.iter().any(|w| matches!(*w, "in" | "at" | "from")));
    let subset = |w: &&str| matches!(*w, "davon" | "darunter" | "including");
    (alone || words.iter().any(subset) || pair("among", "them")).then(|| "part".to_string())
}

/// Units of area a count's noun may name, and how many of them make a
/// km² (the unit areas are compared in): `9.500 Hektar`, `23,707 acres`.
pub fn area_unit(noun: &str) -> Option<f64> {
    Some(match noun {
        "hektar" | "hectares" | "hectare" | "ha" => 100.0,
        "acres" | "acre" => 247.105,
        "quadratmeilen" => 0.386_102,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(w: &str) -> Option<&'static str> {
        lookup(w).map(|(c, _)| c)
    }

    #[test]
    fn german_and_english_meet() {
        assert_eq!(c("zurückerobert"), Some("recapture"));
        assert_eq!(c("rückeroberung"), Some("recapture"));
        assert_eq!(c("regain"), Some("recapture"));
        assert_eq!(c("entsandt"), Some("deploy"));
        assert_eq!(c("deployment"), Some("deploy"));
        assert_eq!(c("bestätigt"), Some("confirm"));
        assert_eq!(c("acknowledged"), Some("confirm"));
        assert_eq!(c("ums leben gekommen"), Some("die"));
    }

    #[test]
    fn phrase_groups_fit_in_bits() {
        let groups: usize = phrase_groups().map(|r| r.len()).sum();
        assert!(groups <= 64, "{groups} phrase groups do not fit in phrase_bits' u64");
        // `wirft … vor`: group 0 and 1 of the accusation phrase.
        let accuse = phrase_groups().zip(PHRASES).find(|(_, p)| p.0 == "accuse").unwrap().0;
        assert_eq!(phrase_bits("wirft"), 1 << accuse.start);
        assert_eq!(phrase_bits("vor"), 1 << (accuse.start + 1));
        assert_eq!(phrase_bits("vorher"), 0, "`vor$` is a whole word");
        assert_ne!(phrase_bits("kämpfe"), 0);
    }

    #[test]
    fn topics_are_not_events() {
        assert_eq!(role("soldier"), Some(Role::Topic));
        assert_eq!(role("recapture"), Some(Role::Event));
        assert_eq!(role("confirm"), Some(Role::Act));
    }
}
