//! Deadlines (see `clearway::deadlines`).
//!
//! - `users.calendar_feed_hash`: the SHA-256 of the secret in a person's calendar feed address
//!   (`/calendar/<secret>`), unique; NULL while the person has no feed.
//! - `deadline_reminders`: one row per reminder e-mailed (a kind of deadline, its record, the
//!   person told, the date it falls due): the daily job inserts before it sends, so each is sent
//!   once however many times or instances run it, and again only if the date moves.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::{
    big_integer, big_pk_auto, date, string_len, string_len_null, timestamp_with_time_zone,
};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    CalendarFeedHash,
}

#[derive(DeriveIden)]
enum DeadlineReminders {
    Table,
    Id,
    Kind,
    RecordId,
    RecipientId,
    DueOn,
    SentAt,
}

const FEED_INDEX: &str = "idx_users_calendar_feed_hash";
const ONCE_INDEX: &str = "idx_deadline_reminders_once";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(string_len_null(Users::CalendarFeedHash, 64))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(FEED_INDEX)
                    .table(Users::Table)
                    .col(Users::CalendarFeedHash)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DeadlineReminders::Table)
                    .col(big_pk_auto(DeadlineReminders::Id))
                    .col(string_len(DeadlineReminders::Kind, 40))
                    .col(big_integer(DeadlineReminders::RecordId))
                    .col(big_integer(DeadlineReminders::RecipientId))
                    .col(date(DeadlineReminders::DueOn))
                    .col(timestamp_with_time_zone(DeadlineReminders::SentAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name(ONCE_INDEX)
                    .table(DeadlineReminders::Table)
                    .col(DeadlineReminders::Kind)
                    .col(DeadlineReminders::RecordId)
                    .col(DeadlineReminders::RecipientId)
                    .col(DeadlineReminders::DueOn)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(DeadlineReminders::Table).to_owned())
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name(FEED_INDEX)
                    .table(Users::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .drop_column(Users::CalendarFeedHash)
                    .to_owned(),
            )
            .await
    }
}
