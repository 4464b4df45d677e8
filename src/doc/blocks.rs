//! Block classification: which stretch of the page text is headline, kicker,
//! lede, body, subheading, caption, media teaser, credit, agency line,
//! related-content teaser or junk. OWNER: parsing (issue 3).
//!
//! Text copied out of a news page is a sequence of lines: the article's
//! paragraphs, interleaved with page furniture. The classifier works in
//! three passes:
//!
//! 1. **Units.** Every non-blank line is a unit (trimmed). Units are cut where
//!    a markup hint begins or ends, and where the page glued two things
//!    together: a caption and its video stamp (`…Touristen.29.01.2025 | 7:52 min`),
//!    a caption and its photo credit (`…Zeremonie.Pool Sputnik Kremlin/AP`),
//!    a paragraph and its agency marker (`… (mit AFP)`) or sign-off (`…/toz/DP/mis`).
//! 2. **Structure.** Kinds that follow from neighbours: the description before
//!    a media stamp is a teaser caption, and a one-sentence line directly
//!    above a teaser or credit is the photo's caption; a line that ends in
//!    `:` and announces a live blog or further reading opens a related box;
//!    what follows an agency line (`Quelle: …`) is page furniture.
//! 3. **Shape.** The rest by shape and position: a short unpunctuated first
//!    line is the headline (a shorter one above it the kicker); repeats of
//!    the headline are junk; the first paragraph of prose is the lede; a
//!    short unpunctuated line before prose is a subheading; prose is body.
//!
//! Markup hints (`h1`, `figcaption`, `aside`, …) win over all of this for the
//! text they cover.

use super::teasers::{self, Line};
use crate::doc::normalize;
use crate::lexicon::packed;
use crate::report::{Block, BlockKind};

/// Classifies the lines/paragraphs of `text`. `hints` are kinds known from
/// markup and win over text heuristics. The blocks cover the text in order.
pub fn classify(text: &str, title: Option<&str>, hints: &[Block]) -> Vec<Block> {
    let hints = clean_hints(text, hints);
    let mut units = lines(text);
    units = cut_at_hints(text, units, &hints);
    for u in &mut units {
        u.kind = hint_kind(u, &hints);
        u.fixed = u.kind.is_some();
    }
    units = split_glued(text, units);
    let shapes = units.iter().map(|u| shape(&text[u.start..u.end])).collect();
    let mut c = Classifier { text, units, shapes, title };
    c.structure();
    c.shape();
    c.units.into_iter().map(|u| Block { kind: u.kind.unwrap_or(BlockKind::Body), start: u.start, end: u.end }).collect()
}

/// A trimmed stretch of text being classified.
#[derive(Debug, Clone, Copy)]
struct Unit {
    start: usize,
    end: usize,
    /// A blank line (or the text start) separates it from the unit before.
    blank_before: bool,
    kind: Option<BlockKind>,
    /// Kind from a markup hint: never changed.
    fixed: bool,
}

fn unit(text: &str, start: usize, end: usize, blank_before: bool) -> Option<Unit> {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    (lead + trail < s.len()).then(|| Unit {
        start: start + lead,
        end: end - trail,
        blank_before,
        kind: None,
        fixed: false,
    })
}

/// Non-blank lines, trimmed.
fn lines(text: &str) -> Vec<Unit> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut blank = true;
    for line in text.split_inclusive('\n') {
        match unit(text, pos, pos + line.len(), blank) {
            Some(u) => {
                out.push(u);
                blank = false;
            }
            None => blank = true,
        }
        pos += line.len();
    }
    out
}

/// Hints clamped to the text and to char boundaries, sorted, without overlaps.
fn clean_hints(text: &str, hints: &[Block]) -> Vec<Block> {
    let fix = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let mut hs: Vec<Block> = hints
        .iter()
        .map(|h| Block { kind: h.kind, start: fix(h.start), end: fix(h.end) })
        .filter(|h| h.start < h.end)
        .collect();
    crate::sort::sort_by_key(&mut hs, |h| (h.start, std::cmp::Reverse(h.end)));
    // Nested or overlapping hints: the outer (earlier) one wins.
    let mut out: Vec<Block> = Vec::with_capacity(hs.len());
    for h in hs {
        match out.last() {
            Some(l) if h.start < l.end => {}
            _ => out.push(h),
        }
    }
    out
}

fn cut_at_hints(text: &str, units: Vec<Unit>, hints: &[Block]) -> Vec<Unit> {
    if hints.is_empty() {
        return units;
    }
    let mut cuts: Vec<usize> = hints.iter().flat_map(|h| [h.start, h.end]).collect();
    crate::sort::sort_dedup(&mut cuts);
    let mut out = Vec::with_capacity(units.len());
    for u in units {
        let inner = cuts.iter().copied().filter(|&c| c > u.start && c < u.end);
        let mut s = u.start;
        let mut first = true;
        for c in inner.chain(std::iter::once(u.end)) {
            if let Some(p) = unit(text, s, c, if first { u.blank_before } else { false }) {
                out.push(p);
                first = false;
            }
            s = c;
        }
    }
    out
}

fn hint_kind(u: &Unit, hints: &[Block]) -> Option<BlockKind> {
    let i = hints.partition_point(|h| h.end <= u.start);
    hints.get(i).filter(|h| h.start <= u.start && u.end <= h.end).map(|h| h.kind)
}

