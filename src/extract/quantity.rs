//! Figures in German and English news text: numerals, number words, ranges,
//! qualifiers and units. OWNER: quantities & times (issue 4).
//!
//! A figure is read in three steps over the shared tokens of one sentence:
//!
//! 1. an optional qualifier (`etwa`, `mehr als`, `bis zu`, `zwischen`,
//!    `at least`, …) and an optional currency sign (`$`, `€`);
//! 2. the number itself — a numeral (`10.000`, `4,972`, `100'000`), a
//!    number word (`zwölf`, `tausend`, `two hundred`), a vague plural
//!    (`Tausende`, `thousands`) or a fraction (`zwei Drittel`) — with an
//!    optional scale word (`1,5 Millionen`) and an optional second number
//!    making a range (`10.000 bis 12.000`, `10.000–12.000`);
//! 3. the unit: the noun that follows, skipping adjectives
//!    (`sechs nordkoreanischen Soldaten`), normalized to a short token
//!    (`soldiers`, `km2`, `percent`, `EUR`, …) or, when unknown, the noun
//!    lowercased (`kollegen`).
//!
//! The reported `text`/`start`/`end` cover all three: qualifier, number(s),
//! and the unit noun when one was found (`etwa 10.000 bis 12.000 Soldaten`).
//!
//! Not figures: times of day and media durations (`10:30 Uhr`, `1:27 min`),
//! dates and years (`13.01.2025`, `im Juni 2024`, a bare `2024`; those are
//! the time module's), ordinals (`2. Korps`, `(2.vl)`), `ein`/`eine`/`one`,
//! and `viele`. An age (`42-jähriger`, `Der 71-Jährige`, `71-year-old`) is
//! reported with unit `years_old`, so it is never taken for a count of 42
//! somethings.
//!
//! Values are kept as written: `rund 4.000` is approx with min = max = 4000;
//! how much fuzz `rund` allows is decided when figures are compared.

use crate::doc::language::Lang;
use crate::doc::token::TokenKind;
use crate::doc::SentenceView;
use crate::lexicon::packed;
use crate::report::{Qualifier, Quantity};
use std::ops::Range;

/// Finds the quantities in `text[span]` on its own (tokenizing it);
/// offsets are bytes into `text`. The pipeline calls [`find_in`].
pub fn find(text: &str, span: Range<usize>, lang: Lang) -> Vec<Quantity> {
    let mut store = Vec::new();
    match SentenceView::tokenized(text, span, lang, &mut store) {
        Some(s) => find_in(&s),
        None => Vec::new(),
    }
}

