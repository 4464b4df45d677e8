//! The hand-written JSON of the report (what the browser and the CLI get)
//! has exactly the shape of the report types' serde derives, on real
//! reports; and the hand-written input reader accepts what serde accepts.
mod common;

use faktenlage::input::json;
use faktenlage::report::json::to_json;
use faktenlage::ArticleInput;
use serde_json::Value;

#[test]
fn report_json_has_the_serde_shape() {
    let report = common::seeds_report();
    assert!(!report.links.is_empty() && report.claims.iter().any(|c| c.attribution.is_some()), "a rich report");
    let ours: Value = serde_json::from_str(&to_json(&report)).expect("our JSON parses");
    let serde = serde_json::to_value(&report).unwrap();
    if let Some(path) = first_difference(&ours, &serde, "$") {
        panic!("the hand-written JSON differs from serde's at {path}");
    }
}

/// Where two values first differ, comparing numbers by value (`6` = `6.0`).
fn first_difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            ((x - y).abs() > 1e-6 * y.abs().max(1.0)).then(|| format!("{path}: {x} vs {y}"))
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            x.iter().zip(y).enumerate().find_map(|(i, (x, y))| first_difference(x, y, &format!("{path}[{i}]")))
        }
        (Value::Object(x), Value::Object(y)) => {
            let keys = |o: &serde_json::Map<String, Value>| o.keys().cloned().collect::<Vec<_>>();
            if keys(x) != keys(y) {
                return Some(format!("{path}: fields {:?} vs {:?}", keys(x), keys(y)));
            }
            x.iter().find_map(|(k, v)| first_difference(v, &y[k], &format!("{path}.{k}")))
        }
        _ => (a != b).then(|| format!("{path}: {a} vs {b}")),
    }
}

#[test]
fn input_reader_agrees_with_serde() {
    let inputs = vec![
        ArticleInput {
            hints: Some(vec![]),
            lang: Some("de".into()),
            ..ArticleInput::text("Grüße „aus“ Pjöngjang 🇰🇵\n\\ \t\u{1}").published("2025-04-28").id("a")
        },
        ArticleInput { html: Some("<p>x</p>".into()), title: Some("T".into()), ..ArticleInput::default() },
    ];
    let text = serde_json::to_string(&inputs).unwrap();
    assert_eq!(json::articles(&text).unwrap(), inputs);
}
