//! What callers hand to [`crate::analyze`]: articles and options.
//!
//! The shape is the JS API's: `{id?, text?, html?, title?, published?, lang?}`.
//! The CLI reads the same shape from JSON.

#[cfg(feature = "html")]
pub mod html;
pub mod json;
pub mod wire;

use serde::{Deserialize, Serialize};

/// One article to analyse. Either `text` or `html` must be given.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ArticleInput {
    pub id: Option<String>,
    pub text: Option<String>,
    pub html: Option<String>,
    pub title: Option<String>,
    /// `YYYY-MM-DD`
    pub published: Option<String>,
    /// `de` or `en`; detected when absent.
    pub lang: Option<String>,
    /// Block kinds known from markup (the browser frontend sends these from
    /// `h1`, `figcaption`, `aside`, …), as UTF-16 spans into `text`.
    pub hints: Option<Vec<crate::report::Block>>,
}

impl ArticleInput {
    /// An article from plain text.
    pub fn text(text: impl Into<String>) -> ArticleInput {
        ArticleInput { text: Some(text.into()), ..ArticleInput::default() }
    }

    /// Sets the publication date (builder style).
    pub fn published(mut self, date: &str) -> ArticleInput {
        self.published = Some(date.to_string());
        self
    }

    /// Sets the id (builder style).
    pub fn id(mut self, id: &str) -> ArticleInput {
        self.id = Some(id.to_string());
        self
    }

    /// Sets the language, `de` or `en` (builder style).
    pub fn lang(mut self, lang: &str) -> ArticleInput {
        self.lang = Some(lang.to_string());
        self
    }
}

/// Options for an analysis run.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Options {
    /// Extra gazetteer entries from the embedder, added to the compiled-in ones.
    pub gazetteer: Vec<crate::lexicon::gazetteer::Entry>,
}

/// Why an analysis could not run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// Article at this index has neither `text` nor `html`, or it is empty.
    EmptyArticle(usize),
    /// Article at this index is larger than [`MAX_ARTICLE_BYTES`].
    TooLarge(usize, usize),
    /// A date was not `YYYY-MM-DD`.
    BadDate(usize, String),
    /// A language other than `de` / `en` was requested.
    BadLanguage(usize, String),
    /// The same id was given to two articles.
    DuplicateId(String),
    /// Text that is not text (NUL bytes or mostly control characters).
    Binary(usize),
    /// HTML was given to a build without the `html` feature (the browser
    /// build: read the text from the live DOM instead).
    HtmlUnsupported(usize),
}

/// Largest article accepted, in bytes (a long article is ~50 KB).
pub const MAX_ARTICLE_BYTES: usize = 2 * 1024 * 1024;

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::EmptyArticle(i) => write!(f, "article {}: no text (give `text` or `html`)", i + 1),
            Error::TooLarge(i, n) => write!(
                f,
                "article {}: {} bytes is more than the {} bytes an article may have",
                i + 1,
                n,
                MAX_ARTICLE_BYTES
            ),
            Error::BadDate(i, d) => {
                write!(f, "article {}: publication date {} is not YYYY-MM-DD", i + 1, quoted(d))
            }
            Error::BadLanguage(i, l) => {
                write!(f, "article {}: language {} is not supported (use de or en)", i + 1, quoted(l))
            }
            Error::DuplicateId(id) => write!(f, "two articles have the id {}", quoted(id)),
            Error::Binary(i) => write!(f, "article {}: this looks like binary data, not text", i + 1),
            Error::HtmlUnsupported(i) => {
                write!(f, "article {}: this build reads no HTML; give the article's `text`", i + 1)
            }
        }
    }
}

impl std::error::Error for Error {}

/// A value quoted for a message: `"…"`, with `"` and `\\` escaped and
/// control characters (C0, DEL and C1) written as `\n`, `\t`, `\0` or
/// `\u{1b}`, so that what the input held is visible. Everything else stays
/// as given, the line and paragraph separators U+2028 and U+2029 too, as
/// JavaScript leaves them.
///
/// The same escaping as the JS half of the boundary (`describe` in
/// `www/src/analyze.js`), so a message reads the same from either side;
/// Rust's `{:?}` would also escape characters JavaScript leaves alone
/// (combining marks, unassigned code points), and needs Unicode tables the
/// browser build leaves out (it is built with `-Zfmt-debug=none`).
pub(crate) fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c if c < '\u{20}' || ('\u{7f}'..'\u{a0}').contains(&c) => {
                // At most two hex digits: all of these are below U+00A0.
                let (code, hex) = (c as u32, |d: u32| char::from_digit(d & 15, 16).unwrap_or('0'));
                out.push_str("\\u{");
                if code >= 0x10 {
                    out.push(hex(code >> 4));
                }
                out.push(hex(code));
                out.push('}');
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The message for a kind name no one knows (a block kind of a hint, an
/// entity type), as both readers word it: `unknown variant `banner`,
/// expected one of `headline`, …`.
pub(crate) fn unknown_variant(name: &str, names: &[&str]) -> String {
    let mut list = String::new();
    for (i, n) in names.iter().enumerate() {
        if i > 0 {
            list.push_str(", ");
        }
        list.push('`');
        list.push_str(n);
        list.push('`');
    }
    format!("unknown variant `{name}`, expected one of {list}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_as_the_js_side_quotes() {
        assert_eq!(quoted("de-CH"), r#""de-CH""#);
        assert_eq!(quoted("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(quoted("\n\r\t\0"), r#""\n\r\t\0""#);
        assert_eq!(quoted("\u{1}\u{1b}\u{7f}\u{9f}"), r#""\u{1}\u{1b}\u{7f}\u{9f}""#);
        // Beyond the control characters, as given (Rust's `{:?}` would
        // escape the combining mark and the unassigned code point).
        assert_eq!(quoted("Gerassimow \u{a0}e\u{301} 🙂 \u{e0080}"), "\"Gerassimow \u{a0}e\u{301} 🙂 \u{e0080}\"");
        // Where the two agree, as `{:?}` quotes.
        for s in ["", "Kim Jong-un", "„zitiert“", "a\tb\\", "\u{1b}[0m"] {
            assert_eq!(quoted(s), format!("{s:?}"), "{s:?}");
        }
    }
}
