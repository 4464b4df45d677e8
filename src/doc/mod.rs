//! The analysed document: one article's text, read once.
//!
//! A [`Document`] is built once per article and owns everything the
//! extractors need: the blocks (headline, lede, body, caption, …), the
//! metadata read from them, the language, the prose sentences, and for every
//! sentence its tokens with their lowercased and folded forms and whether
//! they are quoted. Every extractor is a function of a [`SentenceView`] (or
//! of the whole document); none of them tokenizes, lowercases or scans the
//! text again.
//!
//! The steps, one module each:
//!
//! 1. [`blocks`] classifies stretches of text (headline, lede, caption, …);
//! 2. [`metadata`] reads title, kicker, agencies and dateline from them;
//!    [`language`] detects German or English;
//! 3. [`segment`] splits prose into sentences with German rules;
//! 4. [`token`] splits each sentence into tokens, with [`normalize`]d forms.
//!
//! All spans are UTF-8 byte offsets into the text. [`offsets`] converts them
//! to UTF-16 code units once, at the report boundary.
//!
//! Untrusted input: the text can be anything that is valid UTF-8 (the input
//! layer rejects binary and oversized articles). Every step is linear in the
//! text, so a hostile article costs time in proportion to its size only.

pub mod blocks;
pub mod language;
pub mod metadata;
pub mod normalize;
pub mod offsets;
pub mod segment;
mod teasers;
pub mod token;

use crate::date::Date;
use crate::report::{Block, Sentence};
use language::Lang;
use std::ops::Range;
use token::{Token, TokenKind};

/// One article, segmented and tokenized once.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    /// The article's text, exactly as given.
    pub text: &'a str,
    /// German or English: given, or detected from the text.
    pub lang: Lang,
    /// The publication date, against which relative times resolve.
    pub published: Option<Date>,
    /// Blocks covering the text, in order.
    pub blocks: Vec<Block>,
    /// Title, kicker, agencies and dateline read from the blocks.
    pub metadata: metadata::Metadata,
    /// The prose sentences (and headings), in order.
    pub sentences: Vec<Sentence>,
    /// The tokens of all sentences, sentence after sentence, in chunks of
    /// about [`TOKEN_CHUNK`] tokens; each sentence's tokens lie in one chunk.
    tokens: Vec<Vec<Token<'a>>>,
    /// For each sentence, its chunk and its range in that chunk.
    sentence_tokens: Vec<(usize, Range<usize>)>,
}

impl<'a> Document<'a> {
    /// Reads an article: blocks (with markup `hints`, byte spans), metadata,
    /// language (unless given), sentences and tokens.
    pub fn new(
        text: &'a str,
        title: Option<&str>,
        hints: &[Block],
        lang: Option<Lang>,
        published: Option<Date>,
    ) -> Document<'a> {
        let blocks = blocks::classify(text, title, hints);
        let metadata = metadata::extract(text, &blocks);
        let lang = lang.unwrap_or_else(|| language::detect(text));
        let sentences = segment::sentences(text, &blocks);
        let (tokens, sentence_tokens) = tokenize_sentences(text, &sentences);
        Document { text, lang, published, blocks, metadata, sentences, tokens, sentence_tokens }
    }

    /// A document over sentences split elsewhere (one body block, no
    /// metadata): for tools and tests that look at the extractors apart
    /// from segmentation. Sentences that are not valid spans of `text` are
    /// dropped.
    pub fn with_sentences(text: &'a str, sentences: &[Sentence], lang: Lang, published: Option<Date>) -> Document<'a> {
        let sentences: Vec<Sentence> = sentences
            .iter()
            .filter(|s| s.start <= s.end && text.get(s.start..s.end).is_some())
            .map(|s| Sentence { block: 0, ..*s })
            .collect();
        let (tokens, sentence_tokens) = tokenize_sentences(text, &sentences);
        let blocks = vec![Block { kind: crate::report::BlockKind::Body, start: 0, end: text.len() }];
        Document {
            text,
            lang,
            published,
            blocks,
            metadata: metadata::Metadata::default(),
            sentences,
            tokens,
            sentence_tokens,
        }
    }

    /// A view of sentence `i` (panics when out of range).
    pub fn sentence(&self, i: usize) -> SentenceView<'_> {
        SentenceView {
            text: self.text,
            span: self.sentences[i].start..self.sentences[i].end,
            toks: {
                let (chunk, ref range) = self.sentence_tokens[i];
                &self.tokens[chunk][range.clone()]
            },
            lang: self.lang,
            index: i,
        }
    }

    /// Views of all sentences, in order.
    pub fn sentence_views(&self) -> impl Iterator<Item = SentenceView<'_>> + '_ {
        (0..self.sentences.len()).map(|i| self.sentence(i))
    }
}

