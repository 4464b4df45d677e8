//! Joining strings with a separator, one copy for the whole crate,
//! concatenating them and writing integers without `format!`.
//!
//! `[S]::join` is generic over the element type: `Vec<String>` and
//! `Vec<&str>` each got their own copy (about 1 KB each in the browser
//! build). Here the parts come through a `dyn` iterator, so every caller
//! shares one loop.
//!
//! The explanation texts are pieces of text put end to end. `format!` does
//! that through the formatting machinery (an argument table, a dynamic call
//! per piece, a string grown as it goes), about 700 instructions per text.
//! [`cat`] and [`fill`] size the string once and copy; `fill` keeps a
//! sentence readable as one template, and a call passes only its arguments
//! (a `cat` of literal pieces costs code for each piece in the browser
//! build, more than `format!`).

/// `parts` joined by `sep` (`["a", "b"]`, `", "` → `a, b`).
pub fn join(parts: &mut dyn Iterator<Item = &str>, sep: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part);
    }
    out
}

/// `parts` end to end, in one allocation (`["Artikel ", "2"]` → `Artikel 2`).
// One copy for all callers: inlined at each, it would cost more bytes than
// the formatting it replaces.
#[inline(never)]
pub fn cat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in parts {
        out.push_str(part);
    }
    out
}

/// `template` with `{0}`…`{9}` replaced by `args[0]`…`args[9]`
/// (`fill("Artikel {0} „{1}“", &["2", "Titel"])` → `Artikel 2 „Titel“`).
///
/// Nothing else is special: a `{` not followed by a digit and `}` is
/// copied, and a placeholder without its argument is dropped. The
/// templates are the crate's own texts, never input.
#[inline(never)]
pub fn fill(template: &str, args: &[&str]) -> String {
    let b = template.as_bytes();
    let mut len = template.len();
    for a in args {
        len += a.len();
    }
    let mut out = String::with_capacity(len);
    let (mut from, mut i) = (0, 0);
    while i + 3 <= b.len() {
        if b[i] == b'{' && b[i + 1].is_ascii_digit() && b[i + 2] == b'}' {
            out.push_str(&template[from..i]);
            out.push_str(args.get((b[i + 1] - b'0') as usize).copied().unwrap_or(""));
            i += 3;
            from = i;
        } else {
            i += 1;
        }
    }
    out.push_str(&template[from..]);
    out
}

/// `n` in decimal digits (`1234` → `1234`), without the formatting machinery.
#[inline(never)]
pub fn decimal(n: u64) -> String {
    let mut out = String::with_capacity(20);
    push_decimal(n, &mut out);
    out
}

/// `n` in decimal digits, appended to `out` (the JSON writer's integers, and [`decimal`]).
pub fn push_decimal(mut n: u64, out: &mut String) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&buf[i..]).unwrap_or_default());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concatenates_and_counts_like_format() {
        assert_eq!(cat(&[]), "");
        assert_eq!(cat(&["Gleiche Zahl (", "10.000 Soldaten", ")"]), "Gleiche Zahl (10.000 Soldaten)");
        assert_eq!(cat(&["„", "Kim Jong-un", "“ 🙂"]), format!("„{}“ 🙂", "Kim Jong-un"));
        assert_eq!(fill("Artikel {0} „{1}“", &["2", "Titel"]), "Artikel 2 „Titel“");
        assert_eq!(fill("{1}{0}{1}", &["a", "🙂"]), "🙂a🙂");
        assert_eq!(fill("{0}", &["x"]), "x");
        assert_eq!(fill("{", &[]), "{");
        assert_eq!(fill("ä{x} {2} {1", &["a"]), "ä{x}  {1");
        assert_eq!(fill("", &["a"]), "");
        for n in [0, 7, 10, 999, 1000, 123_456_789, u64::MAX] {
            assert_eq!(decimal(n), n.to_string());
        }
    }

    #[test]
    fn joins_like_the_standard_library() {
        for parts in [vec![], vec!["Kiew"], vec!["Kiew", "", "Moskau", "Pjöngjang"]] {
            assert_eq!(join(&mut parts.iter().copied(), ", "), parts.join(", "));
        }
    }
}
