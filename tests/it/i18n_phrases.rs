//! The rules' messages in French and Spanish: every message the code writes for a field
//! (`errors.add("field", "...")`, `FieldErrors::one("field", "...")`) or for a refusal
//! (`AppError::Conflict("...")`, a validator's `message = "..."`) has its phrase in
//! `templates/locales/*/phrases.ftl`, found by `i18n::phrases` from the English words. A message
//! added without its phrase would be shown in English on French and Spanish pages.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use clearway::i18n::{Lang, phrases};

/// Messages meant to stay English: none for now. A message is listed here only with the reason.
const ENGLISH_ON_PURPOSE: &[&str] = &[];

/// Messages whose variable words are not yet in quotes, in files another change is working on:
/// each to be written with `'{}'` there (and its phrase's `$q1`), then taken off this list.
const WORDS_NOT_YET_QUOTED: &[&str] = &[
    // applications/reviewers.rs: the organization number as typed.
    "there is no organization {text}",
    // auth/commands/second_factor.rs: the person's name.
    "{} has no second factor to reset",
    // awards/disbursements.rs: the unmet condition, in the middle of the sentence.
    "installment {} cannot be approved yet: {unmet}. Finance may override it with a reason, \
     which a second person confirms",
    // inbox/mod.rs: the list of kinds.
    "'{k}' is not a kind of the inbox; use one of {}",
];

/// Messages whose variable part is one of a few words, each with its own phrase: the message
/// in the code, and every message it can show.
const SPELLED_OUT: &[(&str, &[&str])] = &[
    (
        "attach the {} ({}): the round requires it",
        &[
            "attach the registration certificate (registration_certificate): the round requires it",
            "attach the budget (budget): the round requires it",
            "attach the letter of support (letter_of_support): the round requires it",
            "attach the other document (other): the round requires it",
        ],
    ),
    (
        "'{given}' is not a kind of document {} holds; use one of '{}'",
        &[
            "'x' is not a kind of document an application holds; use one of 'budget, other'",
            "'x' is not a kind of document a report holds; use one of 'receipt, other'",
            "'x' is not a kind of document an award holds; use one of 'amendment, other'",
            "'x' is not a kind of document a campaign holds; use one of 'photo, other'",
            "'x' is not a kind of document an organization holds; use one of 'statutes, other'",
        ],
    ),
    (
        "the file would take the documents of this {} above '{}', the most one record may hold \
         ('{}' are there already): remove one first",
        &[
            "the file would take the documents of this application above '50 MB', the most one \
             record may hold ('49 MB' are there already): remove one first",
            "the file would take the documents of this report above '50 MB', the most one \
             record may hold ('49 MB' are there already): remove one first",
            "the file would take the documents of this award above '50 MB', the most one \
             record may hold ('49 MB' are there already): remove one first",
            "the file would take the documents of this campaign above '50 MB', the most one \
             record may hold ('49 MB' are there already): remove one first",
            "the file would take the documents of this organization above '50 MB', the most \
             one record may hold ('49 MB' are there already): remove one first",
        ],
    ),
    (
        "the documents of this {} would go above '{}', the most one record may hold ('{}' are \
         there already): remove one first",
        &[
            "the documents of this application would go above '50 MB', the most one record may \
             hold ('49 MB' are there already): remove one first",
            "the documents of this report would go above '50 MB', the most one record may hold \
             ('49 MB' are there already): remove one first",
            "the documents of this award would go above '50 MB', the most one record may hold \
             ('49 MB' are there already): remove one first",
            "the documents of this campaign would go above '50 MB', the most one record may \
             hold ('49 MB' are there already): remove one first",
            "the documents of this organization would go above '50 MB', the most one record may \
             hold ('49 MB' are there already): remove one first",
        ],
    ),
    (
        "an award that is {} cannot be amended",
        &[
            "an award that is suspended cannot be amended",
            "an award that is completed cannot be amended",
            "an award that is terminated cannot be amended",
        ],
    ),
    (
        "the award is {}: nothing is paid on it",
        &[
            "the award is suspended: nothing is paid on it",
            "the award is completed: nothing is paid on it",
            "the award is terminated: nothing is paid on it",
        ],
    ),
    (
        "the schedule of an award that is {} cannot change",
        &[
            "the schedule of an award that is completed cannot change",
            "the schedule of an award that is terminated cannot change",
        ],
    ),
    (
        "installment {} is {}: only a scheduled installment's condition can be overridden",
        &[
            "installment 2 is approved for payment: only a scheduled installment's condition can \
             be overridden",
            "installment 2 is paid: only a scheduled installment's condition can be overridden",
            "installment 2 is cancelled: only a scheduled installment's condition can be \
             overridden",
        ],
    ),
    (
        "installment {} is {}: there is nothing left to confirm",
        &[
            "installment 2 is approved for payment: there is nothing left to confirm",
            "installment 2 is paid: there is nothing left to confirm",
            "installment 2 is cancelled: there is nothing left to confirm",
        ],
    ),
    (
        "the report is {}: there is no draft to save",
        &[
            "the report is submitted: there is no draft to save",
            "the report is accepted: there is no draft to save",
        ],
    ),
    (
        "two-factor sign-in is required of {} accounts: it cannot be turned off",
        &[
            "two-factor sign-in is required of member organization accounts: it cannot be turned \
             off",
            "two-factor sign-in is required of reviewer accounts: it cannot be turned off",
            "two-factor sign-in is required of programme staff accounts: it cannot be turned off",
            "two-factor sign-in is required of finance accounts: it cannot be turned off",
            "two-factor sign-in is required of administrator accounts: it cannot be turned off",
        ],
    ),
    (
        "The password {problem}.",
        &[
            "The password must be at least 12 characters long.",
            "The password must be at most 128 characters long.",
            "The password must not contain your name or your email.",
        ],
    ),
];

