//! Staff's pages of coordination requests: the filtered list and its CSV export, a request's
//! record with its timeline, the steps it can take and its thread with the requester (whose form
//! is `threads::pages`), and the forms that take a step or share the request.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::audit;
use crate::auth::{Caller, CurrentUser};
use crate::coordination::commands;
use crate::coordination::notices::state_name_in;
use crate::coordination::queries::{self, ListParams};
use crate::coordination::transitions::StepInput;
use crate::coordination::views::{RequestItem, StatusItem};
use crate::coordination::workflow::{Party, Status, Step};
use crate::db::get;
use crate::entities::coordination_request as request;
use crate::error::AppError;
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::csv::{CsvRow, stream_csv_redacted};
use crate::web::extract::Params;
use crate::web::flash::{Flash, FlashMessage};

#[derive(Serialize)]
struct RowView {
    item: RequestItem,
    status_label: String,
    /// "Norway → Azerbaijan".
    states: String,
    reasons: Vec<String>,
}

#[derive(Serialize)]
struct ListView {
    rows: Vec<RowView>,
    total: u64,
    statuses: Vec<crate::choice::OptionView>,
    /// The state chooser: names, submitting the ISO3 code.
    states: Vec<crate::choice::OptionView>,
    previous: Option<String>,
    next: Option<String>,
    /// The CSV export of the list, with its filters.
    export: String,
}

fn row(
    lang: crate::i18n::Lang,
    item: RequestItem,
    names: &std::collections::HashMap<String, String>,
) -> RowView {
    let status_label = item.status.label_in(lang).into_owned();
    RowView {
        states: crate::web::names::states_pair(names, &item.requesting_state, &item.target_state),
        reasons: item
            .flags
            .iter()
            .filter(|f| f.resolved_at.is_none())
            .map(|f| f.reason.label_in(lang).into_owned())
            .collect(),
        status_label,
        item,
    }
}

pub async fn list_requests(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Params(params): Params<ListParams>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ManageCoordination)?;
    let (filter, pagination) = params.parse().map_err(AppError::bad_request)?;
    let (items, total) = queries::page(&state.db, &filter, pagination).await?;
    // The filters, and the page when there is one.
    let query = |p: Option<u64>| {
        let mut query = form_urlencoded::Serializer::new(String::new());
        if let Some(s) = filter.status {
            query.append_pair("status", s.as_str());
        }
        if let Some(t) = &filter.target_state {
            query.append_pair("target_state", t);
        }
        if let Some(p) = p {
            query.append_pair("page", &p.to_string());
        }
        query.finish()
    };
    let link = |p: u64| format!("/coordination-requests?{}", query(Some(p)));
    let names = crate::web::names::state_names(&state).await?;
    let view = ListView {
        rows: items
            .into_iter()
            .map(|item| row(page.lang, item, &names))
            .collect(),
        total,
        statuses: Status::options_in(page.lang, filter.status.map_or("", |s| s.as_str())),
        states: crate::web::names::state_options(&state, filter.target_state.as_deref()).await?,
        previous: (pagination.page > 1).then(|| link(pagination.page - 1)),
        next: (pagination.offset() + pagination.per_page < total)
            .then(|| link(pagination.page + 1)),
        export: format!("/coordination-requests.csv?{}", query(None)),
    };
    let html = state.views.page(
        "coordination/list",
        &page.layout(
            crate::i18n::text(page.lang, "coordination-list-title"),
            "coordination",
        ),
        &view,
    )?;
    Ok(html.into_response())
}

impl CsvRow for queries::ExportRow {
    fn id(&self) -> i64 {
        self.id
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.reference.clone(),
            self.requesting_state.clone(),
            self.target_state.clone(),
            self.approach.as_str().to_owned(),
            self.mode.as_str().to_owned(),
            self.status.as_str().to_owned(),
            self.window_start.to_string(),
            self.window_end.to_string(),
            self.received_at.to_rfc3339(),
        ]
    }

    fn concerns(&self) -> (Option<&str>, Option<i64>) {
        (Some(&self.target_state), None)
    }

    /// Who plans what, and when: the requesting state, the approach, its mode and window.
    fn named_cells(&self) -> &'static [usize] {
        &[2, 4, 5, 7, 8]
    }
}

