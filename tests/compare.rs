//! Cross-article comparison on real text: the seeds and the shared corpus.

mod common;

use common::{claim, corpus_dir, corpus_texts, seeds_report};
use faktenlage::report::{Relation, Verdict};
use faktenlage::{analyze, ArticleInput, Options};

fn linked(report: &faktenlage::Report, a: &str, b: &str) -> Option<Relation> {
    report.links.iter().find(|l| (l.from == a && l.to == b) || (l.from == b && l.to == a)).map(|l| l.relation)
}

#[test]
fn troop_estimates_are_consistent() {
    let r = seeds_report();
    let a = claim(&r, "zdf", "etwa 10.000 bis 12.000 Soldaten");
    let b = claim(&r, "bz", "mehr als 10.000 Soldaten");
    assert_eq!(linked(&r, &a.id, &b.id), Some(Relation::Consistent), "{:#?}", r.links);
    assert_eq!(a.verdict, Verdict::Consistent);
    let link = r.links.iter().find(|l| l.from == a.id || l.to == a.id).unwrap();
    assert!(link.explanation.de.contains("10.000–12.000"), "{}", link.explanation.de);
    assert!(link.explanation.de.contains("mehr als 10.000"), "{}", link.explanation.de);
    assert!(link.explanation.en.contains("Compatible figures"), "{}", link.explanation.en);
}

#[test]
fn kcna_report_is_corroborated_by_both_but_rests_on_one_source() {
    let r = seeds_report();
    let a = claim(&r, "zdf", "KCNA meldete am Montag");
    let b = claim(&r, "bz", "KCNA meldete am Montag");
    assert_eq!(linked(&r, &a.id, &b.id), Some(Relation::Corroborates));
    // The same statement in both, but both relay KCNA: not "bestätigt".
    assert_eq!(a.verdict, Verdict::Relayed);
    assert_eq!(b.verdict, Verdict::Relayed);
    // Two outlets repeating KCNA: one original source.
    assert_eq!(a.independent_sources, 1);
    let link = r.links.iter().find(|l| l.from == a.id || l.to == a.id).unwrap();
    // The wording: the same source, reported by two outlets.
    assert!(link.explanation.de.contains("Gleiche Quelle"), "{}", link.explanation.de);
    assert!(link.explanation.de.contains("KCNA"), "{}", link.explanation.de);
    assert!(link.same_source);
}

#[test]
fn hearsay_next_to_the_report_it_relays_rests_on_that_source() {
    let r = seeds_report();
    // `Sie sollen … geholfen haben` names no one; what corroborates it is
    // the other article's KCNA report, so one party stands behind both.
    let c = claim(&r, "zdf", "Sie sollen bei der Rückeroberung");
    assert!(!c.evidence.is_empty());
    assert_eq!(c.verdict, Verdict::Relayed, "parties {:?}", c.parties);
    assert_eq!(c.independent_sources, 1);
}

#[test]
fn the_admission_confirmed_by_both_governments_is_corroborated() {
    let r = seeds_report();
    // North Korea's admission, confirmed also by Russia's side: two parties.
    let c = claim(&r, "zdf", "Nordkorea hat erstmals die Entsendung");
    assert_eq!(c.verdict, Verdict::Corroborated, "parties {:?}", c.parties);
    assert_eq!(c.independent_sources, 2);
}

#[test]
fn treaty_claims_align() {
    let r = seeds_report();
    let a = claim(&r, "zdf", "gegenseitigen Verteidigungsabkommens");
    let b = claim(&r, "bz", "im Rahmen eines Abkommens mit Russland");
    assert!(linked(&r, &a.id, &b.id).is_some(), "treaty claims not linked: {:#?}", r.links);
}

#[test]
fn russian_claim_to_have_retaken_kursk_is_disputed() {
    let r = seeds_report();
    let claim_and_denial = claim(&r, "bz", "vollständig von den ukrainischen Streitkräften zurückerobert");
    assert_eq!(claim_and_denial.verdict, Verdict::Disputed);
    let denial = claim(&r, "zdf", "bestritt die Darstellung des Kremls");
    assert_eq!(denial.verdict, Verdict::Disputed);
    let report = claim(&r, "zdf", "Gerassimow Putin über die Rückeroberung");
    assert_eq!(report.verdict, Verdict::Disputed, "evidence: {:?}", report.evidence);
}

