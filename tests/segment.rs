//! Sentence segmentation cases from `tests/data/segment.toml`, plus headings.

mod spec;

use faktenlage::doc::segment::sentences;
use faktenlage::report::{Block, BlockKind};

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    text: String,
    sentences: Vec<String>,
}

fn split_body(text: &str) -> Vec<&str> {
    let blocks = [Block { kind: BlockKind::Body, start: 0, end: text.len() }];
    sentences(text, &blocks).iter().map(|s| &text[s.start..s.end]).collect()
}

#[test]
fn segmentation_cases() {
    let cases: Vec<Case> = spec::load("segment.toml");
    spec::check(
        "segment.toml",
        &cases,
        15,
        |c| c.name.clone(),
        |c| {
            let got = split_body(&c.text);
            if got == c.sentences {
                Ok(())
            } else {
                Err(format!("want {:?}\ngot  {:?}", c.sentences, got))
            }
        },
    );
}

#[test]
fn headings_are_one_sentence_and_noise_has_none() {
    let text = "  Offenbar mehr als 10.000 Nordkoreaner im Einsatz. Oder nicht \n\nBildunterschrift. Zweiter Satz.";
    let head_end = text.find('\n').unwrap();
    let blocks = [
        Block { kind: BlockKind::Subheading, start: 0, end: head_end },
        Block { kind: BlockKind::Caption, start: head_end + 2, end: text.len() },
    ];
    let s = sentences(text, &blocks);
    assert_eq!(s.len(), 1);
    assert_eq!(&text[s[0].start..s[0].end], "Offenbar mehr als 10.000 Nordkoreaner im Einsatz. Oder nicht");
    assert_eq!(s[0].block, 0);
}
