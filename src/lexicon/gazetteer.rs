//! The compiled-in gazetteer of people, states, organizations and places, with
//! aliases and transliterations; extendable by the embedder.
//!
//! Each [`Entry`] is one referent with a stable id: the same id in every
//! article is what lets claims about `Kim Jong Un` and `Kim Jong-un` line up.
//! An entry is named three ways:
//!
//! - `aliases`: proper names and transliterations (`Gerassimow`, `Gerasimov`),
//!   also matched with a genitive or possessive ending (`Putins`, `Russia's`);
//!   all-caps aliases (`US`, `KCNA`) only match in exactly that case, so the
//!   English pronoun `us` is never the United States.
//! - `roles`: descriptions that name the referent in news (`russische
//!   Präsident`, `Kremlchef`); each word may carry a German inflection ending
//!   (`des russischen Präsidenten`). A role shared by several entries
//!   (`Bundeskanzler`) is resolved by the article (see [`crate::extract::entity`]).
//! - `adjectives`: stems of adjectives and demonyms that stand for a state
//!   (`nordkoreanisch` matches `nordkoreanischen`).
//!
//! Matching is word by word over the shared tokens ([`crate::doc::token`]); the
//! index is built once for the built-in table and shared by every analysis
//! that adds no entries of its own.

use crate::doc::language::Lang;
use crate::doc::normalize::fold;
use crate::doc::token::{tokenize, Token};
use crate::report::EntityKind;
use serde::{Deserialize, Serialize};
use std::sync::{Arc, OnceLock};

/// One referent and the ways news name it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Entry {
    /// Stable id (`kim_jong_un`).
    pub id: String,
    /// Canonical display name.
    pub name: String,
    #[serde(rename = "type", default)]
    pub kind: EntityKind,
    /// Other spellings (`Kim Jong-un`, `Gerasimov`).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Descriptions that refer to this entry (`russische Präsident`).
    #[serde(default)]
    pub roles: Vec<String>,
    /// Adjective or demonym stems that stand for this entry (`russisch`).
    #[serde(default)]
    pub adjectives: Vec<String>,
}

/// How a gazetteer pattern names its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchKind {
    /// A proper name or alias.
    Name,
    /// A description (`der russische Präsident`).
    Role,
    /// An adjective or demonym (`nordkoreanische`).
    Adjective,
}

/// A match of a gazetteer pattern at a token position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// Number of tokens covered.
    pub len: usize,
    /// Entry indices (more than one only for shared roles), in table order.
    pub entries: Vec<usize>,
    pub kind: MatchKind,
}

#[derive(Debug)]
struct Pattern {
    /// Folded lowercase words.
    words: Vec<String>,
    /// Original words, for case checks.
    orig: Vec<String>,
    entry: usize,
    kind: MatchKind,
    lang: Option<Lang>,
}

#[derive(Debug, Default)]
struct Index {
    entries: Vec<Entry>,
    patterns: Vec<Pattern>,
    /// (first three folded characters of a pattern's first word, pattern),
    /// sorted by key and within a key by pattern.
    buckets: Vec<(String, usize)>,
    /// (id, entry), sorted by id; the first entry of an id.
    by_id: Vec<(String, usize)>,
}

/// The values of `key` in a list of pairs sorted by key.
fn sorted_get<'v>(v: &'v [(String, usize)], key: &str) -> &'v [(String, usize)] {
    let lo = v.partition_point(|e| e.0.as_str() < key);
    let hi = lo + v[lo..].partition_point(|e| e.0 == key);
    &v[lo..hi]
}

/// Lookup structure over the built-in and extra entries.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    index: Arc<Index>,
}

impl Gazetteer {
    /// The built-in entries plus `extra` (extra ones win on id clashes).
    pub fn with_extra(extra: &[Entry]) -> Gazetteer {
        static BUILTIN: OnceLock<Gazetteer> = OnceLock::new();
        let builtin = BUILTIN.get_or_init(|| Gazetteer { index: Arc::new(Index::build(builtin_entries())) });
        if extra.is_empty() {
            return builtin.clone();
        }
        let mut entries: Vec<Entry> =
            builtin.index.entries.iter().filter(|e| !extra.iter().any(|x| x.id == e.id)).cloned().collect();
        entries.extend(extra.iter().cloned());
        Gazetteer { index: Arc::new(Index::build(entries)) }
    }

