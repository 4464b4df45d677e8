//! Entity mentions in news sentences, from `tests/data/entities.toml`, and
//! ids that agree across the two seed articles.

mod spec;
mod speech_support;
use faktenlage::doc::language::Lang;
use speech_support::*;
use std::collections::BTreeSet;

#[test]
fn entity_cases() {
    let cases = load_cases("entities.toml");
    spec::check(
        "entities.toml",
        &cases,
        10,
        |c| c.label.clone(),
        |c| {
            let got = &c.row.entities;
            let mut wrong = Vec::new();
            for h in c.expect.get("has").and_then(|v| v.as_array()).into_iter().flatten() {
                let text = h.get("text").and_then(|v| v.as_str()).unwrap();
                let id = h.get("id").and_then(|v| v.as_str()).unwrap();
                let kind = h.get("type").and_then(|v| v.as_str());
                let found =
                    got.iter().any(|e| e.text == text && e.id == id && kind.is_none_or(|k| snake(&e.kind) == k));
                if !found {
                    wrong.push(format!("{text:?} as {id} {}", kind.unwrap_or("")));
                }
            }
            for id in c.expect.get("not_ids").and_then(|v| v.as_array()).into_iter().flatten() {
                if got.iter().any(|e| Some(e.id.as_str()) == id.as_str()) {
                    wrong.push(format!("no {id}"));
                }
            }
            if c.expect.get("no_names").and_then(|v| v.as_bool()) == Some(true)
                && got.iter().any(|e| e.id.starts_with("name:"))
            {
                wrong.push("no unknown names".to_string());
            }
            // Spans are exact: the text at the span is the mention.
            for e in got {
                if !c.row.text.contains(&e.text) || e.start >= e.end {
                    wrong.push(format!("a consistent span for {e:?}"));
                }
            }
            if !wrong.is_empty() {
                let seen: Vec<String> =
                    got.iter().map(|e| format!("{}={}({})", e.text, e.id, snake(&e.kind))).collect();
                return Err(format!("expected {}\n    got {}", wrong.join(", "), seen.join(", ")));
            }
            Ok(())
        },
    );
}

fn ids(text: &str, lang: Lang) -> BTreeSet<String> {
    analyze(text, lang).into_iter().flat_map(|r| r.entities).map(|e| e.id).collect()
}

/// The two seed articles name the same people, states and agency in
/// different spellings (`Kim Jong Un` / `Kim Jong-un`); the ids must agree.
#[test]
fn seeds_share_ids() {
    let a = ids(&seed("000"), Lang::De);
    let b = ids(&seed("001"), Lang::De);
    for id in ["kim_jong_un", "putin", "north_korea", "russia", "ukraine", "kursk", "kcna", "kremlin", "south_korea"] {
        assert!(a.contains(id) && b.contains(id), "{id}: 000 has {}, 001 has {}", a.contains(id), b.contains(id));
    }
}

/// The English report and a German one on the same day share their
/// referents.
#[test]
#[cfg_attr(not(has_corpus), ignore = "../shared/corpus is absent")]
fn english_and_german_share_ids() {
    let Some(dir) = corpus_dir() else {
        println!("skipped: no corpus (set FAKTENLAGE_CORPUS)");
        return;
    };
    let (en, _) = corpus_article(&dir, "14_reuters_cna_nk_confirms.txt");
    let en = ids(&en, Lang::En);
    let de = ids(&seed("001"), Lang::De);
    for id in ["kim_jong_un", "putin", "north_korea", "russia", "ukraine", "kursk", "kcna", "kremlin"] {
        assert!(en.contains(id) && de.contains(id), "{id}: en has {}, de has {}", en.contains(id), de.contains(id));
    }
}

/// No unknown name is made up from the capitalized nouns of the seeds
/// except the people they really name.
#[test]
fn seeds_make_up_no_names() {
    for s in ["000", "001"] {
        let names: BTreeSet<String> = ids(&seed(s), Lang::De).into_iter().filter(|i| i.starts_with("name:")).collect();
        let allowed = ["name:alexander_garmaev", "name:olena_selenska", "name:donald_tusk", "name:keir_starmer"];
        for n in &names {
            assert!(allowed.contains(&n.as_str()), "seed {s}: made-up name {n}");
        }
    }
}
