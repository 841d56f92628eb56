//! Protecting people at risk.
//!
//! - `state_sensitivities`: the states staff mark `sensitive` or `high_risk` (a state without a
//!   row is `normal`), with the reason and the day the marking is to be reviewed. Kept apart from
//!   `states`, the public treaty record: a marking is itself sensitive.
//! - `access_log`: who read what of the records concerning high-risk states (person, time,
//!   record, what was read). Append-only: the service inserts rows and never changes them.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    big_integer_null, big_pk_auto, char_len, char_len_null, date, string_len, text,
    timestamp_with_time_zone,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum StateSensitivities {
    Table,
    Iso3,
    Level,
    Reason,
    ReviewOn,
    SetBy,
    SetAt,
}

#[derive(DeriveIden)]
enum AccessLog {
    Table,
    Id,
    OccurredAt,
    UserId,
    Actor,
    RecordType,
    RecordId,
    What,
    StateIso3,
}

#[derive(DeriveIden)]
enum States {
    Table,
    Iso3,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(StateSensitivities::Table)
                    .col(char_len(StateSensitivities::Iso3, 3).primary_key())
                    // sensitive or high_risk
                    .col(string_len(StateSensitivities::Level, 16))
                    .col(text(StateSensitivities::Reason))
                    .col(date(StateSensitivities::ReviewOn))
                    .col(big_integer_null(StateSensitivities::SetBy))
                    .col(timestamp_with_time_zone(StateSensitivities::SetAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(StateSensitivities::Table, StateSensitivities::Iso3)
                            .to(States::Table, States::Iso3),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(StateSensitivities::Table, StateSensitivities::SetBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AccessLog::Table)
                    .col(big_pk_auto(AccessLog::Id))
                    .col(timestamp_with_time_zone(AccessLog::OccurredAt))
                    .col(big_integer_null(AccessLog::UserId))
                    .col(string_len(AccessLog::Actor, 200))
                    .col(string_len(AccessLog::RecordType, 32))
                    .col(string_len(AccessLog::RecordId, 64))
                    .col(string_len(AccessLog::What, 32))
                    .col(char_len_null(AccessLog::StateIso3, 3))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_access_log_occurred_at")
                    .table(AccessLog::Table)
                    .col(AccessLog::OccurredAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AccessLog::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(StateSensitivities::Table).to_owned())
            .await
    }
}
