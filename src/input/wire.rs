//! Articles and options as the browser build receives them: already checked
//! by the JS side, in a flat form that is read in one pass.
//!
//! Why not JSON: a JSON reader with its messages is about 6 KiB of the
//! gzipped wasm, and the JS side has a JSON parser of its own. So the JS
//! half of the boundary (`www/src/analyze.js`) checks the input's shape,
//! with the messages [`super::json`] gives the CLI (`tests/data/
//! input-errors.json` holds both to the same cases), and hands over this:
//!
//! ```text
//! input   := count article{count} count entry{count}
//! article := field{6} hints           id, text, html, title, published, lang
//! hints   := '-' | count hint{count}
//! hint    := field number number      kind, start, end
//! entry   := field{3} list{3}         id, name, type; aliases, roles, adjectives
//! list    := count field{count}
//! field   := '-' | length ':' text    '-' is absent; length in UTF-16 code units
//! count   := number
//! number  := digits ';'
//! ```
//!
//! Lengths count UTF-16 code units because that is what a JS string's
//! `length` is: the JS side writes them without encoding anything, and the
//! reader walks the UTF-8 it receives once.
//!
//! Untrusted input: only our JS writes this form, but the reader takes any
//! text without panicking. Anything that does not follow the form is an
//! error that names its byte offset; block and entity kinds are checked
//! here as well, with the JSON reader's messages.

use super::{ArticleInput, Options};
use crate::lexicon::gazetteer::Entry;
use crate::report::{Block, BlockKind, EntityKind};

/// Reads the articles and options of one analysis.
///
/// The error is a message for the caller: a kind the core does not know
/// (as the JSON reader words it), or input not in this form.
pub fn read(input: &str) -> Result<(Vec<ArticleInput>, Options), String> {
    let mut r = Reader { s: input, i: 0 };
    let n = r.number().map_err(|e| e.message(""))?;
    let mut articles = Vec::new();
    for i in 0..n {
        articles.push(r.article().map_err(|e| e.message(&format!("article {}: ", i + 1)))?);
    }
    let n = r.number().map_err(|e| e.message(""))?;
    let mut gazetteer = Vec::new();
    for i in 0..n {
        gazetteer.push(r.entry().map_err(|e| e.message(&format!("options: gazetteer entry {}: ", i + 1)))?);
    }
    if r.i != input.len() {
        return Err(r.malformed().message(""));
    }
    Ok((articles, Options { gazetteer }))
}

/// What went wrong while reading.
enum Error {
    /// Not this form, at this byte.
    Malformed(usize),
    /// A kind name the core does not know: the message, without the
    /// article or entry it is in.
    Kind(String),
}

impl Error {
    /// The message, with `whose` (`article 2: `) before a kind error.
    fn message(self, whose: &str) -> String {
        match self {
            Error::Malformed(at) => format!("malformed input for the core at byte {at}"),
            Error::Kind(m) => format!("{whose}{m}"),
        }
    }
}

struct Reader<'a> {
    s: &'a str,
    /// Always at a character boundary of `s`.
    i: usize,
}

impl<'a> Reader<'a> {
    fn malformed(&self) -> Error {
        Error::Malformed(self.i)
    }

    /// Digits up to `end`, at most `u32::MAX`; the reader moves past `end`.
    fn digits(&mut self, end: u8) -> Result<usize, Error> {
        let rest = &self.s.as_bytes()[self.i..];
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 || digits > 10 || rest.get(digits) != Some(&end) {
            return Err(self.malformed());
        }
        let n = rest[..digits].iter().fold(0u64, |n, d| n * 10 + u64::from(d - b'0'));
        let n = u32::try_from(n).map_err(|_| self.malformed())?;
        self.i += digits + 1;
        Ok(n as usize)
    }

    /// A count or an offset: digits and `;`.
    fn number(&mut self) -> Result<usize, Error> {
        self.digits(b';')
    }

    /// A field: `None` when absent.
    fn field(&mut self) -> Result<Option<&'a str>, Error> {
        let b = self.s.as_bytes();
        if b.get(self.i) == Some(&b'-') {
            self.i += 1;
            return Ok(None);
        }
        let units = self.digits(b':')?;
        let start = self.i;
        // Walk `units` UTF-16 code units: one per character below U+10000
        // (one lead byte each), two above (lead bytes 0xF0 and up). From a
        // character boundary of valid UTF-8 this lands on one again.
        let (mut at, mut seen) = (start, 0);
        while seen < units {
            let Some(&lead) = b.get(at) else { return Err(self.malformed()) };
            seen += if lead >= 0xF0 { 2 } else { 1 };
            at += match lead {
                0x00..=0x7F => 1,
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
        }
        // A count that ends inside a surrogate pair is not this form.
        let text = self.s.get(start..at).filter(|_| seen == units).ok_or_else(|| self.malformed())?;
        self.i = at;
        Ok(Some(text))
    }

