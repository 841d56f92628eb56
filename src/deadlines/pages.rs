//! `/deadlines`: the signed-in person's deadlines, and their calendar feed's address (made,
//! remade or ended here; shown once when made).

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use sea_orm::EntityTrait;
use serde::Serialize;

use super::{Deadline, commands};
use crate::auth::{Caller, CurrentUser};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::flash::{Flash, FlashMessage};

#[derive(Serialize)]
struct DeadlinesView {
    overdue: Vec<Deadline>,
    upcoming: Vec<Deadline>,
    /// The person has a feed now.
    has_feed: bool,
    /// Its address, right after it was made (never shown again).
    new_feed_url: Option<String>,
}

async fn render(
    state: &AppState,
    page: &PageContext,
    user: &CurrentUser,
    status: StatusCode,
    new_feed_url: Option<String>,
) -> Result<Response, AppError> {
    let today = Utc::now().date_naive();
    let (overdue, upcoming) = super::visible(state, user, today)
        .await?
        .into_iter()
        .map(|mut d| {
            d.localize(page.lang);
            d
        })
        .partition(|d| d.overdue);
    let has_feed = crate::entities::user::Entity::find_by_id(user.id)
        .one(&state.db)
        .await?
        .is_some_and(|u| u.calendar_feed_hash.is_some());
    let view = DeadlinesView {
        overdue,
        upcoming,
        has_feed,
        new_feed_url,
    };
    let html = state.views.page(
        "deadlines/index",
        &page.layout(crate::i18n::text(page.lang, "nav-deadlines"), "deadlines"),
        &view,
    )?;
    Ok((status, html).into_response())
}

pub async fn show_deadlines(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
) -> Result<Response, AppError> {
    render(&state, &page, &user, StatusCode::OK, None).await
}

/// Makes (or remakes) the feed's address and shows it, once.
pub async fn reset_feed(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
) -> Result<Response, AppError> {
    let secret = commands::reset_feed(&state.db, &caller).await?;
    let url = commands::feed_url(&state.settings.server.public_url, &secret);
    render(&state, &page, &caller, StatusCode::OK, Some(url)).await
}

/// Ends the feed.
pub async fn remove_feed(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
) -> Result<Response, AppError> {
    commands::remove_feed(&state.db, &caller).await?;
    Ok(flash.redirect(
        &FlashMessage::success(crate::i18n::text(page.lang, "deadlines-flash-feed-off")),
        "/deadlines",
    ))
}
