//! `/api/v1/inbox` and `/api/v1/flags/{id}/resolve`.

use axum::Json;
use axum::extract::{Path, State};
use sea_orm::DatabaseConnection;

use super::{InboxBody, InboxParams, commands, load};
use crate::auth::{Caller, CurrentUser};
use crate::error::AppError;
use crate::flags::{FlagItem, ResolveInput};
use crate::policy::{self, Action};
use crate::web::extract::{JsonBody, Params};

pub async fn get_inbox(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<InboxParams>,
) -> Result<Json<InboxBody>, AppError> {
    policy::authorize(&user, Action::ViewInbox)?;
    Ok(Json(load(&db, &params).await?))
}

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