/// Cuts units where the page glued two different things together.
fn split_glued(text: &str, units: Vec<Unit>) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::with_capacity(units.len() + 4);
    for u in units {
        if u.fixed {
            out.push(u);
            continue;
        }
        let s = &text[u.start..u.end];
        let mut tail: Option<(usize, BlockKind)> = None;
        let mut head_kind = None;
        if let Some(p) = media_stamp_start(s) {
            tail = Some((p, BlockKind::Media));
            head_kind = Some(BlockKind::Caption);
        } else if let Some(p) = glued_credit_start(s, out.last().map(|l| &text[l.start..l.end])) {
            tail = Some((p, BlockKind::Credit));
            head_kind = Some(BlockKind::Caption);
        } else if let Some(p) = source_marker_start(s) {
            tail = Some((p, BlockKind::Source));
        } else if let Some(p) = signoff_start(s) {
            tail = Some((p, BlockKind::Other));
        }
        match tail {
            Some((p, kind)) => {
                let head = unit(text, u.start, u.start + p, u.blank_before);
                if let Some(mut h) = head {
                    h.kind = head_kind;
                    out.push(h);
                }
                if let Some(mut t) = unit(text, u.start + p, u.end, head.is_none() && u.blank_before) {
                    t.kind = Some(kind);
                    out.push(t);
                }
            }
            None => out.push(u),
        }
    }
    out
}

/// Where a trailing media stamp (`13.01.2025 | 1:27 min`, or a bare
/// `1:27 min`) begins, if `s` ends in one.
fn media_stamp_start(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut end = b.len();
    // "min", "Min", "Min."
    let lower = s.get(end.saturating_sub(4)..)?.to_ascii_lowercase();
    if lower.ends_with("min.") {
        end -= 4;
    } else if lower.ends_with("min") {
        end -= 3;
    } else {
        return None;
    }
    let mut i = end;
    while i > 0 && b[i - 1] == b' ' {
        i -= 1;
    }
    // Duration: digits(:digits){1,2}
    let dur_end = i;
    let mut colons = 0;
    while i > 0 && (b[i - 1].is_ascii_digit() || b[i - 1] == b':') {
        colons += (b[i - 1] == b':') as usize;
        i -= 1;
    }
    if colons == 0 || colons > 2 || i == dur_end || !b[i].is_ascii_digit() {
        return None;
    }
    let dur_start = i;
    let mut j = i;
    while j > 0 && b[j - 1] == b' ' {
        j -= 1;
    }
    if j == 0 || b[j - 1] != b'|' {
        // A bare duration is a stamp only when it is the whole line.
        return (dur_start == 0).then_some(0);
    }
    j -= 1;
    while j > 0 && b[j - 1] == b' ' {
        j -= 1;
    }
    // Date: d{1,2}.d{1,2}.d{4}
    let date_end = j;
    while j > 0 && (b[j - 1].is_ascii_digit() || b[j - 1] == b'.') {
        j -= 1;
    }
    let date = &s[j..date_end];
    let parts: Vec<&str> = date.split('.').collect();
    let ok = parts.len() == 3
        && (1..=2).contains(&parts[0].len())
        && (1..=2).contains(&parts[1].len())
        && parts[2].len() == 4;
    if ok {
        Some(j)
    } else if date.is_empty() && j == 0 {
        Some(0) // `| 1:27 min`
    } else if let Some(k) = date.find(|c: char| c.is_ascii_digit()).filter(|_| parts.len() > 3) {
        // `…Touristen.29.01.2025`: the word's period was read as part of the date.
        let d = &date[k..];
        let ps: Vec<&str> = d.split('.').collect();
        (ps.len() == 3 && ps[2].len() == 4).then_some(j + k)
    } else {
        None
    }
}

/// Most words of a caption before its credit (`Nordkoreanische Soldaten bei
/// einer Parade in Pjöngjang (Archivbild). Foto: KCNA/dpa`).
const MAX_CAPTION_WORDS: usize = 25;

/// Whether a line ends in a duration in brackets, as video teasers do
/// (`line_type`: such a line is a media teaser):
/// `(2:14 Min.)`, `(1:27 min)`.
fn ends_in_duration(s: &str) -> bool {
    let Some(inner) = s.trim_end().strip_suffix(')').and_then(|t| t.rsplit_once('(')).map(|(_, i)| i) else {
        return false;
    };
    let lower = inner.trim().to_ascii_lowercase();
    let Some(d) = lower.strip_suffix("min.").or_else(|| lower.strip_suffix("min")).map(str::trim_end) else {
        return false;
    };
    d.contains(':') && d.bytes().all(|b| b.is_ascii_digit() || b == b':')
}

