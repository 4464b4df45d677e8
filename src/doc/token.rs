//! Word-level tokens with exact byte spans and their lowercased and folded
//! forms.
//!
//! The [`Document`](super::Document) tokenizes each sentence once; every
//! extractor (quantities, times, entities, attribution, modality) reads the
//! same tokens, so they agree on what a word is and nothing lowercases or
//! folds a word twice. A token never crosses
//! whitespace. Numbers keep their German/English/Swiss group and decimal
//! separators (`10.000`, `1,5`, `10,000`, `100'000`) so that the quantity
//! module can read them; dates like `13.01.2025` stay one token too.

use super::normalize;
use std::borrow::Cow;
use std::ops::Range;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner hyphens or apostrophes (`Kim-Jong-un`, `Kursk-Kämpfen`).
    Word,
    /// Digits with inner `.`, `,`, `'`, `’` separators (`10.000`, `13.01.2025`, `4,972`).
    Number,
    /// Digits glued to letters (`2.vl`, `24h`, `71-Jährige`): kept whole.
    Mixed,
    /// A single punctuation or symbol character.
    Punct,
}

/// One token: its kind, where it is, and its lowercased and folded forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    pub kind: TokenKind,
    pub text: &'a str,
    /// Byte span in the tokenized text (absolute when an offset was given).
    pub start: usize,
    pub end: usize,
    /// Lowercased text (borrowed when the text has no uppercase letter).
    pub lower: Cow<'a, str>,
    /// The folded form ([`normalize::fold`]) when it differs from `lower`:
    /// only non-ASCII tokens with quote styles, dashes or soft hyphens.
    folded: Option<Box<str>>,
    /// Whether the token is inside a quotation, marks included. Set by the
    /// document for its sentences; `false` from plain [`tokenize`].
    pub quoted: bool,
    /// The word's flags in the function-word lexicon
    /// ([`crate::lexicon::words`]), looked up once here; 0 for numbers and
    /// punctuation.
    pub lex: u32,
}

impl<'a> Token<'a> {
    /// The byte range.
    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Whether the token starts with an uppercase letter.
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_uppercase())
    }

    /// The folded form: lowercase, with quote styles, dashes and invisible
    /// characters normalized ([`normalize::fold`]).
    pub fn folded(&self) -> &str {
        self.folded.as_deref().unwrap_or(&self.lower)
    }

    /// Builds a token, computing its lowercased and folded forms once.
    pub fn new(kind: TokenKind, text: &'a str, start: usize, end: usize) -> Token<'a> {
        let lower = lower(text);
        let folded = if text.is_ascii() || !normalize::folds_beyond_case(text) {
            None
        } else {
            let f = normalize::fold(text);
            (f != *lower).then(|| f.into_boxed_str())
        };
        let lex = match kind {
            TokenKind::Word | TokenKind::Mixed => crate::lexicon::words::flags(folded.as_deref().unwrap_or(&lower)),
            TokenKind::Number | TokenKind::Punct => 0,
        };
        Token { kind, text, start, end, lower, folded, quoted: false, lex }
    }

    /// Whether the word is on the function-word list of `flag`
    /// ([`crate::lexicon::words`]).
    pub fn is(&self, flag: u32) -> bool {
        self.lex & flag != 0
    }
}

/// Lowercases without allocating when there is nothing to lowercase.
pub fn lower(s: &str) -> Cow<'_, str> {
    // Not `char::is_uppercase`: titlecase letters (`ǅ`) lowercase too.
    let unchanged = |c: char| {
        let mut l = c.to_lowercase();
        l.next() == Some(c) && l.next().is_none()
    };
    if s.is_ascii() {
        // The same as `to_lowercase` here, without its Unicode machinery.
        return if s.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(s.to_ascii_lowercase())
        } else {
            Cow::Borrowed(s)
        };
    }
    if s.chars().all(unchanged) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '\u{00AD}' // soft hyphen stays inside a word
}

fn is_inner_joiner(c: char) -> bool {
    matches!(c, '-' | '\u{2011}' | '\'' | '’')
}

fn is_number_sep(c: char) -> bool {
    matches!(c, '.' | ',' | '\'' | '’')
}

