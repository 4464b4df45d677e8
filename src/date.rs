//! Calendar dates: parsing `YYYY-MM-DD`, weekdays, day, month and year
//! arithmetic. OWNER: quantities & times (issue 4).
//!
//! A tiny proleptic Gregorian calendar instead of `chrono`: the time module
//! only needs whole days, and the wasm must stay small.

/// A proleptic Gregorian calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// A date, if it exists.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// The last day of a month (`month` must be 1..=12).
    pub fn last_of_month(year: i32, month: u32) -> Date {
        Date { year, month, day: days_in_month(year, month) }
    }

    /// Parses `YYYY-MM-DD`; of a longer ISO timestamp (`…T10:00:00+02:00`,
    /// or with a space before the time) the date. Anything else after the
    /// date is refused: `2025-04-280` is no date, not the 28th.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let rest = s.get(10..)?;
        if !(rest.is_empty() || rest.starts_with(['T', 't', ' '])) {
            return None;
        }
        let s = &s[..10];
        let b = s.as_bytes();
        if b[4] != b'-' || b[7] != b'-' || !s.bytes().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit()) {
            return None;
        }
        Date::new(s[..4].parse().ok()?, s[5..7].parse().ok()?, s[8..10].parse().ok()?)
    }

    /// `YYYY-MM-DD`
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(z: i64) -> Date {
        let z = z + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = (yoe + era * 400 + if m <= 2 { 1 } else { 0 }) as i32;
        Date { year: y, month: m, day: d }
    }

    /// This date plus `n` days (negative goes back).
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// This date plus `n` calendar months; the day is clamped to the month's
    /// length (`2024-01-31` + 1 month = `2024-02-29`).
    pub fn add_months(self, n: i64) -> Date {
        let index = self.year as i64 * 12 + (self.month as i64 - 1) + n;
        let year = index.div_euclid(12) as i32;
        let month = index.rem_euclid(12) as u32 + 1;
        Date { year, month, day: self.day.min(days_in_month(year, month)) }
    }

    /// This date plus `n` years; 29 February becomes 28 February in a
    /// common year.
    pub fn add_years(self, n: i32) -> Date {
        self.add_months(n as i64 * 12)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        ((self.days() + 3).rem_euclid(7)) as u32
    }

    /// The latest date on or before `self` that falls on `weekday`
    /// (0 = Monday).
    pub fn on_or_before(self, weekday: u32) -> Date {
        let back = (self.weekday() as i64 - weekday as i64).rem_euclid(7);
        self.add_days(-back)
    }

    /// The earliest date on or after `self` that falls on `weekday`.
    pub fn on_or_after(self, weekday: u32) -> Date {
        let ahead = (weekday as i64 - self.weekday() as i64).rem_euclid(7);
        self.add_days(ahead)
    }
}

