//! Check-worthiness: how much a reader would want a sentence checked, as a
//! score in 0..=1 with the reasons that made it.
//!
//! Additive and explainable on purpose: every reason a sentence gets is named
//! in the report, so a reader (and a test) sees why it scored as it did.

use crate::doc::SentenceView;
use crate::report::{Attribution, Checkworthiness, Entity, Modality, Quantity, SourceKind, TimeExpr};

/// Words of praise, pathos and judgement: a sentence made of them is rhetoric
/// or opinion, which a fact-check cannot settle.
const RHETORIC: &[&str] = &[
    "gerechtigkeit", "ungerechtigkeit", "held", "heldenmut", "heldentum", "ehre", "mut", "würdig", "würdigen",
    "freundschaft", "kämpferisch", "schön", "schöne", "schönen", "glorreich", "heroic", "hero", "heroes",
    "honour", "honor", "justice", "glory", "friendship", "brave", "bravery", "mutterland", "vaterland",
];

/// Scores how much a reader would want a sentence checked, with the reasons.
pub fn score(
    sentence: &SentenceView,
    quantities: &[Quantity],
    times: &[TimeExpr],
    entities: &[Entity],
    attribution: Option<&Attribution>,
    modality: Modality,
) -> Checkworthiness {
    let mut score: f64 = 0.15;
    let mut reasons = Vec::new();
    let mut add = |cond: bool, w: f64, why: &str| {
        if cond {
            score += w;
            reasons.push(why.to_string());
        }
    };
    add(!quantities.is_empty(), 0.3, "figure");
    add(times.iter().any(|t| t.from.is_some() || t.to.is_some()), 0.1, "date");
    add(!entities.is_empty(), 0.1, "named_entity");
    add(
        attribution.is_some_and(|a| a.kind != SourceKind::Anonymous),
        0.2,
        "named_source",
    );
    add(attribution.is_some_and(|a| a.kind == SourceKind::Anonymous), 0.1, "anonymous_source");
    add(
        matches!(modality, Modality::Reported | Modality::Hearsay | Modality::Hedged),
        0.1,
        "secondhand",
    );
    add(modality == Modality::Denied, 0.2, "denial");
    let rhetoric = sentence
        .toks
        .iter()
        .filter(|t| {
            let w = t.folded();
            RHETORIC.iter().any(|r| w.starts_with(r) && w.len() <= r.len() + 3)
        })
        .count();
    if rhetoric > 0 && quantities.is_empty() {
        score -= 0.15 * rhetoric.min(3) as f64;
        reasons.push("rhetoric".to_string());
    }
    Checkworthiness { score: (score.clamp(0.0, 1.0) * 100.0).round() / 100.0, reasons }
}
