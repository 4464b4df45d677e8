//! Markup to text for native callers (CLI, Node). OWNER: parsing (issue 3).
//!
//! In the browser the frontend parses HTML with `DOMParser` and hands text
//! plus block hints over; this module is the small, tolerant native
//! counterpart so the CLI accepts the same `html` input. It is a hand-written
//! tokenizer, not a full HTML5 parser: it never fails and never panics, on
//! unclosed tags, broken entities or binary junk alike.
//!
//! # The text-extraction rule (the JS side follows the same rule)
//!
//! * Take the first `<article>` element if the page has one, else the `<body>`
//!   (else the whole document).
//! * Skip the contents of `script`, `style`, `noscript`, `template`, `svg`,
//!   `math`, `iframe`, `textarea`, `select`, `title`, `object`, `canvas`,
//!   `button` and `faktenlage-overlay`, of every element with a `hidden`
//!   attribute or `aria-hidden="true"`, and `input`.
//! * Inside text nodes, every run of ASCII whitespace (space, tab, CR, LF, FF)
//!   becomes one space, as CSS collapses it; NBSP and other characters stay
//!   as they are. Entities are decoded.
//! * Block-level elements (`p`, `h1`–`h6`, `li`, `ul`, `ol`, `figure`,
//!   `figcaption`, `blockquote`, `div`, `section`, `article`, `aside`,
//!   `header`, `footer`, `nav`, `main`, `table`, `tr`, `td`, `th`, `dl`, `dt`,
//!   `dd`, `pre`, `hr`, `form`, `address`, `details`, `summary`) start and end
//!   a paragraph: consecutive paragraphs are separated by exactly one blank
//!   line (`"\n\n"`), except that a `<p>` right after a `</p>` follows on
//!   the next line (`"\n"`), the way text copied from a news page looks.
//!   A `<time>` inside a `<header>` is a block too. `<br>` is a line break
//!   (`"\n"`). No whitespace is kept
//!   at the start or end of a paragraph, and the text has no leading or
//!   trailing blank lines.
//! * Hints (byte spans into the text; UTF-16 units on the JS side) mark the
//!   text of `h1` (headline), `h2`–`h4` (subheading), `figcaption` (caption),
//!   `aside` (related), `nav`/`footer` and a `time` in a `header` (other). Only the outermost hinted
//!   element counts: a heading inside an `aside` is part of the related box.
//!
//! Metadata: `title` from JSON-LD `NewsArticle.headline`, `og:title`, the
//! first `h1`, or `<title>`; `published` (date part only, `YYYY-MM-DD`) from
//! the first real date of, in this order: the `datePublished` of a JSON-LD
//! item whose `@type` ends in `Article`, a `meta` whose `property` (else
//! `name`) is `article:published_time`, `datePublished` or `date`, a
//! `time[datetime]` inside the article's part of the page (the browser reads
//! a page with one article the same way; see `www/src/discovery.js`);
//! `lang` from `<html lang>` when it is German or English.

use crate::report::{Block, BlockKind};

/// Text and metadata taken from a page or an `<article>` element.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub text: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub lang: Option<String>,
    /// Block kinds known from markup (`h1`, `figcaption`, `aside`), byte spans into `text`.
    pub hints: Vec<Block>,
}

