//! Short German and English explanations: what matched, what differs, and
//! on whose authority, naming both sources.
//!
//! The reader sees these in the overlay's panel, so they are plain sentences:
//! `Gleiche Zahl (10.000–12.000 Soldaten), beide nach Geheimdienstangaben.`,
//! `Zahlen weichen ab: 1.200 gegenüber 800 Evakuierten, gleicher Tag.`,
//! `Gleiche Quelle (KCNA), von zwei Medien berichtet.` When both claims rest
//! on one party, the text says so: then what is corroborated is that the
//! party said it, not that it is true.

use crate::compare::statement::{Figure, Statement};
use crate::join::join;
use crate::lexicon::units;
use crate::report::{ArticleReport, Claim, Explanation, OriginParty, Qualifier, Quantity, Relation};

/// German and English names of the events a reader may see named.
const EVENTS: &[(&str, &str, &str)] = &[
    ("deploy", "Entsendung von Truppen", "troop deployment"),
    ("recapture", "Rückeroberung", "recapture"),
    ("control", "Kontrolle über das Gebiet", "control of the territory"),
    ("incursion", "Vorstoß", "incursion"),
    ("support", "Unterstützung", "support"),
    ("supply", "Lieferungen", "supplies"),
    ("order", "Befehl", "order"),
    ("conclude", "Abschluss der Kämpfe", "end of the fighting"),
    ("treaty", "Abkommen", "treaty"),
    ("sign", "Unterzeichnung", "signing"),
    ("die", "Todesopfer", "deaths"),
    ("injure", "Verletzte", "injuries"),
    ("evacuate", "Evakuierung", "evacuation"),
    ("rescue", "Rettung", "rescue"),
    ("vote_result", "Wahlergebnis", "election result"),
];

const ACTS: &[(&str, &str, &str)] = &[
    ("confirm", "Bestätigung", "confirmation"),
    ("thank", "Dank", "thanks"),
    ("praise", "Lob", "praise"),
    ("accuse", "Vorwurf", "accusation"),
];

