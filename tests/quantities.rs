//! Figures: the cases in `tests/data/quantities.toml`, the seed articles,
//! the dev corpus (read at run time when present) and robustness over
//! arbitrary text.

mod spec;

use faktenlage::doc::language::Lang;
use faktenlage::extract::quantity;
use faktenlage::report::{Qualifier, Quantity};
use serde::Deserialize;
use std::path::PathBuf;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    text: String,
    lang: Option<String>,
    #[serde(default)]
    q: Vec<Expect>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Expect {
    text: String,
    min: Option<f64>,
    max: Option<f64>,
    qualifier: Option<String>,
    unit: Option<String>,
}

fn lang(code: Option<&str>) -> Lang {
    code.and_then(Lang::from_code).unwrap_or(Lang::De)
}

fn qualifier_name(q: Qualifier) -> String {
    serde_json::to_value(q).unwrap().as_str().unwrap().to_string()
}

/// Whether `got` is what `want` describes; the reason when not.
fn check(got: &Quantity, want: &Expect) -> Result<(), String> {
    let wq = want.qualifier.as_deref().unwrap_or("exact");
    let close = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-6 * b.abs().max(1.0),
        (None, None) => true,
        _ => false,
    };
    let mut bad = Vec::new();
    if got.text != want.text {
        bad.push(format!("text {:?} != {:?}", got.text, want.text));
    }
    if !close(got.value_min, want.min) {
        bad.push(format!("min {:?} != {:?}", got.value_min, want.min));
    }
    if !close(got.value_max, want.max) {
        bad.push(format!("max {:?} != {:?}", got.value_max, want.max));
    }
    if qualifier_name(got.qualifier) != wq {
        bad.push(format!("qualifier {:?} != {wq}", got.qualifier));
    }
    if got.unit != want.unit {
        bad.push(format!("unit {:?} != {:?}", got.unit, want.unit));
    }
    if bad.is_empty() {
        Ok(())
    } else {
        Err(bad.join(", "))
    }
}

/// Spans are real: on char boundaries, inside the sentence, echoing the text.
fn assert_spans(source: &str, span: std::ops::Range<usize>, qs: &[Quantity]) {
    for q in qs {
        assert!(span.start <= q.start && q.start < q.end && q.end <= span.end, "{q:?} outside {span:?}");
        assert!(source.is_char_boundary(q.start) && source.is_char_boundary(q.end), "{q:?}");
        assert_eq!(q.text, &source[q.start..q.end]);
        if let (Some(a), Some(b)) = (q.value_min, q.value_max) {
            assert!(a <= b, "{q:?}");
        }
        assert!(q.value_min.is_some() || q.value_max.is_some(), "{q:?}");
    }
}

#[test]
fn spec_cases() {
    let cases: Vec<Case> = spec::load("quantities.toml");
    spec::check(
        "quantities.toml",
        &cases,
        50,
        |c| c.text.clone(),
        |case| {
            // Embed the sentence in a longer text so offsets are absolute.
            let source = format!("Vorspann. {} Nachspann.", case.text);
            let span = 10..10 + case.text.len();
            let got = quantity::find(&source, span.clone(), lang(case.lang.as_deref()));
            assert_spans(&source, span, &got);
            if got.len() != case.q.len() {
                return Err(format!(
                    "want {:?}\ngot  {:?}",
                    case.q.iter().map(|q| &q.text).collect::<Vec<_>>(),
                    got.iter().map(|q| &q.text).collect::<Vec<_>>()
                ));
            }
            let wrong: Vec<String> = got.iter().zip(&case.q).filter_map(|(g, w)| check(g, w).err()).collect();
            if wrong.is_empty() {
                Ok(())
            } else {
                Err(wrong.join("\n"))
            }
        },
    );
}

fn seeds() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

/// The `. `-separated piece of a line of `text` that contains `needle`.
fn sentence_with(text: &str, needle: &str) -> Option<std::ops::Range<usize>> {
    let at = text.find(needle)?;
    let after = at + needle.len();
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let start = text[line_start..at].rfind(". ").map_or(line_start, |i| line_start + i + 2);
    let end = text[after..line_end].find(". ").map_or(line_end, |i| after + i + 1);
    Some(start..end)
}

/// (needle locating the sentence, figure text, min, max, qualifier, unit)
type SeedRow<'a> = (&'a str, &'a str, Option<f64>, Option<f64>, &'a str, Option<&'a str>);
/// (corpus file prefix, then as [`SeedRow`])
type CorpusRow<'a> = (&'a str, &'a str, &'a str, Option<f64>, Option<f64>, &'a str, Option<&'a str>);

