//! Money across currencies: the dated exchange rates finance records (a form, the API, a CSV
//! import), the rate a payment in another currency uses, and conversion.
//!
//! A rate says what one unit of `from` is worth in `to` on a day: `USD → CHF 0.8912`. A
//! conversion multiplies exactly (`rust_decimal`) and rounds once, to the target currency's
//! minor unit, half away from zero (0.005 → 0.01, -0.005 → -0.01): the rule of a bank's
//! statement. The rate used for a day is the latest recorded on or before it, of the pair or,
//! failing that, of the inverse pair (`1 / rate`, still exact before the one rounding).

pub mod api;
pub mod commands;
pub mod pages;

use std::fmt;
use std::str::FromStr;

use chrono::{NaiveDate, Utc};
use rust_decimal::{Decimal, RoundingStrategy};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use serde::{Deserialize, Serialize};

use crate::audit::{self, Actor};
use crate::entities::exchange_rate;
use crate::error::{AppError, FieldErrors};
use crate::input::text;
use crate::money::{Currency, Money, MoneyError};

/// An exchange rate: a positive decimal with at most 10 decimal places. Stored as its decimal
/// string; a stored value that is not such a rate fails the read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, sea_orm::DeriveValueType)]
#[sea_orm(value_type = "String")]
pub struct Rate {
    value: Decimal,
}

impl Rate {
    pub const MAX_DECIMALS: u32 = 10;

    pub fn parse(typed: &str) -> Result<Self, String> {
        let t = typed.trim();
        let plain = !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.');
        let value = Decimal::from_str(t)
            .ok()
            .filter(|_| plain)
            .ok_or_else(|| format!("'{typed}' is not a rate (write it like 0.8912)"))?
            .normalize();
        if value <= Decimal::ZERO {
            return Err("must be more than zero".to_owned());
        }
        if value.scale() > Self::MAX_DECIMALS {
            return Err(format!("has at most {} decimal places", Self::MAX_DECIMALS));
        }
        if value > Decimal::from(1_000_000_000_i64) {
            return Err("is too large".to_owned());
        }
        Ok(Self { value })
    }

    pub fn value(&self) -> Decimal {
        self.value
    }
}

/// Why a stored or typed rate was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct RateError(String);

impl FromStr for Rate {
    type Err = RateError;

    fn from_str(s: &str) -> Result<Self, RateError> {
        Self::parse(s).map_err(RateError)
    }
}

impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.value)
    }
}

impl Serialize for Rate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

/// `amount` in `to` at `rate` (one of `amount`'s currency is worth `rate` of `to`), rounded
/// once to `to`'s minor unit, half away from zero.
pub fn convert(amount: Money, rate: Decimal, to: Currency) -> Result<Money, MoneyError> {
    if amount.currency() == to {
        return Ok(amount);
    }
    let exact = amount
        .amount()
        .checked_mul(rate)
        .ok_or(MoneyError::TooLarge)?;
    Money::new(
        exact.round_dp_with_strategy(to.minor_digits(), RoundingStrategy::MidpointAwayFromZero),
        to,
    )
}

/// The rate a conversion uses, and where it comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Applied {
    pub from: Currency,
    pub to: Currency,
    /// One `from` in `to`; for an inverse pair, `1 / rate` (as exact as a decimal goes).
    pub rate: Decimal,
    pub rate_on: NaiveDate,
    pub source: String,
    /// Taken from the rate recorded the other way round (`to → from`).
    pub inverse: bool,
}

impl Applied {
    /// "1 USD = 0.8912 CHF (ECB reference rate, 2027-03-01)".
    pub fn describe(&self) -> String {
        self.describe_in(crate::i18n::Lang::En)
    }

