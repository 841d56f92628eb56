//! `/api/v1/organizations`: the registry as JSON, under the same rules as the pages.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::DatabaseConnection;
use utoipa::OpenApi;

use super::commands;
use super::model::{self, ListParams, OrganizationInput};
use super::views::OrganizationItem;
use crate::auth::{Caller, CurrentUser};
use crate::error::AppError;
use crate::pagination::ListBody;
use crate::policy::{self, Action};
use crate::web::extract::{JsonBody, Params};
use crate::web::openapi::{
    BadRequest, Conflict, Forbidden, NotFound, Unauthorized, ValidationFailed,
};

/// The registry API's part of the document (merged in `web::openapi::document`).
#[derive(OpenApi)]
#[openapi(
    paths(
        list_organizations,
        create_organization,
        get_organization,
        update_organization
    ),
    tags((
        name = "organizations",
        description = "The registry of member organizations: staff register and manage them; a \
            member sees and edits its own"
    ))
)]
pub struct MembersApi;

/// The organizations, by name.
///
/// Every one for staff and finance; its own for a member.
#[utoipa::path(
    get,
    path = "/api/v1/organizations",
    tag = "organizations",
    operation_id = "listOrganizations",
    params(ListParams, crate::sensitivity::RevealParams),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "A page of organizations", body = ListBody<OrganizationItem>),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
    )
)]
pub async fn list_organizations(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<ListParams>,
    Params(reveal): Params<crate::sensitivity::RevealParams>,
) -> Result<Json<ListBody<OrganizationItem>>, AppError> {
    policy::authorize(&user, Action::ListOrganizations)?;
    let (filter, pagination) = params.parse(&user).map_err(AppError::bad_request)?;
    let redaction =
        crate::sensitivity::Redaction::for_list(&db, &user, "/api/v1/organizations", &reveal)
            .await?;
    let (items, total) = model::list(&db, &filter, pagination).await?;
    let mut items: Vec<OrganizationItem> = items.into_iter().map(OrganizationItem::from).collect();
    redaction
        .redact(&db, &user, "/api/v1/organizations", &mut items)
        .await?;
    Ok(Json(ListBody::new(items, pagination, total)))
}

/// Registers an organization (staff).
#[utoipa::path(
    post,
    path = "/api/v1/organizations",
    tag = "organizations",
    operation_id = "createOrganization",
    request_body = OrganizationInput,
    security(("bearer" = []), ("session" = [])),
    responses(
        (
            status = 201,
            description = "Registered",
            body = OrganizationItem,
            headers(("Location" = String, description = "The organization's address"))
        ),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
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

/// An organization (staff and finance, or a member of it).
#[utoipa::path(
    get,
    path = "/api/v1/organizations/{id}",
    tag = "organizations",
    operation_id = "getOrganization",
    params(("id" = i64, Path, description = "The organization's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The organization", body = OrganizationItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 404, response = NotFound),
    )
)]
pub async fn get_organization(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<OrganizationItem>, AppError> {
    let org = model::get(&db, id).await?;
    policy::visible(&user, Action::ViewOrganization(&org), "organization")?;
    crate::sensitivity::on_read(
        &db,
        &user,
        "organization",
        org.id,
        "api",
        None,
        Some(org.id),
    )
    .await?;
    Ok(Json(org.into()))
}

/// Changes an organization.
///
/// The fields given change, the others stay. A member changes what describes its own
/// organization; staff also its country, kind, membership status and joining date.
#[utoipa::path(
    patch,
    path = "/api/v1/organizations/{id}",
    tag = "organizations",
    operation_id = "updateOrganization",
    params(("id" = i64, Path, description = "The organization's id")),
    request_body = OrganizationInput,
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The organization as changed", body = OrganizationItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
pub async fn update_organization(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<OrganizationInput>,
) -> Result<Json<OrganizationItem>, AppError> {
    let updated = commands::update(&db, &caller, id, &input).await?;
    Ok(Json(updated.into()))
}