/// The requests the list's filters match, as CSV, with what the list shows of them: no
/// contact details.
pub async fn export_requests(
    State(state): State<AppState>,
    user: CurrentUser,
    Params(params): Params<ListParams>,
    Params(reveal): Params<crate::sensitivity::RevealParams>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ManageCoordination)?;
    let (filter, _) = params.parse().map_err(AppError::bad_request)?;
    let redaction = crate::sensitivity::Redaction::for_export(
        &state.db,
        &user,
        "coordination-requests.csv",
        &reveal,
    )
    .await?;
    let db = state.db;
    Ok(stream_csv_redacted(
        "coordination-requests.csv",
        &[
            "id",
            "reference",
            "requesting_state",
            "target_state",
            "approach",
            "mode",
            "status",
            "window_start",
            "window_end",
            "received_at",
        ],
        redaction,
        move |after, limit| {
            let (db, filter) = (db.clone(), filter.clone());
            async move { queries::batch(&db, &filter, after, limit).await }
        },
    ))
}

#[derive(Serialize)]
struct StepButton {
    step: &'static str,
    label: String,
    needs_message: bool,
    /// The message as typed, when this step's form was refused.
    typed: String,
    /// Why the message was refused (next to it), or why the step was not taken (next to its
    /// button).
    error: Option<String>,
    conflict: Option<String>,
}

#[derive(Serialize)]
struct DetailView {
    /// When the request targets a sensitive or high-risk state.
    sensitivity_banner: Option<&'static str>,
    item: RequestItem,
    status: StatusItem,
    requesting: String,
    target: String,
    /// The status, and the steps the requester sees, in the page's language.
    status_label: String,
    steps_seen: Vec<SeenStep>,
    approach_label: String,
    mode_label: String,
    steps: Vec<StepButton>,
    /// Its flags, with the records they point to named and linked.
    flags: Vec<FlagView>,
    timeline: Vec<TimelineLine>,
    /// When staff shared it with the members, for people.
    shared_when: Option<String>,
    /// Whether staff may share it now: consented, open, not yet shared.
    can_share: bool,
    /// Why it was not shared, when its form was refused.
    share_error: Option<String>,
    /// Why a step was not taken, when its form is no longer on the page.
    steps_error: Option<String>,
    /// The conversation with the requester, and staff's notes.
    conversation: crate::threads::pages::ThreadBlock,
}

/// A step of the request as the requester sees it, in the page's language.
#[derive(Serialize)]
struct SeenStep {
    label: Option<String>,
    message: Option<String>,
    when: String,
}

#[derive(Serialize)]
struct TimelineLine {
    when: String,
    actor: String,
    action: String,
}

/// A form of the request's page that was refused, shown again with why.
#[derive(Default)]
struct Retry {
    /// A message its thread's form could not send (422).
    thread: Option<crate::threads::pages::Refused>,
    /// A step its form could not take.
    step: Option<StepRefusal>,
    /// Why the request could not be shared (409).
    share: Option<String>,
}

/// A step refused: which, the message as typed, and why.
struct StepRefusal {
    step: Step,
    typed: String,
    why: String,
    /// Whether `why` is about the message (422) rather than the step itself (409).
    at_field: bool,
}

impl Retry {
    fn status(&self) -> StatusCode {
        match &self.step {
            Some(s) if s.at_field => StatusCode::UNPROCESSABLE_ENTITY,
            Some(_) => StatusCode::CONFLICT,
            None if self.share.is_some() => StatusCode::CONFLICT,
            None if self.thread.is_some() => StatusCode::UNPROCESSABLE_ENTITY,
            None => StatusCode::OK,
        }
    }
}

pub async fn show_request(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    request_page(&state, &page, &user, id, Retry::default()).await
}