/// Where a photo credit glued to a caption begins (`…zeremonie.Pool Sputnik
/// Kremlin/AP`, or after a space: `… (Archivbild). Foto: KCNA/dpa`).
fn glued_credit_start(s: &str, previous: Option<&str>) -> Option<usize> {
    // A named credit after the caption's last sentence: `. Foto: X/Y`.
    // Only after a caption's length: a body paragraph that ends in a credit
    // (scraped with it) keeps its claims.
    // (A credit of at most seven words ends the unit: only its last bytes
    // are searched, not every paragraph of the page.)
    let mut from = s.len().saturating_sub(120);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    // Every prefix begins with `. ` or `) `: only those places are tried
    // (`rfind` built a two-way searcher per prefix and paragraph, 3% of an
    // analysis).
    let bytes = s.as_bytes();
    let mut marks = [0usize; 60];
    let mut n_marks = 0;
    for i in from..bytes.len().saturating_sub(1) {
        if matches!(bytes[i], b'.' | b')') && bytes[i + 1] == b' ' && n_marks < marks.len() {
            marks[n_marks] = i;
            n_marks += 1;
        }
    }
    for prefix in [
        ". Foto:",
        ". Fotos:",
        ". Bild:",
        ". Photo:",
        ". Photograph:",
        ". Image:",
        ". Picture:",
        ". Illustration:",
        ". ©",
        ") Foto:",
        ") Bild:",
    ] {
        if let Some(&p) = marks[..n_marks].iter().rev().find(|&&i| bytes[i..].starts_with(prefix.as_bytes())) {
            let tail = &s[p + 2..];
            let head_words = s[..p].split_whitespace().count();
            if p >= 20
                && head_words <= MAX_CAPTION_WORDS
                && tail.split_whitespace().count() <= 7
                && !tail.ends_with('.')
            {
                return Some(p + 2);
            }
        }
    }
    // A credit never ends in a period, and the tail below always ends where
    // `s` does: most prose lines are out before the scan.
    if s.ends_with('.') {
        return None;
    }
    let b = s.as_bytes();
    // The last `.`/`)` directly followed by an uppercase letter.
    let p = (1..b.len()).rev().find(|&i| {
        matches!(b[i - 1], b'.' | b')' | b'"')
            && s.is_char_boundary(i)
            && s[i..].chars().next().is_some_and(|c| c.is_uppercase())
    })?;
    let tail = &s[p..];
    let words = tail.split_whitespace().count();
    if words > 6 || p < 20 {
        return None;
    }
    let head = &s[..p];
    let repeated = previous.is_some_and(|prev| squashed(prev).eq(squashed(head)));
    (repeated || is_credit_like(tail)).then_some(p)
}

/// Whether a short line reads like a photo credit.
fn is_credit_like(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty() || s.split_whitespace().count() > 7 || s.ends_with('.') {
        return false;
    }
    if [
        "foto:",
        "fotos:",
        "bild:",
        "bildquelle:",
        "photo:",
        "photograph:",
        "image:",
        "picture:",
        "illustration:",
        "credit:",
        "©",
        "(c)",
        "quelle foto",
    ]
    .iter()
    .any(|p| starts_with_lower(s, p))
    {
        return true;
    }
    // Agencies, photo agencies and platforms that photo credits name.
    let credit_word = |w: &str| crate::lexicon::agencies::agency(w).is_some() || packed::contains(CREDIT_WORDS, w);
    s.contains('/') && s.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(credit_word)
}

crate::packed_table!(
    /// Photo agencies and platforms that photo credits name, besides news agencies.
    CREDIT_WORDS,
    "\
alliance
anadolu
archiv
ard
epa
facebook
getty
images
imago
instagram
istock
keystone
picture
pool
privat
ria
shutterstock
sputnik
telegram
x
zdf"
);

/// Where a trailing agency marker (`… (mit AFP)`, `… (dpa)`) begins.
fn source_marker_start(s: &str) -> Option<usize> {
    let t = s.trim_end();
    if !t.ends_with(')') {
        return None;
    }
    let open = t.rfind('(')?;
    let inner = t[open + 1..t.len() - 1].trim();
    let is_marker = starts_with_lower(inner, "mit ") && !crate::doc::metadata::agencies_in(inner).is_empty()
        || starts_with_lower(inner, "mit material")
        || (!inner.is_empty()
            && inner
                .split(|c: char| c == ',' || c == '/' || c.is_whitespace())
                .filter(|w| !w.is_empty())
                .all(|w| crate::doc::metadata::agency(w).is_some()));
    if !is_marker {
        return None;
    }
    let before = s[..open].trim_end();
    // Only at the end of a paragraph (after its last sentence), or alone.
    (before.is_empty() || before.ends_with(['.', '!', '?', '“', '"', '»', '«'])).then_some(open)
}

/// Where a dpa-style editor sign-off glued to the last sentence begins
/// (`…Prozent./toz/DP/mis`).
fn signoff_start(s: &str) -> Option<usize> {
    let last = s.rsplit(char::is_whitespace).next()?;
    let at = last.find("./")? + 1;
    let tail = &last[at..];
    let groups: Vec<&str> = tail.split('/').skip(1).collect();
    let ok = groups.len() >= 2
        && groups.iter().all(|g| (1..=5).contains(&g.len()) && g.chars().all(|c| c.is_ascii_alphabetic()));
    ok.then(|| s.len() - last.len() + at)
}

/// Folded text without whitespace, for spotting repeats.
fn squash(s: &str) -> String {
    squashed(s).collect()
}

/// The characters of [`squash`], for comparing without building it:
/// [`normalize::fold`] character by character (which it is), whitespace
/// left out.
fn squashed(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().filter_map(normalize::fold_char).flat_map(char::to_lowercase).filter(|c| !c.is_whitespace())
}

/// Whether `s` lowercased begins with `prefix` (lowercase), without
/// lowercasing all of `s`. Character by character, as `str::to_lowercase`
/// does but for a word-final `Σ` (`ς`), which no prefix here has.
fn starts_with_lower(s: &str, prefix: &str) -> bool {
    let mut lower = s.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| lower.next() == Some(p))
}

/// Shape of one unit's text.
#[derive(Debug, Clone, Copy)]
struct Shape {
    /// Whitespace-separated words with a letter or digit.
    words: usize,
    /// Whitespace-separated pieces, punctuation-only ones too.
    pieces: usize,
    /// Ends in `.`, `!`, `?` or `…` (closing quotes/brackets skipped).
    ends_sentence: bool,
    ends_period: bool,
    ends_colon: bool,
    letters: bool,
    starts_upper: bool,
}

