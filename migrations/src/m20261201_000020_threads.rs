//! Conversations on records: the messages between ICBL staff and the other party of an
//! application, an award, a report or a coordination request, and staff's internal notes beside
//! them (`messages`); and how far each person has read each thread (`message_reads`).
//!
//! The messages staff left for a coordination request's requester were steps without a status
//! (`coordination_steps.status` null): they move into `messages`, in their order, so that the
//! request's thread holds the whole conversation; the steps keep the status changes (with the
//! message that came with one, such as a reason to decline).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Messages {
    Table,
    Id,
    RecordKind,
    RecordId,
    Side,
    AuthorId,
    Body,
    Internal,
    CreatedAt,
}

#[derive(DeriveIden)]
enum MessageReads {
    Table,
    Id,
    UserId,
    RecordKind,
    RecordId,
    LastSeenId,
    SeenAt,
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
                    .table(Messages::Table)
                    .col(big_pk_auto(Messages::Id))
                    // application, award, report or coordination_request
                    .col(string_len(Messages::RecordKind, 32))
                    .col(big_integer(Messages::RecordId))
                    // Who wrote: staff, organization (a member) or requester (no account).
                    .col(string_len(Messages::Side, 16))
                    // None for the requester.
                    .col(big_integer_null(Messages::AuthorId))
                    .col(text(Messages::Body))
                    // A staff-only note: never shown to the other party, never e-mailed.
                    .col(boolean(Messages::Internal).default(false))
                    .col(timestamp_with_time_zone(Messages::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_messages_author")
                            .from(Messages::Table, Messages::AuthorId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_messages_record")
                    .table(Messages::Table)
                    .col(Messages::RecordKind)
                    .col(Messages::RecordId)
                    .col(Messages::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MessageReads::Table)
                    .col(big_pk_auto(MessageReads::Id))
                    .col(big_integer(MessageReads::UserId))
                    .col(string_len(MessageReads::RecordKind, 32))
                    .col(big_integer(MessageReads::RecordId))
                    // The newest message of the thread the person has seen.
                    .col(big_integer(MessageReads::LastSeenId))
                    .col(timestamp_with_time_zone(MessageReads::SeenAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_message_reads_user")
                            .from(MessageReads::Table, MessageReads::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_message_reads_user_record")
                    .table(MessageReads::Table)
                    .col(MessageReads::UserId)
                    .col(MessageReads::RecordKind)
                    .col(MessageReads::RecordId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        db.execute_unprepared(
            "INSERT INTO messages (record_kind, record_id, side, author_id, body, internal, created_at) \
             SELECT 'coordination_request', request_id, 'staff', actor_id, message, false, created_at \
             FROM coordination_steps WHERE status IS NULL AND message IS NOT NULL ORDER BY id",
        )
        .await?;
        db.execute_unprepared(
            "DELETE FROM coordination_steps WHERE status IS NULL AND message IS NOT NULL",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Staff's messages to requesters go back to the steps; replies and notes have no place
        // there and go with the table.
        manager
            .get_connection()
            .execute_unprepared(
                "INSERT INTO coordination_steps (request_id, status, message, actor_id, created_at) \
                 SELECT record_id, NULL, body, author_id, created_at FROM messages \
                 WHERE record_kind = 'coordination_request' AND side = 'staff' AND internal = false \
                 ORDER BY id",
            )
            .await?;
        manager
            .drop_table(Table::drop().table(MessageReads::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Messages::Table).to_owned())
            .await
    }
}
