//! The treaty record: every state, and the events (signature, deposit of an instrument, entry into
//! force, withdrawal) from which its status on any date is derived.
//!
//! `treaty_record_version` holds one number that triggers raise on every change to either table,
//! whoever makes it: instances keep the record in memory and reload it when the number moves.

use sea_orm_migration::sea_orm::DbBackend;
use sea_orm_migration::{prelude::*, schema::*};

const SQLITE_TRIGGERS: &[&str] = &[
    "CREATE TRIGGER trg_treaty_events_insert AFTER INSERT ON treaty_events \
     BEGIN UPDATE treaty_record_version SET version = version + 1; END",
    "CREATE TRIGGER trg_treaty_events_update AFTER UPDATE ON treaty_events \
     BEGIN UPDATE treaty_record_version SET version = version + 1; END",
    "CREATE TRIGGER trg_treaty_events_delete AFTER DELETE ON treaty_events \
     BEGIN UPDATE treaty_record_version SET version = version + 1; END",
    "CREATE TRIGGER trg_states_insert AFTER INSERT ON states \
     BEGIN UPDATE treaty_record_version SET version = version + 1; END",
    "CREATE TRIGGER trg_states_update AFTER UPDATE ON states \
     BEGIN UPDATE treaty_record_version SET version = version + 1; END",
    "CREATE TRIGGER trg_states_delete AFTER DELETE ON states \
     BEGIN UPDATE treaty_record_version SET version = version + 1; END",
];

const POSTGRES_TRIGGERS: &[&str] = &[
    "CREATE FUNCTION bump_treaty_record_version() RETURNS trigger LANGUAGE plpgsql AS $$ \
     BEGIN UPDATE treaty_record_version SET version = version + 1; RETURN NULL; END $$",
    "CREATE TRIGGER trg_treaty_events_version AFTER INSERT OR UPDATE OR DELETE ON treaty_events \
     FOR EACH STATEMENT EXECUTE FUNCTION bump_treaty_record_version()",
    "CREATE TRIGGER trg_states_version AFTER INSERT OR UPDATE OR DELETE ON states \
     FOR EACH STATEMENT EXECUTE FUNCTION bump_treaty_record_version()",
];

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(States::Table)
                    .col(char_len(States::Iso3, 3).primary_key())
                    .col(char_len_uniq(States::Iso2, 2))
                    .col(string_len(States::Name, 100))
                    .col(string_len(States::Region, 16))
                    .col(text(States::Note).default(""))
                    .col(string_len(States::Confidence, 16))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_states_region")
                    .table(States::Table)
                    .col(States::Region)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TreatyEvents::Table)
                    .col(big_pk_auto(TreatyEvents::Id))
                    .col(char_len(TreatyEvents::StateIso3, 3))
                    .col(string_len(TreatyEvents::Kind, 32))
                    .col(date(TreatyEvents::OccurredOn))
                    .col(text(TreatyEvents::Note).default(""))
                    .col(string_len(TreatyEvents::Source, 16))
                    .col(timestamp_with_time_zone(TreatyEvents::RecordedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_treaty_events_state")
                            .from(TreatyEvents::Table, TreatyEvents::StateIso3)
                            .to(States::Table, States::Iso3)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        // One event of a kind per state and day: this is what makes loading the record idempotent,
        // and its leading column serves the per-state look-up.
        manager
            .create_index(
                Index::create()
                    .name("uq_treaty_events_state_kind_day")
                    .table(TreatyEvents::Table)
                    .col(TreatyEvents::StateIso3)
                    .col(TreatyEvents::Kind)
                    .col(TreatyEvents::OccurredOn)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TreatyRecordVersion::Table)
                    .col(integer(TreatyRecordVersion::Id).primary_key())
                    .col(big_integer(TreatyRecordVersion::Version))
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(TreatyRecordVersion::Table)
                    .columns([TreatyRecordVersion::Id, TreatyRecordVersion::Version])
                    .values_panic([1.into(), 0_i64.into()])
                    .to_owned(),
            )
            .await?;
        let triggers = match manager.get_database_backend() {
            DbBackend::Postgres => POSTGRES_TRIGGERS,
            _ => SQLITE_TRIGGERS,
        };
        for trigger in triggers {
            manager.get_connection().execute_unprepared(trigger).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Dropping the tables drops their triggers.
        manager
            .drop_table(Table::drop().table(TreatyEvents::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(States::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(TreatyRecordVersion::Table).to_owned())
            .await?;
        if manager.get_database_backend() == DbBackend::Postgres {
            manager
                .get_connection()
                .execute_unprepared("DROP FUNCTION IF EXISTS bump_treaty_record_version()")
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
pub(crate) enum States {
    Table,
    Iso3,
    Iso2,
    Name,
    Region,
    Note,
    Confidence,
}

#[derive(DeriveIden)]
enum TreatyRecordVersion {
    Table,
    Id,
    Version,
}

#[derive(DeriveIden)]
pub(crate) enum TreatyEvents {
    Table,
    Id,
    StateIso3,
    Kind,
    OccurredOn,
    Note,
    Source,
    RecordedAt,
}