/// The shape of a unit's text, in one pass over its characters (this
/// reads every unit of the page; a `char` is decoded only for non-ASCII
/// bytes).
fn shape(s: &str) -> Shape {
    let last = s.trim_end_matches(['“', '”', '"', '»', '«', '’', '\'', ')']).chars().last();
    let (mut words, mut pieces, mut letters) = (0, 0, false);
    let mut first_alphanumeric: Option<char> = None;
    // In a piece, and whether it has a letter or digit yet.
    let (mut in_piece, mut piece_alphanumeric) = (false, false);
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = match bytes[i] {
            b if b < 0x80 => char::from(b),
            _ => s[i..].chars().next().unwrap_or(' '),
        };
        i += c.len_utf8();
        if c.is_whitespace() {
            in_piece = false;
            continue;
        }
        if !in_piece {
            (in_piece, piece_alphanumeric) = (true, false);
            pieces += 1;
        }
        if c.is_alphanumeric() {
            first_alphanumeric = first_alphanumeric.or(Some(c));
            letters |= c.is_alphabetic();
            if !piece_alphanumeric {
                piece_alphanumeric = true;
                words += 1;
            }
        }
    }
    Shape {
        words,
        pieces,
        ends_sentence: matches!(last, Some('.' | '!' | '?' | '…')),
        ends_period: matches!(last, Some('.' | '…')),
        ends_colon: s.ends_with(':'),
        letters,
        starts_upper: first_alphanumeric.is_some_and(|c| c.is_uppercase() || c.is_numeric()),
    }
}

struct Classifier<'a> {
    text: &'a str,
    units: Vec<Unit>,
    /// Shape of each unit, computed once.
    shapes: Vec<Shape>,
    title: Option<&'a str>,
}

