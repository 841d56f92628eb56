//! Money: an exact decimal amount with its ISO 4217 currency.
//!
//! An amount is held as an integer count of the currency's minor units (cents, for most), which
//! is also how it is stored (`{name}_minor` BIGINT beside `{name}_currency`, see
//! `migration::money`). That representation is exact on SQLite and PostgreSQL alike and sums
//! exactly in SQL ([`sum_minor`]); `rust_decimal::Decimal` is what the rest of the code and the
//! API see. Amounts travel as decimal strings (`"12500.50"`), never as JSON numbers.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use sea_orm::sea_query::{Alias, Expr, Func};
use serde::{Deserialize, Serialize, Serializer};

/// Why an amount or a currency was refused; the message is for a person.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("'{0}' is not an ISO 4217 currency code")]
    UnknownCurrency(String),
    #[error("'{0}' is not an amount (write it like 1500.00)")]
    NotAnAmount(String),
    #[error("{currency} amounts have at most {digits} decimal places")]
    TooPrecise { currency: &'static str, digits: u32 },
    #[error("the amount is too large")]
    TooLarge,
    #[error("cannot combine {0} with {1}")]
    CurrencyMismatch(&'static str, &'static str),
}

/// An ISO 4217 currency that has minor units (not gold, not a fund code). Stored as its code; as
/// an entity's field, a stored code that is not such a currency fails the read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, sea_orm::DeriveValueType)]
#[sea_orm(value_type = "String")]
pub struct Currency {
    inner: iso_currency::Currency,
    digits: u32,
}

impl Currency {
    /// Accepts a three-letter code in any case: `usd` is USD.
    pub fn parse(code: &str) -> Result<Self, MoneyError> {
        let upper = code.trim().to_ascii_uppercase();
        let inner = iso_currency::Currency::from_code(&upper)
            .ok_or_else(|| MoneyError::UnknownCurrency(code.to_owned()))?;
        let digits = inner
            .exponent()
            .ok_or_else(|| MoneyError::UnknownCurrency(code.to_owned()))?;
        Ok(Self {
            inner,
            digits: u32::from(digits),
        })
    }

    pub fn code(&self) -> &'static str {
        self.inner.code()
    }

    /// Decimal places of the minor unit: 2 for USD, 0 for JPY, 3 for KWD.
    pub fn minor_digits(&self) -> u32 {
        self.digits
    }
}

impl FromStr for Currency {
    type Err = MoneyError;

    fn from_str(code: &str) -> Result<Self, MoneyError> {
        Self::parse(code)
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Currency::parse(&code).map_err(serde::de::Error::custom)
    }
}

/// An exact amount in one currency.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Money {
    minor: i64,
    currency: Currency,
}

impl Money {
    /// Refuses an amount with more decimal places than the currency has, or one too large to
    /// store (beyond about 92 million billion minor units).
    pub fn new(amount: Decimal, currency: Currency) -> Result<Self, MoneyError> {
        let amount = amount.normalize();
        if amount.scale() > currency.digits {
            return Err(MoneyError::TooPrecise {
                currency: currency.code(),
                digits: currency.digits,
            });
        }
        let factor = Decimal::from(10_i64.pow(currency.digits));
        let minor = amount
            .checked_mul(factor)
            .and_then(|m| i64::try_from(m).ok())
            .ok_or(MoneyError::TooLarge)?;
        Ok(Self { minor, currency })
    }

    /// Parses a decimal string such as `"12500.50"`.
    pub fn parse(amount: &str, currency: Currency) -> Result<Self, MoneyError> {
        let text = amount.trim();
        let valid = !text.is_empty()
            && text
                .trim_start_matches('-')
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.');
        let decimal = Decimal::from_str(text)
            .ok()
            .filter(|_| valid)
            .ok_or_else(|| MoneyError::NotAnAmount(amount.to_owned()))?;
        Self::new(decimal, currency)
    }

