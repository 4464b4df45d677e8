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
    /// The matched pattern begins with a lowercase word: a German
    /// adjective (`deutsch`), which is lowercase unless it opens a sentence
    /// or a name (`Deutsche Bahn`).
    pub lowercase: bool,
}

#[derive(Debug)]
struct Pattern {
    words: Vec<Word>,
    /// The bytes a word must begin with to match the first word (at most
    /// eight, see [`head`]), and a mask of them: rules out most of a
    /// bucket's patterns with one comparison.
    head: u64,
    head_mask: u64,
    entry: usize,
    kind: MatchKind,
    lang: Option<Lang>,
}

/// One word of a pattern, with what the matcher asks of it worked out once
/// (it asks for every candidate pattern at nearly every word).
#[derive(Debug)]
struct Word {
    /// Folded lowercase form.
    folded: String,
    /// The original word, for case checks.
    orig: String,
    /// All caps (`US`, `KCNA`): matches only in exactly that case.
    acronym: bool,
    /// Starts with an uppercase letter.
    upper: bool,
}

#[derive(Debug, Default)]
struct Index {
    entries: Vec<Entry>,
    patterns: Vec<Pattern>,
    /// Distinct [`bucket_key`]s of the patterns' first words, sorted.
    keys: Vec<u128>,
    /// Where each key's patterns start in `members` (one more than `keys`).
    starts: Vec<u32>,
    /// Pattern indices grouped by key, each group in table order.
    members: Vec<u32>,
    /// One bit per [`lead`] of a pattern's first word: most words start no
    /// pattern, and this rules them out before their key is worked out.
    leads: [u64; 16],
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
        let ix = &self.index;
        let first = tokens.get(i)?.folded();
        let lead = lead(first);
        if ix.leads[lead / 64] & 1 << (lead % 64) == 0 {
            return None;
        }
        let k = ix.keys.binary_search(&bucket_key(first)).ok()?;
        let first_head = head(first);
        let mut best: Option<Match> = None;
        for &p in &ix.members[ix.starts[k] as usize..ix.starts[k + 1] as usize] {
            let pat = &ix.patterns[p as usize];
            let n = pat.words.len();
            if (first_head ^ pat.head) & pat.head_mask != 0
                || n > max_len
                || i + n > tokens.len()
                || pat.lang.is_some_and(|l| l != lang)
            {
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
                        *b = Match { len: n, entries: vec![pat.entry], kind: pat.kind, lowercase: !pat.words[0].upper };
                    } else if pat.kind == b.kind && !b.entries.contains(&pat.entry) {
                        b.entries.push(pat.entry);
                    }
                }
                _ => {
                    best =
                        Some(Match { len: n, entries: vec![pat.entry], kind: pat.kind, lowercase: !pat.words[0].upper })
                }
            }
        }
        if let Some(b) = &mut best {
            crate::sort::sort_by(&mut b.entries, usize::cmp);
        }
        best
    }
}

/// The first three characters of a folded word, as one number (a bucket
/// is found by integer comparisons; this runs for every word of every
/// sentence): their bytes (at most twelve) and, in the low byte, how many.
fn bucket_key(folded: &str) -> u128 {
    let end = folded.char_indices().nth(3).map_or(folded.len(), |(i, _)| i);
    let bytes = &folded.as_bytes()[..end];
    bytes.iter().fold(0u128, |k, &b| k << 8 | u128::from(b)) << (8 * (15 - bytes.len())) | bytes.len() as u128
}

/// The first two bytes of a folded word, five bits each: a word can share
/// a [`bucket_key`] with a pattern only when it shares this.
fn lead(folded: &str) -> usize {
    let b = folded.as_bytes();
    let byte = |i: usize| usize::from(b.get(i).copied().unwrap_or(0) & 31);
    byte(0) << 5 | byte(1)
}

/// The first eight bytes of a word, zero-padded, as one number.
fn head(word: &str) -> u64 {
    let mut b = [0u8; 8];
    let n = word.len().min(8);
    b[..n].copy_from_slice(&word.as_bytes()[..n]);
    u64::from_le_bytes(b)
}