/// Finds the quantities of one sentence of a document.
pub fn find_in(s: &Sentence) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.toks.len() {
        match s.figure_at(i) {
            Some((q, next)) => {
                out.push(q);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// The sentence view quantities and times read.
pub(crate) type Sentence<'a> = SentenceView<'a>;

/// Lowercases without allocating when there is nothing to lowercase.
pub(crate) use crate::doc::token::lower;

impl<'a> Sentence<'a> {
    /// The month token `i` names; month names are capitalized in both
    /// languages, which keeps the verb `may` out.
    pub fn month(&self, i: usize) -> Option<u32> {
        self.toks.get(i).filter(|t| t.is_capitalized()).and_then(|_| month_number(self.w(i)))
    }

    /// Whether the 4-digit numeral at `i` is a year rather than a count.
    ///
    /// A plain `19xx`/`20xx` is a year after a month, a season, `im`,
    /// `seit`, `Jahr`, `since`, …; otherwise it is a count only when a
    /// qualifier (`rund 2000`) precedes it or a counted noun follows it
    /// (`2000 Menschen`), and a year in all other cases (`von 2000, dass`).
    /// After `von`, `bis`, `nach`, … a year that is not a round hundred stays
    /// a year before a noun no unit list knows (`von 2023 Bauvorschriften`).
    pub fn is_year(&self, i: usize) -> bool {
        let t = &self.toks[i];
        if t.kind != TokenKind::Number || t.text.len() != 4 || !t.text.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        let y: u32 = t.text.parse().unwrap_or(0);
        if !(1900..=2099).contains(&y) {
            return false;
        }
        if i > 0 {
            let p = self.w(i - 1);
            let strong =
                packed::contains(YEAR_CONTEXT, p) || self.month(i - 1).is_some() || season_of(p, self.lang).is_some();
            if strong {
                return true;
            }
            if qualifier_word_before(self, i) {
                return false;
            }
            // `nach dem Beben von 2023 Bauvorschriften`, `bis 2030 Windräder
            // bauen`: after a preposition of time, a year not round enough
            // to be a count of its own is a year before a noun no unit
            // list knows (`von 2000 Demonstranten` stays a count, and so
            // does `von 2023 Menschen`).
            // (Not `vor`: `vor 1950 Zuschauern` is a crowd.)
            let of_time = matches!(p, "von" | "bis" | "seit" | "nach" | "ab" | "aus" | "from" | "until" | "by");
            let known_unit = self.unit_at(i + 1).is_some_and(|(_, _, known)| known);
            if of_time
                && !y.is_multiple_of(100)
                && !known_unit
                && self.toks.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word)
            {
                return true;
            }
        }
        !self.counted_noun_follows(i + 1)
    }

    /// Whether a counted noun or unit starts at `k` (`Menschen`, `Euro`, `%`,
    /// `troops`), possibly after adjectives.
    fn counted_noun_follows(&self, k: usize) -> bool {
        if self.toks.get(k).is_some_and(|t| t.kind == TokenKind::Punct) {
            return matches!(self.toks[k].text, "%" | "€" | "$");
        }
        if scale_of(self.w(k), self.lang).is_some() {
            return true;
        }
        match self.unit_at(k) {
            Some((_, _, known)) => known || self.lang == Lang::De,
            None => false,
        }
    }

    /// Reads a figure starting at token `i`: the quantity and the index of
    /// the first token after it.
    fn figure_at(&self, i: usize) -> Option<(Quantity, usize)> {
        let (qual, mut j) = match qualifier_at(self, i) {
            Some((q, n)) => (Some(q), i + n),
            None => (None, i),
        };
        // A currency sign before the number: `$5 million`, `€ 10`.
        let mut unit: Option<String> = None;
        let num_start = j;
        if let Some(u) = self.toks.get(j).and_then(|t| currency_sign(t.text)) {
            if self.is(j + 1, TokenKind::Number) {
                unit = Some(u.to_string());
                j += 1;
            }
        }
        let first = self.number_at(j)?;
        let mut end = first.end;
        let (mut min, mut max) = (first.min, first.max);
        let mut qualifier = match (first.kind, qual) {
            (NumKind::Vague, _) => Qualifier::Vague,
            (_, Some(Qual::Is(q))) => q,
            (_, Some(Qual::Between)) | (_, None) => Qualifier::Exact,
        };
        // A second number: `10.000 bis 12.000`, `zwischen 10 und 20`.
        let mut ranged = false;
        if first.kind != NumKind::Vague && first.unit.is_none() {
            if let Some(second) = self.range_tail(end, qual == Some(Qual::Between)) {
                if self.w(second.end) == "uhr" {
                    return None; // `von 10 bis 12 Uhr`
                }
                let (mut a, b) = (first.min.unwrap_or(0.0), second.min.unwrap_or(0.0));
                if let (None, Some(scale)) = (first.scale, second.scale) {
                    a *= scale; // `1,5 bis 2 Millionen`
                }
                if a <= b {
                    ranged = true;
                    min = Some(a);
                    max = Some(b);
                    end = second.end;
                    // `etwa 10.000 bis 12.000` stays approx, with both bounds.
                    if qualifier != Qualifier::Approx {
                        qualifier = Qualifier::Range;
                    }
                }
            }
        }
        if !ranged {
            match qualifier {
                Qualifier::MoreThan | Qualifier::AtLeast => max = None,
                Qualifier::AtMost | Qualifier::LessThan => {
                    max = min;
                    min = None;
                }
                _ => {}
            }
        }
        // The unit after the number(s).
        let mut last = end;
        if let Some(fixed) = first.unit {
            unit = Some(fixed.to_string());
        } else if unit.is_none() {
            if let Some((u, after, _)) = self.unit_at(end) {
                unit = Some(u);
                last = after;
            }
        }
        // `auf der Autobahn 9`, `Artikel 5`, `Flight 370`: a bare number
        // right after a noun that numbers things names one of them.
        if unit.is_none()
            && qual.is_none()
            && num_start > 0
            && self.toks[num_start].kind == TokenKind::Number
            && packed::contains(IDENTIFIER_NOUNS, self.w(num_start - 1))
        {
            return None;
        }
        // `zwischen` without a second number is not part of the figure.
        let start_tok = if qual.is_some() && (qual != Some(Qual::Between) || ranged) { i } else { num_start };
        let (text, start, end_byte) = self.cover(start_tok, last);
        let q = Quantity {
            text,
            start,
            end: end_byte,
            value_min: min.map(round),
            value_max: max.map(round),
            qualifier,
            unit,
        };
        Some((q, last))
    }

    /// After the first number, a range connector and a second number.
    fn range_tail(&self, k: usize, between: bool) -> Option<Num> {
        let w = self.w(k);
        let mut j = match w {
            "bis" | "to" | "–" | "-" | "—" => k + 1,
            "und" | "and" if between => k + 1,
            _ => return None,
        };
        if w == "bis" && self.w(j) == "zu" {
            j += 1;
        }
        let n = self.number_at(j)?;
        if n.kind == NumKind::Vague || n.unit.is_some() {
            return None;
        }
        Some(n)
    }

    /// Reads a number (with its scale word) at `j`.
    fn number_at(&self, j: usize) -> Option<Num> {
        let t = self.toks.get(j)?;
        match t.kind {
            TokenKind::Number => self.numeral_at(j),
            TokenKind::Mixed => age_or_duration(t.text).map(|(v, unit)| Num::exact(v, j + 1, Some(unit))),
            TokenKind::Word => self.word_number_at(j),
            TokenKind::Punct => None,
        }
    }

    fn numeral_at(&self, j: usize) -> Option<Num> {
        let t = &self.toks[j];
        // Times of day and durations: `10:30`, `1:27 min`.
        if (self.w(j + 1) == ":" && self.glued(j + 1) && self.is(j + 2, TokenKind::Number))
            || (j >= 2 && self.w(j - 1) == ":" && self.glued(j) && self.is(j - 2, TokenKind::Number))
        {
            return None;
        }
        if self.w(j + 1) == "uhr" || self.w(j + 1) == "min" {
            return None;
        }
        // Ordinals and day numbers: `2. Korps`, `13. Januar`, `(2.vl)`.
        // At the end of a span the dot may end the sentence (`auf 3.`), but
        // not after an article or a contracted preposition (`des 2.`).
        if self.w(j + 1) == "."
            && self.glued(j + 1)
            && (j + 2 < self.toks.len() || (j > 0 && is_ordinal_context(self.w(j - 1))))
        {
            return None;
        }
        // Part of a date: `Apr 28`, `28 April`.
        if (j > 0 && self.month(j - 1).is_some()) || self.month(j + 1).is_some() {
            return None;
        }
        if self.is_year(j) {
            return None;
        }
        let mut k = j + 1;
        let scale = scale_of(self.w(k), self.lang);
        if scale.is_some() {
            k += 1;
            if self.w(k) == "." && self.glued(k) && matches!(self.w(k - 1), "mio" | "mrd" | "tsd") {
                k += 1;
            }
        }
        let v = parse_numeral(t.text, self.lang, scale.is_some())?;
        // `aged 22`: an age, never a count of 22.
        let age = (j > 0 && self.w(j - 1) == "aged").then_some("years_old");
        let mut n = Num::exact(v * scale.unwrap_or(1.0), k, age);
        n.scale = scale;
        Some(n)
    }

    fn word_number_at(&self, j: usize) -> Option<Num> {
        let w = self.w(j);
        // Fractions: `zwei Drittel`, `ein Viertel`, `two thirds`.
        let next = self.w(j + 1);
        if let Some(den) = denominator(next) {
            let num = match w {
                "ein" | "eine" | "einem" | "einer" | "a" | "one" => Some(1.0),
                _ => small_number_word(w, self.lang),
            };
            if let Some(num) = num {
                return Some(Num::exact(num / den, j + 2, Some("fraction")));
            }
        }
        if let Some(den) = hyphen_fraction(w) {
            return Some(Num::exact(den, j + 1, Some("fraction")));
        }
        // Vague plurals: `Tausende`, `Dutzende`, `thousands`, `tens of thousands`.
        if let Some((lo, hi, n)) = vague_at(self, j) {
            return Some(Num {
                min: Some(lo),
                max: Some(hi),
                end: j + n,
                kind: NumKind::Vague,
                scale: None,
                unit: None,
            });
        }
        // `the two countries`, `die beiden`, `die drei Männer`: a small
        // number after a definite article refers back to what was counted,
        // it states no count of its own.
        if j > 0
            && matches!(self.w(j - 1), "the" | "die" | "der" | "den" | "dem")
            && small_number_word(w, self.lang).is_some_and(|v| v <= 12.0)
            && scale_of(self.w(j + 1), self.lang).is_none()
        {
            return None;
        }
        let (v, mut k) = match self.lang {
            Lang::De => match de_number(w) {
                Some(v) => (v, j + 1),
                None => return de_compound_duration(w).map(|(v, unit)| Num::exact(v, j + 1, Some(unit))),
            },
            Lang::En => en_number_at(self, j)?,
        };
        let scale = scale_of(self.w(k), self.lang);
        if let Some(s) = scale {
            k += 1;
            let mut n = Num::exact(v * s, k, None);
            n.scale = Some(s);
            return Some(n);
        }
        Some(Num::exact(v, k, None))
    }

    /// The unit noun starting at `k`: (normalized unit, index after it,
    /// whether it was a known unit).
    fn unit_at(&self, k: usize) -> Option<(String, usize, bool)> {
        let t = self.toks.get(k)?;
        if t.kind == TokenKind::Punct {
            return match t.text {
                "%" => Some(("percent".into(), k + 1, true)),
                "€" => Some(("EUR".into(), k + 1, true)),
                _ => None,
            };
        }
        // `km²`, `km2`
        if self.w(k) == "km" && self.w(k + 1) == "²" && self.glued(k + 1) {
            return Some(("km2".into(), k + 2, true));
        }
        // `sq km`, `square kilometres`: km²
        if matches!(self.w(k), "sq" | "square") {
            match self.w(k + 1) {
                "km" | "kilometres" | "kilometers" | "kilometre" | "kilometer" => {
                    return Some(("km2".into(), k + 2, true));
                }
                _ => {}
            }
        }
        match self.lang {
            Lang::De => {
                let mut m = k;
                // Skip up to two adjectives: `nordkoreanischen`, `russische`.
                while m < k + 2 && is_de_adjective(self, m) {
                    m += 1;
                }
                let tok = self.toks.get(m)?;
                let w = self.w(m);
                if let Some(u) = canonical_unit(w) {
                    return Some((u.to_string(), m + 1, true));
                }
                if tok.kind == TokenKind::Word
                    && tok.is_capitalized()
                    && !(self.month(m).is_some() || crate::extract::time::weekday_of(w).is_some())
                    && w.chars().count() > 1
                {
                    return Some((w.to_string(), m + 1, false));
                }
                None
            }
            Lang::En => {
                let mut m = k;
                if self.w(m) == "of" {
                    m += 1;
                }
                if self.w(m) == "per" && self.w(m + 1) == "cent" {
                    return Some(("percent".into(), m + 2, true));
                }
                if self.w(m) == "square" {
                    let u = match self.w(m + 1) {
                        "kilometres" | "kilometers" | "km" | "kilometre" | "kilometer" => Some("km2"),
                        "miles" | "mile" => Some("mi2"),
                        _ => None,
                    };
                    if let Some(u) = u {
                        return Some((u.into(), m + 2, true));
                    }
                }
                // A known unit among the next three words: `North Korean troops`.
                for n in m..(m + 3).min(self.toks.len()) {
                    if self.toks[n].kind != TokenKind::Word {
                        break;
                    }
                    if let Some(u) = canonical_unit(self.w(n)) {
                        return Some((u.to_string(), n + 1, true));
                    }
                    if !self.toks[n].is_capitalized() && n > m {
                        break;
                    }
                }
                // Otherwise the first plural noun, past adverbs and adjectives:
                // `two economically and politically isolated countries`.
                for n in m..(m + 5).min(self.toks.len()) {
                    let tok = &self.toks[n];
                    let w = self.w(n);
                    if tok.kind != TokenKind::Word || (is_en_function_word(w) && w != "and") {
                        break;
                    }
                    if !tok.is_capitalized()
                        && w.len() > 3
                        && w.ends_with('s')
                        && !w.ends_with("ss")
                        && !w.ends_with("ous")
                    {
                        return Some((w.to_string(), n + 1, false));
                    }
                }
                None
            }
        }
    }
}

crate::packed_table!(
    /// Words before a number that make it a year.
    YEAR_CONTEXT,
    "\
/
ab
anfang
early
ende
frühjahr
im
jahr
jahre
jahres
late
mid
mitte
of
seit
since
vom
year"
);

/// Words after which `N.` is an ordinal: `des 2.`, `am 13.`, `zum 3.`.
fn is_ordinal_context(w: &str) -> bool {
    packed::contains(ORDINAL_CONTEXT, w)
}

crate::packed_table!(
    /// Nouns that number what they name: a bare number right after one is
    /// a name (`Autobahn 9`, `Artikel 5`, `Flight 370`), not a count.
    IDENTIFIER_NOUNS,
    "\
absatz
abschnitt
article
artikel
autobahn
bahnsteig
bundesstraße
chapter
episode
flight
flug
gate
gleis
highway
interstate
kapitel
linie
nummer
paragraf
paragraph
platform
reactor
reaktor
room
route
section
seite
spieltag
staffel
terminal
zimmer"
);

crate::packed_table!(
    /// Words after which `N.` is an ordinal.
    ORDINAL_CONTEXT,
    "\
am
beim
das
dem
den
der
des
die
ihrem
ihrer
im
ins
seinem
seiner
vom
zum
zur"
);

fn round(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

/// What sort of number was read.
#[derive(Debug, Clone, Copy, PartialEq)]
enum NumKind {
    Exact,
    Vague,
}

/// A number as read: its value (or vague range), where it ends, its scale.
#[derive(Debug, Clone, Copy)]
struct Num {
    min: Option<f64>,
    max: Option<f64>,
    /// Token index after the number (and its scale word).
    end: usize,
    kind: NumKind,
    scale: Option<f64>,
    /// A unit the number fixes itself (`42-jährig` → `years_old`).
    unit: Option<&'static str>,
}

impl Num {
    fn exact(v: f64, end: usize, unit: Option<&'static str>) -> Num {
        Num { min: Some(v), max: Some(v), end, kind: NumKind::Exact, scale: None, unit }
    }
}

/// A qualifier before a number.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Qual {
    Is(Qualifier),
    /// `zwischen`/`between`: a range if `und`/`and` and a second number follow.
    Between,
}

/// The qualifier phrase at `i`, and how many tokens it takes.
fn qualifier_at(s: &Sentence, i: usize) -> Option<(Qual, usize)> {
    use Qualifier::*;
    // Every qualifier begins with a word: numbers and punctuation, a third
    // of all tokens, are settled without the comparisons.
    if !s.is(i, TokenKind::Word) {
        return None;
    }
    let (a, b) = (s.w(i), s.w(i + 1));
    let two = match (s.lang, a, b) {
        (Lang::De, "mehr", "als") => Some(MoreThan),
        (Lang::De, "weniger", "als") => Some(LessThan),
        (Lang::De, "bis", "zu") => Some(AtMost),
        (Lang::De, "ca", ".") => Some(Approx),
        (Lang::En, "more", "than") => Some(MoreThan),
        (Lang::En, "fewer" | "less", "than") => Some(LessThan),
        (Lang::En, "at", "least") => Some(AtLeast),
        (Lang::En, "at", "most") => Some(AtMost),
        (Lang::En, "up", "to") => Some(AtMost),
        (Lang::En, "no", "more") if s.w(i + 2) == "than" => return Some((Qual::Is(AtMost), 3)),
        (Lang::En, "close", "to") => Some(Approx),
        (Lang::En, "an", "estimated") => Some(Approx),
        _ => None,
    };
    if let Some(q) = two {
        return Some((Qual::Is(q), 2));
    }
    let one = match (s.lang, a) {
        (
            Lang::De,
            "etwa" | "rund" | "knapp" | "fast" | "circa" | "zirka" | "ca" | "ungefähr" | "gut" | "annähernd" | "nahezu"
            | "beinahe" | "schätzungsweise",
        ) => Qual::Is(Approx),
        (Lang::De, "über") => Qual::Is(MoreThan),
        (Lang::De, "mindestens" | "wenigstens" | "zumindest") => Qual::Is(AtLeast),
        (Lang::De, "höchstens" | "maximal") => Qual::Is(AtMost),
        (Lang::De, "unter") => Qual::Is(LessThan),
        (Lang::De, "zwischen") => Qual::Between,
        (
            Lang::En,
            "about" | "around" | "nearly" | "almost" | "approximately" | "roughly" | "some" | "estimated" | "approx",
        ) => Qual::Is(Approx),
        (Lang::En, "over") => Qual::Is(MoreThan),
        (Lang::En, "under") => Qual::Is(LessThan),
        (Lang::En, "between") => Qual::Between,
        _ => return None,
    };
    Some((one, 1))
}

/// Whether a counting qualifier (not `zwischen`/`bis`) ends right before `i`.
fn qualifier_word_before(s: &Sentence, i: usize) -> bool {
    (i >= 1 && matches!(qualifier_at(s, i - 1), Some((Qual::Is(q), 1)) if q != Qualifier::Exact))
        || (i >= 2 && matches!(qualifier_at(s, i - 2), Some((Qual::Is(q), 2)) if q != Qualifier::AtMost))
}

fn currency_sign(s: &str) -> Option<&'static str> {
    match s {
        "$" => Some("USD"),
        "€" => Some("EUR"),
        "£" => Some("GBP"),
        _ => None,
    }
}

/// Parses a numeral with German, English or Swiss separators.
///
/// `followed_by_scale`: in English `1.125 million` is a decimal, while a
/// lone `10.000` (a German habit in English text) is ten thousand.
/// Returns `None` for things shaped like dates or versions (`13.01.2025`).
pub fn parse_numeral(s: &str, lang: Lang, followed_by_scale: bool) -> Option<f64> {
    let swiss = s.contains(['\'', '’']);
    let (dots, commas) = (s.matches('.').count(), s.matches(',').count());
    let groups_ok = |sep: &[char]| {
        let mut parts = s.split(sep);
        let first = parts.next().unwrap_or("");
        (1..=3).contains(&first.len()) && parts.all(|p| p.len() == 3)
    };
    let digits = |t: &str| t.chars().filter(|c| c.is_ascii_digit()).collect::<String>();
    if swiss {
        // `100'000`, `1'234.5`
        let (int, frac) = match s.split_once(['.', ',']) {
            Some((a, b)) => (a, Some(b)),
            None => (s, None),
        };
        let mut parts = int.split(['\'', '’']);
        let first = parts.next().unwrap_or("");
        if !(1..=3).contains(&first.len())
            || !parts.all(|p| p.len() == 3)
            || frac.is_some_and(|f| f.contains(['.', ',', '\'', '’']))
        {
            return None;
        }
        let n = match frac {
            Some(f) => crate::join::cat(&[&digits(int), ".", f]),
            None => digits(int),
        };
        return decimal(&n);
    }
    match (dots, commas) {
        (0, 0) => decimal(s),
        (_, 0) => {
            let last = s.rsplit('.').next().unwrap_or("");
            if dots >= 2 {
                if groups_ok(&['.']) {
                    decimal(&digits(s))
                } else {
                    None
                }
            } else if groups_ok(&['.']) && !(lang == Lang::En && followed_by_scale) {
                decimal(&digits(s))
            } else if last.is_empty() {
                None
            } else {
                decimal(s)
            }
        }
        (0, _) => {
            if commas >= 2 {
                if groups_ok(&[',']) {
                    decimal(&digits(s))
                } else {
                    None
                }
            } else if lang == Lang::En && groups_ok(&[',']) {
                decimal(&digits(s))
            } else {
                decimal(&s.replace(',', "."))
            }
        }
        _ => {
            // Both: the later one is the decimal mark (`1.234,5`, `1,234.5`).
            let (dec, group) = if s.rfind(',') > s.rfind('.') { (',', '.') } else { ('.', ',') };
            let (int, frac) = s.rsplit_once(dec)?;
            let mut parts = int.split(group);
            let first = parts.next().unwrap_or("");
            if !(1..=3).contains(&first.len()) || !parts.all(|p| p.len() == 3) || frac.contains(group) {
                return None;
            }
            decimal(&crate::join::cat(&[&digits(int), ".", frac]))
        }
    }
}

/// Reads `123` or `123.45` (ASCII digits, at most one `.`) as a number.
///
/// Written by hand so the browser build carries no general float parser
/// (about 13 KiB). Exact wherever it matters: with up to 17 significant
/// digits the value is an integer divided by a power of ten, both exact in
/// an `f64`, so the one rounding step is the division's, as in `str::parse`.
pub(crate) fn decimal(s: &str) -> Option<f64> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if int.is_empty() || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (mut mantissa, mut digits, mut scale) = (0u64, 0, 0i32);
    for b in int.bytes() {
        if digits < 17 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            digits += u32::from(mantissa > 0);
        } else {
            scale += 1; // digits beyond what a u64 holds exactly only scale
        }
    }
    for b in frac.bytes() {
        if digits < 17 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            digits += u32::from(mantissa > 0);
            scale -= 1;
        }
    }
    let mut power = 1.0f64;
    for _ in 0..scale.unsigned_abs() {
        power *= 10.0;
    }
    Some(if scale < 0 { mantissa as f64 / power } else { mantissa as f64 * power })
}

