//! The inbox's write: resolving a flag, for the API and the page alike.

use sea_orm::DatabaseConnection;

use crate::auth::Caller;
use crate::db::{begin_write, get_for_update};
use crate::entities::flag;
use crate::error::AppError;
use crate::flags::{self, FlagItem, ResolveInput};
use crate::policy::{self, Action};

/// Resolves an open flag with a note (staff who see the inbox). A flag already resolved is a
/// 409: of two people resolving it at once, one does and the other is told.
pub async fn resolve_flag(
    db: &DatabaseConnection,
    caller: &Caller,
    id: i64,
    input: &ResolveInput,
) -> Result<FlagItem, AppError> {
    policy::authorize(caller, Action::ViewInbox)?;
    let note = input.note()?;
    let txn = begin_write(db).await?;
    let found = get_for_update::<flag::Entity, _>(&txn, id, "flag").await?;
    let resolved = flags::resolve(&txn, &caller.actor(), found, note).await?;
    txn.commit().await?;
    Ok(FlagItem::from(resolved))
}

/// Resolves every open flag of one record (a coordination request, a campaign) with one note
/// (staff who see the inbox); answers how many. A record with none open is a 409.
pub async fn resolve_record(
    db: &DatabaseConnection,
    caller: &Caller,
    subject: flags::Subject,
    id: i64,
    input: &ResolveInput,
) -> Result<usize, AppError> {
    policy::authorize(caller, Action::ViewInbox)?;
    let note = input.note()?;
    let txn = begin_write(db).await?;
    let count = flags::resolve_open(&txn, &caller.actor(), subject, id, &note).await?;
    if count == 0 {
        return Err(AppError::Conflict(
            "this record has no open flag".to_owned(),
        ));
    }
    txn.commit().await?;
    Ok(count)
}
