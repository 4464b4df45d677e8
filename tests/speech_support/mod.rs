//! Shared helpers for the entity, attribution and modality tests: seed and
//! corpus loading, a plain sentence splitter (segmentation proper is the
//! `segment` module's job; these tests must not depend on it), and one call
//! that runs the three extractors the way `claim` does.
#![allow(dead_code)]

use faktenlage::doc::language::Lang;
use faktenlage::extract::entity;
use faktenlage::lexicon::gazetteer::Gazetteer;
use faktenlage::report::{Attribution, Entity, Modality, Sentence};
use faktenlage::Document;
use std::path::{Path, PathBuf};

/// One analysed sentence.
#[derive(Debug, Clone)]
pub struct Row {
    pub text: String,
    pub entities: Vec<Entity>,
    pub modality: Modality,
    pub attribution: Option<Attribution>,
}

/// Runs entities, modality and attribution over `text` split into sentences.
pub fn analyze(text: &str, lang: Lang) -> Vec<Row> {
    let sentences = split_sentences(text);
    let gaz = Gazetteer::builtin();
    let doc = Document::with_sentences(text, &sentences, lang, None);
    let ents = entity::find_all(&doc, &gaz);
    let (mods, attrs) = faktenlage::extract::voices(&doc, &ents);
    sentences
        .iter()
        .zip(ents)
        .zip(mods)
        .zip(attrs)
        .map(|(((s, e), m), a)| Row {
            text: text[s.start..s.end].to_string(),
            entities: e,
            modality: m,
            attribution: a.map(|a| *a),
        })
        .collect()
}

/// Splits at `. `, `! `, `? ` (after an optional closing quote) before an
/// uppercase letter or opening quote, and at line breaks; not after a
/// number (`2. Korps`) or a one-letter abbreviation.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let mut start = line_start;
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        for (k, &(at, c)) in chars.iter().enumerate() {
            if !matches!(c, '.' | '!' | '?') {
                continue;
            }
            let mut j = k + 1;
            while j < chars.len() && matches!(chars[j].1, '"' | '“' | '”' | '«' | '»' | '\'' | ')') {
                j += 1;
            }
            if j >= chars.len() || !chars[j].1.is_whitespace() {
                continue;
            }
            let next = chars[j..].iter().map(|x| x.1).find(|c| !c.is_whitespace());
            if !next.is_some_and(|n| n.is_uppercase() || matches!(n, '„' | '"' | '“' | '«' | '»')) {
                continue;
            }
            let word: String = line[..at].chars().rev().take_while(|c| c.is_alphanumeric()).collect();
            if word.chars().all(|c| c.is_ascii_digit()) || word.chars().count() == 1 {
                continue;
            }
            let end = line_start + if j < chars.len() { chars[j].0 } else { line.len() };
            push(text, &mut out, start, end);
            start = end;
        }
        push(text, &mut out, start, line_start + line.len());
        line_start += line.len();
    }
    out
}

fn push(text: &str, out: &mut Vec<Sentence>, start: usize, end: usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let (a, b) = (start + lead, start + s.trim_end().len());
    if a < b {
        out.push(Sentence { start: a, end: b, block: 0 });
    }
}

/// The text of a seed article (`000`, `001`).
pub fn seed(prefix: &str) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/seeds");
    let entry = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed {prefix}"));
    std::fs::read_to_string(entry).unwrap()
}

/// The dev corpus directory, if present.
pub fn corpus_dir() -> Option<PathBuf> {
    let here = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
    if here.join("README.md").exists() {
        return Some(here);
    }
    let env = PathBuf::from(std::env::var_os("FAKTENLAGE_CORPUS")?);
    env.join("README.md").exists().then_some(env)
}

/// A corpus article's text (after the three header lines) and language.
pub fn corpus_article(dir: &Path, file: &str) -> (String, Lang) {
    let raw = std::fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    let mut parts = raw.splitn(5, '\n');
    let _url = parts.next();
    let lang = Lang::from_code(parts.next().unwrap_or("de")).unwrap_or(Lang::De);
    let _date = parts.next();
    let _blank = parts.next();
    (parts.next().unwrap_or("").to_string(), lang)
}

/// The claim sentences the corpus README lists for `file` (its `  > ` lines).
pub fn readme_claims(dir: &Path, file: &str) -> Vec<String> {
    let readme = std::fs::read_to_string(dir.join("README.md")).unwrap();
    let mut current = "";
    let mut out = Vec::new();
    for line in readme.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            current = h.split_whitespace().next().unwrap_or("");
        } else if let Some(q) = line.trim_start().strip_prefix("> ") {
            if current == file {
                out.push(q.trim().to_string());
            }
        }
    }
    out
}

/// The row of `rows` that contains `needle`.
pub fn row<'a>(rows: &'a [Row], needle: &str, what: &str) -> &'a Row {
    rows.iter().find(|r| r.text.contains(needle)).unwrap_or_else(|| {
        panic!(
            "{what}: no sentence contains {needle:?}; sentences: {:#?}",
            rows.iter().map(|r| &r.text).collect::<Vec<_>>()
        )
    })
}