/// Messages the scan cannot read (an error type's `#[error(...)]`, a sentence made of a rule's
/// and another's words), as they are shown: each must be found.
const SHOWN: &[&str] = &[
    "an application that is 'approved' cannot be rejected",
    "an application that is 'draft' cannot be put under review",
    "a coordination request that is 'withdrawn' cannot be withdrawn",
    "a coordination request that is 'joint approach agreed' cannot be declined",
    "paying 1,200.00 USD would take the payments beyond the award's 10,000.00 USD (9,500.00 USD \
     already paid)",
    "Enter the amount in USD: EUR is another currency",
    "cannot combine USD with EUR",
    "Enter a three-letter currency code, like USD ('US' is not one)",
    "Enter the amount with its currency code instead of '$', like 1200.50 USD",
    "events are recorded in the order they happen, and one of 2026-11-20 is already recorded",
    "a USD → EUR rate is already recorded for 2026-11-20 (0.9350, 'ECB')",
    "too many requests from this address: try again in 1 minute",
    "too many requests from this address: try again in 5 minutes",
    "you cannot review this application: conflict of interest",
    "the award cannot be completed yet: 2 of its reports are not accepted yet",
];

/// Placeholders that hold another rule's message, shown after the head's colon (see
/// `phrases::translate`): the head must have its phrase, the reason has its own.
const REASONS: &[&str] = &["reason", "why", "problem", "unmet", "message"];

/// Placeholders that hold a number (an amount with its currency, a date, a currency's code):
/// the phrase takes them as `$n1`, ... Any other placeholder is words and must be written in
/// quotes (`'{name}'`) to be taken as `$q1`, or the phrase is never found. `{}` is taken for a
/// number: a `{}` that holds words is quoted, or listed in `SPELLED_OUT`.
const NUMBERS: &[&str] = &[
    "", "n", "id", "org", "min", "max", "first", "last", "minutes", "v", "count", "today", "day",
    "rate", "currency",
];

