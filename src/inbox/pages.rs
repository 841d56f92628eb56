//! `/inbox`: the attention inbox as a page, with a form to resolve each flag.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::{InboxParams, load};
use crate::auth::{Caller, CurrentUser};
use crate::error::AppError;
use crate::flags::{ResolveInput, Subject};
use crate::i18n::Lang;
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
    labels: Vec<String>,
    /// Its flags, each resolvable alone.
    flags: Vec<FlagView>,
    /// Where "resolve all" goes, for a record with flags.
    resolve_all: Option<String>,
    /// The id of the "resolve all" form's note, unique on the page.
    all_field: String,
    /// That note as typed, and why it was refused, when it was.
    all_note: String,
    all_error: Option<String>,
    /// Whether its forms are shown open (one of them holds a refused note).
    open: bool,
}

#[derive(Serialize)]
struct FlagView {
    id: i64,
    label: String,
    /// The note as typed, and why it was refused, when it was.
    note: String,
    error: Option<String>,
}

#[derive(Serialize)]
struct GroupView {
    kind: &'static str,
    label: String,
    total: u64,
    records: Vec<RecordView>,
}

#[derive(Serialize)]
struct InboxView {
    total: u64,
    groups: Vec<GroupView>,
    /// Why a resolution was refused, when it is not about a note the page shows.
    error: Option<String>,
}

/// A resolution the page refused: which form, what was typed and why.
struct Refusal {
    /// The form's action: `/inbox/flags/{id}/resolve` or `/inbox/records/.../resolve`.
    action: String,
    note: String,
    error: String,
    /// Whether `error` is about the note (shown at its field) rather than the whole form.
    at_field: bool,
    status: StatusCode,
}

impl Refusal {
    /// The refusal of `error` for the form posted to `action`, or the error itself when it is
    /// not a refusal the page shows (a 403, a 500). `what` is the catalogue's id of the
    /// sentence saying what was not resolved, and why (`$why`).
    fn of(
        error: AppError,
        action: String,
        input: &ResolveInput,
        lang: Lang,
        what: &str,
    ) -> Result<Self, AppError> {
        let status = error.status();
        let (error, at_field) = match error {
            AppError::Validation(errors) => (
                crate::error::sentence("note", errors.first("note").unwrap_or("is not valid")),
                true,
            ),
            AppError::Conflict(why) | AppError::NotFound(why) => {
                let why = crate::i18n::phrases::translate(lang, why.trim_end_matches('.'));
                let args = [("why", why.trim_end_matches('.').to_owned().into())];
                (crate::i18n::format(lang, what, &args), false)
            }
            other => return Err(other),
        };
        Ok(Self {
            action,
            note: input.note.clone().unwrap_or_default(),
            error,
            at_field,
            status,
        })
    }
}

/// A label inside a sentence: its first letter in lower case ("the state joined the
/// Convention", "l'État a adhéré").
fn lower_first(label: &str) -> String {
    let mut chars = label.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
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
) -> Result<Response, AppError> {
    render_inbox(&state, &page, &user, &params, None).await
}

/// The inbox; with `refused`, a resolution its form could not make, shown with why: at the
/// note's field (its row open, the note kept) or above the lists for the whole form.
async fn render_inbox(
    state: &AppState,
    page: &PageContext,
    user: &CurrentUser,
    params: &InboxParams,
    mut refused: Option<Refusal>,
) -> Result<Response, AppError> {
    policy::authorize(user, Action::ViewInbox)?;
    let body = load(&state.db, params, page.lang).await?;
    let mut groups: Vec<GroupView> = body
        .groups
        .into_iter()
        .map(|g| {
            let mut records: Vec<RecordView> = Vec::new();
            for (index, item) in g.items.into_iter().enumerate() {
                let row = item.row;
                let flag = row.flag_id.map(|id| FlagView {
                    id,
                    label: item.reason_label.clone(),
                    note: String::new(),
                    error: None,
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
                    since: crate::views::instant_in_lang(page.lang, row.since, user.time_zone),
                    labels: vec![item.reason_label],
                    flags: flag.into_iter().collect(),
                    resolve_all,
                    all_field: format!("note-all-{}-{index}", g.kind),
                    all_note: String::new(),
                    all_error: None,
                    open: false,
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
    let status = refused.as_ref().map_or(StatusCode::OK, |r| r.status);
    // A refused note goes back to its form, when the page shows it.
    if let Some(r) = refused.take_if(|r| r.at_field) {
        refused = show_at_field(&mut groups, r);
    }
    let html = state.views.page(
        "inbox/show",
        &page.layout(crate::i18n::text(page.lang, "inbox-title"), "inbox"),
        &InboxView {
            total: body.total,
            groups,
            error: refused.map(|r| r.error),
        },
    )?;
    Ok((status, html).into_response())
}

/// Shows `refused` at the note of its form; gives it back when the page does not show that form.
fn show_at_field(groups: &mut [GroupView], refused: Refusal) -> Option<Refusal> {
    for record in groups.iter_mut().flat_map(|g| g.records.iter_mut()) {
        if record.resolve_all.as_deref() == Some(refused.action.as_str()) {
            record.all_note = refused.note;
            record.all_error = Some(refused.error);
            record.open = true;
            return None;
        }
        if let Some(flag) = record
            .flags
            .iter_mut()
            .find(|f| format!("/inbox/flags/{}/resolve", f.id) == refused.action)
        {
            flag.note = refused.note;
            flag.error = Some(refused.error);
            record.open = true;
            return None;
        }
    }
    Some(refused)
}

/// `POST /inbox/records/{subject}/{id}/resolve`: resolves every open flag of a record at once.
/// Refused, the inbox comes back saying why (422 for the note, 409 for a record with no open
/// flag).
pub async fn resolve_record_form(
    State(state): State<AppState>,
    page: PageContext,
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
            &FlashMessage::success(crate::i18n::format(
                page.lang,
                "inbox-flash-resolved-count",
                &[("count", count.into())],
            )),
            "/inbox",
        )),
        Err(error) => {
            let action = format!("/inbox/records/{}/{id}/resolve", subject.as_str());
            let refused = Refusal::of(error, action, &input, page.lang, "inbox-refused-record")?;
            let params = InboxParams::default();
            render_inbox(&state, &page, &caller, &params, Some(refused)).await
        }
    }
}

/// `POST /inbox/flags/{id}/resolve`: resolves one flag. Refused, the inbox comes back saying
/// why (422 for the note, 409 for a flag already resolved).
pub async fn resolve_flag_form(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    Path(id): Path<i64>,
    flash: Flash,
    Form(input): Form<ResolveInput>,
) -> Result<Response, AppError> {
    match super::commands::resolve_flag(&state.db, &caller, id, &input).await {
        Ok(flag) => Ok(flash.redirect(
            &FlashMessage::success(crate::i18n::format(
                page.lang,
                "inbox-flash-resolved",
                &[(
                    "reason",
                    lower_first(&flag.reason.label_in(page.lang)).into(),
                )],
            )),
            "/inbox",
        )),
        Err(error) => {
            let action = format!("/inbox/flags/{id}/resolve");
            let refused = Refusal::of(error, action, &input, page.lang, "inbox-refused-flag")?;
            let params = InboxParams::default();
            render_inbox(&state, &page, &caller, &params, Some(refused)).await
        }
    }
}