/// A scale word after a number: `Millionen`, `Mio`, `million`, `bn`.
fn scale_of(w: &str, lang: Lang) -> Option<f64> {
    match (lang, w) {
        (_, "million" | "millionen" | "mio" | "mn") => Some(1e6),
        (Lang::De, "milliarde" | "milliarden" | "mrd") => Some(1e9),
        (Lang::De, "billion" | "billionen") => Some(1e12),
        (Lang::De, "tausend" | "tsd") => Some(1e3),
        (Lang::En, "thousand") => Some(1e3),
        (Lang::En, "billion" | "bn") => Some(1e9),
        (Lang::En, "trillion") => Some(1e12),
        _ => None,
    }
}

/// `Drittel` → 3 (for `zwei Drittel`).
fn denominator(w: &str) -> Option<f64> {
    match w {
        "hälfte" | "half" => Some(2.0),
        "drittel" | "third" | "thirds" => Some(3.0),
        "viertel" | "quarter" | "quarters" => Some(4.0),
        "fünftel" | "fifth" | "fifths" => Some(5.0),
        "zehntel" | "tenth" | "tenths" => Some(10.0),
        _ => None,
    }
}

/// `two-thirds` → 0.667
fn hyphen_fraction(w: &str) -> Option<f64> {
    let (a, b) = w.split_once('-')?;
    Some(small_number_word(a, Lang::En)? / denominator(b)?)
}