/// The request's page; with `refused`, a message its thread's form could not send (422).
pub async fn render_request(
    state: &AppState,
    page: &PageContext,
    user: &CurrentUser,
    id: i64,
    refused: Option<crate::threads::pages::Refused>,
) -> Result<Response, AppError> {
    let retry = Retry {
        thread: refused,
        ..Retry::default()
    };
    request_page(state, page, user, id, retry).await
}

/// The request's page, with the form `retry` holds shown again with why it was refused.
async fn request_page(
    state: &AppState,
    page: &PageContext,
    user: &CurrentUser,
    id: i64,
    mut retry: Retry,
) -> Result<Response, AppError> {
    policy::authorize(user, Action::ManageCoordination)?;
    let lang = page.lang;
    let r = get::<request::Entity, _>(&state.db, id, "coordination request").await?;
    let sensitivity_banner = crate::sensitivity::on_read(
        &state.db,
        user,
        "coordination_request",
        r.id,
        "page",
        Some(&r.target_state),
        None,
    )
    .await?;
    let record = state.treaty_record.record(&state.db).await?;
    let status = queries::status_item(&state.db, &r).await?;
    let status_code = retry.status();
    let mut steps: Vec<StepButton> = r
        .status
        .steps()
        .filter(|s| s.party() == Party::Staff)
        .map(|s| StepButton {
            step: s.as_str(),
            label: s.label_in(lang).into_owned(),
            needs_message: s == Step::Decline,
            typed: String::new(),
            error: None,
            conflict: None,
        })
        .collect();
    // A refused step goes back to its form, when the page still offers it.
    let mut steps_error = None;
    if let Some(refused) = retry.step.take() {
        match steps.iter_mut().find(|b| b.step == refused.step.as_str()) {
            Some(button) => {
                button.typed = refused.typed;
                if refused.at_field {
                    button.error = Some(refused.why);
                } else {
                    button.conflict = Some(refused.why);
                }
            }
            None => steps_error = Some(refused.why),
        }
    }
    let timeline = audit::timeline(&state.db, crate::flags::ON_REQUEST.as_str(), r.id, 50)
        .await?
        .into_iter()
        .map(|e| TimelineLine {
            when: crate::views::instant_in(e.occurred_at, user.time_zone),
            actor: e.actor_name.unwrap_or(e.actor),
            action: history_action(lang, &e.action),
        })
        .collect();
    let item = queries::item(&state.db, r.clone()).await?;
    let flags = flag_views(&state.db, lang, &item.flags).await?;
    let steps_seen = status
        .steps
        .iter()
        .map(|s| SeenStep {
            label: s.status.map(|st| st.label_in(lang).into_owned()),
            message: s.message.clone(),
            when: s.when.clone(),
        })
        .collect();
    let view = DetailView {
        sensitivity_banner,
        shared_when: r
            .shared_at
            .map(|at| crate::views::instant_in(at, user.time_zone)),
        can_share: r.consent_to_share && r.shared_at.is_none() && r.status.is_open(),
        share_error: retry.share,
        steps_error,
        conversation: {
            let mut block = crate::threads::pages::block(
                state,
                user,
                crate::threads::RecordKind::CoordinationRequest,
                r.id,
            )
            .await?;
            block.refused(retry.thread.as_ref());
            block
        },
        requesting: state_name_in(&record, lang, &r.requesting_state),
        target: state_name_in(&record, lang, &r.target_state),
        status_label: r.status.label_in(lang).into_owned(),
        steps_seen,
        approach_label: r.approach.label_in(lang).into_owned(),
        mode_label: r.mode.label_in(lang).into_owned(),
        item,
        flags,
        status,
        steps,
        timeline,
    };
    let html = state.views.page(
        "coordination/show",
        &page.layout(
            crate::i18n::format(
                lang,
                "coordination-show-title",
                &[("reference", r.reference.clone().into())],
            ),
            "coordination",
        ),
        &view,
    )?;
    Ok((status_code, html).into_response())
}