/// Extracts text and metadata from markup.
pub fn extract(html: &str) -> Page {
    let tokens = tokenize(html);
    let mut meta = Meta::default();
    for t in &tokens {
        meta.see(t);
    }
    // The part of the page whose text is the article.
    let range = element_range(&tokens, "article").or_else(|| element_range(&tokens, "body")).unwrap_or(0..tokens.len());
    // The article's own date: its first `<time datetime>` that is a real
    // date (one in the site's header before the article is not its date).
    meta.time = tokens[range.clone()].iter().find_map(|t| match t {
        Token::Start { name, attrs, .. } if name == "time" => {
            attrs.iter().find(|a| a.0 == "datetime").and_then(|a| real_date(&a.1))
        }
        _ => None,
    });
    let mut w = TextWriter::default();
    let mut skip: Option<(&str, usize)> = None; // skipped element and its nesting depth
    let mut in_header = 0usize; // open <header> elements
    let mut time_blocks: Vec<bool> = Vec::new(); // open <time> elements: is each a block?
    for t in &tokens[range] {
        if let Some((name, depth)) = &mut skip {
            // A hidden element whose end tag is optional (`<p hidden>`, an
            // `<li>`) also ends where the parser would close it: at a block
            // boundary or the next sibling of its kind. That token is then
            // read as usual, so a missing end tag never hides the rest.
            let implied_end = has_optional_end(name)
                && match t {
                    Token::Start { name: n, .. } => n == name || is_block(n),
                    Token::End { name: n } => n != name && is_block(n),
                    _ => false,
                };
            if implied_end {
                skip = None;
            } else {
                match t {
                    Token::Start { name: n, self_closing: false, .. } if n == name => *depth += 1,
                    Token::End { name: n } if n == name => {
                        *depth -= 1;
                        if *depth == 0 {
                            skip = None;
                        }
                    }
                    _ => {}
                }
                continue;
            }
        }
        match t {
            Token::Text(s) => w.text(s),
            Token::Start { name, attrs, self_closing } => {
                let hidden = attrs.iter().any(|(k, v)| k == "hidden" || (k == "aria-hidden" && v == "true"));
                if SKIPPED.contains(&name.as_str()) || hidden {
                    if !self_closing && !is_void(name) {
                        skip = Some((name.as_str(), 1));
                    }
                    continue;
                }
                if name == "header" && !self_closing {
                    in_header += 1;
                }
                // A `time` in a header is a block of its own (a date line).
                let time_block = name == "time" && in_header > 0;
                if name == "time" && !self_closing {
                    time_blocks.push(time_block);
                }
                if name == "br" {
                    w.brk(1);
                } else if name == "p" && w.after_paragraph && w.pending_break == 2 {
                    w.pending_break = 1;
                } else if is_block(name) || time_block {
                    w.brk(2);
                }
                if is_block(name) || time_block {
                    w.after_paragraph = false;
                }
                let kind = if time_block { Some(BlockKind::Other) } else { hint_of(name) };
                if let Some(kind) = kind {
                    if !self_closing {
                        w.open(name, kind);
                    }
                }
            }
            Token::End { name } => {
                if name == "header" {
                    in_header = in_header.saturating_sub(1);
                }
                let time_block = name == "time" && time_blocks.pop().unwrap_or(false);
                if time_block || hint_of(name).is_some() {
                    w.close(name);
                }
                if is_block(name) || time_block {
                    w.brk(2);
                    w.after_paragraph = name == "p";
                }
            }
            Token::Raw { .. } => {}
        }
    }
    let (text, hints) = w.finish();
    Page {
        text,
        title: meta.title(),
        published: meta.published(),
        lang: meta.lang.and_then(|l| crate::doc::language::Lang::from_code(&l)).map(|l| l.code().to_string()),
        hints,
    }
}

/// Elements whose contents are not article text.
const SKIPPED: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "textarea",
    "select",
    "title",
    "object",
    "canvas",
    "button",
    "input",
    "faktenlage-overlay",
];

/// Elements whose end tag may be left out (the next block closes them).
fn has_optional_end(name: &str) -> bool {
    matches!(name, "p" | "li" | "dt" | "dd" | "td" | "th" | "tr" | "option" | "rt" | "rp")
}

/// Elements that never have contents (a start tag without `/>` closes them).
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
    )
}

/// Elements whose contents the tokenizer reads verbatim up to the end tag.
const RAW_TEXT: &[&str] = &["script", "style", "noscript", "template", "title", "textarea", "iframe"];

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "figure"
            | "figcaption"
            | "blockquote"
            | "div"
            | "section"
            | "article"
            | "aside"
            | "header"
            | "footer"
            | "nav"
            | "main"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "dl"
            | "dt"
            | "dd"
            | "pre"
            | "hr"
            | "form"
            | "address"
            | "details"
            | "summary"
            | "fieldset"
            | "body"
            | "html"
    )
}

fn hint_of(name: &str) -> Option<BlockKind> {
    Some(match name {
        "h1" => BlockKind::Headline,
        "h2" | "h3" | "h4" => BlockKind::Subheading,
        "figcaption" => BlockKind::Caption,
        "aside" => BlockKind::Related,
        "nav" | "footer" => BlockKind::Other,
        _ => return None,
    })
}