/// A single-word number in `lang` (`zwölf`, `tausend`, `twenty-five`).
pub(crate) fn number_word(w: &str, lang: Lang) -> Option<f64> {
    match lang {
        Lang::De => de_number(w),
        Lang::En => en_word(w),
    }
}

/// A small number word (2…99) in either language, for fractions.
fn small_number_word(w: &str, lang: Lang) -> Option<f64> {
    let v = match lang {
        Lang::De => de_number(w)?,
        Lang::En => en_word(w)?,
    };
    (v < 100.0).then_some(v)
}

/// Vague plurals at `j`: (min, max, tokens taken).
fn vague_at(s: &Sentence, j: usize) -> Option<(f64, f64, usize)> {
    let w = s.w(j);
    let next = s.w(j + 1);
    let r = match (s.lang, w) {
        (Lang::De, "dutzende" | "dutzenden") => (24.0, 99.0, 1),
        (Lang::De, "hunderte" | "hunderten") => (200.0, 999.0, 1),
        (Lang::De, "tausende" | "tausenden") => (2000.0, 9999.0, 1),
        (Lang::De, "zehntausende" | "zehntausenden") => (20000.0, 99999.0, 1),
        (Lang::De, "hunderttausende" | "hunderttausenden") => (200000.0, 999999.0, 1),
        (Lang::De, "millionen") => (2e6, 9.999e6, 1),
        (Lang::De, "mehrere" | "einige" | "mehreren" | "einigen") => match next {
            "hundert" => (200.0, 999.0, 2),
            "tausend" => (2000.0, 9999.0, 2),
            "dutzend" => (24.0, 99.0, 2),
            _ => return None,
        },
        (Lang::En, "dozens") => (24.0, 99.0, 1),
        (Lang::En, "hundreds") if next == "of" && s.w(j + 2) == "thousands" => (200000.0, 999999.0, 3),
        (Lang::En, "hundreds") => (200.0, 999.0, 1),
        (Lang::En, "thousands") => (2000.0, 9999.0, 1),
        (Lang::En, "tens") if next == "of" && s.w(j + 2) == "thousands" => (20000.0, 99999.0, 3),
        (Lang::En, "millions") => (2e6, 9.999e6, 1),
        (Lang::En, "several" | "a") if s.w(j) == "several" || next == "few" => {
            let k = if w == "a" { j + 2 } else { j + 1 };
            match s.w(k) {
                "hundred" => (200.0, 999.0, k + 1 - j),
                "thousand" => (2000.0, 9999.0, k + 1 - j),
                "dozen" => (24.0, 99.0, k + 1 - j),
                _ => return None,
            }
        }
        _ => return None,
    };
    Some(r)
}