    /// The rate for people, in `lang`: `1 EUR = 1,08 USD (BCE, 2 déc. 2026, inversé)`.
    pub fn describe_in(&self, lang: crate::i18n::Lang) -> String {
        let rate = self
            .rate
            .round_dp(Rate::MAX_DECIMALS)
            .normalize()
            .to_string();
        let on = if lang == crate::i18n::Lang::En {
            self.rate_on.to_string()
        } else {
            crate::i18n::formats::date(lang, self.rate_on)
        };
        crate::i18n::format(
            lang,
            if self.inverse {
                "exchange-rate-described-inverted"
            } else {
                "exchange-rate-described"
            },
            &[
                ("from", self.from.to_string().into()),
                (
                    "rate",
                    crate::i18n::formats::number_text(lang, &rate).into(),
                ),
                ("to", self.to.to_string().into()),
                ("source", self.source.to_string().into()),
                ("on", on.into()),
            ],
        )
    }
}

async fn latest<C: ConnectionTrait>(
    db: &C,
    from: Currency,
    to: Currency,
    on: NaiveDate,
) -> Result<Option<exchange_rate::Model>, AppError> {
    Ok(exchange_rate::Entity::find()
        .filter(exchange_rate::Column::FromCurrency.eq(from))
        .filter(exchange_rate::Column::ToCurrency.eq(to))
        .filter(exchange_rate::Column::RateOn.lte(on))
        .order_by_desc(exchange_rate::Column::RateOn)
        .limit(1)
        .all(db)
        .await?
        .into_iter()
        .next())
}

/// The rate from `from` to `to` for day `on`: the latest recorded on or before it, of the pair
/// or of its inverse (the more recent; the pair itself on the same day). `None` when neither is
/// recorded.
pub async fn rate_for<C: ConnectionTrait>(
    db: &C,
    from: Currency,
    to: Currency,
    on: NaiveDate,
) -> Result<Option<Applied>, AppError> {
    let direct = latest(db, from, to, on).await?;
    let inverse = latest(db, to, from, on).await?;
    let use_inverse = match (&direct, &inverse) {
        (Some(d), Some(i)) => i.rate_on > d.rate_on,
        (None, Some(_)) => true,
        _ => false,
    };
    Ok(match (direct, inverse) {
        (_, Some(i)) if use_inverse => Some(Applied {
            from,
            to,
            rate: Decimal::ONE / i.rate.value(),
            rate_on: i.rate_on,
            source: i.source,
            inverse: true,
        }),
        (Some(d), _) => Some(Applied {
            from,
            to,
            rate: d.rate.value(),
            rate_on: d.rate_on,
            source: d.source,
            inverse: false,
        }),
        _ => None,
    })
}

/// A rate finance records.
#[derive(Clone, Debug, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RateInput {
    /// The day the rate is for, YYYY-MM-DD (required).
    pub rate_on: Option<String>,
    /// The currency converted from, ISO 4217 (required): `USD`.
    pub from: Option<String>,
    /// The currency converted to (required): `CHF`.
    pub to: Option<String>,
    /// What one `from` is worth in `to`, a decimal string (required): `"0.8912"`.
    pub rate: Option<String>,
    /// Where it comes from (required): "ECB reference rate", "UBS transfer advice 4411".
    pub source: Option<String>,
}

/// A rate checked, ready to store.
struct Checked {
    rate_on: NaiveDate,
    from: Currency,
    to: Currency,
    rate: Rate,
    source: String,
}

