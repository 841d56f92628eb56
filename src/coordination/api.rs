//! `/api/v1/coordination-requests`: the public submission and status, and staff's list, record
//! and steps.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use serde::{Deserialize, Serialize};

use super::input::RequestInput;
use super::model::{self, Origin, Submitted};
use super::notices::Mail;
use super::transitions::{self, StepInput};
use super::views::{RequestItem, StatusItem};
use super::workflow::{Status, Step};
use crate::audit::Actor;
use crate::auth::CurrentUser;
use crate::auth::extract::ClientAddress;
use crate::entities::{coordination_request as request, coordination_step};
use crate::error::{AppError, FieldErrors};
use crate::flags;
use crate::pagination::{ListBody, Pagination};
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::treaty::model::today;
use crate::web::context::RequestId;
use crate::web::extract::{JsonBody, Params};

/// What a submission answers.
#[derive(Serialize)]
pub struct Receipt {
    pub reference: String,
    pub status_url: String,
    pub status: String,
    pub flags: Vec<String>,
}

/// Checks and records a submission from the form or the API: the shared body of both.
pub async fn submit(
    state: &AppState,
    address: ClientAddress,
    request_id: Option<String>,
    key: Option<String>,
    input: &RequestInput,
) -> Result<Submitted, AppError> {
    let record = state.treaty_record.record(&state.db).await?;
    let values = input
        .parse(&record, today())
        .map_err(AppError::Validation)?;
    let origin = Origin {
        counter_key: Origin::counter_key(address.0),
        per_hour: state.settings.coordination.requests_per_hour,
        actor: Actor::anonymous(request_id),
        secret: state.cookie_key.signing(),
    };
    model::submit(&state.db, Mail::from(state), &record, &origin, key, &values).await
}