    /// From the stored form.
    pub fn from_minor(minor: i64, currency: Currency) -> Self {
        Self { minor, currency }
    }

    pub fn zero(currency: Currency) -> Self {
        Self::from_minor(0, currency)
    }

    /// The stored form: a count of minor units.
    pub fn minor(&self) -> i64 {
        self.minor
    }

    pub fn currency(&self) -> Currency {
        self.currency
    }

    /// The amount with exactly the currency's decimal places: 12500.50, not 12500.5.
    pub fn amount(&self) -> Decimal {
        Decimal::new(self.minor, self.currency.digits)
    }

    pub fn is_negative(&self) -> bool {
        self.minor < 0
    }

    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        let minor = self
            .minor
            .checked_add(other.minor)
            .ok_or(MoneyError::TooLarge)?;
        Ok(Self::from_minor(minor, self.currency))
    }

    pub fn checked_sub(self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        let minor = self
            .minor
            .checked_sub(other.minor)
            .ok_or(MoneyError::TooLarge)?;
        Ok(Self::from_minor(minor, self.currency))
    }

    fn same_currency(self, other: Money) -> Result<(), MoneyError> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(MoneyError::CurrencyMismatch(
                self.currency.code(),
                other.currency.code(),
            ))
        }
    }

    /// For pages: `12,500.50 USD`.
    pub fn display(&self) -> String {
        let amount = self.amount().to_string();
        let (sign, digits) = match amount.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", amount.as_str()),
        };
        let (whole, fraction) = match digits.split_once('.') {
            Some((w, f)) => (w, Some(f)),
            None => (digits, None),
        };
        let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        match fraction {
            Some(f) => format!("{sign}{grouped}.{f} {}", self.currency),
            None => format!("{sign}{grouped} {}", self.currency),
        }
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount(), self.currency)
    }
}

/// `{"amount": "12500.50", "currency": "USD"}` as API.md fixes it.
impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Wire {
            amount: String,
            currency: &'static str,
        }
        Wire {
            amount: self.amount().to_string(),
            currency: self.currency.code(),
        }
        .serialize(serializer)
    }
}

/// In the API document: `Money` is `{amount, currency}`, the amount a decimal string.
impl utoipa::PartialSchema for Money {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        ObjectBuilder::new()
            .description(Some(
                "An exact amount: a decimal string, never a JSON number",
            ))
            .property(
                "amount",
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .pattern(Some(AMOUNT_PATTERN))
                    .examples(["12500.50"]),
            )
            .property("currency", Currency::schema())
            .required("amount")
            .required("currency")
            .into()
    }
}

impl utoipa::ToSchema for Money {}

/// What an amount looks like on the wire: `"12500.50"`, `"-3"`.
pub const AMOUNT_PATTERN: &str = r"^-?[0-9]+(\.[0-9]+)?$";

/// In the API document: a three-letter ISO 4217 code.
impl utoipa::PartialSchema for Currency {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::schema::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .description(Some("An ISO 4217 currency code"))
            .pattern(Some("^[A-Z]{3}$"))
            .examples(["USD"])
            .into()
    }
}

impl utoipa::ToSchema for Currency {}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Wire {
            amount: String,
            currency: String,
        }
        let wire = Wire::deserialize(deserializer)?;
        let currency = Currency::parse(&wire.currency).map_err(serde::de::Error::custom)?;
        Money::parse(&wire.amount, currency).map_err(serde::de::Error::custom)
    }
}

