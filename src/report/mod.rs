//! The analysis report: the plain data that crosses every boundary.
//!
//! Everything here is serializable and knows nothing of JavaScript. The same
//! structures are printed by the CLI as JSON and handed to the browser by the
//! wasm boundary (`src/wasm.rs`).
//!
//! Offsets: while the core works, every `start`/`end` is a UTF-8 byte offset
//! into the article's `text`. [`crate::analyze`] converts all of them to UTF-16
//! code units (what JavaScript strings index by) in one final pass
//! ([`crate::doc::offsets::rebase_article`]), so nothing in the core has to think
//! about UTF-16.

pub mod json;

use serde::{Deserialize, Serialize};

/// The whole result of one analysis run.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Report {
    /// Format version of this report (bumped on incompatible changes).
    pub version: u32,
    /// One entry per input article, in input order.
    pub articles: Vec<ArticleReport>,
    /// All claims of all articles, grouped by article in input order.
    pub claims: Vec<Claim>,
    /// Cross-article relations between claims.
    pub links: Vec<Link>,
}

/// What the analysis found out about one article.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ArticleReport {
    /// The article's id (from the input, or `a1`, `a2`, … by position).
    pub id: String,
    /// The analysed text, exactly as given (or as extracted from `html`).
    pub text: String,
    /// Headline, if one was given or found.
    pub title: Option<String>,
    /// Kicker (Dachzeile) above the headline, if found.
    pub kicker: Option<String>,
    /// Publication date `YYYY-MM-DD`, from the input or page metadata.
    pub published: Option<String>,
    /// `de` or `en`.
    pub language: String,
    /// Normalized news agency names (`dpa`, `AFP`, `AP`, `Reuters`, …).
    pub agencies: Vec<String>,
    /// Dateline places (`Pjöngjang`, `Seoul`), if the article has a dateline.
    pub dateline: Vec<String>,
    /// Blocks covering the text, in order.
    pub blocks: Vec<Block>,
    /// Sentences of the prose blocks (and headings), in order.
    pub sentences: Vec<Sentence>,
}

/// What part of a page a stretch of text is.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Headline,
    Kicker,
    Lede,
    Body,
    Subheading,
    Caption,
    /// Video or audio teaser line, e.g. `13.01.2025 | 1:27 min`.
    Media,
    /// Photo credit, e.g. `Pool Sputnik Kremlin/AP`.
    Credit,
    /// Agency line, e.g. `Quelle: AFP, AP, dpa, Reuters`.
    Source,
    /// Teasers for other content, live-blog boxes.
    Related,
    /// Page furniture and scraping junk.
    Other,
}

impl BlockKind {
    /// Whether claims may come from this kind of block.
    pub fn is_prose(self) -> bool {
        matches!(self, BlockKind::Headline | BlockKind::Lede | BlockKind::Body | BlockKind::Subheading)
    }

    /// Whether this is a heading over prose (headline, kicker,
    /// subheading): about what follows it, not what stands before.
    pub fn is_heading(self) -> bool {
        matches!(self, BlockKind::Headline | BlockKind::Subheading | BlockKind::Kicker)
    }
}

/// A classified stretch of the article text.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub start: usize,
    pub end: usize,
}

/// A sentence (or a heading) of article prose.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Index into the article's `blocks`.
    pub block: usize,
}

/// A check-worthy statement.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Claim {
    /// Unique in the report, e.g. `a1-c3`.
    pub id: String,
    /// The article's id.
    pub article: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub checkworthiness: Checkworthiness,
    pub modality: Modality,
    pub attribution: Option<Attribution>,
    pub quantities: Vec<Quantity>,
    pub times: Vec<TimeExpr>,
    pub entities: Vec<Entity>,
    /// Cross-article verdict (see `compare`).
    pub verdict: Verdict,
    /// Ids of claims in other articles that bear on this one.
    pub evidence: Vec<String>,
    /// Number of distinct original sources behind this claim and its evidence.
    pub independent_sources: usize,
    /// The origin parties counted in `independent_sources` (empty when no
    /// source is known: then the count is 1, the claim's own unknown origin).
    #[serde(default)]
    pub parties: Vec<OriginParty>,
    /// `2 unabhängige Quellen: …` in both UI languages (empty strings when
    /// no party is known).
    #[serde(default)]
    pub sources_note: Explanation,
}

/// A party behind a claim: a state (its agency, ministries, army and leader
/// are one party), an intelligence service, an authority. Outlets and news
/// agencies that only relay are never parties.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct OriginParty {
    /// Stable id (`north_korea`, `western_intelligence`, `dwd`).
    pub id: String,
    /// Display name in German (`nordkoreanische Staatsführung`).
    pub de: String,
    /// Display name in English (`North Korean state`).
    pub en: String,
    /// How the texts name it (`KCNA`, `Gerassimow`), in order of appearance.
    pub named: Vec<String>,
}

/// How much a careful reader would want this checked, and why.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Checkworthiness {
    /// 0..1
    pub score: f64,
    /// Short machine-readable reasons, e.g. `quantity`, `named_source`, `opinion`.
    pub reasons: Vec<String>,
}

/// How sure the text is of a statement, and in whose voice.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Stated as fact by the article.
    #[default]
    Asserted,
    /// Indirect speech (Konjunktiv I/II, `said that`).
    Reported,
    /// `sollen` + infinitive, `reportedly`.
    Hearsay,
    /// `offenbar`, `mutmaßlich`, `angeblich`, `apparently`.
    Hedged,
    /// Direct quotation.
    Quoted,
    /// `bestritt`, `dementierte`, `wies zurück`, `denied`.
    Denied,
}

