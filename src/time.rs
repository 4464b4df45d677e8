//! Time expressions, resolved against the publication date.
//! OWNER: quantities & times (issue 4).

use crate::date::Date;
use crate::language::Lang;
use crate::report::TimeExpr;
use std::ops::Range;

/// Finds the time expressions in `text[span]`; offsets are bytes into `text`.
/// Relative expressions resolve against `published`; without it they stay
/// unresolved (`relative: true`, `from`/`to` null).
pub fn find(text: &str, span: Range<usize>, lang: Lang, published: Option<Date>) -> Vec<TimeExpr> {
    let _ = (text, span, lang, published);
    Vec::new()
}
