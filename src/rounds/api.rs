//! `/api/v1/rounds`: grant rounds and their budget figures.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::DatabaseConnection;
use serde::Deserialize;
use utoipa::OpenApi;

use super::commands;
use super::model::{self, RoundInput};
use super::views::{BudgetItem, RoundItem};
use crate::auth::{Caller, CurrentUser};
use crate::error::{AppError, FieldErrors};
use crate::pagination::{ListBody, Pagination};
use crate::policy::{self, Action};
use crate::web::extract::{JsonBody, Params};
use crate::web::openapi::{
    BadRequest, Conflict, Forbidden, NotFound, Unauthorized, ValidationFailed,
};

/// The rounds API's part of the document (merged in `web::openapi::document`).
#[derive(OpenApi)]
#[openapi(
    paths(list_rounds, create_round, get_round, update_round, get_budget),
    tags((
        name = "rounds",
        description = "Grant rounds: their rules (dates, currency, budget, tiers, reports owed) \
            and their budget figures"
    ))
)]
pub struct RoundsApi;

/// Read as text and parsed by the handler, so that a bad value is a 400 with a field message.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    #[param(value_type = Option<u64>, minimum = 1)]
    pub page: Option<String>,
    #[param(value_type = Option<u64>, minimum = 1, maximum = 200)]
    pub per_page: Option<String>,
}

/// The rounds, the latest to open first.
#[utoipa::path(
    get,
    path = "/api/v1/rounds",
    tag = "rounds",
    operation_id = "listRounds",
    params(ListParams),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "A page of rounds", body = ListBody<RoundItem>),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
    )
)]
pub async fn list_rounds(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<ListParams>,
) -> Result<Json<ListBody<RoundItem>>, AppError> {
    policy::authorize(&user, Action::ViewRounds)?;
    let mut errors = FieldErrors::new();
    let pagination = Pagination::parse(
        &mut errors,
        params.page.as_deref(),
        params.per_page.as_deref(),
    );
    errors.into_result(()).map_err(AppError::bad_request)?;
    let (rounds, total) = model::list(&db, pagination).await?;
    Ok(Json(ListBody::new(
        rounds.iter().map(RoundItem::from).collect(),
        pagination,
        total,
    )))
}

/// Opens a new round (staff).
#[utoipa::path(
    post,
    path = "/api/v1/rounds",
    tag = "rounds",
    operation_id = "createRound",
    request_body = RoundInput,
    security(("bearer" = []), ("session" = [])),
    responses(
        (
            status = 201,
            description = "Created",
            body = RoundItem,
            headers(("Location" = String, description = "The round's address"))
        ),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
pub async fn create_round(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    JsonBody(input): JsonBody<RoundInput>,
) -> Result<Response, AppError> {
    let round = commands::create(&db, &caller, &input).await?;
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, format!("/api/v1/rounds/{}", round.id()))],
        Json(RoundItem::from(&round)),
    )
        .into_response())
}

/// A round.
#[utoipa::path(
    get,
    path = "/api/v1/rounds/{id}",
    tag = "rounds",
    operation_id = "getRound",
    params(("id" = i64, Path, description = "The round's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The round", body = RoundItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
    )
)]
pub async fn get_round(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<RoundItem>, AppError> {
    policy::authorize(&user, Action::ViewRounds)?;
    Ok(Json(RoundItem::from(&model::get(&db, id).await?)))
}

/// Changes a round's rules (staff).
///
/// The fields given replace the saved ones; the others stay.
#[utoipa::path(
    patch,
    path = "/api/v1/rounds/{id}",
    tag = "rounds",
    operation_id = "updateRound",
    params(("id" = i64, Path, description = "The round's id")),
    request_body = RoundInput,
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The round as changed", body = RoundItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
pub async fn update_round(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<RoundInput>,
) -> Result<Json<RoundItem>, AppError> {
    let round = commands::update(&db, &caller, id, &input).await?;
    Ok(Json(RoundItem::from(&round)))
}

/// A round's budget figures (staff and finance).
///
/// Its budget, what is requested of it, awarded, disbursed and left.
#[utoipa::path(
    get,
    path = "/api/v1/rounds/{id}/budget",
    tag = "rounds",
    operation_id = "getRoundBudget",
    params(("id" = i64, Path, description = "The round's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The figures", body = BudgetItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
    )
)]
pub async fn get_budget(
    State(state): State<crate::state::AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<BudgetItem>, AppError> {
    policy::authorize(&user, Action::ViewBudget)?;
    let round = model::get(&state.db, id).await?;
    let figures = state.budgets.round(&state.db, &round).await?;
    Ok(Json(BudgetItem::new(&round, &figures)))
}
