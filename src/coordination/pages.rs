//! The pages: the public form (`/coordinate`), its confirmation, the private status page, and
//! staff's list and record of requests.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::api::{self, ListParams};
use super::input::{Approach, Mode, RequestInput};
use super::notices::{Mail, state_name};
use super::transitions::{StepInput, status_of};
use super::views::{RequestItem, StatusItem};
use super::workflow::{Party, Step};
use crate::audit;
use crate::auth::CurrentUser;
use crate::auth::extract::ClientAddress;
use crate::auth::tokens;
use crate::choice::Choice;
use crate::error::{AppError, FieldErrors};
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::treaty::model::{Record, today};
use crate::treaty::status::TreatyStatus;
use crate::web::context::{PageContext, RequestId};
use crate::web::extract::Params;
use crate::web::flash::{Flash, FlashMessage};

#[derive(Serialize)]
struct StateOption {
    value: String,
    label: String,
    selected: bool,
}

#[derive(Serialize)]
struct StateGroup {
    label: &'static str,
    options: Vec<StateOption>,
}

/// The target list: first the states outside the Convention, then the States Parties.
fn state_groups(record: &Record, selected: &str, targets: bool) -> Vec<StateGroup> {
    let on = today();
    let (mut outside, mut parties) = (Vec::new(), Vec::new());
    for (state, history) in record.states() {
        let status = history.status_on(on);
        let option = StateOption {
            selected: state.iso3 == selected,
            label: if targets && status != TreatyStatus::StateParty {
                format!("{} ({})", state.name, status.label().to_lowercase())
            } else {
                state.name.clone()
            },
            value: state.iso3.clone(),
        };
        if status == TreatyStatus::StateParty {
            parties.push(option);
        } else {
            outside.push(option);
        }
    }
    if targets {
        vec![
            StateGroup {
                label: "States outside the Convention",
                options: outside,
            },
            StateGroup {
                label: "States Parties",
                options: parties,
            },
        ]
    } else {
        vec![
            StateGroup {
                label: "States Parties",
                options: parties,
            },
            StateGroup {
                label: "Other states",
                options: outside,
            },
        ]
    }
}

#[derive(Serialize, Default)]
struct FormValues {
    ministry: String,
    contact_name: String,
    contact_email: String,
    window_start: String,
    window_end: String,
    message: String,
    consent_to_share: bool,
}

#[derive(Serialize)]
struct FormView {
    requesting_states: Vec<StateGroup>,
    target_states: Vec<StateGroup>,
    approaches: Vec<Choice>,
    modes: Vec<Choice>,
    values: FormValues,
    idempotency_key: String,
    errors: std::collections::BTreeMap<String, String>,
    message_max: usize,
}

fn form_page(
    state: &AppState,
    page: &PageContext,
    record: &Record,
    input: &RequestInput,
    errors: &FieldErrors,
    status: StatusCode,
) -> Result<Response, AppError> {
    let v = |s: &Option<String>| s.clone().unwrap_or_default();
    let consent = matches!(
        &input.consent_to_share,
        Some(super::input::YesNo::Bool(true))
    ) || matches!(&input.consent_to_share, Some(super::input::YesNo::Text(t)) if !t.is_empty() && t != "no" && t != "false");
    let view = FormView {
        requesting_states: state_groups(record, &v(&input.requesting_state), false),
        target_states: state_groups(record, &v(&input.target_state), true),
        approaches: Approach::options(&v(&input.approach)),
        modes: Mode::options(input.mode.as_deref().unwrap_or("joint")),
        values: FormValues {
            ministry: v(&input.ministry),
            contact_name: v(&input.contact_name),
            contact_email: v(&input.contact_email),
            window_start: v(&input.window_start),
            window_end: v(&input.window_end),
            message: v(&input.message),
            consent_to_share: consent,
        },
        // A form sent again after an error keeps its key: it is still the same request.
        idempotency_key: input
            .idempotency_key
            .clone()
            .filter(|k| !k.is_empty())
            .unwrap_or_else(tokens::random_secret),
        errors: errors.first_of_each(),
        message_max: super::input::MESSAGE_MAX,
    };
    let html = state.views.page(
        "coordination/form",
        &page.layout("Coordinate an approach with ICBL", "coordinate"),
        &view,
    )?;
    Ok((status, html).into_response())
}

pub async fn show_form(
    State(state): State<AppState>,
    page: PageContext,
) -> Result<Response, AppError> {
    let record = state.treaty_record.record(&state.db).await?;
    form_page(
        &state,
        &page,
        &record,
        &RequestInput::default(),
        &FieldErrors::new(),
        StatusCode::OK,
    )
}

