//! Calendar dates as the site's data writes them (`YYYY-MM-DD`) and their translated display.

use super::i18n::{interpolate, t, Key};
use super::locale::Locale;

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

const MONTHS: [Key; 12] = [
    Key::DateMonth01,
    Key::DateMonth02,
    Key::DateMonth03,
    Key::DateMonth04,
    Key::DateMonth05,
    Key::DateMonth06,
    Key::DateMonth07,
    Key::DateMonth08,
    Key::DateMonth09,
    Key::DateMonth10,
    Key::DateMonth11,
    Key::DateMonth12,
];

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl Date {
    /// The date `days` after 1970-01-01 (proleptic Gregorian; Howard Hinnant's
    /// days-to-civil algorithm).
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Today: in the browser, in the visitor's time zone; in the generator, the build's
    /// date (UTC).
    pub fn today() -> Date {
        #[cfg(target_arch = "wasm32")]
        {
            let now = js_sys::Date::new_0();
            Date { year: now.get_full_year() as i32, month: now.get_month() as u8 + 1, day: now.get_date() as u8 }
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            Date::today_utc()
        }
    }

    /// Today in UTC, from the system clock (host only).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn today_utc() -> Date {
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        Date::from_unix_days((secs / 86_400) as i64)
    }

    /// Parses `YYYY-MM-DD`, rejecting impossible dates.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let date = Date { year: y.parse().ok()?, month: m.parse().ok()?, day: d.parse().ok()? };
        let valid = (1..=12).contains(&date.month) && date.day >= 1 && date.day <= days_in_month(date.year, date.month);
        valid.then_some(date)
    }

    /// The same day `years` years earlier (28 February for a 29th with no leap year).
    pub fn years_before(self, years: i32) -> Date {
        let year = self.year - years;
        Date { year, month: self.month, day: self.day.min(days_in_month(year, self.month)) }
    }

    /// `YYYY-MM-DD`, for `<time datetime>`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    fn month_name(self, locale: Locale) -> &'static str {
        t(locale, MONTHS[self.month as usize - 1])
    }

    /// The month and year in `locale` ("October 2026", "octubre de 2026").
    pub fn display_month(self, locale: Locale) -> String {
        interpolate(
            t(locale, Key::DateMonthYear),
            &[("month", self.month_name(locale)), ("year", &self.year.to_string())],
        )
    }

    /// The date written out in `locale` ("9 October 2024", "9 de octubre de 2024").
    pub fn display(self, locale: Locale) -> String {
        interpolate(
            t(locale, Key::DateFormat),
            &[("day", &self.day.to_string()), ("month", self.month_name(locale)), ("year", &self.year.to_string())],
        )
    }
}

/// A span of days, written compactly when both ends share a month ("9–13 October 2024").
pub fn display_range(start: Date, end: Date, locale: Locale) -> String {
    if start == end {
        start.display(locale)
    } else if start.year == end.year && start.month == end.month {
        interpolate(
            t(locale, Key::DateRangeSameMonth),
            &[
                ("start", &start.day.to_string()),
                ("end", &end.day.to_string()),
                ("month", start.month_name(locale)),
                ("year", &start.year.to_string()),
            ],
        )
    } else {
        format!("{} – {}", start.display(locale), end.display(locale))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_valid_and_rejects_invalid_dates() {
        assert_eq!(Date::parse("2024-10-09"), Some(Date { year: 2024, month: 10, day: 9 }));
        assert_eq!(Date::parse("2024-02-29").map(Date::iso), Some("2024-02-29".into()));
        for bad in ["2023-02-29", "2024-13-01", "2024-00-10", "2024-1-01", "24-01-01", "2024-01-01-01", "", "soon"] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn displays_in_each_locale() {
        let date = Date::parse("2024-10-09").unwrap();
        assert_eq!(date.display(Locale::DEFAULT), "9 October 2024");
        assert_eq!(date.display(Locale::from_code("es").unwrap()), "9 de octubre de 2024");
        assert_eq!(date.display_month(Locale::DEFAULT), "October 2024");
        assert_eq!(date.display_month(Locale::from_code("es").unwrap()), "octubre de 2024");
        for locale in Locale::all() {
            let text = date.display(locale);
            assert!(text.contains('9') && text.contains("2024"), "{text}");
        }
    }

    #[test]
    fn ranges_are_compact_within_a_month() {
        let start = Date::parse("2024-10-09").unwrap();
        let end = Date::parse("2024-10-13").unwrap();
        assert_eq!(display_range(start, end, Locale::DEFAULT), "9–13 October 2024");
        let later = Date::parse("2024-11-02").unwrap();
        assert_eq!(display_range(start, later, Locale::DEFAULT), "9 October 2024 – 2 November 2024");
        assert_eq!(display_range(start, start, Locale::DEFAULT), "9 October 2024");
    }

    #[test]
    fn unix_days_become_calendar_dates() {
        assert_eq!(Date::from_unix_days(0), Date { year: 1970, month: 1, day: 1 });
        assert_eq!(Date::from_unix_days(-1), Date { year: 1969, month: 12, day: 31 });
        assert_eq!(Date::from_unix_days(11_016), Date { year: 2000, month: 2, day: 29 });
        assert_eq!(Date::from_unix_days(20_782), Date { year: 2026, month: 11, day: 25 });
        // Every day of four centuries round-trips through parse and display order.
        let mut previous = Date::from_unix_days(-1);
        for days in 0..146_097 {
            let date = Date::from_unix_days(days);
            assert!(date > previous);
            assert_eq!(Date::parse(&format!("{:04}-{:02}-{:02}", date.year, date.month, date.day)), Some(date));
            previous = date;
        }
    }

    #[test]
    fn a_year_before_is_the_same_day_or_the_last_of_february() {
        let d = |t: &str| Date::parse(t).unwrap();
        assert_eq!(d("2026-12-04").years_before(1), d("2025-12-04"));
        assert_eq!(d("2028-02-29").years_before(1), d("2027-02-28"));
        assert_eq!(d("2028-02-29").years_before(4), d("2024-02-29"));
    }
}
