//! The treaty record: every state, and the events (signature, deposit of an instrument, entry into
//! force, withdrawal) from which its status on any date is derived.

use sea_orm_migration::{prelude::*, schema::*};

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
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(TreatyEvents::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(States::Table).to_owned())
            .await
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