/// Tokens per chunk of [`Document`]'s token store (a longer sentence gets
/// a chunk of its own size).
///
/// Why chunks: one vector for all tokens of a megabyte of short sentences
/// grew to 56 MB by doubling, and glibc maps every allocation above 32 MB
/// fresh from the kernel, so each analysis of such a text paid for clearing
/// all its pages and time grew faster than the text. Chunks of this size stay
/// small enough to be reused, and cost no copying as the store grows.
const TOKEN_CHUNK: usize = 4096;

/// Tokenizes each sentence once, marking quotations; returns the tokens (in
/// chunks) and each sentence's chunk and range in it.
#[allow(clippy::type_complexity, reason = "the two halves of the token store")]
fn tokenize_sentences<'a>(text: &'a str, sentences: &[Sentence]) -> (Vec<Vec<Token<'a>>>, Vec<(usize, Range<usize>)>) {
    // A short article needs one chunk, sized by its text.
    let mut chunk = Vec::with_capacity((text.len() / 6 + 1).min(TOKEN_CHUNK));
    let mut chunks = Vec::new();
    let mut ranges = Vec::with_capacity(sentences.len());
    // Whether a quotation begun in an earlier sentence of the block is still
    // open (an odd number of marks since the block began).
    let mut inside = false;
    let mut block = usize::MAX;
    // Sentences since the open quotation began: a stray mark must not make
    // the rest of a block a quotation (`extract::quotation` bounds runs alike).
    let mut open_for = 0;
    for s in sentences {
        if s.block != block {
            (inside, block) = (false, s.block);
        }
        open_for = if inside { open_for + 1 } else { 0 };
        if open_for > crate::extract::quotation::MAX_RUN {
            inside = false;
        }
        // Room for a token per two bytes, more than prose has, so that a
        // chunk is rarely copied to grow; a sentence too long for a chunk
        // grows its own (reserving for its bytes would reserve four times
        // what a long sentence of words needs).
        let room = ((s.end - s.start) / 2 + 1).min(TOKEN_CHUNK);
        if chunk.capacity() - chunk.len() < room {
            let next = Vec::with_capacity(TOKEN_CHUNK);
            if chunk.is_empty() {
                chunk = next;
            } else {
                chunks.push(std::mem::replace(&mut chunk, next));
            }
        }
        let first = chunk.len();
        token::tokenize_into(&text[s.start..s.end], s.start, &mut chunk);
        inside = mark_quotes(&mut chunk[first..], inside);
        ranges.push((chunks.len(), first..chunk.len()));
    }
    chunks.push(chunk);
    (chunks, ranges)
}

/// One sentence of a [`Document`]: its span and its tokens.
///
/// Also built on its own ([`SentenceView::tokenized`]) by the per-extractor
/// entry points that the data-driven specs call on a single sentence.
#[derive(Debug, Clone)]
pub struct SentenceView<'a> {
    /// The whole article's text (token spans index into it).
    pub text: &'a str,
    /// The sentence's byte span in `text`.
    pub span: Range<usize>,
    /// The sentence's tokens.
    pub toks: &'a [Token<'a>],
    /// The article's language.
    pub lang: Lang,
    /// The sentence's index in the document.
    pub index: usize,
}

impl<'a> SentenceView<'a> {
    /// The sentence's text.
    pub fn as_str(&self) -> &'a str {
        &self.text[self.span.clone()]
    }

    /// Tokenizes `text[span]` on its own (quote marks set), for callers that
    /// look at one sentence without a document. `None` when the span is not
    /// a valid slice. The tokens live in `store`.
    pub fn tokenized(
        text: &'a str,
        span: Range<usize>,
        lang: Lang,
        store: &'a mut Vec<Token<'a>>,
    ) -> Option<SentenceView<'a>> {
        let slice = text.get(span.clone())?;
        *store = token::tokenize(slice, span.start);
        mark_quotes(store, false);
        Some(SentenceView { text, span, toks: store, lang, index: 0 })
    }

    /// The lowercased word at `i`, or `""` past the end.
    pub fn w(&self, i: usize) -> &'a str {
        self.toks.get(i).map(|t| t.lower.as_ref()).unwrap_or("")
    }

    /// Whether token `i` exists and is of `kind`.
    pub fn is(&self, i: usize, kind: TokenKind) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == kind)
    }

    /// Whether token `i` exists and directly follows token `i - 1` (no space).
    pub fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i - 1].end == self.toks[i].start
    }

    /// The text from the start of token `a` to the end of token `b - 1`,
    /// with its byte span.
    pub fn cover(&self, a: usize, b: usize) -> (String, usize, usize) {
        let (s, e) = (self.toks[a].start, self.toks[b - 1].end);
        (self.text[s..e].to_string(), s, e)
    }

    /// The number of word tokens.
    pub fn word_count(&self) -> usize {
        self.toks.iter().filter(|t| t.kind == TokenKind::Word).count()
    }
}