#[test]
fn single_source_claims_stay_single_source() {
    let r = seeds_report();
    for (article, needle) in [
        ("zdf", "Es verpflichtet beide Länder"),
        ("bz", "mehr als tausend Quadratkilometer"),
        ("bz", "Alexander Garmaew"),
    ] {
        let c = claim(&r, article, needle);
        assert_eq!(c.verdict, Verdict::SingleSource, "{needle}: evidence {:?}", c.evidence);
        assert_eq!(c.independent_sources, 1);
    }
}

#[test]
fn at_least_six_claims_are_corroborated_or_consistent() {
    let r = seeds_report();
    let n = r.claims.iter().filter(|c| matches!(c.verdict, Verdict::Corroborated | Verdict::Consistent)).count();
    assert!(n >= 6, "only {n} corroborated or consistent claims");
}

#[test]
fn every_link_joins_two_articles_or_a_claim_and_its_denial() {
    let r = seeds_report();
    assert!(!r.links.is_empty());
    for l in &r.links {
        let art = |id: &str| r.claims.iter().find(|c| c.id == id).unwrap().article.clone();
        if art(&l.from) == art(&l.to) {
            assert_eq!(l.relation, Relation::Disputes, "{l:?}");
        }
        assert!(!l.explanation.de.is_empty() && !l.explanation.en.is_empty());
        assert!((0.0..=1.0).contains(&l.score));
    }
}

/// The corpus: which story each file belongs to (by its file name's subject).
fn story_of(name: &str) -> &'static str {
    match &name[..2] {
        "19" => "election",
        "20" | "22" => "flood",
        _ => "korea",
    }
}

fn corpus_report() -> Option<(faktenlage::Report, Vec<String>)> {
    let dir = corpus_dir()?;
    let texts = corpus_texts(&dir);
    let inputs: Vec<ArticleInput> = texts
        .iter()
        .map(|t| ArticleInput {
            id: Some(t.name.clone()),
            text: Some(t.text.clone()),
            published: t.published.clone(),
            lang: Some(t.lang.clone()),
            ..ArticleInput::default()
        })
        .collect();
    let names = texts.iter().map(|t| t.name.clone()).collect();
    Some((analyze(&inputs, &Options::default()).unwrap(), names))
}

fn article_of<'r>(r: &'r faktenlage::Report, claim_id: &str) -> &'r str {
    &r.claims.iter().find(|c| c.id == claim_id).unwrap().article
}

#[test]
#[cfg_attr(not(has_corpus), ignore = "../shared/corpus is absent")]
fn corpus_nothing_links_across_stories() {
    let Some((r, _)) = corpus_report() else { return };
    for l in &r.links {
        let (a, b) = (article_of(&r, &l.from), article_of(&r, &l.to));
        assert_eq!(story_of(a), story_of(b), "{a} and {b} linked: {:?}", l.explanation.en);
    }
}

/// Many reports of one story in one run: what they all name (`Nordkorea`,
/// `Russland`, `Kursk`) weighs least in the article profiles, and a report
/// with many words of its own must still be found on the story.
#[test]
#[cfg_attr(not(has_corpus), ignore = "../shared/corpus is absent")]
fn corpus_every_report_of_a_story_run_together_is_on_it() {
    let Some(dir) = corpus_dir() else { return };
    let story = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/stories");
    let mut inputs: Vec<ArticleInput> = ["nk_de", "nk_en"]
        .iter()
        .map(|name| {
            let text = std::fs::read_to_string(story.join(format!("{name}.txt"))).unwrap();
            ArticleInput::text(text).id(name).published("2025-04-28")
        })
        .collect();
    for t in corpus_texts(&dir).into_iter().filter(|t| ["01", "03", "05"].contains(&&t.name[..2])) {
        inputs.push(ArticleInput {
            id: Some(t.name.clone()),
            text: Some(t.text.clone()),
            published: t.published.clone(),
            lang: Some(t.lang.clone()),
            ..ArticleInput::default()
        });
    }
    assert_eq!(inputs.len(), 5, "the corpus lacks one of the story's files");
    let r = analyze(&inputs, &Options::default()).unwrap();
    for a in &r.articles {
        let linked = r.links.iter().any(|l| {
            let (x, y) = (article_of(&r, &l.from), article_of(&r, &l.to));
            x != y && (x == a.id || y == a.id)
        });
        assert!(linked, "{} links to no other report of its story", a.id);
    }
}