fn de_small(w: &str) -> Option<u32> {
    packed::number(DE_SMALL, w)
}

crate::packed_table!(
    /// German number words below a hundred that are one word.
    DE_SMALL,
    "\
acht 8
achtzehn 18
achtzig 80
drei 3
dreizehn 13
dreißig 30
eins 1
elf 11
fünf 5
fünfzehn 15
fünfzig 50
neun 9
neunzehn 19
neunzig 90
sechs 6
sechzehn 16
sechzig 60
sieben 7
siebzehn 17
siebzig 70
vier 4
vierzehn 14
vierzig 40
zehn 10
zwanzig 20
zwei 2
zwo 2
zwölf 12"
);

/// `str::split_once` for a short needle. Number words are tried on every
/// token, and the standard two-way searcher's setup cost dominated the whole
/// quantity pass; a plain byte scan finds the same first occurrence (UTF-8
/// is self-synchronizing: a needle's bytes can only match at char boundaries).
fn split_once_bytes<'a>(w: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
    let at = w.as_bytes().windows(needle.len()).position(|b| b == needle.as_bytes())?;
    Some((&w[..at], &w[at + needle.len()..]))
}

fn de_below_100(w: &str) -> Option<u32> {
    if let Some(v) = de_small(w) {
        return Some(v);
    }
    // `einundzwanzig`
    let (unit, tens) = split_once_bytes(w, "und")?;
    let u = if unit == "ein" { 1 } else { de_small(unit).filter(|v| (2..=9).contains(v))? };
    let t = de_small(tens).filter(|v| *v >= 20 && v % 10 == 0)?;
    Some(u + t)
}

