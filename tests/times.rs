//! Time expressions: the cases in `tests/data/times.toml`, the seed
//! articles, the dev corpus (read at run time when present) and robustness
//! over arbitrary text.

mod spec;

use faktenlage::date::Date;
use faktenlage::doc::language::Lang;
use faktenlage::extract::time;
use faktenlage::report::{Granularity, TimeExpr};
use serde::Deserialize;
use std::path::PathBuf;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    text: String,
    lang: Option<String>,
    published: Option<String>,
    #[serde(default)]
    t: Vec<Expect>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Expect {
    text: String,
    from: Option<String>,
    to: Option<String>,
    granularity: Option<String>,
    #[serde(default)]
    relative: bool,
}

fn lang(code: Option<&str>) -> Lang {
    code.and_then(Lang::from_code).unwrap_or(Lang::De)
}

fn granularity_name(g: Granularity) -> String {
    serde_json::to_value(g).unwrap().as_str().unwrap().to_string()
}

/// Whether `got` is what `want` describes; the reason when not.
fn check(got: &TimeExpr, want: &Expect) -> Result<(), String> {
    let wg = want.granularity.as_deref().unwrap_or("day");
    let mut bad = Vec::new();
    if got.text != want.text {
        bad.push(format!("text {:?} != {:?}", got.text, want.text));
    }
    if got.from != want.from {
        bad.push(format!("from {:?} != {:?}", got.from, want.from));
    }
    if got.to != want.to {
        bad.push(format!("to {:?} != {:?}", got.to, want.to));
    }
    if granularity_name(got.granularity) != wg {
        bad.push(format!("granularity {:?} != {wg}", got.granularity));
    }
    if got.relative != want.relative {
        bad.push(format!("relative {} != {}", got.relative, want.relative));
    }
    if bad.is_empty() {
        Ok(())
    } else {
        Err(bad.join(", "))
    }
}

/// Spans are real and dates are ISO days in order.
fn assert_sane(source: &str, span: std::ops::Range<usize>, ts: &[TimeExpr]) {
    for t in ts {
        assert!(span.start <= t.start && t.start < t.end && t.end <= span.end, "{t:?} outside {span:?}");
        assert!(source.is_char_boundary(t.start) && source.is_char_boundary(t.end), "{t:?}");
        assert_eq!(t.text, &source[t.start..t.end]);
        let from = t.from.as_deref().map(|d| Date::parse_iso(d).unwrap_or_else(|| panic!("{t:?}")));
        let to = t.to.as_deref().map(|d| Date::parse_iso(d).unwrap_or_else(|| panic!("{t:?}")));
        if let (Some(a), Some(b)) = (from, to) {
            assert!(a <= b, "{t:?}");
        }
        if !t.relative {
            assert!(from.is_some() || to.is_some(), "absolute but unresolved: {t:?}");
        }
    }
}

#[test]
fn spec_cases() {
    let cases: Vec<Case> = spec::load("times.toml");
    spec::check(
        "times.toml",
        &cases,
        40,
        |c| c.text.clone(),
        |case| {
            let source = format!("Vorspann. {} Nachspann.", case.text);
            let span = 10..10 + case.text.len();
            let published = case.published.as_deref().map(|p| Date::parse_iso(p).unwrap());
            let got = time::find(&source, span.clone(), lang(case.lang.as_deref()), published);
            assert_sane(&source, span, &got);
            if got.len() != case.t.len() {
                return Err(format!(
                    "want {:?}\ngot  {:?}",
                    case.t.iter().map(|t| &t.text).collect::<Vec<_>>(),
                    got.iter().map(|t| &t.text).collect::<Vec<_>>()
                ));
            }
            let wrong: Vec<String> = got.iter().zip(&case.t).filter_map(|(g, w)| check(g, w).err()).collect();
            if wrong.is_empty() {
                Ok(())
            } else {
                Err(wrong.join("\n"))
            }
        },
    );
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

fn seeds() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

/// (needle locating the sentence, expression text, from, to, granularity, relative)
type Row<'a> = (&'a str, &'a str, Option<&'a str>, Option<&'a str>, &'a str, bool);

