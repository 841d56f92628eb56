//! One error type for every handler, HTML and JSON alike.
//!
//! A handler returns `Result<_, AppError>`. The response carries the JSON body of API.md
//! (`{"error", "message", "fields"}`) and an [`ErrorReport`] in its extensions; the
//! `web::errors` middleware turns that report into an HTML page for requests outside `/api/`.
//! Internal errors are logged once, here, in the request's span, and never shown.

use std::collections::BTreeMap;

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use sea_orm::{DbErr, SqlErr};
use serde::Serialize;
use utoipa::ToSchema;

/// Messages per field, for a form to show next to each field and for the API's `fields`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, ToSchema)]
#[serde(transparent)]
#[schema(example = json!({"per_page": ["must be between 1 and 200"]}))]
pub struct FieldErrors(BTreeMap<String, Vec<String>>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a message for `field`.
    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.entry(field.into()).or_default().push(message.into());
    }

    /// A single message for a single field.
    pub fn one(field: impl Into<String>, message: impl Into<String>) -> Self {
        let mut errors = Self::new();
        errors.add(field, message);
        errors
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The first message for `field`, as a form shows it.
    pub fn first(&self, field: &str) -> Option<&str> {
        self.0
            .get(field)
            .and_then(|m| m.first())
            .map(String::as_str)
    }

    /// The first message of each field, as a form shows them: a sentence naming the field
    /// ([`sentence`]). The API's `fields` keep the rules' own words.
    pub fn first_of_each(&self) -> BTreeMap<String, String> {
        self.0
            .iter()
            .filter_map(|(field, messages)| {
                Some((field.clone(), sentence(field, messages.first()?)))
            })
            .collect()
    }

    /// The first message of each field in the rules' own words, for a text that says it its own
    /// way (the API's results, a sentence of its own).
    pub fn first_as_given(&self) -> BTreeMap<String, String> {
        self.0
            .iter()
            .filter_map(|(field, messages)| Some((field.clone(), messages.first()?.clone())))
            .collect()
    }

    /// `Ok(value)` when no message was recorded.
    pub fn into_result<T>(self, value: T) -> Result<T, Self> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

impl IntoIterator for FieldErrors {
    type Item = (String, Vec<String>);
    type IntoIter = std::collections::btree_map::IntoIter<String, Vec<String>>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl From<validator::ValidationErrors> for FieldErrors {
    fn from(errors: validator::ValidationErrors) -> Self {
        let mut fields = FieldErrors::new();
        for (field, list) in errors.field_errors() {
            for error in list {
                let message = error
                    .message
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_else(|| default_message(error));
                fields.add(field.to_string(), message);
            }
        }
        fields
    }
}

fn default_message(error: &validator::ValidationError) -> String {
    let param = |name: &str| error.params.get(name).map(ToString::to_string);
    match error.code.as_ref() {
        "range" => match (param("min"), param("max")) {
            (Some(min), Some(max)) => format!("must be between {min} and {max}"),
            (Some(min), None) => format!("must be at least {min}"),
            (None, Some(max)) => format!("must be at most {max}"),
            (None, None) => "is out of range".to_owned(),
        },
        "length" => match (param("min"), param("max")) {
            (Some(min), Some(max)) => format!("must be {min} to {max} characters long"),
            (Some(min), None) => format!("must be at least {min} characters long"),
            (None, Some(max)) => format!("must be at most {max} characters long"),
            (None, None) => "has the wrong length".to_owned(),
        },
        "email" => "must be an email address".to_owned(),
        "url" => "must be a web address (https://...)".to_owned(),
        "required" => "is required".to_owned(),
        other => format!("is not valid ({other})"),
    }
}

/// A field's message as a page shows it: a full sentence that names the field, the one place
/// where the rules' short messages become what a person reads. A message already written as a
/// sentence (a capital first: "Enter the amount, like 1200.50") is kept; "is required" becomes
/// "Enter the title" ("Choose the target state" for a choice); a rule's fragment ("must be at
/// most 200 characters long") gets the field's name as its subject; any other fragment ("choose
/// a kind of approach") gets its capital.
///
/// In French or Spanish (the language of the request being handled), the same sentence from the
/// catalogue: the rule's phrase translated (see `i18n::phrases`) after the field's name.
pub fn sentence(field: &str, message: &str) -> String {
    let lang = crate::i18n::current_request();
    if lang != crate::i18n::Lang::En {
        return sentence_in(lang, field, message);
    }
    let message = message.trim().trim_end_matches('.');
    let label = field_label(field);
    if message.starts_with(char::is_uppercase) {
        return message.to_owned();
    }
    if let Some(rest) = message.strip_prefix("is required") {
        let verb = if is_choice(field) { "Choose" } else { "Enter" };
        let rest = rest.trim_start_matches(':');
        return format!("{verb} the {label}{rest}");
    }
    let first_word = message.split_whitespace().next().unwrap_or_default();
    const VERBS: &[&str] = &[
        "must", "is", "are", "cannot", "can", "has", "have", "should", "was", "were", "does", "do",
        "may", "needs", "exceeds", "lies", "ends", "starts", "begins", "comes", "falls",
        "overlaps", "differs", "holds", "refers", "contains", "allows", "takes", "names",
        "matches", "goes", "belongs",
    ];
    if VERBS.contains(&first_word) {
        return format!("The {label} {message}");
    }
    let mut chars = message.chars();
    match chars.next() {
        Some(c) if c.is_alphabetic() => c.to_uppercase().chain(chars).collect(),
        Some(_) => {
            let mut named = label;
            if let Some(first) = named.get(..1) {
                named.replace_range(..1, &first.to_uppercase());
            }
            format!("{named}: {message}")
        }
        None => format!("Check the {label}"),
    }
}

/// [`sentence`] in French or Spanish.
fn sentence_in(lang: crate::i18n::Lang, field: &str, message: &str) -> String {
    use crate::i18n::{format, phrases::translate};
    let message = message.trim().trim_end_matches('.');
    let label = translate(lang, &field_label(field)).into_owned();
    if message.starts_with(char::is_uppercase) {
        return translate(lang, message).into_owned();
    }
    if let Some(rest) = message.strip_prefix("is required") {
        let id = if is_choice(field) {
            "sentence-choose"
        } else {
            "sentence-enter"
        };
        let required = format(lang, id, &[("label", label.into())]);
        let rest = rest.trim_start_matches(':').trim();
        let rest = rest.trim_start_matches('(').trim_end_matches(')');
        return if rest.is_empty() {
            required
        } else {
            format!("{required} ({})", translate(lang, rest))
        };
    }
    let rule = translate(lang, message).into_owned();
    format(
        lang,
        "sentence-field-rule",
        &[("label", label.into()), ("rule", rule.into())],
    )
}

/// The words for a field: `contact_email` is "contact email", `organization_id` "organization",
/// `budget_lines[2].amount` "amount of budget line 3", `line_amount_2` "line amount in row 3".
pub fn field_label(field: &str) -> String {
    let last = field.rsplit('.').next().unwrap_or(field);
    let mut row = None;
    let mut group = None;
    let mut name = last.to_owned();
    // `tiers[0].max_amount`: "maximum amount of tier 1"; `tiers[0]`: "tier 1".
    if let Some(open) = field.find('[')
        && let Some(close) = field[open..].find(']')
        && let Ok(index) = field[open + 1..open + close].parse::<usize>()
    {
        row = Some(index + 1);
        let plural = field[..open].rsplit('.').next().unwrap_or_default();
        let singular = match plural.strip_suffix("ies") {
            Some(stem) => format!("{stem}y"),
            None => plural.strip_suffix('s').unwrap_or(plural).to_owned(),
        };
        group = Some(singular.replace('_', " "));
        if !field[open..].contains('.') {
            name = String::new();
        }
    }
    if row.is_none()
        && let Some((stem, index)) = name.rsplit_once('_')
        && let Ok(index) = index.parse::<usize>()
    {
        row = Some(index + 1);
        name = stem.to_owned();
    }
    let name = match name.as_str() {
        "organization_id" | "organisation_id" => "organization".to_owned(),
        "round_id" => "round".to_owned(),
        "max_amount" => "maximum amount".to_owned(),
        "requested" => "amount requested".to_owned(),
        "iso3" => "state".to_owned(),
        "csv" => "CSV file".to_owned(),
        "url" => "web address".to_owned(),
        other => other
            .strip_suffix("_id")
            .unwrap_or(other)
            .replace(['_', '-'], " "),
    };
    match (row, group) {
        (Some(row), Some(group)) if name.is_empty() => format!("{group} {row}"),
        (Some(row), Some(group)) => format!("{name} of {group} {row}"),
        (Some(row), None) => format!("{name} in row {row}"),
        (None, _) => name,
    }
}

/// Fields a person chooses rather than types: "Choose the target state".
fn is_choice(field: &str) -> bool {
    let name = field.rsplit('.').next().unwrap_or(field);
    let name = name.trim_end_matches(|c: char| c.is_ascii_digit() || c == '_');
    matches!(
        name,
        "requesting_state"
            | "target_state"
            | "state"
            | "role"
            | "organization_id"
            | "kind"
            | "approach"
            | "mode"
            | "status"
            | "decision"
            | "country"
            | "level"
            | "tier"
            | "round_id"
            | "category"
            | "reviewer_id"
            | "time_zone"
            | "file"
            | "recommendation"
    ) || name.ends_with("_state")
}

/// Everything a request can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The request is malformed: a query parameter that does not parse, a body that is not JSON.
    #[error("{message}")]
    BadRequest {
        message: String,
        fields: FieldErrors,
    },
    #[error("sign in to continue")]
    Unauthorized,
    #[error("you are not allowed to do this")]
    Forbidden,
    /// A browser request that changes something without the form's token.
    #[error("this form has expired or came from another site: reload the page and try again")]
    CsrfRejected,
    /// Absent, or not visible to the person asking: the two are not told apart.
    #[error("{0}")]
    NotFound(String),
    /// An illegal transition, or a record that already exists.
    #[error("{0}")]
    Conflict(String),
    /// Well-formed input that breaks a rule.
    #[error("some fields need attention")]
    Validation(FieldErrors),
    /// A limit was reached; it lifts in `minutes` (said in the message and in `Retry-After`).
    #[error("too many requests from this address: try again in {minutes} minute{}", if *minutes == 1 { "" } else { "s" })]
    RateLimited { minutes: i64 },
    /// The service is saturated (e.g. every password-hashing slot is taken).
    #[error("the service is busy: try again in a moment")]
    Busy,
    /// The database cannot be reached, is full, or is locked for longer than we wait: nothing
    /// was saved, and the same request may succeed in a moment (503 with `Retry-After`).
    #[error("the database is unavailable: {0}")]
    Unavailable(DbErr),
    #[error("database error: {0}")]
    Database(DbErr),
    #[error("template error: {0}")]
    Template(#[from] handlebars::RenderError),
    #[error("internal error: {0}")]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    pub fn bad_request(fields: FieldErrors) -> Self {
        Self::BadRequest {
            message: "some parameters are not valid".to_owned(),
            fields,
        }
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::NotFound(message.into())
    }

    pub fn status(&self) -> StatusCode {
        match self {
            Self::BadRequest { .. } => StatusCode::BAD_REQUEST,
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::Forbidden | Self::CsrfRejected => StatusCode::FORBIDDEN,
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::Busy | Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Database(_) | Self::Template(_) | Self::Internal(_) => {
                StatusCode::INTERNAL_SERVER_ERROR
            }
        }
    }

    /// The report shown to the person: internal details never leave the server.
    pub fn report(&self) -> ErrorReport {
        let status = self.status();
        let (message, fields) = match self {
            Self::BadRequest { message, fields } => (message.clone(), fields.clone()),
            Self::Validation(fields) => (self.to_string(), fields.clone()),
            Self::Database(_) | Self::Template(_) | Self::Internal(_) => (
                "something went wrong on our side; it has been logged".to_owned(),
                FieldErrors::new(),
            ),
            Self::Unavailable(_) => (
                "the service cannot use its database just now, so nothing was saved: try again \
                 in a moment"
                    .to_owned(),
                FieldErrors::new(),
            ),
            _ => (self.to_string(), FieldErrors::new()),
        };
        // In the language of the request (the API's `Accept-Language`): the message only.
        let message =
            match crate::i18n::phrases::translate(crate::i18n::current_request(), &message) {
                std::borrow::Cow::Borrowed(_) => message,
                std::borrow::Cow::Owned(translated) => translated,
            };
        ErrorReport {
            status,
            code: error_code(status),
            message,
            fields,
        }
    }
}

/// Constraint violations are the person's doing (a duplicate, a reference to nothing): they are
/// conflicts with a message a person understands, not internal errors.
impl From<DbErr> for AppError {
    fn from(error: DbErr) -> Self {
        // Every connection busy for longer than the acquire timeout: a flood, not a fault.
        if matches!(error, DbErr::ConnectionAcquire(_)) {
            return Self::Busy;
        }
        if is_outage(&error) {
            return Self::Unavailable(error);
        }
        match error.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => {
                Self::Conflict("a record with these details already exists".to_owned())
            }
            Some(SqlErr::ForeignKeyConstraintViolation(_)) => Self::Conflict(
                "this refers to a record that does not exist, or is still referred to".to_owned(),
            ),
            _ => Self::Database(error),
        }
    }
}