/// Token index range of the first `name` element's contents.
fn element_range(tokens: &[Token], name: &str) -> Option<std::ops::Range<usize>> {
    let start = tokens.iter().position(|t| matches!(t, Token::Start { name: n, .. } if n == name))?;
    let mut depth = 0usize;
    for (i, t) in tokens.iter().enumerate().skip(start) {
        match t {
            Token::Start { name: n, self_closing: false, .. } if n == name => depth += 1,
            Token::End { name: n } if n == name => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(start + 1..i);
                }
            }
            _ => {}
        }
    }
    Some(start + 1..tokens.len())
}

/// One piece of markup.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    /// A start tag: lowercased name, attributes (lowercased names, decoded values).
    Start {
        name: String,
        attrs: Vec<(String, String)>,
        self_closing: bool,
    },
    End {
        name: String,
    },
    /// Text between tags (entities not yet decoded).
    Text(String),
    /// Verbatim contents of a raw-text element (`script`, `style`, …).
    Raw {
        element: String,
        attrs: Vec<(String, String)>,
        text: String,
    },
}

/// Splits markup into tags and text. Tolerant: anything that is not a
/// well-formed tag is text, and an unterminated construct runs to the end.
fn tokenize(html: &str) -> Vec<Token> {
    let b = html.as_bytes();
    let n = b.len();
    let mut out = Vec::new();
    let mut i = 0;
    let mut text_start = 0;
    // All slicing below happens at ASCII delimiters, which are char boundaries.
    while i < n {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        let flush = |out: &mut Vec<Token>, end: usize| {
            if end > text_start {
                out.push(Token::Text(html[text_start..end].to_string()));
            }
        };
        // Comments, doctype, CDATA, processing instructions.
        if html[i..].starts_with("<!--") {
            flush(&mut out, i);
            i = html[i + 4..].find("-->").map_or(n, |e| i + 4 + e + 3);
            text_start = i;
            continue;
        }
        if i + 1 < n && (b[i + 1] == b'!' || b[i + 1] == b'?') {
            flush(&mut out, i);
            i = html[i..].find('>').map_or(n, |e| i + e + 1);
            text_start = i;
            continue;
        }
        let closing = i + 1 < n && b[i + 1] == b'/';
        let name_start = i + 1 + closing as usize;
        if name_start >= n || !b[name_start].is_ascii_alphabetic() {
            i += 1; // a lone `<` is text
            continue;
        }
        flush(&mut out, i);
        let mut j = name_start;
        while j < n && (b[j].is_ascii_alphanumeric() || b[j] == b'-' || b[j] == b':' || b[j] == b'_') {
            j += 1;
        }
        let name = html[name_start..j].to_ascii_lowercase();
        let (attrs, self_closing, end) = attributes(html, j);
        i = end;
        text_start = i;
        if closing {
            out.push(Token::End { name });
            continue;
        }
        if RAW_TEXT.contains(&name.as_str()) && !self_closing {
            // Contents up to `</name` followed by `>`, `/` or whitespace; a
            // string like "</scr" + "ipt>" inside a script is not an end tag.
            let close = find_end_tag(html, i, &name);
            let text = html[i..close.map_or(n, |c| c.0)].to_string();
            out.push(Token::Start { name: name.clone(), attrs: attrs.clone(), self_closing: false });
            out.push(Token::Raw { element: name.clone(), attrs, text });
            out.push(Token::End { name });
            i = close.map_or(n, |c| c.1);
            text_start = i;
            continue;
        }
        out.push(Token::Start { name, attrs, self_closing });
    }
    if text_start < n {
        out.push(Token::Text(html[text_start..].to_string()));
    }
    out
}