/// Whether a punctuation token is a double quotation mark of any style.
pub fn is_quote_mark(t: &str) -> bool {
    matches!(t, "„" | "“" | "”" | "\"" | "«" | "»" | "‟")
}

/// Marks the tokens inside a quotation (marks included) in one sentence.
/// Pairs `„…“`, `“…”`, `"…"`, `«…»` and `»…«`.
///
/// `inside`: a quotation begun in an earlier sentence is open, so this
/// sentence's first mark may close it. Returns whether one is open after it.
fn mark_quotes(toks: &mut [Token], inside: bool) -> bool {
    let mut open: Option<(usize, usize)> = None; // (index of the opening mark, first index it marks)
    for i in 0..toks.len() {
        let is_mark = toks[i].kind == TokenKind::Punct && is_quote_mark(toks[i].text);
        if !is_mark {
            toks[i].quoted = open.is_some();
            continue;
        }
        toks[i].quoted = true;
        open = match open {
            None => Some((i, i)),
            Some((at, from)) => {
                let (o, t) = (toks[at].text, toks[i].text);
                let closes = match o {
                    "„" | "‟" => matches!(t, "“" | "”" | "\""),
                    "“" => matches!(t, "”" | "“" | "\""),
                    "«" => t == "»",
                    "»" => t == "«",
                    _ => matches!(t, "\"" | "”" | "“"),
                };
                if closes {
                    None
                } else {
                    Some((at, from))
                }
            }
        };
    }
    // An unclosed quote is more often a stray or mismatched mark than a quote
    // running on: only the mark itself counts then, unless it opens the
    // sentence (`„Wir fordern Klarheit.`, the first sentence of a quotation
    // that the next ones go on with).
    if let Some((at, _)) = open.filter(|(at, _)| *at > 0) {
        toks[at + 1..].iter_mut().for_each(|t| t.quoted = false);
    }
    // The last sentence of such a quotation opens inside it: its first mark
    // closes (`Das muss enden“, sagte sie.`, `nothing left," said Ana.`).
    let marks = toks.iter().filter(|t| t.kind == TokenKind::Punct && is_quote_mark(t.text)).count();
    // A sentence inside a quotation begun earlier, without a mark of its own,
    // is the speaker's throughout (`„Wir haben alles versucht. Die Polizei
    // teilte uns mit, … Das ist bitter.“`).
    if inside && marks == 0 {
        toks.iter_mut().for_each(|t| t.quoted = true);
        return true;
    }
    let first_mark = toks.iter().position(|t| t.kind == TokenKind::Punct && is_quote_mark(t.text));
    if let Some(k) = first_mark.filter(|&k| inside && k > 0 && closes_inside(toks, k)) {
        toks[..k].iter_mut().for_each(|t| t.quoted = true);
    }
    let odd = marks % 2 == 1;
    if inside {
        // An odd count closes the quotation begun before.
        return !odd;
    }
    // A quotation runs on into the next sentence only when it opens this
    // one, or after a colon (`Sie sagte: „Wir …`): an unpaired mark in
    // mid-sentence is more often a stray one, and must not make the
    // sentences after it a quotation.
    odd && open.is_some_and(|(at, _)| at == 0 || toks[at - 1].text == ":")
}

/// Whether the first quotation mark of a sentence, at `k`, closes a
/// quotation begun in an earlier sentence: a closing mark (`“` after no
/// `„`, `”`), or a straight one right after the quotation's last
/// punctuation (`left," said`), followed by a comma or a speech tag.
fn closes_inside(toks: &[Token], k: usize) -> bool {
    let after_punct = toks[k - 1].kind == TokenKind::Punct && matches!(toks[k - 1].text, "," | "." | "!" | "?");
    let then_comma = toks.get(k + 1).is_some_and(|t| t.text == ",");
    match toks[k].text {
        "“" | "”" | "«" | "»" => after_punct || then_comma,
        "\"" => after_punct,
        _ => false,
    }
}
