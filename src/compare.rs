//! Cross-article comparison: relates aligned claims (corroborates, consistent,
//! conflicts, disputes, updates) and gives each claim a verdict.
//!
//! Figures are compared as intervals with their qualifiers (`etwa 10.000 bis
//! 12.000` and `mehr als 10.000` overlap: consistent; `rund 3.000` and `mehr
//! als 10.000` do not: conflicting). A differing figure in a *later* article
//! is an update, not a conflict (death tolls rise day by day). Times are
//! intervals too (`im vergangenen Herbst` lies inside `im vergangenen Jahr`).
//!
//! Sources: two outlets repeating the same KCNA statement corroborate that
//! KCNA said it, not that it is true. `independent_sources` therefore counts
//! original sources (the attributed source, else the agencies, else the
//! outlet), not articles.

use crate::align::{self, Pair};
use crate::explain;
use crate::report::{ArticleReport, Claim, Link, Modality, Quantity, Qualifier, Relation, TimeExpr, Verdict};
use std::collections::{BTreeSet, HashMap};

/// How far an approximate figure (`etwa`, `rund`) may be off: 10 %.
const APPROX: f64 = 0.10;

/// Relates aligned claims, sets each claim's verdict, evidence and
/// independent source count, and returns the links.
pub fn compare(articles: &[ArticleReport], claims: &mut [Claim]) -> Vec<Link> {
    let pairs = align::align(articles, claims);
    let published: HashMap<&str, Option<&str>> =
        articles.iter().map(|a| (a.id.as_str(), a.published.as_deref())).collect();
    let mut links = Vec::with_capacity(pairs.len());
    let mut relations: Vec<Vec<(usize, Relation)>> = vec![Vec::new(); claims.len()];
    for Pair { a, b, score, concepts } in pairs {
        let (x, y) = (&claims[a], &claims[b]);
        let Some(relation) = relate(x, y, published[x.article.as_str()], published[y.article.as_str()]) else {
            continue;
        };
        // A denial disputes a claim only when both name the same happening.
        if relation == Relation::Disputes && !concepts.iter().any(|c| crate::stem::is_predicate(c)) {
            continue;
        }
        // An update points from the earlier report to the later one.
        let (from, to) = if relation == Relation::Updates
            && published[x.article.as_str()] > published[y.article.as_str()]
        {
            (b, a)
        } else {
            (a, b)
        };
        relations[a].push((b, relation));
        relations[b].push((a, relation));
        links.push(Link {
            from: claims[from].id.clone(),
            to: claims[to].id.clone(),
            relation,
            score: (score * 1000.0).round() / 1000.0,
            explanation: explain::explain(articles, &claims[from], &claims[to], relation),
        });
    }
    for (p, d) in denials_in_place(claims) {
        relations[p].push((d, Relation::Disputes));
        relations[d].push((p, Relation::Disputes));
        links.push(Link {
            from: claims[p].id.clone(),
            to: claims[d].id.clone(),
            relation: Relation::Disputes,
            score: 1.0,
            explanation: explain::explain(articles, &claims[p], &claims[d], Relation::Disputes),
        });
    }
    for (i, rel) in relations.iter().enumerate() {
        let verdict = verdict(&claims[i], rel);
        let mut sources = BTreeSet::new();
        sources.insert(original_source(articles, &claims[i]));
        for &(j, r) in rel {
            if matches!(r, Relation::Corroborates | Relation::Consistent) {
                sources.insert(original_source(articles, &claims[j]));
            }
        }
        let evidence = rel.iter().map(|&(j, _)| claims[j].id.clone()).collect();
        let c = &mut claims[i];
        c.verdict = verdict;
        c.evidence = evidence;
        c.independent_sources = sources.len();
    }
    links
}

/// Denials that answer the claim just before them in the same article
/// (`… habe Gerassimow Putin über die Rückeroberung der Region Kursk
/// informiert. Das ukrainische Militär bestritt die Darstellung des Kremls …`):
/// (claim, denial) index pairs. The denial must share an entity with the claim.
fn denials_in_place(claims: &[Claim]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for d in 1..claims.len() {
        let (prev, denial) = (&claims[d - 1], &claims[d]);
        if denial.modality != Modality::Denied || prev.modality == Modality::Denied || prev.article != denial.article {
            continue;
        }
        let shares = prev.entities.iter().any(|e| denial.entities.iter().any(|f| f.id == e.id));
        if shares {
            out.push((d - 1, d));
        }
    }
    out
}

