//! Input hygiene in one place: no request carries a control character (NUL and the others,
//! except tab and line breaks) or a character that reverses the direction of text (U+202A to
//! U+202E, U+2066 to U+2069), in its path, its query string, or a form or JSON body. Such a
//! request is refused with 422 naming the field, before any handler or database sees it: NUL
//! cannot be stored by PostgreSQL (a 500 otherwise) and would be stored raw by SQLite; the
//! others disguise what a name or a title says.
//!
//! Field rules that hold across the service by the field's name (its last part, for a nested
//! one: `activities[0].title` is a `title`) are checked here too: names, titles and addresses
//! are one line of at most 300 characters; reasons, notes and messages at most 5,000; any other
//! text at most 50,000. A feature's input type may be stricter (and says so next to the field).

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use crate::error::{AppError, FieldErrors};

/// Why `text` is refused, if it is.
pub fn refusal(text: &str) -> Option<&'static str> {
    for c in text.chars() {
        match c {
            '\t' | '\n' | '\r' => {}
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {
                return Some("must not contain characters that reverse the direction of text");
            }
            c if c.is_control() => {
                return Some("must not contain control characters (such as NUL)");
            }
            _ => {}
        }
    }
    None
}

/// Fields that hold one line: no line break, at most [`LINE_MAX`] characters.
const SINGLE_LINE: [&str; 13] = [
    "title",
    "name",
    "ministry",
    "contact_name",
    "contact_email",
    "email",
    "acronym",
    "website",
    "payment_reference",
    "reference",
    "label",
    "idempotency_key",
    "state_name",
];
const LINE_MAX: usize = 300;
/// Reasons, notes and messages: at most [`NOTE_MAX`] characters.
const NOTES: [&str; 8] = [
    "reason",
    "cancel_reason",
    "status_reason",
    "resolution_note",
    "note",
    "comment",
    "staff_message",
    "message",
];
const NOTE_MAX: usize = 5_000;
/// Any other text.
const TEXT_MAX: usize = 50_000;

/// A field's own name: the last part of a nested one (`activities[0][title]`, `lines.2.name`).
fn base_name(field: &str) -> &str {
    field
        .trim_end_matches(']')
        .rsplit(['[', '.'])
        .next()
        .unwrap_or(field)
}

/// Why the value of `field` is refused, if it is: its characters, then its field's rules.
fn field_refusal(field: &str, value: &str) -> Option<String> {
    if let Some(why) = refusal(value) {
        return Some(why.to_owned());
    }
    let name = base_name(field);
    let single_line = SINGLE_LINE.contains(&name);
    if single_line && value.contains(['\n', '\r']) {
        return Some("must be on one line".to_owned());
    }
    let max = if single_line {
        LINE_MAX
    } else if NOTES.contains(&name) {
        NOTE_MAX
    } else {
        TEXT_MAX
    };
    // Counting stops past the limit: a huge value costs no more than a long one.
    (value.chars().take(max + 1).count() > max)
        .then(|| format!("must be at most {max} characters long"))
}

