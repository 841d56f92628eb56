//! `/api/v1/rounds`: grant rounds and their budget figures.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use super::commands;
use super::model::{self, RoundInput};
use super::views::{BudgetItem, RoundItem};
use crate::auth::{Caller, CurrentUser};
use crate::error::{AppError, FieldErrors};
use crate::pagination::{ListBody, Pagination};
use crate::policy::{self, Action};
use crate::web::extract::{JsonBody, Params};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListParams {
    pub page: Option<String>,
    pub per_page: Option<String>,
}

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

pub async fn get_round(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<RoundItem>, AppError> {
    policy::authorize(&user, Action::ViewRounds)?;
    Ok(Json(RoundItem::from(&model::get(&db, id).await?)))
}

/// `PATCH`: the fields given replace the saved ones.
pub async fn update_round(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<RoundInput>,
) -> Result<Json<RoundItem>, AppError> {
    let round = commands::update(&db, &caller, id, &input).await?;
    Ok(Json(RoundItem::from(&round)))
}

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
