//! `GET /api/v1/deadlines`: the caller's deadlines; `POST|DELETE /api/v1/deadlines/feed`: make
//! or end the caller's calendar feed.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::Utc;
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

use super::{Deadline, commands};
use crate::auth::{Caller, CurrentUser};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::openapi::Unauthorized;

#[derive(OpenApi)]
#[openapi(
    paths(list_deadlines, create_feed, delete_feed),
    components(schemas(Deadline, DeadlineList, Feed, super::Kind))
)]
pub struct DeadlinesApi;

/// The caller's deadlines, soonest first, from 60 days back to 400 days ahead.
#[derive(Serialize, ToSchema)]
pub struct DeadlineList {
    pub items: Vec<Deadline>,
}

/// A calendar feed's address (its secret is shown this once).
#[derive(Serialize, ToSchema)]
pub struct Feed {
    /// The iCalendar feed: subscribe to it in a calendar program.
    pub url: String,
}

/// The caller's deadlines: those of the records they may see, and nothing else.
#[utoipa::path(
    get,
    path = "/api/v1/deadlines",
    tag = "deadlines",
    operation_id = "listDeadlines",
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The caller's deadlines", body = DeadlineList),
        (status = 401, response = Unauthorized),
    )
)]
pub async fn list_deadlines(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Json<DeadlineList>, AppError> {
    let items = super::visible(&state, &user, Utc::now().date_naive()).await?;
    Ok(Json(DeadlineList { items }))
}

/// Makes a new address for the caller's calendar feed (the old one stops answering).
#[utoipa::path(
    post,
    path = "/api/v1/deadlines/feed",
    tag = "deadlines",
    operation_id = "createDeadlineFeed",
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 201, description = "The feed's new address, shown once", body = Feed),
        (status = 401, response = Unauthorized),
    )
)]
pub async fn create_feed(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<(StatusCode, Json<Feed>), AppError> {
    let secret = commands::reset_feed(&state.db, &caller).await?;
    let url = commands::feed_url(&state.settings.server.public_url, &secret);
    Ok((StatusCode::CREATED, Json(Feed { url })))
}

/// Ends the caller's calendar feed.
#[utoipa::path(
    delete,
    path = "/api/v1/deadlines/feed",
    tag = "deadlines",
    operation_id = "deleteDeadlineFeed",
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 204, description = "The feed is ended"),
        (status = 401, response = Unauthorized),
    )
)]
pub async fn delete_feed(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<StatusCode, AppError> {
    commands::remove_feed(&state.db, &caller).await?;
    Ok(StatusCode::NO_CONTENT)
}
