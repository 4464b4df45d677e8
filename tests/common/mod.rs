//! Shared helpers for integration tests: the seeds and the shared corpus.
#![allow(dead_code)]

use faktenlage::report::{Claim, Report};
use faktenlage::{analyze, ArticleInput, Options};
use std::path::PathBuf;

pub const SEED_0: &str = include_str!("../data/seeds/000_f1b10fb3713ca5b6.txt");
pub const SEED_1: &str = include_str!("../data/seeds/001_603facece05b4bf3.txt");

/// Both seeds analysed together, published 2025-04-28 (a Monday).
pub fn seeds_report() -> Report {
    analyze(
        &[
            ArticleInput::text(SEED_0).id("zdf").published("2025-04-28"),
            ArticleInput::text(SEED_1).id("bz").published("2025-04-28"),
        ],
        &Options::default(),
    )
    .expect("seeds analyse")
}

/// The one claim of `article` whose text contains `needle`.
pub fn claim<'r>(report: &'r Report, article: &str, needle: &str) -> &'r Claim {
    let found: Vec<&Claim> = report.claims.iter().filter(|c| c.article == article && c.text.contains(needle)).collect();
    assert_eq!(
        found.len(),
        1,
        "expected one claim in {article} containing {needle:?}, found {}: {:#?}",
        found.len(),
        found.iter().map(|c| &c.text).collect::<Vec<_>>()
    );
    found[0]
}

/// The shared corpus folder, if present (`../shared/corpus` beside the
/// checkout, or `$FAKTENLAGE_CORPUS`).
pub fn corpus_dir() -> Option<PathBuf> {
    let beside = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let candidates = std::env::var_os("FAKTENLAGE_CORPUS").map(PathBuf::from).into_iter().chain([beside]);
    for dir in candidates {
        if dir.join("README.md").is_file() {
            return Some(dir);
        }
    }
    eprintln!("shared corpus not found (../shared/corpus or FAKTENLAGE_CORPUS): skipping corpus checks");
    None
}

/// A corpus text: its file stem, language, publication date and body.
pub struct CorpusText {
    pub name: String,
    pub lang: String,
    pub published: Option<String>,
    pub text: String,
}

/// All corpus texts, sorted by file name.
pub fn corpus_texts(dir: &std::path::Path) -> Vec<CorpusText> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let raw = std::fs::read_to_string(&p).unwrap();
            let mut lines = raw.splitn(4, '\n');
            let _url = lines.next();
            let lang = lines.next().unwrap_or("de").trim().to_string();
            let date = lines.next().unwrap_or("");
            let published = date
                .trim()
                .trim_start_matches('~')
                .split_whitespace()
                .next()
                .filter(|d| d.len() == 10)
                .map(str::to_string);
            let text = lines.next().unwrap_or("").trim_start_matches('\n').to_string();
            CorpusText { name: p.file_stem().unwrap().to_string_lossy().into_owned(), lang, published, text }
        })
        .collect()
}

/// Runs one of the corpus's Python scorers on this build's CLI with
/// `--json`, prints its report (indented) and returns its figures, the
/// JSON of its last line.
pub fn run_scorer<T: serde::de::DeserializeOwned>(script: &std::path::Path, args: &[&str]) -> T {
    let out = std::process::Command::new("python3")
        .arg(script)
        .args(["--cli", env!("CARGO_BIN_EXE_faktenlage"), "--json"])
        .args(args)
        .output()
        .expect("python3 runs (Debian has it; scripts/setup.sh installs nothing for it)");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{} failed: {}", script.display(), String::from_utf8_lossy(&out.stderr));
    let last = stdout.lines().last().expect("the scorer prints its figures");
    print!("{}", stdout.lines().take_while(|l| !l.starts_with('{')).map(|l| format!("  {l}\n")).collect::<String>());
    serde_json::from_str(last).expect("the scorer's last line is JSON")
}

/// Runs one of the project's own scoring scripts (`scripts/<name>`) on this
/// build's CLI and the corpus, prints its report and returns the JSON of its
/// last line.
pub fn run_project_script(name: &str, corpus: &std::path::Path) -> serde_json::Value {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scripts").join(name);
    let out = std::process::Command::new("python3")
        .arg(&script)
        .args(["--cli", env!("CARGO_BIN_EXE_faktenlage"), "--show", "--corpus"])
        .arg(corpus)
        .output()
        .expect("python3 runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{name} failed: {}", String::from_utf8_lossy(&out.stderr));
    print!("{stdout}");
    serde_json::from_str(stdout.lines().last().expect("the script prints its figures")).expect("its last line is JSON")
}
