//! Faktenlage: finds the statements in news articles that a careful reader
//! would want checked, and compares them across articles on the same story.
//!
//! The pipeline, one folder per step (see `docs/architecture.md`):
//!
//! 1. [`input`] checks what the caller gave (text, or HTML with the `html`
//!    feature) and turns it into text;
//! 2. [`doc`] reads one article once into a [`Document`]: blocks, metadata,
//!    language, sentences, tokens with lowercased and folded forms;
//! 3. [`extract`] reads each sentence: quantities, times, entities,
//!    attribution, modality; [`lexicon`] holds the word lists they use;
//! 4. `claim` assembles the check-worthy claims;
//! 5. [`compare`] reads what each claim states ([`compare::statement`],
//!    with the predicate lexicon in [`lexicon::predicates`]), pairs claims
//!    across articles ([`compare::align`]), relates them slot by slot and
//!    gives verdicts, counts origin parties and words the result in German
//!    and English;
//! 6. [`report`] is the plain data that comes out; [`export`] writes it as
//!    W3C Web Annotations.
//!
//! The core works on UTF-8 byte offsets; [`analyze`] converts every offset of
//! the report to UTF-16 code units at the end ([`doc::offsets`]).

#[cfg(any(target_arch = "wasm32", test))]
mod arena;
mod claim;
pub mod compare;
pub mod date;
pub mod doc;
#[cfg(feature = "json")]
pub mod export;
pub mod extract;
mod hash;
pub mod input;
mod join;
pub mod lexicon;
pub mod report;
mod sort;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use doc::Document;
pub use input::{ArticleInput, Error, Options};
pub use report::Report;

/// Report format version.
pub const REPORT_VERSION: u32 = 2;

/// Analyses a set of articles on the same story (or one article).
///
/// Offsets in the returned report are UTF-16 code units into each article's
/// `text`, which the report echoes exactly as given.
pub fn analyze(articles: &[ArticleInput], options: &Options) -> Result<Report, Error> {
    let gazetteer = lexicon::gazetteer::Gazetteer::with_extra(&options.gazetteer);
    let mut report = Report { version: REPORT_VERSION, ..Report::default() };
    let mut seen_ids = hash::IdMap::<String>::default();
    let keyers = claim::Keyers::new();
    let mut per_article_claims = Vec::with_capacity(articles.len());
    let mut statements = Vec::new();
    for (index, input) in articles.iter().enumerate() {
        let prepared = prepare(index, input)?;
        if !seen_ids.insert(prepared.id.clone()).1 {
            return Err(Error::DuplicateId(prepared.id));
        }
        let (article, claims, read) = claim::analyze_article(prepared, &gazetteer, &keyers);
        report.articles.push(article);
        per_article_claims.push(claims);
        statements.extend(read);
    }
    let mut all: Vec<report::Claim> = per_article_claims.into_iter().flatten().collect();
    report.links = compare::compare(&report.articles, &mut all, &statements);
    report.claims = all;
    // Convert every offset to UTF-16 in one pass, article by article.
    let mut rest = &mut report.claims[..];
    for article in &mut report.articles {
        let n = rest.iter().take_while(|c| c.article == article.id).count();
        let (mine, tail) = rest.split_at_mut(n);
        doc::offsets::rebase_article(article, mine);
        rest = tail;
    }
    Ok(report)
}

/// Builds every table that is built on first use (the gazetteer's index;
/// the word tables' indexes are data, see `src/lexicon/tables.rs`), so that
/// nothing an analysis allocates outlives it.
///
/// The wasm build calls it at start, before its arena makes everything
/// allocated so far permanent (see `src/arena.rs`); `tests/allocations.rs`
/// checks that after it an analysis gives back every allocation it made.
/// A table added with a `OnceLock` belongs here too.
pub fn warm_up() {
    let _ = lexicon::gazetteer::Gazetteer::with_extra(&[]);
}

/// An input article checked and turned into text, ready for analysis.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub id: String,
    pub text: String,
    pub title: Option<String>,
    pub published: Option<date::Date>,
    pub lang: Option<doc::language::Lang>,
    /// Block hints from markup (e.g. `figcaption`, `h2`), byte spans into `text`.
    pub hints: Vec<report::Block>,
}

// Without the HTML reader nothing changes the input's own fields.
#[cfg_attr(not(feature = "html"), allow(unused_mut))]
fn prepare(index: usize, input: &ArticleInput) -> Result<Prepared, Error> {
    let id = input.id.clone().unwrap_or_else(|| join::cat(&["a", &join::decimal(index as u64 + 1)]));
    let mut title = input.title.clone();
    let mut published = input.published.clone();
    let mut lang = input.lang.clone();
    let mut hints = Vec::new();
    let text = match (&input.text, &input.html) {
        (Some(t), _) if !t.trim().is_empty() => t.clone(),
        #[cfg(feature = "html")]
        (_, Some(h)) if !h.trim().is_empty() => {
            if h.len() > input::MAX_ARTICLE_BYTES * 4 {
                return Err(Error::TooLarge(index, h.len()));
            }
            let page = input::html::extract(h);
            title = title.or(page.title);
            published = published.or(page.published);
            lang = lang.or(page.lang);
            hints = page.hints;
            page.text
        }
        #[cfg(not(feature = "html"))]
        (_, Some(h)) if !h.trim().is_empty() => return Err(Error::HtmlUnsupported(index)),
        _ => return Err(Error::EmptyArticle(index)),
    };
    if text.trim().is_empty() {
        return Err(Error::EmptyArticle(index));
    }
    if text.len() > input::MAX_ARTICLE_BYTES {
        return Err(Error::TooLarge(index, text.len()));
    }
    if looks_binary(&text) {
        return Err(Error::Binary(index));
    }
    if let (Some(given), true) = (&input.hints, input.text.is_some()) {
        // Hints from the browser come in UTF-16 units, like every offset at the boundary.
        let map = doc::offsets::OffsetMap::new(&text);
        hints = given
            .iter()
            .map(|b| report::Block { kind: b.kind, start: map.byte_of_utf16(b.start), end: map.byte_of_utf16(b.end) })
            .filter(|b| b.start < b.end)
            .collect();
    }
    let published = match published {
        Some(d) => Some(date::Date::parse_iso(&d).ok_or(Error::BadDate(index, d))?),
        None => None,
    };
    let lang = match lang.as_deref() {
        None | Some("") => None,
        Some(l) => Some(doc::language::Lang::from_code(l).ok_or_else(|| Error::BadLanguage(index, l.to_string()))?),
    };
    Ok(Prepared { id, text, title, published, lang, hints })
}

/// NUL bytes or a high share of control characters mean this is not prose.
fn looks_binary(text: &str) -> bool {
    let mut control = 0usize;
    let mut total = 0usize;
    for c in text.chars().take(8192) {
        total += 1;
        if c == '\0' {
            return true;
        }
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t') || c == '\u{FFFD}' {
            control += 1;
        }
    }
    control * 10 > total
}