/// `CAST(COALESCE(SUM(column), 0) AS BIGINT)`: an exact total of a `*_minor` column on both
/// databases (PostgreSQL's SUM of BIGINT is NUMERIC, hence the cast; an overflow is an error,
/// never a rounded figure).
pub fn sum_minor(column: impl Into<Expr>) -> Expr {
    let total = Func::coalesce([Expr::from(Func::sum(column.into())), Expr::val(0_i64)]);
    Expr::from(Func::cast_as(total, Alias::new("BIGINT")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usd() -> Currency {
        Currency::parse("USD").unwrap()
    }

    #[test]
    fn currencies_are_iso_4217_codes_with_their_minor_units() {
        assert_eq!(Currency::parse("usd").unwrap().code(), "USD");
        assert_eq!(Currency::parse("JPY").unwrap().minor_digits(), 0);
        assert_eq!(Currency::parse("KWD").unwrap().minor_digits(), 3);
        assert_eq!(
            Currency::parse("XYZ"),
            Err(MoneyError::UnknownCurrency("XYZ".into()))
        );
        assert!(Currency::parse("XAU").is_err(), "gold has no minor unit");
    }

    #[test]
    fn amounts_keep_every_cent() {
        let money = Money::parse("12500.50", usd()).unwrap();
        assert_eq!(money.minor(), 1_250_050);
        assert_eq!(money.amount().to_string(), "12500.50");
        let big = Money::parse("99999999999999.99", usd()).unwrap();
        assert_eq!(big.minor(), 9_999_999_999_999_999);
        assert_eq!(big.amount().to_string(), "99999999999999.99");
        assert_eq!(
            Money::parse("7", usd()).unwrap().amount().to_string(),
            "7.00"
        );
        assert_eq!(Money::parse("7.10", usd()).unwrap().minor(), 710);
    }

    #[test]
    fn bad_amounts_are_refused_with_a_reason() {
        assert!(matches!(
            Money::parse("1.005", usd()),
            Err(MoneyError::TooPrecise { digits: 2, .. })
        ));
        assert!(matches!(
            Money::parse("12,5", usd()),
            Err(MoneyError::NotAnAmount(_))
        ));
        assert!(matches!(
            Money::parse("1e3", usd()),
            Err(MoneyError::NotAnAmount(_))
        ));
        assert!(matches!(
            Money::parse("", usd()),
            Err(MoneyError::NotAnAmount(_))
        ));
        assert_eq!(
            Money::parse("100000000000000000000", usd()),
            Err(MoneyError::TooLarge)
        );
        let jpy = Currency::parse("JPY").unwrap();
        assert!(Money::parse("10.5", jpy).is_err());
        assert_eq!(Money::parse("1050", jpy).unwrap().minor(), 1050);
    }

    #[test]
    fn arithmetic_is_exact_and_refuses_mixed_currencies() {
        let a = Money::parse("0.10", usd()).unwrap();
        let b = Money::parse("0.20", usd()).unwrap();
        assert_eq!(a.checked_add(b).unwrap().amount().to_string(), "0.30");
        let eur = Money::zero(Currency::parse("EUR").unwrap());
        assert_eq!(
            a.checked_add(eur),
            Err(MoneyError::CurrencyMismatch("USD", "EUR"))
        );
        assert_eq!(b.checked_sub(a).unwrap().minor(), 10);
        let owed = a.checked_sub(b).unwrap();
        assert!(owed.is_negative());
        assert_eq!(owed.to_string(), "-0.10 USD");
        assert!(!Money::zero(usd()).is_negative(), "zero is not negative");
        assert!(!a.is_negative());
    }

    #[test]
    fn money_travels_as_strings() {
        let money = Money::parse("1500", usd()).unwrap();
        let json = serde_json::to_value(money).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"amount": "1500.00", "currency": "USD"})
        );
        let back: Money = serde_json::from_value(json).unwrap();
        assert_eq!(back, money);
        let refused = serde_json::from_value::<Money>(
            serde_json::json!({"amount": "1.001", "currency": "USD"}),
        );
        assert!(refused.is_err());
    }

    #[test]
    fn pages_show_grouped_figures() {
        assert_eq!(
            Money::parse("12500.5", usd()).unwrap().display(),
            "12,500.50 USD"
        );
        assert_eq!(
            Money::parse("-1234567", usd()).unwrap().display(),
            "-1,234,567.00 USD"
        );
        assert_eq!(Money::parse("999", usd()).unwrap().display(), "999.00 USD");
    }
}