/// A failure of the database itself rather than of the request: it cannot be reached, the
/// connection broke, the disk is full, or it stayed locked for longer than we wait.
pub fn is_outage(error: &DbErr) -> bool {
    use sea_orm::RuntimeErr;
    use sea_orm::sqlx::Error as Sqlx;
    let sqlx = match error {
        DbErr::Conn(_) => return true,
        DbErr::Exec(RuntimeErr::SqlxError(e)) | DbErr::Query(RuntimeErr::SqlxError(e)) => e,
        _ => return false,
    };
    match sqlx.as_ref() {
        Sqlx::Io(_)
        | Sqlx::Tls(_)
        | Sqlx::PoolTimedOut
        | Sqlx::PoolClosed
        | Sqlx::WorkerCrashed => true,
        Sqlx::Database(db) => {
            let code = db.code().unwrap_or_default();
            match code.parse::<i32>() {
                // SQLite (extended codes): BUSY, LOCKED, IOERR, FULL, CANTOPEN.
                Ok(number) => matches!(number & 0xff, 5 | 6 | 10 | 13 | 14),
                // PostgreSQL: connection exceptions, insufficient resources (a full disk),
                // the server shutting down or starting.
                Err(_) => {
                    code.starts_with("08")
                        || code.starts_with("53")
                        || matches!(code.as_ref(), "57P01" | "57P02" | "57P03")
                }
            }
        }
        _ => false,
    }
}

