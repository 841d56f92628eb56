//! The parameters of the states pages and API (a date, a status, a region, an order), checked
//! field by field, and the date helpers they use.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::Serialize;

use super::status::TreatyStatus;
use crate::error::FieldErrors;
use crate::pagination::Pagination;

/// UN M49 region, as the record uses it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, utoipa::ToSchema)]
pub enum Region {
    Africa,
    Americas,
    Asia,
    Europe,
    Oceania,
}

impl Region {
    pub const ALL: [Region; 5] = [
        Self::Africa,
        Self::Americas,
        Self::Asia,
        Self::Europe,
        Self::Oceania,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Africa => "Africa",
            Self::Americas => "Americas",
            Self::Asia => "Asia",
            Self::Europe => "Europe",
            Self::Oceania => "Oceania",
        }
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Region {
    type Err = String;

    /// Case-insensitive: `europe` is Europe.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|region| region.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| {
                format!(
                    "'{s}' is not a region; use one of {}",
                    Self::ALL.map(Self::as_str).join(", ")
                )
            })
    }
}

/// How a list is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Name,
    NameDesc,
    /// Earliest joined first; states that have not joined come last.
    JoinedOn,
    JoinedOnDesc,
}

impl Sort {
    pub const ALL: [Sort; 4] = [
        Self::Name,
        Self::NameDesc,
        Self::JoinedOn,
        Self::JoinedOnDesc,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::NameDesc => "-name",
            Self::JoinedOn => "joined_on",
            Self::JoinedOnDesc => "-joined_on",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Name => "Name, A to Z",
            Self::NameDesc => "Name, Z to A",
            Self::JoinedOn => "Date joined, earliest first",
            Self::JoinedOnDesc => "Date joined, latest first",
        }
    }
}

impl FromStr for Sort {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|sort| sort.as_str() == s)
            .ok_or_else(|| {
                format!("'{s}' is not a sort order; use name, -name, joined_on or -joined_on")
            })
    }
}

/// The query parameters of a states list, as typed: nothing here can fail to deserialize, so
/// every mistake is reported by [`StatesParams::parse`] against the field it concerns.
#[derive(Clone, Debug, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StatesParams {
    /// The date the statuses are derived for (default today), between 1900-01-01 and 2100-12-31.
    #[param(value_type = Option<NaiveDate>)]
    pub on: Option<String>,
    /// Only the states with this status on that date.
    #[param(value_type = Option<TreatyStatus>)]
    pub status: Option<String>,
    /// Only the states of this region (in any case: `europe` is Europe).
    #[param(value_type = Option<Region>)]
    pub region: Option<String>,
    /// The order (default `name`); by `joined_on`, states that have not joined come last.
    #[param(schema_with = sort_schema)]
    pub sort: Option<String>,
    #[param(value_type = Option<u64>, minimum = 1)]
    pub page: Option<String>,
    #[param(value_type = Option<u64>, minimum = 1, maximum = 200)]
    pub per_page: Option<String>,
}

/// In the API document: a string, one of the orders of [`Sort`].
fn sort_schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    crate::choice::schema(
        "a sort order",
        Sort::ALL
            .into_iter()
            .map(|s| serde_json::Value::from(s.as_str())),
    )
}

/// A checked states query.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatesFilter {
    pub on: NaiveDate,
    pub status: Option<TreatyStatus>,
    pub region: Option<Region>,
    pub sort: Sort,
}

impl StatesParams {
    /// Checks every parameter, collecting a message for each bad one. Empty values count as
    /// absent (a form submits `status=` for "any status").
    pub fn parse(&self, today: NaiveDate) -> Result<(StatesFilter, Pagination), FieldErrors> {
        let (filter, pagination, errors) = self.parse_lenient(today);
        errors.into_result((filter, pagination))
    }

