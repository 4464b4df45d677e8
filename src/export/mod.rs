//! Export of a report as W3C Web Annotations (JSON-LD), so claims and
//! verdicts can travel to annotation tools (Hypothesis and the like).
//!
//! The Web Annotation Data Model counts `TextPositionSelector` offsets in
//! code points, not UTF-16 units as the report does, so positions are
//! converted here; a `TextQuoteSelector` with a little context makes the
//! anchor robust when the page text shifts.

use crate::doc::offsets::OffsetMap;
use crate::report::{Claim, Report};
use serde_json::{json, Value};

/// Characters of context on each side of a quote selector.
const CONTEXT: usize = 32;

/// The report as a W3C `AnnotationCollection`. `base` prefixes article ids to
/// make source IRIs (e.g. the page URL plus `#`).
pub fn w3c_annotations(report: &Report, base: &str) -> Value {
    let mut items = Vec::with_capacity(report.claims.len());
    for article in &report.articles {
        let map = OffsetMap::new(&article.text);
        let byte_of = |u: usize| map.byte_of_utf16(u);
        for claim in report.claims.iter().filter(|c| c.article == article.id) {
            let (bs, be) = (byte_of(claim.start), byte_of(claim.end));
            let prefix = tail_chars(&article.text[..bs], CONTEXT);
            let suffix: String = article.text[be..].chars().take(CONTEXT).collect();
            items.push(json!({
                "type": "Annotation",
                "id": format!("{base}{}", claim.id),
                "motivation": "assessing",
                "body": body(report, claim),
                "target": {
                    "source": format!("{base}{}", article.id),
                    "selector": [
                        { "type": "TextQuoteSelector", "exact": claim.text, "prefix": prefix, "suffix": suffix },
                        { "type": "TextPositionSelector", "start": map.codepoint(bs), "end": map.codepoint(be) }
                    ]
                }
            }));
        }
    }
    json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "label": "Faktenlage",
        "total": items.len(),
        "first": { "type": "AnnotationPage", "items": items }
    })
}

fn tail_chars(s: &str, n: usize) -> String {
    let start = s.char_indices().rev().nth(n.saturating_sub(1)).map_or(0, |(i, _)| i);
    s[start..].to_string()
}

fn body(report: &Report, claim: &Claim) -> Value {
    let explanations: Vec<&str> = report
        .links
        .iter()
        .filter(|l| l.from == claim.id || l.to == claim.id)
        .map(|l| l.explanation.de.as_str())
        .collect();
    let verdict = serde_json::to_value(claim.verdict).unwrap_or(Value::Null);
    let modality = serde_json::to_value(claim.modality).unwrap_or(Value::Null);
    let mut value = format!("{} · {}", verdict.as_str().unwrap_or(""), modality.as_str().unwrap_or(""));
    if let Some(a) = &claim.attribution {
        value.push_str(&format!(" · Quelle: {}", a.source));
    }
    for e in explanations {
        value.push('\n');
        value.push_str(e);
    }
    json!([
        { "type": "TextualBody", "purpose": "tagging", "value": verdict },
        { "type": "TextualBody", "purpose": "describing", "format": "text/plain", "language": "de", "value": value }
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, ArticleInput, Options};

    #[test]
    fn positions_count_code_points() {
        let text = "🙂 Nordkorea hat am Montag „erstmals“ 10.000 Soldaten entsandt, meldete KCNA.";
        let report = analyze(&[ArticleInput::text(text).published("2025-04-28")], &Options::default()).unwrap();
        let doc = w3c_annotations(&report, "urn:test:");
        let items = doc["first"]["items"].as_array().unwrap();
        assert!(!items.is_empty());
        for item in items {
            let sel = &item["target"]["selector"];
            let exact = sel[0]["exact"].as_str().unwrap();
            let (s, e) = (sel[1]["start"].as_u64().unwrap() as usize, sel[1]["end"].as_u64().unwrap() as usize);
            let by_codepoint: String = text.chars().skip(s).take(e - s).collect();
            assert_eq!(by_codepoint, exact);
        }
    }
}
