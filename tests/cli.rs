//! The `faktenlage` binary, run as a user would: on the seed articles, on
//! JSON from stdin, and on the inputs that must fail with exit status 2 and a
//! message naming the file.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_faktenlage");

fn seeds() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scratch file that is removed again.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str, content: &[u8]) -> Scratch {
        let dir = std::env::temp_dir().join(format!("faktenlage-cli-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, content).unwrap();
        Scratch(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[test]
fn seeds_as_json() {
    let files = seeds();
    let mut args = vec!["analyze", "--published", "2025-04-28"];
    args.extend(files.iter().map(|p| p.to_str().unwrap()));
    let out = run(&args, None);
    assert!(out.status.success(), "{}", stderr(&out));
    let report: faktenlage::Report = serde_json::from_slice(&out.stdout).expect("stdout is a report");
    assert_eq!(report.articles.len(), files.len());
    assert!(!report.claims.is_empty());
    for (article, file) in report.articles.iter().zip(&files) {
        assert_eq!(article.text, std::fs::read_to_string(file).unwrap(), "the report echoes the text");
        assert_eq!(article.published.as_deref(), Some("2025-04-28"));
    }
    // Pretty-printed, so it reads and diffs well.
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("{\n  \"version\": 2,"));
}

#[test]
fn seeds_as_table() {
    let files = seeds();
    let mut args = vec!["analyze", "--format", "table", "--lang", "de"];
    args.extend(files.iter().map(|p| p.to_str().unwrap()));
    let out = run(&args, None);
    assert!(out.status.success(), "{}", stderr(&out));
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.starts_with("== a1 · "), "{}", &table[..80.min(table.len())]);
    assert!(table.contains(&format!("== a2 · {} · de ==", files[1].display())));
    assert!(table.contains("[a1-c1]\n    "));
    // Sentence lines (indented, not one of the fact lines) wrap at 100 columns;
    // the seeds have sentences far longer than that.
    let fact = |l: &str| {
        l.contains(" · ")
            || ["figures:", "times:", "entities:", "evidence:"].iter().any(|p| l.trim_start().starts_with(p))
    };
    let sentence_lines: Vec<&str> = table.lines().filter(|l| l.starts_with("    ") && !fact(l)).collect();
    assert!(sentence_lines.iter().all(|l| l.chars().count() <= 100), "sentences wrap at 100 columns");
    assert!(sentence_lines.iter().any(|l| l.chars().count() > 90), "long sentences fill the lines");
}

#[test]
fn stdin_json_in_the_js_api_shape() {
    let input = r#"[
        {"id": "zdf", "text": "Nordkorea hat am Montag erstmals Truppen in Russland bestätigt.", "published": "2025-04-28"},
        {"id": "t", "text": "KCNA meldete den Einsatz.", "title": "Titel", "lang": "de"}
    ]"#;
    let out = run(&["analyze", "-"], Some(input.as_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
    let report: faktenlage::Report = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = report.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["zdf", "t"]);
    assert_eq!(report.articles[1].title.as_deref(), Some("Titel"));
    assert!(report.claims.iter().any(|c| c.article == "zdf"));
}

#[test]
fn not_utf8_names_file_and_byte() {
    let f = Scratch::new("latin1.txt", b"Nordkorea best\xe4tigt den Einsatz.");
    let out = run(&["analyze", f.path()], None);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains(f.path()) && err.contains("not valid UTF-8 at byte 14"), "{}", err);
    assert!(out.stdout.is_empty());
}

#[test]
fn malformed_json_names_line_and_column() {
    let out = run(&["analyze", "-"], Some(b"[\n  {\"text\": \"a\",}\n]"));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("<stdin>: malformed JSON at line 2, column 16"), "{}", err);

    let f = Scratch::new("articles.json", b"{\"text\": \"not an array\"}");
    let out = run(&["analyze", f.path()], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("expected an array of articles"), "{}", stderr(&out));
}

#[test]
fn missing_file() {
    let out = run(&["analyze", "/nonexistent/artikel.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("/nonexistent/artikel.txt: cannot read"), "{}", stderr(&out));
}

#[test]
fn empty_file_is_an_analysis_error_naming_the_file() {
    let f = Scratch::new("leer.txt", b"");
    let seed = seeds()[0].clone();
    let out = run(&["analyze", seed.to_str().unwrap(), f.path()], None);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains(f.path()) && err.contains("article 2: no text"), "{}", err);
}

#[test]
fn usage_errors_and_help() {
    let out = run(&["analyze"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("at least one FILE"));
    let out = run(&["analyze", "--lang", "fr", "x.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["--help"], None);
    assert!(out.status.success());
    assert!(String::from_utf8(out.stdout).unwrap().contains("faktenlage analyze [OPTIONS] FILE..."));
}
