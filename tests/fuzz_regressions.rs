//! Replays the fuzz regressions in `tests/data/fuzz-regressions/` with the
//! invariant checks of the fuzz targets (`fuzz/src/lib.rs`), so a crash once
//! found stays fixed without nightly or cargo-fuzz.

#[path = "../fuzz/src/lib.rs"]
mod checks;

use std::path::PathBuf;

/// Runs `check` on every kept input of `target` (sorted by name).
fn replay(target: &str, check: fn(&[u8])) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz-regressions").join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no inputs for the {target} target");
    for f in files {
        println!("{}", f.display());
        check(&std::fs::read(&f).unwrap());
    }
}

#[test]
fn analyze_regressions() {
    replay("analyze", checks::check_analyze);
}

#[test]
fn document_regressions() {
    replay("document", checks::check_document);
}

/// The input shapes the fuzzer reaches, so that a change to the decoding in
/// `fuzz/src/lib.rs` cannot quietly make a shape unreachable.
#[test]
fn every_input_shape_decodes() {
    let text = "Kim sagte am Montag, 10.000 Soldaten seien in Kursk.";
    assert_eq!(checks::articles(&[&[0u8][..], text.as_bytes()].concat()).len(), 1);
    let several = [&[1u8][..], text.as_bytes(), &[0xFF], text.as_bytes(), &[0xFE, 5, 0, 4]].concat();
    let arts = checks::articles(&several);
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[1].hints.as_ref().map(Vec::len), Some(1));
    assert!(checks::articles(&[&[2u8][..], b"<p>Hallo</p>"].concat())[0].html.is_some());
    let json = br#"[{"text": "Kim sagte das."}, {"text": "Putin auch."}]"#;
    assert_eq!(checks::articles(&[&[3u8][..], json].concat()).len(), 2);
    assert!(checks::articles(&[]).is_empty());
}

/// The checks can fail: a claim whose text differs from its span is caught.
#[test]
#[should_panic(expected = "is not the text at its span")]
fn a_wrong_claim_text_is_caught() {
    let input = [faktenlage::ArticleInput::text("Nordkorea hat am Montag 10.000 Soldaten nach Kursk geschickt.")];
    let mut report = faktenlage::analyze(&input, &faktenlage::Options::default()).unwrap();
    assert!(!report.claims.is_empty());
    report.claims[0].text.push('!');
    checks::check_report(&report);
}