#[derive(Serialize)]
struct ConfirmationView {
    reference: String,
    status_url: String,
    status_path: String,
    target: String,
    contact_email: String,
    flags_note: bool,
}

#[derive(Serialize)]
struct LimitView {
    per_hour: u32,
}

pub async fn submit_form(
    State(state): State<AppState>,
    page: PageContext,
    address: ClientAddress,
    RequestId(request_id): RequestId,
    Form(input): Form<RequestInput>,
) -> Result<Response, AppError> {
    let key = input.key(None);
    match api::submit(&state, address, request_id, key, &input).await {
        Ok(done) => {
            let record = state.treaty_record.record(&state.db).await?;
            let mail = Mail::from(&state);
            let view = ConfirmationView {
                reference: done.request.reference.clone(),
                status_url: mail.status_url(&done.token),
                status_path: format!("/coordinate/status/{}", done.token),
                target: state_name(&record, &done.request.target_state),
                contact_email: done.request.contact_email.clone(),
                flags_note: !done.flags.is_empty(),
            };
            let status = if done.replay {
                StatusCode::OK
            } else {
                StatusCode::CREATED
            };
            let html = state.views.page(
                "coordination/received",
                &page.layout(format!("Request {} received", view.reference), "coordinate"),
                &view,
            )?;
            Ok((status, html).into_response())
        }
        Err(AppError::Validation(errors)) => {
            let record = state.treaty_record.record(&state.db).await?;
            form_page(
                &state,
                &page,
                &record,
                &input,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(AppError::RateLimited) => {
            let html = state.views.page(
                "coordination/limited",
                &page.layout("Too many requests", "coordinate"),
                &LimitView {
                    per_hour: state.settings.coordination.requests_per_hour,
                },
            )?;
            Ok((
                StatusCode::TOO_MANY_REQUESTS,
                [(axum::http::header::RETRY_AFTER, "3600")],
                html,
            )
                .into_response())
        }
        Err(other) => Err(other),
    }
}

#[derive(Serialize)]
struct StatusPageView {
    request: StatusItem,
    requesting: String,
    target: String,
    token: String,
}

pub async fn show_status(
    State(state): State<AppState>,
    page: PageContext,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let r = super::model::by_token(&state.db, &token).await?;
    let record = state.treaty_record.record(&state.db).await?;
    let view = StatusPageView {
        request: api::status_of(&state.db, &r).await?,
        requesting: state_name(&record, &r.requesting_state),
        target: state_name(&record, &r.target_state),
        token,
    };
    let html = state.views.page(
        "coordination/status",
        &page.layout(format!("Request {}", r.reference), "coordinate"),
        &view,
    )?;
    // The link is the key: keep it out of other sites' logs and shared caches.
    Ok((
        [
            (axum::http::header::CACHE_CONTROL, "no-store"),
            (axum::http::header::REFERRER_POLICY, "no-referrer"),
        ],
        html,
    )
        .into_response())
}

pub async fn withdraw_form(
    State(state): State<AppState>,
    RequestId(request_id): RequestId,
    Path(token): Path<String>,
    flash: Flash,
) -> Result<Response, AppError> {
    let to = format!("/coordinate/status/{token}");
    match api::withdraw(&state, request_id, &token).await {
        Ok(_) => Ok(flash.redirect(&FlashMessage::success("Your request is withdrawn."), &to)),
        Err(AppError::Conflict(message)) => Ok(flash.redirect(
            &FlashMessage::warning(format!("Not withdrawn: {message}.")),
            &to,
        )),
        Err(other) => Err(other),
    }
}

// Staff pages

#[derive(Serialize)]
struct RowView {
    item: RequestItem,
    status_label: &'static str,
    reasons: Vec<&'static str>,
}

#[derive(Serialize)]
struct ListView {
    rows: Vec<RowView>,
    total: u64,
    statuses: Vec<Choice>,
    target_state: String,
    previous: Option<String>,
    next: Option<String>,
}

fn row(item: RequestItem) -> RowView {
    let status_label = item
        .status
        .parse::<super::workflow::Status>()
        .map_or("", |s| s.label());
    RowView {
        reasons: item
            .flags
            .iter()
            .filter(|f| f.resolved_at.is_none())
            .map(|f| f.label)
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
    let (items, total) = api::page(&state.db, &filter, pagination).await?;
    let link = |p: u64| {
        let mut query = form_urlencoded::Serializer::new(String::new());
        if let Some(s) = filter.status {
            query.append_pair("status", s.as_str());
        }
        if let Some(t) = &filter.target_state {
            query.append_pair("target_state", t);
        }
        query.append_pair("page", &p.to_string());
        format!("/coordination-requests?{}", query.finish())
    };
    let view = ListView {
        rows: items.into_iter().map(row).collect(),
        total,
        statuses: super::workflow::Status::options(filter.status.map_or("", |s| s.as_str())),
        target_state: filter.target_state.clone().unwrap_or_default(),
        previous: (pagination.page > 1).then(|| link(pagination.page - 1)),
        next: (pagination.offset() + pagination.per_page < total)
            .then(|| link(pagination.page + 1)),
    };
    let html = state.views.page(
        "coordination/list",
        &page.layout("Coordination requests", "coordination"),
        &view,
    )?;
    Ok(html.into_response())
}

#[derive(Serialize)]
struct StepButton {
    step: &'static str,
    label: &'static str,
    needs_message: bool,
}

#[derive(Serialize)]
struct DetailView {
    item: RequestItem,
    status: StatusItem,
    requesting: String,
    target: String,
    approach_label: &'static str,
    steps: Vec<StepButton>,
    timeline: Vec<TimelineLine>,
}

#[derive(Serialize)]
struct TimelineLine {
    when: String,
    actor: String,
    action: String,
}

pub async fn show_request(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ManageCoordination)?;
    let r = super::model::get(&state.db, id).await?;
    let record = state.treaty_record.record(&state.db).await?;
    let status = api::status_of(&state.db, &r).await?;
    let steps = status_of(&r)
        .steps()
        .filter(|s| s.party() == Party::Staff)
        .map(|s| StepButton {
            step: s.as_str(),
            label: s.label(),
            needs_message: s == Step::Decline,
        })
        .collect();
    let timeline = audit::timeline(&state.db, crate::flags::ON_REQUEST, r.id, 50)
        .await?
        .into_iter()
        .map(|e| TimelineLine {
            when: crate::views::instant_in(e.occurred_at, user.time_zone),
            actor: e.actor,
            action: e.action.replace('_', " "),
        })
        .collect();
    let view = DetailView {
        requesting: state_name(&record, &r.requesting_state),
        target: state_name(&record, &r.target_state),
        approach_label: r.approach.parse::<Approach>().map_or("", Approach::label),
        item: api::item(&state.db, r.clone()).await?,
        status,
        steps,
        timeline,
    };
    let html = state.views.page(
        "coordination/show",
        &page.layout(
            format!("Coordination request {}", r.reference),
            "coordination",
        ),
        &view,
    )?;
    Ok(html.into_response())
}

pub async fn take_step_form(
    State(state): State<AppState>,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    Path((id, step)): Path<(i64, String)>,
    flash: Flash,
    Form(input): Form<StepInput>,
) -> Result<Response, AppError> {
    let to = format!("/coordination-requests/{id}");
    let step = step
        .parse::<Step>()
        .ok()
        .filter(|s| s.party() == Party::Staff)
        .ok_or_else(|| AppError::not_found("there is no such step"))?;
    match api::take_step(&state, &user, request_id, id, step, &input).await {
        Ok(r) => Ok(flash.redirect(
            &FlashMessage::success(format!(
                "{} is now {}.",
                r.reference,
                status_of(&r).label().to_lowercase()
            )),
            &to,
        )),
        Err(AppError::Conflict(message)) => {
            Ok(flash.redirect(&FlashMessage::warning(format!("Not done: {message}.")), &to))
        }
        Err(AppError::Validation(errors)) => Ok(flash.redirect(
            &FlashMessage::warning(format!(
                "Not done: {}.",
                errors.first("message").unwrap_or("check the message")
            )),
            &to,
        )),
        Err(other) => Err(other),
    }
}

pub async fn message_form(
    State(state): State<AppState>,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    Path(id): Path<i64>,
    flash: Flash,
    Form(input): Form<StepInput>,
) -> Result<Response, AppError> {
    let to = format!("/coordination-requests/{id}");
    match api::message(&state, &user, request_id, id, &input).await {
        Ok(_) => Ok(flash.redirect(
            &FlashMessage::success("Message left on the status page and emailed to the requester."),
            &to,
        )),
        Err(AppError::Validation(errors)) => Ok(flash.redirect(
            &FlashMessage::warning(format!(
                "Not sent: the message {}.",
                errors.first("message").unwrap_or("is not valid")
            )),
            &to,
        )),
        Err(other) => Err(other),
    }
}
