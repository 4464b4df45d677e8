//! The whole pipeline on the shared corpus: every claim the corpus README
//! lists is found as a claim (skips cleanly when the corpus is absent).

mod common;

use common::{corpus_dir, corpus_texts};
use faktenlage::{analyze, ArticleInput, Options};

/// `## file.txt` headings and the `  > sentence` lines under them.
fn listed_claims(readme: &str) -> Vec<(String, String)> {
    let mut file = String::new();
    let mut out = Vec::new();
    for line in readme.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            file = h.split_whitespace().next().unwrap_or("").trim_end_matches(".txt").to_string();
        } else if let Some(s) = line.trim_start().strip_prefix("> ") {
            if !file.is_empty() {
                out.push((file.clone(), s.trim().to_string()));
            }
        }
    }
    out
}

#[test]
#[cfg_attr(not(has_corpus), ignore = "../shared/corpus is absent")]
fn every_listed_claim_is_found() {
    let Some(dir) = corpus_dir() else { return };
    let readme = std::fs::read_to_string(dir.join("README.md")).unwrap();
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
    let report = analyze(&inputs, &Options::default()).unwrap();
    let listed = listed_claims(&readme);
    assert!(listed.len() > 30, "README parsing found only {}", listed.len());
    let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut missing = Vec::new();
    for (file, sentence) in &listed {
        let wanted = fold(sentence);
        let found = report.claims.iter().any(|c| {
            &c.article == file
                && (fold(&c.text).contains(&wanted)
                    || wanted.contains(&fold(&c.text)) && c.text.len() * 2 > wanted.len())
        });
        if !found {
            missing.push(format!("{file}: {sentence}"));
        }
    }
    println!("corpus claims: {} of {} listed found", listed.len() - missing.len(), listed.len());
    assert!(missing.is_empty(), "not found as claims:\n{}", missing.join("\n"));
    // Figures in claims come with values; sourced claims name their source.
    let with_figures = report
        .claims
        .iter()
        .filter(|c| c.quantities.iter().any(|q| q.value_min.is_some() || q.value_max.is_some()))
        .count();
    let attributed = report.claims.iter().filter(|c| c.attribution.is_some()).count();
    assert!(with_figures >= 20, "{with_figures} claims with figures");
    assert!(attributed >= 20, "{attributed} attributed claims");
}