impl<'a> Classifier<'a> {
    fn s(&self, i: usize) -> &'a str {
        &self.text[self.units[i].start..self.units[i].end]
    }

    /// Number of sentences of unit `i` (computed on demand: it is needed
    /// only for a few candidate captions).
    fn sentences(&self, i: usize) -> usize {
        crate::doc::segment::split(self.s(i)).len()
    }

    fn sh(&self, i: usize) -> Shape {
        self.shapes[i]
    }

    fn free(&self, i: usize) -> bool {
        self.units.get(i).is_some_and(|u| u.kind.is_none())
    }

    fn set(&mut self, i: usize, kind: BlockKind) {
        if self.free(i) {
            self.units[i].kind = Some(kind);
        }
    }

    /// Kinds that follow from neighbours and from unmistakable line types.
    fn structure(&mut self) {
        let n = self.units.len();
        // Unmistakable lines first.
        for i in 0..n {
            if !self.free(i) {
                continue;
            }
            let s = self.s(i);
            if let Some(k) = line_type(s, &self.sh(i)) {
                self.set(i, k);
            }
        }
        self.teaser_lists();
        // Teasers and photos: the description before a media stamp, and a
        // one-sentence line directly above a teaser or a glued credit.
        for i in 0..n {
            let k = self.units[i].kind;
            if self.units[i].fixed || !matches!(k, Some(BlockKind::Media | BlockKind::Credit)) {
                continue;
            }
            let mut above = i;
            if i > 0 && !self.units[i].blank_before && self.free(i - 1) && k == Some(BlockKind::Media) {
                self.set(i - 1, BlockKind::Caption);
            }
            if i > 0 && self.units[i - 1].kind == Some(BlockKind::Caption) {
                above = i - 1;
            }
            if above > 0
                && !self.units[above].blank_before
                && self.free(above - 1)
                && self.sh(above - 1).words <= 60
                && self.sentences(above - 1) <= 1
            {
                self.set(above - 1, BlockKind::Caption);
            }
            // The caption under its credit (`Foto: X/AP` then the line that
            // says what it shows), alone in that paragraph.
            // Not when the credit has its caption above already, nor a
            // dateline lede glued to it (`Berlin (dpa) – …`, `Athen. …`).
            let below = i + 1;
            let dateline = |s: &str| {
                let head: String = s.chars().take(40).collect();
                head.contains(" (") && head.contains(") ")
                    || head.split_whitespace().next().is_some_and(|w| w.ends_with('.'))
            };
            if k == Some(BlockKind::Credit)
                && above == i
                && below < n
                && !dateline(self.s(below))
                && !self.units[below].blank_before
                && self.free(below)
                && self.sh(below).words <= 40
                && self.sentences(below) <= 1
                && self.units.get(below + 1).is_none_or(|u| u.blank_before)
            {
                self.set(below, BlockKind::Caption);
            }
        }
        // A newsletter box: the sign-up line and the pitch right under it
        // (`Sign up to Headlines Europe` / `A digest of the morning's main
        // headlines emailed direct to you`).
        for i in 0..n {
            if self.sh(i).words <= 12 && is_sign_up(self.s(i)) {
                if self.free(i) {
                    self.set(i, BlockKind::Other);
                }
                let below = i + 1;
                if below < n && !self.units[below].blank_before && self.free(below) && self.sh(below).words <= 20 {
                    self.set(below, BlockKind::Other);
                }
            }
        }
        // Photo captions by their position markers: `(l.)`, `(2.v.l.)`, in
        // a one-sentence line (prose that mentions `(l.)` runs longer).
        for i in 0..n {
            if self.free(i) && has_position_marker(self.s(i)) && self.sentences(i) <= 1 {
                self.set(i, BlockKind::Caption);
            }
        }
        // Related boxes: an announcing line ending in `:`; when the page ends
        // (or its agency line comes) soon after, the whole rest is the box.
        let mut i = 0;
        while i < n {
            if !(self.free(i) && is_teaser_intro(self.s(i), &self.sh(i))) {
                i += 1;
                continue;
            }
            self.set(i, BlockKind::Related);
            // The box runs over short teaser lines, captions and junk, up to
            // the agency line, a long paragraph or eight lines.
            let mut box_end = i + 1;
            while box_end < n && box_end <= i + 8 {
                let u = self.units[box_end];
                if u.kind == Some(BlockKind::Source) {
                    break;
                }
                let s = self.s(box_end);
                let fits = u.kind.is_some() && !u.fixed || has_position_marker(s) || self.sh(box_end).words <= 30;
                // Prose after the teasers ends the box: two paragraphs in a
                // row that end a sentence, the first after a blank line (a
                // teaser's summary may stand alone after a blank line; the
                // article going on has more than one).
                let paragraph = |k: usize| {
                    k < n
                        && self.free(k)
                        && self.sh(k).ends_sentence
                        && self.sh(k).words >= 8
                        && !has_position_marker(self.s(k))
                };
                let prose = box_end > i + 1 && u.blank_before && paragraph(box_end) && paragraph(box_end + 1);
                if !fits || prose {
                    break;
                }
                box_end += 1;
            }
            for j in i + 1..box_end {
                self.set(j, box_kind(self.s(j), &self.sh(j)));
            }
            i = box_end.max(i + 1);
        }
        // After the agency line: page furniture unless it is real prose.
        if let Some(q) = (0..n).find(|&j| self.units[j].kind == Some(BlockKind::Source) && self.is_line_end_source(j)) {
            for j in q + 1..n {
                if !self.sh(j).ends_sentence && self.sentences(j) <= 1 {
                    self.set(j, box_kind(self.s(j), &self.sh(j)));
                }
            }
        }
    }

    /// Lists of other stories ([`super::teasers`]): every line of such a
    /// list is a related-content block, whatever it looked like alone.
    fn teaser_lists(&mut self) {
        let n = self.units.len();
        // Only short lines can be teaser lines; longer ones are `Other` for
        // the list shape without counting their sentences.
        let candidate = |i: usize| {
            (!self.units[i].fixed || matches!(self.units[i].kind, Some(BlockKind::Related)))
                && self.sh(i).words <= teasers::MAX_SUMMARY_WORDS
        };
        // First every line without counting sentences (a would-be summary
        // is `Other`): counting them means segmenting the line, and a
        // summary only matters next to an entry's stamp or number.
        let mut lines: Vec<Line> =
            (0..n).map(|i| if candidate(i) { self.teaser_line(i, || usize::MAX) } else { Line::Other }).collect();
        let mut near_anchor = vec![false; n];
        for (i, l) in lines.iter().enumerate() {
            if l.is_anchor() {
                near_anchor[i.saturating_sub(teasers::SUMMARY_REACH)..(i + teasers::SUMMARY_REACH + 1).min(n)]
                    .fill(true);
            }
        }
        for i in 0..n {
            if near_anchor[i] && lines[i] == Line::Other && candidate(i) {
                lines[i] = self.teaser_line(i, || self.sentences(i));
            }
        }
        for (a, b) in teasers::lists(&lines) {
            for j in a..=b {
                if !self.units[j].fixed {
                    self.units[j].kind = Some(BlockKind::Related);
                }
            }
        }
    }

    /// Unit `i` as a line of a teaser list, counting its sentences with
    /// `sentences` if need be.
    fn teaser_line(&self, i: usize, sentences: impl FnOnce() -> usize) -> Line {
        teasers::line(self.s(i), self.sh(i).pieces, sentences)
    }

    /// `Quelle: …` on a line of its own (not a glued `(mit AFP)`).
    fn is_line_end_source(&self, j: usize) -> bool {
        let s = self.s(j);
        starts_with_lower(s, "quelle") || starts_with_lower(s, "source") || starts_with_lower(s, "mit material")
    }

    /// Headline, kicker, lede, subheadings and body by shape and position.
    fn shape(&mut self) {
        let n = self.units.len();
        let have_headline = self.units.iter().any(|u| u.kind == Some(BlockKind::Headline));
        let mut headline: Option<usize> = self.units.iter().position(|u| u.kind == Some(BlockKind::Headline));
        // A given title names the headline.
        if let (false, Some(t)) = (have_headline, self.title) {
            let t = squash(t);
            if !t.is_empty() {
                headline = (0..n).find(|&i| self.free(i) && squashed(self.s(i)).eq(t.chars()));
                if let Some(h) = headline {
                    self.set(h, BlockKind::Headline);
                }
            }
        }
        // Otherwise the first line, if it is short and unpunctuated.
        if headline.is_none() {
            if let Some(f) = (0..n).find(|&i| self.units[i].kind != Some(BlockKind::Other)) {
                if self.free(f) && is_heading_like(self.s(f), &self.sh(f), 25) {
                    let next = (f + 1..n).find(|&i| self.units[i].kind != Some(BlockKind::Other));
                    // A kicker is a short label, not itself a `Topic: headline`,
                    // above a different heading-like line.
                    let kicker = self.sh(f).words <= 4
                        && !self.s(f).contains(':')
                        && next.is_some_and(|x| {
                            self.free(x)
                                && is_heading_like(self.s(x), &self.sh(x), 25)
                                && !squashed(self.s(x)).eq(squashed(self.s(f)))
                        });
                    if kicker {
                        let x = next.unwrap_or(f);
                        self.set(f, BlockKind::Kicker);
                        self.set(x, BlockKind::Headline);
                        headline = Some(x);
                    } else {
                        self.set(f, BlockKind::Headline);
                        headline = Some(f);
                    }
                }
            }
        }
        // Repeats of the headline (with or without kicker) are junk.
        if let Some(h) = headline {
            let hs = squash(self.s(h));
            let ks = (0..h).find(|&i| self.units[i].kind == Some(BlockKind::Kicker)).map(|k| squash(self.s(k)));
            let h_len = self.units[h].end - self.units[h].start;
            let mut s = String::new();
            for i in 0..n {
                let len = self.units[i].end - self.units[i].start;
                // Only lines of about the headline's length can repeat it.
                if i != h && self.free(i) && len * 2 >= h_len && len <= h_len * 2 + 16 {
                    s.clear();
                    s.extend(squashed(self.s(i)));
                    let with_kicker = ks.as_ref().is_some_and(|k| {
                        s.len() > k.len() && s.starts_with(k.as_str()) && s[k.len()..].trim_start_matches(':') == hs
                    });
                    if s == hs
                        || with_kicker
                        || hs.ends_with(s.as_str()) && s.len() * 2 > hs.len() && hs[..hs.len() - s.len()].ends_with(':')
                    {
                        self.set(i, BlockKind::Other);
                    }
                }
            }
        }
        // The rest in order.
        let mut seen_prose = false;
        for i in 0..n {
            if !self.free(i) {
                if matches!(self.units[i].kind, Some(BlockKind::Body | BlockKind::Lede | BlockKind::Subheading)) {
                    seen_prose = true;
                }
                continue;
            }
            let s = self.s(i);
            let sh = self.sh(i);
            let next = self.units.get(i + 1).map(|u| (u, self.sh(i + 1)));
            let kind = if is_heading_like(s, &sh, 12) {
                match next {
                    Some((u, _))
                        if !u.blank_before
                            && matches!(u.kind, Some(BlockKind::Caption | BlockKind::Media | BlockKind::Credit)) =>
                    {
                        BlockKind::Caption
                    }
                    Some((u, nsh)) if seen_prose && (u.kind.is_none() && is_prose_shape(&nsh)) => BlockKind::Subheading,
                    _ if sh.words > 8 => BlockKind::Body,
                    _ => BlockKind::Other,
                }
            } else if !sh.letters || (sh.words <= 1 && !sh.ends_sentence) {
                BlockKind::Other
            } else if !seen_prose && is_prose_shape(&sh) {
                BlockKind::Lede
            } else {
                BlockKind::Body
            };
            if matches!(kind, BlockKind::Lede | BlockKind::Body | BlockKind::Subheading) {
                seen_prose = true;
            }
            self.set(i, kind);
        }
    }
}

