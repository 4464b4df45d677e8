//! Articles and options read from JSON text, by hand.
//!
//! The browser hands its input over as one `JSON.stringify`d string, and the
//! CLI reads `.json` files and stdin in the same shape:
//! `[{id?, text?, html?, title?, published?, lang?, hints?}]` and
//! `{gazetteer?: [{id, name, type?, aliases?, roles?, adjectives?}]}`.
//! A small reader of our own keeps serde's generic deserializer code out of
//! the browser build, and gives the same messages on both sides.
//!
//! Untrusted input: any text may arrive. The reader never panics, limits
//! nesting to [`MAX_DEPTH`] (so hostile input cannot exhaust the stack), says
//! where malformed JSON goes wrong (line and column), and ignores fields it
//! does not know, as the JS API always has.

use super::{ArticleInput, Options};
use crate::lexicon::gazetteer::Entry;
use crate::report::{Block, BlockKind, EntityKind};

/// Deepest nesting of arrays and objects accepted.
pub const MAX_DEPTH: usize = 64;

/// A parsed JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// What kind of value this is, for messages (`a string`, `an array`, …).
    fn describe(&self) -> String {
        match self {
            Value::Null => "null".into(),
            Value::Bool(b) => format!("boolean `{b}`"),
            Value::Number(_) => "a number".into(),
            Value::String(s) if s.chars().count() <= 40 => format!("string {}", super::quoted(s)),
            Value::String(_) => "a string".into(),
            Value::Array(_) => "an array".into(),
            Value::Object(_) => "an object".into(),
        }
    }

    fn field(&self, name: &str) -> Option<&Value> {
        match self {
            Value::Object(fields) => fields.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Why the input could not be read: malformed JSON, or JSON of the wrong shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON; the message says what and where (`line 3, column 7`).
    Syntax(String),
    /// JSON, but not articles (or options) of the expected shape.
    Shape(String),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Syntax(m) | ReadError::Shape(m) => f.write_str(m),
        }
    }
}

/// Parses JSON text.
pub fn parse(text: &str) -> Result<Value, ReadError> {
    let mut p = Parser { s: text.as_bytes(), text, i: 0 };
    p.ws();
    let v = p.value(0)?;
    p.ws();
    if p.i < p.s.len() {
        return Err(p.error("trailing characters"));
    }
    Ok(v)
}

/// Reads an array of articles.
pub fn articles(text: &str) -> Result<Vec<ArticleInput>, ReadError> {
    articles_from(&parse(text)?)
}

/// Reads options; `null` means the defaults.
pub fn options(text: &str) -> Result<Options, ReadError> {
    options_from(&parse(text)?)
}

/// Articles from a parsed value.
pub fn articles_from(v: &Value) -> Result<Vec<ArticleInput>, ReadError> {
    let Value::Array(items) = v else {
        return Err(ReadError::Shape("articles: expected an array of articles".into()));
    };
    // Plain loops here and below: a `collect` into a `Result` costs a
    // generic adapter per call site in the wasm.
    let mut articles = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        articles.push(article(item).map_err(|m| ReadError::Shape(format!("article {}: {m}", i + 1)))?);
    }
    Ok(articles)
}

/// Options from a parsed value.
pub fn options_from(v: &Value) -> Result<Options, ReadError> {
    let shape = |m: String| ReadError::Shape(format!("options: {m}"));
    match v {
        Value::Null => Ok(Options::default()),
        Value::Object(_) => {
            let gazetteer = match v.field("gazetteer") {
                None | Some(Value::Null) => Vec::new(),
                Some(Value::Array(entries)) => {
                    let mut gazetteer = Vec::with_capacity(entries.len());
                    for (i, e) in entries.iter().enumerate() {
                        gazetteer.push(entry(e).map_err(|m| shape(format!("gazetteer entry {}: {m}", i + 1)))?);
                    }
                    gazetteer
                }
                Some(other) => return Err(shape(invalid(other, "an array"))),
            };
            Ok(Options { gazetteer })
        }
        other => Err(shape(invalid(other, "an object"))),
    }
}

fn invalid(found: &Value, expected: &str) -> String {
    format!("invalid type: {}, expected {expected}", found.describe())
}

fn article(v: &Value) -> Result<ArticleInput, String> {
    if !matches!(v, Value::Object(_)) {
        return Err("expected an object like {text: \"…\"}".into());
    }
    let hints = match v.field("hints") {
        None | Some(Value::Null) => None,
        Some(Value::Array(items)) => {
            let mut hints = Vec::with_capacity(items.len());
            for item in items {
                hints.push(hint(item)?);
            }
            Some(hints)
        }
        Some(other) => return Err(format!("hints: {}", invalid(other, "an array"))),
    };
    Ok(ArticleInput {
        id: string(v, "id")?,
        text: string(v, "text")?,
        html: string(v, "html")?,
        title: string(v, "title")?,
        published: string(v, "published")?,
        lang: string(v, "lang")?,
        hints,
    })
}

