//! The treaty record, kept in memory between requests while it is unchanged in the database.
//!
//! Reading 197 states and their events costs milliseconds on SQLite (each row crosses sqlx's
//! worker thread); the record changes a few times a year. Each request asks the database for the
//! record's fingerprint (one small aggregate query) and reloads when it differs, so an event
//! recorded through any instance shows on every instance at once. Treaty events are append-only
//! (a correction removes an event and records another), which the fingerprint relies on; the
//! copy is also reloaded after [`MAX_AGE`], for edits of a state's name or region.

use std::sync::{Arc, PoisonError, RwLock};
use std::time::{Duration, Instant};

use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, Statement};

use super::model::{StateWithHistory, states_with_histories};

/// The longest a copy is served without being read again, whatever its fingerprint.
pub const MAX_AGE: Duration = Duration::from_secs(300);

#[derive(Clone, Copy, Debug, PartialEq, Eq, FromQueryResult)]
struct Fingerprint {
    events: i64,
    last_event: i64,
    states: i64,
}

struct Copy {
    fingerprint: Fingerprint,
    loaded_at: Instant,
    record: Arc<[StateWithHistory]>,
}

/// Shared by every request of an instance.
#[derive(Clone, Default)]
pub struct RecordCache {
    slot: Arc<RwLock<Option<Copy>>>,
}

impl RecordCache {
    /// The whole record, ordered by state name.
    pub async fn record<C: ConnectionTrait>(
        &self,
        db: &C,
    ) -> Result<Arc<[StateWithHistory]>, DbErr> {
        let fingerprint = fingerprint(db).await?;
        {
            let slot = self.slot.read().unwrap_or_else(PoisonError::into_inner);
            if let Some(copy) = slot.as_ref()
                && copy.fingerprint == fingerprint
                && copy.loaded_at.elapsed() < MAX_AGE
            {
                return Ok(Arc::clone(&copy.record));
            }
        }
        let record: Arc<[StateWithHistory]> = states_with_histories(db).await?.into();
        *self.slot.write().unwrap_or_else(PoisonError::into_inner) = Some(Copy {
            fingerprint,
            loaded_at: Instant::now(),
            record: Arc::clone(&record),
        });
        Ok(record)
    }
}

async fn fingerprint<C: ConnectionTrait>(db: &C) -> Result<Fingerprint, DbErr> {
    let statement = Statement::from_string(
        db.get_database_backend(),
        "SELECT (SELECT COUNT(*) FROM treaty_events) AS events, \
         (SELECT COALESCE(MAX(id), 0) FROM treaty_events) AS last_event, \
         (SELECT COUNT(*) FROM states) AS states",
    );
    Fingerprint::find_by_statement(statement)
        .one(db)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("treaty record fingerprint".to_owned()))
}