/// The verdict on a claim from its own modality and its relations.
fn verdict(claim: &Claim, relations: &[(usize, Relation)]) -> Verdict {
    let has = |r: Relation| relations.iter().any(|&(_, x)| x == r);
    if claim.modality == Modality::Denied || has(Relation::Disputes) {
        Verdict::Disputed
    } else if has(Relation::Conflicts) {
        Verdict::Discrepancy
    } else if has(Relation::Corroborates) {
        Verdict::Corroborated
    } else if has(Relation::Consistent) || has(Relation::Updates) {
        Verdict::Consistent
    } else {
        Verdict::SingleSource
    }
}

/// How two aligned claims relate, or `None` when a closer look shows they are
/// about different events (disjoint times).
pub fn relate(x: &Claim, y: &Claim, published_x: Option<&str>, published_y: Option<&str>) -> Option<Relation> {
    let denied = |c: &Claim| c.modality == Modality::Denied;
    if denied(x) != denied(y) {
        return Some(Relation::Disputes);
    }
    // `weder bestätigt noch dementiert` does not corroborate `bestätigt`.
    if negated(&x.text) != negated(&y.text) {
        return None;
    }
    let mut more_specific = false;
    match compare_times(&x.times, &y.times) {
        Overlap::Disjoint => return None,
        Overlap::Nested => more_specific = true,
        Overlap::Equal | Overlap::Unknown => {}
    }
    match compare_quantities(&x.quantities, &y.quantities) {
        Overlap::Disjoint => {
            return Some(match (published_x, published_y) {
                (Some(px), Some(py)) if px != py => Relation::Updates,
                _ => Relation::Conflicts,
            })
        }
        Overlap::Nested => more_specific = true,
        Overlap::Equal | Overlap::Unknown => {}
    }
    Some(if more_specific { Relation::Consistent } else { Relation::Corroborates })
}

/// Whether a sentence is negated (`nicht`, `kein`, `weder … noch`, `not`).
pub fn negated(sentence: &str) -> bool {
    crate::doc::token::tokenize(sentence, 0).iter().any(|t| {
        let w = t.text.to_lowercase();
        matches!(
            w.as_str(),
            "nicht" | "kein" | "keine" | "keinen" | "keiner" | "keinem" | "weder" | "niemals" | "nie" | "not"
                | "never" | "neither" | "no" | "n't"
        )
    })
}

/// How two sets of figures or times relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlap {
    /// Nothing comparable.
    Unknown,
    Equal,
    /// Overlapping but not equal (compatible, one more specific).
    Nested,
    Disjoint,
}

/// The interval a figure stands for, widened for approximations.
pub fn interval(q: &Quantity) -> Option<(f64, f64)> {
    let (lo, hi) = (q.value_min, q.value_max);
    let widen = |v: f64, f: f64| v * f;
    Some(match q.qualifier {
        Qualifier::Exact => (lo.or(hi)?, hi.or(lo)?),
        Qualifier::Approx => (widen(lo.or(hi)?, 1.0 - APPROX), widen(hi.or(lo)?, 1.0 + APPROX)),
        Qualifier::MoreThan | Qualifier::AtLeast => (lo?, f64::INFINITY),
        Qualifier::AtMost | Qualifier::LessThan => (0.0, hi?),
        Qualifier::Range | Qualifier::Vague => (lo.unwrap_or(0.0), hi.unwrap_or(f64::INFINITY)),
    })
}

/// Compares the figures of two claims, unit by unit.
pub fn compare_quantities(xs: &[Quantity], ys: &[Quantity]) -> Overlap {
    let mut result = Overlap::Unknown;
    for x in xs {
        let Some(unit) = &x.unit else { continue };
        let Some(y) = ys.iter().find(|y| y.unit.as_ref() == Some(unit)) else { continue };
        let (Some((a0, a1)), Some((b0, b1))) = (interval(x), interval(y)) else { continue };
        let this = if a1 < b0 || b1 < a0 {
            Overlap::Disjoint
        } else if (a0, a1) == (b0, b1) && x.qualifier == y.qualifier {
            Overlap::Equal
        } else {
            Overlap::Nested
        };
        result = worst(result, this);
    }
    result
}

/// Compares the resolved times of two claims.
pub fn compare_times(xs: &[TimeExpr], ys: &[TimeExpr]) -> Overlap {
    let span = |t: &TimeExpr| match (&t.from, &t.to) {
        (Some(f), Some(to)) => Some((f.clone(), to.clone())),
        (Some(f), None) => Some((f.clone(), "9999-12-31".to_string())),
        _ => None,
    };
    let xs: Vec<_> = xs.iter().filter_map(span).collect();
    let ys: Vec<_> = ys.iter().filter_map(span).collect();
    if xs.is_empty() || ys.is_empty() {
        return Overlap::Unknown;
    }
    // Claims often name several times; they are about the same event when
    // some pair of them overlaps.
    let mut best = Overlap::Disjoint;
    for (a0, a1) in &xs {
        for (b0, b1) in &ys {
            let o = if a1 < b0 || b1 < a0 {
                Overlap::Disjoint
            } else if (a0, a1) == (b0, b1) {
                Overlap::Equal
            } else {
                Overlap::Nested
            };
            best = match (best, o) {
                (_, Overlap::Equal) | (Overlap::Equal, _) => Overlap::Equal,
                (_, Overlap::Nested) | (Overlap::Nested, _) => Overlap::Nested,
                _ => Overlap::Disjoint,
            };
        }
    }
    best
}

