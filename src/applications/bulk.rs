//! Bulk actions on staff's list of applications: assign a reviewer, start the review, reject with
//! one reason, or export the selection as CSV. The rows are checked on the list page (one form
//! around the table, no script) or named by id in `POST /api/v1/applications/bulk`.
//!
//! Each selected application goes through the same use case as one application alone
//! (`commands::assign_reviewer`, `commands::take_step`), one after the other, each in its own
//! transaction: each is locked, checked (policy, workflow, conflict of interest) and audited on
//! its own, and one refused leaves the others done. The answer says, for each, what was done or
//! why it was refused. The export is the list's CSV export (`list::batch`), narrowed to the
//! selection, with the same redaction of records concerning marked states.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use serde::{Deserialize, Serialize};

use super::commands;
use super::list::{self, Filter, MAX_SELECTION, Scope};
use super::transitions::StepInput;
use super::workflow::Step;
use crate::auth::{Caller, CurrentUser};
use crate::choice::choice;
use crate::entities::application;
use crate::error::{AppError, FieldErrors};
use crate::i18n::Lang;
use crate::input::{NumberInput, text};
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::extract::JsonBody;
use crate::web::openapi::{BadRequest, Forbidden, Unauthorized, ValidationFailed};

choice!(BulkAction, "a bulk action", {
    AssignReviewer => "assign_reviewer", "Assign a reviewer",
    StartReview => "start_review", "Start the review",
    Reject => "reject", "Reject, with one reason",
    Export => "export", "Export as CSV",
});

impl BulkAction {
    /// Whether the user may take this action at all (each record is checked again).
    fn allowed(self, user: &CurrentUser) -> bool {
        match self {
            Self::Export => policy::allows(user, Action::ExportApplications),
            // Assigning is staff's; so are the steps (the policy of `TakeStep` says which
            // party takes a step, and staff and admins take staff's).
            _ => policy::allows(user, Action::ManageReviews),
        }
    }

    fn done(self) -> &'static str {
        match self {
            Self::AssignReviewer => "reviewer assigned",
            Self::StartReview => "review started",
            Self::Reject => "rejected",
            Self::Export => "exported",
        }
    }
}

/// A bulk action as the API takes it.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
#[schema(as = applications::BulkInput)]
pub struct BulkInput {
    /// `assign_reviewer` (with `reviewer_id`), `start_review`, `reject` (with `reason`). To
    /// export a selection, `GET /applications.csv?ids=1,2,3`.
    #[schema(value_type = BulkAction)]
    pub action: Option<String>,
    /// The applications, at most 200.
    #[schema(value_type = Vec<i64>)]
    pub ids: Vec<NumberInput>,
    /// assign_reviewer: the reviewer, a user with the reviewer role.
    #[schema(value_type = Option<i64>)]
    pub reviewer_id: Option<NumberInput>,
    /// reject: the one reason every organization reads.
    pub reason: Option<String>,
}

/// What was done to one application, or why it was refused.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
#[schema(as = applications::BulkResult)]
pub struct BulkResult {
    pub id: i64,
    /// Its reference (none for a draft, or an application that does not exist).
    pub reference: Option<String>,
    /// Its title, for the page only (empty when it does not exist).
    #[serde(skip)]
    #[schema(ignore)]
    pub title: String,
    /// Done (`true`), or refused (`false`: see `message`).
    pub done: bool,
    /// What was done, or the reason of the refusal, as a sentence.
    pub message: String,
    /// The HTTP status the single action would have answered (200 when done).
    pub status: u16,
}

/// The answer: one result per application, in the order given.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
#[schema(as = applications::BulkAnswer)]
pub struct BulkAnswer {
    #[schema(value_type = BulkAction)]
    pub action: &'static str,
    /// How many were done.
    pub done: usize,
    /// How many were refused.
    pub refused: usize,
    pub results: Vec<BulkResult>,
}

/// A selection, checked as a whole: the action, the ids and what the action takes.
struct Selection {
    action: BulkAction,
    ids: Vec<i64>,
    reviewer_id: Option<i64>,
    reason: String,
}

