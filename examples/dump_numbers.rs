use faktenlage::{date::Date, language::Lang, quantity, time};
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let raw = std::fs::read_to_string(&args[1]).unwrap();
    let (lang, pubd, body) = if args.len() > 2 {
        (Lang::from_code(&args[2]).unwrap(), Date::parse_iso(&args[3]), raw.clone())
    } else {
        let mut l = raw.splitn(4, '\n');
        let _ = l.next();
        let lang = Lang::from_code(l.next().unwrap()).unwrap();
        let d = l.next().unwrap().trim_start_matches('~').to_string();
        (lang, Date::parse_iso(&d), l.next().unwrap().to_string())
    };
    let mut start = 0;
    for piece in body.split_inclusive('\n').flat_map(|l| l.split_inclusive(". ")) {
        let span = start..start + piece.len();
        start += piece.len();
        for q in quantity::find(&body, span.clone(), lang) {
            println!("Q {:?} {:?}..{:?} {:?} {:?}", q.text, q.value_min, q.value_max, q.qualifier, q.unit);
        }
        for t in time::find(&body, span.clone(), lang, pubd) {
            println!("T {:?} {:?}..{:?} {:?} rel={}", t.text, t.from, t.to, t.granularity, t.relative);
        }
    }
}
