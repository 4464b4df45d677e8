//! Block classification cases from `tests/data/blocks.toml`, and markup hints.

mod spec;

use faktenlage::doc::blocks::classify;
use faktenlage::report::{Block, BlockKind};

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    text: String,
    expect: Vec<(BlockKind, String)>,
}

#[test]
fn block_cases() {
    let cases: Vec<Case> = spec::load("blocks.toml");
    spec::check(
        "blocks.toml",
        &cases,
        10,
        |c| c.name.clone(),
        |c| {
            let blocks = classify(&c.text, None, &[]);
            let got: Vec<(BlockKind, &str)> = blocks.iter().map(|b| (b.kind, &c.text[b.start..b.end])).collect();
            let missing: Vec<String> = c
                .expect
                .iter()
                .filter(|(kind, text)| !got.contains(&(*kind, text.as_str())))
                .map(|(kind, text)| format!("want {kind:?} {text:?}"))
                .collect();
            if missing.is_empty() {
                Ok(())
            } else {
                Err(format!("{}\ngot {got:?}", missing.join("\n")))
            }
        },
    );
}

#[test]
fn hints_win_over_heuristics() {
    let text = "Ein kurzer Satz ohne Punkt\n\nDas ist ein langer Absatz, der wie Fließtext aussieht und endet.\n\nNoch ein Absatz mit genug Wörtern, damit er als Text gilt.";
    let second = text.find("Das ist").unwrap();
    let hints = [
        Block { kind: BlockKind::Caption, start: 0, end: 26 },
        // A hint that starts mid-line cuts the line.
        Block { kind: BlockKind::Related, start: second + 8, end: second + 20 },
    ];
    let blocks = classify(text, None, &hints);
    let got: Vec<(BlockKind, &str)> = blocks.iter().map(|b| (b.kind, &text[b.start..b.end])).collect();
    assert_eq!(got[0], (BlockKind::Caption, "Ein kurzer Satz ohne Punkt"));
    assert!(got.contains(&(BlockKind::Related, "ein langer A")), "{got:?}");
    // Garbage hints (out of range, inside a char, reversed) are ignored safely.
    let t = "Ärger über Hochwasser.";
    let b = classify(
        t,
        None,
        &[Block { kind: BlockKind::Headline, start: 1, end: 999 }, Block { kind: BlockKind::Other, start: 9, end: 3 }],
    );
    assert!(b.iter().all(|b| t.is_char_boundary(b.start) && t.is_char_boundary(b.end) && b.start < b.end));
}

#[test]
fn given_title_names_the_headline() {
    let text =
        "Kurz gemeldet\n\nPutin lobt Soldaten\n\nDer Präsident hat die Soldaten am Montag in einer Mitteilung gelobt.";
    let blocks = classify(text, Some("Putin lobt Soldaten"), &[]);
    let head = blocks.iter().find(|b| b.kind == BlockKind::Headline).unwrap();
    assert_eq!(&text[head.start..head.end], "Putin lobt Soldaten");
}