fn de_below_1000(w: &str) -> Option<u32> {
    match split_once_bytes(w, "hundert") {
        Some((left, right)) => {
            let l =
                if left.is_empty() || left == "ein" { 1 } else { de_small(left).filter(|v| (2..=9).contains(v))? };
            let r = if right.is_empty() { 0 } else { de_below_100(right.strip_prefix("und").unwrap_or(right))? };
            Some(l * 100 + r)
        }
        None => de_below_100(w),
    }
}

/// Whether `w` begins with a morpheme a German number word can begin with
/// (a word of [`DE_SMALL`], `ein`, `hundert`, `tausend`). Number words are
/// tried on every token, and the split into `tausend`/`hundert`/`und` parts
/// is the costly part; this test rejects nearly every other word on its
/// first bytes, with the same answers (every parse [`de_number`] accepts
/// starts with one of these).
fn starts_like_de_number(w: &str) -> bool {
    let p = |s: &str| w.starts_with(s);
    match w.as_bytes().first() {
        Some(b'a') => p("acht"),
        Some(b'd') => p("drei"),
        Some(b'e') => p("ein") || p("elf"),
        Some(b'f') => p("fünf"),
        Some(b'h') => p("hundert"),
        Some(b'n') => p("neun"),
        Some(b's') => p("sech") || p("sieb"),
        Some(b't') => p("tausend"),
        Some(b'v') => p("vier"),
        Some(b'z') => p("zw") || p("zehn"),
        _ => false,
    }
}

/// A German number word (`zwei`, `tausend`, `zweihundertfünfzig`);
/// not `ein`/`eine`, which are articles far more often than numbers.
fn de_number(w: &str) -> Option<f64> {
    if !starts_like_de_number(w) {
        return None;
    }
    let v = match split_once_bytes(w, "tausend") {
        Some((left, right)) => {
            let l = if left.is_empty() || left == "ein" { 1 } else { de_below_1000(left)? };
            let r = if right.is_empty() { 0 } else { de_below_1000(right.strip_prefix("und").unwrap_or(right))? };
            l * 1000 + r
        }
        None => de_below_1000(w)?,
    };
    Some(v as f64)
}