/// A figure in the text.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Quantity {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub value_min: Option<f64>,
    pub value_max: Option<f64>,
    pub qualifier: Qualifier,
    /// Normalized unit (`soldiers`, `km2`, `percent`, `EUR`, `people`, …).
    pub unit: Option<String>,
}

/// How exact a figure is meant.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Exact,
    Approx,
    MoreThan,
    AtLeast,
    AtMost,
    LessThan,
    Range,
    Vague,
}

/// A time expression, resolved to ISO dates where possible.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct TimeExpr {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// First day `YYYY-MM-DD`, or null when unresolved / open.
    pub from: Option<String>,
    /// Last day `YYYY-MM-DD`, or null when unresolved / open.
    pub to: Option<String>,
    pub granularity: Granularity,
    /// Whether the expression is relative to the publication date.
    pub relative: bool,
}

/// The size of the unit a time expression names.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    #[default]
    Day,
    Week,
    Month,
    Season,
    Year,
    /// An open interval such as `seit Februar 2022`.
    Open,
}

/// A mention of a person, state, organization or place.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Entity {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Stable across articles for the same referent (`kim_jong_un`).
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EntityKind,
    /// Canonical display name.
    pub name: String,
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Person,
    State,
    Organization,
    Place,
    #[default]
    Other,
}

/// Who a statement comes from.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Attribution {
    /// The source as the text names it (`KCNA`, `Geheimdienstmitarbeitern aus den USA, …`).
    pub source: String,
    pub kind: SourceKind,
    /// The words that mark the attribution (`meldete`, `nach Angaben von`).
    pub cue: String,
    /// Entity ids of the source, where known (the original source for comparison).
    pub entities: Vec<String>,
    /// True when carried over from an earlier sentence of reported speech.
    pub inherited: bool,
}

/// What kind of source a statement is attributed to.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    Official,
    StateMedia,
    Military,
    Intelligence,
    Media,
    Observer,
    Anonymous,
    Person,
    #[default]
    Other,
}

/// The cross-article verdict on one claim: what the overlay shows at a
/// glance.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Another article states the same, and the claim and its corroboration
    /// do not rest on one origin party: two parties, or outlets that state
    /// it in their own voice.
    Corroborated,
    /// Another article states the same, but it all rests on one origin
    /// party (KCNA reported by two outlets): confirmed is that the party
    /// says it, not that it is true.
    Relayed,
    Consistent,
    #[default]
    SingleSource,
    Discrepancy,
    Disputed,
}

/// A relation between claims of different articles.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Link {
    pub from: String,
    pub to: String,
    pub relation: Relation,
    /// 0..1 alignment strength.
    pub score: f64,
    pub explanation: Explanation,
    /// Whether both claims rest on the same origin party (then what is
    /// corroborated is that the party said it, not that it is true).
    #[serde(default)]
    pub same_source: bool,
}

/// How two aligned claims relate.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    #[default]
    Corroborates,
    Consistent,
    Conflicts,
    Disputes,
    /// A later report with a changed figure (e.g. a rising death toll).
    Updates,
}

/// A short explanation in both UI languages.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Explanation {
    pub de: String,
    pub en: String,
}

/// `name()` (the snake_case name the JSON report uses) and `from_name()`
/// for a unit-variant enum.
macro_rules! names {
    ($ty:ident { $($variant:ident => $name:literal),* $(,)? }) => {
        impl $ty {
            /// The name the JSON report uses.
            pub fn name(self) -> &'static str {
                match self {
                    $($ty::$variant => $name,)*
                }
            }

            /// The value with this name.
            pub fn from_name(name: &str) -> Option<$ty> {
                match name {
                    $($name => Some($ty::$variant),)*
                    _ => None,
                }
            }

            /// Every name, in order (for error messages).
            pub const NAMES: &'static [&'static str] = &[$($name),*];
        }
    };
}

names!(BlockKind { Headline => "headline", Kicker => "kicker", Lede => "lede", Body => "body", Subheading => "subheading", Caption => "caption", Media => "media", Credit => "credit", Source => "source", Related => "related", Other => "other" });
names!(Modality { Asserted => "asserted", Reported => "reported", Hearsay => "hearsay", Hedged => "hedged", Quoted => "quoted", Denied => "denied" });
names!(Qualifier { Exact => "exact", Approx => "approx", MoreThan => "more_than", AtLeast => "at_least", AtMost => "at_most", LessThan => "less_than", Range => "range", Vague => "vague" });
names!(Granularity { Day => "day", Week => "week", Month => "month", Season => "season", Year => "year", Open => "open" });
names!(EntityKind { Person => "person", State => "state", Organization => "organization", Place => "place", Other => "other" });
names!(SourceKind { Official => "official", StateMedia => "state_media", Military => "military", Intelligence => "intelligence", Media => "media", Observer => "observer", Anonymous => "anonymous", Person => "person", Other => "other" });
names!(Verdict { Corroborated => "corroborated", Relayed => "relayed", Consistent => "consistent", SingleSource => "single_source", Discrepancy => "discrepancy", Disputed => "disputed" });
names!(Relation { Corroborates => "corroborates", Consistent => "consistent", Conflicts => "conflicts", Disputes => "disputes", Updates => "updates" });