    fn string(&mut self) -> Result<Option<String>, Error> {
        Ok(self.field()?.map(str::to_string))
    }

    fn list(&mut self) -> Result<Vec<String>, Error> {
        let n = self.number()?;
        let mut out = Vec::new();
        for _ in 0..n {
            out.push(self.field()?.ok_or_else(|| self.malformed())?.to_string());
        }
        Ok(out)
    }

    fn article(&mut self) -> Result<ArticleInput, Error> {
        let (id, text, html) = (self.string()?, self.string()?, self.string()?);
        let (title, published, lang) = (self.string()?, self.string()?, self.string()?);
        let hints = if self.s.as_bytes().get(self.i) == Some(&b'-') {
            self.i += 1;
            None
        } else {
            let n = self.number()?;
            let mut hints = Vec::new();
            for _ in 0..n {
                let kind = self.field()?.ok_or_else(|| self.malformed())?;
                let kind = BlockKind::from_name(kind)
                    .ok_or_else(|| Error::Kind(format!("hints: {}", super::unknown_variant(kind, BlockKind::NAMES))))?;
                hints.push(Block { kind, start: self.number()?, end: self.number()? });
            }
            Some(hints)
        };
        Ok(ArticleInput { id, text, html, title, published, lang, hints })
    }

    fn entry(&mut self) -> Result<Entry, Error> {
        let id = self.field()?.ok_or_else(|| self.malformed())?.to_string();
        let name = self.field()?.ok_or_else(|| self.malformed())?.to_string();
        let kind = match self.field()? {
            None => EntityKind::default(),
            Some(k) => {
                EntityKind::from_name(k).ok_or_else(|| Error::Kind(super::unknown_variant(k, EntityKind::NAMES)))?
            }
        };
        Ok(Entry { id, name, kind, aliases: self.list()?, roles: self.list()?, adjectives: self.list()? })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_articles_hints_and_gazetteer_entries() {
        let text = "Kim „sagte“ 🙂 am Montag.";
        let units = text.encode_utf16().count();
        let input = format!(
            "2;2:a1{units}:{text}-5:Titel10:2025-04-282:de1;8:headline0;5;\
             -------1;7:kim_jup7:Kim Jup6:person2;8:Kim Jong7:Kim Jup0;1;8:russisch"
        );
        let (articles, options) = read(&input).unwrap();
        assert_eq!(articles.len(), 2);
        let a = &articles[0];
        assert_eq!((a.id.as_deref(), a.text.as_deref(), a.html.as_deref()), (Some("a1"), Some(text), None));
        assert_eq!(
            (a.title.as_deref(), a.published.as_deref(), a.lang.as_deref()),
            (Some("Titel"), Some("2025-04-28"), Some("de"))
        );
        assert_eq!(a.hints, Some(vec![Block { kind: BlockKind::Headline, start: 0, end: 5 }]));
        assert_eq!(articles[1], ArticleInput::default());
        let e = &options.gazetteer[0];
        assert_eq!((e.id.as_str(), e.name.as_str(), e.kind), ("kim_jup", "Kim Jup", EntityKind::Person));
        assert_eq!(
            (e.aliases.len(), e.roles.len(), e.adjectives.as_slice()),
            (2, 0, ["russisch".to_string()].as_slice())
        );
    }

    #[test]
    fn unknown_kinds_get_the_json_readers_message() {
        let err = read("1;------1;6:banner0;1;0;").unwrap_err();
        assert!(err.starts_with("article 1: hints: unknown variant `banner`, expected one of `"), "{err}");
        let err = read("0;1;1:x1:y4:fish0;0;0;").unwrap_err();
        assert!(err.starts_with("options: gazetteer entry 1: unknown variant `fish`, expected one of `"), "{err}");
    }

    #[test]
    fn anything_else_is_malformed_and_never_panics() {
        let cases = [
            "",
            "x",
            "1;",
            "1;------",
            "0;0;x",
            "0;",
            "1;5:ab----",
            "1;2:🙂-----",
            "1;1:🙂-----",
            "1;3:ä",
            "99999999999;0;",
            "4294967296;0;",
            "1;------1;8:headline",
            "0;1;-",
            "1;------1;8:headline0;1",
        ];
        for c in cases {
            let err = read(c).unwrap_err();
            assert!(err.starts_with("malformed input for the core at byte "), "{c:?}: {err}");
        }
        // Every prefix of a good input, cut at any character boundary.
        let good = "1;2:a113:Kim sagte 🙂.-----0;";
        assert!(read(good).is_ok());
        for (i, _) in good.char_indices() {
            assert!(read(&good[..i]).is_err(), "{i}");
        }
    }
}
