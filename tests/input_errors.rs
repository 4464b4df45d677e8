//! Faulty input gets the same message from the CLI's JSON reader as from
//! the browser API, which checks the input's shape in JS
//! (`www/src/analyze.js`) so that the wasm carries no JSON reader.
//!
//! The cases are `tests/data/input-errors.json`; `tests/js/api.test.mjs`
//! runs the same file through the built API.

use faktenlage::input::json;
use faktenlage::report::{BlockKind, EntityKind};
use serde_json::Value;

fn cases() -> Vec<Value> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/input-errors.json");
    let file: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    file["cases"].as_array().unwrap().clone()
}

/// What the CLI's path makes of a case: the articles read first, then the
/// options, then the analysis (as `src/cli` and the old wasm boundary did).
fn outcome(case: &Value) -> Result<(), (&'static str, String)> {
    let articles = json::articles(&case["articles"].to_string()).map_err(|e| ("TypeError", e.to_string()))?;
    let options = case.get("options").map_or("null".to_string(), Value::to_string);
    let options = json::options(&options).map_err(|e| ("TypeError", e.to_string()))?;
    faktenlage::analyze(&articles, &options).map(|_| ()).map_err(|e| ("Error", e.to_string()))
}

#[test]
fn the_json_reader_gives_each_case_its_message() {
    let cases = cases();
    assert!(cases.len() >= 40, "the cases are there");
    for case in &cases {
        let got = outcome(case);
        if case["valid"] == Value::Bool(true) {
            assert!(got.is_ok(), "{case}: {got:?}");
            continue;
        }
        let want = (case["type"].as_str().unwrap(), case["error"].as_str().unwrap().to_string());
        assert_eq!(got, Err(want), "{case}");
    }
}

/// The kind names `www/src/analyze.js` checks hints and gazetteer entries
/// against, from its `var NAME = [...]` line.
fn js_names(name: &str) -> Vec<String> {
    let js = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/src/analyze.js")).unwrap();
    let start = format!("var {name} = [");
    let line = js
        .lines()
        .find_map(|l| l.trim().strip_prefix(start.as_str()))
        .unwrap_or_else(|| panic!("{name} in analyze.js"));
    let list = line.strip_suffix("];").unwrap_or_else(|| panic!("{name} on one line"));
    list.split(',').map(|n| n.trim().trim_matches('"').to_string()).collect()
}

#[test]
fn the_js_side_knows_the_cores_kind_names() {
    assert_eq!(js_names("BLOCK_KINDS"), BlockKind::NAMES);
    assert_eq!(js_names("ENTITY_KINDS"), EntityKind::NAMES);
}