fn en_word(w: &str) -> Option<f64> {
    if let Some(v) = packed::number(EN_NUMBERS, w) {
        return Some(f64::from(v));
    }
    // `twenty-five`
    let (t, u) = w.split_once('-')?;
    // `v` is a whole number (2 to 90): an integer test, not the f64 `%` (fmod and
    // 128-bit division in the wasm).
    let t = en_word(t).filter(|v| *v >= 20.0 && (*v as u32).is_multiple_of(10))?;
    let u = match u {
        "one" => 1.0,
        _ => en_word(u).filter(|v| *v < 10.0)?,
    };
    Some(t + u)
}

crate::packed_table!(
    /// English number words below a hundred that are one word.
    EN_NUMBERS,
    "\
eight 8
eighteen 18
eighty 80
eleven 11
fifteen 15
fifty 50
five 5
forty 40
four 4
fourteen 14
nine 9
nineteen 19
ninety 90
seven 7
seventeen 17
seventy 70
six 6
sixteen 16
sixty 60
ten 10
thirteen 13
thirty 30
three 3
twelve 12
twenty 20
two 2"
);

/// English number words over several tokens: `two hundred`, `a thousand`,
/// `three hundred and fifty`.
fn en_number_at(s: &Sentence, j: usize) -> Option<(f64, usize)> {
    let mut k = j;
    let mut total = 0.0;
    let mut cur = 0.0;
    let mut any = false;
    if matches!(s.w(k), "a" | "one") && matches!(s.w(k + 1), "hundred" | "thousand") {
        cur = 1.0;
        k += 1;
    }
    loop {
        let w = s.w(k);
        if let Some(v) = en_word(w) {
            cur += v;
        } else if w == "hundred" && (cur > 0.0 || any) {
            cur = cur.max(1.0) * 100.0;
        } else if w == "thousand" && (cur > 0.0 || any) {
            total += cur.max(1.0) * 1000.0;
            cur = 0.0;
        } else if w == "and" && any && en_word(s.w(k + 1)).is_some() {
            k += 1;
            continue;
        } else {
            break;
        }
        any = true;
        k += 1;
    }
    any.then_some((total + cur, k))
}

/// `42-jähriger`, `71-Jährige`, `71-year-old` → (42, `years_old`);
/// `24-stündig` → (24, `hours`).
fn age_or_duration(t: &str) -> Option<(f64, &'static str)> {
    let (num, rest) = t.split_once('-')?;
    let v = decimal(num)?;
    let rest = lower(rest);
    let unit = if rest.starts_with("jährig") || rest.starts_with("year-old") || rest.starts_with("years-old") {
        "years_old"
    } else if rest.starts_with("stündig") {
        "hours"
    } else if rest.starts_with("tägig") {
        "days"
    } else {
        return None;
    };
    Some((v, unit))
}

/// `zweistündigen` → (2, `hours`), `dreitägige` → (3, `days`).
fn de_compound_duration(w: &str) -> Option<(f64, &'static str)> {
    // The number is a beginning of `w`, so `w` begins like one; the quick
    // test spares most words the four scans below.
    if !starts_like_de_number(w) {
        return None;
    }
    for (stem, unit) in [("stündig", "hours"), ("tägig", "days"), ("wöchig", "weeks"), ("monatig", "months")] {
        if let Some((number, rest)) = split_once_bytes(w, stem) {
            if matches!(rest, "" | "e" | "en" | "er" | "es" | "em") {
                return Some((de_number(number)?, unit));
            }
        }
    }
    None
}

/// Normalizes a known unit word.
pub fn canonical_unit(w: &str) -> Option<&'static str> {
    packed::get(UNITS, w)
}

crate::packed_table!(
    /// Unit words and the unit each names.
    UNITS,
    "\
$ USD
% percent
bewohner people
bewohnern people
bodies dead
children people
counties districts
day days
days days
dead dead
deaths dead
districts districts
dollar USD
dollars USD
einsatzkräfte helpers
einsatzkräften helpers
einwohner people
einwohnern people
eur EUR
euro EUR
euros EUR
fahrgäste people
fahrgästen people
fighters soldiers
frauen people
gefallene dead
gefallenen dead
helfer helpers
helfern helpers
helpers helpers
hour hours
hours hours
injured injured
insassen people
jahr years
jahre years
jahren years
jugendliche people
jugendlichen people
killed dead
kilometer km
kilometern km
kilometers km
kilometres km
kinder people
kindern people
km km
km2 km2
km² km2
kreise districts
kreisen districts
kämpfer soldiers
kämpfern soldiers
landkreis districts
landkreise districts
landkreisen districts
leichen dead
leichname dead
leichtverletzte injured
leichtverletzten injured
leute people
liter litres
liter. litres
litern litres
liters litres
litre litres
litres litres
men people
menschen people
meter m
metern m
meters m
metres m
monat months
monate months
monaten months
month months
months months
männer people
männern people
nothelfer helpers
opfer people
opfern people
passagiere people
passagieren people
passengers people
people people
percent percent
personen people
persons people
prozent percent
prozentpunkte percentage_points
prozentpunkten percentage_points
qkm km2
quadratkilometer km2
quadratkilometern km2
rescuers helpers
residents people
rettungskräfte helpers
rettungskräften helpers
schwerstverletzte injured
schwerstverletzten injured
schwerverletzte injured
schwerverletzten injured
soldat soldiers
soldaten soldiers
soldier soldiers
soldiers soldiers
stunde hours
stunden hours
tag days
tage days
tagen days
todesopfer dead
todesopfern dead
tonnen tonnes
tonnes tonnes
tons tonnes
tote dead
toten dead
troops soldiers
truppen soldiers
us-dollar USD
usd USD
verletzte injured
verletzten injured
verwundete injured
verwundeten injured
victims people
week weeks
weeks weeks
woche weeks
wochen weeks
women people
wounded injured
year years
years years
€ EUR"
);

