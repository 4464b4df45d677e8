//! The whole pipeline on the two seed articles (published Monday 2025-04-28):
//! what a reader would want found, with figures, dates, sources and modality.

mod common;

use common::{claim, seeds_report};
use faktenlage::doc::offsets::utf16_slice;
use faktenlage::report::{EntityKind, Modality, Qualifier, SourceKind};

fn time_of<'c>(c: &'c faktenlage::report::Claim, needle: &str) -> &'c faktenlage::report::TimeExpr {
    c.times.iter().find(|t| t.text.contains(needle)).unwrap_or_else(|| panic!("no time {needle:?} in {:#?}", c.times))
}

#[test]
fn intelligence_estimate_of_ten_to_twelve_thousand() {
    let r = seeds_report();
    let c = claim(&r, "zdf", "etwa 10.000 bis 12.000 Soldaten");
    let q = &c.quantities[0];
    assert_eq!((q.value_min, q.value_max, q.qualifier), (Some(10000.0), Some(12000.0), Qualifier::Approx));
    assert_eq!(q.unit.as_deref(), Some("soldiers"));
    let a = c.attribution.as_ref().expect("attributed");
    assert_eq!(a.kind, SourceKind::Intelligence);
    for state in ["usa", "south_korea", "ukraine"] {
        assert!(a.entities.iter().any(|e| e == state), "{state} missing in {:?}", a.entities);
    }
    let t = time_of(c, "Herbst");
    assert_eq!((t.from.as_deref(), t.to.as_deref()), (Some("2024-09-01"), Some("2024-11-30")));
}

#[test]
fn more_than_ten_thousand_last_year() {
    let r = seeds_report();
    let c = claim(&r, "bz", "mehr als 10.000 Soldaten");
    let q = c.quantities.iter().find(|q| q.text.contains("10.000")).unwrap();
    assert_eq!((q.value_min, q.value_max, q.qualifier), (Some(10000.0), None, Qualifier::MoreThan));
    let t = time_of(c, "Jahr");
    assert_eq!((t.from.as_deref(), t.to.as_deref()), (Some("2024-01-01"), Some("2024-12-31")));
}

#[test]
fn more_than_a_thousand_square_kilometres_in_summer_2024() {
    let r = seeds_report();
    let c = claim(&r, "bz", "mehr als tausend Quadratkilometer");
    let q = &c.quantities[0];
    assert_eq!((q.value_min, q.qualifier, q.unit.as_deref()), (Some(1000.0), Qualifier::MoreThan, Some("km2")));
    let t = time_of(c, "Sommer 2024");
    assert_eq!((t.from.as_deref(), t.to.as_deref()), (Some("2024-06-01"), Some("2024-08-31")));
}

#[test]
fn weekdays_resolve_against_publication() {
    let r = seeds_report();
    let monday = claim(&r, "zdf", "KCNA meldete am Montag");
    assert_eq!(time_of(monday, "Montag").from.as_deref(), Some("2025-04-28"));
    let saturday = claim(&r, "zdf", "Russland hatte am Samstag");
    assert_eq!(time_of(saturday, "Samstag").from.as_deref(), Some("2025-04-26"));
    let june = claim(&r, "zdf", "im Juni 2024");
    let t = time_of(june, "Juni 2024");
    assert_eq!((t.from.as_deref(), t.to.as_deref()), (Some("2024-06-01"), Some("2024-06-30")));
}

#[test]
fn modality_of_news_language() {
    let r = seeds_report();
    assert_eq!(claim(&r, "zdf", "Sie sollen bei der Rückeroberung").modality, Modality::Hearsay);
    let reported = claim(&r, "zdf", "Die Einsätze seien");
    assert_eq!(reported.modality, Modality::Reported);
    let a = reported.attribution.as_ref().unwrap();
    assert!(a.source.contains("KCNA") && a.inherited && a.kind == SourceKind::StateMedia, "{a:?}");
    assert_eq!(claim(&r, "zdf", "bestritt die Darstellung").modality, Modality::Denied);
    let quote = claim(&r, "bz", "Wir würdigen den Heldenmut");
    assert_eq!(quote.modality, Modality::Quoted);
    assert!(quote.attribution.as_ref().unwrap().source.contains("Kreml"));
}

#[test]
fn sources_of_news_language() {
    let r = seeds_report();
    let observers = claim(&r, "zdf", "Beobachtern zufolge");
    assert_eq!(observers.attribution.as_ref().unwrap().kind, SourceKind::Observer);
    let staff = claim(&r, "zdf", "erklärte der Generalstab");
    assert_eq!(staff.attribution.as_ref().unwrap().kind, SourceKind::Military);
}

#[test]
fn name_variants_are_one_person() {
    let r = seeds_report();
    let id = |article: &str, needle: &str, name: &str| {
        let c = claim(&r, article, needle);
        c.entities
            .iter()
            .find(|e| e.text.contains(name))
            .unwrap_or_else(|| panic!("{name} in {:?}", c.entities))
            .clone()
    };
    let kim_zdf = id("zdf", "gegenseitigen Verteidigungsabkommens", "Kim Jong Un");
    let kim_bz = id("bz", "im Rahmen eines Abkommens", "Kim Jong-un");
    assert_eq!(kim_zdf.id, kim_bz.id);
    let gerassimow = id("zdf", "Generalstabschef Waleri Gerassimow", "Gerassimow");
    assert_eq!(gerassimow.kind, EntityKind::Person);
}

#[test]
fn captions_and_teasers_are_not_claims() {
    let r = seeds_report();
    for noise in ["Touristen", "Pool Sputnik", "1:27 min", "Quelle: AFP", "Liveblog", "Hand in Hand", "OSZAR"] {
        assert!(!r.claims.iter().any(|c| c.text.contains(noise)), "{noise} became a claim");
    }
}

#[test]
fn rhetoric_scores_below_figures() {
    let r = seeds_report();
    let rhetoric = claim(&r, "bz", "Sieg der Gerechtigkeit");
    let figures = claim(&r, "zdf", "etwa 10.000 bis 12.000 Soldaten");
    assert!(rhetoric.checkworthiness.score < 0.5, "{:?}", rhetoric.checkworthiness);
    assert!(figures.checkworthiness.score > rhetoric.checkworthiness.score + 0.3);
    assert!(rhetoric.checkworthiness.reasons.iter().any(|r| r == "rhetoric"));
}

#[test]
fn every_span_is_exact_in_utf16() {
    let r = seeds_report();
    for c in &r.claims {
        let text = &r.articles.iter().find(|a| a.id == c.article).unwrap().text;
        assert_eq!(utf16_slice(text, c.start, c.end).as_deref(), Some(c.text.as_str()));
        for (s, e, t) in c
            .quantities
            .iter()
            .map(|q| (q.start, q.end, &q.text))
            .chain(c.times.iter().map(|t| (t.start, t.end, &t.text)))
            .chain(c.entities.iter().map(|x| (x.start, x.end, &x.text)))
        {
            assert_eq!(utf16_slice(text, s, e).as_deref(), Some(t.as_str()));
        }
    }
}