/// Finds `</name` (any case) followed by whitespace, `/` or `>`, from `from`;
/// returns where it starts and where the tag ends.
fn find_end_tag(html: &str, from: usize, name: &str) -> Option<(usize, usize)> {
    let b = html.as_bytes();
    let mut k = from;
    while let Some(p) = html[k..].find("</") {
        let s = k + p;
        let ns = s + 2;
        let ne = ns + name.len();
        if ne <= b.len()
            && b[ns..ne].eq_ignore_ascii_case(name.as_bytes())
            && (ne == b.len() || matches!(b[ne], b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
        {
            let end = html[ne..].find('>').map_or(b.len(), |e| ne + e + 1);
            return Some((s, end));
        }
        k = s + 2;
    }
    None
}

/// Reads attributes from `i` (just after the tag name) to the closing `>`.
fn attributes(html: &str, mut i: usize) -> (Vec<(String, String)>, bool, usize) {
    let b = html.as_bytes();
    let n = b.len();
    let mut attrs = Vec::new();
    let mut self_closing = false;
    loop {
        while i < n && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            self_closing = b[i] == b'/';
            i += 1;
        }
        if i >= n {
            return (attrs, self_closing, n);
        }
        if b[i] == b'>' {
            return (attrs, self_closing, i + 1);
        }
        self_closing = false;
        let ns = i;
        while i < n && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        if i == ns {
            i += 1; // stray `=`
            continue;
        }
        let name = html[ns..i].to_ascii_lowercase();
        while i < n && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if i < n && b[i] == b'=' {
            i += 1;
            while i < n && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < n && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i] as char;
                let vs = i + 1;
                let ve = html[vs..].find(q).map_or(n, |e| vs + e);
                value = decode_entities(&html[vs..ve]);
                i = (ve + 1).min(n);
            } else {
                let vs = i;
                while i < n && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                    i += 1;
                }
                value = decode_entities(&html[vs..i]);
            }
        }
        if attrs.len() < 64 {
            attrs.push((name, value));
        }
    }
}

/// Decodes character references: common named ones and numeric ones.
/// Unknown or broken references stay as written.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        // Only a short window: a page full of `&` must stay linear.
        let window = &rest.as_bytes()[1..rest.len().min(34)];
        let semi = window.iter().position(|&c| c == b';').map(|e| e + 1);
        let decoded = semi.and_then(|e| {
            let name = &rest[1..e];
            let c = if let Some(num) = name.strip_prefix('#') {
                let v = match num.strip_prefix(['x', 'X']) {
                    Some(h) => u32::from_str_radix(h, 16).ok(),
                    None => num.parse::<u32>().ok(),
                }?;
                char::from_u32(v).filter(|&c| c != '\0').unwrap_or('\u{FFFD}')
            } else {
                named_entity(name)?
            };
            Some((c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{A0}',
        "shy" => '\u{AD}',
        "auml" => 'ä',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "Auml" => 'Ä',
        "Ouml" => 'Ö',
        "Uuml" => 'Ü',
        "szlig" => 'ß',
        "eacute" => 'é',
        "egrave" => 'è',
        "Eacute" => 'É',
        "aacute" => 'á',
        "agrave" => 'à',
        "oacute" => 'ó',
        "ccedil" => 'ç',
        "ntilde" => 'ñ',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        "lsaquo" => '‹',
        "rsaquo" => '›',
        "bdquo" => '„',
        "ldquo" => '“',
        "rdquo" => '”',
        "sbquo" => '‚',
        "lsquo" => '‘',
        "rsquo" => '’',
        "euro" => '€',
        "pound" => '£',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "middot" => '·',
        "bull" => '•',
        "times" => '×',
        "minus" => '−',
        "thinsp" => '\u{2009}',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "zwj" => '\u{200D}',
        "zwnj" => '\u{200C}',
        "para" => '¶',
        "sect" => '§',
        "frac12" => '½',
        _ => return None,
    })
}

/// Builds the text with paragraph breaks and the hint spans.
#[derive(Default)]
struct TextWriter {
    out: String,
    /// Break owed before the next character: 0 none, 1 line, 2 paragraph.
    pending_break: u8,
    pending_space: bool,
    /// The last block boundary was the end of a `<p>`.
    after_paragraph: bool,
    /// Open hinted elements: (element, kind, start once text arrived).
    open: Vec<(String, BlockKind, Option<usize>)>,
    hints: Vec<Block>,
}

impl TextWriter {
    fn brk(&mut self, n: u8) {
        self.pending_break = self.pending_break.max(n);
        self.pending_space = false;
    }

    fn text(&mut self, raw: &str) {
        let decoded = decode_entities(raw);
        for c in decoded.chars() {
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c') {
                self.pending_space = true;
                continue;
            }
            if c.is_control() {
                continue; // binary junk is not text
            }
            if !self.out.is_empty() {
                if self.pending_break > 0 {
                    self.out.push_str(if self.pending_break >= 2 { "\n\n" } else { "\n" });
                } else if self.pending_space {
                    self.out.push(' ');
                }
            }
            self.pending_break = 0;
            self.pending_space = false;
            self.after_paragraph = false;
            // Only the outermost hint counts, so only it needs a start.
            if let Some(h) = self.open.first_mut() {
                h.2.get_or_insert(self.out.len());
            }
            self.out.push(c);
        }
    }

    fn open(&mut self, name: &str, kind: BlockKind) {
        if self.open.len() < 256 {
            self.open.push((name.to_string(), kind, None));
        }
    }

    fn close(&mut self, name: &str) {
        let Some(p) = self.open.iter().rposition(|h| h.0 == name) else { return };
        if p == 0 {
            let (_, kind, start) = self.open.remove(0);
            self.open.clear();
            if let Some(start) = start.filter(|&s| s < self.out.len()) {
                self.hints.push(Block { kind, start, end: self.out.len() });
            }
        } else {
            self.open.truncate(p);
        }
    }

    fn finish(mut self) -> (String, Vec<Block>) {
        if let Some((_, kind, Some(start))) = self.open.first().cloned() {
            if start < self.out.len() {
                self.hints.push(Block { kind, start, end: self.out.len() });
            }
        }
        (self.out, self.hints)
    }
}

