//! A report as a table for reading in a terminal (`--format table`).
//!
//! One section per article, one block per claim: the sentence wrapped to
//! about 100 columns, then what the analysis found about it, one fact per
//! line. Plain text only, so it reads the same in a pipe or a log.

use std::fmt::Write;

use faktenlage::report::{ArticleReport, Claim, Qualifier, Quantity, Report, TimeExpr};

/// Width the sentence text is wrapped to.
const WIDTH: usize = 100;
/// Indentation of everything under a claim's id.
const INDENT: &str = "    ";

/// Renders the whole report. `labels` name each article's origin (a file
/// name), in input order.
pub fn render(report: &Report, labels: &[String]) -> String {
    let mut out = String::new();
    for (i, article) in report.articles.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        header(&mut out, article, labels.get(i).map(String::as_str));
        let claims: Vec<&Claim> = report.claims.iter().filter(|c| c.article == article.id).collect();
        if claims.is_empty() {
            out.push_str("(no claims)\n");
        }
        for claim in claims {
            out.push('\n');
            claim_block(&mut out, claim);
        }
    }
    out
}

fn header(out: &mut String, a: &ArticleReport, label: Option<&str>) {
    let mut parts = vec![a.id.clone()];
    parts.extend(label.map(String::from));
    parts.extend(a.published.clone());
    parts.push(a.language.clone());
    let line = format!("== {} ==", parts.join(" · "));
    out.push_str(&line);
    out.push('\n');
    if let Some(title) = &a.title {
        let _ = writeln!(out, "{}", title);
    }
    if !a.agencies.is_empty() {
        let _ = writeln!(out, "agencies: {}", a.agencies.join(", "));
    }
}

/// One claim: sentence, then modality · source · verdict, figures, times, entities.
fn claim_block(out: &mut String, c: &Claim) {
    let _ = writeln!(out, "[{}]", c.id);
    for line in wrap(&c.text, WIDTH - INDENT.len()) {
        let _ = writeln!(out, "{}{}", INDENT, line);
    }
    let source = match &c.attribution {
        Some(a) => format!("{} ({}, {})", a.source, name(&a.kind), a.cue),
        None => "no source named".to_string(),
    };
    let _ = writeln!(out, "{}{} · {} · {}", INDENT, name(&c.modality), source, name(&c.verdict));
    if !c.quantities.is_empty() {
        let figures: Vec<String> = c.quantities.iter().map(figure).collect();
        let _ = writeln!(out, "{}figures:  {}", INDENT, figures.join("; "));
    }
    if !c.times.is_empty() {
        let times: Vec<String> = c.times.iter().map(time).collect();
        let _ = writeln!(out, "{}times:    {}", INDENT, times.join("; "));
    }
    if !c.entities.is_empty() {
        let mut names: Vec<&str> = Vec::new();
        for e in &c.entities {
            if !names.contains(&e.name.as_str()) {
                names.push(&e.name);
            }
        }
        let _ = writeln!(out, "{}entities: {}", INDENT, names.join(", "));
    }
    if !c.evidence.is_empty() {
        let _ = writeln!(out, "{}evidence: {}", INDENT, c.evidence.join(", "));
    }
}

/// The serde name of an enum value (`state_media`), so the table uses the
/// same words as the JSON.
fn name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => "?".to_string(),
    }
}

/// A figure as `10000–12000 soldiers ~`.
fn figure(q: &Quantity) -> String {
    let value = match (q.value_min, q.value_max) {
        (Some(a), Some(b)) if a == b => number(a),
        (Some(a), Some(b)) => format!("{}–{}", number(a), number(b)),
        (Some(a), None) => format!("{}–", number(a)),
        (None, Some(b)) => format!("–{}", number(b)),
        (None, None) => q.text.clone(),
    };
    let mut s = value;
    if let Some(unit) = &q.unit {
        s.push(' ');
        s.push_str(unit);
    }
    let mark = match q.qualifier {
        Qualifier::Exact | Qualifier::Range => "",
        Qualifier::Approx => "~",
        Qualifier::MoreThan => ">",
        Qualifier::AtLeast => "≥",
        Qualifier::AtMost => "≤",
        Qualifier::LessThan => "<",
        Qualifier::Vague => "?",
    };
    if !mark.is_empty() {
        s.push(' ');
        s.push_str(mark);
    }
    s
}

/// A number without a useless `.0`.
fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{}", x)
    }
}

