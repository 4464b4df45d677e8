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
use crate::join::{cat, decimal, fill, join};
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
    ("visit", "Besuch", "visit"),
    ("missing", "Vermisste", "missing people"),
    ("alarm", "Katastrophenalarm", "disaster alert"),
    ("rain", "Regen", "rain"),
    ("derail", "Entgleisung", "derailment"),
    ("dam_break", "Dammbruch", "dam breach"),
    ("shoot", "Schüsse", "shooting"),
    ("resign", "Rückzug", "resignation"),
    ("rule_out", "Absage", "ruling out"),
    ("form_government", "Regierungsbildung", "forming a government"),
    ("win", "Wahlsieg", "election win"),
];

const ACTS: &[(&str, &str, &str)] = &[
    ("confirm", "Bestätigung", "confirmation"),
    ("thank", "Dank", "thanks"),
    ("praise", "Lob", "praise"),
    ("accuse", "Vorwurf", "accusation"),
    ("demand", "Forderung", "demand"),
    ("warn", "Warnung", "warning"),
    ("forecast", "Vorhersage", "forecast"),
    ("invite", "Einladung", "invitation"),
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
    // A denial that points back (`wies das zurück`) names nothing itself:
    // what is disputed is what the claim it answers states.
    let (what_de, what_en) = match (relation, sf.events.is_empty(), st.events.is_empty()) {
        (Relation::Disputes, true, false) => what(st, st),
        (Relation::Disputes, false, true) => what(sf, sf),
        _ => what(sf, st),
    };
    let (de, en) = match relation {
        Relation::Corroborates | Relation::Consistent => {
            let (matched_de, matched_en) = match &figures {
                Some((a, b)) if relation == Relation::Corroborates => (
                    fill("Gleiche Zahl ({0})", &[&figure_de(&a.quantity)]),
                    fill("Same figure ({0})", &[&figure_en(&a.quantity)]),
                ),
                Some((a, b)) => (
                    fill(
                        "Vereinbare Zahlen: {0} ({1}) und {2} ({3})",
                        &[&figure_de(&a.quantity), la_de, &figure_de(&b.quantity), lb_de],
                    ),
                    fill(
                        "Compatible figures: {0} ({1}) and {2} ({3})",
                        &[&figure_en(&a.quantity), la_en, &figure_en(&b.quantity), lb_en],
                    ),
                ),
                None if relation == Relation::Consistent => (
                    fill("Gleiche Aussage{0}, unterschiedlich genau ({1} / {2})", &[&what_de, la_de, lb_de]),
                    fill("Same statement{0}, with different precision ({1} / {2})", &[&what_en, la_en, lb_en]),
                ),
                None => (
                    fill("Gleiche Aussage{0} in {1} und {2}", &[&what_de, la_de, lb_de]),
                    fill("Same statement{0} in {1} and {2}", &[&what_en, la_en, lb_en]),
                ),
            };
            if same_party {
                (
                    fill("{0}. Gleiche Quelle ({1}), von zwei Medien berichtet: Bestätigt ist, dass sie es sagt, nicht dass es stimmt.", &[&matched_de, &src_a_de]),
                    fill("{0}. Same source ({1}), reported by two outlets: this confirms that it was said, not that it is true.", &[&matched_en, &src_a_en]),
                )
            } else {
                // A source the text names but no party stands for (`die
                // Polizei`) is named, without a claim that it is independent.
                let named = |c: &Claim, s: &Statement| s.party.is_some() || c.attribution.is_some();
                match (named(from, sf), named(to, st)) {
                    (true, true) if sf.party.is_some() && st.party.is_some() => (
                        fill("{0}. Zwei unabhängige Quellen: {1} und {2}.", &[&matched_de, &src_a_de, &src_b_de]),
                        fill("{0}. Two independent sources: {1} and {2}.", &[&matched_en, &src_a_en, &src_b_en]),
                    ),
                    (true, true) => (
                        fill("{0}. Quellen: {1} und {2}.", &[&matched_de, &src_a_de, &src_b_de]),
                        fill("{0}. Sources: {1} and {2}.", &[&matched_en, &src_a_en, &src_b_en]),
                    ),
                    (true, false) | (false, true) => {
                        let (d, e) = if named(from, sf) { (&src_a_de, &src_a_en) } else { (&src_b_de, &src_b_en) };
                        (
                            fill("{0}. Nur eine Quelle ist genannt: {1}.", &[&matched_de, d]),
                            fill("{0}. Only one source is named: {1}.", &[&matched_en, e]),
                        )
                    }
                    (false, false) => (
                        fill("{0}. Keine der beiden nennt eine Quelle.", &[&matched_de]),
                        fill("{0}. Neither names a source.", &[&matched_en]),
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
                fill(
                    "Zahlen weichen ab: {0} ({1}, {2}) gegenüber {3} ({4}, {5}){6}.",
                    &[&figure_de(&a), la_de, &src_a_de, &figure_de(&b), lb_de, &src_b_de, day],
                ),
                fill(
                    "Figures differ: {0} ({1}, {2}) against {3} ({4}, {5}){6}.",
                    &[&figure_en(&a), la_en, &src_a_en, &figure_en(&b), lb_en, &src_b_en, day_en],
                ),
            )
        }
        Relation::Updates => {
            let (a, b) = figures.clone().map(|(a, b)| (a.quantity, b.quantity)).unwrap_or_default();
            (
                fill(
                    "Neuere Zahl: {0} ({1}) statt {2} ({3}) – eine Aktualisierung, kein Widerspruch.",
                    &[&figure_de(&b), lb_de, &figure_de(&a), la_de],
                ),
                fill(
                    "Newer figure: {0} ({1}) instead of {2} ({3}): an update, not a contradiction.",
                    &[&figure_en(&b), lb_en, &figure_en(&a), la_en],
                ),
            )
        }
        Relation::Disputes => {
            let (denier, claimant) = if sf.denied || sf.events.iter().any(|(_, p)| !p) {
                ((&src_a_de, &src_a_en, &la_de, &la_en), (&src_b_de, &src_b_en, &lb_de, &lb_en))
            } else {
                ((&src_b_de, &src_b_en, &lb_de, &lb_en), (&src_a_de, &src_a_en, &la_de, &la_en))
            };
            if from.article == to.article && denier.0 == "ohne Quellenangabe" {
                // `Beide Länder bestreiten das`: no denier the reader can be told.
                (
                    fill("Umstritten{0}: Im selben Artikel bestritten.", &[&what_de]),
                    fill("Disputed{0}: denied in the same article.", &[&what_en]),
                )
            } else if from.article == to.article {
                (
                    fill("Umstritten{0}: Im selben Artikel widerspricht {1}.", &[&what_de, denier.0]),
                    fill("Disputed{0}: in the same article, {1} contradicts it.", &[&what_en, denier.1]),
                )
            } else {
                (
                    fill(
                        "Widerspruch{0}: {1} ({2}) gegenüber {3} ({4}).",
                        &[&what_de, claimant.0, claimant.2, denier.0, denier.2],
                    ),
                    fill(
                        "Contradiction{0}: {1} ({2}) against {3} ({4}).",
                        &[&what_en, claimant.1, claimant.3, denier.1, denier.3],
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
                if p.named.is_empty() || p.named.iter().all(|n| n == name) {
                    name.clone()
                } else {
                    fill("{0} ({1})", &[name, &join(&mut p.named.iter().map(String::as_str), ", ")])
                }
            })
            .collect();
        join(&mut parts.iter().map(String::as_str), ", ")
    };
    match parties.len() {
        1 => Explanation { de: fill("1 Quelle: {0}", &[&list(true)]), en: fill("1 source: {0}", &[&list(false)]) },
        n => {
            let n = decimal(n as u64);
            Explanation {
                de: fill("{0} unabhängige Quellen: {1}", &[&n, &list(true)]),
                en: fill("{0} independent sources: {1}", &[&n, &list(false)]),
            }
        }
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
        (fill(" ({0})", &[&join(&mut de.into_iter(), ", ")]), fill(" ({0})", &[&join(&mut en.into_iter(), ", ")]))
    }
}

/// `Artikel 2 („Ukrainekrieg: Putin lobt …“)` and its English form, for
/// the article at `index`.
pub fn label(articles: &[ArticleReport], index: usize) -> (String, String) {
    let pos = decimal(index as u64 + 1);
    match articles[index].title.as_deref() {
        Some(t) => {
            let short: String =
                if t.chars().count() > 40 { t.chars().take(39).collect::<String>() + "…" } else { t.to_string() };
            (fill("Artikel {0} „{1}“", &[&pos, &short]), fill("article {0} “{1}”", &[&pos, &short]))
        }
        None => (fill("Artikel {0}", &[&pos]), fill("article {0}", &[&pos])),
    }
}

/// The source of a claim for the reader: party and how the text names it
/// (`nordkoreanische Staatsführung (KCNA)`), or that none is named.
fn source(c: &Claim, s: &Statement) -> (String, String) {
    // `er (Markus Söder)`: the card names the person, not the pronoun.
    let named = c.attribution.as_ref().map(|a| match a.source.strip_suffix(')').and_then(|x| x.split_once(" (")) {
        // (Only a personal pronoun: `UN (Genf)` keeps its name.)
        Some((pronoun, name))
            if matches!(pronoun.to_lowercase().as_str(), "er" | "sie" | "he" | "she" | "they" | "ihm" | "ihr") =>
        {
            name.to_string()
        }
        _ => a.source.clone(),
    });
    let names = |p: &crate::compare::party::Party| {
        p.names().unwrap_or_else(|| (p.id.replace('_', " "), p.id.replace('_', " ")))
    };
    match (&s.party, named) {
        (Some(p), Some(n)) => match p.names() {
            // `Bundeswahlleitung`, not `Bundeswahlleitung (Bundeswahlleitung)`.
            Some((de, en)) => {
                let with = |x: &str| if x == n { n.clone() } else { fill("{0} ({1})", &[x, &n]) };
                (with(&de), with(&en))
            }
            None => (n.clone(), n),
        },
        // A person speaking for themselves (`Merz will …`): their name.
        (Some(p), None) => match c.entities.iter().find(|e| {
            e.kind == crate::report::EntityKind::Person
                && crate::compare::party::of_entity(&e.id, e.kind).as_ref() == Some(p)
        }) {
            Some(e) if p.names().is_none() => (e.name.clone(), e.name.clone()),
            _ => names(p),
        },
        (None, Some(n)) => (n.clone(), n),
        (None, None) => ("ohne Quellenangabe".into(), "no source named".into()),
    }
}

/// The first pair of figures of the same measure, if any; a bare number
/// (`auf mindestens vier gestiegen`) takes the unit its measure implies.
fn shared_figures(a: &Statement, b: &Statement) -> Option<(Figure, Figure)> {
    let unit = |f: &Figure| {
        let mut f = f.clone();
        // A bare number, or a noun the explanation has no name for
        // (`emergency workers`), takes the unit its measure implies.
        if f.quantity.unit.as_deref().is_none_or(|u| units::de(u, false).is_empty()) {
            let implied = match f.measure.as_str() {
                "helpers" => Some("helpers"),
                "deaths" => Some("dead"),
                m if m == "injured" || m.starts_with("injured:") => Some("injured"),
                "casualties" => Some("casualties"),
                "evacuated" => Some("evacuated"),
                _ => None,
            };
            if let Some(u) = implied {
                f.quantity.unit = Some(u.into());
            }
        }
        f
    };
    a.figures.iter().find_map(|x| b.figures.iter().find(|y| y.measure == x.measure).map(|y| (unit(x), unit(y))))
}

fn number(v: f64, group: char, mark: char) -> String {
    let neg = v < 0.0;
    let v = v.abs();
    // Rounded to three places as a whole, so 4.9996 is 5, not 4 and a
    // fraction of 1000; a figure too large for that has no places anyway.
    let (int, frac) = if v < 1e15 {
        let thousandths = (v * 1000.0).round() as u64;
        (thousandths / 1000, thousandths % 1000)
    } else {
        (v as u64, 0)
    };
    let digits = decimal(int);
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(d);
    }
    if frac > 0 {
        out.push(mark);
        // Three places, zero-padded, trailing zeros dropped (`.5`, `.05`).
        let places = decimal(frac + 1000);
        out.push_str(places[1..].trim_end_matches('0'));
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
        Some(n) if !n.is_empty() => fill("{0} {1}", &[core, n]),
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
    figure(q, false)
}

/// A figure in English words: `about 10,000–12,000 soldiers`.
pub fn figure_en(q: &Quantity) -> String {
    figure(q, true)
}

/// How a qualifier reads before a figure, German and English.
fn qualifier_words(q: Qualifier) -> (&'static str, &'static str) {
    match q {
        Qualifier::Approx => ("etwa ", "about "),
        Qualifier::MoreThan => ("mehr als ", "more than "),
        Qualifier::AtLeast => ("mindestens ", "at least "),
        Qualifier::AtMost => ("bis zu ", "up to "),
        Qualifier::LessThan => ("weniger als ", "fewer than "),
        Qualifier::Vague => ("ungefähr ", "roughly "),
        Qualifier::Range | Qualifier::Exact => ("", ""),
    }
}

/// One body for both languages: they differ only in the marks, the
/// qualifier words and the unit names.
#[inline(never)]
fn figure(q: &Quantity, english: bool) -> String {
    let (prefix, unit_name): (_, fn(&str, bool) -> &'static str) =
        if english { (qualifier_words(q.qualifier).1, units::en) } else { (qualifier_words(q.qualifier).0, units::de) };
    // A vague figure reads as it was written (`Tausende Soldaten`): the
    // bounds it stands for (2.000–9.999) are the comparison's, and
    // `thousands` may well mean 15,000.
    if let Some((de, en)) = vague_words(q) {
        return match q.unit.as_deref().map(|u| unit_name(u, false)).filter(|n| !n.is_empty()) {
            Some(n) if english => cat(&[en, " of ", n]),
            Some(n) => cat(&[de, " ", n]),
            None => (if english { en } else { de }).to_string(),
        };
    }
    let (lo, hi) = if english { bounds(q, ',', '.') } else { bounds(q, '.', ',') };
    let core = if !lo.is_empty() && !hi.is_empty() && lo != hi {
        fill("{0}–{1}", &[&lo, &hi])
    } else if lo.is_empty() {
        hi
    } else {
        lo
    };
    cat(&[prefix, &with_unit(q, &core, unit_name)])
}

/// The word a vague figure was read from, German and English, by the lower
/// bound the quantity extractor gives it (`Dutzende` 24, `Tausende` 2,000, …).
fn vague_words(q: &Quantity) -> Option<(&'static str, &'static str)> {
    if q.qualifier != Qualifier::Vague {
        return None;
    }
    Some(match q.value_min? as u64 {
        24 => ("Dutzende", "dozens"),
        200 => ("Hunderte", "hundreds"),
        2_000 => ("Tausende", "thousands"),
        20_000 => ("Zehntausende", "tens of thousands"),
        200_000 => ("Hunderttausende", "hundreds of thousands"),
        2_000_000 => ("Millionen", "millions"),
        _ => return None,
    })
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
        let thousands =
            Quantity { value_min: Some(2000.0), value_max: Some(9999.0), qualifier: Qualifier::Vague, ..q.clone() };
        assert_eq!(figure_de(&thousands), "Tausende Soldaten");
        assert_eq!(figure_en(&thousands), "thousands of soldiers");
        let bare = Quantity { unit: None, ..thousands.clone() };
        assert_eq!(figure_de(&bare), "Tausende");
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
        let rounded = |v: f64| figure_de(&Quantity { value_min: Some(v), value_max: Some(v), ..Quantity::default() });
        assert_eq!(rounded(4.9996), "5");
        assert_eq!(rounded(0.05), "0,05");
        assert_eq!(rounded(1_234_567.5), "1.234.567,5");
    }
}
