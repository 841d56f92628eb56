//! Dates as people and the API write them, and the date of today.

use chrono::NaiveDate;

/// `YYYY-MM-DD`, the one date format of the API.
pub fn parse_date(value: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .ok()
        .filter(|_| value.len() == 10)
        .ok_or_else(|| format!("'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2022-06-20"))
}

/// The dates a record may hold (an activity, a payment, a window, a membership): from 1990
/// (before ICBL and the Convention) to the end of 2100. Queries on the treaty record go back
/// further (see `treaty::params::STATUS_DATES`).
pub const RECORD_DATES: (NaiveDate, NaiveDate) = (
    NaiveDate::from_ymd_opt(1990, 1, 1).expect("a valid date"),
    NaiveDate::from_ymd_opt(2100, 12, 31).expect("a valid date"),
);

/// A date a record holds: [`parse_date`] within [`RECORD_DATES`].
pub fn parse_record_date(value: &str) -> Result<NaiveDate, String> {
    let date = parse_date(value)?;
    let (first, last) = RECORD_DATES;
    if date < first || date > last {
        return Err(format!("must be between {first} and {last}"));
    }
    Ok(date)
}

/// Today, as the service counts it (statuses, due dates): the date in UTC.
pub fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

/// A person's IANA time zone (`Europe/Zurich`), stored as its name: as an entity's field, a
/// stored name that is not a time zone fails the read, never reads as UTC.
#[derive(Clone, Copy, Debug, PartialEq, Eq, sea_orm::DeriveValueType)]
#[sea_orm(value_type = "String")]
pub struct TimeZone {
    pub zone: chrono_tz::Tz,
}

impl TimeZone {
    pub const UTC: Self = Self {
        zone: chrono_tz::UTC,
    };
}

impl std::str::FromStr for TimeZone {
    type Err = chrono_tz::ParseError;

    fn from_str(name: &str) -> Result<Self, Self::Err> {
        name.parse().map(|zone| Self { zone })
    }
}

impl std::fmt::Display for TimeZone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.zone.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_date_is_between_1990_and_2100() {
        assert!(parse_record_date("2027-03-01").is_ok());
        assert!(parse_record_date("1990-01-01").is_ok());
        assert!(parse_record_date("2100-12-31").is_ok());
        assert_eq!(
            parse_record_date("1900-01-01").unwrap_err(),
            "must be between 1990-01-01 and 2100-12-31"
        );
        assert!(parse_record_date("2999-01-01").is_err());
        assert!(parse_record_date("1989-12-31").is_err());
        assert!(parse_record_date("2101-01-01").is_err());
        assert!(parse_record_date("2027-3-1").is_err());
    }

    #[test]
    fn a_time_zone_reads_back_by_its_name() {
        let zone: TimeZone = "Europe/Zurich".parse().unwrap();
        assert_eq!(zone.to_string(), "Europe/Zurich");
        let value: sea_orm::Value = zone.into();
        assert_eq!(value, sea_orm::Value::from("Europe/Zurich"));
        assert!("Mars/Olympus_Mons".parse::<TimeZone>().is_err());
    }
}