    /// Like [`parse`](Self::parse), but a bad parameter falls back to its default, so a page can
    /// still show a list beside the messages. (A page shows every state: its `page` and
    /// `per_page` are ignored.)
    pub fn parse_lenient(&self, today: NaiveDate) -> (StatesFilter, Pagination, FieldErrors) {
        let mut errors = FieldErrors::new();
        let on =
            parse_field(&mut errors, "on", self.on.as_deref(), parse_status_date).unwrap_or(today);
        let status = parse_field(&mut errors, "status", self.status.as_deref(), str::parse);
        let region = parse_field(&mut errors, "region", self.region.as_deref(), str::parse);
        let sort =
            parse_field(&mut errors, "sort", self.sort.as_deref(), str::parse).unwrap_or_default();
        let pagination =
            Pagination::parse(&mut errors, self.page.as_deref(), self.per_page.as_deref());
        let filter = StatesFilter {
            on,
            status,
            region,
            sort,
        };
        (filter, pagination, errors)
    }
}

use crate::dates::{parse_date, today};
use crate::input::parse_field;

/// The dates a status can be asked for: the Convention's history and its foreseeable future
/// (which also bounds the work one request can ask for).
pub const STATUS_DATES: (NaiveDate, NaiveDate) = (
    NaiveDate::from_ymd_opt(1900, 1, 1).expect("a valid date"),
    NaiveDate::from_ymd_opt(2100, 12, 31).expect("a valid date"),
);

/// A date to derive statuses on: [`parse_date`] within [`STATUS_DATES`].
pub fn parse_status_date(value: &str) -> Result<NaiveDate, String> {
    let date = parse_date(value)?;
    let (first, last) = STATUS_DATES;
    if (first..=last).contains(&date) {
        Ok(date)
    } else {
        Err(format!("must be between {first} and {last}"))
    }
}

/// The `?on=` of a single state's page or API: a date, today by default.
#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StateParams {
    /// The date the status is derived for (default today), between 1900-01-01 and 2100-12-31.
    #[param(value_type = Option<NaiveDate>)]
    pub on: Option<String>,
}

impl StateParams {
    pub fn parse(&self) -> Result<NaiveDate, FieldErrors> {
        let mut errors = FieldErrors::new();
        let on = parse_field(&mut errors, "on", self.on.as_deref(), parse_status_date)
            .unwrap_or_else(today);
        errors.into_result(on)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
    }

    #[test]
    fn absent_and_empty_parameters_take_their_defaults() {
        let params = StatesParams {
            status: Some(String::new()),
            ..StatesParams::default()
        };
        let (filter, pagination) = params.parse(today()).unwrap();
        assert_eq!(filter.on, today());
        assert_eq!(filter.status, None);
        assert_eq!(filter.sort, Sort::Name);
        assert_eq!((pagination.page, pagination.per_page), (1, 50));
    }

    #[test]
    fn every_bad_parameter_is_reported_against_its_field() {
        let params = StatesParams {
            on: Some("2022-13-01".into()),
            status: Some("party".into()),
            region: Some("Atlantis".into()),
            sort: Some("size".into()),
            page: Some("0".into()),
            per_page: Some("500".into()),
        };
        let errors = params.parse(today()).unwrap_err();
        for field in ["on", "status", "region", "sort", "page", "per_page"] {
            assert!(
                errors.first(field).is_some(),
                "no message for {field}: {errors:?}"
            );
        }
        assert!(errors.first("on").unwrap().contains("YYYY-MM-DD"));
    }

    #[test]
    fn status_dates_stay_within_the_convention_s_centuries() {
        assert!(parse_status_date("1997-12-03").is_ok());
        assert!(parse_status_date("2100-12-31").is_ok());
        assert!(
            parse_status_date("2101-01-01")
                .unwrap_err()
                .contains("between")
        );
        assert!(parse_status_date("1899-12-31").is_err());
    }

    #[test]
    fn dates_must_be_written_in_full() {
        assert!(parse_date("2022-06-20").is_ok());
        assert!(parse_date("2022-6-20").is_err());
        assert!(parse_date("20/06/2022").is_err());
        assert!(parse_date("2022-02-30").is_err());
    }

    #[test]
    fn regions_parse_in_any_case() {
        assert_eq!("europe".parse::<Region>(), Ok(Region::Europe));
        assert!("Antarctica".parse::<Region>().is_err());
    }
}
