//! Time expressions, resolved against the publication date.
//! OWNER: quantities & times (issue 4).
//!
//! An expression is an optional preposition (`am`, `im`, `seit`, `bis`,
//! `vor`, `on`, `since`, …), optional modifiers (`vergangenen`, `frühen`,
//! `last`, `this`) and a core: a date (`13.01.2025`, `13. Januar 2025`,
//! `April 28, 2025`), a month (`Juni 2024`), a season (`Sommer 2024`), a
//! year (`2024`, `im Jahr 2000`), a weekday (`Montag`, `Sonntagmorgen`), a
//! deictic word (`gestern`, `heute`, `last year`) or a span back
//! (`vor zwei Wochen`, `seit 24 Jahren`, `two weeks ago`). The reported
//! `text` covers the preposition and modifiers too (`im vergangenen Herbst`).
//!
//! `seit`/`since`/`ab` make an open interval from the start of what they
//! name (`to` null), `bis`/`until` one up to its end (`from` null); both
//! have granularity `open`.
//!
//! Relative expressions are resolved against the publication date, reading
//! news as reporting the past: a weekday is the latest such day on or before
//! publication, a month or season without a year the latest one that has
//! begun — unless the sentence speaks of the future (`will`, `wird`,
//! `plant`, … without a past-tense auxiliary), or says `kommenden`/`next`.
//! A day and month without a year (`13. Januar`, `Apr 28`) take the year
//! that puts the date closest to publication. Without a publication date,
//! relative expressions are reported with `relative: true` and null dates,
//! never guessed. Not expressions: `seitdem`, `bislang`, `damals`.

use crate::date::{days_in_month, Date};
use crate::doc::language::Lang;
use crate::doc::token::TokenKind;
use crate::doc::SentenceView;
use crate::extract::quantity::{parse_numeral, season_of, Sentence};
use crate::lexicon::words;
use crate::report::{Granularity, TimeExpr};
use std::ops::Range;

/// Finds the time expressions in `text[span]`; offsets are bytes into `text`.
/// Relative expressions resolve against `published`; without it they stay
/// unresolved (`relative: true`, `from`/`to` null).
pub fn find(text: &str, span: Range<usize>, lang: Lang, published: Option<Date>) -> Vec<TimeExpr> {
    let mut store = Vec::new();
    match SentenceView::tokenized(text, span, lang, &mut store) {
        Some(s) => find_in(&s, published),
        None => Vec::new(),
    }
}

