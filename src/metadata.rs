//! Article metadata read from the text: title, kicker, agencies, dateline.
//! OWNER: parsing (issue 3).

use crate::report::Block;

/// What the text says about itself.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    pub title: Option<String>,
    pub kicker: Option<String>,
    /// Normalized agency names (`dpa`, `AFP`, `AP`, `Reuters`, `KNA`, `epd`, …).
    pub agencies: Vec<String>,
    /// Dateline places.
    pub dateline: Vec<String>,
}

/// Reads metadata from classified text.
pub fn extract(text: &str, blocks: &[Block]) -> Metadata {
    let _ = (text, blocks);
    Metadata::default()
}