fn check(input: &RateInput, today: NaiveDate) -> Result<Checked, FieldErrors> {
    let mut errors = FieldErrors::new();
    let rate_on = match text(&input.rate_on) {
        t if t.is_empty() => {
            errors.add("rate_on", "is required");
            None
        }
        t => match NaiveDate::parse_from_str(&t, "%Y-%m-%d") {
            Ok(d) if d > today => {
                errors.add("rate_on", "cannot be in the future");
                None
            }
            Ok(d) => Some(d),
            Err(_) => {
                errors.add("rate_on", format!("'{t}' is not a date (YYYY-MM-DD)"));
                None
            }
        },
    };
    let mut currency = |field: &str, value: &Option<String>| match text(value) {
        t if t.is_empty() => {
            errors.add(field, "is required");
            None
        }
        t => Currency::parse(&t)
            .map_err(|e| errors.add(field, e.to_string()))
            .ok(),
    };
    let from = currency("from", &input.from);
    let to = currency("to", &input.to);
    if let (Some(f), Some(t)) = (from, to)
        && f == t
    {
        errors.add("to", "must differ from the currency converted from");
    }
    let rate = match text(&input.rate) {
        t if t.is_empty() => {
            errors.add("rate", "is required");
            None
        }
        t => Rate::parse(&t).map_err(|m| errors.add("rate", m)).ok(),
    };
    let source = text(&input.source);
    if source.is_empty() {
        errors.add("source", "is required (where the rate comes from)");
    } else if source.chars().count() > 200 {
        errors.add("source", "must be at most 200 characters long");
    }
    match (rate_on, from, to, rate) {
        (Some(rate_on), Some(from), Some(to), Some(rate)) if errors.is_empty() => Ok(Checked {
            rate_on,
            from,
            to,
            rate,
            source,
        }),
        _ => Err(errors),
    }
}

/// Records one rate, in the caller's transaction. A second rate for the same pair and day is
/// refused (409): a rate already used by a payment is part of the record.
async fn store<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    rate: Checked,
) -> Result<exchange_rate::Model, AppError> {
    let taken = exchange_rate::Entity::find()
        .filter(exchange_rate::Column::FromCurrency.eq(rate.from))
        .filter(exchange_rate::Column::ToCurrency.eq(rate.to))
        .filter(exchange_rate::Column::RateOn.eq(rate.rate_on))
        .one(db)
        .await?;
    if let Some(taken) = taken {
        return Err(AppError::Conflict(format!(
            "a {} → {} rate is already recorded for {} ({}, '{}')",
            rate.from, rate.to, rate.rate_on, taken.rate, taken.source
        )));
    }
    let saved = exchange_rate::ActiveModel {
        rate_on: Set(rate.rate_on),
        from_currency: Set(rate.from),
        to_currency: Set(rate.to),
        rate: Set(rate.rate),
        source: Set(rate.source),
        recorded_by: Set(actor.id),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    audit::record(
        db,
        actor,
        "exchange_rate_recorded",
        "exchange_rate",
        saved.id,
        None,
        Some(item(&saved).json()),
    )
    .await?;
    Ok(saved)
}

/// Records a rate (finance): one use case for the API and the page.
pub async fn record<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    input: &RateInput,
    today: NaiveDate,
) -> Result<exchange_rate::Model, AppError> {
    let checked = check(input, today).map_err(AppError::Validation)?;
    store(db, actor, checked).await
}

/// The columns of a rates CSV, in order (a header line naming them comes first).
pub const CSV_COLUMNS: [&str; 5] = ["rate_on", "from", "to", "rate", "source"];

/// Imports rates from CSV (a header `rate_on,from,to,rate,source`, then a rate per line), all or
/// nothing, in the caller's transaction: a line that is refused refuses the import, with its
/// messages under `line {n}.{field}`.
pub async fn import<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    csv_text: &str,
    today: NaiveDate,
) -> Result<Vec<exchange_rate::Model>, AppError> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        .from_reader(csv_text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| AppError::Validation(FieldErrors::one("csv", e.to_string())))?
        .iter()
        .map(|h| h.to_ascii_lowercase())
        .collect();
    if header != CSV_COLUMNS {
        return Err(AppError::Validation(FieldErrors::one(
            "csv",
            format!(
                "the first line must name the columns '{}'",
                CSV_COLUMNS.join(",")
            ),
        )));
    }
    let mut errors = FieldErrors::new();
    let mut rates = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.add(format!("line {line}"), e.to_string());
                continue;
            }
        };
        let field = |n: usize| record.get(n).map(str::to_owned);
        let input = RateInput {
            rate_on: field(0),
            from: field(1),
            to: field(2),
            rate: field(3),
            source: field(4),
        };
        match check(&input, today) {
            Ok(rate) => rates.push(rate),
            Err(line_errors) => {
                for (f, message) in line_errors.first_of_each() {
                    errors.add(format!("line {line}.{f}"), message);
                }
            }
        }
    }
    if rates.is_empty() && errors.is_empty() {
        errors.add("csv", "holds no rate");
    }
    errors.into_result(()).map_err(AppError::Validation)?;
    let mut saved = Vec::with_capacity(rates.len());
    for rate in rates {
        saved.push(store(db, actor, rate).await?);
    }
    Ok(saved)
}

