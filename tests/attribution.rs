//! Attribution of news sentences, from `tests/data/attribution.toml`.

mod spec;
mod speech_support;
use speech_support::*;

#[test]
fn attribution_cases() {
    let cases = load_cases("attribution.toml");
    spec::check(
        "attribution.toml",
        &cases,
        10,
        |c| c.label.clone(),
        |c| {
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
                return Err(format!("expected {}; got {:?}", wrong.join(", "), got));
            }
            Ok(())
        },
    );
}

mod robustness {
    use super::speech_support::analyze;
    use faktenlage::doc::language::Lang;
    use proptest::prelude::*;

    const WORDS: &[&str] = &[
        "laut",
        "zufolge",
        "nach",
        "Angaben",
        "von",
        "des",
        "eigenen",
        "sagte",
        "bestritt",
        "wies",
        "zurück",
        "heißt",
        "es",
        "Das",
        "so",
        ",",
        ".",
        "„",
        "“",
        "\"",
        "«",
        "»",
        "KCNA",
        "Kim",
        "Jong-un",
        "Putin",
        "russische",
        "Präsident",
        "Generalstab",
        "und",
        "seien",
        "soll",
        "offenbar",
        "said",
        "according",
        "to",
        "Kyiv",
        "has",
        "denied",
        "Alexander",
        "Garmaew",
        "ein",
        "Korrespondent",
        "US-Militärs",
        "wird",
        "zitiert",
        "hatte",
        "gesagt",
        "Kreml",
        "71-Jährige",
        "-",
        "Bundeskanzler",
        "Scholz",
        "Merz",
        "Nordkoreas",
        "Russlands",
        "the",
        "North",
        "Korea's",
        "Workers'",
        "Party",
    ];

    proptest! {
        /// Any mix of cue words, names and quote marks: no panic, spans
        /// inside their sentence, source entities among the sentence's.
        #[test]
        fn any_word_soup(idx in proptest::collection::vec(0..WORDS.len(), 0..60), en in any::<bool>()) {
            let text: String = idx.iter().map(|&i| WORDS[i]).collect::<Vec<_>>().join(" ");
            let lang = if en { Lang::En } else { Lang::De };
            for row in analyze(&text, lang) {
                for e in &row.entities {
                    prop_assert!(row.text.contains(&e.text));
                }
                if let Some(a) = &row.attribution {
                    prop_assert!(!a.source.is_empty());
                    if !a.inherited {
                        prop_assert!(row.text.contains(&a.source), "{:?} not in {:?}", a.source, row.text);
                    }
                }
            }
        }
    }
}

/// A heading that gives a party's words after its name and a colon names
/// that party as the source; one whose word before the colon is no party
/// (`Update:`, a place) names none.
#[test]
fn a_heading_names_the_party_before_its_colon() {
    use faktenlage::{analyze, ArticleInput, Options};
    let source_of_title = |title: &str| {
        let text = format!(
            "{title}\n\nDas Statistikamt in Wiesbaden hat seine erste Schätzung für das erste Quartal überarbeitet. \
             Die Wirtschaftsleistung sei stärker gewesen als zunächst berechnet."
        );
        let report = analyze(&[ArticleInput::text(text).published("2026-05-28")], &Options::default()).unwrap();
        let claim = report.claims.iter().find(|c| c.text == title).expect("the title is a claim");
        claim.attribution.as_ref().map(|a| a.source.clone())
    };
    assert_eq!(
        source_of_title("Statistikamt korrigiert: Wirtschaft wuchs im ersten Quartal nur um 0,1 Prozent").as_deref(),
        Some("Statistikamt")
    );
    assert_eq!(source_of_title("Update: Wirtschaft wuchs im ersten Quartal nur um 0,1 Prozent"), None);
    assert_eq!(source_of_title("Wiesbaden: Wirtschaft wuchs im ersten Quartal nur um 0,1 Prozent"), None);
    // A heading's verb before the colon must be one of saying.
    assert_eq!(source_of_title("Tarifstreit beendet: Wirtschaft wuchs im ersten Quartal um 0,1 Prozent"), None);
}

/// A misspelt key in a spec case is refused, not ignored.
#[test]
fn a_misspelt_spec_key_is_refused() {
    let case: toml::Table = "text = \"Kiew bestritt das.\"\nknd = \"military\"\nsorce = \"Kiew\"".parse().unwrap();
    let unknown: Vec<&String> = unknown_keys("attribution.toml", &case).collect();
    assert_eq!(unknown, ["knd", "sorce"]);
}