/// A German adjective or participle before a noun: lowercase, ending in
/// `-e`, `-en`, `-er`, `-es`, `-em`, and not a determiner.
fn is_de_adjective(s: &Sentence, m: usize) -> bool {
    let Some(t) = s.toks.get(m) else { return false };
    let w = s.w(m);
    t.kind == TokenKind::Word
        && !t.is_capitalized()
        && w.chars().count() >= 4
        && (w.ends_with('e') || w.ends_with("en") || w.ends_with("er") || w.ends_with("es") || w.ends_with("em"))
        && !packed::contains(DE_NON_ADJECTIVES, w)
}

crate::packed_table!(
    /// German determiners and pronouns that end like an adjective.
    DE_NON_ADJECTIVES,
    "\
aber
alle
allen
aller
beide
beiden
bereits
denen
deren
diese
diesem
diesen
dieser
dieses
eine
einem
einen
einer
eines
gegen
haben
hatte
hatten
hinter
hätten
ihre
ihren
ihrer
immer
jene
keine
keinen
keiner
können
müssen
neben
nunmehr
oder
ohne
seien
seine
seinen
seiner
sollen
sowie
unter
waren
weiter
werden
wieder
wurden
wäre
zwischen
über"
);

fn is_en_function_word(w: &str) -> bool {
    packed::contains(EN_FUNCTION_WORDS, w)
}

crate::packed_table!(
    /// English function words.
    EN_FUNCTION_WORDS,
    "\
a
an
and
are
as
at
but
by
for
from
had
has
have
her
his
in
into
is
its
less
more
of
on
or
other
others
per
said
than
that
the
their
these
this
those
times
to
was
were
which
who
will
with
would"
);

pub(crate) use crate::lexicon::calendar::{month as month_number, season as season_of};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_reads_like_str_parse() {
        for s in
            ["0", "7", "10000", "4.972", "1.5", "0.1", "3.7", "12.25", "12345678901234567", "99.999", "0.000123", "007"]
        {
            assert_eq!(decimal(s), s.parse::<f64>().ok(), "{s}");
        }
        for s in ["", ".5", "1.2.3", "1e5", "-3", "1,5"] {
            assert_eq!(decimal(s), None, "{s}");
        }
    }

    fn q(s: &str, lang: Lang) -> Vec<Quantity> {
        find(s, 0..s.len(), lang)
    }

    #[test]
    fn numerals() {
        use Lang::*;
        assert_eq!(parse_numeral("10.000", De, false), Some(10000.0));
        assert_eq!(parse_numeral("10,000", En, false), Some(10000.0));
        assert_eq!(parse_numeral("4,972", De, false), Some(4.972));
        assert_eq!(parse_numeral("28,5", De, false), Some(28.5));
        assert_eq!(parse_numeral("1.5", En, true), Some(1.5));
        assert_eq!(parse_numeral("1.125", En, true), Some(1.125));
        assert_eq!(parse_numeral("100'000", De, false), Some(100000.0));
        assert_eq!(parse_numeral("1.234.567", De, false), Some(1234567.0));
        assert_eq!(parse_numeral("1,234,567", En, false), Some(1234567.0));
        assert_eq!(parse_numeral("1.234,5", De, false), Some(1234.5));
        assert_eq!(parse_numeral("1,234.5", En, false), Some(1234.5));
        assert_eq!(parse_numeral("13.01.2025", De, false), None);
        assert_eq!(parse_numeral("1.2.3", De, false), None);
    }

    #[test]
    fn number_words() {
        assert_eq!(de_number("zwölf"), Some(12.0));
        assert_eq!(de_number("tausend"), Some(1000.0));
        assert_eq!(de_number("hundert"), Some(100.0));
        assert_eq!(de_number("zweihundertfünfzig"), Some(250.0));
        assert_eq!(de_number("einundzwanzig"), Some(21.0));
        assert_eq!(de_number("dreitausendvierhundert"), Some(3400.0));
        assert_eq!(de_number("ein"), None);
        assert_eq!(de_number("viele"), None);
        assert_eq!(de_number("und"), None);
        // The quick test in front of the parser admits every morpheme a
        // German number word can begin with.
        for (w, _) in packed::entries(DE_SMALL).chain([("ein", ""), ("hundert", ""), ("tausend", "")]) {
            assert!(starts_like_de_number(w), "{w}");
        }
        assert!(!starts_like_de_number("soldaten"));
        assert_eq!(en_word("twenty-five"), Some(25.0));
    }

    #[test]
    fn qualifier_number_unit() {
        let r = q("etwa 10.000 bis 12.000 Soldaten", Lang::De);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].text, "etwa 10.000 bis 12.000 Soldaten");
        assert_eq!((r[0].value_min, r[0].value_max), (Some(10000.0), Some(12000.0)));
        assert_eq!(r[0].qualifier, Qualifier::Approx);
        assert_eq!(r[0].unit.as_deref(), Some("soldiers"));
    }

    #[test]
    fn not_figures() {
        for s in [
            "am 13.01.2025 | 1:27 min",
            "um 10:30 Uhr",
            "des 2. Korps",
            "Olena Selenska (2.vl)",
            "im Juni 2024",
            "zum ersten Mal",
            "ein Soldat",
            "viele Soldaten",
        ] {
            assert_eq!(q(s, Lang::De), vec![], "{s}");
        }
    }
}