fn expect_in(text: &str, lang: Lang, published: Option<Date>, rows: &[Row]) {
    for (needle, want_text, from, to, g, rel) in rows {
        let span = sentence_with(text, needle).unwrap_or_else(|| panic!("{needle} not found"));
        let got = time::find(text, span.clone(), lang, published);
        assert_sane(text, span.clone(), &got);
        let want = Expect {
            text: want_text.to_string(),
            from: from.map(str::to_string),
            to: to.map(str::to_string),
            granularity: Some(g.to_string()),
            relative: *rel,
        };
        assert!(
            got.iter().any(|t| check(t, &want).is_ok()),
            "{needle}: want {want:?}\ngot {got:?}\nin {:?}",
            &text[span]
        );
    }
}

#[test]
fn seed_times() {
    let all = seeds().concat();
    let p = Date::parse_iso("2025-04-28");
    expect_in(
        &all,
        Lang::De,
        p,
        &[
            (
                "im vergangenen Herbst etwa",
                "im vergangenen Herbst",
                Some("2024-09-01"),
                Some("2024-11-30"),
                "season",
                true,
            ),
            ("im vergangenen Jahr mehr", "im vergangenen Jahr", Some("2024-01-01"), Some("2024-12-31"), "year", true),
            ("im Sommer 2024", "im Sommer 2024", Some("2024-06-01"), Some("2024-08-31"), "season", false),
            ("im Juni 2024", "im Juni 2024", Some("2024-06-01"), Some("2024-06-30"), "month", false),
            ("KCNA meldete am Montag", "am Montag", Some("2025-04-28"), Some("2025-04-28"), "day", true),
            ("Russland hatte am Samstag", "am Samstag", Some("2025-04-26"), Some("2025-04-26"), "day", true),
            ("Seit Februar 2022", "Seit Februar 2022", Some("2022-02-01"), None, "open", false),
        ],
    );
    // `bislang`, `seitdem` and `erstmals` are not time expressions.
    for (at, bad) in ["bislang", "erstmals", "Seite an Seite"].iter().flat_map(|b| all.match_indices(b)) {
        let span = sentence_with(&all, &all[at..at + bad.len()]).unwrap();
        for t in time::find(&all, span, Lang::De, p) {
            assert!(t.end <= at || t.start >= at + bad.len(), "{t:?} covers {bad}");
        }
    }
}

/// (file name, language, published, text without header)
type CorpusFile = (String, Lang, Option<Date>, String);

/// The dev corpus, when present.
fn corpus() -> Option<Vec<CorpusFile>> {
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
                let (_url, lang, date) = (lines.next(), lines.next().unwrap_or("de"), lines.next().unwrap_or(""));
                let body = lines.next().unwrap_or("").trim_start_matches('\n').to_string();
                let published = Date::parse_iso(date.trim_start_matches('~'));
                (
                    p.file_name().unwrap().to_string_lossy().into_owned(),
                    Lang::from_code(lang).unwrap_or(Lang::De),
                    published,
                    body,
                )
            })
            .collect(),
    )
}

