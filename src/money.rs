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

/// Why an amount or a currency was refused; the message is a sentence for a person.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("Enter a three-letter currency code, like USD ('{0}' is not one)")]
    UnknownCurrency(String),
    #[error("Enter the amount, like 1200.50 ('{0}' is not an amount)")]
    NotAnAmount(String),
    /// `1.200,50`, `1,20`: a comma that may be a decimal separator.
    #[error("Enter the amount with a dot for decimals, like 1200.50 ('{0}' can be read two ways)")]
    Ambiguous(String),
    #[error("{}", too_precise(currency, *digits))]
    TooPrecise { currency: &'static str, digits: u32 },
    #[error("The amount is too large")]
    TooLarge,
    #[error("cannot combine {0} with {1}")]
    CurrencyMismatch(&'static str, &'static str),
    /// `1200 EUR` where the amount is in USD.
    #[error("Enter the amount in {expected}: {given} is another currency")]
    WrongCurrency {
        given: String,
        expected: &'static str,
    },
    /// `$1200` where `$` is not only the expected currency's sign (or is another's).
    #[error(
        "Enter the amount with its currency code instead of '{symbol}', like 1200.50 {expected}"
    )]
    Symbol {
        symbol: char,
        expected: &'static str,
    },
}

fn too_precise(currency: &str, digits: u32) -> String {
    match digits {
        0 => format!("Enter a whole amount: {currency} has no decimal places"),
        1 => format!(
            "Enter the amount with at most one decimal place: {currency} has no smaller unit"
        ),
        n => format!(
            "Enter the amount with at most {n} decimal places: {currency} has no smaller unit"
        ),
    }
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

    /// Parses an amount as pages show it and people type it: `12500.50`, `12,500.50`,
    /// `12 500.50` (a space, no-break or thin space between thousands), with the currency's code
    /// before or after (`12500.50 USD`, `USD 12500.50`) or its sign when the sign is that
    /// currency's alone (`$1200` for USD only). A code of another currency, a sign shared by
    /// several, and a figure a comma makes ambiguous (`1.200,50`, `1,20`) are refused with a
    /// sentence saying what to type. The one parser of amounts, for forms and the API alike.
    pub fn parse(amount: &str, currency: Currency) -> Result<Self, MoneyError> {
        let figure = plain_figure(amount, currency)?;
        let decimal = Decimal::from_str(&figure)
            .map_err(|_| MoneyError::NotAnAmount(amount.trim().to_owned()))?;
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

/// Spaces a figure may hold between thousands, and around it.
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{00A0}' | '\u{2007}' | '\u{2009}' | '\u{202F}')
}

/// Currency signs, and the one currency each stands for without doubt (`None`: several).
const SIGNS: &[(char, Option<&str>)] = &[
    ('$', Some("USD")),
    ('€', Some("EUR")),
    ('£', Some("GBP")),
    ('¥', None),
    ('₹', Some("INR")),
    ('₦', Some("NGN")),
    ('₩', Some("KRW")),
    ('₪', Some("ILS")),
    ('₱', Some("PHP")),
    ('฿', Some("THB")),
    ('₫', Some("VND")),
    ('₴', Some("UAH")),
    ('₽', Some("RUB")),
    ('₺', Some("TRY")),
    ('₨', None),
    ('¢', None),
];

/// The figure of `typed` as a plain decimal string (`-1200.50`): the code, the sign and the
/// thousands separators taken off.
fn plain_figure(typed: &str, currency: Currency) -> Result<String, MoneyError> {
    let shown = typed.trim_matches(is_space);
    let not_amount = || MoneyError::NotAnAmount(shown.to_owned());
    let mut text = shown;
    // A currency code before or after the figure.
    let leading = text.chars().take_while(char::is_ascii_alphabetic).count();
    let trailing = text
        .chars()
        .rev()
        .take_while(char::is_ascii_alphabetic)
        .count();
    let code = match (leading, trailing) {
        (0, 0) => None,
        (3, 0) => {
            let (code, rest) = text.split_at(3);
            text = rest.trim_start_matches(is_space);
            Some(code)
        }
        (0, 3) => {
            let (rest, code) = text.split_at(text.len() - 3);
            text = rest.trim_end_matches(is_space);
            Some(code)
        }
        _ => return Err(not_amount()),
    };
    if let Some(code) = code {
        let given = Currency::parse(code)?;
        if given != currency {
            return Err(MoneyError::WrongCurrency {
                given: given.code().to_owned(),
                expected: currency.code(),
            });
        }
    }
    let take_minus = |text: &mut &str| match text.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => {
            *text = rest.trim_start_matches(is_space);
            true
        }
        None => false,
    };
    let mut negative = take_minus(&mut text);
    // A currency sign before or after the figure.
    let first = text.chars().next();
    let last = text.chars().next_back();
    for (sign, stands_for) in SIGNS {
        let stripped = if first == Some(*sign) {
            text.strip_prefix(*sign)
                .map(|rest| rest.trim_start_matches(is_space))
        } else if last == Some(*sign) {
            text.strip_suffix(*sign)
                .map(|rest| rest.trim_end_matches(is_space))
        } else {
            None
        };
        let Some(rest) = stripped else { continue };
        if *stands_for != Some(currency.code()) {
            return Err(MoneyError::Symbol {
                symbol: *sign,
                expected: currency.code(),
            });
        }
        text = rest;
        break;
    }
    if !negative {
        negative = take_minus(&mut text);
    }
    if text.is_empty()
        || !text
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || is_space(c))
    {
        return Err(not_amount());
    }
    let ambiguous = || MoneyError::Ambiguous(shown.to_owned());
    // In French and Spanish (the request's language) the comma marks the decimals and a dot or a
    // space the thousands (`1 200,50`, `1.200,50`): such a figure is rewritten the English way
    // before the checks below; a dot followed by three digits alone (`1.200`) could be either.
    let rewritten;
    if crate::i18n::current_request() != crate::i18n::Lang::En {
        if let Some((whole, fraction)) = text.rsplit_once(',') {
            if whole.contains(',') || fraction.contains('.') {
                return Err(ambiguous());
            }
            rewritten = format!("{}.{fraction}", whole.replace('.', ","));
            text = rewritten.as_str();
        } else if text
            .rsplit_once('.')
            .is_some_and(|(_, after)| after.len() == 3)
        {
            return Err(ambiguous());
        }
    }
    if text.matches('.').count() > 1 {
        return Err(ambiguous());
    }
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text, None),
    };
    if fraction.is_some_and(|f| f.is_empty() || !f.chars().all(|c| c.is_ascii_digit())) {
        // `1.200,50`: a comma after the dot; `12. 5`: a space in the decimals.
        return Err(if fraction.is_some_and(|f| f.contains(',')) {
            ambiguous()
        } else {
            not_amount()
        });
    }
    let commas = whole.contains(',');
    let spaces = whole.contains(is_space);
    if commas && spaces {
        return Err(ambiguous());
    }
    let groups: Vec<&str> = whole.split(|c: char| c == ',' || is_space(c)).collect();
    if groups.len() > 1 {
        let first_ok = (1..=3).contains(&groups[0].len());
        let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
        if !(first_ok && rest_ok) {
            // `1,20` or `12,5` may mean a decimal comma; `1 20` is a typing slip.
            return Err(if commas { ambiguous() } else { not_amount() });
        }
    }
    let digits: String = groups.concat();
    if digits.is_empty() && fraction.is_none() {
        return Err(not_amount());
    }
    let sign = if negative { "-" } else { "" };
    let digits = if digits.is_empty() {
        "0"
    } else {
        digits.as_str()
    };
    Ok(match fraction {
        Some(f) => format!("{sign}{digits}.{f}"),
        None => format!("{sign}{digits}"),
    })
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
            Err(MoneyError::Ambiguous(_))
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

    #[test]
    fn amounts_are_read_as_pages_show_them() {
        let minor = |typed: &str| Money::parse(typed, usd()).map(|m| m.minor());
        for typed in [
            "1200.50",
            "1,200.50",
            "1 200.50",
            "1\u{00A0}200.50",
            "1\u{2009}200.50",
            "1\u{202F}200.50",
            "1200.50 USD",
            "1,200.50 USD",
            "USD 1200.50",
            "usd 1 200.50",
            "$1200.50",
            "$ 1,200.50",
            " 1200.5 ",
        ] {
            assert_eq!(minor(typed), Ok(120_050), "{typed:?}");
        }
        assert_eq!(minor("$1200"), Ok(120_000));
        assert_eq!(minor("1,200"), Ok(120_000));
        assert_eq!(minor("1,234,567"), Ok(123_456_700));
        assert_eq!(minor("-1,200.50"), Ok(-120_050));
        assert_eq!(minor("-$5"), Ok(-500));
        assert_eq!(minor("1200USD"), Ok(120_000));
        let eur = Currency::parse("EUR").unwrap();
        assert_eq!(Money::parse("€ 1.200", eur).unwrap().minor(), 120);
        assert_eq!(
            Money::parse("1 200,00 EUR", eur).map(|m| m.minor()),
            Err(MoneyError::Ambiguous("1 200,00 EUR".into()))
        );
    }

    #[test]
    fn french_and_spanish_amounts_use_the_decimal_comma() {
        let eur = Currency::parse("EUR").unwrap();
        let parse = |lang, text: &str| {
            crate::i18n::negotiate::in_request_lang(lang, || Money::parse(text, eur))
        };
        for text in [
            "1 200,50",
            "1\u{202f}200,50",
            "1.200,50",
            "1200,50",
            "1200.50",
            "1 200,50 EUR",
        ] {
            assert_eq!(
                parse(crate::i18n::Lang::Fr, text).map(|m| m.minor()),
                Ok(120_050),
                "{text}"
            );
        }
        assert_eq!(
            parse(crate::i18n::Lang::Es, "0,5").map(|m| m.minor()),
            Ok(50)
        );
        assert!(matches!(
            parse(crate::i18n::Lang::Es, "1.200"),
            Err(MoneyError::Ambiguous(_))
        ));
        assert!(matches!(
            parse(crate::i18n::Lang::Fr, "1,200,5"),
            Err(MoneyError::Ambiguous(_))
        ));
        // English keeps its own reading.
        assert_eq!(
            parse(crate::i18n::Lang::En, "1,200.50").map(|m| m.minor()),
            Ok(120_050)
        );
        assert!(matches!(
            parse(crate::i18n::Lang::En, "1.200,50"),
            Err(MoneyError::Ambiguous(_))
        ));
    }

    #[test]
    fn ambiguous_or_foreign_amounts_are_refused_with_a_sentence() {
        let refused = |typed: &str| Money::parse(typed, usd()).unwrap_err();
        for typed in [
            "1.200,50",
            "1,20",
            "12,5",
            "1.200.000",
            "1,2345",
            "1 200,50",
        ] {
            let error = refused(typed);
            assert!(
                matches!(error, MoneyError::Ambiguous(_)),
                "{typed:?}: {error:?}"
            );
            assert!(
                error
                    .to_string()
                    .starts_with("Enter the amount with a dot for decimals, like 1200.50"),
                "{error}"
            );
        }
        assert_eq!(
            refused("1200.50 EUR").to_string(),
            "Enter the amount in USD: EUR is another currency"
        );
        assert_eq!(
            refused("EUR 1200").to_string(),
            "Enter the amount in USD: EUR is another currency"
        );
        assert!(matches!(
            refused("1200 XYZ"),
            MoneyError::UnknownCurrency(_)
        ));
        assert!(matches!(
            refused("€1200"),
            MoneyError::Symbol { symbol: '€', .. }
        ));
        // `$` is not only Canada's dollar: the code says which.
        let cad = Currency::parse("CAD").unwrap();
        let error = Money::parse("$1200", cad).unwrap_err();
        assert_eq!(
            error.to_string(),
            "Enter the amount with its currency code instead of '$', like 1200.50 CAD"
        );
        assert_eq!(Money::parse("1200 CAD", cad).unwrap().minor(), 120_000);
        for typed in [
            "", "USD", "$", "12 00", "1 2", "twelve", "1.", "1.2.", "12-", "US 12", "USDX 12",
        ] {
            assert!(Money::parse(typed, usd()).is_err(), "{typed:?}");
        }
        assert_eq!(
            refused("abc").to_string(),
            "Enter the amount, like 1200.50 ('abc' is not an amount)"
        );
        let jpy = Currency::parse("JPY").unwrap();
        assert_eq!(
            Money::parse("10.5", jpy).unwrap_err().to_string(),
            "Enter a whole amount: JPY has no decimal places"
        );
    }

    #[test]
    fn the_api_reads_string_amounts_the_same_way() {
        let money: Money =
            serde_json::from_value(serde_json::json!({"amount": "1,200.50", "currency": "USD"}))
                .unwrap();
        assert_eq!(money.minor(), 120_050);
        let refused = serde_json::from_value::<Money>(
            serde_json::json!({"amount": "1.200,50", "currency": "USD"}),
        );
        assert!(
            refused
                .unwrap_err()
                .to_string()
                .contains("with a dot for decimals")
        );
    }
}