    /// The built-in entries only.
    pub fn builtin() -> Gazetteer {
        Gazetteer::with_extra(&[])
    }

    /// All entries, built-in first.
    pub fn entries(&self) -> &[Entry] {
        &self.index.entries
    }

    /// The entry with this index.
    pub fn entry(&self, i: usize) -> &Entry {
        &self.index.entries[i]
    }

    /// The index of the entry with this id.
    pub fn find_id(&self, id: &str) -> Option<usize> {
        sorted_get(&self.index.by_id, id).first().map(|e| e.1)
    }

    /// The longest pattern matching `tokens[i..]` (at most `max_len` tokens),
    /// with every entry that has a pattern of that length there.
    pub fn longest_match(&self, tokens: &[Token], i: usize, max_len: usize, lang: Lang) -> Option<Match> {
        let bucket = sorted_get(&self.index.buckets, bucket_key(tokens.get(i)?.folded()));
        let mut best: Option<Match> = None;
        for &(_, p) in bucket {
            let pat = &self.index.patterns[p];
            let n = pat.words.len();
            if n > max_len || i + n > tokens.len() || pat.lang.is_some_and(|l| l != lang) {
                continue;
            }
            if !(0..n).all(|k| word_matches(pat, k, &tokens[i + k], tokens[i + k].folded())) {
                continue;
            }
            match &mut best {
                Some(b) if b.len > n => {}
                Some(b) if b.len == n => {
                    // A name beats a role or adjective of the same length.
                    if pat.kind == MatchKind::Name && b.kind != MatchKind::Name {
                        *b = Match { len: n, entries: vec![pat.entry], kind: pat.kind };
                    } else if pat.kind == b.kind && !b.entries.contains(&pat.entry) {
                        b.entries.push(pat.entry);
                    }
                }
                _ => best = Some(Match { len: n, entries: vec![pat.entry], kind: pat.kind }),
            }
        }
        if let Some(b) = &mut best {
            crate::sort::sort_by(&mut b.entries, usize::cmp);
        }
        best
    }
}

/// The first three characters of a folded word (borrowed: this runs for
/// every word of every sentence).
fn bucket_key(folded: &str) -> &str {
    let end = folded.char_indices().nth(3).map_or(folded.len(), |(i, _)| i);
    &folded[..end]
}

/// Endings a proper name may carry: German genitive, English possessive.
const NAME_ENDINGS: &[&str] = &["s", "es", "'s", "'"];
/// Endings of German adjectives and nouns in a description.
const ROLE_ENDINGS: &[&str] = &["e", "en", "em", "er", "es", "n", "s", "r", "m", "'s"];
/// Endings after an adjective or demonym stem.
const ADJ_ENDINGS: &[&str] = &["", "e", "en", "em", "er", "es", "n", "s", "'s"];

fn is_acronym(w: &str) -> bool {
    w.chars().filter(|c| c.is_uppercase()).count() >= 2 && !w.chars().any(|c| c.is_lowercase())
}

fn word_matches(pat: &Pattern, k: usize, tok: &Token, t: &str) -> bool {
    let p = pat.words[k].as_str();
    let orig = pat.orig[k].as_str();
    let last = k + 1 == pat.words.len();
    match pat.kind {
        MatchKind::Name => {
            if is_acronym(orig) {
                return tok.text == orig || (last && (tok.text.strip_prefix(orig).is_some_and(|r| fold(r) == "'s")));
            }
            if orig.chars().next().is_some_and(|c| c.is_uppercase()) && !tok.is_capitalized() {
                return false;
            }
            if t == p {
                return true;
            }
            last && t.strip_prefix(p).is_some_and(|r| NAME_ENDINGS.contains(&r) || (r == "n" && p.ends_with('e')))
        }
        MatchKind::Role => {
            if is_acronym(orig) {
                return tok.text == orig;
            }
            if t == p {
                return true;
            }
            t.strip_prefix(p).is_some_and(|r| ROLE_ENDINGS.contains(&r))
                || p.strip_prefix(t).is_some_and(|r| ROLE_ENDINGS.contains(&r))
        }
        MatchKind::Adjective => {
            if is_acronym(orig) {
                return tok.text == orig;
            }
            if !last {
                return t == p;
            }
            t.strip_prefix(p).is_some_and(|r| ADJ_ENDINGS.contains(&r))
        }
    }
}