#[derive(Debug, PartialEq)]
enum Kind {
    Text,
    Word,
    Other,
}

#[derive(Debug)]
struct Token {
    kind: Kind,
    text: String,
    line: usize,
}

/// The tokens of Rust source that matter here: string literals (their value), identifiers and
/// punctuation; comments dropped.
fn tokens(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    line += usize::from(chars[i] == '\n');
                    i += 1;
                }
            }
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while at(i).is_alphanumeric() || at(i) == '_' {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            if (word == "r" || word == "br") && (at(i) == '"' || at(i) == '#') {
                let hashes = chars[i..].iter().take_while(|h| **h == '#').count();
                let open = i + hashes + 1;
                let mut end = open;
                while end < chars.len()
                    && !(chars[end] == '"'
                        && chars[end + 1..].iter().take(hashes).all(|h| *h == '#'))
                {
                    end += 1;
                }
                let text: String = chars[open..end].iter().collect();
                let lines = text.matches('\n').count();
                out.push(Token {
                    kind: Kind::Text,
                    text,
                    line,
                });
                line += lines;
                i = end + 1 + hashes;
            } else if word == "b" && at(i) == '"' {
                // A byte string: read as a string below.
            } else {
                out.push(Token {
                    kind: Kind::Word,
                    text: word,
                    line,
                });
            }
        } else if c == '"' {
            let start_line = line;
            let mut text = String::new();
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    let escaped = at(i + 1);
                    i += 2;
                    match escaped {
                        '\n' => {
                            line += 1;
                            while at(i).is_whitespace() {
                                line += usize::from(at(i) == '\n');
                                i += 1;
                            }
                        }
                        'n' => text.push('\n'),
                        't' => text.push('\t'),
                        'u' => {
                            let close = i + chars[i..].iter().position(|c| *c == '}').unwrap();
                            let hex: String = chars[i + 1..close].iter().collect();
                            text.extend(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()));
                            i = close + 1;
                        }
                        other => text.push(other),
                    }
                } else {
                    line += usize::from(chars[i] == '\n');
                    text.push(chars[i]);
                    i += 1;
                }
            }
            out.push(Token {
                kind: Kind::Text,
                text,
                line: start_line,
            });
            i += 1;
        } else if c == '\'' {
            // A character ('x', '\n', '\'') or a lifetime ('a).
            if at(i + 1) == '\\' {
                i += 3;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                i += 1;
            }
        } else if c.is_ascii_digit() {
            while at(i).is_alphanumeric()
                || at(i) == '_'
                || (at(i) == '.' && at(i + 1).is_ascii_digit())
            {
                i += 1;
            }
        } else if c == ':' && at(i + 1) == ':' {
            out.push(Token {
                kind: Kind::Other,
                text: "::".into(),
                line,
            });
            i += 2;
        } else {
            out.push(Token {
                kind: Kind::Other,
                text: c.into(),
                line,
            });
            i += 1;
        }
    }
    out
}

/// The punctuation `token` is, or nothing (a string's `"{"` is not a brace).
fn punctuation(token: &Token) -> &str {
    match token.kind {
        Kind::Other => &token.text,
        _ => "",
    }
}

/// The tokens without the items marked `#[cfg(test)]` (tests write messages of their own).
fn without_tests(tokens: Vec<Token>) -> Vec<Token> {
    let mut kept = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let marked = tokens[i..]
            .iter()
            .take(7)
            .map(|t| t.text.as_str())
            .eq(["#", "[", "cfg", "(", "test", ")", "]"]);
        if !marked {
            kept.push(i);
            i += 1;
            continue;
        }
        i += 7;
        let mut depth = 0;
        while i < tokens.len() {
            match punctuation(&tokens[i]) {
                "{" => depth += 1,
                "}" if depth == 1 => break,
                "}" => depth -= 1,
                ";" if depth == 0 => break,
                _ => {}
            }
            i += 1;
        }
        i += 1;
    }
    let mut tokens: Vec<Option<Token>> = tokens.into_iter().map(Some).collect();
    kept.into_iter().filter_map(|k| tokens[k].take()).collect()
}