/// What a failed request answers, in both of its forms. The API document calls it `Error`: a
/// client sees the body, not this type.
#[derive(Clone, Debug, Serialize, ToSchema)]
#[schema(as = Error)]
pub struct ErrorReport {
    #[serde(skip)]
    pub status: StatusCode,
    /// A stable code for programs: `bad_request`, `unauthorized`, `forbidden`, `not_found`,
    /// `conflict`, `validation_failed`, `rate_limited`, `unavailable`, `internal`, ...
    #[serde(rename = "error")]
    #[schema(example = "not_found")]
    pub code: &'static str,
    /// A sentence for people.
    pub message: String,
    /// Messages per field (empty when the error is not about fields).
    pub fields: FieldErrors,
}

impl ErrorReport {
    /// The report for a response that carries only a status (a route that does not exist, a
    /// method not allowed, a body too large) or a short plain-text message.
    pub fn for_status(status: StatusCode, text: Option<String>) -> Self {
        let message = text.filter(|t| !t.is_empty()).unwrap_or_else(|| {
            match status {
                StatusCode::NOT_FOUND => "there is nothing at this address",
                StatusCode::METHOD_NOT_ALLOWED => "this address does not accept that method",
                StatusCode::PAYLOAD_TOO_LARGE => "the request is too large",
                StatusCode::REQUEST_TIMEOUT => "the request took too long",
                StatusCode::UNSUPPORTED_MEDIA_TYPE => "the request's content type is not accepted",
                s if s.is_server_error() => "something went wrong on our side; it has been logged",
                _ => "the request could not be handled",
            }
            .to_owned()
        });
        Self {
            status,
            code: error_code(status),
            message,
            fields: FieldErrors::new(),
        }
    }

