//! `/api/v1/coordination-requests`: the public submission and status, and staff's list, record
//! and steps.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::DatabaseConnection;
use serde::Serialize;

use super::commands;
use super::input::RequestInput;
use super::queries::{self, ListParams};
use super::token;
use super::transitions::StepInput;
use super::views::{RequestItem, StatusItem};
use super::workflow::{Status, Step};
use crate::auth::extract::ClientAddress;
use crate::auth::{Caller, CurrentUser};
use crate::db::get;
use crate::entities::coordination_request as request;
use crate::error::AppError;
use crate::notify::Mail;
use crate::pagination::ListBody;
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::RequestId;
use crate::web::extract::{JsonBody, Params, StepOf};

/// What a submission answers.
#[derive(Serialize)]
pub struct Receipt {
    pub reference: String,
    pub status_url: String,
    pub status: Status,
    pub flags: Vec<String>,
}

pub async fn create_request(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    RequestId(request_id): RequestId,
    headers: HeaderMap,
    JsonBody(input): JsonBody<RequestInput>,
) -> Result<Response, AppError> {
    let header_key = headers.get("idempotency-key").and_then(|v| v.to_str().ok());
    let key = input.key(header_key);
    let done = commands::submit(&state, address, request_id, key, &input).await?;
    let receipt = Receipt {
        reference: done.request.reference.clone(),
        status_url: Mail::from(&state).status_url(&done.token),
        status: done.request.status,
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

pub async fn get_status(
    State(db): State<DatabaseConnection>,
    Path(token): Path<String>,
) -> Result<Json<StatusItem>, AppError> {
    let r = token::by_token(&db, &token).await?;
    Ok(Json(queries::status_item(&db, &r).await?))
}

/// The requester withdraws its request, through its private link.
pub async fn withdraw_by_token(
    State(state): State<AppState>,
    RequestId(request_id): RequestId,
    Path(token): Path<String>,
) -> Result<Json<StatusItem>, AppError> {
    let updated = commands::withdraw(&state, request_id, &token).await?;
    Ok(Json(queries::status_item(&state.db, &updated).await?))
}

pub async fn list_requests(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<ListParams>,
) -> Result<Json<ListBody<RequestItem>>, AppError> {
    policy::authorize(&user, Action::ManageCoordination)?;
    let (filter, pagination) = params.parse().map_err(AppError::bad_request)?;
    let (items, total) = queries::page(&db, &filter, pagination).await?;
    Ok(Json(ListBody::new(items, pagination, total)))
}

pub async fn get_request(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<RequestItem>, AppError> {
    policy::authorize(&user, Action::ManageCoordination)?;
    let r = get::<request::Entity, _>(&db, id, "coordination request").await?;
    Ok(Json(queries::item(&db, r).await?))
}

/// Every staff step (`/acknowledge`, `/coordinate`, `/agree`, `/complete`, `/decline`): the step
/// is the last segment of the route's path.
pub async fn take_step(
    State(state): State<AppState>,
    caller: Caller,
    StepOf(step): StepOf<Step>,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<StepInput>,
) -> Result<Json<RequestItem>, AppError> {
    let updated = commands::take_step(&state, &caller, id, step, &input).await?;
    Ok(Json(queries::item(&state.db, updated).await?))
}

pub async fn post_message(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<StepInput>,
) -> Result<Response, AppError> {
    let r = commands::leave_message(&state, &caller, id, &input).await?;
    let body = queries::status_item(&state.db, &r).await?;
    Ok((StatusCode::CREATED, Json(body)).into_response())
}
