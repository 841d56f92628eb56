//! `/api/v1/campaigns`: staff create and edit; leads and staff write the activity log.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::DatabaseConnection;
use utoipa::OpenApi;

use super::commands;
use super::model::{ActivityInput, ActivityItem, CampaignInput};
use super::queries::{self, CampaignItem, ListParams};
use crate::auth::{Caller, CurrentUser};
use crate::error::AppError;
use crate::pagination::ListBody;
use crate::web::extract::{JsonBody, Params};
use crate::web::openapi::{
    BadRequest, Conflict, Forbidden, NotFound, Unauthorized, ValidationFailed,
};

/// The campaigns API's part of the document (merged in `web::openapi::document`).
#[derive(OpenApi)]
#[openapi(
    paths(
        list_campaigns,
        create_campaign,
        get_campaign,
        update_campaign,
        add_activity
    ),
    tags((
        name = "campaigns",
        description = "Country campaigns: staff create and edit them; their lead organizations \
            and staff keep their activity log"
    ))
)]
pub struct CampaignsApi;

/// The campaigns, by state.
///
/// Every one for staff; those its organization leads for a member.
#[utoipa::path(
    get,
    path = "/api/v1/campaigns",
    tag = "campaigns",
    operation_id = "listCampaigns",
    params(ListParams),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "A page of campaigns", body = ListBody<CampaignItem>),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
    )
)]
pub async fn list_campaigns(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<ListParams>,
) -> Result<Json<ListBody<CampaignItem>>, AppError> {
    let (items, pagination, total) = queries::page(&db, &user, &params).await?;
    Ok(Json(ListBody::new(items, pagination, total)))
}

/// Creates a campaign (staff).
///
/// With its leads, and any applications linked at once.
#[utoipa::path(
    post,
    path = "/api/v1/campaigns",
    tag = "campaigns",
    operation_id = "createCampaign",
    request_body = CampaignInput,
    security(("bearer" = []), ("session" = [])),
    responses(
        (
            status = 201,
            description = "Created",
            body = CampaignItem,
            headers(("Location" = String, description = "The campaign's address"))
        ),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
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

/// A campaign (staff, or a member of one of its lead organizations).
#[utoipa::path(
    get,
    path = "/api/v1/campaigns/{id}",
    tag = "campaigns",
    operation_id = "getCampaign",
    params(("id" = i64, Path, description = "The campaign's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The campaign", body = CampaignItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 404, response = NotFound),
    )
)]
pub async fn get_campaign(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<CampaignItem>, AppError> {
    let (c, _) = queries::visible(&db, &user, id).await?;
    Ok(Json(queries::load(&db, &user, c).await?))
}

/// Changes a campaign (staff).
///
/// The fields given change, the others stay; `add_applications` and `remove_applications` link
/// and unlink applications.
#[utoipa::path(
    patch,
    path = "/api/v1/campaigns/{id}",
    tag = "campaigns",
    operation_id = "updateCampaign",
    params(("id" = i64, Path, description = "The campaign's id")),
    request_body = CampaignInput,
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The campaign as changed", body = CampaignItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
pub async fn update_campaign(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<CampaignInput>,
) -> Result<Json<CampaignItem>, AppError> {
    Ok(Json(commands::update(&db, &caller, id, &input).await?))
}

/// Adds an entry to a campaign's activity log (staff, or a member of a lead organization).
#[utoipa::path(
    post,
    path = "/api/v1/campaigns/{id}/activities",
    tag = "campaigns",
    operation_id = "addCampaignActivity",
    params(("id" = i64, Path, description = "The campaign's id")),
    request_body = ActivityInput,
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, description = "Added", body = ActivityItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 422, response = ValidationFailed),
    )
)]
pub async fn add_activity(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<ActivityInput>,
) -> Result<Response, AppError> {
    let item = commands::add_activity(&db, &caller, id, &input).await?;
    Ok((StatusCode::CREATED, Json(item)).into_response())
}
