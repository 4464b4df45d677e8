//! Claim assembly: runs the per-sentence extractors over an article's prose
//! and keeps the statements worth checking, scored for check-worthiness.
//!
//! A claim is a sentence of article prose (headline, lede, body,
//! subheading). Captions, teasers and furniture never become claims. Fragments
//! too short to state anything (fewer than [`MIN_WORDS`] words and no figure)
//! are dropped; everything else is kept with a score, so the frontend can
//! emphasize what matters and a reader can still see why the rest scored low.

use crate::gazetteer::Gazetteer;
use crate::report::{ArticleReport, Attribution, Checkworthiness, Claim, Entity, Modality, Quantity, SourceKind, TimeExpr};

/// Sentences with fewer words and no figure are not claims (`Weiter heißt es:`).
pub const MIN_WORDS: usize = 4;
use crate::{attribution, blocks, entity, language, metadata, modality, quantity, segment, time, Prepared};

/// Analyses one article: blocks, metadata, sentences and claims (byte offsets).
pub fn analyze_article(p: Prepared, gaz: &Gazetteer) -> (ArticleReport, Vec<Claim>) {
    let text = &p.text;
    let blocks = blocks::classify(text, p.title.as_deref(), &p.hints);
    let meta = metadata::extract(text, &blocks);
    let lang = p.lang.unwrap_or_else(|| language::detect(text));
    let sentences = segment::sentences(text, &blocks);
    let entities = entity::find_all(text, &sentences, lang, gaz);
    let modalities: Vec<_> = sentences.iter().map(|s| modality::classify(text, s.start..s.end, lang)).collect();
    let attributions = attribution::find_all(text, &sentences, &entities, &modalities, lang);
    let mut claims = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        let span = s.start..s.end;
        let quantities = quantity::find(text, span.clone(), lang);
        let words = crate::token::tokenize(&text[span.clone()], s.start)
            .iter()
            .filter(|t| t.kind == crate::token::TokenKind::Word)
            .count();
        if words < MIN_WORDS && quantities.is_empty() {
            continue;
        }
        let times = time::find(text, span.clone(), lang, p.published);
        let checkworthiness =
            score(&text[span.clone()], &quantities, &times, &entities[i], attributions[i].as_ref(), modalities[i]);
        claims.push(Claim {
            id: format!("{}-c{}", p.id, claims.len() + 1),
            article: p.id.clone(),
            start: s.start,
            end: s.end,
            text: text[span].to_string(),
            checkworthiness,
            modality: modalities[i],
            attribution: attributions[i].clone(),
            quantities,
            times,
            entities: entities[i].clone(),
            ..Claim::default()
        });
    }
    let article = ArticleReport {
        id: p.id,
        title: p.title.or(meta.title),
        kicker: meta.kicker,
        published: p.published.map(|d| d.iso()),
        language: lang.code().to_string(),
        agencies: meta.agencies,
        dateline: meta.dateline,
        blocks,
        sentences,
        text: p.text,
    };
    (article, claims)
}

/// Words of praise, pathos and judgement: a sentence made of them is rhetoric
/// or opinion, which a fact-check cannot settle.
const RHETORIC: &[&str] = &[
    "gerechtigkeit", "ungerechtigkeit", "held", "heldenmut", "heldentum", "ehre", "mut", "würdig", "würdigen",
    "freundschaft", "kämpferisch", "schön", "schöne", "schönen", "glorreich", "heroic", "hero", "heroes",
    "honour", "honor", "justice", "glory", "friendship", "brave", "bravery", "mutterland", "vaterland",
];

/// Scores how much a reader would want a sentence checked, with the reasons.
pub fn score(
    sentence: &str,
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
    let rhetoric = crate::token::tokenize(sentence, 0)
        .iter()
        .filter(|t| {
            let w = crate::normalize::fold(t.text);
            RHETORIC.iter().any(|r| w.starts_with(r) && w.len() <= r.len() + 3)
        })
        .count();
    if rhetoric > 0 && quantities.is_empty() {
        score -= 0.15 * rhetoric.min(3) as f64;
        reasons.push("rhetoric".to_string());
    }
    Checkworthiness { score: (score.clamp(0.0, 1.0) * 100.0).round() / 100.0, reasons }
}
