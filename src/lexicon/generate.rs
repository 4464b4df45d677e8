//! Keeps `src/lexicon/tables.rs`, the prefix indexes of the word tables,
//! in step with the tables.
//!
//! Why generated: the indexes used to be built on first use, which in the
//! browser meant at start (the wasm arena needs them as its floor) and cost
//! some milliseconds of V8's baseline tier before the first analysis. Now
//! the index is data in the binary, like regex-syntax's Unicode tables.
//!
//! When a table changes, this test fails and says how to write the file
//! again: `FAKTENLAGE_WRITE_TABLES=1 cargo test --lib tables_are_fresh`.

use super::prefix::Built;

/// A table's index entries, as its module gives them.
type Entries = Vec<(&'static str, u32)>;

/// The file's text as the tables give it now.
fn generate() -> String {
    let indexes: [(&str, &str, Entries); 5] = [
        ("MONTHS", "Month names and abbreviations with their month (`calendar`).", super::calendar::month_entries()),
        ("WEEKDAYS", "Weekday names with their day, 0 = Monday (`calendar`).", super::calendar::weekday_entries()),
        ("WORD_FLAGS", "Every word list a folded word is on, as flags (`words`).", super::words::flag_entries()),
        (
            "PREDICATES",
            "Predicate lexicon entries: line rank and flags (`predicates`).",
            super::predicates::predicate_entries(),
        ),
        (
            "PHRASES",
            "Phrase group entries: group number, `EXACT` bit (`predicates`).",
            super::predicates::phrase_entries(),
        ),
    ];
    let mut out = String::from(
        "//! The prefix indexes of the word tables, generated: do not edit.\n//!\n\
         //! Written by `FAKTENLAGE_WRITE_TABLES=1 cargo test --lib tables_are_fresh`\n\
         //! (`src/lexicon/generate.rs`) from the tables in the modules named below.\n\n\
         use super::prefix::PrefixIndex;\n",
    );
    for (name, doc, entries) in indexes {
        out.push('\n');
        out.push_str(&Built::new(entries).to_rust(name, doc));
    }
    out
}

#[test]
fn tables_are_fresh() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/lexicon/tables.rs");
    let now = generate();
    if std::env::var_os("FAKTENLAGE_WRITE_TABLES").is_some() {
        std::fs::write(path, &now).expect("write src/lexicon/tables.rs");
        return;
    }
    let file = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        file == now,
        "src/lexicon/tables.rs is stale: write it again with `FAKTENLAGE_WRITE_TABLES=1 cargo test --lib tables_are_fresh`"
    );
}

#[test]
fn generated_indexes_find_what_the_tables_hold() {
    // Every entry of every table is found by its index, with its value
    // (the first one of its word, as the lookups take it).
    let check = |ix: &super::prefix::PrefixIndex, entries: Entries| {
        for (w, v) in &entries {
            let first = entries.iter().find(|e| e.0 == *w).map(|e| e.1);
            assert_eq!(ix.get(w), first, "{w}");
            assert!(ix.candidates(w).any(|e| e.is(w) && e.value() == *v), "{w}");
        }
    };
    check(&super::tables::MONTHS, super::calendar::month_entries());
    check(&super::tables::WEEKDAYS, super::calendar::weekday_entries());
    check(&super::tables::WORD_FLAGS, super::words::flag_entries());
    check(&super::tables::PREDICATES, super::predicates::predicate_entries());
    check(&super::tables::PHRASES, super::predicates::phrase_entries());
}