/// A time expression as `2024-09-01..2024-11-30 (text)`.
fn time(t: &TimeExpr) -> String {
    let span = match (&t.from, &t.to) {
        (Some(a), Some(b)) if a == b => a.clone(),
        (a, b) => format!("{}..{}", a.as_deref().unwrap_or(""), b.as_deref().unwrap_or("")),
    };
    if span == ".." {
        format!("unresolved ({})", t.text)
    } else {
        format!("{} ({})", span, t.text)
    }
}

/// Greedy word wrap to `width` characters; a word longer than the width gets
/// a line of its own rather than being cut.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut len = 0;
    for word in text.split_whitespace() {
        let w = word.chars().count();
        if len > 0 && len + 1 + w > width {
            lines.push(std::mem::take(&mut line));
            len = 0;
        }
        if len > 0 {
            line.push(' ');
            len += 1;
        }
        line.push_str(word);
        len += w;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use faktenlage::report::{Attribution, Entity, Modality, SourceKind, Verdict};

    #[test]
    fn wraps_at_word_boundaries() {
        let text = "Nordkorea hat erstmals die Entsendung von Truppen nach Russland bestätigt.";
        let lines = wrap(text, 30);
        assert_eq!(lines, vec!["Nordkorea hat erstmals die", "Entsendung von Truppen nach", "Russland bestätigt."]);
        assert!(lines.iter().all(|l| l.chars().count() <= 30));
        assert_eq!(wrap("Donaudampfschifffahrtsgesellschaft ist lang", 10)[0], "Donaudampfschifffahrtsgesellschaft");
        assert!(wrap("  \n ", 10).is_empty());
    }

    #[test]
    fn figures_read_like_the_text() {
        let q = |min, max, qualifier, unit: Option<&str>| Quantity {
            text: "x".into(),
            value_min: min,
            value_max: max,
            qualifier,
            unit: unit.map(String::from),
            ..Quantity::default()
        };
        assert_eq!(
            figure(&q(Some(10000.0), Some(12000.0), Qualifier::Approx, Some("soldiers"))),
            "10000–12000 soldiers ~"
        );
        assert_eq!(figure(&q(Some(1500.0), Some(1500.0), Qualifier::MoreThan, Some("people"))), "1500 people >");
        assert_eq!(figure(&q(Some(2.5), Some(2.5), Qualifier::Exact, Some("percent"))), "2.5 percent");
        assert_eq!(figure(&q(None, None, Qualifier::Vague, None)), "x ?");
    }

    #[test]
    fn times_show_the_interval_and_the_words() {
        let t = TimeExpr {
            text: "im Herbst".into(),
            from: Some("2024-09-01".into()),
            to: Some("2024-11-30".into()),
            ..TimeExpr::default()
        };
        assert_eq!(time(&t), "2024-09-01..2024-11-30 (im Herbst)");
        let day = TimeExpr {
            text: "am Montag".into(),
            from: Some("2025-04-28".into()),
            to: Some("2025-04-28".into()),
            ..TimeExpr::default()
        };
        assert_eq!(time(&day), "2025-04-28 (am Montag)");
        let open = TimeExpr { text: "damals".into(), ..TimeExpr::default() };
        assert_eq!(time(&open), "unresolved (damals)");
    }

    #[test]
    fn renders_a_claim_block() {
        let claim = Claim {
            id: "a1-c1".into(),
            article: "a1".into(),
            text: "KCNA meldete am Montag den Einsatz.".into(),
            modality: Modality::Reported,
            attribution: Some(Attribution {
                source: "KCNA".into(),
                kind: SourceKind::StateMedia,
                cue: "meldete".into(),
                ..Attribution::default()
            }),
            entities: vec![
                Entity { name: "KCNA".into(), ..Entity::default() },
                Entity { name: "KCNA".into(), ..Entity::default() },
            ],
            verdict: Verdict::SingleSource,
            ..Claim::default()
        };
        let report = Report {
            version: 1,
            articles: vec![ArticleReport {
                id: "a1".into(),
                title: Some("Titel".into()),
                language: "de".into(),
                published: Some("2025-04-28".into()),
                ..ArticleReport::default()
            }],
            claims: vec![claim],
            links: vec![],
        };
        let out = render(&report, &["seed.txt".to_string()]);
        assert_eq!(
            out,
            "== a1 · seed.txt · 2025-04-28 · de ==\nTitel\n\n[a1-c1]\n    KCNA meldete am Montag den Einsatz.\n    reported · KCNA (state_media, meldete) · single_source\n    entities: KCNA\n"
        );
    }
}
