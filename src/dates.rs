//! Dates as people and the API write them, and the date of today.

use chrono::NaiveDate;

/// `YYYY-MM-DD`, the one date format of the API.
pub fn parse_date(value: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .ok()
        .filter(|_| value.len() == 10)
        .ok_or_else(|| format!("'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2022-06-20"))
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
    fn a_time_zone_reads_back_by_its_name() {
        let zone: TimeZone = "Europe/Zurich".parse().unwrap();
        assert_eq!(zone.to_string(), "Europe/Zurich");
        let value: sea_orm::Value = zone.into();
        assert_eq!(value, sea_orm::Value::from("Europe/Zurich"));
        assert!("Mars/Olympus_Mons".parse::<TimeZone>().is_err());
    }
}
