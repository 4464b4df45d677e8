//! Short German and English explanations of a link, naming figures and sources.
//!
//! The reader sees these in the overlay's panel, so they are plain sentences:
//! which article says what, on whose authority, and what follows.

use crate::report::{ArticleReport, Claim, Explanation, Quantity, Qualifier, Relation};

/// Explains the relation between `from` and `to`.
pub fn explain(articles: &[ArticleReport], from: &Claim, to: &Claim, relation: Relation) -> Explanation {
    let (la_de, la_en) = label(articles, &from.article);
    let (lb_de, lb_en) = label(articles, &to.article);
    let figures = shared_figures(from, to);
    let (mut de, mut en) = match relation {
        Relation::Corroborates => (
            format!("{lb_de} berichtet dasselbe{}.", source_de(to)),
            format!("{lb_en} reports the same{}.", source_en(to)),
        ),
        Relation::Consistent => match &figures {
            Some((qa, qb)) => (
                format!(
                    "{la_de} nennt {}{}, {lb_de} {}{}. Die Angaben sind miteinander vereinbar.",
                    figure_de(qa),
                    source_de(from),
                    figure_de(qb),
                    source_de(to)
                ),
                format!(
                    "{la_en} gives {}{}, {lb_en} {}{}. The figures are compatible.",
                    figure_en(qa),
                    source_en(from),
                    figure_en(qb),
                    source_en(to)
                ),
            ),
            None => (
                format!("{lb_de} berichtet dasselbe, mit anderer Genauigkeit{}.", source_de(to)),
                format!("{lb_en} reports the same, with different precision{}.", source_en(to)),
            ),
        },
        Relation::Conflicts => {
            let (qa, qb) = figures.clone().unwrap_or_default();
            (
                format!(
                    "{la_de} nennt {}{}, {lb_de} dagegen {}{}. Die Zahlen widersprechen sich.",
                    figure_de(&qa),
                    source_de(from),
                    figure_de(&qb),
                    source_de(to)
                ),
                format!(
                    "{la_en} gives {}{}, {lb_en} {}{}. The figures contradict each other.",
                    figure_en(&qa),
                    source_en(from),
                    figure_en(&qb),
                    source_en(to)
                ),
            )
        }
        Relation::Updates => {
            let (qa, qb) = figures.clone().unwrap_or_default();
            (
                format!(
                    "Der spätere Bericht ({lb_de}) nennt {} statt {}: eine neuere Angabe, kein Widerspruch.",
                    figure_de(&qb),
                    figure_de(&qa)
                ),
                format!(
                    "The later report ({lb_en}) gives {} instead of {}: an update, not a contradiction.",
                    figure_en(&qb),
                    figure_en(&qa)
                ),
            )
        }
        Relation::Disputes => {
            let (denial, claim, ld, le, lcd, lce) = if from.modality == crate::report::Modality::Denied {
                (from, to, &la_de, &la_en, &lb_de, &lb_en)
            } else {
                (to, from, &lb_de, &lb_en, &la_de, &la_en)
            };
            if from.article == to.article {
                return Explanation {
                    de: format!("Umstritten: Im selben Artikel folgt ein Dementi{}.", source_de(denial)),
                    en: format!("Disputed: the same article reports a denial{}.", source_en(denial)),
                };
            }
            let _ = claim;
            (
                format!("Umstritten: {ld} berichtet ein Dementi{}, zu dem, was {lcd} meldet.", source_de(denial)),
                format!("Disputed: {le} reports a denial{} of what {lce} reports.", source_en(denial)),
            )
        }
    };
    if matches!(relation, Relation::Corroborates | Relation::Consistent) {
        if let Some(src) = same_original_source(from, to) {
            de.push_str(&format!(
                " Beide berufen sich auf dieselbe Quelle ({src}): Bestätigt ist, dass {src} das sagt, nicht dass es stimmt."
            ));
            en.push_str(&format!(
                " Both rely on the same source ({src}): this confirms that {src} said it, not that it is true."
            ));
        }
    }
    Explanation { de, en }
}

/// `Artikel 2 („Ukrainekrieg: Putin lobt …“)` and its English form.
fn label(articles: &[ArticleReport], id: &str) -> (String, String) {
    let pos = articles.iter().position(|a| a.id == id).map_or(0, |p| p + 1);
    let title = articles.iter().find(|a| a.id == id).and_then(|a| a.title.as_deref());
    match title {
        Some(t) => {
            let short: String = if t.chars().count() > 48 {
                t.chars().take(47).collect::<String>() + "…"
            } else {
                t.to_string()
            };
            (format!("Artikel {pos} („{short}“)"), format!("article {pos} (“{short}”)"))
        }
        None => (format!("Artikel {pos}"), format!("article {pos}")),
    }
}

fn source_de(c: &Claim) -> String {
    c.attribution.as_ref().map_or(String::new(), |a| format!(" (Quelle: {})", a.source))
}

fn source_en(c: &Claim) -> String {
    c.attribution.as_ref().map_or(String::new(), |a| format!(" (source: {})", a.source))
}

