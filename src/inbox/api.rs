//! `/api/v1/inbox` and `/api/v1/flags/{id}/resolve`.

use axum::Json;
use axum::extract::{Path, State};
use sea_orm::DatabaseConnection;
use utoipa::OpenApi;

use super::{InboxBody, InboxParams, commands, load};
use crate::auth::{Caller, CurrentUser};
use crate::error::AppError;
use crate::flags::{FlagItem, ResolveInput};
use crate::policy::{self, Action};
use crate::web::extract::{JsonBody, Params};
use crate::web::openapi::{
    BadRequest, Conflict, Forbidden, NotFound, Unauthorized, ValidationFailed,
};

/// The inbox API's part of the document (merged in `web::openapi::document`).
#[derive(OpenApi)]
#[openapi(
    paths(get_inbox, resolve_flag),
    tags((
        name = "inbox",
        description = "The attention inbox: every open flag and every item that needs a person \
            (staff), and the flags' resolution"
    ))
)]
pub struct InboxApi;

/// The attention inbox (staff).
///
/// Every open flag and every item that needs a person, by kind, oldest first.
#[utoipa::path(
    get,
    path = "/api/v1/inbox",
    tag = "inbox",
    operation_id = "getInbox",
    params(InboxParams),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The inbox", body = InboxBody),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
    )
)]
pub async fn get_inbox(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<InboxParams>,
) -> Result<Json<InboxBody>, AppError> {
    policy::authorize(&user, Action::ViewInbox)?;
    Ok(Json(load(&db, &params, crate::i18n::Lang::En).await?))
}

/// Resolves an open flag with a note (staff).
///
/// Of two people resolving it at once, one does and the other is told (409).
#[utoipa::path(
    post,
    path = "/api/v1/flags/{id}/resolve",
    tag = "inbox",
    operation_id = "resolveFlag",
    params(("id" = i64, Path, description = "The flag's id")),
    request_body(
        content = ResolveInput,
        description = "`{}` for no note (an empty body is taken as `{}`)"
    ),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The flag, resolved", body = FlagItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
pub async fn resolve_flag(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<ResolveInput>,
) -> Result<Json<FlagItem>, AppError> {
    Ok(Json(
        commands::resolve_flag(&db, &caller, id, &input).await?,
    ))
}
