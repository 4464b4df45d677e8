//! The compiled-in gazetteer of people, states, organizations and places, with
//! aliases and transliterations; extendable by the embedder.
//! OWNER: entities & attribution (issue 4).

use crate::report::EntityKind;
use serde::{Deserialize, Serialize};

/// One referent and the ways news name it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Entry {
    /// Stable id (`kim_jong_un`).
    pub id: String,
    /// Canonical display name.
    pub name: String,
    #[serde(rename = "type", default)]
    pub kind: EntityKind,
    /// Other spellings (`Kim Jong-un`, `Gerasimov`).
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// Lookup structure over the built-in and extra entries.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    pub entries: Vec<Entry>,
}

impl Gazetteer {
    /// The built-in entries plus `extra` (extra ones win on id clashes).
    pub fn with_extra(extra: &[Entry]) -> Gazetteer {
        Gazetteer { entries: extra.to_vec() }
    }
}