    pub fn into_json_response(self) -> Response {
        let status = self.status;
        let mut response = (status, Json(&self)).into_response();
        response.extensions_mut().insert(self);
        response
    }
}

fn error_code(status: StatusCode) -> &'static str {
    match status {
        StatusCode::BAD_REQUEST => "bad_request",
        StatusCode::UNAUTHORIZED => "unauthorized",
        StatusCode::FORBIDDEN => "forbidden",
        StatusCode::NOT_FOUND => "not_found",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        StatusCode::REQUEST_TIMEOUT => "timeout",
        StatusCode::CONFLICT => "conflict",
        StatusCode::PAYLOAD_TOO_LARGE => "payload_too_large",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported_media_type",
        StatusCode::UNPROCESSABLE_ENTITY => "validation_failed",
        StatusCode::TOO_MANY_REQUESTS => "rate_limited",
        StatusCode::SERVICE_UNAVAILABLE => "unavailable",
        s if s.is_server_error() => "internal",
        _ => "error",
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if self.status().is_server_error() {
            // `{:#}` keeps the chain of causes; the request's span adds its id and route.
            tracing::error!(error = %format!("{self:#}"), "request failed");
        }
        let retry_after = match &self {
            Self::RateLimited { minutes } => Some(minutes.saturating_mul(60).max(1)),
            _ => None,
        };
        let mut response = self.report().into_json_response();
        if let Some(seconds) = retry_after {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, seconds.into());
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use validator::Validate;

    #[derive(Validate)]
    struct Paging {
        #[validate(range(min = 1, max = 200))]
        per_page: u64,
    }

    #[test]
    fn validator_messages_become_field_messages() {
        let errors = Paging { per_page: 500 }.validate().unwrap_err();
        let fields = FieldErrors::from(errors);
        assert_eq!(fields.first("per_page"), Some("must be between 1 and 200"));
    }

    #[test]
    fn a_database_that_cannot_be_reached_is_503_and_a_bad_statement_500() {
        use sea_orm::RuntimeErr;
        use sea_orm::sqlx::Error as Sqlx;
        let sqlx = |e: Sqlx| DbErr::Exec(RuntimeErr::SqlxError(std::sync::Arc::new(e)));
        for outage in [
            sqlx(Sqlx::PoolTimedOut),
            sqlx(Sqlx::Io(std::io::Error::from(
                std::io::ErrorKind::ConnectionRefused,
            ))),
            DbErr::Conn(RuntimeErr::Internal("refused".to_owned())),
        ] {
            let error = AppError::from(outage);
            assert_eq!(error.status(), StatusCode::SERVICE_UNAVAILABLE, "{error}");
            assert_eq!(error.report().code, "unavailable");
            assert!(error.report().message.contains("nothing was saved"));
        }
        let bad = AppError::from(sqlx(Sqlx::RowNotFound));
        assert_eq!(bad.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let custom = AppError::from(DbErr::Custom("no such column".to_owned()));
        assert_eq!(custom.status(), StatusCode::INTERNAL_SERVER_ERROR);
    }

    #[test]
    fn internal_details_never_reach_the_report() {
        let error = AppError::Database(DbErr::Custom("password=hunter2".to_owned()));
        let report = error.report();
        assert_eq!(report.status, StatusCode::INTERNAL_SERVER_ERROR);
        assert!(!report.message.contains("hunter2"));
        assert_eq!(report.code, "internal");
    }

    #[test]
    fn json_body_follows_the_contract() {
        let error = AppError::bad_request(FieldErrors::one("on", "must be a date"));
        let body = serde_json::to_value(error.report()).unwrap();
        assert_eq!(body["error"], "bad_request");
        assert_eq!(body["fields"]["on"][0], "must be a date");
        assert!(body["message"].is_string());
    }

    #[test]
    fn pages_read_each_message_as_a_sentence_naming_its_field() {
        assert_eq!(sentence("title", "is required"), "Enter the title");
        assert_eq!(
            sentence("target_state", "is required"),
            "Choose the target state"
        );
        assert_eq!(
            sentence("reference", "is required (the bank's reference)"),
            "Enter the reference (the bank's reference)"
        );
        assert_eq!(
            sentence("name", "must be at most 200 characters long"),
            "The name must be at most 200 characters long"
        );
        assert_eq!(
            sentence("approach", "choose a kind of approach"),
            "Choose a kind of approach"
        );
        assert_eq!(
            sentence("amount", "Enter the amount, like 1200.50"),
            "Enter the amount, like 1200.50"
        );
        assert_eq!(
            sentence("line_amount_0", "'x' is not an amount"),
            "Line amount in row 1: 'x' is not an amount"
        );
        assert_eq!(
            sentence("tiers[1].max_amount", "must be more than zero"),
            "The maximum amount of tier 2 must be more than zero"
        );
        assert_eq!(
            sentence("activities[0].kind", "is required"),
            "Choose the kind of activity 1"
        );
        assert_eq!(
            sentence("organization_id", "is required"),
            "Choose the organization"
        );
        let mut errors = FieldErrors::new();
        errors.add("contact_email", "must be an email address");
        assert_eq!(
            errors.first_of_each()["contact_email"],
            "The contact email must be an email address"
        );
        assert_eq!(
            errors.first("contact_email"),
            Some("must be an email address"),
            "the API keeps the rule's words"
        );
    }
}