/// Explains the relation between `from` and `to`.
///
/// `labels` are the two articles' [`label`]s, German and English, made once
/// per article.
pub fn explain(
    articles: &[ArticleReport],
    labels: [&(String, String); 2],
    from: &Claim,
    to: &Claim,
    sf: &Statement,
    st: &Statement,
    relation: Relation,
) -> Explanation {
    let [(la_de, la_en), (lb_de, lb_en)] = labels;
    let figures = shared_figures(sf, st);
    let (src_a_de, src_a_en) = source(from, sf);
    let (src_b_de, src_b_en) = source(to, st);
    let same_party = sf.party.is_some() && sf.party == st.party;
    let (what_de, what_en) = what(sf, st);
    let (de, en) = match relation {
        Relation::Corroborates | Relation::Consistent => {
            let (matched_de, matched_en) = match &figures {
                Some((a, b)) if relation == Relation::Corroborates => (
                    format!("Gleiche Zahl ({})", figure_de(&a.quantity)),
                    format!("Same figure ({})", figure_en(&a.quantity)),
                ),
                Some((a, b)) => (
                    format!(
                        "Vereinbare Zahlen: {} ({la_de}) und {} ({lb_de})",
                        figure_de(&a.quantity),
                        figure_de(&b.quantity)
                    ),
                    format!(
                        "Compatible figures: {} ({la_en}) and {} ({lb_en})",
                        figure_en(&a.quantity),
                        figure_en(&b.quantity)
                    ),
                ),
                None if relation == Relation::Consistent => (
                    format!("Gleiche Aussage{what_de}, unterschiedlich genau ({la_de} / {lb_de})"),
                    format!("Same statement{what_en}, with different precision ({la_en} / {lb_en})"),
                ),
                None => (
                    format!("Gleiche Aussage{what_de} in {la_de} und {lb_de}"),
                    format!("Same statement{what_en} in {la_en} and {lb_en}"),
                ),
            };
            if same_party {
                let named = src_a_de.clone();
                (
                    format!("{matched_de}. Gleiche Quelle ({named}), von zwei Medien berichtet: Bestätigt ist, dass sie es sagt, nicht dass es stimmt."),
                    format!("{matched_en}. Same source ({}), reported by two outlets: this confirms that it was said, not that it is true.", src_a_en),
                )
            } else {
                match (&sf.party, &st.party) {
                    (Some(_), Some(_)) => (
                        format!("{matched_de}. Zwei unabhängige Quellen: {src_a_de} und {src_b_de}."),
                        format!("{matched_en}. Two independent sources: {src_a_en} and {src_b_en}."),
                    ),
                    (Some(_), None) | (None, Some(_)) => {
                        let (d, e) = if sf.party.is_some() { (&src_a_de, &src_a_en) } else { (&src_b_de, &src_b_en) };
                        (
                            format!("{matched_de}. Nur eine Quelle ist genannt: {d}."),
                            format!("{matched_en}. Only one source is named: {e}."),
                        )
                    }
                    (None, None) => (
                        format!("{matched_de}. Keine der beiden nennt eine Quelle."),
                        format!("{matched_en}. Neither names a source."),
                    ),
                }
            }
        }
        Relation::Conflicts => {
            let (a, b) = figures.clone().map(|(a, b)| (a.quantity, b.quantity)).unwrap_or_default();
            let day = if articles_date(articles, &from.article) == articles_date(articles, &to.article) {
                ", gleicher Tag"
            } else {
                ""
            };
            let day_en = if day.is_empty() { "" } else { ", same day" };
            (
                format!(
                    "Zahlen weichen ab: {} ({la_de}, {src_a_de}) gegenüber {} ({lb_de}, {src_b_de}){day}.",
                    figure_de(&a),
                    figure_de(&b)
                ),
                format!(
                    "Figures differ: {} ({la_en}, {src_a_en}) against {} ({lb_en}, {src_b_en}){day_en}.",
                    figure_en(&a),
                    figure_en(&b)
                ),
            )
        }
        Relation::Updates => {
            let (a, b) = figures.clone().map(|(a, b)| (a.quantity, b.quantity)).unwrap_or_default();
            (
                format!(
                    "Neuere Zahl: {} ({lb_de}) statt {} ({la_de}) – eine Aktualisierung, kein Widerspruch.",
                    figure_de(&b),
                    figure_de(&a)
                ),
                format!(
                    "Newer figure: {} ({lb_en}) instead of {} ({la_en}): an update, not a contradiction.",
                    figure_en(&b),
                    figure_en(&a)
                ),
            )
        }
        Relation::Disputes => {
            let (denier, claimant) = if sf.denied || sf.events.iter().any(|(_, p)| !p) {
                ((&src_a_de, &src_a_en, &la_de, &la_en), (&src_b_de, &src_b_en, &lb_de, &lb_en))
            } else {
                ((&src_b_de, &src_b_en, &lb_de, &lb_en), (&src_a_de, &src_a_en, &la_de, &la_en))
            };
            if from.article == to.article {
                (
                    format!("Umstritten{what_de}: Im selben Artikel widerspricht {}.", denier.0),
                    format!("Disputed{what_en}: in the same article, {} contradicts it.", denier.1),
                )
            } else {
                (
                    format!(
                        "Widerspruch{what_de}: {} ({}) gegenüber {} ({}).",
                        claimant.0, claimant.2, denier.0, denier.2
                    ),
                    format!(
                        "Contradiction{what_en}: {} ({}) against {} ({}).",
                        claimant.1, claimant.3, denier.1, denier.3
                    ),
                )
            }
        }
    };
    Explanation { de, en }
}

