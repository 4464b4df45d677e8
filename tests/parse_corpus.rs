//! The dev corpus (real news excerpts, read at run time from
//! `../shared/corpus` or `$FAKTENLAGE_CORPUS`; skipped when absent): every
//! claim sentence listed in its README is found as, or within, exactly one
//! sentence of a prose block, so the boundaries around it are right and it
//! was not taken for page noise. Datelines and agencies of the agency texts.

use std::path::PathBuf;

use faktenlage::doc::offsets::utf16_slice;
use faktenlage::report::{ArticleReport, BlockKind};
use faktenlage::{analyze, ArticleInput, Options};

fn corpus_dir() -> Option<PathBuf> {
    let near = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
    let candidates = [Some(near), std::env::var_os("FAKTENLAGE_CORPUS").map(PathBuf::from)];
    let found = candidates.into_iter().flatten().find(|d| d.join("README.md").is_file());
    if found.is_none() {
        println!("corpus not found (../shared/corpus or $FAKTENLAGE_CORPUS): skipping");
    }
    found
}

/// `## file` headings of the README and the `  > ` claim lines under each.
fn claims(readme: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for line in readme.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            let file = h.split_whitespace().next().unwrap_or("").to_string();
            out.push((file, Vec::new()));
        } else if let (Some(c), Some(last)) = (line.strip_prefix("  > "), out.last_mut()) {
            last.1.push(c.trim().to_string());
        }
    }
    out
}

/// Analyses one corpus file: the text starts after the first blank line;
/// the language is left to detection and checked against the header.
fn analyse(dir: &std::path::Path, file: &str) -> ArticleReport {
    let raw = std::fs::read_to_string(dir.join(file)).unwrap();
    let (header, text) = raw.split_once("\n\n").unwrap();
    let lines: Vec<&str> = header.lines().collect();
    let date = lines[2].trim_start_matches('~').get(..10).unwrap();
    let r = analyze(&[ArticleInput::text(text).published(date)], &Options::default()).unwrap();
    let a = r.articles.into_iter().next().unwrap();
    assert_eq!(a.language, lines[1].trim(), "{file}: language");
    a
}

fn prose_sentences(a: &ArticleReport) -> Vec<String> {
    a.sentences
        .iter()
        .filter(|s| a.blocks[s.block].kind.is_prose())
        .map(|s| utf16_slice(&a.text, s.start, s.end).unwrap())
        .collect()
}

#[test]
#[cfg_attr(not(has_corpus), ignore = "../shared/corpus is absent")]
fn claim_sentences_are_prose_sentences() {
    let Some(dir) = corpus_dir() else { return };
    let readme = std::fs::read_to_string(dir.join("README.md")).unwrap();
    let all = claims(&readme);
    assert!(all.len() >= 8, "README lists the corpus files");
    let mut failures = Vec::new();
    let mut checked = 0;
    for (file, claims) in &all {
        let a = analyse(&dir, file);
        let sentences = prose_sentences(&a);
        for c in claims {
            checked += 1;
            let n = sentences.iter().filter(|s| s.contains(c.as_str())).count();
            if n != 1 {
                let near: Vec<&String> =
                    sentences.iter().filter(|s| c.starts_with(&s.chars().take(20).collect::<String>())).collect();
                failures.push(format!("{file}: in {n} sentences: {c:?}\n  near: {near:?}"));
            }
        }
    }
    assert!(checked >= 30);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
#[cfg_attr(not(has_corpus), ignore = "../shared/corpus is absent")]
fn datelines_and_agencies() {
    let Some(dir) = corpus_dir() else { return };
    let a = analyse(&dir, "01_dpa_wnoz_nk_bestaetigt.txt");
    assert_eq!((a.dateline, a.agencies), (vec!["Pjöngjang".to_string(), "Seoul".into()], vec!["dpa".to_string()]));
    let a = analyse(&dir, "12_dpa_afx_vertrag_juni_2024.txt");
    assert_eq!((a.dateline, a.agencies), (vec!["Pjöngjang".to_string()], vec!["dpa-AFX".to_string()]));
    let a = analyse(&dir, "20_dpa_afx_hochwasser_2024-06.txt");
    assert_eq!(
        (a.dateline, a.agencies),
        (vec!["Augsburg".to_string(), "Ravensburg".into()], vec!["dpa-AFX".to_string()])
    );
    let a = analyse(&dir, "14_reuters_cna_nk_confirms.txt");
    assert_eq!(a.dateline, vec!["Seoul".to_string()]);
}

#[test]
#[cfg_attr(not(has_corpus), ignore = "../shared/corpus is absent")]
fn page_structure() {
    let Some(dir) = corpus_dir() else { return };
    let kinds = |a: &ArticleReport| -> Vec<(BlockKind, String)> {
        a.blocks.iter().map(|b| (b.kind, utf16_slice(&a.text, b.start, b.end).unwrap())).collect()
    };
    let a = analyse(&dir, "05_berliner_zeitung_russland_bestaetigt.txt");
    assert_eq!(a.kicker.as_deref(), Some("Ukrainekrieg"));
    assert!(kinds(&a).contains(&(BlockKind::Credit, "Alexander Garmaew/Telegram".into())));
    assert_eq!(kinds(&a).iter().filter(|(k, _)| *k == BlockKind::Caption).count(), 2);
    let a = analyse(&dir, "19_dpa_afx_bundestagswahl_2025.txt");
    assert!(kinds(&a).contains(&(BlockKind::Other, "/toz/DP/mis".into())));
    let a = analyse(&dir, "12_dpa_afx_vertrag_juni_2024.txt");
    assert_eq!(a.blocks[0].kind, BlockKind::Other, "update note in brackets");
    let a = analyse(&dir, "03_euronews_de_jetzt_offiziell.txt");
    let subs: Vec<String> = kinds(&a).into_iter().filter(|(k, _)| *k == BlockKind::Subheading).map(|b| b.1).collect();
    assert_eq!(subs.len(), 2, "{subs:?}");
    let a = analyse(&dir, "01_dpa_wnoz_nk_bestaetigt.txt");
    assert_eq!(a.title.as_deref(), Some("Nordkorea bestätigt eigene Soldaten im Ukraine-Krieg"));
}