/// An optional string field (absent and `null` are both `None`).
fn string(v: &Value, name: &str) -> Result<Option<String>, String> {
    match v.field(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(format!("{} for `{name}`", invalid(other, "a string"))),
    }
}

fn strings(v: &Value, name: &str) -> Result<Vec<String>, String> {
    match v.field(name) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => {
            let mut out = Vec::with_capacity(items.len());
            for x in items {
                match x {
                    Value::String(s) => out.push(s.clone()),
                    other => return Err(format!("{} in `{name}`", invalid(other, "a string"))),
                }
            }
            Ok(out)
        }
        Some(other) => Err(format!("{} for `{name}`", invalid(other, "an array of strings"))),
    }
}

fn offset(v: &Value, name: &str) -> Result<usize, String> {
    match v.field(name) {
        Some(Value::Number(n)) if *n >= 0.0 && n.fract() == 0.0 && *n <= u32::MAX as f64 => Ok(*n as usize),
        Some(other) => Err(format!("{} for `{name}`", invalid(other, "a whole number ≥ 0"))),
        None => Err(format!("missing field `{name}`")),
    }
}

fn hint(v: &Value) -> Result<Block, String> {
    let kind = match v.field("kind") {
        Some(Value::String(k)) => {
            BlockKind::from_name(k).ok_or_else(|| format!("hints: {}", super::unknown_variant(k, BlockKind::NAMES)))?
        }
        Some(other) => return Err(format!("hints: {}", invalid(other, "a block kind"))),
        None => return Err("hints: missing field `kind`".into()),
    };
    Ok(Block { kind, start: offset(v, "start")?, end: offset(v, "end")? })
}

fn entry(v: &Value) -> Result<Entry, String> {
    if !matches!(v, Value::Object(_)) {
        return Err(invalid(v, "an object like {id, name}"));
    }
    let required = |name: &str| string(v, name)?.ok_or_else(|| format!("missing field `{name}`"));
    let kind = match string(v, "type")? {
        None => EntityKind::default(),
        Some(k) => EntityKind::from_name(&k).ok_or_else(|| super::unknown_variant(&k, EntityKind::NAMES))?,
    };
    Ok(Entry {
        id: required("id")?,
        name: required("name")?,
        kind,
        aliases: strings(v, "aliases")?,
        roles: strings(v, "roles")?,
        adjectives: strings(v, "adjectives")?,
    })
}

struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    i: usize,
}