impl Index {
    fn build(entries: Vec<Entry>) -> Index {
        let mut ix = Index { entries, ..Index::default() };
        for (ei, e) in ix.entries.iter().enumerate() {
            ix.by_id.push((e.id.clone(), ei));
            let names = std::iter::once(&e.name).chain(&e.aliases).map(|s| (s, MatchKind::Name));
            let roles = e.roles.iter().map(|s| (s, MatchKind::Role));
            let adjs = e.adjectives.iter().map(|s| (s, MatchKind::Adjective));
            for (s, kind) in names.chain(roles).chain(adjs) {
                // `de:` / `en:` restrict a pattern to one language.
                let (lang, s) = match s.split_once(':') {
                    Some(("de", rest)) => (Some(Lang::De), rest),
                    Some(("en", rest)) => (Some(Lang::En), rest),
                    _ => (None, s.as_str()),
                };
                let toks = tokenize(s, 0);
                if toks.is_empty() {
                    continue;
                }
                let words: Vec<String> = toks.iter().map(|t| t.folded().to_string()).collect();
                let orig: Vec<String> = toks.iter().map(|t| t.text.to_string()).collect();
                let key = bucket_key(&words[0]).to_string();
                ix.buckets.push((key, ix.patterns.len()));
                ix.patterns.push(Pattern { words, orig, entry: ei, kind, lang });
            }
        }
        // Stable sorts: an id's first entry and a key's patterns in order stay first.
        crate::sort::sort_by(&mut ix.by_id, |a, b| a.0.cmp(&b.0));
        crate::sort::sort_by(&mut ix.buckets, |a, b| a.0.cmp(&b.0));
        ix
    }
}