pub async fn create_request(
    State(state): State<AppState>,
    address: ClientAddress,
    RequestId(request_id): RequestId,
    headers: HeaderMap,
    JsonBody(input): JsonBody<RequestInput>,
) -> Result<Response, AppError> {
    let header_key = headers.get("idempotency-key").and_then(|v| v.to_str().ok());
    let key = input.key(header_key);
    let done = submit(&state, address, request_id, key, &input).await?;
    let mail = Mail::from(&state);
    let receipt = Receipt {
        reference: done.request.reference.clone(),
        status_url: mail.status_url(&done.token),
        status: done.request.status.clone(),
        flags: done.flags.clone(),
    };
    let status = if done.replay {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    let location = format!("/api/v1/coordination-requests/status/{}", done.token);
    Ok((status, [(header::LOCATION, location)], Json(receipt)).into_response())
}

/// A request's status and steps, by its token.
pub async fn status_of<C: ConnectionTrait>(
    db: &C,
    r: &request::Model,
) -> Result<StatusItem, AppError> {
    let steps = coordination_step::Entity::find()
        .filter(coordination_step::Column::RequestId.eq(r.id))
        .order_by_asc(coordination_step::Column::Id)
        .all(db)
        .await?;
    Ok(StatusItem::new(r, steps))
}

pub async fn get_status(
    State(db): State<DatabaseConnection>,
    Path(token): Path<String>,
) -> Result<Json<StatusItem>, AppError> {
    let r = model::by_token(&db, &token).await?;
    Ok(Json(status_of(&db, &r).await?))
}

/// The requester withdraws its request, through its private link.
pub async fn withdraw_by_token(
    State(state): State<AppState>,
    RequestId(request_id): RequestId,
    Path(token): Path<String>,
) -> Result<Json<StatusItem>, AppError> {
    let updated = withdraw(&state, request_id, &token).await?;
    Ok(Json(status_of(&state.db, &updated).await?))
}

pub async fn withdraw(
    state: &AppState,
    request_id: Option<String>,
    token: &str,
) -> Result<request::Model, AppError> {
    let txn = crate::db::begin_write(&state.db).await?;
    let found = model::by_token(&txn, token).await?;
    let locked = crate::db::get_for_update::<crate::entities::coordination_request::Entity, _>(
        &txn,
        found.id,
        "coordination request",
    )
    .await?;
    let actor = Actor {
        id: None,
        label: format!("requester of {}", locked.reference),
        request_id,
    };
    let updated = transitions::take(
        &txn,
        Mail::from(state),
        state.cookie_key.signing(),
        &actor,
        locked,
        Step::Withdraw,
        &StepInput::default(),
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

/// The staff list's filters.
#[derive(Debug, Default, Deserialize)]
pub struct ListParams {
    pub status: Option<String>,
    pub target_state: Option<String>,
    pub page: Option<String>,
    pub per_page: Option<String>,
}

#[derive(Debug, Default)]
pub struct Filter {
    pub status: Option<Status>,
    pub target_state: Option<String>,
}

impl ListParams {
    pub fn parse(&self) -> Result<(Filter, Pagination), FieldErrors> {
        let mut errors = FieldErrors::new();
        let status = self
            .status
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .and_then(|s| {
                s.parse::<Status>()
                    .map_err(|m| errors.add("status", m))
                    .ok()
            });
        let target_state = self
            .target_state
            .as_deref()
            .map(|s| s.trim().to_ascii_uppercase())
            .filter(|s| !s.is_empty());
        let pagination =
            Pagination::parse(&mut errors, self.page.as_deref(), self.per_page.as_deref());
        errors.into_result((
            Filter {
                status,
                target_state,
            },
            pagination,
        ))
    }
}

/// A page of requests, newest first, with their flags (two queries).
pub async fn page<C: ConnectionTrait>(
    db: &C,
    filter: &Filter,
    pagination: Pagination,
) -> Result<(Vec<RequestItem>, u64), AppError> {
    let mut query = request::Entity::find();
    if let Some(status) = filter.status {
        query = query.filter(request::Column::Status.eq(status.as_str()));
    }
    if let Some(target) = &filter.target_state {
        query = query.filter(request::Column::TargetState.eq(target.as_str()));
    }
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_desc(request::Column::Id)
        .offset(pagination.offset())
        .limit(pagination.per_page)
        .all(db)
        .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut all_flags = flags::on_records(db, flags::ON_REQUEST, &ids).await?;
    let items = rows
        .into_iter()
        .map(|r| {
            let (mine, rest): (Vec<_>, Vec<_>) =
                all_flags.drain(..).partition(|f| f.entity_id == r.id);
            all_flags = rest;
            RequestItem::new(r, mine)
        })
        .collect();
    Ok((items, total))
}

pub async fn list_requests(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<ListParams>,
) -> Result<Json<ListBody<RequestItem>>, AppError> {
    policy::authorize(&user, Action::ManageCoordination)?;
    let (filter, pagination) = params.parse().map_err(AppError::bad_request)?;
    let (items, total) = page(&db, &filter, pagination).await?;
    Ok(Json(ListBody::new(items, pagination, total)))
}

/// One request with its flags, for staff.
pub async fn item<C: ConnectionTrait>(db: &C, r: request::Model) -> Result<RequestItem, AppError> {
    let flags = flags::on_records(db, flags::ON_REQUEST, &[r.id]).await?;
    Ok(RequestItem::new(r, flags))
}

pub async fn get_request(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<RequestItem>, AppError> {
    policy::authorize(&user, Action::ManageCoordination)?;
    let r = model::get(&db, id).await?;
    Ok(Json(item(&db, r).await?))
}

/// Takes a staff step in one transaction: the shared body of the step handlers and pages.
pub async fn take_step(
    state: &AppState,
    user: &CurrentUser,
    request_id: Option<String>,
    id: i64,
    step: Step,
    input: &StepInput,
) -> Result<request::Model, AppError> {
    policy::authorize(user, Action::ManageCoordination)?;
    let txn = crate::db::begin_write(&state.db).await?;
    let locked = crate::db::get_for_update::<crate::entities::coordination_request::Entity, _>(
        &txn,
        id,
        "coordination request",
    )
    .await?;
    let updated = transitions::take(
        &txn,
        Mail::from(state),
        state.cookie_key.signing(),
        &Actor::user(user, request_id),
        locked,
        step,
        input,
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}

async fn step_answer(
    state: AppState,
    user: CurrentUser,
    request_id: Option<String>,
    id: i64,
    step: Step,
    input: StepInput,
) -> Result<Json<RequestItem>, AppError> {
    let updated = take_step(&state, &user, request_id, id, step, &input).await?;
    Ok(Json(item(&state.db, updated).await?))
}

macro_rules! step_handler {
    ($name:ident, $step:expr) => {
        pub async fn $name(
            State(state): State<AppState>,
            user: CurrentUser,
            RequestId(request_id): RequestId,
            Path(id): Path<i64>,
            JsonBody(input): JsonBody<StepInput>,
        ) -> Result<Json<RequestItem>, AppError> {
            step_answer(state, user, request_id, id, $step, input).await
        }
    };
}

step_handler!(acknowledge_request, Step::Acknowledge);
step_handler!(coordinate_request, Step::Coordinate);
step_handler!(agree_request, Step::Agree);
step_handler!(complete_request, Step::Complete);
step_handler!(decline_request, Step::Decline);

/// Leaves a message for the requester, in one transaction.
pub async fn message(
    state: &AppState,
    user: &CurrentUser,
    request_id: Option<String>,
    id: i64,
    input: &StepInput,
) -> Result<request::Model, AppError> {
    policy::authorize(user, Action::ManageCoordination)?;
    let txn = crate::db::begin_write(&state.db).await?;
    let locked = crate::db::get_for_update::<crate::entities::coordination_request::Entity, _>(
        &txn,
        id,
        "coordination request",
    )
    .await?;
    transitions::leave_message(
        &txn,
        Mail::from(state),
        state.cookie_key.signing(),
        &Actor::user(user, request_id),
        &locked,
        input,
    )
    .await?;
    txn.commit().await?;
    Ok(locked)
}

pub async fn post_message(
    State(state): State<AppState>,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<StepInput>,
) -> Result<Response, AppError> {
    let r = message(&state, &user, request_id, id, &input).await?;
    Ok((StatusCode::CREATED, Json(status_of(&state.db, &r).await?)).into_response())
}
