//! Prints the claims and links of the given text files (debugging aid):
//! `cargo run --example links -- FILE...` (publication date 2025-04-28).
use faktenlage::{analyze, ArticleInput, Options};
fn main() {
    let inputs: Vec<ArticleInput> = std::env::args()
        .skip(1)
        .map(|p| {
            let raw = std::fs::read_to_string(&p).unwrap();
            let (text, published) = match raw.strip_prefix("http") {
                // Corpus file: URL, language, date, blank line, text.
                Some(_) => {
                    let mut l = raw.splitn(4, '\n');
                    l.next();
                    l.next();
                    let d = l.next().unwrap().trim_start_matches('~')[..10].to_string();
                    (l.next().unwrap().to_string(), d)
                }
                None => (raw.clone(), "2025-04-28".to_string()),
            };
            let id = std::path::Path::new(&p).file_stem().unwrap().to_string_lossy()[..3].to_string();
            ArticleInput::text(text).id(&id).published(&published)
        })
        .collect();
    let r = analyze(&inputs, &Options::default()).unwrap();
    for c in &r.claims {
        println!(
            "{} [{:?} {:?} src={:?}] {}",
            c.id,
            c.verdict,
            c.modality,
            c.attribution.as_ref().map(|a| &a.source),
            c.text
        );
    }
    for l in &r.links {
        println!("{} -> {} {:?} {:.2}: {}", l.from, l.to, l.relation, l.score, l.explanation.de);
    }
}
