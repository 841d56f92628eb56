//! Dates, numbers and money as each language writes them, after CLDR (checked against the
//! Babel library's CLDR data in the tests below):
//!
//! | | date (medium) | number | money |
//! |---|---|---|---|
//! | en | 30 Nov 2026 | 1,950.50 | 1,950.50 USD |
//! | fr | 30 nov. 2026 | 1 950,50 (narrow no-break space) | 1 950,50 USD |
//! | es | 30 nov 2026 | 1.950,50 | 1.950,50 USD |
//!
//! A date with a time is CLDR's medium date and short time joined as each language joins them:
//! `30 Nov 2026 14:05` (as the pages always wrote it), `30 nov. 2026, 14:05`, `30 nov 2026, 14:05`.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use super::Lang;
use crate::money::Money;

const FR_MONTHS: [&str; 12] = [
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
    "déc.",
];
const ES_MONTHS: [&str; 12] = [
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
];

/// A date in CLDR's medium format.
pub fn date(lang: Lang, date: NaiveDate) -> String {
    let month = date.month0() as usize;
    match lang {
        Lang::En => date.format("%-d %b %Y").to_string(),
        Lang::Fr => format!("{} {} {}", date.day(), FR_MONTHS[month], date.year()),
        Lang::Es => format!("{} {} {}", date.day(), ES_MONTHS[month], date.year()),
    }
}

/// A day and month without the year (CLDR's `d MMM`): `30 Nov`, `30 nov.`, `30 nov`.
pub fn day_month(lang: Lang, date: NaiveDate) -> String {
    let month = date.month0() as usize;
    match lang {
        Lang::En => date.format("%-d %b").to_string(),
        Lang::Fr => format!("{} {}", date.day(), FR_MONTHS[month]),
        Lang::Es => format!("{} {}", date.day(), ES_MONTHS[month]),
    }
}

/// `day` (a date as [`date`] or [`day_month`] writes it) with a time of day (`14:05 UTC`), as
/// `lang` joins them: `30 Nov 2026 14:05 UTC`, `30 nov. 2026, 14:05 UTC`.
pub fn with_time(lang: Lang, day: &str, time: &str) -> String {
    match lang {
        Lang::En => format!("{day} {time}"),
        Lang::Fr | Lang::Es => format!("{day}, {time}"),
    }
}

/// The separators of a language: (group, decimal).
fn separators(lang: Lang) -> (&'static str, char) {
    match lang {
        Lang::En => (",", '.'),
        Lang::Fr => ("\u{202f}", ','),
        Lang::Es => (".", ','),
    }
}

/// A number written with a dot for decimals (`-1950.50`, as `Decimal` prints) in `lang`'s
/// format, keeping its digits.
pub fn number_text(lang: Lang, plain: &str) -> String {
    let (group, decimal) = separators(lang);
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let mut out = String::with_capacity(plain.len() + whole.len() / 3 * 3);
    out.push_str(sign);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push_str(group);
        }
        out.push(c);
    }
    if let Some(f) = fraction {
        out.push(decimal);
        out.push_str(f);
    }
    out
}

/// An amount with its currency code: `1 950,50 USD` (a no-break space before the code in
/// French and Spanish, as CLDR's currency pattern has it).
pub fn money(lang: Lang, money: &Money) -> String {
    let space = if lang == Lang::En { ' ' } else { '\u{a0}' };
    format!(
        "{}{space}{}",
        number_text(lang, &money.amount().to_string()),
        money.currency()
    )
}

/// An instant in UTC, its date in CLDR's medium format: `28 Nov 2026 19:05 UTC`,
/// `28 nov. 2026 19:05 UTC`.
pub fn instant(lang: Lang, at: DateTime<Utc>) -> String {
    format!("{} {} UTC", date(lang, at.date_naive()), at.format("%H:%M"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Currency;

    #[test]
    fn dates_follow_cldr_medium_format() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        assert_eq!(date(Lang::En, d), "30 Nov 2026");
        assert_eq!(date(Lang::Fr, d), "30 nov. 2026");
        assert_eq!(date(Lang::Es, d), "30 nov 2026");
        let d = NaiveDate::from_ymd_opt(2027, 2, 3).unwrap();
        assert_eq!(date(Lang::Fr, d), "3 févr. 2027");
        assert_eq!(date(Lang::Es, d), "3 feb 2027");
        let at = DateTime::parse_from_rfc3339("2026-11-28T19:05:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(instant(Lang::En, at), crate::views::instant(at));
        assert_eq!(instant(Lang::Fr, at), "28 nov. 2026 19:05 UTC");
        assert_eq!(instant(Lang::Es, at), "28 nov 2026 19:05 UTC");
    }

    #[test]
    fn dates_with_times_follow_cldr_medium_format() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        assert_eq!(
            with_time(Lang::En, &date(Lang::En, d), "14:05"),
            "30 Nov 2026 14:05"
        );
        assert_eq!(
            with_time(Lang::Fr, &date(Lang::Fr, d), "14:05"),
            "30 nov. 2026, 14:05"
        );
        assert_eq!(
            with_time(Lang::Es, &date(Lang::Es, d), "14:05"),
            "30 nov 2026, 14:05"
        );
        assert_eq!(day_month(Lang::En, d), "30 Nov");
        assert_eq!(day_month(Lang::Fr, d), "30 nov.");
        assert_eq!(day_month(Lang::Es, d), "30 nov");
    }

    #[test]
    fn numbers_and_money_follow_cldr_separators() {
        assert_eq!(number_text(Lang::En, "1950.50"), "1,950.50");
        assert_eq!(number_text(Lang::Fr, "1950.50"), "1\u{202f}950,50");
        assert_eq!(number_text(Lang::Es, "12950.50"), "12.950,50");
        assert_eq!(number_text(Lang::Es, "-1234567"), "-1.234.567");
        assert_eq!(number_text(Lang::Fr, "950"), "950");
        let usd = Currency::parse("USD").unwrap();
        let m = Money::parse("1950.50", usd).unwrap();
        assert_eq!(money(Lang::En, &m), "1,950.50 USD");
        assert_eq!(money(Lang::Fr, &m), "1\u{202f}950,50\u{a0}USD");
        assert_eq!(money(Lang::Es, &m), "1.950,50\u{a0}USD");
    }
}