/// For a corpus case: checks `needle` is in one of the README's claim
/// sentences for `file`, analyses the article and returns the row.
pub fn corpus_row(dir: &Path, file: &str, needle: &str) -> Row {
    let claims = readme_claims(dir, file);
    assert!(claims.iter().any(|c| c.contains(needle)), "{file}: {needle:?} is not in a README claim sentence");
    let (text, lang) = corpus_article(dir, file);
    let rows = analyze(&text, lang);
    row(&rows, needle, file).clone()
}

/// Prints every sentence with what was found (for `--nocapture` debugging).
pub fn dump(rows: &[Row]) {
    for r in rows {
        println!("--- {:?} {}", r.modality, r.text);
        if let Some(a) = &r.attribution {
            println!(
                "    ATTR {:?} src={:?} cue={:?} ents={:?} inh={}",
                a.kind, a.source, a.cue, a.entities, a.inherited
            );
        }
        let e: Vec<String> = r.entities.iter().map(|e| format!("{}={}", e.text, e.id)).collect();
        println!("    ENTS {}", e.join(", "));
    }
}

/// One data-driven case: where its sentence comes from and what is expected.
pub struct Case {
    /// For messages: the case's text, seed or file and sentence.
    pub label: String,
    pub row: Row,
    pub expect: toml::Table,
}

/// Reads `tests/data/<name>` (`[[case]]` tables). A case gives its sentence
/// as `text` (a short passage), `seed` (`000`, `001`) or `file` (a corpus
/// file: the sentence must be one of the README's claim sentences), and
/// `sentence`, a piece of the sentence meant (default: the first sentence).
/// Corpus cases are skipped, with a note, when the corpus is absent.
pub fn load_cases(name: &str) -> Vec<Case> {
    let path = name;
    let cases = crate::spec::tables(name);
    let unknown: Vec<String> = cases
        .iter()
        .enumerate()
        .flat_map(|(i, c)| unknown_keys(name, c).map(move |k| format!("case {}: `{k}`", i + 1)))
        .collect();
    assert!(unknown.is_empty(), "{name}: unknown keys (a typo would pass unchecked): {}", unknown.join(", "));
    let corpus = corpus_dir();
    let mut skipped = 0;
    let mut out = Vec::new();
    for c in cases {
        let t = c.clone();
        let get = |k: &str| t.get(k).and_then(|v| v.as_str());
        let needle = get("sentence");
        let lang = get("lang").and_then(Lang::from_code).unwrap_or(Lang::De);
        let (label, row) = if let Some(text) = get("text") {
            let rows = analyze(text, lang);
            let row = match needle {
                Some(n) => row(&rows, n, text).clone(),
                None => rows[0].clone(),
            };
            (text.to_string(), row)
        } else if let Some(s) = get("seed") {
            let text = seed(s);
            let rows = analyze(&text, Lang::De);
            let n = needle.expect("a seed case needs `sentence`");
            (format!("seed {s}: {n}"), row(&rows, n, s).clone())
        } else if let Some(f) = get("file") {
            let Some(dir) = &corpus else {
                skipped += 1;
                continue;
            };
            let n = needle.expect("a corpus case needs `sentence`");
            (format!("{f}: {n}"), corpus_row(dir, f, n))
        } else {
            panic!("{path}: a case needs `text`, `seed` or `file`: {t:?}");
        };
        out.push(Case { label, row, expect: t });
    }
    if skipped > 0 {
        println!("{name}: skipped {skipped} corpus cases (no corpus; set FAKTENLAGE_CORPUS)");
    }
    out
}

/// The keys each table-read spec file may use: where its sentence comes
/// from, then what is expected. A key not listed is refused, so that a
/// typo (`knd = "military"`) fails instead of checking nothing.
const KEYS: &[(&str, &[&str])] = &[
    (
        "attribution.toml",
        &[
            "text",
            "seed",
            "file",
            "sentence",
            "lang",
            "note",
            "none",
            "kind",
            "kind_any",
            "source",
            "cue",
            "entities",
            "inherited",
        ],
    ),
    ("entities.toml", &["text", "seed", "file", "sentence", "lang", "note", "why", "has", "not_ids", "no_names"]),
    ("modality.toml", &["text", "seed", "file", "sentence", "lang", "note", "modality", "modality_any"]),
];

/// The keys of `case` that spec file `file` does not know.
pub fn unknown_keys<'c>(file: &str, case: &'c toml::Table) -> impl Iterator<Item = &'c String> + 'c {
    let known = KEYS.iter().find(|(f, _)| *f == file).map_or(&[][..], |(_, k)| *k);
    case.keys().filter(move |k| !known.contains(&k.as_str()))
}

/// A snake_case name for a serializable enum value (`state_media`).
pub fn snake<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v).unwrap().as_str().unwrap_or_default().to_string()
}
