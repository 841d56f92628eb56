//! Data kept only as long as needed (see `clearway::retention`).
//!
//! - `users.deactivated_at`: when the account was deactivated (the accounts already inactive
//!   take their last change); `users.anonymized_at`: when retention removed its personal data.
//! - `applications.retention_warned_at`: when the organization was told its draft, never
//!   submitted, would be deleted.
//! - `coordination_requests.anonymized_at`: when retention removed the requester's contact
//!   details.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::timestamp_with_time_zone_null;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    DeactivatedAt,
    AnonymizedAt,
}

#[derive(DeriveIden)]
enum Applications {
    Table,
    RetentionWarnedAt,
}

#[derive(DeriveIden)]
enum CoordinationRequests {
    Table,
    AnonymizedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters a table one column at a time.
        for (table, column) in [
            (Users::Table.into_iden(), Users::DeactivatedAt.into_iden()),
            (Users::Table.into_iden(), Users::AnonymizedAt.into_iden()),
            (
                Applications::Table.into_iden(),
                Applications::RetentionWarnedAt.into_iden(),
            ),
            (
                CoordinationRequests::Table.into_iden(),
                CoordinationRequests::AnonymizedAt.into_iden(),
            ),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(table)
                        .add_column(timestamp_with_time_zone_null(column))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .get_connection()
            .execute_unprepared("UPDATE users SET deactivated_at = updated_at WHERE active = false")
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, column) in [
            (
                CoordinationRequests::Table.into_iden(),
                CoordinationRequests::AnonymizedAt.into_iden(),
            ),
            (
                Applications::Table.into_iden(),
                Applications::RetentionWarnedAt.into_iden(),
            ),
            (Users::Table.into_iden(), Users::AnonymizedAt.into_iden()),
            (Users::Table.into_iden(), Users::DeactivatedAt.into_iden()),
        ] {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