#[test]
fn seed_figures() {
    let seeds = seeds();
    let all = seeds.concat();
    let expect: &[SeedRow] = &[
        (
            "etwa 10.000 bis 12.000 Soldaten",
            "etwa 10.000 bis 12.000 Soldaten",
            Some(10000.0),
            Some(12000.0),
            "approx",
            Some("soldiers"),
        ),
        ("mehr als 10.000 Soldaten", "mehr als 10.000 Soldaten", Some(10000.0), None, "more_than", Some("soldiers")),
        (
            "mehr als 10.000 Nordkoreaner",
            "mehr als 10.000 Nordkoreaner",
            Some(10000.0),
            None,
            "more_than",
            Some("nordkoreaner"),
        ),
        (
            "mehr als tausend Quadratkilometer",
            "mehr als tausend Quadratkilometer",
            Some(1000.0),
            None,
            "more_than",
            Some("km2"),
        ),
        ("hunderte Tote und Verletzte", "hunderte Tote", Some(200.0), Some(999.0), "vague", Some("dead")),
        (
            "sechs nordkoreanischen Soldaten",
            "sechs nordkoreanischen Soldaten",
            Some(6.0),
            Some(6.0),
            "exact",
            Some("soldiers"),
        ),
    ];
    for (needle, text, min, max, qual, unit) in expect {
        let span = sentence_with(&all, needle).unwrap_or_else(|| panic!("{needle} not in the seeds"));
        let got = quantity::find(&all, span.clone(), Lang::De);
        assert_spans(&all, span.clone(), &got);
        let want = Expect {
            text: text.to_string(),
            min: *min,
            max: *max,
            qualifier: Some(qual.to_string()),
            unit: unit.map(str::to_string),
        };
        assert!(got.iter().any(|g| check(g, &want).is_ok()), "{needle}: got {got:?} in {:?}", &all[span]);
    }
    // Nothing that is not a figure: ordinals, dates, media durations,
    // years, photo positions (split naively, so `des 2.` ends a piece).
    let not_figures = [
        "2. Korps",
        "13.01.2025",
        "1:27 min",
        "2.vl",
        "4.vl",
        "Juni 2024",
        "Februar 2022",
        "Sommer 2024",
        "erstmals",
        "viele",
    ];
    let mut start = 0;
    for piece in all.split_inclusive('\n').flat_map(|l| l.split_inclusive(". ")) {
        let span = start..start + piece.len();
        start += piece.len();
        for q in quantity::find(&all, span, Lang::De) {
            for bad in not_figures {
                for (at, _) in all.match_indices(bad) {
                    assert!(q.end <= at || q.start >= at + bad.len(), "{:?} overlaps {bad:?}", q.text);
                }
            }
        }
    }
}

