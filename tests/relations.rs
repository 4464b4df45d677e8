//! Relations between claims of two articles, from `tests/data/relations.toml`:
//! a specification of what counts as the same fact, a dispute, a conflict
//! or an update, per error class of issue 9, in German, English and across
//! the two, and the verdict that follows for a claim where the case is about
//! its sources.

use faktenlage::report::{Claim, Report};
use faktenlage::{analyze, ArticleInput, Options};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Spec {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    class: u32,
    why: String,
    lang: Option<String>,
    a: Side,
    /// Absent for a case within one article (a denial answering a claim
    /// before it): then both claims are picked from `a`.
    b: Option<Side>,
    a_claim: Option<String>,
    b_claim: Option<String>,
    relation: String,
    #[serde(default)]
    family: bool,
    same_source: Option<bool>,
    sources: Option<usize>,
    verdict: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Side {
    text: String,
    date: String,
    lang: Option<String>,
}

fn input(id: &str, side: &Side, lang: Option<&str>) -> ArticleInput {
    let mut a = ArticleInput::text(side.text.clone()).id(id).published(&side.date);
    a.lang = side.lang.clone().or(lang.map(str::to_string));
    a
}

fn pick<'r>(r: &'r Report, article: &str, needle: Option<&str>) -> Option<&'r Claim> {
    r.claims.iter().find(|c| c.article == article && needle.is_none_or(|n| c.text.contains(n)))
}

fn family(rel: &str) -> &str {
    if rel == "consistent" {
        "corroborates"
    } else {
        rel
    }
}

#[test]
fn relation_cases() {
    let raw = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/relations.toml")).unwrap();
    let spec: Spec = toml::from_str(&raw).unwrap();
    assert!(spec.case.len() >= 20);
    for class in 0..=7 {
        assert!(spec.case.iter().any(|c| c.class == class), "no case for class {class}");
    }
    let mut failures = Vec::new();
    for (n, case) in spec.case.iter().enumerate() {
        let mut inputs = vec![input("a", &case.a, case.lang.as_deref())];
        if let Some(b) = &case.b {
            inputs.push(input("b", b, case.lang.as_deref()));
        }
        let r = analyze(&inputs, &Options::default()).unwrap();
        let b_article = if case.b.is_some() { "b" } else { "a" };
        let (Some(x), Some(y)) = (pick(&r, "a", case.a_claim.as_deref()), pick(&r, b_article, case.b_claim.as_deref()))
        else {
            failures.push(format!("case {n} ({}): claim not found", case.why));
            continue;
        };
        let link = r.links.iter().find(|l| (l.from == x.id && l.to == y.id) || (l.from == y.id && l.to == x.id));
        let got = link
            .map_or("none".to_string(), |l| serde_json::to_value(l.relation).unwrap().as_str().unwrap().to_string());
        let ok = if case.family { family(&got) == family(&case.relation) } else { got == case.relation };
        let mut why_not = Vec::new();
        if !ok {
            why_not.push(format!("relation {got}, want {}", case.relation));
        }
        if let (Some(want), Some(l)) = (case.same_source, link) {
            if l.same_source != want {
                why_not.push(format!("same_source {}, want {want}", l.same_source));
            }
        }
        if let Some(want) = case.sources {
            if x.independent_sources != want {
                why_not.push(format!(
                    "independent_sources {} ({:?}), want {want}",
                    x.independent_sources, x.sources_note.de
                ));
            }
        }
        if let Some(want) = &case.verdict {
            if x.verdict.name() != want {
                why_not.push(format!("verdict of a {}, want {want} (parties {:?})", x.verdict.name(), x.parties));
            }
        }
        if let Some(l) = link {
            assert!(!l.explanation.de.is_empty() && !l.explanation.en.is_empty());
        }
        if !why_not.is_empty() {
            failures.push(format!(
                "case {n}, class {} ({}): {}\n  a: {}\n  b: {}{}",
                case.class,
                case.why,
                why_not.join("; "),
                x.text,
                y.text,
                link.map_or(String::new(), |l| format!("\n  explanation: {}", l.explanation.de))
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases fail:\n{}", failures.len(), spec.case.len(), failures.join("\n"));
}
