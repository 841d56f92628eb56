//! The writes of deadlines: a person makes (or remakes) the secret address of their calendar
//! feed, or ends it. The page and the API call these.

use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};

use crate::auth::Caller;
use crate::error::AppError;

/// Makes a new secret for the caller's calendar feed, ending the old address; returns the
/// secret (shown once: only its SHA-256 is kept). Audited.
pub async fn reset_feed(db: &DatabaseConnection, caller: &Caller) -> Result<String, AppError> {
    let secret = crate::auth::tokens::random_secret();
    let txn = crate::db::begin_write(db).await?;
    crate::entities::user::ActiveModel {
        id: Set(caller.id),
        calendar_feed_hash: Set(Some(crate::auth::tokens::digest(&secret))),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    crate::audit::record(
        &txn,
        &caller.actor(),
        "calendar_feed_reset",
        "user",
        caller.id,
        None,
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(secret)
}

/// Ends the caller's calendar feed: its address answers 404 from now on. Audited.
pub async fn remove_feed(db: &DatabaseConnection, caller: &Caller) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    crate::entities::user::ActiveModel {
        id: Set(caller.id),
        calendar_feed_hash: Set(None),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    crate::audit::record(
        &txn,
        &caller.actor(),
        "calendar_feed_removed",
        "user",
        caller.id,
        None,
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The address of a feed whose secret is `secret`.
pub fn feed_url(public_url: &str, secret: &str) -> String {
    format!("{}/calendar/{secret}.ics", public_url.trim_end_matches('/'))
}