/// A rate as the API shows it.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct RateItem {
    pub id: i64,
    pub rate_on: NaiveDate,
    #[schema(value_type = String, example = "USD")]
    pub from: Currency,
    #[schema(value_type = String, example = "CHF")]
    pub to: Currency,
    /// One `from` in `to`, a decimal string.
    #[schema(value_type = String, example = "0.8912")]
    pub rate: Rate,
    pub source: String,
    pub recorded_by: Option<i64>,
}

impl RateItem {
    fn json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

pub fn item(r: &exchange_rate::Model) -> RateItem {
    RateItem {
        id: r.id,
        rate_on: r.rate_on,
        from: r.from_currency,
        to: r.to_currency,
        rate: r.rate,
        source: r.source.clone(),
        recorded_by: r.recorded_by,
    }
}

/// The rates recorded, newest day first, optionally of one currency (either side); at most
/// `limit`.
pub async fn list<C: ConnectionTrait>(
    db: &C,
    currency: Option<Currency>,
    limit: u64,
) -> Result<Vec<exchange_rate::Model>, AppError> {
    let mut query = exchange_rate::Entity::find();
    if let Some(c) = currency {
        query = query.filter(
            sea_orm::Condition::any()
                .add(exchange_rate::Column::FromCurrency.eq(c))
                .add(exchange_rate::Column::ToCurrency.eq(c)),
        );
    }
    Ok(query
        .order_by_desc(exchange_rate::Column::RateOn)
        .order_by_asc(exchange_rate::Column::FromCurrency)
        .order_by_asc(exchange_rate::Column::ToCurrency)
        .limit(limit)
        .all(db)
        .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(amount: &str, code: &str) -> Money {
        Money::parse(amount, Currency::parse(code).unwrap()).unwrap()
    }

    #[test]
    fn a_conversion_rounds_once_half_away_from_zero() {
        let chf = Currency::parse("CHF").unwrap();
        let rate = Rate::parse("0.8917").unwrap().value();
        // 785.00 × 0.8917 = 699.9845 → 699.98
        assert_eq!(
            convert(money("785.00", "USD"), rate, chf).unwrap(),
            money("699.98", "CHF")
        );
        // 0.50 × 0.01 = 0.005 → 0.01 (half away from zero), and -0.005 → -0.01
        let cent = Decimal::new(1, 2);
        assert_eq!(
            convert(money("0.50", "USD"), cent, chf).unwrap(),
            money("0.01", "CHF")
        );
        assert_eq!(
            convert(money("-0.50", "USD"), cent, chf).unwrap(),
            money("-0.01", "CHF")
        );
        // To a currency without minor units: 1000 USD × 149.555 = 149555 JPY exactly.
        let jpy = Currency::parse("JPY").unwrap();
        assert_eq!(
            convert(
                money("1000.00", "USD"),
                Rate::parse("149.555").unwrap().value(),
                jpy
            )
            .unwrap(),
            money("149555", "JPY")
        );
        // The same currency is not converted.
        assert_eq!(
            convert(money("1.00", "CHF"), rate, chf).unwrap(),
            money("1.00", "CHF")
        );
    }

    #[test]
    fn a_rate_is_a_positive_plain_decimal() {
        assert_eq!(Rate::parse(" 0.8912 ").unwrap().to_string(), "0.8912");
        assert_eq!(Rate::parse("1.10").unwrap().to_string(), "1.1");
        for bad in ["", "0", "-1", "1e3", "abc", "0.00000000001", "1,2"] {
            assert!(Rate::parse(bad).is_err(), "{bad}");
        }
    }
}
