//! Calendar words of German and English news: months, weekdays, parts of
//! the day, seasons. Each list once; the time extractor resolves them, the
//! entity and attribution readers use them to tell a date from a name.

use super::prefix::PrefixIndex;
use crate::doc::language::Lang;

/// Month names and their abbreviations (lowercase) with the month number.
pub const MONTHS: &[(&str, u32)] = &[
    ("januar", 1),
    ("jänner", 1),
    ("january", 1),
    ("jan", 1),
    ("februar", 2),
    ("feber", 2),
    ("february", 2),
    ("feb", 2),
    ("märz", 3),
    ("maerz", 3),
    ("march", 3),
    ("mär", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("mai", 5),
    ("may", 5),
    ("juni", 6),
    ("june", 6),
    ("jun", 6),
    ("juli", 7),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("oktober", 10),
    ("october", 10),
    ("okt", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("dezember", 12),
    ("december", 12),
    ("dez", 12),
    ("dec", 12),
];

/// Weekday names (lowercase), 0 = Monday.
pub const WEEKDAYS: &[(&str, u32)] = &[
    ("montag", 0),
    ("dienstag", 1),
    ("mittwoch", 2),
    ("donnerstag", 3),
    ("freitag", 4),
    ("samstag", 5),
    ("sonnabend", 5),
    ("sonntag", 6),
    ("monday", 0),
    ("tuesday", 1),
    ("wednesday", 2),
    ("thursday", 3),
    ("friday", 4),
    ("saturday", 5),
    ("sunday", 6),
];

/// German parts of the day, alone (`am Abend`) or after a weekday
/// (`Sonntagmorgen`, `Freitagabend`).
pub const DAY_PARTS: &[&str] = &["morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "früh"];

crate::packed_table!(
    /// Units of an age stamp (`vor 2 Stunden`, `3 days ago`, `5min ago`),
    /// lowercase, with the abbreviations pages use.
    AGE_UNITS,
    "\
d
day
days
h
hour
hours
hr
hrs
jahr
jahren
m
min
min.
mins
minute
minuten
minutes
mo
monat
monaten
month
months
s
sec
second
seconds
secs
sekunde
sekunden
std
std.
stunde
stunden
tag
tagen
w
week
weeks
woche
wochen
y
year
years"
);

/// Small counts written as words in age stamps (`vor einer Stunde`, `an hour ago`).
pub const SMALL_COUNTS: &[&str] =
    &["a", "an", "one", "two", "three", "einer", "einem", "zwei", "drei", "wenigen", "ein paar", "mehreren"];

/// Whether a lowercased word is a unit of an age stamp.
pub fn is_age_unit(w: &str) -> bool {
    crate::lexicon::packed::contains(AGE_UNITS, w)
}

/// Whether a lowercased word is a small count in words.
pub fn is_small_count(w: &str) -> bool {
    SMALL_COUNTS.contains(&w)
}

/// The month a lowercased month name or abbreviation names.
pub fn month(w: &str) -> Option<u32> {
    super::tables::MONTHS.get(w)
}

/// Whether a lowercased word is a full month name (no abbreviation) of `lang`,
/// or of either language when `lang` is `None`.
pub fn is_month_name(w: &str, lang: Option<Lang>) -> bool {
    use super::words::{flags, MONTH_DE, MONTH_EN};
    flags(w)
        & match lang {
            Some(Lang::De) => MONTH_DE,
            Some(Lang::En) => MONTH_EN,
            None => MONTH_DE | MONTH_EN,
        }
        != 0
}

/// German full month names ([`super::words::MONTH_DE`]).
#[cfg_attr(not(test), allow(dead_code))]
pub(super) const MONTHS_DE: [&str; 12] = [
    "januar",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
];
/// English full month names ([`super::words::MONTH_EN`]).
#[cfg_attr(not(test), allow(dead_code))]
pub(super) const MONTHS_EN: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The weekday a lowercased word names, 0 = Monday; compounds with a part of
/// the day count too (`sonntagmorgen`, `freitagabend`).
pub fn weekday(w: &str) -> Option<u32> {
    weekdays().candidates(w).find_map(|name| {
        let rest = w.get(name.len()..).filter(|_| name.begins(w))?;
        (rest.is_empty() || DAY_PARTS.contains(&rest)).then_some(name.value())
    })
}

/// Whether a lowercased word is a weekday name alone (no compound).
pub fn is_weekday_name(w: &str) -> bool {
    weekdays().get(w).is_some()
}

fn weekdays() -> &'static PrefixIndex {
    &super::tables::WEEKDAYS
}

/// The entries of the month index (`src/lexicon/tables.rs`).
#[cfg(test)]
pub(crate) fn month_entries() -> Vec<(&'static str, u32)> {
    MONTHS.to_vec()
}

/// The entries of the weekday index.
#[cfg(test)]
pub(crate) fn weekday_entries() -> Vec<(&'static str, u32)> {
    WEEKDAYS.to_vec()
}

/// Whether a lowercased word is a German part of the day (`abend`).
pub fn is_day_part(w: &str) -> bool {
    DAY_PARTS.contains(&w)
}

/// The season a word names, as its first month (`sommer` → 6).
/// (`Fall` is a German noun, so each language has its own words.)
pub fn season(w: &str, lang: Lang) -> Option<u32> {
    match (lang, w) {
        (Lang::De, "frühjahr" | "frühling") | (Lang::En, "spring") => Some(3),
        (Lang::De, "sommer") | (Lang::En, "summer") => Some(6),
        (Lang::De, "herbst") | (Lang::En, "autumn" | "fall") => Some(9),
        (_, "winter") => Some(12),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_weekdays_seasons() {
        assert_eq!(month("märz"), Some(3));
        assert_eq!(month("dec"), Some(12));
        assert_eq!(month("mais"), None);
        assert_eq!(weekday("sonntagmorgen"), Some(6));
        assert_eq!(weekday("freitagabend"), Some(4));
        assert_eq!(weekday("montags"), None);
        assert!(is_month_name("may", Some(Lang::En)) && !is_month_name("may", Some(Lang::De)));
        assert_eq!(season("fall", Lang::De), None);
        assert_eq!(season("fall", Lang::En), Some(9));
    }
}
