//! `/api/v1/organizations`: the registry as JSON, under the same rules as the pages.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::DatabaseConnection;

use super::commands;
use super::model::{self, ListParams, OrganizationInput};
use super::views::OrganizationItem;
use crate::auth::{Caller, CurrentUser};
use crate::error::AppError;
use crate::pagination::ListBody;
use crate::policy::{self, Action};
use crate::web::extract::{JsonBody, Params};

pub async fn list_organizations(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<ListParams>,
) -> Result<Json<ListBody<OrganizationItem>>, AppError> {
    policy::authorize(&user, Action::ListOrganizations)?;
    let (filter, pagination) = params.parse(&user).map_err(AppError::bad_request)?;
    let (items, total) = model::list(&db, &filter, pagination).await?;
    Ok(Json(ListBody::new(
        items.into_iter().map(OrganizationItem::from).collect(),
        pagination,
        total,
    )))
}

pub async fn create_organization(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    JsonBody(input): JsonBody<OrganizationInput>,
) -> Result<Response, AppError> {
    let created = commands::create(&db, &caller, &input).await?;
    let location = format!("/api/v1/organizations/{}", created.id);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(OrganizationItem::from(created)),
    )
        .into_response())
}

pub async fn get_organization(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<OrganizationItem>, AppError> {
    let org = model::get(&db, id).await?;
    policy::visible(&user, Action::ViewOrganization(&org), "organization")?;
    Ok(Json(org.into()))
}

pub async fn update_organization(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<OrganizationInput>,
) -> Result<Json<OrganizationItem>, AppError> {
    let updated = commands::update(&db, &caller, id, &input).await?;
    Ok(Json(updated.into()))
}
