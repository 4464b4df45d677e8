//! One key for the spellings of a name across German and English, for the
//! names the gazetteer does not know.
//!
//! German and English write Russian, Ukrainian and other names each by
//! their own transliteration: `Sergej Sobjanin` / `Sergei Sobyanin`,
//! `Andrej Worobjow` / `Andrei Vorobyov`, `Gerassimow` / `Gerasimov`,
//! `Charkiw` / `Kharkiv`, `Selenskyj` / `Zelensky`. The key rewrites both
//! to one skeleton, so that the two reports name the same person. It is a
//! key, never shown: `Jörg` keys as `yörg`, in both languages alike.

/// Rewrites anywhere in a word, longest first: German `tsch`/`sch` and
/// English `ch`/`sh`, English `kh` and German `ch`, German doubled `ss`
/// between vowels, German `w` and `j` for English `v` and `y`.
const ANYWHERE: &[(&str, &str)] = &[("tsch", "ch"), ("sch", "sh"), ("kh", "ch"), ("ss", "s"), ("w", "v"), ("j", "y")];

/// Rewrites at a word's end, after those above: `-yy`/`-iy` (`Selenskyj`,
/// `Zelenskyy`) as `-y`, `-ey` (`Sergej`) as English `-ei`.
const AT_END: &[(&str, &str)] = &[("yy", "y"), ("iy", "y"), ("ey", "ei")];

/// The key of one folded word: the rewrites above, and a first `z` as `s`
/// (Russian `З` is German `S`, English `Z`: `Selenskyj`, `Zelensky`). One
/// pass, the longest rewrite at each place first.
pub fn key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut rest = word;
    while let Some(c) = rest.chars().next() {
        if let Some((from, to)) = ANYWHERE.iter().find(|(from, _)| rest.starts_with(from)) {
            out.push_str(to);
            rest = &rest[from.len()..];
            continue;
        }
        out.push(if c == 'z' && out.is_empty() { 's' } else { c });
        rest = &rest[c.len_utf8()..];
    }
    if let Some((from, to)) = AT_END.iter().find(|(from, _)| out.len() > from.len() + 2 && out.ends_with(from)) {
        out.truncate(out.len() - from.len());
        out.push_str(to);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::key;

    #[test]
    fn german_and_english_spellings_meet() {
        for (de, en) in [
            ("sergej", "sergei"),
            ("sobjanin", "sobyanin"),
            ("andrej", "andrei"),
            ("worobjow", "vorobyov"),
            ("gerassimow", "gerasimov"),
            ("charkiw", "kharkiv"),
            ("selenskyj", "zelenskyy"),
            ("selenskyj", "zelensky"),
            ("peskow", "peskov"),
            ("schoigu", "shoigu"),
            ("wassiljew", "vasilyev"),
        ] {
            assert_eq!(key(de), key(en), "{de} / {en}");
        }
    }

    #[test]
    fn different_names_stay_apart() {
        assert_ne!(key("sobjanin"), key("sobchak"));
        assert_ne!(key("peskow"), key("pesko"));
    }
}
