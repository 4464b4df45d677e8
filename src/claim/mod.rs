//! Claim assembly: runs the per-sentence extractors over an article's
//! [`Document`] and keeps the statements worth checking, scored for
//! check-worthiness ([`checkworthiness`]).
//!
//! A claim is a sentence of article prose (headline, lede, body,
//! subheading). Captions, teasers and furniture never become claims. Fragments
//! too short to state anything (fewer than [`MIN_WORDS`] words and no figure)
//! are dropped; everything else is kept with a score, so the frontend can
//! emphasize what matters and a reader can still see why the rest scored low.

pub mod checkworthiness;

use crate::compare::statement::{self, Statement};
use crate::compare::stem::Keyer;
use crate::doc::language::Lang;
use crate::doc::Document;
use crate::extract::{entity, modality, quantity, time};
use crate::lexicon::gazetteer::Gazetteer;
use crate::report::{ArticleReport, Claim};
use crate::Prepared;

/// Sentences with fewer words and no figure are not claims (`Weiter heißt es:`).
pub const MIN_WORDS: usize = 4;

/// Word keys for the comparison, one keyer per language, made once per run.
pub struct Keyers([Keyer; 2]);

impl Keyers {
    /// The German and the English keyer.
    pub fn new() -> Keyers {
        Keyers([Keyer::new(Lang::De), Keyer::new(Lang::En)])
    }

    /// The keyer for an article in `lang`.
    fn of(&self, lang: Lang) -> &Keyer {
        &self.0[(lang == Lang::En) as usize]
    }
}

/// Analyses one article: blocks, metadata, sentences and claims (byte
/// offsets), and what each claim states, read from the same tokens.
pub fn analyze_article(p: Prepared, gaz: &Gazetteer, keyers: &Keyers) -> (ArticleReport, Vec<Claim>, Vec<Statement>) {
    let doc = Document::new(&p.text, p.title.as_deref(), &p.hints, p.lang, p.published);
    let entities = entity::find_all(&doc, gaz);
    let (modalities, attributions) = crate::extract::voices(&doc, &entities);
    let mut claims = Vec::new();
    let mut statements = Vec::new();
    for s in doc.sentence_views() {
        let i = s.index;
        let quantities = quantity::find_in(&s);
        if s.word_count() < MIN_WORDS && quantities.is_empty() {
            continue;
        }
        // A question asserts nothing (`Was steht im Vertrag?`, the headings
        // of a questions-and-answers piece): the answer is the claim.
        if modality::is_question(s.toks) {
            continue;
        }
        // Nor does a sentence that announces what follows it, a list, a
        // table or a quotation set apart (`Das vorläufige Endergebnis im
        // Überblick:`, `Here is what we know:`), unless it gives a figure
        // of its own.
        if quantities.is_empty() && s.toks.last().is_some_and(|t| t.text == ":") {
            continue;
        }
        let times = time::find_in(&s, doc.published);
        let checkworthiness =
            checkworthiness::score(&s, &quantities, &times, &entities[i], attributions[i].as_deref(), modalities[i]);
        claims.push(Claim {
            id: crate::join::cat(&[&p.id, "-c", &crate::join::decimal(claims.len() as u64 + 1)]),
            article: p.id.clone(),
            start: s.span.start,
            end: s.span.end,
            text: s.as_str().to_string(),
            checkworthiness,
            modality: modalities[i],
            attribution: attributions[i].as_deref().cloned(),
            quantities,
            times,
            entities: entities[i].clone(),
            ..Claim::default()
        });
        let claim = &claims[claims.len() - 1];
        statements.push(statement::read(claim, s.toks, Some(doc.lang), keyers.of(doc.lang)));
    }
    let Document { lang, blocks, metadata: meta, sentences, .. } = doc;
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
    (article, claims, statements)
}
