//! Character folding for matching: quote styles, dashes, NBSP, soft hyphens,
//! zero-width characters.
//!
//! OWNER: parsing (issue 3). Folding never changes offsets: callers match on
//! folded text but report spans of the original.

/// Folds one character for comparison; `None` means the character is ignorable
/// (soft hyphen, zero-width space/joiner, BOM).
pub fn fold_char(c: char) -> Option<char> {
    Some(match c {
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => return None,
        '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2009}' => ' ',
        '„' | '“' | '”' | '‟' | '«' | '»' | '″' => '"',
        '‚' | '‘' | '’' | '‹' | '›' | '′' => '\'',
        '–' | '—' | '‒' | '−' | '\u{2011}' => '-',
        c => c,
    })
}

/// Folds a whole string for comparison (lowercase, folded characters).
pub fn fold(s: &str) -> String {
    // Most words are ASCII, where folding is plain lowercasing (fold_char
    // changes no ASCII character); this runs for nearly every token.
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().filter_map(fold_char).flat_map(char::to_lowercase).collect()
}

/// Whether [`fold`] can give more than `s.to_lowercase()`: only when a
/// character folds ([`fold_char`]) or a capital sigma is there (`str`
/// lowercases a final one to `ς`, `fold` works character by character).
/// Most words need neither, and this spares building their folded form.
pub fn folds_beyond_case(s: &str) -> bool {
    s.chars().any(|c| c == 'Σ' || fold_char(c) != Some(c))
}

/// Folded characters with the byte offset each came from, so a match on
/// folded text maps back to exact spans of the original.
pub fn fold_indexed(s: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    s.char_indices().filter_map(|(i, c)| fold_char(c).map(|f| (i, f)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_offsets() {
        assert_eq!(fold("„Kim“ –\u{00A0}Wa\u{00AD}ter"), "\"kim\" - water");
        let s = "a\u{00AD}„b";
        let v: Vec<(usize, char)> = fold_indexed(s).collect();
        assert_eq!(v, vec![(0, 'a'), (3, '"'), (6, 'b')]);
    }
}