/// The dev corpus, when present: (file name, language, text without header).
fn corpus() -> Option<Vec<(String, Lang, String)>> {
    let candidates = [
        Some(PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"))),
        std::env::var_os("FAKTENLAGE_CORPUS").map(PathBuf::from),
    ];
    let dir = candidates.into_iter().flatten().find(|d| d.is_dir())?;
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    Some(
        files
            .iter()
            .map(|p| {
                let raw = std::fs::read_to_string(p).unwrap();
                let mut lines = raw.splitn(4, '\n');
                let (_url, lang, _date) = (lines.next(), lines.next().unwrap_or("de"), lines.next());
                let body = lines.next().unwrap_or("").trim_start_matches('\n').to_string();
                (p.file_name().unwrap().to_string_lossy().into_owned(), Lang::from_code(lang).unwrap_or(Lang::De), body)
            })
            .collect(),
    )
}

#[test]
#[cfg_attr(not(has_corpus), ignore = "../shared/corpus is absent")]
fn corpus_figures() {
    let Some(corpus) = corpus() else {
        println!("corpus not found (set FAKTENLAGE_CORPUS); skipping");
        return;
    };
    // (file prefix, needle locating the sentence, figure text, min, max, qualifier, unit)
    let expect: &[CorpusRow] = &[
        (
            "03_",
            "von 10.000 bis 12.000",
            "10.000 bis 12.000 Soldaten",
            Some(10000.0),
            Some(12000.0),
            "range",
            Some("soldiers"),
        ),
        (
            "03_",
            "rund 4.000",
            "rund 4.000 nordkoreanische Soldaten",
            Some(4000.0),
            Some(4000.0),
            "approx",
            Some("soldiers"),
        ),
        (
            "03_",
            "Bis zu 12.000",
            "Bis zu 12.000 nordkoreanische Soldaten",
            None,
            Some(12000.0),
            "at_most",
            Some("soldiers"),
        ),
        ("05_", "mehr als tausend", "mehr als tausend Quadratkilometer", Some(1000.0), None, "more_than", Some("km2")),
        ("05_", "von sechs", "sechs nordkoreanischen Soldaten", Some(6.0), Some(6.0), "exact", Some("soldiers")),
        ("12_", "rund zweistündigen", "rund zweistündigen", Some(2.0), Some(2.0), "approx", Some("hours")),
        ("12_", "seit 24 Jahren", "24 Jahren", Some(24.0), Some(24.0), "exact", Some("years")),
        ("12_", "Der 71-Jährige", "71-Jährige", Some(71.0), Some(71.0), "exact", Some("years_old")),
        ("14_", "thousands of troops", "thousands of troops", Some(2000.0), Some(9999.0), "vague", Some("soldiers")),
        ("19_", "28,5 Prozent", "28,5 Prozent", Some(28.5), Some(28.5), "exact", Some("percent")),
        ("19_", "11,6 Prozent", "11,6 Prozent", Some(11.6), Some(11.6), "exact", Some("percent")),
        ("19_", "11,6 Prozent", "8,8 Prozent", Some(8.8), Some(8.8), "exact", Some("percent")),
        ("19_", "20,8 Prozent", "20,8 Prozent", Some(20.8), Some(20.8), "exact", Some("percent")),
        ("19_", "4,972 Prozent", "4,972 Prozent", Some(4.972), Some(4.972), "exact", Some("percent")),
        ("20_", "129 Liter", "129 Liter", Some(129.0), Some(129.0), "exact", Some("litres")),
        ("20_", "129 Liter", "24 Stunden", Some(24.0), Some(24.0), "exact", Some("hours")),
        ("20_", "101 Litern", "101 Litern", Some(101.0), Some(101.0), "exact", Some("litres")),
        ("20_", "42-jähriger", "42-jähriger", Some(42.0), Some(42.0), "exact", Some("years_old")),
        ("20_", "mit drei Kollegen", "drei Kollegen", Some(3.0), Some(3.0), "exact", Some("kollegen")),
        (
            "20_",
            "mehr als zehn Landkreisen",
            "mehr als zehn Landkreisen",
            Some(10.0),
            None,
            "more_than",
            Some("districts"),
        ),
        ("20_", "Zehntausende", "Zehntausende Einsatzkräfte", Some(20000.0), Some(99999.0), "vague", Some("helpers")),
        ("22_", "auf mindestens vier", "mindestens vier", Some(4.0), None, "at_least", None),
        ("22_", "mindestens zwei Menschen", "mindestens zwei Menschen", Some(2.0), None, "at_least", Some("people")),
        ("22_", "mindestens zwei Menschen", "zwei Tote", Some(2.0), Some(2.0), "exact", Some("dead")),
        ("22_", "20.000 Helfer", "20.000 Helfer", Some(20000.0), Some(20000.0), "exact", Some("helpers")),
        ("22_", "Mehr als 3000", "Mehr als 3000 Menschen", Some(3000.0), None, "more_than", Some("people")),
    ];
    for (file, needle, text, min, max, qual, unit) in expect {
        let (_, lang, body) =
            corpus.iter().find(|(f, _, _)| f.starts_with(file)).unwrap_or_else(|| panic!("no corpus file {file}"));
        let span = sentence_with(body, needle).unwrap_or_else(|| panic!("{needle} not in {file}"));
        let got = quantity::find(body, span.clone(), *lang);
        assert_spans(body, span.clone(), &got);
        let want = Expect {
            text: text.to_string(),
            min: *min,
            max: *max,
            qualifier: Some(qual.to_string()),
            unit: unit.map(str::to_string),
        };
        assert!(
            got.iter().any(|g| check(g, &want).is_ok()),
            "{file} {needle}: want {want:?}\ngot {got:?}\nin {:?}",
            &body[span]
        );
    }
}

#[test]
fn corpus_robustness() {
    let mut texts: Vec<(Lang, String)> = seeds().into_iter().map(|s| (Lang::De, s)).collect();
    match corpus() {
        Some(c) => texts.extend(c.into_iter().map(|(_, l, t)| (l, t))),
        None => println!("corpus not found (set FAKTENLAGE_CORPUS); robustness on the seeds only"),
    }
    for (lang, text) in &texts {
        let mut start = 0;
        for piece in text.split_inclusive(['\n']).flat_map(|l| l.split_inclusive(". ")) {
            let span = start..start + piece.len();
            start += piece.len();
            for l in [Lang::De, Lang::En, *lang] {
                assert_spans(text, span.clone(), &quantity::find(text, span.clone(), l));
            }
        }
        // The whole text as one span, and an empty and a reversed one.
        assert_spans(text, 0..text.len(), &quantity::find(text, 0..text.len(), *lang));
        assert!(quantity::find(text, 0..0, *lang).is_empty());
        #[allow(clippy::reversed_empty_ranges)]
        let reversed = quantity::find(text, 5..2, *lang);
        assert!(reversed.is_empty());
    }
}

mod prop {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn any_text_any_span(s in "[0-9 .,'’:%€$–-]{0,12}( ?(etwa|mehr als|bis|zwischen|und|to|Millionen|Prozent|Soldaten|Jährige|Drittel|zwei|tausend|thousands|of|Juni|Montag|ü|ß|„|Ä|\u{00AD}|\u{200B})[0-9 .,'’:%-]{0,6}){0,8}", a in 0usize..80, b in 0usize..80) {
            for lang in [Lang::De, Lang::En] {
                let (a, b) = (a.min(s.len()), b.min(s.len()));
                if s.is_char_boundary(a) && s.is_char_boundary(b) && a <= b {
                    assert_spans(&s, a..b, &quantity::find(&s, a..b, lang));
                } else {
                    let _ = quantity::find(&s, a..b, lang);
                }
            }
        }
    }
}
