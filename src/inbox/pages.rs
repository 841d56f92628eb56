//! `/inbox`: the attention inbox as a page, with a form to resolve each flag.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use serde::Serialize;

use super::{InboxParams, load};
use crate::auth::{Caller, CurrentUser};
use crate::error::AppError;
use crate::flags::{ResolveInput, Subject};
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::extract::Params;
use crate::web::flash::{Flash, FlashMessage};

/// A record of the inbox's page: one row with every open flag of it shown (on this page).
#[derive(Serialize)]
struct RecordView {
    title: String,
    link: String,
    /// Since when, in the person's time zone.
    since: String,
    /// What waits, for people: one badge per reason.
    labels: Vec<&'static str>,
    /// Its flags, each resolvable alone.
    flags: Vec<FlagView>,
    /// Where "resolve all" goes, for a record with flags.
    resolve_all: Option<String>,
}

#[derive(Serialize)]
struct FlagView {
    id: i64,
    label: &'static str,
}

#[derive(Serialize)]
struct GroupView {
    kind: &'static str,
    label: &'static str,
    total: u64,
    records: Vec<RecordView>,
}

#[derive(Serialize)]
struct InboxView {
    total: u64,
    groups: Vec<GroupView>,
}

/// The kind of record a kind's flags are on, for "resolve all".
fn subject_of(kind: &str) -> Option<Subject> {
    match kind {
        "coordination_request" | "escalation" => Some(crate::flags::ON_REQUEST),
        "state_joined" => Some(crate::flags::ON_CAMPAIGN),
        _ => None,
    }
}

pub async fn show_inbox(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Params(params): Params<InboxParams>,
) -> Result<Html<String>, AppError> {
    policy::authorize(&user, Action::ViewInbox)?;
    let body = load(&state.db, &params).await?;
    let groups = body
        .groups
        .into_iter()
        .map(|g| {
            let mut records: Vec<RecordView> = Vec::new();
            for item in g.items {
                let row = item.row;
                let flag = row.flag_id.map(|id| FlagView {
                    id,
                    label: item.reason_label,
                });
                // Rows are oldest first: a record's later flags join its row.
                if let Some(existing) = records.iter_mut().find(|r| r.link == row.link) {
                    if !existing.labels.contains(&item.reason_label) {
                        existing.labels.push(item.reason_label);
                    }
                    existing.flags.extend(flag);
                    continue;
                }
                let resolve_all = match (subject_of(g.kind), row.record_id) {
                    (Some(subject), Some(id)) => {
                        Some(format!("/inbox/records/{}/{id}/resolve", subject.as_str()))
                    }
                    _ => None,
                };
                records.push(RecordView {
                    title: row.title,
                    link: row.link,
                    since: crate::views::instant_in(row.since, user.time_zone),
                    labels: vec![item.reason_label],
                    flags: flag.into_iter().collect(),
                    resolve_all,
                });
            }
            GroupView {
                kind: g.kind,
                label: g.label,
                total: g.total,
                records,
            }
        })
        .collect();
    state.views.page(
        "inbox/show",
        &page.layout("Attention inbox", "inbox"),
        &InboxView {
            total: body.total,
            groups,
        },
    )
}

/// `POST /inbox/records/{subject}/{id}/resolve`: resolves every open flag of a record at once.
pub async fn resolve_record_form(
    State(state): State<AppState>,
    caller: Caller,
    Path((subject, id)): Path<(String, i64)>,
    flash: Flash,
    Form(input): Form<ResolveInput>,
) -> Result<Response, AppError> {
    let subject: Subject = subject
        .parse()
        .map_err(|_| AppError::not_found("there is no such kind of record"))?;
    match super::commands::resolve_record(&state.db, &caller, subject, id, &input).await {
        Ok(count) => Ok(flash.redirect(
            &FlashMessage::success(format!(
                "Resolved {count} flag{}.",
                if count == 1 { "" } else { "s" }
            )),
            "/inbox",
        )),
        Err(AppError::Conflict(message)) => Ok(flash.redirect(
            &FlashMessage::warning(format!("Not resolved: {message}.")),
            "/inbox",
        )),
        Err(AppError::Validation(errors)) => Ok(flash.redirect(
            &FlashMessage::warning(format!(
                "Not resolved. {}.",
                crate::error::sentence("note", errors.first("note").unwrap_or("is not valid"))
            )),
            "/inbox",
        )),
        Err(other) => Err(other),
    }
}

pub async fn resolve_flag_form(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
    flash: Flash,
    Form(input): Form<ResolveInput>,
) -> Result<Response, AppError> {
    match super::commands::resolve_flag(&state.db, &caller, id, &input).await {
        Ok(flag) => Ok(flash.redirect(
            &FlashMessage::success(format!("Resolved: {}.", flag.label.to_lowercase())),
            "/inbox",
        )),
        Err(AppError::Conflict(message) | AppError::NotFound(message)) => Ok(flash.redirect(
            &FlashMessage::warning(format!("Not resolved: {message}.")),
            "/inbox",
        )),
        Err(AppError::Validation(errors)) => Ok(flash.redirect(
            &FlashMessage::warning(format!(
                "Not resolved. {}.",
                crate::error::sentence("note", errors.first("note").unwrap_or("is not valid"))
            )),
            "/inbox",
        )),
        Err(other) => Err(other),
    }
}