/// `2 unabhängige Quellen: nordkoreanische Staatsführung (KCNA), …`.
pub fn sources_note(parties: &[OriginParty]) -> Explanation {
    if parties.is_empty() {
        return Explanation::default();
    }
    let list = |de: bool| {
        let parts: Vec<String> = parties
            .iter()
            .map(|p| {
                let name = if de { &p.de } else { &p.en };
                if p.named.is_empty() {
                    name.clone()
                } else {
                    format!("{name} ({})", join(&mut p.named.iter().map(String::as_str), ", "))
                }
            })
            .collect();
        join(&mut parts.iter().map(String::as_str), ", ")
    };
    match parties.len() {
        1 => Explanation { de: format!("1 Quelle: {}", list(true)), en: format!("1 source: {}", list(false)) },
        n => Explanation {
            de: format!("{n} unabhängige Quellen: {}", list(true)),
            en: format!("{n} independent sources: {}", list(false)),
        },
    }
}

fn articles_date<'a>(articles: &'a [ArticleReport], id: &str) -> Option<&'a str> {
    articles.iter().find(|a| a.id == id).and_then(|a| a.published.as_deref())
}

/// ` (Rückeroberung)`: the events both name, for the reader.
fn what(a: &Statement, b: &Statement) -> (String, String) {
    let mut de = Vec::new();
    let mut en = Vec::new();
    for (c, d, e) in EVENTS {
        if a.has_event(c) && b.has_event(c) {
            de.push(*d);
            en.push(*e);
        }
    }
    for (c, d, e) in ACTS {
        if a.acts.contains(c) && b.acts.contains(c) {
            de.push(*d);
            en.push(*e);
        }
    }
    if de.is_empty() {
        (String::new(), String::new())
    } else {
        (format!(" ({})", join(&mut de.into_iter(), ", ")), format!(" ({})", join(&mut en.into_iter(), ", ")))
    }
}

/// `Artikel 2 („Ukrainekrieg: Putin lobt …“)` and its English form, for
/// the article at `index`.
pub fn label(articles: &[ArticleReport], index: usize) -> (String, String) {
    let pos = index + 1;
    match articles[index].title.as_deref() {
        Some(t) => {
            let short: String =
                if t.chars().count() > 40 { t.chars().take(39).collect::<String>() + "…" } else { t.to_string() };
            (format!("Artikel {pos} „{short}“"), format!("article {pos} “{short}”"))
        }
        None => (format!("Artikel {pos}"), format!("article {pos}")),
    }
}

/// The source of a claim for the reader: party and how the text names it
/// (`nordkoreanische Staatsführung (KCNA)`), or that none is named.
fn source(c: &Claim, s: &Statement) -> (String, String) {
    let named = c.attribution.as_ref().map(|a| a.source.clone());
    let names = |p: &crate::compare::party::Party| {
        p.names().unwrap_or_else(|| (p.id.replace('_', " "), p.id.replace('_', " ")))
    };
    match (&s.party, named) {
        (Some(p), Some(n)) => match p.names() {
            Some((de, en)) => (format!("{de} ({n})"), format!("{en} ({n})")),
            None => (n.clone(), n),
        },
        (Some(p), None) => names(p),
        (None, Some(n)) => (n.clone(), n),
        (None, None) => ("ohne Quellenangabe".into(), "no source named".into()),
    }
}