/// Page metadata gathered from the whole document.
#[derive(Default)]
struct Meta {
    ld_headline: Option<String>,
    ld_published: Option<String>,
    og_title: Option<String>,
    meta_published: Option<String>,
    /// Set from the article's part of the page only (see [`extract`]).
    time: Option<String>,
    h1: Option<String>,
    in_h1: Option<String>,
    title: Option<String>,
    lang: Option<String>,
}

impl Meta {
    fn see(&mut self, t: &Token) {
        match t {
            Token::Start { name, attrs, .. } => {
                let attr = |k: &str| attrs.iter().find(|a| a.0 == k).map(|a| a.1.trim().to_string());
                match name.as_str() {
                    "html" => self.lang = self.lang.take().or_else(|| attr("lang")),
                    "meta" => {
                        let key = attr("property").or_else(|| attr("name")).unwrap_or_default();
                        match key.as_str() {
                            "og:title" => self.og_title = self.og_title.take().or_else(|| attr("content")),
                            "article:published_time" | "datePublished" | "date" => {
                                self.meta_published =
                                    self.meta_published.take().or_else(|| attr("content").and_then(|c| real_date(&c)))
                            }
                            _ => {}
                        }
                    }
                    "h1" if self.h1.is_none() => self.in_h1 = Some(String::new()),
                    _ => {}
                }
            }
            Token::Text(s) => {
                if let Some(h) = &mut self.in_h1 {
                    if h.len() < 1000 {
                        h.push_str(s);
                    }
                }
            }
            Token::End { name } if name == "h1" => {
                if let Some(h) = self.in_h1.take() {
                    self.h1 = Some(collapse(&decode_entities(&h))).filter(|s| !s.is_empty());
                }
            }
            Token::Raw { element, attrs, text } => match element.as_str() {
                "title" if self.title.is_none() => {
                    self.title = Some(collapse(&decode_entities(text))).filter(|s| !s.is_empty())
                }
                "script" if attrs.iter().any(|a| a.0 == "type" && a.1.eq_ignore_ascii_case("application/ld+json")) => {
                    if let Ok(v) = serde_json::from_str::<serde_json::Value>(text.trim()) {
                        self.json_ld(&v, 0);
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }

    /// Looks for a `NewsArticle` (or `Article`, `ReportageNewsArticle`, …)
    /// in a JSON-LD value, arrays and `@graph` included.
    fn json_ld(&mut self, v: &serde_json::Value, depth: usize) {
        if depth > 8 {
            return;
        }
        match v {
            serde_json::Value::Array(items) => items.iter().for_each(|x| self.json_ld(x, depth + 1)),
            serde_json::Value::Object(o) => {
                let is_article = match o.get("@type") {
                    Some(serde_json::Value::String(t)) => t.ends_with("Article"),
                    Some(serde_json::Value::Array(ts)) => {
                        ts.iter().any(|t| t.as_str().is_some_and(|t| t.ends_with("Article")))
                    }
                    _ => false,
                };
                if is_article {
                    if self.ld_headline.is_none() {
                        self.ld_headline =
                            o.get("headline").and_then(|h| h.as_str()).map(|s| collapse(&decode_entities(s)));
                    }
                    if self.ld_published.is_none() {
                        self.ld_published = o.get("datePublished").and_then(|h| h.as_str()).and_then(real_date);
                    }
                }
                if let Some(g) = o.get("@graph") {
                    self.json_ld(g, depth + 1);
                }
            }
            _ => {}
        }
    }

    fn title(&self) -> Option<String> {
        [&self.ld_headline, &self.og_title, &self.h1, &self.title]
            .into_iter()
            .flatten()
            .map(|s| collapse(s))
            .find(|s| !s.is_empty())
    }

    /// The page's date for its article: JSON-LD, else the meta tag, else
    /// the article's own `<time>` (each already the first real date of its
    /// kind). The page-level sources come first because they say
    /// *published*; a `<time>` may mark an update, or a date the text names.
    fn published(&self) -> Option<String> {
        [&self.ld_published, &self.meta_published, &self.time].into_iter().flatten().next().cloned()
    }
}

/// `s` as `YYYY-MM-DD` if it is a real date ([`crate::date::Date::parse_iso`]).
fn real_date(s: &str) -> Option<String> {
    crate::date::Date::parse_iso(s.trim()).map(|d| d.iso())
}

/// Collapses runs of whitespace to one space and trims.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_elements_without_end_tags_hide_only_themselves() {
        let page = extract("<article><p hidden>versteckt<p>Erster Satz.<ul><li aria-hidden=true>weg<li>Punkt</ul><div hidden>x</div><p>Ende.</article>");
        assert_eq!(page.text, "Erster Satz.\n\nPunkt\n\nEnde.");
    }

    fn hinted(p: &Page) -> Vec<(BlockKind, &str)> {
        p.hints.iter().map(|h| (h.kind, &p.text[h.start..h.end])).collect()
    }

    #[test]
    fn article_text_blocks_and_hints() {
        let html = r#"<!doctype html><html lang="de-DE"><head><title>Seite | Zeitung</title>
<meta property="og:title" content="Nordkorea best&auml;tigt Einsatz">
<meta property="article:published_time" content="2025-04-28T10:15:00+02:00">
<script>var s = "</scr" + "ipt>"; if (a < b) {}</script><style>p{color:red}</style></head>
<body><nav>Start Politik</nav><article><h1>Nordkorea  bestätigt
Einsatz</h1><p>Erster&nbsp;Absatz mit <b>fett</b>em Text.</p>
<figure><img src="x.jpg"><figcaption>Kim (l.) spricht.</figcaption></figure>
<h2>Zwischentitel</h2><p>Zeile eins<br>Zeile zwei &amp; drei</p>
<aside><h3>Mehr zum Thema</h3><p>Anderer Artikel</p></aside></article>
<footer>Impressum</footer></body></html>"#;
        let p = extract(html);
        assert_eq!(
            p.text,
            "Nordkorea bestätigt Einsatz\n\nErster\u{a0}Absatz mit fettem Text.\n\nKim (l.) spricht.\n\nZwischentitel\n\nZeile eins\nZeile zwei & drei\n\nMehr zum Thema\n\nAnderer Artikel"
        );
        assert_eq!(
            hinted(&p),
            vec![
                (BlockKind::Headline, "Nordkorea bestätigt Einsatz"),
                (BlockKind::Caption, "Kim (l.) spricht."),
                (BlockKind::Subheading, "Zwischentitel"),
                (BlockKind::Related, "Mehr zum Thema\n\nAnderer Artikel"),
            ]
        );
        assert_eq!(p.title.as_deref(), Some("Nordkorea bestätigt Einsatz"));
        assert_eq!(p.published.as_deref(), Some("2025-04-28"));
        assert_eq!(p.lang.as_deref(), Some("de"));
    }

    #[test]
    fn json_ld_wins_and_bad_dates_are_dropped() {
        let html = r#"<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"Titel &amp; mehr","datePublished":"2024-06-02T08:00:00Z"}]}</script>
<meta property="og:title" content="OG"><time datetime="gestern">gestern</time><p>Text.</p>"#;
        let p = extract(html);
        assert_eq!(p.title.as_deref(), Some("Titel & mehr"));
        assert_eq!(p.published.as_deref(), Some("2024-06-02"));
        let p = extract(r#"<html lang="fr"><time datetime="2024-13-45">x</time><p>Text</p>"#);
        assert_eq!(p.published, None);
        assert_eq!(p.lang, None);
    }

    #[test]
    fn the_date_is_the_first_real_one_of_json_ld_meta_and_the_articles_time() {
        let date = |html: &str| extract(html).published;
        // JSON-LD says published; the article's <time> may mark an update.
        let ld = r#"<script type="application/ld+json">{"@type":"ReportageNewsArticle","datePublished":"2025-04-27"}</script>"#;
        let article = r#"<article><time datetime="2025-04-28T09:00">Aktualisiert</time><p>Text.</p></article>"#;
        assert_eq!(date(&format!("{ld}{article}")).as_deref(), Some("2025-04-27"));
        assert_eq!(date(article).as_deref(), Some("2025-04-28"));
        // A JSON-LD item that is no article says nothing of it.
        let page = r#"<script type="application/ld+json">{"@type":"WebPage","datePublished":"2020-01-01"}</script>"#;
        assert_eq!(date(&format!("{page}{article}")).as_deref(), Some("2025-04-28"));
        // The site header's date before the article is not the article's.
        let header = r#"<header><time datetime="2026-01-01">Heute</time></header>"#;
        assert_eq!(date(&format!("<body>{header}{article}</body>")).as_deref(), Some("2025-04-28"));
        // Of each kind the first real date counts; a broken one is passed over.
        let broken_ld = r#"<script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2025-13-01"},{"@type":"Article","datePublished":"2025-04-26"}]</script>"#;
        assert_eq!(date(&format!("{broken_ld}{article}")).as_deref(), Some("2025-04-26"));
        let metas = r#"<meta name="date" content="gestern"><meta property="article:published_time" content="2025-04-25T06:00:00Z">"#;
        assert_eq!(date(&format!("{metas}{article}")).as_deref(), Some("2025-04-25"));
        let times = r#"<article><time datetime="">x</time><time datetime="2025-04-24">y</time><p>Text.</p></article>"#;
        assert_eq!(date(times).as_deref(), Some("2025-04-24"));
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("a &amp; b &#39;c&#x27; &lt;&gt; &auml; &bogus; & &#xD800; &#99999999;"),
            "a & b 'c' <> ä &bogus; & \u{FFFD} \u{FFFD}"
        );
    }

    #[test]
    fn hostile_markup_does_not_panic() {
        let long_attr = format!("<p title=\"{}\">x</p>", "a".repeat(100_000));
        let deep = "<div>".repeat(20_000) + "tief" + &"</div>".repeat(5);
        for html in [
            "<p>unclosed <b>bold <i>italic",
            "<script>let s = '</scr' + 'ipt>'; </script>nach dem Skript",
            "<script>never closed",
            "<!-- never closed",
            "<a href='x",
            "<p attr=>=<<>></>&#;&#x;&#xZZ;&;&&amp",
            "\u{0}\u{1}\u{FFFF}<p>\u{7}ä\u{0}</p>",
            "<svg><svg></svg><p>versteckt</p></svg>sichtbar",
            "</article><article>",
            "<h1><aside><h2>x</h1></aside>y",
            long_attr.as_str(),
            deep.as_str(),
        ] {
            let p = extract(html);
            for h in &p.hints {
                assert!(h.start < h.end && h.end <= p.text.len());
                assert!(p.text.is_char_boundary(h.start) && p.text.is_char_boundary(h.end));
            }
        }
        assert_eq!(extract("<script>let s = '</scr' + 'ipt>'; </script>nach dem Skript").text, "nach dem Skript");
        assert_eq!(extract("<svg><svg></svg><p>versteckt</p></svg>sichtbar").text, "sichtbar");
        assert_eq!(extract(&deep).text, "tief");
    }
}