/// The arguments of the call whose `(` is at `open`: each one's range of tokens.
fn arguments(tokens: &[Token], open: usize) -> Vec<(usize, usize)> {
    let mut depth = 0;
    let mut start = open + 1;
    let mut found = Vec::new();
    for (i, token) in tokens.iter().enumerate().skip(open) {
        match punctuation(token) {
            "(" | "[" | "{" => depth += 1,
            ")" | "]" | "}" => {
                depth -= 1;
                if depth == 0 {
                    if start < i {
                        found.push((start, i));
                    }
                    return found;
                }
            }
            "," if depth == 1 => {
                found.push((start, i));
                start = i + 1;
            }
            _ => {}
        }
    }
    found
}

/// The messages of one file: `(line, message)`.
fn messages_in(source: &str) -> Vec<(usize, String)> {
    let tokens = without_tests(tokens(source));
    let text = |i: usize| tokens.get(i).map_or("", |t| t.text.as_str());
    let mut found = Vec::new();
    for i in 0..tokens.len() {
        if tokens[i].kind != Kind::Word {
            continue;
        }
        let range = match (text(i), text(i + 1)) {
            ("add", "(") if text(i.wrapping_sub(1)) == "." => {
                arguments(&tokens, i + 1).get(1).copied()
            }
            ("one", "(") if text(i.wrapping_sub(2)) == "FieldErrors" => {
                arguments(&tokens, i + 1).get(1).copied()
            }
            ("Conflict", "(") => arguments(&tokens, i + 1).first().copied(),
            ("message", "=") => Some((i + 2, i + 3)),
            _ => None,
        };
        let Some((start, end)) = range else { continue };
        found.extend(
            tokens[start..end]
                .iter()
                .filter(|t| t.kind == Kind::Text)
                .filter(|t| t.text.contains(' ') && t.text.contains(char::is_alphabetic))
                .map(|t| (t.line, t.text.clone())),
        );
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_name().is_some_and(|n| n != "tests.rs")
        {
            out.push(path);
        }
    }
}

/// A message as it is shown: its placeholders filled in (`'{name}'` with a value, `{max}` with a
/// number), or why it cannot be.
fn as_shown(message: &str) -> Result<String, String> {
    let mut shown = String::new();
    let mut rest = message;
    while let Some(open) = rest.find('{') {
        if rest[open..].starts_with("{{") {
            shown.push_str(&rest[..open + 1]);
            rest = &rest[open + 2..];
            continue;
        }
        let close = open + rest[open..].find('}').ok_or("an unclosed {")?;
        let name = rest[open + 1..close].split(':').next().unwrap_or_default();
        shown.push_str(&rest[..open]);
        let quoted = shown.ends_with('\'') && rest[close + 1..].starts_with('\'');
        if quoted {
            shown.push_str("value");
        } else if REASONS.contains(&name) && rest[close + 1..].trim_matches('.').is_empty() {
            // "head: {reason}": the head is what must be found.
            shown = shown.trim_end().trim_end_matches(':').to_owned();
            return Ok(shown);
        } else if NUMBERS.contains(&name)
            || name.chars().all(|c| c.is_ascii_uppercase() || c == '_')
        {
            shown.push('7');
        } else {
            return Err(format!(
                "{{{name}}} holds words: write it '{{{name}}}' so that it is an argument"
            ));
        }
        rest = &rest[close + 1..];
    }
    shown.push_str(&rest.replace("}}", "}"));
    Ok(shown.replace("}}", "}"))
}

