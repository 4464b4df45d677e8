//! Markup to text for native callers (CLI, Node). OWNER: parsing (issue 3).
//!
//! In the browser the frontend parses HTML with `DOMParser` and hands text
//! plus block hints over; this module is the small, tolerant native
//! counterpart so the CLI accepts the same `html` input.

use crate::report::Block;

/// Text and metadata taken from a page or an `<article>` element.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub text: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub lang: Option<String>,
    /// Block kinds known from markup (`h1`, `figcaption`, `aside`), byte spans into `text`.
    pub hints: Vec<Block>,
}

/// Extracts text and metadata from markup.
pub fn extract(html: &str) -> Page {
    // Placeholder until issue 3: strip tags.
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    Page { text, ..Page::default() }
}
