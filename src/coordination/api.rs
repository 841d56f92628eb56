//! `/api/v1/coordination-requests`: the public submission and status, and staff's list, record
//! and steps.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::DatabaseConnection;
use serde::Serialize;
use utoipa::OpenApi;

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
use crate::flags::Reason;
use crate::notify::Mail;
use crate::pagination::ListBody;
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::RequestId;
use crate::web::extract::{JsonBody, Params, StepOf};
use crate::web::openapi::{
    BadRequest, Conflict, Forbidden, NotFound, RateLimited, StepPaths, Unauthorized,
    ValidationFailed,
};

/// The coordination API's part of the document (merged in `web::openapi::document`).
#[derive(OpenApi)]
#[openapi(
    paths(
        create_request,
        list_requests,
        get_status,
        withdraw_by_token,
        get_request,
        take_step,
        share_request
    ),
    modifiers(&STEPS),
    tags((
        name = "coordination",
        description = "Coordination requests: a State asks, without an account, to coordinate an \
            approach to another state with the campaign network, and follows its request \
            through a private status link; staff take it through its steps"
    ))
)]
pub struct CoordinationApi;

/// Staff's steps, each a route of its own (the requester's `withdraw` is the status link's).
const STEPS: StepPaths = StepPaths {
    template: "/api/v1/coordination-requests/{id}/{step}",
    steps: &["acknowledge", "coordinate", "agree", "complete", "decline"],
};

/// What a submission answers.
#[derive(Serialize, utoipa::ToSchema)]
#[schema(as = coordination::Receipt)]
pub struct Receipt {
    /// `CR-2026-0007`.
    pub reference: String,
    /// The private status page: the requester's only way to its request (also emailed).
    pub status_url: String,
    pub status: Status,
    /// What the request's submission raised for staff to look at.
    #[schema(value_type = Vec<Reason>)]
    pub flags: Vec<String>,
}

/// Submits a coordination request (public, no account).
///
/// Repeating a submission with the same idempotency key and body records nothing new and
/// answers 200 with the same receipt. Submissions from one address are limited per hour (429).
#[utoipa::path(
    post,
    path = "/api/v1/coordination-requests",
    tag = "coordination",
    operation_id = "createCoordinationRequest",
    params((
        "Idempotency-Key" = Option<String>,
        Header,
        description = "At most 128 visible ASCII characters: a repeated submission with the \
            same key and body is recorded once (the same key with another body is a 409)"
    )),
    request_body = RequestInput,
    responses(
        (
            status = 201,
            description = "Recorded",
            body = Receipt,
            headers(("Location" = String, description = "The request's status, by its token"))
        ),
        (
            status = 200,
            description = "Already recorded with this idempotency key: nothing new was recorded",
            body = Receipt,
            headers(("Location" = String, description = "The request's status, by its token"))
        ),
        (status = 400, response = BadRequest),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
        (status = 429, response = RateLimited),
    )
)]
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

/// A request's status and history, by the token of its private status link (public).
#[utoipa::path(
    get,
    path = "/api/v1/coordination-requests/status/{token}",
    tag = "coordination",
    operation_id = "getCoordinationStatus",
    params(("token" = String, Path, description = "The status link's token")),
    responses(
        (status = 200, description = "The request's status", body = StatusItem),
        (status = 404, response = NotFound),
    )
)]
pub async fn get_status(
    State(db): State<DatabaseConnection>,
    Path(token): Path<String>,
) -> Result<Json<StatusItem>, AppError> {
    let r = token::by_token(&db, &token).await?;
    Ok(Json(queries::status_item(&db, &r).await?))
}

/// The requester withdraws its request, through its private status link (public).
#[utoipa::path(
    post,
    path = "/api/v1/coordination-requests/status/{token}/withdraw",
    tag = "coordination",
    operation_id = "withdrawCoordinationRequest",
    params(("token" = String, Path, description = "The status link's token")),
    responses(
        (status = 200, description = "Withdrawn", body = StatusItem),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
    )
)]
pub async fn withdraw_by_token(
    State(state): State<AppState>,
    RequestId(request_id): RequestId,
    Path(token): Path<String>,
) -> Result<Json<StatusItem>, AppError> {
    let updated = commands::withdraw(&state, request_id, &token).await?;
    Ok(Json(queries::status_item(&state.db, &updated).await?))
}

/// The requests, newest first, with their flags (staff).
#[utoipa::path(
    get,
    path = "/api/v1/coordination-requests",
    tag = "coordination",
    operation_id = "listCoordinationRequests",
    params(ListParams, crate::sensitivity::RevealParams),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "A page of requests", body = ListBody<RequestItem>),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
    )
)]
pub async fn list_requests(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<ListParams>,
    Params(reveal): Params<crate::sensitivity::RevealParams>,
) -> Result<Json<ListBody<RequestItem>>, AppError> {
    policy::authorize(&user, Action::ManageCoordination)?;
    let (filter, pagination) = params.parse().map_err(AppError::bad_request)?;
    let redaction = crate::sensitivity::Redaction::for_list(
        &db,
        &user,
        "/api/v1/coordination-requests",
        &reveal,
    )
    .await?;
    let (mut items, total) = queries::page(&db, &filter, pagination).await?;
    redaction
        .redact(&db, &user, "/api/v1/coordination-requests", &mut items)
        .await?;
    Ok(Json(ListBody::new(items, pagination, total)))
}

/// A request with its flags (staff).
#[utoipa::path(
    get,
    path = "/api/v1/coordination-requests/{id}",
    tag = "coordination",
    operation_id = "getCoordinationRequest",
    params(("id" = i64, Path, description = "The request's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The request", body = RequestItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
    )
)]
pub async fn get_request(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<RequestItem>, AppError> {
    policy::authorize(&user, Action::ManageCoordination)?;
    let r = get::<request::Entity, _>(&db, id, "coordination request").await?;
    crate::sensitivity::on_read(
        &db,
        &user,
        "coordination_request",
        r.id,
        "api",
        Some(&r.target_state),
        None,
    )
    .await?;
    Ok(Json(queries::item(&db, r).await?))
}

/// Takes a request to its next status (staff).
///
/// `acknowledge` (received to acknowledged), `coordinate` (to coordinating), `agree` (to joint
/// approach agreed), `complete` (to completed), or `decline` (from any open status; it needs a
/// message). The requester is told by email, with the message if there is one.
#[utoipa::path(
    post,
    path = "/api/v1/coordination-requests/{id}/{step}",
    tag = "coordination",
    operation_id = "takeCoordinationStep",
    params(
        ("id" = i64, Path, description = "The request's id"),
        ("step" = Step, Path),
    ),
    request_body(
        content = StepInput,
        description = "`{}` when there is no message (an empty body is taken as `{}`)"
    ),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The request in its new status", body = RequestItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
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

/// Shares a request with the member organizations concerned (staff).
///
/// Until staff share it, a request is seen by staff only. Sharing is possible once, only if the
/// requester agreed (`consent_to_share`), and only while the request is open: the members
/// present in the target state and the leads of its campaigns are told by e-mail and see it on
/// the campaign. The requester sees on its status page that it was shared.
#[utoipa::path(
    post,
    path = "/api/v1/coordination-requests/{id}/share",
    tag = "coordination",
    operation_id = "shareCoordinationRequest",
    params(("id" = i64, Path, description = "The request's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "Shared: the request", body = RequestItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
    )
)]
pub async fn share_request(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
) -> Result<Json<RequestItem>, AppError> {
    let shared = commands::share(&state, &caller, id).await?;
    Ok(Json(queries::item(&state.db, shared).await?))
}