/// An audit action of the request's history in `lang`: the catalogue's words for the request's
/// own actions (`coordination-history-coordination-request-received`), else the code in words.
fn history_action(lang: crate::i18n::Lang, action: &str) -> String {
    let id = format!("coordination-history-{}", action.replace('_', "-"));
    crate::i18n::catalog::try_format(lang, &id, None).unwrap_or_else(|| {
        crate::i18n::phrases::translate(lang, &crate::web::names::humanize(action)).into_owned()
    })
}

/// `POST /coordination-requests/{id}/steps/{step}`: takes a step. Refused, the request's page
/// comes back saying why: a message the step cannot take at its field, the message kept (422), a
/// step the request cannot take now next to its button (409).
pub async fn take_step_form(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    Path((id, step)): Path<(i64, String)>,
    flash: Flash,
    Form(input): Form<StepInput>,
) -> Result<Response, AppError> {
    let lang = page.lang;
    // The page route names the step as a path parameter; staff's steps only (see the command).
    let step = step
        .parse::<Step>()
        .map_err(|_| AppError::not_found("there is no such step"))?;
    let (why, at_field) = match commands::take_step(&state, &caller, id, step, &input).await {
        Ok(r) => {
            return Ok(flash.redirect(
                &FlashMessage::success(crate::i18n::format(
                    lang,
                    "coordination-show-now",
                    &[
                        ("reference", r.reference.clone().into()),
                        ("status", r.status.label_in(lang).to_lowercase().into()),
                    ],
                )),
                &format!("/coordination-requests/{id}"),
            ));
        }
        Err(AppError::Conflict(message)) => (
            crate::i18n::format(
                lang,
                "coordination-show-not-done",
                &[("reason", reason_in(lang, &message).into())],
            ),
            false,
        ),
        Err(AppError::Validation(errors)) => (
            crate::error::sentence("message", errors.first("message").unwrap_or("is not valid")),
            true,
        ),
        Err(other) => return Err(other),
    };
    let retry = Retry {
        step: Some(StepRefusal {
            step,
            typed: input.message.unwrap_or_default(),
            why,
            at_field,
        }),
        ..Retry::default()
    };
    request_page(&state, &page, &caller, id, retry).await
}

/// `POST /coordination-requests/{id}/share`: staff share the request with the member
/// organizations concerned. Refused, the request's page comes back saying why, where the share
/// button is (409).
pub async fn share_form(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    Path(id): Path<i64>,
    flash: Flash,
    Form(_): Form<StepInput>,
) -> Result<Response, AppError> {
    let lang = page.lang;
    match commands::share(&state, &caller, id).await {
        Ok(_) => Ok(flash.redirect(
            &FlashMessage::success(crate::i18n::text(lang, "coordination-show-shared-done")),
            &format!("/coordination-requests/{id}"),
        )),
        Err(AppError::Conflict(reason)) => {
            let retry = Retry {
                share: Some(crate::i18n::format(
                    lang,
                    "coordination-show-not-shared-error",
                    &[("reason", reason_in(lang, &reason).into())],
                )),
                ..Retry::default()
            };
            request_page(&state, &page, &caller, id, retry).await
        }
        Err(other) => Err(other),
    }
}

/// A rule's reason in `lang`, without its full stop (a sentence of the catalogue ends it).
fn reason_in(lang: crate::i18n::Lang, reason: &str) -> String {
    crate::i18n::phrases::translate(lang, reason)
        .trim_end_matches('.')
        .to_owned()
}

/// A flag of the request's page: its reason, and the records it points to, by name.
#[derive(Serialize)]
struct FlagView {
    label: String,
    groups: Vec<LinkGroup>,
    resolved: bool,
    resolution_note: Option<String>,
}

/// Records of one kind a flag points to: "Members there: Nepal Campaign, …".
#[derive(Serialize)]
struct LinkGroup {
    heading: String,
    links: Vec<Link>,
}

#[derive(Serialize)]
struct Link {
    href: String,
    text: String,
}

/// A kind of record a flag may point to: its key in `related`, the heading of its links, the
/// path of its pages, the names of those pointed to, and what one is called without a name.
type RelatedKind<'a> = (
    &'a str,
    &'static str,
    &'a str,
    &'a std::collections::HashMap<i64, String>,
    &'a str,
);