impl Parser<'_> {
    fn error(&self, what: &str) -> ReadError {
        let before = &self.text.as_bytes()[..self.i.min(self.s.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        let column = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
        ReadError::Syntax(format!("malformed JSON at line {line}, column {column}: {what}"))
    }

    fn ws(&mut self) {
        while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn eat(&mut self, lit: &str) -> bool {
        if self.s[self.i..].starts_with(lit.as_bytes()) {
            self.i += lit.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, ReadError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nesting too deep"));
        }
        match self.s.get(self.i) {
            None => Err(self.error("unexpected end of input")),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ if self.eat("null") => Ok(Value::Null),
            _ if self.eat("true") => Ok(Value::Bool(true)),
            _ if self.eat("false") => Ok(Value::Bool(false)),
            _ => Err(self.error("expected a value")),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, ReadError> {
        self.i += 1;
        let mut items = Vec::new();
        self.ws();
        if self.eat("]") {
            return Ok(Value::Array(items));
        }
        loop {
            self.ws();
            items.push(self.value(depth + 1)?);
            self.ws();
            if self.eat(",") {
                continue;
            }
            if self.eat("]") {
                return Ok(Value::Array(items));
            }
            return Err(self.error("expected `,` or `]`"));
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, ReadError> {
        self.i += 1;
        let mut fields = Vec::new();
        self.ws();
        if self.eat("}") {
            return Ok(Value::Object(fields));
        }
        loop {
            self.ws();
            if self.s.get(self.i) != Some(&b'"') {
                return Err(self.error("expected a field name"));
            }
            let key = self.string()?;
            self.ws();
            if !self.eat(":") {
                return Err(self.error("expected `:`"));
            }
            self.ws();
            fields.push((key, self.value(depth + 1)?));
            self.ws();
            if self.eat(",") {
                continue;
            }
            if self.eat("}") {
                return Ok(Value::Object(fields));
            }
            return Err(self.error("expected `,` or `}`"));
        }
    }

    fn number(&mut self) -> Result<Value, ReadError> {
        let start = self.i;
        let digits = |p: &mut Self| {
            let from = p.i;
            while p.i < p.s.len() && p.s[p.i].is_ascii_digit() {
                p.i += 1;
            }
            p.i > from
        };
        let negative = self.eat("-");
        let int_from = self.i;
        if !digits(self) {
            return Err(self.error("expected digits"));
        }
        let mut end = self.i;
        if self.eat(".") {
            if !digits(self) {
                return Err(self.error("expected digits after `.`"));
            }
            end = self.i;
        }
        let mut exponent = 0i32;
        if self.i < self.s.len() && matches!(self.s[self.i], b'e' | b'E') {
            self.i += 1;
            let minus = self.eat("-");
            if !minus {
                self.eat("+");
            }
            let from = self.i;
            if !digits(self) {
                return Err(self.error("expected digits in the exponent"));
            }
            let e: i32 = self.text[from..self.i]
                .bytes()
                .fold(0i32, |a, b| a.saturating_mul(10).saturating_add(i32::from(b - b'0')));
            exponent = if minus { -e } else { e };
        }
        let mut v = crate::extract::quantity::decimal(&self.text[int_from..end])
            .ok_or_else(|| self.error(&format!("bad number {}", super::quoted(&self.text[start..self.i]))))?;
        for _ in 0..exponent.unsigned_abs().min(400) {
            v = if exponent < 0 { v / 10.0 } else { v * 10.0 };
        }
        Ok(Value::Number(if negative { -v } else { v }))
    }

    fn hex4(&mut self) -> Result<u32, ReadError> {
        let h = self.s.get(self.i..self.i + 4).ok_or_else(|| self.error("short \\u escape"))?;
        let mut n = 0;
        for &b in h {
            let d = (b as char).to_digit(16).ok_or_else(|| self.error("bad \\u escape"))?;
            n = n * 16 + d;
        }
        self.i += 4;
        Ok(n)
    }

    fn string(&mut self) -> Result<String, ReadError> {
        self.i += 1; // the opening quote
        let mut out = String::new();
        let mut plain = self.i;
        loop {
            let Some(&b) = self.s.get(self.i) else { return Err(self.error("unterminated string")) };
            match b {
                b'"' => {
                    out.push_str(&self.text[plain..self.i]);
                    self.i += 1;
                    return Ok(out);
                }
                b'\\' => {
                    out.push_str(&self.text[plain..self.i]);
                    self.i += 1;
                    let Some(&e) = self.s.get(self.i) else { return Err(self.error("unterminated string")) };
                    self.i += 1;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let hi = self.hex4()?;
                            let c = if (0xD800..0xDC00).contains(&hi) && self.s[self.i..].starts_with(b"\\u") {
                                let save = self.i;
                                self.i += 2;
                                let lo = self.hex4()?;
                                if (0xDC00..0xE000).contains(&lo) {
                                    char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
                                } else {
                                    self.i = save; // a lone high surrogate, then another escape
                                    None
                                }
                            } else {
                                char::from_u32(hi)
                            };
                            // A lone surrogate (JS strings may hold one) becomes U+FFFD.
                            out.push(c.unwrap_or('\u{FFFD}'));
                        }
                        _ => return Err(self.error("bad escape")),
                    }
                    plain = self.i;
                }
                0..=0x1f => return Err(self.error("control character in string")),
                _ => self.i += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_articles() {
        let a = articles(
            r#"[{"text":"Gr\u00fc\u00dfe \ud83c\uddf0\ud83c\uddf5 „x“","published":"2025-04-28","extra":[1,{"a":null}],
            "hints":[{"kind":"caption","start":0,"end":3}]},{"html":"<p>x</p>","id":null}]"#,
        )
        .unwrap();
        assert_eq!(a[0].text.as_deref(), Some("Grüße 🇰🇵 „x“"));
        assert_eq!(a[0].hints.as_ref().unwrap()[0], Block { kind: BlockKind::Caption, start: 0, end: 3 });
        assert_eq!((a[1].html.as_deref(), a[1].id.as_deref()), (Some("<p>x</p>"), None));
    }

    #[test]
    fn says_what_is_wrong() {
        let shape = |s: &str| articles(s).unwrap_err().to_string();
        assert_eq!(shape(r#""Nordkorea""#), "articles: expected an array of articles");
        assert_eq!(shape(r#"["x"]"#), "article 1: expected an object like {text: \"…\"}");
        assert_eq!(
            shape(r#"[{"text":"a"},{"text":5}]"#),
            "article 2: invalid type: a number, expected a string for `text`"
        );
        assert!(shape(r#"[{"text":"x","hints":[{"kind":"banner","start":0,"end":1}]}]"#)
            .contains("unknown variant `banner`"));
        assert_eq!(shape("[{\"text\":\n  tru}]"), "malformed JSON at line 2, column 3: expected a value");
        assert!(options(r#"{"gazetteer":3}"#).unwrap_err().to_string().starts_with("options: invalid type"));
        let deep = "[".repeat(10_000);
        assert!(shape(&deep).contains("nesting too deep"));
        assert_eq!(parse("-1.5e2").unwrap(), Value::Number(-150.0));
        assert_eq!(parse(r#""\ud800x""#).unwrap(), Value::String("\u{FFFD}x".into()));
    }

    #[test]
    fn reads_options() {
        let o = options(r#"{"gazetteer":[{"id":"x","name":"X Y","type":"person","aliases":["XY"]}]}"#).unwrap();
        assert_eq!(
            (o.gazetteer[0].id.as_str(), o.gazetteer[0].kind, &o.gazetteer[0].aliases[..]),
            ("x", EntityKind::Person, &["XY".to_string()][..])
        );
        assert_eq!(options("null").unwrap(), Options::default());
    }
}