/// The first pair of figures of the same measure, if any; a bare number
/// (`auf mindestens vier gestiegen`) takes the unit its measure implies.
fn shared_figures(a: &Statement, b: &Statement) -> Option<(Figure, Figure)> {
    let unit = |f: &Figure| {
        let mut f = f.clone();
        if f.quantity.unit.is_none() {
            f.quantity.unit = match f.measure.as_str() {
                "deaths" => Some("dead".into()),
                "injured" => Some("injured".into()),
                "casualties" => Some("casualties".into()),
                "evacuated" => Some("evacuated".into()),
                _ => None,
            };
        }
        f
    };
    a.figures.iter().find_map(|x| b.figures.iter().find(|y| y.measure == x.measure).map(|y| (unit(x), unit(y))))
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

/// The figure `core` with its unit (`10.000 Soldaten`, `1 Toter`); `name`
/// is [`units::de`] or [`units::en`].
fn with_unit(q: &Quantity, core: &str, name: fn(&str, bool) -> &'static str) -> String {
    match q.unit.as_deref().map(|u| name(u, singular(core, q))) {
        Some(n) if !n.is_empty() => format!("{core} {n}"),
        _ => core.to_string(),
    }
}

fn bounds(q: &Quantity, g: char, d: char) -> (String, String) {
    let f = |v: Option<f64>| v.map(|v| number(v, g, d)).unwrap_or_default();
    (f(q.value_min), f(q.value_max))
}

/// Whether a figure reads as one thing (`1 Toter`); `mehr als 1` counts
/// several.
fn singular(core: &str, q: &Quantity) -> bool {
    core == "1" && q.qualifier != Qualifier::MoreThan
}

/// A figure in German words: `etwa 10.000–12.000 Soldaten`.
pub fn figure_de(q: &Quantity) -> String {
    let (lo, hi) = bounds(q, '.', ',');
    let core = if !lo.is_empty() && !hi.is_empty() && lo != hi {
        format!("{lo}–{hi}")
    } else if lo.is_empty() {
        hi
    } else {
        lo
    };
    let prefix = match q.qualifier {
        Qualifier::Approx => "etwa ",
        Qualifier::MoreThan => "mehr als ",
        Qualifier::AtLeast => "mindestens ",
        Qualifier::AtMost => "bis zu ",
        Qualifier::LessThan => "weniger als ",
        Qualifier::Vague => "ungefähr ",
        Qualifier::Range | Qualifier::Exact => "",
    };
    format!("{prefix}{}", with_unit(q, &core, units::de))
}

/// A figure in English words: `about 10,000–12,000 soldiers`.
pub fn figure_en(q: &Quantity) -> String {
    let (lo, hi) = bounds(q, ',', '.');
    let core = if !lo.is_empty() && !hi.is_empty() && lo != hi {
        format!("{lo}–{hi}")
    } else if lo.is_empty() {
        hi
    } else {
        lo
    };
    let prefix = match q.qualifier {
        Qualifier::Approx => "about ",
        Qualifier::MoreThan => "more than ",
        Qualifier::AtLeast => "at least ",
        Qualifier::AtMost => "up to ",
        Qualifier::LessThan => "fewer than ",
        Qualifier::Vague => "roughly ",
        Qualifier::Range | Qualifier::Exact => "",
    };
    format!("{prefix}{}", with_unit(q, &core, units::en))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_of_one_takes_the_singular() {
        let one = |unit: &str, qualifier| Quantity {
            value_min: Some(1.0),
            value_max: Some(1.0),
            qualifier,
            unit: Some(unit.into()),
            ..Quantity::default()
        };
        assert_eq!(figure_de(&one("dead", Qualifier::Exact)), "1 Toter");
        assert_eq!(figure_de(&one("injured", Qualifier::AtLeast)), "mindestens 1 Verletzter");
        assert_eq!(figure_de(&one("soldiers", Qualifier::Exact)), "1 Soldat");
        assert_eq!(figure_en(&one("soldiers", Qualifier::Exact)), "1 soldier");
        assert_eq!(figure_de(&one("dead", Qualifier::MoreThan)), "mehr als 1 Tote");
        let two = Quantity { value_min: Some(2.0), value_max: Some(2.0), ..one("dead", Qualifier::Exact) };
        assert_eq!(figure_de(&two), "2 Tote");
    }

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
        let p = Quantity {
            value_min: Some(4.972),
            value_max: Some(4.972),
            unit: Some("percent".into()),
            ..Quantity::default()
        };
        assert_eq!(figure_de(&p), "4,972 Prozent");
        let m = Quantity { value_min: Some(10000.0), qualifier: Qualifier::MoreThan, ..Quantity::default() };
        assert_eq!(figure_en(&m), "more than 10,000");
    }
}