/// The ids of kind `key` a flag's `related` lists.
fn related_ids(related: &serde_json::Value, key: &str) -> Vec<i64> {
    related
        .get(key)
        .and_then(serde_json::Value::as_array)
        .map(|ids| ids.iter().filter_map(serde_json::Value::as_i64).collect())
        .unwrap_or_default()
}

/// The flags with the records they point to named (organizations, campaigns, awards, other
/// requests): one query per kind, for every flag of the request at once.
async fn flag_views<C: sea_orm::ConnectionTrait>(
    db: &C,
    lang: crate::i18n::Lang,
    flags: &[crate::flags::FlagItem],
) -> Result<Vec<FlagView>, AppError> {
    use crate::entities::{award, campaign, organization};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
    use std::collections::HashMap;
    let all = |key: &str| -> Vec<i64> {
        flags
            .iter()
            .flat_map(|f| related_ids(&f.related, key))
            .collect()
    };
    let organizations: HashMap<i64, String> = organization::Entity::find()
        .select_only()
        .columns([organization::Column::Id, organization::Column::Name])
        .filter(organization::Column::Id.is_in(all("organizations")))
        .into_tuple::<(i64, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let campaigns: HashMap<i64, String> = campaign::Entity::find()
        .select_only()
        .columns([campaign::Column::Id, campaign::Column::Name])
        .filter(campaign::Column::Id.is_in(all("campaigns")))
        .into_tuple::<(i64, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let awards: HashMap<i64, String> = award::Entity::find()
        .select_only()
        .columns([award::Column::Id, award::Column::Reference])
        .filter(award::Column::Id.is_in(all("awards")))
        .into_tuple::<(i64, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let requests: HashMap<i64, String> = request::Entity::find()
        .select_only()
        .columns([request::Column::Id, request::Column::Reference])
        .filter(request::Column::Id.is_in(all("coordination_requests")))
        .into_tuple::<(i64, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let kinds: [RelatedKind<'_>; 4] = [
        (
            "organizations",
            "coordination-show-links-members",
            "/organizations",
            &organizations,
            "organization",
        ),
        (
            "campaigns",
            "coordination-show-links-campaigns",
            "/campaigns",
            &campaigns,
            "campaign",
        ),
        (
            "awards",
            "coordination-show-links-awards",
            "/awards",
            &awards,
            "award",
        ),
        (
            "coordination_requests",
            "coordination-show-links-overlapping",
            "/coordination-requests",
            &requests,
            "request",
        ),
    ];
    Ok(flags
        .iter()
        .map(|f| FlagView {
            label: f.reason.label_in(lang).into_owned(),
            groups: kinds
                .iter()
                .filter_map(|(key, heading, base, names, noun)| {
                    let statuses = (*key == "campaigns").then(|| {
                        f.related
                            .get("campaign_statuses")
                            .and_then(serde_json::Value::as_array)
                            .cloned()
                            .unwrap_or_default()
                    });
                    let links: Vec<Link> = related_ids(&f.related, key)
                        .into_iter()
                        .enumerate()
                        .map(|(i, id)| {
                            let name = names
                                .get(&id)
                                .cloned()
                                .unwrap_or_else(|| format!("{noun} {id}"));
                            let status = statuses
                                .as_ref()
                                .and_then(|s| s.get(i))
                                .and_then(serde_json::Value::as_str)
                                .map(|s| format!(" ({})", crate::web::names::humanize(s)))
                                .unwrap_or_default();
                            Link {
                                href: format!("{base}/{id}"),
                                text: format!("{name}{status}"),
                            }
                        })
                        .collect();
                    (!links.is_empty()).then(|| LinkGroup {
                        heading: crate::i18n::text(lang, heading),
                        links,
                    })
                })
                .collect(),
            resolved: f.resolved_at.is_some(),
            resolution_note: f.resolution_note.clone(),
        })
        .collect())
}