/// The built-in table: `id | type | name | aliases | roles | adjectives`,
/// lists separated by `;`. Kept as text so it reads like a list and costs
/// little in the wasm binary.
const TABLE: &str = "
# People
kim_jong_un|person|Kim Jong Un|Kim Jong-un;Kim Jongun;Kim|Nordkoreas Machthaber;nordkoreanische Machthaber;Nordkoreas Staatschef;nordkoreanische Staatschef;Nordkoreas Diktator;nordkoreanische Diktator;North Korean leader;North Korea's leader;Machthaber Nordkoreas|
kim_jong_il|person|Kim Jong Il|Kim Jong-il||
putin|person|Wladimir Putin|Vladimir Putin;Wladimir Wladimirowitsch Putin;Putin|russische Präsident;Russlands Präsident;Präsident Russlands;Kremlchef;Kremlherrscher;Kreml-Chef;Russian President;Russia's President;Russian leader;Kremlin leader|
gerasimov|person|Waleri Gerassimow|Valery Gerasimov;Valeri Gerasimov;Waleri Gerasimow;Gerassimow;Gerasimov;Gerasimow|russische Generalstabschef;Russlands Generalstabschef;Generalstabschef Russlands;Russian chief of the general staff;Russia's chief of general staff|
zelensky|person|Wolodymyr Selenskyj|Volodymyr Zelensky;Volodymyr Zelenskyy;Wolodimir Selenski;Selenskyj;Selensky;Selenski;Zelensky;Zelenskyy|ukrainische Präsident;Präsident der Ukraine;Ukrainian President;Ukraine's President|
olaf_scholz|person|Olaf Scholz|Scholz|Bundeskanzler;Kanzler;German Chancellor|
friedrich_merz|person|Friedrich Merz|Merz|CDU-Chef;CDU-Vorsitzende;Unionskanzlerkandidat;Kanzlerkandidat der Union;Bundeskanzler;Kanzler;German Chancellor|
markus_soeder|person|Markus Söder|Söder;Soeder|Bayerns Ministerpräsident;bayerische Ministerpräsident;Ministerpräsident Bayerns;CSU-Chef;Bavarian premier|
christian_lindner|person|Christian Lindner|Lindner|FDP-Chef;FDP-Vorsitzende|
donald_trump|person|Donald Trump|Trump|US-Präsident;amerikanische Präsident;US President;U.S. President|
joe_biden|person|Joe Biden|Biden|US-Präsident;amerikanische Präsident;US President;U.S. President|
peskov|person|Dmitri Peskow|Dmitry Peskov;Peskow;Peskov|Kremlsprecher;Kreml-Sprecher;Kremlin spokesman|
lavrov|person|Sergej Lawrow|Sergei Lavrov;Lawrow;Lavrov|russische Außenminister;Russlands Außenminister;Russian Foreign Minister|
macron|person|Emmanuel Macron|Macron|französische Präsident;Frankreichs Präsident;French President|
# States (capitals stand for their governments)
north_korea|state|Nordkorea|North Korea;DVRK;DPRK;Demokratische Volksrepublik Korea;Demokratischen Volksrepublik Korea;Democratic People's Republic of Korea;Pjöngjang;Pyongyang||nordkoreanisch;Nordkoreaner;North Korean
russia|state|Russland|Russia;Russische Föderation;Russischen Föderation;Russian Federation;Moskau;Moscow|russisch;Russe;Russian
ukraine|state|Ukraine|Kiew;Kyiv;Kiev;Kijiw|ukrainisch;Ukrainer;Ukrainian
south_korea|state|Südkorea|South Korea;Republik Korea;Republic of Korea;Seoul|südkoreanisch;Südkoreaner;South Korean
usa|state|USA|Vereinigte Staaten;Vereinigten Staaten;United States;US;U.S.;Washington|amerikanisch;Amerikaner;American
china|state|China|Volksrepublik China;Peking;Beijing|chinesisch;Chinese
germany|state|Deutschland|Germany;Bundesrepublik;Berlin|deutsch;German
france|state|Frankreich|France;Paris|französisch;French
united_kingdom|state|Großbritannien|Vereinigtes Königreich;Vereinigten Königreich;United Kingdom;Britain;UK;London|britisch;British
poland|state|Polen|Poland;Warschau;Warsaw|polnisch
japan|state|Japan|Tokio;Tokyo|japanisch;Japanese
iran|state|Iran|Teheran;Tehran|iranisch;Iranian
belarus|state|Belarus|Weißrussland;Minsk|belarussisch;Belarusian
# Organizations
kremlin|organization|Kreml|Kremlin|de:Präsidialverwaltung|
kcna|organization|KCNA|Koreanische Zentrale Nachrichtenagentur;Korean Central News Agency|Koreanischen Zentralen Nachrichtenagentur|
rodong_sinmun|organization|Rodong Sinmun||
tass|organization|Tass|TASS|
ria_novosti|organization|RIA Nowosti|RIA Novosti;Ria Nowosti;Ria Novosti|
interfax|organization|Interfax||
yonhap|organization|Yonhap||
dpa|organization|dpa|dpa-AFX;Deutsche Presse-Agentur|
afp|organization|AFP|Agence France-Presse|
ap|organization|AP|Associated Press|
reuters|organization|Reuters||
nis|organization|NIS|National Intelligence Service|südkoreanische Geheimdienst;südkoreanischen Geheimdienstes;South Korean intelligence;South Korea's spy agency|
general_staff|organization|Generalstab|General Staff||
ukraine_general_staff|organization|Generalstab der ukrainischen Streitkräfte|Ukrainian General Staff|ukrainische Generalstab;Generalstab der Ukraine;Ukraine's General Staff|
russia_general_staff|organization|Generalstab der russischen Streitkräfte|Russian General Staff|russische Generalstab;Generalstab Russlands;Russia's General Staff|
wpk_cmc|organization|Zentrale Militärkommission der Arbeiterpartei|Zentrale Militärkommission;Zentralen Militärkommission;Central Military Commission||
wpk|organization|Arbeiterpartei Koreas|Arbeiterpartei;Partei der Arbeit Koreas;Workers' Party of Korea;Workers' Party;Korean Workers' Party||
us_military|organization|US-Militär|US military;U.S. military;US-Streitkräfte|amerikanische Militär;US-amerikanische Militär|
nato|organization|Nato|NATO|
eu|organization|EU|Europäische Union;Europäischen Union;European Union|
un|organization|UN|UNO;Vereinte Nationen;Vereinten Nationen;United Nations|
bundeswahlleitung|organization|Bundeswahlleitung|Bundeswahlleiterin;Bundeswahlleiter||
dwd|organization|Deutscher Wetterdienst|DWD|Deutsche Wetterdienst;Deutschen Wetterdienstes|
landratsamt|organization|Landratsamt||
cdu_csu|organization|CDU/CSU|de:Union|
cdu|organization|CDU||
csu|organization|CSU||
spd|organization|SPD||
fdp|organization|FDP||
afd|organization|AfD||
bsw|organization|BSW|Bündnis Sahra Wagenknecht|
greens|organization|Grüne|Bündnis 90/Die Grünen|
linke|organization|Linke|Die Linke|
# Places
kursk|place|Kursk|Region Kursk;Gebiet Kursk;Oblast Kursk;Kursk region;Kursk Oblast;Kursk-Region||
bavaria|place|Bayern|Bavaria|Freistaat Bayern|bayerisch;Bavarian
baden_wuerttemberg|place|Baden-Württemberg|Baden-Wuerttemberg||baden-württembergisch
reichertshofen|place|Reichertshofen||
pfaffenhofen_an_der_ilm|place|Pfaffenhofen an der Ilm|Pfaffenhofen||
bad_woerishofen|place|Bad Wörishofen||
munich|place|München|Munich||
augsburg|place|Augsburg||
oberbayern|place|Oberbayern|Upper Bavaria||
";

