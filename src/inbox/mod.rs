//! The attention inbox: every open flag and every item that needs a person, oldest first, grouped
//! by kind. Each kind is one entry of [`KINDS`] whose loader answers a page of rows and their
//! count in two SQL queries (no query per row): adding a kind (disbursements due, overdue
//! reports) is adding one function and one entry.
//! `commands` holds the write (resolving a flag), `api` and `pages` the handlers.

pub mod api;
pub mod commands;
mod kinds;
pub mod pages;

use sea_orm::DatabaseConnection;
use serde::{Deserialize, Serialize};

use crate::error::{AppError, FieldErrors};
use crate::flags::Reason;
use crate::i18n::{self, Lang};
use crate::pagination::Pagination;

pub use kinds::{InboxRow, KINDS, Kind, Loaded, Loader};

/// One kind's share of the inbox.
#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = inbox::Group)]
pub struct Group {
    #[schema(schema_with = kind_schema)]
    pub kind: &'static str,
    /// The kind for people.
    pub label: String,
    /// Items of this kind, on every page.
    pub total: u64,
    /// This page of them, oldest first.
    pub items: Vec<GroupRow>,
}

/// An item of the inbox.
#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = inbox::GroupRow)]
pub struct GroupRow {
    #[serde(flatten)]
    pub row: InboxRow,
    /// The flag's reason, or what the item waits for, for people.
    pub reason_label: String,
}

/// The attention inbox: the page asked for of each kind of item.
#[derive(Serialize, utoipa::ToSchema)]
pub struct InboxBody {
    pub groups: Vec<Group>,
    #[schema(minimum = 1)]
    pub page: u64,
    #[schema(minimum = 1, maximum = 200)]
    pub per_page: u64,
    /// Items of every kind shown, on every page.
    pub total: u64,
}

/// Read as text and parsed by [`load`], so that a bad value is a 400 with a field message.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InboxParams {
    /// Only the items of this kind (default: every kind).
    #[param(schema_with = kind_schema)]
    pub kind: Option<String>,
    #[param(value_type = Option<u64>, minimum = 1)]
    pub page: Option<String>,
    #[param(value_type = Option<u64>, minimum = 1, maximum = 200)]
    pub per_page: Option<String>,
}

/// In the API document: a string, one of the keys of [`KINDS`].
fn kind_schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    crate::choice::schema(
        "a kind of item of the inbox",
        KINDS.iter().map(|k| serde_json::Value::from(k.key)),
    )
}

/// A flag's reason as the inbox's SQL reads it (text): one the code does not know is an error
/// naming the flag, as when a flag is read through its entity.
fn reason_of(flag: i64, stored: &str) -> Result<Reason, AppError> {
    stored.parse().map_err(|e| {
        AppError::Internal(anyhow::anyhow!(
            "flag {flag} holds a value the code does not know: {e}"
        ))
    })
}

/// The catalogue's id of what a row that is not a flag waits for, from its kind and the status
/// it was found in.
fn waiting_label(kind: &str, reason: &str) -> Result<&'static str, AppError> {
    match (kind, reason) {
        ("application_review", "submitted") => Ok("inbox-waiting-review"),
        ("disbursement_due", "scheduled") => Ok("inbox-waiting-approval"),
        ("disbursement_due", "approved") => Ok("inbox-waiting-payment"),
        ("overdue_report", "overdue") => Ok("inbox-waiting-report"),
        ("message_reply", "organization") => Ok("inbox-waiting-organization"),
        ("message_reply", "requester") => Ok("inbox-waiting-requester"),
        _ => Err(AppError::Internal(anyhow::anyhow!(
            "an inbox row of kind {kind} found in a status the code does not know: {reason}"
        ))),
    }
}

/// The inbox: the page asked for of each kind (or of the one kind asked for), its words in
/// `lang` (the API's in English).
pub async fn load(
    db: &DatabaseConnection,
    params: &InboxParams,
    lang: Lang,
) -> Result<InboxBody, AppError> {
    let mut errors = FieldErrors::new();
    let pagination = Pagination::parse(
        &mut errors,
        params.page.as_deref(),
        params.per_page.as_deref(),
    );
    let kind = params
        .kind
        .as_deref()
        .map(str::trim)
        .filter(|k| !k.is_empty());
    if let Some(k) = kind
        && !KINDS.iter().any(|kind| kind.key == k)
    {
        let keys: Vec<&str> = KINDS.iter().map(|k| k.key).collect();
        errors.add(
            "kind",
            format!(
                "'{k}' is not a kind of the inbox; use one of {}",
                keys.join(", ")
            ),
        );
    }
    if !errors.is_empty() {
        return Err(AppError::bad_request(errors));
    }
    let mut groups = Vec::new();
    for k in KINDS
        .iter()
        .filter(|k| kind.is_none_or(|wanted| wanted == k.key))
    {
        let (rows, total) = (k.load)(db, pagination, lang).await?;
        let mut items = Vec::with_capacity(rows.len());
        for row in rows {
            let reason_label = match row.flag_id {
                Some(id) => reason_of(id, &row.reason)?.label_in(lang).into_owned(),
                None => i18n::text(lang, waiting_label(k.key, &row.reason)?),
            };
            items.push(GroupRow { row, reason_label });
        }
        groups.push(Group {
            kind: k.key,
            label: k.label(lang),
            total,
            items,
        });
    }
    Ok(InboxBody {
        total: groups.iter().map(|g| g.total).sum(),
        groups,
        page: pagination.page,
        per_page: pagination.per_page,
    })
}
