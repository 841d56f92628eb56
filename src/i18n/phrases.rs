//! The rules' messages in French and Spanish without touching the hundreds of places that
//! write them: a message written in English in the code ("must be at most 200 characters long",
//! "there is no such round") is looked up in the catalogue under an id made from its words, its
//! numbers and quoted values taken out as arguments (`phrase-must-be-at-most-n-characters-long`,
//! `$n1` = 200). A phrase the catalogue does not hold stays English.
//!
//! A value that is words (a status, a name) is written in single quotes so that it becomes an
//! argument rather than part of the id: "an application that is 'submitted' cannot be changed".
//! A quoted value the catalogue knows as `phrase-value-...` (the statuses) is itself
//! translated. An amount with its currency (`1,200.00 USD`), a currency's code (`EUR`) and a
//! date (`2026-12-01`) are one number each. A message the catalogue does not hold whole,
//! "head: reason", is translated in its two parts (a refusal with another rule's reason).
//! `tests/it/i18n_phrases.rs` checks that every rule message of `src/` has its phrase.

use std::borrow::Cow;
use std::iter::Peekable;
use std::str::Chars;

use fluent_bundle::{FluentArgs, FluentValue};

use super::{Lang, catalog};

/// The catalogue id of an English phrase, and its arguments (`n1`, `n2`, ... for numbers,
/// `q1`, ... for values in single quotes).
pub fn key(english: &str) -> (String, Vec<(String, String)>) {
    let mut id = String::from("phrase-");
    let mut args = Vec::new();
    let (mut numbers, mut quotes) = (0, 0);
    let mut chars = english.trim().trim_end_matches('.').chars().peekable();
    let mut word_end = true;
    while let Some(c) = chars.next() {
        if c == '\'' {
            // A value in quotes, up to the next quote; an apostrophe with no quote after it is
            // part of its word (`bank's`: `banks`).
            let mut ahead = chars.clone();
            let quoted: String = ahead.by_ref().take_while(|q| *q != '\'').collect();
            if chars.clone().any(|q| q == '\'') {
                chars = ahead;
                quotes += 1;
                args.push((format!("q{quotes}"), quoted));
                push_word(&mut id, "q", &mut word_end);
            }
            continue;
        }
        if c.is_ascii_digit() {
            let mut number = String::from(c);
            while let Some(&d) = chars.peek() {
                if d.is_ascii_digit()
                    || ((d == '.' || d == ',') && {
                        let mut ahead = chars.clone();
                        ahead.next();
                        ahead.peek().is_some_and(char::is_ascii_digit)
                    })
                {
                    number.push(d);
                    chars.next();
                } else {
                    break;
                }
            }
            extend_date(&mut number, &mut chars);
            extend_currency(&mut number, &mut chars);
            numbers += 1;
            args.push((format!("n{numbers}"), number));
            push_word(&mut id, "n", &mut word_end);
            continue;
        }
        if word_end && let Some(code) = currency_code(c, chars.clone()) {
            chars.nth(1);
            numbers += 1;
            args.push((format!("n{numbers}"), code));
            push_word(&mut id, "n", &mut word_end);
            continue;
        }
        if c.is_alphanumeric() {
            if word_end && !id.ends_with('-') {
                id.push('-');
            }
            id.extend(c.to_lowercase());
            word_end = false;
        } else {
            word_end = true;
        }
    }
    (id.replace("phrase--", "phrase-"), args)
}

/// `2026-12-01` is one date, not three numbers.
fn extend_date(number: &mut String, chars: &mut Peekable<Chars<'_>>) {
    let ahead: Vec<char> = chars.clone().take(7).collect();
    let is_date = number.len() == 4
        && ahead.len() >= 6
        && ahead[..6].iter().enumerate().all(|(i, c)| match i % 3 {
            0 => *c == '-',
            _ => c.is_ascii_digit(),
        })
        && ahead.get(6).is_none_or(|c| !c.is_ascii_digit());
    if is_date {
        number.extend(&ahead[..6]);
        chars.nth(5);
    }
}

/// A currency's code on its own (`EUR`), `first` then `rest`: a value like a number.
fn currency_code(first: char, mut rest: impl Iterator<Item = char>) -> Option<String> {
    let code: String = std::iter::once(first)
        .chain(rest.by_ref().take(2))
        .collect();
    let is_code = code.len() == 3
        && code.chars().all(|c| c.is_ascii_uppercase())
        && rest.next().is_none_or(|c| !c.is_alphanumeric())
        && crate::money::Currency::parse(&code).is_ok();
    is_code.then_some(code)
}

/// `1,200.00 USD`: the currency's code goes with its amount.
fn extend_currency(number: &mut String, chars: &mut Peekable<Chars<'_>>) {
    let ahead: Vec<char> = chars.clone().take(5).collect();
    if ahead.len() >= 4
        && ahead[0] == ' '
        && currency_code(ahead[1], ahead[2..].iter().copied()).is_some()
    {
        number.extend(&ahead[..4]);
        chars.nth(3);
    }
}

fn push_word(id: &mut String, word: &str, word_end: &mut bool) {
    if !id.ends_with('-') {
        id.push('-');
    }
    id.push_str(word);
    *word_end = true;
}

/// `english` in `lang`: the catalogue's phrase, or the English as it is.
pub fn translate(lang: Lang, english: &str) -> Cow<'_, str> {
    if lang == Lang::En || english.is_empty() {
        return Cow::Borrowed(english);
    }
    if let Some(text) = whole(lang, english) {
        return Cow::Owned(text);
    }
    // "head: reason", each part a phrase of its own.
    if let Some((head, reason)) = english.split_once(": ")
        && let (Some(head), Cow::Owned(reason)) = (whole(lang, head), translate(lang, reason))
    {
        return Cow::Owned(catalog::format(
            lang,
            "phrase-head-and-reason",
            &[("head", head.into()), ("reason", reason.into())],
        ));
    }
    Cow::Borrowed(english)
}

