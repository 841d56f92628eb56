//! The audit log: an append-only record of every change, written in the same transaction as the
//! change it records.

use sea_orm_migration::sea_orm::DbBackend;
use sea_orm_migration::{prelude::*, schema::*};

/// Refuse to change or remove a line of the log, whoever asks.
const SQLITE_GUARDS: &[&str] = &[
    "CREATE TRIGGER trg_audit_events_no_update BEFORE UPDATE ON audit_events \
     BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER trg_audit_events_no_delete BEFORE DELETE ON audit_events \
     BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
];

const POSTGRES_GUARDS: &[&str] = &[
    "CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$ \
     BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$",
    "CREATE TRIGGER trg_audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events \
     FOR EACH ROW EXECUTE FUNCTION refuse_audit_change()",
];

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AuditEvents::Table)
                    .col(big_pk_auto(AuditEvents::Id))
                    .col(timestamp_with_time_zone(AuditEvents::OccurredAt))
                    // No foreign key: the log outlives what it describes.
                    .col(big_integer_null(AuditEvents::ActorId))
                    // Who, in words, as they were then: an email, or "system".
                    .col(string_len(AuditEvents::Actor, 254))
                    .col(string_len(AuditEvents::Action, 64))
                    .col(string_len(AuditEvents::EntityType, 32))
                    .col(string_len(AuditEvents::EntityId, 64))
                    .col(json_null(AuditEvents::Before))
                    .col(json_null(AuditEvents::After))
                    .col(string_len_null(AuditEvents::RequestId, 64))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_events_entity")
                    .table(AuditEvents::Table)
                    .col(AuditEvents::EntityType)
                    .col(AuditEvents::EntityId)
                    .col(AuditEvents::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_events_actor")
                    .table(AuditEvents::Table)
                    .col(AuditEvents::ActorId)
                    .col(AuditEvents::Id)
                    .to_owned(),
            )
            .await?;
        let guards = match manager.get_database_backend() {
            DbBackend::Postgres => POSTGRES_GUARDS,
            _ => SQLITE_GUARDS,
        };
        for guard in guards {
            manager.get_connection().execute_unprepared(guard).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AuditEvents::Table).to_owned())
            .await?;
        if manager.get_database_backend() == DbBackend::Postgres {
            manager
                .get_connection()
                .execute_unprepared("DROP FUNCTION IF EXISTS refuse_audit_change()")
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum AuditEvents {
    Table,
    Id,
    OccurredAt,
    ActorId,
    Actor,
    Action,
    EntityType,
    EntityId,
    Before,
    After,
    RequestId,
}