/// Splits `text` into tokens. `offset` is added to every span, so a caller
/// that tokenizes a sentence gets offsets into the whole article.
pub fn tokenize(text: &str, offset: usize) -> Vec<Token<'_>> {
    let mut out = Vec::with_capacity(text.len() / 4 + 1);
    tokenize_into(text, offset, &mut out);
    out
}

/// The character at byte `i` of `text` (a char boundary), if any.
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[i..].chars().next(),
        None => None,
    }
}

/// [`tokenize`], appending to `out`: the document tokenizes its sentences
/// into one vector, without a vector per sentence.
pub fn tokenize_into<'a>(text: &'a str, offset: usize, out: &mut Vec<Token<'a>>) {
    // Byte positions, reading characters where they are needed: most text
    // is ASCII, and decoding it into a vector of characters first cost
    // more than the tokenizing.
    let at = |i: usize| char_at(text, i);
    let is = |i: usize, f: fn(char) -> bool| at(i).is_some_and(f);
    let word_or_digit = |c: char| is_word_char(c) || c.is_ascii_digit();
    let mut i = 0;
    while let Some(c) = at(i) {
        if c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}' {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let kind;
        if c.is_ascii_digit() {
            i += 1;
            loop {
                while is(i, |c| c.is_ascii_digit()) {
                    i += 1;
                }
                // A separator counts only between digits: `10.000` yes, `2024.` no.
                if let Some(sep) = at(i).filter(|&c| is_number_sep(c)) {
                    if is(i + sep.len_utf8(), |c| c.is_ascii_digit()) {
                        i += sep.len_utf8();
                        continue;
                    }
                }
                break;
            }
            match at(i) {
                Some(c) if is_word_char(c) => {
                    while let Some(c) = at(i).filter(|&c| word_or_digit(c)) {
                        i += c.len_utf8();
                    }
                    kind = TokenKind::Mixed;
                }
                // `71-Jährige`, `24-stündig`
                Some('-') if is(i + 1, is_word_char) => {
                    i += 1;
                    while let Some(c) = at(i).filter(|&c| is_word_char(c) || is_inner_joiner(c)) {
                        i += c.len_utf8();
                    }
                    kind = TokenKind::Mixed;
                }
                _ => kind = TokenKind::Number,
            }
        } else if is_word_char(c) {
            i += c.len_utf8();
            loop {
                while let Some(c) = at(i).filter(|&c| word_or_digit(c)) {
                    i += c.len_utf8();
                }
                if let Some(j) = at(i).filter(|&c| is_inner_joiner(c)) {
                    if is(i + j.len_utf8(), word_or_digit) {
                        i += j.len_utf8();
                        continue;
                    }
                }
                break;
            }
            kind = TokenKind::Word;
        } else {
            i += c.len_utf8();
            kind = TokenKind::Punct;
        }
        out.push(Token::new(kind, &text[start..i], start + offset, i + offset));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s, 0).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn numbers_keep_separators() {
        assert_eq!(texts("etwa 10.000 bis 12.000 Soldaten."), ["etwa", "10.000", "bis", "12.000", "Soldaten", "."]);
        assert_eq!(texts("am 13.01.2025 | 1:27 min"), ["am", "13.01.2025", "|", "1", ":", "27", "min"]);
        assert_eq!(texts("100'000 und 1,5 Millionen"), ["100'000", "und", "1,5", "Millionen"]);
        assert_eq!(texts("im Juni 2024."), ["im", "Juni", "2024", "."]);
    }

    #[test]
    fn words_keep_inner_hyphens() {
        assert_eq!(texts("Kim Jong-un, Kursk-Kämpfen"), ["Kim", "Jong-un", ",", "Kursk-Kämpfen"]);
        assert_eq!(texts("„Mut“"), ["„", "Mut", "“"]);
        assert_eq!(texts("Der 71-Jährige (2.vl)"), ["Der", "71-Jährige", "(", "2", ".", "vl", ")"]);
    }

    #[test]
    fn offsets_are_absolute() {
        let t = tokenize("Grüße an Kim", 10);
        assert_eq!(t[1].start, 10 + "Grüße ".len());
        assert_eq!(t[2].text, "Kim");
    }
}