/// Whether `year` has a 29 February.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in a month (0 for a month outside 1..=12).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn weekday_and_arithmetic() {
        let d = Date::parse_iso("2025-04-28").unwrap();
        assert_eq!(d.weekday(), 0); // Monday
        assert_eq!(d.add_days(-2).iso(), "2025-04-26");
        assert_eq!(Date::from_days(d.days()), d);
        assert_eq!(Date::parse_iso("2024-02-30"), None);
        assert_eq!(Date::parse_iso("2025-04-28T10:00:00+02:00"), Some(d));
    }

    #[test]
    fn weekdays_of_known_dates() {
        assert_eq!(d("1970-01-01").weekday(), 3); // Thursday
        assert_eq!(d("2000-01-01").weekday(), 5); // Saturday
        assert_eq!(d("2022-02-24").weekday(), 3); // Thursday, the invasion
        assert_eq!(d("2024-06-02").weekday(), 6); // Sunday
        assert_eq!(d("2024-06-19").weekday(), 2); // Wednesday
        assert_eq!(d("2025-04-26").weekday(), 5); // Saturday
        assert_eq!(d("1900-01-01").weekday(), 0); // Monday
        assert_eq!(d("1969-12-31").weekday(), 2); // before the epoch
    }

    #[test]
    fn leap_years() {
        assert!(is_leap_year(2024));
        assert!(is_leap_year(2000));
        assert!(!is_leap_year(1900));
        assert!(!is_leap_year(2100));
        assert!(!is_leap_year(2025));
        assert_eq!(Date::new(2024, 2, 29).map(Date::iso).as_deref(), Some("2024-02-29"));
        assert_eq!(Date::new(2023, 2, 29), None);
        assert_eq!(Date::new(1900, 2, 29), None);
        assert_eq!(Date::new(2000, 2, 29).map(Date::iso).as_deref(), Some("2000-02-29"));
        assert_eq!(d("2024-02-28").add_days(1).iso(), "2024-02-29");
        assert_eq!(d("2024-02-29").add_days(1).iso(), "2024-03-01");
        assert_eq!(d("2023-02-28").add_days(1).iso(), "2023-03-01");
        assert_eq!(d("2024-12-31").days() - d("2024-01-01").days(), 365);
        assert_eq!(d("2025-12-31").days() - d("2025-01-01").days(), 364);
    }

    #[test]
    fn days_round_trip_over_centuries() {
        let mut day = d("1899-12-25").days();
        let end = d("2101-01-05").days();
        let mut prev = Date::from_days(day - 1);
        while day <= end {
            let date = Date::from_days(day);
            assert_eq!(date.days(), day);
            assert!(date > prev);
            assert!(Date::new(date.year, date.month, date.day).is_some());
            prev = date;
            day += 1;
        }
    }

    #[test]
    fn months_and_years_clamp() {
        assert_eq!(d("2024-01-31").add_months(1).iso(), "2024-02-29");
        assert_eq!(d("2025-01-31").add_months(1).iso(), "2025-02-28");
        assert_eq!(d("2025-03-15").add_months(-3).iso(), "2024-12-15");
        assert_eq!(d("2025-04-28").add_months(-16).iso(), "2023-12-28");
        assert_eq!(d("2024-02-29").add_years(1).iso(), "2025-02-28");
        assert_eq!(d("2024-06-19").add_years(-24).iso(), "2000-06-19");
        assert_eq!(Date::last_of_month(2024, 2).iso(), "2024-02-29");
        assert_eq!(Date::last_of_month(2025, 2).iso(), "2025-02-28");
    }

    #[test]
    fn nearest_weekdays() {
        let monday = d("2025-04-28");
        assert_eq!(monday.on_or_before(0), monday);
        assert_eq!(monday.on_or_before(5).iso(), "2025-04-26");
        assert_eq!(monday.on_or_before(6).iso(), "2025-04-27");
        assert_eq!(monday.on_or_before(1).iso(), "2025-04-22");
        assert_eq!(monday.on_or_after(1).iso(), "2025-04-29");
        assert_eq!(monday.on_or_after(0), monday);
    }

    #[test]
    fn bad_iso_strings() {
        assert_eq!(Date::parse_iso(""), None);
        assert_eq!(Date::parse_iso("2025-4-28"), None);
        assert_eq!(Date::parse_iso("2025/04/28"), None);
        assert_eq!(Date::parse_iso("2025-04-2x"), None);
        // Something after the date that starts no time of day.
        assert_eq!(Date::parse_iso("2025-04-280"), None);
        assert_eq!(Date::parse_iso("2025-04-28\0"), None);
        assert_eq!(Date::parse_iso("2025-04-28 10:00").map(Date::iso).as_deref(), Some("2025-04-28"));
        assert_eq!(Date::parse_iso(" 2025-04-28 ").map(Date::iso).as_deref(), Some("2025-04-28"));
        assert_eq!(Date::parse_iso("2025-13-01"), None);
        assert_eq!(Date::parse_iso("20ü5-04-28"), None);
        assert_eq!(Date::parse_iso("~2025-04-28"), None);
    }
}
