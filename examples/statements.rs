//! Prints what each claim states (debugging aid for the comparison):
//! `cargo run --example statements -- NEEDLE FILE...` prints the statements
//! of the claims whose text contains NEEDLE (all claims for `""`).
use faktenlage::compare::statement;
use faktenlage::{analyze, ArticleInput, Options};
fn main() {
    let mut args = std::env::args().skip(1);
    let needle = args.next().unwrap_or_default();
    let inputs: Vec<ArticleInput> = args
        .map(|p| {
            let raw = std::fs::read_to_string(&p).unwrap();
            let id = std::path::Path::new(&p).file_stem().unwrap().to_string_lossy()[..3].to_string();
            match raw.split_once("\n\n").filter(|_| raw.starts_with("http")) {
                Some((header, text)) => {
                    let lines: Vec<&str> = header.lines().collect();
                    let mut a = ArticleInput::text(text).id(&id).published(&lines[2].trim_start_matches('~')[..10]);
                    a.lang = Some(lines[1].trim().to_string());
                    a
                }
                None => ArticleInput::text(raw).id(&id).published("2025-04-28"),
            }
        })
        .collect();
    let r = analyze(&inputs, &Options::default()).unwrap();
    let st = statement::of_claims(&r.articles, &r.claims);
    for (c, s) in r.claims.iter().zip(&st) {
        if c.text.contains(&needle) {
            println!("{} {:?} party={:?} acts={:?} events={:?} topics={:?} neg={} denied={} timed={} places={:?} entities={:?}\n  figures={:?}\n  {}\n",
                c.id, c.modality, s.party.as_ref().map(|p| &p.id), s.acts, s.events, s.topics, s.negated, s.denied, s.timed, s.places, s.entities,
                s.figures.iter().map(|f| (&f.measure, &f.quantity.text, f.quantity.value_min, f.quantity.value_max)).collect::<Vec<_>>(), c.text);
        }
    }
}