/// `english` as one phrase of the catalogue.
fn whole(lang: Lang, english: &str) -> Option<String> {
    let (id, values) = key(english);
    let mut args = FluentArgs::with_capacity(values.len());
    for (name, value) in values {
        let value = if name.starts_with('q') {
            value_in(lang, &value).unwrap_or(value)
        } else {
            value
        };
        args.set(name, FluentValue::from(value));
    }
    catalog::try_format_strict(lang, &id, Some(&args))
}

/// A quoted value the catalogue knows (`'under review'`: `phrase-value-under-review`).
fn value_in(lang: Lang, value: &str) -> Option<String> {
    let (id, args) = key(value);
    let words = id.strip_prefix("phrase-")?;
    if !args.is_empty() || words.is_empty() {
        return None;
    }
    catalog::try_format_strict(lang, &format!("phrase-value-{words}"), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_quoted_values_become_arguments() {
        let (id, args) = key("must be at most 200 characters long");
        assert_eq!(id, "phrase-must-be-at-most-n-characters-long");
        assert_eq!(args, vec![("n1".to_owned(), "200".to_owned())]);
        let (id, args) = key("'XYZ' is not a state; use an ISO code.");
        assert_eq!(id, "phrase-q-is-not-a-state-use-an-iso-code");
        assert_eq!(args, vec![("q1".to_owned(), "XYZ".to_owned())]);
        let (id, args) = key("must be between 1.5 and 2,000");
        assert_eq!(id, "phrase-must-be-between-n-and-n");
        assert_eq!(args[1].1, "2,000");
        assert_eq!(key("the bank's reference").0, "phrase-the-banks-reference");
    }

    #[test]
    fn amounts_dates_and_currencies_are_one_argument_each() {
        let (id, args) = key("add up to 1,200.00 USD, not 2026-12-01 or EUR 12");
        assert_eq!(id, "phrase-add-up-to-n-not-n-or-n-n");
        let values: Vec<&str> = args.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["1,200.00 USD", "2026-12-01", "EUR", "12"]);
        // Capitals that are not a currency stay words.
        assert_eq!(
            key("ISO 3166 code (AZE, NPL)").0,
            "phrase-iso-n-code-aze-npl"
        );
        assert_eq!(key("the 12 PDF files").0, "phrase-the-n-pdf-files");
    }

    #[test]
    fn a_status_in_quotes_and_a_reason_after_a_colon_are_translated() {
        assert_eq!(
            translate(
                Lang::Fr,
                "an application that is 'under review' cannot be changed"
            ),
            "une demande au statut «\u{a0}en cours d'évaluation\u{a0}» ne peut pas être modifiée"
        );
        assert_eq!(
            translate(
                Lang::Es,
                "you cannot review this application: conflict of interest"
            ),
            "no puede evaluar esta solicitud: conflicto de intereses"
        );
        // A reason the catalogue does not hold: the whole stays English.
        let unknown = "you cannot review this application: it rhymes with orange";
        assert_eq!(translate(Lang::Fr, unknown), unknown);
    }

    #[test]
    fn a_known_phrase_is_translated_and_an_unknown_one_stays_english() {
        let english = "must be at most 200 characters long";
        assert_eq!(
            translate(Lang::Fr, english),
            "doit comporter au plus 200 caractères"
        );
        assert_eq!(
            translate(Lang::Es, english),
            "debe tener como máximo 200 caracteres"
        );
        // A quoted value comes back where the language puts it.
        assert_eq!(
            translate(Lang::Fr, "'two' is not a whole number"),
            "«\u{a0}two\u{a0}» n'est pas un nombre entier"
        );
        assert_eq!(translate(Lang::En, english), english);
        let unknown = "must rhyme with orange";
        assert_eq!(translate(Lang::Fr, unknown), unknown);
        assert_eq!(translate(Lang::Es, unknown), unknown);
    }

    /// The messages added by hand to the generated catalogue, as the code writes them: each one's
    /// id must be the one `key` computes, or it is never found.
    #[test]
    fn the_phrases_added_by_hand_are_found() {
        for english in [
            "choose a kind of approach",
            "choose joint or complementary",
            "leave this field empty (it is there to catch automated submissions)",
            "must be another state than the one making the request",
            "must be true or false",
            "must be within three years from today",
            "must not be before the start of the window",
            "the window has passed; give a window to come",
            "must be at most 128 visible ASCII characters",
            "must be at least 3",
            "must be at most 10",
            "is out of range",
            "must be at least 2 characters long",
            "has the wrong length",
            "must be an email address",
            "must be a web address (https://...)",
            "web address",
            "amount requested",
            "maximum amount",
            "must not be negative",
            "cannot be in the future",
            "must be a number",
            "choose a round",
            "there is no such round",
            "there is no such organization",
            "must be after the start",
            "must not be before the start",
            "give the reason for the record",
            "a user with this email already exists",
            "another organization already has this name",
            "is already the name of another round",
        ] {
            for lang in [Lang::Fr, Lang::Es] {
                let translated = translate(lang, english);
                assert_ne!(translated, english, "{english} in {lang:?}");
                assert!(!translated.contains('{'), "{translated}");
            }
        }
        assert_eq!(
            translate(Lang::Fr, "must be at most 128 visible ASCII characters"),
            "doit comporter au plus 128 caractères ASCII visibles"
        );
    }
}
