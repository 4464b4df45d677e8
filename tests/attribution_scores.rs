//! Who says each sentence, and how, scored sentence by sentence.
//!
//! `../shared/corpus/stories/attribution.json` labels every sentence of the
//! five dev stories with its source as the text gives it (or none), whether
//! that source is carried over from an earlier sentence, and its voice;
//! `tests/data/unseen/attribution.json` labels the reports written for the
//! tests the same way (among them four written for attribution: a trial and
//! a hospital strike, German and English). `score_attribution.py` scores this
//! build's CLI against both; the floors in `tests/data/attribution-floors.toml`
//! only go up. Without `../shared` (the scorer and the dev stories) the tests
//! report themselves as ignored.

mod common;

use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Floors {
    dev: Floor,
    unseen: Floor,
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
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/unseen");
    let labels = dir.join("attribution.json");
    let (labels, texts) = (labels.to_string_lossy().into_owned(), dir.to_string_lossy().into_owned());
    floors().unseen.hold(&score(&corpus, &["--labels", &labels, "--texts", &texts]));
}