#[test]
#[cfg_attr(not(has_corpus), ignore = "../shared/corpus is absent")]
fn corpus_german_and_english_reports_align() {
    let Some((r, _)) = corpus_report() else { return };
    let english = r.links.iter().filter(|l| {
        let (a, b) = (article_of(&r, &l.from), article_of(&r, &l.to));
        (a.starts_with("14") && !b.starts_with("14")) || (b.starts_with("14") && !a.starts_with("14"))
    });
    assert!(english.count() >= 2, "the English report does not align with the German ones");
}

#[test]
#[cfg_attr(not(has_corpus), ignore = "../shared/corpus is absent")]
fn corpus_flood_reports_update_without_conflict() {
    let Some((r, _)) = corpus_report() else { return };
    let flood: Vec<_> = r.links.iter().filter(|l| story_of(article_of(&r, &l.from)) == "flood").collect();
    assert!(!flood.is_empty(), "the two flood reports do not align");
    for l in &flood {
        assert_ne!(l.relation, Relation::Conflicts, "{}", l.explanation.en);
    }
}

/// Independent sources on the seed pair, by origin party: an agency, its
/// state and its leader are one party; a relaying outlet is none.
#[test]
fn independent_sources_count_origin_parties() {
    let r = seeds_report();
    fn parties(c: &faktenlage::report::Claim) -> Vec<&str> {
        c.parties.iter().map(|p| p.id.as_str()).collect()
    }
    // KCNA repeated by two outlets: North Korea's state, once.
    let kcna = claim(&r, "bz", "KCNA meldete am Montag");
    assert!(parties(kcna).contains(&"north_korea"), "{:?}", kcna.parties);
    assert_eq!(parties(kcna).iter().filter(|p| **p == "north_korea").count(), 1);
    // The Ukrainian denial: Ukraine's state, whoever of it speaks.
    let denial = claim(&r, "zdf", "bestritt die Darstellung des Kremls");
    assert_eq!(parties(denial), ["ukraine"], "{}", denial.sources_note.de);
    assert_eq!(denial.independent_sources, 1);
    // Two intelligence estimates through two outlets: one party.
    let estimate = claim(&r, "zdf", "etwa 10.000 bis 12.000 Soldaten");
    assert_eq!(parties(estimate), ["western_intelligence"], "{}", estimate.sources_note.de);
    assert_eq!(estimate.independent_sources, 1);
    // North Korea's confirmation and Russia's: two parties, named for the card.
    let confirmed = claim(&r, "zdf", "Nordkorea hat erstmals die Entsendung");
    assert_eq!(confirmed.independent_sources, confirmed.parties.len());
    assert!(
        confirmed.sources_note.de.starts_with(&format!("{} ", confirmed.independent_sources)),
        "{}",
        confirmed.sources_note.de
    );
    // No source named anywhere: one (unknown) origin, no party invented.
    let photo = claim(&r, "bz", "Alexander Garmaew");
    assert_eq!((photo.independent_sources, photo.parties.len()), (1, 0));
    for c in &r.claims {
        assert!(c.independent_sources >= 1 && c.independent_sources >= c.parties.len(), "{}: {:?}", c.text, c.parties);
    }
}

/// A source the text names (`teilte die Polizei mit`) but no party stands
/// for is named in the explanation, and not called independent.
#[test]
fn a_named_source_without_a_party_is_named_not_called_independent() {
    let inputs = [
        ArticleInput::text("Bei dem Brand in der Altstadt sind am Sonntag drei Menschen verletzt worden.")
            .id("a")
            .published("2025-09-14"),
        ArticleInput::text(
            "Bei dem Brand in der Altstadt wurden am Sonntag drei Menschen verletzt, teilte die Feuerwehr mit.",
        )
        .id("b")
        .published("2025-09-14"),
        ArticleInput::text(
            "Bei dem Brand in der Altstadt wurden am Sonntag drei Menschen verletzt, sagte ein Polizeisprecher.",
        )
        .id("c")
        .published("2025-09-14"),
    ];
    let r = analyze(&inputs, &Options::default()).unwrap();
    let ab = r.links.iter().find(|l| l.from == "a-c1" && l.to == "b-c1").expect("a and b linked");
    assert!(ab.explanation.de.contains("Nur eine Quelle ist genannt: Feuerwehr"), "{}", ab.explanation.de);
    let bc = r.links.iter().find(|l| l.from == "b-c1" && l.to == "c-c1").expect("b and c linked");
    assert!(bc.explanation.de.contains("Quellen: Feuerwehr und Polizeisprecher"), "{}", bc.explanation.de);
    assert!(!bc.explanation.de.contains("unabhängige"), "{}", bc.explanation.de);
}
