//! Scores the links against the hand-judged pairs of the dev corpus
//! (`../shared/corpus/links.json`, or `$FAKTENLAGE_CORPUS/links.json`).
//!
//! All texts — the two seeds and the corpus files — are analysed in one run,
//! as a reader's page with many articles would be. Each judged pair names two
//! claims by an exact quote; the claim whose sentence holds the quote is the
//! one judged. A pair counts as found when the report links the two claims;
//! `corroborates` and `consistent` are one family; a pair with `accept`
//! takes any relation listed there. Printed: precision over the judged pairs
//! the report links, recall over the pairs a reader would link, the figure
//! conflicts and updates found, every wrong pair (a pair of two sources
//! linked as one source reported twice is wrong), and any link between
//! articles of different stories (stories are the groups of files joined by
//! positive judgments).
//!
//! The corpus texts are third-party and never copied into the project: when
//! the folder is absent this test reports itself as ignored (it runs without
//! the libtest harness so that it can say so instead of passing).

use faktenlage::report::{Claim, Relation, Report};
use faktenlage::{analyze, ArticleInput, Options};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// What the run must reach; the goals.
const MIN_PRECISION: f64 = 0.95;
const MIN_RECALL: f64 = 0.8;

#[derive(Deserialize)]
struct Judgments {
    pairs: Vec<Judged>,
}

#[derive(Deserialize)]
struct Judged {
    a: Side,
    b: Side,
    relation: Option<String>,
    accept: Option<Vec<String>>,
    note: Option<String>,
}

#[derive(Deserialize)]
struct Side {
    file: String,
    quote: String,
}

fn corpus_dir() -> Option<PathBuf> {
    let beside = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    std::env::var_os("FAKTENLAGE_CORPUS")
        .map(PathBuf::from)
        .into_iter()
        .chain([beside])
        .find(|d| d.join("links.json").is_file())
}

/// One text of the run: a seed (no header; published 2025-04-28, a Monday)
/// or a corpus file (URL, language, date with an optional `~`, blank line).
fn load(path: &Path) -> ArticleInput {
    let raw = std::fs::read_to_string(path).unwrap();
    let id = path.file_name().unwrap().to_string_lossy().into_owned();
    if !raw.starts_with("http") {
        return ArticleInput::text(raw).id(&id).published("2025-04-28");
    }
    let (header, text) = raw.split_once("\n\n").unwrap();
    let lines: Vec<&str> = header.lines().collect();
    let date = lines[2].trim().trim_start_matches('~').get(..10).unwrap().to_string();
    ArticleInput {
        id: Some(id),
        text: Some(text.to_string()),
        published: Some(date),
        lang: Some(lines[1].trim().into()),
        ..ArticleInput::default()
    }
}

fn texts(dir: &Path) -> Vec<ArticleInput> {
    let seeds = [dir.join("../seeds"), PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/seeds")];
    let seeds = seeds.iter().find(|d| d.is_dir()).unwrap();
    let mut paths: Vec<PathBuf> = [seeds.as_path(), dir]
        .iter()
        .flat_map(|d| std::fs::read_dir(d).unwrap().filter_map(|e| e.ok().map(|e| e.path())))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths.iter().map(|p| load(p)).collect()
}

/// The claim of `file` whose sentence holds `quote`.
fn find<'r>(r: &'r Report, file: &str, quote: &str) -> Option<&'r Claim> {
    r.claims.iter().find(|c| c.article == file && c.text.contains(quote))
}

/// `corroborates` and `consistent` are one family.
fn family(relation: &str) -> &str {
    match relation {
        "corroborates" | "consistent" => "corroborates",
        r => r,
    }
}

fn name(r: Relation) -> String {
    serde_json::to_value(r).unwrap().as_str().unwrap().to_string()
}

fn link<'r>(r: &'r Report, a: &str, b: &str) -> Option<&'r faktenlage::report::Link> {
    r.links.iter().find(|l| (l.from == a && l.to == b) || (l.from == b && l.to == a))
}

/// Groups files into stories: files joined by a positive judgment are one.
fn stories(j: &Judgments) -> BTreeMap<String, String> {
    let mut story: BTreeMap<String, String> = BTreeMap::new();
    for p in &j.pairs {
        for s in [&p.a, &p.b] {
            story.entry(s.file.clone()).or_insert_with(|| s.file.clone());
        }
    }
    loop {
        let mut changed = false;
        for p in &j.pairs {
            if p.relation.as_deref().is_some_and(|r| r != "none") {
                let (x, y) = (story[&p.a.file].clone(), story[&p.b.file].clone());
                if x != y {
                    let keep = x.clone().min(y.clone());
                    for v in story.values_mut() {
                        if *v == x || *v == y {
                            *v = keep.clone();
                        }
                    }
                    changed = true;
                }
            }
        }
        if !changed {
            return story;
        }
    }
}

