//! The rules' messages in French and Spanish without touching the hundreds of places that
//! write them: a message written in English in the code ("must be at most 200 characters long",
//! "there is no such round") is looked up in the catalogue under an id made from its words, its
//! numbers and quoted values taken out as arguments (`phrase-must-be-at-most-n-characters-long`,
//! `$n1` = 200). A phrase the catalogue does not hold stays English.

use std::borrow::Cow;

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
            numbers += 1;
            args.push((format!("n{numbers}"), number));
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
    let (id, values) = key(english);
    let mut args = FluentArgs::with_capacity(values.len());
    for (name, value) in values {
        args.set(name, FluentValue::from(value));
    }
    match catalog::try_format_strict(lang, &id, Some(&args)) {
        Some(text) => Cow::Owned(text),
        None => Cow::Borrowed(english),
    }
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
}
