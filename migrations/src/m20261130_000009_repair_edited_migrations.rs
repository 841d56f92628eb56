//! Repairs databases migrated before migrations 000001, 000004, 000006 and 000007 were edited
//! after they first shipped (they are frozen now: see `tests/it/migrations.rs`). A database that
//! applied an earlier text of one of them never ran what was added later, and the migrator will not
//! run it again. Each step below checks what is there and adds only what is missing, so it is a
//! no-op on a database built from the current files.
//!
//! What was added after shipping: the treaty record's version counter and its triggers (000001),
//! the audit log's append-only guards (000004), `users.time_zone` and the staff list's
//! composite indexes (000006), and the budget roll-ups' version counter and triggers (000007;
//! without it `/api/v1/budgets` failed).

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend, Statement};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The tables whose changes raise `budget_version` (as 000007 has it today).
const BUDGET_TABLES: [&str; 7] = [
    "rounds",
    "organizations",
    "applications",
    "awards",
    "disbursements",
    "reports",
    "report_spending",
];

/// The staff list's indexes (as 000006 has it today): name and columns.
const LIST_INDEXES: [(&str, &str); 8] = [
    ("idx_applications_organization", "organization_id"),
    ("idx_applications_target", "target_state"),
    ("idx_applications_status_updated", "status, updated_at"),
    ("idx_applications_status_submitted", "status, submitted_at"),
    ("idx_applications_updated", "updated_at"),
    ("idx_applications_submitted", "submitted_at"),
    (
        "idx_applications_round_requested",
        "round_id, requested_minor",
    ),
    ("idx_applications_requested", "requested_minor"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let postgres = manager.get_database_backend() == DbBackend::Postgres;

        if !manager.has_table("treaty_record_version").await? {
            db.execute_unprepared(
                "CREATE TABLE treaty_record_version (id INTEGER NOT NULL PRIMARY KEY, \
                 version BIGINT NOT NULL)",
            )
            .await?;
            db.execute_unprepared("INSERT INTO treaty_record_version (id, version) VALUES (1, 0)")
                .await?;
        }
        let treaty_bump = "UPDATE treaty_record_version SET version = version + 1";
        if postgres {
            db.execute_unprepared(&format!(
                "CREATE OR REPLACE FUNCTION bump_treaty_record_version() RETURNS trigger \
                 LANGUAGE plpgsql AS $$ BEGIN {treaty_bump}; RETURN NULL; END $$"
            ))
            .await?;
            for (table, trigger) in [
                ("treaty_events", "trg_treaty_events_version"),
                ("states", "trg_states_version"),
            ] {
                if !pg_trigger_exists(db, trigger).await? {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {trigger} AFTER INSERT OR UPDATE OR DELETE ON {table} \
                         FOR EACH STATEMENT EXECUTE FUNCTION bump_treaty_record_version()"
                    ))
                    .await?;
                }
            }
        } else {
            for table in ["treaty_events", "states"] {
                for event in ["insert", "update", "delete"] {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER IF NOT EXISTS trg_{table}_{event} AFTER {} ON {table} \
                         BEGIN {treaty_bump}; END",
                        event.to_uppercase()
                    ))
                    .await?;
                }
            }
        }

        if postgres {
            db.execute_unprepared(
                "CREATE OR REPLACE FUNCTION refuse_audit_change() RETURNS trigger \
                 LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$",
            )
            .await?;
            if !pg_trigger_exists(db, "trg_audit_events_append_only").await? {
                db.execute_unprepared(
                    "CREATE TRIGGER trg_audit_events_append_only BEFORE UPDATE OR DELETE ON \
                     audit_events FOR EACH ROW EXECUTE FUNCTION refuse_audit_change()",
                )
                .await?;
            }
        } else {
            for (event, name) in [("UPDATE", "no_update"), ("DELETE", "no_delete")] {
                db.execute_unprepared(&format!(
                    "CREATE TRIGGER IF NOT EXISTS trg_audit_events_{name} BEFORE {event} ON \
                     audit_events BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
                ))
                .await?;
            }
        }

        if !manager.has_column("users", "time_zone").await? {
            db.execute_unprepared(
                "ALTER TABLE users ADD COLUMN time_zone VARCHAR(64) NOT NULL DEFAULT 'UTC'",
            )
            .await?;
        }
        // The first text had a one-column status index that the composite ones replace.
        db.execute_unprepared("DROP INDEX IF EXISTS idx_applications_status")
            .await?;
        for (name, columns) in LIST_INDEXES {
            db.execute_unprepared(&format!(
                "CREATE INDEX IF NOT EXISTS {name} ON applications ({columns})"
            ))
            .await?;
        }

        if !manager.has_table("budget_version").await? {
            db.execute_unprepared("CREATE TABLE budget_version (version BIGINT NOT NULL)")
                .await?;
            db.execute_unprepared("INSERT INTO budget_version (version) VALUES (0)")
                .await?;
        }
        let bump = "UPDATE budget_version SET version = version + 1";
        if postgres {
            db.execute_unprepared(&format!(
                "CREATE OR REPLACE FUNCTION bump_budget_version() RETURNS trigger \
                 LANGUAGE plpgsql AS $$ BEGIN {bump}; RETURN NULL; END $$"
            ))
            .await?;
            for table in BUDGET_TABLES {
                let trigger = format!("trg_{table}_budget");
                if !pg_trigger_exists(db, &trigger).await? {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {trigger} AFTER INSERT OR UPDATE OR DELETE ON {table} \
                         FOR EACH STATEMENT EXECUTE FUNCTION bump_budget_version()"
                    ))
                    .await?;
                }
            }
        } else {
            for table in BUDGET_TABLES {
                for event in ["insert", "update", "delete"] {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER IF NOT EXISTS trg_{table}_budget_{event} AFTER {} ON \
                         {table} BEGIN {bump}; END",
                        event.to_uppercase()
                    ))
                    .await?;
                }
            }
        }
        Ok(())
    }

    /// Nothing to undo: what this adds belongs to the earlier migrations, whose `down` removes it.
    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Ok(())
    }
}

async fn pg_trigger_exists<C: ConnectionTrait>(db: &C, name: &str) -> Result<bool, DbErr> {
    let row = db
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT 1 AS found FROM pg_trigger WHERE tgname = $1 AND NOT tgisinternal",
            [name.into()],
        ))
        .await?;
    Ok(row.is_some())
}
