//! Final reports fall due a number of days after the award's end, not its start: a six-month
//! award's final reports were due a year and a month after it began, seven months after it
//! ended. In a round's report schedule, a final report's `due_after_days` now counts from the
//! award's end (an interim report's still from its start).
//!
//! The stored schedules are rewritten to keep the meaning they had for the twelve-month awards
//! they were written for: a final report due 395 days after the start (the old default) becomes
//! 30 days after the end, any other final entry `d` becomes `d - 365` (never below 0). Reports
//! already owed keep their dates.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend, JsonValue, Statement};

#[derive(DeriveMigrationName)]
pub struct Migration;

const FINAL_KINDS: [&str; 2] = ["final_narrative", "final_financial"];

fn shifted(schedule: &JsonValue, by: i64) -> JsonValue {
    let Some(entries) = schedule.as_array() else {
        return schedule.clone();
    };
    JsonValue::Array(
        entries
            .iter()
            .map(|entry| {
                let mut entry = entry.clone();
                let is_final = entry
                    .get("kind")
                    .and_then(|k| k.as_str())
                    .is_some_and(|k| FINAL_KINDS.contains(&k));
                if let (true, Some(days)) = (
                    is_final,
                    entry.get("due_after_days").and_then(|d| d.as_i64()),
                ) {
                    entry["due_after_days"] = JsonValue::from(Ord::max(days + by, 0));
                }
                entry
            })
            .collect(),
    )
}

async fn rewrite(manager: &SchemaManager<'_>, by: i64) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let backend = db.get_database_backend();
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT id, report_schedule FROM rounds",
        ))
        .await?;
    for row in rows {
        let id: i64 = row.try_get("", "id")?;
        let schedule: JsonValue = row.try_get("", "report_schedule")?;
        let after = shifted(&schedule, by);
        if after == schedule {
            continue;
        }
        let sql = match backend {
            DbBackend::Postgres => "UPDATE rounds SET report_schedule = $1 WHERE id = $2",
            _ => "UPDATE rounds SET report_schedule = ? WHERE id = ?",
        };
        db.execute_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [after.into(), id.into()],
        ))
        .await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rewrite(manager, -365).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rewrite(manager, 365).await
    }
}
