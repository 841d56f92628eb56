//! What administrators do to the outbox.

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use crate::audit;
use crate::auth::Caller;
use crate::entities::outbox;
use crate::error::AppError;
use crate::notify::OutboxStatus;
use crate::policy::{self, Action};

/// Puts a failed message back in the queue, for one more round of attempts.
pub async fn retry(db: &DatabaseConnection, caller: &Caller, id: i64) -> Result<(), AppError> {
    policy::authorize(caller, Action::ManageOutbox)?;
    let txn = crate::db::begin_write(db).await?;
    let requeued = outbox::Entity::update_many()
        .col_expr(outbox::Column::Status, Expr::val(OutboxStatus::Queued))
        .col_expr(outbox::Column::Attempts, Expr::val(0))
        .col_expr(outbox::Column::NextAttemptAt, Expr::val(chrono::Utc::now()))
        .filter(outbox::Column::Id.eq(id))
        .filter(outbox::Column::Status.eq(OutboxStatus::Failed))
        .exec(&txn)
        .await?
        .rows_affected;
    if requeued == 0 {
        return Err(AppError::not_found(
            "there is no failed message with this number",
        ));
    }
    audit::record(
        &txn,
        &caller.actor(),
        "email_requeued",
        "outbox",
        id,
        None,
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