/// Paragraph shape: sentence-final punctuation and more than a few words,
/// or long (a text cut mid-sentence).
fn is_prose_shape(sh: &Shape) -> bool {
    sh.letters && (sh.ends_sentence && sh.words >= 5 || sh.words > 15)
}

/// A short line without a sentence end: headline, subheading, kicker.
fn is_heading_like(s: &str, sh: &Shape, max_words: usize) -> bool {
    sh.letters
        && sh.starts_upper
        && sh.words >= 1
        && sh.words <= max_words
        && s.chars().count() <= max_words * 9
        && !sh.ends_period
        && !sh.ends_colon
        && !s.ends_with([',', ';', '-', '–'])
        && !s.starts_with(':')
}

/// Lines whose kind shows without context: junk, agency lines, credits,
/// media stamps, page-header furniture.
fn line_type(s: &str, sh: &Shape) -> Option<BlockKind> {
    if media_stamp_start(s) == Some(0) {
        return Some(BlockKind::Media);
    }
    if !sh.letters {
        return Some(BlockKind::Other);
    }
    // Who else reported: `Associated Press writers … contributed to this
    // report.`, `Mitarbeit: …`.
    // (As written, lowercase: no lowered copy of every line.)
    if sh.words <= 40 && (s.contains("contributed to this report") || s.contains("contributed reporting"))
        || starts_with_lower(s, "mitarbeit:")
    {
        return Some(BlockKind::Credit);
    }
    // A row of a table pasted as text: short cells between tabs, one of
    // them a figure (`FDP<TAB>4,3 %`).
    if s.contains('\t') && {
        let cells = || s.split('\t').map(str::trim).filter(|c| !c.is_empty());
        cells().count() >= 2
            && cells().all(|c| c.split_whitespace().count() <= 4)
            && cells().any(|c| c.bytes().any(|b| b.is_ascii_digit()))
    } {
        return Some(BlockKind::Other);
    }
    // A caption or a picture's credit behind its label, as pages put them
    // into the text for screen readers (`Image caption, North Korean
    // soldiers …`, `Image source, Getty Images`, `Bildunterschrift: …`).
    if sh.words <= 60 {
        if ["image caption", "caption:", "bildunterschrift:", "bildbeschreibung:"]
            .iter()
            .any(|p| starts_with_lower(s, p))
        {
            return Some(BlockKind::Caption);
        }
        if ["image source", "picture source", "bildquelle:"].iter().any(|p| starts_with_lower(s, p)) {
            return Some(BlockKind::Credit);
        }
    }
    if sh.words > 20 {
        return None; // every line type below is short
    }
    // A single teaser behind its label: `Related: Zelenskyy says …`,
    // `Lesen Sie auch: …`.
    if ["related:", "read more:", "see also:", "lesen sie auch:", "mehr zum thema:", "auch interessant:"]
        .iter()
        .any(|p| starts_with_lower(s, p))
    {
        return Some(BlockKind::Related);
    }
    // A video or audio teaser: `Video: Hochwasser in Bayern – die Lage am
    // Montag (2:14 Min.)`.
    if ["video:", "audio:", "podcast:"].iter().any(|p| starts_with_lower(s, p)) || ends_in_duration(s) {
        return Some(BlockKind::Media);
    }
    // An age stamp on its own line (`2 days ago`, `vor 3 Stunden`).
    if sh.words <= 6 && s.len() <= 40 && teasers::is_age_stamp(s) {
        return Some(BlockKind::Other);
    }
    // A line of short pieces between bars: `Dieses Thema im Programm: Das
    // Erste | tagesschau | 28.04.2025 | 12:00 Uhr`, `Politik | Ausland`.
    // (The first piece may be a label of a few more words.)
    if !sh.ends_sentence
        && s.matches(" | ").count() >= 3
        && s.split(" | ").enumerate().all(|(k, p)| p.split_whitespace().count() <= if k == 0 { 8 } else { 5 })
    {
        return Some(BlockKind::Other);
    }
    for p in ["quelle:", "quellen:", "source:", "sources:", "mit material von", "mit material der"] {
        if starts_with_lower(s, p) && sh.words <= 15 {
            return Some(BlockKind::Source);
        }
    }
    if source_marker_start(s) == Some(0) {
        return Some(BlockKind::Source);
    }
    if is_credit_like(s) {
        return Some(BlockKind::Credit);
    }
    // Arrows and link furniture: `OSZAR »`, `Mehr ›`.
    if sh.words <= 3 && s.contains(['»', '›', '→', '▶']) && !s.contains(['«', '‹']) {
        return Some(BlockKind::Other);
    }
    // Update notes and editorial asides wholly in brackets: `(Neu: …)`.
    if (s.starts_with('(') && s.ends_with(')') || s.starts_with('[') && s.ends_with(']')) && sh.words <= 20 {
        return Some(BlockKind::Other);
    }
    // Page header and author box furniture.
    const FURNITURE: &[&str] = &[
        "stand:",
        "lesezeit",
        "aktualisiert",
        "veröffentlicht am",
        "zuletzt aktualisiert",
        "updated:",
        "published:",
        "artikel teilen",
        "teilen",
        "drucken",
        "anzeige",
        "werbung",
        "advertisement",
        "zur startseite",
        "zum liveblog",
        "kommentare",
        "newsletter",
        "audio:",
        "video:",
        "hören",
        "listen",
        "share",
    ];
    if sh.words <= 8 && FURNITURE.iter().any(|f| starts_with_lower(s, f)) {
        return Some(BlockKind::Other);
    }
    // Bylines: `Von Anna Muster`, `By John Doe`, `Von Anna Muster, Berlin`.
    if (starts_with_lower(s, "von ") || starts_with_lower(s, "by ")) && sh.words <= 6 && !sh.ends_sentence {
        let names = s.split_whitespace().skip(1).filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
        if names + 1 >= sh.words.min(3) && names >= 1 {
            return Some(BlockKind::Other);
        }
    }
    // A time stamp with its date in words: `February 24, 2025 5:41 AM
    // GMT+1 Updated 2 hours ago`, `24. Februar 2025, 06:15 Uhr`.
    if sh.words <= 12 && !sh.ends_sentence && {
        let pieces = || s.split(|c: char| c.is_whitespace() || c == ',');
        // A clock, a year, and a month's name or an update word: not a
        // headline with a time in it (`Wahllokale schließen um 18:00 Uhr`).
        // (`16.40` is a clock beside a month and a year: `Sat 26 Apr 2025 16.40 BST`.)
        let dotted_clock = |w: &str| {
            w.split_once('.').is_some_and(|(h, m)| {
                (1..=2).contains(&h.len())
                    && m.len() == 2
                    && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
                    && h.parse::<u8>().is_ok_and(|h| h < 24)
            })
        };
        // Only with a time zone or `Uhr` (`3.50 Euro` is a price).
        let zone = || {
            pieces().any(|w| {
                matches!(
                    w,
                    "BST" | "GMT" | "CET" | "CEST" | "MEZ" | "MESZ" | "UTC" | "EST" | "EDT" | "ET" | "PT" | "Uhr"
                )
            })
        };
        pieces().any(|w| teasers::is_clock(w.trim_end_matches(['.', ','])) || (dotted_clock(w) && zone()))
            && pieces().any(|w| {
                w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && w.bytes().all(|b| b.is_ascii_digit())
            })
            && s.to_lowercase().split(|c: char| !c.is_alphabetic()).any(|w| {
                // (Abbreviations too: `26 Apr 2025`, beside a clock and a year.)
                crate::lexicon::calendar::month(w).is_some() || matches!(w, "updated" | "aktualisiert" | "stand")
            })
    } {
        return Some(BlockKind::Other);
    }
    // Date-and-time lines: `28.04.2025, 10:15 Uhr`.
    if sh.words <= 5
        && s.bytes().filter(u8::is_ascii_digit).count() >= 4
        && s.split_whitespace().filter(|w| w.chars().all(char::is_alphabetic)).count() <= 1
    {
        return Some(BlockKind::Other);
    }
    None
}