fn split_list(s: &str) -> Vec<String> {
    s.split(';').map(str::trim).filter(|x| !x.is_empty()).map(str::to_string).collect()
}

fn builtin_entries() -> Vec<Entry> {
    TABLE
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|line| {
            let f: Vec<&str> = line.split('|').collect();
            let field = |i: usize| f.get(i).copied().unwrap_or("");
            let kind = match field(1) {
                "person" => EntityKind::Person,
                "state" => EntityKind::State,
                "organization" => EntityKind::Organization,
                "place" => EntityKind::Place,
                _ => EntityKind::Other,
            };
            Entry {
                id: field(0).to_string(),
                kind,
                name: field(2).to_string(),
                aliases: split_list(field(3)),
                roles: split_list(field(4)),
                adjectives: split_list(field(5)),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(g: &Gazetteer, s: &str) -> Vec<(String, usize)> {
        let toks = tokenize(s, 0);
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            match g.longest_match(&toks, i, 8, Lang::De) {
                Some(m) => {
                    out.push((g.entry(m.entries[0]).id.clone(), m.len));
                    i += m.len;
                }
                None => i += 1,
            }
        }
        out
    }

    #[test]
    fn table_parses_with_unique_ids() {
        let g = Gazetteer::builtin();
        assert!(g.entries().len() > 50);
        let mut seen = std::collections::HashSet::new();
        for e in g.entries() {
            assert!(seen.insert(e.id.clone()), "duplicate id {}", e.id);
            assert!(!e.name.is_empty());
        }
    }

    #[test]
    fn names_with_endings_and_case() {
        let g = Gazetteer::builtin();
        assert_eq!(ids(&g, "Putins Krieg"), [("putin".to_string(), 1)]);
        assert_eq!(ids(&g, "des Kremls"), [("kremlin".to_string(), 1)]);
        assert_eq!(ids(&g, "Kim Jong-un"), [("kim_jong_un".to_string(), 2)]);
        assert!(ids(&g, "let us go").is_empty());
        assert_eq!(ids(&g, "die US-Militärs"), [("us_military".to_string(), 1)]);
    }

    #[test]
    fn roles_inflect() {
        let g = Gazetteer::builtin();
        assert_eq!(ids(&g, "des russischen Präsidenten"), [("putin".to_string(), 2)]);
    }

    #[test]
    fn extra_entries_win() {
        let extra = Entry {
            id: "putin".into(),
            name: "W. Putin".into(),
            kind: EntityKind::Person,
            aliases: vec!["Wowa".into()],
            ..Entry::default()
        };
        let g = Gazetteer::with_extra(&[extra]);
        assert_eq!(ids(&g, "Wowa"), [("putin".to_string(), 1)]);
        assert!(ids(&g, "Putin").is_empty());
    }
}