/// Finds the time expressions of one sentence of a document.
pub fn find_in(s: &Sentence, published: Option<Date>) -> Vec<TimeExpr> {
    let s = s.clone();
    let cx = Cx { future: speaks_of_future(&s), s, published };
    let mut out = Vec::new();
    let mut i = 0;
    while i < cx.s.toks.len() {
        match cx.expr_at(i) {
            Some((t, next)) => {
                out.push(t);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

pub(crate) use crate::lexicon::calendar::weekday as weekday_of;

/// Which occurrence of a recurring period is meant.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    /// No modifier: the latest one (or the next one in future talk).
    Plain,
    /// `vergangenen`, `letzte`, `last`: the latest completed one.
    Prev,
    /// `diesem`, `this`: the current one.
    This,
    /// `kommenden`, `nächste`, `next`.
    Next,
}

/// What a core expression names.
#[derive(Debug, Clone, Copy)]
enum When {
    /// A resolved interval.
    Span(Date, Date, Granularity),
    /// A relative expression without a publication date to resolve it.
    Unresolved(Granularity),
}

/// A core expression: what it names, whether it depends on the publication
/// date, and the token after it.
struct Core {
    when: When,
    relative: bool,
    end: usize,
}

/// A preposition before the core.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Prep {
    None,
    /// `am`, `im`, `in`, `on`, `von`, …: no change of meaning.
    Plain,
    /// `seit`, `since`, `ab`: an open interval from.
    Since,
    /// `bis`, `until`: an open interval up to.
    Until,
    /// `vor`: a span back (`vor zwei Wochen`).
    Ago,
}

struct Cx<'a> {
    s: Sentence<'a>,
    published: Option<Date>,
    future: bool,
}

impl<'a> Cx<'a> {
    fn w(&self, i: usize) -> &str {
        self.s.w(i)
    }

    /// Token `i`'s flags in the function-word lexicon (0 past the end).
    fn lex(&self, i: usize) -> u32 {
        self.s.toks.get(i).map_or(0, |t| t.lex)
    }

    fn expr_at(&self, i: usize) -> Option<(TimeExpr, usize)> {
        let lex = self.lex(i);
        let (prep, mut j) = if lex & words::TIME_AT != 0 {
            (Prep::Plain, i + 1)
        } else if lex & words::TIME_SINCE != 0 {
            (Prep::Since, i + 1)
        } else if lex & words::TIME_UNTIL != 0 {
            (Prep::Until, i + 1)
        } else if lex & words::TIME_AGO != 0 {
            (Prep::Ago, i + 1)
        } else {
            (Prep::None, i)
        };
        // `Anfang`/`Ende` are nouns too: only before a date word.
        if prep == Prep::Plain && matches!(self.w(i), "anfang" | "ende" | "mitte") && !self.s.toks[i].is_capitalized() {
            return None;
        }
        // `bis Ende 2025`, `ab Mitte März`: the part of the period is not
        // resolved finer than the period itself.
        if matches!(prep, Prep::Since | Prep::Until)
            && matches!(self.w(j), "anfang" | "ende" | "mitte" | "early" | "late" | "mid")
        {
            j += 1;
        }
        let core = if prep == Prep::Ago || prep == Prep::Since {
            self.span_back(j, prep).or_else(|| if prep == Prep::Since { self.core_at(j, true) } else { None })
        } else {
            self.core_at(j, prep != Prep::None)
        };
        let core = match core {
            Some(c) => c,
            None if prep == Prep::None => self.ago_at(i)?,
            None => return None,
        };
        let (from, to, granularity) = match (core.when, prep) {
            (When::Span(a, _, _), Prep::Since) => (Some(a), None, Granularity::Open),
            (When::Span(_, b, _), Prep::Until) => (None, Some(b), Granularity::Open),
            (When::Span(a, b, g), _) => (Some(a), Some(b), g),
            (When::Unresolved(_), Prep::Since | Prep::Until) => (None, None, Granularity::Open),
            (When::Unresolved(g), _) => (None, None, g),
        };
        let start_tok = if prep == Prep::None { j } else { i };
        let (text, start, end) = self.s.cover(start_tok, core.end);
        let t = TimeExpr {
            text,
            start,
            end,
            from: from.map(Date::iso),
            to: to.map(Date::iso),
            granularity,
            relative: core.relative,
        };
        Some((t, core.end))
    }

    /// The core at `j`. `after_prep`: a preposition precedes, which lets a
    /// bare month or season name count (`im August`, but not `August` alone).
    fn core_at(&self, j: usize, after_prep: bool) -> Option<Core> {
        // Modifiers and fillers: `vergangenen`, `frühen`, `the`.
        let mut mode = Mode::Plain;
        let mut k = j;
        let mut modified = false;
        while k < j + 3 {
            let lex = self.lex(k);
            if lex & words::PERIOD_PREV != 0 {
                mode = Mode::Prev;
            } else if lex & words::PERIOD_THIS != 0 {
                mode = Mode::This;
            } else if lex & words::PERIOD_NEXT != 0 {
                mode = Mode::Next;
            } else if lex & words::PERIOD_FILLER == 0 {
                break;
            }
            modified |= lex & words::PERIOD_FILLER == 0;
            k += 1;
        }
        let tok = self.s.toks.get(k)?;
        let w = self.w(k);
        let lang = self.s.lang;
        // Relative units: `vergangenen Jahr`, `diese Woche`, `last month`.
        if modified {
            let g = match w {
                "jahr" | "jahres" | "year" => Some(Granularity::Year),
                "monat" | "monats" | "month" => Some(Granularity::Month),
                "woche" | "week" => Some(Granularity::Week),
                _ => None,
            };
            if let Some(g) = g {
                return Some(self.relative(k + 1, g, |p| period(p, g, mode)));
            }
        }
        if w == "vorjahr" {
            return Some(self.relative(k + 1, Granularity::Year, |p| period(p, Granularity::Year, Mode::Prev)));
        }
        // Weekdays: `am Montag`, `am frühen Sonntagmorgen`, `on Monday (Apr 28)`.
        // Capitalization first: it is the cheaper test, and most words fail it.
        let weekday = if tok.is_capitalized() { weekday_of(w) } else { None };
        if let Some(wd) = weekday {
            if let Some((c, after)) = self.explicit_date_after(k + 1) {
                return Some(Core { end: after, ..c });
            }
            let future = self.future;
            return Some(self.relative(k + 1, Granularity::Day, |p| {
                let d = match (mode, future) {
                    (Mode::Prev, _) => p.add_days(-1).on_or_before(wd),
                    (Mode::Next, _) => p.add_days(1).on_or_after(wd),
                    (_, true) => p.on_or_after(wd),
                    (_, false) => p.on_or_before(wd),
                };
                (d, d)
            }));
        }
        if matches!(w, "wochenende" | "weekend") {
            let future = self.future;
            return Some(self.relative(k + 1, Granularity::Week, |p| {
                let last = p.on_or_before(5);
                let sat = match (mode, future) {
                    (Mode::Prev, _) if p.weekday() >= 5 => last.add_days(-7),
                    (Mode::Next, _) => p.add_days(1).on_or_after(5),
                    (Mode::Plain | Mode::This, true) if p.weekday() < 5 => p.on_or_after(5),
                    _ => last,
                };
                (sat, sat.add_days(1))
            }));
        }
        // Deictic days: `gestern`, `heute`, `am Abend`, `yesterday`.
        let day_offset = match w {
            "vorgestern" => Some(-2),
            "gestern" | "yesterday" => Some(-1),
            "heute" | "today" => Some(0),
            "morgen" if !tok.is_capitalized() && self.w(j.wrapping_sub(1)) != "am" => Some(1),
            "übermorgen" => Some(2),
            "tomorrow" => Some(1),
            "tonight" => Some(0),
            "abend" | "morgen" | "vormittag" | "mittag" | "nachmittag"
                if after_prep && self.w(j - 1) == "am" && tok.is_capitalized() =>
            {
                Some(0)
            }
            "morning" | "evening" | "afternoon" if mode == Mode::This => Some(0),
            _ => None,
        };
        if let Some(off) = day_offset {
            let mut end = k + 1;
            // `gestern Abend`, `heute Morgen`
            if off <= 0
                && matches!(self.w(end), "abend" | "morgen" | "vormittag" | "mittag" | "nachmittag" | "nacht" | "früh")
            {
                end += 1;
            }
            return Some(self.relative(end, Granularity::Day, |p| {
                let d = p.add_days(off);
                (d, d)
            }));
        }
        // Numeric dates: `13.01.2025`, `2025-04-28`.
        if tok.kind == TokenKind::Number {
            if let Some(c) = self.numeric_date(k) {
                return Some(c);
            }
        }
        // `13. Januar 2025`, `28 April 2025`, `13. Januar`.
        if tok.kind == TokenKind::Number && !tok.text.contains(['.', ',']) {
            let mut m = k + 1;
            if self.w(m) == "." && self.s.glued(m) {
                m += 1;
            }
            if let Some(month) = self.s.month(m) {
                let day: u32 = tok.text.parse().ok()?;
                if (m > k + 1 || lang == Lang::En || self.s.toks[m].text.len() > 3) && (1..=31).contains(&day) {
                    return self.day_month(day, month, m + 1);
                }
            }
        }
        // Month names: `April 28, 2025`, `Apr 28`, `Juni 2024`, `im August`.
        if let Some(month) = self.s.month(k) {
            let mut m = k + 1;
            if self.w(m) == "." && self.s.glued(m) {
                m += 1; // `Okt.`
            }
            if self.s.is(m, TokenKind::Number) {
                let n = self.s.toks[m].text;
                if n.len() <= 2 {
                    let day: u32 = n.parse().ok()?;
                    if (1..=31).contains(&day) && !(self.w(m + 1) == "." && self.s.glued(m + 1)) {
                        return self.day_month(day, month, m + 1);
                    }
                }
                if self.s.is_year(m) || (n.len() == 4 && n.parse::<i32>().is_ok_and(|y| (1800..=2199).contains(&y))) {
                    let y: i32 = n.parse().ok()?;
                    return Some(Core { when: month_span(y, month), relative: false, end: m + 1 });
                }
            }
            // `Juni diesen Jahres`, `Juni vergangenen Jahres`
            let year_mode = match (self.w(m), self.w(m + 1)) {
                ("diesen" | "dieses" | "laufenden", "jahres") => Some(Mode::This),
                ("vergangenen" | "letzten" | "vorigen", "jahres") => Some(Mode::Prev),
                ("kommenden" | "nächsten", "jahres") => Some(Mode::Next),
                _ => None,
            };
            if let Some(ym) = year_mode {
                return Some(self.relative(m + 2, Granularity::Month, |p| {
                    let y = match ym {
                        Mode::Prev => p.year - 1,
                        Mode::Next => p.year + 1,
                        _ => p.year,
                    };
                    (Date { year: y, month, day: 1 }, Date::last_of_month(y, month))
                }));
            }
            if after_prep || modified {
                let future = self.future;
                return Some(self.relative(k + 1, Granularity::Month, |p| {
                    let y = match (mode, future) {
                        (Mode::Prev, _) => p.year - i32::from(month >= p.month),
                        (Mode::Next, _) => p.year + i32::from(month <= p.month),
                        (Mode::This, _) => p.year,
                        (Mode::Plain, true) => p.year + i32::from(month < p.month),
                        (Mode::Plain, false) => p.year - i32::from(month > p.month),
                    };
                    (Date { year: y, month, day: 1 }, Date::last_of_month(y, month))
                }));
            }
            return None;
        }
        // Seasons: `Sommer 2024`, `Winter 2024/25`, `im vergangenen Herbst`.
        if let Some(first) = season_of(w, lang) {
            // `summer of 2024`
            let n = if self.w(k + 1) == "of" { k + 2 } else { k + 1 };
            if self.s.is(n, TokenKind::Number) && self.s.is_year(n) {
                let y: i32 = self.s.toks[n].text.parse().ok()?;
                let mut end = n + 1;
                // `Winter 2024/25`
                if first == 12
                    && self.w(end) == "/"
                    && self.s.is(end + 1, TokenKind::Number)
                    && self.s.toks[end + 1].text.len() <= 4
                {
                    end += 2;
                }
                let (a, b) = season_span(y, first);
                return Some(Core { when: When::Span(a, b, Granularity::Season), relative: false, end });
            }
            if after_prep || modified {
                let future = self.future;
                return Some(self.relative(k + 1, Granularity::Season, |p| season_occurrence(p, first, mode, future)));
            }
            return None;
        }
        // Years: `2024`, `im Jahr 2000`.
        let mut y = k;
        if matches!(w, "jahr" | "jahre" | "year") && self.s.is(k + 1, TokenKind::Number) {
            y = k + 1;
        }
        if self.s.is(y, TokenKind::Number) && self.s.is_year(y) {
            let year: i32 = self.s.toks[y].text.parse().ok()?;
            return Some(Core {
                when: When::Span(Date { year, month: 1, day: 1 }, Date { year, month: 12, day: 31 }, Granularity::Year),
                relative: false,
                end: y + 1,
            });
        }
        None
    }

    /// A relative core: resolved by `f` when there is a publication date.
    fn relative(&self, end: usize, g: Granularity, f: impl Fn(Date) -> (Date, Date)) -> Core {
        let when = match self.published {
            Some(p) => {
                let (a, b) = f(p);
                When::Span(a, b, g)
            }
            None => When::Unresolved(g),
        };
        Core { when, relative: true, end }
    }

    /// A day and month, with a year right after it (`, 2025` or ` 2025`) or
    /// the year closest to publication.
    fn day_month(&self, day: u32, month: u32, k: usize) -> Option<Core> {
        let mut y = k;
        if self.w(y) == "," {
            y += 1;
        }
        if self.s.is(y, TokenKind::Number) && self.s.toks[y].text.len() == 4 {
            let year: i32 = self.s.toks[y].text.parse().ok()?;
            let d = Date::new(year, month, day)?;
            return Some(Core { when: When::Span(d, d, Granularity::Day), relative: false, end: y + 1 });
        }
        if day > days_in_month(2024, month) {
            return None;
        }
        let core = self.relative(k, Granularity::Day, |p| {
            let d = (p.year - 1..=p.year + 1)
                .filter_map(|y| Date::new(y, month, day))
                .min_by_key(|d| (d.days() - p.days()).abs())
                .unwrap_or(p);
            (d, d)
        });
        Some(core)
    }

    /// `13.01.2025`, `13.1.2025`, `2025-04-28`.
    fn numeric_date(&self, k: usize) -> Option<Core> {
        let t = &self.s.toks[k];
        let mut parts = t.text.split('.');
        let (a, b, c) = (parts.next()?, parts.next(), parts.next());
        if let (Some(b), Some(c), None) = (b, c, parts.next()) {
            if a.len() <= 2 && b.len() <= 2 && c.len() == 4 {
                let d = Date::new(c.parse().ok()?, b.parse().ok()?, a.parse().ok()?)?;
                return Some(Core { when: When::Span(d, d, Granularity::Day), relative: false, end: k + 1 });
            }
            return None;
        }
        // ISO: five glued tokens.
        if t.text.len() == 4 && self.w(k + 1) == "-" && self.w(k + 3) == "-" && (1..=4).all(|n| self.s.glued(k + n)) {
            let (m, d) = (self.s.toks.get(k + 2)?.text, self.s.toks.get(k + 4)?.text);
            if m.len() == 2 && d.len() == 2 {
                let date = Date::new(t.text.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?;
                return Some(Core { when: When::Span(date, date, Granularity::Day), relative: false, end: k + 5 });
            }
        }
        None
    }

    /// After a weekday, an explicit date in brackets or after a comma:
    /// `Monday (Apr 28)`, `Montag, 28. April 2025`.
    fn explicit_date_after(&self, k: usize) -> Option<(Core, usize)> {
        match self.w(k) {
            "(" => {
                let c = self.core_at(k + 1, true)?;
                (self.w(c.end) == ")"
                    && matches!(c.when, When::Span(_, _, Granularity::Day) | When::Unresolved(Granularity::Day)))
                .then(|| {
                    let end = c.end + 1;
                    (c, end)
                })
            }
            "," if self.s.is(k + 1, TokenKind::Number) => {
                let c = self.core_at(k + 1, true)?;
                matches!(c.when, When::Span(_, _, Granularity::Day) | When::Unresolved(Granularity::Day)).then(|| {
                    let end = c.end;
                    (c, end)
                })
            }
            _ => None,
        }
    }

    /// `seit 24 Jahren`, `vor zwei Wochen`, `vor einem Jahr` (after the
    /// preposition, at `j`).
    fn span_back(&self, j: usize, prep: Prep) -> Option<Core> {
        let n = self.count_at(j)?;
        let g = duration_unit(self.w(j + 1))?;
        Some(self.back(n, g, prep == Prep::Since, j + 2))
    }

    /// `two weeks ago`, `a year ago` (no preposition, at `i`).
    fn ago_at(&self, i: usize) -> Option<Core> {
        // `ago` first: one comparison settles nearly every token, where the
        // count is a lookup in the number words.
        if self.w(i + 2) != "ago" {
            return None;
        }
        let n = self.count_at(i)?;
        let g = duration_unit(self.w(i + 1))?;
        Some(self.back(n, g, false, i + 3))
    }

    /// `n` units before publication: the point itself for `seit`, the
    /// unit-sized interval around it for `vor`/`ago`.
    fn back(&self, n: i64, g: Granularity, point: bool, end: usize) -> Core {
        self.relative(end, g, |p| {
            let d = match g {
                Granularity::Day => p.add_days(-n),
                Granularity::Week => p.add_days(-7 * n),
                Granularity::Month => p.add_months(-n),
                _ => p.add_years(-(n as i32)),
            };
            if point {
                return (d, d);
            }
            match g {
                Granularity::Week => (d.add_days(-3), d.add_days(3)),
                Granularity::Month => (Date { day: 1, ..d }, Date::last_of_month(d.year, d.month)),
                Granularity::Year => {
                    (Date { year: d.year, month: 1, day: 1 }, Date { year: d.year, month: 12, day: 31 })
                }
                _ => (d, d),
            }
        })
    }

    /// A small count: a numeral, a number word, or `einem`/`a`.
    fn count_at(&self, j: usize) -> Option<i64> {
        let t = self.s.toks.get(j)?;
        let v = match (t.kind, self.w(j)) {
            (TokenKind::Number, n) => parse_numeral(n, self.s.lang, false)?,
            (_, "einem" | "einer" | "einen" | "a" | "an" | "one") => 1.0,
            (_, w) => crate::extract::quantity::number_word(w, self.s.lang)?,
        };
        ((1.0..10000.0).contains(&v) && v.fract() == 0.0).then_some(v as i64)
    }
}

/// Whether a sentence talks about the future (`will`, `wird`, `plant`,
/// `dürfte`, `expected`) and not also about the past (`hat`, `wurde`,
/// `said`).
fn speaks_of_future(s: &Sentence) -> bool {
    // `Der DWD sagte für Dienstag Regen voraus`: a forecast told in the
    // past is of what is to come.
    let foretold = s.lang == Lang::De
        && s.toks.iter().rev().find(|t| t.kind == TokenKind::Word).is_some_and(|t| t.lower == "voraus");
    let mut future = false;
    let mut previous = "";
    for t in s.toks {
        let word = std::mem::replace(&mut previous, t.lower.as_ref());
        match (s.lang, t.lower.as_ref()) {
            (Lang::De, "sagte" | "sagten") if foretold => future = true,
            // `Wie erwartet stieg die Inflation`, `as expected`: what came
            // about, not what is to come.
            (Lang::De, "erwartet") | (Lang::En, "expected") if matches!(word, "wie" | "as") => {}
            (
                Lang::De,
                "hat" | "hatte" | "hatten" | "haben" | "wurde" | "wurden" | "war" | "waren" | "sagte" | "meldete",
            )
            | (Lang::En, "had" | "was" | "were" | "did" | "said" | "has" | "have") => return false,
            // An expectation is of what is to come (`Die EZB dürfte ihre
            // Zinsen im Dezember senken, erwarten Analysten`).
            (
                Lang::De,
                "will" | "wollen" | "wird" | "werden" | "plant" | "planen" | "geplant" | "dürfte" | "dürften"
                | "erwarten" | "erwartet" | "voraussichtlich",
            )
            | (Lang::En, "will" | "plans" | "scheduled" | "expected" | "expects" | "expect") => future = true,
            _ => {}
        }
    }
    future
}

/// `Jahren` → year, `Wochen` → week.
fn duration_unit(w: &str) -> Option<Granularity> {
    Some(match w {
        "tag" | "tagen" | "tage" | "day" | "days" => Granularity::Day,
        "woche" | "wochen" | "week" | "weeks" => Granularity::Week,
        "monat" | "monaten" | "monate" | "month" | "months" => Granularity::Month,
        "jahr" | "jahren" | "jahre" | "year" | "years" => Granularity::Year,
        _ => return None,
    })
}

fn month_span(year: i32, month: u32) -> When {
    When::Span(Date { year, month, day: 1 }, Date::last_of_month(year, month), Granularity::Month)
}

/// The season starting in `first` (3, 6, 9 or 12) of `year`: three months,
/// winter running into the next year.
fn season_span(year: i32, first: u32) -> (Date, Date) {
    let a = Date { year, month: first, day: 1 };
    (a, a.add_months(3).add_days(-1))
}

/// Which season starting in month `first` is meant, seen from `p`.
fn season_occurrence(p: Date, first: u32, mode: Mode, future: bool) -> (Date, Date) {
    let mut candidates = (p.year - 2..=p.year + 1).map(|y| season_span(y, first));
    let pick = match (mode, future) {
        // The latest completed one.
        (Mode::Prev, _) => candidates.rfind(|(_, b)| *b < p),
        (Mode::Next, _) => candidates.find(|(a, _)| *a > p),
        // The one containing publication, or this calendar year's.
        (Mode::This, _) => {
            candidates.clone().find(|(a, b)| *a <= p && p <= *b).or_else(|| candidates.find(|(a, _)| a.year == p.year))
        }
        (Mode::Plain, true) => candidates.find(|(_, b)| *b >= p),
        (Mode::Plain, false) => candidates.rfind(|(a, _)| *a <= p),
    };
    pick.unwrap_or_else(|| season_span(p.year, first))
}

/// The previous, current or next year, month or week of `p`.
fn period(p: Date, g: Granularity, mode: Mode) -> (Date, Date) {
    let step: i64 = match mode {
        Mode::Prev => -1,
        Mode::Next => 1,
        _ => 0,
    };
    match g {
        Granularity::Year => {
            let y = p.year + step as i32;
            (Date { year: y, month: 1, day: 1 }, Date { year: y, month: 12, day: 31 })
        }
        Granularity::Month => {
            let d = Date { day: 1, ..p }.add_months(step);
            (d, Date::last_of_month(d.year, d.month))
        }
        _ => {
            let monday = p.on_or_before(0).add_days(7 * step);
            (monday, monday.add_days(6))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Found = (String, Option<String>, Option<String>, Granularity, bool);

    fn t(s: &str, p: Option<&str>) -> Vec<Found> {
        find(s, 0..s.len(), Lang::De, p.and_then(Date::parse_iso))
            .into_iter()
            .map(|t| (t.text, t.from, t.to, t.granularity, t.relative))
            .collect()
    }

    #[test]
    fn weekday_names() {
        assert_eq!(weekday_of("montag"), Some(0));
        assert_eq!(weekday_of("sonntagmorgen"), Some(6));
        assert_eq!(weekday_of("freitagabend"), Some(4));
        assert_eq!(weekday_of("sunday"), Some(6));
        assert_eq!(weekday_of("montags"), None);
        assert_eq!(weekday_of("sonntagsfrage"), None);
    }

    #[test]
    fn seasons() {
        let p = Date::parse_iso("2025-04-28").unwrap();
        assert_eq!(season_span(2024, 12).1.iso(), "2025-02-28");
        assert_eq!(season_span(2023, 12).1.iso(), "2024-02-29");
        let (a, b) = season_occurrence(p, 9, Mode::Prev, false);
        assert_eq!((a.iso(), b.iso()), ("2024-09-01".into(), "2024-11-30".into()));
        let (a, _) = season_occurrence(p, 12, Mode::Prev, false);
        assert_eq!(a.iso(), "2024-12-01");
        let (a, _) = season_occurrence(p, 6, Mode::Plain, false);
        assert_eq!(a.iso(), "2024-06-01");
        let (a, _) = season_occurrence(p, 6, Mode::Plain, true);
        assert_eq!(a.iso(), "2025-06-01");
    }

    #[test]
    fn unresolved_without_publication() {
        let r = t("am Montag", None);
        assert_eq!(r, vec![("am Montag".to_string(), None, None, Granularity::Day, true)]);
        let r = t("im Juni 2024", None);
        assert_eq!(r[0].1.as_deref(), Some("2024-06-01"));
        assert!(!r[0].4);
    }
}
