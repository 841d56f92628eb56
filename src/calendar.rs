//! The programme's working days: Monday to Friday in the programme's time zone, less its public
//! holidays (`[programme]` in the configuration: a named set, `geneva` by default, where ICBL
//! works, and any extra dates). Deadlines counted in working days (a coordination request's
//! acknowledgement) use it.
//!
//! Geneva's public holidays: New Year's Day, Good Friday, Easter Monday, Ascension, Whit Monday,
//! the Swiss National Day (1 August), the Jeûne genevois (the Thursday after the first Sunday of
//! September), Christmas Day and the Restoration of the Republic (31 December).

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono::{LocalResult, Weekday};
use chrono_tz::Tz;

use crate::config::ProgrammeSettings;

/// A named set of public holidays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HolidaySet {
    /// The public holidays of the canton of Geneva.
    Geneva,
    /// None: only weekends (and the extra dates) are days off.
    None,
}

impl std::str::FromStr for HolidaySet {
    type Err = String;

    fn from_str(name: &str) -> Result<Self, String> {
        match name {
            "geneva" => Ok(Self::Geneva),
            "none" => Ok(Self::None),
            other => Err(format!(
                "'{other}' is not a holiday set: use \"geneva\" or \"none\""
            )),
        }
    }
}

/// Easter Sunday of `year` (the Gregorian computus of Meeus, Jones and Butcher).
pub fn easter(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).unwrap_or(NaiveDate::MIN)
}

/// Geneva's public holidays of `year`.
pub fn geneva(year: i32) -> Vec<NaiveDate> {
    let date = |m, d| NaiveDate::from_ymd_opt(year, m, d).unwrap_or(NaiveDate::MIN);
    let easter = easter(year);
    // The first Sunday of September, then the Thursday after it.
    let first = date(9, 1);
    let first_sunday =
        first + Duration::days((7 - i64::from(first.weekday().num_days_from_sunday())) % 7);
    vec![
        date(1, 1),
        easter - Duration::days(2),
        easter + Duration::days(1),
        easter + Duration::days(39),
        easter + Duration::days(50),
        date(8, 1),
        first_sunday + Duration::days(4),
        date(12, 25),
        date(12, 31),
    ]
}

/// Working days and their time zone.
#[derive(Clone, Debug)]
pub struct WorkingCalendar {
    zone: Tz,
    set: HolidaySet,
    extra: BTreeSet<NaiveDate>,
}

impl WorkingCalendar {
    pub fn new(zone: Tz, set: HolidaySet, extra: impl IntoIterator<Item = NaiveDate>) -> Self {
        Self {
            zone,
            set,
            extra: extra.into_iter().collect(),
        }
    }

    /// The calendar the settings describe (checked when the settings are read).
    pub fn from_settings(settings: &ProgrammeSettings) -> Result<Self, String> {
        let zone: Tz = settings
            .time_zone
            .parse()
            .map_err(|_| format!("'{}' is not a time zone", settings.time_zone))?;
        let set: HolidaySet = settings.holidays.parse()?;
        let extra = settings
            .extra_holidays
            .iter()
            .map(|d| crate::dates::parse_date(d))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self::new(zone, set, extra))
    }

    pub fn is_holiday(&self, day: NaiveDate) -> bool {
        self.extra.contains(&day)
            || match self.set {
                HolidaySet::Geneva => geneva(day.year()).contains(&day),
                HolidaySet::None => false,
            }
    }

    pub fn is_working_day(&self, day: NaiveDate) -> bool {
        !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !self.is_holiday(day)
    }

    /// `start` plus `days` working days, at the same local time of day; a start on a day off
    /// counts from the next working day's beginning (in the programme's time zone).
    pub fn add_working_days(&self, start: DateTime<Utc>, days: u32) -> DateTime<Utc> {
        let mut at: NaiveDateTime = start.with_timezone(&self.zone).naive_local();
        while !self.is_working_day(at.date()) {
            at = (at.date() + Duration::days(1)).and_time(NaiveTime::MIN);
        }
        let mut left = days;
        while left > 0 {
            at += Duration::days(1);
            if self.is_working_day(at.date()) {
                left -= 1;
            }
        }
        match self.zone.from_local_datetime(&at) {
            LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.with_timezone(&Utc),
            // A local time skipped by a change to summer time: the hour after it.
            LocalResult::None => self
                .zone
                .from_local_datetime(&(at + Duration::hours(1)))
                .earliest()
                .map_or(start, |t| t.with_timezone(&Utc)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn easter_and_genevas_holidays_fall_on_their_dates() {
        assert_eq!(easter(2026), day("2026-04-05"));
        assert_eq!(easter(2027), day("2027-03-28"));
        assert_eq!(easter(2024), day("2024-03-31"));
        let holidays = geneva(2026);
        for d in [
            "2026-01-01",
            "2026-04-03", // Good Friday
            "2026-04-06", // Easter Monday
            "2026-05-14", // Ascension
            "2026-05-25", // Whit Monday
            "2026-08-01",
            "2026-09-10", // Jeûne genevois: Thursday after Sunday 6 September
            "2026-12-25",
            "2026-12-31",
        ] {
            assert!(holidays.contains(&day(d)), "{d}");
        }
        assert_eq!(holidays.len(), 9);
        // 2027: the first Sunday of September is the 5th, the Jeûne the 9th.
        assert!(geneva(2027).contains(&day("2027-09-09")));
    }

    #[test]
    fn working_days_skip_weekends_and_holidays_in_the_programmes_zone() {
        let geneva = WorkingCalendar::new(chrono_tz::Europe::Zurich, HolidaySet::Geneva, []);
        // Wednesday 23 December 2026, 10:00 in Geneva (09:00 UTC): Thursday 24 is a working
        // day, Friday 25 a holiday, then the weekend: due Monday 28 at 10:00 in Geneva.
        assert_eq!(
            geneva.add_working_days(at("2026-12-23T09:00:00Z"), 2),
            at("2026-12-28T09:00:00Z")
        );
        // Thursday 31 December (a holiday) counts from Monday 4 January 00:00 (Friday 1 January
        // is a holiday too): due Wednesday 6 January at 00:00 in Geneva.
        assert_eq!(
            geneva.add_working_days(at("2026-12-31T10:00:00Z"), 2),
            at("2027-01-05T23:00:00Z")
        );
        // Without holidays, the same request is due on Christmas Day.
        let plain = WorkingCalendar::new(chrono_tz::UTC, HolidaySet::None, []);
        assert_eq!(
            plain.add_working_days(at("2026-12-23T09:00:00Z"), 2),
            at("2026-12-25T09:00:00Z")
        );
        // An extra date is a day off too.
        let extra = WorkingCalendar::new(chrono_tz::UTC, HolidaySet::None, [day("2026-12-24")]);
        assert_eq!(
            extra.add_working_days(at("2026-12-23T09:00:00Z"), 2),
            at("2026-12-28T09:00:00Z")
        );
    }
}