/// Whether a line asks the reader to subscribe (`Sign up to …`,
/// `Newsletter abonnieren`, `Jetzt anmelden`).
fn is_sign_up(s: &str) -> bool {
    ["sign up", "subscribe", "jetzt anmelden", "jetzt abonnieren", "melden sie sich", "newsletter"]
        .iter()
        .any(|p| starts_with_lower(s, p))
}

/// Kind of a line inside a related box.
fn box_kind(s: &str, sh: &Shape) -> BlockKind {
    if has_position_marker(s) {
        BlockKind::Caption
    } else if !sh.letters || (sh.words <= 1 && !sh.ends_sentence) || line_type(s, sh) == Some(BlockKind::Other) {
        BlockKind::Other
    } else {
        BlockKind::Related
    }
}

/// A line that announces teasers: `… in unserem Liveblog:`, `Lesen Sie auch:`.
fn is_teaser_intro(s: &str, sh: &Shape) -> bool {
    if sh.words > 25 || !sh.ends_colon && sh.words > 4 {
        return false;
    }
    let lower = s.to_lowercase();
    const CUES: &[&str] = &[
        "liveblog",
        "live-blog",
        "newsblog",
        "ticker",
        "lesen sie",
        "mehr zum thema",
        "mehr dazu",
        "auch interessant",
        "das könnte sie",
        "weitere artikel",
        "mehr zu",
        "hier finden sie",
        "finden sie",
        "read more",
        "related",
        "see also",
        "more on",
    ];
    (sh.ends_colon && CUES.iter().any(|c| lower.contains(c)) && sh.words <= 25)
        || (sh.words <= 4
            && ["lesen sie auch", "mehr zum thema", "auch interessant", "read more"]
                .iter()
                .any(|c| lower.starts_with(c)))
}

