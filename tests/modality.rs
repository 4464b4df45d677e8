//! Modality of news sentences, from `tests/data/modality.toml`.

mod spec;
mod speech_support;
use speech_support::*;

#[test]
fn modality_cases() {
    let cases = load_cases("modality.toml");
    spec::check(
        "modality.toml",
        &cases,
        10,
        |c| c.label.clone(),
        |c| {
            let got = snake(&c.row.modality);
            let ok = match (c.expect.get("modality"), c.expect.get("modality_any")) {
                (Some(m), _) => m.as_str() == Some(got.as_str()),
                (None, Some(any)) => any.as_array().unwrap().iter().any(|m| m.as_str() == Some(got.as_str())),
                _ => panic!("{}: no expected modality", c.label),
            };
            if !ok {
                return Err(format!(
                    "expected {:?}, got {got}",
                    c.expect.get("modality").or(c.expect.get("modality_any")).unwrap()
                ));
            }
            Ok(())
        },
    );
}

/// Prints every seed and corpus sentence with what was found
/// (`cargo test --test modality -- --ignored --nocapture`).
#[test]
#[ignore]
fn dump_all() {
    for s in ["000", "001"] {
        dump(&analyze(&seed(s), faktenlage::doc::language::Lang::De));
    }
    let Some(dir) = corpus_dir() else { return };
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|f| f.ends_with(".txt"))
        .collect();
    files.sort();
    for f in files {
        println!("======== {f}");
        let (t, l) = corpus_article(&dir, &f);
        dump(&analyze(&t, l));
    }
}
