//! The language data generated from open resources is what its generator
//! writes now: `src/lexicon/speech_forms.rs` from the lemma list
//! `src/lexicon/data/speech-lemmas.txt` and simplemma's lemma tables.
//! Ignored where `scripts/setup.sh` has not installed simplemma.

use std::process::Command;

#[test]
#[cfg_attr(not(has_simplemma), ignore = "simplemma is not installed (scripts/setup.sh)")]
fn speech_forms_are_fresh() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/gen-speech-forms.py");
    let out = Command::new("python3").arg(script).arg("--check").output().expect("python3 runs");
    assert!(out.status.success(), "{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
}