/// Photo position markers in brackets: `(l.)`, `(r.)`, `(M.)`, `(l-r)`, `(2.vl)`, `(2.v.l.)`.
fn has_position_marker(s: &str) -> bool {
    let mut rest = s;
    while let Some(o) = rest.find('(') {
        let after = &rest[o + 1..];
        let Some(c) = after.find(')') else { break };
        let inner = &after[..c];
        if inner.len() <= 12 {
            let key: String = inner.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
            if packed::contains(POSITION_MARKERS, key.as_str()) {
                return true;
            }
        }
        rest = &after[c..];
    }
    false
}

crate::packed_table!(
    /// Position markers of a photo caption, letters only, lowercased: `(l.)`, `(v.l.n.r.)`, `(Archivbild)`.
    POSITION_MARKERS,
    "\
archivbild
archivfoto
hl
hr
l
li
lr
m
r
re
symbolbild
symbolfoto
vl
vlnr
vr
vrnl"
);

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(BlockKind, &str)> {
        classify(text, None, &[]).into_iter().map(|b| (b.kind, &text[b.start..b.end])).collect()
    }

    #[test]
    fn media_stamp_glued_to_caption() {
        let t = "Titel ohne Punkt\n\nEin langer erster Absatz mit vielen Wörtern endet hier.\nFoto zeigt Leute.\nSoldaten wurden bereitgestellt.13.01.2025 | 1:27 min\nWeiterer Text mit einigen Wörtern folgt hier.";
        let k = kinds(t);
        assert!(k.contains(&(BlockKind::Caption, "Soldaten wurden bereitgestellt.")), "{k:?}");
        assert!(k.contains(&(BlockKind::Media, "13.01.2025 | 1:27 min")), "{k:?}");
        assert!(k.contains(&(BlockKind::Caption, "Foto zeigt Leute.")), "{k:?}");
    }

    #[test]
    fn stamps() {
        assert_eq!(media_stamp_start("Touristen.29.01.2025 | 7:52 min"), Some(10));
        assert_eq!(media_stamp_start("13.01.2025 | 1:27 min"), Some(0));
        assert_eq!(media_stamp_start("Er lief 3:20 min"), None);
        assert_eq!(signoff_start("auf 4,972 Prozent./toz/DP/mis"), Some(18));
        assert_eq!(source_marker_start("Das ist so. (mit AFP)"), Some(12));
        assert_eq!(source_marker_start("Das ist so (Symbolbild)"), None);
    }

    /// The one-pass [`shape`] against the plain definitions it stands for.
    #[test]
    fn shape_in_one_pass_is_the_plain_definition() {
        for s in [
            "",
            "   ",
            "Kim Jong-un sagte: „Wir kämpfen.“",
            "Stand: 12.03.2025 | 14:03 | 16:45 Uhr",
            "– · | ·",
            "Ölpreis\u{a0}steigt\u{2009}um 3 %…",
            "🙂 Emoji zuerst, dann Text!",
            "ärger über Ämter",
            "42 Tote (mit AFP)",
            "\tTab\nund Zeile:",
            "Σ Ωμέγα „ein“ Wort»",
        ] {
            let sh = shape(s);
            let pieces: Vec<&str> = s.split_whitespace().collect();
            assert_eq!(sh.pieces, pieces.len(), "{s:?}");
            assert_eq!(sh.words, pieces.iter().filter(|p| p.chars().any(char::is_alphanumeric)).count(), "{s:?}");
            assert_eq!(sh.letters, s.chars().any(char::is_alphabetic), "{s:?}");
            let first = s.chars().find(|c| c.is_alphanumeric());
            assert_eq!(sh.starts_upper, first.is_some_and(|c| c.is_uppercase() || c.is_numeric()), "{s:?}");
        }
    }

    #[test]
    fn hints_win() {
        let t = "Kurzer Satz ohne Punkt\n\nDas ist ein Absatz, der lang genug ist und endet.";
        let hints = [Block { kind: BlockKind::Caption, start: 0, end: 22 }];
        let b = classify(t, None, &hints);
        assert_eq!(b[0].kind, BlockKind::Caption);
    }
}