/// Checks every string of a JSON value, and every key, naming each by its path.
fn check_json(value: &Value, path: &str, errors: &mut FieldErrors) {
    match value {
        Value::String(text) => {
            if let Some(why) = field_refusal(path, text) {
                errors.add(path, why);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                check_json(item, &format!("{path}[{i}]"), errors);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                let name = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                if let Some(why) = refusal(key) {
                    errors.add(name.clone(), why);
                }
                check_json(item, &name, errors);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// Checks `name=value` pairs (a query string or a form body).
fn check_pairs(encoded: &[u8], errors: &mut FieldErrors) {
    for (name, value) in form_urlencoded::parse(encoded) {
        let why = refusal(&name)
            .map(str::to_owned)
            .or_else(|| field_refusal(&name, &value));
        if let Some(why) = why {
            errors.add(name.into_owned(), why);
        }
    }
}

/// The middleware: refuses a request whose path, query or form/JSON body holds such a character.
pub async fn refuse_hidden_characters(request: Request, next: Next) -> Response {
    let mut errors = FieldErrors::new();
    let path = percent_encoding::percent_decode_str(request.uri().path()).decode_utf8_lossy();
    if let Some(why) = refusal(&path) {
        errors.add("path", why);
    }
    if let Some(query) = request.uri().query() {
        check_pairs(query.as_bytes(), &mut errors);
    }
    let kind = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let form = kind.starts_with("application/x-www-form-urlencoded");
    let json = kind.starts_with("application/json") || kind.contains("+json");
    if !errors.is_empty() {
        return AppError::Validation(errors).into_response();
    }
    if !(form || json) {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    // The body limit (an inner layer's) already bounds what is read here.
    let bytes = match to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes,
        Err(_) => return too_large(),
    };
    if form {
        check_pairs(&bytes, &mut errors);
    } else if let Ok(value) = serde_json::from_slice::<Value>(&bytes) {
        // A body that is not JSON is left to the handler, which says what is wrong with it.
        check_json(&value, "", &mut errors);
    }
    if !errors.is_empty() {
        return AppError::Validation(errors).into_response();
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

/// A body past the limit (or cut off): 413, as the limit's own answer.
fn too_large() -> Response {
    crate::error::ErrorReport::for_status(
        StatusCode::PAYLOAD_TOO_LARGE,
        Some("the request's body is larger than the service accepts".to_owned()),
    )
    .into_json_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_direction_characters_are_refused_and_line_breaks_kept() {
        assert_eq!(refusal("Plain text, with é and ع"), None);
        assert_eq!(refusal("two\nlines\r\nand\ttab"), None);
        assert!(refusal("nul\0byte").unwrap().contains("control characters"));
        assert!(refusal("bell\u{7}").is_some());
        assert!(refusal("c1\u{85}").is_some());
        assert!(
            refusal("evil\u{202E}txt.exe")
                .unwrap()
                .contains("direction")
        );
        assert!(refusal("isolate\u{2067}").is_some());
    }

    #[test]
    fn json_fields_are_named_by_their_path() {
        let mut errors = FieldErrors::new();
        let value = serde_json::json!({
            "title": "ok",
            "items": [{"name": "ok"}, {"name": "bad\u{0}"}],
            "message": "x\u{202E}"
        });
        check_json(&value, "", &mut errors);
        assert!(errors.first("items[1].name").is_some());
        assert!(errors.first("message").is_some());
        assert!(errors.first("title").is_none());
    }

    #[test]
    fn names_are_one_line_and_every_text_has_a_length_limit() {
        assert_eq!(base_name("activities[0][title]"), "title");
        assert_eq!(base_name("items[1].name"), "name");
        assert_eq!(base_name("reason"), "reason");
        assert_eq!(
            field_refusal("title", "Two\nlines").as_deref(),
            Some("must be on one line")
        );
        assert_eq!(field_refusal("activities[2].title", "One line"), None);
        assert_eq!(field_refusal("narrative", "Two\nlines"), None);
        assert_eq!(field_refusal("name", &"n".repeat(300)), None);
        assert_eq!(
            field_refusal("name", &"n".repeat(301)).as_deref(),
            Some("must be at most 300 characters long")
        );
        assert_eq!(field_refusal("reason", &"r".repeat(5_000)), None);
        assert!(field_refusal("reason", &"r".repeat(100_000)).is_some());
        assert_eq!(field_refusal("narrative", &"n".repeat(50_000)), None);
        assert!(field_refusal("narrative", &"n".repeat(50_001)).is_some());
    }

    #[test]
    fn form_and_query_fields_are_named() {
        let mut errors = FieldErrors::new();
        check_pairs(b"email=a%40b.org&ministry=MFA%00&q=ok", &mut errors);
        assert!(errors.first("ministry").is_some());
        assert!(errors.first("email").is_none());
    }
}