/// How many bytes of a pattern's first word every word it matches begins
/// with: all of it, but for a role word, which may also match two bytes
/// short of its end (`russisch` for `russische`, see [`word_matches`]).
fn sure_prefix(kind: MatchKind, w: &Word) -> usize {
    match kind {
        MatchKind::Role if !w.acronym => w.folded.len().saturating_sub(2),
        _ => w.folded.len(),
    }
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
    let w = &pat.words[k];
    let (p, orig) = (w.folded.as_str(), w.orig.as_str());
    let last = k + 1 == pat.words.len();
    match pat.kind {
        MatchKind::Name => {
            if w.acronym {
                return tok.text == orig || (last && (tok.text.strip_prefix(orig).is_some_and(|r| fold(r) == "'s")));
            }
            if w.upper && !tok.is_capitalized() {
                return false;
            }
            if t == p {
                return true;
            }
            last && t.strip_prefix(p).is_some_and(|r| NAME_ENDINGS.contains(&r) || (r == "n" && p.ends_with('e')))
        }
        MatchKind::Role => {
            if w.acronym {
                return tok.text == orig;
            }
            if t == p {
                return true;
            }
            t.strip_prefix(p).is_some_and(|r| ROLE_ENDINGS.contains(&r))
                || p.strip_prefix(t).is_some_and(|r| ROLE_ENDINGS.contains(&r))
        }
        MatchKind::Adjective => {
            if w.acronym {
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
        let mut keyed: Vec<(u128, u32)> = Vec::new();
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
                let words: Vec<Word> = toks
                    .iter()
                    .map(|t| Word {
                        folded: t.folded().to_string(),
                        orig: t.text.to_string(),
                        acronym: is_acronym(t.text),
                        upper: t.text.chars().next().is_some_and(char::is_uppercase),
                    })
                    .collect();
                keyed.push((bucket_key(&words[0].folded), ix.patterns.len() as u32));
                let lead = lead(&words[0].folded);
                ix.leads[lead / 64] |= 1 << (lead % 64);
                let sure = sure_prefix(kind, &words[0]).min(8);
                let head_mask = if sure == 8 { u64::MAX } else { (1u64 << (8 * sure)) - 1 };
                let head = head(&words[0].folded) & head_mask;
                ix.patterns.push(Pattern { words, head, head_mask, entry: ei, kind, lang });
            }
        }
        // A stable sort: a key's patterns stay in table order.
        crate::sort::sort_by(&mut keyed, |a, b| a.0.cmp(&b.0));
        for (i, &(key, p)) in keyed.iter().enumerate() {
            if ix.keys.last() != Some(&key) {
                ix.keys.push(key);
                ix.starts.push(i as u32);
            }
            ix.members.push(p);
        }
        ix.starts.push(keyed.len() as u32);
        // A stable sort: an id's first entry stays first.
        crate::sort::sort_by(&mut ix.by_id, |a, b| a.0.cmp(&b.0));
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
united_kingdom|state|Großbritannien|Vereinigtes Königreich;Vereinigten Königreich;United Kingdom;Britain;UK;U.K.;London|britisch;British
poland|state|Polen|Poland;Warschau;Warsaw|polnisch
japan|state|Japan|Tokio;Tokyo|japanisch;Japanese
iran|state|Iran|Teheran;Tehran|iranisch;Iranian
belarus|state|Belarus|Weißrussland;Minsk|belarussisch;Belarusian
austria|state|Österreich|Austria;Wien;Vienna|österreichisch;Österreicher;Austrian
switzerland|state|Schweiz|Switzerland;Bern|schweizerisch;Swiss
italy|state|Italien|Italy;Rom;Rome|italienisch;Italiener;Italian
spain|state|Spanien|Spain;Madrid|spanisch;Spanier;Spanish
netherlands|state|Niederlande|Netherlands;Holland;Den Haag;The Hague|niederländisch;Niederländer;Dutch
belgium|state|Belgien|Belgium|belgisch;Belgier;Belgian
czechia|state|Tschechien|Czech Republic;Czechia;Prag;Prague|tschechisch;Tscheche;Czech
hungary|state|Ungarn|Hungary;Budapest|ungarisch;Hungarian
greece|state|Griechenland|Greece;Athen;Athens|griechisch;Grieche;Greek
portugal|state|Portugal|Lissabon;Lisbon|portugiesisch;Portuguese
sweden|state|Schweden|Sweden;Stockholm|schwedisch;Swedish
norway|state|Norwegen|Norway;Oslo|norwegisch;Norwegian
denmark|state|Dänemark|Denmark;Kopenhagen;Copenhagen|dänisch;Danish
finland|state|Finnland|Finland;Helsinki|finnisch;Finnish
ireland|state|Irland|Ireland;Dublin|irisch;Irish
romania|state|Rumänien|Romania;Bukarest;Bucharest|rumänisch;Romanian
bulgaria|state|Bulgarien|Bulgaria|bulgarisch;Bulgarian
serbia|state|Serbien|Serbia;Belgrad;Belgrade|serbisch;Serbian
croatia|state|Kroatien|Croatia;Zagreb|kroatisch;Croatian
slovakia|state|Slowakei|Slovakia;Bratislava|slowakisch;Slovak
lithuania|state|Litauen|Lithuania;Vilnius|litauisch;Lithuanian
latvia|state|Lettland|Latvia;Riga|lettisch;Latvian
estonia|state|Estland|Estonia;Tallinn|estnisch;Estonian
moldova|state|Moldau|Moldova;Republik Moldau;Chisinau|moldauisch;Moldovan
turkey|state|Türkei|Turkey;Türkiye;Ankara|türkisch;Türke;Turkish
israel|state|Israel||israelisch;Israeli
syria|state|Syrien|Syria;Damaskus;Damascus|syrisch;Syrer;Syrian
lebanon|state|Libanon|Lebanon;Beirut|libanesisch;Lebanese
iraq|state|Irak|Iraq;Bagdad;Baghdad|irakisch;Iraker;Iraqi
saudi_arabia|state|Saudi-Arabien|Saudi Arabia;Riad;Riyadh|saudisch;saudi-arabisch;Saudi
egypt|state|Ägypten|Egypt;Kairo;Cairo|ägyptisch;Egyptian
qatar|state|Katar|Qatar;Doha|katarisch;Qatari
yemen|state|Jemen|Yemen|jemenitisch;Yemeni
india|state|Indien|India;Neu-Delhi;New Delhi|indisch;Indian
pakistan|state|Pakistan|Islamabad|pakistanisch;Pakistani
afghanistan|state|Afghanistan|Kabul|afghanisch;Afghan
bangladesh|state|Bangladesch|Bangladesh|bangladeschisch;Bangladeshi
indonesia|state|Indonesien|Indonesia;Jakarta|indonesisch;Indonesian
philippines|state|Philippinen|Philippines;Manila|philippinisch;Filipino;Philippine
vietnam|state|Vietnam|Hanoi|vietnamesisch;Vietnamese
thailand|state|Thailand|Bangkok|thailändisch;Thai
taiwan|state|Taiwan|Taipeh;Taipei|taiwanisch;Taiwanese
canada|state|Kanada|Canada;Ottawa|kanadisch;Canadian
mexico|state|Mexiko|Mexico|mexikanisch;Mexican
brazil|state|Brasilien|Brazil;Brasilia|brasilianisch;Brazilian
argentina|state|Argentinien|Argentina;Buenos Aires|argentinisch;Argentine;Argentinian
venezuela|state|Venezuela|Caracas|venezolanisch;Venezuelan
colombia|state|Kolumbien|Colombia;Bogotá;Bogota|kolumbianisch;Colombian
australia|state|Australien|Australia;Canberra|australisch;Australian
south_africa|state|Südafrika|South Africa;Pretoria|südafrikanisch;South African
nigeria|state|Nigeria|Abuja|nigerianisch;Nigerian
ethiopia|state|Äthiopien|Ethiopia|äthiopisch;Ethiopian
sudan|state|Sudan||sudanesisch;Sudanese
libya|state|Libyen|Libya;Tripolis;Tripoli|libysch;Libyan
morocco|state|Marokko|Morocco;Rabat|marokkanisch;Moroccan
armenia|state|Armenien|Armenia;Eriwan;Yerevan|armenisch;Armenian
azerbaijan|state|Aserbaidschan|Azerbaijan;Baku|aserbaidschanisch;Azerbaijani
kazakhstan|state|Kasachstan|Kazakhstan;Astana|kasachisch;Kazakh
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
un|organization|UN|UNO;U.N.;Vereinte Nationen;Vereinten Nationen;United Nations|
bundeswahlleitung|organization|Bundeswahlleitung|Bundeswahlleiterin;Bundeswahlleiter;en:federal returning officer||
dwd|organization|Deutscher Wetterdienst|DWD|Deutsche Wetterdienst;Deutschen Wetterdienstes|
landratsamt|organization|Landratsamt||
cdu_csu|organization|CDU/CSU|de:Union;CDU und CSU;CSU und CDU;Unionsparteien|
cdu|organization|CDU||
csu|organization|CSU||
spd|organization|SPD|Sozialdemokraten;en:Social Democrats;en:Social Democratic Party|
fdp|organization|FDP|Freie Demokraten;en:Free Democrats;en:Free Democratic Party|
afd|organization|AfD|Alternative für Deutschland;en:Alternative for Germany|
bsw|organization|BSW|Bündnis Sahra Wagenknecht|
greens|organization|Grüne|Bündnis 90/Die Grünen;en:Greens;en:Green party|
linke|organization|Linke|Die Linke;Linkspartei;en:Left party|
ecb|organization|EZB|Europäische Zentralbank;Europäischen Zentralbank;ECB;European Central Bank|
bundesbank|organization|Bundesbank|Deutsche Bundesbank;Deutschen Bundesbank|
destatis|organization|Statistisches Bundesamt|Statistische Bundesamt;Statistischen Bundesamt;Statistischen Bundesamtes;Destatis;Federal Statistical Office;en:German statistics office|
fed|organization|Federal Reserve|Fed;US-Notenbank;US Federal Reserve|
imf|organization|IWF|Internationale Währungsfonds;Internationalen Währungsfonds;IMF;International Monetary Fund|
world_bank|organization|Weltbank|World Bank|
who|organization|WHO|Weltgesundheitsorganisation;World Health Organization|
iaea|organization|IAEA|Internationale Atomenergiebehörde;Internationalen Atomenergiebehörde;IAEO;International Atomic Energy Agency|
opec|organization|Opec|OPEC|
bundesagentur_fuer_arbeit|organization|Bundesagentur für Arbeit|Arbeitsagentur;Bundesagentur|
bundesregierung|organization|Bundesregierung|de:Regierung in Berlin;German government|
bundestag|organization|Bundestag||
bundeswehr|organization|Bundeswehr||
pentagon|organization|Pentagon||
white_house|organization|Weißes Haus|Weiße Haus;Weißen Haus;White House|
hamas|organization|Hamas||
hezbollah|organization|Hisbollah|Hezbollah;Hizbollah|
red_cross|organization|Rotes Kreuz|Rote Kreuz;Roten Kreuz;Roten Kreuzes;Red Cross;DRK;IKRK;ICRC|
unhcr|organization|UNHCR|UN-Flüchtlingshilfswerk;UN refugee agency|
eurostat|organization|Eurostat||
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
eurozone|place|Eurozone|Euroraum;Euro-Zone;euro zone;euro area;eurozone|
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
        // A role word also matches short of its ending (see `sure_prefix`).
        assert_eq!(ids(&g, "russisch Präsident"), [("putin".to_string(), 2)]);
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
