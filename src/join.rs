//! Joining strings with a separator, one copy for the whole crate.
//!
//! `[S]::join` is generic over the element type: `Vec<String>` and
//! `Vec<&str>` each got their own copy (about 1 KB each in the browser
//! build). Here the parts come through a `dyn` iterator, so every caller
//! shares one loop.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_like_the_standard_library() {
        for parts in [vec![], vec!["Kiew"], vec!["Kiew", "", "Moskau", "Pjöngjang"]] {
            assert_eq!(join(&mut parts.iter().copied(), ", "), parts.join(", "));
        }
    }
}