fn main() {
    let Some(dir) = corpus_dir() else {
        println!("\nrunning 1 test\ntest dev_judgments ... ignored, corpus absent (../shared/corpus or $FAKTENLAGE_CORPUS)\n");
        println!("test result: ok. 0 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out\n");
        return;
    };
    println!("\nrunning 1 test");
    let judgments: Judgments = serde_json::from_str(&std::fs::read_to_string(dir.join("links.json")).unwrap()).unwrap();
    let report = analyze(&texts(&dir), &Options::default()).expect("corpus analyses");
    let story = stories(&judgments);

    let (mut linked, mut right, mut positives, mut found) = (0usize, 0usize, 0usize, 0usize);
    let mut figure_links: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut wrong = Vec::new();
    let mut unmatched = Vec::new();
    for p in &judgments.pairs {
        let (Some(a), Some(b)) = (find(&report, &p.a.file, &p.a.quote), find(&report, &p.b.file, &p.b.quote)) else {
            unmatched.push(format!("{} / {}", p.a.quote, p.b.quote));
            continue;
        };
        let got = link(&report, &a.id, &b.id);
        let got_rel = got.map_or("none".to_string(), |l| name(l.relation));
        let ok = match (&p.accept, &p.relation) {
            // Same content from two sources: linking is right, but not as
            // one source reported twice.
            (Some(acc), _) => acc.iter().any(|x| family(x) == family(&got_rel)) && !got.is_some_and(|l| l.same_source),
            (None, Some(rel)) => family(rel) == family(&got_rel),
            (None, None) => panic!("pair without relation or accept: {} / {}", p.a.quote, p.b.quote),
        };
        let positive = p.accept.is_none() && p.relation.as_deref() != Some("none");
        if let Some(rel @ ("conflicts" | "updates")) = p.relation.as_deref() {
            let e = figure_links.entry(rel).or_default();
            e.1 += 1;
            if ok {
                e.0 += 1;
            }
        }
        if got.is_some() {
            linked += 1;
            right += ok as usize;
        }
        if positive {
            positives += 1;
            found += (ok && got.is_some()) as usize;
        }
        if !ok {
            let want = p.accept.as_ref().map_or_else(|| p.relation.clone().unwrap_or_default(), |a| a.join("|"));
            wrong.push(format!(
                "  want {want:<12} got {got_rel:<12} {} «{}» / {} «{}»\n      note: {}{}",
                &p.a.file[..6.min(p.a.file.len())],
                p.a.quote,
                &p.b.file[..6.min(p.b.file.len())],
                p.b.quote,
                p.note.as_deref().unwrap_or(""),
                got.map_or(String::new(), |l| format!("\n      explanation: {}", l.explanation.de)),
            ));
        }
    }
    let article = |id: &str| report.claims.iter().find(|c| c.id == id).map(|c| c.article.clone()).unwrap_or_default();
    let across: Vec<String> = report
        .links
        .iter()
        .filter(|l| {
            let (x, y) = (article(&l.from), article(&l.to));
            story.get(&x).zip(story.get(&y)).is_some_and(|(s, t)| s != t)
        })
        .map(|l| format!("  {} -> {} {:?}: {}", l.from, l.to, l.relation, l.explanation.en))
        .collect();
    let mut total_by_relation: BTreeSet<(String, usize)> = BTreeSet::new();
    for rel in ["corroborates", "consistent", "conflicts", "disputes", "updates"] {
        total_by_relation.insert((rel.to_string(), report.links.iter().filter(|l| name(l.relation) == rel).count()));
    }

    let precision = if linked == 0 { 0.0 } else { right as f64 / linked as f64 };
    let recall = if positives == 0 { 1.0 } else { found as f64 / positives as f64 };
    println!(
        "dev judgments: {} pairs, {} texts, {} links in the run",
        judgments.pairs.len(),
        report.articles.len(),
        report.links.len()
    );
    println!(
        "links by relation: {}",
        total_by_relation.iter().map(|(r, n)| format!("{r} {n}")).collect::<Vec<_>>().join(", ")
    );
    println!("precision {precision:.3} ({right} of {linked} linked judged pairs right)");
    println!("recall    {recall:.3} ({found} of {positives} pairs a reader would link)");
    for (rel, (ok, n)) in &figure_links {
        println!("{rel} found: {ok} of {n}");
    }
    println!("wrong pairs ({}):", wrong.len());
    for w in &wrong {
        println!("{w}");
    }
    if !unmatched.is_empty() {
        println!("quotes not found in any claim ({}):", unmatched.len());
        for u in &unmatched {
            println!("  {u}");
        }
    }
    println!("links across stories: {}", across.len());
    for a in &across {
        println!("{a}");
    }
    let pass = precision >= MIN_PRECISION && recall >= MIN_RECALL && across.is_empty();
    println!("test dev_judgments ... {}", if pass { "ok" } else { "FAILED" });
    if !pass {
        println!("\ntest result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out\n");
        std::process::exit(101);
    }
    println!("\ntest result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out\n");
}
