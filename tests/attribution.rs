//! Attribution of news sentences, from `tests/data/attribution.toml`.

mod speech_support;
use speech_support::*;

#[test]
fn attribution_cases() {
    let mut failures = Vec::new();
    let cases = load_cases("attribution.toml");
    assert!(cases.len() >= 10, "too few cases ran");
    for c in &cases {
        let e = &c.expect;
        let s = |k: &str| e.get(k).and_then(|v| v.as_str());
        let got = &c.row.attribution;
        let mut wrong = Vec::new();
        if e.get("none").and_then(|v| v.as_bool()) == Some(true) {
            if got.is_some() {
                wrong.push("expected no attribution".to_string());
            }
        } else if let Some(a) = got {
            let kind = snake(&a.kind);
            if let Some(k) = s("kind") {
                if k != kind {
                    wrong.push(format!("kind {k}"));
                }
            }
            if let Some(any) = e.get("kind_any").and_then(|v| v.as_array()) {
                if !any.iter().any(|k| k.as_str() == Some(kind.as_str())) {
                    wrong.push(format!("kind one of {any:?}"));
                }
            }
            if s("source").is_some_and(|x| x != a.source) {
                wrong.push(format!("source {:?}", s("source").unwrap()));
            }
            if s("cue").is_some_and(|x| x != a.cue) {
                wrong.push(format!("cue {:?}", s("cue").unwrap()));
            }
            for id in e.get("entities").and_then(|v| v.as_array()).into_iter().flatten() {
                if !a.entities.iter().any(|x| Some(x.as_str()) == id.as_str()) {
                    wrong.push(format!("entity {id}"));
                }
            }
            let inherited = e.get("inherited").and_then(|v| v.as_bool()).unwrap_or(false);
            if inherited != a.inherited {
                wrong.push(format!("inherited {inherited}"));
            }
        } else {
            wrong.push("an attribution".to_string());
        }
        if !wrong.is_empty() {
            failures.push(format!("{}\n    expected {}; got {:?}", c.label, wrong.join(", "), got));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}
