//! One harness for the data-driven specs in `tests/data/*.toml`.
//!
//! Every spec file is a list of `[[case]]` tables that reads as a
//! specification of news language (a sentence, and what must be found in
//! it). [`load`] reads the cases as typed values, [`tables`] as plain TOML
//! tables; [`check`] runs a check over every case and fails once at the end,
//! listing every failing case with the reason, so one run shows the whole
//! state of a spec rather than its first failure.
#![allow(dead_code)]

use serde::de::DeserializeOwned;
use std::path::PathBuf;

/// The path of a spec file in `tests/data/`.
pub fn path(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(file)
}

fn read(file: &str) -> toml::Table {
    let p = path(file);
    let raw = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    raw.parse().unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The `[[case]]` tables of a spec file.
pub fn tables(file: &str) -> Vec<toml::Table> {
    match read(file).remove("case") {
        Some(toml::Value::Array(cases)) => cases
            .into_iter()
            .map(|c| match c {
                toml::Value::Table(t) => t,
                other => panic!("{file}: a case is a table, not {other}"),
            })
            .collect(),
        _ => panic!("{file}: no [[case]] tables"),
    }
}

/// The cases of a spec file, typed.
pub fn load<C: DeserializeOwned>(file: &str) -> Vec<C> {
    tables(file)
        .into_iter()
        .enumerate()
        .map(|(i, t)| t.try_into().unwrap_or_else(|e| panic!("{file}: case {}: {e}", i + 1)))
        .collect()
}

/// Runs `check` on every case; fails listing every case whose check failed
/// (labelled by `label`), and when fewer than `min` cases ran (a spec that
/// silently lost its cases must not pass).
pub fn check<C>(
    file: &str,
    cases: &[C],
    min: usize,
    label: impl Fn(&C) -> String,
    mut check: impl FnMut(&C) -> Result<(), String>,
) {
    assert!(cases.len() >= min, "{file}: {} cases ran, expected at least {min}", cases.len());
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|c| check(c).err().map(|why| format!("- {}\n    {}", label(c), why.replace('\n', "\n    "))))
        .collect();
    assert!(failures.is_empty(), "{file}: {} of {} cases fail:\n{}", failures.len(), cases.len(), failures.join("\n"));
    println!("{file}: {} cases pass", cases.len());
}