/// Checks the selection as a whole (422 with a message per field); each application is
/// checked later, by its use case.
fn selection(
    action: Option<&str>,
    ids: Vec<Option<i64>>,
    reviewer_id: Option<&NumberInput>,
    reason: Option<&String>,
) -> Result<Selection, FieldErrors> {
    let mut errors = FieldErrors::new();
    let action = match action.map(str::trim).filter(|a| !a.is_empty()) {
        None => {
            errors.add("action", "choose what to do with the applications selected");
            None
        }
        Some(a) => a
            .parse::<BulkAction>()
            .map_err(|m| errors.add("action", m))
            .ok(),
    };
    let mut chosen = Vec::new();
    for id in ids {
        match id {
            Some(id) if !chosen.contains(&id) => chosen.push(id),
            Some(_) => {}
            None => errors.add("ids", "every id must be a number"),
        }
    }
    if chosen.is_empty() {
        errors.add("ids", "select at least one application");
    } else if chosen.len() > MAX_SELECTION {
        errors.add(
            "ids",
            format!(
                "select at most {MAX_SELECTION} applications at a time ({} were selected); \
                 act on them in parts",
                chosen.len()
            ),
        );
    }
    let reviewer = match reviewer_id.filter(|r| !r.is_blank()) {
        None => None,
        Some(given) => match given.value() {
            Some(id) => Some(id),
            None => {
                errors.add("reviewer_id", "must be a number");
                None
            }
        },
    };
    let reason = text(&reason.cloned());
    match action {
        Some(BulkAction::AssignReviewer)
            if reviewer.is_none() && errors.first("reviewer_id").is_none() =>
        {
            errors.add("reviewer_id", "choose the reviewer to assign");
        }
        Some(BulkAction::Reject) if reason.is_empty() => {
            errors.add("reason", "give the reason the organizations will read");
        }
        Some(BulkAction::Reject) if reason.chars().count() > 5000 => {
            errors.add("reason", "must be at most 5000 characters long");
        }
        _ => {}
    }
    match action {
        Some(action) if errors.is_empty() => Ok(Selection {
            action,
            ids: chosen,
            reviewer_id: reviewer,
            reason,
        }),
        _ => Err(errors),
    }
}

/// The sentence a refusal gives, and its status. Failures of the service are said as such and
/// logged (what was done before stays done).
/// In `lang`: the rules' messages through the catalogue's phrases.
fn refusal(lang: Lang, error: &AppError) -> String {
    let phrase = |message: &str| crate::i18n::phrases::translate(lang, message).into_owned();
    match error {
        AppError::Validation(fields) => fields
            .first_as_given()
            .into_values()
            .map(|m| phrase(&m))
            .collect::<Vec<_>>()
            .join("; "),
        AppError::Forbidden => crate::i18n::text(lang, "applications-bulk-forbidden"),
        AppError::NotFound(_) => crate::i18n::text(lang, "applications-bulk-not-found"),
        AppError::Conflict(message) | AppError::BadRequest { message, .. } => phrase(message),
        other if other.status().is_server_error() => {
            tracing::error!(error = %other, "a bulk action failed on one application");
            crate::i18n::text(lang, "applications-bulk-failed")
        }
        other => phrase(&other.to_string()),
    }
}

