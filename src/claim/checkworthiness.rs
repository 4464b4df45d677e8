//! Check-worthiness: how much a reader would want a sentence checked, as a
//! score in 0..=1 with the reasons that made it.
//!
//! Additive and explainable on purpose: every reason a sentence gets is named
//! in the report, so a reader (and a test) sees why it scored as it did.

use crate::doc::SentenceView;
use crate::report::{Attribution, Checkworthiness, Entity, Modality, Quantity, SourceKind, TimeExpr};

/// What every sentence of prose starts with.
pub const BASE: f64 = 0.15;
/// A figure: the most checkable thing a sentence can say.
pub const FIGURE: f64 = 0.3;
/// A resolved date or period.
pub const DATE: f64 = 0.1;
/// A named person, state, organization or place.
pub const NAMED_ENTITY: f64 = 0.1;
/// Attributed to a named source: someone to check it with.
pub const NAMED_SOURCE: f64 = 0.2;
/// Attributed to an unnamed source (`aus Kreisen`): worth checking, harder to.
pub const ANONYMOUS_SOURCE: f64 = 0.1;
/// Reported speech, hearsay or a hedge: the article itself does not vouch.
pub const SECONDHAND: f64 = 0.1;
/// A denial: one side contradicts another.
pub const DENIAL: f64 = 0.2;
/// Subtracted per word of rhetoric (at most three), unless there is a figure.
pub const RHETORIC_WORD: f64 = 0.15;

/// Words of praise, pathos and judgement: a sentence made of them is rhetoric
/// or opinion, which a fact-check cannot settle.
const RHETORIC: &[&str] = &[
    "gerechtigkeit",
    "ungerechtigkeit",
    "held",
    "heldenmut",
    "heldentum",
    "ehre",
    "mut",
    "würdig",
    "würdigen",
    "freundschaft",
    "kämpferisch",
    "schön",
    "schöne",
    "schönen",
    "glorreich",
    "heroic",
    "hero",
    "heroes",
    "honour",
    "honor",
    "justice",
    "glory",
    "friendship",
    "brave",
    "bravery",
    "mutterland",
    "vaterland",
];

/// Whether a folded word is one of [`RHETORIC`] or an inflection of it (up
/// to three more letters).
fn is_rhetoric(w: &str) -> bool {
    let first = w.as_bytes().first();
    RHETORIC.iter().any(|r| r.as_bytes().first() == first && w.starts_with(r) && w.len() <= r.len() + 3)
}

/// Scores how much a reader would want a sentence checked, with the reasons.
pub fn score(
    sentence: &SentenceView,
    quantities: &[Quantity],
    times: &[TimeExpr],
    entities: &[Entity],
    attribution: Option<&Attribution>,
    modality: Modality,
) -> Checkworthiness {
    let mut score: f64 = BASE;
    let mut reasons = Vec::new();
    let mut add = |cond: bool, w: f64, why: &str| {
        if cond {
            score += w;
            reasons.push(why.to_string());
        }
    };
    add(!quantities.is_empty(), FIGURE, "figure");
    add(times.iter().any(|t| t.from.is_some() || t.to.is_some()), DATE, "date");
    add(!entities.is_empty(), NAMED_ENTITY, "named_entity");
    add(attribution.is_some_and(|a| a.kind != SourceKind::Anonymous), NAMED_SOURCE, "named_source");
    add(attribution.is_some_and(|a| a.kind == SourceKind::Anonymous), ANONYMOUS_SOURCE, "anonymous_source");
    add(matches!(modality, Modality::Reported | Modality::Hearsay | Modality::Hedged), SECONDHAND, "secondhand");
    add(modality == Modality::Denied, DENIAL, "denial");
    // Rhetoric counts only where there is no figure: only then is it looked for.
    let rhetoric =
        if quantities.is_empty() { sentence.toks.iter().filter(|t| is_rhetoric(t.folded())).count() } else { 0 };
    if rhetoric > 0 {
        score -= RHETORIC_WORD * rhetoric.min(3) as f64;
        reasons.push("rhetoric".to_string());
    }
    Checkworthiness { score: (score.clamp(0.0, 1.0) * 100.0).round() / 100.0, reasons }
}
