//! `/admin/outbox`: what the outbox holds, and the messages given up on, for admins to see and
//! send again.

use axum::extract::{Path, State};
use axum::response::{Html, Response};
use sea_orm::sea_query::{Expr, Func};
use sea_orm::{ColumnTrait, EntityTrait, FromQueryResult, QueryFilter, QueryOrder, QuerySelect};
use serde::Serialize;

use crate::auth::{Caller, CurrentUser};
use crate::entities::outbox;
use crate::error::AppError;
use crate::i18n::{RequestLang, text};
use crate::notify::OutboxStatus;
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::flash::{Flash, FlashMessage};

#[derive(Debug, FromQueryResult)]
struct StatusCount {
    status: OutboxStatus,
    count: i64,
}

#[derive(Serialize)]
struct FailedView {
    id: i64,
    to: String,
    subject: String,
    attempts: i32,
    error: String,
    created: String,
}

#[derive(Serialize)]
struct OutboxView {
    counts: Vec<(String, i64)>,
    failed: Vec<FailedView>,
}

pub async fn show_outbox(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
) -> Result<Html<String>, AppError> {
    policy::authorize(&user, Action::ManageOutbox)?;
    let counts = outbox::Entity::find()
        .select_only()
        .column(outbox::Column::Status)
        .column_as(
            Expr::from(Func::count(Expr::col(outbox::Column::Id))),
            "count",
        )
        .group_by(outbox::Column::Status)
        .into_model::<StatusCount>()
        .all(&state.db)
        .await?
        .into_iter()
        .map(|c| (c.status.label_in(page.lang).into_owned(), c.count))
        .collect();
    let failed = outbox::Entity::find()
        .filter(outbox::Column::Status.eq(OutboxStatus::Failed))
        .order_by_desc(outbox::Column::Id)
        .limit(100)
        .all(&state.db)
        .await?
        .into_iter()
        .map(|m| FailedView {
            id: m.id,
            to: m.to_address,
            subject: m.subject,
            attempts: m.attempts,
            error: m.last_error.unwrap_or_default(),
            created: crate::views::instant(m.created_at),
        })
        .collect();
    state.views.page(
        "notify/outbox",
        &page.layout(text(page.lang, "notify-outbox-title"), "admin"),
        &OutboxView { counts, failed },
    )
}

/// Puts a failed message back in the queue, for one more round of attempts.
pub async fn retry_message(
    State(state): State<AppState>,
    caller: Caller,
    RequestLang(lang): RequestLang,
    Path(id): Path<i64>,
    flash: Flash,
) -> Result<Response, AppError> {
    super::commands::retry(&state.db, &caller, id).await?;
    Ok(flash.redirect(
        &FlashMessage::success(text(lang, "notify-outbox-requeued")),
        "/admin/outbox",
    ))
}