/// What of the message must be a phrase: "is required (where the rate comes from)" is said as
/// the catalogue's "Enter the source" followed by the words in brackets.
fn phrase_part(shown: &str) -> Option<&str> {
    let shown = shown.trim().trim_end_matches('.');
    match shown.strip_prefix("is required") {
        Some(rest) => {
            let rest = rest.trim_start_matches(':').trim();
            let rest = rest.trim_start_matches('(').trim_end_matches(')');
            (!rest.is_empty()).then_some(rest)
        }
        None => Some(shown),
    }
}

/// `english` has its phrase in French and in Spanish.
fn translated(english: &str) -> bool {
    [Lang::Fr, Lang::Es]
        .into_iter()
        .all(|lang| matches!(phrases::translate(lang, english), Cow::Owned(_)))
}

#[test]
fn every_rule_message_of_the_code_is_in_french_and_spanish() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    rust_files(&root, &mut paths);
    paths.sort();
    let mut seen = 0;
    let mut missing = Vec::new();
    for path in paths {
        let source = std::fs::read_to_string(&path).unwrap();
        let file = path.strip_prefix(&root).unwrap().display().to_string();
        for (line, message) in messages_in(&source) {
            seen += 1;
            if ENGLISH_ON_PURPOSE.contains(&message.as_str())
                || WORDS_NOT_YET_QUOTED.contains(&message.as_str())
            {
                continue;
            }
            if let Some((_, shown)) = SPELLED_OUT.iter().find(|(m, _)| *m == message) {
                missing.extend(
                    shown
                        .iter()
                        .filter(|shown| !translated(shown))
                        .map(|shown| format!("src/{file}:{line}: {shown:?}")),
                );
                continue;
            }
            let shown = match as_shown(&message) {
                Ok(shown) => shown,
                Err(why) => {
                    missing.push(format!("src/{file}:{line}: {message:?}: {why}"));
                    continue;
                }
            };
            let Some(part) = phrase_part(&shown) else {
                continue;
            };
            if !translated(part) {
                let (id, _) = phrases::key(part);
                missing.push(format!("src/{file}:{line}: {message:?} ({id})"));
            }
        }
    }
    missing.extend(
        SHOWN
            .iter()
            .filter(|shown| !translated(shown))
            .map(|shown| format!("{shown:?} ({})", phrases::key(shown).0)),
    );
    // The scan finds the messages (it is not reading nothing).
    assert!(seen > 250, "only {seen} messages found in src/");
    assert!(
        missing.is_empty(),
        "{} rule messages have no phrase in templates/locales/*/phrases.ftl:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn the_scan_reads_messages_as_the_code_writes_them() {
    let source = r##"
        fn check(errors: &mut FieldErrors) {
            errors.add("title", "is required (the \"title\")");
            errors.add(
                "amount",
                format!("must be at most {MAX} \
                         characters long"),
            );
            // errors.add("comment", "not read");
            let c = '"';
            return Err(AppError::Conflict(format!("an award that is '{}' cannot be amended", s)));
        }
        #[cfg(test)]
        mod tests {
            fn t() { errors.add("x", "a test's own words"); }
        }
    "##;
    let found: Vec<String> = messages_in(source).into_iter().map(|(_, m)| m).collect();
    assert_eq!(
        found,
        [
            "is required (the \"title\")",
            "must be at most {MAX} characters long",
            "an award that is '{}' cannot be amended",
        ]
    );
    assert_eq!(
        as_shown("must be at most {MAX} characters long").as_deref(),
        Ok("must be at most 7 characters long")
    );
    assert_eq!(
        as_shown("an award that is '{}' cannot be amended").as_deref(),
        Ok("an award that is 'value' cannot be amended")
    );
    assert_eq!(
        as_shown("you cannot review this application: {reason}").as_deref(),
        Ok("you cannot review this application")
    );
    assert!(as_shown("is already the {field} of another round").is_err());
    assert_eq!(
        phrase_part("is required (the bank's reference)"),
        Some("the bank's reference")
    );
    assert_eq!(phrase_part("is required"), None);
}
