//! Objects of the file store without a live attachment: an upload whose row was never committed
//! (the service stopped between storing the bytes and writing the row), or a removed
//! attachment whose bytes could not be deleted then. The `attachment_orphans` job removes those
//! older than a day (younger ones may be uploads whose row is being written).

use std::collections::HashSet;

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use super::storage::Files;
use super::upload::storage_error;
use crate::entities::attachment;
use crate::error::AppError;

/// How old an object without a row must be before it is removed.
pub const GRACE: Duration = Duration::days(1);

/// Removes the objects older than [`GRACE`] at `now` that no live attachment names; says how
/// many.
pub async fn remove<C: ConnectionTrait>(
    db: &C,
    files: &Files,
    now: DateTime<Utc>,
) -> Result<String, AppError> {
    let old: Vec<String> = files
        .list()
        .await
        .map_err(storage_error)?
        .into_iter()
        .filter(|o| o.last_modified < now - GRACE)
        .map(|o| o.key)
        .collect();
    let mut removed = 0;
    for batch in old.chunks(500) {
        let live: HashSet<String> = attachment::Entity::find()
            .select_only()
            .column(attachment::Column::StorageKey)
            .filter(attachment::Column::StorageKey.is_in(batch.iter().cloned()))
            .filter(attachment::Column::RemovedAt.is_null())
            .into_tuple::<String>()
            .all(db)
            .await?
            .into_iter()
            .collect();
        for key in batch.iter().filter(|k| !live.contains(*k)) {
            files.delete(key).await.map_err(storage_error)?;
            removed += 1;
        }
    }
    Ok(format!(
        "{removed} orphaned attachment file{} removed",
        if removed == 1 { "" } else { "s" }
    ))
}
