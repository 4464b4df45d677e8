//! Who says each sentence, and how, scored sentence by sentence.
//!
//! `../shared/corpus/stories/attribution.json` labels every sentence of the
//! five dev stories with its source as the text gives it (or none), whether
//! that source is carried over from an earlier sentence, and its voice;
//! `tests/data/unseen/attribution.json` labels the reports written for the
//! tests the same way (among them four written for attribution: a trial and
//! a hospital strike, German and English). `score_attribution.py` scores this
//! build's CLI against both; the floors in `tests/data/attribution-floors.toml`
//! only go up. `tests/data/holdout/` holds six more reports, scored once
//! before any rule was tuned on them. The count of independent sources is
//! scored too (`scripts/score_sources.py`). Without `../shared` (the
//! scorers and the dev stories) the tests report themselves as ignored.

mod common;

use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Floors {
    dev: Floor,
    unseen: Floor,
    holdout: Floor,
    /// Of the dev stories' claims with a right agreeing link, the share
    /// whose count of independent sources is right (`scripts/score_sources.py`).
    independent_sources_counted_right: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Floor {
    source_found: f64,
    carried_found: f64,
    most_wrong: u64,
    modality: f64,
}

/// The scorer's figures (its `--json` line).
#[derive(Deserialize)]
struct Scores {
    attributed: u64,
    attributed_found: f64,
    carried: u64,
    carried_found: f64,
    wrong: u64,
    missed: u64,
    modality_accuracy: f64,
}

impl Floor {
    fn hold(&self, s: &Scores) {
        println!(
            "of {} attributed sentences, source found {:.3} (wrong {}, missed {}); carried over {}, found {:.3}; voice {:.3}",
            s.attributed, s.attributed_found, s.wrong, s.missed, s.carried, s.carried_found, s.modality_accuracy
        );
        assert!(
            s.attributed_found >= self.source_found,
            "source found {:.3} < floor {}",
            s.attributed_found,
            self.source_found
        );
        assert!(
            s.carried_found >= self.carried_found,
            "carried found {:.3} < floor {}",
            s.carried_found,
            self.carried_found
        );
        assert!(s.wrong <= self.most_wrong, "{} sentences credited to the wrong party > {}", s.wrong, self.most_wrong);
        assert!(s.modality_accuracy >= self.modality, "voice {:.3} < floor {}", s.modality_accuracy, self.modality);
    }
}

fn floors() -> Floors {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/attribution-floors.toml");
    toml::from_str(&std::fs::read_to_string(path).unwrap()).expect("attribution-floors.toml reads")
}

fn score(corpus: &Path, args: &[&str]) -> Scores {
    common::run_scorer(&corpus.join("score_attribution.py"), args)
}

/// The scores of the reports in `tests/data/<folder>/`, labelled in its
/// `attribution.json`.
fn score_folder(corpus: &Path, folder: &str) -> Scores {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(folder);
    let labels = dir.join("attribution.json").to_string_lossy().into_owned();
    score(corpus, &["--labels", &labels, "--texts", &dir.to_string_lossy()])
}

#[test]
#[cfg_attr(not(has_corpus), ignore = "../shared/corpus is absent")]
fn dev_stories_hold_their_attribution_floors() {
    let Some(corpus) = common::corpus_dir() else { return };
    floors().dev.hold(&score(&corpus, &[]));
}

#[test]
#[cfg_attr(not(has_corpus), ignore = "../shared/corpus is absent")]
fn reports_written_for_the_tests_hold_their_attribution_floors() {
    let Some(corpus) = common::corpus_dir() else { return };
    floors().unseen.hold(&score_folder(&corpus, "unseen"));
}

/// Six reports written after the rules of this session were, and scored
/// once before any were tuned on them (`tests/data/holdout/`): a stadium
/// crush, a drug recall and a recount, German and English.
#[test]
#[cfg_attr(not(has_corpus), ignore = "../shared/corpus is absent")]
fn held_out_reports_hold_their_attribution_floors() {
    let Some(corpus) = common::corpus_dir() else { return };
    floors().holdout.hold(&score_folder(&corpus, "holdout"));
}

/// The count of independent sources on a claim: its own asserting source
/// and those of the claims it is rightly linked to, one party once, a
/// denying party never (issue 36); `scripts/score_sources.py` derives the
/// right count from the fact and attribution labels of the dev stories.
#[test]
#[cfg_attr(not(has_corpus), ignore = "../shared/corpus is absent")]
fn independent_sources_are_counted_right() {
    let Some(corpus) = common::corpus_dir() else { return };
    let last = common::run_project_script("score_sources.py", &corpus);
    let share = last["share"].as_f64().unwrap();
    let floor = floors().independent_sources_counted_right;
    assert!(share >= floor, "independent sources counted right on {share:.3} of claims < floor {floor}");
}
