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