#[test]
#[cfg_attr(not(has_corpus), ignore = "../shared/corpus is absent")]
fn corpus_times() {
    let Some(corpus) = corpus() else {
        println!("corpus not found (set FAKTENLAGE_CORPUS); skipping");
        return;
    };
    let rows: &[(&str, Row)] = &[
        (
            "03_",
            ("im vergangenen Herbst", "im vergangenen Herbst", Some("2024-09-01"), Some("2024-11-30"), "season", true),
        ),
        ("03_", ("hatte am Samstag", "am Samstag", Some("2025-04-26"), Some("2025-04-26"), "day", true)),
        ("05_", ("im Sommer 2024", "im Sommer 2024", Some("2024-06-01"), Some("2024-08-31"), "season", false)),
        ("12_", ("seit 24 Jahren", "seit 24 Jahren", Some("2000-06-19"), None, "open", true)),
        ("12_", ("Besuch von 2000", "von 2000", Some("2000-01-01"), Some("2000-12-31"), "year", false)),
        ("12_", ("am Mittwoch", "am Mittwoch", Some("2024-06-19"), Some("2024-06-19"), "day", true)),
        ("14_", ("on Monday (Apr 28)", "on Monday (Apr 28)", Some("2025-04-28"), Some("2025-04-28"), "day", true)),
        ("14_", ("with Putin last year", "last year", Some("2024-01-01"), Some("2024-12-31"), "year", true)),
        (
            "20_",
            ("am frühen Sonntagmorgen", "am frühen Sonntagmorgen", Some("2024-06-02"), Some("2024-06-02"), "day", true),
        ),
        ("20_", ("hat am Wochenende", "am Wochenende", Some("2024-06-01"), Some("2024-06-02"), "week", true)),
        ("22_", ("wurden am Montag", "am Montag", Some("2024-06-03"), Some("2024-06-03"), "day", true)),
        ("22_", ("am Dienstag", "am Dienstag", Some("2024-06-04"), Some("2024-06-04"), "day", true)),
    ];
    for (file, row) in rows {
        let (_, lang, published, body) =
            corpus.iter().find(|(f, ..)| f.starts_with(file)).unwrap_or_else(|| panic!("no corpus file {file}"));
        expect_in(body, *lang, *published, std::slice::from_ref(row));
        // Without a publication date the same expression stays unresolved.
        if row.5 {
            let span = sentence_with(body, row.0).unwrap();
            let got = time::find(body, span, *lang, None);
            assert!(got.iter().any(|t| t.text == row.1 && t.relative && t.from.is_none() && t.to.is_none()), "{got:?}");
        }
    }
}

#[test]
fn corpus_robustness() {
    let p = Date::parse_iso("2025-04-28");
    let mut texts: Vec<(Lang, Option<Date>, String)> = seeds().into_iter().map(|s| (Lang::De, p, s)).collect();
    match corpus() {
        Some(c) => texts.extend(c.into_iter().map(|(_, l, d, t)| (l, d, t))),
        None => println!("corpus not found (set FAKTENLAGE_CORPUS); robustness on the seeds only"),
    }
    for (lang, published, text) in &texts {
        let mut start = 0;
        for piece in text.split_inclusive('\n').flat_map(|l| l.split_inclusive(". ")) {
            let span = start..start + piece.len();
            start += piece.len();
            for l in [Lang::De, Lang::En] {
                for d in [*published, None, Date::new(2024, 2, 29), Date::new(2025, 1, 1)] {
                    assert_sane(text, span.clone(), &time::find(text, span.clone(), l, d));
                }
            }
        }
        assert_sane(text, 0..text.len(), &time::find(text, 0..text.len(), *lang, *published));
        #[allow(clippy::reversed_empty_ranges)]
        let reversed = time::find(text, 5..2, *lang, *published);
        assert!(reversed.is_empty());
    }
}

mod prop {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn any_text_any_span(s in "[0-9 .,:/()–-]{0,10}( ?(am|im|seit|vor|bis|vergangenen|Montag|Sonntagmorgen|Winter|Juni|Apr|Jahr|Jahren|Wochen|ago|last|year|weekend|the|of|heute|ü|„|\u{00AD})[0-9 .,:/()-]{0,6}){0,8}", a in 0usize..80, b in 0usize..80, days in -40000i64..80000) {
            let published = Some(Date::from_days(days));
            for lang in [Lang::De, Lang::En] {
                let (a, b) = (a.min(s.len()), b.min(s.len()));
                if s.is_char_boundary(a) && s.is_char_boundary(b) && a <= b {
                    assert_sane(&s, a..b, &time::find(&s, a..b, lang, published));
                } else {
                    let _ = time::find(&s, a..b, lang, published);
                }
            }
        }
    }
}
