//! `/api/v1/campaigns`: staff create and edit; leads and staff write the activity log.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::DatabaseConnection;

use super::commands;
use super::model::{ActivityInput, CampaignInput};
use super::queries::{self, CampaignItem, ListParams};
use crate::auth::{Caller, CurrentUser};
use crate::error::AppError;
use crate::pagination::ListBody;
use crate::web::extract::{JsonBody, Params};

pub async fn list_campaigns(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<ListParams>,
) -> Result<Json<ListBody<CampaignItem>>, AppError> {
    let (items, pagination, total) = queries::page(&db, &user, &params).await?;
    Ok(Json(ListBody::new(items, pagination, total)))
}

pub async fn create_campaign(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    JsonBody(input): JsonBody<CampaignInput>,
) -> Result<Response, AppError> {
    let item = commands::create(&db, &caller, &input).await?;
    let location = format!("/api/v1/campaigns/{}", item.id);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(item),
    )
        .into_response())
}

pub async fn get_campaign(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<CampaignItem>, AppError> {
    let (c, _) = queries::visible(&db, &user, id).await?;
    Ok(Json(queries::load(&db, c).await?))
}

pub async fn update_campaign(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<CampaignInput>,
) -> Result<Json<CampaignItem>, AppError> {
    Ok(Json(commands::update(&db, &caller, id, &input).await?))
}

pub async fn add_activity(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<ActivityInput>,
) -> Result<Response, AppError> {
    let item = commands::add_activity(&db, &caller, id, &input).await?;
    Ok((StatusCode::CREATED, Json(item)).into_response())
}
