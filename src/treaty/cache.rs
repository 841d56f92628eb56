//! The treaty record, kept in memory between requests while it is unchanged in the database.
//!
//! Reading 197 states and their events costs milliseconds on SQLite (each row crosses sqlx's
//! worker thread); the record changes a few times a year. Triggers raise
//! `treaty_record_version` on every change to `states` or `treaty_events`, whoever makes it, so
//! each request reads that one number and the copy is reloaded when it has moved: a change made
//! through any instance shows on every instance at once. One request reloads; the others wait
//! for it rather than all reading the record at the same time.

use std::sync::{Arc, PoisonError, RwLock};

use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, Statement};
use tokio::sync::Mutex;

use super::model::{Record, states_with_histories};

#[derive(Clone, Copy, Debug, PartialEq, Eq, FromQueryResult)]
struct Version {
    version: i64,
}

struct Copy {
    version: i64,
    record: Arc<Record>,
}

/// Shared by every request of an instance.
#[derive(Clone, Default)]
pub struct RecordCache {
    slot: Arc<RwLock<Option<Copy>>>,
    reload: Arc<Mutex<()>>,
}

impl RecordCache {
    /// The whole record, as it is in the database now.
    pub async fn record<C: ConnectionTrait>(&self, db: &C) -> Result<Arc<Record>, DbErr> {
        let version = version(db).await?;
        if let Some(record) = self.current(version) {
            return Ok(record);
        }
        let _reloading = self.reload.lock().await;
        // Another request may have reloaded while this one waited.
        if let Some(record) = self.current(version) {
            return Ok(record);
        }
        let record = Arc::new(Record::new(states_with_histories(db).await?));
        *self.slot.write().unwrap_or_else(PoisonError::into_inner) = Some(Copy {
            version,
            record: Arc::clone(&record),
        });
        Ok(record)
    }

    /// The record as it is in the database now or, when the database cannot be reached, as
    /// last read: for pages that must not need the database (the public coordination form).
    pub async fn record_or_last<C: ConnectionTrait>(&self, db: &C) -> Result<Arc<Record>, DbErr> {
        match self.record(db).await {
            Ok(record) => Ok(record),
            Err(error) if crate::error::is_outage(&error) => {
                let slot = self.slot.read().unwrap_or_else(PoisonError::into_inner);
                slot.as_ref()
                    .map(|copy| Arc::clone(&copy.record))
                    .ok_or(error)
            }
            Err(error) => Err(error),
        }
    }

    fn current(&self, version: i64) -> Option<Arc<Record>> {
        let slot = self.slot.read().unwrap_or_else(PoisonError::into_inner);
        slot.as_ref()
            .filter(|copy| copy.version == version)
            .map(|copy| Arc::clone(&copy.record))
    }
}

async fn version<C: ConnectionTrait>(db: &C) -> Result<i64, DbErr> {
    let statement = Statement::from_string(
        db.get_database_backend(),
        "SELECT version FROM treaty_record_version WHERE id = 1",
    );
    Version::find_by_statement(statement)
        .one(db)
        .await?
        .map(|v| v.version)
        .ok_or_else(|| DbErr::RecordNotFound("treaty_record_version".to_owned()))
}