/// The name of the one source both claims rest on, if they rest on the same.
fn same_original_source(a: &Claim, b: &Claim) -> Option<String> {
    let (x, y) = (a.attribution.as_ref()?, b.attribution.as_ref()?);
    let same = if !x.entities.is_empty() && !y.entities.is_empty() {
        let (mut p, mut q) = (x.entities.clone(), y.entities.clone());
        p.sort();
        q.sort();
        p == q
    } else {
        crate::doc::normalize::fold(&x.source) == crate::doc::normalize::fold(&y.source)
    };
    same.then(|| x.source.clone())
}

/// The first pair of figures with the same unit, if any.
fn shared_figures(a: &Claim, b: &Claim) -> Option<(Quantity, Quantity)> {
    a.quantities.iter().find_map(|x| {
        let unit = x.unit.as_ref()?;
        b.quantities.iter().find(|y| y.unit.as_ref() == Some(unit)).map(|y| (x.clone(), y.clone()))
    })
}

fn number(v: f64, group: char, decimal: char) -> String {
    let neg = v < 0.0;
    let v = v.abs();
    let int = v.trunc() as u64;
    let frac = ((v - v.trunc()) * 1000.0).round() as u64;
    let digits = int.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(d);
    }
    if frac > 0 {
        out.push(decimal);
        out.push_str(format!("{frac:03}").trim_end_matches('0'));
    }
    if neg {
        out.insert(0, '-');
    }
    out
}

fn unit_de(u: Option<&str>) -> &str {
    match u {
        Some("soldiers") => " Soldaten",
        Some("km2") => " Quadratkilometer",
        Some("percent") => " Prozent",
        Some("dead") => " Tote",
        Some("injured") => " Verletzte",
        Some("people") => " Menschen",
        Some("helpers") => " Helfer",
        Some("EUR") => " Euro",
        Some("USD") => " Dollar",
        _ => "",
    }
}

fn unit_en(u: Option<&str>) -> &str {
    match u {
        Some("soldiers") => " soldiers",
        Some("km2") => " km²",
        Some("percent") => " percent",
        Some("dead") => " dead",
        Some("injured") => " injured",
        Some("people") => " people",
        Some("helpers") => " helpers",
        Some("EUR") => " euros",
        Some("USD") => " dollars",
        _ => "",
    }
}

fn bounds(q: &Quantity, g: char, d: char) -> (String, String) {
    let f = |v: Option<f64>| v.map(|v| number(v, g, d)).unwrap_or_default();
    (f(q.value_min), f(q.value_max))
}

/// A figure in German words: `etwa 10.000–12.000 Soldaten`.
pub fn figure_de(q: &Quantity) -> String {
    let (lo, hi) = bounds(q, '.', ',');
    let core = if !lo.is_empty() && !hi.is_empty() && lo != hi { format!("{lo}–{hi}") } else if lo.is_empty() { hi } else { lo };
    let prefix = match q.qualifier {
        Qualifier::Approx => "etwa ",
        Qualifier::MoreThan => "mehr als ",
        Qualifier::AtLeast => "mindestens ",
        Qualifier::AtMost => "bis zu ",
        Qualifier::LessThan => "weniger als ",
        Qualifier::Vague => "ungefähr ",
        Qualifier::Range | Qualifier::Exact => "",
    };
    format!("{prefix}{core}{}", unit_de(q.unit.as_deref()))
}

/// A figure in English words: `about 10,000–12,000 soldiers`.
pub fn figure_en(q: &Quantity) -> String {
    let (lo, hi) = bounds(q, ',', '.');
    let core = if !lo.is_empty() && !hi.is_empty() && lo != hi { format!("{lo}–{hi}") } else if lo.is_empty() { hi } else { lo };
    let prefix = match q.qualifier {
        Qualifier::Approx => "about ",
        Qualifier::MoreThan => "more than ",
        Qualifier::AtLeast => "at least ",
        Qualifier::AtMost => "up to ",
        Qualifier::LessThan => "fewer than ",
        Qualifier::Vague => "roughly ",
        Qualifier::Range | Qualifier::Exact => "",
    };
    format!("{prefix}{core}{}", unit_en(q.unit.as_deref()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_read_naturally() {
        let q = Quantity {
            value_min: Some(10000.0),
            value_max: Some(12000.0),
            qualifier: Qualifier::Approx,
            unit: Some("soldiers".into()),
            ..Quantity::default()
        };
        assert_eq!(figure_de(&q), "etwa 10.000–12.000 Soldaten");
        assert_eq!(figure_en(&q), "about 10,000–12,000 soldiers");
        let p = Quantity { value_min: Some(4.972), value_max: Some(4.972), unit: Some("percent".into()), ..Quantity::default() };
        assert_eq!(figure_de(&p), "4,972 Prozent");
        let m = Quantity { value_min: Some(10000.0), qualifier: Qualifier::MoreThan, ..Quantity::default() };
        assert_eq!(figure_en(&m), "more than 10,000");
    }
}