fn worst(a: Overlap, b: Overlap) -> Overlap {
    use Overlap::*;
    match (a, b) {
        (Disjoint, _) | (_, Disjoint) => Disjoint,
        (Nested, _) | (_, Nested) => Nested,
        (Equal, _) | (_, Equal) => Equal,
        _ => Unknown,
    }
}

/// Who a claim ultimately comes from: the attributed source, else the
/// article's agencies, else the outlet (article) itself.
pub fn original_source(articles: &[ArticleReport], claim: &Claim) -> String {
    if let Some(a) = &claim.attribution {
        if !a.entities.is_empty() {
            let mut ids = a.entities.clone();
            ids.sort();
            return ids.join("+");
        }
        return crate::doc::normalize::fold(&a.source);
    }
    match articles.iter().find(|a| a.id == claim.article) {
        Some(a) if !a.agencies.is_empty() => {
            let mut ag = a.agencies.clone();
            ag.sort();
            format!("agency:{}", ag.join("+"))
        }
        _ => format!("outlet:{}", claim.article),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(min: Option<f64>, max: Option<f64>, qualifier: Qualifier, unit: &str) -> Quantity {
        Quantity { value_min: min, value_max: max, qualifier, unit: Some(unit.into()), ..Quantity::default() }
    }

    #[test]
    fn troop_estimates_are_compatible() {
        let a = q(Some(10000.0), Some(12000.0), Qualifier::Approx, "soldiers");
        let b = q(Some(10000.0), None, Qualifier::MoreThan, "soldiers");
        assert_eq!(compare_quantities(&[a], &[b]), Overlap::Nested);
    }

    #[test]
    fn around_three_thousand_conflicts_with_more_than_ten_thousand() {
        let a = q(Some(3000.0), Some(3000.0), Qualifier::Approx, "soldiers");
        let b = q(Some(10000.0), None, Qualifier::MoreThan, "soldiers");
        assert_eq!(compare_quantities(&[a], &[b]), Overlap::Disjoint);
    }

    #[test]
    fn different_units_are_not_compared() {
        let a = q(Some(3000.0), Some(3000.0), Qualifier::Exact, "soldiers");
        let b = q(Some(10.0), Some(10.0), Qualifier::Exact, "km2");
        assert_eq!(compare_quantities(&[a], &[b]), Overlap::Unknown);
    }

    #[test]
    fn autumn_lies_inside_the_year() {
        let t = |f: &str, to: &str| TimeExpr { from: Some(f.into()), to: Some(to.into()), ..TimeExpr::default() };
        assert_eq!(compare_times(&[t("2024-09-01", "2024-11-30")], &[t("2024-01-01", "2024-12-31")]), Overlap::Nested);
        assert_eq!(compare_times(&[t("2025-04-28", "2025-04-28")], &[t("2025-04-26", "2025-04-26")]), Overlap::Disjoint);
    }

    #[test]
    fn a_later_higher_toll_updates() {
        let claim = |n: f64| Claim {
            quantities: vec![q(Some(n), None, Qualifier::AtLeast, "dead")],
            ..Claim::default()
        };
        let (early, late) = (claim(1.0), claim(4.0));
        // At least 1 and at least 4 overlap: consistent, not a conflict.
        assert_eq!(relate(&early, &late, Some("2024-06-02"), Some("2024-06-03")), Some(Relation::Consistent));
        let exact = |n: f64| Claim { quantities: vec![q(Some(n), Some(n), Qualifier::Exact, "dead")], ..Claim::default() };
        assert_eq!(relate(&exact(1.0), &exact(4.0), Some("2024-06-02"), Some("2024-06-03")), Some(Relation::Updates));
        assert_eq!(relate(&exact(1.0), &exact(4.0), Some("2024-06-02"), Some("2024-06-02")), Some(Relation::Conflicts));
    }

    #[test]
    fn a_denial_disputes_the_claim() {
        let claim = Claim::default();
        let denial = Claim { modality: Modality::Denied, ..Claim::default() };
        assert_eq!(relate(&claim, &denial, None, None), Some(Relation::Disputes));
    }
}