/// Takes the action on each application, one by one, each through its use case. The results'
/// messages are in the request's language (the API's in English unless `Accept-Language` asks
/// otherwise).
async fn run(
    state: &AppState,
    caller: &Caller,
    selection: &Selection,
) -> Result<BulkAnswer, AppError> {
    if !selection.action.allowed(caller) {
        return Err(AppError::Forbidden);
    }
    let lang = crate::i18n::current_request();
    let known = names(&state.db, &selection.ids).await?;
    let mut results = Vec::with_capacity(selection.ids.len());
    for &id in &selection.ids {
        let outcome = match selection.action {
            BulkAction::AssignReviewer => {
                commands::assign_reviewer(state, caller, id, selection.reviewer_id)
                    .await
                    .map(|assigned| {
                        let who = assigned.reviewer.map(|r| r.email).unwrap_or_default();
                        crate::i18n::format(
                            lang,
                            "applications-bulk-assigned",
                            &[("who", who.into())],
                        )
                    })
            }
            BulkAction::StartReview => {
                commands::take_step(state, caller, id, Step::StartReview, &StepInput::default())
                    .await
                    .map(|_| crate::i18n::text(lang, "applications-bulk-review-started"))
            }
            BulkAction::Reject => {
                let input = StepInput {
                    reason: Some(selection.reason.clone()),
                    ..StepInput::default()
                };
                commands::take_step(state, caller, id, Step::Reject, &input)
                    .await
                    .map(|_| crate::i18n::text(lang, "applications-bulk-rejected"))
            }
            BulkAction::Export => Ok(selection.action.done().to_owned()),
        };
        let (reference, title) = known.get(&id).cloned().unwrap_or_default();
        results.push(match outcome {
            Ok(message) => BulkResult {
                id,
                reference,
                title,
                done: true,
                message,
                status: 200,
            },
            Err(error) => BulkResult {
                id,
                reference,
                title,
                done: false,
                message: refusal(lang, &error),
                status: error.status().as_u16(),
            },
        });
    }
    let done = results.iter().filter(|r| r.done).count();
    Ok(BulkAnswer {
        action: selection.action.as_str(),
        done,
        refused: results.len() - done,
        results,
    })
}

/// The references and titles of the applications selected, in one query.
async fn names<C: ConnectionTrait>(
    db: &C,
    ids: &[i64],
) -> Result<BTreeMap<i64, (Option<String>, String)>, AppError> {
    let rows: Vec<(i64, Option<String>, String)> = application::Entity::find()
        .select_only()
        .columns([
            application::Column::Id,
            application::Column::Reference,
            application::Column::Title,
        ])
        .filter(application::Column::Id.is_in(ids.iter().copied()))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, reference, title)| (id, (reference, title)))
        .collect())
}

/// Acts on several applications at once (staff).
///
/// Each application goes through the same checks as alone (who may, the workflow, the
/// conflicts of interest), in a transaction of its own, and is audited on its own: one refused
/// leaves the others done. The answer is 200 with one result per application, done or refused
/// with the reason; 422 when the request itself is malformed (no action, no id, more than 200
/// ids, a rejection without a reason, an assignment without a reviewer). To export a
/// selection, `GET /applications.csv?ids=1,2,3`.
#[utoipa::path(
    post,
    path = "/api/v1/applications/bulk",
    tag = "applications",
    operation_id = "bulkApplications",
    request_body = BulkInput,
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "What was done to each application, or why not", body = BulkAnswer),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 422, response = ValidationFailed),
    )
)]
pub async fn bulk_api(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(input): JsonBody<BulkInput>,
) -> Result<Json<BulkAnswer>, AppError> {
    let ids = input.ids.iter().map(NumberInput::value).collect();
    let selection = selection(
        input.action.as_deref(),
        ids,
        input.reviewer_id.as_ref(),
        input.reason.as_ref(),
    )
    .map_err(AppError::Validation)?;
    if selection.action == BulkAction::Export {
        return Err(AppError::Validation(FieldErrors::one(
            "action",
            "export a selection with GET /applications.csv?ids=1,2,3",
        )));
    }
    Ok(Json(run(&state, &caller, &selection).await?))
}

/// The bulk form of the list page, as posted: the rows checked and the action's fields.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct BulkForm {
    pub action: String,
    pub ids: Vec<String>,
    pub reviewer_id: String,
    pub reason: String,
}

/// What the list page's bulk form offers this user (none for those who may take no action).
#[derive(Serialize)]
pub struct BulkFormView {
    actions: Vec<crate::choice::OptionView>,
    reviewers: Vec<crate::choice::OptionView>,
    max: usize,
}

/// The form of the list page for `user`: the actions it may take and the reviewers (one query,
/// whatever the number of rows).
pub async fn form_view<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    lang: Lang,
) -> Result<Option<BulkFormView>, AppError> {
    let actions: Vec<crate::choice::OptionView> = BulkAction::options_in(lang, "")
        .into_iter()
        .filter(|c| c.value.parse::<BulkAction>().is_ok_and(|a| a.allowed(user)))
        .collect();
    if actions.is_empty() {
        return Ok(None);
    }
    let reviewers = if BulkAction::AssignReviewer.allowed(user) {
        super::reviews::candidates(db, &[])
            .await?
            .into_iter()
            .map(|u| crate::choice::OptionView {
                value: u.id.to_string(),
                label: if u.name.is_empty() {
                    u.email
                } else {
                    format!("{} ({})", u.name, u.email)
                },
                selected: false,
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(Some(BulkFormView {
        actions,
        reviewers,
        max: MAX_SELECTION,
    }))
}

/// A result as the summary page shows it.
#[derive(Serialize)]
struct ResultView {
    id: i64,
    reference: Option<String>,
    title: String,
    message: String,
}

impl From<BulkResult> for ResultView {
    fn from(r: BulkResult) -> Self {
        Self {
            id: r.id,
            reference: r.reference,
            title: r.title,
            message: r.message,
        }
    }
}

#[derive(Serialize)]
struct SummaryView {
    action: String,
    done: Vec<ResultView>,
    refused: Vec<ResultView>,
    done_count: usize,
    refused_count: usize,
    count: usize,
    errors: BTreeMap<String, String>,
}

/// The list page's bulk form: the summary of what was done and refused, the CSV of the
/// selection for `export`, or the messages (422) when the form itself is incomplete.
pub async fn bulk_page(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    Form(form): Form<BulkForm>,
) -> Result<Response, AppError> {
    let ids = form
        .ids
        .iter()
        .map(|id| id.trim().parse::<i64>().ok())
        .collect();
    let reviewer = NumberInput::Text(form.reviewer_id.clone());
    let reason = Some(form.reason.clone());
    let selection = match selection(Some(&form.action), ids, Some(&reviewer), reason.as_ref()) {
        Ok(selection) => selection,
        Err(errors) => {
            let view = SummaryView {
                action: String::new(),
                done: Vec::new(),
                refused: Vec::new(),
                done_count: 0,
                refused_count: 0,
                count: 0,
                errors: errors.first_of_each(),
            };
            let html = state.views.page(
                "applications/bulk",
                &page.layout(
                    crate::i18n::text(page.lang, "applications-bulk-nothing-done"),
                    "applications",
                ),
                &view,
            )?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response());
        }
    };
    if selection.action == BulkAction::Export {
        return export(&state, &caller, selection.ids).await;
    }
    let answer = run(&state, &caller, &selection).await?;
    let count = answer.results.len();
    let (done, refused): (Vec<_>, Vec<_>) = answer.results.into_iter().partition(|r| r.done);
    let view = SummaryView {
        done_count: done.len(),
        refused_count: refused.len(),
        action: selection.action.label_in(page.lang).into_owned(),
        done: done.into_iter().map(ResultView::from).collect(),
        refused: refused.into_iter().map(ResultView::from).collect(),
        count,
        errors: BTreeMap::new(),
    };
    let title = crate::i18n::format(
        page.lang,
        "applications-bulk-title",
        &[
            ("action", view.action.clone().into()),
            ("done", view.done.len().into()),
            ("count", count.into()),
        ],
    );
    let html = state.views.page(
        "applications/bulk",
        &page.layout(title, "applications"),
        &view,
    )?;
    Ok(html.into_response())
}

/// The selection as the list's CSV export: the same columns, and the same redaction of records
/// concerning marked states (no reveal from a form of the list).
async fn export(state: &AppState, user: &CurrentUser, ids: Vec<i64>) -> Result<Response, AppError> {
    policy::authorize(user, Action::ExportApplications)?;
    let redaction = crate::sensitivity::Redaction::for_export(
        &state.db,
        user,
        "applications.csv",
        &crate::sensitivity::RevealParams::default(),
    )
    .await?;
    let filter = Filter {
        ids: Some(ids),
        sort: list::SORTS[0].0,
        ..Filter::default()
    };
    let (db, scope) = (state.db.clone(), Scope::of(user));
    Ok(crate::web::csv::stream_csv_redacted(
        "applications.csv",
        &list::CSV_HEADER,
        redaction,
        move |after, limit| {
            let (db, filter) = (db.clone(), filter.clone());
            async move { list::batch(&db, scope, &filter, after, limit).await }
        },
    ))
}
